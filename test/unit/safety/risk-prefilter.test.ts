/**
 * The crisis rules are skipped when a text holds none of the literals worked out from their pattern
 * (regex-prefilter.ts, used in risk.ts). A skip must never drop a match: on every dev line (and its history),
 * any rule that matches the normalised text has one of its literals in it.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CRISIS_RULES } from '../../../src/safety/data/crisis-lexicon.ts';
import { normalise } from '../../../src/safety/normalize.ts';
import { literalPrefilter } from '../../../src/safety/regex-prefilter.ts';

const texts = fs
  .readFileSync(new URL('../../../bench/data/safety/crisis.dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .flatMap((l) => {
    const row = JSON.parse(l) as { text: string; history?: Array<{ content: string }> };
    return [row.text, ...(row.history ?? []).map((h) => h.content)];
  })
  .map((t) => normalise(t).text);

describe('crisis rules: literal prefilters', () => {
  it('every rule has a prefilter', () => {
    const without = CRISIS_RULES.filter((r) => literalPrefilter(r.re) === null).map((r) => r.id);
    expect(without).toEqual([]);
  });

  it('never skips a rule that matches (dev lines and their histories)', () => {
    const unsound: string[] = [];
    let matched = 0;
    for (const rule of CRISIS_RULES) {
      const literals = literalPrefilter(rule.re) ?? [];
      for (const t of texts) {
        rule.re.lastIndex = 0;
        const m = rule.re.exec(t);
        rule.re.lastIndex = 0;
        if (!m) continue;
        matched++;
        if (!literals.some((s) => t.includes(s))) unsound.push(`${rule.id}: ${m[0]}`);
      }
    }
    expect(matched).toBeGreaterThan(500);
    expect(unsound).toEqual([]);
  });
});
