import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestUpload, stripImageMetadata, MediaError } from '../../../src/media/index.ts';
import { exifOrientation } from '../../../src/media/image-meta.ts';
import { MediaFixtures, exifWithGps, tempDir } from '../../support/media-fixtures.ts';

const fx = new MediaFixtures();
const dataDir = tempDir();
afterAll(() => {
  fx.cleanup();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** True when the bytes still carry any of the markers our fixtures plant. */
function leaks(buf: Buffer): string[] {
  const text = buf.toString('latin1');
  return ['Exif', 'SpyCam', 'GPSLatitude', 'SecretComment', 'ns.adobe.com', 'eXIf', 'tEXt'].filter((m) =>
    text.includes(m),
  );
}

describe('image metadata stripping', () => {
  it('the fixture really carries EXIF GPS, XMP and a comment', () => {
    const raw = fs.readFileSync(fx.jpegWithGps());
    expect(leaks(raw)).toEqual(expect.arrayContaining(['Exif', 'SpyCam', 'GPSLatitude', 'SecretComment']));
    expect(exifOrientation(exifWithGps(6))).toBe(6);
  });

  it('JPEG: EXIF (with GPS), XMP and COM are gone after ingest; the picture survives', async () => {
    const res = await ingestUpload({
      dataDir,
      sessionId: 'ses_img',
      kind: 'image',
      buffer: fs.readFileSync(fx.jpegWithGps()),
      originalName: 'me.jpg',
      analyse: { face: false },
    });
    const stored = fs.readFileSync(res.attachment.path);
    expect(leaks(stored)).toEqual([]);
    expect(res.derived.removedMetadata).toEqual(['APP1:Exif', 'APP1:XMP', 'COM', 'COM']);
    expect(res.attachment).toMatchObject({ mimeType: 'image/jpeg', width: 320, height: 240 });
    // Same picture data: lossless, only segments were dropped.
    expect(stored.equals(stripImageMetadata('jpeg', fs.readFileSync(fx.jpeg())).buffer)).toBe(true);
    // No planted value anywhere under the attachment folder (the attachment record included).
    const dir = path.dirname(res.attachment.path);
    for (const f of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, f), 'latin1');
      for (const secret of ['SpyCam', 'GPSLatitude', 'SecretComment']) expect(text).not.toContain(secret);
    }
  });

  it('JPEG with EXIF orientation 6 is turned upright (240×320) and still metadata-free', async () => {
    const res = await ingestUpload({
      dataDir,
      sessionId: 'ses_img',
      kind: 'image',
      buffer: fs.readFileSync(fx.jpegWithGps(6)),
      analyse: { face: false },
    });
    expect(res.attachment).toMatchObject({ width: 240, height: 320 });
    expect(leaks(fs.readFileSync(res.attachment.path))).toEqual([]);
  });

  it('PNG: eXIf and tEXt chunks are removed', async () => {
    const raw = fs.readFileSync(fx.pngWithMetadata());
    expect(leaks(raw)).toEqual(expect.arrayContaining(['SpyCam', 'SecretComment']));
    const res = await ingestUpload({
      dataDir,
      sessionId: 'ses_img',
      kind: 'image',
      buffer: raw,
      claimedMimeType: 'image/png',
      analyse: { face: false },
    });
    expect(leaks(fs.readFileSync(res.attachment.path))).toEqual([]);
    expect(res.attachment).toMatchObject({ mimeType: 'image/png', width: 200, height: 100 });
  });

  it('WebP: EXIF and XMP chunks are removed and the VP8X flags cleared', async () => {
    const raw = fs.readFileSync(fx.webpWithMetadata());
    expect(leaks(raw)).toEqual(expect.arrayContaining(['SpyCam', 'GPSLatitude']));
    const res = await ingestUpload({
      dataDir,
      sessionId: 'ses_img',
      kind: 'image',
      buffer: raw,
      analyse: { face: false },
    });
    const stored = fs.readFileSync(res.attachment.path);
    expect(leaks(stored)).toEqual([]);
    expect(stored.readUInt32LE(4) + 8).toBe(stored.length);
    expect(stored[20]! & 0x0c).toBe(0);
    expect(res.attachment).toMatchObject({ mimeType: 'image/webp', width: 200, height: 100 });
  });

  it('drops data appended after the end of a JPEG (e.g. motion-photo video)', () => {
    const jpeg = stripImageMetadata('jpeg', fs.readFileSync(fx.jpeg())).buffer;
    const out = stripImageMetadata('jpeg', Buffer.concat([jpeg, Buffer.from('ftypmp42 hidden video')]));
    expect(out.removed).toEqual(['trailing-data']);
    expect(out.buffer.equals(jpeg)).toBe(true);
  });

  it('a JPEG cut inside its compressed data is corrupt', () => {
    expect(() => stripImageMetadata('jpeg', fx.truncated(fx.jpeg(), 0.8))).toThrow(MediaError);
  });
});
