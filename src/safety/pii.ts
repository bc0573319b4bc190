/**
 * PII redaction: finds personal data, validates it (ID check digit, Luhn), keeps public service
 * numbers (hotlines, emergency numbers) and replaces the rest with typed placeholders like
 * `[PHONE_1]`, numbered by first appearance; the same value always gets the same placeholder.
 */
import type { TextRedactor } from '../engines/types.ts';
import { KEEP_NUMBERS, PII_PATTERNS, type PiiType } from './data/pii-patterns.ts';
import { HOTLINES } from './hotlines.ts';
import { lexiconNameSpans } from './pii-names.ts';
import { ZH_PUBLIC_FIGURES } from './data/pii-name-lexicon.ts';
import { TRAD_TO_SIMP } from './data/trad-simp.ts';
import { compactAddressText, extendEnglishAddress, reversedChineseAddresses } from './pii-address-joins.ts';
import { chatSpeakerSpans } from './pii-chat-speakers.ts';
import { fullNameSpans } from './pii-full-names.ts';
import { shapedNameSpans } from './pii-name-shape.ts';
import { mixedNameSpans } from './pii-mixed-names.ts';
import { nicknameSpans } from './pii-nicknames.ts';
import { withListedNames } from './pii-name-lists.ts';
import { signOffSpans } from './pii-sign-offs.ts';
import { tableSpans } from './pii-tables.ts';

export type { PiiType } from './data/pii-patterns.ts';

export interface PiiSpan {
  type: PiiType;
  /** UTF-16 offsets of the input. */
  start: number;
  end: number;
  text: string;
}

export interface RedactOptions {
  /** Only these types are redacted (default: all). */
  types?: PiiType[];
  /** More numbers to keep intact (digits only compare). */
  keep?: string[];
}

export interface RedactResult {
  redacted: string;
  spans: PiiSpan[];
}

const toAsciiDigits = (s: string): string =>
  s.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
const ZH_NUMERALS: Record<string, string> = {
  〇: '0',
  零: '0',
  '○': '0',
  一: '1',
  幺: '1',
  二: '2',
  两: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  壹: '1',
  贰: '2',
  貳: '2',
  叁: '3',
  參: '3',
  肆: '4',
  伍: '5',
  陆: '6',
  陸: '6',
  柒: '7',
  捌: '8',
  玖: '9',
};
const EN_NUMERALS: Record<string, string> = {
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
/** Digits of a number, Chinese numerals and English digit words included (一三八 二零四一 六六九三, oh-seven-nine). */
const digitsOf = (s: string): string =>
  toAsciiDigits(s)
    .replace(/[〇零○一幺二两三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]/gu, (c) => ZH_NUMERALS[c]!)
    .replace(
      /(?<![A-Za-z])(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?![A-Za-z])/giu,
      (w) => EN_NUMERALS[w.toLowerCase()]!,
    )
    // A check digit of ten read out as 叉 (身份证号 …三四叉).
    .replace(/[叉Ｘｘ]/gu, 'X')
    .replace(/[^0-9Xx]/gu, '')
    .toUpperCase();

const HOTLINE_DIGITS = new Set<string>([
  ...KEEP_NUMBERS,
  ...HOTLINES.regions.flatMap((r) => r.lines.map((l) => digitsOf(l.number))).filter((d) => d.length > 0),
]);

/** A pattern that finds `digits` written with optional spaces/dashes between digits, not inside a longer number. */
function spacedDigitsSource(digits: string): string {
  const digit = (d: string) => `[${d}${String.fromCharCode(d.charCodeAt(0) + 0xfee0)}]`;
  return digits.split('').map(digit).join('[\\s\\-－]?');
}

const DIGIT_BOUNDARY_BEFORE = '(?<![0-9０-９])';
const DIGIT_BOUNDARY_AFTER = '(?![0-9０-９])';
// Short numbers (988, 12356) must stand alone: "988-555-0199" is a phone number, not the hotline.
// A dot joins too: 6.44.119.184 is an IP address, not 119.
const STRICT_BEFORE = '(?<![0-9０-９][\\s\\-－.]?)';
const STRICT_AFTER = '(?![\\s\\-－.]?[0-9０-９])';
const keepDigits = [...HOTLINE_DIGITS].filter((d) => /^\d+$/u.test(d)).sort((a, b) => b.length - a.length);
/** Public service numbers (hotlines, 400/800 business lines) as they appear in text: protected from redaction. */
const PROTECTED_NUMBERS = new RegExp(
  [
    `${DIGIT_BOUNDARY_BEFORE}(?:${keepDigits
      .filter((d) => d.length >= 8)
      .map(spacedDigitsSource)
      .join('|')}|[48]00[\\s\\-]?\\d{3}[\\s\\-]?\\d{4})${DIGIT_BOUNDARY_AFTER}`,
    `${STRICT_BEFORE}(?:${keepDigits
      .filter((d) => d.length < 8)
      .map(spacedDigitsSource)
      .join('|')})${STRICT_AFTER}`,
  ].join('|'),
  'gu',
);

/**
 * Spans of must-keep numbers. Found first, so a detector whose match would swallow part of one
 * (e.g. "400-161-9995 4111…" read as one long number) cannot redact it.
 */
function protectedSpans(text: string, extra: Set<string>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(PROTECTED_NUMBERS)) out.push([m.index, m.index + m[0].length]);
  for (const d of extra) {
    if (!/^\d+$/u.test(d)) continue;
    const re = new RegExp(`${STRICT_BEFORE}${spacedDigitsSource(d)}${STRICT_AFTER}`, 'gu');
    for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643-1999 check digit and a plausible birth date. */
export function isValidResidentId(value: string): boolean {
  const d = digitsOf(value);
  if (!/^\d{17}[\dX]$/u.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(d[i]) * ID_WEIGHTS[i]!;
  if (ID_CHECK[sum % 11] !== d[17]) return false;
  const month = Number(d.slice(10, 12));
  const day = Number(d.slice(12, 14));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

export function luhnValid(value: string): boolean {
  const d = digitsOf(value);
  if (!/^\d{12,19}$/u.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

const CARD_CONTEXT =
  /(?:卡号|银行卡|储蓄卡|信用卡|借记卡|card\s*(?:number|no\.?|#)|credit card|debit card|account number|账号)\s*[:：是为]?\s*$/iu;

/**
 * A membership, loyalty, library or transit card: its number passes only with a valid Luhn digit
 * (the cue 卡号 alone does not make it a bank card).
 */
const NON_BANK_CARD =
  /(?:会员|會員|积分|積分|礼品|禮品|购物|購物|储值|儲值|借书|借書|图书|圖書|公交|交通|饭|校园|校園|学生|學生|健身|加油|油)卡(?:号|號)?\s*[:：是为]?\s*$|(?:member(?:ship)?|loyalty|rewards?|library|gift|transit|gym)\s*card\s*(?:number|no\.?|#)?\s*[:：]?\s*$/iu;

/** A card word somewhere before a card number read out in words. */
const SPOKEN_CARD_CUE =
  /(?:卡号|银行卡|储蓄卡|信用卡|借记卡|card\s*(?:number|no\.?|#)|credit card|debit card|account number|账号)/iu;

/** Country codes tried when a number written with "+" or "00" might be a hotline: +852 2389 2222, +44 116 123, +86 10 8295 1332. */
const COUNTRY_CODES = ['86', '852', '853', '886', '1', '44', '353', '61', '64', '81', '82', '65', '60', '91'];

function keepNumber(digits: string, extra: Set<string>, value = ''): boolean {
  const d = digits.replace(/^(?:0086|86)(?=1\d{10}$)/u, '');
  if (HOTLINE_DIGITS.has(d) || extra.has(d)) return true;
  // A hotline or service number written with the country code: +86 10 8295 1332, +86 400 161 9995, +886 1925.
  const intl = /^\s*[(（]?(?:\+|＋|00|００)/u.test(value)
    ? d.replace(/^00/u, '')
    : /^86\d{5,}$/u.test(d)
      ? d
      : '';
  for (const cc of COUNTRY_CODES) {
    if (!intl.startsWith(cc) || intl.length - cc.length < 3) continue;
    const national = intl.slice(cc.length);
    if (HOTLINE_DIGITS.has(national) || HOTLINE_DIGITS.has(`0${national}`) || extra.has(national))
      return true;
    if (keepNumber(national, extra) || keepNumber(`0${national}`, extra)) return true;
  }
  // Business service numbers (400/800 in China, toll-free 800/888/877/866/855/844/833 in the US).
  // UK freephone 0800/0808 too, and Japan's free dial 0120 and navi dial 0570 (いのちの電話 0570-783-556).
  return (
    /^(?:400|800)\d{7}$/u.test(d) ||
    /^0(?:120|570)\d{6}$/u.test(d) ||
    // Session 35: eleven digits with 1 in front only when written the US way (1-866-…, +1 866, (866)): 186, 187, 188, 185,
    // 184, 183 and 180 are mainland mobile prefixes ("请打186-6891-0357").
    (/^1?(?:800|888|877|866|855|844|833)\d{7}$/u.test(d) &&
      (d.length === 10 || /^\s*(?:\+|＋)?1[\s.\-(]|[(（]/u.test(value))) ||
    /^08(?:00|08)\d{6,7}$/u.test(d)
  );
}

const NOT_PLACE = '(?![省市区區县縣州镇鎮乡路街道巷弄号號])[\\u4e00-\\u9fa5]';
/** Words before an address that end in a cue: 麻烦寄到, 把资料寄到, 学校地址, 家在, 把我家门牌, 住院的地方是; round 23: 每天下班回到, 半夜跑到. */
const ADDRESS_CUE_LEAD = new RegExp(
  `^(?:${NOT_PLACE}{0,6}?(?:地址|住址|门牌号?|寄到|寄往|寄去|寄给|送到|送去|发到|搬到|搬去|住在|家在|位于|回到|来到|赶到|走到|跑到|逃到|躲到|待在|呆在)(?:是|为|係|在)?|${NOT_PLACE}{0,6}?(?:住喺|喺|住|在|是|为))[:：]?\\s*`,
  'u',
);

/**
 * Words of going or an appointment before an address (想预约南京市…, 我明天要去杭州市…, 她刚转院到…): not part of it.
 * A one-character verb (去/到/来/回) only after a pronoun, a time word or a modal, so 来安县 and 回民区 stay whole.
 */
const LEAD_WORD =
  '(?:[我他她]们?|咱们?|明天|今天|后天|周末|刚刚?|已经|经常|每天|一直|马上|正在|想|要|得|需要|可以|能|会|打算|准备)';
const ADDRESS_VERB_LEAD = new RegExp(
  `^(?:${LEAD_WORD}{0,3}(?:预约|挂号|就诊|看病|复诊|上班|上学|住院|转院|面试|报到|实习|打工|工作|读书)(?:了|过)?(?:在|去|到)?|${LEAD_WORD}{1,3}(?:去|到|来|回)(?:了|过)?)`,
  'u',
);

/**
 * Round 23c: the place someone is at, written right before a province or city (躲在朋友家广州市…, 我们小区上海市…):
 * not part of the address, which always starts with its largest place. 石家庄市 and 张家口市 stay whole.
 */
const ADDRESS_HOST_LEAD = new RegExp(
  `^${NOT_PLACE}{0,5}?(?:家(?![庄口])|小区|单位|公司|宿舍|学校)(?=[\\u4e00-\\u9fa5]{2,7}?(?:省|自治区|市))`,
  'u',
);

/** An order, tracking or ticket number right before: not a phone or a card. */
const ORDER_CONTEXT =
  /(?:订单|单号|运单|快递|编号|流水号|工单|order|tracking|ticket|invoice|ref(?:erence)?|case)\s*(?:号|号码|number|no\.?|id)?\s*[:：#是为]?\s*#?\s*$/iu;

/**
 * A grouped phone match cut out of a longer grouped number (卡号6222 0212 3456 7890 1234 5, +49 151 2384 7765
 * read from its third digit): right before it, groups joined by the same separator after a "+" (a country
 * code) or all of four digits (a card); right after it, groups that are all of four digits. Two numbers in a
 * row ("138 1234 5678 139 1234 5678", "13812345678 13912345678") stay two phones.
 */
function insideLongerGroup(value: string, text: string, start: number): boolean {
  const sep = /[ \-－.]/u.exec(value)?.[0];
  if (!sep) return false;
  const g = `[0-9０-９]{1,6}`;
  const esc = sep === '.' ? '\\.' : sep;
  const before = new RegExp(`([+＋]?)((?:${g}${esc}){1,6})$`, 'u').exec(
    text.slice(Math.max(0, start - 42), start),
  );
  if (before) {
    const groups = before[2]!.split(sep).filter(Boolean);
    if (before[1] || groups.every((x) => x.length === 4)) return true;
  }
  const after = new RegExp(`^(?:${esc}${g}){1,6}`, 'u').exec(
    text.slice(start + value.length, start + value.length + 42),
  );
  return (
    !!after &&
    after[0]
      .split(sep)
      .filter(Boolean)
      .every((x) => x.length === 4)
  );
}

/**
 * A landline written right after the name of a public service (杭州心理危机干预中心0571-85029595, 医院总机, "GP surgery
 * number is 0161 496 0000"): the service's own number, kept like the hotlines. Not a mobile, and not after "my".
 */
const PUBLIC_LINE_BEFORE =
  /(?:中心|医院|醫院|热线|熱線|服务台|服务站|门诊|急诊|诊所|派出所|警察局|公安局|警务室|警務室|报警|報警|保卫处|保衛處|保卫科|保衛科|保卫部|校警|值班室|卫健委|卫生院|救助站|妇联|援助|干预|总机|客服|挂号|预约)(?:的)?(?:电话|電話|热线|号码|號碼|总机)?\s*(?:是|为|係|[:：])?\s*$|(?<![Mm]y\s+)(?:hospital|clinic|surgery|GP|helpline|hotline|pharmacy|reception|switchboard|front desk|crisis (?:line|team|cent(?:re|er))|(?:campus |university |uni |school |local )?(?:police(?: station| department| dept\.?)?|security|public safety|non-emergency(?: line)?|poison control|ambulance|fire department))(?:['’]s)?\s*(?:main\s+|emergency\s+|non-emergency\s+)?(?:number|phone|line|tel\.?)?\s*(?:is|:|on|at)?\s*$/iu;

/**
 * A landline asked about or named as a service's line right after it: "020-81899120 是广州心理危机热线吗",
 * "0571-85029595就是杭州的心理援助热线", "is 0161 496 0000 the Samaritans helpline?". Not after 我/你/他/她 (是我家的…).
 */
const PUBLIC_LINE_AFTER =
  /^\s*(?:(?:这个号码?|這個號碼?)?\s*(?:是不是|是|係|为|就是|算)\s*)?(?:[^\n，。,.!?！？；;我你他她家]{0,12}?)(?:热线|熱線|求助线|援助中心|干预中心|干預中心|救助站|服务台|總機|总机|派出所|保卫处|保衛處|保卫科|保衛科|校警|值班室)|^\s*(?:is|was)\s+(?:that|this|it)?\s*(?:the|a)?\s*(?:(?!(?:my|his|her|their|our)\s)[^\n.,!?]){0,30}?(?:hotline|helpline|crisis line|switchboard|police(?: station| department| dept)?|campus security|public safety|poison control)(?![A-Za-z])|^\s*[(（]\s*(?:the\s+)?(?:campus |university |school |local )?(?:police|security|public safety|switchboard|hotline|helpline|front desk|reception|non-emergency)(?![A-Za-z])/iu;

/** A landline (never a mobile) named as a public service's number. */
function publicServiceLine(digits: string, text: string, start: number, end = start): boolean {
  return (
    !/^(?:0086|86)?1[3-9]\d{9}$/u.test(digits) &&
    (PUBLIC_LINE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) ||
      PUBLIC_LINE_AFTER.test(text.slice(end, end + 40)))
  );
}

/** A number spelled out in English words ("oh-seven-nine-five-six, three-one-two, …"), and the phone words that make 7 to 9 of them a number. */
const SPELLED_DIGITS = /^(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?![A-Za-z])/iu;
const SPELLED_CUE =
  /(?:number|phone|cell|mobile|call me|text me|reach me)(?:['’]s|\s+is|\s+at|\s+on|:)?\s{0,3}$/iu;

function validate(type: PiiType, value: string, text: string, start: number, extra: Set<string>): boolean {
  const digits = digitsOf(value);
  if (type === 'PHONE' || type === 'BANKCARD') {
    // Also when the match is the middle of a longer grouped number after the cue (单号1528 0396 7720 4411 5).
    let before = text.slice(Math.max(0, start - 40), start);
    if (/[0-9０-９][\s\-－]?$/u.test(before)) before = before.replace(/[0-9０-９\s\-－]*$/u, '');
    if (ORDER_CONTEXT.test(before.slice(-20))) return false;
  }
  switch (type) {
    case 'ID':
      return isValidResidentId(value);
    case 'BANKCARD':
      return (
        // +86 138…: a mobile with its country code, not a 13-digit card.
        !/^(?:0086|86)1[3-9]\d{9}$/u.test(digits) &&
        text[start - 1] !== '+' &&
        digits.length >= 13 &&
        digits.length <= 19 &&
        (luhnValid(value) ||
          (CARD_CONTEXT.test(text.slice(Math.max(0, start - 16), start)) &&
            !NON_BANK_CARD.test(text.slice(Math.max(0, start - 28), start))) ||
          // A card read out in words: a card word a few words before it (让我把卡号报给他 六二二八…, "read out my card number five four …").
          (!/[0-9０-９]/u.test(value) && SPOKEN_CARD_CUE.test(text.slice(Math.max(0, start - 24), start))))
      );
    case 'SSN':
      // Area 000, 666 and 900–999, group 00 and serial 0000 are never issued (also for an SSN read out in words).
      return /^(?!000|666|9)\d{3}(?!00)\d{2}(?!0000)\d{4}$/u.test(digits);
    case 'PHONE':
      if (SPELLED_DIGITS.test(value))
        return (
          digits.length <= 15 &&
          // A count (one two three … nine zero) is not a number.
          !'01234567890123456789'.includes(digits) &&
          (digits.length >= 10 || SPELLED_CUE.test(text.slice(Math.max(0, start - 24), start)))
        );
      return (
        digits.length >= 7 &&
        !keepNumber(digits, extra, value) &&
        !insideLongerGroup(value, text, start) &&
        !publicServiceLine(digits, text, start, start + value.length)
      );
    case 'QQ':
      return !keepNumber(digits, extra);
    case 'WECHAT':
      // Ids start with a letter; only an all-digit value could be a service number.
      return !/^\d+$/u.test(value) || !keepNumber(digits, extra);
    default:
      return true;
  }
}

/**
 * English words that are also given names (Will, Grace, Hope, Mark): a name detected once is looked for again on
 * its own only where it does not start a sentence ("I'm Will" does not make "Will you help?" a name; "and Will
 * said" stays one). Months and other words never named alone are not looked for again at all (NEVER_REPEATED).
 */
const NAME_ALSO_WORD =
  /^(?:will|hope|faith|grace|joy|rose|mark|bill|pat|sue|art|dawn|summer|autumn|sunny|chase|hunter|page|drew|rich|frank|ray|sky|river|rain|star|angel|honey|brown|white|black|green|young|king|long|love|lily|ivy|holly|jade|ruby|amber|crystal|destiny|harmony|liberty|trinity|patience|charity|mercy|max|guy|don|jack|jean|rob|sandy|gene|carol|heather|iris|violet|daisy|olive|pearl|penny|robin|sage|storm|wade|cliff|glen|lane|dale|miles|van|dear)$/iu;
const NEVER_REPEATED =
  /^(?:may|june|april|august|god|lord|boss|doc|mum|mom|dad|bro|sis|babe|baby|the|and|but|not|you|she|her|his|him|they|this|that|what|who|why|how|here|there|when|then|just|okay|fine|sorry|sure|yes|well|still|also|new|old|big|little|good|great|best)$/iu;
/** Where a sentence starts: a name-like word there is read as the word (Will you…). */
const SENTENCE_START_BEFORE = /(?:^|[.!?。！？:："“\n]\s*|^\s+)$/u;
const LATIN_NAME_CHAR = /[A-Za-z\u00c0-\u024f0-9_]/u;
const HAS_CJK = /[\u4e00-\u9fa5]/u;
/** Detected names at most this many are looked for again in one text (a long text of made-up names stays linear). */
const MAX_REPEATED_NAMES = 64;

/**
 * The forms of a detected name that are redacted wherever else they stand in the same text or request: the
 * name itself when it has two characters or more (Chinese), or is capitalised or a full name (Latin letters),
 * and each capitalised part of three letters or more of a Latin full name ("Kevin Tran" → Kevin, Tran).
 */
export function repeatedNameForms(name: string): string[] {
  const n = name.trim();
  if (n.length < 2) return [];
  if (HAS_CJK.test(n)) return [n];
  const words = n.split(/\s+/u);
  const capitalised = (w: string) => /^[A-Z\u00c0-\u00de]/u.test(w);
  if (words.length === 1) return capitalised(n) && !NEVER_REPEATED.test(n) ? [n] : [];
  return [n, ...words.filter((w) => w.length >= 3 && capitalised(w) && !NEVER_REPEATED.test(w))];
}

/**
 * Adds the other whole-word occurrences of `names` (forms from repeatedNameForms) to `spans` ("Hi, I'm Ben.
 * Ben's plan…", 我叫林晓。林晓这个名字…), never over a span already found. Latin names only between non-letters,
 * and with their exact capitals; Chinese names anywhere.
 */
function withRepeatedNames(text: string, spans: PiiSpan[], names: Iterable<string>): PiiSpan[] {
  const forms = [...new Set(names)].sort((a, b) => b.length - a.length).slice(0, MAX_REPEATED_NAMES);
  if (forms.length === 0) return spans;
  const taken = new Uint8Array(text.length);
  for (const s of spans) taken.fill(1, s.start, s.end);
  const added: PiiSpan[] = [];
  for (const form of forms) {
    const latin = !HAS_CJK.test(form);
    const wordLike = NAME_ALSO_WORD.test(form);
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (
        latin &&
        ((at > 0 && LATIN_NAME_CHAR.test(text[at - 1]!)) ||
          (end < text.length && LATIN_NAME_CHAR.test(text[end]!)))
      )
        continue;
      if (wordLike && SENTENCE_START_BEFORE.test(text.slice(Math.max(0, at - 3), at))) continue;
      // Not inside a placeholder left by an earlier redaction ([NAME_1]).
      if (at > 0 && text[at - 1] === '[' && /^[A-Z]+_\d/u.test(text.slice(at, at + 12))) continue;
      let free = true;
      for (let i = at; i < end; i++)
        if (taken[i]) {
          free = false;
          break;
        }
      if (!free) continue;
      taken.fill(1, at, end);
      added.push({ type: 'NAME', start: at, end, text: form });
    }
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.start - b.start);
}

const namesIn = (spans: PiiSpan[]): string[] =>
  spans.filter((s) => s.type === 'NAME').flatMap((s) => repeatedNameForms(s.text));

/** A platform or a medium, then seeing, reading or hearing, right before a Chinese name. */
const ZH_MEDIA_SEEN_BEFORE =
  /(?:b站|哔哩哔哩|知乎|抖音|快手|微博|小红书|视频号|公众号|直播间?|节目|纪录片|新闻|报道|讲座|访谈|播客|书里|文章|网上|电视上)[^，。！？,.!?\n]{0,6}(?:看了?|看到了?|刷到了?|听了?|读了?|关注了?|搜到了?)(?:一个|一位|个|位)?$/iu;
/** What such a name is quoted for: their title, their words, their video or book. */
const ZH_MEDIA_SEEN_AFTER =
  /^(?:教授|老师|博士|院士|律师|医生|主任)?(?:的)?(?:视频|书|文章|节目|直播|课|讲座|演讲|回答|说|讲|提到|认为|建议)/u;

function seenInMediaZh(text: string, start: number, end: number): boolean {
  return (
    ZH_MEDIA_SEEN_BEFORE.test(text.slice(Math.max(0, start - 16), start)) &&
    ZH_MEDIA_SEEN_AFTER.test(text.slice(end, end + 8))
  );
}

/**
 * Finds PII spans, non-overlapping, in order of position. Detection repeats on the text with the
 * found spans masked, so a value hidden behind an overlapping longer match is still found (and
 * redaction stays idempotent). A name found once is also found where it stands again.
 */
export function findPii(text: string, opts: RedactOptions = {}): PiiSpan[] {
  const found = findPiiOnce(text, opts);
  // Session 35: names listed beside a found one ("Tom, Jenny and Raj"), only where names are asked for.
  const spans = !opts.types || opts.types.includes('NAME') ? withListedNames(text, found) : found;
  return withRepeatedNames(text, spans, namesIn(spans));
}

function findPiiOnce(text: string, opts: RedactOptions): PiiSpan[] {
  let spans = findOnce(text, opts);
  for (let pass = 0; pass < 3 && spans.length > 0; pass++) {
    let masked = '';
    const origin: number[] = []; // masked index → original index (-1 inside a mask)
    let pos = 0;
    for (const s of spans) {
      for (let i = pos; i < s.start; i++) origin.push(i);
      masked += text.slice(pos, s.start);
      const token = `[${s.type}_X]`; // no digit, so the digit-only patterns still skip a text without digits
      masked += token;
      for (let i = 0; i < token.length; i++) origin.push(-1);
      pos = s.end;
    }
    for (let i = pos; i < text.length; i++) origin.push(i);
    masked += text.slice(pos);
    const extra = findOnce(masked, opts).filter((s) => {
      for (let i = s.start; i < s.end; i++) if (origin[i] === -1) return false;
      return true;
    });
    if (extra.length === 0) break;
    const mapped = extra.map((s) => ({ ...s, start: origin[s.start]!, end: origin[s.end - 1]! + 1 }));
    spans = [...spans, ...mapped].sort((a, b) => a.start - b.start);
  }
  return spans;
}

function findOnce(text: string, opts: RedactOptions, nested = false): PiiSpan[] {
  const types = opts.types ? new Set(opts.types) : null;
  const extra = new Set((opts.keep ?? []).map(digitsOf));
  const candidates: Array<PiiSpan & { priority: number }> = [];
  const keep = protectedSpans(text, extra);
  for (const p of PII_PATTERNS) {
    if (types && !types.has(p.type)) continue;
    if (p.needs && !p.needs.test(text)) continue;
    p.re.lastIndex = 0;
    for (const m of text.matchAll(p.re)) {
      const g = p.group ?? 0;
      const value = m[g];
      const idx = m.indices?.[g];
      if (!value || !idx) continue;
      let [start, end] = idx;
      if (p.type === 'ADDRESS') {
        // Drop a leading "我住在" / "地址是" that the greedy CJK run picked up.
        const lead =
          /^(?:我们?(?:家)?(?:现在)?(?:住喺|住|就住|住在|在|喺)?(?:在)?|(?:我的?)?(?:家庭|家里|家|现|居住|通讯|收货|联系|寄送|快递|老家)?(?:住址|地址)(?:是|为|係|在)?[:：]?|(?:我的?)?老家(?:是|在)?|家住(?:在)?|住在|现住(?:址)?[:：]?|(?:寄|送|搬)(?:到|去)了?|(?:我|我哋)?(?:屋企|屋企地址)(?:係|喺|在)?|住喺|喺|係|在)/u.exec(
            value,
          );
        if (lead && lead[0].length < value.length - 3) start += lead[0].length;
        // "麻烦寄到…", "学校地址…", "我住院的地方是…": words up to a sending or address cue (never a place name's 市/区/路).
        for (let i = 0; i < 2; i++) {
          const cue =
            ADDRESS_CUE_LEAD.exec(text.slice(start, end)) ??
            ADDRESS_VERB_LEAD.exec(text.slice(start, end)) ??
            ADDRESS_HOST_LEAD.exec(text.slice(start, end));
          if (!cue || cue[0].length >= end - start - 3) break;
          start += cue[0].length;
        }
      }
      if (p.reject?.test(value)) continue;
      // The pattern's own `[^.!?\n]*$` keeps it to the sentence; 160 characters bound the look back.
      if (p.rejectBefore?.test(text.slice(Math.max(0, start - 160), start))) continue;
      if (p.rejectWord) {
        const words = value.split(/\s+/u);
        if (p.rejectWord.test(words[0]!)) continue;
        const bad = words.findIndex((w) => p.rejectWord!.test(w));
        if (bad > 0) end = start + value.indexOf(words[bad - 1]!) + words[bad - 1]!.length;
      }
      if (!validate(p.type, text.slice(start, end), text, start, extra)) continue;
      // Trim trailing spaces.
      while (end > start && /\s/u.test(text[end - 1]!)) end--;
      // A date of birth or WeChat id is found through its cue word, so a 1995 / 12345 inside it is no hotline.
      // So is a short one inside a street address (中山路988号).
      if (
        p.type !== 'DOB' &&
        p.type !== 'WECHAT' &&
        keep.some(
          ([ks, ke]) =>
            start < ke &&
            ks < end &&
            // A unit number after "#" (Blk 456 … #12-345) is no hotline either.
            !(p.type === 'ADDRESS' && ks > start && (ke - ks <= 5 || text[ks - 1] === '#')) &&
            // Round 24: a house number that is also an emergency number (120 Main Street, 911 Oak Ave); not after "call".
            !(
              p.id.startsWith('en-address') &&
              ks === start &&
              ke - ks <= 5 &&
              /^\s+[A-Z]/u.test(text.slice(ke, ke + 3)) &&
              !/(?:call|dial|ring|rang|text|phone|dialled|dialed)\s*$/iu.test(
                text.slice(Math.max(0, start - 12), start),
              )
            ),
        )
      )
        continue;
      candidates.push({ type: p.type, start, end, text: text.slice(start, end), priority: p.priority });
    }
  }
  // Session 27: a Chinese address broken by spaces, commas or a line break, read with them dropped (pii-address-joins.ts).
  if (!nested && (!types || types.has('ADDRESS'))) {
    const c = compactAddressText(text);
    if (c)
      for (const s of findOnce(c.compact, { ...opts, types: ['ADDRESS'] }, true)) {
        const start = c.origin[s.start]!;
        const end = c.origin[s.end - 1]! + 1;
        if (end - start === s.end - s.start) continue; // nothing dropped inside: the plain reading has it
        candidates.push({ type: 'ADDRESS', start, end, text: text.slice(start, end), priority: 50 });
      }
    for (const [start, end] of reversedChineseAddresses(text))
      candidates.push({ type: 'ADDRESS', start, end, text: text.slice(start, end), priority: 50 });
  }
  for (const s of tableSpans(text))
    if (!types || types.has(s.type)) candidates.push({ ...s, priority: s.type === 'DOB' ? 46 : 41 });
  if (!types || types.has('NAME')) {
    const lexicon = lexiconNameSpans(text);
    // Below the cued rules, but a rule's name cut short (赵志 of 赵志刚, 刚 read as 刚才) gives way to the whole name.
    // Candidates by start, looked up once each (a long list of names would make a search per name quadratic).
    const ruleNameAt = new Map<number, { end: number; priority: number }[]>();
    if (lexicon.length > 0)
      for (const c of candidates)
        if (c.type === 'NAME') ruleNameAt.set(c.start, [...(ruleNameAt.get(c.start) ?? []), c]);
    for (const s of lexicon) {
      const cut = ruleNameAt.get(s.start)?.find((c) => c.end < s.end);
      const priority = cut ? cut.priority + 0.5 : 36;
      candidates.push({ type: 'NAME', ...s, text: text.slice(s.start, s.end), priority });
    }
    // Session 27: names found by their shape and place, without a cue (Latin names on no list, chat speakers, nicknames,
    // mixed writing, Chinese full names anywhere): below every cued rule.
    for (const s of [
      ...shapedNameSpans(text),
      ...chatSpeakerSpans(text),
      ...nicknameSpans(text),
      ...signOffSpans(text),
      ...mixedNameSpans(text),
      ...fullNameSpans(text),
    ])
      candidates.push({ type: 'NAME', ...s, text: text.slice(s.start, s.end), priority: 35 });
    // Session 27: traditional characters read as simplified (陳冠宇, 我跟宜蓁說), one for one so offsets stay.
    const simplified = nested ? text : simplifiedText(text);
    if (simplified !== text)
      for (const s of findOnce(simplified, { ...opts, types: ['NAME'] }, true))
        candidates.push({
          type: 'NAME',
          start: s.start,
          end: s.end,
          text: text.slice(s.start, s.end),
          priority: 36,
        });
  }
  // Session 30: a name never runs over a line break ("Name: Rosa Delgado\nPhone: …" is a form, one field a line).
  for (const c of candidates) {
    const nl = c.type === 'NAME' ? c.text.search(/[\r\n]/u) : -1;
    if (nl < 0) continue;
    let end = c.start + nl;
    while (end > c.start && /[\s:：,，]/u.test(text[end - 1]!)) end--;
    c.end = end;
    c.text = text.slice(c.start, end);
  }
  // Session 27: a public figure's or a fictional character's Chinese name found without a cue is no one's personal
  // data; "我叫王一博" (a self-introduction, a cued rule) still is.
  // Session 38: so is a name met in a video, a post or a talk and quoted ("我在B站看了李玫瑾教授的视频", "在知乎看到张雪峰说…").
  const kept = candidates.filter(
    (c) =>
      c.end > c.start &&
      !(
        c.type === 'NAME' &&
        ((c.priority < 38 && ZH_PUBLIC_FIGURES.has(c.text)) ||
          // a name before a title (priority 38) too: "李玫瑾教授的视频"
          (c.priority <= 38 && seenInMediaZh(text, c.start, c.end)))
      ),
  );
  kept.sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: PiiSpan[] = [];
  // Offsets already taken by a chosen span: linear in the text, however many candidates there are.
  const taken = new Uint8Array(text.length);
  for (const c of kept) {
    let free = true;
    for (let i = c.start; i < c.end; i++)
      if (taken[i]) {
        free = false;
        break;
      }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    chosen.push({ type: c.type, start: c.start, end: c.end, text: c.text });
  }
  chosen.sort((a, b) => a.start - b.start);

  // Round 23b: two address parts joined by a comma are one address ("Flat 3A, Block 2, Kornhill, 18 Hong Shing Street, …").
  for (let i = chosen.length - 1; i > 0; i--) {
    const a = chosen[i - 1]!;
    const b = chosen[i]!;
    if (a.type !== 'ADDRESS' || b.type !== 'ADDRESS' || !/^[,，]\s?$/u.test(text.slice(a.end, b.start)))
      continue;
    chosen.splice(i - 1, 2, {
      type: 'ADDRESS',
      start: a.start,
      end: b.end,
      text: text.slice(a.start, b.end),
    });
  }
  // Session 27: an English street address takes in its city line and flat number written apart from it.
  chosen.forEach((span, k) => {
    if (span.type !== 'ADDRESS' || /[\u4e00-\u9fa5]/u.test(span.text)) return;
    const [start, end] = extendEnglishAddress(text, span.start, span.end);
    const prevEnd = chosen[k - 1]?.end ?? 0;
    const nextStart = chosen[k + 1]?.start ?? text.length;
    if (start < prevEnd || end > nextStart || (start === span.start && end === span.end)) return;
    chosen[k] = { type: 'ADDRESS', start, end, text: text.slice(start, end) };
  });
  return chosen;
}

/** The text with traditional characters replaced by simplified ones where one stands for one (same length). */
function simplifiedText(text: string): string {
  if (!/[\u3400-\u9fff]/u.test(text)) return text;
  let out = '';
  for (const ch of text) out += ch.length === 1 ? (TRAD_TO_SIMP[ch] ?? ch) : ch;
  return out;
}

/** Key under which equal values share one placeholder (digits only for numbers). */
function valueKey(span: PiiSpan): string {
  switch (span.type) {
    case 'PHONE':
    case 'ID':
    case 'BANKCARD':
    case 'QQ':
    case 'SSN':
      return `${span.type}:${digitsOf(span.text).replace(/^(?:0086|86)(?=1\d{10}$)/u, '')}`;
    default:
      return `${span.type}:${toAsciiDigits(span.text).toLowerCase().replace(/\s+/gu, ' ')}`;
  }
}

/** Placeholder numbering shared across calls (one per request / session). */
class PlaceholderBook {
  private readonly byKey = new Map<string, string>();
  private readonly originals = new Map<string, string>();
  private readonly counters = new Map<PiiType, number>();

  placeholderFor(span: PiiSpan): string {
    const key = valueKey(span);
    let ph = this.byKey.get(key);
    if (!ph) {
      const n = (this.counters.get(span.type) ?? 0) + 1;
      this.counters.set(span.type, n);
      ph = `[${span.type}_${n}]`;
      this.byKey.set(key, ph);
      this.originals.set(ph, span.text);
    }
    return ph;
  }

  original(placeholder: string): string | undefined {
    return this.originals.get(placeholder);
  }
}

function apply(text: string, spans: PiiSpan[], book: PlaceholderBook): string {
  let out = '';
  let pos = 0;
  for (const s of spans) {
    out += text.slice(pos, s.start) + book.placeholderFor(s);
    pos = s.end;
  }
  return out + text.slice(pos);
}

/** Redacts one text. Placeholders are numbered within this call. Never throws. */
export function redact(text: string, opts: RedactOptions = {}): RedactResult {
  if (typeof text !== 'string' || text === '')
    return { redacted: typeof text === 'string' ? text : '', spans: [] };
  const spans = findPii(text, opts);
  return { redacted: apply(text, spans, new PlaceholderBook()), spans };
}

const PLACEHOLDER = /\[([A-Z]+)_(\d+)\]/gu;

/** A redactor for one request: consistent placeholders across all its messages, restored locally. */
export function createRedactor(
  opts: RedactOptions = {},
): TextRedactor & { learn(text: string): void; spans(): PiiSpan[] } {
  const book = new PlaceholderBook();
  const seen: PiiSpan[] = [];
  /** Names found in any text of the request (learned or redacted), looked for in every text redacted. */
  const names = new Set<string>();
  /** Spans of texts read by learn(), reused when the same text is redacted. */
  const learned = new Map<string, PiiSpan[]>();
  const find = (text: string): PiiSpan[] => {
    const spans = learned.get(text) ?? findPii(text, opts);
    for (const n of namesIn(spans)) names.add(n);
    return spans;
  };
  return {
    redact(text: string): string {
      if (!text) return text;
      const spans = withRepeatedNames(text, find(text), names);
      seen.push(...spans);
      return apply(text, spans, book);
    },
    learn(text: string): void {
      if (!text || learned.has(text)) return;
      learned.set(text, find(text));
    },
    restore(text: string): string {
      if (!text) return text;
      return text.replace(PLACEHOLDER, (ph) => book.original(ph) ?? ph);
    },
    spans: () => [...seen],
  };
}
