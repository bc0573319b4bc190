/**
 * Content sniffing by magic bytes. The claimed MIME type and file name are never trusted: they are
 * only compared with what the bytes say, so a spoofed upload is refused instead of mislabelled.
 */
import { MediaError } from './errors.ts';

export type MediaKind = 'audio' | 'image' | 'video';
export const MEDIA_KINDS: readonly MediaKind[] = ['audio', 'image', 'video'];

export type MediaFormat = 'jpeg' | 'png' | 'webp' | 'wav' | 'mp3' | 'ogg' | 'webm' | 'mp4';

export interface SniffResult {
  format: MediaFormat;
  /** Canonical MIME type for the detected container. */
  mimeType: string;
  /** Extension used for the stored original. */
  ext: string;
  /** Kinds of attachment this container may carry (a WebM can be a voice note or a video). */
  kinds: readonly MediaKind[];
  /** ffmpeg demuxer forced on input, so ffmpeg never guesses (and never follows a playlist). */
  demuxer: string;
}

const FORMATS: Record<MediaFormat, Omit<SniffResult, 'format'>> = {
  jpeg: { mimeType: 'image/jpeg', ext: 'jpg', kinds: ['image'], demuxer: 'jpeg_pipe' },
  png: { mimeType: 'image/png', ext: 'png', kinds: ['image'], demuxer: 'png_pipe' },
  webp: { mimeType: 'image/webp', ext: 'webp', kinds: ['image'], demuxer: 'webp_pipe' },
  wav: { mimeType: 'audio/wav', ext: 'wav', kinds: ['audio'], demuxer: 'wav' },
  mp3: { mimeType: 'audio/mpeg', ext: 'mp3', kinds: ['audio'], demuxer: 'mp3' },
  ogg: { mimeType: 'audio/ogg', ext: 'ogg', kinds: ['audio'], demuxer: 'ogg' },
  webm: { mimeType: 'video/webm', ext: 'webm', kinds: ['audio', 'video'], demuxer: 'matroska' },
  mp4: { mimeType: 'video/mp4', ext: 'mp4', kinds: ['audio', 'video'], demuxer: 'mov' },
};

/** Claimed MIME types we recognise, mapped to the container they denote. Parameters are ignored. */
const MIME_FORMATS: Record<string, MediaFormat> = {
  'image/jpeg': 'jpeg',
  'image/jpg': 'jpeg',
  'image/pjpeg': 'jpeg',
  'image/png': 'png',
  'image/x-png': 'png',
  'image/webp': 'webp',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
  'audio/vnd.wave': 'wav',
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
  'audio/ogg': 'ogg',
  'audio/opus': 'ogg',
  'application/ogg': 'ogg',
  'audio/webm': 'webm',
  'video/webm': 'webm',
  'video/x-matroska': 'webm',
  'audio/x-matroska': 'webm',
  'video/mp4': 'mp4',
  'audio/mp4': 'mp4',
  'audio/x-m4a': 'mp4',
  'audio/m4a': 'mp4',
  'video/quicktime': 'mp4',
  'audio/aac': 'mp4',
};

const EXT_FORMATS: Record<string, MediaFormat> = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  jpe: 'jpeg',
  png: 'png',
  webp: 'webp',
  wav: 'wav',
  wave: 'wav',
  mp3: 'mp3',
  ogg: 'ogg',
  oga: 'ogg',
  opus: 'ogg',
  webm: 'webm',
  mkv: 'webm',
  mka: 'webm',
  mp4: 'mp4',
  m4a: 'mp4',
  m4v: 'mp4',
  mov: 'mp4',
};

/** ISO-BMFF brands that are still images (HEIF/AVIF), not audio or video. */
const IMAGE_BRANDS = new Set([
  'heic',
  'heix',
  'hevc',
  'hevx',
  'heim',
  'heis',
  'mif1',
  'msf1',
  'avif',
  'avis',
]);

const ascii = (buf: Buffer, start: number, end: number): string =>
  buf.length >= end ? buf.toString('latin1', start, end) : '';

function isMp3FrameHeader(buf: Buffer, at: number): boolean {
  if (buf.length < at + 4) return false;
  const b1 = buf[at + 1]!;
  const b2 = buf[at + 2]!;
  if (buf[at] !== 0xff || (b1 & 0xe0) !== 0xe0) return false;
  const version = (b1 >> 3) & 0x3; // 01 is reserved
  const layer = (b1 >> 1) & 0x3; // 01 = Layer III
  const bitrate = (b2 >> 4) & 0xf;
  const sampleRate = (b2 >> 2) & 0x3;
  return version !== 1 && layer === 1 && bitrate !== 0xf && bitrate !== 0 && sampleRate !== 3;
}

/** Detects the container from the first bytes; null when it is none we accept. */
export function detectFormat(buf: Buffer): MediaFormat | null {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'jpeg';
  if (
    buf.length >= 8 &&
    buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return 'png';
  if (ascii(buf, 0, 4) === 'RIFF') {
    const form = ascii(buf, 8, 12);
    if (form === 'WEBP') return 'webp';
    if (form === 'WAVE') return 'wav';
    return null;
  }
  if (ascii(buf, 0, 4) === 'OggS') return 'ogg';
  if (buf.length >= 4 && buf.readUInt32BE(0) === 0x1a45dfa3) {
    // EBML header: the DocType string sits within the first few dozen bytes.
    const head = buf.toString('latin1', 0, Math.min(buf.length, 64));
    return head.includes('webm') || head.includes('matroska') ? 'webm' : null;
  }
  const box = ascii(buf, 4, 8);
  if (box === 'ftyp') {
    const brand = ascii(buf, 8, 12).trim().toLowerCase();
    return IMAGE_BRANDS.has(brand) ? null : 'mp4';
  }
  if (box === 'moov' || box === 'mdat' || box === 'wide' || box === 'free') return 'mp4'; // older QuickTime
  if (ascii(buf, 0, 3) === 'ID3' && buf.length >= 10) return 'mp3';
  if (isMp3FrameHeader(buf, 0)) return 'mp3';
  return null;
}

export function formatInfo(format: MediaFormat): SniffResult {
  return { format, ...FORMATS[format] };
}

function normaliseMime(mime: string | undefined): string {
  return (mime ?? '').split(';')[0]!.trim().toLowerCase();
}

function extOf(name: string | undefined): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(name ?? '');
  return m ? m[1]!.toLowerCase() : '';
}

export interface SniffInput {
  buffer: Buffer;
  kind: MediaKind;
  claimedMimeType?: string | undefined;
  originalName?: string | undefined;
}

/**
 * Sniffs the content and checks it against the attachment kind and any claim the client made.
 * Throws MEDIA_TYPE_UNSUPPORTED for unknown bytes and MEDIA_TYPE_MISMATCH for a spoofed claim.
 */
export function sniffMedia(input: SniffInput): SniffResult {
  const format = detectFormat(input.buffer);
  if (!format) throw new MediaError('MEDIA_TYPE_UNSUPPORTED', { kind: input.kind });
  const info = formatInfo(format);
  if (!info.kinds.includes(input.kind)) {
    throw new MediaError('MEDIA_TYPE_MISMATCH', { kind: input.kind, detected: info.mimeType });
  }
  // A claim we recognise must name the same container; unknown claims (octet-stream) are ignored.
  const claimedMime = normaliseMime(input.claimedMimeType);
  const byMime = MIME_FORMATS[claimedMime];
  const byExt = EXT_FORMATS[extOf(input.originalName)];
  for (const claimed of [byMime, byExt]) {
    if (claimed && claimed !== format) {
      throw new MediaError('MEDIA_TYPE_MISMATCH', { kind: input.kind, detected: info.mimeType });
    }
  }
  return info;
}
