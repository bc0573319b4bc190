import { describe, expect, it } from 'vitest';
import { assessRisk, type ConversationTurn } from '../../../src/safety/index.ts';

const level = (text: string, history: ConversationTurn[] = []) => assessRisk(text, history).level;

describe('crisis assessment: positives (slang, indirect, mixed, emoji)', () => {
  it.each([
    ['想紫砂', 'high'],
    ['好想zs', 'high'],
    ['我不想活了', 'high'],
    ['我 想 死', 'high'],
    ['我決定要自殺了', 'high'],
    ['kms', 'high'],
    ['i want to unalive myself', 'high'],
    ['sewerslide is on my mind', 'high'],
    ['i want to su1c1de', 'high'],
    ['I really 不想活了', 'high'],
    ['我又开始自残了', 'high'],
    ['I want to hurt myself', 'high'],
  ] as const)('%s → %s', (text, expected) => {
    expect(level(text)).toBe(expected);
  });

  it.each([
    ['安眠药我已经攒了两个月了', 'imminent'],
    ['遗书已经写好了', 'imminent'],
    ['我刚吃了一整瓶安眠药', 'imminent'],
    ['I just took a whole bottle of my sleeping pills', 'imminent'],
    ['goodbye everyone, this is my last message', 'imminent'],
    ['gave away my dog and all my stuff, kms tonight', 'imminent'],
    ['I bought a rope today and I want to die', 'imminent'],
  ] as const)('%s → %s', (text, expected) => {
    expect(level(text)).toBe(expected);
  });

  it.each([
    '活着没意思',
    '想消失',
    "I just don't want to wake up tomorrow",
    'I feel like such a burden to everyone',
    '人间不值得',
  ])('passive / hopeless: %s → low', (text) => {
    expect(level(text)).toBe('low');
  });
});

describe('crisis assessment: hard negatives', () => {
  it.each([
    '累死了',
    '笑死我了哈哈哈',
    '今天热死了',
    '这个项目要了我的命',
    '困死了',
    '电脑又死机了',
    '想死你了，什么时候回来',
    '尴尬得想死',
    '跳楼价大甩卖',
    '买了个紫砂壶泡茶',
    'this exam is killing me',
    "I'm dead 😂",
    'killing it at work today',
    'this cake is to die for',
    "I'm so embarrassed I want to die",
    'I want to disappear into a good book this weekend',
  ])('%s → none', (text) => {
    expect(level(text)).toBe('none');
  });

  it('negation: "I\'m not suicidal" and "我没有想死" are none, with the reason recorded', () => {
    const en = assessRisk("I'm not suicidal, just tired");
    expect(en.level).toBe('none');
    expect(en.reasons.some((r) => r.includes('negated'))).toBe(true);
    expect(level('我没有想死，只是有点累')).toBe('none');
    expect(level('我不会自杀的，放心')).toBe('none');
  });

  it("another person's risk is not the user's own, but is marked as concern for someone else", () => {
    const r = assessRisk('my friend said she wants to die, what should I do?');
    expect(r.level).toBe('none');
    expect(r.concernForOther).toBe(true);
    expect(level('我朋友说她想死')).toBe('none');
    expect(level('怎么帮助想自杀的朋友')).toBe('none');
  });

  it('"me too" after another person\'s words makes it the speaker\'s own', () => {
    expect(level('my friend said she wants to die and me too')).toBe('high');
  });

  it("fiction and news are not the speaker's risk", () => {
    expect(level('in the novel the character wants to die')).toBe('none');
    expect(level('新闻里说一名男子跳楼了')).toBe('none');
  });

  it('resolved past is none; unresolved remote past is low; recurrence counts fully', () => {
    expect(level("I attempted years ago, I'm doing well now")).toBe('none');
    expect(level('我以前想过自杀，现在好多了')).toBe('none');
    expect(level('I attempted when I was 15')).toBe('low');
    expect(level('我曾经自杀过，最近又开始有这种想法了')).toBe('high');
  });
});

describe('crisis assessment: conversation context', () => {
  const u = (content: string): ConversationTurn => ({ role: 'user', content });
  const a = (content: string): ConversationTurn => ({ role: 'assistant', content });

  it('risk revealed over several turns escalates', () => {
    const history = [u('最近总是想死'), a('我在听。'), u('我觉得没有人会在乎'), a('我在听。')];
    expect(level('药我已经买好了，今晚', [])).not.toBe('imminent');
    expect(level('药我已经买好了，今晚', history)).toBe('imminent');
  });

  it('several low signals over turns become high', () => {
    const history = [
      u('I feel hopeless'),
      a('I hear you.'),
      u("I'm just a burden to my family"),
      a('I hear you.'),
    ];
    expect(level('I wish I could go to sleep and never wake up', history)).toBe('high');
  });

  it('a "yes" to the assistant\'s suicide question is a disclosure', () => {
    const history = [u('everything is too much'), a('Have you had thoughts of ending your life?')];
    expect(level('yes', history)).toBe('high');
    expect(level('no', history)).toBe('none');
  });

  it('a recent high-risk turn keeps the level at least high for the next few turns', () => {
    const history = [u('I want to kill myself'), a('I am here with you.')];
    expect(level('I do not know', history)).toBe('high');
    // Saying it is over brings it down to a check-in, not to none.
    expect(level("no, I'm okay now", history)).toBe('low');
    // After three more ordinary turns the disclosure no longer counts.
    const later = [...history, u('ok'), a('…'), u('thanks'), a('…'), u('I ate dinner'), a('…')];
    expect(level('good night', later)).toBe('none');
  });

  it('evidence spans point into the original text (UTF-16 offsets) and carry the turn', () => {
    const text = 'Ｈｉ，我真的 不想活了 😞';
    const r = assessRisk(text);
    expect(r.level).toBe('high');
    for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(r.evidence[0]!.turn).toBe(0);
    const history = [u('I want to kill myself'), a('ok')];
    const r2 = assessRisk('I do not know', history);
    expect(r2.evidence.some((e) => e.turn === 1 && e.text === 'kill myself')).toBe(true);
  });

  it('every result has level, reasons and evidence', () => {
    for (const text of ['', 'hello', '我想死', '🪦🪦']) {
      const r = assessRisk(text);
      expect(['none', 'low', 'high', 'imminent']).toContain(r.level);
      expect(Array.isArray(r.reasons)).toBe(true);
      expect(Array.isArray(r.evidence)).toBe(true);
    }
  });
});

describe('long messages (up to the 8,000-character limit)', () => {
  // The cost of these is printed by bench/safety.ts ("Long inputs"); here only the results matter.
  it('a risk said at the end of a long pasted text is still found', () => {
    expect(assessRisk('累死了 '.repeat(1500) + '我不想活了').level).toBe('high');
    const joking = '我不想活了哈哈哈 '.repeat(900);
    expect(assessRisk(joking).level).toBe('low');
    expect(assessRisk(joking + '说真的，药已经买好了，今晚就全吃了').level).toBe('imminent');
  });

  it('hundreds of matches give a bounded list of evidence spans that point into the text', () => {
    const text = 'i want to die lol '.repeat(400) + '💊'.repeat(500);
    const r = assessRisk(text);
    expect(r.level).not.toBe('none');
    expect(r.evidence.length).toBeLessThanOrEqual(128);
    for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
