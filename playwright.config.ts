import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { launchOptions } from './test/browser/launch.ts';

/**
 * Browser tests drive Debian's Chromium against the real server (built UI in web/dist; `npm test`
 * builds it first). Two servers on fresh data folders: the normal one, and a slow-streaming one
 * on which a reply takes seconds, so that stopping a reply mid-stream is certain to find it running.
 */
export const PORT = 7877;
export const SLOW_PORT = 7878;

/** One temp data folder per run; workers re-read this config and inherit the runner's env. */
function dataDir(port: number): string {
  const key = `PLAYWRIGHT_CARELLM_DATA_${port}`;
  process.env[key] ??= mkdtempSync(path.join(os.tmpdir(), 'carellm-pw-'));
  return process.env[key];
}

function server(port: number, delayMs: number) {
  return {
    command: 'node --no-regexp-tier-up bin/carellm.js serve',
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    env: {
      CARELLM_HOST: '127.0.0.1',
      CARELLM_PORT: String(port),
      CARELLM_DATA_DIR: dataDir(port),
      CARELLM_BUILTIN_DELAY_MS: String(delayMs),
      CARELLM_LOG_LEVEL: 'warn',
    },
  };
}

export default defineConfig({
  testDir: 'test/browser',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions,
    viewport: { width: 1280, height: 800 },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: [server(PORT, 15), server(SLOW_PORT, 250)],
});
