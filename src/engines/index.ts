import type { Config } from '../config/index.ts';
import { createRedactor } from '../safety/index.ts';
import { createBuiltinEngine } from './builtin/index.ts';
import { OpenAICompatibleEngine, openAIOptionsFromConfig, withFallback } from './openai/index.ts';
import type { Engine, RedactorFactory } from './types.ts';

export type * from './types.ts';
export { createBuiltinEngine } from './builtin/index.ts';
export { OpenAICompatibleEngine, withFallback, FALLBACK_NOTICE_CODE, PROFILES } from './openai/index.ts';

export interface CreateEngineOptions {
  /** PII redaction for text sent to a remote model; defaults to the safety layer's redactor. */
  redactor?: RedactorFactory;
}

/** Picks the engine named by the configuration. */
export function createEngine(config: Readonly<Config>, options: CreateEngineOptions = {}): Engine {
  const builtin = () => createBuiltinEngine({ delayMs: config.builtinDelayMs });
  if (config.engine === 'builtin') return builtin();
  if (config.engine === 'openai') {
    const redactor = options.redactor ?? (() => createRedactor());
    const engine = new OpenAICompatibleEngine(openAIOptionsFromConfig(config, { redactor }));
    return config.llm.fallback === 'builtin' ? withFallback(engine, builtin()) : engine;
  }
  throw new Error(`engine "${String(config.engine)}" is not available`);
}
