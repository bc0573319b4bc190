import type {
  Engine,
  EngineMedia,
  EngineMessage,
  EngineRequest,
  EngineStreamPart,
} from '../engines/types.ts';
import type { PreCheckResult } from './stages.ts';
import type { EmotionReading, Locale, Message } from './types.ts';

/** Builds the engine request from stored messages and the analysis of this turn. */
export function buildEngineRequest(args: {
  sessionId: string;
  locale: Locale;
  history: Message[];
  userMessage: Message;
  pre: PreCheckResult;
  emotion: EmotionReading;
  wantAudio?: boolean;
  signal: AbortSignal;
}): EngineRequest {
  const messages: EngineMessage[] = [...args.history, args.userMessage]
    .filter((m) => m.role !== 'system' && (m.content !== '' || m.id === args.userMessage.id))
    .map((m) => {
      const media = engineMedia(m.meta);
      return { role: m.role, content: m.content, meta: m.meta, ...(media.length ? { media } : {}) };
    });
  return {
    sessionId: args.sessionId,
    locale: args.locale,
    messages,
    context: { risk: args.pre.risk, emotion: args.emotion, guidance: args.pre.guidance ?? [] },
    wantAudio: args.wantAudio ?? false,
    signal: args.signal,
  };
}

/**
 * Media stored with a message (`meta.attachments[].internal`, written by the upload route) in the
 * form engines take: the converted file each back end accepts.
 */
function engineMedia(meta: Record<string, unknown>): EngineMedia[] {
  const attachments = Array.isArray(meta.attachments)
    ? (meta.attachments as Array<Record<string, unknown>>)
    : [];
  const out: EngineMedia[] = [];
  for (const a of attachments) {
    const internal = a.internal as { backendPath?: string; backendMimeType?: string } | undefined;
    const kind = a.kind;
    if (!internal?.backendPath || !internal.backendMimeType) continue;
    if (kind !== 'audio' && kind !== 'image' && kind !== 'video') continue;
    out.push({ kind, mimeType: internal.backendMimeType, path: internal.backendPath });
  }
  return out;
}

/**
 * Stage: generation. Wraps the engine so that a thrown error becomes an `error` part and an abort
 * ends the stream; consumers only ever see the typed union.
 */
export async function* generate(engine: Engine, request: EngineRequest): AsyncGenerator<EngineStreamPart> {
  try {
    for await (const part of engine.doStream(request)) {
      yield part;
      if (request.signal.aborted) return;
    }
  } catch (err) {
    if (request.signal.aborted) return;
    yield {
      type: 'error',
      error: { code: 'ENGINE_FAILED', message: (err as Error).message || 'engine failed' },
    };
  }
}
