import type { FastifyInstance } from 'fastify';
import { runTurn, type Locale } from '../../core/index.ts';
import type { AppContext } from '../context.ts';
import { ApiError } from '../errors.ts';
import { ingestTurnMedia, readMessageForm, type MessageForm } from '../media-turn.ts';
import { schemas } from '../schemas.ts';
import { SseWriter } from '../sse.ts';
import { activeTurns, requireSession } from './sessions.ts';

const HEARTBEAT_MS = 15_000;
const TITLE_CHARS = 40;

export function messageRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { store } = ctx.deps;

  app.post<{
    Params: { id: string };
    Body: { text: string; locale?: Locale; wantAudio?: boolean } | undefined;
  }>(
    '/api/sessions/:id/messages',
    {
      schema: {
        params: schemas.idParams,
        // JSON is validated by schema; multipart is read and checked field by field in readMessageForm.
        body: {
          content: {
            'application/json': { schema: schemas.postMessageBody },
            'multipart/form-data': { schema: {} },
          },
        },
      },
    },
    async (req, reply) => {
      const session = await requireSession(ctx, req.params.id);
      const form: MessageForm = req.isMultipart()
        ? await readMessageForm(req)
        : { text: req.body!.text, locale: req.body!.locale, wantAudio: req.body!.wantAudio, files: [] };
      const typed = form.text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
      if (typed === '' && form.files.length === 0) throw new ApiError('EMPTY_MESSAGE');
      if (typed.length > ctx.config.maxMessageChars) {
        throw new ApiError('MESSAGE_TOO_LONG', { maxChars: ctx.config.maxMessageChars, chars: typed.length });
      }
      if (activeTurns.has(session.id)) throw new ApiError('TURN_IN_PROGRESS');
      const locale = form.locale ?? session.locale;

      // Media is validated, stored and transcribed before the turn starts, so the safety
      // pre-check reads what was said aloud, exactly like typed text.
      const media =
        form.files.length > 0 ? await ingestTurnMedia(ctx.config, session.id, locale, form.files) : null;
      const text = [typed, ...(media?.transcripts ?? [])].filter((t) => t !== '').join('\n');
      const meta = media ? { attachments: media.attachments } : undefined;

      const controller = new AbortController();
      activeTurns.set(session.id, controller);
      if (session.title === '' && text !== '')
        await store.updateSession(session.id, { title: titleFrom(text) });

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
          meta,
          cues: media?.cues,
          wantAudio: form.wantAudio ?? false,
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
