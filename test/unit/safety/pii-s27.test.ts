/**
 * Session 27 (PII): names on no list found where only a person stands (src/safety/pii-name-shape.ts: a capitalised
 * word that is no English word), speakers of a pasted chat log (pii-chat-speakers.ts), Chinese nicknames and corrected
 * names (pii-nicknames.ts), names in mixed Chinese and English (pii-mixed-names.ts), given names alone and short full
 * names in person places (pii-names.ts), traditional characters read as simplified, and addresses written in pieces
 * (pii-address-joins.ts). All lines are made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findPii, redact } from '../../../src/safety/index.ts';

const spans = (t: string) => findPii(t).map((s) => `${s.type}:${s.text}`);
const names = (t: string) => spans(t).filter((s) => s.startsWith('NAME:'));

describe('session 27: English names on no list, where only a person stands', () => {
  it.each([
    // Set off as someone's relation.
    ['Wanjiru — my flatmate — made me eat something today', ['NAME:Wanjiru']],
    ['Ifeoma (my cousin) keeps covering for me', ['NAME:Ifeoma']],
    ['Zainab, my best friend, moved to Leeds', ['NAME:Zainab']],
    ['Tamsin is my sister and she has no idea', ['NAME:Tamsin']],
    // The subject of what a person does.
    ['Ngozi texted me at midnight again', ['NAME:Ngozi']],
    ['Bogdan keeps asking why I skipped practice', ['NAME:Bogdan']],
    ['So Anneliese ghosted me after the party', ['NAME:Anneliese']],
    // From a group, or the one who did it.
    ['Svetlana from my lab says I should rest', ['NAME:Svetlana']],
    ['turns out it was Torvald all along', ['NAME:Torvald']],
    // A list with the writer.
    ['Oksana, Radek and me used to walk home together', ['NAME:Oksana', 'NAME:Radek']],
    ['Me and Yaw and Kofi went to the match', ['NAME:Yaw', 'NAME:Kofi']],
    ['Will and I were best friends for years', ['NAME:Will']],
    // Named as a name.
    ['it is Siobhan with an S, people always get it wrong', ['NAME:Siobhan']],
    ['T-E-G-A-N, Tegan, she is the one who posted it', ['NAME:T-E-G-A-N', 'NAME:Tegan']],
    ['Marisol, Mari for short, sits next to me', ['NAME:Marisol', 'NAME:Mari']],
    // After a phrase that takes a person, a kin title, "calls her".
    ['I am so worried about Eun-ji lately', ['NAME:Eun-ji']],
    ['there was a text from Ravi: call me back', ['NAME:Ravi']],
    ['we used to visit Nana Agnes every Sunday', ['NAME:Agnes']],
    ['everyone calls him Tibor but that is not his name', ['NAME:Tibor']],
    ['Mum says Jovana is a bad influence', ['NAME:Jovana']],
    ['Hope keeps telling me it gets easier', ['NAME:Hope']],
    // A greeting and a sign-off inside a quoted message.
    ["the email said 'Hi Leopold, please see me tomorrow – Griselda'", ['NAME:Leopold', 'NAME:Griselda']],
    // Possessives, lowercase titles, a name called at the start, a list opened by "me,", more verbs that take a person.
    ["I keep thinking about Oyelaran's last message", ['NAME:Oyelaran']],
    ['my teacher mrs Wojcik kept me after class', ['NAME:Wojcik']],
    ['Tariq, if you ever read this, I am sorry', ['NAME:Tariq']],
    ['me, Ximena, Bartek and Ife used to do everything together', ['NAME:Ximena', 'NAME:Bartek', 'NAME:Ife']],
    ['i still owe Anselmo money and he keeps asking', ['NAME:Anselmo']],
    // A listed given name typed in lowercase, after a phrase that takes a person.
    ['i miss nadia so much it hurts', ['NAME:nadia']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // English words, brands, places and slang in the same places.
    'Honestly, I think I need a break',
    'Oh, and I forgot my keys',
    'Music is my therapist these days',
    'Netflix is my boyfriend lol',
    'Tiktok keeps asking me to rate the app',
    'The Golden Globes and I are not friends',
    'I went to Walmart and then to Costco',
    'Why not Mexico, it is closer',
    'Sertraline (Zoloft) made me dizzy',
    "Don't cry for me, Argentina",
    'Aunt Flo is visiting lol',
    'My therapist, honestly, is great',
    'I read a story where the hero is called Radomir',
    'It was Tuesday all along',
    'Will you help me write to my landlord?',
    'Lmk if you come across anything',
    'i miss rose petals on the porch',
    'thinking about will power and habits',
    'I love the aunt. Hope she does not back down',
    'The beautiful moment when Fridays and Sundays are your days off',
    'Well who knows Germany was ahead of its time',
  ])('no name in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('session 27: speakers of a pasted chat log', () => {
  it.each([
    ['聊天截图：\n晓雯：你别再找我了\n我：我只是想道歉\n晓雯：算了吧', ['NAME:晓雯', 'NAME:晓雯']],
    ['【大宇】今晚谁有空\n【佳佳】我\n【大宇】好，八点见', ['NAME:大宇', 'NAME:佳佳', 'NAME:大宇']],
    ['Priyanka: you never listen\nme: I do listen\nPriyanka: whatever', ['NAME:Priyanka', 'NAME:Priyanka']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // A form or a list of fields is no dialogue; kin words and roles name no one.
    '症状：失眠\n时长：三个月\n用药：无',
    '妈妈：你吃饭了吗\n我：吃了\n妈妈：早点睡',
    'Me: are you okay\nMom: fine\nMe: ok',
    '标题：\n今天又失眠了',
  ])('no name in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('session 27: Chinese nicknames, given names alone and short full names', () => {
  it.each([
    ['老W说我想太多，可他根本不懂', ['NAME:老W']],
    ['阿Ken今天又没回我消息', ['NAME:阿Ken']],
    ['雨晴是我小名，只有奶奶这么叫', ['NAME:雨晴']],
    ['我写错了，是孙一凡，不是孙一帆', ['NAME:孙一凡', 'NAME:孙一帆']],
    ['我一直忘不掉的那个人——韩子轩，他毕业就走了', ['NAME:韩子轩']],
    ['Adaeze是我在学校的室友，她最近总哭', ['NAME:Adaeze']],
    ['思琪说我太敏感了', ['NAME:思琪']],
    ['婷婷是我唯一的朋友', ['NAME:婷婷']],
    ['我跟小琳吵架了', ['NAME:小琳']],
    ['斌哥让我周末也去加班', ['NAME:斌哥']],
    ['刘洋昨天又跟我说他不想上学了', ['NAME:刘洋']],
    ['我还是忍不住去翻周磊的朋友圈', ['NAME:周磊']],
    ['我爸不让我再跟林涛来往', ['NAME:林涛']],
    ['我和马骁、唐默、郑一帆以前天天在一起', ['NAME:马骁', 'NAME:唐默', 'NAME:郑一帆']],
    ['我跟梁佳琪比，什么都不如她', ['NAME:梁佳琪']],
    ['舍友阿斌老是半夜打电话', ['NAME:阿斌']],
    ['我女儿思涵上初一了，最近不爱说话', ['NAME:思涵']],
    ['丹丹今天问我是不是不要她了', ['NAME:丹丹']],
    ['芳姐帮我找了份兼职', ['NAME:芳姐']],
    // Traditional characters read as simplified.
    ['她同事的兒子叫陳冠廷，我不想去見', ['NAME:陳冠廷']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    '明天跟我去医院复查',
    '以后说我什么都不在乎',
    '我们管这个叫内卷。',
    '高兴、方便、安全都很重要',
    '永远对我那么好的人只有外婆',
    '阿Q精神救了我',
    '阿Sir说要做笔录',
    '和平时一样睡不着',
    '婆婆依然对我有偏见',
    '我妈妈今天又说我胖',
  ])('no name in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('session 27: names in mixed Chinese and English', () => {
  it.each([
    ['今天跟Aurelio吵架了，我好难过', ['NAME:Aurelio']],
    ['Priya今天又没来上课', ['NAME:Priya']],
    ['I told 梓涵 about the panic attacks', ['NAME:梓涵']],
    ['阿豪 said he would call but never did', ['NAME:阿豪']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['Python今天又报错了', 'I told 妈妈 about it', 'my 老板 said no again'])(
    'no name in %s',
    (text) => {
      expect(names(text)).toEqual([]);
    },
  );
});

describe('session 27: addresses written in pieces', () => {
  it.each([
    [
      '住址 杭州市西湖区 文二路 188 弄 6 号 302 室，一个人住',
      ['ADDRESS:杭州市西湖区 文二路 188 弄 6 号 302 室'],
    ],
    ['寄到：江苏省，南京市，鼓楼区，中山北路105号', ['ADDRESS:江苏省，南京市，鼓楼区，中山北路105号']],
    ['地址：武汉市洪山区\n珞喻路152号华中小区3栋201', ['ADDRESS:武汉市洪山区\n珞喻路152号华中小区3栋201']],
    ['my address:\n27 Wattle St\nBrisbane QLD 4000', ['ADDRESS:27 Wattle St\nBrisbane QLD 4000']],
    [
      'Portland OR 97205, 812 Alder Ave, apt 9 is where he lives',
      ['ADDRESS:Portland OR 97205, 812 Alder Ave, apt 9'],
    ],
    ['502室，7栋，阳光花园，西湖区，杭州市，我一个人住', ['ADDRESS:502室，7栋，阳光花园，西湖区，杭州市']],
  ])('%s', (text, expected) => {
    expect(spans(text).filter((s) => s.startsWith('ADDRESS:'))).toEqual(expected);
  });

  it.each([
    '我考了90，12号要去复查',
    '我住在朝阳区，3号线很方便',
    '我考了3号，第一名，北京市',
    '家住南京市鼓楼区中山北路283号3栋402，室友跟我说她不舒服',
  ])('no address run-on in %s', (text) => {
    for (const s of findPii(text).filter((x) => x.type === 'ADDRESS'))
      expect(s.text).not.toMatch(/[，,]室|线/u);
  });

  it('redaction of a split address is one placeholder and stays idempotent', () => {
    const text = '住址 杭州市西湖区 文二路 188 弄 6 号 302 室，一个人住';
    const once = redact(text).redacted;
    expect(once).toBe('住址 [ADDRESS_1]，一个人住');
    expect(redact(once).redacted).toBe(once);
  });
});

describe('session 27: Chinese full names wherever they stand', () => {
  it.each([
    ['我替韦明轩挨了骂，现在组长看我不顺眼', ['NAME:韦明轩']],
    ['我偷偷喜欢着邱梓涵，可她好像有男朋友了', ['NAME:邱梓涵']],
    ['点名点到解雨辰的时候全班都安静了', ['NAME:解雨辰']],
    ['欧阳雨桐学姐说可以带我去社团', ['NAME:欧阳雨桐']],
    ['我把钱借给了孟磊，他一直不还', ['NAME:孟磊']],
    ['我很怕被夸黎婷懂事的那些亲戚问起我', ['NAME:黎婷']],
    ['那天我躲在谭浩家不敢回去', ['NAME:谭浩']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    '祝你平安喜乐，健康平安',
    '我不知道如何建立自信',
    '处于平静的状态其实很难',
    '我的余光强迫症又犯了',
    '我要把目标分解成小步骤',
    '大家都说要像马云一样去闯',
    '昨天去看了周杰伦的演唱会',
    '我今天很高兴，白天去跑步了',
  ])('no name in %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('a self-introduction with a famous name is still a name', () => {
    expect(names('我叫王一博，真名，不是明星')).toEqual(['NAME:王一博']);
  });
});
