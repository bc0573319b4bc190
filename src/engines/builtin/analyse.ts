/**
 * Reads one message of the person: topics, feelings, intents, key words and a second-person
 * paraphrase of its most telling clause. Pure and deterministic.
 */
import type { Locale } from '../../core/types.ts';
import { CONTENT, TOPIC_IDS, type LocaleContent, type TopicId } from './content/index.ts';
import {
  containsHan,
  findTerms,
  hasEmoji,
  hasIntentTerm,
  hasTerm,
  normalise,
  normaliseTerm,
  wordCore,
} from './lexicon.ts';

export type Intent =
  | 'accept'
  | 'decline'
  | 'thanks'
  | 'goodbye'
  | 'greeting'
  | 'bot-question'
  | 'ask-help'
  | 'ask-skill'
  | 'better'
  | 'not-helpful';

export interface MessageAnalysis {
  /** Topics named in the message, most hits first. */
  topics: TopicId[];
  topicHits: Partial<Record<TopicId, number>>;
  /** Feeling ids (shared across locales), in order of appearance. */
  feelings: string[];
  intents: Set<Intent>;
  /** The person's own key words that name a topic or feeling, in order of appearance. */
  keywords: string[];
  /** When no key word is found: the longest content words of the message (Intl.Segmenter for Chinese). */
  salient: string[];
  /** A clause of the message turned into second person, in the reply's locale; null if none fits. */
  echo: string | null;
  /** Feeling ids the echo already names (so the reply does not say the same thing twice). */
  echoFeelings: string[];
  /** Almost no words: "嗯", "ok", "...", a lone emoji. */
  short: boolean;
  /** Says something about the person's life or feelings (not only hello/thanks/yes). */
  substantive: boolean;
  /** Length in characters (zh) or words (en) of the message. */
  size: number;
}

const LOCALES: Locale[] = ['zh-CN', 'en'];
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const termCache = new Map<string, string[]>();

/** Terms of both languages for one list, built once per list (`key` names the list). */
function allTerms(pick: (c: LocaleContent) => string[], key: string): string[] {
  let terms = termCache.get(key);
  if (!terms) {
    terms = LOCALES.flatMap((l) => pick(CONTENT[l]));
    termCache.set(key, terms);
  }
  return terms;
}

/** Topic and feeling terms from both languages: people mix them ("最近好 stressed"). */
function topicHits(norm: string): {
  hits: Partial<Record<TopicId, number>>;
  surfaces: { surface: string; index: number; topic: TopicId }[];
} {
  const hits: Partial<Record<TopicId, number>> = {};
  const surfaces: { surface: string; index: number; topic: TopicId }[] = [];
  for (const topic of TOPIC_IDS) {
    const found = findTerms(
      norm,
      allTerms((c) => c.topics[topic].terms, `topic:${topic}`),
    );
    if (found.length) {
      hits[topic] = found.length;
      for (const f of found) surfaces.push({ surface: f.surface, index: f.index, topic });
    }
  }
  return { hits, surfaces };
}

function feelingHits(norm: string): { ids: string[]; surfaces: { surface: string; index: number }[] } {
  const found: { id: string; surface: string; index: number }[] = [];
  for (const f of CONTENT['zh-CN'].feelings) {
    const terms = allTerms((c) => c.feelings.find((x) => x.id === f.id)?.terms ?? [], `feeling:${f.id}`);
    for (const h of findTerms(norm, terms)) found.push({ id: f.id, surface: h.surface, index: h.index });
  }
  found.sort((a, b) => a.index - b.index);
  const ids: string[] = [];
  for (const f of found) if (!ids.includes(f.id)) ids.push(f.id);
  return { ids, surfaces: found };
}

function detectIntents(norm: string, size: number, locale: Locale): Set<Intent> {
  const set = new Set<Intent>();
  const any = (key: keyof LocaleContent['intents']) =>
    hasIntentTerm(
      norm,
      allTerms((c) => c.intents[key], `intent:${key}`),
    );
  const shortMsg = locale === 'en' ? size <= 8 : size <= 12;

  let declineText = norm;
  for (const phrase of allTerms((c) => c.intents.notDecline, 'intent:notDecline'))
    declineText = declineText.split(normaliseTerm(phrase)).join(' ');
  const startsWith = (terms: string[]) =>
    terms.some((t) => hasIntentTerm(declineText.slice(0, normaliseTerm(t).length + 2), [t]));
  const declineTerms = allTerms((c) => c.intents.decline, 'intent:decline');
  const acceptTerms = allTerms((c) => c.intents.accept, 'intent:accept');
  const declined =
    (shortMsg && hasIntentTerm(declineText, declineTerms)) ||
    startsWith(declineTerms) ||
    /^(不|no)[\s\p{P}]*$/u.test(norm);
  if (declined) set.add('decline');
  else if ((shortMsg && hasIntentTerm(norm, acceptTerms)) || startsWith(acceptTerms)) set.add('accept');

  if (any('thanks')) set.add('thanks');
  // A goodbye ends the message ("…, bye."); "I didn't get to say goodbye" is not one.
  let lastClause =
    norm
      .split(/[.!?。！？\n]+/)
      .filter((c) => wordCore(c) !== '')
      .pop() ?? '';
  for (const phrase of allTerms((c) => c.intents.notGoodbye, 'intent:notGoodbye'))
    lastClause = lastClause.split(normaliseTerm(phrase)).join(' ');
  if (
    (locale === 'en' ? size <= 25 : size <= 40) &&
    hasIntentTerm(
      lastClause,
      allTerms((c) => c.intents.goodbye, 'intent:goodbye'),
    )
  )
    set.add('goodbye');
  if (any('greeting')) set.add('greeting');
  if (any('botQuestion')) set.add('bot-question');
  if (any('askHelp')) set.add('ask-help');
  if (any('askSkill')) set.add('ask-skill');
  if (any('notHelpful')) set.add('not-helpful');
  else if (any('better')) set.add('better');
  return set;
}

function sizeOf(text: string, locale: Locale): number {
  if (locale === 'en' && !containsHan(text))
    return text.split(/\s+/).filter((w) => wordCore(w) !== '').length;
  return [...wordCore(text)].length;
}

function keywordsOf(
  text: string,
  norm: string,
  surfaces: { surface: string; index: number }[],
  rules: LocaleContent['echo'],
  fallback: boolean,
): { keywords: string[]; salient: string[] } {
  const stop = new Set(rules.stopwords.map(normaliseTerm));
  const out: string[] = [];
  const add = (w: string) => {
    const k = w.trim();
    if (k && !hasEmoji(k) && !stop.has(normalise(k)) && !out.includes(k)) out.push(k);
  };
  for (const s of [...surfaces].sort((a, b) => a.index - b.index)) add(s.surface);
  const keywords = out.slice(0, 6);
  out.length = 0;
  if (keywords.length === 0 && fallback) {
    // No lexicon hit: fall back to the longest content words of the message.
    const words: string[] = [];
    if (containsHan(text)) {
      for (const seg of segmenter.segment(text)) {
        if (seg.isWordLike && [...seg.segment].length >= 2 && !/[我你]/.test(seg.segment))
          words.push(seg.segment);
      }
    } else {
      for (const w of norm.split(/[^a-z’-]+/)) if (w.length >= 5) words.push(w);
    }
    words
      .filter((w) => !stop.has(normalise(w)))
      .sort((a, b) => [...b].length - [...a].length)
      .slice(0, 2)
      .forEach(add);
  }
  return { keywords, salient: out.slice(0, 2) };
}

// ---- Echo: the person's clause in second person ------------------------------------------------

const fillerCache = new WeakMap<LocaleContent['echo'], { lead: RegExp; trail: RegExp }>();

/** One pattern for all leading and one for all trailing fillers of a locale. */
function fillerPatterns(rules: LocaleContent['echo'], en: boolean): { lead: RegExp; trail: RegExp } {
  let p = fillerCache.get(rules);
  if (!p) {
    const alt = (words: string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    p = en
      ? {
          lead: new RegExp(`^(?:${alt(rules.leadingFillers)})(?![a-z’])[\\s,]*`, 'i'),
          trail: new RegExp(`[\\s,]*(?<![a-z’])(?:${alt(rules.trailingFillers)})$`, 'i'),
        }
      : {
          lead: new RegExp(`^(?:${alt(rules.leadingFillers)})`),
          trail: new RegExp(`(?<=.)(?:${alt(rules.trailingFillers)})$`, 'u'),
        };
    fillerCache.set(rules, p);
  }
  return p;
}

function stripFillers(clause: string, rules: LocaleContent['echo'], en: boolean): string {
  let c = clause.replace(/\p{Extended_Pictographic}|\u200d|\ufe0f/gu, '').trim();
  const { lead, trail } = fillerPatterns(rules, en);
  for (let changed = true; changed;) {
    const before = c;
    c = c.replace(lead, '').trim().replace(trail, '').trim();
    changed = c !== before && c !== '';
  }
  return c.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}

function swapPerson(clause: string, rules: LocaleContent['echo'], en: boolean): string {
  if (!en) {
    // Longest first (我们 before 我); no replacement contains a later key.
    let out = clause;
    for (const [from, to] of rules.swaps) out = out.split(from).join(to);
    return out;
  }
  const keys = rules.swaps.map(([k]) => k).sort((a, b) => b.length - a.length);
  const map = new Map(rules.swaps);
  const re = new RegExp(
    `(?<![a-z’])(${keys.map((k) => k.replace(/\s+/g, '\\s+')).join('|')})(?![a-z’])`,
    'gi',
  );
  return clause.replace(re, (m) => map.get(m.toLowerCase().replace(/\s+/g, ' ')) ?? m);
}

function echoOf(text: string, locale: Locale): { echo: string | null; echoFeelings: string[] } {
  const rules = CONTENT[locale].echo;
  const en = locale === 'en';
  const feelingTerms = allTerms((c) => c.feelings.flatMap((f) => f.terms), 'feelings');
  const topicTerms = allTerms((c) => TOPIC_IDS.flatMap((t) => c.topics[t].terms), 'topics');
  const parts = text
    .replace(/['‘`´]/g, '’')
    .split(/[，。！？；,.!?;…\n\r]+|～|~|\s-\s|——/u)
    .map((c) => c.trim())
    .filter(Boolean);
  // "周末我想出去走走，但又提不起劲" reads best whole: a clause opening with "but" joins the one before.
  // Each part stays a candidate too, in case the joined clause is too long to echo.
  const clauses: string[] = [];
  let prev: string | null = null;
  for (const part of parts) {
    const joins = rules.joinIfStarts.some((j) =>
      en ? new RegExp(`^${j}(?![a-z’])`, 'i').test(part) : part.startsWith(j),
    );
    if (joins && prev !== null) clauses.push(`${prev}${en ? ', ' : '，'}${part}`);
    clauses.push(part);
    prev = part;
  }
  let best: { clause: string; score: number } | null = null;
  for (const [i, raw] of clauses.entries()) {
    const clause = stripFillers(raw, rules, en);
    if (!clause) continue;
    if (en ? containsHan(clause) || !/[a-z]/i.test(clause) : !containsHan(clause)) continue;
    const norm = normalise(clause);
    if (
      rules.skipIfContains.some((s) =>
        en && /^[a-z’]+$/.test(s) ? hasTerm(norm, [s]) : norm.includes(normaliseTerm(s)),
      )
    )
      continue;
    const size = en ? clause.split(/\s+/).length : [...wordCore(clause)].length;
    if (size < rules.minLength || size > rules.maxLength) continue;
    const hits = findTerms(norm, topicTerms).length + findTerms(norm, feelingTerms).length;
    const firstPerson = en ? /(?<![a-z’])(i|i’m|my|me)(?![a-z])/i.test(clause) : clause.includes('我');
    // Quoted speech keeps its own persons; echoing it would garble who said what.
    if (/["“”「」『』]/.test(clause)) continue;
    // People often end on what matters most ("..., and I feel like a failure"), so the last clause gets a nudge.
    const score =
      hits * 3 + (firstPerson ? 0.5 : 0) + Math.min(size, 12) / 12 + (i === clauses.length - 1 ? 0.5 : 0);
    if (!best || score > best.score) best = { clause, score };
  }
  if (!best) return { echo: null, echoFeelings: [] };
  let echo = swapPerson(best.clause, rules, en);
  if (en) {
    const first = normalise(best.clause.split(/\s+/)[0] ?? '');
    if (rules.lowercaseStarters.includes(first)) echo = echo.charAt(0).toLowerCase() + echo.slice(1);
  }
  return { echo, echoFeelings: feelingHits(normalise(best.clause)).ids };
}

const analysisCache = new Map<string, MessageAnalysis>();
const ANALYSIS_CACHE_SIZE = 4000;

/**
 * Every reply re-reads the whole history, so results are memoised (analysis is pure). Callers get
 * the shared object and must not change it.
 */
export function analyseMessage(text: string, locale: Locale): MessageAnalysis {
  const key = `${locale}\u0000${text}`;
  const hit = analysisCache.get(key);
  if (hit) return hit;
  const result = analyse(text, locale);
  if (analysisCache.size >= ANALYSIS_CACHE_SIZE)
    analysisCache.delete(analysisCache.keys().next().value as string);
  analysisCache.set(key, result);
  return result;
}

function analyse(text: string, locale: Locale): MessageAnalysis {
  const norm = normalise(text);
  const size = sizeOf(text, locale);
  const { hits, surfaces: topicSurfaces } = topicHits(norm);
  const feelings = feelingHits(norm);
  // Ties go to the topic named last: people tend to give the setting first and what hurts after
  // ("I moved here for work and I feel so lonely").
  const lastAt = (t: TopicId) => Math.max(...topicSurfaces.filter((x) => x.topic === t).map((x) => x.index));
  const topics = (Object.keys(hits) as TopicId[]).sort(
    (a, b) => (hits[b] ?? 0) - (hits[a] ?? 0) || lastAt(b) - lastAt(a),
  );
  const intents = detectIntents(norm, size, locale);
  const { echo, echoFeelings } = echoOf(text, locale);
  const { keywords, salient } = keywordsOf(
    text,
    norm,
    [...topicSurfaces, ...feelings.surfaces],
    CONTENT[locale].echo,
    intents.size === 0,
  );
  const core = wordCore(text);
  const short =
    (locale === 'en' && !containsHan(text) ? size <= 2 : [...core].length <= 3) && topics.length === 0;
  const onlyIntents = intents.size > 0 && (locale === 'en' ? size <= 4 : size <= 6);
  const wordy = locale === 'en' ? size >= 8 : size >= 10;
  const substantive =
    topics.length > 0 || feelings.ids.length > 0 || ((echo !== null || wordy) && !onlyIntents && !short);
  return {
    topics,
    topicHits: hits,
    feelings: feelings.ids,
    intents,
    keywords,
    salient,
    echo,
    echoFeelings,
    short: short || (core === '' && hasEmoji(text)),
    substantive,
    size,
  };
}
