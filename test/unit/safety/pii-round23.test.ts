/**
 * Round 23 (PII, outside-evaluator round 11u): names without 我叫 (after a kin modifier, a self-named role, a recipient word,
 * a break-up, a greeting 你好, a diary title, "Name (my son)", a "- Name" sign-off, a middle initial, 我是Ivy + a space),
 * names and dates of birth in table columns, "Last, First" in a "|" record row; IDs grouped 6-4-4-4, SSNs with spaces
 * after "social,", DOBs before 我出生, WeChat ids after 吗, a second QQ after 换一个; address starts after 回到, 甲 after
 * the number, 楼顶 not a building; a second date after "born …" is not a birth date.
 * All lines are made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findPii } from '../../../src/safety/index.ts';

const spans = (t: string) => findPii(t).map((s) => `${s.type}:${s.text}`);

describe('round 23 PII families', () => {
  it.each([
    // WeChat id after a question particle.
    ['能加我vx吗 lucky_0815ab 想私聊', 'WECHAT:lucky_0815ab'],
    ['可以加个微信吗？ momo_2231 谢谢', 'WECHAT:momo_2231'],
    // Resident ID grouped 6-4-4-4 (valid check digit).
    ['身份证 110105 1990 0307 2311 办卡的时候被退回来了', 'ID:110105 1990 0307 2311'],
    ['证件号110105-1990-0307-2311', 'ID:110105-1990-0307-2311'],
    // SSN after "social," with spaces.
    ['they used my social, 521 38 4470 to open a loan', 'SSN:521 38 4470'],
    ['someone has my social, 521-38-4470 now', 'SSN:521-38-4470'],
    // A second QQ after a first one.
    ['他QQ 1592038476 被我删了又换了个 2047391856 来骚扰', 'QQ:2047391856'],
    ['扣扣1592038476拉黑后他又换一个2047391856', 'QQ:2047391856'],
    // DOB before 我出生 / 她出生.
    ['2001.07.15 我出生 那天下大雨', 'DOB:2001.07.15'],
    ['1999-3-8 她出生的时候爸爸不在', 'DOB:1999-3-8'],
    // Address after a going word, 甲 after the number, 楼顶 is the roof.
    ['每天加班回到杭州市西湖区文一西路88号那间出租屋就想哭', 'ADDRESS:杭州市西湖区文一西路88号'],
    ['半夜跑到南京市鼓楼区中山路18号门口坐着', 'ADDRESS:南京市鼓楼区中山路18号'],
    ['我们住北京市朝阳区望京西路8号乙附近', 'ADDRESS:北京市朝阳区望京西路8号乙'],
    ['我在天津市和平区南京道58号楼顶 不想下去了', 'ADDRESS:天津市和平区南京道58号'],
    ['现在站在上海市静安区延安中路120号楼顶', 'ADDRESS:上海市静安区延安中路120号'],
    // Names after a kin modifier, a role, a recipient word, a break-up, a greeting, a diary title.
    ['我双胞胎妹妹蒋悦都比我受宠', 'NAME:蒋悦'],
    ['我亲姐周婷生完孩子就一直哭', 'NAME:周婷'],
    ['我是高中老师韩雪 班里有个孩子自残', 'NAME:韩雪'],
    ['我是社区医生孔明辉，想咨询一下', 'NAME:孔明辉'],
    ['寄件人何嘉怡 139 2211 4456 地址写错了', 'NAME:何嘉怡'],
    ['收件人许文博，电话我等下发你', 'NAME:许文博'],
    ['我和许嘉宁离婚两年了还是放不下', 'NAME:许嘉宁'],
    ['我跟孟子轩冷战一周了', 'NAME:孟子轩'],
    ['周雨桐你好，好久不见了', 'NAME:周雨桐'],
    ['草稿：孟凡你好 我是你高中同学', 'NAME:孟凡'],
    ['许嘉怡的日记 第三天\n还是睡不着', 'NAME:许嘉怡'],
    ['蒋一帆的心情随笔\n今天又被骂了', 'NAME:蒋一帆'],
    ['我是Daniel 在深圳做销售 压力好大', 'NAME:Daniel'],
    ['我叫Ivy 今年20 大二', 'NAME:Ivy'],
    // Tables with a name or a DOB column.
    ['序号,姓名,年龄,电话\nA01,韩立新,45,13800001111', 'NAME:韩立新'],
    ['姓名\t出生日期\n罗佳怡\t2003/04/05', 'DOB:2003/04/05'],
    ['id,name,dob,score\n7,Ana Ruiz,2001-05-09,12', 'NAME:Ana Ruiz'],
    ['id,name,dob,score\n7,Ana Ruiz,2001-05-09,12', 'DOB:2001-05-09'],
    ['| name | phq9 |\n|---|---|\n| Ben Carter | 14 |', 'NAME:Ben Carter'],
    ['entry | Mensah, Kofi | k.mensah@mail.com | score 9', 'NAME:Mensah, Kofi'],
    ['rec | Lund, Erik | 0871234567 | ok', 'NAME:Lund, Erik'],
    // English: a name with the relation in brackets, a "- Name" sign-off, a middle initial.
    ['Noah (my son) still asks where his dad is', 'NAME:Noah'],
    ['me and Faith (my sister) stopped talking', 'NAME:Faith'],
    ['you got through worse than this. - Priya', 'NAME:Priya'],
    ['name: Laura M. Biggs, case pending', 'NAME:Laura M. Biggs'],
    ['my name is Owen T. Price and I need help', 'NAME:Owen T. Price'],
  ])('%s → %s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it.each([
    // A date after the birth date is not a birth date.
    ['my son was born 5/6/2010 and we moved out 5/6/2015', 'DOB:5/6/2015'],
    ['she was born 2/2/2001, her dad died 2/2/2011', 'DOB:2/2/2011'],
    // The address does not start with the going words or take the roof as a building.
    ['每天加班回到杭州市西湖区文一西路88号那间出租屋就想哭', 'ADDRESS:天加班回到杭州市西湖区文一西路88号'],
    ['我在天津市和平区南京道58号楼顶 不想下去了', 'ADDRESS:天津市和平区南京道58号楼'],
  ])('%s does not give %s', (text, wrong) => {
    expect(spans(text)).not.toContain(wrong);
  });

  it.each([
    '有vx吗 thanks',
    '你有微信吗 hello',
    '我是上周三来的，想再约一次',
    '我是上个月来过的那个',
    '我跟他分手了',
    '我和周围的人吵架了',
    '王老师你好，我想问一下',
    '李医生您好 我上次的药吃完了',
    '高中的日记本找不到了',
    '周末的日记\n今天什么都没做',
    '我是Python 开发，天天加班',
    '我是护士 白班夜班轮着上',
    '收件人地址写错了怎么办',
    '我姐生完孩子以后变了',
    '合同上甲方乙方写反了，在北京市朝阳区望京西路8号甲方公司',
    'Mom (my rock) is gone',
    'it was ok - Fine',
    'lived in Dublin | Cork, Ireland | call 0871234567',
    'name,score\nTotal,12',
    '我的名字,很好听,对吧\n你说呢,我觉得,是的',
    '这个群换了个 12345元 的会员',
    'QQ群里有人说换一个 20000块 的手机',
    'my social, life is a mess',
  ])('no name, ID, QQ or WeChat id: %s', (text) => {
    const found = spans(text).filter((s) => !s.startsWith('PHONE:') && !s.startsWith('ADDRESS:'));
    expect(found).toEqual([]);
  });

  it('甲方 after a house number stays out of the address', () => {
    expect(spans('在北京市朝阳区望京西路8号甲方公司上班')).not.toContain('ADDRESS:北京市朝阳区望京西路8号甲');
  });
});

/**
 * Round 23b (PII, outside-evaluator round 11v): pet names after 我+relation, a child's name before its age, 老+surname
 * starting a sentence, a two-character name signed under a dash, a full name right before a mobile, a Chinese alias after
 * "Latin / ", "go by / named me / called me / real name", a relation with a filler or a short word before it, a name in
 * brackets after a relation, DOB next to a sex field in a record row, an SSN a few words after "social", UK mobiles with a
 * double space, 街道 villages, County Road numbers, Taiwanese addresses in English, address parts joined by a comma.
 * All lines are made up for these tests.
 */
describe('round 23b PII families', () => {
  it.each([
    ['我同桌小雨说她也想退学', 'NAME:小雨'],
    ['我发小阿强，上个月搬走了', 'NAME:阿强'],
    ['我表妹阿珍每次都帮我挡着', 'NAME:阿珍'],
    ['女儿朵朵今年3岁，晚上总做噩梦', 'NAME:朵朵'],
    ['我儿子乐乐今年七岁了', 'NAME:乐乐'],
    ['老陈去世以后我一直缓不过来', 'NAME:老陈'],
    ['我心里很乱。老吴就是我以前的组长', 'NAME:老吴'],
    ['写完了，心里轻松一点。\n——思彤', 'NAME:思彤'],
    ['谢谢你们一直陪着我\n—— 雨萱', 'NAME:雨萱'],
    ['联系人填我哥，陈立新，138 2211 9087', 'NAME:陈立新'],
    ['我的信息 许文静 159-0211-3345 麻烦回电', 'NAME:许文静'],
    ['前男友孟浩到现在还在发消息', 'NAME:孟浩'],
    ['我舍友唐雪人挺好的就是太吵', 'NAME:唐雪'],
    ['我叫Joy Chan / 陈悦 都可以', 'NAME:陈悦'],
    ['my name is Ken Ho / 何健 just so you know', 'NAME:何健'],
    ['I go by Mel at uni but nobody knows why', 'NAME:Mel'],
    ['they named me Zhiwei and i hated it', 'NAME:Zhiwei'],
    ['my grandma called me Benny till she died', 'NAME:Benny'],
    ['real name Tom Baker, dont share it', 'NAME:Tom Baker'],
    ['at home they call me 乐乐 which is embarrassing', 'NAME:乐乐'],
    ['我就是Kevin老师 店里都这么叫', 'NAME:Kevin'],
    ['我是Amy姐 在前台上班', 'NAME:Amy'],
    ['my um sister Jade found my diary', 'NAME:Jade'],
    ['my uni roommate Leah Park keeps crying', 'NAME:Leah Park'],
    ['my mum (Carol) keeps calling', 'NAME:Carol'],
    ['me and brother (Theo) share a room', 'NAME:Theo'],
    ['C-17,Owen Price,M,1987-02-14,score 9', 'DOB:1987-02-14'],
    ['李华，女，1990-05-06，焦虑自评 62', 'DOB:1990-05-06'],
    ['row 3,2001/03/07,F,Leeds', 'DOB:2001/03/07'],
    ['asked for my SSN so I gave them 523 41 7789 like an idiot', 'SSN:523 41 7789'],
    ['she wanted my social security number and i typed 412-66-1029 into the form', 'SSN:412-66-1029'],
    ['text me on 07911  123 456 tonight', 'PHONE:07911  123 456'],
    ['我家在河南省周口市郸城县汲冢街道王庄村三组18号', 'ADDRESS:河南省周口市郸城县汲冢街道王庄村三组18号'],
    ['we are at 1320 County Road 45, Tyler, TX 75703 now', 'ADDRESS:1320 County Road 45, Tyler, TX 75703'],
    [
      "stuck at No. 5, Aly. 3, Ln. 120, Sec. 4, Xinyi Rd., Da'an Dist., Taipei City 106 tonight",
      "ADDRESS:No. 5, Aly. 3, Ln. 120, Sec. 4, Xinyi Rd., Da'an Dist., Taipei City 106",
    ],
    [
      'we live in Flat 3A, Block 2, Kornhill, 18 Hong Shing Street, Quarry Bay, HK',
      'ADDRESS:Flat 3A, Block 2, Kornhill, 18 Hong Shing Street, Quarry Bay, HK',
    ],
  ])('%s → %s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it.each([
    '我妈小声说了一句就走了',
    '我姐小产了，一直在哭',
    '我朋友阿根廷的工作没了',
    '我儿子今年5岁了',
    '孩子已经今年6岁了',
    '老公走了以后我一个人带娃',
    '老师说我不适合读书',
    '老毛病又犯了，睡不着',
    '写不下去了\n——晚安',
    '好累。\n——匿名',
    '周末，13812345678 这个号打不通',
    '电话：13912345678',
    'called me stupid in front of everyone',
    'I go by bus to work every day',
    'my real name is private',
    'my mom (Mom) said no',
    '我是Java老师 天天加班',
    '我是English老师，带初二',
    'my social worker said to call 415 55 0123',
    '在一家小公司上班，男，三十岁',
  ])('no name, DOB or SSN: %s', (text) => {
    const found = spans(text).filter((s) => /^(?:NAME|DOB|SSN):/u.test(s));
    expect(found).toEqual([]);
  });

  it('a date next to F that is not in a comma record stays', () => {
    expect(spans('F 1994-09-30 was the exam day')).not.toContain('DOB:1994-09-30');
  });
});

/**
 * Round 23c (PII, outside-evaluator round 11w): an address after the place someone stays at (朋友家/我们小区 + city),
 * a flat number before 楼上/楼下, insults after 我是 (白眼狼), IDs grouped in fours from the start, a QQ number after
 * 那个号, pet names after 我跟/还有, "I'm Name" before an emoji, "doctor First Last", "pt First Last" in notes, a
 * "-Name" last line, a name opening a message before "ghosted me", a spaced SSN after lower-case "ssn".
 * All lines are made up for these tests.
 */
describe('round 23c PII families', () => {
  it.each([
    [
      '今晚先住在朋友家广州市天河区天河北路233号中信广场北塔1805 不回去了',
      'ADDRESS:广州市天河区天河北路233号中信广场北塔1805',
    ],
    [
      '我们单位上海市浦东新区张杨路500号时代广场12楼 天天加班',
      'ADDRESS:上海市浦东新区张杨路500号时代广场12楼',
    ],
    ['成都市武侯区科华北路65号2栋1单元802楼下天天吵架', 'ADDRESS:成都市武侯区科华北路65号2栋1单元802'],
    ['南京市鼓楼区中山路18号5栋3单元602楼上一直漏水', 'ADDRESS:南京市鼓楼区中山路18号5栋3单元602'],
    ['身份证 3201 0219 8705 1423 16 要不要发给他', 'ID:3201 0219 8705 1423 16'],
    ['证件号码5101-0720-0111-3040-20', 'ID:5101-0720-0111-3040-20'],
    ['初中时的QQ还在用 那个号一直是2847105563', 'QQ:2847105563'],
    ['QQ被盗过一次 我的号现在还是 3318472056', 'QQ:3318472056'],
    ['我和小蕾还有阿坤一起住', 'NAME:小蕾'],
    ['我和小蕾还有阿坤一起住', 'NAME:阿坤'],
    ['我跟阿杰，还有小雯，都不说话了', 'NAME:阿杰'],
    ['hey im Nate Sullivan 🙃 rough week', 'NAME:Nate Sullivan'],
    ['i am Priya 😊 new here', 'NAME:Priya'],
    ['my old doctor Ellen Marsh moved away', 'NAME:Ellen Marsh'],
    ['professor Ian Doyle failed me twice', 'NAME:Ian Doyle'],
    ['{"note": "pt Sara Ng reports low mood"}', 'NAME:Sara Ng'],
    ['Client: Omar Haddad, 34, referred by GP', 'NAME:Omar Haddad'],
    ['ok going to bed now.\n-Rowan', 'NAME:Rowan'],
    ['thanks again for tonight\n—Ines', 'NAME:Ines'],
    ['Priya ghosted me again. whatever', 'NAME:Priya'],
    ['ok. Marcus blocked me on everything', 'NAME:Marcus'],
    ['the bank guy wanted my ssn and i read it out, 512 44 8093, ugh', 'SSN:512 44 8093'],
  ])('%s → %s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it('石家庄市 keeps its start after 住在', () => {
    expect(spans('我住在石家庄市长安区中山东路88号3栋502')).toContain(
      'ADDRESS:石家庄市长安区中山东路88号3栋502',
    );
  });

  it('a floor after a unit stays in the address', () => {
    expect(spans('南京市鼓楼区中山路18号5栋3单元6楼 电梯坏了')).toContain(
      'ADDRESS:南京市鼓楼区中山路18号5栋3单元6楼',
    );
  });

  it.each([
    '她骂我是白眼狼',
    '他说我是马屁精',
    '身份证 3201 0219 8705 1423 17 是不是输错了',
    'QQ空间那条动态 那个号现在有12000个赞',
    '刷QQ的那个号现在有25000人关注',
    '拉进了一个QQ群，群号736204158，大家都在骂我',
    '我跟阿姨一起住',
    '我和小区保安吵了一架',
    '还有小时候的事',
    '我跟小伙伴们去玩',
    'im Sorry 😭 i messed up',
    'im Exhausted 😩',
    'binge watching Doctor Who tonight',
    'the patient Care Team called me',
    'call Patient Services today',
    'to buy:\n-Milk',
    'todo\n-Laundry\n-Groceries',
    'Everyone left me on read',
    'Work texted me at 2am',
    'Tinder blocked me for no reason',
    'my ssn worries me, 900 12 3456',
  ])('no name, ID, QQ or SSN: %s', (text) => {
    const found = spans(text).filter((s) => /^(?:NAME|ID|QQ|SSN):/u.test(s));
    expect(found).toEqual([]);
  });
});
