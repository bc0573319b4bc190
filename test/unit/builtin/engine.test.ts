import { describe, expect, it } from 'vitest';
import { composeReply, createBuiltinEngine, streamPieces } from '../../../src/engines/builtin/index.ts';
import { collect, reply, request, runConversation } from './helpers.ts';

const ZH_TURNS = [
  '我最近工作压力很大，晚上睡不着。',
  '领导总是临时加任务，我一直在加班。',
  '我觉得自己快撑不住了，特别焦虑。',
  '好的',
  '做完感觉平静了一点。',
];
const EN_TURNS = [
  'Work has been so stressful and I can’t sleep.',
  'My boss keeps piling on tasks.',
  'I feel anxious all the time.',
  'Sure',
  'That felt a bit calmer.',
];

describe('built-in engine: interface', () => {
  it('keeps the info shape and label in both languages', () => {
    const info = createBuiltinEngine({ delayMs: 0 }).info();
    expect(info).toMatchObject({
      id: 'builtin',
      kind: 'builtin',
      capabilities: { input: ['text'], audioOutput: false, offline: true },
    });
    expect(info.label['zh-CN']).toBe('离线技能型咨询助手');
    expect(info.label.en).toBe('Offline skills-based counsellor');
  });

  it('yields one metadata part, text deltas, then finish:stop', async () => {
    const { parts, text, state } = await reply(
      request('zh-CN', [{ role: 'user', content: '我最近总是失眠' }]),
    );
    expect(parts.filter((p) => p.type === 'metadata')).toHaveLength(1);
    expect(parts[parts.length - 1]).toMatchObject({ type: 'finish', finishReason: 'stop' });
    expect(parts.filter((p) => p.type === 'text-delta').length).toBeGreaterThan(5);
    expect(text.length).toBeGreaterThan(10);
    expect(state).toMatchObject({ v: 1, engine: 'builtin', turn: 1 });
    expect(state.topics).toContain('sleep');
  });
});

describe('built-in engine: determinism', () => {
  it('gives the same conversation byte for byte, in both languages', async () => {
    for (const [locale, turns] of [
      ['zh-CN', ZH_TURNS],
      ['en', EN_TURNS],
    ] as const) {
      const a = await runConversation(locale, turns);
      const b = await runConversation(locale, turns, { sessionId: 'another-session' });
      expect(JSON.stringify(b.messages)).toBe(JSON.stringify(a.messages));
      expect(a.messages.filter((m) => m.role === 'assistant')).toHaveLength(turns.length);
    }
  });

  it('composes the same reply for the same request', () => {
    const req = request('en', [{ role: 'user', content: 'I feel lonely since moving here.' }]);
    expect(composeReply(req)).toEqual(composeReply(req));
  });

  it('gives different replies for different histories', () => {
    const a = composeReply(
      request('en', [{ role: 'user', content: 'I feel lonely since moving here.' }]),
    ).text;
    const b = composeReply(
      request('en', [{ role: 'user', content: 'My exams are next week and I am panicking.' }]),
    ).text;
    expect(a).not.toBe(b);
  });
});

describe('built-in engine: streaming', () => {
  it('streams English word by word, each word with its following space', () => {
    const text = 'It sounds like work has been heavy.\n\n1. Sit comfortably.';
    const pieces = streamPieces(text);
    expect(pieces.join('')).toBe(text);
    expect(pieces.slice(0, 4)).toEqual(['It ', 'sounds ', 'like ', 'work ']);
  });

  it('streams Chinese in short word segments, punctuation kept with the word before it', () => {
    const text = '听起来，你最近工作压力很大。\n\n1. 找个舒服的姿势坐好。';
    const pieces = streamPieces(text);
    expect(pieces.join('')).toBe(text);
    expect(pieces).toContain('听起来，');
    expect(Math.max(...pieces.map((p) => [...p.trim()].length))).toBeLessThanOrEqual(6);
    expect(pieces.some((p) => /^[，。]/.test(p))).toBe(false);
  });

  it('joins its streamed pieces back into the full reply', async () => {
    const req = request('zh-CN', [{ role: 'user', content: '最近和男朋友总是冷战，我很难过' }]);
    const { text } = await reply(req);
    expect(text).toBe(composeReply(req).text);
  });

  it('stops promptly when the signal aborts between parts', async () => {
    const controller = new AbortController();
    const engine = createBuiltinEngine({ delayMs: 1 });
    const deltas: string[] = [];
    const parts = [];
    for await (const part of engine.doStream(
      request(
        'en',
        [{ role: 'user', content: 'I can’t sleep and I feel anxious every night.' }],
        {},
        controller.signal,
      ),
    )) {
      parts.push(part);
      if (part.type === 'text-delta') deltas.push(part.text);
      if (deltas.length === 3) controller.abort();
    }
    expect(deltas).toHaveLength(3);
    expect(parts.some((p) => p.type === 'finish')).toBe(false);
  });

  it('stops during the wait between words, without waiting it out', async () => {
    const controller = new AbortController();
    const engine = createBuiltinEngine({ delayMs: 60_000 });
    const stream = engine.doStream(
      request('zh-CN', [{ role: 'user', content: '我最近很焦虑' }], {}, controller.signal),
    );
    const it = stream[Symbol.asyncIterator]();
    expect((await it.next()).value).toMatchObject({ type: 'metadata' });
    expect((await it.next()).value).toMatchObject({ type: 'text-delta' });
    const next = it.next();
    controller.abort();
    expect(await next).toEqual({ done: true, value: undefined });
  }, 5_000);

  it('yields nothing when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const parts = await collect(
      createBuiltinEngine({ delayMs: 0 }).doStream(
        request('en', [{ role: 'user', content: 'hi' }], {}, controller.signal),
      ),
    );
    expect(parts).toEqual([]);
  });
});
