/**
 * Back-end profiles: what each OpenAI-compatible server for Qwen2.5-Omni accepts and returns, and
 * the small request differences that follow. Vendor quirks live here and nowhere else; the engine
 * core only asks a profile. Sources: ../shared/design/references.md section 7.
 */
import type { Config } from '../../config/index.ts';

export type ProfileName = Config['llm']['profile'];
export type MediaKind = 'image' | 'audio' | 'video';
export type InputModality = 'text' | MediaKind;

/** How one kind of media is written as a content part. */
export type PartShape =
  /** `{type:'image_url', image_url:{url:'data:<mime>;base64,…'}}` */
  | 'image_url'
  /** `{type:'audio_url', audio_url:{url:'data:<mime>;base64,…'}}` (vLLM) */
  | 'audio_url'
  /** `{type:'input_audio', input_audio:{data:'<raw base64>', format:'wav'|'mp3'}}` (OpenAI, llama.cpp) */
  | 'input_audio'
  /** `{type:'input_audio', input_audio:{data:'data:<mime>;base64,…', format}}` (DashScope) */
  | 'input_audio_data_url'
  /** `{type:'video_url', video_url:{url:'data:<mime>;base64,…'}}` (vLLM) */
  | 'video_url'
  /** `{type:'video_url', video_url:'data:<mime>;base64,…'}` (DashScope README: a plain string) */
  | 'video_url_string';

export interface Profile {
  name: ProfileName;
  /** Short human description for docs, doctor and the status panel. */
  description: string;
  input: InputModality[];
  audioOutput: boolean;
  voices: string[];
  defaultVoice?: string;
  /** The server only answers streamed requests (DashScope's Qwen-Omni). */
  streamingOnly: boolean;
  /** At most one non-text modality per request (DashScope: "text plus a single other modality"). */
  oneNonTextModality: boolean;
  parts: Partial<Record<MediaKind, PartShape>>;
  /** Audio MIME types the server decodes; others are rejected with a clear error. */
  audioMimeTypes?: string[];
  /** Send `stream_options: {include_usage: true}`. */
  streamUsage: boolean;
  /** Extra body fields when speech output is wanted (and the profile has audio output). */
  audioRequest?: (voice: string) => Record<string, unknown>;
  /** Extra body fields for text-only replies. */
  textRequest?: () => Record<string, unknown>;
}

const WAV_MP3 = ['audio/wav', 'audio/x-wav', 'audio/wave', 'audio/vnd.wave', 'audio/mpeg', 'audio/mp3'];

export const PROFILES: Record<ProfileName, Profile> = {
  vllm: {
    name: 'vllm',
    description: 'vLLM OpenAI-compatible server (Qwen2.5-Omni thinker: text output only)',
    input: ['text', 'image', 'audio', 'video'],
    audioOutput: false,
    voices: [],
    streamingOnly: false,
    oneNonTextModality: false,
    parts: { image: 'image_url', audio: 'audio_url', video: 'video_url' },
    streamUsage: true,
  },
  'vllm-omni': {
    name: 'vllm-omni',
    description: 'vLLM-Omni server (text and speech output)',
    input: ['text', 'image', 'audio', 'video'],
    audioOutput: true,
    voices: ['Chelsie', 'Ethan'],
    defaultVoice: 'Chelsie',
    streamingOnly: false,
    oneNonTextModality: false,
    parts: { image: 'image_url', audio: 'audio_url', video: 'video_url' },
    streamUsage: true,
    audioRequest: (voice) => ({ modalities: ['text', 'audio'], audio: { voice, format: 'wav' } }),
  },
  dashscope: {
    name: 'dashscope',
    description:
      'Alibaba Cloud DashScope compatible mode (qwen-omni: streaming only, text plus one other modality)',
    input: ['text', 'image', 'audio', 'video'],
    audioOutput: true,
    voices: ['Cherry', 'Ethan', 'Serena', 'Chelsie'],
    defaultVoice: 'Cherry',
    streamingOnly: true,
    oneNonTextModality: true,
    parts: { image: 'image_url', audio: 'input_audio_data_url', video: 'video_url_string' },
    audioMimeTypes: [...WAV_MP3, 'audio/aac', 'audio/amr', 'audio/ogg', 'audio/webm'],
    streamUsage: true,
    audioRequest: (voice) => ({ modalities: ['text', 'audio'], audio: { voice, format: 'wav' } }),
    textRequest: () => ({ modalities: ['text'] }),
  },
  llamacpp: {
    name: 'llamacpp',
    description: 'llama.cpp llama-server with the Omni GGUF and its mmproj (audio and image in, text out)',
    input: ['text', 'image', 'audio'],
    audioOutput: false,
    voices: [],
    streamingOnly: false,
    oneNonTextModality: false,
    parts: { image: 'image_url', audio: 'input_audio' },
    audioMimeTypes: WAV_MP3,
    streamUsage: false,
  },
  ollama: {
    name: 'ollama',
    description: 'Ollama OpenAI-compatible endpoint (text and image in, text out)',
    input: ['text', 'image'],
    audioOutput: false,
    voices: [],
    streamingOnly: false,
    oneNonTextModality: false,
    parts: { image: 'image_url' },
    streamUsage: true,
  },
  'openai-compatible': {
    name: 'openai-compatible',
    description: 'Any OpenAI-compatible chat completions server (text and image in, text out)',
    input: ['text', 'image', 'audio'],
    audioOutput: false,
    voices: [],
    streamingOnly: false,
    oneNonTextModality: false,
    parts: { image: 'image_url', audio: 'input_audio' },
    audioMimeTypes: WAV_MP3,
    streamUsage: true,
  },
};

export function getProfile(name: ProfileName): Profile {
  return PROFILES[name];
}

/** The `format` value for an audio MIME type (`audio/mpeg` → `mp3`, `audio/wav` → `wav`, …). */
export function audioFormatOf(mimeType: string): string {
  const sub = (mimeType.split('/')[1] ?? '').split(';')[0]!.toLowerCase();
  if (sub === 'mpeg' || sub === 'mp3') return 'mp3';
  if (sub === 'x-wav' || sub === 'wave' || sub === 'vnd.wave') return 'wav';
  return sub;
}

/** Builds one content part for a media file already read as base64. */
export function mediaPart(shape: PartShape, mimeType: string, base64: string): Record<string, unknown> {
  const dataUrl = `data:${mimeType};base64,${base64}`;
  switch (shape) {
    case 'image_url':
      return { type: 'image_url', image_url: { url: dataUrl } };
    case 'audio_url':
      return { type: 'audio_url', audio_url: { url: dataUrl } };
    case 'input_audio':
      // llama.cpp base64-decodes `data` directly: raw base64, never a data URL.
      return { type: 'input_audio', input_audio: { data: base64, format: audioFormatOf(mimeType) } };
    case 'input_audio_data_url':
      return { type: 'input_audio', input_audio: { data: dataUrl, format: audioFormatOf(mimeType) } };
    case 'video_url':
      return { type: 'video_url', video_url: { url: dataUrl } };
    case 'video_url_string':
      return { type: 'video_url', video_url: dataUrl };
  }
}

/** Why a media item cannot go to this profile, or null when it can. */
export function mediaProblem(profile: Profile, kind: MediaKind, mimeType: string): string | null {
  if (!profile.input.includes(kind) || !profile.parts[kind])
    return `${profile.name} does not accept ${kind} input`;
  if (
    kind === 'audio' &&
    profile.audioMimeTypes &&
    !profile.audioMimeTypes.includes(mimeType.toLowerCase())
  ) {
    return `${profile.name} accepts audio only as ${[...new Set(profile.audioMimeTypes.map(audioFormatOf))].join('/')}, not ${mimeType}`;
  }
  return null;
}
