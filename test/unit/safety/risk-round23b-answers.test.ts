/**
 * Round 23b, short answers read against the assistant's question (answers.ts): a yes told as how often or opened
 * by a time word, a yes to the wish to sleep and not wake up (low), a day named to a plan question, "already
 * there", an amount in packs when asked whether it was more than usual, an amount or "just now" after the assistant
 * urged emergency help, and the active option of an either/or question picked. An earlier short answer already read
 * as risk makes a bare "do you have a plan?" about a plan to die. Everyday twins and denials stay none. Rules only.
 */
import { describe } from 'vitest';
import { assistantSays as a, readsAfter, userSays as u, type LevelRow } from '../../support/level-cases.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

const cases: LevelRow[] = [
  // a yes told as how often
  [[u('这周过得很糟'), a('我想直接问一下：这几天你有没有想过结束自己的生命？')], '好几次吧', 'high'],
  [
    [u('rough couple of weeks'), a('Have you had thoughts of ending your life lately?')],
    'once or twice',
    'high',
  ],
  [[u('been trying to get fit'), a('Have you been to the gym this week?')], 'a few times', 'none'],
  [[u('rough couple of weeks'), a('Have you had thoughts of ending your life lately?')], 'not once', 'none'],
  // a yes opened by a time word
  [[u('睡不好'), a('这些念头有没有让你想过伤害自己？')], '这几天有 越来越强烈', 'high'],
  [[u('工作压力大'), a('你会不会有想结束自己生命的念头？')], '最近经常 停不下来', 'high'],
  [[u('睡不好'), a('这些念头有没有让你想过伤害自己？')], '最近有点累而已', 'none'],
  [[u('工作压力大'), a('你会不会有想结束自己生命的念头？')], '最近会好一些了', 'none'],
  // the wish to sleep and not wake up: low
  [[u('每天都好累'), a('你会不会有时候希望一觉睡过去就不再醒来？')], '有时候会', 'low'],
  [
    [u("i'm so tired of everything"), a('Do you ever wish you could go to sleep and not wake up?')],
    'sometimes yeah',
    'low',
  ],
  [[u('睡眠很差'), a('你是不是经常半夜醒来？')], '会', 'none'],
  [[u('每天都好累'), a('你会不会有时候希望一觉睡过去就不再醒来？')], '没有 就是身体累', 'none'],
  // a plan asked about, a day named
  [
    [u('I keep thinking about it'), a('I need to ask you plainly: are you planning to kill yourself?')],
    'sunday probably',
    'imminent',
  ],
  [[u('我想过伤害自己'), a('谢谢你告诉我。你有具体的计划吗？')], '嗯 这周六 等家里没人的时候', 'imminent'],
  [
    [u('心里很乱'), a('我想确认一下，你最近有没有想过结束生命？'), u('有过'), a('那你有没有具体的计划？')],
    '对 下礼拜五',
    'imminent',
  ],
  [[u('终于放假了'), a('你有具体的计划吗？')], '嗯 下周三去爬山', 'none'],
  [[u("i'm thinking of quitting"), a('Are you planning to hand in your notice?')], 'friday', 'none'],
  [[u('最近很烦'), a('你有没有在计划伤害自己？')], '今天还好 没那么想', 'none'],
  // already there
  [[u('不想回家了'), a('我有点担心，你是不是想伤害自己？')], '对 人已经到桥上了', 'imminent'],
  [
    [u('just driving around'), a('Are you thinking about ending your life tonight?')],
    'yeah. already here',
    'imminent',
  ],
  [[u('路上堵车'), a('你到家了吗？')], '嗯 已经到了', 'none'],
  [[u('有点难受'), a('你是不是想伤害自己？')], '没有 我已经在家了', 'none'],
  // more than usual, an amount in packs or dozens
  [[u('今天吃了安眠药'), a('吃的是医生开的量，还是比平时多？')], '多 差不多一整瓶', 'imminent'],
  [
    [u('took my meds'), a('Was that your normal dose, or more than you are supposed to take?')],
    'more. like 30',
    'imminent',
  ],
  [[u('今天吃了安眠药'), a('吃的是医生开的量，还是比平时多？')], '平时的量 就一片', 'none'],
  [[u('今天吃了安眠药'), a('吃的是医生开的量，还是比平时多？')], '多吃了一片', 'none'],
  // the assistant urged emergency help, an amount or "just now" in reply
  [[u('我吃了好多药'), a('你是什么时候吃的？请马上打120。')], '半小时前', 'imminent'],
  [
    [
      u('i swallowed a bunch of my pills'),
      a('When did you take them? Please call poison control or 911 right now.'),
    ],
    '20 min ago',
    'imminent',
  ],
  [[u('我儿子把一颗纽扣电池吞了'), a('他什么时候吞的？请马上打120。')], '刚才', 'none'],
  // the active option of an either/or question
  [
    [
      u('my head is a mess lately'),
      a('Is that more wishing you were gone, or thinking about killing yourself?'),
    ],
    'the second one honestly',
    'high',
  ],
  [[u('脑子里老有些念头'), a('这些念头是希望自己消失，还是想结束自己的生命？')], '后者吧', 'high'],
  [[u('stressed out'), a('Is it mostly work, or things at home?')], 'both', 'none'],
  [
    [
      u('my head is a mess lately'),
      a('Is that more wishing you were gone, or thinking about killing yourself?'),
    ],
    'neither, just exhausted',
    'none',
  ],
];

describe('round 23b: short answers read against the question (rules only)', () => {
  useRulesOnly();
  readsAfter(cases);
});
