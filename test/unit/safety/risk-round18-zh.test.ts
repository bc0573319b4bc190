/**
 * Round 18 (zh, long tail of set 11p): self-harm told by the body part, poison and charcoal or exhaust readied,
 * deleting oneself, "宁可去死", Cantonese euphemisms, method asks, goodbyes and a pet handed over. Rules only (the
 * learned model is switched off). Every case is a paraphrase, not a benchmark line.
 */
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/safety/index.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

type Level = 'none' | 'low' | 'high' | 'imminent';

useRulesOnly();

describe('round 18 zh: risk families (rules only)', () => {
  const cases: Array<[string, Level]> = [
    // self-harm told by the body part, the depth or no room left
    ['昨晚又把手臂划了好几道', 'high'],
    ['我把大腿割了，没人知道', 'high'],
    ['我开始在胳膊内侧划，穿长袖就看不到', 'high'],
    ['又在腿上刻字了，刻完才舒服一点', 'high'],
    ['手臂上已经没地方下刀了', 'high'],
    ['前几天割得很深，现在还没好', 'imminent'], // an existing act rule reads the depth as an act
    // poison and charcoal or exhaust readied
    ['我把百草枯喝了一口', 'imminent'],
    ['把老鼠药掺进汤里了，等会儿喝', 'imminent'],
    ['胶带和木炭都放车里了', 'imminent'],
    ['尾气管已经接进车里了', 'imminent'],
    ['把炭盆端进卧室了，窗缝也封好了', 'imminent'],
    // deleting or logging off oneself
    ['真想把自己格式化了，人生这个系统没救了', 'high'],
    ['好想 delete 我自己', 'high'],
    ['我想永远下线，不是游戏，是我', 'high'],
    // rather die, Cantonese euphemisms
    ['再逼我去相亲我宁可去死', 'high'],
    ['我宁愿自杀', 'high'],
    ['好攰，真系想去卖咸鸭蛋', 'high'],
    ['我谂紧点样落手', 'high'],
    // method asks
    ['安眠药吞多少颗就能一睡不醒', 'high'],
    ['我要去找个足够高的楼', 'high'],
    ['最近老想着开车冲下山路', 'high'],
    ['药我都买好了，今晚回家就一口气全吞了', 'imminent'],
    // goodbyes, a letter placed, a pet handed over
    ['兄弟们下辈子再见', 'imminent'],
    ['我不想活了，给爸妈的话都录好了', 'imminent'],
    ['狗也托给表姐了，信压在书桌上', 'imminent'],
  ];
  it.each(cases)('%s → %s', (text, expected) => {
    expect(assessRisk(text).level).toBe(expected);
  });
});

describe('round 18 zh: hard negatives (rules only)', () => {
  const cases: Array<[string, Level]> = [
    ['切菜的时候把手指割了', 'none'],
    ['煎牛排把手臂烫了一下，起了个泡', 'none'],
    ['在手臂上划了一下，被猫抓的', 'none'],
    ['小时候割草把大腿划了，现在还有疤', 'none'],
    ['在手臂上刻了个纹身，超酷', 'none'],
    ['把老鼠药拌进米饭里放在墙角', 'none'],
    ['把敌敌畏兑水喷果树', 'none'],
    ['炭和锡纸都准备好了 周末烧烤', 'none'],
    ['尾气管接好了，修车师傅说没问题', 'none'],
    ['我想把自己的微博账号注销', 'none'],
    ['想永久下线这个游戏', 'none'],
    ['我妈想去卖咸鸭蛋赚点钱', 'none'],
    ['狗吃多少巧克力会没命', 'none'],
    ['想找个够高的地方看烟花', 'none'],
    ['期末考完了 高数下辈子见', 'none'],
    ['今晚我就走了，明天回老家', 'none'],
    ['给我妈的话我已经写好了，母亲节贺卡', 'none'],
    ['猫已经托给朋友了，出差一周', 'none'],
    ['把这堆烂代码一了百了地全删掉重写', 'none'],
    ['零食买了三包，回家就全吃了', 'none'],
  ];
  it.each(cases)('%s → %s', (text, expected) => {
    expect(assessRisk(text).level).toBe(expected);
  });
});
