import type { FastifyInstance } from 'fastify';
import type { Locale } from '../../core/index.ts';
import { crisisResources } from '../../safety/index.ts';
import type { AppContext } from '../context.ts';

const crisisQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    locale: { type: 'string', enum: ['zh-CN', 'en'] },
    region: { type: 'string', pattern: '^[A-Za-z]{2,8}$' },
  },
} as const;

/** Crisis resources for the pinned crisis panel: fixed message, grounding, safety plan, hotlines. */
export function safetyRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Querystring: { locale?: Locale; region?: string } }>(
    '/api/crisis-resources',
    { schema: { querystring: crisisQuery } },
    async (req) => crisisResources(req.query.locale ?? ctx.config.uiLocale, req.query.region),
  );
}
