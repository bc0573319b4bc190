/**
 * Named recipes that reproduce published projects' metric conventions, so CareLLM's numbers can sit
 * beside their tables (references.md §1.3, shared/testvectors/rouge/generated_recipes_zh.json).
 *
 * - `chatglm` (SoulChat stack): THUDM/ChatGLM-6B ptuning/main.py compute_metrics — per pair:
 *   rouge_chinese F×100 on jieba words, nltk sentence BLEU-4 on CHARACTERS with SmoothingFunction
 *   method3; each rounded to 4 dp; mean over pairs. (Whether the SoulChat paper used exactly this
 *   script is unverified.)
 * - `emollm`: SmartFlowAI/EmoLLM evaluate/metric.py — word level; nltk sentence BLEU-1..4
 *   (cumulative weights) with method1, macro mean ×100; pltrdy rouge get_scores(avg=True) F×100.
 *
 * Both projects segment with jieba. We do not ship jieba: pass `predictionWords`/`labelWords`
 * (jieba output, space-separated) for exact parity; otherwise ICU word segmentation is used and the
 * numbers are close but not identical.
 */
import { CUMULATIVE_WEIGHTS, nltkSentenceBleu } from './nltk-bleu.ts';
import { averagePltrdy, pltrdyRouge, rougeChinese } from './rouge.ts';
import { pySplit, segmentWords } from './tokenizers.ts';

export type RecipeName = 'chatglm' | 'emollm';
export const RECIPES: readonly RecipeName[] = ['chatglm', 'emollm'];

export interface RecipePair {
  prediction: string;
  label: string;
  /** Space-separated pre-segmented words (e.g. jieba). */
  predictionWords?: string;
  labelWords?: string;
}

/** Python round(x, 4) for non-tie values. */
const round4 = (x: number): number => Number(x.toFixed(4));

function wordsOf(text: string, pre: string | undefined): string {
  if (pre !== undefined) return pySplit(pre).join(' ');
  return segmentWords(text.replace(/\s+/g, '')).join(' ');
}

export interface ChatglmResult {
  'rouge-1': number;
  'rouge-2': number;
  'rouge-l': number;
  'bleu-4': number;
  perPair: { 'rouge-1': number[]; 'rouge-2': number[]; 'rouge-l': number[]; 'bleu-4': number[] };
}

export function chatglmRecipe(pairs: readonly RecipePair[]): ChatglmResult {
  const per = {
    'rouge-1': [] as number[],
    'rouge-2': [] as number[],
    'rouge-l': [] as number[],
    'bleu-4': [] as number[],
  };
  for (const p of pairs) {
    const hyp = wordsOf(p.prediction, p.predictionWords);
    const ref = wordsOf(p.label, p.labelWords);
    if (hyp.length === 0 || ref.length === 0) {
      // later ChatGLM versions score an empty side as 0 instead of crashing
      per['rouge-1'].push(0);
      per['rouge-2'].push(0);
      per['rouge-l'].push(0);
    } else {
      const s = rougeChinese(hyp, ref);
      per['rouge-1'].push(round4(s['rouge-1'].f * 100));
      per['rouge-2'].push(round4(s['rouge-2'].f * 100));
      per['rouge-l'].push(round4(s['rouge-l'].f * 100));
    }
    const bleu =
      nltkSentenceBleu([[...p.label]], [...p.prediction], [[0.25, 0.25, 0.25, 0.25]], 'method3')[0] ?? 0;
    per['bleu-4'].push(round4(bleu * 100));
  }
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  return {
    'rouge-1': mean(per['rouge-1']),
    'rouge-2': mean(per['rouge-2']),
    'rouge-l': mean(per['rouge-l']),
    'bleu-4': mean(per['bleu-4']),
    perPair: per,
  };
}

const ZERO = { r: 0, p: 0, f: 0 };
const ZERO_PLTRDY = { 'rouge-1': ZERO, 'rouge-2': ZERO, 'rouge-l': ZERO };

export interface EmollmResult {
  'rouge-1': number;
  'rouge-2': number;
  'rouge-l': number;
  bleu_1: number;
  bleu_2: number;
  bleu_3: number;
  bleu_4: number;
}

export function emollmRecipe(pairs: readonly RecipePair[]): EmollmResult {
  const sums = [0, 0, 0, 0];
  const rouge = [];
  for (const p of pairs) {
    const hyp = wordsOf(p.prediction, p.predictionWords);
    const ref = wordsOf(p.label, p.labelWords);
    const b = nltkSentenceBleu([ref.split(' ')], hyp.split(' '), CUMULATIVE_WEIGHTS, 'method1');
    b.forEach((v, i) => (sums[i] = (sums[i] ?? 0) + v));
    // pltrdy raises on an empty side (EmoLLM's script would stop); we count the pair as 0
    rouge.push(hyp.length === 0 || ref.length === 0 ? ZERO_PLTRDY : pltrdyRouge(hyp, ref));
  }
  const n = Math.max(pairs.length, 1);
  const avg = averagePltrdy(rouge);
  return {
    'rouge-1': avg['rouge-1'].f * 100,
    'rouge-2': avg['rouge-2'].f * 100,
    'rouge-l': avg['rouge-l'].f * 100,
    bleu_1: ((sums[0] ?? 0) / n) * 100,
    bleu_2: ((sums[1] ?? 0) / n) * 100,
    bleu_3: ((sums[2] ?? 0) / n) * 100,
    bleu_4: ((sums[3] ?? 0) / n) * 100,
  };
}
