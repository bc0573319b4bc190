import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT } from '../../../src/engines/builtin/content/index.ts';
import {
  TRANSCRIPT_SCRIPTS,
  generateTranscript,
  readTranscriptFixture,
  serialiseTranscript,
  writeTranscriptFixtures,
} from '../../../src/engines/builtin/transcripts/index.ts';
import { hasSteps, repeatedSentences } from './helpers.ts';

const DIR = fileURLToPath(new URL('../../fixtures/transcripts/', import.meta.url));

// Refresh the golden files after a deliberate content change: CARELLM_UPDATE_TRANSCRIPTS=1 npx vitest run test/unit/builtin/transcripts.test.ts
if (process.env.CARELLM_UPDATE_TRANSCRIPTS === '1') await writeTranscriptFixtures(DIR);

describe('built-in engine: golden transcripts', () => {
  it('has at least 12 topics in each language, ten user turns each', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(new Set(TRANSCRIPT_SCRIPTS[locale].map((s) => s.topic)).size).toBeGreaterThanOrEqual(12);
      for (const s of TRANSCRIPT_SCRIPTS[locale]) expect(s.user).toHaveLength(10);
    }
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    for (const script of TRANSCRIPT_SCRIPTS[locale]) {
      it(`${locale}/${script.topic}: regenerates exactly and reads like a session`, async () => {
        const t = await generateTranscript(locale, script.topic);
        const fixture = await readTranscriptFixture(DIR, locale, script.topic);
        expect(serialiseTranscript(t)).toBe(serialiseTranscript(fixture));

        const assistants = t.turns.filter((m) => m.role === 'assistant');
        expect(assistants).toHaveLength(10);
        expect(repeatedSentences(t.turns)).toEqual([]);

        // The person's own key words come back in the replies.
        const replies = assistants.map((m) => m.content).join('\n');
        for (const w of script.expectEcho) expect(replies, `echo of ${w}`).toContain(w);

        // A skill is offered (asking first), and its steps appear only after the person said yes.
        const offerAt = assistants.findIndex((m) => m.moves?.includes('offer'));
        const teachAt = assistants.findIndex((m) => hasSteps(m.content));
        expect(offerAt).toBeGreaterThanOrEqual(0);
        expect(teachAt).toBeGreaterThan(offerAt);
        expect(assistants.slice(0, teachAt).some((m) => hasSteps(m.content))).toBe(false);
        const offered = Object.values(CONTENT[locale].skills).find((sk) =>
          assistants[offerAt]!.content.includes(sk.name),
        )!;
        expect(assistants[teachAt]!.content).toContain(offered.steps[0]);
        expect(assistants[offerAt]!.content).toMatch(locale === 'en' ? /\?$/ : /？$/);

        // After teaching comes a check-in, and the session ends with a close.
        expect(assistants[teachAt + 1]?.stage).toBe('check-in');
        expect(assistants[assistants.length - 1]?.stage).toBe('close');
        expect(assistants[assistants.length - 1]?.moves).toContain('close-bye');
      });
    }
  }
});
