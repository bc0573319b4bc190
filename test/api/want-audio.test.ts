import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine, EngineRequest } from '../../src/engines/index.ts';
import { readSse } from '../support/sse.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const requests: EngineRequest[] = [];
const recordingEngine: Engine = {
  info: () => ({
    id: 'recording',
    label: { 'zh-CN': '记录', en: 'recording' },
    kind: 'builtin',
    capabilities: { input: ['text'], audioOutput: true, offline: true },
  }),
  async *doStream(req) {
    requests.push(req);
    yield { type: 'text-delta', text: 'Okay.' };
    yield { type: 'finish', finishReason: 'stop' };
  },
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ deps: { engine: recordingEngine } });
});
afterAll(async () => server.close());

async function post(id: string, init: RequestInit): Promise<void> {
  const res = await fetch(`${server.url}/api/sessions/${id}/messages`, { method: 'POST', ...init });
  expect(res.status).toBe(200);
  await readSse(res);
}

describe('spoken replies are requested per message', () => {
  it('passes wantAudio from JSON and multipart bodies to the engine, and defaults to false', async () => {
    const created = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"locale":"en"}',
    });
    const { id } = (await created.json()) as { id: string };
    await post(id, {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'hello', wantAudio: true }),
    });
    await post(id, {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'again' }),
    });
    const form = new FormData();
    form.append('text', 'and once more');
    form.append('wantAudio', 'true');
    await post(id, { body: form });
    expect(requests.map((r) => r.wantAudio)).toEqual([true, false, true]);
    const bad = await fetch(`${server.url}/api/sessions/${id}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'x', wantAudio: 'yes' }),
    });
    expect(bad.status).toBe(400);
  });
});
