import type { FastifyInstance } from 'fastify';
import type { Locale } from '../../core/index.ts';
import type { AppContext } from '../context.ts';
import { ApiError } from '../errors.ts';
import { deleteSessionMedia } from '../../media/index.ts';
import { publicAttachments } from '../media-turn.ts';
import { schemas } from '../schemas.ts';

export async function requireSession(ctx: AppContext, id: string) {
  const session = await ctx.deps.store.getSession(id);
  if (!session) throw new ApiError('SESSION_NOT_FOUND', { id });
  return session;
}

export function sessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { store } = ctx.deps;

  app.post<{ Body: { locale?: Locale; title?: string } | undefined }>(
    '/api/sessions',
    { schema: { body: schemas.createSessionBody } },
    async (req, reply) => {
      const session = await store.createSession({
        locale: req.body?.locale ?? ctx.config.uiLocale,
        title: req.body?.title?.trim() ?? '',
      });
      return reply.code(201).send(session);
    },
  );

  app.get('/api/sessions', async () => ({ sessions: await store.listSessions() }));

  app.get<{ Params: { id: string } }>(
    '/api/sessions/:id',
    { schema: { params: schemas.idParams } },
    async (req) => {
      const session = await requireSession(ctx, req.params.id);
      const [messages, analyses] = await Promise.all([
        store.listMessages(session.id),
        store.listAnalyses(session.id),
      ]);
      return {
        ...session,
        messages: messages.map((m) => ({ ...m, meta: publicAttachments(m.meta) })),
        analyses,
      };
    },
  );

  app.patch<{ Params: { id: string }; Body: { title?: string; locale?: Locale } }>(
    '/api/sessions/:id',
    { schema: { params: schemas.idParams, body: schemas.updateSessionBody } },
    async (req) => {
      await requireSession(ctx, req.params.id);
      const patch: { title?: string; locale?: Locale } = {};
      if (req.body.title !== undefined) patch.title = req.body.title.trim();
      if (req.body.locale !== undefined) patch.locale = req.body.locale;
      return store.updateSession(req.params.id, patch);
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/api/sessions/:id',
    { schema: { params: schemas.idParams } },
    async (req, reply) => {
      if (activeTurns.has(req.params.id)) throw new ApiError('TURN_IN_PROGRESS');
      const deleted = await store.deleteSession(req.params.id);
      if (!deleted) throw new ApiError('SESSION_NOT_FOUND', { id: req.params.id });
      await deleteSessionMedia(ctx.config.dataDir, req.params.id);
      return reply.code(204).send();
    },
  );
}

/** Sessions with a reply being generated right now (one turn at a time per session). */
export const activeTurns = new Map<string, AbortController>();
