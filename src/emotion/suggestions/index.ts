/**
 * Suggestions: a library of self-help exercises and psychoeducation (library.json), chosen by the
 * session's indicators and screening results, remembering what the person said helped.
 */
import type { Locale } from '../../core/types.ts';
import type { SuggestionFeedback } from '../../store/types.ts';
import { INDICATORS, indicatorLabel, type IndicatorId } from '../indicators.ts';
import { bandLabel, instrumentTitle, type InstrumentId } from '../screening/index.ts';
import data from './library.json' with { type: 'json' };

interface SuggestionDef {
  id: string;
  targets: Record<string, number>;
  title: Record<Locale, string>;
  summary: Record<Locale, string>;
  steps: Record<Locale, string[]>;
  evidence: Record<Locale, string>;
}
const ITEMS = data.items as unknown as SuggestionDef[];
const REASONS = data.reasons;
export const SUGGESTION_IDS: readonly string[] = ITEMS.map((i) => i.id);
export const PROFESSIONAL_HELP_ID = 'seek-professional-help';

export interface Suggestion {
  id: string;
  title: string;
  summary: string;
  steps: string[];
  evidence: string;
  reason: string;
  score: number;
}

export interface ScreeningSummary {
  instrument: InstrumentId;
  score: number;
  band: string;
  severity: number;
  crisis?: boolean;
}

export interface ChooseInput {
  locale: Locale;
  /** Indicator scores in [0, 1] (session level). */
  indicators?: Partial<Record<IndicatorId, number>>;
  /** Latest result per instrument. */
  screenings?: ScreeningSummary[];
  feedback?: readonly Pick<SuggestionFeedback, 'suggestionId' | 'helpful'>[];
  limit?: number;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}

export function isSuggestionId(id: string): boolean {
  return SUGGESTION_IDS.includes(id);
}

/**
 * Ranks the library: indicator match (score × target weight) + screening match (severity and
 * instrument weight) + what helped before (+0.35 per "helpful", −0.5 per "not helpful").
 * Professional help comes first whenever a screening is at 10+ or flagged a crisis.
 */
export function chooseSuggestions(input: ChooseInput): Suggestion[] {
  const { locale } = input;
  const limit = input.limit ?? 3;
  const indicators = input.indicators ?? {};
  const screenings = input.screenings ?? [];
  const helped = new Map<string, number>();
  for (const f of input.feedback ?? [])
    helped.set(f.suggestionId, (helped.get(f.suggestionId) ?? 0) + (f.helpful ? 0.35 : -0.5));
  const urgent = screenings.some((s) => s.crisis || s.score >= 10);

  const ranked = ITEMS.map((item) => {
    let best = { value: 0, reason: '' };
    let score = 0;
    for (const id of INDICATORS) {
      const v = (indicators[id] ?? 0) * (item.targets[id] ?? 0);
      score += v;
      if (v > best.value)
        best = { value: v, reason: fill(REASONS.indicator[locale], { label: indicatorLabel(id, locale) }) };
    }
    for (const s of screenings) {
      const v = (s.severity / 3) * (item.targets[s.instrument] ?? 0);
      score += v;
      if (v > best.value)
        best = {
          value: v,
          reason: fill(REASONS.screening[locale], {
            title: instrumentTitle(s.instrument, locale),
            band: bandLabel(s.instrument, s.band, locale),
          }),
        };
    }
    const fb = helped.get(item.id) ?? 0;
    score += fb;
    let reason = best.value > 0.05 ? best.reason : REASONS.general[locale];
    if (fb > 0) reason = `${reason} ${REASONS.helpful[locale]}`;
    if (item.id === PROFESSIONAL_HELP_ID && urgent) {
      score += 10;
      if (screenings.some((s) => s.crisis)) reason = REASONS.crisis[locale];
    }
    return { item, score, reason };
  });
  const anySignal = ranked.some((r) => r.score > 0.05);
  // With nothing to go on, offer gentle general practices rather than an arbitrary order.
  const general = ['paced-breathing', 'social-connection', 'sleep-hygiene'];
  const order = anySignal
    ? ranked
        .filter((r) => r.score > 0 || general.includes(r.item.id))
        .sort((a, b) => b.score - a.score || a.item.id.localeCompare(b.item.id))
    : general.map((id) => ranked.find((r) => r.item.id === id)!);
  return order.slice(0, limit).map(({ item, score, reason }) => ({
    id: item.id,
    title: item.title[locale],
    summary: item.summary[locale],
    steps: [...item.steps[locale]],
    evidence: item.evidence[locale],
    reason,
    score: Math.round(score * 1000) / 1000,
  }));
}

/** One library item in a locale (no ranking), e.g. for a details page. */
export function suggestionById(id: string, locale: Locale): Omit<Suggestion, 'reason' | 'score'> | null {
  const item = ITEMS.find((i) => i.id === id);
  if (!item) return null;
  return {
    id,
    title: item.title[locale],
    summary: item.summary[locale],
    steps: [...item.steps[locale]],
    evidence: item.evidence[locale],
  };
}
