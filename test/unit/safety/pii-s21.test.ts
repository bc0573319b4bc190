/**
 * Session 21 (PII): names told without an introduction, found through name lexicons (src/safety/pii-names.ts and
 * the English rules over data/pii-name-lexicon.ts): a Chinese full name right after a relation or role, in brackets,
 * before a title, after 叫, called at the start, or in a list; an English given name before a person's verb in the
 * middle of a sentence, or with a surname; a romanised Chinese name. Also an international number with a "00"
 * prefix, a QQ number after "号是：", and a spaced building number. All lines are made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findPii, redact } from '../../../src/safety/index.ts';

const spans = (t: string) => findPii(t).map((s) => `${s.type}:${s.text}`);
const names = (t: string) => spans(t).filter((s) => s.startsWith('NAME:'));

describe('session 21: Chinese names found by the lexicon', () => {
  it.each([
    // After a relation or role, whatever follows.
    ['我外婆郑桂兰一个人住在乡下，我很担心', ['NAME:郑桂兰']],
    ['和前男友孙浩分手半年了还是睡不着', ['NAME:孙浩']],
    ['我继父钱志刚喝醉了就摔东西', ['NAME:钱志刚']],
    ['表姐常雨萱说我太敏感', ['NAME:常雨萱']],
    ['主治医生：邓晓东', ['NAME:邓晓东']],
    // In brackets, before a title, after 叫.
    ['舍友阿宁（韩佳怡）这几天都没回宿舍', ['NAME:韩佳怡']],
    ['上次去咨询室找的是许静老师', ['NAME:许静']],
    ['我暗恋的那个男生叫杜一鸣，他根本不知道', ['NAME:杜一鸣']],
    // Called at the start of the message.
    ['俊杰，你还记得我们上次说的话吗', ['NAME:俊杰']],
    ['林婉婷你在吗，我有点撑不住了', ['NAME:林婉婷']],
    // A list of names.
    ['宿舍里就我、梁欣怡、何梓涵三个人', ['NAME:梁欣怡', 'NAME:何梓涵']],
    ['阿强、小敏、周嘉豪都不理我了', ['NAME:阿强', 'NAME:小敏', 'NAME:周嘉豪']],
    ['我跟诗涵、雨桐一起去的', ['NAME:诗涵', 'NAME:雨桐']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('takes the whole name when a cued rule would stop early (刚 read as 刚才)', () => {
    expect(names('我叔叔吴建刚昨天又来借钱')).toEqual(['NAME:吴建刚']);
  });
});

describe('session 21: Chinese look-alikes stay', () => {
  it.each([
    '我一直希望有一个温馨、宁静的家',
    '我妈高兴地哭了',
    '辅导员叫我周三去办公室',
    '小子，你等着',
    '福建你给我撑住',
    '我朋友圈都是晒娃的',
    '焦虑、失眠、心慌，哪个都让我难受',
    '数学老师又拖堂了',
    '我男朋友明天回来',
    '平静、安宁，这是我想要的生活',
    '我爸常常骂我',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('stops a name before a word that starts with a given-name character', () => {
    expect(names('我男朋友张浩明天就要出国了')).toEqual(['NAME:张浩']);
  });
});

describe('session 21: English and romanised names', () => {
  it.each([
    ['can you remind me what Anjali said about the exam', ['NAME:Anjali']],
    ['honestly Kwame never listens to me', ['NAME:Kwame']],
    ['my ex, Declan Byrne, keeps showing up at my work', ['NAME:Declan Byrne']],
    ['mum is Deborah Walsh and she checks my phone', ['NAME:Deborah Walsh']],
    ['Zhao Lei from my dorm told everyone', ['NAME:Zhao Lei']],
    ['Huang Xiaoyu my roommate stopped talking to me', ['NAME:Huang Xiaoyu']],
    ['Cheung Ka Yan, my sister, is the only one I trust', ['NAME:Cheung Ka Yan']],
    ['everyone at work calls me Kelvin', ['NAME:Kelvin']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'I keep listening to Taylor Swift when I cry',
    'Harry Potter got me through middle school',
    'we walked around Victoria Park after therapy',
    'played Mario Kart all night instead of sleeping',
    'the Elizabeth Line was closed so I walked',
    'Kong Racing was the only game I liked',
    'He ran out of the room',
    'Long story short, I failed',
    'I read a novel where the narrator is called Emily Hart',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('session 21: numbers and addresses', () => {
  it.each([
    ['my uk number is 0044 20 7946 0321', 'PHONE:0044 20 7946 0321'],
    ['打我香港手机 00852 9876 3102', 'PHONE:00852 9876 3102'],
    ['我的QQ号是：１２３４５６７８９', 'QQ:１２３４５６７８９'],
    ['QQ是：593017248，加我', 'QQ:593017248'],
    [
      '我在杭州市西湖区文三路 90 号东部软件园 3 号楼上班',
      'ADDRESS:杭州市西湖区文三路 90 号东部软件园 3 号楼',
    ],
  ])('%s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it('keeps numbers that are not phones', () => {
    expect(spans('订单号 0012 3456 7890 1234')).toEqual([]);
    expect(spans('时间 0010 2030')).toEqual([]);
  });

  it('redacts a lexicon name consistently and keeps hotlines', () => {
    const r = redact('我爷爷沈国华一个人住，沈国华说不想麻烦我们。我打了12356');
    expect(r.redacted).toBe('我爷爷[NAME_1]一个人住，[NAME_1]说不想麻烦我们。我打了12356');
  });
});
