/**
 * Session 21 (PII): names told without an introduction, found through name lexicons (src/safety/pii-names.ts and
 * the English rules over data/pii-name-lexicon.ts): a Chinese full name right after a relation or role, in brackets,
 * before a title, after 叫, called at the start, or in a list; an English given name before a person's verb in the
 * middle of a sentence, or with a surname; a romanised Chinese name. Also an international number with a "00"
 * prefix, a QQ number after "号是：", and a spaced building number. Second step (from the read rounds 11br and 11bt):
 * a name at a clause's start before what a person does (刘洋说我…, "Marcus is the reason…"), a name said to be
 * someone's relation ("Sofia, my ex,"), a Latin name after a Chinese relation, a name given by its kind (小名叫…),
 * WeChat's wxid_ ids, spelled e-mails after "email me at", personal blog hosts and a US number read digit by digit.
 * All lines are made up for these tests.
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
    ['舍友阿宁（韩佳怡）这几天都没回宿舍', ['NAME:阿宁', 'NAME:韩佳怡']],
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

describe('session 21, second step: names in hard places', () => {
  it.each([
    ['邓超跟我分手以后我一直睡不好', ['NAME:邓超']],
    ['许晴说我太玻璃心了', ['NAME:许晴']],
    ['上官婉清是我高中同桌，她不理我了', ['NAME:上官婉清']],
    ['阿浩，就是我表弟，昨晚又没回家', ['NAME:阿浩']],
    ['我女儿小名叫乐乐，乐乐今年6岁', ['NAME:乐乐', 'NAME:乐乐']],
    ['同事Siddharth一直抢我的功劳', ['NAME:Siddharth']],
    ['我和Oksana是在语言班认识的', ['NAME:Oksana']],
    ['Priya, my flatmate, found me crying in the kitchen', ['NAME:Priya']],
    ['Nnamdi is my brother and he is the only one who calls', ['NAME:Nnamdi']],
    ['Chioma keeps asking if I am eating', ['NAME:Chioma']],
    ['My bf is called Will and he is patient with me', ['NAME:Will']],
    ['my sister is named Juniper, she is 12', ['NAME:Juniper']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Lately, my sister has been checking on me',
    'Basically, my mom thinks I am lazy',
    'Music is my therapist at this point',
    'Coffee is my best friend during exams',
    'Update — my sister called back',
    'Taylor Swift is my comfort person',
    '雷雨又来了，我睡不着',
    '高兴说明不了什么',
    '医生Do先生发的名单',
    '我和Python打了一晚上交道',
    '昵称是马甲家的大学生',
    'people on my safety plan: Aunt Rosa and 988',
    'my dog is named Max and he is the only one who gets me',
  ])('%s', (text) => {
    expect(names(text).filter((n) => !n.endsWith('Rosa'))).toEqual([]);
  });
});

describe('session 21, second step: ids and links', () => {
  it.each([
    ['wxid_k3n9p2xq7a21 是我的微信', 'WECHAT:wxid_k3n9p2xq7a21'],
    ['微信号（lucy-0606）是我室友的', 'WECHAT:lucy-0606'],
    ['wechta: mia_w-2001 sorry typo', 'WECHAT:mia_w-2001'],
    ['email me at sam.k99 [at] gmail [dot] com please', 'EMAIL:sam.k99 [at] gmail [dot] com'],
    ['i post on moodymoth.tumblr.com mostly', 'URL:moodymoth.tumblr.com'],
    ['call 4 1 5 5 5 5 0 1 3 2 if i go quiet', 'PHONE:4 1 5 5 5 5 0 1 3 2'],
  ])('%s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it.each(['we both use tumblr.com', 'chapter 4 1 5 of the book', 'I counted 1 2 3 4 5 6 7 8 9 0'])(
    '%s',
    (text) => {
      expect(spans(text)).toEqual([]);
    },
  );
});

describe('session 21, third step: QQ forms, Taiwan landlines, numbered roads after a direction', () => {
  it.each([
    ['QQ 284 619 3057 加我', 'QQ:284 619 3057'],
    ['QQ（2846193057）', 'QQ:2846193057'],
    ['qq账号：2846193057', 'QQ:2846193057'],
    ['我QQ和微信都是2846193057', 'QQ:2846193057'],
    ['QQ号改成了3046718825', 'QQ:3046718825'],
    ['電話 (02)2345-6789 找我', 'PHONE:(02)2345-6789'],
    ['我家电话(04) 2234 5678', 'PHONE:(04) 2234 5678'],
    ['打 02-2345-6789', 'PHONE:02-2345-6789'],
    ['公司在深圳市南山区粤海街道高新南一道9号', 'ADDRESS:深圳市南山区粤海街道高新南一道9号'],
  ])('%s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it.each([
    'QQ等级32 在线时长 1200 小时',
    '做了一道题9号交',
    'befrienders KL is 03-7627 2929, my own is below',
  ])('%s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('session 21: an extension stays on its line', () => {
  it('does not read "x" on the next line as an extension (a fast-check counterexample)', () => {
    const t = '0755-86001234\nx\n22:30，13812345678，';
    expect(spans(t)).toEqual(['PHONE:0755-86001234', 'PHONE:13812345678']);
    expect(redact(t).redacted).toContain('22:30');
  });

  it('does not read a time after 转 as an extension', () => {
    expect(redact('0755-86001234 转 22:30 再打').redacted).toBe('[PHONE_1] 转 22:30 再打');
  });
});
