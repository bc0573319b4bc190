import { request } from './client.ts';
import type {
  EmotionReport,
  Instrument,
  InstrumentId,
  Locale,
  ScreeningRecord,
  ScreeningResult,
  Suggestion,
} from './types.ts';

/** Query string from the defined values only. */
function query(params: Record<string, string | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Screening, suggestions and the emotion report (docs/emotion.md, "HTTP API"). */
export const emotionApi = {
  instruments: (locale: Locale) =>
    request<Instrument[]>('GET', `/api/screening/instruments${query({ locale })}`),
  submitScreening: (body: {
    instrument: InstrumentId;
    answers: number[];
    sessionId?: string;
    locale: Locale;
  }) => request<ScreeningResult>('POST', '/api/screenings', body),
  screenings: async (params: { sessionId?: string | null; instrument?: InstrumentId; locale: Locale }) =>
    (await request<{ screenings: ScreeningRecord[] }>('GET', `/api/screenings${query(params)}`)).screenings,
  suggestions: async (params: { sessionId?: string | null; locale: Locale }) =>
    (await request<{ suggestions: Suggestion[] }>('GET', `/api/suggestions${query(params)}`)).suggestions,
  suggestionFeedback: (id: string, body: { helpful: boolean; sessionId?: string }) =>
    request<unknown>('POST', `/api/suggestions/${encodeURIComponent(id)}/feedback`, body),
  report: (params: { sessionId?: string | null; locale: Locale }) =>
    request<EmotionReport>('GET', `/api/report${query(params)}`),
  reportHtmlUrl: (params: { sessionId?: string | null; locale: Locale; download?: boolean }) =>
    `/api/report/html${query({
      sessionId: params.sessionId,
      locale: params.locale,
      download: params.download ? '1' : null,
    })}`,
};
