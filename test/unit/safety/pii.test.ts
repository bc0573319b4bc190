import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor, isValidResidentId, luhnValid, redact } from '../../../src/safety/index.ts';

describe('PII detectors', () => {
  it.each([
    ['我的手机号是13812345678', 'PHONE', '13812345678'],
    ['电话+86 139-1234-5678随时找我', 'PHONE', '+86 139-1234-5678'],
    ['手机：１３８１２３４５６７８', 'PHONE', '１３８１２３４５６７８'],
    ['家里电话021-64381234', 'PHONE', '021-64381234'],
    ['身份证号 11010519491231002X 别外传', 'ID', '11010519491231002X'],
    ['信用卡 4111 1111 1111 1111 被盗刷了', 'BANKCARD', '4111 1111 1111 1111'],
    ['email me at jane.doe@gmail.com', 'EMAIL', 'jane.doe@gmail.com'],
    ['看这个链接 http://t.cn/abc123', 'URL', 'http://t.cn/abc123'],
    ['server at 10.0.0.15 keeps crashing', 'IP', '10.0.0.15'],
    ['我的微信号是 lily_2023，加我', 'WECHAT', 'lily_2023'],
    ['QQ号：10086123', 'QQ', '10086123'],
    ['我住在北京市海淀区中关村大街27号3单元502室', 'ADDRESS', '北京市海淀区中关村大街27号3单元502室'],
    ['I live at 742 Evergreen Terrace', 'ADDRESS', '742 Evergreen Terrace'],
    ['我叫王小明，今年20岁', 'NAME', '王小明'],
    ['My name is Emily Carter and I am 17', 'NAME', 'Emily Carter'],
    ['出生日期：1995-08-17', 'DOB', '1995-08-17'],
    ['call me on 212-555-0187 tonight', 'PHONE', '212-555-0187'],
    ['my SSN is 123-45-6789', 'SSN', '123-45-6789'],
    // formats beyond the first ones
    ['座机(0755)86001234', 'PHONE', '(0755)86001234'],
    ['tel +1 (415) 555-0132', 'PHONE', '+1 (415) 555-0132'],
    ['my ip is 192.168.0.1.', 'IP', '192.168.0.1'],
    ['vx: abc_12345', 'WECHAT', 'abc_12345'],
    ['扣扣：123456789', 'QQ', '123456789'],
    ['寄到北京市朝阳区建国路88号2-3-1201 谢谢', 'ADDRESS', '北京市朝阳区建国路88号2-3-1201'],
    ['我家在成都市武侯区人民南路4段12号', 'ADDRESS', '成都市武侯区人民南路4段12号'],
    ['QQ1093847562、家庭住址浙江省杭州市西湖区文三路478号', 'ADDRESS', '浙江省杭州市西湖区文三路478号'],
    ['Flat 2, 10 Baker Street, London NW1 6XE', 'ADDRESS', 'Flat 2, 10 Baker Street, London NW1 6XE'],
    ['I live at 350 5th Avenue, New York, NY 10118', 'ADDRESS', '350 5th Avenue, New York, NY 10118'],
    [
      'home is No. 88 Tianhe Road, Tianhe District, Guangzhou, parents',
      'ADDRESS',
      'No. 88 Tianhe Road, Tianhe District, Guangzhou',
    ],
    ['我姓王，叫王磊', 'NAME', '王磊'],
    ["hi, i'm Sarah and i feel sad", 'NAME', 'Sarah'],
    ['my name is john smith', 'NAME', 'john smith'],
    ['生日：２００１年５月６日', 'DOB', '２００１年５月６日'],
    ['我是1995年3月12日出生的', 'DOB', '1995年3月12日'],
    ['the portal asks for my DOB, I type 07/04/2001', 'DOB', '07/04/2001'],
    ['I was born on 12th of March 1995', 'DOB', '12th of March 1995'],
    // 道 streets after a city/district or an address cue; a given name that is a common character; IP glued to its label
    ['地址是天津市和平区南京道88号3栋201', 'ADDRESS', '天津市和平区南京道88号3栋201'],
    ['我家住解放道12号，离学校近', 'ADDRESS', '解放道12号'],
    ['本人王来，想咨询一下', 'NAME', '王来'],
    ['我的名字是张和。', 'NAME', '张和'],
    ['客服说我的IP10.20.30.40异常', 'IP', '10.20.30.40'],
    // mobile groupings 4-4-3 / 3-3-5, dots, bracketed country code; landline extensions; US/UK formats
    ['打我电话+86-1979-5821-297吧', 'PHONE', '+86-1979-5821-297'],
    ['phone: 130 381 57667', 'PHONE', '130 381 57667'],
    ['手机192.7107.9588随时可以打', 'PHONE', '192.7107.9588'],
    ['号码是（+86）154-838-28440', 'PHONE', '（+86）154-838-28440'],
    ['reach me on ００８６１８７８９６６１７３６ please', 'PHONE', '００８６１８７８９６６１７３６'],
    ['电话：+8618766654397', 'PHONE', '+8618766654397'],
    ['单位电话：（020）2840 2286-71', 'PHONE', '（020）2840 2286-71'],
    ['固话+86 571 6394252转8016找我', 'PHONE', '+86 571 6394252转8016'],
    ['call me at 1-405-487-8458', 'PHONE', '1-405-487-8458'],
    ['my cell is 6973365660, text me', 'PHONE', '6973365660'],
    ['my mobile is 07445 548065', 'PHONE', '07445 548065'],
    ['call me on +44 (0)7700 900123 later', 'PHONE', '+44 (0)7700 900123'],
    // URLs end where Chinese text starts; bare short links; IPv6 shorthand; IPs with 119/112 inside
    ['你看这个https://t.cn/A6xYz里面说的', 'URL', 'https://t.cn/A6xYz'],
    ['我发在t.cn/R2bQ9kL了', 'URL', 't.cn/R2bQ9kL'],
    ['my ip is fe80::1ff:fe23:4567:890a.', 'IP', 'fe80::1ff:fe23:4567:890a'],
    ['服务器120.119.91.138连不上', 'IP', '120.119.91.138'],
    ['微信号码是wxid_abc123xyz。', 'WECHAT', 'wxid_abc123xyz'],
    // DOB with a two-digit year or d-Mon-yyyy; SSN spaced or plain after a cue
    ['我86年9月12号出生的', 'DOB', '86年9月12号'],
    ['Date of Birth: 4-Mar-1994', 'DOB', '4-Mar-1994'],
    ['SSN 398366925 was leaked', 'SSN', '398366925'],
    ['social security number: 104 36 2674', 'SSN', '104 36 2674'],
    // estates with or without a road; a hotline-like house number; AU/CA/PO Box addresses
    [
      '寄到深圳市南山区幸福弄767号锦绣新村12栋1401室就行',
      'ADDRESS',
      '深圳市南山区幸福弄767号锦绣新村12栋1401室',
    ],
    ['地址：云南省昆明市五华区金地公寓4栋3单元404室', 'ADDRESS', '云南省昆明市五华区金地公寓4栋3单元404室'],
    ['我住在深圳市南山区碧桂园20号楼2单元1502室', 'ADDRESS', '深圳市南山区碧桂园20号楼2单元1502室'],
    ['收货地址是湖北省武汉市洪山区学院路988号17幢2401', 'ADDRESS', '湖北省武汉市洪山区学院路988号17幢2401'],
    [
      'address: Unit 24/82 Elm Crescent, Sydney NSW 2249',
      'ADDRESS',
      'Unit 24/82 Elm Crescent, Sydney NSW 2249',
    ],
    [
      'send it to 7 Pine Hill Ave, Toronto, ON M9V 9T5 please',
      'ADDRESS',
      '7 Pine Hill Ave, Toronto, ON M9V 9T5',
    ],
    [
      'my address is PO Box 1156, Denver, CO 60148, near the park',
      'ADDRESS',
      'PO Box 1156, Denver, CO 60148',
    ],
    ['叫我林晓就好', 'NAME', '林晓'],
    ['Name: Mia Garcia, age 17', 'NAME', 'Mia Garcia'],
    ['This is Maria again', 'NAME', 'Maria'],
  ] as const)('%s → %s', (text, type, value) => {
    const { spans, redacted } = redact(text);
    const span = spans.find((s) => s.type === type);
    expect(span?.text).toBe(value);
    expect(text.slice(span!.start, span!.end)).toBe(value);
    expect(redacted).toContain(`[${type}_1]`);
    expect(redacted).not.toContain(value);
  });

  it('validates the resident ID check digit and the Luhn sum', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('110105194912310021')).toBe(false);
    expect(redact('身份证号 110105194912310021').spans).toEqual([]);
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });

  it('keeps hotlines, emergency numbers, scores, times, prices and doses intact', () => {
    const text =
      '请拨打 12356 或 010-82951332，希望24热线 400-161-9995，美国 988，PHQ-9 得分 15 分，每天 50mg，22:30 睡，¥500';
    const { redacted, spans } = redact(text);
    expect(spans).toEqual([]);
    expect(redacted).toBe(text);
  });

  it.each([
    '我是学生',
    '我是高中生',
    '我是张老师的学生',
    '我是江苏人',
    "I'm tired",
    "I'm Sorry, I'm Fine",
    "I'm Chinese",
    'my name is not important',
    '2024年3月12日我去医院',
    'my appointment is on 03/12/2025 at 3pm',
    '我今天走了5公里路3号线坐到底',
    'version 1.2.3.4 released',
    '作业第1502题，考了589分',
    '我知道12号要考试',
    '北京市的味道12号那天特别好',
    '海淀区的跑道12号开放',
    '我叫了外卖，好饿',
    '我叫林老师，',
    'ZIP12.3.4.5',
    // order / tracking numbers are not phones or cards; a bare 10-digit number without a phone cue stays
    '订单号3990975088138259还没到',
    'order #0391976505 never came',
    '快递单号 78414080055726317',
    'I scored 4155550132 points',
    '你叫我怎么办',
    'This is Hard',
    'std::vector is slow',
    '2024年3月12日去医院，98年那会儿还小',
  ])('%s → nothing redacted', (text) => {
    expect(redact(text).spans).toEqual([]);
  });

  it('same value, same placeholder; numbering by first appearance', () => {
    const { redacted } = redact('打 13812345678 或 138-1234-5678，也可以 13900001111');
    expect(redacted).toBe('打 [PHONE_1] 或 [PHONE_1]，也可以 [PHONE_2]');
  });
});

describe('createRedactor (one per request)', () => {
  it('numbers consistently across messages and restores placeholders locally', () => {
    const r = createRedactor();
    const a = r.redact('我叫王小明，手机13812345678');
    const b = r.redact('再说一遍：13812345678，邮箱 a.b@example.com');
    expect(a).toBe('我叫[NAME_1]，手机[PHONE_1]');
    expect(b).toBe('再说一遍：[PHONE_1]，邮箱 [EMAIL_1]');
    expect(r.restore('好的，[NAME_1]，我会记住 [PHONE_1]。[EMAIL_2] 不认识')).toBe(
      '好的，王小明，我会记住 13812345678。[EMAIL_2] 不认识',
    );
  });
});

const KEEP = [
  '12356',
  '988',
  '400-161-9995',
  '010-82951332',
  '116 123',
  '18111',
  '15 分',
  '50mg',
  '22:30',
  '¥299',
];
const piiAtom = fc.constantFrom(
  '13812345678',
  '138 1234 5678',
  '+86 13912345678',
  '11010519491231002X',
  '4111 1111 1111 1111',
  'a.b@example.com',
  'https://x.example.org/p?q=1',
  '192.168.1.1',
  '微信号 wx_abc123',
  'QQ 12345678',
  '我叫李娜',
  '0755-86001234',
  '123-45-6789',
);
const text = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom(...KEEP),
      piiAtom,
      fc.constantFrom('，', ' ', '。', '\n'),
    ),
    { maxLength: 12 },
  )
  .map((xs) => xs.join(''));

describe('redaction properties (fast-check)', () => {
  it('never throws, and spans are well-formed UTF-16 ranges of the input', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { spans } = redact(t);
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(t.length);
          expect(t.slice(s.start, s.end)).toBe(s.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(text, (t) => {
        const once = redact(t).redacted;
        expect(redact(once).redacted).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps must-keep numbers intact wherever they appear as separate tokens', () => {
    const sep = fc.constantFrom('，', ' 或 ', '。打 ', ' call ', '\n', ' ');
    const word = fc.oneof(
      fc.constantFrom(...KEEP),
      piiAtom,
      fc.string({ unit: 'grapheme-ascii', maxLength: 6 }).map((x) => x.replace(/[0-9]/g, '')),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 10 }), (pairs) => {
        const t = pairs.map(([w, s]) => w + s).join('');
        const { redacted } = redact(t);
        for (const k of KEEP) if (t.includes(k)) expect(redacted).toContain(k);
      }),
      { numRuns: 300 },
    );
  });
});
