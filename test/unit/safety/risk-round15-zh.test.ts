/**
 * Round 15 (Chinese and mixed, from the misses of train-2026-11m): families with variants that are not in
 * the benchmark sets, and hard negatives for each. Rules only (the learned model switched off).
 */
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/safety/index.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

describe('crisis families, round 15 zh (painless asks, sideways wishes, burden, overdose by amount, edges, affairs, Cantonese and TW forms) — rules only', () => {
  useRulesOnly();
  it.each([
    // asking for a death without pain or rescue
    ['哪种方法自杀最不痛啊', 'high'],
    ['哪一种方式比较救不回来', 'high'],
    ['有没有什么办法能走得体面一点', 'high'],
    ['想找个方法去死', 'high'],
    // active wishes said sideways
    ['好想把自己从这个世界上抹掉', 'high'],
    ['想直接从世界上下线', 'high'],
    ['我想去见阎王了', 'high'],
    ['想用死来报复他们', 'high'],
    // passive wishes
    ['要是那场意外死的是我就好了', 'low'],
    ['如果明天早上没醒过来，也挺好', 'low'],
    ['就这样死掉了也算一种解脱', 'low'],
    ['老天别让我再醒过来了', 'low'],
    ['要是当初没生我，他们早就离婚了', 'low'],
    // burden
    ['家里少了我，他们会轻松很多', 'low'],
    ['我死了的话，我妈就不用这么累了', 'low'],
    ['我整天拖累家人', 'low'],
    // hopelessness (also traditional and Cantonese forms)
    ['活着就像是一种惩罚', 'low'],
    ['人生要是能注销就好了', 'low'],
    ['人生有乜意思', 'low'],
    ['如果人生可以按取消訂閱就好了', 'low'],
    // overdose by amount, edges and water, a cut bleeding
    ['把一整板安眠药都吞了', 'imminent'],
    ['药都吃完了，四十片', 'imminent'],
    ['我往江里走了，水已经到胸口了', 'imminent'],
    ['割开了，流了好多血', 'imminent'],
    ['我现在在长江大桥上', 'high'],
    // self-harm urges, giving away, a knife with thoughts, a last day with resolve
    ['又想拿刀片了', 'high'],
    ['又开始self harm了', 'high'],
    ['把我的书都寄给同学了，反正以后用不到了', 'high'],
    ['狗狗谁领养一下，我以后养不了了', 'high'],
    ['想死，刀已经在手上了', 'imminent'],
    ['遗书写好了，今天是最后一天，我已经决定了', 'imminent'],
    // hard negatives
    ['哪种打耳洞的方式最不痛', 'none'],
    ['怎么走去地铁站最快', 'none'],
    ['想把这个账号从世界上删掉', 'none'],
    ['周末别让我醒了，让我睡到中午', 'none'],
    ['要是那天车祸没把他救回来就惨了', 'none'],
    ['公司少了我照样转，所以放心请假', 'none'],
    ['这个手游玩腻了，人生第一次想直接卸载退出', 'none'],
    ['刚吃完了一整盒饼干', 'none'],
    ['感冒药吃完了，瓶子空了，要去买', 'none'],
    ['下暴雨了，水到腰了，车都泡了', 'none'],
    ['在海边玩，鞋子脱了踩沙滩', 'none'],
    ['我现在在江边跑步', 'none'],
    ['想拿美工刀拆快递', 'none'],
    ['旧衣服都捐了，反正以后也穿不下', 'none'],
    ['刀在手上，正在切菜', 'none'],
    ['切水果不小心割开了，流了好多血', 'none'],
    ['今天是最后一天，明天开学', 'none'],
    ['我已经决定了，去北京读研', 'none'],
    ['演唱会前一晚激动到想死', 'none'],
    ['面试前紧张得想死，结果过了', 'none'],
    ['我同学发了仅自己可见的动态说想死，我很担心她', 'none'],
    ['我把游戏账号送给表弟了，因为下个月要去当兵', 'none'],
    ['那年生意失败，确实想过一了百了，后来把债还清了，现在开了个小店，日子还行', 'none'],
  ] as const)('%s → %s', (text, want) => {
    expect(assessRisk(text).level).toBe(want);
  });
});
