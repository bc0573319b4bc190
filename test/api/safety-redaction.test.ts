/**
 * Nothing containing a detected phone or resident ID number leaves the machine for a remote model:
 * the fake OpenAI-compatible server records every request body, and the person still sees the
 * original values restored in the reply.
 *
 * The engine is built exactly as src/server/start.ts should build it:
 * `createEngine(config, { redactor: () => createRedactor() })`.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import { createEngine } from '../../src/engines/index.ts';
import { createRedactor, isValidResidentId } from '../../src/safety/index.ts';
import { FakeLlmServer, fakeLlmEnv } from '../support/fake-llm/index.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { readSse, type SseEvent } from '../support/sse.ts';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** Appends the GB 11643-1999 check digit to 17 digits. */
function withCheckDigit(base17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(base17[i]) * ID_WEIGHTS[i]!;
  return base17 + '10X98765432'[sum % 11]!;
}

const PHONE = '138 1234 5678';
const PHONE_DIGITS = '13812345678';
const RESIDENT_ID = withCheckDigit('11010519900307123');

let fake: FakeLlmServer;
beforeAll(async () => {
  fake = await new FakeLlmServer().start();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const envFor = (redact: 'on' | 'off' | 'auto') => fakeLlmEnv(fake.baseUrl, redact);

async function withServer<T>(redact: 'on' | 'off' | 'auto', fn: (s: TestServer) => Promise<T>): Promise<T> {
  const env = envFor(redact);
  const config = loadConfig({ env, file: undefined });
  const engine = createEngine(config, { redactor: () => createRedactor() });
  const server = await startTestServer({ env, deps: { engine } });
  try {
    return await fn(server);
  } finally {
    await server.close();
  }
}

async function newSession(url: string): Promise<string> {
  const res = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ locale: 'zh-CN' }),
  });
  return ((await res.json()) as { id: string }).id;
}

async function say(url: string, sessionId: string, text: string): Promise<SseEvent[]> {
  const res = await fetch(`${url}/api/sessions/${sessionId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
  return readSse(res);
}

const replyText = (events: SseEvent[]) =>
  events
    .filter((e) => e.event === 'text-delta')
    .map((e) => (e.data as { text: string }).text)
    .join('');

/** Every recorded chat request body, as the wire carried it, with digits only (separators dropped). */
function sentBodies(): { raw: string; digits: string } {
  const raw = fake.chatRequests.map((r) => JSON.stringify(r.body)).join('\n');
  return { raw, digits: raw.replace(/[\s-]/gu, '') };
}

describe('PII never reaches the remote model', () => {
  it('the test ID number is valid, so the redactor must catch it', () => {
    expect(isValidResidentId(RESIDENT_ID)).toBe(true);
  });

  it('redacts phone and ID numbers in the current message and in history, and restores them in the reply', async () => {
    // The model echoes the placeholder, split across chunks, as a real model would.
    fake.options.reply = ['好的，我记下了你的号码 ', '[PHO', 'NE_1', ']', '，我们继续聊聊你的感受。'];
    await withServer('on', async (server) => {
      const sessionId = await newSession(server.url);
      const first = await say(
        server.url,
        sessionId,
        `我的手机号是${PHONE}，身份证号${RESIDENT_ID}，最近睡不好。`,
      );
      expect(first.find((e) => e.event === 'done')).toBeDefined();
      // The reply the person sees has the original number back.
      expect(replyText(first)).toContain(PHONE);
      expect(replyText(first)).not.toContain('[PHONE_1]');

      // A second turn sends the first one again as history.
      fake.options.reply = ['嗯，我在听。'];
      await say(server.url, sessionId, '你还记得我刚才说的吗？');

      expect(fake.chatRequests.length).toBeGreaterThanOrEqual(2);
      const { raw, digits } = sentBodies();
      expect(digits).not.toContain(PHONE_DIGITS);
      expect(digits).not.toContain(RESIDENT_ID);
      expect(digits).not.toContain(RESIDENT_ID.slice(0, 14)); // not even a partial leak
      expect(raw).toContain('[PHONE_1]');
      expect(raw).toContain('[ID_1]');
      // The text around the numbers still reaches the model.
      expect(raw).toContain('最近睡不好');

      // What is stored locally is what the person saw.
      const stored = (await (await fetch(`${server.url}/api/sessions/${sessionId}`)).json()) as {
        messages: Array<{ role: string; content: string }>;
      };
      expect(stored.messages.find((m) => m.role === 'assistant')?.content).toContain(PHONE);
    });
  });

  it('keeps hotline numbers intact in what is sent', async () => {
    fake.options.reply = ['好的。'];
    await withServer('on', async (server) => {
      const sessionId = await newSession(server.url);
      await say(server.url, sessionId, `我之前打过12356，也存了${PHONE}这个号`);
      const { raw, digits } = sentBodies();
      expect(raw).toContain('12356');
      expect(digits).not.toContain(PHONE_DIGITS);
    });
  });

  it('control: with redaction off the numbers do reach the server (the assertions above can fail)', async () => {
    fake.options.reply = ['好的。'];
    await withServer('off', async (server) => {
      const sessionId = await newSession(server.url);
      await say(server.url, sessionId, `我的手机号是${PHONE}，身份证号${RESIDENT_ID}`);
      expect(sentBodies().digits).toContain(PHONE_DIGITS);
      expect(sentBodies().digits).toContain(RESIDENT_ID);
    });
  });
});
