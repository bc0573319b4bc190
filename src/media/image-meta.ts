/**
 * Removes metadata (EXIF with GPS, XMP, IPTC, comments, text chunks) from JPEG, PNG and WebP by
 * walking their segment structure and keeping only what is needed to show the picture. This is
 * lossless; it also finds truncated files, because a structure that runs past the end is an error.
 */
import { MediaError } from './errors.ts';
import type { MediaFormat } from './sniff.ts';

export interface StripResult {
  buffer: Buffer;
  /** What was dropped, e.g. `APP1:Exif`, `COM`, `PNG:tEXt`, `WEBP:EXIF`, `trailing-data`. */
  removed: string[];
  /** EXIF orientation (1–8) read before EXIF was removed; 1 when absent. */
  orientation: number;
}

const corrupt = (why: string) => new MediaError('MEDIA_CORRUPT', { reason: why });

// ---------------------------------------------------------------------------------------------- JPEG

/** Reads the EXIF orientation tag (0x0112) from an APP1 payload that starts with `Exif\0\0`. */
export function exifOrientation(app1: Buffer): number {
  if (app1.length < 14 || app1.toString('latin1', 0, 6) !== 'Exif\0\0') return 1;
  const tiff = app1.subarray(6);
  const le = tiff.toString('latin1', 0, 2) === 'II';
  if (!le && tiff.toString('latin1', 0, 2) !== 'MM') return 1;
  const u16 = (o: number) => (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
  const u32 = (o: number) => (le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
  try {
    const ifd = u32(4);
    const count = u16(ifd);
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12;
      if (u16(entry) === 0x0112) {
        const v = u16(entry + 8);
        return v >= 1 && v <= 8 ? v : 1;
      }
    }
  } catch {
    // A damaged EXIF block has no usable orientation; the picture itself may still be fine.
  }
  return 1;
}

function keepJpegSegment(marker: number, payload: Buffer): boolean {
  if (marker === 0xe0) return payload.toString('latin1', 0, 5) === 'JFIF\0';
  if (marker === 0xe2) return payload.toString('latin1', 0, 12) === 'ICC_PROFILE\0';
  if (marker === 0xee) return payload.toString('latin1', 0, 5) === 'Adobe';
  if (marker >= 0xe1 && marker <= 0xef) return false; // EXIF, XMP, MPF, IPTC (APP13), maker notes
  if (marker === 0xfe) return false; // COM
  return true;
}

function segmentLabel(marker: number, payload: Buffer): string {
  if (marker === 0xfe) return 'COM';
  if (payload.toString('latin1', 0, 23) === 'http://ns.adobe.com/xap') return `APP${marker - 0xe0}:XMP`;
  const id = payload
    .toString('latin1', 0, Math.min(payload.length, 30))
    .split('\0')[0]!
    .replace(/[^\x20-\x7e]/g, '');
  return `APP${marker - 0xe0}${id ? `:${id.slice(0, 24)}` : ''}`;
}

export function stripJpeg(buf: Buffer): StripResult {
  if (buf.length < 4 || buf[0] !== 0xff || buf[1] !== 0xd8) throw corrupt('jpeg-header');
  const parts: Buffer[] = [buf.subarray(0, 2)];
  const removed: string[] = [];
  let orientation = 1;
  let pos = 2;
  let sawFrame = false;
  let inScan = false;
  for (;;) {
    if (inScan) {
      // Entropy-coded data: scan to the next real marker (skip stuffed FF00, restart markers, fill bytes).
      const start = pos;
      for (;;) {
        if (pos + 1 >= buf.length) throw corrupt('jpeg-truncated');
        if (buf[pos] === 0xff) {
          const next = buf[pos + 1]!;
          if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) {
            pos += next === 0xff ? 1 : 2;
            continue;
          }
          break;
        }
        pos++;
      }
      parts.push(buf.subarray(start, pos));
      inScan = false;
    }
    if (pos + 1 >= buf.length) throw corrupt('jpeg-truncated');
    if (buf[pos] !== 0xff) throw corrupt('jpeg-structure');
    const marker = buf[pos + 1]!;
    if (marker === 0xff) {
      pos++;
      continue;
    }
    if (marker === 0xd9) {
      parts.push(buf.subarray(pos, pos + 2));
      if (pos + 2 < buf.length) removed.push('trailing-data');
      break;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      parts.push(buf.subarray(pos, pos + 2));
      pos += 2;
      continue;
    }
    if (pos + 4 > buf.length) throw corrupt('jpeg-truncated');
    const len = buf.readUInt16BE(pos + 2);
    if (len < 2 || pos + 2 + len > buf.length) throw corrupt('jpeg-truncated');
    const payload = buf.subarray(pos + 4, pos + 2 + len);
    if (marker === 0xe1) orientation = orientation === 1 ? exifOrientation(payload) : orientation;
    if (keepJpegSegment(marker, payload)) parts.push(buf.subarray(pos, pos + 2 + len));
    else removed.push(segmentLabel(marker, payload));
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      sawFrame = true;
    pos += 2 + len;
    if (marker === 0xda) {
      if (!sawFrame) throw corrupt('jpeg-structure');
      inScan = true;
    }
  }
  return { buffer: Buffer.concat(parts), removed, orientation };
}

// ----------------------------------------------------------------------------------------------- PNG

const PNG_KEEP = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'gAMA',
  'cHRM',
  'sRGB',
  'iCCP',
  'sBIT',
  'pHYs',
  'bKGD',
  'acTL',
  'fcTL',
  'fdAT',
  'cICP',
]);

export function stripPng(buf: Buffer): StripResult {
  const parts: Buffer[] = [buf.subarray(0, 8)];
  const removed: string[] = [];
  let pos = 8;
  let first = true;
  for (;;) {
    if (pos + 12 > buf.length) throw corrupt('png-truncated');
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const end = pos + 12 + len;
    if (len > 0x7fffffff || end > buf.length) throw corrupt('png-truncated');
    if (first && type !== 'IHDR') throw corrupt('png-structure');
    first = false;
    if (PNG_KEEP.has(type)) parts.push(buf.subarray(pos, end));
    else removed.push(`PNG:${type.replace(/[^\x20-\x7e]/g, '?')}`);
    pos = end;
    if (type === 'IEND') {
      if (pos < buf.length) removed.push('trailing-data');
      break;
    }
  }
  return { buffer: Buffer.concat(parts), removed, orientation: 1 };
}

// ---------------------------------------------------------------------------------------------- WebP

const WEBP_KEEP = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF', 'ICCP']);

export function stripWebp(buf: Buffer): StripResult {
  if (buf.length < 12) throw corrupt('webp-truncated');
  const riffEnd = 8 + buf.readUInt32LE(4);
  if (riffEnd > buf.length) throw corrupt('webp-truncated');
  const chunks: Buffer[] = [];
  const removed: string[] = [];
  let pos = 12;
  while (pos < riffEnd) {
    if (pos + 8 > riffEnd) throw corrupt('webp-truncated');
    const type = buf.toString('latin1', pos, pos + 4);
    const size = buf.readUInt32LE(pos + 4);
    const end = pos + 8 + size + (size & 1);
    if (pos + 8 + size > riffEnd) throw corrupt('webp-truncated');
    if (WEBP_KEEP.has(type)) {
      const chunk = Buffer.from(buf.subarray(pos, Math.min(end, riffEnd)));
      if (type === 'VP8X' && chunk.length >= 9) chunk[8] = chunk[8]! & ~0x0c; // clear the EXIF and XMP flags
      chunks.push(chunk);
    } else removed.push(`WEBP:${type.trim().replace(/[^\x20-\x7e]/g, '?')}`);
    pos = end;
  }
  if (riffEnd < buf.length) removed.push('trailing-data');
  const body = Buffer.concat(chunks);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(4 + body.length, 4);
  header.write('WEBP', 8, 'latin1');
  return { buffer: Buffer.concat([header, body]), removed, orientation: 1 };
}

export function stripImageMetadata(format: MediaFormat, buf: Buffer): StripResult {
  switch (format) {
    case 'jpeg':
      return stripJpeg(buf);
    case 'png':
      return stripPng(buf);
    case 'webp':
      return stripWebp(buf);
    default:
      throw new Error(`not an image format: ${format}`);
  }
}

/** ffmpeg filter that turns an EXIF-oriented picture upright (EXIF orientation 1–8). */
export function orientationFilter(orientation: number): string | null {
  switch (orientation) {
    case 2:
      return 'hflip';
    case 3:
      return 'hflip,vflip';
    case 4:
      return 'vflip';
    case 5:
      return 'transpose=0';
    case 6:
      return 'transpose=1';
    case 7:
      return 'transpose=3';
    case 8:
      return 'transpose=2';
    default:
      return null;
  }
}
