/**
 * Ports of sacrebleu 2.6.0's BLEU tokenizers (`13a`, `zh`, `intl`, `char`, `none`), matched to
 * sacrebleu's output on the shared vectors. Python semantics that matter are reproduced: `str.split()`
 * whitespace, `str.strip()`, code-point iteration, and the zh range-table quirk (see below).
 */

export type BleuTokenizerName = '13a' | 'zh' | 'intl' | 'char' | 'none';
export const BLEU_TOKENIZERS: readonly BleuTokenizerName[] = ['13a', 'zh', 'intl', 'char', 'none'];

/** Characters Python's `str.split()` / `str.strip()` treat as whitespace. */
const PY_WS =
  '\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const PY_WS_RUN = new RegExp(`[${PY_WS}]+`, 'g');
const PY_WS_LEAD = new RegExp(`^[${PY_WS}]+`);
const PY_WS_TRAIL = new RegExp(`[${PY_WS}]+$`);

/** Python `s.split()` (no argument). */
export function pySplit(s: string): string[] {
  const out = s.split(PY_WS_RUN);
  if (out.length > 0 && out[0] === '') out.shift();
  if (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}
export function pyStrip(s: string): string {
  return s.replace(PY_WS_LEAD, '').replace(PY_WS_TRAIL, '');
}
export function pyRstrip(s: string): string {
  return s.replace(PY_WS_TRAIL, '');
}

/** sacrebleu's TokenizerRegexp (the "post-tokenizer" of 13a and zh). */
const REGEXP_RULES: Array<[RegExp, string]> = [
  // eslint-disable-next-line no-useless-escape
  [/([\{-\~\[-\` -\&\(-\+\:-\@\/])/g, ' $1 '],
  [/([^0-9])([.,])/g, '$1 $2 '],
  [/([.,])([^0-9])/g, ' $1 $2'],
  [/([0-9])(-)/g, '$1 $2 '],
];
/** Any character one of the rules can touch (ASCII punctuation/symbols, space, digits-dash). */
const REGEXP_TRIGGER = /[!-/:-@[-`{-~]/;
function regexpTokenize(line: string): string {
  // fast path: the rules only add spaces around ASCII punctuation; without any, only whitespace folding remains
  if (!REGEXP_TRIGGER.test(line)) return pySplit(line).join(' ');
  let s = line;
  for (const [re, repl] of REGEXP_RULES) s = s.replace(re, repl);
  return pySplit(s).join(' ');
}

export function tokenize13a(line: string): string {
  let s = line.replaceAll('<skipped>', '').replaceAll('-\n', '').replaceAll('\n', ' ');
  if (s.includes('&')) {
    s = s.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  }
  return regexpTokenize(` ${s} `);
}

/**
 * sacrebleu's `_UCODE_RANGES`. Two entries are written in Python as '\u20000'/'\u2a6d6' and
 * '\u2f800'/'\u2fa1d': 2-character strings, so a single character c satisfies start <= c <= end
 * exactly when U+2001 <= c <= U+2A6D (resp. U+2F81..U+2FA1). Astral characters (real Extension B)
 * never match. We reproduce that to stay identical to sacrebleu.
 */
const ZH_RANGES: Array<[number, number]> = [
  [0x3400, 0x4db5],
  [0x4e00, 0x9fa5],
  [0x9fa6, 0x9fbb],
  [0xf900, 0xfa2d],
  [0xfa30, 0xfa6a],
  [0xfa70, 0xfad9],
  [0x2001, 0x2a6d], // quirk: ('\u20000', '\u2a6d6')
  [0x2f81, 0x2fa1], // quirk: ('\u2f800', '\u2fa1d')
  [0xff00, 0xffef],
  [0x2e80, 0x2eff],
  [0x3000, 0x303f],
  [0x31c0, 0x31ef],
  [0x2f00, 0x2fdf],
  [0x2ff0, 0x2fff],
  [0x3100, 0x312f],
  [0x31a0, 0x31bf],
  [0xfe10, 0xfe1f],
  [0xfe30, 0xfe4f],
  [0x2600, 0x26ff],
  [0x2700, 0x27bf],
  [0x3200, 0x32ff],
  [0x3300, 0x33ff],
];
const zhTable = new Uint8Array(0x10000);
for (const [a, b] of ZH_RANGES) zhTable.fill(1, a, b + 1);

export function isSacrebleuChineseChar(cp: number): boolean {
  return cp < 0x10000 && zhTable[cp] === 1;
}

export function tokenizeZh(line: string): string {
  const parts: string[] = [];
  for (const ch of pyStrip(line)) {
    const cp = ch.codePointAt(0) ?? 0;
    parts.push(isSacrebleuChineseChar(cp) ? ` ${ch} ` : ch);
  }
  return regexpTokenize(parts.join(''));
}

const INTL_RULES: Array<[RegExp, string]> = [
  [/(\P{N})(\p{P})/gu, '$1 $2 '],
  [/(\p{P})(\P{N})/gu, ' $1 $2'],
  [/(\p{S})/gu, ' $1 '],
];
/** Python whitespace as a BMP lookup table (the same set as PY_WS). */
const wsTable = new Uint8Array(0x10000);
for (const [a, b] of [
  [0x09, 0x0d],
  [0x1c, 0x20],
  [0x85, 0x85],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
] as const)
  wsTable.fill(1, a, b + 1);

/**
 * `pySplit(tokenizeZh(line))` in one pass, without building the padded string: every Chinese
 * character is a token, other runs split on Python whitespace. Lines with ASCII punctuation take
 * the regex path (the post-tokenizer's rules); everything else is identical by construction
 * (whitespace is tested first, so the zh table's whitespace entries U+2001..U+200A and U+3000 still
 * split; astral characters are never Chinese for sacrebleu and stay inside their run).
 */
export function zhTokens(line: string): string[] {
  if (REGEXP_TRIGGER.test(line)) return pySplit(tokenizeZh(line));
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (wsTable[c] === 1) {
      if (start >= 0) out.push(line.slice(start, i));
      start = -1;
    } else if (zhTable[c] === 1) {
      if (start >= 0) out.push(line.slice(start, i));
      start = -1;
      out.push(line[i] as string);
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push(line.slice(start));
  return out;
}

/** A BLEU tokenizer straight to the token list (`pySplit(bleuTokenizer(name)(line))`). */
export function bleuTokens(name: BleuTokenizerName): (line: string) => string[] {
  if (name === 'zh') return zhTokens;
  const tok = bleuTokenizer(name);
  return (line) => pySplit(tok(line));
}

export function tokenizeIntl(line: string): string {
  let s = line;
  for (const [re, repl] of INTL_RULES) s = s.replace(re, repl);
  return pySplit(s).join(' ');
}

export function tokenizeChar(line: string): string {
  return [...line].join(' ');
}

export function bleuTokenizer(name: BleuTokenizerName): (line: string) => string {
  switch (name) {
    case '13a':
      return tokenize13a;
    case 'zh':
      return tokenizeZh;
    case 'intl':
      return tokenizeIntl;
    case 'char':
      return tokenizeChar;
    case 'none':
      return (s) => s;
  }
}

let wordSegmenter: Intl.Segmenter | undefined;
/**
 * Word segmentation with ICU's dictionary (Intl.Segmenter). NOT jieba: EmoLLM and ChatGLM segment
 * with jieba, whose boundaries differ on many words. For exact parity, segment with jieba yourself
 * and pass space-separated text with `presegmented`.
 */
export function segmentWords(text: string): string[] {
  wordSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: string[] = [];
  for (const s of wordSegmenter.segment(text)) {
    if (pySplit(s.segment).length === 0) continue; // drop whitespace segments
    out.push(s.segment);
  }
  return out;
}
