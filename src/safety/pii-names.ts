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
} from './data/pii-patterns.ts';

export interface NameSpan {
  start: number;
  end: number;
}

const GIVEN = new Set(ZH_GIVEN_NAME_CHARS);
const SURNAME = new Set(ZH_LEXICON_SINGLE_SURNAMES);
const CJK = /[\u4e00-\u9fa5]/u;

/** A relation or role word right before the name, maybe with 是/叫/：/a space between ("医生：冯晓东", "前夫段磊"). */
const RELATION_BEFORE = new RegExp(
  `(?:${ZH_LEXICON_RELATION_BEFORE})(?:是|叫|叫做|名叫|[:：]\\s*|\\s)?$`,
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
  `^(?:说|跟我|和我|把我|让我|对我|给我|骂我|打我|拉黑|删了我|不理我|甩了我|[，,]?\\s*(?:就)?是我(?:的)?[\\u4e00-\\u9fa5]{0,4}?(?:${ZH_LEXICON_RELATION_BEFORE}|小名|外号|真名|前任|初恋))`,
  'u',
);
/** The same for a three-character name, which is seldom a word: also 又, 也, 一直 and other adverbs of what someone keeps doing. */
const PERSON_AFTER_FULL =
  /^(?:又|也|还|都|总|总是|一直|天天|每次|居然|竟然|根本|从来|已经|突然|昨天|今天|最近|去年|以前)/u;

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
    const placed =
      relationBefore(text, i) ||
      (JIAO_BEFORE.test(before) && CLAUSE_END_AFTER.test(after)) ||
      (/[（(]\s*$/u.test(before) && /^\s*[）)]/u.test(after)) ||
      (TITLE_AFTER.test(after) && BEFORE_TITLED.test(before)) ||
      (/(?:^|\n)\s*$/u.test(before) && VOCATIVE_AFTER.test(after)) ||
      (CLAUSE_START_BEFORE.test(before) &&
        (PERSON_AFTER.test(after) || (found.given === 2 && PERSON_AFTER_FULL.test(after))));
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
    const afterRelation =
      relationBefore(text, i) && /^(?:[（(，,。！!？?\s]|$)/u.test(text.slice(end, end + 1));
    const bracketNamesThem =
      bracket !== null &&
      (BRACKET_RELATION.test(bracket[1]!) ||
        [...bracket[1]!].some((_, k) => nameAt(bracket[1]!, k)?.given === 2));
    const personAtStart =
      CLAUSE_START_BEFORE.test(text.slice(Math.max(0, i - 1), i)) &&
      PERSON_AFTER.test(text.slice(end, end + 12));
    if (afterRelation || bracketNamesThem || personAtStart) {
      out.push({ start: i, end });
      covered.fill(1, i, end);
    }
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
    const items: Array<NameSpan & { full: boolean }> = [];
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
    if (items.length >= 2 && (items.some((it) => it.full) || cue))
      for (const it of items) out.push({ start: it.start, end: it.end });
    i = text.indexOf('、', Math.max(right, last.end) + 1);
  }
  return out;
}

function itemEndingAt(text: string, end: number): (NameSpan & { full: boolean }) | null {
  for (const len of [4, 3, 2]) {
    const start = end - len;
    if (start < 0) continue;
    const full = nameAt(text, start);
    if (full && full.end === end && !rejected(text.slice(start, end))) return { start, end, full: len >= 3 };
  }
  const start = end - 2;
  if (start >= 0 && givenOnlyAt(text, start) === end && !rejected(text.slice(start, end)))
    return { start, end, full: isPet(text, start) };
  return null;
}

function itemStartingAt(text: string, start: number): (NameSpan & { full: boolean }) | null {
  const full = nameAt(text, start);
  if (full && !rejected(text.slice(start, full.end)))
    return { start, end: full.end, full: full.end - start >= 3 };
  const end = givenOnlyAt(text, start);
  if (end !== null && !rejected(text.slice(start, end))) return { start, end, full: isPet(text, start) };
  return null;
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
