import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeLlmServer, loadTranscript, refusedBaseUrl } from '../../support/fake-llm/index.ts';
import { collect, engineFor, errorOf, requestOf, textOf } from './helpers.ts';

let fake: FakeLlmServer;
beforeAll(async () => {
  fake = await new FakeLlmServer({ profile: 'vllm' }).start();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const full = loadTranscript('vllm').text;

describe('faults before the first token are retried', () => {
  it('HTTP 500 then success: one retry, the full reply, no error', async () => {
    fake.enqueue({ kind: 'http-error', status: 500 });
    const parts = await collect(engineFor(fake).doStream(requestOf('你好')));
    expect(fake.chatRequests).toHaveLength(2);
    expect(textOf(parts)).toBe(full);
    expect(errorOf(parts)).toBeUndefined();
  });

  it('HTTP 500 every time: 1 + maxRetries requests, then a clear retryable error with the status', async () => {
    fake.always({ kind: 'http-error', status: 500 });
    const parts = await collect(engineFor(fake, { maxRetries: 2 }).doStream(requestOf('你好')));
    expect(fake.chatRequests).toHaveLength(3);
    expect(errorOf(parts)).toEqual({
      code: 'LLM_SERVER_ERROR',
      message: '模型服务器返回了错误。 (HTTP 500)',
      retryable: true,
    });
    expect(parts.some((p) => p.type === 'text-delta')).toBe(false);
  });

  it('HTTP 429 honours Retry-After (seconds) for the wait before the retry', async () => {
    const waits: number[] = [];
    fake.enqueue({ kind: 'http-error', status: 429, retryAfter: '2' });
    const engine = engineFor(fake, { sleep: async (ms) => void waits.push(ms), random: () => 0 });
    const parts = await collect(engine.doStream(requestOf('你好')));
    expect(waits).toEqual([2000]);
    expect(textOf(parts)).toBe(full);
  });

  it('HTTP 429 asking for longer than we hold a person gives up with LLM_RATE_LIMITED', async () => {
    fake.enqueue({ kind: 'http-error', status: 429, retryAfter: '120' });
    const parts = await collect(engineFor(fake).doStream(requestOf('你好', { locale: 'en' })));
    expect(fake.chatRequests).toHaveLength(1);
    expect(errorOf(parts)?.code).toBe('LLM_RATE_LIMITED');
    expect(errorOf(parts)?.message).toMatch(/busy/);
  });

  it('without Retry-After the waits grow with jitter', async () => {
    const waits: number[] = [];
    fake.always({ kind: 'http-error', status: 503 });
    const engine = engineFor(fake, {
      maxRetries: 3,
      sleep: async (ms) => void waits.push(ms),
      random: () => 0.5,
      retry: { baseMs: 100, maxMs: 1000 },
    });
    await collect(engine.doStream(requestOf('你好')));
    expect(waits).toEqual([75, 150, 300]);
  });

  it('401 is not retried and names the key setting (never the key)', async () => {
    fake.enqueue({ kind: 'http-error', status: 401 });
    const parts = await collect(
      engineFor(fake, { apiKey: 'sk-very-secret' }).doStream(requestOf('hi', { locale: 'en' })),
    );
    expect(fake.chatRequests).toHaveLength(1);
    expect(errorOf(parts)?.code).toBe('LLM_AUTH');
    expect(JSON.stringify(parts)).not.toContain('sk-very-secret');
    expect(errorOf(parts)?.message).toContain('CARELLM_LLM_API_KEY');
  });

  it('connection refused: retried, then LLM_UNREACHABLE', async () => {
    const engine = engineFor(await refusedBaseUrl(), { maxRetries: 1 });
    const parts = await collect(engine.doStream(requestOf('hi', { locale: 'en' })));
    expect(errorOf(parts)).toMatchObject({ code: 'LLM_UNREACHABLE', retryable: true });
    expect(errorOf(parts)?.message).toBe('The model server could not be reached. (ECONNREFUSED)');
  });

  it('slow first token beyond the first-token timeout: retried, and the retry succeeds', async () => {
    fake.enqueue({ kind: 'slow-first-token', delayMs: 2000 });
    const parts = await collect(engineFor(fake, { firstTokenTimeoutMs: 150 }).doStream(requestOf('你好')));
    expect(fake.chatRequests).toHaveLength(2);
    expect(textOf(parts)).toBe(full);
  });

  it('slow first token every time: LLM_FIRST_TOKEN_TIMEOUT', async () => {
    fake.always({ kind: 'slow-first-token', delayMs: 2000 });
    const parts = await collect(
      engineFor(fake, { firstTokenTimeoutMs: 100, maxRetries: 1 }).doStream(
        requestOf('hi', { locale: 'en' }),
      ),
    );
    expect(fake.chatRequests).toHaveLength(2);
    expect(errorOf(parts)).toMatchObject({ code: 'LLM_FIRST_TOKEN_TIMEOUT', retryable: true });
  });

  it('a slow first token within the limit is fine (the idle timeout does not apply before it)', async () => {
    fake.enqueue({ kind: 'slow-first-token', delayMs: 400 });
    const parts = await collect(
      engineFor(fake, { firstTokenTimeoutMs: 5000, idleTimeoutMs: 300 }).doStream(requestOf('你好')),
    );
    expect(fake.chatRequests).toHaveLength(1);
    expect(textOf(parts)).toBe(full);
  });

  it('malformed event line before the first token is retried', async () => {
    fake.enqueue({ kind: 'malformed', afterChunks: 0 });
    const parts = await collect(engineFor(fake).doStream(requestOf('你好')));
    expect(fake.chatRequests).toHaveLength(2);
    expect(textOf(parts)).toBe(full);
  });

  it('a server that hangs up before answering is retried', async () => {
    fake.enqueue({ kind: 'hangup' });
    const parts = await collect(engineFor(fake).doStream(requestOf('你好')));
    expect(fake.chatRequests).toHaveLength(2);
    expect(textOf(parts)).toBe(full);
  });
});

describe('faults after the first token are never retried; the partial reply stands', () => {
  const partial = loadTranscript('vllm')
    .chunks.slice(0, 5)
    .map((c) => (c.choices as Array<{ delta: { content?: string } }>)[0]?.delta.content ?? '')
    .join('');

  it('idle stall mid-stream: LLM_IDLE_TIMEOUT after the partial text, one request only', async () => {
    fake.enqueue({ kind: 'stall', afterChunks: 5 });
    const parts = await collect(engineFor(fake, { idleTimeoutMs: 150 }).doStream(requestOf('你好')));
    expect(fake.chatRequests).toHaveLength(1);
    expect(textOf(parts)).toBe(partial);
    expect(parts.at(-1)).toEqual({
      type: 'error',
      error: { code: 'LLM_IDLE_TIMEOUT', message: expect.stringContaining('已保留'), retryable: false },
    });
  });

  it('disconnect mid-stream: LLM_STREAM_BROKEN, partial text kept', async () => {
    fake.enqueue({ kind: 'disconnect', afterChunks: 5 });
    const parts = await collect(engineFor(fake).doStream(requestOf('hi', { locale: 'en' })));
    expect(fake.chatRequests).toHaveLength(1);
    expect(textOf(parts)).toBe(partial);
    expect(errorOf(parts)).toMatchObject({ code: 'LLM_STREAM_BROKEN', retryable: false });
    expect(errorOf(parts)?.message).toMatch(/broke mid-reply/);
  });

  it('malformed event line mid-stream: LLM_BAD_STREAM, partial text kept', async () => {
    fake.enqueue({ kind: 'malformed', afterChunks: 5 });
    const parts = await collect(engineFor(fake).doStream(requestOf('你好')));
    expect(fake.chatRequests).toHaveLength(1);
    expect(textOf(parts)).toBe(partial);
    expect(errorOf(parts)?.code).toBe('LLM_BAD_STREAM');
  });

  it('endless stream: cut at the output cap with finish reason length', async () => {
    fake.enqueue({ kind: 'endless', intervalMs: 0 });
    const parts = await collect(engineFor(fake, { maxOutputTokens: 40 }).doStream(requestOf('你好')));
    const text = textOf(parts);
    expect(text.length).toBeGreaterThan(40);
    expect(text.length).toBeLessThanOrEqual(Math.ceil(40 * 1.25) + 33);
    expect(parts.at(-1)).toEqual({ type: 'finish', finishReason: 'length' });
  });

  it('abort by the person ends the stream quietly (no error, no retry)', async () => {
    fake.options.chunkDelayMs = 20;
    try {
      const controller = new AbortController();
      const parts = [];
      for await (const p of engineFor(fake).doStream(requestOf('你好', { signal: controller.signal }))) {
        parts.push(p);
        if (p.type === 'text-delta') controller.abort();
      }
      expect(parts.filter((p) => p.type === 'text-delta')).toHaveLength(1);
      expect(errorOf(parts)).toBeUndefined();
      expect(fake.chatRequests).toHaveLength(1);
    } finally {
      fake.options.chunkDelayMs = 0;
    }
  });
});

describe('circuit breaker', () => {
  it('opens after consecutive failed turns, fails fast while open, closes after a good trial', async () => {
    let now = 1_000_000;
    fake.always({ kind: 'http-error', status: 500 });
    const engine = engineFor(fake, {
      maxRetries: 0,
      breaker: { failureThreshold: 2, cooldownMs: 10_000 },
      now: () => now,
    });
    await collect(engine.doStream(requestOf('1')));
    await collect(engine.doStream(requestOf('2')));
    expect(fake.chatRequests).toHaveLength(2);
    const open = await collect(engine.doStream(requestOf('3', { locale: 'en' })));
    expect(fake.chatRequests).toHaveLength(2); // nothing sent
    expect(errorOf(open)).toMatchObject({ code: 'LLM_CIRCUIT_OPEN', retryable: true });
    expect(errorOf(open)?.message).toMatch(/next try in 10 s/);

    now += 10_000;
    fake.always(null);
    const trial = await collect(engine.doStream(requestOf('4')));
    expect(textOf(trial)).toBe(full);
    expect(engine.breaker.state).toBe('closed');
  });

  it('a failed trial re-opens it at once', async () => {
    let now = 0;
    fake.always({ kind: 'http-error', status: 502 });
    const engine = engineFor(fake, {
      maxRetries: 0,
      breaker: { failureThreshold: 1, cooldownMs: 1000 },
      now: () => now,
    });
    await collect(engine.doStream(requestOf('1')));
    expect(engine.breaker.state).toBe('open');
    now += 1000;
    expect(engine.breaker.state).toBe('half-open');
    await collect(engine.doStream(requestOf('2')));
    expect(engine.breaker.state).toBe('open');
    expect(fake.chatRequests).toHaveLength(2);
  });

  it('bad requests (4xx) do not count against the server', async () => {
    fake.always({ kind: 'http-error', status: 400 });
    const engine = engineFor(fake, { maxRetries: 0, breaker: { failureThreshold: 1, cooldownMs: 1000 } });
    const parts = await collect(engine.doStream(requestOf('1')));
    expect(errorOf(parts)?.code).toBe('LLM_BAD_REQUEST');
    expect(engine.breaker.state).toBe('closed');
  });
});
