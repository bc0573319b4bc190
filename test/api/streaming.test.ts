import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamSse } from '../support/sse.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  // A visible per-word delay so the test can disconnect mid-reply.
  server = await startTestServer({ env: { CARELLM_BUILTIN_DELAY_MS: '40' } });
});
afterAll(async () => server.close());

async function waitFor<T>(fn: () => Promise<T | undefined>, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('streaming', () => {
  it('stops generation when the client disconnects and keeps the partial reply as interrupted', async () => {
    const created = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"locale":"en"}',
    });
    const { id } = (await created.json()) as { id: string };
    const controller = new AbortController();
    const res = await fetch(`${server.url}/api/sessions/${id}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        text: 'I feel lonely since I moved to a new city and I do not know anyone here.',
      }),
      signal: controller.signal,
    });
    let received = '';
    try {
      for await (const e of streamSse(res)) {
        if (e.event === 'text-delta') received += (e.data as { text: string }).text;
        if (received.split(' ').length > 3) controller.abort();
      }
    } catch {
      // aborted by us
    }
    const reply = await waitFor(async () => {
      const s = (await (await fetch(`${server.url}/api/sessions/${id}`)).json()) as {
        messages: Array<{ role: string; status: string; content: string }>;
      };
      const a = s.messages.find((m) => m.role === 'assistant');
      return a && a.status !== 'streaming' ? a : undefined;
    });
    expect(reply.status).toBe('interrupted');
    expect(reply.content.startsWith(received.slice(0, 5))).toBe(true);
    // The whole reply would have been much longer than what was streamed before the disconnect.
    expect(reply.content.length).toBeLessThan(400);
  });

  it('refuses a second concurrent turn in the same session with 409', async () => {
    const created = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const { id } = (await created.json()) as { id: string };
    const post = () =>
      fetch(`${server.url}/api/sessions/${id}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: '你好' }),
      });
    const first = await post();
    const second = await post();
    expect(second.status).toBe(409);
    expect(((await second.json()) as { error: { code: string } }).error.code).toBe('TURN_IN_PROGRESS');
    await first.text();
  });
});
