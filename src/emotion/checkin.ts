/**
 * The in-conversation offer of a short check-in ("Would you like a short check-in?"). The pipeline
 * calls `checkInOffer` after the emotion stage; when it returns an action, the server sends it as a
 * `safety` event (kind 'check-in') and the UI shows the offer with a button to the screening form.
 */
import type { SafetyAction } from '../core/stages.ts';
import type { EmotionReading, Locale } from '../core/types.ts';
import type { ScreeningRecord } from '../store/types.ts';
import type { IndicatorLevel } from './indicators.ts';
import { SCREENING_MESSAGES, instrumentTitle, type InstrumentId } from './screening/index.ts';

export interface CheckInInput {
  locale: Locale;
  reading: EmotionReading;
  /** Screenings already stored for this session. */
  screenings: readonly Pick<ScreeningRecord, 'instrument' | 'createdAt'>[];
  /** Number of user messages in the session so far, including this one. */
  userTurns: number;
  /** Turn number of the last offer in this session, if any (offers are at most every 6 turns). */
  lastOfferTurn?: number;
}

type SessionIndicators = Record<string, { score: number; level: IndicatorLevel }>;

/**
 * Offers PHQ-9 when the session shows sustained low mood, GAD-7 for worry/anxiety (the higher
 * session score wins), once the person has written at least 3 messages, not twice for an
 * instrument already completed in this session, and not more often than every 6 turns.
 */
export function checkInOffer(
  input: CheckInInput,
): (SafetyAction & { instrument: InstrumentId; text: string }) | null {
  if (input.userTurns < 3) return null;
  if (input.lastOfferTurn !== undefined && input.userTurns - input.lastOfferTurn < 6) return null;
  const session = (input.reading.details?.sessionIndicators ?? null) as SessionIndicators | null;
  if (!session) return null;
  const done = new Set(input.screenings.map((s) => s.instrument));
  const candidates: Array<{ instrument: InstrumentId; score: number }> = [];
  if (session.low_mood && session.low_mood.level !== 'none' && !done.has('phq9'))
    candidates.push({ instrument: 'phq9', score: session.low_mood.score });
  if (session.anxiety && session.anxiety.level !== 'none' && !done.has('gad7'))
    candidates.push({ instrument: 'gad7', score: session.anxiety.score });
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => b.score - a.score);
  const { instrument } = candidates[0]!;
  const text = SCREENING_MESSAGES.checkInOffer[input.locale].replace(
    '{title}',
    instrumentTitle(instrument, input.locale),
  );
  return { kind: 'check-in', action: 'offer-screening', instrument, text };
}
