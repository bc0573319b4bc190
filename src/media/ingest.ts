/**
 * One call per uploaded file: validate (size, content type, structure) → store under a generated
 * name → convert (16 kHz WAV, downscaled video, frames, metadata-free image) → local cues (voice,
 * face). Any failure removes everything this call wrote and throws a MediaError with a stable code.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { checkWavStructure, convertToWav16k, readWav, ASR_SAMPLE_RATE } from './audio.ts';
import { MediaError } from './errors.ts';
import { analyseFaces, combineFrames, type FaceCues } from './face.ts';
import { decodeRgb, processImage, type RgbImage } from './image.ts';
import { resolveLimits, type MediaLimits, type PartialLimits, type ProcessLimits } from './limits.ts';
import { durationOf, firstStream, probeFile } from './probe.ts';
import { MEDIA_KINDS, sniffMedia, type MediaKind } from './sniff.ts';
import {
  assertSafeId,
  buildRecord,
  createStaging,
  finalPath,
  kindMime,
  writeRecord,
  type AttachmentRecord,
} from './storage.ts';
import { analyseVoice, type VoiceCues } from './voice-cues.ts';
import { makeVideoCopy, remuxWithoutMetadata, sampleFrames } from './video.ts';
import type { RunOptions } from './process.ts';

export interface IngestInput {
  dataDir: string;
  sessionId: string;
  messageId?: string;
  /** The multipart field: `audio`, `image` or `video`. Anything else is MEDIA_KIND_INVALID. */
  kind: string;
  buffer: Buffer;
  /** The client's Content-Type for the part (compared with the content, never trusted). */
  claimedMimeType?: string;
  /** The client's file name (display label only). */
  originalName?: string;
  limits?: PartialLimits;
  processLimits?: Partial<ProcessLimits>;
  /** Local analyses to run; both default to true. Face analysis loads face-api lazily. */
  analyse?: { voice?: boolean; face?: boolean };
}

export interface IngestDerived {
  /** 16 kHz mono PCM WAV: for transcription, voice cues, and Omni back ends that want WAV. */
  wavPath?: string;
  /** Downscaled, frame-rate-reduced, trimmed H.264/AAC MP4 (video only). */
  videoPath?: string;
  /** Still frames (JPEG) sampled evenly over the video. */
  framePaths?: string[];
  /** Metadata blocks removed from an image (labels such as `APP1:Exif`). */
  removedMetadata?: string[];
}

export interface IngestCues {
  voice?: VoiceCues;
  face?: FaceCues;
}

export interface IngestResult {
  attachment: AttachmentRecord;
  derived: IngestDerived;
  cues: IngestCues;
}

const DURATION_GRACE_SEC = 0.5;

function checkKind(kind: string): MediaKind {
  if (!(MEDIA_KINDS as readonly string[]).includes(kind)) throw new MediaError('MEDIA_KIND_INVALID');
  return kind as MediaKind;
}

export async function ingestUpload(input: IngestInput): Promise<IngestResult> {
  const kind = checkKind(input.kind);
  const limits = resolveLimits(input.limits);
  if (input.messageId !== undefined) assertSafeId(input.messageId, 'message id');
  if (input.buffer.length === 0) throw new MediaError('MEDIA_EMPTY');
  if (input.buffer.length > limits.maxBytes[kind]) {
    throw new MediaError('MEDIA_TOO_LARGE', { maxBytes: limits.maxBytes[kind] });
  }
  const sniff = sniffMedia({
    buffer: input.buffer,
    kind,
    claimedMimeType: input.claimedMimeType,
    originalName: input.originalName,
  });
  const run: RunOptions = input.processLimits ? { limits: input.processLimits } : {};
  const analyse = { voice: true, face: true, ...input.analyse };
  const staging = await createStaging(input.dataDir, input.sessionId);
  try {
    let out: { stored: string; derived: IngestDerived; cues: IngestCues; facts: Facts };
    if (kind === 'image')
      out = await ingestImage(input.buffer, sniff, staging.file.bind(staging), limits, run, analyse);
    else {
      if (sniff.format === 'wav') checkWavStructure(input.buffer);
      // The upload goes to disk under a generated name; ffmpeg only ever sees our paths.
      const original = staging.file(`original.${sniff.ext}`);
      if (kind === 'audio') {
        await fs.writeFile(original, input.buffer, { mode: 0o600 });
      } else {
        // Phones put the recording location into video metadata: keep the streams, drop the tags.
        const upload = staging.file('upload.bin');
        await fs.writeFile(upload, input.buffer, { mode: 0o600 });
        await remuxWithoutMetadata(upload, sniff.demuxer, original, run);
        await fs.rm(upload, { force: true });
      }
      out =
        kind === 'audio'
          ? await ingestAudio(original, sniff.demuxer, staging.file.bind(staging), limits, run, analyse)
          : await ingestVideo(original, sniff.demuxer, staging.file.bind(staging), limits, run, analyse);
      out.facts.bytes = (await fs.stat(original)).size;
    }
    const record = buildRecord(
      { ...input, kind, buffer: { length: out.facts.bytes }, ...factsOnly(out.facts) },
      staging,
      kindMime(kind, sniff.mimeType),
      path.basename(out.stored),
    );
    const derived = mapPaths(out.derived, (p) => finalPath(staging, p));
    await writeRecord(staging.dir, {
      ...record,
      derived: mapPaths(out.derived, (p) => path.relative(staging.dir, p)),
      cues: out.cues,
    });
    await staging.commit();
    return { attachment: record, derived, cues: out.cues };
  } catch (err) {
    await staging.discard();
    throw err;
  }
}

interface Facts {
  bytes: number;
  durationSec?: number;
  width?: number;
  height?: number;
}

function factsOnly(f: Facts): Omit<Facts, 'bytes'> {
  const out: Omit<Facts, 'bytes'> = {};
  if (f.durationSec !== undefined) out.durationSec = Math.round(f.durationSec * 1000) / 1000;
  if (f.width !== undefined) out.width = f.width;
  if (f.height !== undefined) out.height = f.height;
  return out;
}

function mapPaths(d: IngestDerived, fn: (p: string) => string): IngestDerived {
  const out: IngestDerived = { ...d };
  if (d.wavPath) out.wavPath = fn(d.wavPath);
  if (d.videoPath) out.videoPath = fn(d.videoPath);
  if (d.framePaths) out.framePaths = d.framePaths.map(fn);
  return out;
}

type FileFn = (name: string) => string;

async function ingestImage(
  buffer: Buffer,
  sniff: ReturnType<typeof sniffMedia>,
  file: FileFn,
  limits: MediaLimits,
  run: RunOptions,
  analyse: { face: boolean },
) {
  const stored = file(`image.${sniff.ext}`);
  const img = await processImage(buffer, sniff, stored, file(`rotated.${sniff.ext}`), limits, run);
  const cues: IngestCues = {};
  if (analyse.face) {
    const rgb = await decodeRgb(stored, sniff.demuxer, img, limits.frameMaxSide, run);
    cues.face = await safeFaces(rgb);
  }
  return {
    stored,
    derived: { removedMetadata: img.removedMetadata },
    cues,
    facts: { bytes: img.bytes, width: img.width, height: img.height } as Facts,
  };
}

/** Face cues are optional extras: a failure inside the model becomes "unavailable", never a failed upload. */
async function safeFaces(rgb: RgbImage, detector: 'ssd' | 'tiny' = 'ssd'): Promise<FaceCues> {
  try {
    return await analyseFaces(rgb, { detector });
  } catch {
    return { available: false, reason: FACE_FAILED };
  }
}

const FACE_FAILED = {
  en: 'Facial-expression analysis failed on this picture.',
  'zh-CN': '这张图片的面部表情分析失败。',
};

async function wavDuration(wav: string): Promise<number> {
  const { size } = await fs.stat(wav);
  return Math.max(0, size - 44) / (ASR_SAMPLE_RATE * 2);
}

function checkDuration(d: number | undefined, max: number): void {
  if (d !== undefined && d > max + DURATION_GRACE_SEC)
    throw new MediaError('MEDIA_TOO_LONG', { maxSec: max });
}

async function ingestAudio(
  original: string,
  demuxer: string,
  file: FileFn,
  limits: MediaLimits,
  run: RunOptions,
  analyse: { voice: boolean },
) {
  const probe = await probeFile(original, demuxer, run);
  if (!firstStream(probe, 'audio')) throw new MediaError('MEDIA_NO_AUDIO');
  checkDuration(durationOf(probe), limits.maxAudioSec);
  const wav = file('audio.wav');
  // Browser recordings often carry no duration in the header: convert a little past the limit and measure.
  await convertToWav16k(original, wav, { ...run, demuxer, maxSec: limits.maxAudioSec + 1 });
  const durationSec = await wavDuration(wav);
  checkDuration(durationSec, limits.maxAudioSec);
  const cues: IngestCues = {};
  if (analyse.voice) cues.voice = analyseVoice((await readWav(wav)).samples, ASR_SAMPLE_RATE);
  return { stored: original, derived: { wavPath: wav }, cues, facts: { bytes: 0, durationSec } as Facts };
}

async function ingestVideo(
  original: string,
  demuxer: string,
  file: FileFn,
  limits: MediaLimits,
  run: RunOptions,
  analyse: { voice: boolean; face: boolean },
) {
  const probe = await probeFile(original, demuxer, run);
  const video = firstStream(probe, 'video');
  if (!video?.width || !video.height) throw new MediaError('MEDIA_NO_VIDEO');
  if (video.width * video.height > limits.maxVideoPixels) {
    throw new MediaError('MEDIA_PIXELS_TOO_MANY', { maxPixels: limits.maxVideoPixels });
  }
  checkDuration(durationOf(probe), limits.maxVideoSec);
  const hasAudio = Boolean(firstStream(probe, 'audio'));
  const copy = file('video.mp4');
  const size = await makeVideoCopy(
    original,
    demuxer,
    copy,
    { width: video.width, height: video.height },
    {
      maxSec: limits.maxVideoSec + 1,
      maxSide: limits.videoMaxSide,
      fps: limits.videoFps,
      hasAudio,
    },
    run,
  );
  const copyProbe = await probeFile(copy, 'mov', run);
  const durationSec = durationOf(copyProbe) ?? 0;
  checkDuration(durationSec, limits.maxVideoSec);

  const derived: IngestDerived = { videoPath: copy };
  const cues: IngestCues = {};
  if (hasAudio) {
    const wav = file('audio.wav');
    await convertToWav16k(original, wav, { ...run, demuxer, maxSec: limits.maxVideoSec });
    derived.wavPath = wav;
    if (analyse.voice) cues.voice = analyseVoice((await readWav(wav)).samples, ASR_SAMPLE_RATE);
  }
  const frames = await sampleFrames(
    copy,
    'mov',
    file('frames'),
    durationSec,
    limits.videoFrames,
    limits.frameMaxSide,
    run,
  );
  derived.framePaths = frames;
  if (analyse.face && frames.length) {
    const perFrame: FaceCues[] = [];
    for (const frame of frames) {
      const rgb = await decodeRgb(frame, 'jpeg_pipe', size, limits.frameMaxSide, run);
      perFrame.push(await safeFaces(rgb, 'tiny'));
      if (!perFrame[perFrame.length - 1]!.available) break;
    }
    cues.face = combineFrames(perFrame);
  }
  return {
    stored: original,
    derived,
    cues,
    facts: { bytes: 0, durationSec, width: video.width, height: video.height } as Facts,
  };
}

export interface BackendMedia {
  kind: MediaKind;
  mimeType: string;
  path: string;
}

/**
 * The file to send to an Omni back end for an ingested attachment: the 16 kHz WAV for audio (every
 * audio-capable profile decodes WAV), the downscaled MP4 for video, the metadata-free image as stored.
 */
export function backendMedia(result: IngestResult): BackendMedia {
  const { attachment, derived } = result;
  if (attachment.kind === 'audio') return { kind: 'audio', mimeType: 'audio/wav', path: derived.wavPath! };
  if (attachment.kind === 'video') return { kind: 'video', mimeType: 'video/mp4', path: derived.videoPath! };
  return { kind: 'image', mimeType: attachment.mimeType, path: attachment.path };
}
