import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  passThroughGuard,
  placeholderEmotion,
  placeholderSafety,
  runTurn,
  type OutputGuardFactory,
  type PipelineDeps,
  type SafetyPreCheck,
  type TurnEvent,
} from '../../../src/core/index.ts';
import type { Engine, EngineRequest, EngineStreamPart } from '../../../src/engines/index.ts';
import { SqliteRepository } from '../../../src/store/index.ts';

let store: SqliteRepository;
beforeEach(() => {
  store = new SqliteRepository(':memory:');
});
afterEach(async () => store.close());

/** An engine scripted part by part; `onPart` runs before each part is yielded (to observe the store). */
function scriptedEngine(
  parts: EngineStreamPart[],
  onPart?: (i: number, req: EngineRequest) => Promise<void>,
): Engine & { requests: EngineRequest[] } {
  const requests: EngineRequest[] = [];
  return {
    requests,
    info: () => ({
      id: 'scripted',
      label: { 'zh-CN': '测试', en: 'test' },
      kind: 'builtin',
      capabilities: { input: ['text'], audioOutput: false, offline: true },
    }),
    async *doStream(req) {
      requests.push(req);
      for (let i = 0; i < parts.length; i++) {
        await onPart?.(i, req);
        yield parts[i]!;
      }
    },
  };
}

function deps(engine: Engine, extra: Partial<PipelineDeps> = {}): PipelineDeps {
  return {
    store,
    engine,
    safety: placeholderSafety,
    emotion: placeholderEmotion,
    outputGuard: passThroughGuard,
    flushMs: 0,
    ...extra,
  };
}

async function collect(gen: AsyncGenerator<TurnEvent>): Promise<TurnEvent[]> {
  const out: TurnEvent[] = [];
  for await (const e of gen) out.push(e);
  return out;
}

const text = (t: string): EngineStreamPart => ({ type: 'text-delta', text: t });

describe('runTurn', () => {
  it('runs the stages in order and emits events in order', async () => {
    const session = await store.createSession({ locale: 'en' });
    const calls: string[] = [];
    const safety: SafetyPreCheck = {
      name: 's',
      check: () => (calls.push('safety'), placeholderSafety.check({} as never)),
    };
    const emotion = {
      name: 'e',
      analyse: () => (calls.push('emotion'), { labels: [], predicted: [], analyser: 'e' }),
    };
    const engine = scriptedEngine(
      [text('Hi '), text('there'), { type: 'finish', finishReason: 'stop' }],
      async () => {
        calls.push('engine');
      },
    );
    const events = await collect(
      runTurn(deps(engine, { safety, emotion }), {
        sessionId: session.id,
        locale: 'en',
        text: 'hello',
        signal: new AbortController().signal,
      }),
    );
    expect(calls.slice(0, 3)).toEqual(['safety', 'emotion', 'engine']);
    expect(events.map((e) => e.type)).toEqual([
      'turn',
      'risk',
      'emotion',
      'text-delta',
      'text-delta',
      'done',
    ]);
    const done = events.at(-1)!;
    expect(done.type === 'done' && done.data.status).toBe('complete');
    const messages = await store.listMessages(session.id);
    expect(messages.map((m) => [m.role, m.content, m.status])).toEqual([
      ['user', 'hello', 'complete'],
      ['assistant', 'Hi there', 'complete'],
    ]);
    expect((await store.listAnalyses(session.id)).map((a) => a.kind)).toEqual(['risk', 'emotion']);
  });

  it('commits the user message before generation and creates the reply at the first token as streaming', async () => {
    const session = await store.createSession({ locale: 'en' });
    const seen: string[][] = [];
    const engine = scriptedEngine(
      [text('a'), text('b'), { type: 'finish', finishReason: 'stop' }],
      async () => {
        seen.push((await store.listMessages(session.id)).map((m) => `${m.role}:${m.content}:${m.status}`));
      },
    );
    await collect(
      runTurn(deps(engine), {
        sessionId: session.id,
        locale: 'en',
        text: 'q',
        signal: new AbortController().signal,
      }),
    );
    expect(seen[0]).toEqual(['user:q:complete']);
    expect(seen[1]).toEqual(['user:q:complete', 'assistant:a:streaming']);
  });

  it('keeps the partial reply as interrupted when the signal aborts', async () => {
    const session = await store.createSession({ locale: 'en' });
    const controller = new AbortController();
    const engine = scriptedEngine([text('part'), text(' more'), text(' never')], async (i) => {
      if (i === 2) controller.abort();
    });
    const events = await collect(
      runTurn(deps(engine), { sessionId: session.id, locale: 'en', text: 'q', signal: controller.signal }),
    );
    const done = events.at(-1)!;
    expect(done.type === 'done' && done.data.status).toBe('interrupted');
    const reply = (await store.listMessages(session.id))[1]!;
    expect(reply.status).toBe('interrupted');
    expect(reply.content.startsWith('part more')).toBe(true);
  });

  it('keeps the partial reply as interrupted when the consumer stops reading', async () => {
    const session = await store.createSession({ locale: 'en' });
    const engine = scriptedEngine([text('one '), text('two '), text('three')]);
    const gen = runTurn(deps(engine), {
      sessionId: session.id,
      locale: 'en',
      text: 'q',
      signal: new AbortController().signal,
    });
    for await (const e of gen) if (e.type === 'text-delta') break;
    const reply = (await store.listMessages(session.id))[1]!;
    expect(reply.status).toBe('interrupted');
    expect(reply.content).toBe('one ');
  });

  it('turns an engine error into an error event and keeps the partial reply with status error', async () => {
    const session = await store.createSession({ locale: 'en' });
    const engine = scriptedEngine([
      text('half'),
      { type: 'error', error: { code: 'UPSTREAM', message: 'model server failed' } },
    ]);
    const events = await collect(
      runTurn(deps(engine), {
        sessionId: session.id,
        locale: 'en',
        text: 'q',
        signal: new AbortController().signal,
      }),
    );
    expect(events.map((e) => e.type).slice(-2)).toEqual(['error', 'done']);
    const reply = (await store.listMessages(session.id))[1]!;
    expect([reply.content, reply.status]).toEqual(['half', 'error']);
  });

  it('turns a thrown engine exception into an error event, never an unhandled rejection', async () => {
    const session = await store.createSession({ locale: 'en' });
    const engine: Engine = {
      info: () => ({
        id: 'bad',
        label: { 'zh-CN': 'x', en: 'x' },
        kind: 'builtin',
        capabilities: { input: ['text'], audioOutput: false, offline: true },
      }),
      // eslint-disable-next-line require-yield
      async *doStream() {
        throw new Error('boom');
      },
    };
    const events = await collect(
      runTurn(deps(engine), {
        sessionId: session.id,
        locale: 'en',
        text: 'q',
        signal: new AbortController().signal,
      }),
    );
    const err = events.find((e) => e.type === 'error');
    expect(err?.type === 'error' && err.data.code).toBe('ENGINE_FAILED');
    expect((await store.listMessages(session.id))[1]?.status).toBe('error');
  });

  it('puts a safety preface before the engine text and can replace the reply entirely', async () => {
    const session = await store.createSession({ locale: 'en' });
    const engine = scriptedEngine([text('model text')]);
    const safety: SafetyPreCheck = {
      name: 't',
      check: (ctx) =>
        ctx.text === 'refuse'
          ? {
              risk: { level: 'none', reasons: [], evidence: [], assessor: 't' },
              replaceReply: 'I can’t help with that.',
              actions: [{ kind: 'harmful-request', action: 'refused' }],
            }
          : {
              risk: { level: 'high', reasons: ['r'], evidence: [], assessor: 't' },
              preface: 'You matter. ',
              guidance: ['stay'],
              sessionFlags: ['crisis'],
            },
    };
    const first = await collect(
      runTurn(deps(engine, { safety }), {
        sessionId: session.id,
        locale: 'en',
        text: 'help',
        signal: new AbortController().signal,
      }),
    );
    expect(
      first.filter((e) => e.type === 'text-delta').map((e) => (e.type === 'text-delta' ? e.data.text : '')),
    ).toEqual(['You matter. ', 'model text']);
    expect(engine.requests[0]?.context.guidance).toEqual(['stay']);
    expect((await store.getSession(session.id))?.flags).toEqual(['crisis']);

    const second = await collect(
      runTurn(deps(engine, { safety }), {
        sessionId: session.id,
        locale: 'en',
        text: 'refuse',
        signal: new AbortController().signal,
      }),
    );
    const types = second.map((e) => e.type);
    expect(types.indexOf('safety')).toBeLessThan(types.indexOf('text-delta'));
    expect(engine.requests).toHaveLength(1);
    expect((await store.listAuditEvents(session.id)).map((a) => a.kind)).toEqual(['safety.harmful-request']);
  });

  it('applies the output guard: blocked text is replaced and announced by a safety event first', async () => {
    const session = await store.createSession({ locale: 'en' });
    const guard: OutputGuardFactory = {
      name: 'g',
      create: () => ({
        push: (t) =>
          t.includes('BAD')
            ? [
                {
                  type: 'blocked',
                  action: { kind: 'output-blocked', action: 'replaced' },
                  replacement: '[safe]',
                },
              ]
            : [{ type: 'text', text: t }],
        end: () => [],
      }),
    };
    const engine = scriptedEngine([text('ok '), text('BAD'), { type: 'finish', finishReason: 'stop' }]);
    const events = await collect(
      runTurn(deps(engine, { outputGuard: guard }), {
        sessionId: session.id,
        locale: 'en',
        text: 'q',
        signal: new AbortController().signal,
      }),
    );
    const types = events.map((e) => e.type);
    expect(types).toEqual(['turn', 'risk', 'emotion', 'text-delta', 'safety', 'text-delta', 'done']);
    expect((await store.listMessages(session.id))[1]?.content).toBe('ok [safe]');
  });

  it('passes the whole history with engine metadata back to the engine', async () => {
    const session = await store.createSession({ locale: 'zh-CN' });
    const engine = scriptedEngine([text('回复'), { type: 'metadata', data: { stage: 'explore' } }]);
    await collect(
      runTurn(deps(engine), {
        sessionId: session.id,
        locale: 'zh-CN',
        text: '第一句',
        signal: new AbortController().signal,
      }),
    );
    await collect(
      runTurn(deps(engine), {
        sessionId: session.id,
        locale: 'zh-CN',
        text: '第二句',
        signal: new AbortController().signal,
      }),
    );
    const req = engine.requests[1]!;
    expect(req.messages.map((m) => m.content)).toEqual(['第一句', '回复', '第二句']);
    expect(req.messages[1]?.meta).toEqual({ engine: { stage: 'explore' } });
  });

  it('runs the follow-up stage after emotion, records it, and skips it during a crisis', async () => {
    const session = await store.createSession({ locale: 'en' });
    const turns: number[] = [];
    const followUp = {
      name: 'f',
      propose: (ctx: { userTurn: number }) => (
        turns.push(ctx.userTurn),
        { kind: 'check-in', action: 'offer-screening' }
      ),
    };
    const engine = scriptedEngine([text('ok')]);
    const run = (t: string, safety = placeholderSafety) =>
      collect(
        runTurn(deps(engine, { followUp, safety }), {
          sessionId: session.id,
          locale: 'en',
          text: t,
          signal: new AbortController().signal,
        }),
      );
    const events = await run('first');
    expect(events.map((e) => e.type).slice(0, 5)).toEqual([
      'turn',
      'risk',
      'emotion',
      'safety',
      'text-delta',
    ]);
    await run('second');
    expect(turns).toEqual([1, 2]);
    expect(
      (await store.listAnalyses(session.id, 'follow-up')).map(
        (a) => (a.data as { userTurn: number }).userTurn,
      ),
    ).toEqual([1, 2]);
    const crisis: SafetyPreCheck = {
      name: 'c',
      check: () => ({ risk: { level: 'imminent', reasons: [], evidence: [], assessor: 'c' } }),
    };
    const during = await run('third', crisis);
    expect(during.some((e) => e.type === 'safety')).toBe(false);
    expect(turns).toEqual([1, 2]);
  });
});
