/**
 * Chinese names told without an introduction, found by what a name looks like and where it stands (session 21).
 *
 * The rules in data/pii-patterns.ts find a name through a cue written right before or after it (我叫, 我妈叫, a
 * role and a verb the rule lists). A blind round of name lines showed the common case they miss: an ordinary full
 * name right after a relation or role, followed by anything ("我爷爷沈国华一个人住在…", "男朋友张浩分手三个月了"),
 * a name in brackets ("室友小雨（周雨晴）"), before a title ("找李静老师"), after 叫 ("我喜欢的人叫程一帆"), called at
 * the start of a message ("晓峰，你说…"), in a list of names ("阿杰、小美、王欣怡"), or at a clause's start before what a
 * person does to the writer or is to them ("刘洋说我太敏感", "欧阳晓晴是我初中同桌"). Here a name is a surname followed
 * by one or two characters common in given names (data/pii-name-lexicon.ts), or a pet name (阿/小 and one such
 * character) after a relation or before brackets that say who it is, and it counts only in one of those places. The
 * word lists of pii-patterns.ts keep out words that look like names (高兴, 周三, 林子).
 */
import { ZH_GIVEN_NAME_CHARS } from './data/pii-name-lexicon.ts';
import {
  ZH_COMPOUND_SURNAMES,
  ZH_LEXICON_NAME_REJECT,
  ZH_LEXICON_RELATION_BEFORE,
  ZH_LEXICON_SINGLE_SURNAMES,
  ZH_NAME_TITLE,
  ZH_WORD_AFTER_GIVEN,
  REL_NAME_STOP,
} from './data/pii-patterns.ts';

/** A relation or role word alone (妈妈, 室友, 老师, 咨询师): no one's name, wherever a name finder meets it. */
export const ZH_KIN_OR_ROLE = new RegExp(`^(?:${ZH_LEXICON_RELATION_BEFORE})$`, 'u');

export interface NameSpan {
  start: number;
  end: number;
}

const GIVEN = new Set(ZH_GIVEN_NAME_CHARS);
const SURNAME = new Set(ZH_LEXICON_SINGLE_SURNAMES);
const CJK = /[\u4e00-\u9fa5]/u;
/** Particles, verbs and pronouns that never end a name (的, 了, 是, 我 …): the characters that end one after a relation. */
const REL_NAME_STOP_CHARS = new Set(REL_NAME_STOP);

/** A relation or role word right before the name, maybe with 是/叫/：/a space between ("医生：冯晓东", "前夫段磊"). */
const RELATION_BEFORE = new RegExp(
  `(?:${ZH_LEXICON_RELATION_BEFORE}|大嫂|二嫂|表嫂|堂嫂|大姑子|小姑子|大舅子|小舅子)(?:是|叫|叫做|名叫|[:：]\\s*|\\s)?$`,
  'u',
);
/** The last characters of the relation words: RELATION_BEFORE runs only after one of them (it is a long alternation). */
const RELATION_LAST_CHARS = new Set(
  ZH_LEXICON_RELATION_BEFORE.split('|').map((w) => w.replace(/[)\]]+$/u, '').slice(-1)),
);
/** 是, 叫, 叫做, 名叫, a colon or a space between a relation word and the name. */
const RELATION_LINK = /(?:是|叫|叫做|名叫|[:：]\s*|\s)$/u;
/** A relation or role word ends right before `i`, maybe with RELATION_LINK between. */
function relationBefore(text: string, i: number): boolean {
  const before = text.slice(Math.max(0, i - 12), i);
  const last = before.replace(RELATION_LINK, '').slice(-1);
  return RELATION_LAST_CHARS.has(last) && RELATION_BEFORE.test(before);
}

/** 叫 before the name, not 叫我 (叫我周三去 is a time); the name then ends its clause. */
const JIAO_BEFORE = /(?:叫|叫做|名叫|名字是)$/u;
const CLAUSE_END_AFTER = /^(?:[，,。.!！?？、；;）)\s~～…]|的|吧|呢|啊|呀|$)/u;
/** A title after the name, and what may stand before such a name (a verb, a particle, punctuation, the start). */
const TITLE_AFTER = new RegExp(`^(?:${ZH_NAME_TITLE})`, 'u');
const BEFORE_TITLED = /(?:^|[，,。.!！?？、；;：:\s（(“"「]|[找是问跟和给请叫让被对向带陪见约联系的位个])$/u;
/** Called by name at the start of a message or line: "晓峰，你说…", "田甜你在吗". */
const VOCATIVE_AFTER = /^(?:[，,、]?\s*(?:你|您)|[，,]?\s*在吗|[，,]?\s*在不在)/u;
/** A clause's start: the message's, or after punctuation. */
const CLAUSE_START_BEFORE = /(?:^|[，,。.!！?？；;：:\n\s~～…])$/u;
/** What a person does or is, right after a name at a clause's start ("刘洋说我太敏感", "王磊跟我分手", "老K是我大学学长"). */
const PERSON_AFTER = new RegExp(
  `^(?:说|讲|话我|成日|跟我|和我|同我|把我|让我|对我|给我|骂我|打我|帮我|约我|问我|拉黑|删了我|不理我|甩了我|吵架|吵了一架|闹翻|老是说|总是说|给我发|走了|离职|在一起|天天|在背后|背后|你在吗|在吗|[一二两三四五六七八九十\\d]{1,2}岁了?|和[阿小老]?[\\u4e00-\\u9fa5]{1,2}是|(?:昨天|今天|前天)(?:晚上|早上|下午)?(?:给我|跟我|对我|找我|又|说)|[，,]?\\s*(?:就)?是我(?:的)?[\\u4e00-\\u9fa5]{0,4}?(?:${ZH_LEXICON_RELATION_BEFORE}|小名|外号|真名|前任|初恋)|是我(?:的)?唯一)`,
  'u',
);
/** The same for a three-character name, which is seldom a word: also 又, 也, 一直 and other adverbs of what someone keeps doing. */
const PERSON_AFTER_FULL =
  /^(?:又|也|还|都|总|总是|一直|天天|每次|居然|竟然|根本|从来|已经|突然|昨天|今天|最近|去年|以前)/u;

/** After 跟/和 and a name: being with them, or falling out (来往, 在一起, 吵架, 的事). */
const COMPANY_AFTER = /^(?:来往|在一起|吵架|吵了|分手|闹翻|复合|的事|和我|联系|见面|约会)/u;

/** Before a list of given names only (思琪、梓轩、浩宇): someone doing something with them, or a colon. */
const LIST_CUE_BEFORE = /(?:我和|我跟|我与|和|跟|与|还有|以及|[:：]|朋友|同学|室友|闺蜜|孩子)$/u;

/** The longest name at `i`: a surname, then one or two given-name characters that do not start the next word. */
function nameAt(text: string, i: number): { end: number; given: number } | null {
  let j: number;
  if (ZH_COMPOUND_SURNAMES.some((s) => text.startsWith(s, i))) j = i + 2;
  else if (SURNAME.has(text[i]!)) j = i + 1;
  else return null;
  if (!GIVEN.has(text[j] ?? '')) return null;
  // A third character that starts a word with the one after it (明天, 一个, 刚才) is not part of the name.
  if (GIVEN.has(text[j + 1] ?? '') && !ZH_WORD_AFTER_GIVEN.test(text.slice(j + 1, j + 3)))
    return { end: j + 2, given: 2 };
  return { end: j + 1, given: 1 };
}

/** Inside brackets after a pet name: who the person is (我女儿, 室友). */
const BRACKET_RELATION = new RegExp(`(?:${ZH_LEXICON_RELATION_BEFORE})`, 'u');

/** 阿杰, 小美: a pet name, which counts as much as a full name in a list. */
const isPet = (text: string, i: number): boolean => text[i] === '阿' || text[i] === '小';

/** A given name alone in a list or a call: two given-name characters, or 阿/小 and one. */
function givenOnlyAt(text: string, i: number): number | null {
  const a = text[i] ?? '';
  const b = text[i + 1] ?? '';
  // 小子, 小姐, 小时 and the like are words, not pet names.
  if (a === '小' && '子伙姐哥妹弟时学区事心朋宝贝'.includes(b)) return null;
  if ((isPet(text, i) || GIVEN.has(a)) && GIVEN.has(b) && a !== b) return i + 2;
  return null;
}

/**
 * A word list says the value is no name (高兴, 周三, 林子). A three-character name whose first two characters are such
 * word is still one when its third character is a given-name character (叶子琳).
 */
function rejected(value: string): boolean {
  if (!ZH_LEXICON_NAME_REJECT.test(value)) return false;
  return !(value.length === 3 && GIVEN.has(value[2]!) && ZH_LEXICON_NAME_REJECT.test(value.slice(0, 2)));
}

/** Full names in one of the places above. */
function placedNames(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    const found = nameAt(text, i);
    if (!found) continue;
    const { end } = found;
    const before = text.slice(Math.max(0, i - 12), i);
    const after = text.slice(end, end + 6);
    // Session 27: the person someone keeps company with, or whose posts and messages one reads or waits for
    // (跟杨帆来往, 跟宋涛在一起, 翻王磊的朋友圈, 等许诺回我消息).
    const withSomeone =
      (/(?:跟|和|与|同)$/u.test(before) && COMPANY_AFTER.test(after)) ||
      (/(?:翻|看|删了|加了|屏蔽了?|刷)$/u.test(before) &&
        /^的(?:朋友圈|微信|消息|电话|照片|动态|微博|空间)/u.test(after)) ||
      (/等$/u.test(before) && /^(?:回我|回消息|的消息|的电话)/u.test(after));
    const placed =
      relationBefore(text, i) ||
      (JIAO_BEFORE.test(before) && CLAUSE_END_AFTER.test(after)) ||
      (/[（(]\s*$/u.test(before) && /^\s*[）)]/u.test(after)) ||
      (TITLE_AFTER.test(after) && BEFORE_TITLED.test(before)) ||
      (/(?:^|\n)\s*$/u.test(before) && VOCATIVE_AFTER.test(after)) ||
      (CLAUSE_START_BEFORE.test(before) &&
        (PERSON_AFTER.test(after) || (found.given === 2 && PERSON_AFTER_FULL.test(after)))) ||
      withSomeone;
    // The word lists are the costly check: only for a name that stands in one of the places.
    if (!placed || rejected(text.slice(i, end))) continue;
    out.push({ start: i, end });
    i = end - 1;
  }
  const covered = new Uint8Array(text.length + 1);
  for (const s of out) covered.fill(1, s.start, s.end);
  // A pet name (阿/小 and a given-name character) after a relation word, or before brackets that name a relation or
  // hold a full name: "我闺蜜小雨（周雨晴）", "小宝（我女儿，叫蒋若曦）".
  for (let i = 0; i < text.length; i++) {
    if (!isPet(text, i)) continue;
    const end = givenOnlyAt(text, i);
    if (end === null || covered[i] || rejected(text.slice(i, end))) continue;
    const bracket = /^[（(]([^）)]{1,20})[）)]/u.exec(text.slice(end, end + 24));
    // Session 27: also before what the person does ("室友阿杰老是…", "女朋友小鹿已经…").
    const afterRelation =
      relationBefore(text, i) &&
      (/^(?:[（(，,。！!？?\s]|$)/u.test(text.slice(end, end + 1)) ||
        INFORMAL_PERSON_AFTER.test(text.slice(end, end + 8)));
    const bracketNamesThem =
      bracket !== null &&
      (BRACKET_RELATION.test(bracket[1]!) ||
        [...bracket[1]!].some((_, k) => nameAt(bracket[1]!, k)?.given === 2));
    // Session 27: also after 被, 跟, 和, 给, 让 ("今天被阿彪拉黑了").
    const personAtStart =
      (CLAUSE_START_BEFORE.test(text.slice(Math.max(0, i - 1), i)) ||
        /[被跟和同给让]$/u.test(text.slice(0, i))) &&
      PERSON_AFTER.test(text.slice(end, end + 12));
    if (afterRelation || bracketNamesThem || personAtStart) {
      out.push({ start: i, end });
      covered.fill(1, i, end);
    }
  }
  // Session 27: a given name alone (思琪, 雅婷), a doubled one (婷婷, 浩浩) or a name with 哥/姐 (磊哥, 丽姐, 致远哥) at a
  // clause's start or after 跟/和/让/被, before what a person does or is ("思琪说我太敏感", "婷婷是我唯一能说心里话的人",
  // "磊哥让我周末加班", "我跟小敏吵架了"). A first character that is a surname is left to the full-name rules (王磊).
  for (let i = 0; i < text.length; i++) {
    if (covered[i]) continue;
    const end = informalNameAt(text, i);
    if (end === null) continue;
    const placed =
      CLAUSE_START_BEFORE.test(text.slice(Math.max(0, i - 1), i)) ||
      relationBefore(text, i) ||
      /(?:跟|和|同|让|给|被|等|陪|觉得|以为|当着)$/u.test(text.slice(Math.max(0, i - 2), i)) ||
      (text[i - 1] === '的' && /[哥姐]/u.test(text[end - 1]!));
    // Session 30: after a relation word the place alone says it ("表哥建军借了…", "我妈玉珍特别…"), before RELATION_NAME_AFTER.
    if (
      !placed ||
      !(
        INFORMAL_PERSON_AFTER.test(text.slice(end, end + 8)) ||
        (relationBefore(text, i) && RELATION_NAME_AFTER.test(text.slice(end, end + 4)))
      )
    )
      continue;
    const value = text.slice(i, end).replace(/[哥姐]$/u, '');
    if (rejected(value) || INFORMAL_NOT_NAME.test(value)) continue;
    out.push({ start: i, end });
    covered.fill(1, i, end);
    i = end - 1;
  }
  // A given name alone, called at the start: "晓峰，你说我是不是该去看医生了".
  for (const m of text.matchAll(/(?:^|\n)\s*/gu)) {
    const i = m.index + m[0].length;
    const end = givenOnlyAt(text, i);
    if (
      end !== null &&
      !rejected(text.slice(i, end)) &&
      VOCATIVE_AFTER.test(text.slice(end, end + 6)) &&
      !covered[i]
    )
      out.push({ start: i, end });
  }
  return out;
}

/**
 * Names in a list joined by 、 ("阿杰、小美、王欣怡", "我和思琪、梓轩、浩宇周末去爬山了"). A list counts when one item is a
 * full name of three characters or a pet name (阿杰, 小美), or when someone is with them (我和…, 朋友…): two-character
 * items alone are as often words ("温馨、宁静的家").
 */
function listedNames(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  let i = text.indexOf('、');
  while (i >= 0) {
    // Walk left to the list's first item, then right over every item.
    const items: ListItem[] = [];
    let left = i;
    for (;;) {
      const item = itemEndingAt(text, left);
      if (!item) break;
      items.unshift(item);
      if (text[item.start - 1] !== '、') break;
      left = item.start - 1;
    }
    if (items.length === 0) {
      i = text.indexOf('、', i + 1);
      continue;
    }
    let right = i;
    let last = items[items.length - 1]!;
    while (text[right] === '、') {
      const item = itemStartingAt(text, right + 1);
      if (!item) break;
      items.push(item);
      last = item;
      right = item.end;
    }
    const cue = LIST_CUE_BEFORE.test(text.slice(Math.max(0, items[0]!.start - 4), items[0]!.start));
    const full = items.some((it) => it.full);
    // A surname and any one character (陈默, 邓可) counts only beside a three-character name.
    const loose = items.some((it) => it.loose);
    if (items.length >= 2 && (full || (cue && !loose)))
      for (const it of items) out.push({ start: it.start, end: it.end });
    i = text.indexOf('、', Math.max(right, last.end) + 1);
  }
  return out;
}

type ListItem = NameSpan & { full: boolean; loose?: boolean };

/** Session 27: a surname and one character that is no particle or verb (陈默, 邓可), for a list beside a full name. */
function looseAt(text: string, start: number): ListItem | null {
  const a = text[start] ?? '';
  const b = text[start + 1] ?? '';
  if (!SURNAME.has(a) || !CJK.test(b) || REL_NAME_STOP_CHARS.has(b) || rejected(a + b)) return null;
  return { start, end: start + 2, full: false, loose: true };
}

function itemEndingAt(text: string, end: number): ListItem | null {
  for (const len of [4, 3, 2]) {
    const start = end - len;
    if (start < 0) continue;
    const full = nameAt(text, start);
    if (full && full.end === end && !rejected(text.slice(start, end))) return { start, end, full: len >= 3 };
  }
  const start = end - 2;
  if (start >= 0 && givenOnlyAt(text, start) === end && !rejected(text.slice(start, end)))
    return { start, end, full: isPet(text, start) };
  return start >= 0 ? looseAt(text, start) : null;
}

function itemStartingAt(text: string, start: number): ListItem | null {
  const full = nameAt(text, start);
  if (full && !rejected(text.slice(start, full.end)))
    return { start, end: full.end, full: full.end - start >= 3 };
  const end = givenOnlyAt(text, start);
  if (end !== null && !rejected(text.slice(start, end))) return { start, end, full: isPet(text, start) };
  const loose = looseAt(text, start);
  // The last item ends its clause or stands before 和我/一起 ("邓可和我").
  return loose && /^(?:[、，,。\s]|和|跟|与|$)/u.test(text.slice(loose.end, loose.end + 1)) ? loose : null;
}

/**
 * What a person does or is, after a given name alone (INFORMAL: 思琪说我…, 婷婷是我唯一…, 磊哥让我…; session 31: who the
 * person is to the writer, 海燕是我大学室友, 静静是我女儿; 朵朵被我骂哭了).
 */
const INFORMAL_PERSON_AFTER =
  /^[哥姐]?(?:说我|说他|说她|说要|说了|讲|话我|成日|跟我|和我|对我|让我|把我|给我|帮我|骂我|打我|叫我|问我|是我(?:的)?(?:唯一|最好|(?:大学|高中|初中|小学|以前的|前|亲)?(?:室友|同学|同桌|女儿|儿子|闺女|朋友|好朋友|闺蜜|同事|前任|男朋友|女朋友|男友|女友|对象|老公|老婆|姐姐|妹妹|哥哥|弟弟|学生|邻居|发小|初恋))|被我|其实|走了|今天(?:又|问|跟|说)|昨天|刚刚|又在|又把|又说|又跟|一直|总是|老是|已经|他爸|他妈|她爸|她妈|吵架|拉黑|不理我|没回|还是没|知道|在学校|才[0-9一二三四五六七八九十]{1,2}岁|上(?:初|高|小学|幼儿园))/u;
/**
 * Session 30: after a relation word, what may follow a given name alone: the clause's end, or a time or an adverb before
 * what the person did ("表哥建军借了…", "老伴德明去年走了", "我妈玉珍特别…"; session 32: "闺蜜佳佳昨晚…", "我女朋友欣欣抑郁症住院了",
 * "我朋友思思老说…"); not 地/得 or another word ("我老婆静静地坐着",
 * "我老婆美丽大方").
 */
const RELATION_NAME_AFTER =
  /^(?:[，,。！!？?\s、；;]|$|借|去年|今年|前年|特别|也|又|还|总|一直|从小|以前|现在|每天|经常|上个月|这几天|昨晚|昨天|今天|前天|最近|上周|前几天|老(?=[说是在跟骂问让把给])|抑郁|住院|生病|出事|割腕|自杀|车祸|去世|确诊|得了)/u;
/** Words of two given-name characters that start a clause as often as a name (永远对我…, 哲学让我…). */
const INFORMAL_NOT_NAME =
  /^(?:依然|仍然|依旧|居然|竟然|果然|显然|虽然|既然|当然|自然|已然|忽然|突然|毅然|欣然|悄然|俨然|安然|宛然|始终|一直|一向|向来|永远|哲学|文学|科学|音乐|艺术|美术|历史|平安|健康|快乐|幸福|安静|成功|胜利|自由|和平|光明|未来|永恒|青春|爱情|友情|亲情|温柔|善良|聪明|勇敢|坚强|优秀|阳光|清楚|明白|思想|文明|信仰|宇宙|星星|月亮|太阳|天空|世界|命运|梦想|理想|希望|爱心|宝宝|宝贝|贝贝|常常|偷偷|刚刚|慢慢|渐渐|默默|悄悄|好好|早早|久久|稍稍|往往|白白|频频|连连|处处|时时|每每|统统|样样|个个|人人|轻轻|紧紧|偏偏|恰恰|仅仅|万万|隐隐|暗暗|苦苦|狠狠|足足|纷纷|匆匆|整整|淡淡|冷冷|哈哈|呵呵|嘿嘿|嘻嘻|呜呜|嗯嗯)$/u;
/** Characters before 哥/姐 that make a word, not a name (大哥, 帅哥, 表姐). */
const NOT_BEFORE_GE = '大小老表堂帅美靓亲师二三四五六七八九十';

/**
 * A given name alone at `i` for the INFORMAL places: two given-name characters (not starting with a surname or 阿/小),
 * a doubled given-name character (婷婷, not 天天), or one or two given-name characters with 哥/姐 (磊哥, 致远哥: the
 * span is the name without 哥/姐 when it has two characters).
 */
function informalNameAt(text: string, i: number): number | null {
  const a = text[i] ?? '';
  const b = text[i + 1] ?? '';
  const c = text[i + 2] ?? '';
  const prev = i > 0 ? text[i - 1]! : '';
  if (!GIVEN.has(a) || isPet(text, i)) return null;
  const ge = b === '哥' || b === '姐';
  // After a Chinese character only where a person is taken (跟, 和, 让 …), or 的 before 丽姐.
  if (
    CJK.test(prev) &&
    !/[跟和同让给被等陪得为着]/u.test(prev) &&
    !(prev === '的' && ge) &&
    !relationBefore(text, i)
  )
    return null;
  if (ge) return NOT_BEFORE_GE.includes(a) || SURNAME.has(a) ? null : i + 2;
  // 明天, 以后, 晚上: a time or place word, not a name.
  if (!GIVEN.has(b) || '天年时月日后前上下里外边面'.includes(b)) return null;
  if (a === b) return i + 2;
  return SURNAME.has(a) || (c !== '' && GIVEN.has(c) && !/[哥姐]/u.test(c)) ? null : i + 2;
}

/** Chinese names found by the lexicon, in text order, not overlapping. */
export function lexiconNameSpans(text: string): NameSpan[] {
  if (!CJK.test(text)) return [];
  const spans = [...placedNames(text), ...listedNames(text)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const out: NameSpan[] = [];
  for (const s of spans) if (!out.length || s.start >= out[out.length - 1]!.end) out.push(s);
  return out;
}
