/**
 * Round 21b (zh): families from the red-team set train-2026-11r (risk told without the obvious words), rules only.
 * Each family is checked on paraphrases and on everyday look-alikes that must stay `none`.
 */
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/safety/index.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

describe('round 21b zh families (rules only)', () => {
  useRulesOnly();
  const atLeastHigh: string[] = [
    '我就去河边自杀',
    '等下班了我要去江边寻死',
    '我每天脑子里只有一个念头：去死',
    '现在只剩一个想法，就是自杀',
    '想用一种不连累别人的方式去死',
    '一直在琢磨用什么办法去死比较好',
    '希望这次能死成',
    '只想再划深一点',
    '昨天划得最深',
    '烟头烫手臂的时候心里反而安静了',
    '我没吃，一直攒着，已经攒了半瓶了',
    '刚刚已经割下去了，地板都红了',
    '开始挨个跟身边的人道谢了，他们都以为我是突然懂事了',
  ];
  it.each(atLeastHigh)('reads %s as high or imminent', (text) => {
    expect(['high', 'imminent']).toContain(assessRisk(text).level);
  });
  const imminent: string[] = [
    '今晚十一点，等爸妈睡着我就去河边自杀。信在书桌上',
    '药就在手边，吃完就能死了',
    '一个一个跟朋友说了再见，大家都以为我是开玩笑',
  ];
  it.each(imminent)('reads %s as imminent', (text) => {
    expect(assessRisk(text).level).toBe('imminent');
  });
  const none: string[] = [
    '他说要去河边自杀',
    '我去图书馆查自杀的资料',
    '去网上搜自杀率',
    '我的脑子里只有一个想法：睡觉',
    '想用一种最省钱的方式去旅游',
    '游戏里这次能死成吗',
    '存钱罐攒了半瓶硬币了',
    '攒了半瓶星星了',
    '切菜的时候刀划得很深',
    '烟头烫了沙发',
    '刚刚割开了包装',
    '婚礼上挨个跟亲戚道谢',
    '感冒药下肚了，睡一觉',
    '我妈以为我是开玩笑的，其实我是真的要出国',
  ];
  it.each(none)('reads %s as none', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });
});
