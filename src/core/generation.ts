import type { Engine, EngineMessage, EngineRequest, EngineStreamPart } from '../engines/types.ts';
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
    .map((m) => ({ role: m.role, content: m.content, meta: m.meta }));
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
