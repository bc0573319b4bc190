/**
 * Streaming overhead of CareLLM's API over an OpenAI-compatible server (prints figures; not a test).
 *
 * Three processes on loopback: the fake OpenAI-compatible server streaming at a fixed rate, CareLLM
 * (`carellm serve`, CARELLM_ENGINE=openai, pointed at it), and this client. For 1, 100 and 1,000
 * concurrent streams it measures time to first token (TTFT) and token rate, once directly from the
 * fake server and once through POST /api/sessions/:id/messages, and prints the ratios.
 *
 *   node --import tsx bench/streaming.ts [--tokens 50] [--interval 20] [--levels 1,100,1000]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { OpenAICompatibleEngine } from '../src/engines/openai/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    tokens: { type: 'string', default: '50' },
    interval: { type: 'string', default: '20' },
    levels: { type: 'string', default: '1,100,1000' },
  },
});
const TOKENS = Number(values.tokens);
const INTERVAL = Number(values.interval);
const LEVELS = values.levels.split(',').map(Number);

/** Child processes started by this run, stopped on exit whatever happens. */
const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((c) => c.kill('SIGTERM')));

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

async function freePort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

function startChild(args: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      if (ready.test(out)) resolve(child);
    };
    children.push(child);
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`child exited ${code}: ${out}`)));
  });
}

function request(url: string, method: string, body?: unknown): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      url,
      {
        method,
        agent,
        headers: data
          ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) }
          : {},
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

interface StreamTiming {
  ttftMs: number;
  tokens: number;
  /** Tokens per second between the first and the last token. */
  rate: number;
}

/** Streams one response, counting occurrences of `marker` as tokens. */
function timeStream(url: string, body: unknown, marker: string): Promise<StreamTiming> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const start = performance.now();
    let first = 0;
    let last = 0;
    let tokens = 0;
    let carry = '';
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) },
      },
      (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          const text = carry + chunk;
          let idx = 0;
          let found = 0;
          while ((idx = text.indexOf(marker, idx)) >= 0) {
            found += 1;
            idx += marker.length;
          }
          carry = text.slice(Math.max(0, text.length - marker.length + 1));
          if (found > 0) {
            const now = performance.now();
            if (tokens === 0) first = now;
            last = now;
            tokens += found;
          }
        });
        res.on('end', () => {
          const span = (last - first) / 1000;
          resolve({ ttftMs: first - start, tokens, rate: tokens > 1 && span > 0 ? (tokens - 1) / span : 0 });
        });
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/** The engine alone, in this process: attributes overhead to the engine vs. the HTTP API + pipeline. */
async function timeEngine(engine: OpenAICompatibleEngine): Promise<StreamTiming> {
  const start = performance.now();
  let first = 0;
  let last = 0;
  let tokens = 0;
  for await (const p of engine.doStream({
    sessionId: 'bench',
    locale: 'zh-CN',
    messages: [{ role: 'user', content: '你好' }],
    context: {},
    signal: new AbortController().signal,
  })) {
    if (p.type !== 'text-delta') continue;
    const now = performance.now();
    if (tokens === 0) first = now;
    last = now;
    tokens += 1;
  }
  const span = (last - first) / 1000;
  return { ttftMs: first - start, tokens, rate: tokens > 1 && span > 0 ? (tokens - 1) / span : 0 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

async function main() {
  const fakePort = await freePort();
  const appPort = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carellm-bench-'));
  const fake = await startChild(
    // Each token ends a sentence, so the safety output guard (which releases whole sentences) passes
    // every token on at once and the figures measure streaming overhead, not sentence buffering.
    [
      'test/support/fake-llm/cli.ts',
      '--port',
      String(fakePort),
      '--tokens',
      String(TOKENS),
      '--interval',
      String(INTERVAL),
      '--text',
      '好。',
    ],
    {},
    /listening/,
  );
  const app = await startChild(
    ['bin/carellm.js', 'serve'],
    {
      CARELLM_PORT: String(appPort),
      CARELLM_DATA_DIR: dataDir,
      CARELLM_LOG_LEVEL: 'error',
      CARELLM_ENGINE: 'openai',
      CARELLM_LLM_BASE_URL: `http://127.0.0.1:${fakePort}/v1`,
      CARELLM_LLM_MODEL: 'Qwen/Qwen2.5-Omni-7B',
      CARELLM_LLM_PROFILE: 'vllm',
      CARELLM_LLM_FALLBACK: 'none',
      CARELLM_LLM_FIRST_TOKEN_TIMEOUT_MS: '120000',
      CARELLM_LLM_IDLE_TIMEOUT_MS: '120000',
    },
    /listening/,
  );
  const fakeUrl = `http://127.0.0.1:${fakePort}/v1/chat/completions`;
  const appUrl = `http://127.0.0.1:${appPort}`;
  const engine = new OpenAICompatibleEngine({
    baseUrl: `http://127.0.0.1:${fakePort}/v1`,
    model: 'Qwen/Qwen2.5-Omni-7B',
    profile: 'vllm',
    contextWindow: 32768,
    maxOutputTokens: 1024,
    connectTimeoutMs: 5000,
    firstTokenTimeoutMs: 120_000,
    idleTimeoutMs: 120_000,
    maxRetries: 2,
    redact: 'off',
    breaker: { failureThreshold: 1_000_000 },
  });
  const chatBody = {
    model: 'Qwen/Qwen2.5-Omni-7B',
    stream: true,
    messages: [{ role: 'user', content: '你好' }],
  };

  process.stdout.write(
    `fake server: ${TOKENS} tokens per stream, one every ${INTERVAL} ms (ideal ${(1000 / INTERVAL).toFixed(1)} tok/s)\n`,
  );
  process.stdout.write(`machine: ${os.cpus().length} CPUs, Node ${process.version}\n\n`);
  const rows: string[] = [];
  rows.push(['streams', 'path', 'TTFT p50 ms', 'TTFT p95 ms', 'tok/s p50', 'tokens ok'].join('\t'));
  const summary: string[] = [];

  try {
    // Warm all three paths (JIT, connection pools, SQLite) with 20 sequential streams each.
    for (let i = 0; i < 20; i++) {
      await timeStream(fakeUrl, chatBody, 'data: {');
      await timeEngine(engine);
      const warm = JSON.parse(
        (await request(`${appUrl}/api/sessions`, 'POST', { locale: 'zh-CN' })).text,
      ) as {
        id: string;
      };
      await timeStream(`${appUrl}/api/sessions/${warm.id}/messages`, { text: '你好' }, 'event: text-delta');
    }

    for (const n of LEVELS) {
      const direct = await Promise.all(
        Array.from({ length: n }, () => timeStream(fakeUrl, chatBody, '"content":"')),
      );
      const inProcess = await Promise.all(Array.from({ length: n }, () => timeEngine(engine)));
      const sessions: string[] = [];
      for (let i = 0; i < n; i += 50) {
        const batch = await Promise.all(
          Array.from({ length: Math.min(50, n - i) }, () =>
            request(`${appUrl}/api/sessions`, 'POST', { locale: 'zh-CN' }),
          ),
        );
        sessions.push(...batch.map((r) => (JSON.parse(r.text) as { id: string }).id));
      }
      const through = await Promise.all(
        sessions.map((id) =>
          timeStream(`${appUrl}/api/sessions/${id}/messages`, { text: '你好' }, 'event: text-delta'),
        ),
      );
      const stat = (label: string, t: StreamTiming[]) => {
        const ok = t.filter((x) => x.tokens === TOKENS).length;
        rows.push(
          [
            n,
            label,
            median(t.map((x) => x.ttftMs)).toFixed(2),
            p95(t.map((x) => x.ttftMs)).toFixed(2),
            median(t.map((x) => x.rate)).toFixed(2),
            `${ok}/${n}`,
          ].join('\t'),
        );
        return { ttft: median(t.map((x) => x.ttftMs)), rate: median(t.map((x) => x.rate)) };
      };
      const d = stat('direct', direct);
      const g = stat('engine only', inProcess);
      const c = stat('CareLLM API', through);
      const line = (label: string, x: { ttft: number; rate: number }) =>
        `${n} stream(s), ${label}: TTFT +${(x.ttft - d.ttft).toFixed(2)} ms (x${(x.ttft / d.ttft).toFixed(2)}); token rate ratio ${(x.rate / d.rate).toFixed(4)} (loss ${((1 - x.rate / d.rate) * 100).toFixed(2)}%)`;
      summary.push(line('engine only', g), line('CareLLM API', c));
    }
  } finally {
    app.kill('SIGTERM');
    fake.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  process.stdout.write(rows.join('\n') + '\n\n' + summary.join('\n') + '\n');
  agent.destroy();
}

await main();
