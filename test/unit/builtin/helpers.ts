import type { Locale } from '../../../src/core/types.ts';
import type { EngineMessage, EngineRequest, EngineStreamPart } from '../../../src/engines/types.ts';
import { createBuiltinEngine } from '../../../src/engines/builtin/index.ts';
import type { EngineState } from '../../../src/engines/builtin/state.ts';

export { runConversation } from '../../../src/engines/builtin/transcripts/index.ts';

export function request(
  locale: Locale,
  messages: EngineMessage[],
  context: EngineRequest['context'] = {},
  signal?: AbortSignal,
): EngineRequest {
  return { sessionId: 's-test', locale, messages, context, signal: signal ?? new AbortController().signal };
}

export async function collect(stream: AsyncIterable<EngineStreamPart>): Promise<EngineStreamPart[]> {
  const parts: EngineStreamPart[] = [];
  for await (const p of stream) parts.push(p);
  return parts;
}

/** One reply: its text, its state and every part. */
export async function reply(
  req: EngineRequest,
): Promise<{ text: string; state: EngineState; parts: EngineStreamPart[] }> {
  const parts = await collect(createBuiltinEngine({ delayMs: 0 }).doStream(req));
  const text = parts.map((p) => (p.type === 'text-delta' ? p.text : '')).join('');
  const meta = parts.find((p) => p.type === 'metadata');
  return { text, state: (meta?.type === 'metadata' ? meta.data : {}) as unknown as EngineState, parts };
}

/** Sentences of a reply (Markdown list lines count as sentences too). */
export function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[。！？!?])|(?<=[.;])\s+(?=[A-Z“"0-9])/u)
    .map((s) => s.replace(/^\d+\.\s*/, '').trim())
    .filter((s) => s.length > 1);
}

/** Sentences said more than once across the assistant messages. */
export function repeatedSentences(messages: EngineMessage[]): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const m of messages) {
    if (m.role !== 'assistant') continue;
    for (const s of sentences(m.content)) {
      if (seen.has(s)) repeated.push(s);
      seen.add(s);
    }
  }
  return repeated;
}

/** Assistant replies whose text contains numbered steps (a taught skill). */
export function hasSteps(text: string): boolean {
  return /^1\. .+\n2\. /m.test(text);
}
