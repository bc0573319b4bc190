/**
 * End to end through the HTTP API with CARELLM_ENGINE=openai against the fake OpenAI-compatible
 * server: SSE events and what is persisted, for normal replies and every fault.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COUNSELLOR_PROMPT } from '../../src/engines/prompts/index.ts';
import { FakeLlmServer, loadTranscript, refusedBaseUrl } from '../support/fake-llm/index.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { readSse, streamSse, type SseEvent } from '../support/sse.ts';

let fake: FakeLlmServer;
beforeAll(async () => {
  fake = await new FakeLlmServer().start();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

function envFor(profile: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    CARELLM_ENGINE: 'openai',
    CARELLM_LLM_BASE_URL: fake.baseUrl,
    CARELLM_LLM_MODEL: 'Qwen/Qwen2.5-Omni-7B',
    CARELLM_LLM_PROFILE: profile,
    CARELLM_LLM_FALLBACK: 'none',
    CARELLM_LLM_CONNECT_TIMEOUT_MS: '500',
    // Short enough for a fast suite, long enough that a loaded machine does not trip them.
    CARELLM_LLM_FIRST_TOKEN_TIMEOUT_MS: '3000',
    CARELLM_LLM_IDLE_TIMEOUT_MS: '800',
    CARELLM_LLM_MAX_RETRIES: '1',
    ...extra,
  };
}

async function withServer<T>(
  env: Record<string, string>,
  fn: (server: TestServer) => Promise<T>,
): Promise<T> {
  const server = await startTestServer({ env });
  try {
    return await fn(server);
  } finally {
    await server.close();
  }
}

async function newSession(url: string, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<string> {
  const res = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ locale }),
  });
  return ((await res.json()) as { id: string }).id;
}

function post(url: string, sessionId: string, text: string, signal?: AbortSignal): Promise<Response> {
  return fetch(`${url}/api/sessions/${sessionId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
    signal,
  });
}

interface StoredMessage {
  role: string;
  content: string;
  status: string;
  meta: Record<string, unknown>;
}

async function messagesOf(url: string, sessionId: string): Promise<StoredMessage[]> {
  const res = await fetch(`${url}/api/sessions/${sessionId}`);
  return ((await res.json()) as { messages: StoredMessage[] }).messages;
}

const names = (events: SseEvent[]) => events.map((e) => e.event);
const text = (events: SseEvent[]) =>
  events
    .filter((e) => e.event === 'text-delta')
    .map((e) => (e.data as { text: string }).text)
    .join('');
const done = (events: SseEvent[]) =>
  events.find((e) => e.event === 'done')?.data as { status: string; finishReason: string } | undefined;
const errorEvent = (events: SseEvent[]) =>
  events.find((e) => e.event === 'error')?.data as { code: string; message: string } | undefined;

async function turn(server: TestServer, message: string, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const sessionId = await newSession(server.url, locale);
  const events = await readSse(await post(server.url, sessionId, message));
  return { sessionId, events, stored: await messagesOf(server.url, sessionId) };
}

describe('CARELLM_ENGINE=openai through the HTTP API', () => {
  it('streams a vLLM reply, persists it complete, and sends the persona + history', async () => {
    fake.options.profile = 'vllm';
    await withServer(envFor('vllm'), async (server) => {
      const { sessionId, events, stored } = await turn(server, '我最近总是失眠');
      expect(names(events).slice(0, 3)).toEqual(['turn', 'risk', 'emotion']);
      expect(text(events)).toBe(loadTranscript('vllm').text);
      expect(done(events)).toMatchObject({ status: 'complete', finishReason: 'stop' });
      expect(stored.map((m) => [m.role, m.status])).toEqual([
        ['user', 'complete'],
        ['assistant', 'complete'],
      ]);
      expect(stored[1]!.content).toBe(loadTranscript('vllm').text);
      expect(stored[1]!.meta).toMatchObject({
        engine: { openai: { profile: 'vllm', promptVersion: expect.any(String) } },
      });
      const sent = fake.chatRequests[0]!.body!.messages as Array<{ role: string; content: string }>;
      expect(sent.map((m) => m.role)).toEqual(['system', 'user']);
      expect(sent[1]!.content).toBe('我最近总是失眠');
      // Persona, then the pipeline's structured context (risk from the safety layer), never as user text.
      expect(sent[0]!.content.startsWith(COUNSELLOR_PROMPT['zh-CN'])).toBe(true);
      expect(sent[0]!.content).toContain('【应用提供的背景信息，不是对方说的话】\nrisk: {"level":"none"');

      // Second turn carries the history.
      await readSse(await post(server.url, sessionId, '还有点焦虑'));
      expect((fake.chatRequests[1]!.body!.messages as unknown[]).slice(1)).toEqual([
        { role: 'user', content: '我最近总是失眠' },
        { role: 'assistant', content: loadTranscript('vllm').text },
        { role: 'user', content: '还有点焦虑' },
      ]);
    });
  });

  it('GET /api/info describes the back end: profile, model, capabilities', async () => {
    await withServer(envFor('dashscope'), async (server) => {
      const info = (await (await fetch(`${server.url}/api/info`)).json()) as {
        engine: Record<string, unknown>;
      };
      expect(info.engine).toMatchObject({
        id: 'openai',
        kind: 'openai-compatible',
        profile: 'dashscope',
        model: 'Qwen/Qwen2.5-Omni-7B',
        capabilities: { input: ['text', 'image', 'audio', 'video'], audioOutput: true, offline: false },
      });
      expect(JSON.stringify(info)).not.toContain('sk-');
    });
  });

  it.each(['dashscope', 'llamacpp', 'ollama', 'openai-compatible', 'vllm-omni'])(
    'streams the %s transcript end to end',
    async (profile) => {
      fake.options.profile = profile;
      await withServer(envFor(profile), async (server) => {
        const { events, stored } = await turn(server, 'hello', 'en');
        expect(text(events)).toBe(loadTranscript(profile).text);
        expect(stored[1]).toMatchObject({ status: 'complete', content: loadTranscript(profile).text });
      });
    },
  );

  it('HTTP 500 then success: retried before the first token, reply complete', async () => {
    fake.options.profile = 'vllm';
    fake.enqueue({ kind: 'http-error', status: 500 });
    await withServer(envFor('vllm'), async (server) => {
      const { events, stored } = await turn(server, '你好');
      expect(fake.chatRequests).toHaveLength(2);
      expect(errorEvent(events)).toBeUndefined();
      expect(stored[1]).toMatchObject({ status: 'complete', content: loadTranscript('vllm').text });
    });
  });

  it('HTTP 429 with Retry-After: waits as told, then the reply completes', async () => {
    fake.options.profile = 'vllm';
    fake.enqueue({ kind: 'http-error', status: 429, retryAfter: '1' });
    await withServer(envFor('vllm'), async (server) => {
      const { events } = await turn(server, '你好');
      expect(fake.chatRequests).toHaveLength(2);
      expect(done(events)?.status).toBe('complete');
    });
  });

  it('HTTP 500 on every try: error event, the turn is stored as error', async () => {
    fake.always({ kind: 'http-error', status: 500 });
    await withServer(envFor('vllm'), async (server) => {
      const { events, stored } = await turn(server, 'hi', 'en');
      expect(errorEvent(events)).toMatchObject({
        code: 'LLM_SERVER_ERROR',
        message: 'The model server returned an error. (HTTP 500)',
      });
      expect(done(events)).toMatchObject({ status: 'error' });
      expect(stored.map((m) => [m.role, m.status])).toEqual([
        ['user', 'complete'],
        ['assistant', 'error'],
      ]);
      expect(stored[1]!.meta).toMatchObject({ error: { code: 'LLM_SERVER_ERROR' } });
    });
  });

  it('connection refused without fallback: LLM_UNREACHABLE', async () => {
    await withServer({ ...envFor('vllm'), CARELLM_LLM_BASE_URL: await refusedBaseUrl() }, async (server) => {
      const { events, stored } = await turn(server, 'hi', 'en');
      expect(errorEvent(events)?.code).toBe('LLM_UNREACHABLE');
      expect(stored[1]!.status).toBe('error');
    });
  });

  it('slow first token on every try: LLM_FIRST_TOKEN_TIMEOUT', async () => {
    fake.always({ kind: 'slow-first-token', delayMs: 3000 });
    await withServer(envFor('vllm', { CARELLM_LLM_FIRST_TOKEN_TIMEOUT_MS: '150' }), async (server) => {
      const { events } = await turn(server, 'hi', 'en');
      expect(fake.chatRequests).toHaveLength(2);
      expect(errorEvent(events)?.code).toBe('LLM_FIRST_TOKEN_TIMEOUT');
    });
  });

  const partial = '听起来你最近真的很';
  it.each([
    ['stall', { kind: 'stall', afterChunks: 5 } as const, 'LLM_IDLE_TIMEOUT'],
    ['disconnect', { kind: 'disconnect', afterChunks: 5 } as const, 'LLM_STREAM_BROKEN'],
    ['malformed line', { kind: 'malformed', afterChunks: 5 } as const, 'LLM_BAD_STREAM'],
  ])(
    '%s mid-stream: partial reply kept with status error, error event, no retry',
    async (_name, fault, code) => {
      fake.options.profile = 'vllm';
      fake.enqueue(fault);
      await withServer(envFor('vllm'), async (server) => {
        const { events, stored } = await turn(server, '你好');
        expect(fake.chatRequests).toHaveLength(1);
        expect(text(events)).toBe(partial);
        expect(names(events).slice(-2)).toEqual(['error', 'done']);
        expect(errorEvent(events)?.code).toBe(code);
        expect(stored[1]).toMatchObject({
          role: 'assistant',
          content: partial,
          status: 'error',
          meta: { error: { code } },
        });
      });
    },
  );

  it('endless stream: cut at the output cap, reply complete with finish reason length', async () => {
    fake.enqueue({ kind: 'endless', intervalMs: 0 });
    await withServer(envFor('vllm', { CARELLM_LLM_MAX_OUTPUT_TOKENS: '16' }), async (server) => {
      const { events, stored } = await turn(server, '你好');
      expect(done(events)).toMatchObject({ status: 'complete', finishReason: 'length' });
      expect(stored[1]!.content.length).toBeGreaterThanOrEqual(16);
      expect(stored[1]!.content.length).toBeLessThanOrEqual(60);
    });
  });

  it('endless stream and the person leaves: generation stops, reply stored as interrupted', async () => {
    fake.enqueue({ kind: 'endless', intervalMs: 2 });
    await withServer(envFor('vllm', { CARELLM_LLM_MAX_OUTPUT_TOKENS: '20000' }), async (server) => {
      const sessionId = await newSession(server.url);
      const controller = new AbortController();
      const res = await post(server.url, sessionId, '你好', controller.signal);
      let deltas = 0;
      try {
        for await (const e of streamSse(res)) {
          if (e.event === 'text-delta' && ++deltas === 2) controller.abort();
        }
      } catch {
        // aborted by us
      }
      let stored: StoredMessage[] = [];
      for (let i = 0; i < 100; i++) {
        stored = await messagesOf(server.url, sessionId);
        if (stored[1] && stored[1].status !== 'streaming') break;
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(stored[1]).toMatchObject({ role: 'assistant', status: 'interrupted' });
      expect(stored[1]!.content.length).toBeGreaterThan(0);
    });
  });
});

describe('PII redaction before text leaves the machine (CARELLM_LLM_REDACT)', () => {
  it('on: the model server sees placeholders, the person sees the reply restored', async () => {
    fake.options.reply = ['好的，我会打 [PHONE_1] 联系你。'];
    try {
      await withServer(envFor('vllm', { CARELLM_LLM_REDACT: 'on' }), async (server) => {
        const { events, stored } = await turn(server, '我的手机是13812345678，邮箱 li.lei@example.com');
        const sent = JSON.stringify(fake.chatRequests[0]!.body);
        expect(sent).not.toContain('13812345678');
        expect(sent).not.toContain('li.lei@example.com');
        expect(sent).toContain('[PHONE_1]');
        expect(text(events)).toBe('好的，我会打 13812345678 联系你。');
        expect(stored[1]!.content).toBe('好的，我会打 13812345678 联系你。');
        expect(stored[1]!.meta).toMatchObject({ engine: { openai: { redacted: true } } });
      });
    } finally {
      delete fake.options.reply;
    }
  });

  it('auto on a loopback server: sent unchanged', async () => {
    await withServer(envFor('vllm'), async (server) => {
      await turn(server, '我的手机是13812345678');
      expect(JSON.stringify(fake.chatRequests[0]!.body)).toContain('13812345678');
    });
  });
});

describe('fallback to the built-in engine (CARELLM_LLM_FALLBACK=builtin)', () => {
  it('model server down: notice event, built-in reply, marked in the stored message', async () => {
    await withServer(
      {
        ...envFor('vllm', { CARELLM_LLM_FALLBACK: 'builtin' }),
        CARELLM_LLM_BASE_URL: await refusedBaseUrl(),
      },
      async (server) => {
        const { events, stored } = await turn(server, 'I cannot sleep', 'en');
        const notice = events.find((e) => e.event === 'notice');
        expect(notice?.data).toEqual({
          code: 'fallback-builtin',
          message:
            'The model server is unavailable right now; this reply comes from the offline skills-based counsellor.',
        });
        expect(names(events).indexOf('notice')).toBeLessThan(names(events).indexOf('text-delta'));
        expect(errorEvent(events)).toBeUndefined();
        expect(done(events)?.status).toBe('complete');
        expect(text(events).length).toBeGreaterThan(0);
        expect(stored[1]).toMatchObject({
          status: 'complete',
          content: text(events),
          meta: {
            notice: { code: 'fallback-builtin' },
            engine: { fallback: { from: 'openai', cause: 'LLM_UNREACHABLE' } },
          },
        });
      },
    );
  });

  it('in Chinese, the notice is in Chinese', async () => {
    fake.always({ kind: 'http-error', status: 503 });
    await withServer(envFor('vllm', { CARELLM_LLM_FALLBACK: 'builtin' }), async (server) => {
      const { events } = await turn(server, '我睡不着');
      expect((events.find((e) => e.event === 'notice')?.data as { message: string }).message).toBe(
        '模型服务器暂时不可用，以下回复来自离线的技能型咨询助手。',
      );
    });
  });

  it('a failure after the first token is not replaced by the built-in engine', async () => {
    fake.options.profile = 'vllm';
    fake.enqueue({ kind: 'disconnect', afterChunks: 5 });
    await withServer(envFor('vllm', { CARELLM_LLM_FALLBACK: 'builtin' }), async (server) => {
      const { events, stored } = await turn(server, '你好');
      expect(names(events)).not.toContain('notice');
      expect(errorEvent(events)?.code).toBe('LLM_STREAM_BROKEN');
      expect(stored[1]).toMatchObject({ content: partial, status: 'error' });
    });
  });
});

const partial = '听起来你最近真的很';
