/**
 * Short answers to the assistant's questions about risk: the question gives a bare "yes" or "no" its
 * meaning. Rules only (the learned model switched off), so each case tests readAnswer's reading.
 */
import { describe, expect, it } from 'vitest';
import { assessRisk, type ConversationTurn } from '../../../src/safety/index.ts';
import { readAnswer } from '../../../src/safety/answers.ts';
import { normalise } from '../../../src/safety/normalize.ts';
import protocol from '../../../src/safety/data/crisis-protocol.json' with { type: 'json' };
import { useRulesOnly } from '../../support/rules-only.ts';

const a = (content: string): ConversationTurn => ({ role: 'assistant', content });

describe('answers to the assistant’s questions about risk — rules only', () => {
  useRulesOnly();

  it.each([
    // "yes" to a question about suicidal thoughts or self-harm: ideation
    ['Are you having thoughts of killing yourself?', 'yeah', 'high'],
    ['Have you had any thoughts of suicide lately?', 'ngl yeah', 'high'],
    [
      'Sometimes people who feel this way think about ending their life. Is that true for you?',
      'yes',
      'high',
    ],
    ['Have you been thinking about taking your own life?', 'i guess so', 'high'],
    ['Do you ever wish you were dead?', 'every night', 'high'],
    ['Have you hurt yourself recently?', 'yes.', 'high'],
    ['你最近有没有想过结束自己的生命？', '有想过', 'high'],
    ['你有过轻生的念头吗？', '说实话有', 'high'],
    ['你有沒有想過自殺？', '有時候會', 'high'],
    ['有没有想过伤害自己？', '嗯嗯', 'high'],
    // "yes" to a question about a plan, a method, a time or the means at hand: imminent
    ['Is there something near you that you could use to hurt yourself?', 'yes', 'imminent'],
    ['Are you planning to hurt yourself tonight?', 'maybe', 'imminent'],
    ['你身边有没有可以用来伤害自己的东西？', '有', 'imminent'],
    // "no" to "are you safe right now?" asked on its own: an emergency
    ['Thank you for telling me. Are you safe right now?', 'no', 'imminent'],
    ['Are you somewhere safe at the moment?', 'not really', 'imminent'],
    ['Can you keep yourself safe tonight?', 'i dont know', 'imminent'],
    ['谢谢你告诉我。你现在安全吗？', '不太安全', 'imminent'],
    ['你现在能保证自己的安全吗？', '保证不了', 'imminent'],
    // our own crisis message: its safety question asks about a plan and the means near the person
    [protocol.texts.en.safetyQuestion, 'yes', 'imminent'],
    [protocol.texts['zh-CN'].safetyQuestion, '有', 'imminent'],
    // our own check-in question
    [protocol.texts.en.checkIn, 'sometimes', 'high'],
    [protocol.texts['zh-CN'].checkIn, '偶尔', 'high'],
  ] as const)('%s → %s reads %s', (question, answer, level) => {
    expect(assessRisk(answer, [a(question)]).level).toBe(level);
  });

  it.each([
    [
      'i want to kill myself',
      "I'm really glad you told me. Have you thought about how you would do it?",
      'yes',
    ],
    ['everyone would be better off without me', 'Do you have a plan?', 'yeah i do'],
    ['i keep thinking about ending it', 'When are you thinking of doing it?', 'tonight'],
    ['我不想活了', '你有具体的计划吗？', '嗯'],
    ['活着好累，想一了百了', '你有没有想好什么时候做？', '想过'],
  ] as const)('after "%s", %s → %s reads imminent', (earlier, question, answer) => {
    const history: ConversationTurn[] = [{ role: 'user', content: earlier }, a(question)];
    expect(assessRisk(answer, history).level).toBe('imminent');
  });

  it.each([
    // the same answers to everyday questions
    ['Did you sleep ok?', 'yeah'],
    ['Do you want to try a breathing exercise?', 'yes'],
    ['Do you have a plan for the weekend?', 'yes'],
    ['Have you thought about how you would tell your boss?', 'yes'],
    ['你周末有什么计划吗？', '有'],
    ['要不要试试深呼吸？', '嗯'],
    // no, or a hedge that ends in no, to a question about suicide
    ['Have you had any thoughts of suicide lately?', 'honestly no'],
    ['Have you had any thoughts of suicide lately?', 'no, just tired'],
    ['Are you having thoughts of killing yourself?', 'i guess not'],
    ['有没有想过伤害自己？', '没有，就是累'],
    ['你有过轻生的念头吗？', '说实话没有'],
    // "yes" or "I'm safe" to "are you safe?"
    ['Thank you for telling me. Are you safe right now?', "yes i'm safe"],
    ['Are you safe right now?', 'yes'],
    ['你现在安全吗？', '我现在很安全'],
  ] as const)('%s → %s stays none', (question, answer) => {
    expect(assessRisk(answer, [a(question)]).level).toBe('none');
  });

  describe('PHQ-9 item 9 asked in the chat with its 0–3 scale', () => {
    const zh =
      '在过去两周里，有多少时候你有“不如死掉或用某种方式伤害自己”的念头？0 完全没有，1 有几天，2 一半以上的天数，3 几乎每天';
    const en =
      'Over the last 2 weeks, how often have you been bothered by thoughts that you would be better off dead or of hurting yourself in some way? 0 = not at all, 1 = several days, 2 = more than half the days, 3 = nearly every day';
    it.each([
      [zh, '3'],
      [zh, '我选了2'],
      [zh, '有几天吧'],
      [zh, '一半以上的日子'],
      [zh, '1分'],
      [en, '2'],
      [en, "I'd say 1"],
      [en, 'nearly every day'],
      [en, 'several days tbh'],
    ] as const)('a non-zero option (%#: %s) is a positive screen: high', (question, answer) => {
      expect(assessRisk(answer, [a(question)]).level).toBe('high');
    });
    it.each([
      [zh, '0'],
      [zh, '完全没有'],
      [en, '0'],
      [en, 'not at all'],
      // a number answering an everyday scale question is nothing
      ['How many days this week did you exercise? 0, 1, 2 or 3+?', '3'],
      ['这周你有几天睡得不好？0 完全没有，1 有几天，2 一半以上，3 几乎每天', '3'],
    ] as const)('zero, or a scale about something else (%#: %s), stays none', (question, answer) => {
      expect(assessRisk(answer, [a(question)]).level).toBe('none');
    });
  });

  it.each([
    ['嗯 有', 'high'],
    ['对 想过', 'high'],
    ['嗯 是', 'high'],
    ['嗯 没有', 'none'],
    ['对 不会', 'none'],
  ] as const)('a 嗯/对 run into the answer once spaces are dropped: %s reads %s', (answer, level) => {
    expect(assessRisk(answer, [a('是不是有想过结束自己的生命？')]).level).toBe(level);
    expect(assessRisk(answer, [a('你周末有什么计划吗？')]).level).toBe('none');
  });

  it('reads 结束自己生命 (without 的) as a question about suicide', () => {
    expect(assessRisk('有', [a('你现在有想要结束自己生命的想法吗？')]).level).toBe('high');
  });

  it('keeps the level when a reply opens with 不是 but says it is meant', () => {
    const history: ConversationTurn[] = [{ role: 'user', content: '我想死' }, a('我在这里陪你。')];
    expect(assessRisk('不是，我是在说真的，我真的撑不下去了', history).level).toBe('high');
    expect(assessRisk('不是，我没事，刚才是气话', history).level).toBe('low');
  });

  it('reads only the assistant’s question, not the person’s own earlier words', () => {
    const history: ConversationTurn[] = [{ role: 'user', content: 'do you think about suicide?' }];
    expect(assessRisk('yes', history).level).toBe('none');
  });

  it('reads an amount of food or an everyday object as no overdose (session 15)', () => {
    const read = (q: string, answer: string) => readAnswer(q, normalise(answer).text, true)?.rule ?? null;
    expect(read('吞了多少？你现在还好吗？', '一颗桃核 卡着有点难受')).toBeNull();
    expect(read('吞了多少？你现在还好吗？', '一整瓶安眠药')).toBe('answered-act');
    expect(read('吞了多少？你现在还好吗？', '半瓶白酒')).toBe('answered-act');
    expect(read('How many did you take?', 'like 10 tic tacs lol')).toBeNull();
    expect(read('How many did you take?', 'like 10')).toBe('answered-act');
  });

  it('reads an act told as done, in reply to a question about hurting oneself, as an act (session 15)', () => {
    const read = (q: string, answer: string) => readAnswer(q, normalise(answer).text)?.rule ?? null;
    expect(read('我很担心你。你有没有想过伤害自己？', '嗯 刚吞了 十分钟前')).toBe('answered-act');
    expect(read('Have you had thoughts of hurting yourself?', 'just did. an hour ago')).toBe('answered-act');
    expect(read('你有没有想过伤害自己？', '已经吃了晚饭 放心')).toBeNull();
    expect(read('你有没有想过伤害自己？', '没有 已经吃了饭了')).toBeNull();
  });

  it('reads a dangerous place named with an everyday reason as no emergency (session 15)', () => {
    const q = '我很担心你。你现在在哪里？';
    expect(readAnswer(q, normalise('河边').text)?.rule).toBe('at-place');
    expect(readAnswer(q, normalise('在公司天台抽烟呢 真没事').text)).toBeNull();
  });

  it('leaves a long answer to its own words', () => {
    const long = 'yes I went to the shop and bought bread and milk and then walked the dog for an hour';
    expect(readAnswer('Have you had any thoughts of suicide lately?', long)).toBeNull();
  });

  it('reads the question at the end of a very long assistant message', () => {
    const question = 'Tell me more. '.repeat(2000) + 'Have you had thoughts of suicide?';
    expect(readAnswer(question, 'yes')?.rule).toBe('affirmed-check-in');
  });
});
