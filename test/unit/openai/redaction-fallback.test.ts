import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBuiltinEngine } from '../../../src/engines/index.ts';
import {
  FALLBACK_NOTICE,
  isLoopbackUrl,
  redactionEnabled,
  StreamRestorer,
  withFallback,
} from '../../../src/engines/openai/index.ts';
import type { TextRedactor } from '../../../src/engines/types.ts';
import { FakeLlmServer, refusedBaseUrl } from '../../support/fake-llm/index.ts';
import { collect, engineFor, errorOf, requestOf, textOf } from './helpers.ts';

/** A tiny stand-in for the safety layer's redactor: phone numbers only. */
function fakeRedactor(): TextRedactor {
  const byValue = new Map<string, string>();
  const byPlaceholder = new Map<string, string>();
  return {
    redact: (text) =>
      text.replace(/1\d{10}/g, (phone) => {
        let ph = byValue.get(phone);
        if (!ph) {
          ph = `[PHONE_${byValue.size + 1}]`;
          byValue.set(phone, ph);
          byPlaceholder.set(ph, phone);
        }
        return ph;
      }),
    restore: (text) => text.replace(/\[[A-Z]+_\d+\]/g, (ph) => byPlaceholder.get(ph) ?? ph),
  };
}

describe('StreamRestorer', () => {
  it('restores placeholders split across deltas and holds back only a possible placeholder start', () => {
    const r = fakeRedactor();
    r.redact('13812345678');
    const s = new StreamRestorer(r);
    const out = ['打给 [PH', 'ONE', '_1', '] 吧 [', '注意]', ' end ['].map((d) => s.push(d));
    expect(out).toEqual(['打给 ', '', '', '13812345678 吧 ', '[注意]', ' end ']);
    expect(s.flush()).toBe('[');
  });
});

describe('redaction decision', () => {
  it('auto is on for remote hosts and off for loopback', () => {
    expect(isLoopbackUrl('http://127.0.0.1:8000/v1')).toBe(true);
    expect(isLoopbackUrl('http://localhost:11434/v1')).toBe(true);
    expect(isLoopbackUrl('http://[::1]:8080/v1')).toBe(true);
    expect(isLoopbackUrl('https://dashscope.aliyuncs.com/compatible-mode/v1')).toBe(false);
    expect(redactionEnabled('auto', 'https://dashscope.aliyuncs.com/compatible-mode/v1')).toBe(true);
    expect(redactionEnabled('auto', 'http://127.0.0.1:8000/v1')).toBe(false);
    expect(redactionEnabled('on', 'http://127.0.0.1:8000/v1')).toBe(true);
    expect(redactionEnabled('off', 'https://example.com/v1')).toBe(false);
  });
});

describe('redaction slot in the engine', () => {
  let fake: FakeLlmServer;
  beforeAll(async () => {
    fake = await new FakeLlmServer({
      reply: ['好的，我会记住 [PHO', 'NE_1', ']。', '还有 [未知]。'],
    }).start();
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.reset());

  it('redacts every outgoing text and restores the streamed reply', async () => {
    const engine = engineFor(fake, { redact: 'on', redactor: fakeRedactor });
    const parts = await collect(
      engine.doStream(
        requestOf([
          { role: 'user', content: '我的电话是13812345678' },
          { role: 'assistant', content: '收到。' },
          { role: 'user', content: '再说一次13812345678' },
        ]),
      ),
    );
    const sent = JSON.stringify(fake.chatRequests[0]!.body);
    expect(sent).not.toContain('13812345678');
    expect(sent).toContain('我的电话是[PHONE_1]');
    expect(sent).toContain('再说一次[PHONE_1]');
    expect(textOf(parts)).toBe('好的，我会记住 13812345678。还有 [未知]。');
    expect(parts[0]).toMatchObject({ type: 'metadata', data: { openai: { redacted: true } } });
  });

  it('redact off (or auto on loopback) sends text unchanged', async () => {
    const engine = engineFor(fake, { redact: 'auto', redactor: fakeRedactor });
    await collect(engine.doStream(requestOf('我的电话是13812345678')));
    expect(JSON.stringify(fake.chatRequests[0]!.body)).toContain('13812345678');
  });
});

describe('fallback to the built-in engine', () => {
  const builtin = createBuiltinEngine({ delayMs: 0 });

  it('server down: a notice, then the built-in reply; no error', async () => {
    const engine = withFallback(engineFor(await refusedBaseUrl(), { maxRetries: 0 }), builtin);
    const parts = await collect(engine.doStream(requestOf('hello', { locale: 'en' })));
    expect(parts.find((p) => p.type === 'notice')).toEqual({
      type: 'notice',
      code: 'fallback-builtin',
      message: FALLBACK_NOTICE.en,
    });
    expect(errorOf(parts)).toBeUndefined();
    expect(textOf(parts).length).toBeGreaterThan(0);
    expect(parts.at(-1)).toMatchObject({ type: 'finish' });
    expect(parts.filter((p) => p.type === 'metadata').at(-1)).toMatchObject({
      data: { fallback: { from: 'openai', cause: 'LLM_UNREACHABLE' } },
    });
    expect(engine.info().id).toBe('openai');
  });

  it('failure after the first token is not covered up: the error passes through, no built-in text', async () => {
    const fake = await new FakeLlmServer({ profile: 'vllm' }).start();
    try {
      fake.enqueue({ kind: 'disconnect', afterChunks: 5 });
      const parts = await collect(withFallback(engineFor(fake), builtin).doStream(requestOf('你好')));
      expect(parts.some((p) => p.type === 'notice')).toBe(false);
      expect(errorOf(parts)?.code).toBe('LLM_STREAM_BROKEN');
      expect(textOf(parts)).toBe('听起来你最近真的很');
    } finally {
      await fake.close();
    }
  });
});
