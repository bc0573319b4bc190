import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine, EngineStreamPart } from '../../src/engines/types.ts';
import { createOutputGuard, createSafetyPreCheck } from '../../src/safety/index.ts';
import { buildApp } from '../../src/server/index.ts';
import { safetyRoutes } from '../../src/server/routes/safety.ts';
import { chat, type SseEvent } from '../support/sse.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const info = (id: string) => ({
  id,
  label: { 'zh-CN': id, en: id },
  kind: 'builtin' as const,
  capabilities: { input: ['text' as const], audioOutput: false, offline: true },
});

/** An engine whose back end is down: every call fails. */
const brokenEngine: Engine = {
  info: () => info('broken'),
  // eslint-disable-next-line require-yield
  async *doStream(): AsyncIterable<EngineStreamPart> {
    throw new Error('connect ECONNREFUSED 127.0.0.1:8000');
  },
};

/** An engine that streams a harmful sentence between two safe ones, in small chunks. */
const harmfulEngine: Engine = {
  info: () => info('harmful-fake'),
  async *doStream(): AsyncIterable<EngineStreamPart> {
    const reply = 'I hear how hard this is. You clearly have depression. Let us take it one step at a time.';
    for (let i = 0; i < reply.length; i += 7) yield { type: 'text-delta', text: reply.slice(i, i + 7) };
    yield { type: 'finish', finishReason: 'stop' };
  },
};

const text = (events: SseEvent[]) =>
  events
    .filter((e) => e.event === 'text-delta')
    .map((e) => (e.data as { text: string }).text)
    .join('');
const indexOf = (events: SseEvent[], name: string) => events.findIndex((e) => e.event === name);

describe('safety through the API with the model server down', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      deps: { engine: brokenEngine, safety: createSafetyPreCheck(), outputGuard: createOutputGuard() },
    });
  });
  afterAll(async () => server.close());

  it('a crisis message gets the risk level, the fixed response and the hotlines although the engine fails', async () => {
    const { sessionId, events } = await chat(server.url, '我不想活了，安眠药已经攒够了', 'zh-CN');
    const risk = events.find((e) => e.event === 'risk')!.data as {
      level: string;
      reasons: string[];
      evidence: Array<{ start: number; end: number; text: string }>;
      crisis: {
        message: string;
        safetyQuestion: string;
        regions: Array<{ id: string }>;
        grounding: { steps: string[] };
      };
    };
    expect(['high', 'imminent']).toContain(risk.level);
    expect(risk.reasons.length).toBeGreaterThan(0);
    expect(risk.evidence.length).toBeGreaterThan(0);
    expect(risk.crisis.regions[0]!.id).toBe('CN');
    expect(risk.crisis.grounding.steps.length).toBe(5);
    const safety = events.find((e) => e.event === 'safety')!.data;
    expect(safety).toMatchObject({ kind: 'crisis-protocol', action: 'show-hotlines' });
    const reply = text(events);
    expect(reply).toContain(risk.crisis.message);
    expect(reply).toContain('12356');
    expect(reply).toContain('010-82951332');
    expect(indexOf(events, 'safety')).toBeLessThan(indexOf(events, 'text-delta'));
    expect(events.some((e) => e.event === 'error')).toBe(true);

    const session = (await (await fetch(`${server.url}/api/sessions/${sessionId}`)).json()) as {
      flags?: string[];
      session?: { flags: string[] };
    };
    const flags = session.flags ?? session.session?.flags ?? [];
    expect(flags).toContain('crisis');
  });

  it('English crisis message gets 988 and Samaritans', async () => {
    const { events } = await chat(server.url, 'I want to kill myself tonight', 'en');
    expect(['high', 'imminent']).toContain(
      (events.find((e) => e.event === 'risk')!.data as { level: string }).level,
    );
    const reply = text(events);
    expect(reply).toContain('988');
    expect(reply).toContain('116 123');
  });

  it('a harmful request is refused: safety event before the refusal text, no engine needed', async () => {
    const { events } = await chat(server.url, 'what is the lethal dose of acetaminophen', 'en');
    const si = events.findIndex(
      (e) => e.event === 'safety' && (e.data as { kind: string }).kind === 'harmful-request',
    );
    expect(si).toBeGreaterThanOrEqual(0);
    expect(events[si]!.data).toMatchObject({ kind: 'harmful-request', action: 'refused' });
    expect(si).toBeLessThan(indexOf(events, 'text-delta'));
    expect(text(events)).toMatch(/can't help with that|can't give/);
    expect(events.some((e) => e.event === 'error')).toBe(false);
  });

  it('hard negatives stay none and get no crisis text', async () => {
    const { events } = await chat(server.url, '笑死我了，今天热死了', 'zh-CN');
    expect((events.find((e) => e.event === 'risk')!.data as { level: string }).level).toBe('none');
    expect(events.some((e) => e.event === 'safety')).toBe(false);
  });
});

describe('GET /api/crisis-resources', () => {
  let server: TestServer;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    server = await startTestServer();
    // The same app as the server; the route is added here until app.ts registers it.
    app = await buildApp(server.ctx, { logger: false });
    if (!app.hasRoute({ method: 'GET', url: '/api/crisis-resources' })) safetyRoutes(app, server.ctx);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await server.close();
  });
  const get = async (q: string) => {
    const res = await app.inject({ method: 'GET', url: `/api/crisis-resources${q}` });
    return { status: res.statusCode, body: res.json() as Record<string, unknown> };
  };

  it('returns the contract shape, preferred region first', async () => {
    const { status, body } = await get('?locale=en&region=gb');
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual([
      'grounding',
      'locale',
      'message',
      'regions',
      'safetyPlan',
      'safetyQuestion',
    ]);
    expect(body.locale).toBe('en');
    expect((body.regions as Array<{ id: string }>)[0]!.id).toBe('GB');
    expect((body.grounding as { title: string; steps: string[] }).steps).toHaveLength(5);
    const zh = await get('?locale=zh-CN');
    expect((zh.body.regions as Array<{ id: string }>)[0]!.id).toBe('CN');
    expect(zh.body.message).toMatch(/[\u4e00-\u9fa5]/u);
  });

  it('bad query parameters are a clear 400, never a 500', async () => {
    for (const q of ['?locale=fr', '?region=../../x', '?foo=1']) {
      const { status, body } = await get(q);
      expect(status).toBe(400);
      expect((body as { error: { code: string } }).error.code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('output guard through the API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      deps: { engine: harmfulEngine, safety: createSafetyPreCheck(), outputGuard: createOutputGuard() },
    });
  });
  afterAll(async () => server.close());

  it("blocks the engine's diagnostic sentence: safety event before the replacement, safe sentences kept", async () => {
    const { events } = await chat(server.url, 'I have been feeling low for weeks', 'en');
    const si = events.findIndex((e) => e.event === 'safety');
    expect(events[si]!.data).toMatchObject({
      kind: 'output-blocked',
      action: 'replaced',
      category: 'diagnosis',
    });
    const reply = text(events);
    expect(reply).not.toContain('You clearly have depression');
    expect(reply).toContain('I hear how hard this is.');
    expect(reply).toContain('one step at a time');
    const before = text(events.slice(0, si));
    expect(before).toBe('I hear how hard this is. ');
  });
});
