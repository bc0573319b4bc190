/**
 * PII families added in round 18 (known misses): English names with a possessive or contraction (Ben's backup plan,
 * Jess'll call), Malaysian and Singaporean addresses (Jalan, Lorong, Persiaran, Taman, Blk … #05-67), Chinese addresses
 * given by a landmark and its side where someone lives or works (国贸中心东侧那栋楼3单元), letters-only WeChat ids after a
 * search word (微信搜 lilyzhang), and typos in the labels (微性, wexin, emial, 电化). Each row is a variant written here,
 * not a line of the bench sets. Positives must come out with exactly these spans; hard negatives must come out untouched.
 */
import { describe, expect, it } from 'vitest';
import { findPii } from '../../../src/safety/index.ts';
import { expectPiiSpans } from '../../support/pii-spans.ts';

describe('PII families, round 18 (known misses)', () => {
  it.each<[string, Array<[string, string]>]>([
    // Names with 's / 'll after an introduction or a role, or mid-sentence before a person's thing.
    ["I'm so sick of being Owen's backup, 3 years of it", [['NAME', 'Owen']]],
    ['honestly being Marco’s backup plan for 2 years broke me', [['NAME', 'Marco']]],
    ["she keeps checking Callum's texts at 2am", [['NAME', 'Callum']]],
    ["this is Anjali's number, she asked me to pass it on", [['NAME', 'Anjali']]],
    ["My friend Tess'll call you later tonight", [['NAME', 'Tess']]],
    ["don't worry, then Rory'll pick me up at 9", [['NAME', 'Rory']]],
    ["my therapist Dana's office moved to the 4th floor", [['NAME', 'Dana']]],
    // Singapore HDB blocks and Malaysian roads.
    [
      'my address is Blk 218 Bedok North Ave 1 #07-42 Singapore 460218',
      [['ADDRESS', 'Blk 218 Bedok North Ave 1 #07-42 Singapore 460218']],
    ],
    [
      'send the parcel to Block 35 Tampines Street 21 #03-12, S520235 pls',
      [['ADDRESS', 'Block 35 Tampines Street 21 #03-12, S520235']],
    ],
    [
      'Blk 456 Jurong West St 42 #12-345 Singapore 640456, call before 6pm',
      [['ADDRESS', 'Blk 456 Jurong West St 42 #12-345 Singapore 640456']],
    ],
    [
      '我住在No. 17, Jalan Ampang 2/3, 50450 Kuala Lumpur，一个人',
      [['ADDRESS', 'No. 17, Jalan Ampang 2/3, 50450 Kuala Lumpur']],
    ],
    [
      'I live at 38 Lorong Maarof, Bangsar, 59000 Kuala Lumpur with my aunt',
      [['ADDRESS', '38 Lorong Maarof, Bangsar, 59000 Kuala Lumpur']],
    ],
    [
      'Send it to 9, Jalan SS2/71, Taman Bahagia, 47300 Petaling Jaya, Selangor',
      [['ADDRESS', '9, Jalan SS2/71, Taman Bahagia, 47300 Petaling Jaya, Selangor']],
    ],
    [
      'my ex stays at 14 Persiaran Gurney, 10250 George Town, Penang',
      [['ADDRESS', '14 Persiaran Gurney, 10250 George Town, Penang']],
    ],
    ['住槟城 Jalan Burma 第3巷 41号，很近', [['ADDRESS', '槟城 Jalan Burma 第3巷 41号']]],
    // Chinese landmark addresses with a side or a position, where someone lives or works.
    ['我住在国贸中心东侧那栋楼3单元，晚上很吵', [['ADDRESS', '国贸中心东侧那栋楼3单元']]],
    ['她上班的地方在银泰城西门旁边那栋写字楼12层', [['ADDRESS', '银泰城西门旁边那栋写字楼12层']]],
    ['我前男友住在人民公园南门斜对面的小区3栋', [['ADDRESS', '人民公园南门斜对面的小区3栋']]],
    [
      '地址写的是武汉市洪山区珞喻路与鲁磨路交叉口光谷广场北侧，快递员3点还打电话',
      [['ADDRESS', '武汉市洪山区珞喻路与鲁磨路交叉口光谷广场北侧']],
    ],
    // Letters-only WeChat ids after a search word; typos in the labels.
    ['微信搜 lilyzhou 就能找到我', [['WECHAT', 'lilyzhou']]],
    ['wx搜一下 xiaomaomi', [['WECHAT', 'xiaomaomi']]],
    ['vx搜索 moonriver 加我，备注树洞', [['WECHAT', 'moonriver']]],
    ['add me on WeChat: sunnydays', [['WECHAT', 'sunnydays']]],
    ['我的微性是 kiki_0923，加的时候说一下', [['WECHAT', 'kiki_0923']]],
    ['wexin: happy_cat77 有事找我', [['WECHAT', 'happy_cat77']]],
    ['my emial is tom dot reyes at proton dot me', [['EMAIL', 'tom dot reyes at proton dot me']]],
    ['我电化 8127 6650 晚上打', [['PHONE', '8127 6650']]],
  ])('%s', (text, expected) => expectPiiSpans(text, expected));

  it.each([
    "Mom's coming over later. God's plan I guess. Today's been bad.",
    "This is Today's problem, not tomorrow's",
    "I have Asperger's and my mom's worried about my 2 exams",
    "we watched Grey's anatomy till 3am",
    'my dad loves Trader Joe’s snacks, $12 a bag',
    "honestly Taylor's new album saved me this week",
    'we met at Wendy’s at 7',
    'I took the bus along Jalan Ampang for 3 hours',
    'Taman Negara trip was 5 days and cost RM 800',
    '明天在国贸站等你，3点',
    '我们约在万达广场北门见，下午2点',
    '国贸中心东侧那栋楼好像有12层吧',
    '搜一下 抑郁症 怎么办',
    '微信搜一下 depression 有很多文章',
    'WeChat search for anxiety articles, 3 of them helped',
    '微信搜 mindfulness',
    '我打了12356，又打了400-161-9995',
  ])('keeps %s', (text) => {
    expect(findPii(text)).toEqual([]);
  });
});
