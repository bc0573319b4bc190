// TEMPORARY minimal stub; replaced by the skills-based counsellor (being written now).
import type { Engine, EngineRequest, EngineStreamPart } from '../types.ts';

export interface BuiltinEngineOptions {
  /** Pause between streamed words (ms). */
  delayMs: number;
}

export function createBuiltinEngine(options: BuiltinEngineOptions): Engine {
  return {
    info: () => ({
      id: 'builtin',
      label: { 'zh-CN': '离线技能型咨询助手', en: 'Offline skills-based counsellor' },
      kind: 'builtin',
      capabilities: { input: ['text'], audioOutput: false, offline: true },
    }),
    async *doStream(req: EngineRequest): AsyncGenerator<EngineStreamPart> {
      const text = req.locale === 'en' ? 'I hear you. Could you tell me a little more about that?' : '我在听。能再多说一点吗？';
      const words = req.locale === 'en' ? text.split(/(?<= )/) : [...text];
      for (const w of words) {
        if (req.signal.aborted) return;
        if (options.delayMs > 0) await new Promise((r) => setTimeout(r, options.delayMs));
        yield { type: 'text-delta', text: w };
      }
      yield { type: 'finish', finishReason: 'stop' };
    },
  };
}
