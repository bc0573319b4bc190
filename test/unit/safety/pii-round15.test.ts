/**
 * PII families added in round 15 (from the misses on the outside-evaluator-style set train-2026-11m): a Latin given
 * name after 英文名, a private person introduced by a role and 叫 (有个学生叫…, 有个叫…的同学), an address that goes on
 * after a comma with a landmark and the estate's position (…477号，华星大厦对面那个小区7栋…: one address, one span),
 * "WeChat, ID is …", an id after a search word (wx 搜 …), full-width QQ/WeChat cues and ids, and numbers an outside
 * evaluator would try: mobiles in financial numerals (壹叁玖…), partly in digits and partly in Chinese numerals, and
 * split over words (139，中间1234，最后5678). Each row is a variant written here, not a line of the bench sets.
 * Positives must come out with exactly these spans; hard negatives must come out untouched.
 */
import { describe, expect, it } from 'vitest';
import { findPii } from '../../../src/safety/index.ts';
import { expectPiiSpans, expectWellFormedSpans } from '../../support/pii-spans.ts';

describe('PII families, round 15', () => {
  it.each<[string, Array<[string, string]>]>([
    // A Latin given name after 英文名 (叫/是/：), also after a Chinese full name.
    [
      '我男朋友叫赵子轩，英文名Ryan，异地两年了',
      [
        ['NAME', '赵子轩'],
        ['NAME', 'Ryan'],
      ],
    ],
    [
      '我叫王敏，英文名叫Cathy，在上海上班',
      [
        ['NAME', '王敏'],
        ['NAME', 'Cathy'],
      ],
    ],
    ['他英文名叫 Tony ，其实人挺好', [['NAME', 'Tony']]],
    ['我的英文名是Kevin Zhang，同事都这么叫', [['NAME', 'Kevin Zhang']]],
    ['英文名：Michelle，今年大三', [['NAME', 'Michelle']]],
    ['my English name is Vincent, 中文名不方便说', [['NAME', 'Vincent']]],
    // A private person introduced by a role and 叫 (a third party named by a role).
    ['这里是刘老师，我们班有个学生叫孙一鸣，最近日记里写想消失', [['NAME', '孙一鸣']]],
    ['我有个同事叫何思远，天天被领导骂', [['NAME', '何思远']]],
    ['班上有个女生叫许晴晴，被孤立了', [['NAME', '许晴晴']]],
    ['有个病人叫周建国，今年65岁', [['NAME', '周建国']]],
    ['有个男生叫Jason，老是欺负我', [['NAME', 'Jason']]],
    ['有个叫李明的同学打我', [['NAME', '李明']]],
    ['我认识一个叫小雨的女孩，她也抑郁', [['NAME', '小雨']]],
    // An address written on after a comma: landmark + position + estate + building (one span).
    [
      '外卖帮我送到宁波市鄞州区天童南路588号，万达广场对面那个小区3栋1单元1201，我两天没出门了',
      [['ADDRESS', '宁波市鄞州区天童南路588号，万达广场对面那个小区3栋1单元1201']],
    ],
    [
      '我住在南京市鼓楼区中山路321号，新街口旁边那个小区5栋1单元301',
      [['ADDRESS', '南京市鼓楼区中山路321号，新街口旁边那个小区5栋1单元301']],
    ],
    [
      '地址是成都市武侯区人民南路四段9号，华西医院后面的小区3栋2单元1102',
      [['ADDRESS', '成都市武侯区人民南路四段9号，华西医院后面的小区3栋2单元1102']],
    ],
    [
      '寄到广州市天河区天河路385号，太古汇斜对面的公寓12栋1801',
      [['ADDRESS', '广州市天河区天河路385号，太古汇斜对面的公寓12栋1801']],
    ],
    [
      '我家在武汉市洪山区珞喻路1037号华中科技大学对面那个小区3栋',
      [['ADDRESS', '武汉市洪山区珞喻路1037号华中科技大学对面那个小区3栋']],
    ],
    // WeChat: "WeChat, ID is …", "WeChat ID = …", "(id: …)", an id after a search word, full-width cues and ids.
    ["add me on WeChat, ID is mia_ho93, I'm in Xiamen till Friday", [['WECHAT', 'mia_ho93']]],
    ['WeChat ID = jason_w_1988', [['WECHAT', 'jason_w_1988']]],
    ['my wechat (id: sunny_day7) is open', [['WECHAT', 'sunny_day7']]],
    ['wx 搜 Qyt-0417 就能加到我', [['WECHAT', 'Qyt-0417']]],
    ['微信搜 zhang_san99 加我', [['WECHAT', 'zhang_san99']]],
    ['vx搜一下 hello_kitty88', [['WECHAT', 'hello_kitty88']]],
    ['ｗｘ：ａｂｃ＿１２３', [['WECHAT', 'ａｂｃ＿１２３']]],
    ['微信：ｌｉｌｙ＿０３１２，备注树洞', [['WECHAT', 'ｌｉｌｙ＿０３１２']]],
    // QQ with full-width cue letters (and full-width digits).
    ['ＱＱ号：５８２０１９３７４，加的时候说是从这里来的', [['QQ', '５８２０１９３７４']]],
    ['ＱＱ：８８２０１９３４５', [['QQ', '８８２０１９３４５']]],
    ['Ｑ号：５９３０１７２４８', [['QQ', '５９３０１７２４８']]],
    ['Q号：593017248', [['QQ', '593017248']]],
    // Mobiles in financial numerals, partly in digits and partly in numerals, and split over words after a phone word.
    ['电话壹叁玖壹贰叁肆伍陆柒捌', [['PHONE', '壹叁玖壹贰叁肆伍陆柒捌']]],
    ['手机号：159 零七三一 2268', [['PHONE', '159 零七三一 2268']]],
    ['1三8 0013 8000 是我的号', [['PHONE', '1三8 0013 8000']]],
    ['电话前三位139，中间1234，最后5678', [['PHONE', '139，中间1234，最后5678']]],
    ['我手机是138 0013 和 8000', [['PHONE', '138 0013 和 8000']]],
    ['my number is 415 then 555 then 0132', [['PHONE', '415 then 555 then 0132']]],
    ['my phone number is 212, 555, 0198', [['PHONE', '212, 555, 0198']]],
    // Formats that already worked, kept here as checks: plus-tagged e-mails, links without a scheme, IPv6, IDs
    // ending in a lower-case x, mobiles in Chinese numerals and English words, mixed full/half-width digits.
    ['邮箱 lily.nguyen+therapy@gmail.com', [['EMAIL', 'lily.nguyen+therapy@gmail.com']]],
    ['my blog is medium.com/@sadgirl/post-1', [['URL', 'medium.com/@sadgirl/post-1']]],
    ['主页 weibo.com/u/123456789', [['URL', 'weibo.com/u/123456789']]],
    ['ip是 2408:8207:2440:5a60::1', [['IP', '2408:8207:2440:5a60::1']]],
    ['身份证号11010519491231002x', [['ID', '11010519491231002x']]],
    ['身份证：110105 19491231 002x', [['ID', '110105 19491231 002x']]],
    ['手机号一五九零七三一二二六八', [['PHONE', '一五九零七三一二二六八']]],
    ['电话 一三九 一二三四 五六七八', [['PHONE', '一三九 一二三四 五六七八']]],
    [
      'my number is one five nine zero seven three one two two six eight',
      [['PHONE', 'one five nine zero seven three one two two six eight']],
    ],
    ['电话 139１２３４5678 随时打', [['PHONE', '139１２３４5678']]],
  ])('%s', (text, expected) => {
    expectPiiSpans(text, expected);
  });

  it.each([
    // 英文名 without a Latin name, or a brand.
    '我想取个英文名，叫什么好',
    '英文名Apple是品牌',
    // 有个 + something that is not a person, or 叫 as "tell / call to".
    '有个学生叫什么来着我忘了',
    '有个地方叫黄山，风景很好',
    '有个人叫我别想太多',
    '有个游戏叫王者荣耀',
    '有个同学叫我滚',
    '有个老师叫我们写检讨',
    '有个病叫抑郁症',
    '有个孩子叫妈妈，我心都碎了',
    '有个叫高考的东西压得我喘不过气',
    '有个女生叫张，我忘了她全名',
    // A landmark after an address that is not part of it.
    '我住文三路附近，旁边那个小区很吵，3栋的狗一直叫',
    '华星大厦对面有家咖啡店，我常去',
    // WeChat words that are no ids.
    'I use WeChat, ID verification is annoying',
    'WeChat, ID card and passport all got stolen',
    '微信搜索 python教程',
    '微信搜 简单心理 公众号',
    'wx搜一下 happiness 就有',
    '微信搜一搜 depression',
    'wechat search for therapist near me',
    'my wechat account got banned',
    'wechat moments are toxic',
    // QQ words without a number.
    'qq等级 32',
    // Numbers that only look like a split phone number, and must-keep numbers.
    '手机用了139天，花了1234，最后5678',
    '手机139元，中间1234',
    '手机电量139，1234步，5678卡',
    'call the number 800 then 273 then 8255',
    'hotline number is 988, then press 1',
    '电话 400 161 9995',
    '他欠我一五九零块钱',
    '我一二三四五六七八九十都数过了',
    '订单号一五九零七三一二二六八',
    '会议室 10:30::开会',
  ])('leaves alone: %s', (text) => {
    expect(findPii(text)).toEqual([]);
  });

  it('round 15 families: 10,000-character inputs stay fast', () => {
    const inputs = [
      '电话139，中间'.repeat(1500),
      '手机 139 和 '.repeat(1300),
      'number 415 then '.repeat(700),
      '1三8 0013 '.repeat(1200),
      '壹叁玖壹'.repeat(2500),
      'wx 搜 Lmy-'.repeat(1300),
      'WeChat, ID is '.repeat(800),
      'ＱＱ号：７'.repeat(2000),
      '文三路477号，华星大厦对面那个'.repeat(700),
      '有个学生叫黄'.repeat(1700),
      '英文名Jason '.repeat(1000),
      '有个叫李明的'.repeat(1700),
      'ｗｘ：ａｂｃ＿'.repeat(1700),
    ].map((s) => s.slice(0, 10000));
    for (const text of inputs) {
      const spans = findPii(text);
      expectWellFormedSpans(text, spans);
    }
  });
});
