import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backendMedia,
  ingestUpload,
  MediaError,
  parseWav,
  type IngestInput,
} from '../../../src/media/index.ts';
import { MediaFixtures, tempDir } from '../../support/media-fixtures.ts';

const fx = new MediaFixtures();
let dataDir: string;
const SESSION = 'ses_test123';

beforeAll(() => {
  dataDir = tempDir();
});
afterAll(() => {
  fx.cleanup();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

const base = (over: Partial<IngestInput>): IngestInput => ({
  dataDir,
  sessionId: SESSION,
  kind: 'audio',
  buffer: Buffer.alloc(0),
  analyse: { face: false },
  ...over,
});

async function expectCode(p: Promise<unknown>, code: string): Promise<void> {
  const before = filesUnder(path.join(dataDir, 'media')).length;
  await expect(p).rejects.toSatisfy((e: unknown) => e instanceof MediaError && e.code === code);
  expect(filesUnder(path.join(dataDir, 'media')).length).toBe(before);
}

describe('ingestUpload: bad media is refused and nothing is stored', () => {
  it('zero bytes', async () => {
    await expectCode(ingestUpload(base({ buffer: Buffer.alloc(0) })), 'MEDIA_EMPTY');
  });
  it('unknown kind', async () => {
    await expectCode(
      ingestUpload(base({ kind: 'document', buffer: fx.buf('speechWav') })),
      'MEDIA_KIND_INVALID',
    );
  });
  it('oversized file', async () => {
    await expectCode(
      ingestUpload(base({ buffer: fx.buf('speechWav'), limits: { maxBytes: { audio: 1000 } } })),
      'MEDIA_TOO_LARGE',
    );
  });
  it('unknown bytes (a text file named .wav)', async () => {
    await expectCode(
      ingestUpload(base({ buffer: Buffer.from('hello world, not audio'), originalName: 'x.wav' })),
      'MEDIA_TYPE_UNSUPPORTED',
    );
  });
  it('spoofed type: a JPEG sent as audio', async () => {
    await expectCode(
      ingestUpload(base({ buffer: fx.buf('jpeg'), claimedMimeType: 'audio/webm', originalName: 'a.webm' })),
      'MEDIA_TYPE_MISMATCH',
    );
  });
  it('spoofed type: MP3 bytes claimed as WAV', async () => {
    await expectCode(
      ingestUpload(base({ buffer: fx.buf('speechMp3'), claimedMimeType: 'audio/wav' })),
      'MEDIA_TYPE_MISMATCH',
    );
  });
  it('spoofed type: PNG bytes named .jpg', async () => {
    await expectCode(
      ingestUpload(base({ kind: 'image', buffer: fx.buf('png'), originalName: 'photo.jpg' })),
      'MEDIA_TYPE_MISMATCH',
    );
  });
  it('truncated WAV, WebM, MP4, JPEG and PNG', async () => {
    await expectCode(ingestUpload(base({ buffer: fx.truncated(fx.speechWav()) })), 'MEDIA_CORRUPT');
    await expectCode(ingestUpload(base({ buffer: fx.truncated(fx.speechWebm()) })), 'MEDIA_CORRUPT');
    await expectCode(
      ingestUpload(base({ kind: 'video', buffer: fx.truncated(fx.videoMp4()) })),
      'MEDIA_CORRUPT',
    );
    await expectCode(ingestUpload(base({ kind: 'image', buffer: fx.truncated(fx.jpeg()) })), 'MEDIA_CORRUPT');
    await expectCode(ingestUpload(base({ kind: 'image', buffer: fx.truncated(fx.png()) })), 'MEDIA_CORRUPT');
  });
  it('corrupt container (valid header, garbage body)', async () => {
    await expectCode(
      ingestUpload(base({ kind: 'video', buffer: fx.corruptContainer(fx.videoMp4()) })),
      'MEDIA_CORRUPT',
    );
    await expectCode(
      ingestUpload(base({ buffer: fx.corruptContainer(fx.speechWebm(), 60) })),
      'MEDIA_CORRUPT',
    );
  });
  it('over-long video and audio', async () => {
    await expectCode(
      ingestUpload(base({ kind: 'video', buffer: fx.buf('longVideoMp4'), limits: { maxVideoSec: 5 } })),
      'MEDIA_TOO_LONG',
    );
    await expectCode(
      ingestUpload(base({ buffer: fx.buf('longAudioWav'), limits: { maxAudioSec: 5 } })),
      'MEDIA_TOO_LONG',
    );
  });
  it('too many pixels', async () => {
    await expectCode(
      ingestUpload(base({ kind: 'image', buffer: fx.buf('jpeg'), limits: { maxImagePixels: 1000 } })),
      'MEDIA_PIXELS_TOO_MANY',
    );
  });
  it('audio kind without an audio track, video kind without a picture', async () => {
    await expectCode(ingestUpload(base({ buffer: fx.buf('videoSilentMp4') })), 'MEDIA_NO_AUDIO');
    await expectCode(ingestUpload(base({ kind: 'video', buffer: fx.buf('speechM4a') })), 'MEDIA_NO_VIDEO');
  });
});

describe('ingestUpload: audio', () => {
  it('converts a browser WebM/Opus voice note to 16 kHz mono WAV and keeps the original', async () => {
    const res = await ingestUpload(
      base({
        buffer: fx.buf('speechWebm'),
        claimedMimeType: 'audio/webm;codecs=opus',
        originalName: '../../etc/passwd.webm',
      }),
    );
    expect(res.attachment.kind).toBe('audio');
    expect(res.attachment.mimeType).toBe('audio/webm');
    expect(res.attachment.path.startsWith(path.join(dataDir, 'media', SESSION) + path.sep)).toBe(true);
    expect(path.basename(res.attachment.path)).toBe('original.webm');
    expect(res.attachment.originalName).toBe('passwd.webm');
    expect(fs.existsSync(res.attachment.path)).toBe(true);
    const wav = parseWav(fs.readFileSync(res.derived.wavPath!));
    expect(wav.sampleRate).toBe(16000);
    expect(wav.channels).toBe(1);
    expect(res.attachment.durationSec).toBeGreaterThan(2);
    expect(res.attachment.durationSec).toBeLessThan(8);
    expect(res.cues.voice?.speechDetected).toBe(true);
    expect(backendMedia(res)).toEqual({ kind: 'audio', mimeType: 'audio/wav', path: res.derived.wavPath });
  });
  it('accepts MP3, OGG/Opus, M4A and WAV voice notes', async () => {
    const results = await Promise.all(
      (['speechMp3', 'speechOgg', 'speechM4a', 'speechWav'] as const).map((name) =>
        ingestUpload(base({ buffer: fx.buf(name), analyse: { voice: false, face: false } })),
      ),
    );
    expect(results.map((r) => r.attachment.mimeType)).toEqual([
      'audio/mpeg',
      'audio/ogg',
      'audio/mp4',
      'audio/wav',
    ]);
    for (const r of results) expect(parseWav(fs.readFileSync(r.derived.wavPath!)).sampleRate).toBe(16000);
  });
});

describe('ingestUpload: video', () => {
  it('downscales, caps the frame rate, extracts the audio track and samples frames', async () => {
    const res = await ingestUpload(
      base({ kind: 'video', buffer: fx.buf('videoMp4'), limits: { videoFrames: 3 } }),
    );
    expect(res.attachment.width).toBe(1280);
    expect(res.attachment.height).toBe(720);
    expect(res.attachment.durationSec).toBeGreaterThan(2.5);
    expect(res.derived.framePaths).toHaveLength(3);
    for (const f of res.derived.framePaths!)
      expect(fs.readFileSync(f).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const wav = parseWav(fs.readFileSync(res.derived.wavPath!));
    expect(wav.sampleRate).toBe(16000);
    const { execFileSync } = await import('node:child_process');
    const probe = JSON.parse(
      execFileSync('ffprobe', [
        '-v',
        'error',
        '-print_format',
        'json',
        '-show_streams',
        '-show_format',
        res.derived.videoPath!,
      ]).toString(),
    ) as {
      streams: { codec_type: string; width?: number; height?: number; avg_frame_rate?: string }[];
      format: { tags?: Record<string, string> };
    };
    const v = probe.streams.find((s) => s.codec_type === 'video')!;
    expect(Math.max(v.width!, v.height!)).toBe(640);
    expect(v.avg_frame_rate).toBe('2/1');
    expect(backendMedia(res)).toEqual({ kind: 'video', mimeType: 'video/mp4', path: res.derived.videoPath });
    // Location and title tags are gone from both the copy and the stored original.
    for (const file of [res.derived.videoPath!, res.attachment.path]) {
      const text = fs.readFileSync(file).toString('latin1');
      expect(text).not.toContain('SecretTitle');
      expect(text).not.toContain('+48.8584');
    }
  });
  it('trims to the limit: a video just within the limit is accepted', async () => {
    const res = await ingestUpload(
      base({ kind: 'video', buffer: fx.buf('longVideoMp4'), limits: { maxVideoSec: 8 } }),
    );
    expect(res.attachment.durationSec).toBeLessThanOrEqual(9);
    expect(res.derived.wavPath).toBeUndefined();
  });
});
