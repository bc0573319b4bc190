/**
 * Round 26 (PII, outside-evaluator round 11z): a street number with 甲/乙/丙 before it (学院路甲38号院), a street number
 * before 楼下 (科华北路65号楼下: downstairs of No. 65, not building 65), a relative's name before a school year
 * (我弟王浩然上初三), a pet name called out at the start of a message (小美，你还记得我吗), and a full name owned up to with
 * 我就是 (我就是上面说的那个林晓). All lines are made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findPii } from '../../../src/safety/index.ts';

const spans = (t: string) => findPii(t).map((s) => `${s.type}:${s.text}`);

describe('round 26 PII families: found', () => {
  it.each([
    // 甲/乙/丙 before the street number.
    [
      '我家住北京市海淀区学院路甲38号院5号楼2单元601，要是我哪天没回消息',
      'ADDRESS:北京市海淀区学院路甲38号院5号楼2单元601',
    ],
    ['住在复兴路乙12号3单元501', 'ADDRESS:复兴路乙12号3单元501'],
    ['我在中关村南大街甲6号', 'ADDRESS:中关村南大街甲6号'],
    ['我家是西城区德胜门外大街丙3号', 'ADDRESS:西城区德胜门外大街丙3号'],
    // A street number before 楼下: the address ends at 号.
    ['我现在在成都市武侯区科华北路65号楼下的便利店', 'ADDRESS:成都市武侯区科华北路65号'],
    ['我在武侯区科华北路65号楼下', 'ADDRESS:武侯区科华北路65号'],
    ['我家在杭州市西湖区文三路90号楼下开了个店', 'ADDRESS:杭州市西湖区文三路90号'],
    // A relative's name before a school year or schooling.
    ['我弟王浩然上初三，这两周一直把自己锁在房间不出来', 'NAME:王浩然'],
    ['我妹李思琪读高二了，天天哭', 'NAME:李思琪'],
    ['我儿子张子轩念小学', 'NAME:张子轩'],
    ['我表弟陈宇上大学以后变了', 'NAME:陈宇'],
    ['我哥李明高三了', 'NAME:李明'],
    // A pet name called out at the start of a message.
    ['小美，你还记得我吗，我是初中坐你后面的那个', 'NAME:小美'],
    ['阿杰，好久不见', 'NAME:阿杰'],
    ['小雨，对不起，那天是我不好', 'NAME:小雨'],
    ['阿伟！你在吗', 'NAME:阿伟'],
    // A full name owned up to with 我就是 / 我才是.
    ['我就是上面说的那个林晓，大家别转发我的帖子了', 'NAME:林晓'],
    ['我就是林晓，', 'NAME:林晓'],
    ['我才是帖子里的那个陈宇。', 'NAME:陈宇'],
    ['其实我就是那个周子涵', 'NAME:周子涵'],
  ])('%s', (text, want) => {
    expect(spans(text)).toContain(want);
  });
});

describe('round 26 PII families: kept', () => {
  it.each([
    // 甲 that is not part of a street number.
    '甲方乙方都不满意',
    '这个路段是甲级',
    '我的甲状腺结节3号复查',
    // A street number before 楼下 with no city or district: a meeting place, as in round 4.
    '我们约在中山路12号楼下的星巴克',
    // A school year with no name before it.
    '我弟上初三',
    '我弟上初三了',
    '我妹上高二，成绩掉了',
    '我妹今年上初三',
    '我弟马上上初三',
    '我姐周末上高中补习',
    '我哥读高中的时候',
    '我弟高三了',
    // 小/阿 words at the start that are not names.
    '小心，你后面有人',
    '阿姨，你好',
    '小宝贝，你在哪',
    '小时候，你总是护着我',
    '小同学，你几年级',
    '小朋友，你好',
    '小度，你在吗',
    '小说，你看完了吗',
    '小子，你等着',
    '阿妈，你别哭',
    '阿门，你说得对',
    // 我就是 before a word that is not a name.
    '我就是那个龙套，',
    '我就是高兴，',
    '我就是那个废物，',
    '我就是想找人说说',
    '我就是那个高中生。',
    '我就是那个王八蛋',
    '我就是那个万人嫌',
    '我就是那个方法',
  ])('%s', (text) => {
    expect(spans(text).filter((s) => s.startsWith('NAME:') || s.startsWith('ADDRESS:'))).toEqual([]);
  });

  it('keeps 110 and ends the address before 楼下', () => {
    const text = '已经报警了，110说让我先待在安全的地方，我现在在成都市武侯区科华北路65号楼下的便利店';
    expect(spans(text)).toEqual(['ADDRESS:成都市武侯区科华北路65号']);
  });

  it('still reads 号楼下 after an estate as a building', () => {
    expect(spans('他住在阳光花园5号楼下')).toContain('ADDRESS:阳光花园5号楼');
  });
});
