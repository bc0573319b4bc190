import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  buildPrompt,
  estimateMessageTokens,
  estimateTokens,
  getProfile,
  localSummary,
  planBudget,
  truncateToTokens,
  type ChatMessage,
} from '../../../src/engines/openai/index.ts';
import { IDENTITY_REDACTOR } from '../../../src/engines/openai/redaction.ts';
import type { EngineMessage } from '../../../src/engines/types.ts';
import { FakeLlmServer } from '../../support/fake-llm/index.ts';
import { collect, engineFor, requestOf } from './helpers.ts';

const promptTokens = (messages: ChatMessage[]) =>
  messages.reduce(
    (sum, m) =>
      sum +
      estimateMessageTokens({
        content: typeof m.content === 'string' ? m.content : JSON.stringify(m.content),
      }),
    0,
  );

function conversation(turns: number, userText: (i: number) => string): EngineMessage[] {
  const out: EngineMessage[] = [];
  for (let i = 0; i < turns; i++) {
    out.push({ role: 'user', content: userText(i) });
    out.push({ role: 'assistant', content: `我听到了第${i}件事。你愿意多说一点吗？` });
  }
  out.push({ role: 'user', content: '现在我该怎么办？' });
  return out;
}

describe('token estimate', () => {
  it('counts CJK characters one each and other text a quarter per character', () => {
    expect(estimateTokens('我最近失眠')).toBe(5);
    expect(estimateTokens('abcdefgh')).toBe(2);
    expect(estimateTokens('我 sleep')).toBe(1 + 2);
    expect(estimateTokens(truncateToTokens('一二三四五六七八九十', 5))).toBeLessThanOrEqual(5);
  });
});

describe('planBudget', () => {
  it('keeps everything when it fits', () => {
    const history = conversation(3, (i) => `话题${i}`).slice(0, -1);
    const plan = planBudget({
      contextWindow: 32768,
      maxOutputTokens: 1024,
      fixedTokens: 500,
      history,
      coveredUpTo: 0,
      summaryTokens: 0,
    });
    expect(plan).toMatchObject({ keepFrom: 0, condense: false });
  });

  it('condenses the oldest turns when the window is small', () => {
    const history = conversation(30, (i) => `第${i}次我想聊聊工作上的压力和家里的事情，最近真的很累。`).slice(
      0,
      -1,
    );
    const plan = planBudget({
      contextWindow: 1024,
      maxOutputTokens: 256,
      fixedTokens: 300,
      history,
      coveredUpTo: 0,
      summaryTokens: 0,
    });
    expect(plan.condense).toBe(true);
    expect(plan.keepFrom).toBeGreaterThan(0);
    expect(plan.keepFrom).toBeLessThan(history.length);
  });
});

describe('buildPrompt never exceeds the context window and never drops turns silently', () => {
  it('property: prompt + max output fit the window; every dropped user turn is represented in the summary', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1200, max: 6000 }),
        fc.array(fc.string({ minLength: 1, maxLength: 120 }), { minLength: 40, maxLength: 40 }),
        async (turns, contextWindow, texts) => {
          const messages = conversation(turns, (i) => `T${i}：${texts[i]!.replace(/\s/g, 'x')}。`);
          const prompt = await buildPrompt({
            request: requestOf(messages),
            profile: getProfile('vllm'),
            audio: false,
            contextWindow,
            maxOutputTokens: 256,
            redactor: IDENTITY_REDACTOR,
            condense: async (previous, ts, max) => ({
              text: localSummary(previous, ts, 'zh-CN', max),
              by: 'local',
            }),
          });
          expect(promptTokens(prompt.messages) + 256).toBeLessThanOrEqual(contextWindow);
          // The current turn is always last and verbatim.
          expect(prompt.messages.at(-1)).toEqual({ role: 'user', content: '现在我该怎么办？' });
          const sentUser = prompt.messages.filter((m) => m.role === 'user').length - 1;
          if (sentUser < turns) {
            expect(prompt.summary?.covers).toBe(2 * (turns - sentUser));
            expect(prompt.messages[0]!.content).toContain('先前对话摘要');
          }
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });

  it('reuses a stored summary and condenses only turns it does not cover yet', async () => {
    const messages = conversation(12, (i) => `第${i}件事：${'工作压力很大，'.repeat(8)}`);
    const calls: Array<{ previous: string | null; first: string | undefined; count: number }> = [];
    const args = {
      profile: getProfile('vllm'),
      audio: false,
      contextWindow: 1400,
      maxOutputTokens: 256,
      redactor: IDENTITY_REDACTOR,
      condense: async (previous: string | null, ts: EngineMessage[], max: number) => {
        calls.push({ previous, first: ts[0]?.content, count: ts.length });
        return { text: localSummary(previous, ts, 'zh-CN', max), by: 'local' as const };
      },
    };
    const first = await buildPrompt({ ...args, request: requestOf(messages) });
    expect(first.summaryIsNew).toBe(true);
    expect(calls[0]).toMatchObject({
      previous: null,
      first: messages[0]!.content,
      count: first.summary!.covers,
    });
    // The pipeline stores the metadata on the reply; the next turn finds it there.
    const stored = { engine: { openai: { summary: first.summary } } };
    const grown: EngineMessage[] = [...messages.slice(0, -1)];
    for (let i = 0; i < 4; i++) {
      grown.push({ role: 'user', content: `新的第${i}件事：${'家里也有矛盾，'.repeat(8)}` });
      grown.push({ role: 'assistant', content: '嗯，我在听。', ...(i === 0 ? { meta: stored } : {}) });
    }
    grown.push({ role: 'user', content: '还有别的吗？' });
    const second = await buildPrompt({ ...args, request: requestOf(grown) });
    expect(second.summaryIsNew).toBe(true);
    // Only turns after the stored summary are condensed, on top of the stored text.
    expect(calls[1]).toMatchObject({
      previous: first.summary!.text,
      first: grown[first.summary!.covers]!.content,
    });
    expect(calls[1]!.count).toBe(second.summary!.covers - first.summary!.covers);
    expect(second.summary!.text.startsWith('更早的摘要')).toBe(true);
  });

  it('a current turn too large for the window is a clear error', async () => {
    const engine = engineFor('http://127.0.0.1:9/v1', { contextWindow: 600, maxOutputTokens: 300 });
    const parts = await collect(engine.doStream(requestOf('很'.repeat(1000), { locale: 'en' })));
    expect(parts.at(-1)).toMatchObject({ type: 'error', error: { code: 'LLM_CONTEXT_TOO_SMALL' } });
  });
});

describe('summary by the model', () => {
  let fake: FakeLlmServer;
  beforeAll(async () => {
    fake = await new FakeLlmServer({
      profile: 'vllm',
      completionText: '来访者长期工作压力大，睡眠差。',
    }).start();
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.reset());

  it('sends one non-streamed summarisation request and stores the result as metadata', async () => {
    const engine = engineFor(fake, { contextWindow: 1400, maxOutputTokens: 256, summaryMode: 'model' });
    const parts = await collect(
      engine.doStream(requestOf(conversation(20, (i) => `第${i}件事：${'工作压力很大，'.repeat(8)}`))),
    );
    expect(fake.chatRequests).toHaveLength(2);
    const [summaryReq, chatReq] = fake.chatRequests;
    expect(summaryReq!.body).toMatchObject({ stream: false, max_tokens: expect.any(Number) });
    expect((summaryReq!.body!.messages as ChatMessage[])[0]!.role).toBe('system');
    expect(chatReq!.body!.stream).toBe(true);
    expect((chatReq!.body!.messages as ChatMessage[])[0]!.content).toContain(
      '先前对话摘要: 来访者长期工作压力大，睡眠差。',
    );
    const meta = parts.find((p) => p.type === 'metadata');
    expect(meta).toMatchObject({
      data: { openai: { summary: { text: '来访者长期工作压力大，睡眠差。', by: 'model' } } },
    });
  });

  it('falls back to a local summary when the summarisation request fails', async () => {
    fake.enqueue({ kind: 'http-error', status: 500 });
    const engine = engineFor(fake, { contextWindow: 1400, maxOutputTokens: 256, summaryMode: 'model' });
    const parts = await collect(
      engine.doStream(requestOf(conversation(20, (i) => `第${i}件事：${'工作压力很大，'.repeat(8)}`))),
    );
    const meta = parts.find((p) => p.type === 'metadata');
    expect(meta).toMatchObject({
      data: { openai: { summary: { by: 'local', text: expect.stringContaining('来访者: 第') } } },
    });
    expect(parts.at(-1)?.type).toBe('finish');
  });

  it('DashScope (streaming only) summarises with a streamed request', async () => {
    fake.options.profile = 'dashscope';
    try {
      const engine = engineFor(fake, {
        profile: 'dashscope',
        contextWindow: 1400,
        maxOutputTokens: 256,
        summaryMode: 'model',
      });
      await collect(
        engine.doStream(requestOf(conversation(20, (i) => `第${i}件事：${'工作压力很大，'.repeat(8)}`))),
      );
      expect(fake.chatRequests.map((r) => r.body!.stream)).toEqual([true, true]);
      expect(fake.chatRequests[0]!.body!.modalities).toEqual(['text']);
    } finally {
      fake.options.profile = 'vllm';
    }
  });
});
