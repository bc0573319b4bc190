/**
 * BLEU compatible with sacrebleu 2.6.0 (`sacrebleu/metrics/bleu.py`): same tokenisers, statistics,
 * smoothing (Chen & Cherry 2014: floor = method 1, add-k = method 2, exp = method 3) and
 * effective-order handling. Scores are on sacrebleu's 0–100 scale.
 */
import { clippedMatches, KeyBuffers, LocalInterner, sortedNgramKeys } from './intern.ts';
import { bleuTokens, pyRstrip, type BleuTokenizerName } from './tokenizers.ts';

export type SmoothMethod = 'exp' | 'floor' | 'add-k' | 'none';
export const SMOOTH_METHODS: readonly SmoothMethod[] = ['exp', 'floor', 'add-k', 'none'];
const SMOOTH_DEFAULTS: Record<SmoothMethod, number | null> = {
  none: null,
  floor: 0.1,
  'add-k': 1,
  exp: null,
};

export interface BleuOptions {
  tokenize?: BleuTokenizerName;
  smoothMethod?: SmoothMethod;
  /** null/undefined = the method's default (floor 0.1, add-k 1). */
  smoothValue?: number | null;
  lowercase?: boolean;
  maxNgramOrder?: number;
  effectiveOrder?: boolean;
}

export interface BleuScore {
  /** 0–100 */
  score: number;
  counts: number[];
  totals: number[];
  precisions: number[];
  bp: number;
  sysLen: number;
  refLen: number;
  signature: string;
}

const SACREBLEU_VERSION = '2.6.0';

/** sacrebleu's my_log: log(0) is floored to -9999999999. */
function myLog(x: number): number {
  return x === 0 ? -9999999999 : Math.log(x);
}

/** sacrebleu `BLEU.compute_bleu` (returns a 0–100 score; `correct`/`total` are copied, not mutated). */
export function computeBleu(
  correctIn: readonly number[],
  totalIn: readonly number[],
  sysLen: number,
  refLen: number,
  smoothMethod: SmoothMethod = 'none',
  smoothValue: number | null = null,
  effectiveOrder = false,
  maxNgramOrder = 4,
): Omit<BleuScore, 'signature'> {
  const value = smoothValue ?? SMOOTH_DEFAULTS[smoothMethod] ?? 0;
  const correct = [...correctIn];
  const total = [...totalIn];
  const bp = sysLen < refLen ? (sysLen > 0 ? Math.exp(1 - refLen / sysLen) : 0) : 1;
  const precisions = new Array<number>(maxNgramOrder).fill(0);
  const base = { counts: correct, totals: total, precisions, bp, sysLen, refLen };
  if (!correct.some((c) => c !== 0)) return { score: 0, ...base };
  let smoothMteval = 1;
  let effOrder = maxNgramOrder;
  for (let n = 1; n <= maxNgramOrder; n++) {
    if (smoothMethod === 'add-k' && n > 1) {
      correct[n - 1] = (correct[n - 1] ?? 0) + value;
      total[n - 1] = (total[n - 1] ?? 0) + value;
    }
    const t = total[n - 1] ?? 0;
    const c = correct[n - 1] ?? 0;
    if (t === 0) break;
    if (effectiveOrder) effOrder = n;
    if (c === 0) {
      if (smoothMethod === 'exp') {
        smoothMteval *= 2;
        precisions[n - 1] = 100 / (smoothMteval * t);
      } else if (smoothMethod === 'floor') {
        precisions[n - 1] = (100 * value) / t;
      }
    } else {
      precisions[n - 1] = (100 * c) / t;
    }
  }
  let sum = 0;
  for (let i = 0; i < effOrder; i++) sum += myLog(precisions[i] ?? 0);
  return { score: bp * Math.exp(sum / effOrder), ...base };
}

/** N-gram counts of a tokenised line (keys are tokens joined by U+0001). */
function ngramCounts(tokens: readonly string[], maxOrder: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let n = 1; n <= maxOrder; n++) {
    for (let i = 0; i + n <= tokens.length; i++) {
      const key = n === 1 ? (tokens[i] as string) : tokens.slice(i, i + n).join('\u0001');
      m.set(key, (m.get(key) ?? 0) + 1);
    }
  }
  return m;
}

function orderOf(key: string): number {
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 1) n++;
  return n;
}

/** Per-segment statistics: [hypLen, refLen, correct_1..N, total_1..N]. */
export class BleuScorer {
  readonly tokenize: BleuTokenizerName;
  readonly smoothMethod: SmoothMethod;
  readonly smoothValue: number | null;
  readonly lowercase: boolean;
  readonly maxNgramOrder: number;
  readonly effectiveOrder: boolean;
  private readonly tok: (s: string) => string[];
  /** Scratch space reused by every segment (the scorer is not re-entrant). */
  private readonly vocab = new LocalInterner();
  private readonly keys = new KeyBuffers();

  constructor(options: BleuOptions = {}) {
    this.tokenize = options.tokenize ?? '13a';
    this.smoothMethod = options.smoothMethod ?? 'exp';
    this.smoothValue = options.smoothValue ?? null;
    this.lowercase = options.lowercase ?? false;
    this.maxNgramOrder = options.maxNgramOrder ?? 4;
    this.effectiveOrder = options.effectiveOrder ?? false;
    if (!SMOOTH_METHODS.includes(this.smoothMethod))
      throw new Error(`unknown smoothing method "${this.smoothMethod}"`);
    if (!Number.isInteger(this.maxNgramOrder) || this.maxNgramOrder < 1)
      throw new Error('maxNgramOrder must be a positive integer');
    this.tok = bleuTokens(this.tokenize);
  }

  tokens(sentence: string): string[] {
    const s = this.lowercase ? sentence.toLowerCase() : sentence;
    return this.tok(pyRstrip(s));
  }

  /** Statistics of one hypothesis against its references. */
  segmentStats(hypothesis: string, references: readonly string[]): number[] {
    const refToks = references.map((r) => this.tokens(r));
    const hypToks = this.tokens(hypothesis);
    const refLens = refToks.map((t) => t.length);
    const hypLen = hypToks.length;
    let refLen = -1;
    let closest = -1;
    for (const r of refLens) {
      const diff = Math.abs(hypLen - r);
      if (closest === -1 || diff < closest) {
        closest = diff;
        refLen = r;
      } else if (diff === closest && r < refLen) refLen = r;
    }
    const N = this.maxNgramOrder;
    const correct = new Array<number>(N).fill(0);
    const total = new Array<number>(N).fill(0);
    this.vocab.reset();
    const refIds = refToks.map((t) => this.vocab.ids(t));
    const hypIds = this.vocab.ids(hypToks);
    const base = this.vocab.size;
    if (base ** N > Number.MAX_SAFE_INTEGER) {
      this.stringStats(hypToks, refToks, correct, total);
    } else {
      const refKeys = new Array<Float64Array>(refIds.length);
      for (let n = 1; n <= N; n++) {
        for (let r = 0; r < refIds.length; r++) {
          const ids = refIds[r] as number[];
          refKeys[r] = sortedNgramKeys(ids, n, base, this.keys.get(r + 1, Math.max(ids.length - n + 1, 0)));
        }
        const hypKeys = sortedNgramKeys(
          hypIds,
          n,
          base,
          this.keys.get(0, Math.max(hypIds.length - n + 1, 0)),
        );
        total[n - 1] = hypKeys.length;
        correct[n - 1] = clippedMatches(hypKeys, refKeys);
      }
    }
    return [hypLen, refLen, ...correct, ...total];
  }

  /** The plain string-key path, for a segment whose vocabulary is too large for numeric n-gram keys. */
  private stringStats(
    hypToks: readonly string[],
    refToks: ReadonlyArray<readonly string[]>,
    correct: number[],
    total: number[],
  ): void {
    const N = this.maxNgramOrder;
    const refNgrams = new Map<string, number>();
    for (const toks of refToks)
      for (const [k, v] of ngramCounts(toks, N)) if ((refNgrams.get(k) ?? 0) < v) refNgrams.set(k, v);
    for (const [k, c] of ngramCounts(hypToks, N)) {
      const n = orderOf(k) - 1;
      total[n] = (total[n] ?? 0) + c;
      const rc = refNgrams.get(k);
      if (rc !== undefined) correct[n] = (correct[n] ?? 0) + Math.min(c, rc);
    }
  }

  scoreFromStats(stats: readonly number[]): BleuScore {
    const N = this.maxNgramOrder;
    const r = computeBleu(
      stats.slice(2, 2 + N),
      stats.slice(2 + N, 2 + 2 * N),
      stats[0] ?? 0,
      stats[1] ?? 0,
      this.smoothMethod,
      this.smoothValue,
      this.effectiveOrder,
      N,
    );
    return { ...r, signature: this.signature(1) };
  }

  /** sacrebleu `corpus_score`: `references[k][i]` is the k-th reference stream's segment i. */
  corpusScore(hypotheses: readonly string[], references: ReadonlyArray<readonly string[]>): BleuScore {
    for (const stream of references) {
      if (stream.length !== hypotheses.length)
        throw new Error('every reference stream must have one line per hypothesis');
    }
    const N = this.maxNgramOrder;
    const sum = new Array<number>(2 + 2 * N).fill(0);
    hypotheses.forEach((hyp, i) => {
      const refs = references.map((s) => s[i] as string);
      const st = this.segmentStats(hyp, refs);
      for (let j = 0; j < sum.length; j++) sum[j] = (sum[j] ?? 0) + (st[j] ?? 0);
    });
    return { ...this.scoreFromStats(sum), signature: this.signature(references.length) };
  }

  /** sacrebleu `sentence_score` (use effectiveOrder: true as sacrebleu's sentence_bleu does). */
  sentenceScore(hypothesis: string, references: readonly string[]): BleuScore {
    return {
      ...this.scoreFromStats(this.segmentStats(hypothesis, references)),
      signature: this.signature(references.length),
    };
  }

  signature(nrefs: number): string {
    const v = this.smoothValue ?? SMOOTH_DEFAULTS[this.smoothMethod];
    const smooth =
      this.smoothMethod === 'floor' || this.smoothMethod === 'add-k'
        ? `${this.smoothMethod}[${(v ?? 0).toFixed(2)}]`
        : this.smoothMethod;
    return `nrefs:${nrefs}|case:${this.lowercase ? 'lc' : 'mixed'}|eff:${this.effectiveOrder ? 'yes' : 'no'}|tok:${this.tokenize}|smooth:${smooth}|version:${SACREBLEU_VERSION}`;
  }
}

/** sacrebleu.corpus_bleu (defaults: 13a, exp, effective order off). */
export function corpusBleu(
  hypotheses: readonly string[],
  references: ReadonlyArray<readonly string[]>,
  options: BleuOptions = {},
): BleuScore {
  return new BleuScorer(options).corpusScore(hypotheses, references);
}

/** sacrebleu.sentence_bleu (defaults: 13a, exp, effective order ON). */
export function sentenceBleu(
  hypothesis: string,
  references: readonly string[],
  options: BleuOptions = {},
): BleuScore {
  return new BleuScorer({ effectiveOrder: true, ...options }).sentenceScore(hypothesis, references);
}

/** sacrebleu.raw_corpus_bleu: floor smoothing, no tokenisation, effective order. */
export function rawCorpusBleu(
  hypotheses: readonly string[],
  references: ReadonlyArray<readonly string[]>,
  smoothValue = 0.1,
): BleuScore {
  return corpusBleu(hypotheses, references, {
    smoothMethod: 'floor',
    smoothValue,
    tokenize: 'none',
    effectiveOrder: true,
  });
}

/** Cumulative BLEU-1..maxOrder (uniform weights), as the counselling papers report "BLEU-n". */
export function bleuUpTo(
  hypotheses: readonly string[],
  references: ReadonlyArray<readonly string[]>,
  options: BleuOptions,
  maxOrder = 4,
): BleuScore[] {
  const out: BleuScore[] = [];
  for (let n = 1; n <= maxOrder; n++)
    out.push(corpusBleu(hypotheses, references, { ...options, maxNgramOrder: n }));
  return out;
}
