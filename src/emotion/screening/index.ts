/**
 * PHQ-9 and GAD-7: published wording (data in instruments.json, with sources and dates), scoring
 * with the standard bands, and the PHQ-9 item-9 escalation that applies whatever the total.
 */
import type { Locale } from '../../core/types.ts';
import {
  crisisResources as safetyCrisisResources,
  type CrisisResources as SafetyCrisisResources,
} from '../../safety/index.ts';
import data from './instruments.json' with { type: 'json' };

export const INSTRUMENT_IDS = ['phq9', 'gad7'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

export function isInstrumentId(value: unknown): value is InstrumentId {
  return typeof value === 'string' && (INSTRUMENT_IDS as readonly string[]).includes(value);
}

interface BandDef {
  id: string;
  min: number;
  max: number;
  label: Record<Locale, string>;
}
interface InstrumentDef {
  title: Record<Locale, string>;
  instructions: Record<Locale, string>;
  items: Record<Locale, string[]>;
  options: Record<Locale, string[]>;
  functionItem: { en: string; 'zh-CN': string | null; options: { en: string[] } };
  bands: BandDef[];
  crisisItem: number | null;
  source: Record<string, string>;
}

const DEFS = data.instruments as unknown as Record<InstrumentId, InstrumentDef>;
export const SCREENING_MESSAGES = data.messages;
export const INSTRUMENTS_VERSION = data.version;

export interface InstrumentView {
  id: InstrumentId;
  title: string;
  instructions: string;
  items: string[];
  options: { value: number; label: string }[];
  /** The unscored difficulty question, where its wording exists in this locale. */
  functionItem?: { text: string; options: string[] };
  bands: { id: string; min: number; max: number; label: string }[];
  source: Record<string, string>;
}

export function instrumentView(id: InstrumentId, locale: Locale): InstrumentView {
  const d = DEFS[id];
  const fi = d.functionItem[locale];
  return {
    id,
    title: d.title[locale],
    instructions: d.instructions[locale],
    items: [...d.items[locale]],
    options: d.options[locale].map((label, value) => ({ value, label })),
    ...(fi && locale === 'en' ? { functionItem: { text: fi, options: d.functionItem.options.en } } : {}),
    bands: d.bands.map((b) => ({ id: b.id, min: b.min, max: b.max, label: b.label[locale] })),
    source: d.source,
  };
}

export function itemCount(id: InstrumentId): number {
  return DEFS[id].items.en.length;
}

/** Why a set of answers is not acceptable, or null when it is (exact length, integers 0–3). */
export function answersProblem(id: InstrumentId, answers: unknown): string | null {
  if (!Array.isArray(answers)) return 'answers must be an array';
  const n = itemCount(id);
  if (answers.length !== n) return `${id} needs exactly ${n} answers, got ${answers.length}`;
  const bad = answers.findIndex((a) => typeof a !== 'number' || !Number.isInteger(a) || a < 0 || a > 3);
  return bad >= 0 ? `answer ${bad + 1} must be an integer from 0 to 3` : null;
}

export interface ScreeningResult {
  instrument: InstrumentId;
  score: number;
  maxScore: number;
  band: string;
  bandLabel: string;
  /** Band rank: 0 = minimal … 4 (PHQ-9) or 3 (GAD-7) = severe. */
  severity: number;
  /** PHQ-9 only: the answer to item 9. */
  item9?: number;
  /** True when the crisis protocol must run now (PHQ-9 item 9 > 0), whatever the total. */
  crisis: boolean;
  /** Score ≥ 10: talking with a professional is recommended (both instruments). */
  furtherEvaluation: boolean;
  notes: string[];
  resources?: CrisisResources;
}

/** The safety layer's crisis resources, opened with the screening's own item-9 message. */
export type CrisisResources = SafetyCrisisResources & { source: string };

/** Crisis resources for a locale: the safety layer's payload (hotlines, grounding, safety plan) with the item-9 message. */
export function crisisResources(locale: Locale): CrisisResources {
  return {
    ...safetyCrisisResources(locale),
    message: SCREENING_MESSAGES.crisis[locale],
    source: SCREENING_MESSAGES.crisis.source,
  };
}

/** Scores validated answers. Throws on invalid answers: check with `answersProblem` first. */
export function scoreScreening(
  id: InstrumentId,
  answers: readonly number[],
  locale: Locale = 'en',
): ScreeningResult {
  const problem = answersProblem(id, answers);
  if (problem) throw new Error(problem);
  const d = DEFS[id];
  const score = answers.reduce((a, b) => a + b, 0);
  const severity = d.bands.findIndex((b) => score >= b.min && score <= b.max);
  const band = d.bands[severity]!;
  const item9 = d.crisisItem !== null ? answers[d.crisisItem - 1]! : undefined;
  const crisis = item9 !== undefined && item9 > 0;
  const furtherEvaluation = score >= 10;
  const notes = [SCREENING_MESSAGES.notDiagnosis[locale]];
  if (furtherEvaluation) notes.push(SCREENING_MESSAGES.furtherEvaluation[locale]);
  return {
    instrument: id,
    score,
    maxScore: d.items.en.length * 3,
    band: band.id,
    bandLabel: band.label[locale],
    severity,
    ...(item9 !== undefined ? { item9 } : {}),
    crisis,
    furtherEvaluation,
    notes,
    ...(crisis ? { resources: crisisResources(locale) } : {}),
  };
}

export function bandLabel(id: InstrumentId, band: string, locale: Locale): string {
  return DEFS[id].bands.find((b) => b.id === band)?.label[locale] ?? band;
}
export function bandCount(id: InstrumentId): number {
  return DEFS[id].bands.length;
}
export function instrumentTitle(id: InstrumentId, locale: Locale): string {
  return DEFS[id].title[locale];
}
