import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/types.ts';
import type { EngineMessage } from '../../../src/engines/types.ts';
import { CONTENT, SKILL_IDS } from '../../../src/engines/builtin/content/index.ts';
import { hasSteps, repeatedSentences, reply, request, runConversation } from './helpers.ts';

/** Long sessions with a bit of everything: topics, short answers, a yes, a no, thanks, a question to the bot. */
const LONG: Record<Locale, string[]> = {
  'zh-CN': [
    '你好',
    '最近工作压力很大，老板天天让我加班。',
    '晚上也睡不着，躺在床上一直想工作的事。',
    '我觉得自己快撑不住了，很焦虑。',
    '好的',
    '做完好像平静了一点。',
    '嗯',
    '其实我和女朋友最近也总是冷战。',
    '她说我只顾工作，不关心她。',
    '我也很委屈，我加班也是为了我们以后。',
    '不用了',
    '你是真人吗？',
    '好吧，那我再说说。我妈也一直打电话催我们结婚。',
    '感觉所有人都在逼我，我一个人扛不动。',
    '……',
    '我是不是很没用',
    '可以',
    '谢谢你',
    '有时候半夜醒来，心里空落落的。',
    '周末我想出去走走，但又提不起劲。',
    '好的，今天就先这样，再见。',
  ],
  en: [
    'hi',
    'Work has been crazy, my boss keeps making me stay late.',
    'I can’t sleep either, I lie in bed thinking about work.',
    'I feel like I’m falling apart, I’m so anxious.',
    'ok',
    'That made me a bit calmer.',
    'mm',
    'Also my girlfriend and I keep having these cold silences.',
    'She says I only care about work and not about her.',
    'I feel hurt too, I’m working late for our future.',
    'no thanks',
    'Are you a real person?',
    'Okay, well. My mum keeps calling and pushing us to get married.',
    'It feels like everyone is pressuring me and I’m carrying it all alone.',
    '...',
    'Maybe I’m just useless.',
    'sure',
    'thanks',
    'Sometimes I wake up at night and feel empty.',
    'I want to go out at the weekend but I can’t be bothered.',
    'Okay, that’s all for today, bye.',
  ],
};

for (const locale of ['zh-CN', 'en'] as const) {
  describe(`built-in engine: a long session (${locale})`, () => {
    it('never repeats a sentence over 21 turns, with or without meta in the history', async () => {
      for (const withoutMeta of [false, true]) {
        const { messages } = await runConversation(locale, LONG[locale], { withoutMeta });
        expect(messages.filter((m) => m.role === 'assistant')).toHaveLength(21);
        expect(repeatedSentences(messages)).toEqual([]);
        for (const m of messages)
          if (m.role === 'assistant') expect(m.content.trim().length).toBeGreaterThan(3);
      }
    });

    it('asks before teaching, teaches only after a yes, and never re-offers a skill', async () => {
      for (const withoutMeta of [false, true]) {
        const { messages, states } = await runConversation(locale, LONG[locale], { withoutMeta });
        const assistants = messages.filter((m): m is EngineMessage => m.role === 'assistant');
        const offered = new Map<string, number>();
        states.forEach((s, i) => {
          const text = assistants[i]?.content ?? '';
          if (hasSteps(text)) {
            // Teaching only ever follows an offer of that same skill that the person accepted.
            const prev = states[i - 1];
            expect(prev?.pending, `turn ${i + 1} teaches without an accepted offer`).toBeTruthy();
            expect(s.taught).toContain(prev?.pending);
            expect(text).toContain(CONTENT[locale].skills[prev!.pending!].steps[0]);
          }
          if (s.moves.includes('offer')) {
            const skill = s.pending!;
            expect(offered.has(skill), `${skill} offered twice`).toBe(false);
            offered.set(skill, i);
            expect(hasSteps(text)).toBe(false);
          }
        });
        expect(offered.size).toBeGreaterThanOrEqual(2);
        // The decline ("不用了" / "no thanks") answered an offer and was respected.
        const declineTurn = LONG[locale].findIndex((t) => t === '不用了' || t === 'no thanks');
        expect(states[declineTurn - 1]?.pending).toBeTruthy();
        expect(states[declineTurn]?.moves).toContain('decline-respect');
        expect(states[declineTurn]?.declined).toContain(states[declineTurn - 1]?.pending);
        expect(hasSteps(assistants[declineTurn]?.content ?? '')).toBe(false);
        expect(states[states.length - 1]?.stage).toBe('close');
      }
    });

    it('answers honestly when asked whether it is a person', async () => {
      const { messages, states } = await runConversation(locale, LONG[locale].slice(0, 12));
      const last = messages[messages.length - 1]?.content ?? '';
      expect(states[11]?.stage).toBe('about');
      expect(last).toMatch(locale === 'en' ? /not a real person|program/ : /不是真人|程序/);
    });
  });
}

describe('built-in engine: offers and declines', () => {
  it('does not teach when the person declines, and keeps listening', async () => {
    const turns = [
      'I’ve been so anxious about my exams.',
      'I keep thinking I will fail.',
      'My heart races when I sit down to study.',
      'No, not now.',
    ];
    const { messages, states } = await runConversation('en', turns);
    expect(states[2]?.moves).toContain('offer');
    const last = messages[messages.length - 1]!.content;
    expect(hasSteps(last)).toBe(false);
    expect(states[3]?.moves[0]).toBe('decline-respect');
    expect(states[3]?.moves).toContain('question');
    expect(states[3]?.pending).toBeNull();
  });

  it('offers early when the person asks what to do, but still asks first', async () => {
    const { messages, states } = await runConversation('zh-CN', ['我失眠很严重，该怎么办？']);
    expect(states[0]?.moves).toContain('offer');
    expect(hasSteps(messages[1]!.content)).toBe(false);
    expect(messages[1]!.content).toContain('助眠小习惯');
  });

  it('teaches a skill offered earlier when the person comes back to it', async () => {
    const turns = [
      '最近总是很焦虑，心慌。',
      '一到晚上就紧张。',
      '感觉喘不过气。',
      '我还想说说家里的事。',
      '刚才说的那个练习，我想试试。',
    ];
    const { messages, states } = await runConversation('zh-CN', turns);
    expect(states[2]?.moves).toContain('offer');
    expect(states[3]?.moves).not.toContain('teach-intro');
    expect(hasSteps(messages[9]!.content)).toBe(true);
    expect(states[4]?.taught).toContain(states[2]?.pending);
  });
});

describe('built-in engine: safety context', () => {
  const risky = [
    'I feel so anxious all the time.',
    'My heart races and I can’t calm down.',
    'Everything is too much.',
    'yes',
  ];

  it('does not offer or teach skills when risk is high, and stays with the person', async () => {
    for (const level of ['high', 'imminent'] as const) {
      const { messages, states } = await runConversation('en', risky, {
        context: (i) => (i >= 2 ? { risk: { level, reasons: [], evidence: [], assessor: 'test' } } : {}),
      });
      for (const i of [2, 3]) {
        const text = messages[i * 2 + 1]!.content;
        expect(states[i]?.stage).toBe('crisis');
        expect(states[i]?.moves).not.toContain('offer');
        expect(hasSteps(text)).toBe(false);
        for (const id of SKILL_IDS) expect(text).not.toContain(CONTENT.en.skills[id].name);
        expect(states[i]?.moves).toEqual(
          expect.arrayContaining(['crisis-stay', 'crisis-reach', 'crisis-safety']),
        );
      }
      expect(repeatedSentences(messages)).toEqual([]);
    }
  });

  it('keeps crisis replies fresh over many turns', async () => {
    const turns = Array.from({ length: 8 }, (_, i) => `我真的撑不下去了 ${i}`);
    const { messages, states } = await runConversation('zh-CN', turns, {
      context: () => ({ risk: { level: 'high', reasons: [], evidence: [], assessor: 'test' } }),
    });
    expect(repeatedSentences(messages)).toEqual([]);
    expect(states.every((s) => s.stage === 'crisis' && !s.moves.includes('offer'))).toBe(true);
  });

  it('adds a gentle check-in on low risk and does not push a skill that turn', async () => {
    const turns = ['最近心情很低落。', '什么都提不起劲。', '有时候觉得活着好累。'];
    const { messages, states } = await runConversation('zh-CN', turns, {
      context: (i) =>
        i === 2 ? { risk: { level: 'low', reasons: [], evidence: [], assessor: 'test' } } : {},
    });
    expect(states[2]?.moves).toContain('check-in-safety');
    expect(states[2]?.moves).not.toContain('offer');
    expect(messages[5]!.content).toMatch(/伤害自己|不想活|还好吗/);
  });

  it('honours guidance that asks for no exercises', async () => {
    const turns = [
      'I can’t sleep at night.',
      'I lie awake for hours.',
      'I’m exhausted at work.',
      'What should I do?',
    ];
    const { states } = await runConversation('en', turns, {
      context: () => ({ guidance: ['Do not offer exercises; stay with the person.'] }),
    });
    expect(states.some((s) => s.moves.includes('offer'))).toBe(false);
  });
});

describe('built-in engine: odd input', () => {
  const one = (locale: Locale, content: string) => reply(request(locale, [{ role: 'user', content }]));

  it('welcomes a bare "嗯" or "ok" and says honestly what it is', async () => {
    const zh = await one('zh-CN', '嗯');
    expect(zh.state.stage).toBe('welcome');
    expect(zh.text).toMatch(/程序/);
    const en = await one('en', 'ok');
    expect(en.text).toMatch(/program/);
  });

  it('reflects an emoji-only message as a feeling', async () => {
    const r = await one('zh-CN', '😭😭😭');
    expect(r.state.moves).toContain('reflect-feeling');
    expect(r.text).toContain('难过');
    const e = await one('en', '😢');
    expect(e.text).toContain('sad');
  });

  it('handles a very long message with a reply of normal length', async () => {
    const long = '我最近工作压力很大，每天加班，回家还要照顾孩子，'.repeat(120);
    const r = await one('zh-CN', long);
    expect(r.text.length).toBeGreaterThan(20);
    expect(r.text.length).toBeLessThan(400);
    expect(r.state.topics).toEqual(expect.arrayContaining(['work', 'family']));
  });

  it('understands English inside Chinese and answers in Chinese', async () => {
    const r = await one('zh-CN', '最近 deadline 太多了，好 stressed，每天都 overtime');
    expect(r.state.topics).toContain('work');
    expect(r.text).toMatch(/\p{Script=Han}/u);
    expect(r.text).toContain('压力很大');
  });

  it('answers "你是谁" and "are you a real person?" honestly', async () => {
    expect((await one('zh-CN', '你是谁？')).text).toMatch(/不是真人|程序/);
    const en = await one('en', 'are you a real person?');
    expect(en.text).toMatch(/not a real person|program/);
    expect(en.text).toMatch(/can’t diagnose|counsellor|doctor/);
  });

  it('closes warmly on goodbye', async () => {
    const turns = [
      'My exams are stressing me out.',
      'I study all day but nothing sticks.',
      'Thanks for listening, bye!',
    ];
    const { messages, states } = await runConversation('en', turns);
    expect(states[2]?.stage).toBe('close');
    expect(states[2]?.moves).toContain('close-bye');
    expect(messages[5]!.content).toMatch(/exams/);
  });

  it('copes with an empty message, a missing user turn and foreign meta', async () => {
    expect((await one('en', '')).text.length).toBeGreaterThan(0);
    const r = await reply(
      request('zh-CN', [{ role: 'assistant', content: '你好', meta: { engine: 'not ours' } }]),
    );
    expect(r.text.length).toBeGreaterThan(0);
    const garbage = await reply(
      request('en', [
        { role: 'user', content: 'I feel lonely.' },
        {
          role: 'assistant',
          content: 'Hello.',
          meta: { engine: { v: 1, engine: 'builtin', used: 'x', offered: [42], pending: 'nope' } },
        },
        { role: 'user', content: 'Nobody calls me.' },
      ]),
    );
    expect(garbage.text.length).toBeGreaterThan(0);
    expect(garbage.state.turn).toBe(2);
  });
});
