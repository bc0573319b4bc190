import type { FastifyInstance } from 'fastify';
import type { Locale } from '../../core/index.ts';
import { HOTLINES, defaultRegionFor, hotlinesFor } from '../../safety/index.ts';
import type { AppContext } from '../context.ts';
import { ApiError } from '../errors.ts';
import { openApiDocument } from '../openapi.ts';
import { schemas } from '../schemas.ts';

export function metaRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/health', async () => ({
    status: 'ok',
    version: ctx.version,
    uptimeSeconds: Math.round((Date.now() - ctx.startedAt) / 1000),
  }));

  app.get('/api/ready', async (_req, reply) => {
    const storeOk = await ctx.deps.store.ping().catch(() => false);
    if (!storeOk) throw new ApiError('NOT_READY', { store: false });
    return reply.send({ status: 'ready', store: ctx.deps.store.kind, engine: ctx.deps.engine.info().id });
  });

  /** What the UI needs to describe this instance: engine, stages, defaults. No secrets. */
  app.get('/api/info', async () => ({
    name: 'CareLLM',
    version: ctx.version,
    defaultLocale: ctx.config.uiLocale,
    engine: ctx.deps.engine.info(),
    stages: {
      safety: ctx.deps.safety.name,
      emotion: ctx.deps.emotion.name,
      outputGuard: ctx.deps.outputGuard.name,
    },
    limits: { maxMessageChars: ctx.config.maxMessageChars },
  }));

  app.get<{ Querystring: { region?: string; locale?: Locale } }>(
    '/api/hotlines',
    { schema: { querystring: schemas.hotlineQuery } },
    async (req) => {
      const region = req.query.region ?? defaultRegionFor(req.query.locale ?? ctx.config.uiLocale);
      return { version: HOTLINES.version, regions: hotlinesFor(region.toUpperCase()) };
    },
  );

  app.get('/api/openapi.json', async () => openApiDocument(ctx.version));
}
