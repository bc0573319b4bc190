import type { FastifyInstance } from 'fastify';
import type { Locale } from '../../core/index.ts';
import { isLocale } from '../../core/index.ts';
import {
  INDICATORS,
  answersProblem,
  buildReport,
  chooseSuggestions,
  defaultModel,
  instrumentView,
  isInstrumentId,
  isSuggestionId,
  messageIndicators,
  renderReportHtml,
  scoreScreening,
  sessionIndicators,
  readText,
  INSTRUMENT_IDS,
  type InstrumentId,
} from '../../emotion/index.ts';
import type { AppContext } from '../context.ts';
import { ApiError } from '../errors.ts';

const locale = { type: 'string', enum: ['zh-CN', 'en'] } as const;
const id = { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } as const;

const schemas = {
  instrumentsQuery: { type: 'object', additionalProperties: false, properties: { locale } },
  screeningBody: {
    type: 'object',
    additionalProperties: false,
    required: ['instrument', 'answers'],
    properties: {
      instrument: { type: 'string', enum: [...INSTRUMENT_IDS] },
      answers: { type: 'array', maxItems: 32, items: { type: 'integer', minimum: 0, maximum: 3 } },
      sessionId: id,
      locale,
    },
  },
  screeningsQuery: {
    type: 'object',
    additionalProperties: false,
    properties: { sessionId: id, instrument: { type: 'string', enum: [...INSTRUMENT_IDS] }, locale },
  },
  suggestionsQuery: { type: 'object', additionalProperties: false, properties: { sessionId: id, locale } },
  feedbackParams: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } },
  feedbackBody: {
    type: 'object',
    additionalProperties: false,
    required: ['helpful'],
    properties: { helpful: { type: 'boolean' }, sessionId: id },
  },
  reportQuery: {
    type: 'object',
    additionalProperties: false,
    properties: { sessionId: id, locale, download: { type: 'string', enum: ['0', '1', 'true', 'false'] } },
  },
} as const;

/**
 * Emotion API: screening instruments and results, suggestions with feedback, the emotion report
 * (JSON and self-contained HTML). Documented in docs/emotion.md.
 */
export function emotionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { store } = ctx.deps;
  const pickLocale = (l: unknown, fallback?: Locale): Locale =>
    isLocale(l) ? l : (fallback ?? ctx.config.uiLocale);
  const sessionOrThrow = async (sessionId: string) => {
    const s = await store.getSession(sessionId);
    if (!s) throw new ApiError('SESSION_NOT_FOUND', { id: sessionId });
    return s;
  };

  app.get<{ Querystring: { locale?: Locale } }>(
    '/api/screening/instruments',
    { schema: { querystring: schemas.instrumentsQuery } },
    async (req) => {
      const l = pickLocale(req.query.locale);
      return INSTRUMENT_IDS.map((i) => {
        const v = instrumentView(i, l);
        return { ...v, source: v.source.citation, sources: v.source };
      });
    },
  );

  app.post<{ Body: { instrument: InstrumentId; answers: number[]; sessionId?: string; locale?: Locale } }>(
    '/api/screenings',
    { schema: { body: schemas.screeningBody } },
    async (req, reply) => {
      const { instrument, answers, sessionId } = req.body;
      const problem = answersProblem(instrument, answers);
      if (problem) throw new ApiError('VALIDATION_FAILED', { field: 'answers', problem });
      const session = sessionId ? await sessionOrThrow(sessionId) : null;
      const l = pickLocale(req.body.locale, session?.locale);
      const result = scoreScreening(instrument, answers, l);
      const record = await store.addScreening({
        sessionId: session?.id ?? null,
        instrument,
        answers: [...answers],
        score: result.score,
        band: result.band,
        data: {
          severity: result.severity,
          crisis: result.crisis,
          ...(result.item9 !== undefined ? { item9: result.item9 } : {}),
          locale: l,
        },
      });
      if (result.crisis) {
        // Audit events never carry answers or text: only the kind and ids.
        await store.addAuditEvent({
          sessionId: session?.id ?? null,
          kind: 'safety.screening-item9',
          data: { screeningId: record.id, instrument },
        });
        if (session && !session.flags.includes('crisis'))
          await store.updateSession(session.id, { flags: [...session.flags, 'crisis'] });
      }
      return reply
        .code(201)
        .send({ id: record.id, createdAt: record.createdAt, sessionId: record.sessionId, ...result });
    },
  );

  app.get<{ Querystring: { sessionId?: string; instrument?: InstrumentId; locale?: Locale } }>(
    '/api/screenings',
    { schema: { querystring: schemas.screeningsQuery } },
    async (req) => {
      if (req.query.sessionId) await sessionOrThrow(req.query.sessionId);
      const l = pickLocale(req.query.locale);
      const records = await store.listScreenings({
        ...(req.query.sessionId ? { sessionId: req.query.sessionId } : {}),
        ...(req.query.instrument ? { instrument: req.query.instrument } : {}),
      });
      return {
        screenings: records.map((r) => {
          const view = isInstrumentId(r.instrument) ? instrumentView(r.instrument, l) : null;
          return {
            id: r.id,
            sessionId: r.sessionId,
            instrument: r.instrument,
            answers: r.answers,
            score: r.score,
            band: r.band,
            bandLabel: view?.bands.find((b) => b.id === r.band)?.label ?? r.band,
            severity: r.data.severity ?? null,
            crisis: r.data.crisis === true,
            ...(r.data.item9 !== undefined ? { item9: r.data.item9 } : {}),
            createdAt: r.createdAt,
          };
        }),
      };
    },
  );

  app.get<{ Querystring: { sessionId?: string; locale?: Locale } }>(
    '/api/suggestions',
    { schema: { querystring: schemas.suggestionsQuery } },
    async (req) => {
      const session = req.query.sessionId ? await sessionOrThrow(req.query.sessionId) : null;
      const l = pickLocale(req.query.locale, session?.locale);
      const model = defaultModel();
      let indicators: Partial<Record<(typeof INDICATORS)[number], number>> = {};
      if (session) {
        const messages = (await store.listMessages(session.id)).filter((m) => m.role === 'user').slice(-20);
        const per = messages.map((m) =>
          messageIndicators(m.content, readText(model, m.content).details.scores),
        );
        const agg = sessionIndicators(per);
        indicators = Object.fromEntries(INDICATORS.map((i) => [i, agg[i].score]));
      }
      const records = await store.listScreenings(session ? { sessionId: session.id } : {});
      const latest = new Map<string, (typeof records)[number]>();
      for (const r of records) latest.set(r.instrument, r);
      const suggestions = chooseSuggestions({
        locale: l,
        indicators,
        screenings: [...latest.values()]
          .filter((r) => isInstrumentId(r.instrument))
          .map((r) => ({
            instrument: r.instrument as InstrumentId,
            score: r.score,
            band: r.band,
            severity: typeof r.data.severity === 'number' ? r.data.severity : 0,
            crisis: r.data.crisis === true,
          })),
        feedback: await store.listSuggestionFeedback(),
      });
      return { suggestions };
    },
  );

  app.post<{ Params: { id: string }; Body: { helpful: boolean; sessionId?: string } }>(
    '/api/suggestions/:id/feedback',
    { schema: { params: schemas.feedbackParams, body: schemas.feedbackBody } },
    async (req, reply) => {
      if (!isSuggestionId(req.params.id))
        throw new ApiError('VALIDATION_FAILED', { field: 'id', problem: 'unknown suggestion id' });
      if (req.body.sessionId) await sessionOrThrow(req.body.sessionId);
      const fb = await store.addSuggestionFeedback({
        sessionId: req.body.sessionId ?? null,
        suggestionId: req.params.id,
        helpful: req.body.helpful,
      });
      return reply.code(201).send(fb);
    },
  );

  app.get<{ Querystring: { sessionId?: string; locale?: Locale } }>(
    '/api/report',
    { schema: { querystring: schemas.reportQuery } },
    async (req) => {
      const session = req.query.sessionId ? await sessionOrThrow(req.query.sessionId) : null;
      return buildReport(store, {
        ...(session ? { sessionId: session.id } : {}),
        locale: pickLocale(req.query.locale, session?.locale),
      });
    },
  );

  app.get<{ Querystring: { sessionId?: string; locale?: Locale; download?: string } }>(
    '/api/report/html',
    { schema: { querystring: schemas.reportQuery } },
    async (req, reply) => {
      const session = req.query.sessionId ? await sessionOrThrow(req.query.sessionId) : null;
      const report = await buildReport(store, {
        ...(session ? { sessionId: session.id } : {}),
        locale: pickLocale(req.query.locale, session?.locale),
      });
      const html = renderReportHtml(report);
      if (req.query.download === '1' || req.query.download === 'true') {
        const name = `carellm-emotion-report-${session ? session.id : 'all'}.html`;
        reply.header('content-disposition', `attachment; filename="${name}"`);
      }
      return reply.type('text/html; charset=utf-8').send(html);
    },
  );
}
