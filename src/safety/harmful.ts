/**
 * Harmful-request detection: self-harm methods, overdose amounts, hiding injuries and extreme
 * weight loss, including jailbreak framings and obfuscation. Deterministic; runs before any engine.
 *
 * Obfuscation: the rules run on the text as written (with invisible characters, diacritic overlays,
 * compatibility forms and Cyrillic/Greek look-alikes cleaned up), then on variants: letters spaced
 * out ("h o w  t o"), aggressive leetspeak ("h0w t0"), reversed text, and base64 / hex / ROT13
 * payloads decoded. A decoded or reversed payload counts as a framing (it is an evasion).
 */
import {
  ANSWER_R21,
  ANSWER_R24,
  SAFE_STORAGE,
  BENIGN,
  DETAIL,
  FRAMING,
  otherAskTold,
  STRONG,
  TOPIC,
  type HarmCategory,
  type HarmRule,
} from './data/harmful-requests.ts';
import { LEET as NORMALISER_LEET, normalise } from './normalize.ts';
import { PINYIN_MAX_WORDS, PINYIN_SYLLABLE, PINYIN_WORDS } from './data/pinyin.ts';
import { LiteralIndex, literalPrefilter } from './regex-prefilter.ts';
import { keyWordFor } from './typo-words.ts';

export interface HarmfulRequest {
  category: HarmCategory;
  rule: string;
  /** A jailbreak framing was present (role-play, fiction, translation, "ignore instructions"). */
  framing: boolean;
  /** How the request was hidden, when it was ("spaced", "leet", "emoji", "reversed", "base64", "hex", "rot13", "typo"). */
  obfuscation?: string;
  evidence: { start: number; end: number; text: string };
}

/** A string whose every UTF-16 unit remembers the [start, end) range of the input it came from. */
interface Mapped {
  text: string;
  starts: number[];
  ends: number[];
}

// Look-alike letters used to dodge filters (Cyrillic and Greek), mapped to Latin.
const HOMOGLYPHS: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ɡ: 'g',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
};
// Invisible characters: format controls (zero-width, bidi, soft hyphen, tags), combining marks
// ("z̶a̶l̶g̶o̶" overlays, variation selectors) and Hangul fillers. Checked one code point at a time.
const INVISIBLE = /^(?:\p{Mn}|\p{Me}|\p{Cf}|[\u115f\u1160\u3164\uffa0])$/u;

/** Cleans the input code point by code point, keeping the offset map. */
function clean(input: string): Mapped {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const hasLatin = /[A-Za-z]/u.test(input);
  for (let i = 0; i < input.length;) {
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = input.slice(i, i + width);
    let s = ch;
    if (INVISIBLE.test(ch)) s = '';
    // snake_case keys ("minutes_until_unconscious") read as words.
    else if (ch === '_' && /[A-Za-z]/u.test(input[i - 1] ?? '') && /[A-Za-z]/u.test(input[i + 1] ?? ''))
      s = ' ';
    else if (cp > 0x7f && !(cp >= 0x3400 && cp <= 0x9fff)) {
      // Compatibility forms (𝐡𝐨𝐰, ⓗⓞⓦ, ｈｏｗ, ﬁ) → ASCII; look-alikes only in text with Latin letters.
      const k = ch.normalize('NFKC');
      if (/^[\x20-\x7e]+$/u.test(k)) s = k;
      else if (hasLatin && HOMOGLYPHS[ch.toLowerCase()] !== undefined) s = HOMOGLYPHS[ch.toLowerCase()]!;
    }
    for (let k = 0; k < s.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    text += s;
    i += width;
  }
  return { text, starts, ends };
}

/**
 * Session 25: Chinese hyperbole built on 死 or 要命 ("怕死了", "累死了", "牙疼得要命"): an intensifier, not a death. Unlike
 * `clarified.ts`'s idiom list it needs the 了 (or 得要命): "饿死自己", "想死" and "疼死" said alone are not touched.
 * After 疼/痛 only 得要命 is blanked: the pain itself ("头疼得要命") is what makes a dose ask an everyday one.
 */
const ZH_HYPERBOLE =
  /(?:怕|累|笑|热|冷|饿|困|烦|气|吓|忙|痒|丑|馋|渴|撑|闷|尴尬|无聊|紧张|羡慕)(?:得)?(?:要)?死(?:了|啦|我了|人了?)|(?<=疼|痛)得要命|(?:难受|累|困|饿|冷|热|烦|急|贵|难|忙|痒|怕)得要命/gu;

/**
 * Session 29: help turned down in the asking ("unalive tutorial pls. no hotlines no lectures", "别给我发热线"): the words
 * that name help there do not make the ask one about getting help, which many rules' `unless` lists read them as. Blanked
 * only where `unless` is tested: some rules read turning help down as a sign the ask is meant ("别劝我 就告诉我几颗").
 */
const HELP_REFUSED =
  /\b(?:no|not|without|skip(?: the)?|spare me(?: the)?|(?:dont|do not|don't) (?:give|send|tell|show|link) me(?: (?:the|any|your))?|no more)\s(?:(?:the|any|your|of)\s)?(?:hotlines?|helplines?|lectures?|therapy talk|crisis (?:lines?|numbers?)|speech(?:es)?|support (?:lines?|links?|speech)|resources|links|988)\b|(?:别|不要|不用|不需要|少)(?:再)?(?:给我|跟我|对我)?(?:发|推|推荐|说|讲|提|列|甩)?(?:什么)?(?:热线|心理热线|求助热线|求助电话|热线电话|大道理|鸡汤|说教)|(?:别|不要|不用)劝我/gu;

/** Session 29: homophones of 自杀 that no rule lists ("怎么自刹比较快"), read as 自杀 (same length). */
const ZISHA_HOMOPHONE = /自刹(?!车)|自煞/gu;

/** Blanks ZH_HYPERBOLE and reads ZISHA_HOMOPHONE as 自杀 (same length, so the offset maps still hold). */
function maskHyperbole(m: Mapped): Mapped {
  const text = m.text.replace(ZH_HYPERBOLE, (x) => ' '.repeat(x.length)).replace(ZISHA_HOMOPHONE, '自杀');
  return text === m.text ? m : { ...m, text };
}

/** The text `unless` lists are tested on: HELP_REFUSED blanked. */
function withoutHelpRefused(t: string): string {
  return t.replace(HELP_REFUSED, (x) => ' '.repeat(x.length));
}

/**
 * Applies `normalise` to a mapped string, composes the offset maps and blanks Chinese hyperbole (every view the rules
 * read goes through here).
 */
function normaliseMapped(m: Mapped): Mapped {
  const n = normalise(m.text);
  return maskHyperbole({
    text: n.text,
    starts: n.starts.map((s) => m.starts[s] ?? 0),
    ends: n.ends.map((e) => m.ends[e - 1] ?? 0),
  });
}

/** Keeps the units of `m` for which `keep` is true, replacing some with another string. */
function rebuild(m: Mapped, f: (ch: string, i: number) => string): Mapped {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < m.text.length; i++) {
    const s = f(m.text[i]!, i);
    for (let k = 0; k < s.length; k++) {
      starts.push(m.starts[i]!);
      ends.push(m.ends[i]!);
    }
    text += s;
  }
  return { text, starts, ends };
}

/**
 * Session 29: misspelt key words read as meant ("wats the mosst painles way to go" → "most painless"), each corrected
 * word mapped to the whole word typed. Null when nothing was corrected.
 */
function typoView(m: Mapped): Mapped | null {
  let changed = false;
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const w of m.text.matchAll(/[a-z]+/gu)) {
    for (; i < w.index; i++) {
      text += m.text[i];
      starts.push(m.starts[i]!);
      ends.push(m.ends[i]!);
    }
    const fixed = keyWordFor(w[0]) ?? w[0];
    if (fixed !== w[0]) changed = true;
    const from = m.starts[w.index]!;
    const to = m.ends[w.index + w[0].length - 1]!;
    for (let k = 0; k < fixed.length; k++) {
      starts.push(fixed === w[0] ? m.starts[w.index + k]! : from);
      ends.push(fixed === w[0] ? m.ends[w.index + k]! : to);
    }
    text += fixed;
    i = w.index + w[0].length;
  }
  if (!changed) return null;
  for (; i < m.text.length; i++) {
    text += m.text[i];
    starts.push(m.starts[i]!);
    ends.push(m.ends[i]!);
  }
  return { text, starts, ends };
}

// Four or more single letters separated by one separator each ("h o w", "k.i.l.l", "怎 样 自 残").
const SPACED_RUN =
  /(?<![\p{L}\p{N}])[\p{L}\p{N}](?:(?:[ ._*·#|/-]|\s{2,}| \/ )[\p{L}\p{N}](?![\p{L}\p{N}])){3,}/gu;
// Once a text spaces out one word, its short words are spaced too ("s l e e p i n g  p i l l s to d i e"):
// then runs of three letters count as well.
const SPACED_RUN_SHORT =
  /(?<![\p{L}\p{N}])[\p{L}\p{N}](?:(?:[ ._*·#|/-]|\s{2,}| \/ )[\p{L}\p{N}](?![\p{L}\p{N}])){2,}/gu;

/** "h o w  t o  c u t" → "how to cut": single separators inside the run go, wider gaps become a space. */
function despace(m: Mapped): Mapped | null {
  const drop = new Set<number>();
  const space = new Set<number>();
  const found = SPACED_RUN.test(m.text);
  SPACED_RUN.lastIndex = 0;
  if (!found) return null;
  for (const run of m.text.matchAll(SPACED_RUN_SHORT)) {
    const base = run.index;
    const r = run[0];
    // "k.i.l.l m.e": when letters are joined by a mark, any space is a word gap.
    const marked = /[\p{L}\p{N}][._*·#|/-][\p{L}\p{N}]/u.test(r);
    // "how do i k i l l": a lone "i" after an auxiliary is the pronoun, not the first spaced letter.
    if (
      /^i[ ._*·#|/-]/u.test(r) &&
      /\b(?:do|can|could|should|would|will|did|how|if|when|why|where|and|then|so)\s$/u.test(
        m.text.slice(0, base),
      )
    )
      space.add(base + 1);
    for (let i = 0; i < r.length; i++) {
      if (/[\p{L}\p{N}]/u.test(r[i]!)) continue;
      let j = i;
      while (j < r.length && !/[\p{L}\p{N}]/u.test(r[j]!)) j++;
      const gap = r.slice(i, j);
      for (let k = i; k < j; k++) drop.add(base + k);
      if (gap.length > 1 || (marked && gap === ' ')) space.add(base + i);
      i = j - 1;
    }
  }
  const joined = rebuild(m, (ch, i) => (space.has(i) ? ' ' : drop.has(i) ? '' : ch));
  // Words spaced with single gaps run together ("k i l l m y s e l f" → "killmyself"): a reflexive
  // pronoun glued to the word before it gets its space back.
  const glued = new Set<number>();
  for (const g of joined.text.matchAll(
    /(?<=[a-z])(?:myself|yourself|himself|herself|themselves|oneself)(?![a-z])/gu,
  ))
    glued.add(g.index);
  return glued.size ? rebuild(joined, (ch, i) => (glued.has(i) ? ' ' + ch : ch)) : joined;
}

// The normaliser's letters, plus symbols that only an evasive request writes for letters.
const LEET: Record<string, string> = { ...NORMALISER_LEET, '!': 'i', '|': 'l', '€': 'e' };

// Text-speak written as whole words ("how 2 kill urself").
const TEXTSPEAK: Record<string, string> = {
  '2': 'to',
  '4': 'for',
  u: 'you',
  ur: 'your',
  urself: 'yourself',
  myslf: 'myself',
  ppl: 'people',
  pls: 'please',
  plz: 'please',
  wo: 'without',
};

/**
 * Leetspeak in any token with a letter ("t0", "0d", "k!ll"), except numbers with units ("500mg"),
 * and text-speak words between words ("how 2", "urself"). A changed token maps to its whole range.
 */
function deleet(m: Mapped, one = 'i'): Mapped | null {
  let changed = false;
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let pos = 0;
  const keep = (to: number) => {
    for (; pos < to; pos++) {
      text += m.text[pos];
      starts.push(m.starts[pos]!);
      ends.push(m.ends[pos]!);
    }
  };
  for (const t of m.text.matchAll(/[a-z0-9@$!|€]+/gu)) {
    const tok = t[0];
    let out = tok;
    const between =
      /[a-z] $/u.test(m.text.slice(0, t.index)) && /^ [a-z]/u.test(m.text.slice(t.index + tok.length));
    if (TEXTSPEAK[tok] !== undefined && (between || /[a-z]/u.test(tok))) out = TEXTSPEAK[tok]!;
    else if (/[a-z]/u.test(tok) && /[0-9@$!|€]/u.test(tok) && !/^\d+(?:[.,]\d+)?[a-z]{1,5}$/u.test(tok))
      out = tok.replace(/[0-9@$!|€]/gu, (c) => (c === '1' ? one : (LEET[c] ?? c)));
    if (out === tok) continue;
    changed = true;
    keep(t.index);
    const end = t.index + tok.length;
    for (const ch of out) {
      text += ch;
      starts.push(m.starts[t.index]!);
      ends.push(m.ends[end - 1]!);
    }
    pos = end;
  }
  if (!changed) return null;
  keep(m.text.length);
  return { text, starts, ends };
}

function reverse(m: Mapped): Mapped {
  const idx = [...m.text].map((_, i) => i).reverse();
  return {
    text: idx.map((i) => m.text[i]).join(''),
    starts: idx.map((i) => m.starts[i]!),
    ends: idx.map((i) => m.ends[i]!),
  };
}

/** Bytes → UTF-8 text, or null when the bytes are not mostly readable text. */
function asText(bytes: Uint8Array): string | null {
  let s: string;
  try {
    s = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  const letters = s.match(/[\p{L}\s]/gu)?.length ?? 0;
  return !/[\p{Cc}\ufffd]/u.test(s.replace(/[\t\n\r]/gu, '')) && letters >= s.length * 0.7 ? s : null;
}

/** Decoded payloads (base64 runs of 16+ characters, hex byte runs) with the run's original range. */
function payloads(text: string): Array<{ kind: string; text: string; start: number; end: number }> {
  const out: Array<{ kind: string; text: string; start: number; end: number }> = [];
  for (const m of text.matchAll(/(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,}={0,2}/gu)) {
    const raw = m[0].replace(/=+$/u, '').replace(/-/gu, '+').replace(/_/gu, '/');
    if (!/[0-9+/A-Z]/u.test(raw) || raw.length % 4 === 1) continue;
    let bin: string;
    try {
      bin = atob(raw + '='.repeat((4 - (raw.length % 4)) % 4));
    } catch {
      continue;
    }
    const s = asText(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
    if (s) out.push({ kind: 'base64', text: s, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(/(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}[ :]?){8,}(?![0-9A-Fa-f])/gu)) {
    const hex = m[0].replace(/[ :]/gu, '');
    const s = asText(Uint8Array.from(hex.match(/../gu)!, (h) => parseInt(h, 16)));
    if (s) out.push({ kind: 'hex', text: s, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// Emoji written in place of a method or of death ("想🔪自己", "how many 💊 to 💀"), read as words in the
// text's language. Only these, so everyday emoji never change a message.
const EMOJI_WORDS: Record<string, [zh: string, en: string]> = {
  '🔪': ['割', 'cut'],
  '🗡': ['割', 'cut'],
  '🩸': ['血', 'blood'],
  '💊': ['药', 'pills'],
  '💀': ['死', 'die'],
  '☠': ['死', 'die'],
  '⚰': ['死', 'die'],
  '🪦': ['死', 'die'],
  '🍷': ['酒', 'alcohol'],
  '🍺': ['酒', 'alcohol'],
  '🥃': ['酒', 'alcohol'],
  '🔢': ['多少', 'how many'],
  '😴': ['睡', 'sleep'],
  '🛁': ['浴缸', 'bath'],
  '🔫': ['枪', 'gun'],
  '🪢': ['绳', 'rope'],
  // Session 29: never seeing the sunrise again ("💊🔢❓ so I never 🌅 again").
  '🌅': ['醒来', 'wake up'],
  '🌄': ['醒来', 'wake up'],
};
const EMOJI_RE = /🔪|🗡|🩸|💊|💀|☠|⚰|🪦|🔢|🔫|🪢/u;

/** Emoji → words; English words get spaces around them so "💊💊" reads "pills pills". */
function unemoji(m: Mapped): Mapped | null {
  if (!EMOJI_RE.test(m.text)) return null;
  const zh = /\p{Script=Han}/u.test(m.text);
  return rebuild(m, (ch, i) => {
    // Surrogate pairs: the word goes on the high half, the low half is dropped.
    const cp = m.text.codePointAt(i)!;
    if (cp >= 0xdc00 && cp <= 0xdfff) return EMOJI_WORDS[m.text.slice(i - 1, i + 1)] ? '' : ch;
    const e = EMOJI_WORDS[String.fromCodePoint(cp)];
    if (!e) return ch;
    if (zh) return e[0];
    const w = cp > 0xffff ? 2 : 1;
    const before = i > 0 && !/\s/u.test(m.text[i - 1]!) ? ' ' : '';
    const after = i + w < m.text.length && !/\s/u.test(m.text[i + w]!) ? ' ' : '';
    return before + e[1] + after;
  });
}

/** Pinyin vowels with tone marks, and the toneless letter each stands for (ü as v, as pinyin keyboards type it). */
const TONELESS: Record<string, string> = Object.fromEntries(
  (
    [
      ['āáǎà', 'a'],
      ['ēéěè', 'e'],
      ['īíǐì', 'i'],
      ['ōóǒò', 'o'],
      ['ūúǔù', 'u'],
      ['ǖǘǚǜü', 'v'],
    ] as const
  ).flatMap(([marked, plain]) => [...marked].map((ch) => [ch, plain])),
);
const TONE_MARKED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/u;

/** A word split into toneless pinyin syllables (fewest syllables), or null when it is not pinyin. */
function syllables(w: string): string[] | null {
  if (w.length > 30) return null;
  const best: Array<string[] | null> = [[]];
  for (let i = 1; i <= w.length; i++) {
    best[i] = null;
    for (let j = Math.max(0, i - 6); j < i; j++) {
      const prev = best[j];
      if (prev && PINYIN_SYLLABLE.test(w.slice(j, i)) && (!best[i] || prev.length + 1 < best[i]!.length))
        best[i] = [...prev, w.slice(j, i)];
    }
  }
  return best[w.length] ?? null;
}

/**
 * Toneless pinyin read as Chinese ("zi can zen me bu liu ba" → "自残怎么不留疤"; see data/pinyin.ts), when
 * most of the text's Latin words are pinyin and one phrase of two or more syllables is known. Each Chinese
 * character maps to the range of the syllables it reads.
 */
function pinyinView(marked: Mapped): Mapped | null {
  // Session 37: pinyin typed with tone marks ("chī duō shǎo piàn ān mián yào") reads as toneless pinyin.
  const m = TONE_MARKED.test(marked.text) ? rebuild(marked, (ch) => TONELESS[ch] ?? ch) : marked;
  const toks = [...m.text.matchAll(/[a-z]+/gu)];
  if (toks.length === 0) return null;
  const syl = toks.map((t) => syllables(t[0]));
  const count = syl.filter(Boolean).length;
  // In Chinese text a pinyin word stands in for a character word ("怎么把 z!c@n 的痕迹藏起来"): only
  // known phrases of two or more syllables are read; elsewhere most words must be pinyin.
  const han = /\p{Script=Han}/u.test(m.text);
  if (!han && (count < 3 || count < toks.length * 0.7)) return null;
  // Syllables in order, with the token each came from; a run breaks at anything but spaces.
  const runs: Array<Array<{ s: string; tok: number }>> = [];
  let run: Array<{ s: string; tok: number }> = [];
  toks.forEach((t, k) => {
    const gap = k === 0 ? '' : m.text.slice(toks[k - 1]!.index + toks[k - 1]![0].length, t.index);
    if (run.length && (/[^ ]/u.test(gap) || !syl[k] || !syl[k - 1])) {
      runs.push(run);
      run = [];
    }
    for (const s of syl[k] ?? []) run.push({ s, tok: k });
  });
  if (run.length) runs.push(run);
  const out: Array<{ text: string; from: number; to: number }> = [];
  let phrases = 0;
  for (const rn of runs) {
    for (let i = 0; i < rn.length;) {
      let n = Math.min(PINYIN_MAX_WORDS, rn.length - i);
      const key = (k: number) =>
        rn
          .slice(i, i + k)
          .map((x) => x.s)
          .join(' ');
      for (; n > 0; n--) if (PINYIN_WORDS[key(n)] !== undefined) break;
      const len = Math.max(n, 1);
      const zh = han && n < 2 ? rn[i]!.s : n > 0 ? PINYIN_WORDS[key(n)]! : '〇';
      if (n > 1) phrases++;
      out.push({ text: zh, from: rn[i]!.tok, to: rn[i + len - 1]!.tok });
      i += len;
    }
  }
  if (phrases === 0) return null;
  // Rebuild: pinyin tokens become their Chinese; everything else stays, spaces inside a run go.
  const text: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const put = (s: string, a: number, b: number) => {
    for (const ch of s) {
      text.push(ch);
      starts.push(m.starts[a] ?? 0);
      ends.push(m.ends[b] ?? 0);
    }
  };
  let pos = 0;
  let o = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const a = t.index;
    const b = t.index + t[0].length;
    for (; pos < a; pos++)
      if (!(syl[k] && m.text[pos] === ' ' && k > 0 && syl[k - 1])) put(m.text[pos]!, pos, pos);
    if (!syl[k]) {
      for (; pos < b; pos++) put(m.text[pos]!, pos, pos);
      continue;
    }
    while (o < out.length && out[o]!.from === k) {
      const last = toks[out[o]!.to]!;
      put(out[o]!.text, a, last.index + last[0].length - 1);
      o++;
    }
    pos = b;
  }
  for (; pos < m.text.length; pos++) put(m.text[pos]!, pos, pos);
  return normaliseMapped({ text: text.join(''), starts, ends });
}

// A request to read the text backwards.
const REVERSE_ASK =
  /\b(?:revers(?:e|ed|ing)|backwards?|read (?:it|this) (?:from )?right to left|flip (?:it|this|the (?:text|letters)))\b|倒过来|反过来|倒着|倒序|反着/u;

const rot13 = (s: string) =>
  s.replace(/[a-z]/giu, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });

function firstMatch(rule: HarmRule, t: string, unlessText = t): RegExpExecArray | null {
  if (rule.requires && !rule.requires.test(t)) return null;
  if (rule.unless && rule.unless.test(unlessText)) return null;
  if (!rule.check) {
    // A global pattern starts from the beginning every time (its lastIndex is not carried from another text).
    rule.re.lastIndex = 0;
    return rule.re.exec(t);
  }
  if (!rule.re.global) {
    const m = rule.re.exec(t);
    return m && rule.check(m) ? m : null;
  }
  rule.re.lastIndex = 0;
  for (let m = rule.re.exec(t); m; m = rule.re.exec(t)) {
    if (rule.check(m)) return m;
    if (m[0].length === 0) rule.re.lastIndex++;
  }
  return null;
}

// Per rule, literal lists worked out from its pattern and its `requires` (see regex-prefilter.ts): a text
// that contains no string of one of the lists cannot match the rule, so its regexes are not run. Keeps
// long inputs cheap as families are added; results are the same as running every rule. All lists are
// searched together, once per view (LiteralIndex): checking each list with includes cost more per
// message than the rules it skipped.
const PREFILTER_LISTS: string[][] = [];
const PREFILTERS = new Map<HarmRule, number[]>(
  STRONG.map((rule) => [
    rule,
    [rule.re, rule.requires].flatMap((re) => {
      const list = re && literalPrefilter(re);
      if (!list) return [];
      PREFILTER_LISTS.push(list);
      return [PREFILTER_LISTS.length - 1];
    }),
  ]),
);
const PREFILTER_INDEX = new LiteralIndex(PREFILTER_LISTS);

interface Found {
  category: HarmCategory;
  rule: string;
  framing: boolean;
  start: number;
  end: number;
}

/** Runs the rules on one normalised view. `strongOnly` for views that can produce chance matches. */
function detectIn(v: Mapped, framed: boolean, strongOnly: boolean): Found | null {
  const t = v.text;
  const unlessText = withoutHelpRefused(t);
  const framing = framed || FRAMING.test(t);
  const found = (rule: HarmRule, m: RegExpExecArray, category = rule.category): Found => {
    const a = m.index;
    const b = Math.max(a, m.index + m[0].length - 1);
    const start = Math.min(v.starts[a] ?? 0, v.starts[b] ?? 0);
    const end = Math.max(v.ends[a] ?? 0, v.ends[b] ?? 0);
    return { category, rule: rule.id, framing, start, end };
  };
  // A gate shared by a group of rules is tested once per view.
  const gates = new Map<RegExp, boolean>();
  // Which literal lists have a string in the view, found in one pass.
  const listFound = PREFILTER_INDEX.enabled(t);
  for (const rule of STRONG) {
    if (strongOnly && rule.forwardOnly) continue;
    if (rule.gate) {
      let open = gates.get(rule.gate);
      if (open === undefined) gates.set(rule.gate, (open = rule.gate.test(t)));
      if (!open) continue;
    }
    const lists = PREFILTERS.get(rule);
    if (lists && !lists.every((id) => listFound[id] === 1)) continue;
    const m = firstMatch(rule, t, unlessText);
    if (m && !otherAskTold(m)) return found(rule, m);
  }
  if (strongOnly || BENIGN.test(t)) return null;
  for (const rule of TOPIC) {
    const m = rule.re.exec(t);
    if (m && rule.unless?.test(unlessText)) continue;
    // A framing passed in (an encoded or reversed payload) always counts; one found in the text counts
    // unless the rule says the message only tells a story.
    const framingCounts = framed || (framing && (!rule.framedAsk || rule.framedAsk(t)));
    if (m && (framingCounts || (rule.detail ? rule.detail(t) : DETAIL.test(t)))) {
      const category: HarmCategory = /purg|starv|催吐|绝食/u.test(m[0])
        ? 'extreme-weight-loss'
        : /overdos|lethal|fatal|安眠药|致死|过量/u.test(m[0])
          ? 'overdose'
          : rule.category;
      return found(rule, m, category);
    }
  }
  return null;
}

/**
 * Whether the text is one of round 21b's answer contexts (an emergency in progress for someone else, a
 * concept question, someone else's note, a writer with no method) with no own goal named: answered.
 */
export function answerContext(text: string): boolean {
  if (typeof text !== 'string' || text === '') return false;
  const t = normaliseMapped(clean(text)).text;
  return ANSWER_R21.test(t) || ANSWER_R24.test(t);
}

/** Returns the harmful request found in `text`, or null when the text may be answered. */
export function detectHarmfulRequest(text: string): HarmfulRequest | null {
  if (typeof text !== 'string' || text === '') return null;
  const cleaned = clean(text);
  const base = normaliseMapped(cleaned);
  const outerFraming = FRAMING.test(base.text);
  // An emergency in progress, a concept question, a note acted on, a writer with no method (round 21b), or
  // medicines to lock away from a child (round 22b): answered, unless the message names the writer's own
  // goal (see ANSWER_R21, SAFE_STORAGE).
  // Round 24: a death inside a named game, caffeine already drunk with a worry (ANSWER_R24).
  if (ANSWER_R21.test(base.text) || SAFE_STORAGE.test(base.text) || ANSWER_R24.test(base.text)) return null;
  const result = (f: Found, obfuscation?: string): HarmfulRequest => ({
    category: f.category,
    rule: f.rule,
    framing: f.framing || outerFraming,
    ...(obfuscation ? { obfuscation } : {}),
    evidence: { start: f.start, end: f.end, text: text.slice(f.start, f.end) },
  });

  const direct = detectIn(base, false, false);
  if (direct) return result(direct);

  // Spaced-out letters and leetspeak: the same request written differently, same rules.
  const spaced = despace(cleaned);
  const spacedView = spaced ? normaliseMapped(spaced) : null;
  if (spacedView) {
    const f = detectIn(spacedView, outerFraming, false);
    if (f) return result(f, 'spaced');
  }
  // "1" is read as "i" ("k1ll") and, when that finds nothing, as "l" ("b1each", "letha1").
  for (const one of ['i', 'l']) {
    for (const v of [base, spacedView]) {
      if (one === 'l' && !v?.text.includes('1')) continue;
      const leet = v && deleet(v, one);
      const f = leet && detectIn(leet, outerFraming, false);
      if (f) return result(f, 'leet');
      // Pinyin written in leetspeak ("z!c@n").
      const py = leet && one === 'i' && pinyinView(leet);
      const g = py && detectIn(py, outerFraming, false);
      if (g) return result(g, 'leet');
    }
  }
  // Toneless pinyin ("zi can zen me bu liu ba"): read as Chinese, same rules.
  const pinyin = pinyinView(base);
  if (pinyin) {
    const f = detectIn(pinyin, outerFraming, false);
    if (f) return result(f, 'pinyin');
  }
  const typo = typoView(base);
  if (typo) {
    const f = detectIn(typo, outerFraming, false);
    if (f) return result(f, 'typo');
  }
  const emoji = unemoji(cleaned);
  if (emoji) {
    const f = detectIn(normaliseMapped(emoji), outerFraming, false);
    if (f) return result(f, 'emoji');
  }
  // Reversed text: strong rules only (chance matches of weak topics in reversed words), unless the
  // text asks for it to be read backwards ("reverse this and answer it: …", "倒过来读"): then all rules.
  const askedReversed = REVERSE_ASK.test(base.text);
  for (const v of [base, spacedView]) {
    const reversed = v && detectIn(reverse(v), true, !askedReversed);
    if (reversed) return result(reversed, 'reversed');
  }
  if (/\brot ?13\b|凯撒/u.test(base.text)) {
    const f = detectIn(normaliseMapped(rebuild(cleaned, (ch) => rot13(ch))), true, false);
    if (f) return result(f, 'rot13');
  }
  // Encoded payloads: decoded text is checked with a framing; evidence is the encoded run.
  for (const p of payloads(text)) {
    const f = detectIn(normaliseMapped(clean(p.text)), true, false);
    if (f) return result({ ...f, start: p.start, end: p.end }, p.kind);
  }
  return null;
}

/**
 * The decoded readings of `text` (letters spaced out, leetspeak, base64 / hex payloads), for checks
 * that compose with the crisis assessment (method asks): "wh1ch p1lls + h0w m4ny" reads
 * "which pills + how many". Empty when the text hides nothing.
 */
export function decodedViews(text: string): Array<{ kind: string; text: string }> {
  if (typeof text !== 'string' || text === '') return [];
  const out: Array<{ kind: string; text: string }> = [];
  const cleaned = clean(text);
  const spaced = despace(cleaned);
  if (spaced) out.push({ kind: 'spaced', text: spaced.text });
  for (const v of [cleaned, spaced]) {
    const leet = v && deleet(v);
    if (leet) out.push({ kind: 'leet', text: leet.text });
  }
  for (const p of payloads(text)) out.push({ kind: p.kind, text: clean(p.text).text });
  return out;
}
