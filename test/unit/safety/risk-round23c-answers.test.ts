/**
 * Round 23c, short answers read against the assistant's last message (answers.ts): a dangerous place named after
 * "I'm worried about you. Where are you?", a time after "a plan or a time in mind?", "taking all of them" after
 * "what are you thinking of doing with it?", the means said ready after a question about using it on oneself, and
 * self-harm named when asked what "relapsed" means. Everyday twins and denials stay as they were. Rules only.
 */
import { describe } from 'vitest';
import { assistantSays as a, readsAfter, userSays as u, type LevelRow } from '../../support/level-cases.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

const cases: LevelRow[] = [
  // a dangerous place, asked where after worry
  [[u('我撑不住了，今晚就走'), a('我很担心你。你现在在哪里？')], '大桥上', 'imminent'],
  [[u('再见了大家'), a('听到这些我很担心你，你人在哪儿？身边有人吗？')], '嗯 在海边', 'imminent'],
  [
    [u("i'm done with all of it"), a("I'm really scared for you. Where are you right now?")],
    'on the roof of my dorm, been up here an hour',
    'imminent',
  ],
  [[u('周末出去玩了'), a('你现在在哪里？玩得开心吗？')], '在海边呢 风景超好', 'none'],
  [
    [u('heading out with friends'), a('Nice! Where are you right now?')],
    'top floor of the mall food court',
    'none',
  ],
  [[u('我撑不住了'), a('我很担心你。你现在在哪里？')], '在家 没事的', 'none'],
  // a time, asked about a plan or a time together
  [
    [u('i want to kill myself'), a("I'm glad you told me. Do you have a plan or a date in mind?")],
    'this weekend',
    'imminent',
  ],
  [[u('我不想活了'), a('谢谢你告诉我。你心里有计划或者时间了吗？')], '周五晚上', 'imminent'],
  [[u('want to plan a party'), a('Fun! Do you have a plan or a time in mind?')], 'saturday', 'none'],
  // taking all of it, asked what they mean to do with what they have
  [
    [u('i found my dad’s sleeping pills'), a('What are you planning to do with them?')],
    'swallow every one tonight',
    'imminent',
  ],
  [[u('我攒了一瓶安眠药'), a('你打算拿这些药做什么？')], '一次性全吃了', 'imminent'],
  [
    [u('the pharmacy gave me too many painkillers'), a('What are you thinking of doing with them?')],
    'taking all of them back to the pharmacy',
    'none',
  ],
  [[u('买了一袋橘子'), a('你打算拿它们做什么？')], '做果酱', 'none'],
  // the means ready, asked about using it on oneself
  [
    [u('got my grandpa’s pistol out'), a('Are you thinking of using the pistol on yourself?')],
    "yeah. it's in my lap",
    'imminent',
  ],
  [[u('活着没意思'), a('你是不是有伤害自己的念头？')], '刀就在我手边', 'imminent'],
  [[u('cleaning the kitchen'), a('Did you load the dishwasher?')], "yep it's loaded", 'none'],
  [
    [u('rough night'), a('Are you having thoughts of using that knife on yourself?')],
    'no, it is back in the drawer',
    'none',
  ],
  // self-harm named, asked what a vague word means
  [[u('i slipped up'), a('What do you mean by slipped up?')], 'burning myself again', 'high'],
  [[u('我又没忍住'), a('你说的没忍住是指什么？')], '割 昨天晚上', 'high'],
  [[u('relapsed'), a('Can you tell me what you mean by relapsed?')], 'drinking again, 3 beers', 'none'],
  [[u('my haircut went wrong'), a('What do you mean by went wrong?')], 'cutting my own fringe', 'none'],
];

describe('round 23c: short answers read against the last assistant message (rules only)', () => {
  useRulesOnly();
  readsAfter(cases);
});
