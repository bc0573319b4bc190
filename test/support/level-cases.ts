/**
 * Shared runners for crisis-level tables: a list of texts each read alone, or rows read after their
 * conversation, each with the level expected (exact, at least low/high, or at most low/high). They add `it` cases to the
 * surrounding describe block.
 */
import { expect, it } from 'vitest';
import { assessRisk, type ConversationTurn } from '../../src/safety/risk.ts';

export type Level = 'none' | 'low' | 'high' | 'imminent';
export type Want = Level | '>=low' | '>=high' | '<=low' | '<=high';

export const RANK: Record<Level, number> = { none: 0, low: 1, high: 2, imminent: 3 };

export function checkLevel(got: Level, want: Want, message?: string): void {
  if (want === '>=low') expect(RANK[got], message).toBeGreaterThanOrEqual(RANK.low);
  else if (want === '>=high') expect(RANK[got], message).toBeGreaterThanOrEqual(RANK.high);
  else if (want === '<=low') expect(RANK[got], message).toBeLessThanOrEqual(RANK.low);
  else if (want === '<=high') expect(RANK[got], message).toBeLessThanOrEqual(RANK.high);
  else expect(got, message).toBe(want);
}

/** Each text, read alone with no history, reads as `want`. */
export function readsAs(want: Want, texts: string[]): void {
  it.each(texts)(`${want}: %s`, (text) => {
    checkLevel(assessRisk(text).level, want);
  });
}

export const userSays = (content: string): ConversationTurn => ({ role: 'user', content });
export const assistantSays = (content: string): ConversationTurn => ({ role: 'assistant', content });

/** [history, text, want]: the text read after its conversation. */
export type LevelRow = [ConversationTurn[], string, Want];

/** Each row's text, read after its conversation, reads as its `want`. */
export function readsAfter(rows: LevelRow[]): void {
  for (const [history, text, want] of rows) {
    it(`${want}: ${text} (after "${history.at(-1)?.content ?? ''}")`, () => {
      checkLevel(assessRisk(text, history).level, want);
    });
  }
}
