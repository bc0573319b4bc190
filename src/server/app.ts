import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AppContext } from './context.ts';
import { ApiError, errorBody, toApiError } from './errors.ts';
import { emotionRoutes } from './routes/emotion.ts';
import { exportRoutes } from './routes/export.ts';
import { messageRoutes } from './routes/messages.ts';
import { multipartFileLimit } from './media-turn.ts';
import { mediaRoutes } from './routes/media.ts';
import { metaRoutes } from './routes/meta.ts';
import { safetyRoutes } from './routes/safety.ts';
import { sessionRoutes } from './routes/sessions.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = path.join(ROOT, 'web', 'dist');

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(self), microphone=(self), geolocation=()',
};

export async function buildApp(
  ctx: AppContext,
  options: { logger?: boolean } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false || ctx.config.logLevel === 'silent' ? false : { level: ctx.config.logLevel },
    bodyLimit: ctx.config.bodyLimitBytes,
    // Hijacked SSE sockets must not hold up shutdown.
    forceCloseConnections: true,
    // Strict validation: wrong types are errors, never silently coerced or dropped.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false } },
  });

  // JSON only (multipart is added where uploads are accepted): anything else is a clear 415.
  app.removeContentTypeParser('text/plain');

  app.addHook('onSend', async (_req, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    return payload;
  });

  app.setErrorHandler((err, req, reply) => {
    const apiErr = toApiError(err);
    if (apiErr.status >= 500) req.log.error({ err }, 'unhandled error');
    return reply.code(apiErr.status).send(errorBody(apiErr));
  });

  app.setNotFoundHandler((req, reply) => {
    if (
      req.url.startsWith('/api/') ||
      req.method !== 'GET' ||
      !fs.existsSync(path.join(WEB_DIST, 'index.html'))
    ) {
      return reply.code(404).send(errorBody(new ApiError('ROUTE_NOT_FOUND')));
    }
    // Single-page app: unknown GET paths load the UI, which routes on the client.
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });

  await app.register(fastifyMultipart, {
    limits: {
      fileSize: multipartFileLimit(ctx.config),
      files: 3,
      fields: 4,
      parts: 7,
      fieldSize: ctx.config.maxMessageChars * 4 + 1024,
      headerPairs: 100,
    },
  });

  metaRoutes(app, ctx);
  sessionRoutes(app, ctx);
  messageRoutes(app, ctx);
  exportRoutes(app, ctx);
  safetyRoutes(app, ctx);
  emotionRoutes(app, ctx);
  mediaRoutes(app, ctx);

  if (fs.existsSync(WEB_DIST)) {
    await app.register(fastifyStatic, { root: WEB_DIST, prefix: '/', index: ['index.html'], wildcard: true });
  } else {
    app.get('/', async (_req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><meta charset="utf-8"><title>CareLLM</title><p>The web UI is not built. Run <code>npm run build:web</code>.</p>',
        ),
    );
  }
  return app;
}
