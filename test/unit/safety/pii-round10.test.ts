/**
 * PII families added in round 10 (from the misses on the blind set train-2026-11i and older training lines):
 * each row is a variant written here, not a line of the bench sets. Positives must come out with exactly these
 * spans; hard negatives (public numbers, everyday words after the new cues, place names that start like a verb)
 * must come out untouched.
 */
import { describe, expect, it } from 'vitest';
import { findPii } from '../../../src/safety/index.ts';
import { expectWellFormedSpans } from '../../support/pii-spans.ts';

describe('PII families, round 10', () => {
  it.each<[string, Array<[string, string]>]>([
    // Mobiles written digit by digit, groups set off by dashes or dots.
    ['教练电话1 5 9 - 0 7 3 1 - 2 2 6 8一直打过来', [['PHONE', '1 5 9 - 0 7 3 1 - 2 2 6 8']]],
    ['号码 1 3 8 - 1 2 3 4 - 5 6 7 8 别外传', [['PHONE', '1 3 8 - 1 2 3 4 - 5 6 7 8']]],
    ['手机1-3-8-1-2-3-4-5-6-7-8', [['PHONE', '1-3-8-1-2-3-4-5-6-7-8']]],
    ['打 1 8 6 . 0 2 1 3 . 5 5 7 9 找我', [['PHONE', '1 8 6 . 0 2 1 3 . 5 5 7 9']]],
    // QQ with a particle or an English number word before it.
    ['能加我qq吗 806134529 我好孤独', [['QQ', '806134529']]],
    ['my qq number 95837164, only for games', [['QQ', '95837164']]],
    ['QQ no. 283746519 add me', [['QQ', '283746519']]],
    ['qq id: 5583920174', [['QQ', '5583920174']]],
    ['加个扣扣呗 3398127456', [['QQ', '3398127456']]],
    // Going or appointment words before an address are not part of it.
    ['我想预约南京市鼓楼区广州路264号那个门诊', [['ADDRESS', '南京市鼓楼区广州路264号']]],
    ['我明天要去杭州市西湖区文三路90号面试', [['ADDRESS', '杭州市西湖区文三路90号']]],
    ['她刚转院到上海市徐汇区宛平南路600号', [['ADDRESS', '上海市徐汇区宛平南路600号']]],
    ['来安县新安镇永阳路12号是我家', [['ADDRESS', '来安县新安镇永阳路12号']]],
    ['回民区中山西路8号3栋', [['ADDRESS', '回民区中山西路8号3栋']]],
    // Building codes in letters and digits, a room letter after the floor, units in Chinese numerals.
    [
      '我住深圳市南山区科技园南区高新南七道R2-B栋5楼公司宿舍',
      [['ADDRESS', '深圳市南山区科技园南区高新南七道R2-B栋5楼']],
    ],
    ['我家在成都市高新区天府软件园C3栋8楼', [['ADDRESS', '成都市高新区天府软件园C3栋8楼']]],
    ['公司在杭州市滨江区网商路A2-1号楼1203', [['ADDRESS', '杭州市滨江区网商路A2-1号楼1203']]],
    [
      '家住苏州市工业园区星湖街218号生物纳米园A4楼，35岁',
      [['ADDRESS', '苏州市工业园区星湖街218号生物纳米园A4楼']],
    ],
    [
      '寄到广州市天河区体育西路103号维多利广场B2座2805',
      [['ADDRESS', '广州市天河区体育西路103号维多利广场B2座2805']],
    ],
    ['北京市海淀区中关村大街27号A座1201', [['ADDRESS', '北京市海淀区中关村大街27号A座1201']]],
    [
      '我住福建省厦门市思明区莲前西路2号莲富大厦17楼D，有没有',
      [['ADDRESS', '福建省厦门市思明区莲前西路2号莲富大厦17楼D']],
    ],
    [
      '地址：上海市浦东新区张杨路500号华润时代广场12层B室',
      [['ADDRESS', '上海市浦东新区张杨路500号华润时代广场12层B室']],
    ],
    ['长沙市岳麓区麓山南路932号5楼B超室门口等我', [['ADDRESS', '长沙市岳麓区麓山南路932号5楼']]],
    ['长沙市开福区湘江中路1号3栋三单元1802', [['ADDRESS', '长沙市开福区湘江中路1号3栋三单元1802']]],
    // Schools and clinics after the street number; a dormitory or estate after a campus or landmark.
    ['孩子在广州市天河区天河北路90号实验小学上学', [['ADDRESS', '广州市天河区天河北路90号实验小学']]],
    ['孩子在南京市玄武区北京东路28号南师附中读高二', [['ADDRESS', '南京市玄武区北京东路28号南师附中']]],
    ['送到杭州市上城区解放路88号红星幼儿园门口', [['ADDRESS', '杭州市上城区解放路88号红星幼儿园']]],
    ['在北京市海淀区学院路30号附近的小学旁边', [['ADDRESS', '北京市海淀区学院路30号']]],
    [
      '这里是湖北省武汉市洪山区珞喻路1037号华中科技大学东区学生公寓12栋，我室友',
      [['ADDRESS', '湖北省武汉市洪山区珞喻路1037号华中科技大学东区学生公寓12栋']],
    ],
    [
      '我家是合肥市蜀山区长江西路100号万达广场旁边的阳光花园3栋2单元502',
      [['ADDRESS', '合肥市蜀山区长江西路100号万达广场旁边的阳光花园3栋2单元502']],
    ],
    [
      '西安市碑林区友谊西路127号西北工业大学友谊校区学生宿舍楼8号楼',
      [['ADDRESS', '西安市碑林区友谊西路127号西北工业大学友谊校区学生宿舍楼8号楼']],
    ],
    // Names: 名字 without 是, a message passed on, an English relation word after a Chinese pronoun, "im X my", records, fields.
    [
      '身份证440305198702167048，名字罗静，我想查',
      [
        ['ID', '440305198702167048'],
        ['NAME', '罗静'],
      ],
    ],
    ['名字是周子涵，今年16', [['NAME', '周子涵']]],
    ['他名字叫陈浩。', [['NAME', '陈浩']]],
    ['请转告小敏，我在青岛等她', [['NAME', '小敏']]],
    ['帮我告诉阿杰一声，我没事', [['NAME', '阿杰']]],
    ['最后一封信留给小棠：谢谢你', [['NAME', '小棠']]],
    ['转告林子轩我没事', [['NAME', '林子轩']]],
    ['我 boyfriend Jason Li 在美国', [['NAME', 'Jason Li']]],
    ['我的 roommate Emily 天天半夜打游戏', [['NAME', 'Emily']]],
    ['她 ex 张伟又来找她了', [['NAME', '张伟']]],
    [
      'Hi im Rosa my number is 210.555.0163',
      [
        ['NAME', 'Rosa'],
        ['PHONE', '210.555.0163'],
      ],
    ],
    ["I'm Priya my mom won't listen", [['NAME', 'Priya']]],
    [
      'to the clinic: Evan Price, DOB 1994-09-30, thanks',
      [
        ['NAME', 'Evan Price'],
        ['DOB', '1994-09-30'],
      ],
    ],
    [
      'Patient Maria Lopez, born 3/4/1990, asks for a refill',
      [
        ['NAME', 'Maria Lopez'],
        ['DOB', '3/4/1990'],
      ],
    ],
    ['Tom Reed, 34 y/o, referred by GP', [['NAME', 'Tom Reed']]],
    [
      '签名：Grace 陈，852-9417-3360',
      [
        ['NAME', 'Grace 陈'],
        ['PHONE', '852-9417-3360'],
      ],
    ],
    ['落款：Amy Zhang', [['NAME', 'Amy Zhang']]],
    // A landline without a public-service cue is redacted.
    ['又试了0571-85029595，排队排了20分钟', [['PHONE', '0571-85029595']]],
    ['我家座机0571-85029596', [['PHONE', '0571-85029596']]],
  ])('%s', (text, expected) => {
    const spans = findPii(text);
    expectWellFormedSpans(text, spans);
    expect(spans.map((s) => [s.type, s.text])).toEqual(expected);
  });

  it.each([
    // A landline named as a crisis or support line is a public number (the cue decides: no
    // unsourced list of regional numbers is kept).
    '杭州那个热线0571 8502 9595我存着',
    '南京危机干预中心 025-83712977 有人接吗',
    '上海心理热线021-64383562，还有962525',
    // Digits one by one that are not a mobile; QQ words without a number.
    '比分 1 - 3，3 - 5，下半场 2 - 1',
    '编号 1 3 8 1 2 3 4 5 6 7 8 9 0 不是手机',
    'qq群都退了，玩了3小时游戏',
    // Words after the new name cues.
    '名字很重要，别乱起',
    '我改名字了，以后叫我新名字',
    "I'm Sorry my mom won't listen",
    "I'm Done my life is over",
    '请告诉王老师我今天请假',
    '告诉小朋友们别怕',
    '我不敢告诉任何人，',
    '我想告诉小红书上的网友',
    '别告诉小区保安',
    '我不想告诉家人，也不想告诉医生。',
    '写给小时候的自己：',
    '告诉周围的人，',
    '把钱都交给高利贷，我完了',
    '交给上帝，',
    '告诉黎明，',
    '告诉小偷，',
    '告诉小姨我没事',
    '告诉爸爸，',
    '我 boss 今天又骂我了',
    '我 bf So sweet today',
    'Happy Birthday, DOB is tomorrow lol',
    'New York, born and raised',
    'Los Angeles, born and raised, moved here last year',
    '签名：Thanks，',
  ])('%s → untouched', (text) => {
    expect(findPii(text)).toEqual([]);
  });

  it('round 10 families: 10,000-character inputs finish with well-formed spans', () => {
    const inputs = [
      '1 5 9 - 0 '.repeat(1000),
      'qq吗 '.repeat(2500),
      '告诉小敏'.repeat(2500),
      '我 boyfriend Jason '.repeat(600),
      '名字罗静'.repeat(2500),
      '大厦对面小区'.repeat(1700),
      '生物纳米园A4'.repeat(1500),
      '想预约南京市'.repeat(1700),
      'Evan Price, '.repeat(900),
      '签名：Grace '.repeat(1000),
    ].map((s) => s.slice(0, 10000));
    for (const s of inputs) expectWellFormedSpans(s, findPii(s));
  });
});
