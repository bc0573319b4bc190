import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MEDIA_ERRORS,
  MediaError,
  ToolError,
  analyseVoice,
  deleteSessionMedia,
  detectFormat,
  listSessionMedia,
  parseWav,
  readAttachment,
  runTool,
  saveAttachment,
  sniffMedia,
  synthesizeSpeech,
  voicesFor,
} from '../../../src/media/index.ts';
import { MediaFixtures, tempDir } from '../../support/media-fixtures.ts';

const fx = new MediaFixtures();
const dataDir = tempDir();
afterAll(() => {
  fx.cleanup();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('content sniffing', () => {
  it('detects every accepted container by its bytes', () => {
    expect(detectFormat(fx.buf('jpeg'))).toBe('jpeg');
    expect(detectFormat(fx.buf('png'))).toBe('png');
    expect(detectFormat(fx.buf('webp'))).toBe('webp');
    expect(detectFormat(fx.buf('speechWav'))).toBe('wav');
    expect(detectFormat(fx.buf('speechMp3'))).toBe('mp3');
    expect(detectFormat(fx.buf('speechOgg'))).toBe('ogg');
    expect(detectFormat(fx.buf('speechWebm'))).toBe('webm');
    expect(detectFormat(fx.buf('speechM4a'))).toBe('mp4');
  });

  it('refuses look-alikes: HEIC, HTML, ELF, an MP3 without ID3 but with a bad frame header', () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(16)]);
    expect(detectFormat(heic)).toBeNull();
    expect(detectFormat(Buffer.from('<!doctype html><script>'))).toBeNull();
    expect(detectFormat(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]))).toBeNull();
    expect(detectFormat(Buffer.from([0xff, 0xff, 0xff, 0xff]))).toBeNull();
  });

  it('accepts the MIME types browsers really send and ignores octet-stream', () => {
    const webm = fx.buf('speechWebm');
    expect(
      sniffMedia({
        buffer: webm,
        kind: 'audio',
        claimedMimeType: 'audio/webm;codecs=opus',
        originalName: 'blob',
      }).format,
    ).toBe('webm');
    expect(
      sniffMedia({ buffer: webm, kind: 'audio', claimedMimeType: 'application/octet-stream' }).format,
    ).toBe('webm');
    expect(
      sniffMedia({
        buffer: fx.buf('speechM4a'),
        kind: 'audio',
        claimedMimeType: 'audio/mp4',
        originalName: 'rec.m4a',
      }).format,
    ).toBe('mp4');
    expect(() => sniffMedia({ buffer: webm, kind: 'image' })).toThrow(
      expect.objectContaining({ code: 'MEDIA_TYPE_MISMATCH' }),
    );
  });
});

describe('error registry', () => {
  it('every code has a 4xx/5xx status and both languages', () => {
    for (const [code, e] of Object.entries(MEDIA_ERRORS)) {
      expect(e.status, code).toBeGreaterThanOrEqual(400);
      expect(e.en.length, code).toBeGreaterThan(5);
      expect(e['zh-CN'].length, code).toBeGreaterThan(3);
    }
    expect(new MediaError('MEDIA_EMPTY').status).toBe(400);
    expect(MEDIA_ERRORS.MEDIA_TOO_LARGE.status).toBe(413);
    expect(MEDIA_ERRORS.MEDIA_TYPE_UNSUPPORTED.status).toBe(415);
  });
});

describe('storage', () => {
  it('saves under a generated name inside <dataDir>/media/<sessionId>/ and deletes with the session', async () => {
    const rec = await saveAttachment({
      dataDir,
      sessionId: 'ses_store',
      kind: 'image',
      buffer: fx.buf('png'),
      originalName: '../../../evil/x.png',
    });
    expect(rec.path).toBe(path.join(dataDir, 'media', 'ses_store', rec.id, 'original.png'));
    expect(rec).toMatchObject({ kind: 'image', mimeType: 'image/png', originalName: 'x.png' });
    expect(await readAttachment(dataDir, 'ses_store', rec.id)).toMatchObject({ id: rec.id });
    expect(await listSessionMedia(dataDir, 'ses_store')).toEqual([rec.id]);
    expect(await deleteSessionMedia(dataDir, 'ses_store')).toBe(1);
    expect(fs.existsSync(path.join(dataDir, 'media', 'ses_store'))).toBe(false);
  });

  it('refuses session ids that could leave the media folder', async () => {
    for (const bad of ['../x', 'a/b', '', '..', 'a b']) {
      await expect(
        saveAttachment({ dataDir, sessionId: bad, kind: 'image', buffer: fx.buf('png') }),
      ).rejects.toThrow(/invalid session id/);
      await expect(deleteSessionMedia(dataDir, bad)).rejects.toThrow(/invalid session id/);
    }
  });
});

describe('tool runner limits', () => {
  it('kills a run that exceeds its wall-clock limit', async () => {
    const started = Date.now();
    await expect(
      runTool(
        'ffmpeg',
        ['-v', 'error', '-re', '-f', 'lavfi', '-i', 'anullsrc', '-t', '30', '-f', 'null', '-'],
        { limits: { timeoutMs: 800 } },
      ),
    ).rejects.toSatisfy((e: unknown) => e instanceof ToolError && e.reason === 'timeout');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('applies the memory cap (ffmpeg cannot even start in 16 MiB of address space)', async () => {
    await expect(
      runTool('ffmpeg', ['-version'], { limits: { memoryBytes: 16 * 1024 * 1024 } }),
    ).rejects.toBeInstanceOf(ToolError);
    await expect(runTool('ffmpeg', ['-version'])).resolves.toMatchObject({ code: 0 });
  });
});

describe('local speech output (espeak-ng)', () => {
  it('speaks Mandarin and English with the chosen voice; the result is speech', async () => {
    for (const [locale, text] of [
      ['zh-CN', '你好，今天感觉怎么样？'],
      ['en', 'Take a slow breath with me.'],
    ] as const) {
      const voice = voicesFor(locale)[1]!.id;
      const out = await synthesizeSpeech({ text, locale, voice });
      expect(out.voice).toBe(voice);
      const pcm = parseWav(out.wav);
      expect(out.wav.readUInt32LE(4)).toBe(out.wav.length - 8);
      expect(out.durationSec).toBeGreaterThan(0.5);
      const { speechDetected } = analyseVoice(resample(pcm.samples, pcm.sampleRate));
      expect(speechDetected).toBe(true);
    }
  });

  it('refuses unknown voices and empty text', async () => {
    await expect(synthesizeSpeech({ text: 'hi', locale: 'en', voice: 'Demonic' })).rejects.toSatisfy(
      (e: unknown) => e instanceof MediaError && e.code === 'TTS_VOICE_UNKNOWN',
    );
    await expect(synthesizeSpeech({ text: ' ** ', locale: 'en' })).rejects.toSatisfy(
      (e: unknown) => e instanceof MediaError && e.code === 'MEDIA_EMPTY',
    );
  });
});

/** Nearest-sample resampling to 16 kHz: good enough to detect speech energy. */
function resample(samples: Float32Array, rate: number): Float32Array {
  const n = Math.floor((samples.length * 16000) / rate);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = samples[Math.floor((i * rate) / 16000)]!;
  return out;
}
