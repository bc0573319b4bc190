import { describe, expect, it } from 'vitest';
import { typedText, withAttachmentUrls } from '../../../web/src/features/media/attachments.ts';
import { checkMedia, kindOf, MEDIA_LIMITS } from '../../../web/src/features/media/limits.ts';

const MB = 1024 * 1024;

describe('client-side media checks (same limits as the server defaults)', () => {
  it('knows the server limits', () => {
    expect(MEDIA_LIMITS.maxBytes).toEqual({ audio: 20 * MB, image: 10 * MB, video: 50 * MB });
    expect([MEDIA_LIMITS.maxAudioSec, MEDIA_LIMITS.maxVideoSec]).toEqual([300, 60]);
  });

  it('accepts the server formats by type, or by name when the type is missing', () => {
    expect(kindOf('image/jpeg', 'a.jpg')).toBe('image');
    expect(kindOf('image/webp', 'a.webp')).toBe('image');
    expect(kindOf('video/webm', 'a.webm')).toBe('video');
    expect(kindOf('audio/webm;codecs=opus', 'voice.webm')).toBe('audio');
    expect(kindOf('', 'clip.MP4')).toBe('video');
    expect(kindOf('image/heic', 'a.heic')).toBeNull();
    expect(kindOf('text/plain', 'notes.jpg')).toBeNull();
    expect(kindOf('application/pdf', 'a.pdf')).toBeNull();
  });

  it('refuses wrong types, empty files, oversized files and over-long media', () => {
    expect(checkMedia({ type: 'image/png', size: 5 * MB, name: 'a.png' })).toEqual({
      ok: true,
      kind: 'image',
    });
    expect(checkMedia({ type: 'text/plain', size: 10, name: 'a.txt' })).toMatchObject({
      ok: false,
      reason: 'type',
    });
    expect(checkMedia({ type: 'image/png', size: 0, name: 'a.png' })).toMatchObject({ reason: 'empty' });
    expect(checkMedia({ type: 'image/png', size: 10 * MB + 1, name: 'a.png' })).toMatchObject({
      reason: 'size',
      maxMb: 10,
    });
    expect(checkMedia({ type: 'video/mp4', size: MB, name: 'v.mp4' }, 60.4)).toMatchObject({ ok: true });
    expect(checkMedia({ type: 'video/mp4', size: MB, name: 'v.mp4' }, 61)).toMatchObject({
      reason: 'duration',
      maxSec: 60,
    });
    expect(checkMedia({ type: 'audio/webm', size: 21 * MB, name: 'v.webm' })).toMatchObject({ maxMb: 20 });
  });
});

describe('attachments in messages', () => {
  it('separates what was typed from the transcripts the server appended', () => {
    const voice = [
      { id: 'a', kind: 'audio' as const, mimeType: 'audio/webm', bytes: 1, transcript: '我睡不着' },
    ];
    expect(typedText('我睡不着', voice)).toBe('');
    expect(typedText('hello\n我睡不着', voice)).toBe('hello');
    expect(typedText('hello', [])).toBe('hello');
    expect(typedText('unrelated', voice)).toBe('unrelated');
  });

  it('gives stored attachments their URL and leaves other meta alone', () => {
    const meta = withAttachmentUrls('s 1', { attachments: [{ id: 'att_1', kind: 'image' }], engine: 'x' });
    expect(meta).toEqual({
      attachments: [{ id: 'att_1', kind: 'image', url: '/api/sessions/s%201/attachments/att_1' }],
      engine: 'x',
    });
    expect(withAttachmentUrls('s', { notice: 1 })).toEqual({ notice: 1 });
  });
});
