/**
 * Round 23b (zh): families from set 11v-zh, rules only. Numbness, relief of others once I'm gone, being a burden,
 * no meaning or difference in living (incl. Cantonese), wishing to sleep forever, stay ill or that the plane falls, no
 * future; slang for ending oneself, leaving this world, following someone who died; a death day, pills by the strip,
 * pills with effect and apology, savings handed over with affairs settled, a last call, choosing a method, skin with no
 * room left, steering off, a car at the edge, a life "logged off", 鼠 for 死, a blade in hand with resolve, waiting for
 * family to leave, gone after a named time, a time and place with everything ready. Each with everyday hard negatives.
 */
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/safety/index.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

describe('round 23b zh families (rules only)', () => {
  useRulesOnly();
  const imminent: string[] = [
    '明天就是我的忌日了',
    '刚吃了两排安定',
    '吞了很多 眼前发黑 别怪我',
    '积蓄都打给我弟了 该交代的都交代了',
    '狗狗托付给邻居了 存款也转给我妈了 房间也收拾干净了',
    '给我妈打了最后一通电话 她不知道',
    '车停在江边了 想着一脚油门冲下去',
    '手里握着刀片 这次真的要动手了',
    '等室友都睡着了我就动手',
    '过了今晚我就不在了',
    '明晚 桥上 都准备好了',
    '周日去那个悬崖 票买好了',
  ];
  it.each(imminent)('reads %s as imminent', (text) => {
    expect(assessRisk(text, []).level).toBe('imminent');
  });
  const high: string[] = [
    '干脆把自己弄没算了',
    '真想把自己送走',
    '不想再留在这个世上了',
    '这人间我不愿再待下去',
    '老伴没了 我也想跟着他去了',
    '查了很多种方法 没决定用哪种',
    '在想用什么方式走比较干净',
    '打算过 还没定日子',
    '大腿上已经没有一块好地方了',
    '方向一偏冲下去就一了百了',
    '人生这个号想永久下线',
    '真想鼠了 天天都这么想',
    '我想自己了断',
  ];
  it.each(high)('reads %s as high', (text) => {
    expect(assessRisk(text, []).level).toBe('high');
  });
  const low: string[] = [
    '整个人空空的 什么都感觉不到了',
    '每天活得像个空壳 麻木得很',
    '要是我没了 他们估计也会好过点',
    '我要是消失了 家里应该就能轻松点',
    '病了只会拖累孩子 这把老骨头还活着有啥用',
    '唔知活落去为咗咩',
    '不知道这样的日子还有什么意义',
    '我这个人存不存在都没差',
    '有冇我都冇分别',
    '总觉得自己没有存在的必要',
    '希望睡过去就别醒了',
    '要是能一直睡下去该多好',
    '每次起飞都盼着飞机出事算了',
    '真希望就这样一直病下去',
    '要是我得个绝症走了也好',
    '以后就是一片灰暗',
    '反正也不会好起来了 算了',
  ];
  it.each(low)('reads %s as low', (text) => {
    expect(assessRisk(text, []).level).toBe('low');
  });
  const none: string[] = [
    '打了麻药 嘴巴什么都感觉不到',
    '这家公司就是个空壳',
    '房贷是家里最大的负担',
    '他赌博拖累了全家',
    '这个旧手机还留着干啥',
    '活下去为了什么 这是今天辩论的辩题',
    '这样的会议有什么意义',
    '明天的会有没有我都一样 我就不去了',
    '这个功能没有存在的必要',
    '周末希望睡一觉就不醒了 睡到自然醒',
    '坐飞机好怕它掉下来 希望千万别出事',
    '希望一直病下去 就不用考试了',
    '队伍长得看不到头',
    '这天气反正也不会变好了',
    '想把自己送到机场',
    '不想待在这个城市了',
    '我妈走了 我想跟她一起走回家',
    '今天是我爷爷的忌日',
    '明天交不了稿就是我的忌日 哈哈',
    '吃了两排维生素',
    '吃了好多 头好晕 对不起妈妈 下次不喝那么多酒了',
    '下周搬家 猫送给楼下阿姨了 房间也收拾干净了',
    '存款转给我妹 让她帮我交首付',
    '工作上该交代的都交代了 明天休假',
    'wifi密码写在纸上贴冰箱了',
    '出国前跟爸妈打了最后一个电话 他们不知道我已经登机了',
    '查了好多种方法 还没决定用哪个 减肥好难',
    '在想用什么方式走比较快 坐高铁还是飞机',
    '婚礼计划过 但还没想好哪天',
    '蚊子咬得大腿上都没有好地方了',
    '方向盘一打撞上去就完了 幸好刹住了',
    '车停在湖边了 想开进去洗车',
    '好想养仓鼠',
    '手里拿着刀在切菜',
    '等爸妈出门了就动手大扫除',
    '今晚过后我就不在这个公司了',
    '今晚十二点 江边 烟花 都安排好了',
    '周六早上去那个山崖 车票买好了 徒步',
    '我想自己了结这件事',
    // someone else's words stay theirs
    '我朋友说他不想再待在这世上了',
    '我姐总说她的未来就是一片黑',
    '奶奶说她这把老骨头还留着干啥',
  ];
  it.each(none)('reads %s as none', (text) => {
    expect(assessRisk(text, []).level).toBe('none');
  });
});
