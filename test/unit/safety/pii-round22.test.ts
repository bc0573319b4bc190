/**
 * Round 22 (PII, outside-evaluator set train-2026-11s): a Chinese street address whose building, unit and flat follow the
 * house number after a space (…路6号 3栋2单元1802); a membership, loyalty, library or transit card number is a bank card
 * only with a valid Luhn digit (the cue 卡号 alone is not enough); "HK$6,800" after a Hong Kong address is a price, not
 * the address's region. Round 22 on 11t: a third short word of a romanised name after a self-introduction (Wong Ka
 * Ming), and Cantonese 我係 before a name.
 */
import { describe, expect, it } from 'vitest';
import { findPii } from '../../../src/safety/index.ts';

const spans = (t: string) => findPii(t).map((s) => `${s.type}:${s.text}`);

describe('round 22 PII families', () => {
  it.each([
    [
      '住成都市武侯区桐梓林北路6号 3栋2单元1802，楼下就是地铁',
      'ADDRESS:成都市武侯区桐梓林北路6号 3栋2单元1802',
    ],
    ['我家在杭州市西湖区文三路90号 5栋1单元302室', 'ADDRESS:杭州市西湖区文三路90号 5栋1单元302室'],
    ['寄到南京市鼓楼区中山路18号 2栋 1203室 就行', 'ADDRESS:南京市鼓楼区中山路18号 2栋 1203室'],
    [
      'I rent a room at Flat B, 15/F, 88 Waterloo Road, Kowloon, HK$6,800 a month',
      'ADDRESS:Flat B, 15/F, 88 Waterloo Road, Kowloon',
    ],
    ['I live at 12 Nathan Road, Kowloon, HK. It is loud', 'ADDRESS:12 Nathan Road, Kowloon, HK'],
    // A bank card with its cue, valid Luhn or not.
    ['我的卡号6230 5812 7740 9912，你帮我看看', 'BANKCARD:6230 5812 7740 9912'],
    ['银行卡号：6222 0212 3456 7890', 'BANKCARD:6222 0212 3456 7890'],
    // Three-part Hong Kong and Malaysian romanised names after a self-introduction; Cantonese 我係.
    ["Hi I'm Wong Ka Ming, staying at a friend's place", 'NAME:Wong Ka Ming'],
    ['my name is Lee Ka Yan.', 'NAME:Lee Ka Yan'],
    ['我係陳嘉欣，住喺沙田，最近好想喊', 'NAME:陳嘉欣'],
  ])('%s → %s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it.each([
    // The address ends where a time or a landmark starts.
    ['上海市徐汇区漕溪北路88号 3点见', 'ADDRESS:上海市徐汇区漕溪北路88号'],
  ])('%s stops at %s', (text, expected) => {
    expect(spans(text)).toEqual([expected]);
  });

  it.each([
    ["Hi I'm Sarah Jones And I need help", 'NAME:Sarah Jones'],
    ['My name is Anna Lee', 'NAME:Anna Lee'],
  ])('a third word that is not a name stays out: %s', (text, expected) => {
    expect(spans(text)).toEqual([expected]);
  });

  it.each(['我係學生，好攰', '我係咪好衰', '我係黃子華嘅fans'])(
    '我係 before a word that is not a name: %s',
    (text) => {
      expect(spans(text)).toEqual([]);
    },
  );

  it.each([
    '会员卡号6230 5812 7740 9912，积分还有3200',
    '積分卡號 6230 5812 7740 9912',
    'my library card number 6230 5812 7740 9912 expired',
    'gym card #6230 5812 7740 9912',
  ])('a non-bank card number that fails Luhn stays: %s', (text) => {
    expect(spans(text).filter((s) => s.startsWith('BANKCARD'))).toEqual([]);
  });
});
