/**
 * Round 21b (PII, red-team set train-2026-11r): names introduced without 我叫/"my name is" — greetings and letter openings
 * (Hey Marcus, 亲爱的晓雯：), @mentions, family titles (Aunt Rosa), a Latin name after a Chinese relation word (my 室友 Kevin
 * Zhou), a first name said again with the surname, signatures under a thank-you line or with a date or contact after them,
 * a name + birth date record; numbers split by line breaks or slashes, spoken digit by digit (AU/UK mobiles), QQ numbers
 * in groups or before their label, WeChat ids after a dash, a birth date before 我生日; AU street abbreviations
 * (Pde, Tce), Quebec addresses, Chinese addresses with spaces around the numbers. Hard negatives: version numbers after
 * 更新到/updated to, greetings to roles, AI assistants and diaries, 亲爱的妈妈/自己, @所有人, Uncle Sam, English words
 * after a relation, order numbers, scores, bus routes and metro lines.
 */
import { describe, expect, it } from 'vitest';
import { findPii } from '../../../src/safety/index.ts';

const spans = (t: string) => findPii(t).map((s) => `${s.type}:${s.text}`);

describe('round 21b PII families: found', () => {
  it.each([
    // Greetings and letter openings.
    ['Hey Marcus, I know you will never read this', 'NAME:Marcus'],
    ['Dear Priya: I do not know how to say this', 'NAME:Priya'],
    ['My dear Eleanor,\nI miss you', 'NAME:Eleanor'],
    ['亲爱的晓雯：我知道你永远不会看到这封信了', 'NAME:晓雯'],
    ['亲爱的陈思远，生日快乐', 'NAME:陈思远'],
    ['致李明远：谢谢你', 'NAME:李明远'],
    // @mentions.
    ['@陈思远 你别再发消息骚扰我了', 'NAME:陈思远'],
    ['@Tom Ashby can you stop', 'NAME:Tom Ashby'],
    // Family titles and Chinese relation words before a Latin name.
    ['people on my safety plan: Aunt Rosa and 988', 'NAME:Rosa'],
    ['Grandma Jean passed away last spring', 'NAME:Jean'],
    ['my cousin and Uncle Dev came over', 'NAME:Dev'],
    ['my 室友 Kevin Zhou 一直 borrow 我的东西不还', 'NAME:Kevin Zhou'],
    ['我老板 Steven 又骂我了', 'NAME:Steven'],
    ['我男朋友Jason说他不爱我了', 'NAME:Jason'],
    // A name said again with the surname.
    ["anyway I'm Rachel, Rachel Dunne", 'NAME:Rachel Dunne'],
    // Signatures.
    ['Thanks for listening.\nJamie Reyes\njreyes.writes@gmail.com', 'NAME:Jamie Reyes'],
    ['Thanks for reading\nPriya', 'NAME:Priya'],
    ['谢谢你们一直听我说这些。\n——林可欣 2024.5.3 夜', 'NAME:林可欣'],
    ['——小雨 2023.12.1', 'NAME:小雨'],
    ['Cheers, Declan — 086 419 2273 — sorry for the long message', 'NAME:Declan'],
    ['Thanks, Priya - priya.k@gmail.com', 'NAME:Priya'],
    // A relation or role and a name before 手机/电话/当着.
    ['我男朋友李昊然手机 １８６ ２７４０ ５５１９', 'NAME:李昊然'],
    ['我们班主任王建国当着全班说我装病', 'NAME:王建国'],
    ['我同事张伟电话打不通', 'NAME:张伟'],
    // A name and a birth date.
    ['刘雨桐，2005年10月2日生，这是我妹妹', 'NAME:刘雨桐'],
    ['周小满，1999年出生，今年25', 'NAME:周小满'],
    // Numbers split by line breaks or slashes, digit by digit.
    ['号码我分开发：159\n0731\n8842 这是我姐的', 'PHONE:159\n0731\n8842'],
    ['电话：138\n1234\n5678', 'PHONE:138\n1234\n5678'],
    ['aus mobile is 0 4 1 9 / 6 6 2 / 0 8 1, text only pls', 'PHONE:0 4 1 9 / 6 6 2 / 0 8 1'],
    ['uk mob 0 7 7 0 0 / 9 0 0 / 1 2 3', 'PHONE:0 7 7 0 0 / 9 0 0 / 1 2 3'],
    ['call 1 3 8 / 1 2 3 4 / 5 6 7 8', 'PHONE:1 3 8 / 1 2 3 4 / 5 6 7 8'],
    // QQ and WeChat.
    ['我q是 3301 8472 65，有事私我', 'QQ:3301 8472 65'],
    ['QQ：2281 9043 76', 'QQ:2281 9043 76'],
    ['2281904376 这是我QQ，晚上睡不着可以聊', 'QQ:2281904376'],
    ['2281904376（QQ）', 'QQ:2281904376'],
    ['add me on wechat — jordanlee_88 — 在上海', 'WECHAT:jordanlee_88'],
    ['微信 - lily_0921', 'WECHAT:lily_0921'],
    // A birth date before 我生日.
    ['1999.08.23 我生日，那天没有一个人记得', 'DOB:1999.08.23'],
    ['2001/3/14是她的生日', 'DOB:2001/3/14'],
    // Addresses.
    [
      'Unit 12, 8-10 Ocean Pde, Coogee NSW 2034 — send it there',
      'ADDRESS:Unit 12, 8-10 Ocean Pde, Coogee NSW 2034',
    ],
    ['14 Marine Pde, Manly NSW 2095', 'ADDRESS:14 Marine Pde, Manly NSW 2095'],
    ['Flat 3, 22 Victoria Tce, Bristol', 'ADDRESS:Flat 3, 22 Victoria Tce, Bristol'],
    [
      '2210 rue Beaubien Est, Montréal QC H2G 1M9 — moved here',
      'ADDRESS:2210 rue Beaubien Est, Montréal QC H2G 1M9',
    ],
    [
      '45, boulevard René-Lévesque Ouest, Québec QC G1R 2B3',
      'ADDRESS:45, boulevard René-Lévesque Ouest, Québec QC G1R 2B3',
    ],
    ['杭州市西湖区文三路 259 号 3 幢 1702，快递别放门口', 'ADDRESS:杭州市西湖区文三路 259 号 3 幢 1702'],
    ['南京市鼓楼区中山路 18 号 2 单元 301 室', 'ADDRESS:南京市鼓楼区中山路 18 号 2 单元 301 室'],
  ])('%s', (text, want) => {
    expect(spans(text)).toContain(want);
  });
});

describe('round 21b PII families: hard negatives stay', () => {
  it.each([
    'app更新到 4.10.2.118 之后一直闪退',
    'I updated to 4.10.2.118 and it crashed',
    '升级到2.3.1.5以后就打不开了',
    'Hi Doctor, I have a question',
    'Hey Siri, set an alarm',
    'Hello everyone, first post here',
    'Dear Diary, today was bad',
    'Hey, how are you',
    '亲爱的妈妈：对不起',
    '亲爱的自己，你辛苦了',
    '致青春：那些年',
    '亲爱的朋友们，大家好',
    '@所有人 明天开会',
    '@everyone hi',
    'Uncle Sam wants you',
    'Aunt Flo is visiting lol',
    '我老师 Google 了一下',
    '我妈 Facebook 上发了',
    '我妈当着亲戚面骂我',
    'I was like, Rachel, Rachel stop.',
    'Thanks for listening.\nAnyway I feel better',
    'Thanks.\nMaybe tomorrow',
    'Thanks, Doctor — 0800 123 456',
    '那是在2024.5.3 夜里的事',
    '张三丰，1247年生',
    '2024.5.3 我生日会',
    'scores were 0 4 1 9 and 6 6 2',
    'q是 12 我的分数',
    '订单号 2281904376 是我QQ买的',
    "wechat - it's blocked here",
    'wechat — everything is down',
    'I love the rue Beaubien bakeries',
    '坐 259 路公交到了文三路',
    '北京市海淀区中关村大街 1 号线',
  ])('%s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
