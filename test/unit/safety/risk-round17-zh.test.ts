/**
 * Round 17, Chinese: everyday readings of risk words (families, not benchmark strings), rules alone.
 * Each family has paraphrases that must read `none` and risk said in the same domain that must still read.
 */
import { describe, expect, it } from 'vitest';
import { assessRisk, type ConversationTurn } from '../../../src/safety/index.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

const u = (content: string): ConversationTurn => ({ role: 'user', content });
const a = (content: string): ConversationTurn => ({ role: 'assistant', content });
const ASK = a('听起来你现在很难受，可以多说一点吗？');

useRulesOnly();

describe('a retraction with a concrete everyday reason ends the floor (zh)', () => {
  const cases: Array<[string, string, 'none' | 'low' | 'high' | 'imminent']> = [
    ['我想死', '哈哈不是啦，我是在吐槽今天的早八课', 'none'],
    ['真不想活了', '抱歉吓到你，在说健身教练的魔鬼课表，练完腿软而已', 'none'],
    ['活着好累真想死了算了', '不好意思，那是我们排练的小品台词，发错群了', 'none'],
    ['我把药都倒出来了', '不是不是，我在收拾药箱，过期的拿去扔', 'none'],
    ['我想结束这一切', '不是，是想结束这段关系，已经跟他说清楚了', 'none'],
    ['我把猫送人了', '放心，我要搬去杭州了，新房东不让养', 'none'],
    ['我把所有东西都送人了', '别担心，下个月出国留学，旧衣服都捐了', 'none'],
    ['今晚就是最后一晚了', '不好意思没说清楚，明天就搬到深圳了，在跟宿舍告别', 'none'],
    // Still risk: no reason, a serious reason, an act, or risk in the new turn.
    ['我想死', '不是啦', 'high'],
    ['我把所有东西都送人了', '放心，我很好', 'high'],
    ['我割了自己', '不是不是，我在切菜的时候划到了', 'high'],
    ['我想死', '不好意思，我在天台上了', 'imminent'],
  ];
  it.each(cases)('%s … %s → %s', (earlier, text, want) => {
    expect(assessRisk(text, [u(earlier), ASK]).level).toBe(want);
  });
});

describe('single-turn everyday readings (zh)', () => {
  const cases: Array<[string, 'none' | 'low' | 'high' | 'imminent']> = [
    // Someone in a role said it (护士长, 教练, 家长).
    ['护士长说“谁再排错班我就从楼上跳下去”，大家都笑了', 'none'],
    ['教练说再跑不进四分钟他就去跳楼', 'none'],
    ['家长担心孩子是不是想自杀，聊完才知道只是想去旅行', 'none'],
    ['医生开的药我一直没吃，全存着，准备今晚一次吃完', 'imminent'],
    ['医生说我有抑郁症，我真的不想活了', 'high'],
    // Missing someone, home or home food (想死…了).
    ['在国外半年了，想死了，想我妈做的红烧肉', 'none'],
    ['在外地读书，想死了，馋我妈包的饺子', 'none'],
    ['想死我妈了，过年一定回家', 'none'],
    ['一个人在国外，想死了，想结束这一切', 'high'],
    ['出国半年，天天想死，想我妈做的菜', 'high'],
    // 生死 is a topic, not a death.
    ['看完纪录片一直在想生死，觉得要让家人过得更好一点', 'none'],
    ['我死了家人会更轻松', 'low'],
    // Running over a bridge.
    ['刚在桥上跑完步，夜跑每天都经过那里', 'none'],
  ];
  it.each(cases)('%s → %s', (text, want) => {
    expect(assessRisk(text).level).toBe(want);
  });
});
