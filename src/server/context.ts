import type { Config } from '../config/index.ts';
import type { PipelineDeps } from '../core/index.ts';

/** Everything route handlers need, built once at start-up. */
export interface AppContext {
  config: Readonly<Config>;
  deps: PipelineDeps;
  version: string;
  startedAt: number;
}
