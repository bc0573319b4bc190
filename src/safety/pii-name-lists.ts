/**
 * Session 35 (read round 37c, names in many shapes): names that stand in a list with a name already found, and a middle
 * initial inside a found name's reach. The place-bound rules find one name of "Tom, Jenny and Raj", "Tyler and Mason",
 * "张倩、刘佳怡、杨柳和我", "阿强、阿珍还有老黄" and leave the rest; a list joins words of one kind, so a word shaped like a name
 * beside a found name is a name too. "Sarah J. Whitfield" is cut at the initial by rules that read one or two words.
 */
import { ZH_LEXICON_SINGLE_SURNAMES } from './data/pii-patterns.ts';
import { nameShaped } from './pii-name-shape.ts';
import type { PiiSpan } from './pii.ts';

const LATIN_NAME = /^[A-Za-zÀ-ÖØ-öø-ÿ'’.\s-]+$/u;
/** After a found name: a comma, "and", "&" or "or", then a capitalised word. */
const EN_NEXT =
  /^(\s*,\s*(?:(?:and|&|or)\s+)?|\s+(?:and|&|or)\s+)([A-Z](?:['’][A-Z])?[a-zà-öø-ÿ]{1,15}(?:-[A-Z][a-zà-öø-ÿ]{1,15})?)(?![A-Za-z'’-])/u;
/** Before a found name: a capitalised word, then a comma or "and" ("Leilani and [Kai]"). */
const EN_PREV =
  /(?<![A-Za-z'’-])([A-Z](?:['’][A-Z])?[a-zà-öø-ÿ]{1,15}(?:-[A-Z][a-zà-öø-ÿ]{1,15})?)(\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)$/u;
/** A middle initial and a surname after a found given name ("Douglas P. Whitmore"). */
const EN_MIDDLE_INITIAL =
  /^\s[A-Z]\.\s(?:Mc|Mac|O['’])?[A-Z][a-zà-öø-ÿ]{1,15}(?:-[A-Z][a-zà-öø-ÿ]{1,15})?(?![A-Za-z'’-])/u;

const SURNAMES = new Set(ZH_LEXICON_SINGLE_SURNAMES);
/**
 * A Chinese name joined to a found one by 、, 和, 跟, 与 or 还有: a surname (or 老/小/阿 and a surname) and one or two more. Not a
 * comma: what follows a name and a comma is as often the next clause ("我叫娜仁其其格，蒙古族").
 */
const ZH_NEXT = /^(、|和|跟|与|还有)([\u4e00-\u9fff]{2,3}?)(?=、|，|,|和|跟|与|还有|都|也|[。！？!?\s]|$)/u;
/** Words that follow 和 and take a surname's first character without being a name. */
const ZH_NOT_NAME = /^(?:我|你|他|她|我们|他们|她们|大家|别人|朋友|同学|老师|家人|其他|另外)/u;

function zhNameLike(word: string): boolean {
  if (ZH_NOT_NAME.test(word)) return false;
  if (/^(?:老|小|阿)/u.test(word)) return word.length === 2 && (SURNAMES.has(word[1]!) || word[0] === '阿');
  return SURNAMES.has(word[0]!);
}

/** The spans of `spans`, with names listed beside a found name and middle initials added. */
export function withListedNames(text: string, spans: PiiSpan[]): PiiSpan[] {
  if (!spans.some((s) => s.type === 'NAME')) return spans;
  const taken = new Uint8Array(text.length);
  for (const s of spans) taken.fill(1, s.start, s.end);
  const free = (a: number, b: number) => !taken.subarray(a, b).some((x) => x === 1);
  const out: PiiSpan[] = spans.map((s) => ({ ...s }));
  const add = (start: number, end: number) => {
    taken.fill(1, start, end);
    out.push({ type: 'NAME', start, end, text: text.slice(start, end) });
  };
  /** Rightwards along the list from `at`, one name at a time (`next`: the joiner in group 1, the word in group 2). */
  const addListed = (at: number, next: RegExp, nameLike: (word: string) => boolean) => {
    for (let n = 0; n < 6; n++) {
      const m = next.exec(text.slice(at));
      if (!m || !nameLike(m[2]!)) return;
      const start = at + m[1]!.length;
      const end = start + m[2]!.length;
      if (!free(start, end)) return;
      add(start, end);
      at = end;
    }
  };
  for (const found of out.filter((s) => s.type === 'NAME')) {
    if (!LATIN_NAME.test(found.text)) {
      addListed(found.end, ZH_NEXT, zhNameLike);
      continue;
    }
    const initial = EN_MIDDLE_INITIAL.exec(text.slice(found.end));
    if (initial && !found.text.includes(' ') && free(found.end, found.end + initial[0].length)) {
      taken.fill(1, found.end, found.end + initial[0].length);
      found.end += initial[0].length;
      found.text = text.slice(found.start, found.end);
    }
    addListed(found.end, EN_NEXT, nameShaped);
    const before = EN_PREV.exec(text.slice(Math.max(0, found.start - 40), found.start));
    if (before && nameShaped(before[1]!)) {
      const start = found.start - before[0].length;
      if (free(start, start + before[1]!.length)) add(start, start + before[1]!.length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
