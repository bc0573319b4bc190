/**
 * Pure helpers over an emotion reading (the `emotion` SSE event / stored 'emotion' analysis):
 * which words to highlight, how to cut a message into plain and highlighted parts, and which
 * dictionary key names a label. No React here, so the logic is unit-tested on its own.
 */
import type { EmotionReading, EvidenceSpan, IndicatorId, IndicatorReading } from '../api/types.ts';
import { en, type MessageKey } from '../i18n/en.ts';

export const INDICATOR_IDS: IndicatorId[] = ['anxiety', 'low_mood', 'stress', 'anger', 'loneliness', 'sleep'];

/** A label's or group's display key, or null for a name the dictionaries don't know. */
export function nameKey(kind: 'goemo' | 'sentiment' | 'indicator', name: string): MessageKey | null {
  const key = `${kind}.${name}`;
  return key in en ? (key as MessageKey) : null;
}

/** Words driving a predicted label are shown when their weight is strong in absolute terms and
 * against that label's strongest word (the classifier also credits "and", "so"…, which help nobody). */
const MIN_WEIGHT = 1;
const RELATIVE_WEIGHT = 0.5;

function weightOf(span: EvidenceSpan): number {
  const w = Number(span.rule?.split(':').pop());
  return Number.isFinite(w) ? w : 0;
}

export interface Highlight {
  start: number;
  end: number;
  /** What this word shaped: GoEmotions labels and indicator ids, in the order found. */
  sources: { kind: 'goemo' | 'indicator'; name: string }[];
}

/**
 * The spans worth highlighting in `text`: indicator evidence (lexicon words) for indicators that
 * are present, plus the strongest classifier words of each predicted label. Overlapping spans merge;
 * spans whose offsets don't match the text are dropped rather than drawn in the wrong place.
 */
export function highlights(text: string, reading: EmotionReading | undefined): Highlight[] {
  const details = reading?.details;
  if (!details || reading?.placeholder) return [];
  const raw: Highlight[] = [];
  const valid = (s: EvidenceSpan) =>
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    s.start >= 0 &&
    s.end > s.start &&
    s.end <= text.length;

  for (const id of INDICATOR_IDS) {
    const ind = details.indicators?.[id];
    if (!ind || ind.level === 'none') continue;
    for (const s of ind.evidence ?? [])
      if (valid(s)) raw.push({ start: s.start, end: s.end, sources: [{ kind: 'indicator', name: id }] });
  }
  for (const label of reading.predicted) {
    const spans = (details.evidence?.[label] ?? []).filter(valid);
    const top = Math.max(0, ...spans.map(weightOf));
    for (const s of spans) {
      const w = weightOf(s);
      if (w >= MIN_WEIGHT && w >= top * RELATIVE_WEIGHT)
        raw.push({ start: s.start, end: s.end, sources: [{ kind: 'goemo', name: label }] });
    }
  }

  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Highlight[] = [];
  for (const h of raw) {
    const last = merged[merged.length - 1];
    if (last && h.start < last.end) {
      last.end = Math.max(last.end, h.end);
      for (const s of h.sources)
        if (!last.sources.some((x) => x.kind === s.kind && x.name === s.name)) last.sources.push(s);
    } else merged.push({ ...h, sources: [...h.sources] });
  }
  return merged;
}

export interface Segment {
  text: string;
  highlight?: Highlight;
}

/** Cuts `text` into plain and highlighted parts, in order; joined, they give back `text`. */
export function segments(text: string, marks: Highlight[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: text.slice(m.start, m.end), highlight: m });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** Distinct highlighted words, in message order (for the panel's word list). */
export function highlightedWords(text: string, marks: Highlight[]): string[] {
  return [...new Set(marks.map((m) => text.slice(m.start, m.end).trim()).filter(Boolean))];
}

/** Indicators present in a message (level above none), strongest first. */
export function presentIndicators(
  indicators: Partial<Record<IndicatorId, IndicatorReading>> | undefined,
): { id: IndicatorId; reading: IndicatorReading }[] {
  return INDICATOR_IDS.flatMap((id) => {
    const r = indicators?.[id];
    return r && r.level !== 'none' ? [{ id, reading: r }] : [];
  }).sort((a, b) => b.reading.score - a.reading.score);
}

/** Rounds a 0..1 score to a whole percentage. */
export const percent = (score: number) => Math.round(Math.max(0, Math.min(1, score)) * 100);

/** The user message the panel reads: the focused one while it exists, else the latest. */
export function readingTarget<M extends { id: string; role: string }>(
  messages: M[],
  focusedId: string | null,
): M | undefined {
  const users = messages.filter((m) => m.role === 'user');
  return (focusedId ? users.find((m) => m.id === focusedId) : undefined) ?? users[users.length - 1];
}
