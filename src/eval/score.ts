/**
 * One entry point for `carellm eval score`: BLEU (sacrebleu), ROUGE (rouge_score), Distinct and the
 * published recipes over hypothesis lines and reference streams, with optional bootstrap intervals.
 */
import {
  BleuScorer,
  bleuTokens,
  bootstrapCorpus,
  bootstrapMean,
  chatglmRecipe,
  computeBleu,
  DistinctAccumulator,
  emollmRecipe,
  pySplit,
  rougeTriple,
  rougeTokenizer,
  segmentWords,
  type BleuTokenizerName,
  type Interval,
  type Prf,
  type RecipeName,
  type RougeTokenizerName,
  type SmoothMethod,
} from './metrics/index.ts';

export type MetricName = 'bleu' | 'rouge' | 'distinct';
export const METRICS: readonly MetricName[] = ['bleu', 'rouge', 'distinct'];

export type AnyTokenizer = BleuTokenizerName | RougeTokenizerName;
export const ALL_TOKENIZERS: readonly AnyTokenizer[] = [
  '13a',
  'zh',
  'intl',
  'char',
  'none',
  'default',
  'whitespace',
  'words',
];

export interface ScoreOptions {
  /** Tokeniser; defaults: bleu 13a (sacrebleu), rouge `default` (rouge_score), distinct `zh`. */
  tokenize?: AnyTokenizer;
  smooth?: SmoothMethod;
  smoothValue?: number | null;
  lowercase?: boolean;
  maxOrder?: number;
  effectiveOrder?: boolean;
  /** Per-segment scores too. */
  sentence?: boolean;
  /** Bootstrap confidence level (e.g. 0.95); omitted = no intervals. */
  ci?: number;
  ciSamples?: number;
  seed?: number;
}

export class ScoreInputError extends Error {}

function checkStreams(hyps: readonly string[], refs: ReadonlyArray<readonly string[]>): void {
  if (refs.length === 0) throw new ScoreInputError('at least one reference stream (--ref) is needed');
  refs.forEach((r, k) => {
    if (r.length !== hyps.length)
      throw new ScoreInputError(
        `reference stream ${k + 1} has ${r.length} lines but the hypothesis file has ${hyps.length}`,
      );
  });
}

export interface BleuReport {
  metric: 'bleu';
  bleu: number;
  precisions: number[];
  bp: number;
  counts: number[];
  totals: number[];
  sysLen: number;
  refLen: number;
  ratio: number;
  /** Cumulative BLEU-1..N (uniform weights), the "BLEU-n" of the counselling papers. */
  cumulative: Record<string, number>;
  signature: string;
  n: number;
  ci?: Interval & { confidence: number; samples: number };
  sentences?: number[];
}

export function scoreBleu(
  hyps: readonly string[],
  refs: ReadonlyArray<readonly string[]>,
  o: ScoreOptions = {},
): BleuReport {
  checkStreams(hyps, refs);
  const tokenize = (o.tokenize ?? '13a') as BleuTokenizerName;
  if (!['13a', 'zh', 'intl', 'char', 'none'].includes(tokenize))
    throw new ScoreInputError(`BLEU tokenizer must be one of 13a, zh, intl, char, none (got "${tokenize}")`);
  const scorer = new BleuScorer({
    tokenize,
    smoothMethod: o.smooth ?? 'exp',
    smoothValue: o.smoothValue ?? null,
    lowercase: o.lowercase ?? false,
    maxNgramOrder: o.maxOrder ?? 4,
    effectiveOrder: o.effectiveOrder ?? false,
  });
  const N = scorer.maxNgramOrder;
  // per-segment statistics are kept only when intervals or sentence scores need them
  const keep = o.ci !== undefined || o.sentence === true;
  const stats: number[][] = [];
  const sums = new Array<number>(2 + 2 * N).fill(0);
  const segRefs = new Array<string>(refs.length);
  for (let i = 0; i < hyps.length; i++) {
    for (let k = 0; k < refs.length; k++) segRefs[k] = (refs[k] as readonly string[])[i] as string;
    const st = scorer.segmentStats(hyps[i] as string, segRefs);
    for (let j = 0; j < sums.length; j++) sums[j] = (sums[j] as number) + (st[j] as number);
    if (keep) stats.push(st);
  }
  const total = scorer.scoreFromStats(sums);
  const cumulative: Record<string, number> = {};
  for (let n = 1; n <= N; n++) {
    const c = computeBleu(
      sums.slice(2, 2 + n),
      sums.slice(2 + N, 2 + N + n),
      sums[0] ?? 0,
      sums[1] ?? 0,
      scorer.smoothMethod,
      scorer.smoothValue,
      scorer.effectiveOrder,
      n,
    );
    cumulative[`bleu-${n}`] = c.score;
  }
  const report: BleuReport = {
    metric: 'bleu',
    bleu: total.score,
    precisions: total.precisions,
    bp: total.bp,
    counts: total.counts,
    totals: total.totals,
    sysLen: total.sysLen,
    refLen: total.refLen,
    ratio: total.refLen > 0 ? total.sysLen / total.refLen : 0,
    cumulative,
    signature: scorer.signature(refs.length),
    n: hyps.length,
  };
  if (o.ci !== undefined) {
    const samples = o.ciSamples ?? 1000;
    const ci = bootstrapCorpus(stats, (s) => scorer.scoreFromStats(s).score, {
      confidence: o.ci,
      samples,
      seed: o.seed ?? 12345,
    });
    report.ci = { ...ci, confidence: o.ci, samples };
  }
  if (o.sentence) {
    const sent = new BleuScorer({
      tokenize,
      smoothMethod: scorer.smoothMethod,
      smoothValue: scorer.smoothValue,
      lowercase: scorer.lowercase,
      maxNgramOrder: N,
      effectiveOrder: true,
    });
    report.sentences = stats.map((st) => sent.scoreFromStats(st).score);
  }
  return report;
}

/** Tokeniser used for ROUGE: rouge_score's own, or a sacrebleu tokenizer followed by whitespace split. */
export function rougeTokens(name: AnyTokenizer, useStemmer = false): (t: string) => string[] {
  if (['default', 'whitespace', 'zh', 'char', 'words'].includes(name))
    return rougeTokenizer(name as RougeTokenizerName, useStemmer);
  const tok = bleuTokens(name as BleuTokenizerName);
  return (t) => tok(t.toLowerCase());
}

export interface RougeReport {
  metric: 'rouge';
  rouge1: Prf;
  rouge2: Prf;
  rougeL: Prf;
  tokenize: AnyTokenizer;
  n: number;
  scale: '0-1';
  note?: string;
  ci?: Record<'rouge1' | 'rouge2' | 'rougeL', Interval> & {
    confidence: number;
    samples: number;
    measure: 'fmeasure';
  };
  sentences?: Array<{ rouge1: number; rouge2: number; rougeL: number }>;
}

export function scoreRouge(
  hyps: readonly string[],
  refs: ReadonlyArray<readonly string[]>,
  o: ScoreOptions & { useStemmer?: boolean } = {},
): RougeReport {
  checkStreams(hyps, refs);
  const tokenize = o.tokenize ?? 'default';
  const tok = rougeTokens(tokenize, o.useStemmer ?? false);
  const rows: Array<Record<'rouge1' | 'rouge2' | 'rougeL', Prf>> = [];
  let emptiedNonEmpty = 0;
  hyps.forEach((h, i) => {
    const p = tok(h);
    if (p.length === 0 && pySplit(h).length > 0) emptiedNonEmpty++;
    // rouge_score score_multi: per type, keep the reference with the highest F
    const best: Record<'rouge1' | 'rouge2' | 'rougeL', Prf> = {
      rouge1: { precision: 0, recall: 0, fmeasure: -1 },
      rouge2: { precision: 0, recall: 0, fmeasure: -1 },
      rougeL: { precision: 0, recall: 0, fmeasure: -1 },
    };
    for (const stream of refs) {
      const t = tok(stream[i] as string);
      const cand = rougeTriple(t, p);
      for (const k of ['rouge1', 'rouge2', 'rougeL'] as const)
        if (cand[k].fmeasure > best[k].fmeasure) best[k] = cand[k];
    }
    rows.push(best);
  });
  const mean = (k: 'rouge1' | 'rouge2' | 'rougeL'): Prf => {
    const n = Math.max(rows.length, 1);
    return {
      precision: rows.reduce((a, r) => a + r[k].precision, 0) / n,
      recall: rows.reduce((a, r) => a + r[k].recall, 0) / n,
      fmeasure: rows.reduce((a, r) => a + r[k].fmeasure, 0) / n,
    };
  };
  const report: RougeReport = {
    metric: 'rouge',
    rouge1: mean('rouge1'),
    rouge2: mean('rouge2'),
    rougeL: mean('rougeL'),
    tokenize,
    n: hyps.length,
    scale: '0-1',
  };
  if (emptiedNonEmpty > 0 && tokenize === 'default') {
    report.note = `${emptiedNonEmpty} non-empty hypotheses have no tokens under rouge_score's default tokenizer (it keeps only [a-z0-9]); for Chinese use --tokenize zh, char or words`;
  }
  if (o.ci !== undefined) {
    const samples = o.ciSamples ?? 1000;
    const opt = { confidence: o.ci, samples, seed: o.seed ?? 12345 };
    report.ci = {
      rouge1: bootstrapMean(
        rows.map((r) => r.rouge1.fmeasure),
        opt,
      ),
      rouge2: bootstrapMean(
        rows.map((r) => r.rouge2.fmeasure),
        opt,
      ),
      rougeL: bootstrapMean(
        rows.map((r) => r.rougeL.fmeasure),
        opt,
      ),
      confidence: o.ci,
      samples,
      measure: 'fmeasure',
    };
  }
  if (o.sentence)
    report.sentences = rows.map((r) => ({
      rouge1: r.rouge1.fmeasure,
      rouge2: r.rouge2.fmeasure,
      rougeL: r.rougeL.fmeasure,
    }));
  return report;
}

export interface DistinctReport {
  metric: 'distinct';
  'distinct-1': number;
  'distinct-2': number;
  unique: [number, number];
  total: [number, number];
  tokenize: AnyTokenizer;
  definition: 'corpus-level distinct n-grams / total n-grams (Li et al. 2016)';
  n: number;
}

export function distinctTokens(name: AnyTokenizer): (t: string) => string[] {
  if (name === 'words') return (t) => segmentWords(t);
  if (name === 'default' || name === 'whitespace') return rougeTokens(name);
  return bleuTokens(name as BleuTokenizerName);
}

export function scoreDistinct(hyps: readonly string[], o: ScoreOptions = {}): DistinctReport {
  const tokenize = o.tokenize ?? 'zh';
  const tok = distinctTokens(tokenize);
  const acc = new DistinctAccumulator(2);
  for (const h of hyps) acc.add(tok(o.lowercase ? h.toLowerCase() : h));
  const d1 = acc.result(1);
  const d2 = acc.result(2);
  return {
    metric: 'distinct',
    'distinct-1': d1.value,
    'distinct-2': d2.value,
    unique: [d1.unique, d2.unique],
    total: [d1.total, d2.total],
    tokenize,
    definition: 'corpus-level distinct n-grams / total n-grams (Li et al. 2016)',
    n: hyps.length,
  };
}

export function scoreRecipe(
  recipe: RecipeName,
  hyps: readonly string[],
  refs: readonly string[],
  words?: { hyps: readonly string[]; refs: readonly string[] },
) {
  checkStreams(hyps, [refs]);
  const pairs = hyps.map((h, i) => ({
    prediction: h,
    label: refs[i] as string,
    ...(words ? { predictionWords: words.hyps[i] as string, labelWords: words.refs[i] as string } : {}),
  }));
  const segmentation = words
    ? 'pre-segmented (supplied)'
    : 'Intl.Segmenter (ICU) — not jieba; numbers differ slightly from the published script';
  if (recipe === 'chatglm') {
    const { perPair, ...r } = chatglmRecipe(pairs);
    void perPair;
    return { recipe, ...r, scale: '0-100', segmentation, n: hyps.length };
  }
  return { recipe, ...emollmRecipe(pairs), scale: '0-100', segmentation, n: hyps.length };
}
