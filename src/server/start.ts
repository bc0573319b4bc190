import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/index.ts';
import type { PipelineDeps } from '../core/index.ts';
import { createCheckInStage, createEmotionAnalyser } from '../emotion/index.ts';
import { createOutputGuard, createSafetyPreCheck } from '../safety/index.ts';
import { createEngine } from '../engines/index.ts';
import { openRepository, type Repository } from '../store/index.ts';
import { buildApp } from './app.ts';
import type { AppContext } from './context.ts';

export function packageVersion(): string {
  const pkgPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../package.json');
  return (JSON.parse(fs.readFileSync(pkgPath, 'utf8')) as { version: string }).version;
}

/** Wires the pipeline's stages from the configuration. Later capabilities replace placeholders here. */
export function createPipelineDeps(config: Readonly<Config>, store: Repository): PipelineDeps {
  return {
    store,
    engine: createEngine(config),
    safety: createSafetyPreCheck(),
    emotion: createEmotionAnalyser(),
    followUp: createCheckInStage(store),
    outputGuard: createOutputGuard(),
  };
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Opens the store (recovering interrupted replies), builds the app and listens. */
export async function startServer(config: Readonly<Config>): Promise<RunningServer> {
  const store = openRepository({ kind: 'sqlite', dataDir: config.dataDir });
  const recovered = await store.recoverInterrupted();
  const ctx: AppContext = {
    config,
    deps: createPipelineDeps(config, store),
    version: packageVersion(),
    startedAt: Date.now(),
  };
  const app = await buildApp(ctx);
  if (recovered > 0)
    app.log.warn({ recovered }, 'replies left streaming by a previous run were marked interrupted');
  const address = await app.listen({ host: config.host, port: config.port });
  return {
    url: address,
    async close() {
      await app.close();
      await store.close();
    },
  };
}
