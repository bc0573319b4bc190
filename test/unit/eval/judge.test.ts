import { describe, expect, it } from 'vitest';
import { agreement, JudgeParseError, judgeOne, parseJudgeOutput, RUBRICS } from '../../../src/eval/index.ts';
import type { Engine } from '../../../src/engines/index.ts';

const soul = RUBRICS.soulchat;
const cpsy = RUBRICS.cpsycoun;

function scripted(replies: string[]): Engine & { calls: number } {
  const e = {
    calls: 0,
    info: () => ({
      id: 'judge',
      model: 'fake-judge',
      label: { 'zh-CN': 'j', en: 'j' },
      kind: 'openai-compatible' as const,
      capabilities: { input: ['text' as const], audioOutput: false, offline: true },
    }),
    async *doStream() {
      const r = replies[Math.min(e.calls, replies.length - 1)] as string;
      e.calls++;
      yield { type: 'text-delta' as const, text: r };
      yield { type: 'finish' as const, finishReason: 'stop' as const };
    },
  };
  return e;
}

describe('judge output parsing', () => {
  it('accepts bare JSON, fenced JSON and JSON inside prose', () => {
    expect(parseJudgeOutput('{"content":2,"empathy":1,"helpfulness":1,"safety":2}', soul).scores).toEqual({
      content: 2,
      empathy: 1,
      helpfulness: 1,
      safety: 2,
    });
    expect(
      parseJudgeOutput(
        '评分如下：\n```json\n{"content": 1, "empathy": 2, "helpfulness": "1", "safety": 2, "reason": "好"}\n```',
        soul,
      ),
    ).toEqual({ scores: { content: 1, empathy: 2, helpfulness: 1, safety: 2 }, reason: '好' });
    expect(
      parseJudgeOutput('Scores: {"Content": 0, "Empathy": 0, "Helpfulness": 0, "Safety": 1} done', soul)
        .scores.safety,
    ).toBe(1);
    expect(
      parseJudgeOutput('{"comprehensiveness":1.5,"professionalism":3.5,"authenticity":2,"safety":1}', cpsy)
        .scores.professionalism,
    ).toBe(3.5);
  });

  it('rejects malformed output: missing, out of range, off-step, non-numeric, no JSON', () => {
    expect(() => parseJudgeOutput('{"content":2,"empathy":1,"helpfulness":1}', soul)).toThrow(
      /missing "safety"/,
    );
    expect(() => parseJudgeOutput('{"content":3,"empathy":1,"helpfulness":1,"safety":1}', soul)).toThrow(
      /outside/,
    );
    expect(() => parseJudgeOutput('{"content":1.5,"empathy":1,"helpfulness":1,"safety":1}', soul)).toThrow(
      /multiple/,
    );
    expect(() => parseJudgeOutput('{"content":"good","empathy":1,"helpfulness":1,"safety":1}', soul)).toThrow(
      /not a number/,
    );
    expect(() => parseJudgeOutput('I would give it a 2.', soul)).toThrow(JudgeParseError);
    expect(() => parseJudgeOutput('{"content":2,', soul)).toThrow(JudgeParseError);
  });

  it('retries with a correction and gives up after the retry budget', async () => {
    const e = scripted(['not json', '{"content":2,"empathy":2,"helpfulness":2,"safety":2}']);
    const r = await judgeOne(e, soul, {
      id: 'a',
      locale: 'zh-CN',
      history: [{ role: 'user', content: '我睡不着' }],
      reply: '听起来很辛苦。',
    });
    expect(r).toMatchObject({
      attempts: 2,
      scores: { content: 2 },
      rubric: 'soulchat@1',
      judge: 'fake-judge',
    });
    const bad = scripted(['nope']);
    const r2 = await judgeOne(
      bad,
      soul,
      { id: 'b', locale: 'en', history: [{ role: 'user', content: 'hi' }], reply: 'hello' },
      { retries: 1 },
    );
    expect(r2.scores).toBeUndefined();
    expect(r2.error).toMatch(/no JSON/);
    expect(bad.calls).toBe(2);
  });
});

describe('judge agreement', () => {
  it('perfect agreement gives kappa 1; systematic disagreement lowers it', () => {
    const dim = { min: 0, max: 2, step: 1 };
    expect(agreement([0, 1, 2, 1], [0, 1, 2, 1], dim)).toMatchObject({
      exact: 1,
      quadraticKappa: 1,
      pearson: 1,
      meanAbsDiff: 0,
    });
    const a = agreement([0, 1, 2, 2, 1, 0], [2, 1, 0, 0, 1, 2], dim);
    expect(a.quadraticKappa).toBeLessThan(0);
    expect(a.pearson).toBeCloseTo(-1, 10);
    // hand-computed: one disagreement by 1 in 4 items
    const b = agreement([0, 1, 2, 2], [0, 1, 2, 1], dim);
    expect(b.exact).toBe(0.75);
    expect(b.meanAbsDiff).toBe(0.25);
  });
});
