/**
 * Emotion report data for one session or across all sessions: trajectory, distribution,
 * indicator trends, screening history, key moments (the person's own words), suggestions.
 */
import type { EmotionReading, Locale, Message, Session } from '../../core/types.ts';
import type { Repository } from '../../store/types.ts';
import { readText } from '../analyser.ts';
import { defaultModel, type EmotionModel } from '../classifier/model.ts';
import {
  INDICATORS,
  indicatorLabel,
  messageIndicators,
  sessionIndicators,
  type IndicatorId,
  type IndicatorReadings,
} from '../indicators.ts';
import { bandLabel, instrumentTitle, isInstrumentId, type InstrumentId } from '../screening/index.ts';
import { chooseSuggestions, type ScreeningSummary, type Suggestion } from '../suggestions/index.ts';
import { groupScores, SENTIMENT_GROUPS, EMOTION_LABELS } from '../taxonomy.ts';
import text from './text.json' with { type: 'json' };

export const REPORT_TEXT = text;

export interface TrajectoryPoint {
  messageId: string;
  sessionId: string;
  at: string;
  top: string;
  predicted: string[];
  positive: number;
  negative: number;
  indicators: Record<IndicatorId, number>;
}

export interface KeyMoment {
  messageId: string;
  sessionId: string;
  at: string;
  /** The person's own words (trimmed to 280 characters). */
  text: string;
  labels: string[];
  why: string;
}

export interface ReportScreening {
  id: string;
  sessionId: string | null;
  instrument: InstrumentId;
  title: string;
  score: number;
  band: string;
  bandLabel: string;
  crisis: boolean;
  at: string;
}

export interface EmotionReport {
  scope: 'session' | 'all';
  locale: Locale;
  generatedAt: string;
  sessions: Pick<Session, 'id' | 'title' | 'createdAt'>[];
  messageCount: number;
  analyser: string;
  trajectory: TrajectoryPoint[];
  distribution: { label: string; count: number }[];
  indicators: Record<IndicatorId, { label: string; score: number; level: string; peak: number }>;
  screenings: ReportScreening[];
  keyMoments: KeyMoment[];
  suggestions: Suggestion[];
  disclaimer: string;
}

interface Scored {
  message: Message;
  reading: EmotionReading;
  scores: Record<string, number>;
  indicators: IndicatorReadings;
}

/** Uses the stored reading when it has the analyser's details; otherwise reads the text now. */
function scoreMessage(model: EmotionModel, message: Message, stored: unknown): Scored {
  const r = stored as EmotionReading | undefined;
  const d = r?.details as { scores?: Record<string, number>; indicators?: IndicatorReadings } | undefined;
  if (r && !r.placeholder && d?.scores && d.indicators)
    return { message, reading: r, scores: d.scores, indicators: d.indicators };
  const { reading, details } = readText(model, message.content);
  return {
    message,
    reading,
    scores: details.scores,
    indicators: messageIndicators(message.content, details.scores),
  };
}

export async function buildReport(
  store: Repository,
  options: { sessionId?: string; locale: Locale; model?: EmotionModel; now?: Date },
): Promise<EmotionReport> {
  const { locale } = options;
  const model = options.model ?? defaultModel();
  const sessions = options.sessionId
    ? [await store.getSession(options.sessionId)].filter((s): s is Session => s !== null)
    : (await store.listSessions()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  const scored: Scored[] = [];
  for (const s of sessions) {
    const [messages, analyses] = await Promise.all([
      store.listMessages(s.id),
      store.listAnalyses(s.id, 'emotion'),
    ]);
    const byMessage = new Map(analyses.map((a) => [a.messageId, a.data]));
    for (const m of messages)
      if (m.role === 'user' && m.content.trim() !== '')
        scored.push(scoreMessage(model, m, byMessage.get(m.id)));
  }
  scored.sort((a, b) => a.message.createdAt.localeCompare(b.message.createdAt));

  const trajectory: TrajectoryPoint[] = scored.map((s) => {
    const raw = EMOTION_LABELS.map((l) => s.scores[l] ?? 0);
    const sent = groupScores(raw, SENTIMENT_GROUPS);
    return {
      messageId: s.message.id,
      sessionId: s.message.sessionId,
      at: s.message.createdAt,
      top: s.reading.labels[0]?.label ?? 'neutral',
      predicted: s.reading.predicted,
      positive: round3(sent.positive ?? 0),
      negative: round3(sent.negative ?? 0),
      indicators: Object.fromEntries(INDICATORS.map((id) => [id, s.indicators[id]?.score ?? 0])) as Record<
        IndicatorId,
        number
      >,
    };
  });

  const counts = new Map<string, number>();
  for (const s of scored) for (const l of s.reading.predicted) counts.set(l, (counts.get(l) ?? 0) + 1);
  const distribution = [...counts.entries()]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));

  const session = sessionIndicators(scored.map((s) => s.indicators));
  const indicators = Object.fromEntries(
    INDICATORS.map((id) => [
      id,
      {
        label: indicatorLabel(id, locale),
        score: session[id].score,
        level: session[id].level,
        peak: session[id].peak,
      },
    ]),
  ) as EmotionReport['indicators'];

  const records = options.sessionId
    ? await store.listScreenings({ sessionId: options.sessionId })
    : await store.listScreenings();
  const screenings: ReportScreening[] = records
    .filter((r) => isInstrumentId(r.instrument))
    .map((r) => ({
      id: r.id,
      sessionId: r.sessionId,
      instrument: r.instrument as InstrumentId,
      title: instrumentTitle(r.instrument as InstrumentId, locale),
      score: r.score,
      band: r.band,
      bandLabel: bandLabel(r.instrument as InstrumentId, r.band, locale),
      crisis: r.data.crisis === true,
      at: r.createdAt,
    }));

  const keyMoments = pickKeyMoments(scored, locale);
  const latest = new Map<string, ScreeningSummary>();
  for (const r of records) {
    if (!isInstrumentId(r.instrument)) continue;
    latest.set(r.instrument, {
      instrument: r.instrument,
      score: r.score,
      band: r.band,
      severity: typeof r.data.severity === 'number' ? r.data.severity : 0,
      crisis: r.data.crisis === true,
    });
  }
  const suggestions = chooseSuggestions({
    locale,
    indicators: Object.fromEntries(INDICATORS.map((id) => [id, session[id].score])),
    screenings: [...latest.values()],
    feedback: await store.listSuggestionFeedback(),
  });

  return {
    scope: options.sessionId ? 'session' : 'all',
    locale,
    generatedAt: (options.now ?? new Date()).toISOString(),
    sessions: sessions.map((s) => ({ id: s.id, title: s.title, createdAt: s.createdAt })),
    messageCount: scored.length,
    analyser: model.id,
    trajectory,
    distribution,
    indicators,
    screenings,
    keyMoments,
    suggestions,
    disclaimer: text[locale].disclaimer,
  };
}

/**
 * Up to five moments: the messages with the strongest wellbeing cue, the strongest negative and
 * the strongest positive emotion, shown in time order with the reason they were picked.
 */
function pickKeyMoments(scored: Scored[], locale: Locale): KeyMoment[] {
  const candidates: Array<{ s: Scored; weight: number; why: string }> = [];
  for (const s of scored) {
    let bestId: IndicatorId | null = null;
    for (const id of INDICATORS)
      if (!bestId || s.indicators[id].score > s.indicators[bestId].score) bestId = id;
    if (bestId && s.indicators[bestId].score >= 0.25)
      candidates.push({ s, weight: s.indicators[bestId].score + 0.1, why: indicatorLabel(bestId, locale) });
    const raw = EMOTION_LABELS.map((l) => s.scores[l] ?? 0);
    const sent = groupScores(raw, SENTIMENT_GROUPS);
    const top = s.reading.labels[0]?.label ?? 'neutral';
    const name = locale === 'zh-CN' ? ((text.emotions['zh-CN'] as Record<string, string>)[top] ?? top) : top;
    if ((sent.negative ?? 0) >= 0.4) candidates.push({ s, weight: sent.negative!, why: name });
    if ((sent.positive ?? 0) >= 0.5) candidates.push({ s, weight: sent.positive! * 0.9, why: name });
  }
  candidates.sort((a, b) => b.weight - a.weight);
  const picked = new Map<string, KeyMoment>();
  for (const c of candidates) {
    if (picked.size >= 5) break;
    if (picked.has(c.s.message.id)) continue;
    const content = c.s.message.content.trim();
    picked.set(c.s.message.id, {
      messageId: c.s.message.id,
      sessionId: c.s.message.sessionId,
      at: c.s.message.createdAt,
      text: content.length > 280 ? `${content.slice(0, 279)}…` : content,
      labels: c.s.reading.predicted,
      why: c.why,
    });
  }
  return [...picked.values()].sort((a, b) => a.at.localeCompare(b.at));
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
