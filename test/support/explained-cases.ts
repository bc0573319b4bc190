/**
 * Shared runner for "risk explained away in a later turn" tables: each row is an earlier user turn, the
 * assistant's question and the correcting turn, with the level expected after it (exact, or at least low/high);
 * single-turn rows are a text and its expectation. Runs the rows as `it` cases in the surrounding describe block.
 */
import { it } from 'vitest';
import { assessRisk, type ConversationTurn } from '../../src/safety/risk.ts';
import { checkLevel as check, type Want } from './level-cases.ts';

export type { Level, Want } from './level-cases.ts';
/** [earlier user turn, assistant question, correcting turn, expected] */
export type ExplainedRow = [string, string, string, Want];

const convo = (user: string, assistant: string): ConversationTurn[] => [
  { role: 'user', content: user },
  { role: 'assistant', content: assistant },
];

export function runExplainedCases(conversations: ExplainedRow[], single: Array<[string, Want]>): void {
  for (const [user, assistant, text, want] of conversations) {
    it(`${want}: [${user}] … ${text}`, () => {
      check(assessRisk(text, convo(user, assistant)).level, want);
    });
  }
  for (const [text, want] of single) {
    it(`${want}: ${text}`, () => {
      check(assessRisk(text).level, want);
    });
  }
}
