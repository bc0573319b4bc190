/**
 * PII families added in round 14 (from the misses on the outside-QA-style set train-2026-11l): a given name with
 * no surname after 我是/我叫, names in form and ticket fields, "my <private role> is <Name>", "I'm Zoe if that
 * matters", a WeChat id named after WeChat was mentioned, possessive "her QQ was", UK/Canadian postcodes after
 * a comma, lower-case and ordinal birthdays with bday cues, and public-service numbers (police, campus
 * security, 保卫处) kept. Each row is a variant written here, not a line of the bench sets. Positives must come
 * out with exactly these spans; hard negatives must come out untouched.
 */
import { describe, expect, it } from 'vitest';
import { findPii } from '../../../src/safety/index.ts';
import { expectPiiSpans, expectWellFormedSpans } from '../../support/pii-spans.ts';

describe('PII families, round 14', () => {
  it.each<[string, Array<[string, string]>]>([
    // A two-character given name with no surname after 我是/我叫, before what a self-introduction goes on with.
    ['我是雨桐，大二，室友都睡了', [['NAME', '雨桐']]],
    ['我叫宇辰，今年16岁', [['NAME', '宇辰']]],
    ['嗨，我是靜宜，在台中念書', [['NAME', '靜宜']]],
    ['我是可馨，研一，导师很凶', [['NAME', '可馨']]],
    // Form and ticket fields, after a colon or a space.
    [
      '乘车人 周若溪 身份证 110101199003078515',
      [
        ['NAME', '周若溪'],
        ['ID', '110101199003078515'],
      ],
    ],
    ['乘机人：韩梓萱，航班晚点了', [['NAME', '韩梓萱']]],
    ['就诊人 林晓 女 23岁 科室心内科', [['NAME', '林晓']]],
    ['患者姓名：王建国 性别：男', [['NAME', '王建国']]],
    [
      '联系人 陈红 电话 0571-88886666',
      [
        ['NAME', '陈红'],
        ['PHONE', '0571-88886666'],
      ],
    ],
    ['持卡人 赵一鸣 卡号尾号看不清', [['NAME', '赵一鸣']]],
    // "my <private role> is <Name>" / "my <role> <Name>".
    ['my midwife is Claire and she is lovely', [['NAME', 'Claire']]],
    ['my health visitor Anne came by today', [['NAME', 'Anne']]],
    ['my social worker is Dev Patel, he never calls back', [['NAME', 'Dev Patel']]],
    ['my counsellor is Ruth.', [['NAME', 'Ruth']]],
    ['my nanny Rosa quit', [['NAME', 'Rosa']]],
    // "I'm <Name>" before a hedge.
    ["I'm Zoe if that matters", [['NAME', 'Zoe']]],
    ["I'm Priya lol, anyway", [['NAME', 'Priya']]],
    ["I'm Tom (17) and scared", [['NAME', 'Tom']]],
    // A WeChat id named after WeChat came up; "was" as the verb.
    ['WeChat is all anyone uses here, my ID is jake_in_sh88.', [['WECHAT', 'jake_in_sh88']]],
    ['we talked on WeChat for months, her username was mei_mei2001', [['WECHAT', 'mei_mei2001']]],
    ['加了她微信，她的号是lily_0312', [['WECHAT', 'lily_0312']]],
    ['my wechat was lily_2003 before I changed it', [['WECHAT', 'lily_2003']]],
    // Possessive QQ with was.
    ['her QQ was 3086471259 and she blocked me', [['QQ', '3086471259']]],
    ['his qq number was 55512345', [['QQ', '55512345']]],
    // UK and Canadian postcodes after a comma.
    ['he knows I live at 14 Albert Road, SW11 4NJ.', [['ADDRESS', '14 Albert Road, SW11 4NJ']]],
    ['it was 22 Baker St, NW1 6XE I think', [['ADDRESS', '22 Baker St, NW1 6XE']]],
    ['send it to 12 King St W, M5H 2N2 please', [['ADDRESS', '12 King St W, M5H 2N2']]],
    // Birthdays: lower-case months, bday / b-day cues, ordinals.
    ['my bday is july 9th 2006 and nobody cared', [['DOB', 'july 9th 2006']]],
    ['b-day: the 3rd of march 2001', [['DOB', '3rd of march 2001']]],
    ['bday is 9/7/2006', [['DOB', '9/7/2006']]],
    ['my bday is october 21st, just saying', [['DOB', 'october 21st']]],
    ['born on may 5th, 2003 in Leeds', [['DOB', 'may 5th, 2003']]],
    // A private number next to a public one: only the private one goes.
    [
      'her phone is 617-555-0164 and goes to voicemail. campus police is 617-353-2121',
      [['PHONE', '617-555-0164']],
    ],
    ['617-555-0164 is my dad who is police', [['PHONE', '617-555-0164']]],
    ['my police officer friend is 617-555-0199', [['PHONE', '617-555-0199']]],
    ['campus police is 13812345678', [['PHONE', '13812345678']]],
    // A mobile in groups next to a hotline: the 4-4-5 card pattern must not start inside the mobile's groups.
    ['138 1234 5678 18111，', [['PHONE', '138 1234 5678']]],
  ])('%s', (text, expected) => {
    expectPiiSpans(text, expected as Array<[string, string]>);
  });

  it.each([
    // Roles and words after 我是/我叫, and grades that are not names.
    '我是大三，今年21岁',
    '我是学渣，今年高三',
    '我是女生，今年20岁',
    '我是宝妈，来自河南',
    '我是本科，大三',
    // Form words followed by no name.
    '患者于昨日入院，病情稳定',
    '患者很多，医生忙不过来',
    '病人家属 说不清楚',
    // Roles and nationalities that are not names.
    'my therapist is great',
    'my nurse is lovely',
    "I'm Irish if that matters",
    "I'm Black if that matters",
    // English words after WeChat, and an ID with no WeChat in sight.
    'wechat is banned here',
    'her WeChat was blocked for a week',
    'my student ID is abc12345',
    // Public service numbers, before or after the service's name.
    'campus security: 020 7946 0000',
    '617-353-2121 is campus police',
    'call 617-353-2121 (campus police)',
    'the police non-emergency number is 0161 496 0000',
    '保卫处电话 010-62751331',
    '010-62751331是保卫处的吗',
    // A month name inside a word, and a birthday party.
    'the seminar 12, 2006 was long',
    'my bday party is july 9th',
  ])('%s → untouched', (text) => {
    expect(findPii(text)).toEqual([]);
  });

  it('round 14 families: 10,000-character inputs stay fast', () => {
    const inputs = [
      'WeChat my ID is '.repeat(700),
      '乘车人 何'.repeat(2000),
      '我是思妤，'.repeat(2000),
      'campus police is 6'.repeat(600),
      'my bday is july 9'.repeat(600),
      "I'm Zoe if ".repeat(1000),
      '58 Holloway Rd, N7 '.repeat(600),
      'her QQ was '.repeat(1000),
      'my midwife is Claire '.repeat(500),
    ].map((s) => s.slice(0, 10000));
    for (const text of inputs) {
      const spans = findPii(text);
      expectWellFormedSpans(text, spans);
    }
  });
});
