import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import { buildApp, createPipelineDeps, type AppContext } from '../../src/server/index.ts';
import { emotionRoutes } from '../../src/server/routes/emotion.ts';
import { SqliteRepository } from '../../src/store/index.ts';
import { createEmotionAnalyser } from '../../src/emotion/index.ts';

/** A real server with the emotion routes (registered here unless the app already has them). */
async function start() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carellm-emotion-api-'));
  const config = loadConfig({
    env: {
      CARELLM_PORT: '0',
      CARELLM_DATA_DIR: dataDir,
      CARELLM_LOG_LEVEL: 'silent',
      CARELLM_BUILTIN_DELAY_MS: '0',
    },
    file: undefined,
  });
  const store = new SqliteRepository(path.join(dataDir, 'carellm.sqlite'));
  const ctx: AppContext = {
    config,
    deps: { ...createPipelineDeps(config, store), emotion: createEmotionAnalyser() },
    version: 'test',
    startedAt: Date.now(),
  };
  const app = await buildApp(ctx, { logger: false });
  if (!app.hasRoute({ method: 'GET', url: '/api/screening/instruments' })) emotionRoutes(app, ctx);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    ctx,
    async close() {
      await app.close();
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe('emotion API', () => {
  let server: Awaited<ReturnType<typeof start>>;
  const post = (p: string, body: unknown) =>
    fetch(`${server.url}${p}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const get = (p: string) => fetch(`${server.url}${p}`);

  beforeAll(async () => {
    server = await start();
  });
  afterAll(async () => {
    await server.close();
  });

  it('lists both instruments with wording, options and source', async () => {
    const res = await get('/api/screening/instruments?locale=zh-CN');
    expect(res.status).toBe(200);
    const list = (await res.json()) as Array<{
      id: string;
      items: string[];
      options: { value: number; label: string }[];
      source: string;
    }>;
    expect(list.map((i) => i.id)).toEqual(['phq9', 'gad7']);
    expect(list[0]!.items).toHaveLength(9);
    expect(list[1]!.items).toHaveLength(7);
    expect(list[0]!.options[0]).toEqual({ value: 0, label: '完全不会' });
    expect(list[0]!.source).toMatch(/Kroenke/);
    expect((await get('/api/screening/instruments?locale=fr')).status).toBe(400);
  });

  it('scores and stores a PHQ-9; item 9 > 0 raises the crisis flag with resources', async () => {
    const session = (await (await post('/api/sessions', { locale: 'en' })).json()) as { id: string };
    const res = await post('/api/screenings', {
      instrument: 'phq9',
      answers: [0, 0, 0, 0, 0, 0, 0, 0, 1],
      sessionId: session.id,
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, unknown> & { resources?: { regions: unknown[] } };
    expect(body).toMatchObject({
      instrument: 'phq9',
      score: 1,
      band: 'minimal',
      bandLabel: 'Minimal',
      severity: 0,
      item9: 1,
      crisis: true,
    });
    expect(body.resources?.regions.length ?? 0).toBeGreaterThan(0);
    const s = (await (await get(`/api/sessions/${session.id}`)).json()) as { flags: string[] };
    expect(s.flags).toContain('crisis');

    const ok = (await (
      await post('/api/screenings', {
        instrument: 'gad7',
        answers: [3, 3, 3, 1, 0, 0, 0],
        sessionId: session.id,
        locale: 'zh-CN',
      })
    ).json()) as Record<string, unknown> & { resources?: { regions: unknown[] } };
    expect(ok).toMatchObject({ score: 10, band: 'moderate', bandLabel: '中度', crisis: false });
    expect(ok.resources).toBeUndefined();

    const trend = (await (await get(`/api/screenings?sessionId=${session.id}`)).json()) as {
      screenings: Array<{ instrument: string; score: number }>;
    };
    expect(trend.screenings.map((x) => [x.instrument, x.score])).toEqual([
      ['phq9', 1],
      ['gad7', 10],
    ]);
    const onlyGad = (await (await get(`/api/screenings?sessionId=${session.id}&instrument=gad7`)).json()) as {
      screenings: unknown[];
    };
    expect(onlyGad.screenings).toHaveLength(1);
  });

  it.each([
    [{ instrument: 'phq9', answers: [0, 0, 0] }],
    [{ instrument: 'phq9', answers: [0, 0, 0, 0, 0, 0, 0, 0, 4] }],
    [{ instrument: 'gad7', answers: [0, 0, 0, 0, 0, 0, 0.5] }],
    [{ instrument: 'gad7', answers: ['0', 0, 0, 0, 0, 0, 0] }],
    [{ instrument: 'bdi', answers: [0] }],
    [{ instrument: 'gad7' }],
    [{ instrument: 'gad7', answers: [0, 0, 0, 0, 0, 0, 0], extra: 1 }],
  ])('rejects %j with VALIDATION_FAILED and stores nothing', async (body) => {
    const before = (await (await get('/api/screenings')).json()) as { screenings: unknown[] };
    const res = await post('/api/screenings', body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('VALIDATION_FAILED');
    const after = (await (await get('/api/screenings')).json()) as { screenings: unknown[] };
    expect(after.screenings.length).toBe(before.screenings.length);
  });

  it('answers SESSION_NOT_FOUND for unknown sessions', async () => {
    const res = await post('/api/screenings', {
      instrument: 'gad7',
      answers: [0, 0, 0, 0, 0, 0, 0],
      sessionId: 'nope',
    });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('SESSION_NOT_FOUND');
    expect((await get('/api/report?sessionId=nope')).status).toBe(404);
  });

  it('chooses suggestions from the conversation and takes feedback', async () => {
    const session = (await (await post('/api/sessions', { locale: 'en' })).json()) as { id: string };
    await server.ctx.deps.store.addMessage({
      sessionId: session.id,
      role: 'user',
      content: "I can't sleep, I have insomnia every night",
      status: 'complete',
    });
    const res = (await (await get(`/api/suggestions?sessionId=${session.id}`)).json()) as {
      suggestions: Array<{ id: string; steps: string[]; evidence: string; reason: string }>;
    };
    expect(res.suggestions[0]!.id).toBe('sleep-hygiene');
    expect(res.suggestions[0]!.steps.length).toBeGreaterThan(2);
    const fb = await post('/api/suggestions/worry-time/feedback', { helpful: true, sessionId: session.id });
    expect(fb.status).toBe(201);
    expect((await post('/api/suggestions/not-a-thing/feedback', { helpful: true })).status).toBe(400);
    expect((await post('/api/suggestions/worry-time/feedback', { helpful: 'yes' })).status).toBe(400);
  });

  it('serves the report as JSON and as a downloadable HTML file', async () => {
    const session = (await (await post('/api/sessions', { locale: 'en' })).json()) as { id: string };
    await server.ctx.deps.store.addMessage({
      sessionId: session.id,
      role: 'user',
      content: 'I feel lonely <script>x</script>',
      status: 'complete',
    });
    const json = (await (await get(`/api/report?sessionId=${session.id}`)).json()) as {
      messageCount: number;
      disclaimer: string;
    };
    expect(json.messageCount).toBe(1);
    const res = await get(`/api/report/html?sessionId=${session.id}&download=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="carellm-emotion-report-/);
    const html = await res.text();
    expect(html).toContain('<svg');
    expect(html).not.toContain('<script>x');
    const all = await get('/api/report/html?locale=zh-CN');
    expect(all.headers.get('content-disposition')).toBeNull();
    expect(await all.text()).toContain('情绪报告');
  });
});
