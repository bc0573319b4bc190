import { describe, expect, it } from 'vitest';
import { hashUnit, parseRatios, Splitter, type Conversation } from '../../../src/data/index.ts';

const mk = (i: number, extra: Partial<Conversation> = {}): Conversation => ({
  provenance: { source: 't', id: `id-${i}`, licence: 'x', file: 'f', line: i },
  turns: [{ role: 'user', content: `record number ${i} talks about topic ${i % 7} with some unique words ${i * 7919}` }],
  task: 'dialogue',
  meta: { dialogue: `d${Math.floor(i / 3)}` },
  ...extra,
});

describe('deterministic splits', () => {
  it('parses and normalises ratios', () => {
    expect(parseRatios('train:8,dev:1,test:1')).toEqual({ train: 0.8, dev: 0.1, test: 0.1 });
    expect(() => parseRatios('train:x')).toThrow(/name:number/);
  });

  it('same seed → same assignment regardless of order; other seed → different; ratios roughly kept', () => {
    const ratios = { train: 0.8, dev: 0.1, test: 0.1 };
    const a = new Splitter({ ratios, seed: 's1' });
    const b = new Splitter({ ratios, seed: 's1' });
    const c = new Splitter({ ratios, seed: 's2' });
    const items = Array.from({ length: 2000 }, (_, i) => mk(i));
    const ra = items.map((x) => a.assign(x));
    const rb = [...items].reverse().map((x) => b.assign(x)).reverse();
    const rc = items.map((x) => c.assign(x));
    expect(rb).toEqual(ra);
    expect(rc).not.toEqual(ra);
    expect(a.counts.train! / 2000).toBeGreaterThan(0.75);
    expect(a.counts.train! / 2000).toBeLessThan(0.85);
    expect(hashUnit('s', 'k')).toBe(hashUnit('s', 'k'));
  });

  it('grouping keeps a group together; near-duplicates follow their first occurrence', () => {
    const s = new Splitter({ ratios: { train: 0.5, test: 0.5 }, seed: 'g', groupBy: 'meta.dialogue' });
    const bySplit = new Map<string, Set<string>>();
    for (let i = 0; i < 300; i++) {
      const c = mk(i);
      const split = s.assign(c);
      const g = c.meta.dialogue as string;
      (bySplit.get(g) ?? bySplit.set(g, new Set()).get(g)!).add(split);
    }
    expect([...bySplit.values()].every((set) => set.size === 1)).toBe(true);

    const nd = new Splitter({ ratios: { train: 0.5, test: 0.5 }, seed: 'n', nearDupThreshold: 0.7 });
    const text = '我最近总是睡不着觉，晚上躺在床上脑子里一直在想工作上的事情，第二天上班也没有精神，感觉整个人都很疲惫。';
    const first = nd.assign(mk(1, { turns: [{ role: 'user', content: text }] }));
    const splits = Array.from({ length: 20 }, (_, i) =>
      nd.assign(mk(100 + i, { turns: [{ role: 'user', content: text.replace('疲惫', `疲惫${'。'.repeat(i)}`) }] })),
    );
    expect(new Set(splits)).toEqual(new Set([first]));
    expect(nd.nearDupMoves).toBe(20);
  });

  it('stratified: every stratum close to the ratios, deterministic for a given input', () => {
    const run = () => {
      const s = new Splitter({ ratios: { train: 0.8, test: 0.2 }, seed: 'st', stratifyBy: 'labels.0' });
      const per: Record<string, Record<string, number>> = {};
      for (let i = 0; i < 500; i++) {
        const label = i % 10 === 0 ? 'rare' : 'common';
        const split = s.assign(mk(i, { labels: [label] }));
        per[label] ??= {};
        per[label][split] = (per[label][split] ?? 0) + 1;
      }
      return per;
    };
    const per = run();
    expect(per.rare).toEqual({ train: 40, test: 10 });
    expect(per.common).toEqual({ train: 360, test: 90 });
    expect(run()).toEqual(per);
  });
});
