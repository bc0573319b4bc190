/**
 * Term matching shared by topic, feeling and intent recognition. Chinese terms and emoji match as
 * substrings; Latin terms match as whole words (simple endings allowed, `*` = any ending), so "emo" or
 * "KPI" also match inside Chinese text.
 */

const HAN = /\p{Script=Han}/u;
const LATIN = /[a-z0-9]/i;

/** Canonical form for matching: NFKC (full-width → half-width), lower case, one apostrophe. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['‘`´]/g, '’');
}

const termNormCache = new Map<string, string>();

/** `normalise` for lexicon entries (a bounded set), memoised. */
export function normaliseTerm(term: string): string {
  let n = termNormCache.get(term);
  if (n === undefined) {
    n = normalise(term);
    termNormCache.set(term, n);
  }
  return n;
}

export interface TermHit {
  term: string;
  /** What the person wrote (from the normalised text). */
  surface: string;
  index: number;
}

interface CompiledTerm {
  term: string;
  /** Global (for matchAll) and sticky-free (for test) forms of a Latin term's pattern. */
  re: RegExp | null;
  test: RegExp | null;
}

const cache = new Map<string, CompiledTerm>();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(term: string): CompiledTerm {
  const key = term;
  const hit = cache.get(key);
  if (hit) return hit;
  const t = normalise(term);
  let compiled: CompiledTerm;
  if (HAN.test(t) || !LATIN.test(t)) {
    compiled = { term: t, re: null, test: null };
  } else {
    const prefix = t.endsWith('*');
    const body = escapeRe(prefix ? t.slice(0, -1) : t);
    const ending = prefix ? '[a-z’]*' : '(?:s|es|ed|ing|’s)?';
    const source = `(?<![a-z0-9’])${body}${ending}(?![a-z0-9])`;
    compiled = { term: t, re: new RegExp(source, 'gu'), test: new RegExp(source, 'u') };
  }
  cache.set(key, compiled);
  return compiled;
}

interface CompiledList {
  /** Chinese terms and emoji: plain substrings. */
  plain: string[];
  /** All Latin terms as one alternation, longest first. */
  latin: RegExp | null;
}

const listCache = new WeakMap<readonly string[], CompiledList>();

function compileList(terms: readonly string[]): CompiledList {
  let list = listCache.get(terms);
  if (!list) {
    const plain: string[] = [];
    const latin: string[] = [];
    for (const term of terms) {
      const t = normalise(term);
      if (HAN.test(t) || !LATIN.test(t)) plain.push(t);
      else if (t.endsWith('*')) latin.push(`${escapeRe(t.slice(0, -1))}[a-z’]*`);
      else latin.push(`${escapeRe(t)}(?:s|es|ed|ing|’s)?`);
    }
    latin.sort((a, b) => b.length - a.length);
    // The look-ahead rejects non-Latin positions before the long alternation is tried.
    list = {
      plain,
      latin: latin.length
        ? new RegExp(`(?<![a-z0-9’])(?=[a-z0-9])(?:${latin.join('|')})(?![a-z0-9])`, 'gu')
        : null,
    };
    listCache.set(terms, list);
  }
  return list;
}

/**
 * All hits of `terms` in already-normalised text, in text order; where hits overlap the longer one
 * wins. Pass the same array object each time: its compiled form is cached on it.
 */
export function findTerms(norm: string, terms: readonly string[]): TermHit[] {
  const list = compileList(terms);
  const hits: TermHit[] = [];
  for (const t of list.plain) {
    for (let i = norm.indexOf(t); i >= 0; i = norm.indexOf(t, i + t.length))
      hits.push({ term: t, surface: t, index: i });
  }
  if (list.latin && LATIN.test(norm)) {
    for (const m of norm.matchAll(list.latin)) hits.push({ term: m[0], surface: m[0], index: m.index ?? 0 });
  }
  hits.sort((a, b) => a.index - b.index || b.surface.length - a.surface.length);
  const kept: TermHit[] = [];
  let end = -1;
  for (const h of hits) {
    if (h.index >= end) {
      kept.push(h);
      end = h.index + h.surface.length;
    }
  }
  return kept;
}

export function hasTerm(norm: string, terms: readonly string[]): boolean {
  for (const term of terms) {
    const c = compile(term);
    if (c.test ? c.test.test(norm) : norm.includes(c.term)) return true;
  }
  return false;
}

/**
 * Intent words are short and ambiguous ("好" in "好累", "no" in "no one"), so a single Chinese
 * character only counts when it stands alone between punctuation or spaces.
 */
const loneCharCache = new Map<string, RegExp>();

export function hasIntentTerm(norm: string, terms: readonly string[]): boolean {
  for (const term of terms) {
    if (term.length === 1 && HAN.test(term)) {
      let re = loneCharCache.get(term);
      if (!re) {
        re = new RegExp(`(?:^|[\\s\\p{P}\\p{S}])${escapeRe(term)}+(?=$|[\\s\\p{P}\\p{S}])`, 'u');
        loneCharCache.set(term, re);
      }
      if (re.test(norm)) return true;
    } else if (hasTerm(norm, [term])) {
      return true;
    }
  }
  return false;
}

export function containsHan(text: string): boolean {
  return HAN.test(text);
}

/** Text with punctuation, symbols, emoji and spaces removed: what is left of the words. */
export function wordCore(text: string): string {
  return text.replace(/[\s\p{P}\p{S}\p{Extended_Pictographic}]|\u200d|\ufe0f/gu, '');
}

export function hasEmoji(text: string): boolean {
  return /\p{Extended_Pictographic}/u.test(text);
}
