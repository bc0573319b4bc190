import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import { exportJson, exportMarkdown } from '../export.ts';
import { schemas } from '../schemas.ts';
import { requireSession } from './sessions.ts';

export function exportRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: { id: string }; Querystring: { format?: 'json' | 'markdown' | 'md' } }>(
    '/api/sessions/:id/export',
    { schema: { params: schemas.idParams, querystring: schemas.exportQuery } },
    async (req, reply) => {
      const session = await requireSession(ctx, req.params.id);
      const messages = await ctx.deps.store.listMessages(session.id);
      const base = `carellm-${session.id}`;
      if (req.query.format === 'markdown' || req.query.format === 'md') {
        return reply
          .header('content-type', 'text/markdown; charset=utf-8')
          .header('content-disposition', `attachment; filename="${base}.md"`)
          .send(exportMarkdown(session, messages));
      }
      const analyses = await ctx.deps.store.listAnalyses(session.id);
      return reply
        .header('content-disposition', `attachment; filename="${base}.json"`)
        .send(exportJson(session, messages, analyses));
    },
  );
}
