/**
 * ROUGE in three published flavours, each matched to its reference vectors:
 * - `rougeScore*`: google-research `rouge_score` (PyPI rouge-score): clipped n-gram counts, LCS,
 *   summary-level union LCS. Its DEFAULT tokenizer keeps only [a-z0-9] after lower-casing, so any
 *   Chinese text has no tokens and scores 0; pass a tokenizer (see `rougeTokenizer`) for Chinese.
 * - `pltrdyRouge`: pltrdy `rouge` 1.0.1 (what EmoLLM uses): unique n-gram SETS, sentences split on
 *   every ASCII '.', summary-level union LCS over unique words, F = 2PR/(P+R+1e-8).
 * - `rougeChinese`: `rouge_chinese` 1.0.3 (ChatGLM-6B / SoulChat stack): sentences cut after
 *   。！？? …… ......, n-gram sets as pltrdy, but ROUGE-L is a plain LCS over all tokens.
 */
import { clippedMatches, KeyBuffers, LocalInterner, sortedNgramKeys } from './intern.ts';
import { porterStem } from './porter.ts';
import { pyRstrip, pySplit, segmentWords, zhTokens } from './tokenizers.ts';

export interface Prf {
  precision: number;
  recall: number;
  fmeasure: number;
}

// ---------------------------------------------------------------- rouge_score (google-research)

/** rouge_score's default tokenizer (rouge/tokenize.py). */
export function rougeScoreTokenize(text: string, useStemmer = false): string[] {
  const lowered = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
  let tokens = pySplit(lowered);
  if (useStemmer) tokens = tokens.map((t) => (t.length > 3 ? porterStem(t) : t));
  return tokens.filter((t) => /^[a-z0-9]+$/.test(t));
}

export type RougeTokenizerName = 'default' | 'whitespace' | 'zh' | 'char' | 'words';
export const ROUGE_TOKENIZERS: readonly RougeTokenizerName[] = [
  'default',
  'whitespace',
  'zh',
  'char',
  'words',
];

/**
 * Tokenizers for rouge_score. `default` is rouge_score's own (zero on Chinese). `whitespace` splits
 * on spaces (pre-segmented text, e.g. jieba output). `zh` = sacrebleu's zh tokenizer (each CJK char a
 * token, Latin words kept) then whitespace. `char` = every non-space character. `words` = ICU word
 * segmentation (Intl.Segmenter; not identical to jieba). Non-default tokenizers lower-case.
 */
export function rougeTokenizer(name: RougeTokenizerName, useStemmer = false): (text: string) => string[] {
  switch (name) {
    case 'default':
      return (t) => rougeScoreTokenize(t, useStemmer);
    case 'whitespace':
      return (t) => pySplit(t.toLowerCase());
    case 'zh':
      return (t) => zhTokens(t.toLowerCase());
    case 'char':
      return (t) => [...t.toLowerCase()].filter((c) => pySplit(c).length > 0);
    case 'words':
      return (t) => segmentWords(t.toLowerCase());
  }
}

export function fmeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function ngramCounter(tokens: readonly string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const k = n === 1 ? (tokens[i] as string) : tokens.slice(i, i + n).join('\u0001');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** Pair-local token ids, so n-grams and LCS compare small integers instead of strings. */
const pairVocab = new LocalInterner();
function internPair(
  target: readonly string[],
  prediction: readonly string[],
): { t: number[]; p: number[]; base: number } {
  pairVocab.reset();
  const t = pairVocab.ids(target);
  const p = pairVocab.ids(prediction);
  return { t, p, base: pairVocab.size };
}

function prf(inter: number, predCount: number, targetCount: number): Prf {
  const precision = inter / Math.max(predCount, 1);
  const recall = inter / Math.max(targetCount, 1);
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

let unigramCounts = new Int32Array(256);
const keyBuffers = new KeyBuffers();

/** Clipped n-gram overlap of id sequences (rouge_score `_score_ngrams`); n-gram keys are base-`base` numbers. */
function ngramOverlap(t: readonly number[], p: readonly number[], n: number, base: number): number {
  if (t.length < n || p.length < n) return 0;
  if (n === 1) {
    if (unigramCounts.length < base) unigramCounts = new Int32Array(base * 2);
    const ct = unigramCounts;
    ct.fill(0, 0, base);
    for (let i = 0; i < t.length; i++) ct[t[i] as number] = (ct[t[i] as number] as number) + 1;
    let inter = 0;
    for (let i = 0; i < p.length; i++) {
      const id = p[i] as number;
      if ((ct[id] as number) > 0) {
        ct[id] = (ct[id] as number) - 1;
        inter++;
      }
    }
    return inter;
  }
  const tk = sortedNgramKeys(t, n, base, keyBuffers.get(0, t.length - n + 1));
  const pk = sortedNgramKeys(p, n, base, keyBuffers.get(1, p.length - n + 1));
  return clippedMatches(pk, [tk]);
}

/** The string-key path (used when an n-gram of the pair's vocabulary does not fit a safe integer). */
function ngramOverlapStrings(target: readonly string[], prediction: readonly string[], n: number): number {
  const t = ngramCounter(target, n);
  const p = ngramCounter(prediction, n);
  let inter = 0;
  for (const [k, c] of t) inter += Math.min(c, p.get(k) ?? 0);
  return inter;
}

export function rougeNTokens(target: readonly string[], prediction: readonly string[], n: number): Prf {
  const { t, p, base } = internPair(target, prediction);
  const inter =
    base ** n > Number.MAX_SAFE_INTEGER
      ? ngramOverlapStrings(target, prediction, n)
      : ngramOverlap(t, p, n, base);
  return prf(inter, Math.max(prediction.length - n + 1, 0), Math.max(target.length - n + 1, 0));
}

/** ROUGE-1, ROUGE-2 and ROUGE-L of one pair, tokens interned once (what `scoreRouge` needs). */
export function rougeTriple(
  target: readonly string[],
  prediction: readonly string[],
): { rouge1: Prf; rouge2: Prf; rougeL: Prf } {
  const { t, p, base } = internPair(target, prediction);
  const n2 = base ** 2 > Number.MAX_SAFE_INTEGER;
  const i1 = ngramOverlap(t, p, 1, base);
  const i2 = n2 ? ngramOverlapStrings(target, prediction, 2) : ngramOverlap(t, p, 2, base);
  const zero = { precision: 0, recall: 0, fmeasure: 0 };
  let rougeL = zero;
  if (t.length > 0 && p.length > 0) {
    const lcs = lcsLengthIds(t, p);
    const precision = lcs / p.length;
    const recall = lcs / t.length;
    rougeL = { precision, recall, fmeasure: fmeasure(precision, recall) };
  }
  return {
    rouge1: prf(i1, p.length, t.length),
    rouge2: prf(i2, Math.max(p.length - 1, 0), Math.max(t.length - 1, 0)),
    rougeL,
  };
}

let lcsPrev = new Int32Array(64);
let lcsCur = new Int32Array(64);
/** LCS length of two id sequences, two reused Int32Array rows. */
export function lcsLengthIds(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const cols = b.length + 1;
  if (lcsPrev.length < cols) {
    lcsPrev = new Int32Array(cols * 2);
    lcsCur = new Int32Array(cols * 2);
  }
  let prev = lcsPrev;
  let cur = lcsCur;
  prev.fill(0, 0, cols);
  cur[0] = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    for (let j = 1; j < cols; j++) {
      if (x === b[j - 1]) cur[j] = (prev[j - 1] as number) + 1;
      else {
        const up = prev[j] as number;
        const left = cur[j - 1] as number;
        cur[j] = up > left ? up : left;
      }
    }
    const tmp = prev;
    prev = cur;
    cur = tmp;
  }
  return prev[b.length] as number;
}

/** LCS length table, flattened (rows = ref.length+1, cols = can.length+1). */
export function lcsTable(
  ref: readonly unknown[],
  can: readonly unknown[],
): { table: Int32Array; cols: number } {
  const rows = ref.length + 1;
  const cols = can.length + 1;
  const table = new Int32Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    const r = ref[i - 1];
    for (let j = 1; j < cols; j++) {
      table[i * cols + j] =
        r === can[j - 1]
          ? (table[(i - 1) * cols + j - 1] as number) + 1
          : Math.max(table[(i - 1) * cols + j] as number, table[i * cols + j - 1] as number);
    }
  }
  return { table, cols };
}

/** LCS length with O(min) memory (rouge_score rougeL and rouge_chinese ROUGE-L). */
export function lcsLength(a: readonly unknown[], b: readonly unknown[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const x = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      cur[j] =
        x === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, cur[j - 1] as number);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
}

/** rouge_score `_backtrack_norec`: indices into `ref` of one LCS. */
export function lcsIndices(ref: readonly unknown[], can: readonly unknown[]): number[] {
  const { table, cols } = lcsTable(ref, can);
  let i = ref.length;
  let j = can.length;
  const out: number[] = [];
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.unshift(i - 1);
      i--;
      j--;
    } else if ((table[i * cols + j - 1] as number) > (table[(i - 1) * cols + j] as number)) j--;
    else i--;
  }
  return out;
}

export function rougeLTokens(target: readonly string[], prediction: readonly string[]): Prf {
  if (target.length === 0 || prediction.length === 0) return { precision: 0, recall: 0, fmeasure: 0 };
  const { t, p } = internPair(target, prediction);
  const lcs = lcsLengthIds(t, p);
  const precision = lcs / prediction.length;
  const recall = lcs / target.length;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

/** rouge_score `_summary_level_lcs` (rougeLsum) over tokenised sentences. */
export function summaryLevelLcs(
  refSents: ReadonlyArray<readonly unknown[]>,
  canSents: ReadonlyArray<readonly unknown[]>,
): Prf {
  const zero = { precision: 0, recall: 0, fmeasure: 0 };
  if (refSents.length === 0 || canSents.length === 0) return zero;
  const m = refSents.reduce((a, s) => a + s.length, 0);
  const n = canSents.reduce((a, s) => a + s.length, 0);
  if (n === 0 || m === 0) return zero;
  const cntR = new Map<unknown, number>();
  const cntC = new Map<unknown, number>();
  for (const s of refSents) for (const t of s) cntR.set(t, (cntR.get(t) ?? 0) + 1);
  for (const s of canSents) for (const t of s) cntC.set(t, (cntC.get(t) ?? 0) + 1);
  let hits = 0;
  for (const r of refSents) {
    const union = new Set<number>();
    for (const c of canSents) for (const i of lcsIndices(r, c)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const t = r[i];
      if ((cntC.get(t) ?? 0) > 0 && (cntR.get(t) ?? 0) > 0) {
        hits++;
        cntC.set(t, (cntC.get(t) ?? 0) - 1);
        cntR.set(t, (cntR.get(t) ?? 0) - 1);
      }
    }
  }
  const recall = hits / m;
  const precision = hits / n;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

export type RougeType = `rouge${number}` | 'rougeL' | 'rougeLsum';

/** rouge_score `RougeScorer([type], use_stemmer).score(target, prediction)[type]`. Target first. */
export function rougeScore(
  target: string,
  prediction: string,
  rougeType: RougeType,
  options: { useStemmer?: boolean; tokenizer?: (text: string) => string[] } = {},
): Prf {
  const tok = options.tokenizer ?? ((t: string) => rougeScoreTokenize(t, options.useStemmer ?? false));
  if (rougeType === 'rougeLsum') {
    const sents = (text: string) =>
      text
        .split('\n')
        .filter((s) => s.length > 0)
        .map(tok);
    return summaryLevelLcs(sents(target), sents(prediction));
  }
  const t = tok(target);
  const p = tok(prediction);
  if (rougeType === 'rougeL') return rougeLTokens(t, p);
  const m = /^rouge([0-9])$/.exec(rougeType);
  if (!m) throw new Error(`invalid rouge type "${rougeType}"`);
  return rougeNTokens(t, p, Number(m[1]));
}

// ---------------------------------------------------------------- pltrdy rouge / rouge_chinese

export interface PltrdyScores {
  'rouge-1': { r: number; p: number; f: number };
  'rouge-2': { r: number; p: number; f: number };
  'rouge-l': { r: number; p: number; f: number };
}

function frpN(evaluated: number, reference: number, overlap: number): { r: number; p: number; f: number } {
  const p = evaluated === 0 ? 0 : overlap / evaluated;
  const r = reference === 0 ? 0 : overlap / reference;
  return { f: 2 * ((p * r) / (p + r + 1e-8)), p, r };
}

const words = (sentences: readonly string[]): string[] => sentences.flatMap((s) => s.split(' '));

function ngramSet(tokens: readonly string[], n: number): Set<string> {
  const s = new Set<string>();
  for (let i = 0; i + n <= tokens.length; i++) s.add(tokens.slice(i, i + n).join('\u0001'));
  return s;
}

function rougeNSets(
  hyp: readonly string[],
  ref: readonly string[],
  n: number,
): { r: number; p: number; f: number } {
  if (hyp.length === 0) throw new Error('Hypothesis is empty.');
  if (ref.length === 0) throw new Error('Reference is empty.');
  const e = ngramSet(words(hyp), n);
  const r = ngramSet(words(ref), n);
  let overlap = 0;
  for (const g of e) if (r.has(g)) overlap++;
  return frpN(e.size, r.size, overlap);
}

/** pltrdy `_recon_lcs`: the tokens of one LCS of x (reference) and y (evaluated). */
function reconLcs(x: readonly string[], y: readonly string[]): string[] {
  const { table, cols } = lcsTable(x, y);
  const out: string[] = [];
  let i = x.length;
  let j = y.length;
  while (i > 0 && j > 0) {
    if (x[i - 1] === y[j - 1]) {
      out.push(x[i - 1] as string);
      i--;
      j--;
    } else if ((table[(i - 1) * cols + j] as number) > (table[i * cols + j - 1] as number)) i--;
    else j--;
  }
  return out.reverse();
}

function pltrdyRougeL(hyp: readonly string[], ref: readonly string[]): { r: number; p: number; f: number } {
  if (hyp.length === 0 || ref.length === 0) throw new Error('Collections must contain at least 1 sentence.');
  const m = new Set(words(ref)).size;
  const n = new Set(words(hyp)).size;
  const union = new Set<string>();
  for (const refS of ref) {
    const rw = refS.split(' ');
    for (const evalS of hyp) for (const t of reconLcs(rw, evalS.split(' '))) union.add(t);
  }
  const llcs = union.size;
  const r = llcs / m;
  const p = llcs / n;
  return { f: 2 * ((p * r) / (p + r + 1e-8)), p, r };
}

function rougeChineseL(hyp: readonly string[], ref: readonly string[]): { r: number; p: number; f: number } {
  if (hyp.length === 0 || ref.length === 0) throw new Error('Collections must contain at least 1 sentence.');
  const rw = words(ref);
  const hw = words(hyp);
  const llcs = lcsLength(rw, hw);
  const r = llcs / rw.length;
  const p = llcs / hw.length;
  return { f: 2 * ((p * r) / (p + r + 1e-8)), p, r };
}

const normalise = (parts: readonly string[]): string[] =>
  parts.filter((s) => s.length > 0).map((s) => pySplit(s).join(' '));

/** pltrdy `Rouge().get_scores(hyp, ref)[0]` for one pair of space-separated token strings. */
export function pltrdyRouge(hyp: string, ref: string): PltrdyScores {
  const h = normalise(hyp.split('.'));
  const r = normalise(ref.split('.'));
  return { 'rouge-1': rougeNSets(h, r, 1), 'rouge-2': rougeNSets(h, r, 2), 'rouge-l': pltrdyRougeL(h, r) };
}

/** rouge_chinese `Rouge.cut_sent`. */
export function cutSentChinese(para: string): string[] {
  let s = para.replace(/([。！？?])([^”’])/g, '$1\n$2');
  s = s.replace(/(\.{6})([^”’])/g, '$1\n$2');
  s = s.replace(/(…{2})([^”’])/g, '$1\n$2');
  s = s.replace(/([。！？?][”’])([^，。！？?])/g, '$1\n$2');
  s = pyRstrip(s);
  return s.split('\n');
}

/** rouge_chinese 1.0.3 `Rouge().get_scores(hyp, ref)[0]`. */
export function rougeChinese(hyp: string, ref: string): PltrdyScores {
  const h = normalise(cutSentChinese(hyp));
  const r = normalise(cutSentChinese(ref));
  return { 'rouge-1': rougeNSets(h, r, 1), 'rouge-2': rougeNSets(h, r, 2), 'rouge-l': rougeChineseL(h, r) };
}

/** `get_scores(hyps, refs, avg=True)`: mean of per-pair r/p/f. */
export function averagePltrdy(scores: readonly PltrdyScores[]): PltrdyScores {
  const keys = ['rouge-1', 'rouge-2', 'rouge-l'] as const;
  const out = {} as PltrdyScores;
  for (const k of keys) {
    const sum = { r: 0, p: 0, f: 0 };
    for (const s of scores) {
      sum.r += s[k].r;
      sum.p += s[k].p;
      sum.f += s[k].f;
    }
    const n = Math.max(scores.length, 1);
    out[k] = { r: sum.r / n, p: sum.p / n, f: sum.f / n };
  }
  return out;
}
