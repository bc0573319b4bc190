import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAll, repoRoot } from './helpers.ts';

// The real corpora live outside the repository; CI provides ../shared. Skipped (with this message) elsewhere.
const shared = [path.resolve(repoRoot, '../shared/datasets'), '/work/shared/datasets'].find((p) => existsSync(p));
const D = (p: string) => path.join(shared ?? '', p);
const suite = shared ? describe : describe.skip;
if (!shared) console.warn('shared datasets not found at ../shared/datasets: skipping real-corpus reader tests');

const countBy = (xs: string[]) => xs.reduce<Record<string, number>>((m, x) => ((m[x] = (m[x] ?? 0) + 1), m), {});

suite('readers on the real shared corpora (counts from each SOURCE.md)', () => {
  it('goemotions: 43,410 / 5,426 / 5,427 rows, no bad rows', async () => {
    const { convs, bad } = await readAll('goemotions', D('goemotions'));
    expect(bad).toEqual([]);
    expect(countBy(convs.map((c) => c.meta.split as string))).toEqual({ train: 43410, dev: 5426, test: 5427 });
    expect(convs.filter((c) => c.meta.split === 'train' && (c.labels?.length ?? 0) > 1)).toHaveLength(7102);
  });

  it('cpsycoun: 3,084 CPsyCounD dialogues with 49,780 speaker turns, 45 CPsyCounE cases', async () => {
    const { convs, bad } = await readAll('cpsycoun', D('cpsycoun'));
    expect(bad).toEqual([]);
    const d = convs.filter((c) => c.meta.set === 'CPsyCounD');
    expect(d).toHaveLength(3084);
    expect(d.reduce((n, c) => n + c.turns.length, 0)).toBe(49780);
    expect(d.every((c) => c.turns[0]?.role === 'user')).toBe(true);
    expect(convs.filter((c) => c.meta.set === 'CPsyCounE')).toHaveLength(45);
  });

  it('smile: 3,000 dialogues, 34,405 turns (17,412 client)', async () => {
    const { convs } = await readAll('smile', D('smile_mechat/data'));
    expect(convs).toHaveLength(3000);
    const turns = convs.flatMap((c) => c.turns);
    expect(turns).toHaveLength(34405);
    expect(turns.filter((t) => t.role === 'user')).toHaveLength(17412);
  });

  it('emollm: 1,596 conversations, 5,072 exchanges', async () => {
    const { convs } = await readAll('emollm', D('emollm/data.json'));
    expect(convs).toHaveLength(1596);
    expect(convs.reduce((n, c) => n + c.turns.length, 0)).toBe(5072 * 2);
  });

  it('psyqa sample: 268 answers to 100 questions', async () => {
    const { convs } = await readAll('psyqa', D('psyqa_sample/PsyQA_example.json'));
    expect(convs).toHaveLength(268);
    expect(new Set(convs.map((c) => c.meta.questionId)).size).toBe(100);
  });

  it('empathetic-dialogues: MoEL test chains into 2,542 dialogues; situations 17,802 / 2,761 / 2,541', async () => {
    const moel = await readAll('empathetic-dialogues', D('empatheticdialogues/test_moel/generation_result.txt'));
    expect(moel.bad).toEqual([]);
    expect(moel.convs).toHaveLength(2542);
    const sit = await readAll('empathetic-dialogues', D('empatheticdialogues/situations_hypemo'));
    expect(countBy(sit.convs.map((c) => c.meta.split as string))).toEqual({ train: 17802, valid: 2761, test: 2541 });
  });

  it('smp2020-ewect, ocemotion, sos1k, reddit-cssrs counts', async () => {
    const smp = await readAll('smp2020-ewect', D('smp2020_ewect'));
    expect(smp.convs).toHaveLength(2000 + 5000 + 8606 + 2000 + 3000);
    const oc = await readAll('ocemotion', D('ocemotion'));
    expect(countBy(oc.convs.map((c) => c.meta.split as string))).toEqual({ train: 28630, dev: 7063, valid: 3966, test: 3967 });
    const sos = await readAll('sos1k', D('sos1k_weibo_suicide/fine-grained'));
    expect(sos.convs).toHaveLength(1249);
    expect(countBy(sos.convs.map((c) => c.labels?.[0] as string))['4']).toBe(248);
    const cssrs = await readAll('reddit-cssrs', D('reddit_cssrs'));
    expect(countBy(cssrs.convs.map((c) => c.labels?.[0] as string))).toEqual({ Supportive: 108, Indicator: 99, Ideation: 171, Behavior: 77, Attempt: 45 });
    const literal = cssrs.convs.filter((c) => c.meta.postsParse === 'literal');
    expect(literal).toHaveLength(472);
    expect(literal.reduce((n, c) => n + c.turns.length, 0)).toBe(6745);
  });
});
