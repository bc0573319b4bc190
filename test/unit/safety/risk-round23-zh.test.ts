/**
 * Round 23 zh (set 11u-zh): families from the outside evaluator's round, rules only. Slang for killing oneself
 * (鲨/嘎 自己, 自sha, wxzs), life "restarted" said to be serious, burning or poking oneself with an object, thinking
 * out how to end oneself, not waking up, hopelessness and burden in new wordings (Cantonese included), leaving the
 * world or walking into the water, wishing for a crash, steering off the road, pills counted, means at hand with
 * "想好了，就今晚". All lines below are our own paraphrases; each family has everyday hard negatives.
 */
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/safety/index.ts';
import { readsAs } from '../../support/level-cases.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

describe('round 23 zh families (rules only)', () => {
  useRulesOnly();
  const imminent: string[] = [
    '刀片就在手边 我想好了 就今晚',
    '安眠药放在枕头下 我想好了，就现在',
    '药拿出来数了好几遍 够了',
    '我把藥攞晒出嚟，數咗好幾次，夠晒',
    '今晚就去重开，认真的，不是开玩笑',
  ];
  readsAs('imminent', imminent);
  const atLeastHigh: string[] = [
    '我想把自己嘎了，真的',
    '好想鲨了我自己',
    '自sha这个念头一直甩不掉',
    'wxzs 不敢打全',
    '杀了自己的想法又冒出来了',
    '我打算去重开了，认真的，不是在玩',
    '想去重开 没开玩笑',
    '拿烟头烫自己的手臂',
    '用圆规扎手背 扎出血才停',
    '用打火机烧手臂 停不下来',
    '脑子里都是怎么了结自己的画面',
    '一直在想从哪跳下去最快',
    '想紧点样先唔会痛',
    '要是我走了，用哪种方法家里人最好接受',
    '我真的会想不开，最近总在查什么样的方法',
    '点样可以再也不醒过来',
    '我想主动离开这个世界',
    '想把自己交给江水',
    '往河里一跳就解脱了',
    '开车上桥总想把方向盘一打冲出去',
  ];
  readsAs('>=high', atLeastHigh);
  const atLeastLow: string[] = [
    '要是明天睡过去不用再醒该多好',
    '希望哪天闭上眼就不要再睁开眼了多好',
    '我活着就是在浪费粮食',
    '这种日子还有什么盼头',
    '人活着究竟为了啥',
    '每天这么熬着到底是为了什么',
    '前途看不到一丝希望',
    '我这个人已经没有什么未来可言',
    '我仲有咩将来',
    '活住真係冇意思',
    '每天活成一具行尸走肉',
    '没有我这个废物他们会轻松很多',
    '我这种人不在了家里就清净了',
    '我这样的人不如没了算了',
    '被后面的货车撞了也好',
    '出场车祸什么的 他们才会心疼',
    '希望体检查出癌，这样就不用再撑了',
  ];
  readsAs('>=low', atLeastLow);
  const none: string[] = [
    '游戏里我想把自己嘎了重来',
    '我打算去重开了，认真的，那家店下个月重新营业',
    '存档坏了，我想去重开，认真的',
    '不小心用针扎到手指了',
    '用圆规扎橡皮玩',
    '拿小刀刻橡皮章',
    '教程：如何结束自己的演讲才漂亮',
    '要是明天不用早起就好了',
    '要是周末不用被闹钟叫醒就好了',
    '怎么才能不再半夜醒来',
    '我想主动离开这个公司',
    '这场比赛看不到一点希望了',
    '人活着到底图啥，图个开心呗',
    '熬夜三天，我就像行尸走肉',
    '没有我帮忙他们也过得很好',
    '下周我请假，没有我你们也能轻松搞定',
    '把自己交给大海，这个夏天去冲浪',
    '前面路口想要不要方向打过去超车',
    '药拿出来数了几遍，够吃一个月了，给奶奶备的',
    '这把刀就在手边，切菜很方便',
    '连着加班一周，像个行尸走肉，周末必须补觉',
    '暑假没有我在家，爸妈会轻松很多，我去实习了',
    '我想好了，就今晚去吃火锅',
  ];
  readsAs('none', none);
  // "如果我死了" alone stays low (an existing passive rule); asking how the funeral is held adds no method.
  it('keeps a funeral arrangement below high', () => {
    expect(assessRisk('如果我死了用什么方式办葬礼，我想简单点', []).level).toBe('low');
  });
});
