/**
 * Port of nltk 3.10 `nltk.translate.bleu_score` (sentence_bleu / corpus_bleu with SmoothingFunction
 * method0–method3), the BLEU the EmoLLM and ChatGLM-6B evaluation scripts call. Inputs are token
 * lists; scores are 0–1 like nltk.
 */

export type NltkSmoothing = 'method0' | 'method1' | 'method2' | 'method3';

/** nltk keeps precisions as unnormalised Fractions; after smoothing some become plain floats. */
interface Frac {
  num: number;
  den: number;
}
type P = Frac | number;
const value = (p: P): number => (typeof p === 'number' ? p : p.num / p.den);

function counts(tokens: readonly string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const k = tokens.slice(i, i + n).join('\u0001');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

function modifiedPrecision(
  references: ReadonlyArray<readonly string[]>,
  hypothesis: readonly string[],
  n: number,
): Frac {
  const hyp = counts(hypothesis, n);
  const maxRef = new Map<string, number>();
  for (const ref of references) {
    const rc = counts(ref, n);
    for (const k of hyp.keys()) maxRef.set(k, Math.max(maxRef.get(k) ?? 0, rc.get(k) ?? 0));
  }
  let num = 0;
  let total = 0;
  for (const [k, c] of hyp) {
    num += Math.min(c, maxRef.get(k) ?? 0);
    total += c;
  }
  return { num, den: Math.max(1, total) };
}

function closestRefLength(references: ReadonlyArray<readonly string[]>, hypLen: number): number {
  let best = Infinity;
  let bestDiff = Infinity;
  for (const r of references) {
    const d = Math.abs(r.length - hypLen);
    if (d < bestDiff || (d === bestDiff && r.length < best)) {
      best = r.length;
      bestDiff = d;
    }
  }
  return best;
}

function brevityPenalty(closestRefLen: number, hypLen: number): number {
  if (hypLen > closestRefLen) return 1;
  if (hypLen === 0) return 0;
  return Math.exp(1 - closestRefLen / hypLen);
}

/** Python's sys.float_info.min. */
const PY_FLOAT_MIN = 2.2250738585072014e-308;

function smooth(pn: Frac[], method: NltkSmoothing, epsilon = 0.1): P[] {
  switch (method) {
    case 'method0':
      // zero precisions become sys.float_info.min (nltk warns); the score is then ~0
      return pn.map((p) => (p.num !== 0 ? p : PY_FLOAT_MIN));
    case 'method1':
      return pn.map((p) => (p.num === 0 ? (p.num + epsilon) / p.den : p));
    case 'method2':
      return pn.map((p, i) => (i !== 0 ? { num: p.num + 1, den: p.den + 1 } : p));
    case 'method3': {
      let incvnt = 1;
      return pn.map((p) => {
        if (p.num !== 0) return p;
        const v = 1 / (2 ** incvnt * p.den);
        incvnt++;
        return v;
      });
    }
  }
}

/**
 * nltk corpus_bleu. `weightsList` is a list of weight tuples (one score per tuple), as EmoLLM passes
 * `[(1,0,0,0), (1/2,1/2), (1/3,1/3,1/3), (1/4,)*4]`.
 */
export function nltkCorpusBleu(
  listOfReferences: ReadonlyArray<ReadonlyArray<readonly string[]>>,
  hypotheses: ReadonlyArray<readonly string[]>,
  weightsList: ReadonlyArray<readonly number[]> = [[0.25, 0.25, 0.25, 0.25]],
  smoothing: NltkSmoothing = 'method0',
): number[] {
  if (listOfReferences.length !== hypotheses.length)
    throw new Error('references and hypotheses differ in length');
  const maxLen = Math.max(...weightsList.map((w) => w.length));
  const nums = new Array<number>(maxLen).fill(0);
  const dens = new Array<number>(maxLen).fill(0);
  let hypLengths = 0;
  let refLengths = 0;
  hypotheses.forEach((hyp, idx) => {
    const refs = listOfReferences[idx] ?? [];
    for (let i = 1; i <= maxLen; i++) {
      const p = modifiedPrecision(refs, hyp, i);
      nums[i - 1] = (nums[i - 1] ?? 0) + p.num;
      dens[i - 1] = (dens[i - 1] ?? 0) + p.den;
    }
    hypLengths += hyp.length;
    refLengths += closestRefLength(refs, hyp.length);
  });
  const bp = brevityPenalty(refLengths, hypLengths);
  if (nums[0] === 0) return weightsList.map(() => 0);
  const pn = smooth(
    nums.map((num, i) => ({ num, den: dens[i] ?? 1 })),
    smoothing,
  );
  return weightsList.map((weights) => {
    let s = 0;
    weights.forEach((w, i) => {
      const p = pn[i];
      if (p === undefined) return;
      const v = value(p);
      if (v > 0) s += w * Math.log(v);
    });
    return bp * Math.exp(s);
  });
}

export function nltkSentenceBleu(
  references: ReadonlyArray<readonly string[]>,
  hypothesis: readonly string[],
  weightsList: ReadonlyArray<readonly number[]> = [[0.25, 0.25, 0.25, 0.25]],
  smoothing: NltkSmoothing = 'method0',
): number[] {
  return nltkCorpusBleu([references], [hypothesis], weightsList, smoothing);
}

/** Cumulative uniform weights for BLEU-1..4, as EmoLLM writes them. */
export const CUMULATIVE_WEIGHTS: ReadonlyArray<readonly number[]> = [
  [1, 0, 0, 0],
  [1 / 2, 1 / 2],
  [1 / 3, 1 / 3, 1 / 3],
  [1 / 4, 1 / 4, 1 / 4, 1 / 4],
];
