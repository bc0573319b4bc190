import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSse } from '../support/sse.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

async function createSession(locale?: string): Promise<string> {
  const res = await fetch(`${server.url}/api/sessions`, json(locale ? { locale } : {}));
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

describe('health and documents', () => {
  it('GET /api/health → 200 {"status":"ok"}', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { status: string }).status).toBe('ok');
  });

  it('GET /api/ready reports the store and engine', async () => {
    const body = (await (await fetch(`${server.url}/api/ready`)).json()) as Record<string, string>;
    expect(body).toMatchObject({ status: 'ready', store: 'sqlite', engine: 'builtin' });
  });

  it('serves an OpenAPI document that lists the message route', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/sessions/{id}/messages');
  });

  it('serves hotlines with a source and date for every line, preferred region first', async () => {
    const body = (await (await fetch(`${server.url}/api/hotlines?locale=zh-CN`)).json()) as {
      regions: Array<{ id: string; lines: Array<{ number: string; source: string; verified: string }> }>;
    };
    expect(body.regions[0]?.id).toBe('CN');
    expect(body.regions[0]?.lines.map((l) => l.number)).toContain('12356');
    for (const r of body.regions)
      for (const l of r.lines) expect(l.source && /^\d{4}-\d{2}-\d{2}$/.test(l.verified)).toBeTruthy();
    const us = (await (await fetch(`${server.url}/api/hotlines?region=us`)).json()) as {
      regions: Array<{ id: string }>;
    };
    expect(us.regions[0]?.id).toBe('US');
  });

  it('sends security headers', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('session lifecycle', () => {
  it('creates, lists, chats, renames, exports and deletes a session', async () => {
    const id = await createSession('zh-CN');
    const list = (await (await fetch(`${server.url}/api/sessions`)).json()) as {
      sessions: Array<{ id: string }>;
    };
    expect(list.sessions.map((s) => s.id)).toContain(id);

    const res = await fetch(
      `${server.url}/api/sessions/${id}/messages`,
      json({ text: '最近工作压力很大，晚上睡不着' }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const events = await readSse(res);
    const names = events.map((e) => e.event);
    expect(names.slice(0, 3)).toEqual(['turn', 'risk', 'emotion']);
    expect(names.at(-1)).toBe('done');
    const deltas = events.filter((e) => e.event === 'text-delta');
    expect(deltas.length).toBeGreaterThan(1);
    const streamed = deltas.map((e) => (e.data as { text: string }).text).join('');
    expect((events.find((e) => e.event === 'risk')?.data as { level: string }).level).toBe('none');

    const session = (await (await fetch(`${server.url}/api/sessions/${id}`)).json()) as {
      title: string;
      messages: Array<{ id: string; role: string; content: string; status: string }>;
    };
    expect(session.messages.map((m) => [m.role, m.status])).toEqual([
      ['user', 'complete'],
      ['assistant', 'complete'],
    ]);
    expect(session.messages[1]?.content).toBe(streamed);
    expect(session.title).toBe('最近工作压力很大，晚上睡不着');

    const renamed = await fetch(`${server.url}/api/sessions/${id}`, {
      ...json({ title: '工作' }),
      method: 'PATCH',
    });
    expect(((await renamed.json()) as { title: string }).title).toBe('工作');

    const md = await fetch(`${server.url}/api/sessions/${id}/export?format=markdown`);
    expect(md.headers.get('content-type')).toContain('text/markdown');
    const mdText = await md.text();
    expect(mdText).toContain('# 工作');
    expect(mdText).toContain('> 最近工作压力很大，晚上睡不着');
    const exported = (await (await fetch(`${server.url}/api/sessions/${id}/export`)).json()) as {
      format: string;
      messages: unknown[];
    };
    expect(exported.format).toBe('carellm-session');
    expect(exported.messages).toHaveLength(2);

    expect((await fetch(`${server.url}/api/sessions/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await fetch(`${server.url}/api/sessions/${id}`)).status).toBe(404);
  });

  it('defaults the session locale to the configured UI language', async () => {
    const id = await createSession();
    const s = (await (await fetch(`${server.url}/api/sessions/${id}`)).json()) as { locale: string };
    expect(s.locale).toBe('zh-CN');
  });

  it('escapes HTML in the Markdown export', async () => {
    const id = await createSession('en');
    await readSse(
      await fetch(
        `${server.url}/api/sessions/${id}/messages`,
        json({ text: '<img src=x onerror=alert(1)>' }),
      ),
    );
    const md = await (await fetch(`${server.url}/api/sessions/${id}/export?format=md`)).text();
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('validation errors are clear 4xx bodies with stable codes', () => {
  const cases: Array<[string, () => Promise<Response>, number, string]> = [
    [
      'malformed JSON',
      () =>
        fetch(`${server.url}/api/sessions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"locale":',
        }),
      400,
      'BAD_JSON',
    ],
    [
      'unknown locale',
      () => fetch(`${server.url}/api/sessions`, json({ locale: 'fr' })),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'unknown field',
      () => fetch(`${server.url}/api/sessions`, json({ locale: 'en', admin: true })),
      400,
      'VALIDATION_FAILED',
    ],
    ['unknown session', () => fetch(`${server.url}/api/sessions/ses_doesnotexist`), 404, 'SESSION_NOT_FOUND'],
    [
      'message to unknown session',
      () => fetch(`${server.url}/api/sessions/ses_doesnotexist/messages`, json({ text: 'hi' })),
      404,
      'SESSION_NOT_FOUND',
    ],
    [
      'path tricks in the id',
      () => fetch(`${server.url}/api/sessions/..%2F..%2Fetc%2Fpasswd`),
      400,
      'VALIDATION_FAILED',
    ],
    ['unknown route', () => fetch(`${server.url}/api/nothing`), 404, 'ROUTE_NOT_FOUND'],
    [
      'wrong media type',
      () =>
        fetch(`${server.url}/api/sessions`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: 'hi',
        }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'oversized body',
      () => fetch(`${server.url}/api/sessions`, json({ title: 'x'.repeat(200_000) })),
      413,
      'BODY_TOO_LARGE',
    ],
    [
      'bad export format',
      () => fetch(`${server.url}/api/sessions/ses_x/export?format=pdf`),
      400,
      'VALIDATION_FAILED',
    ],
  ];
  for (const [name, send, status, code] of cases) {
    it(name, async () => {
      const res = await send();
      expect(res.status).toBe(status);
      const body = (await res.json()) as { error: { code: string; message: string; message_zh: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.message.length).toBeGreaterThan(0);
      expect(body.error.message_zh.length).toBeGreaterThan(0);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/); // no stack traces
    });
  }

  it('rejects wrong types, empty and overlong messages without storing anything', async () => {
    const id = await createSession('en');
    for (const [body, code] of [
      [{ text: 42 }, 'VALIDATION_FAILED'],
      [{ text: ['a'] }, 'VALIDATION_FAILED'],
      [{}, 'VALIDATION_FAILED'],
      [{ text: '   \n ' }, 'EMPTY_MESSAGE'],
      [{ text: 'x'.repeat(8001) }, 'MESSAGE_TOO_LONG'],
      [{ text: 'hi', locale: 'de' }, 'VALIDATION_FAILED'],
    ] as const) {
      const res = await fetch(`${server.url}/api/sessions/${id}/messages`, json(body));
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    }
    const s = (await (await fetch(`${server.url}/api/sessions/${id}`)).json()) as { messages: unknown[] };
    expect(s.messages).toEqual([]);
  });
});
