/**
 * The built-in offline engine: a scripted, skills-based counsellor (reflective listening,
 * validation, open questions and six evidence-based skills), deterministic and bilingual.
 * Used when no model is configured and as the fallback when a model server fails.
 */
import type { Engine, EngineInfo, EngineRequest, EngineStreamPart } from '../types.ts';
import { composeReply } from './counsellor.ts';
import { pause, streamPieces } from './stream.ts';

export interface BuiltinEngineOptions {
  /** Pause between streamed words (ms); 0 streams without waiting (tests). */
  delayMs: number;
}

export { composeReply, type CounsellorReply } from './counsellor.ts';
export { analyseMessage, type MessageAnalysis } from './analyse.ts';
export type { EngineState, Stage } from './state.ts';
export { streamPieces } from './stream.ts';
export { SKILL_CATALOGUE, SKILL_IDS, TOPIC_IDS, type SkillId, type TopicId } from './content/index.ts';

const INFO: EngineInfo = {
  id: 'builtin',
  label: { 'zh-CN': '离线技能型咨询助手', en: 'Offline skills-based counsellor' },
  kind: 'builtin',
  capabilities: { input: ['text'], audioOutput: false, offline: true },
};

export function createBuiltinEngine(options: BuiltinEngineOptions): Engine {
  const delayMs = Math.max(0, options.delayMs);
  return {
    info: () => structuredClone(INFO),
    async *doStream(request: EngineRequest): AsyncGenerator<EngineStreamPart> {
      if (request.signal.aborted) return;
      const reply = composeReply(request);
      yield { type: 'metadata', data: { ...reply.state } };
      const pieces = streamPieces(reply.text);
      for (let i = 0; i < pieces.length; i++) {
        if (i > 0 && !(await pause(delayMs, request.signal))) return;
        if (request.signal.aborted) return;
        yield { type: 'text-delta', text: pieces[i] ?? '' };
      }
      if (request.signal.aborted) return;
      yield { type: 'finish', finishReason: 'stop', usage: { outputTokens: pieces.length } };
    },
  };
}
