/**
 * Runs the whole safety pre-check on one message (with earlier turns) and tells whether it refused,
 * i.e. replaced the reply. The locale follows the text's script, as a client's would.
 */
import { expect, it } from 'vitest';
import { createSafetyPreCheck } from '../../src/safety/index.ts';

export type Turn = { role: 'user' | 'assistant'; content: string };

export async function refusedByPreCheck(text: string, history: Turn[] = []): Promise<boolean> {
  const result = await createSafetyPreCheck().check({
    sessionId: 't',
    locale: /\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en',
    text,
    history,
  });
  return result.replaceReply !== undefined;
}

/** Each text, checked alone, is refused (`refused` true) or answered: one `it` case per text. */
export function refusesEach(refused: boolean, texts: string[]): void {
  it.each(texts)(`${refused ? 'refuses' : 'answers'}: %s`, async (text) => {
    expect(await refusedByPreCheck(text)).toBe(refused);
  });
}

/** Earlier turns given as the user's messages only. */
export const userTurns = (texts: string[]): Turn[] => texts.map((content) => ({ role: 'user', content }));

/** A conversation written as alternating user / assistant turns: the last string is the message checked. */
export const convo = (turns: string[]): [string, Turn[]] => [
  turns.at(-1)!,
  turns
    .slice(0, -1)
    .map((content, i) => ({ role: i % 2 ? ('assistant' as const) : ('user' as const), content })),
];

/** A conversation given as (user, assistant) pairs, oldest first. */
export const withAssistant = (pairs: [string, string][]): Turn[] =>
  pairs.flatMap(([u, a]) => [
    { role: 'user' as const, content: u },
    { role: 'assistant' as const, content: a },
  ]);
