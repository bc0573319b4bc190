/**
 * Text normalisation for the crisis detectors. Rules match the normalised text; every normalised
 * character remembers the UTF-16 range it came from, so evidence spans point into the original.
 *
 * Steps: full-width → half-width, lower-case, traditional → simplified (common characters),
 * apostrophes dropped ("i'm" → "im", as Reddit-style text writes it), emoji variation selectors
 * dropped, whitespace collapsed, spaces between CJK characters removed, leetspeak inside words
 * undone ("su1c1de" → "suicide"), long vowel runs shortened ("sooo" → "so").
 */
import { TRAD_TO_SIMP } from './data/trad-simp.ts';

export interface NormalisedText {
  text: string;
  /** For each UTF-16 unit of `text`, the start offset in the original string. */
  starts: number[];
  /** For each UTF-16 unit of `text`, the end offset (exclusive) in the original string. */
  ends: number[];
}

/** Digits and symbols written for letters ("k1ll", "$uicide"); also read by the harmful-request decoder. */
export const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

export function isCjk(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3000 && c <= 0x303f);
}

/** A Chinese character or CJK punctuation beside a single quote makes it a quotation mark. */
const CJK_SIDE = /[\u3001-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff20]/u;
const CJK_BESIDE_QUOTE = new RegExp(
  `${CJK_SIDE.source}['\u2018\u2019]|['\u2018\u2019]${CJK_SIDE.source}`,
  'u',
);

/** Whether `cjkQuotes` would change how the text normalises: a single quote stands beside a Chinese character. */
export const hasCjkSingleQuote = (text: string): boolean => CJK_BESIDE_QUOTE.test(text);

const isAsciiLetter = (ch: string | undefined): boolean => ch !== undefined && ch >= 'a' && ch <= 'z';

export interface NormaliseOptions {
  /**
   * Session 38: a single quote next to a Chinese character becomes '"' too ("歌词是'我想就这样死去'"). Only the crisis
   * rules ask for it: the request rules read a term across quotes ("'无痛离世'方案") and the learned models were
   * trained on text without it.
   */
  cjkQuotes?: boolean;
}

export function normalise(input: string, options: NormaliseOptions = {}): NormalisedText {
  const cjkQuotes = options.cjkQuotes === true;
  // Pass 1: per code point mapping.
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (s: string, start: number, end: number) => {
    for (let k = 0; k < s.length; k++) {
      chars.push(s[k]!);
      starts.push(start);
      ends.push(end);
    }
  };
  let singleOpen = false;
  for (let i = 0; i < input.length;) {
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let s = String.fromCodePoint(cp);
    if (cp >= 0xff01 && cp <= 0xff5e) s = String.fromCharCode(cp - 0xfee0);
    else if (cp === 0x3000 || cp === 0x00a0) s = ' ';
    else if (cp === 0xfe0f || cp === 0xfe0e || cp === 0x200d || cp === 0x200b) s = '';
    else if (cp === 0x2019 || cp === 0x2018 || cp === 0x27) {
      // A single quote that opens or closes an English quotation ("she said 'i want to die'")
      // becomes '"' so quote-aware modifiers see it; an apostrophe inside a word ("i'm") is dropped.
      // With `cjkQuotes`, next to Chinese characters a straight or curly single quote is a quotation mark too; an
      // apostrophe only ever stands between Latin letters.
      const prev = input[i - 1];
      const next = input[i + 1];
      if (
        !singleOpen &&
        cp !== 0x2019 &&
        (prev === undefined || /[\s(:,—-]/u.test(prev) || (cjkQuotes && CJK_SIDE.test(prev))) &&
        next !== undefined &&
        (/[a-z0-9]/iu.test(next) || (cjkQuotes && CJK_SIDE.test(next)))
      ) {
        s = '"';
        singleOpen = true;
      } else if (
        singleOpen &&
        cp !== 0x2018 &&
        prev !== undefined &&
        /\S/u.test(prev) &&
        (next === undefined || /[\s.,!?;:)…]/u.test(next) || (cjkQuotes && CJK_SIDE.test(next)))
      ) {
        s = '"';
        singleOpen = false;
      } else s = '';
    }
    if (s === '\n') singleOpen = false;
    else if (cp === 0x201c || cp === 0x201d) s = '"';
    else if (s === '\t' || s === '\r') s = ' ';
    s = s.toLowerCase();
    // One code point (𠝹 is two UTF-16 units) maps to one character; offsets stay exact.
    if ((s.length === 1 || cp > 0xffff) && TRAD_TO_SIMP[s] !== undefined) s = TRAD_TO_SIMP[s]!;
    push(s, i, i + width);
    i += width;
  }

  // Pass 2: whitespace, CJK spacing, leetspeak, elongation.
  const out: string[] = [];
  const oStarts: number[] = [];
  const oEnds: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    let ch = chars[i]!;
    if (ch === ' ') {
      const prev = out[out.length - 1];
      if (prev === undefined || prev === ' ' || prev === '\n') continue;
      // Drop spaces between CJK characters ("不 想 活" → "不想活").
      let j = i + 1;
      while (chars[j] === ' ') j++;
      if (isCjk(prev) && isCjk(chars[j])) continue;
    }
    const leet = LEET[ch];
    if (leet !== undefined) {
      const prev = out[out.length - 1];
      const next = chars[i + 1];
      const nextIsWordy =
        isAsciiLetter(next) ||
        (next !== undefined && LEET[next] !== undefined && isAsciiLetter(chars[i + 2]));
      if (isAsciiLetter(prev) && nextIsWordy) ch = leet;
      else if ((prev === undefined || !/[a-z0-9]/.test(prev)) && isAsciiLetter(next)) {
        // Word-initial: only when at least four letters follow ("5uicide", not "3pm").
        let k = i + 1;
        while (k < chars.length && (isAsciiLetter(chars[k]) || LEET[chars[k]!] !== undefined)) k++;
        if (k - i - 1 >= 4) ch = leet;
      }
    }
    // Elongation: a letter repeated 3+ times collapses to one (vowels) or two (other letters).
    if (isAsciiLetter(ch) && chars[i + 1] === ch && chars[i + 2] === ch) {
      let r = i;
      while (chars[r + 1] === ch) r++;
      const keep = VOWELS.has(ch) ? 1 : 2;
      for (let k = 0; k < keep; k++) {
        out.push(ch);
        oStarts.push(starts[i + k]!);
        oEnds.push(k === keep - 1 ? ends[r]! : ends[i + k]!);
      }
      i = r;
      continue;
    }
    out.push(ch);
    oStarts.push(starts[i]!);
    oEnds.push(ends[i]!);
  }
  return { text: out.join(''), starts: oStarts, ends: oEnds };
}

/** How much a normalised text says: its Han characters and its Latin words (short replies are judged by it). */
export function textSize(normText: string): { han: number; words: number } {
  return {
    han: normText.match(/\p{Script=Han}/gu)?.length ?? 0,
    words: normText.match(/[a-z]+/g)?.length ?? 0,
  };
}

/** Maps a [start, end) range of the normalised text back to the original string. */
export function originalRange(
  norm: NormalisedText,
  start: number,
  end: number,
): { start: number; end: number } {
  if (end <= start) return { start: norm.starts[start] ?? 0, end: norm.starts[start] ?? 0 };
  return { start: norm.starts[start]!, end: norm.ends[end - 1]! };
}
