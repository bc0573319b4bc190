import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config/index.ts';
import type { PipelineDeps } from '../../src/core/index.ts';
import { buildApp, createPipelineDeps, type AppContext } from '../../src/server/index.ts';
import { SqliteRepository } from '../../src/store/index.ts';

export interface TestServer {
  url: string;
  dataDir: string;
  ctx: AppContext;
  close(): Promise<void>;
}

/**
 * A real server on a random loopback port with a real SQLite file in a fresh temp folder.
 * `env` takes CARELLM_* settings; `deps` replaces pipeline stages (e.g. an engine) for one test.
 */
export async function startTestServer(
  options: { env?: Record<string, string>; deps?: Partial<PipelineDeps> } = {},
): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carellm-test-'));
  const config: Readonly<Config> = loadConfig({
    env: {
      CARELLM_PORT: '0',
      CARELLM_DATA_DIR: dataDir,
      CARELLM_LOG_LEVEL: 'silent',
      CARELLM_BUILTIN_DELAY_MS: '0',
      ...options.env,
    },
    file: undefined,
  });
  const store = new SqliteRepository(path.join(dataDir, 'carellm.sqlite'));
  const deps = { ...createPipelineDeps(config, store), ...options.deps };
  const ctx: AppContext = { config, deps, version: 'test', startedAt: Date.now() };
  const app = await buildApp(ctx, { logger: false });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    dataDir,
    ctx,
    async close() {
      await app.close();
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
