/**
 * Checks run in the browser before an upload, with the server's default limits
 * (src/media/limits.ts; docs/multimodal.md "Limits"). The server checks again, by content; these
 * only spare the person a long upload that would be refused anyway.
 */
import type { MediaKind } from './types.ts';

const MiB = 1024 * 1024;

export const MEDIA_LIMITS = {
  maxBytes: { audio: 20 * MiB, image: 10 * MiB, video: 50 * MiB } as Record<MediaKind, number>,
  maxAudioSec: 300,
  maxVideoSec: 60,
  /** The server takes at most three files per message. */
  maxFiles: 3,
} as const;

/** Types the server accepts (it sniffs the bytes; the browser can only go by type and name). */
const TYPES: Record<MediaKind, { mime: RegExp; ext: RegExp }> = {
  image: { mime: /^image\/(jpeg|png|webp)$/i, ext: /\.(jpe?g|png|webp)$/i },
  video: { mime: /^video\/(mp4|webm|quicktime)$/i, ext: /\.(mp4|m4v|webm|mov)$/i },
  audio: {
    mime: /^audio\/(wav|x-wav|wave|mpeg|mp3|ogg|webm|mp4|x-m4a|aac)$/i,
    ext: /\.(wav|mp3|ogg|oga|opus|webm|m4a|mp4)$/i,
  },
};

/** Accept attribute for the file picker. */
export const ACCEPT = 'image/jpeg,image/png,image/webp,video/mp4,video/webm,video/quicktime';

export type MediaCheck =
  | { ok: true; kind: MediaKind }
  | { ok: false; reason: 'type'; name: string }
  | { ok: false; reason: 'size'; name: string; maxMb: number }
  | { ok: false; reason: 'empty'; name: string }
  | { ok: false; reason: 'duration'; name: string; maxSec: number };

/** The kind a picked file is, going by its declared type first and its name second; null if none. */
export function kindOf(type: string, name: string): MediaKind | null {
  const base = type.split(';')[0]!.trim();
  for (const kind of ['image', 'video', 'audio'] as const) {
    if (base && TYPES[kind].mime.test(base)) return kind;
  }
  // Some systems give no type at all; the name is the only hint (the server still sniffs).
  if (base === '' || base === 'application/octet-stream') {
    for (const kind of ['image', 'video', 'audio'] as const) if (TYPES[kind].ext.test(name)) return kind;
  }
  return null;
}

/** Type, emptiness and size; `durationSec` when known (video metadata, a recording's length). */
export function checkMedia(
  file: { type: string; size: number; name: string },
  durationSec?: number,
): MediaCheck {
  const name = file.name;
  const kind = kindOf(file.type, name);
  if (!kind) return { ok: false, reason: 'type', name };
  if (file.size === 0) return { ok: false, reason: 'empty', name };
  const max = MEDIA_LIMITS.maxBytes[kind];
  if (file.size > max) return { ok: false, reason: 'size', name, maxMb: Math.round(max / MiB) };
  const maxSec =
    kind === 'video' ? MEDIA_LIMITS.maxVideoSec : kind === 'audio' ? MEDIA_LIMITS.maxAudioSec : null;
  // Same 0.5 s of grace as the server.
  if (maxSec !== null && durationSec !== undefined && durationSec > maxSec + 0.5) {
    return { ok: false, reason: 'duration', name, maxSec };
  }
  return { ok: true, kind };
}

/** "1.2 MB" / "340 KB" */
export function formatBytes(bytes: number): string {
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** "0:07", "4:59" */
export function formatClock(sec: number): string {
  const s = Math.max(0, Math.floor(sec));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
