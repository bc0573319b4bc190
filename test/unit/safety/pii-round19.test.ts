/**
 * Round 19 (PII): the misses of the blind set train-2026-11q as families — a mobile given as the WeChat id
 * (加我微信138…), a second QQ number named by its kind (小号/新号/备用号), another person's WeChat id after WeChat
 * was named ("my girlfriend's is sophie_xx_0408", 我妹妹的是 lily_0312), Cantonese 係 and quotes before a WeChat id,
 * a full-width Ｘ check digit, Chinese-numeral mobiles in comma-set groups, five-digit groups after a country code
 * (+91 98201 47736), and adverbs after "wechat" that are no id ("don't use wechat anymore").
 */
import { describe, expect, it } from 'vitest';
import { findPii } from '../../../src/safety/index.ts';

const spans = (t: string) => findPii(t).map((s) => `${s.type}:${s.text}`);

describe('round 19 PII families: found', () => {
  it.each([
    ['加我微信13825496017，就是我手机号，搜得到', 'WECHAT:13825496017'],
    ['我的微信：139 1234 5678，晚上回', 'WECHAT:139 1234 5678'],
    ['wx號係13512345678，打字方便啲', 'WECHAT:13512345678'],
    ['QQ大号1592038476被盗了，现在用小号3046718825', 'QQ:3046718825'],
    ['我的扣扣被封了，新号是58203947，加一下', 'QQ:58203947'],
    ['企鹅号丢了，备用号：7719203845', 'QQ:7719203845'],
    ["my wechat is jm_rivera, my girlfriend's is sophie_xx_0408", 'WECHAT:sophie_xx_0408'],
    ["WeChat works here; my brother's is tom_li88 if you need him", 'WECHAT:tom_li88'],
    ['我微信是abc_123，我妹妹的是 lily_0312', 'WECHAT:lily_0312'],
    ['我微信係 kaho_lam_97，有咩搵我', 'WECHAT:kaho_lam_97'],
    ['微信號係 chan_tm88', 'WECHAT:chan_tm88'],
    ['我微信号「xy_Lin1207」，换头像了', 'WECHAT:xy_Lin1207'],
    ['微信是“lily_0312”', 'WECHAT:lily_0312'],
    [
      '身份证号码 ５１０１０７１９８５０６０４１００Ｘ，这个能走医保吗',
      'ID:５１０１０７１９８５０６０４１００Ｘ',
    ],
    ['我手机号是幺八六，二七三一，五零四九，你记一下', 'PHONE:幺八六，二七三一，五零四九'],
    ['电话一三九，一二三四，五六七八', 'PHONE:一三九，一二三四，五六七八'],
    ['Kindly call on +91 98201 47736 only after 10 pm', 'PHONE:+91 98201 47736'],
    ['or +91 22 2345 6789 at the office', 'PHONE:+91 22 2345 6789'],
    ['ring 0091 98201 47736 after 10', 'PHONE:0091 98201 47736'],
    ['+91-98201-47736 is my cell', 'PHONE:+91-98201-47736'],
  ])('%s', (text, want) => {
    expect(spans(text)).toContain(want);
  });
});

describe('round 19 PII families: hard negatives', () => {
  it.each([
    ['微信号就是手机号15921884073', ['PHONE:15921884073']],
    ['我手机号13825496017，微信也有', ['PHONE:13825496017']],
    ['微信电话打不通，手机是13825496017', ['PHONE:13825496017']],
    ['衣服买小号，鞋码大号42，QQ不常用', []],
    ['淘宝小号 2038475910 被封了', []],
    ['QQ群里有人说他换了新号', []],
    ["my wechat is jm_rivera, my sister's is amazing", ['WECHAT:jm_rivera']],
    ["my wechat is jm_rivera, my mum's is broken lately", ['WECHAT:jm_rivera']],
    ['i dont use wechat anymore cos my parents read it', []],
    ['wechat lately is just ads', []],
    ['wechat recently got banned at school', []],
    ['我买了一百，二千三百，四千五百块的东西', []],
    ['三八，二零二一，三四五六', []],
    ['price +12345 points', []],
    ['order 9198201477361 shipped', []],
  ])('%s', (text, want) => {
    expect(spans(text)).toEqual(want);
  });
});
