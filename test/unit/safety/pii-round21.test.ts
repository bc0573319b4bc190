/**
 * Round 21 (PII, known gaps): names after a role or relation word without 我叫 (小组长陈晓雨, 患者家属张涛, 班主任王立新老师,
 * 我舅舅，蒋振华，, 个叫钱梓豪的男生, 精神科的孙雅琴医生), English names after "name's" and 他/她叫, three-word Malaysian and
 * Singaporean names (Mr. Lim Wei Kiat, my friend Tan Mei Ling), house and room numbers in Chinese numerals
 * (珞喻路一百五十二号, 三单元五零二室), Hong Kong tails (第一期15樓1508室, "Flat C, 6/F, 152 … Street"), Irish Eircodes and
 * "Co. Cork", Malaysian "Lot 2231, Jalan …". Hard negatives: celebrities and fictional characters, role words alone,
 * titles after a surname only, room counts, dates, metro lines, order numbers, hotlines.
 */
import { describe, expect, it } from 'vitest';
import { findPii } from '../../../src/safety/index.ts';

const spans = (t: string) => findPii(t).map((s) => `${s.type}:${s.text}`);

describe('round 21 PII families: found', () => {
  it.each([
    // Names after a role word, anywhere in a sentence.
    ['小组长陈晓雨让大家填表', 'NAME:陈晓雨'],
    ['今天组长李文博说要加班', 'NAME:李文博'],
    ['我是患者家属张涛，我爸住院了', 'NAME:张涛'],
    ['班主任王立新老师说我退步了', 'NAME:王立新'],
    ['我们班长林达，人挺好的', 'NAME:林达'],
    ['心理咨询师周雨桐让我写日记', 'NAME:周雨桐'],
    // A name set off by a comma after 我 + a relation word.
    ['紧急联系人填的是我舅舅，蒋振华，他在长沙', 'NAME:蒋振华'],
    ['我的导师：李文博。', 'NAME:李文博'],
    // 个/位叫 X 的 + a person word.
    ['群主是个叫钱梓豪的男生', 'NAME:钱梓豪'],
    ['有一位叫林思远的同事总针对我', 'NAME:林思远'],
    // A three-character name before a title.
    ['精神科的孙雅琴医生人很好', 'NAME:孙雅琴'],
    ['后来找了张思远老师聊了一次', 'NAME:张思远'],
    // English.
    ["her name's Emily Tran and she hates me now", 'NAME:Emily Tran'],
    ['她叫Emily Tran，现在完全不理我', 'NAME:Emily Tran'],
    ['他叫 Jason，人很好', 'NAME:Jason'],
    ['my counsellor Dr. Aisha Rahman said to rest', 'NAME:Aisha Rahman'],
    ['Agent name Mr. Lim Wei Kiat, phone later', 'NAME:Lim Wei Kiat'],
    ['my friend Tan Mei Ling said no', 'NAME:Tan Mei Ling'],
    ['Mr Tan Ah Kow, 67, lives alone', 'NAME:Tan Ah Kow'],
    // Chinese-numeral house and room numbers.
    ['我们住在武汉市洪山区珞喻路一百五十二号', 'ADDRESS:武汉市洪山区珞喻路一百五十二号'],
    ['地址是中山路四十八号三单元五零二室', 'ADDRESS:中山路四十八号三单元五零二室'],
    ['珞喻路152号三单元五零二室', 'ADDRESS:珞喻路152号三单元五零二室'],
    ['寄到中山路一五二号', 'ADDRESS:中山路一五二号'],
    // Hong Kong tails.
    [
      '诊所在九龍旺角彌敦道688號旺角中心第一期15樓1508室，',
      'ADDRESS:九龍旺角彌敦道688號旺角中心第一期15樓1508室',
    ],
    [
      'I live at Flat C, 6/F, 152 Fuk Wing Street, Kowloon. Rent is high',
      'ADDRESS:Flat C, 6/F, 152 Fuk Wing Street, Kowloon',
    ],
    ['Flat 3A, 12/F, 8 Nathan Road, Tsim Sha Tsui', 'ADDRESS:Flat 3A, 12/F, 8 Nathan Road, Tsim Sha Tsui'],
    // Eircodes and "Co." counties; UK postcodes.
    [
      'the gaff at 3 Ashgrove Terrace, Ballincollig, Co. Cork P31 X2E4 and',
      'ADDRESS:3 Ashgrove Terrace, Ballincollig, Co. Cork P31 X2E4',
    ],
    ['12 Main Street, Dublin 2, D02 X285', 'ADDRESS:12 Main Street, Dublin 2, D02 X285'],
    ['58 Elm Grove, Sheffield S10 1FX', 'ADDRESS:58 Elm Grove, Sheffield S10 1FX'],
    // Malaysian lots.
    [
      'Hostel is Lot 2231, Jalan Haji Abdul Manan, 41200 Klang, 14 people',
      'ADDRESS:Lot 2231, Jalan Haji Abdul Manan, 41200 Klang',
    ],
  ])('%s', (text, want) => {
    expect(spans(text)).toContain(want);
  });
});

describe('round 21 PII families: kept', () => {
  it.each([
    '小组长说明天开会',
    '主角林黛玉很可怜',
    '班主任王老师说我退步了',
    '我们的任课老师人很好',
    '高年级老师也来了',
    '上一任老师走了',
    '王医生说要减药',
    '导演张艺谋的电影我都看过',
    'the lead actor Tom Hanks said it best',
    '一个叫王者荣耀的游戏',
    '我妈，张口就骂',
    '班长说了算',
    '家属陪同才能出院',
    '同事周末，都不回消息',
    '同事们都说我太敏感',
    "her name's not important",
    '新房子三室一厅，月供6,300',
    '修路十号完工',
    '解放路二十三号开业',
    '坐地铁一号线到中山路',
    '订单号一二三四五',
    'ticket D02 X285',
    'room 2, 3 bedrooms',
    'Flat 2, 3 people share one bathroom',
    'Lot 5 of the auction',
    '刚打完12356，接线员挺耐心的',
    '每次0.5mg，盒子里只剩12片',
  ])('%s', (text) => {
    expect(spans(text).filter((s) => !s.startsWith('PHONE:12356'))).toEqual([]);
  });
});
