/**
 * Chinese full names of three characters wherever they stand (session 27). A read round of 130 name lines written in
 * every syntactic place (11by: "我替郝晓东背了锅", "我偷偷喜欢曹子墨三年了", "储晓曼，没人应") showed the place-bound rules of
 * pii-names.ts and data/pii-patterns.ts finding 25 of 111 names: people put names anywhere.
 *
 * A surname and two given-name characters (data/pii-name-lexicon.ts, about 400 characters chosen because they seldom
 * start a word) are a name wherever they stand, unless:
 *  - a given-name character follows them (the three are part of a longer run: 高兴兴, 一天天);
 *  - the two given characters are a common word (平安, 建立, 英雄: GIVEN_PAIR_WORDS; "康平安" is 健康平安), or the
 *    character before and the surname are one (如何, 非常, 对于, 面向, 明白: SURNAME_ENDS_WORD);
 *  - the word lists of pii-patterns.ts reject them (ZH_LEXICON_NAME_REJECT), or a surname runs twice (高高兴兴).
 * Public figures are not known here and are redacted like anyone else (朱一龙, 王一博 on Weibo).
 */
import { ZH_GIVEN_NAME_CHARS } from './data/pii-name-lexicon.ts';
import { ZH_LEXICON_NAME_REJECT, ZH_LEXICON_SINGLE_SURNAMES } from './data/pii-patterns.ts';
import type { NameSpan } from './pii-names.ts';

const GIVEN = new Set(ZH_GIVEN_NAME_CHARS);
/** Surnames of the lexicon, and less common ones that take a three-character name only (解晓宇, 查一鸣, 储晓曼). */
const SURNAME = new Set(
  `${ZH_LEXICON_SINGLE_SURNAMES}芦喻甄占柏储解查仇隋瞿池封闵芮邴冼滕缪谈邝晁宓笪荆鄢廉`,
);
const COMPOUND = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '端木',
  '慕容',
  '东方',
  '夏侯',
  '皇甫',
  '尉迟',
  '公孙',
  '令狐',
];
const COMPOUND_FIRST = new Set(COMPOUND.map((c) => c[0]!));

/**
 * Pairs of given-name characters that are everyday words (平安, 建立, 清楚), read in everyday Chinese text (SMP2020 Weibo,
 * SMILE and CPsyCoun turns) among the most frequent pairs of such characters, and a few more of the same kind.
 */
const GIVEN_PAIR_WORDS = new Set(
  (
    '建立 健康 顺利 平衡 平静 平安 清楚 一天 安静 永远 宝宝 依然 阳光 明天 天天 明明 英语 刚刚 小学 宁静 承诺 美丽 宝贵 ' +
    '平平 愉悦 明智 英雄 美国 小小 聪明 智慧 孝顺 森林 安宁 静静 学学 康康 珍贵 彩礼 冬天 一一 光明 健健 明星 语文 东东 ' +
    '山东 澄清 忠诚 凌晨 哲学 文学 翼翼 远远 英国 甜甜 旺旺 福建 星星 成立 敏锐 英文 福利 安康 钢琴 文明 钦佩 国庆 德国 ' +
    '春天 雨天 月月 天然 胜利 美德 月亮 宁波 远超 光彩 海洋 永恒 源泉 光亮 安逸 晴天 秋天 夏天 清晨 一月 一年 一周 一代 ' +
    '一帆 一生 一世 一切 一路 一流 一致 一律 一向 一阵 一旦 一辈 一瞬 一成 一丝 一毫 一清 博士 学士 学生 学院 学科 学术 ' +
    '文化 文艺 文字 文件 文章 文凭 英俊 英勇 美好 美女 美术 美食 美元 美容 福气 福音 平凡 平淡 平等 平和 平台 平民 平原 ' +
    '安排 安慰 安心 安稳 安定 安然 国家 国民 国外 国内 国际 天空 天气 天使 天才 天下 天生 天性 天真 天堂 天地 天涯 明白 ' +
    '明显 明确 明亮 光荣 光辉 光线 光临 荣誉 荣幸 荣耀 华丽 华人 金钱 金银 银行 宝石 宝藏 珍惜 珍珠 珍重 健全 健美 强烈 ' +
    '强大 强壮 强迫 勇敢 勇气 智能 聪慧 秀丽 清新 清醒 清洁 清纯 清白 清淡 淡定 温暖 温柔 温和 和睦 信任 信心 信念 信仰 ' +
    '忠心 诚实 诚信 诚意 真诚 恩爱 恩惠 慈祥 慈爱 德行 仁义 仁慈 义务 礼貌 礼物 孝敬 良好 良心 良知 永久 永生 兴奋 兴趣 ' +
    '兴旺 旺盛 繁荣 富贵 富有 富裕 贵族 祥和 和谐 喜悦 欢乐 快乐 乐观 乐意 乐趣 悠闲 悠久 舒适 舒服 舒心 舒畅 恒心 毅力 ' +
    '坚强 坚定 坚持 宏大 宏观 宏伟 宇宙 航天 航空 海峡 海岸 海外 江山 山水 山林 森严 松树 林业 林荫 梅花 兰花 菊花 莲花 ' +
    '雪花 雪山 雨水 雨季 霜冻 露水 月光 星空 晨光 晚霞 彩虹 虹桥 春节 秋季 冬季 春秋 振兴 立刻 立即 立场 宁愿 宁可 志愿 ' +
    '杰出 优秀 俊美 飞机 飞行 飞翔 鹏程 翔实 腾飞 跃进 驰名 骏马 芬芳 香甜 甜蜜 甜美 蓓蕾 婉转 娇嫩 娇气 姿态 琳琅 玲珑 ' +
    '瑞雪 吉祥 如意 琴声 诗歌 诗人 歌曲 舞蹈 书法 墨水 晓得 晓之 知晓 佳节 佳作 嘉宾 欣赏 欣慰 怡然 悦耳 思念 思考 思想 ' +
    '思维 想念 念头 梦想 梦境 妍丽 紫色 红色 白色 黄色 绿色 青春 青年 青山 丹心 丹青 彬彬 楚楚 依依 梓里 桐油 柏油 朗读 ' +
    '朗诵 舒展 振作 振奋 奕奕 烨烨 熙熙 攘攘 芸芸 茹素 蔓延 萧条 衡量 鸣叫 鹤立 莺歌 雁行 鹰派 淳朴 澄澈 泉水 滔滔 沛然 ' +
    '洲际 渊博 湘江 漫长 潇洒 雄伟 雄心 武器 武术 威力 威胁 麟角 龄期 贤惠 诚恳 谦虚 谦让 光棍 芬兰 菊月 莲子 昌盛 帅气 ' +
    '阳台 皓月 锋利 锐利 钰泽 剑桥 卫生 雷电 雷雨 奇怪 奇迹 栋梁 梁柱 钧鉴 钢铁 佩服 莹莹 芝麻 荷花 莎士 桃花 灵魂 灵活 ' +
    '灵感 彩色 素质 芹菜 艺术 霜降 黛玉 娥眉 承认 承受 承担 宣传 宣布 晋升 希望 初中 初恋 初心 初衷 禾苗 予以 蕴含 翊赞 ' +
    '勋章 竹子 纯洁 纯真 绮丽 芮城 蔚蓝 蕙质 贞洁 迪士 铃声 韬光 魁梧 芙蓉 紫外 沫沫 墨镜 烁烁 菡萏 妤妤 芊芊 玥玥 兵马'
  ).split(' '),
);

/** The character before and a surname character are one word (如何, 非常, 对于, 面向, 明白, 健康, 信任, 提高, 地方). */
const SURNAME_ENDS_WORD =
  /^(?:如何|任何|为何|几何|奈何|若何|非常|经常|常常|正常|异常|平常|日常|通常|照常|反常|寻常|对于|关于|由于|处于|至于|属于|等于|终于|在于|善于|过于|便于|用于|位于|限于|急于|易于|健康|安康|小康|信任|责任|主任|担任|放任|新任|前任|现任|继任|上任|面向|方向|走向|倾向|转向|一向|偏向|去向|指向|志向|导向|明白|空白|坦白|表白|黑白|蛋白|苍白|告白|提高|最高|很高|升高|更高|太高|较高|偏高|增高|跳高|身高|地方|对方|双方|大方|比方|一方|官方|药方|处方|配方|东方|西方|南方|北方|远方|前方|后方|多方|各方|平方|立方|黄金|现金|资金|奖金|基金|租金|薪金|美金|千万|一万|上万|几万|成千|完成|变成|形成|造成|组成|构成|达成|养成|促成|过程|课程|工程|日程|行程|进程|路程|疗程|全程|流程|程程|整齐|一齐|看齐|到齐|祝福|庆祝|预祝|恭祝|马马|毛毛|石石|江江|分解|了解|理解|讲解|缓解|见解|误解|和解|化解|破解|图解|注解|溶解|瓦解|调解|排查|检查|调查|审查|核查|清查|追查|盘查|抽查|复查|备查|储蓄|存储|电池|水池|泳池|城池|密封|信封|冰封|查封|尘封|原封|解封|占领|独占|霸占|抢占|侵占|仇恨|报仇|复仇|记仇|结仇)$/u;

/**
 * A surname and the character after it that are one word (余光, 白云, 申明): "余光强迫症", "白云悠悠". Words the shared lists
 * of pii-patterns.ts already reject (高兴, 白天) are not repeated here.
 */
const SURNAME_GIVEN_WORD = /^(?:余光|白云|申明|金珠|高明|方明|林立|常春|万里|金光|储存)$/u;

/** Common surnames: a two-character name takes one of these only (a rarer surname and one character is too often a word). */
const COMMON_SURNAME = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾郝龚邵钱严覃戴莫孔汤裴褚阎芦甄蒋',
);
/** Before a two-character name: the start, punctuation, or a word that takes a person (跟, 给, 告诉, 夸, 劝, 梦到了 …). */
const SHORT_BEFORE =
  /(?:^|[\s，,。.!！?？、；;：:“"「（(]|[跟和与同给被让把替向为对比像劝请找问等陪夸骂帮教带叫见接拿还]|告诉|除了|到了|给了|梦到|刷到|想到|孤立|讨厌|喜欢|想念|没想到|课上|可)$/u;
/** After it: what a person does, has or is called (的家, 说, 居然, 故意, 同学), or punctuation. */
const SHORT_AFTER =
  /^(?:[，,。.!！?？、；;：:）)”"」\s]|的(?:家|妈|爸|话|事|朋友圈|消息|微信|电话|班|面|生日|手|哥|姐|弟|妹|男朋友|女朋友)|说|跟我|和我|对我|让我|给我|把我|被|昨天|昨晚|今天|最近|一直|居然|突然|故意|已经|私下|当场|总是|老是|又|也|都|还|家|发|哭|笑|懂事|同学|老师|学姐|学长|本来|一样|去|两|做|$)/u;
/** More two-character words of a common surname and a given-name character, for two-character names only (高雅, 黄金, 严峻). */
const SHORT_WORD = /^(?:高雅|高贵|高远|白雪|黄金|严峻|石子|姜子|江宁|江南|卢布)$/u;

/** Titles and kin words after a name that start with a given-name character (学姐, 同学, 老师 do not). */
const TITLE_AFTER = /^(?:学姐|学长|学妹|学弟|同学)/u;
/** Characters that make a word with 一 before them (一样, 一起, 一直 …). */
const ONE_STARTS_WORD = '样起直定下点些般切次个边天年会种位家共眼声句场顿整晚夜周段群片份套条张本只件根';

/**
 * Two-character names (李娜, 赵磊) where a person stands on both sides: after the start, punctuation or a word that
 * takes a person, and before what a person does or has ("借给了赵强，", "夸阎冰懂事", "在赵磊家"). A common surname
 * only, and no everyday word (SHORT_WORD, the word lists of pii-patterns.ts).
 */
function shortNameSpans(text: string, taken: Uint8Array): NameSpan[] {
  const out: NameSpan[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    if (taken[i] || taken[i + 1] || !COMMON_SURNAME.has(text[i]!) || !GIVEN.has(text[i + 1]!)) continue;
    // The places first, the word lists (long alternations) last.
    // "在赵磊家": 在 only before someone's home.
    const atHome = text[i - 1] === '在' && text[i + 2] === '家';
    if (!atHome && !SHORT_BEFORE.test(text.slice(Math.max(0, i - 3), i))) continue;
    if (!SHORT_AFTER.test(text.slice(i + 2, i + 6))) continue;
    if (SURNAME_ENDS_WORD.test((text[i - 1] ?? '') + text[i]!)) continue;
    const value = text.slice(i, i + 2);
    if (SHORT_WORD.test(value) || SURNAME_GIVEN_WORD.test(value) || ZH_LEXICON_NAME_REJECT.test(value))
      continue;
    out.push({ start: i, end: i + 2 });
    i += 1;
  }
  return out;
}

/** Three-character names wherever they stand, then two-character ones in person places, in text order. */
export function fullNameSpans(text: string): NameSpan[] {
  if (!/[\u4e00-\u9fa5]/u.test(text)) return [];
  const long = longNameSpans(text);
  const taken = new Uint8Array(text.length + 1);
  for (const s of long) taken.fill(1, s.start, s.end);
  return [...long, ...shortNameSpans(text, taken)].sort((a, b) => a.start - b.start);
}

function longNameSpans(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (let i = 0; i + 2 < text.length; i++) {
    if (!SURNAME.has(text[i]!) && !COMPOUND_FIRST.has(text[i]!)) continue;
    const compound = COMPOUND.find((c) => text.startsWith(c, i));
    const surnameEnd = compound ? i + 2 : SURNAME.has(text[i]!) ? i + 1 : -1;
    if (surnameEnd < 0) continue;
    const [b, c] = [text[surnameEnd] ?? '', text[surnameEnd + 1] ?? ''];
    // A compound surname may take one given character (欧阳娜, 端木悦); a single one takes two.
    const end =
      GIVEN.has(b) && GIVEN.has(c) ? surnameEnd + 2 : compound && GIVEN.has(b) ? surnameEnd + 1 : -1;
    // A given-name character after the three makes a longer run (高兴兴), unless it starts a title (学姐, 同学).
    if (end < 0 || (GIVEN.has(text[end] ?? '') && !TITLE_AFTER.test(text.slice(end, end + 2)))) continue;
    // 一 ending the name and starting a word (马云一样, 王某一直): not a name's last character.
    if (text[end - 1] === '一' && ONE_STARTS_WORD.includes(text[end] ?? '')) continue;
    const prev = text[i - 1] ?? '';
    if (prev === text[i] || SURNAME_ENDS_WORD.test(prev + text[i]!)) continue;
    if (end - surnameEnd === 2 && GIVEN_PAIR_WORDS.has(b + c)) continue;
    if (!compound && SURNAME_GIVEN_WORD.test(text[i]! + b)) continue;
    const value = text.slice(i, end);
    if (ZH_LEXICON_NAME_REJECT.test(value)) continue;
    out.push({ start: i, end });
    i = end - 1;
  }
  return out;
}
