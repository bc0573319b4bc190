/**
 * Round 23, short answers read against the assistant's question (answers.ts): a time named when asked when, an
 * amount or "just now" when asked what was taken, and an option picked by its number read as the option's words.
 * "But I haven't done anything" does not deny the thoughts asked about. Everyday twins: a when-question about a
 * doctor's visit, numbered options about dinner, a yes to "did you take your meds?". Rules only.
 */
import { describe } from 'vitest';
import { assistantSays as a, readsAfter, userSays as u, type LevelRow } from '../../support/level-cases.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

const cases: LevelRow[] = [
  // a time, asked when
  [[u('活着太累了，我想结束这一切'), a('我很担心你。你想过什么时候吗？')], '礼拜六', 'imminent'],
  [
    [
      u('everything is pointless, i want to end my life'),
      a("I'm here with you. When are you planning to do it?"),
    ],
    'friday',
    'imminent',
  ],
  [
    [u('i want to die'), a('That sounds so heavy. When were you thinking of doing it?')],
    "once everybody's gone to bed",
    'imminent',
  ],
  [[u('最近压力很大'), a('你打算什么时候去看医生？')], '明天', 'none'],
  [[u('想出去走走'), a('When are you free this week?')], 'saturday', 'none'],
  // an amount or "just now", asked what was taken
  [[u('我把药都吞了'), a('你吃了多少？什么时候吃的？')], '大半板 二十分钟前', 'imminent'],
  [[u("i can't do this anymore"), a('Did you take something? How many?')], 'the whole bottle', 'imminent'],
  [[u('我不想活了'), a('你是不是已经吃了什么？')], '对 刚刚', 'imminent'],
  [[u('this week has been rough'), a('Did you take your meds today?')], 'yeah', 'none'],
  [[u('头好疼'), a('你吃了什么药吗？')], '两片布洛芬', 'none'],
  // an option picked by its number
  [[u('又被骂了'), a('你可以用数字告诉我：1 只是心情差，2 想过伤害自己，3 已经计划好了。')], '3', 'imminent'],
  [[u('又被骂了'), a('你可以用数字告诉我：1 只是心情差，2 想过伤害自己，3 已经计划好了。')], '选2', 'high'],
  [[u('又被骂了'), a('你可以用数字告诉我：1 只是心情差，2 想过伤害自己，3 已经计划好了。')], '1', 'none'],
  [
    [
      u('rough day'),
      a('On a scale: 1) just sad, 2) thinking about hurting myself, 3) ready to act tonight. Which fits?'),
    ],
    "i'd say 3",
    'imminent',
  ],
  [[u('想吃火锅'), a('几点去？1 六点，2 七点，3 八点')], '3', 'none'],
  // thoughts affirmed, acting denied
  [[u('最近很难熬'), a('这些念头有没有让你想过伤害自己？')], '想过 想了好多次 但还没做', 'high'],
  [
    [u('been a hard month'), a('Have you had thoughts of hurting yourself?')],
    "yes but i haven't done anything",
    'high',
  ],
  [[u('最近很难熬'), a('这些念头有没有让你想过伤害自己？')], '没有 没想过', 'none'],
];

describe('round 23: short answers read against the question (rules only)', () => {
  useRulesOnly();
  readsAfter(cases);
});
