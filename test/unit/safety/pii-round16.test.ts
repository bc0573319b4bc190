/**
 * PII families added in round 16 (from the misses on the voice-transcript set train-2026-11n): numbers read out as
 * Chinese or English digit words (resident IDs, bank cards, landlines, QQ numbers, SSNs), checked like written numbers
 * (ID check digit, Luhn, hotlines); emails spoken as "name at gmail dot com"; spoken dates of birth and US street
 * addresses; names after fillers (我是 嗯 赵磊, "hi um this is …"). Each row is a variant written here, not a line of
 * the bench sets. Positives must come out with exactly these spans; hard negatives (ages, prices, scores, spoken
 * hotlines, counts) must come out untouched.
 */
import { describe, expect, it } from 'vitest';
import { findPii } from '../../../src/safety/index.ts';
import { expectPiiSpans } from '../../support/pii-spans.ts';

describe('PII families, round 16 (spoken numbers and voice transcripts)', () => {
  it.each<[string, Array<[string, string]>]>([
    // Resident IDs read out in Chinese numerals, with or without groups, 叉 for a check digit of ten.
    [
      '身份证号三三零一零六一九九八零四一二二七三四 挂号要用',
      [['ID', '三三零一零六一九九八零四一二二七三四']],
    ],
    [
      '我身份证是 一一零一零五 一九九零零三零七 一二八叉 你帮我看看',
      [['ID', '一一零一零五 一九九零零三零七 一二八叉']],
    ],
    ['证件号 四四零三零四 一九八五一二一二 五六七六 对', [['ID', '四四零三零四 一九八五一二一二 五六七六']]],
    // Bank cards read out (Luhn-checked), Chinese and English.
    [
      '卡号是 六二二八 四八零零 三九一七 二六三七 他让我转钱',
      [['BANKCARD', '六二二八 四八零零 三九一七 二六三七']],
    ],
    [
      '他让我报 六二二八四八零零三九一七二六三七 说能帮我还网贷',
      [['BANKCARD', '六二二八四八零零三九一七二六三七']],
    ],
    [
      'she asked for the card number four one one one one one one one one one one one one one one one and I said it',
      [['BANKCARD', 'four one one one one one one one one one one one one one one one']],
    ],
    // Landlines read out with the area code, and a local number after a phone word.
    ['座机 零一零 六五四三 二一零九 晚上打', [['PHONE', '零一零 六五四三 二一零九']]],
    ['零七五五 八六五四 三二一零 这是我家电话', [['PHONE', '零七五五 八六五四 三二一零']]],
    ['你打我电话 八五四三 七七六一 就行', [['PHONE', '八五四三 七七六一']]],
    // QQ numbers read out after a QQ cue.
    ['我的扣扣 一二三四五六七八九 加我', [['QQ', '一二三四五六七八九']]],
    ['QQ号码是幺二三四五六七八', [['QQ', '幺二三四五六七八']]],
    ['my qq is nine eight seven six five four three okay', [['QQ', 'nine eight seven six five four three']]],
    // SSNs read out after "social"/"SSN".
    [
      'my SSN is four one two, five five, six seven eight nine',
      [['SSN', 'four one two, five five, six seven eight nine']],
    ],
    [
      'social security number uh two three four five six seven eight nine one',
      [['SSN', 'two three four five six seven eight nine one']],
    ],
    // Emails spoken with "at" and "dot" at a mail provider.
    ['email me at priya dot raman at outlook dot com ok', [['EMAIL', 'priya dot raman at outlook dot com']]],
    ['邮箱 wangxiao一二三 at 163 dot com 记一下', [['EMAIL', 'wangxiao一二三 at 163 dot com']]],
    ['tom underscore lee at yahoo dot co dot uk', [['EMAIL', 'tom underscore lee at yahoo dot co dot uk']]],
    // Spoken dates of birth after a birth cue.
    ['I was born on March third two thousand one in Ohio', [['DOB', 'March third two thousand one']]],
    ['my birthday is October the ninth and nobody remembers', [['DOB', 'October the ninth']]],
    [
      'date of birth the twenty-first of June nineteen eighty-five',
      [['DOB', 'twenty-first of June nineteen eighty-five']],
    ],
    // Spoken US street addresses.
    [
      'my address is one twenty three Maple Avenue Springfield Illinois',
      [['ADDRESS', 'one twenty three Maple Avenue Springfield Illinois']],
    ],
    [
      'we moved to seven Oak Street apartment twelve last year',
      [['ADDRESS', 'seven Oak Street apartment twelve']],
    ],
    // Names after fillers.
    ['我是 呃 那个 李思思 今年高三', [['NAME', '李思思']]],
    ['我叫 嗯 王磊，在上班', [['NAME', '王磊']]],
    ['hey uh this is Marcus Bell calling about my son', [['NAME', 'Marcus Bell']]],
    ['my name is uh Jake and I', [['NAME', 'Jake']]],
  ])('%s', (text, expected) => expectPiiSpans(text, expected));

  it.each([
    '我十六岁 高一 三万多 六百分',
    '热线是 幺二三五五 你可以打',
    'call nine eight eight if you need',
    '心理援助热线 零一零 八二九五 一三三二',
    '一五一十地告诉了他 二三十个人',
    '考了五六百分 排名一二百名',
    '第一二三四五名都是女生',
    '我扣扣 有 三 四个 号',
    '九点半 到 十一点',
    '二零二三年我搬家了',
    '我是 嗯 高三的学生',
    '我是 嗯 那个 张老师介绍来的',
    '我叫 嗯 就是 想问问',
    'I looked at gmail dot com yesterday',
    'i was staring at yahoo dot com for hours',
    'this is uh Really hard',
    "hi um I'm Sorry to bother you",
    'the social worker said five three one two two seven four oh eight people',
    'there were one two three four five six seven eight nine ten',
    'born on the ninth of a cold month',
    'my QQ group has five hundred people',
    'at forty two I started therapy on Drive',
    // A mobile is not cut out of a longer spoken run (a broken ID read out).
    '我身份证是 一一零一零五 一九九零零三零七 一二三叉 你帮我看看',
  ])('keeps %s', (text) => {
    expect(findPii(text)).toEqual([]);
  });
});
