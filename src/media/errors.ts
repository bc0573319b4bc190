/**
 * Stable error codes for everything the media layer can refuse. The map has the same shape as the
 * server's error registry (`src/server/errors.ts`) so its entries can be added there as they are.
 */
export const MEDIA_ERRORS = {
  MEDIA_KIND_INVALID: {
    status: 400,
    en: 'Unknown attachment kind; use audio, image or video.',
    'zh-CN': '附件类型未知，只能是音频、图片或视频。',
  },
  MEDIA_EMPTY: { status: 400, en: 'The uploaded file is empty.', 'zh-CN': '上传的文件是空的。' },
  MEDIA_TOO_LARGE: {
    status: 413,
    en: 'The uploaded file is too large.',
    'zh-CN': '上传的文件太大了。',
  },
  MEDIA_TYPE_UNSUPPORTED: {
    status: 415,
    en: 'This file format is not supported. Use JPEG, PNG or WebP images; WAV, MP3, OGG, WebM or M4A audio; MP4 or WebM video.',
    'zh-CN':
      '不支持该文件格式。图片请用 JPEG、PNG 或 WebP；音频请用 WAV、MP3、OGG、WebM 或 M4A；视频请用 MP4 或 WebM。',
  },
  MEDIA_TYPE_MISMATCH: {
    status: 415,
    en: 'The file content does not match its declared type.',
    'zh-CN': '文件内容与声明的类型不符。',
  },
  MEDIA_CORRUPT: {
    status: 422,
    en: 'The file is damaged or incomplete and cannot be read.',
    'zh-CN': '文件已损坏或不完整，无法读取。',
  },
  MEDIA_NO_AUDIO: {
    status: 422,
    en: 'The file contains no audio.',
    'zh-CN': '文件中没有音频。',
  },
  MEDIA_NO_VIDEO: {
    status: 422,
    en: 'The file contains no video picture.',
    'zh-CN': '文件中没有视频画面。',
  },
  MEDIA_TOO_LONG: {
    status: 422,
    en: 'The recording is longer than allowed.',
    'zh-CN': '录音或视频超出允许的时长。',
  },
  MEDIA_PIXELS_TOO_MANY: {
    status: 422,
    en: 'The image or video has too many pixels.',
    'zh-CN': '图片或视频的像素数超出限制。',
  },
  MEDIA_PROCESSING_FAILED: {
    status: 422,
    en: 'The file could not be processed within the time and memory limits.',
    'zh-CN': '在时间和内存限制内无法处理该文件。',
  },
  MEDIA_TOOLS_MISSING: {
    status: 503,
    en: 'Media processing is unavailable on this server (ffmpeg is not installed).',
    'zh-CN': '此服务器无法处理媒体文件（未安装 ffmpeg）。',
  },
  TRANSCRIPTION_UNAVAILABLE: {
    status: 503,
    en: 'Voice input is unavailable: no speech-recognition model or transcribing back end is configured.',
    'zh-CN': '语音输入不可用：未配置语音识别模型或支持转写的后端。',
  },
  TRANSCRIPTION_FAILED: {
    status: 502,
    en: 'The recording could not be transcribed.',
    'zh-CN': '无法转写这段录音。',
  },
  ASR_MODEL_NOT_FOUND: {
    status: 503,
    en: 'The configured speech-recognition model folder does not exist.',
    'zh-CN': '配置的语音识别模型文件夹不存在。',
  },
  ASR_MODEL_INVALID: {
    status: 503,
    en: 'The configured speech-recognition model folder is not a usable sherpa-onnx model.',
    'zh-CN': '配置的语音识别模型文件夹不是可用的 sherpa-onnx 模型。',
  },
  TTS_VOICE_UNKNOWN: {
    status: 400,
    en: 'Unknown voice for local speech output.',
    'zh-CN': '本地语音合成没有这个音色。',
  },
  TTS_UNAVAILABLE: {
    status: 503,
    en: 'Local speech output is unavailable (espeak-ng is not installed).',
    'zh-CN': '本地语音合成不可用（未安装 espeak-ng）。',
  },
} as const;

export type MediaErrorCode = keyof typeof MEDIA_ERRORS;

export class MediaError extends Error {
  readonly code: MediaErrorCode;
  readonly status: number;
  /** Safe, non-identifying details for the client (limits, detected type); never file paths. */
  readonly details: Record<string, unknown> | undefined;

  constructor(code: MediaErrorCode, details?: Record<string, unknown>, message?: string) {
    super(message ?? MEDIA_ERRORS[code].en);
    this.name = 'MediaError';
    this.code = code;
    this.status = MEDIA_ERRORS[code].status;
    this.details = details;
  }
}

export function isMediaError(err: unknown): err is MediaError {
  return err instanceof MediaError;
}
