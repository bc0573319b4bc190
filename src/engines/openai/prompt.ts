/**
 * Turns an EngineRequest into chat messages for one profile: persona (or Qwen's fixed speech prompt
 * plus a persona turn), structured context from the pipeline, the running summary, the turns that
 * fit the context window, and the current turn with its media shaped as the profile wants.
 */
import fs from 'node:fs/promises';
import type { Locale } from '../../core/types.ts';
import {
  CONTEXT_LABELS,
  COUNSELLOR_PROMPT,
  PERSONA_ACKNOWLEDGEMENT,
  QWEN_OMNI_AUDIO_SYSTEM_PROMPT,
} from '../prompts/index.ts';
import type { EngineMedia, EngineMessage, EngineRequest, TextRedactor } from '../types.ts';
import { estimateMessageTokens, estimateTokens, planBudget, truncateToTokens } from './budget.ts';
import type { EngineErrorCode } from './messages.ts';
import { mediaPart, mediaProblem, type Profile } from './profiles.ts';
import { findStoredSummary, type StoredSummary } from './summary.ts';

export type ChatMessage =
  | { role: 'system' | 'assistant'; content: string }
  | { role: 'user'; content: string | Array<Record<string, unknown>> };

export class PromptError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'PromptError';
  }
}

export type Condenser = (
  previous: string | null,
  turns: EngineMessage[],
  maxTokens: number,
) => Promise<{ text: string; by: 'model' | 'local' }>;

export interface PromptArgs {
  request: EngineRequest;
  profile: Profile;
  /** Speech output requested from a profile that has it. */
  audio: boolean;
  contextWindow: number;
  maxOutputTokens: number;
  redactor: TextRedactor;
  condense: Condenser;
  readFile?: (path: string) => Promise<Buffer>;
}

export interface Prompt {
  messages: ChatMessage[];
  /** The summary in use, and whether it was made for this request (then it is stored). */
  summary: StoredSummary | null;
  summaryIsNew: boolean;
}

const EARLIER_MEDIA: Record<Locale, Record<EngineMedia['kind'], string>> = {
  'zh-CN': { image: '[此前分享了一张图片]', audio: '[此前发送了一段语音]', video: '[此前分享了一段视频]' },
  en: {
    image: '[shared an image earlier]',
    audio: '[sent a voice message earlier]',
    video: '[shared a video earlier]',
  },
};

/** The app's structured context (never the person's words): risk, emotion, guidance, screening. */
export function contextBlock(request: EngineRequest, summary: string | null): string {
  const labels = CONTEXT_LABELS[request.locale];
  const { risk, emotion, guidance, screening } = request.context;
  const lines: string[] = [];
  if (risk && !risk.placeholder)
    lines.push(`risk: ${JSON.stringify({ level: risk.level, reasons: risk.reasons })}`);
  if (emotion && !emotion.placeholder && emotion.labels.length > 0) {
    const top = [...emotion.labels]
      .sort((a, b) => b.score - a.score)
      .slice(0, 3)
      .map((l) => [l.label, Math.round(l.score * 100) / 100]);
    // Indicators as name → level, only those present; evidence spans (the person's words) stay out.
    const raw = (emotion.details as { indicators?: Record<string, { level?: unknown }> } | undefined)
      ?.indicators;
    const indicators = Object.fromEntries(
      Object.entries(raw ?? {})
        .filter(([, v]) => typeof v?.level === 'string' && v.level !== 'none')
        .map(([k, v]) => [k, v.level]),
    );
    const hasIndicators = Object.keys(indicators).length > 0;
    lines.push(
      `emotion: ${JSON.stringify({ predicted: emotion.predicted, top, ...(hasIndicators ? { indicators } : {}) })}`,
    );
  }
  if (guidance && guidance.length > 0) lines.push(`guidance: ${JSON.stringify(guidance)}`);
  if (screening !== undefined && screening !== null) lines.push(`screening: ${JSON.stringify(screening)}`);
  if (summary) lines.push(`${labels.summary}: ${summary}`);
  return lines.length === 0 ? '' : `${labels.header}\n${lines.join('\n')}`;
}

/** Earlier media stays in the conversation as a short note; only the current turn's files are sent. */
function historyText(m: EngineMessage, locale: Locale): string {
  const notes = (m.media ?? []).map((x) => EARLIER_MEDIA[locale][x.kind]);
  return [...notes, m.content].filter((x) => x !== '').join(' ');
}

async function currentTurnContent(
  turn: EngineMessage,
  profile: Profile,
  text: string,
  readFile: (path: string) => Promise<Buffer>,
): Promise<ChatMessage['content']> {
  const media = turn.media ?? [];
  if (media.length === 0) return text;
  const kinds = new Set(media.map((m) => m.kind));
  if (profile.oneNonTextModality && kinds.size > 1) {
    throw new PromptError(
      'LLM_UNSUPPORTED_MEDIA',
      `${profile.name} accepts text plus one other kind of media per message, got ${[...kinds].join(' + ')}`,
    );
  }
  const parts: Array<Record<string, unknown>> = [];
  for (const m of media) {
    const problem = mediaProblem(profile, m.kind, m.mimeType);
    if (problem) throw new PromptError('LLM_UNSUPPORTED_MEDIA', problem);
    let data: Buffer;
    try {
      data = await readFile(m.path);
    } catch {
      throw new PromptError('LLM_UNSUPPORTED_MEDIA', `the ${m.kind} attachment could not be read`);
    }
    parts.push(mediaPart(profile.parts[m.kind]!, m.mimeType, data.toString('base64')));
  }
  if (text !== '') parts.push({ type: 'text', text });
  return parts;
}

export async function buildPrompt(args: PromptArgs): Promise<Prompt> {
  const { request, profile, redactor } = args;
  const locale = request.locale;
  const turns = request.messages.filter((m) => m.role !== 'system');
  const current = turns[turns.length - 1];
  if (!current || current.role !== 'user')
    throw new PromptError('LLM_BAD_REQUEST', 'the last message must be the user turn');
  const history = turns
    .slice(0, -1)
    .map((m) => ({ ...m, content: historyText(m, locale), media: undefined }));

  const persona = COUNSELLOR_PROMPT[locale];
  const bare = contextBlock(request, null);
  const fixedTokens =
    estimateMessageTokens({ content: args.audio ? QWEN_OMNI_AUDIO_SYSTEM_PROMPT : '' }) +
    estimateMessageTokens({ content: `${persona}\n\n${bare}` }) +
    (args.audio ? estimateMessageTokens({ content: PERSONA_ACKNOWLEDGEMENT[locale] }) : 0) +
    estimateMessageTokens(current);

  // A name said in any message is redacted in every message (and in a summary made from them),
  // whatever order they are redacted in: the redactor reads them all first.
  if (redactor.learn) {
    for (const m of [...history, current]) if (m.content !== '') redactor.learn(m.content);
  }
  const stored = findStoredSummary(history);
  if (redactor.learn && stored?.text) redactor.learn(stored.text);
  const plan = planBudget({
    contextWindow: args.contextWindow,
    maxOutputTokens: args.maxOutputTokens,
    fixedTokens,
    history,
    coveredUpTo: stored?.covers ?? 0,
    summaryTokens: stored ? estimateTokens(stored.text) + 16 : 0,
  });
  if (plan.available < 0) {
    throw new PromptError('LLM_CONTEXT_TOO_SMALL', `needs about ${-plan.available} more tokens of context`);
  }

  let summary = stored;
  let summaryIsNew = false;
  if (plan.condense) {
    const budget = Math.max(0, Math.min(plan.summaryBudget, plan.available - 16));
    const turnsToCondense = history.slice(stored?.covers ?? 0, plan.keepFrom);
    const made = await args.condense(stored?.text ?? null, turnsToCondense, budget);
    summary = { text: truncateToTokens(made.text, budget), covers: plan.keepFrom, by: made.by };
    summaryIsNew = true;
  }

  // Redact in conversation order, so placeholders are numbered by first appearance.
  const context = contextBlock(request, summary?.text ?? null);
  const redactedContext = context === '' ? '' : redactor.redact(context);
  const personaWithContext = redactedContext === '' ? persona : `${persona}\n\n${redactedContext}`;
  const messages: ChatMessage[] = args.audio
    ? [
        { role: 'system', content: QWEN_OMNI_AUDIO_SYSTEM_PROMPT },
        { role: 'user', content: personaWithContext },
        { role: 'assistant', content: PERSONA_ACKNOWLEDGEMENT[locale] },
      ]
    : [{ role: 'system', content: personaWithContext }];
  for (const m of history.slice(plan.keepFrom)) {
    messages.push({
      role: m.role === 'assistant' ? 'assistant' : 'user',
      content: redactor.redact(m.content),
    });
  }
  const readFile = args.readFile ?? ((p: string) => fs.readFile(p));
  messages.push({
    role: 'user',
    content: await currentTurnContent(current, profile, redactor.redact(current.content), readFile),
  });
  return { messages, summary, summaryIsNew };
}
