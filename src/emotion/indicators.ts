/**
 * Wellbeing indicators (anxiety, low mood, stress, anger, loneliness, sleep problems) from the
 * words a person used plus the classifier's emotion scores. They are cues, never a diagnosis:
 * the wording shown to people lives in data/indicators.json and speaks of "words that suggest".
 */
import type { EvidenceSpan, Locale } from '../core/types.ts';
import data from './data/indicators.json' with { type: 'json' };

export const INDICATORS = ['anxiety', 'low_mood', 'stress', 'anger', 'loneliness', 'sleep'] as const;
export type IndicatorId = (typeof INDICATORS)[number];
export type IndicatorLevel = 'none' | 'some' | 'notable';

export interface IndicatorReading {
  score: number;
  level: IndicatorLevel;
  /** Lexicon matches in the message (offsets into the message text). */
  evidence: EvidenceSpan[];
}
export type IndicatorReadings = Record<IndicatorId, IndicatorReading>;

interface IndicatorDef {
  label: Record<Locale, string>;
  phrase: Record<Locale, string>;
  emotions: Record<string, number>;
  terms: Record<Locale, Record<string, number>>;
}

const DEFS = data.indicators as unknown as Record<IndicatorId, IndicatorDef>;
const LEVELS = data.levels;
const NEG_EN = new Set(data.negation.en);
const NEG_ZH = data.negation['zh-CN'];

export function indicatorLabel(id: IndicatorId, locale: Locale): string {
  return DEFS[id].label[locale];
}
export function indicatorPhrase(id: IndicatorId, locale: Locale): string {
  return DEFS[id].phrase[locale];
}
export function levelOf(score: number): IndicatorLevel {
  return score >= LEVELS.notable ? 'notable' : score >= LEVELS.some ? 'some' : 'none';
}

interface CompiledTerm {
  weight: number;
  en: boolean;
  re: RegExp;
  term: string;
}

const COMPILED: Record<IndicatorId, CompiledTerm[]> = Object.fromEntries(
  INDICATORS.map((id) => {
    const terms: CompiledTerm[] = [];
    for (const [term, weight] of Object.entries(DEFS[id].terms.en)) {
      const prefix = term.endsWith('*');
      const body = (prefix ? term.slice(0, -1) : term)
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/'/g, "['’]")
        .replace(/ /g, '\\s+');
      terms.push({
        weight,
        en: true,
        term,
        re: new RegExp(`(?<![\\p{L}\\p{N}])${body}${prefix ? '[\\p{L}]*' : '(?![\\p{L}\\p{N}])'}`, 'giu'),
      });
    }
    for (const [term, weight] of Object.entries(DEFS[id].terms['zh-CN'])) {
      terms.push({
        weight,
        en: false,
        term,
        re: new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'),
      });
    }
    return [id, terms];
  }),
) as Record<IndicatorId, CompiledTerm[]>;

function negated(text: string, start: number, en: boolean, term: string): boolean {
  if (en) {
    const before = text
      .slice(Math.max(0, start - 24), start)
      .toLowerCase()
      .split(/[^\p{L}'’]+/u)
      .filter(Boolean);
    return before.slice(-2).some((w) => NEG_EN.has(w.replace('’', "'")));
  }
  // A Chinese term that itself starts with a negation (不安, 没意思) is not negated again.
  if (NEG_ZH.some((n) => term.startsWith(n))) return false;
  const before = text.slice(Math.max(0, start - 2), start);
  return NEG_ZH.some((n) => before.endsWith(n));
}

/** Indicators for one message. `emotions` maps GoEmotions labels to probabilities. */
export function messageIndicators(text: string, emotions: Record<string, number>): IndicatorReadings {
  const out = {} as IndicatorReadings;
  for (const id of INDICATORS) {
    const evidence: EvidenceSpan[] = [];
    let lexical = 0;
    const taken: Array<[number, number]> = [];
    // Longer terms first so "can't sleep" wins over "sleep".
    const terms = [...COMPILED[id]].sort((a, b) => b.term.length - a.term.length);
    for (const t of terms) {
      t.re.lastIndex = 0;
      for (const m of text.matchAll(t.re)) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        if (negated(text, start, t.en, t.term)) continue;
        taken.push([start, end]);
        lexical += t.weight;
        evidence.push({ start, end, text: m[0], rule: `${id}:${t.term}` });
      }
    }
    let emotional = 0;
    for (const [label, w] of Object.entries(DEFS[id].emotions)) emotional += w * (emotions[label] ?? 0);
    const lex = 1 - Math.exp(-0.9 * lexical);
    const emo = Math.min(1, emotional) * 0.6;
    const score = round3(1 - (1 - lex) * (1 - emo));
    evidence.sort((a, b) => a.start - b.start);
    out[id] = { score, level: levelOf(score), evidence };
  }
  return out;
}

/**
 * Session-level indicators: an exponentially weighted mean of per-message scores, oldest first,
 * so recent messages weigh more (`halfLife` in messages). Evidence keeps the most recent matches.
 */
export function sessionIndicators(
  perMessage: readonly IndicatorReadings[],
  options: { halfLife?: number; maxEvidence?: number } = {},
): Record<IndicatorId, { score: number; level: IndicatorLevel; peak: number; evidence: EvidenceSpan[] }> {
  const halfLife = options.halfLife ?? 3;
  const maxEvidence = options.maxEvidence ?? 5;
  const n = perMessage.length;
  const out = {} as Record<
    IndicatorId,
    { score: number; level: IndicatorLevel; peak: number; evidence: EvidenceSpan[] }
  >;
  for (const id of INDICATORS) {
    let num = 0;
    let den = 0;
    let peak = 0;
    const evidence: EvidenceSpan[] = [];
    for (let i = 0; i < n; i++) {
      const r = perMessage[i]![id];
      const w = Math.pow(0.5, (n - 1 - i) / halfLife);
      num += w * r.score;
      den += w;
      peak = Math.max(peak, r.score);
    }
    for (let i = n - 1; i >= 0 && evidence.length < maxEvidence; i--) {
      for (const e of perMessage[i]![id].evidence) {
        if (evidence.length < maxEvidence) evidence.push({ ...e, turn: n - 1 - i });
      }
    }
    const score = den === 0 ? 0 : round3(num / den);
    out[id] = { score, level: levelOf(score), peak: round3(peak), evidence };
  }
  return out;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
