import type {} from '@fastify/multipart';
import fs from 'node:fs/promises';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config/index.ts';
import { isLocale, type Locale, type ModalityCue } from '../core/index.ts';
import { cuesFromMedia } from '../emotion/index.ts';
import {
  attachmentDir,
  backendMedia,
  createTranscriber,
  ingestUpload,
  MediaError,
  type IngestResult,
  type PartialLimits,
  type TranscriptionConfig,
} from '../media/index.ts';
import { ApiError } from './errors.ts';

const FILE_FIELDS = ['audio', 'image', 'video'] as const;
const MAX_FILES = 3;

export interface UploadedFile {
  kind: string;
  buffer: Buffer;
  mimeType: string;
  filename: string;
}

export interface MessageForm {
  text: string;
  locale?: Locale;
  wantAudio?: boolean;
  files: UploadedFile[];
}

/** Media limits from the configuration, in the shape the media layer takes. */
export function mediaLimits(config: Readonly<Config>): PartialLimits {
  return {
    maxAudioSec: config.media.maxAudioSec,
    maxVideoSec: config.media.maxVideoSec,
    maxBytes: {
      audio: config.media.maxAudioBytes,
      image: config.media.maxImageBytes,
      video: config.media.maxVideoBytes,
    },
  };
}

export function multipartFileLimit(config: Readonly<Config>): number {
  return Math.max(config.media.maxAudioBytes, config.media.maxImageBytes, config.media.maxVideoBytes);
}

/** How voice can be transcribed with this configuration: a local model first, else the Omni back end. */
export function transcriptionConfig(config: Readonly<Config>): TranscriptionConfig {
  return {
    localModelDir: config.media.asrModelDir || undefined,
    omni:
      config.engine === 'openai'
        ? {
            baseUrl: config.llm.baseUrl,
            apiKey: config.llm.apiKey,
            model: config.llm.model,
            profile: config.llm.profile,
          }
        : null,
    allowRemote: config.media.remoteTranscription === 'on',
  };
}

/**
 * Reads a multipart message (field `text`, optional `locale`, files `audio`/`image`/`video`) fully into
 * memory within the plugin's limits. Unknown fields are refused so nothing is silently ignored.
 */
export async function readMessageForm(req: FastifyRequest): Promise<MessageForm> {
  const form: MessageForm = { text: '', files: [] };
  for await (const part of req.parts()) {
    if (part.type === 'field') {
      if (part.fieldname === 'text') form.text = String(part.value);
      else if (part.fieldname === 'locale') {
        if (!isLocale(part.value))
          throw new ApiError('VALIDATION_FAILED', { field: 'locale' }, 'locale must be zh-CN or en');
        form.locale = part.value;
      } else if (part.fieldname === 'wantAudio') form.wantAudio = part.value === 'true';
      else throw new ApiError('UNKNOWN_FIELD', { field: part.fieldname });
    } else {
      if (!(FILE_FIELDS as readonly string[]).includes(part.fieldname)) {
        await part.toBuffer().catch(() => undefined);
        throw new ApiError('UNKNOWN_FIELD', { field: part.fieldname });
      }
      if (form.files.length >= MAX_FILES) throw new ApiError('TOO_MANY_FILES', { max: MAX_FILES });
      form.files.push({
        kind: part.fieldname,
        buffer: await part.toBuffer(),
        mimeType: part.mimetype,
        filename: part.filename,
      });
    }
  }
  return form;
}

export interface IngestedTurn {
  /** Transcripts of the voice in audio and video files, in upload order. */
  transcripts: string[];
  /** Stored with the user message; `internal` holds server paths and is never sent to clients. */
  attachments: Array<Record<string, unknown>>;
  cues: ModalityCue[];
}

/**
 * Validates, stores and converts every file, then transcribes any speech. All-or-nothing: if one
 * step fails, every file this turn stored is removed and the error (a 4xx) propagates.
 */
export async function ingestTurnMedia(
  config: Readonly<Config>,
  sessionId: string,
  locale: Locale,
  files: UploadedFile[],
): Promise<IngestedTurn> {
  const results: IngestResult[] = [];
  try {
    for (const f of files) {
      results.push(
        await ingestUpload({
          dataDir: config.dataDir,
          sessionId,
          kind: f.kind,
          buffer: f.buffer,
          claimedMimeType: f.mimeType,
          originalName: f.filename,
          limits: mediaLimits(config),
          analyse: { voice: true, face: config.media.faceAnalysis === 'on' },
        }),
      );
    }
    const transcripts: string[] = [];
    const byId = new Map<string, string>();
    const speech = results.filter((r) => r.derived.wavPath && r.attachment.kind !== 'image');
    if (speech.length > 0) {
      // Speech must be read by the safety layer: without a transcription path, voice is refused.
      const transcriber = await createTranscriber(transcriptionConfig(config));
      for (const r of speech) {
        const t = (await transcriber.transcribe(r.derived.wavPath!, { locale })).text.trim();
        byId.set(r.attachment.id, t);
        if (t) transcripts.push(t);
      }
    }
    const attachments = results.map((r) => {
      const backend = backendMedia(r);
      const a = r.attachment;
      return {
        id: a.id,
        kind: a.kind,
        mimeType: a.mimeType,
        bytes: a.bytes,
        ...(a.durationSec !== undefined ? { durationSec: a.durationSec } : {}),
        ...(a.width !== undefined ? { width: a.width, height: a.height } : {}),
        ...(a.originalName ? { name: a.originalName } : {}),
        ...(byId.has(a.id) ? { transcript: byId.get(a.id) } : {}),
        cues: r.cues,
        internal: { path: a.path, backendPath: backend.path, backendMimeType: backend.mimeType },
      };
    });
    return { transcripts, attachments, cues: cuesFromMedia(results.map((r) => r.cues)) };
  } catch (err) {
    await Promise.all(
      results.map((r) =>
        fs.rm(attachmentDir(config.dataDir, sessionId, r.attachment.id), { recursive: true, force: true }),
      ),
    );
    if (err instanceof MediaError || err instanceof ApiError) throw err;
    throw new ApiError('MEDIA_PROCESSING_FAILED');
  }
}

/** Attachment records as clients see them: no server paths. */
export function publicAttachments(meta: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(meta.attachments)) return meta;
  return {
    ...meta,
    attachments: (meta.attachments as Array<Record<string, unknown>>).map(
      ({ internal: _internal, ...rest }) => rest,
    ),
  };
}
