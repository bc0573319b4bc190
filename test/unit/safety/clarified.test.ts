/**
 * Session 14: an ambiguous disclosure explained in answer to the assistant's clarifying question ends the multi-turn
 * floor (src/safety/clarified.ts); explicit words, bare replies, walk-backs, finality and a missing model keep it.
 * And a bare assent or thanks is never read alone by the learned model (REPLY_ONLY).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { RANK } from '../../support/level-cases.ts';
import {
  assessRisk,
  assessTurn,
  clearRiskCache,
  resetCrisisModel,
  type ConversationTurn,
} from '../../../src/safety/index.ts';

/** Alternating user / assistant turns, the user first. */
const dialogue = (...contents: string[]): ConversationTurn[] =>
  contents.map((content, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', content }));

afterEach(() => {
  resetCrisisModel(undefined);
  clearRiskCache();
});

describe('an ambiguous disclosure, a clarifying question, an everyday answer', () => {
  const explained: Array<[string, string, string]> = [
    [
      'got the rope today',
      'What is the rope for? Are you okay?',
      'for the sailing course! we learn knots on saturday and the instructor said to bring our own',
    ],
    ['我把存款都转给我妹了', '发生什么事了吗？愿意说说吗？', '她下个月结婚 我当嫁妆给她的 我们家就我俩'],
    ['我今晚会去海边', '你去海边是想做什么呢？我有点担心你。', '看日出啊，跟驴友约好了凌晨出发，带了帐篷'],
    [
      'gave my guitar away today',
      'That sounds like a big step. What made you decide to do that?',
      'upgrading to a better one for my birthday and my cousin is just starting lessons',
    ],
  ];
  it.each(explained)('[%s] … %s … "%s" reads none', (first, question, answer) => {
    // The first words alone are read as risk; the answer ends it.
    expect(RANK[assessRisk(first).level]).toBeGreaterThanOrEqual(RANK.high);
    expect(assessRisk(answer, dialogue(first, question)).level).toBe('none');
  });

  it('needs the learned model: with none loaded, the floor stays', () => {
    resetCrisisModel(null);
    clearRiskCache();
    // The rules alone read the savings given away as high.
    const [first, question, answer] = explained[1]!;
    expect(RANK[assessRisk(first).level]).toBeGreaterThanOrEqual(RANK.high);
    expect(RANK[assessRisk(answer, dialogue(first, question)).level]).toBeGreaterThanOrEqual(RANK.high);
  });

  it('needs a question: after a statement the floor stays', () => {
    const [first, , answer] = explained[1]!;
    expect(RANK[assessRisk(answer, dialogue(first, '嗯，我在听。')).level]).toBeGreaterThanOrEqual(RANK.high);
  });

  const kept: Array<[string, string, string]> = [
    // explicit words are never explained this way
    ['我想自杀', '你现在安全吗？能告诉我发生了什么吗？', '不好意思 是我弟弟拿我手机乱打的 他在旁边玩'],
    ['我又割了手腕', '伤口怎么样？你现在安全吗？', '就是跟男朋友吵架了，心里很烦，现在包好了'],
    // a bare reply, a walk-back
    ['got the rope today', 'What is the rope for? Are you okay?', 'yeah'],
    ['刀已经拿在手上了', '你拿刀要做什么？你还好吗？', '算了 不说了 你别管了'],
    [
      'got the rope today',
      'What is the rope for? Are you okay?',
      'forget I said anything, it was a weird day at work',
    ],
    // finality
    [
      'got the rope today',
      'What is the rope for? Are you okay?',
      'for the sailing course, one last trip with everyone before I go',
    ],
    // a hedge, or the writer run down
    ['我今晚会去海边', '你去海边是想做什么呢？我有点担心你。', '看日出吧 也可能就坐着 不知道'],
    ['今天买了一卷绳子', '你买绳子是准备做什么用的呢？', '绑行李吧…也可能有别的用 不知道'],
    ['周末把猫送给朋友了', '你是要出远门吗？怎么把猫送出去了？', '它跟着我也是受罪 朋友家有院子'],
    [
      'gave my cat to my neighbour today',
      'Oh, are you moving? What happened?',
      'she has a garden, my cat is better off there than stuck with me',
    ],
    // a re-assertion
    ['我今晚会去海边', '你去海边是想做什么呢？我有点担心你。', '看日出啊，说真的 这次是认真的'],
  ];
  it.each(kept)('[%s] … %s … "%s" keeps at least a check-in', (first, question, answer) => {
    expect(RANK[assessRisk(answer, dialogue(first, question)).level]).toBeGreaterThanOrEqual(RANK.low);
  });
});

describe('a bare assent or thanks is not read alone by the learned model', () => {
  it.each([
    '好的，我想试试。',
    '谢谢你，我会的。',
    '想听。',
    '那我现在就试试。',
    '好的，那我现在就开始画。',
    "ok I'll try",
    'thank you',
    'No.',
    'What. No.',
    "I'm sorry.",
    '对不起',
  ])('"%s" reads none', (text) => {
    expect(assessTurn(text).level).toBe('none');
  });
  it.each([
    '我想试试吃一整瓶安眠药',
    '想试试从楼上跳下去',
    "I'll try to end it tonight",
    '对不起 再见',
    'sorry, goodbye forever',
  ])('"%s" still reads high', (text) => {
    expect(RANK[assessTurn(text).level]).toBeGreaterThanOrEqual(RANK.high);
  });
});

describe('session 15: more answers that end the floor, and what still keeps it', () => {
  it('a yes that says the person is fine is no bare assent', () => {
    const turns = dialogue('up on the roof rn', 'Are you safe? Can you tell me what is going on?');
    expect(RANK[assessRisk('on the roof rn').level]).toBeGreaterThanOrEqual(RANK.high);
    expect(assessRisk("yeah i'm fine 😅 i fix gutters for a living, just on my break", turns).level).toBe(
      'none',
    );
    // A bare yes still keeps it.
    expect(RANK[assessRisk('yeah', turns).level]).toBeGreaterThanOrEqual(RANK.high);
  });

  it('a wish told in other words ends only when the answer says it meant something else', () => {
    const first = '要跟这个世界说再见了';
    const question = '看到这句话我很担心你。你现在在哪里？';
    expect(RANK[assessRisk(first).level]).toBeGreaterThanOrEqual(RANK.high);
    expect(
      assessRisk('我是说注销所有社交账号啦 断网一个月 不好意思让你担心了', dialogue(first, question)).level,
    ).toBe('none');
    // Going on with one's story is no explanation.
    expect(
      RANK[assessRisk('最近工作压力很大，每天加班到很晚，回家也没人说话', dialogue(first, question)).level],
    ).toBeGreaterThanOrEqual(RANK.high);
  });

  it("a question asked without a wish of one's own, then said to be for someone else or a course, is explained", () => {
    expect(
      assessRisk(
        "no, sorry! it's for my physics coursework on terminal velocity, should have said",
        dialogue(
          'how far do you have to fall to not survive?',
          'That question worries me. Are you thinking of hurting yourself?',
        ),
      ).level,
    ).toBe('none');
    expect(
      assessRisk(
        '给我外婆问的 她老忘记吃没吃 怕她吃重了',
        dialogue('降压药一次吃多少会有危险啊', '谢谢你问我。可以问一下是给谁问的吗？你最近还好吗？'),
      ).level,
    ).toBe('none');
    // A disclosure with a question ("…总是想到自杀，我该怎么办？") is told: going on with one's story keeps the floor.
    expect(
      RANK[
        assessRisk(
          '我老公总说我不懂事，婆婆也是，我跟他们没法沟通',
          dialogue(
            '老师您好，最近心情很差，总是想到自杀，我该怎么办？',
            '谢谢你告诉我。能说说发生了什么吗？',
          ),
        ).level
      ],
    ).toBeGreaterThanOrEqual(RANK.high);
    // A wish in the question ("我想…才会醒不过来") is told, not only asked: the floor stays.
    expect(
      RANK[
        assessRisk(
          '给我妈问的 她睡不好',
          dialogue('我想吃多少安眠药才会醒不过来', '我很担心你。可以告诉我发生了什么吗？'),
        ).level
      ],
    ).toBeGreaterThanOrEqual(RANK.high);
  });

  it('a past told as over and placed in a year is resolved past, in English too', () => {
    const turns = dialogue('i used to think about ending it all the time', 'How are things for you now?');
    expect(
      assessRisk('way better honestly. that was 2018, therapy and meds changed everything', turns).level,
    ).toBe('none');
  });
});
