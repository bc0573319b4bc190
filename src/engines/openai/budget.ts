/**
 * Context budget: a cheap, deliberately pessimistic token estimate and the choice of which turns
 * are sent verbatim and which are condensed into the running summary. No tokenizer is shipped, so
 * the estimate errs high: CJK characters count one token each, other text one per four characters.
 */
import type { EngineMessage } from '../types.ts';

/** Chat-template tokens around each message (role markers, separators). */
export const MESSAGE_OVERHEAD = 6;
/** Rough prompt cost of one attachment (Qwen2.5-Omni: ~25 audio tokens a second, images up to ~1k). */
export const MEDIA_TOKENS = { image: 1280, audio: 1000, video: 4000 } as const;
/** Slack for template tokens we cannot see (generation prompt, special tokens). */
export const SAFETY_MARGIN = 32;

const CJK = /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\uac00-\ud7af]/u;

export function estimateTokens(text: string): number {
  let cjk = 0;
  let other = 0;
  for (const ch of text) {
    if (CJK.test(ch)) cjk += 1;
    else other += 1;
  }
  return cjk + Math.ceil(other / 4);
}

export function estimateMessageTokens(m: Pick<EngineMessage, 'content' | 'media'>): number {
  let tokens = MESSAGE_OVERHEAD + estimateTokens(m.content);
  for (const media of m.media ?? []) tokens += MEDIA_TOKENS[media.kind];
  return tokens;
}

/** Cuts text (at the end) until it fits `maxTokens`, marking the cut. */
export function truncateToTokens(text: string, maxTokens: number): string {
  if (estimateTokens(text) <= maxTokens) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (estimateTokens(chars.slice(0, mid).join('') + '…') <= maxTokens) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : chars.slice(0, lo).join('') + '…';
}

export interface BudgetInput {
  contextWindow: number;
  maxOutputTokens: number;
  /** Tokens of everything always sent: system/persona, context block, the current turn. */
  fixedTokens: number;
  /** Earlier turns, oldest first (without the current turn). */
  history: EngineMessage[];
  /** Index of the first history turn not already covered by the stored summary. */
  coveredUpTo: number;
  /** Tokens of the stored summary (0 when none). */
  summaryTokens: number;
}

export interface BudgetPlan {
  /** Tokens left for history + summary once output and fixed parts are reserved (≤ 0: impossible). */
  available: number;
  /** First history index sent verbatim. */
  keepFrom: number;
  /** True when turns in [coveredUpTo, keepFrom) must be condensed into a new summary. */
  condense: boolean;
  /** Token budget for the (new) summary. */
  summaryBudget: number;
}

/** Largest summary we let the running summary grow to. */
export function summaryBudgetFor(contextWindow: number, maxOutputTokens: number): number {
  return Math.max(48, Math.min(600, Math.floor((contextWindow - maxOutputTokens) * 0.2)));
}

export function planBudget(input: BudgetInput): BudgetPlan {
  const available = input.contextWindow - input.maxOutputTokens - SAFETY_MARGIN - input.fixedTokens;
  const summaryBudget = summaryBudgetFor(input.contextWindow, input.maxOutputTokens);
  const { history } = input;
  const coveredUpTo = Math.min(Math.max(0, input.coveredUpTo), history.length);

  // Newest first, as many turns as fit next to the stored summary.
  const fits = (room: number): number => {
    let used = 0;
    let from = history.length;
    while (from > coveredUpTo) {
      const cost = estimateMessageTokens(history[from - 1]!);
      if (used + cost > room) break;
      used += cost;
      from -= 1;
    }
    return from;
  };

  const keepAll = fits(available - input.summaryTokens);
  if (keepAll === coveredUpTo) {
    return { available, keepFrom: coveredUpTo, condense: false, summaryBudget };
  }
  // Not everything fits: reserve room for a fresh summary and condense what is left over.
  return { available, keepFrom: fits(available - summaryBudget), condense: true, summaryBudget };
}
