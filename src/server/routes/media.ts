import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Locale } from '../../core/index.ts';
import {
  readAttachment,
  synthesizeSpeech,
  transcriptionAvailability,
  TTS_VOICES,
  type AttachmentRecord,
} from '../../media/index.ts';
import type { AppContext } from '../context.ts';
import { ApiError } from '../errors.ts';
import { transcriptionConfig } from '../media-turn.ts';
import { schemas } from '../schemas.ts';
import { requireSession } from './sessions.ts';

export function mediaRoutes(app: FastifyInstance, ctx: AppContext): void {
  /** Whether voice input can be used, and if not, why (both languages), so the UI can say so. */
  app.get('/api/voice', async () => ({
    transcription: transcriptionAvailability(transcriptionConfig(ctx.config)),
    tts: { voices: TTS_VOICES },
  }));

  /** Local text-to-speech (espeak-ng) for replies when the back end does not speak. */
  app.post<{ Body: { text: string; locale: Locale; voice?: string } }>(
    '/api/speech',
    { schema: { body: schemas.speechBody } },
    async (req, reply) => {
      const audio = await synthesizeSpeech({
        text: req.body.text,
        locale: req.body.locale,
        voice: req.body.voice,
      });
      return reply.type('audio/wav').header('cache-control', 'no-store').send(audio.wav);
    },
  );

  /** The stored (metadata-free) file of an attachment, only within its own session. */
  app.get<{ Params: { id: string; attachmentId: string } }>(
    '/api/sessions/:id/attachments/:attachmentId',
    { schema: { params: schemas.attachmentParams } },
    async (req, reply) => {
      const session = await requireSession(ctx, req.params.id);
      const record = await readAttachment<AttachmentRecord>(
        ctx.config.dataDir,
        session.id,
        req.params.attachmentId,
      );
      if (!record || !fs.existsSync(record.path)) throw new ApiError('ATTACHMENT_NOT_FOUND');
      return reply
        .type(record.mimeType)
        .header('content-disposition', 'inline')
        .header('cache-control', 'private, no-store')
        .send(fs.createReadStream(record.path));
    },
  );
}
