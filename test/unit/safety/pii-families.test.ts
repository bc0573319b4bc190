/**
 * PII families added in round 4 (from the misses on lines written blind): each row is a variant written
 * here, not a line of the bench sets. Positives must come out with exactly these spans; hard negatives
 * (numbers that stay intact, everyday words that look like names, links and dates that are not personal)
 * must come out untouched.
 */
import { describe, expect, it } from 'vitest';
import { findPii, redact } from '../../../src/safety/index.ts';
import { expectWellFormedSpans } from '../../support/pii-spans.ts';

/** Spans lie inside the text, in order, without overlap, and each `text` is what it covers. */
describe('PII families, round 4', () => {
  it.each([
    ['我爸叫张建华，他每天都喝酒', [['NAME', '张建华']]],
    ['我男朋友叫黄子轩，分手三个月了', [['NAME', '黄子轩']]],
    ['我的班主任叫刘海波。', [['NAME', '刘海波']]],
    ['我表姐叫许晴晴，她在广州', [['NAME', '许晴晴']]],
    ['我奶奶杨秀兰上个月走了', [['NAME', '杨秀兰']]],
    ['我同事李明轩天天抢功劳', [['NAME', '李明轩']]],
    ['我领导郑国栋说我不行', [['NAME', '郑国栋']]],
    ['我前妻赵丽把孩子带走了', [['NAME', '赵丽']]],
    [
      '紧急联系人：王淑芬 13912345678',
      [
        ['NAME', '王淑芬'],
        ['PHONE', '13912345678'],
      ],
    ],
    ['我弟叫小杰，今年十岁', [['NAME', '小杰']]],
    ['我闺蜜叫甜甜，她也抑郁', [['NAME', '甜甜']]],
    ['我叫阿娟，今年35岁', [['NAME', '阿娟']]],
    ['我叫乐乐，在读大二', [['NAME', '乐乐']]],
    ['我叫诸葛明月，高三', [['NAME', '诸葛明月']]],
    ['我叫阿依古丽，维吾尔族', [['NAME', '阿依古丽']]],
    ['我叫扎西多吉，在拉萨工作', [['NAME', '扎西多吉']]],
    ['我叫Kevin，是一名程序员', [['NAME', 'Kevin']]],
    ['我是Jessica。', [['NAME', 'Jessica']]],
    ["my sister's name is Olivia and she's 15", [['NAME', 'Olivia']]],
    ['his name is Daniel Kim, he bullies me', [['NAME', 'Daniel Kim']]],
    ['my best friend Chloe stopped talking to me', [['NAME', 'Chloe']]],
    ['my therapist Dr. Patel said I should journal', [['NAME', 'Patel']]],
    ['my ex-boyfriend Tyler keeps texting me', [['NAME', 'Tyler']]],
    ['my husband is Mark Johnson and he yells', [['NAME', 'Mark Johnson']]],
    ['I talked to Mr. Henderson about my grades', [['NAME', 'Henderson']]],
    ['hey, Sofia here, I need to vent', [['NAME', 'Sofia']]],
    ["my name is José and I'm from Mexico", [['NAME', 'José']]],
    ["I'm Zoë, nice to meet you", [['NAME', 'Zoë']]],
    ['my coworker 王磊 keeps taking credit', [['NAME', '王磊']]],
    ['my grandma Rosa passed away last week', [['NAME', 'Rosa']]],
    [
      '上海市浦东新区世纪大道100号环球金融中心68楼',
      [['ADDRESS', '上海市浦东新区世纪大道100号环球金融中心68楼']],
    ],
    [
      '北京市朝阳区建国门外大街1号国贸大厦A座2301',
      [['ADDRESS', '北京市朝阳区建国门外大街1号国贸大厦A座2301']],
    ],
    ['广州市海珠区新港西路135号中山大学南校区', [['ADDRESS', '广州市海珠区新港西路135号中山大学南校区']]],
    [
      '深圳市福田区深南大道6008号特区报业大厦B座15楼',
      [['ADDRESS', '深圳市福田区深南大道6008号特区报业大厦B座15楼']],
    ],
    ['杭州市余杭区文一西路969号阿里巴巴西溪园区', [['ADDRESS', '杭州市余杭区文一西路969号阿里巴巴西溪园区']]],
    ['南京市玄武区中山路18号德基广场二期1502室', [['ADDRESS', '南京市玄武区中山路18号德基广场二期1502室']]],
    ['地址是新北市板橋區文化路一段188巷5弄3號4樓', [['ADDRESS', '新北市板橋區文化路一段188巷5弄3號4樓']]],
    ['寄到台中市西屯區台灣大道三段99號', [['ADDRESS', '台中市西屯區台灣大道三段99號']]],
    [
      '我住在成都市高新区天府大道与锦城大道交叉口 金融城 3栋 1201',
      [['ADDRESS', '成都市高新区天府大道与锦城大道交叉口 金融城 3栋 1201']],
    ],
    [
      '我家在西安市雁塔区小寨东路与长安路十字路口 紫薇花园 5号楼 2单元 602',
      [['ADDRESS', '西安市雁塔区小寨东路与长安路十字路口 紫薇花园 5号楼 2单元 602']],
    ],
    ['学校地址是武汉市洪山区珞喻路129号武汉大学信息学部', [['ADDRESS', '武汉市洪山区珞喻路129号武汉大学']]],
    [
      '麻烦送到苏州市工业园区星湖街328号创意产业园A座',
      [['ADDRESS', '苏州市工业园区星湖街328号创意产业园A座']],
    ],
    ['我家住在济南市历下区泉城路180号附2号3单元501', [['ADDRESS', '济南市历下区泉城路180号附2号3单元501']]],
    ['I live at 221 W Main St, Springfield, IL 62701', [['ADDRESS', '221 W Main St, Springfield, IL 62701']]],
    [
      'send it to 900 NE Broadway Plaza, Portland, OR 97232',
      [['ADDRESS', '900 NE Broadway Plaza, Portland, OR 97232']],
    ],
    ["we're at 45 Queen Street, Auckland 1010", [['ADDRESS', '45 Queen Street, Auckland 1010']]],
    [
      'my flat is 3 Station Road, Headingley, Leeds LS6 3HB',
      [['ADDRESS', '3 Station Road, Headingley, Leeds LS6 3HB']],
    ],
    ['Ivy Court, 7-9 Mill Lane, Oxford OX1 2AB', [['ADDRESS', 'Ivy Court, 7-9 Mill Lane, Oxford OX1 2AB']]],
    [
      'Flat 4B, 12/F, Tower 3, Laguna City, Kwun Tong',
      [['ADDRESS', 'Flat 4B, 12/F, Tower 3, Laguna City, Kwun Tong']],
    ],
    [
      'Rm 805, Block C, Kornhill Gardens, Quarry Bay',
      [['ADDRESS', 'Rm 805, Block C, Kornhill Gardens, Quarry Bay']],
    ],
    ["j'habite au 8 Avenue Victor Hugo, 75016 Paris", [['ADDRESS', '8 Avenue Victor Hugo, 75016 Paris']]],
    ['my address is 42 Calle de Alcalá, 28014 Madrid', [['ADDRESS', '42 Calle de Alcalá, 28014 Madrid']]],
    ['Hauptstraße 12, 10115 Berlin is where I live', [['ADDRESS', 'Hauptstraße 12, 10115 Berlin']]],
    ['看我的视频 bilibili.com/video/BV1GJ411x7h7 吧', [['URL', 'bilibili.com/video/BV1GJ411x7h7']]],
    ['my tiktok is tiktok.com/@sadboi_99', [['URL', 'tiktok.com/@sadboi_99']]],
    ['see github.com/janedoe/diary for my notes', [['URL', 'github.com/janedoe/diary']]],
    ['我的知乎 zhihu.com/people/xiao-ming-88 都是吐槽', [['URL', 'zhihu.com/people/xiao-ming-88']]],
    ['发在 douban.com/people/12345678/ 了', [['URL', 'douban.com/people/12345678/']]],
    ['加我微信呀 happy_day99', [['WECHAT', 'happy_day99']]],
    ['V: lily_moon2020', [['WECHAT', 'lily_moon2020']]],
    ['wx：summer_sky_7 加我', [['WECHAT', 'summer_sky_7']]],
    ['我的Q：123456789', [['QQ', '123456789']]],
    ['Q号 987654321 加我', [['QQ', '987654321']]],
    ['Q: 10293847', [['QQ', '10293847']]],
    ['她生日是3月8号', [['DOB', '3月8号']]],
    ['我生日12月25日，圣诞节', [['DOB', '12月25日']]],
    ['我生日是农历正月初一', [['DOB', '农历正月初一']]],
    ['生日：农历腊月初八', [['DOB', '农历腊月初八']]],
    ['他生于1988年七月七日', [['DOB', '1988年七月七日']]],
    ['出生年月日：一九九九年十二月三十一日', [['DOB', '一九九九年十二月三十一日']]],
    ['my birthday is on July 4th', [['DOB', 'July 4th']]],
    ['DOB: 12 March', [['DOB', '12 March']]],
    ['birthday: Dec 25', [['DOB', 'Dec 25']]],
    ['my dob is 03/15/1992', [['DOB', '03/15/1992']]],
    ['call my cell +852 6123 4567', [['PHONE', '+852 6123 4567']]],
    ['my number in Singapore is +65 9123 4567', [['PHONE', '+65 9123 4567']]],
    ['reach me on +49 30 1234 5678', [['PHONE', '+49 30 1234 5678']]],
    ['her Australian mobile +61 423 456 789', [['PHONE', '+61 423 456 789']]],
    ['French number +33 6 12 34 56 78', [['PHONE', '+33 6 12 34 56 78']]],
    ['office (212) 555-0199 ext 12', [['PHONE', '(212) 555-0199 ext 12']]],
    ['座机 021—6438 1234', [['PHONE', '021—6438 1234']]],
    ['电话０２１　６４３８　１２３４', [['PHONE', '０２１　６４３８　１２３４']]],
    ['手机 139　1234　5678', [['PHONE', '139　1234　5678']]],
    ['+86-0755-2691 3378', [['PHONE', '+86-0755-2691 3378']]],
    ['my landline is 01632 960 123', [['PHONE', '01632 960 123']]],
    ['call me on 0161 496 0123', [['PHONE', '0161 496 0123']]],
    ['my HK number is 9123 4567', [['PHONE', '9123 4567']]],
    ['phone: 6234 5678', [['PHONE', '6234 5678']]],
    ['Amex 3782 822463 10005 was stolen', [['BANKCARD', '3782 822463 10005']]],
    ['card 3056 930902 5904 declined', [['BANKCARD', '3056 930902 5904']]],
    ['ssn: 078 05 1120', [['SSN', '078 05 1120']]],
    ['my ssn is 219-09-9999', [['SSN', '219-09-9999']]],
  ] as const)('%s', (text, expected) => {
    const spans = findPii(text);
    expect(spans.map((s) => [s.type, s.text])).toEqual(expected.map(([type, value]) => [type, value]));
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it.each([
    '我妈天天让我早点睡',
    '我爸高兴得不得了',
    '我妈周末来看我',
    '我男朋友马上就到',
    '我室友常常半夜哭',
    '我老板曾经说过我很有潜力',
    '我同学高考考了600分',
    '我姐姐妹妹都结婚了',
    '我爷爷奶奶身体都不好',
    '我妈叫我回家吃饭',
    '我老师叫我们写检讨',
    '我叫了外卖，好饿',
    '我叫救护车，在楼下等',
    '我叫什么名字不重要',
    '叫我怎么办才好',
    '我朋友说她也很累',
    '我老公钱都花光了',
    '我哥哥们都不理我',
    '我妈严厉的时候很吓人',
    '我爸毛病太多了',
    'my mom is Korean and strict',
    'my dad is American',
    'my sister Is annoying',
    'my boyfriend And I broke up',
    "my friend Google said it's fine",
    'Mr. President is on TV',
    'I miss You so much',
    'my mom Christmas shopping spree',
    'hi, Sorry here again',
    'her name is not important',
    "my doctor said I'm fine",
    'I live in Beijing and study at 清华大学',
    '我在北京市海淀区上学',
    '我家在学院路附近',
    '我们约在中山路12号楼下的星巴克',
    'from 2019 to 2021 I lived in London',
    "I'm 25, born in 1999",
    '生日快乐！',
    '过生日那天我哭了',
    '我生日会在5月20号办',
    '下周一3月8号开会',
    '我们11月3号分手的',
    'my birthday party is on March 3',
    'the deadline is May 20',
    'km/h and mg/kg and 24/7',
    'node.js/react and TCP/IP',
    'use v1.2/3.4 please',
    'file report.pdf/docx',
    'see e.g./i.e. above',
    'Q1 2024 results were bad',
    'Q3财报出来了',
    'Q 1234 is not an id',
    'Q&A session at 3pm',
    '打了12356和400-161-9995',
    'call 988 or 116 123',
    'Samaritans 2389 2222',
    'phone number is 110 or 120',
    'call 911 now',
    'the number 1000 is big',
    'my score is 8765 4321 points',
    'order number 1234 5678',
    'tracking number: 9400 1000 0000 0000 0000 00',
    '单号 1528 0396 7720 4411 5',
    '外卖订单 8821 3345 6677',
    '+1 more thing',
    '+5 points for that',
    '+20 30 40',
    'price ¥2600 per month',
    'PHQ-9 得分 15 分，每天 50mg',
    '22:30 睡，6:00 起',
    '0800 1111 Childline',
    'call 0808 808 4994',
  ])('%s → nothing redacted', (text) => {
    expect(redact(text).spans).toEqual([]);
  });

  it('names: a relation word followed by a common word is not a name, a name after it is', () => {
    expect(findPii('我妈天天骂我，我妈叫周丽，她天天骂我').map((s) => s.text)).toEqual(['周丽']);
    expect(findPii("my dad is American, my dad's name is Tom").map((s) => s.text)).toEqual(['Tom']);
  });

  it('order numbers: a group inside a longer grouped number after 单号/order is not a phone', () => {
    expect(findPii('单号 1528 0396 7720 4411 5，电话 0396 7720 4411')).toEqual([
      { type: 'PHONE', start: 28, end: 42, text: '0396 7720 4411' },
    ]);
  });

  it('10,000-character adversarial inputs finish with well-formed spans', () => {
    const inputs = [
      '我妈叫' + '张'.repeat(10000),
      '北京市海淀区学院路'.repeat(1200),
      '我妈妈我爸爸我室友'.repeat(1200),
      'my mom Aaaa Bbbb '.repeat(600),
      '15 Rue De La '.repeat(800),
      'a.b.c/'.repeat(1700),
      '生日一九八八年'.repeat(1500),
      'phone '.repeat(1700) + '1',
      '天津市南开区鞍山西道与白堤路交口 '.repeat(600),
    ].map((s) => s.slice(0, 10000));
    // No timing here (bench/safety.ts prints the cost of long inputs); a backtracking regex would
    // run into the test timeout. Spans stay inside the input, in order and apart.
    for (const s of inputs) expectWellFormedSpans(s, findPii(s));
  });
});

describe('PII families, round 5', () => {
  it.each([
    ['Thanks for reading. — Priya', [['NAME', 'Priya']]],
    ['thanks again, talk soon. Cheers, Marcus', [['NAME', 'Marcus']]],
    ['Kind regards, Hannah Lee', [['NAME', 'Hannah Lee']]],
    ['Best, Sam (they/them)', [['NAME', 'Sam']]],
    ['signing off —J. Whitfield', [['NAME', 'J. Whitfield']]],
    ['今天又哭了一场 —— 小北', [['NAME', '小北']]],
    ['谢谢你们听我说完——王晓雯', [['NAME', '王晓雯']]],
    ['好累啊~阿杰', [['NAME', '阿杰']]],
    ['我是新来的实习生，叫赵思远，最近压力很大', [['NAME', '赵思远']]],
    ['病历：林晓峰，男，45岁，失眠两年', [['NAME', '林晓峰']]],
    ['患者周敏、女、28岁', [['NAME', '周敏']]],
    ['我男朋友最近不对劲，他叫钱浩，怎么办', [['NAME', '钱浩']]],
    ['她叫周丽。我们是室友', [['NAME', '周丽']]],
    ['联系人：王建国（父亲）', [['NAME', '王建国']]],
    ['我是朵朵的妈妈，孩子最近不说话', [['NAME', '朵朵']]],
    ['我是小雨的家长', [['NAME', '小雨']]],
    ['卡号：6214 8301 2276 55193', [['BANKCARD', '6214 8301 2276 55193']]],
    ['加我QQ吧28491733', [['QQ', '28491733']]],
    ['我QQ小号95281736，大号被监控了', [['QQ', '95281736']]],
  ])('%s', (text, spans) => {
    expect(findPii(text).map((s) => [s.type, s.text])).toEqual(spans);
  });

  it.each([
    'Thanks, Doctor',
    'Love, Mom',
    'sorry for the rant — Anonymous',
    'i tried everything — Nothing works',
    'I just feel stuck — Honestly.',
    'thanks, everyone',
    'best, worst, whatever',
    'call 988 — Lifeline',
    'score 15 — Great',
    '我今天又失眠了——唉',
    '反正就这样吧——算了',
    '晚安——明天见',
    '谢谢你——小事一桩',
    '我是新来的，叫什么都行',
    '她叫我别哭',
    '他叫车来接我',
    '他叫了外卖',
    '我是孩子的妈妈',
    '我是他的妈妈',
    '订单号 1234 5678 9012 34567',
    '12356心理援助热线 — 24小时',
  ])('%s → untouched', (text) => {
    expect(findPii(text)).toEqual([]);
  });
});

describe('PII families, round 6', () => {
  it.each([
    // Names after a place or group + 的, a relation word and a verb, and more name cues.
    ['我是上海的周雨桐，最近睡不着', [['NAME', '周雨桐']]],
    ['我是三班的王浩。', [['NAME', '王浩']]],
    ['我是你们的志愿者韩雪，今晚值班', [['NAME', '韩雪']]],
    ['我老婆赵敏产后一直哭', [['NAME', '赵敏']]],
    ['我男朋友周凯出轨了', [['NAME', '周凯']]],
    ['我爸刘建军确诊了肺癌', [['NAME', '刘建军']]],
    [
      '我叫Kevin，中文名王凯文，在深圳',
      [
        ['NAME', 'Kevin'],
        ['NAME', '王凯文'],
      ],
    ],
    ['真名叫刘洋。', [['NAME', '刘洋']]],
    ['收款人名字：郑伟，拜托了', [['NAME', '郑伟']]],
    ['我叫阿Ben，做设计的', [['NAME', '阿Ben']]],
    ['叫我小Ken就好', [['NAME', '小Ken']]],
    ['我是五年级二班王子涵的妈妈', [['NAME', '王子涵']]],
    ['名片：黄志强｜销售总监', [['NAME', '黄志强']]],
    ['妈，是我，小北。手机没电了', [['NAME', '小北']]],
    ['我领导叫Kevin Zhang，天天加班', [['NAME', 'Kevin Zhang']]],
    ["hey it's me, Priya. can't sleep again", [['NAME', 'Priya']]],
    [
      "I'm Lena, Noah's dad asked me to write",
      [
        ['NAME', 'Lena'],
        ['NAME', 'Noah'],
      ],
    ],
    [
      "I'm Sam, he's Jordan, and we share a flat",
      [
        ['NAME', 'Sam'],
        ['NAME', 'Jordan'],
      ],
    ],
    ["I'm Aoife O'Sullivan, 22", [['NAME', "Aoife O'Sullivan"]]],
    ['Best,\nLaura Chen\nsent from my phone', [['NAME', 'Laura Chen']]],
    ['Regards, Omar Haddad | Team Lead', [['NAME', 'Omar Haddad']]],
    // Phones: Chinese numerals, an extension, a "my number" cue for eight digits, a country code before a mobile-like group.
    ['手机号：一五九 八八二三 四七一零', [['PHONE', '一五九 八八二三 四七一零']]],
    ['打幺三七幺二三四五六七八找我', [['PHONE', '幺三七幺二三四五六七八']]],
    ['desk line 555-0142 ext. 7', [['PHONE', '555-0142 ext. 7']]],
    ['office: 02-2345 6789 extension 21', [['PHONE', '02-2345 6789 extension 21']]],
    ['my office is (020) 7946 0018 x204', [['PHONE', '(020) 7946 0018 x204']]],
    ['我新号9123 4567，别存旧的', [['PHONE', '9123 4567']]],
    ['Herr Weber, +49 160 5551 2345', [['PHONE', '+49 160 5551 2345']]],
    [
      '电话 138 1234 5678 139 8765 4321',
      [
        ['PHONE', '138 1234 5678'],
        ['PHONE', '139 8765 4321'],
      ],
    ],
    // Addresses written on after a comma, a floor-room, an estate phase, a village.
    ['我住杭州市西湖区文三路90号，3栋502，楼下有便利店', [['ADDRESS', '杭州市西湖区文三路90号，3栋502']]],
    [
      '地址：广州市天河区天河路208号，天河城，5号楼1203',
      [['ADDRESS', '广州市天河区天河路208号，天河城，5号楼1203']],
    ],
    [
      '住成都市武侯区一环路与科华路交叉口，金茂府，二期3栋B座1801',
      [['ADDRESS', '成都市武侯区一环路与科华路交叉口，金茂府，二期3栋B座1801']],
    ],
    ['上海市徐汇区漕溪北路88号圣爱大厦12F-1208', [['ADDRESS', '上海市徐汇区漕溪北路88号圣爱大厦12F-1208']]],
    ['我家门牌是阳光花园3期8栋1202', [['ADDRESS', '阳光花园3期8栋1202']]],
    ['老家在湖南省邵阳市隆回县桃洪镇李家村5组', [['ADDRESS', '湖南省邵阳市隆回县桃洪镇李家村5组']]],
    ['现在住长沙市岳麓区麓山南路932号附近', [['ADDRESS', '长沙市岳麓区麓山南路932号']]],
    // Dates of birth: 生 after the date, Minguo years.
    ['奶奶1938年7月2日生，今年住院了', [['DOB', '1938年7月2日']]],
    ['我生日是民国79年10月3日', [['DOB', '民国79年10月3日']]],
  ])('%s', (text, spans) => {
    expect(findPii(text).map((s) => [s.type, s.text])).toEqual(spans);
  });

  it.each([
    // A phone is never cut out of a longer grouped number.
    '卡号6222 0212 3456 7890 1234 5',
    '6222-0212-3456-7890-1234-5',
    '账号 6217 0000 1381 2345 678 9',
    '编号 4821 1391 2345 678',
    // Chinese numerals, versions and sizes that are not phones.
    '一二三四五六七八九十',
    '一三五七九二四六八十一',
    'build 1234 5678x2',
    'room 1234 5678 x 2',
    '我的号是12356吗',
    // Not names.
    '我是班里的高个子，',
    '我是家里的老大，',
    '我是公司的老员工，',
    '我是这里的医生。',
    "it's me, again.",
    "God's mother",
    "she's American, and",
    '我们村有三组人',
    '小区3栋的人都认识我',
  ])('%s → untouched', (text) => {
    expect(findPii(text)).toEqual([]);
  });

  it('comma tails, group checks and numeral phones: 10,000-character inputs finish with well-formed spans', () => {
    const inputs = [
      '文三路90号，'.repeat(1500),
      '，3栋'.repeat(3500),
      '1234 '.repeat(2000) + '138 1234 5678',
      '一三'.repeat(5000),
      '县李家镇'.repeat(2500) + '村',
      '我是北京的'.repeat(2000),
      "it's me, ".repeat(1200),
      '555-0193 ext'.repeat(800),
    ].map((s) => s.slice(0, 10000));
    // No timing here (bench/safety.ts prints the cost of long inputs); a backtracking regex would
    // run into the test timeout. Spans stay inside the input, in order and apart.
    for (const s of inputs) expectWellFormedSpans(s, findPii(s));
  });
});

/**
 * Round 7, core audit against the specification: a grid of every type × common format × phrasing (zh and en),
 * at the start, middle and end of a message, next to Chinese characters and punctuation. These rows are
 * representative lines of that grid (the full grid is a scratch file, not part of the repository).
 */
describe('PII families, round 7 (core audit grid)', () => {
  it.each<[string, Array<[string, string]>]>([
    // Mobiles: spaces, dashes, dots, +86 / 0086 / (86), full-width, inside brackets.
    ['我的手机是13812345678，有事找我', [['PHONE', '13812345678']]],
    ['13812345678是我的号码', [['PHONE', '13812345678']]],
    ['手机13812345678微信同号', [['PHONE', '13812345678']]],
    ['有事联系（+86 138 1234 5678）。', [['PHONE', '+86 138 1234 5678']]],
    ['有事联系（+8613812345678）。', [['PHONE', '+8613812345678']]],
    ['有事联系(0086 13812345678)', [['PHONE', '0086 13812345678']]],
    ['电话(+86)13812345678', [['PHONE', '(+86)13812345678']]],
    ['call me at １３８ １２３４ ５６７８', [['PHONE', '１３８ １２３４ ５６７８']]],
    ['phone: +86-138-1234-5678', [['PHONE', '+86-138-1234-5678']]],
    // Landlines: area code in brackets, with +86 / 0086, extension.
    ['有事联系（010-82951333）。', [['PHONE', '010-82951333']]],
    ['有事联系（0755 8654 3210）', [['PHONE', '0755 8654 3210']]],
    ['电话：(0571)87654321', [['PHONE', '(0571)87654321']]],
    ['电话 0086-10-82951234', [['PHONE', '0086-10-82951234']]],
    ['Tel: +86-10-82951234', [['PHONE', '+86-10-82951234']]],
    ['办公室电话0571-87654321转123，', [['PHONE', '0571-87654321转123']]],
    // US and other numbers.
    ['text +14155550132 anytime', [['PHONE', '+14155550132']]],
    ['+447911123456 is my UK mobile', [['PHONE', '+447911123456']]],
    ['call me at 555-0132 tonight', [['PHONE', '555-0132']]],
    ['my number is 203.555.0112', [['PHONE', '203.555.0112']]],
    ['我香港电话852-9417-3360', [['PHONE', '852-9417-3360']]],
    ['台湾手机886-912-345-678', [['PHONE', '886-912-345-678']]],
    // IP addresses after words that end in "ver".
    ['server 192.168.1.23:8080', [['IP', '192.168.1.23']]],
    ['my driver box is 10.0.0.5', [['IP', '10.0.0.5']]],
    // Addresses.
    ['Hi, send it to 123 Main Street.', [['ADDRESS', '123 Main Street']]],
    ['address: 77 Elm Rd.', [['ADDRESS', '77 Elm Rd']]],
    ['I live at 12 Oak St. Apt 4B', [['ADDRESS', '12 Oak St. Apt 4B']]],
    [
      'I live at 1600 Pennsylvania Avenue NW, Washington, DC 20500.',
      [['ADDRESS', '1600 Pennsylvania Avenue NW, Washington, DC 20500']],
    ],
    ['send to 1 Infinite Loop, Cupertino, CA 95014', [['ADDRESS', '1 Infinite Loop, Cupertino, CA 95014']]],
    ['我家在天通苑东三区5号楼2单元301', [['ADDRESS', '天通苑东三区5号楼2单元301']]],
    ['我住在翠微苑南一区12号楼', [['ADDRESS', '翠微苑南一区12号楼']]],
    ['我住在成都高新区天府大道北段1700号', [['ADDRESS', '成都高新区天府大道北段1700号']]],
    ['地址：中山路东段5号', [['ADDRESS', '中山路东段5号']]],
    [
      '我住在九龍旺角彌敦道688號旺角中心一期12樓1205室',
      [['ADDRESS', '九龍旺角彌敦道688號旺角中心一期12樓1205室']],
    ],
    ['我住香港灣仔軒尼詩道123號', [['ADDRESS', '香港灣仔軒尼詩道123號']]],
    // Names in self-introductions: traditional surnames too; a title is not a name.
    ['我叫陳美玲，', [['NAME', '陳美玲']]],
    ['我是黃志明，想咨询一下', [['NAME', '黃志明']]],
    ['我的名字是劉德華。', [['NAME', '劉德華']]],
    ["This is Dr. Smith's office", [['NAME', 'Smith']]],
    // Dates of birth: year and month after a cue, a date before 生日.
    ['出生年月：1990年3月', [['DOB', '1990年3月']]],
    ['出生于1990年3月，', [['DOB', '1990年3月']]],
    ['born in March 1990', [['DOB', 'March 1990']]],
    ['DOB: 03/1990', [['DOB', '03/1990']]],
    ['我是1990年3月7号生日', [['DOB', '1990年3月7号']]],
    [
      "My name is Emily Chen, DOB 03/07/1990, SSN 123-45-6789, call me at (415) 555-0132 — or call 988 if it's bad. I take 50mg and paid $120.",
      [
        ['NAME', 'Emily Chen'],
        ['DOB', '03/07/1990'],
        ['SSN', '123-45-6789'],
        ['PHONE', '(415) 555-0132'],
      ],
    ],
  ])('%s', (text, expected) => {
    const spans = findPii(text);
    expectWellFormedSpans(text, spans);
    expect(spans.map((s) => [s.type, s.text])).toEqual(expected);
    // Idempotent: the redacted text has nothing left to redact.
    expect(findPii(redact(text).redacted)).toEqual([]);
  });

  it.each([
    // Hotlines written with a country code, and business numbers of Japan.
    '北京心理危机干预中心+86 10 8295 1332',
    '撒玛利亚会+852 2389 2222',
    'Samaritans +44 116 123',
    '0044 116 123',
    '台湾 +886 1925',
    '+86 400 161 9995',
    'Japan いのちの電話 0570-783-556',
    '+81 570 783 556',
    'free dial 0120-123-456',
    // Versions are not IP addresses; a birthday party is not a date of birth.
    '版本1.2.3.4',
    'version 10.0.19045.1',
    'my birthday party is on 2026年12月5日',
    '2026年12月5日生日会',
    'birthday cake on 12/05/2026',
    // Must-keep numbers next to phone-like cues.
    'call 988 now',
    'call me at 9:30',
    'text me at 741-741',
    'born in 1990',
    'score 1990-03',
    '我不知道3號的事',
  ])('%s → untouched', (text) => {
    expect(findPii(text)).toEqual([]);
  });

  it('round 7 families: 10,000-character inputs finish with well-formed spans', () => {
    const inputs = [
      '+1234567'.repeat(1300),
      '香港彌敦道1號'.repeat(1500),
      'call me at 555-'.repeat(700),
      '12 Oak St. '.repeat(1000),
      '1 Main St NW. '.repeat(800),
      '出生年月：1990年'.repeat(1000),
      '（+86'.repeat(2500),
      'server 1.2.3.'.repeat(800),
    ].map((s) => s.slice(0, 10000));
    for (const s of inputs) expectWellFormedSpans(s, findPii(s));
  });
});

/**
 * Round 9 (from the misses of the lines written blind as "train-2026-11h"): each row is a variant written here,
 * not a bench line. Positives come out with exactly these spans; hard negatives stay untouched.
 */
describe('PII families, round 9', () => {
  it.each<[string, Array<[string, string]>]>([
    // Mobiles split by slashes, underscores or every digit; numbers spelled out in English words.
    ['打我手机158/2231/9046，别打家里', [['PHONE', '158/2231/9046']]],
    ['手机号 139_0021_7788 随时打', [['PHONE', '139_0021_7788']]],
    ['手机 1 8 6 2 0 3 4 1 1 9 7 打我', [['PHONE', '1 8 6 2 0 3 4 1 1 9 7']]],
    [
      "my number's oh-two-oh, seven-nine-four-six, one-one-two-two",
      [['PHONE', 'oh-two-oh, seven-nine-four-six, one-one-two-two']],
    ],
    [
      'call me: nine one seven, five five five, two three one eight',
      [['PHONE', 'nine one seven, five five five, two three one eight']],
    ],
    [
      'reach me on four one five five five five zero one three two',
      [['PHONE', 'four one five five five five zero one three two']],
    ],
    // QQ written digit by digit; WeChat slang and ids with a dot.
    ['我的QQ是 2 7 4 4 1 0 9 3 8，加我', [['QQ', '2 7 4 4 1 0 9 3 8']]],
    ['绿泡泡 lily_0722，私聊', [['WECHAT', 'lily_0722']]],
    ['vx: xiao.mao_22 晚上在', [['WECHAT', 'xiao.mao_22']]],
    ['我的微信是 tom.lee88。', [['WECHAT', 'tom.lee88']]],
    // Names: mixed zh/en introductions, relation words in English, formal and forum self-names, 姓…名…, sign-offs.
    ['My name is 李思琪, from Toronto', [['NAME', '李思琪']]],
    ["I'm 阿杰, 25岁", [['NAME', '阿杰']]],
    ['this is 小Ken, again', [['NAME', '小Ken']]],
    ['my dad 叫 王建国，他喝酒', [['NAME', '王建国']]],
    ['我 boss 叫 Kevin Wu，每天骂我', [['NAME', 'Kevin Wu']]],
    ['my sister 叫 小雨, 13岁', [['NAME', '小雨']]],
    ['鄙人张伟。第一次发帖', [['NAME', '张伟']]],
    ['在下司马懿，请多指教', [['NAME', '司马懿']]],
    ['楼主：林晓，坐标成都', [['NAME', '林晓']]],
    ['署名：李华', [['NAME', '李华']]],
    ['签名档：林子轩 | 武大', [['NAME', '林子轩']]],
    [
      '我姓王，名叫晓东。',
      [
        ['NAME', '王'],
        ['NAME', '晓东'],
      ],
    ],
    ['大家叫我老王吧', [['NAME', '王']]],
    ['我叫柳如烟。', [['NAME', '柳如烟']]],
    ['我叫宁可馨，高二', [['NAME', '宁可馨']]],
    ['妈，我是阿杰，换号了', [['NAME', '阿杰']]],
    ['thanks for today\nLove Mia', [['NAME', 'Mia']]],
    ['ok bye\nxoxo Priya', [['NAME', 'Priya']]],
    ['Thanks, 小雨', [['NAME', '小雨']]],
    [
      'Cheers, 李华 (Lily)',
      [
        ['NAME', '李华'],
        ['NAME', 'Lily'],
      ],
    ],
    ['signed, a worried mum (Karen Doyle)', [['NAME', 'Karen Doyle']]],
    ["my dad, Peter Walsh, won't listen", [['NAME', 'Peter Walsh']]],
    ["hey it's Sam here, from yesterday", [['NAME', 'Sam']]],
    ["It's Nadia — I tried the breathing thing", [['NAME', 'Nadia']]],
    // Dates of birth: two-digit years in Chinese numerals, lunar months, a date before 是我生日, holidays with a year.
    ['我是零三年正月初六生的', [['DOB', '零三年正月初六']]],
    ['他是八五年十一月二号出生的', [['DOB', '八五年十一月二号']]],
    ['我生日腊月初八，', [['DOB', '腊月初八']]],
    ['冬月二十是我生日', [['DOB', '冬月二十']]],
    ['5月20号是我的生日，', [['DOB', '5月20号']]],
    ['生日03/21，白羊座', [['DOB', '03/21']]],
    ['born on Christmas Eve 1999, so', [['DOB', 'Christmas Eve 1999']]],
    ["DOB: Valentine's Day 2001", [['DOB', "Valentine's Day 2001"]]],
    // Addresses: dashed house numbers, a room after the house number, a district + place + building, villages with a
    // house number, AU unit/number, one-letter directions, HK flat/floor, one-word streets, SG blocks, PO Box postcodes.
    ['地址：成都市武侯区科华北路65-3号', [['ADDRESS', '成都市武侯区科华北路65-3号']]],
    ['我住在杭州市西湖区文三路90弄2号1203，', [['ADDRESS', '杭州市西湖区文三路90弄2号1203']]],
    ['他住海淀区中关村SOHO 3号楼，', [['ADDRESS', '海淀区中关村SOHO 3号楼']]],
    [
      '老家在江西省赣州市瑞金市沙洲坝镇大坪村3组17号',
      [['ADDRESS', '江西省赣州市瑞金市沙洲坝镇大坪村3组17号']],
    ],
    ['i live at 4/22 Beach Rd, Manly NSW 2095 now', [['ADDRESS', '4/22 Beach Rd, Manly NSW 2095']]],
    [
      'she lives at 51 King St E, Hamilton, ON L8N 1A1 and',
      [['ADDRESS', '51 King St E, Hamilton, ON L8N 1A1']],
    ],
    [
      'Flat C, 8/F, Wah Lok Building, 12 Sai Yeung Choi Street, Mong Kok is my place',
      [['ADDRESS', 'Flat C, 8/F, Wah Lok Building, 12 Sai Yeung Choi Street, Mong Kok']],
    ],
    ['Flat 2, 10 Broadway, London SW1H 0BG please', [['ADDRESS', 'Flat 2, 10 Broadway, London SW1H 0BG']]],
    [
      '88 Kingsway, Unit 5, Vancouver, BC V5T 3J1',
      [['ADDRESS', '88 Kingsway, Unit 5, Vancouver, BC V5T 3J1']],
    ],
    [
      'send it to Blk 123 Tampines Street 11, #04-56, Singapore 521123 thanks',
      [['ADDRESS', 'Blk 123 Tampines Street 11, #04-56, Singapore 521123']],
    ],
    ['PO Box 88, Auckland 1010, not my house', [['ADDRESS', 'PO Box 88, Auckland 1010']]],
    ['he lives at 3 Oak Court, Dublin 4 now', [['ADDRESS', '3 Oak Court, Dublin 4']]],
    // A year after the house number is not a room.
    ['中山路5号2024年开业', [['ADDRESS', '中山路5号']]],
  ])('%s', (text, expected) => {
    const spans = findPii(text);
    expectWellFormedSpans(text, spans);
    expect(spans.map((s) => [s.type, s.text])).toEqual(expected);
    expect(findPii(redact(text).redacted)).toEqual([]);
  });

  it.each([
    // Counts and words, not spelled numbers; codes, not phones.
    'one two three four five six seven eight nine zero',
    'I have one, two, three, four, five, six, seven reasons',
    '我的 order number 是 SO-20250612-0831',
    'ref AB-12345678 please',
    '日期2021/12/31',
    '价格 1/2 3/4',
    // Public service landlines after their institution's name; partial numbers.
    '杭州心理危机干预中心0571-85029595，我存了',
    '北京大学第六医院总机010-82801984',
    'the clinic: 0161 496 0000',
    'call the hospital on 020 7946 0018',
    '尾号4408',
    '139开头的号码',
    // Words that look like names after the new cues.
    "I'm 很累 today",
    "I'm 小学生 lol",
    '在下周末我去',
    '在下周一去医院',
    '叫我老婆吧',
    '我叫车了，',
    '我叫温柔点',
    '我是小白，不懂',
    '我是小透明。',
    '我是哥哥，',
    'thanks again\nBest Regards',
    'Best, 谢谢',
    'thanks (Again)',
    "It's Monday here",
    "it's Christmas — yay",
    'my friend, however, left',
    // Dates that are not birthdays; streets in passing.
    '九八年三月五号那天我们分手了',
    '他九一年十月二十八号去的北京',
    '生日会在3月5号',
    '生日还有3-4天',
    'we met on Christmas Day 2002',
    'I walked 5 miles down Main St W of the park',
    'scored 3 Broadway shows',
    '我们小区的3号楼下面',
  ])('%s → untouched', (text) => {
    expect(findPii(text)).toEqual([]);
  });

  it('round 9 families: 10,000-character inputs finish with well-formed spans', () => {
    const inputs = [
      'oh-seven-'.repeat(1200),
      ' one two'.repeat(1300),
      '我叫单'.repeat(3400),
      'Best, 张'.repeat(1500),
      '在下'.repeat(5000),
      "it's Jo ".repeat(1300),
      'Blk 305 Ang Mo Kio Ave 1, '.repeat(400),
      '朝阳区三里屯SOHO '.repeat(900),
      '张杨路1588弄3号'.repeat(900),
      '1 3 '.repeat(2500),
    ].map((s) => s.slice(0, 10000));
    for (const s of inputs) expectWellFormedSpans(s, findPii(s));
  });
});
