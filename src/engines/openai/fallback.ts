/**
 * Keeps the conversation going when the model server fails: if the primary engine errors before its
 * first token, the built-in engine answers instead, preceded by a visible `notice`. Once the primary
 * has streamed anything, its error passes through unchanged (the partial reply is kept, never mixed
 * with another engine's words).
 */
import type { Engine, EngineRequest, EngineStreamPart } from '../types.ts';
import { FALLBACK_NOTICE } from './messages.ts';

export const FALLBACK_NOTICE_CODE = 'fallback-builtin';

export function withFallback(primary: Engine, fallback: Engine): Engine {
  return {
    info: () => primary.info(),
    async *doStream(request: EngineRequest): AsyncGenerator<EngineStreamPart> {
      let started = false;
      let metadata: Record<string, unknown> = {};
      let failure: EngineStreamPart | null = null;
      try {
        for await (const part of primary.doStream(request)) {
          if (part.type === 'text-delta' || part.type === 'audio-delta') started = true;
          if (part.type === 'metadata') metadata = { ...metadata, ...part.data };
          if (part.type === 'error' && !started) {
            failure = part;
            break;
          }
          yield part;
        }
      } catch (err) {
        if (started) throw err;
        failure = { type: 'error', error: { code: 'ENGINE_FAILED', message: (err as Error).message } };
      }
      if (!failure || request.signal.aborted) return;
      const cause = failure.type === 'error' ? failure.error.code : 'ENGINE_FAILED';
      yield { type: 'notice', code: FALLBACK_NOTICE_CODE, message: FALLBACK_NOTICE[request.locale] };
      // The pipeline stores one `engine` meta object per reply: merge so neither engine's bookkeeping is lost.
      yield { type: 'metadata', data: { ...metadata, fallback: { from: primary.info().id, cause } } };
      for await (const part of fallback.doStream(request)) {
        if (part.type === 'metadata')
          yield {
            type: 'metadata',
            data: { ...metadata, fallback: { from: primary.info().id, cause }, ...part.data },
          };
        else yield part;
      }
    },
  };
}
