/**
 * The running summary of turns that no longer fit the context window. Older turns are condensed,
 * never silently dropped: by the model when configured, otherwise (or when that fails) by a local
 * extractive summary that keeps the first sentence of everything the person said.
 */
import type { Locale } from '../../core/types.ts';
import { SUMMARY_INSTRUCTION } from '../prompts/index.ts';
import type { EngineMessage } from '../types.ts';
import { estimateTokens, truncateToTokens } from './budget.ts';

export interface StoredSummary {
  text: string;
  /** Number of history turns (from the start of the session) the summary covers. */
  covers: number;
  by: 'model' | 'local';
}

const SPEAKER: Record<
  Locale,
  { user: string; assistant: string; earlier: string; more: (n: number) => string }
> = {
  'zh-CN': {
    user: '来访者',
    assistant: '陪伴者',
    earlier: '更早的摘要',
    more: (n) => `（另有 ${n} 条较早的要点已省略）`,
  },
  en: {
    user: 'Person',
    assistant: 'Counsellor',
    earlier: 'Earlier summary',
    more: (n) => `(${n} earlier points omitted)`,
  },
};

/** Reads the latest summary an earlier reply of this engine stored in its message meta. */
export function findStoredSummary(history: EngineMessage[]): StoredSummary | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const engineMeta = history[i]!.meta?.engine as { openai?: { summary?: unknown } } | undefined;
    const s = engineMeta?.openai?.summary as Partial<StoredSummary> | undefined;
    if (s && typeof s.text === 'string' && typeof s.covers === 'number' && s.covers >= 0 && s.covers <= i) {
      return { text: s.text, covers: s.covers, by: s.by === 'model' ? 'model' : 'local' };
    }
  }
  return null;
}

function firstSentence(text: string, maxChars = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const m = /^(.+?[。！？!?；;]|.+?\.(?=\s|$))/u.exec(flat);
  const sentence = (m?.[1] ?? flat).trim();
  const chars = [...sentence];
  return chars.length > maxChars ? chars.slice(0, maxChars).join('') + '…' : sentence;
}

/** Extractive summary: the previous summary, then the first sentence of each condensed user turn. */
export function localSummary(
  previous: string | null,
  turns: EngineMessage[],
  locale: Locale,
  maxTokens: number,
): string {
  const s = SPEAKER[locale];
  const lines = turns
    .filter((t) => t.role === 'user' && t.content.trim() !== '')
    .map((t) => `${s.user}: ${firstSentence(t.content)}`);
  const head = previous ? `${s.earlier}: ${previous}` : '';
  const join = (ls: string[], omitted: number) =>
    [head, omitted > 0 ? s.more(omitted) : '', ...ls].filter((x) => x !== '').join('\n');
  // Keep the newest points when space is short, and say how many older ones were folded away.
  let kept = lines;
  while (kept.length > 0 && estimateTokens(join(kept, lines.length - kept.length)) > maxTokens)
    kept = kept.slice(1);
  return truncateToTokens(join(kept, lines.length - kept.length), maxTokens);
}

/** Messages of the summarisation request (sent non-streamed where the server allows it). */
export function summaryRequestMessages(
  previous: string | null,
  turns: EngineMessage[],
  locale: Locale,
  maxInputTokens: number,
): Array<{ role: 'system' | 'user'; content: string }> {
  const s = SPEAKER[locale];
  const transcript = turns
    .filter((t) => t.content.trim() !== '')
    .map((t) => `${t.role === 'user' ? s.user : s.assistant}: ${t.content}`)
    .join('\n');
  const body = [previous ? `${s.earlier}: ${previous}` : '', transcript].filter((x) => x !== '').join('\n\n');
  return [
    { role: 'system', content: SUMMARY_INSTRUCTION[locale] },
    { role: 'user', content: truncateToTokens(body, maxInputTokens) },
  ];
}
