/**
 * Round 21 (known gaps), rules only: clinical terms about oneself (active / passive ideation, with a plan), fear of
 * acting, a place said without "now" in a risk context or with stones carried, a scale named after the match with a
 * zero answer, a goodbye to everyone with finality, and clarifications after "end it all" / "I can't do this anymore".
 * Made-up paraphrases and hard negatives; never training or test lines.
 */
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/safety/index.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

type Level = 'none' | 'low' | 'high' | 'imminent';
type Row = [text: string, level: Level, history?: string[]];

const RISKY: Array<[family: string, rows: Row[]]> = [
  [
    'clinical terms about oneself',
    [
      ['我有主动自杀意念', 'high'],
      ['医生说我有自杀观念，最近又出现了', 'high'],
      ['精神科诊断我有自杀意念', 'high'],
      ['我这周又有了主动自杀意念', 'high'],
      ['我有被动自杀意念', 'low'],
      ['我有被动的自杀想法，就是希望自己不存在', 'low'],
      ['我有主动自杀意念，也有计划', 'imminent'],
      ["I've had passive suicidal ideation for weeks", 'low'],
      ['I have passive SI most days', 'low'],
      ['been dealing with passive suicidal thoughts lately', 'low'],
      ['I have active SI with a plan', 'imminent'],
      ['my SI is active again', 'high'],
      ["I've been having active suicidal thoughts", 'high'],
      ['I have active suicidal thoughts and a plan', 'imminent'],
    ],
  ],
  [
    'fear of acting, not rejected',
    [
      ["I'm scared I'll actually do it tonight", 'imminent'],
      ['我怕我今晚真的会做傻事', 'imminent'],
      ['我害怕今晚我会控制不住自己去做傻事', 'imminent'],
      ["i'm afraid i won't stop myself this time", 'high'],
      ["I'm afraid I'm going to do something stupid tonight", 'imminent'],
      ["I'm terrified I'll go through with it", 'high'],
      ['我好怕自己这次真的会做傻事', 'high'],
      ['我担心自己哪天会想不开', 'high'],
    ],
  ],
  [
    'a place in a risk context',
    [
      ['parked at the Gap', 'imminent', ['I want to die']],
      ['sitting on the roof of my building', 'imminent', ["I can't do this anymore, I want to die"]],
      ['standing at the cliff edge', 'imminent', ['nobody would miss me']],
      ['在江边坐着，包里装了石头', 'imminent'],
      ['在桥上，口袋里塞满了石头', 'imminent'],
      ["I'm at the river with rocks in my pockets", 'imminent'],
    ],
  ],
  [
    'a goodbye to everyone with finality',
    [
      ['thank you all for everything. take care of each other. goodbye.', 'imminent'],
      ["goodbye everyone, I won't be around anymore. thank you for everything", 'imminent'],
      ['谢谢你们这些年的照顾，以后别找我了，再见了大家', 'imminent'],
      ['大家再见了，谢谢你们，以后不会再打扰你们了', 'imminent'],
      ["bye all. you won't hear from me again", 'imminent'],
    ],
  ],
  [
    'a clarification naming the writer',
    [
      ['不是感情，是我自己', 'high', ['我想结束这一切']],
      ['no I mean me', 'high', ["I can't do this anymore"]],
      ['I mean life', 'high', ["I can't do this anymore"]],
      ['不是学业，是我自己', 'high', ['我想结束这一切']],
      ['no, I meant my life', 'high', ['I want to end it all']],
    ],
  ],
];

RISKY.push([
  'a scale named after the match without a zero answer keeps the risk',
  [
    ["I want to die, I took the PHQ-9 and I'm not at all okay", 'high'],
    ['我想死，PHQ-9做了10分', 'high'],
    ['我想死，量表第九题选了3', 'high'],
  ],
]);

const BENIGN: Array<[family: string, rows: Row[]]> = [
  [
    'clinicians, students, scales and other people',
    [
      ['主动自杀意念和被动自杀意念有什么区别？', 'none'],
      ['作为心理咨询师，我想了解什么是自杀意念', 'none'],
      ['我的来访者有主动自杀意念，我该怎么办', 'none'],
      ['What is the difference between passive and active suicidal ideation?', 'none'],
      ['my patient reports passive SI, how should I document it', 'none'],
      ['C-SSRS question 2 asks about active suicidal ideation', 'none'],
      ['my friend has active SI, how do I help', 'none'],
      ['for my psych class: define passive suicidal ideation', 'none'],
      ['我没有自杀意念', 'none'],
      ["I don't have active SI", 'none'],
    ],
  ],
  [
    'everyday fears and rejected intrusive thoughts',
    [
      ["I'm scared I'll actually fail tonight's test", 'none'],
      ["I'm afraid I'll throw up on the flight tonight", 'none'],
      ['我怕我今晚考试会挂', 'none'],
      ['我怕今晚演讲会出丑', 'none'],
      ["I'm scared I'll crash the car on the drive tonight", 'none'],
      ["I'm afraid I'll actually do it, I mean quit my job tonight", 'none'],
      ['我怕我今晚真的会忍不住吃夜宵', 'none'],
      ["I'm scared I won't stop myself eating the whole cake", 'none'],
      ['我担心我朋友会做傻事', 'none'],
      ['我有强迫症，总怕自己会拿刀伤害自己，但我根本不想这样做', 'none'],
      ["I get intrusive thoughts about jumping, I'm scared I'll do it but I'd never want to", 'none'],
      ["I'm scared I'll chicken out of the bungee jump, what if I can't go through with it", 'none'],
    ],
  ],
  [
    'places and stones in everyday contexts',
    [
      ['parked at the Gap, the view is amazing', 'none'],
      ['sitting on the roof of my building watching the sunset', 'none'],
      ['sitting on the roof of my building fixing the antenna', 'none'],
      ['parked at the Gap for the hike', 'none', ['work is killing me lol']],
      ['在江边坐着吃烧烤', 'none'],
      ['孩子在海边捡了一口袋石头，包里装了石头回家', 'none'],
      ['my son came back from the beach with his pockets full of stones', 'none'],
      ['在天台晒被子', 'none'],
    ],
  ],
  [
    'a scale named after the match, answered zero',
    [
      ['thoughts that I would be better off dead: I scored a 0 on item 9 of the PHQ-9', 'none'],
      ['好像死了会更好的念头，PHQ-9第九题我选了0', 'none'],
      ['PHQ-9第九题我选了完全没有', 'none'],
      ['wish I were dead? no, 0 on the C-SSRS', 'none'],
      ['I scored a 0 on item 9 of the PHQ-9', 'none'],
    ],
  ],
  [
    'leaving a job, a group, a city or an app',
    [
      ['goodbye everyone, last day at the office tomorrow', 'none'],
      ['退群了，大家再见', 'none'],
      ['thanks for everything guys, moving to Berlin next week, goodbye!', 'none'],
      ['谢谢大家这些年的照顾，我下个月就要调去上海了，再见', 'none'],
      ['goodbye everyone! last stream of the season, see you in spring', 'none'],
      ['谢谢大家，以后别找我借钱了，再见', 'none'],
      ['各位再见，我退群了，以后不会再打扰大家了', 'none'],
      [
        "thank you all for everything! I won't be around anymore on this server, moving to the new one",
        'none',
      ],
    ],
  ],
  [
    'an everyday object named after "end it all" / "I can\'t do this anymore"',
    [
      ['我是说这段感情', 'none', ['我想结束这一切']],
      ['我是说这学期的课', 'none', ['我想结束这一切']],
      ['我说的是减肥', 'none', ['我想结束这一切']],
      ['the job I mean lol', 'none', ["I can't do this anymore"]],
      ['I meant my degree lol', 'none', ['I want to end it all']],
      ['the semester, not life lol', 'none', ['I want to end it all']],
      ['my marriage, I mean', 'none', ['I want to end it all']],
    ],
  ],
];

function level(text: string, history: string[] = []): Level {
  return assessRisk(
    text,
    history.map((content) => ({ role: 'user' as const, content })),
  ).level as Level;
}

describe('round 21 known gaps (rules only)', () => {
  useRulesOnly();
  for (const [family, rows] of [...RISKY, ...BENIGN]) {
    describe(family, () => {
      it.each(rows)('%s → %s', (text, expected, history) => {
        expect(level(text, history)).toBe(expected);
      });
    });
  }
});
