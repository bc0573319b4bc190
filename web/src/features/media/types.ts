/** Media shapes as the browser sees them (server side: docs/multimodal.md, src/server/media-turn.ts). */
import type { Bilingual } from '../../api/types.ts';

export type MediaKind = 'audio' | 'image' | 'video';

/** One entry of a user message's `meta.attachments`, as the server lists it (no server paths). */
export interface Attachment {
  id: string;
  kind: MediaKind;
  mimeType: string;
  bytes: number;
  durationSec?: number;
  width?: number;
  height?: number;
  name?: string;
  /** Voice (audio, or a video's sound track): what was said, as the safety layer read it. */
  transcript?: string;
  cues?: unknown;
  /** Added in the browser: where to fetch the file (the stored copy, or a local preview). */
  url?: string;
  /** Added in the browser while the upload is on its way and nothing is stored yet. */
  pending?: boolean;
}

/** A file the person is about to send with a message. */
export interface OutgoingMedia {
  kind: MediaKind;
  file: Blob;
  name: string;
  /** Object URL for previews; revoked when the file is removed from the composer. */
  previewUrl: string;
  durationSec?: number;
  /** Recorded in this browser rather than picked from disk. */
  recorded?: boolean;
}

export interface TtsVoice {
  id: string;
  locale: 'zh-CN' | 'en';
  label: Bilingual;
}

/** GET /api/voice */
export interface VoiceInfo {
  transcription: { available: boolean; provider?: string; code?: string; reason?: Bilingual };
  tts: { voices: TtsVoice[] };
}

/** The `audio-delta` event of a turn: base64 little-endian PCM16 mono. */
export interface AudioDelta {
  data: string;
  sampleRate: number;
  format: string;
  transcript?: string;
}
