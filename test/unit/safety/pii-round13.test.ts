/**
 * PII families added in round 13 (from the misses on the outside-QA-style set train-2026-11k): Hong Kong and
 * Taiwan addresses and phones, 之N numbering, spaced names, recipient fields, a birth month without a day, a
 * spelled-out email, 13-digit cards in 4-4-5 groups, and a landline asked about as a hotline. Each row is a
 * variant written here, not a line of the bench sets. Positives must come out with exactly these spans; hard
 * negatives must come out untouched.
 */
import { describe, expect, it } from 'vitest';
import { findPii } from '../../../src/safety/index.ts';
import { expectPiiSpans, expectWellFormedSpans } from '../../support/pii-spans.ts';

describe('PII families, round 13', () => {
  it.each<[string, Array<[string, string]>]>([
    // Cantonese 喺 before an address is not part of it.
    ['我住喺九龍旺角彌敦道123號8樓C室，好嘈', [['ADDRESS', '九龍旺角彌敦道123號8樓C室']]],
    ['屋企喺香港灣仔軒尼詩道45號3樓', [['ADDRESS', '香港灣仔軒尼詩道45號3樓']]],
    // Hong Kong estates: 邨 / 屋苑 / 城 + a block (樓/閣/座) + a floor or flat.
    ['住沙田乙明邨明信樓1012室', [['ADDRESS', '沙田乙明邨明信樓1012室']]],
    ['住喺觀塘秀茂坪邨秀明樓12樓05室', [['ADDRESS', '觀塘秀茂坪邨秀明樓12樓05室']]],
    ['我屋企喺將軍澳尚德邨尚智樓2樓B室。', [['ADDRESS', '將軍澳尚德邨尚智樓2樓B室']]],
    ['地址：太古城3座12樓A室', [['ADDRESS', '太古城3座12樓A室']]],
    ['我住黃大仙竹園北邨蘭園樓1203', [['ADDRESS', '黃大仙竹園北邨蘭園樓1203']]],
    // Taiwan 樓之N and mainland 号之N, with a room after it.
    ['住台中市西屯區台灣大道三段99號12樓之1', [['ADDRESS', '台中市西屯區台灣大道三段99號12樓之1']]],
    ['高雄市苓雅區四維三路6號之5', [['ADDRESS', '高雄市苓雅區四維三路6號之5']]],
    ['我住佛山市禅城区祖庙路12号之二301房', [['ADDRESS', '佛山市禅城区祖庙路12号之二301房']]],
    ['新北市板橋區文化路一段188巷56弄3號2樓之3', [['ADDRESS', '新北市板橋區文化路一段188巷56弄3號2樓之3']]],
    // Hong Kong mobiles: a cue before (手提/手機/電話) or a contact word after (WhatsApp, 搵我, 係我手提).
    ['手提 9123 4567，唔該', [['PHONE', '9123 4567']]],
    ['我手機 6612 3344，得閒打俾我', [['PHONE', '6612 3344']]],
    ['5123-8890 搵我', [['PHONE', '5123-8890']]],
    ['9876 5432 係我手提', [['PHONE', '9876 5432']]],
    ['6021 7788 WhatsApp 或者 Signal 都得', [['PHONE', '6021 7788']]],
    // A name written with spaces between its characters.
    ['我叫 王 芳，今年三十', [['NAME', '王 芳']]],
    ['名字叫 陈 小 明。', [['NAME', '陈 小 明']]],
    // A name in a recipient or contact field.
    ['收件人写刘思远，电话留我的', [['NAME', '刘思远']]],
    ['联系人填张伟，别告诉我妈', [['NAME', '张伟']]],
    ['收货人：李娜', [['NAME', '李娜']]],
    ['紧急联系人是陈晓东，', [['NAME', '陈晓东']]],
    // A Latin given name with a Chinese full name after a self-introduction.
    ['我是Kelvin 陳家豪。', [['NAME', 'Kelvin 陳家豪']]],
    ['hi 我叫Amy 周敏，第一次来', [['NAME', 'Amy 周敏']]],
    ['我叫麦嘉欣，', [['NAME', '麦嘉欣']]],
    // Year and month of birth before a birth word.
    ['我是2001年11月出生的', [['DOB', '2001年11月']]],
    ['1988年12月生人，属龙', [['DOB', '1988年12月']]],
    ['她2005年3月份出生', [['DOB', '2005年3月']]],
    // The date right after a today-is-my-birthday clause.
    ['今天是我生日，3月5号，一个人过', [['DOB', '3月5号']]],
    ['明天是她的生日，十月二号', [['DOB', '十月二号']]],
    // An email spelled out after an email cue.
    ['my email is sam dot lee at gmail dot com', [['EMAIL', 'sam dot lee at gmail dot com']]],
    ['email: tom_w [at] outlook [dot] com thanks', [['EMAIL', 'tom_w [at] outlook [dot] com']]],
    ['邮箱 wang.lei at qq dot com', [['EMAIL', 'wang.lei at qq dot com']]],
    // 13-digit cards in 4-4-5 groups (Luhn-checked).
    ['old card 4929 4053 23524 still works?', [['BANKCARD', '4929 4053 23524']]],
    ['卡号4929-4053-23524', [['BANKCARD', '4929-4053-23524']]],
    // A landline that is not named as a hotline stays redacted.
    ['020-81234567 是我家座机', [['PHONE', '020-81234567']]],
    ['020-81234567 是我家里的热线', [['PHONE', '020-81234567']]],
    ['打020-81234567没人接，热线都是骗人的', [['PHONE', '020-81234567']]],
  ])('%s', (text, expected) => {
    expectPiiSpans(text, expected as Array<[string, string]>);
  });

  it.each([
    // A landline asked about or named as a hotline right after it is a public number.
    '这个 020-81899121 是广州的心理援助热线吗？',
    '0571-85029595就是杭州的心理危机热线对吧',
    '025-83712977是不是南京的危机干预中心',
    '0161 496 0001 is the Samaritans helpline, right?',
    // Estates, floors and numbers without a flat.
    '禾輋邨好多老人家',
    '我住喺禾輋邨，好近火車站',
    '这个城市有1200万人',
    '之三是什么意思',
    // Eight digits that are scores or orders.
    '我考了6348 2710分',
    '订单号 6348 2710 找我',
    // Empty fields and words after the new cues.
    '收件人写清楚，别写错',
    '联系人是我妈',
    '我是麦当劳的店员',
    '我是Sorry 王,',
    '2020年3月生病了',
    '今天是我生日，但没人记得',
    '今天是我生日，12月的最后一周',
    '我是麦子的粉丝',
    // "at … dot com" without an email cue, and 13 digits that fail Luhn.
    'look at google dot com',
    'my email is down, look at gmail dot com',
    '1234-5678-90123',
  ])('%s → untouched', (text) => {
    expect(findPii(text)).toEqual([]);
  });

  it('round 13 families: 10,000-character inputs stay fast', () => {
    const inputs = [
      '沙田禾輋邨豐和樓'.repeat(1250),
      '城'.repeat(10000),
      'email is ' + 'a dot '.repeat(2000),
      '63482710 WhatsApp '.repeat(550),
      '收件人写王'.repeat(2000),
      '我叫 李 '.repeat(2000),
      '我是Ray 何'.repeat(1400),
      '1999年5月'.repeat(1250),
      '020-81899120 是'.repeat(700),
      '5樓之2'.repeat(2000),
    ].map((s) => s.slice(0, 10000));
    for (const text of inputs) {
      const spans = findPii(text);
      expectWellFormedSpans(text, spans);
    }
  });
});
