/**
 * The crisis rules are skipped when a text holds none of the literals worked out from their pattern
 * (regex-prefilter.ts, used in risk.ts through a LiteralIndex). A skip must never drop a match: on every dev
 * line (and its history), any rule that matches the normalised text has one of its literals in it, and the
 * index finds exactly the lists that `includes` finds.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CRISIS_RULES } from '../../../src/safety/data/crisis-lexicon.ts';
import { normalise } from '../../../src/safety/normalize.ts';
import { LiteralIndex, literalPrefilter } from '../../../src/safety/regex-prefilter.ts';

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

  it('the index enables every rule that matches, and agrees with includes', () => {
    const lists = CRISIS_RULES.map((r) => literalPrefilter(r.re));
    const index = new LiteralIndex(lists);
    const wrong: string[] = [];
    for (const t of texts) {
      const on = index.enabled(t);
      lists.forEach((list, k) => {
        const naive = !list || list.some((s) => t.includes(s));
        if (naive !== (on[k] === 1)) wrong.push(`${CRISIS_RULES[k]!.id}: ${t}`);
        const re = CRISIS_RULES[k]!.re;
        re.lastIndex = 0;
        if (re.test(t) && on[k] !== 1) wrong.push(`skipped ${CRISIS_RULES[k]!.id}: ${t}`);
        re.lastIndex = 0;
      });
    }
    expect(wrong).toEqual([]);
  });
});

describe('LiteralIndex', () => {
  it('finds one-character, surrogate-pair and overlapping strings, and items without a list', () => {
    const index = new LiteralIndex([['ab'], ['b'], ['😭x'], null, ['aba', 'zz'], ['死了']]);
    expect([...index.enabled('xababa')]).toEqual([1, 1, 0, 1, 1, 0]);
    expect([...index.enabled('a😭x')]).toEqual([0, 0, 1, 1, 0, 0]);
    expect([...index.enabled('我不想活，死了算了')]).toEqual([0, 0, 0, 1, 0, 1]);
    expect([...index.enabled('')]).toEqual([0, 0, 0, 1, 0, 0]);
  });
});
