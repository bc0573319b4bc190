/**
 * Runs scripted conversations through the built-in engine exactly as the pipeline would (full
 * history, each earlier reply carrying its `meta.engine`). The golden transcripts under
 * test/fixtures/transcripts are produced by `generateTranscript`; the test regenerates and compares.
 */
import type { Locale } from '../../../core/types.ts';
import type { EngineMessage, EngineRequest } from '../../types.ts';
import { createBuiltinEngine } from '../index.ts';
import type { EngineState } from '../state.ts';
import { TRANSCRIPT_SCRIPTS, type TranscriptScript } from './scripts.ts';

export interface TranscriptTurn {
  role: 'user' | 'assistant';
  content: string;
  /** Assistant turns only: the stage and moves the engine reported. */
  stage?: string;
  moves?: string[];
}

export interface Transcript {
  locale: Locale;
  topic: string;
  title: string;
  engine: 'builtin';
  turns: TranscriptTurn[];
}

export interface ConversationOptions {
  /** Context for each turn (risk, guidance...), by 0-based user turn index. */
  context?: (turn: number) => EngineRequest['context'];
  /** Drop `meta` from history, as if it had been lost. */
  withoutMeta?: boolean;
  sessionId?: string;
}

/** Plays user messages one by one and returns every message with the engine state of each reply. */
export async function runConversation(
  locale: Locale,
  userTurns: readonly string[],
  options: ConversationOptions = {},
): Promise<{ messages: EngineMessage[]; states: EngineState[] }> {
  const engine = createBuiltinEngine({ delayMs: 0 });
  const messages: EngineMessage[] = [];
  const states: EngineState[] = [];
  for (let i = 0; i < userTurns.length; i++) {
    messages.push({ role: 'user', content: userTurns[i] ?? '' });
    const request: EngineRequest = {
      sessionId: options.sessionId ?? 'transcript',
      locale,
      messages: messages.map((m) => ({ ...m })),
      context: options.context?.(i) ?? {},
      signal: new AbortController().signal,
    };
    let text = '';
    let meta: Record<string, unknown> = {};
    for await (const part of engine.doStream(request)) {
      if (part.type === 'text-delta') text += part.text;
      else if (part.type === 'metadata') meta = part.data;
    }
    states.push(meta as unknown as EngineState);
    messages.push(
      options.withoutMeta
        ? { role: 'assistant', content: text }
        : { role: 'assistant', content: text, meta: { engine: meta } },
    );
  }
  return { messages, states };
}

export function findScript(locale: Locale, topic: string): TranscriptScript {
  const script = TRANSCRIPT_SCRIPTS[locale].find((s) => s.topic === topic);
  if (!script) throw new Error(`no transcript script for ${locale}/${topic}`);
  return script;
}

export async function generateTranscript(locale: Locale, topic: string): Promise<Transcript> {
  const script = findScript(locale, topic);
  const { messages, states } = await runConversation(locale, script.user);
  let a = 0;
  const turns: TranscriptTurn[] = messages.map((m) => {
    if (m.role !== 'assistant') return { role: 'user', content: m.content };
    const s = states[a++];
    return { role: 'assistant', content: m.content, stage: s?.stage, moves: s?.moves };
  });
  return { locale, topic, title: script.title, engine: 'builtin', turns };
}

/** Every scripted transcript, keyed by `locale/topic`. */
export async function generateAllTranscripts(): Promise<Transcript[]> {
  const out: Transcript[] = [];
  for (const locale of ['zh-CN', 'en'] as const) {
    for (const script of TRANSCRIPT_SCRIPTS[locale]) out.push(await generateTranscript(locale, script.topic));
  }
  return out;
}

/** Markdown rendering of a transcript, for reading. */
export function transcriptToMarkdown(t: Transcript): string {
  const who = (r: string) =>
    r === 'user'
      ? t.locale === 'en'
        ? '**Person**'
        : '**来访者**'
      : t.locale === 'en'
        ? '**Counsellor**'
        : '**助手**';
  return [
    `# ${t.title}`,
    '',
    ...t.turns.map((m) => `${who(m.role)}${m.stage ? ` _(${m.stage})_` : ''}: ${m.content}\n`),
  ].join('\n');
}
