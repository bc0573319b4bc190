import type { Config } from '../config/index.ts';
import { createBuiltinEngine } from './builtin/index.ts';
import type { Engine } from './types.ts';

export type * from './types.ts';
export { createBuiltinEngine } from './builtin/index.ts';

/** Picks the engine named by the configuration. */
export function createEngine(config: Readonly<Config>): Engine {
  if (config.engine === 'builtin') return createBuiltinEngine({ delayMs: config.builtinDelayMs });
  throw new Error(`engine "${config.engine}" is not available yet`);
}
