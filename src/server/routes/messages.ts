import type { FastifyInstance } from 'fastify';
import { runTurn, type Locale } from '../../core/index.ts';
import type { AppContext } from '../context.ts';
import { ApiError } from '../errors.ts';
import { schemas } from '../schemas.ts';
import { SseWriter } from '../sse.ts';
import { activeTurns, requireSession } from './sessions.ts';

const HEARTBEAT_MS = 15_000;
const TITLE_CHARS = 40;

export function messageRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { store } = ctx.deps;

  app.post<{ Params: { id: string }; Body: { text: string; locale?: Locale } }>(
    '/api/sessions/:id/messages',
    { schema: { params: schemas.idParams, body: schemas.postMessageBody } },
    async (req, reply) => {
      const session = await requireSession(ctx, req.params.id);
      const text = req.body.text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
      if (text === '') throw new ApiError('EMPTY_MESSAGE');
      if (text.length > ctx.config.maxMessageChars) {
        throw new ApiError('MESSAGE_TOO_LONG', { maxChars: ctx.config.maxMessageChars, chars: text.length });
      }
      if (activeTurns.has(session.id)) throw new ApiError('TURN_IN_PROGRESS');
      const locale = req.body.locale ?? session.locale;

      const controller = new AbortController();
      activeTurns.set(session.id, controller);
      if (session.title === '') await store.updateSession(session.id, { title: titleFrom(text) });

      reply.hijack();
      const sse = new SseWriter(reply.raw);
      // The client going away stops generation; the partial reply is kept as `interrupted`.
      reply.raw.on('close', () => {
        if (!reply.raw.writableFinished) controller.abort();
      });
      sse.open();
      const heartbeat = setInterval(() => sse.comment('keep-alive'), HEARTBEAT_MS);
      try {
        for await (const event of runTurn(ctx.deps, {
          sessionId: session.id,
          locale,
          text,
          signal: controller.signal,
        })) {
          sse.send(event.type, event.data);
        }
      } catch (err) {
        req.log.error({ err }, 'turn failed');
        sse.send('error', { code: 'INTERNAL', message: 'The reply could not be completed.' });
      } finally {
        clearInterval(heartbeat);
        activeTurns.delete(session.id);
        sse.end();
      }
    },
  );
}

function titleFrom(text: string): string {
  const firstLine = text.split('\n')[0] ?? '';
  const chars = [...firstLine];
  return chars.length > TITLE_CHARS ? `${chars.slice(0, TITLE_CHARS).join('')}…` : firstLine;
}
