/**
 * The fast metric paths (interned token ids, numeric n-gram keys, sorted-key merges, one-pass zh
 * tokenizer, typed LCS rows) against plain string implementations written straight from the
 * sacrebleu / rouge_score definitions, on seeded random text that hits the edge cases: CJK,
 * Latin words, ASCII punctuation, Python-only whitespace (U+3000, U+2005, U+001C), astral
 * characters, repeated n-grams, empty lines, several references.
 */
import { describe, expect, it } from 'vitest';
import {
  BleuScorer,
  clippedMatches,
  DistinctAccumulator,
  distinctN,
  pySplit,
  rougeLTokens,
  rougeNTokens,
  rougeTriple,
  seededRandom,
  tokenizeZh,
  zhTokens,
} from '../../../src/eval/index.ts';

const PIECES = [
  '我',
  '你',
  '的',
  '好',
  '累',
  '睡',
  '不',
  '着',
  'ok',
  'Sleep',
  'x',
  '1',
  '2.5',
  ',',
  '.',
  '!',
  '-',
  ' ',
  '  ',
  '\u3000',
  '\u2005',
  '\u001c',
  '\t',
  '😀',
  '𠀀',
  '，',
  '。',
  'ａ',
];

function randomLine(rand: () => number, maxPieces = 30): string {
  const n = Math.floor(rand() * maxPieces);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(rand() * PIECES.length)];
  return s;
}

const joinKey = (toks: readonly string[], i: number, n: number) => toks.slice(i, i + n).join('\u0001');

function countNgrams(toks: readonly string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= toks.length; i++)
    m.set(joinKey(toks, i, n), (m.get(joinKey(toks, i, n)) ?? 0) + 1);
  return m;
}

/** sacrebleu `_extract_corpus_statistics` for one segment, with string keys. */
function referenceBleuStats(hyp: string[], refs: string[][], N: number): number[] {
  const refMax = new Map<string, number>();
  for (const r of refs)
    for (let n = 1; n <= N; n++)
      for (const [k, v] of countNgrams(r, n))
        refMax.set(`${n}:${k}`, Math.max(refMax.get(`${n}:${k}`) ?? 0, v));
  let refLen = -1;
  let closest = -1;
  for (const r of refs) {
    const diff = Math.abs(hyp.length - r.length);
    if (closest === -1 || diff < closest) {
      closest = diff;
      refLen = r.length;
    } else if (diff === closest && r.length < refLen) refLen = r.length;
  }
  const correct = new Array<number>(N).fill(0);
  const total = new Array<number>(N).fill(0);
  for (let n = 1; n <= N; n++)
    for (const [k, c] of countNgrams(hyp, n)) {
      total[n - 1]! += c;
      correct[n - 1]! += Math.min(c, refMax.get(`${n}:${k}`) ?? 0);
    }
  return [hyp.length, refLen, ...correct, ...total];
}

function referenceRougeN(t: string[], p: string[], n: number) {
  const ct = countNgrams(t, n);
  const cp = countNgrams(p, n);
  let inter = 0;
  for (const [k, c] of ct) inter += Math.min(c, cp.get(k) ?? 0);
  const precision = inter / Math.max(Math.max(p.length - n + 1, 0), 1);
  const recall = inter / Math.max(Math.max(t.length - n + 1, 0), 1);
  return {
    precision,
    recall,
    fmeasure: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
  };
}

function referenceLcs(a: string[], b: string[]): number {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
  return t[a.length]![b.length]!;
}

describe('fast scoring paths equal the plain definitions', () => {
  it('zhTokens = pySplit(tokenizeZh(line))', () => {
    const rand = seededRandom(7);
    for (let i = 0; i < 3000; i++) {
      const line = randomLine(rand);
      expect(zhTokens(line)).toEqual(pySplit(tokenizeZh(line)));
    }
  });

  it('BLEU segment statistics (1–3 references, orders 1–4, and the large-vocabulary string path)', () => {
    const rand = seededRandom(11);
    for (const [maxNgramOrder, tokenize] of [
      [4, 'zh'],
      [2, 'zh'],
      [4, 'char'],
      [4, '13a'],
      [14, 'char'], // base^14 exceeds 2^53 for most segments: the string path
    ] as const) {
      const scorer = new BleuScorer({ tokenize, maxNgramOrder });
      for (let i = 0; i < 400; i++) {
        const hyp = randomLine(rand, 40);
        const refs = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => randomLine(rand, 40));
        expect(scorer.segmentStats(hyp, refs)).toEqual(
          referenceBleuStats(
            scorer.tokens(hyp),
            refs.map((r) => scorer.tokens(r)),
            maxNgramOrder,
          ),
        );
      }
    }
  });

  it('ROUGE-1/2/L on interned ids', () => {
    const rand = seededRandom(13);
    for (let i = 0; i < 1500; i++) {
      const t = zhTokens(randomLine(rand, 50));
      const p = zhTokens(randomLine(rand, 50));
      const r1 = referenceRougeN(t, p, 1);
      const r2 = referenceRougeN(t, p, 2);
      const lcs = referenceLcs(t, p);
      const rl =
        t.length === 0 || p.length === 0
          ? { precision: 0, recall: 0, fmeasure: 0 }
          : {
              precision: lcs / p.length,
              recall: lcs / t.length,
              fmeasure:
                lcs === 0 ? 0 : (2 * (lcs / p.length) * (lcs / t.length)) / (lcs / p.length + lcs / t.length),
            };
      expect(rougeNTokens(t, p, 1)).toEqual(r1);
      expect(rougeNTokens(t, p, 2)).toEqual(r2);
      expect(rougeNTokens(t, p, 3)).toEqual(referenceRougeN(t, p, 3));
      expect(rougeLTokens(t, p)).toEqual(rl);
      expect(rougeTriple(t, p)).toEqual({ rouge1: r1, rouge2: r2, rougeL: rl });
    }
  });

  it('clipped matches with several references take the max count per n-gram', () => {
    const f = (xs: number[]) => Float64Array.from(xs).sort();
    expect(clippedMatches(f([1, 1, 1, 2, 3]), [f([1, 2, 2]), f([1, 1, 3, 3])])).toBe(4);
    expect(clippedMatches(f([5, 5]), [f([])])).toBe(0);
  });

  it('Distinct accumulator = distinctN over string n-grams (orders 1–3)', () => {
    const rand = seededRandom(17);
    const lines = Array.from({ length: 500 }, () => zhTokens(randomLine(rand, 30)));
    const acc = new DistinctAccumulator(3);
    for (const l of lines) acc.add(l);
    for (const n of [1, 2, 3]) expect(acc.result(n)).toEqual(distinctN(lines, n));
    // a vocabulary too large for packed ids moves to string keys mid-stream, same figures
    const small = new DistinctAccumulator(2, 64);
    for (const l of lines) small.add(l);
    expect((small as unknown as { numeric: boolean }).numeric).toBe(false);
    for (const n of [1, 2]) expect(small.result(n)).toEqual(distinctN(lines, n));
  });
});
