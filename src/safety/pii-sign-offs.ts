/**
 * Session 33 (read round 33c): names the cued sign-off rules (data/pii-patterns.ts) miss:
 *  - the message's last word after a dash: on a line of its own a short word in lower case too ("sorry for the essay\n--
 *    mel"), inside a line only a word shaped like a name (pii-name-shape.ts; "it's Christmas — yay" has none); a
 *    capitalised word after xo at the very end ("thank u for being here at 3am xo Kat");
 *  - a Chinese sign-off with who the writer is between the dash and the name ("—— 一个老用户 小鹿");
 *  - form fields "First name: Luis Last name: Ortega", one word each (the general rules ran on into "Last").
 */
import { ZH_GIVEN_NAME_CHARS } from './data/pii-name-lexicon.ts';
import { ZH_LEXICON_SINGLE_SURNAMES } from './data/pii-patterns.ts';
import { nameShaped } from './pii-name-shape.ts';
import type { NameSpan } from './pii-names.ts';

const DASH_LAST_WORD = /(^|\n|[\s.!?])(?:--|—{1,2}|–|~)[ \t]?([A-Za-z][a-z]{1,14})[ \t]*[.!]?\s*$/u;
const XO_LAST_WORD = /(?<![A-Za-z])(?:xo+x*|xx+|hugs)[,!]?[ \t]+([A-Z][a-z]{1,14})[ \t]*[.!]?\s*$/u;
const ZH_DASH_LAST = new RegExp(
  `(?:——|—|--)\\s*(?:(?:一个|一位|你的|您的)[\\u4e00-\\u9fa5]{1,6}\\s)((?:小|阿|老)[${ZH_GIVEN_NAME_CHARS}]|[${ZH_LEXICON_SINGLE_SURNAMES}][${ZH_GIVEN_NAME_CHARS}]{1,2})\\s*$`,
  'u',
);
const FORM_FIELD =
  /\b(?:[Ff]irst|[Ll]ast|[Gg]iven|[Ff]amily|[Ss]ur)[ -]?name\s*[:：]\s*([A-Z][a-zà-öø-ÿ]{1,15}(?:-[A-Z][a-zà-öø-ÿ]{1,15})?)(?![A-Za-z])/gu;

/** Relations and words a message is signed with that name nobody ("-- me", "xo Mom"). */
const NOT_A_SIGNER =
  /^(?:me|mom|mum|dad|anon|anonymous|everyone|all|guys|sorry|thanks|thx|ty|love|lol|lmao|end|fin|done|out|ok|okay|yes|no|the|again|bye|later|pls|please|idk|xo|xx|bb|god|team|you|u|us|them)$/iu;

const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);

export function signOffSpans(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  const dash = DASH_LAST_WORD.exec(text);
  // On a line of its own a short word is taken as the name even when it is also a word (Mel, Jo); after a dash inside a
  // line ("it's Christmas — yay") only a word shaped like a name.
  const ownLine = dash !== null && (dash[1] === '' || dash[1] === '\n');
  if (
    dash &&
    !NOT_A_SIGNER.test(dash[2]!) &&
    (nameShaped(capital(dash[2]!)) || (ownLine && dash[2]!.length <= 4))
  ) {
    const start = dash.index + dash[0].lastIndexOf(dash[2]!);
    out.push({ start, end: start + dash[2]!.length });
  }
  // After xo at the very end a capitalised word is the name even when it is also a word (Kat, Bea).
  const xo = XO_LAST_WORD.exec(text);
  if (xo && !NOT_A_SIGNER.test(xo[1]!)) {
    const start = xo.index + xo[0].lastIndexOf(xo[1]!);
    out.push({ start, end: start + xo[1]!.length });
  }
  const zh = ZH_DASH_LAST.exec(text);
  if (zh) {
    const start = zh.index + zh[0].lastIndexOf(zh[1]!);
    out.push({ start, end: start + zh[1]!.length });
  }
  for (const m of text.matchAll(FORM_FIELD)) {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    out.push({ start, end: start + m[1]!.length });
  }
  return out;
}
