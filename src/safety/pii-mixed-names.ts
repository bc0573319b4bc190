/**
 * Names in mixed Chinese and English writing (session 27): a Latin name in a Chinese clause ("今天跟Emily吵架了",
 * "Kevin今天又没来上课", "Jenny 说 she's fine") and a Chinese name in an English clause ("I told 思远 about my
 * depression", "阿明 told me not to tell anyone", "Can you help me reply to 雨涵?").
 *
 * A Latin word counts when it is name-shaped (pii-name-shape.ts: a listed given name, or no English word, brand or
 * slang) and a Chinese word that takes or does what a person does stands next to it. A Chinese word counts when it
 * is shaped like a name (a surname and one or two given-name characters, 阿/小 and one character, or two given-name
 * characters) and an English verb or preposition that takes a person stands next to it; kin words and roles (妈妈,
 * 老板, 室友) are no names.
 */
import { ZH_GIVEN_NAME_CHARS } from './data/pii-name-lexicon.ts';
import { ZH_LEXICON_SINGLE_SURNAMES } from './data/pii-patterns.ts';
import { nameShaped } from './pii-name-shape.ts';
import { ZH_KIN_OR_ROLE, type NameSpan } from './pii-names.ts';

const LATIN = '[A-Z][a-zà-öø-ÿ]{1,15}(?:-[A-Z]?[a-zà-öø-ÿ]{1,15})?';
/** A Latin name after 跟/和/给/让/被/同/与/等, or at a clause's start, before what a person does. */
const LATIN_IN_CHINESE = new RegExp(
  `(?:(?<=[跟和给让被同与等找问陪]\\s?)|(?<=(?:^|[，,。！!？?；;：:\\n]|今天|昨天|最近)\\s?)|(?<=[\\u4e00-\\u9fa5]\\s))(${LATIN})(?![A-Za-z'’])(?=\\s?(?:今天|昨天|最近|又|还|也|都|一直|总是|老是|已经|从来|说|讲|跟我|和我|对我|让我|把我|给我|骂我|帮我|吵架|吵了|分手|在一起|不理我|拉黑|没回|他|她))`,
  'gu',
);

const GIVEN = new Set(ZH_GIVEN_NAME_CHARS);
const SURNAME = new Set(ZH_LEXICON_SINGLE_SURNAMES);
/** Everyday words that are no names, written alone in English text (kin and role words: ZH_KIN_OR_ROLE). */
const NOT_A_NAME =
  /^(?:老妈|老爸|宝宝|宝贝|小孩|孩子|小时|小学|小区|小说|小心|小姐|明天|今天|昨天|后天|天天|平时|以后|以前|安全|高兴|周末|方便|马上|常常|许多)$/u;
/** A Chinese word shaped like a name: 思远, 雨涵, 阿明, 小王, 陈浩, 林佳琪. */
function chineseNameShaped(word: string): boolean {
  if (NOT_A_NAME.test(word) || ZH_KIN_OR_ROLE.test(word)) return false;
  const [a, b, c] = [...word];
  if (!a || !b) return false;
  if ((a === '阿' || a === '小') && word.length === 2) return true;
  if (SURNAME.has(a) && GIVEN.has(b) && (c === undefined || GIVEN.has(c))) return true;
  return word.length === 2 && GIVEN.has(a) && GIVEN.has(b);
}
/** A Chinese word of two or three characters standing alone among English words, after or before a person's verb. */
const CHINESE_IN_ENGLISH = new RegExp(
  `(?:(?<=(?<![A-Za-z])(?:told|tell|to|with|from|and|text|texted|call|called|ask|asked|reply to|about|for|like|miss|met|love|hate|trust|blocked|dating|and)\\s)([\\u4e00-\\u9fa5]{2,3})(?=[\\s?!.,，。？！]|$)|(?:^|(?<=[.!?,，。！？]\\s?|\\s))([\\u4e00-\\u9fa5]{2,3})(?=\\s(?:told|said|says|keeps|kept|just|always|never|texted|called|asked|is|was|and I|and me|laughs|laughed|thinks|doesn['’]t|didn['’]t|won['’]t)\\b))`,
  'gu',
);

/** Names in mixed writing, in text order. */
export function mixedNameSpans(text: string): NameSpan[] {
  const hasLatin = /[A-Za-z]/u.test(text);
  const hasCjk = /[\u4e00-\u9fa5]/u.test(text);
  if (!hasLatin || !hasCjk) return [];
  const out: NameSpan[] = [];
  for (const m of text.matchAll(LATIN_IN_CHINESE))
    if (nameShaped(m[1]!)) out.push({ start: m.index, end: m.index + m[1]!.length });
  for (const m of text.matchAll(CHINESE_IN_ENGLISH)) {
    const word = m[1] ?? m[2]!;
    // Among English words: the text around it is Latin, not a Chinese sentence.
    const around = text.slice(Math.max(0, m.index - 12), m.index + word.length + 12);
    if ((around.match(/[A-Za-z]/gu) ?? []).length < 6) continue;
    if (chineseNameShaped(word)) out.push({ start: m.index, end: m.index + word.length });
  }
  return out.sort((a, b) => a.start - b.start);
}
