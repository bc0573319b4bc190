import { LOCALES, type Locale } from '../core/types.ts';

/**
 * Every setting, its environment variable, its default and how it is parsed.
 * One table so the README, validation and error messages cannot drift apart.
 */
export interface Config {
  host: string;
  port: number;
  dataDir: string;
  engine: 'builtin' | 'openai';
  uiLocale: Locale;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Delay between streamed words of the built-in engine, in ms (0 in tests). */
  builtinDelayMs: number;
  /** Largest accepted JSON body, in bytes. */
  bodyLimitBytes: number;
  /** Longest accepted message text, in characters. */
  maxMessageChars: number;
  llm: {
    baseUrl: string;
    model: string;
    apiKey: string;
    profile: 'vllm' | 'vllm-omni' | 'dashscope' | 'llamacpp' | 'ollama' | 'openai-compatible';
    fallback: 'builtin' | 'none';
    contextWindow: number;
    maxOutputTokens: number;
    connectTimeoutMs: number;
    firstTokenTimeoutMs: number;
    idleTimeoutMs: number;
    maxRetries: number;
    /** Redact personal data before text leaves the machine: auto = on for non-loopback servers. */
    redact: 'auto' | 'on' | 'off';
  };
  media: {
    /** sherpa-onnx model folder for local speech recognition ('' = none). */
    asrModelDir: string;
    maxAudioSec: number;
    maxVideoSec: number;
    maxAudioBytes: number;
    maxImageBytes: number;
    maxVideoBytes: number;
    /** May audio be sent to the configured back end for transcription? */
    remoteTranscription: 'on' | 'off';
    /** Local facial-expression analysis of images and video frames. */
    faceAnalysis: 'on' | 'off';
  };
}

type Parser = (raw: string) => unknown;

export interface Setting {
  /** Dotted path in the Config object. */
  key: string;
  env: string;
  default: unknown;
  parse: Parser;
  description: string;
  secret?: boolean;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const str: Parser = (raw) => {
  if (raw.trim() === '') throw new Error('must not be empty');
  return raw;
};
const anyStr: Parser = (raw) => raw;
const int =
  (min: number, max: number): Parser =>
  (raw) => {
    if (!/^\d+$/.test(raw.trim())) throw new Error(`must be a whole number between ${min} and ${max}`);
    const n = Number(raw);
    if (n < min || n > max) throw new Error(`must be between ${min} and ${max}`);
    return n;
  };
const oneOf =
  (...values: string[]): Parser =>
  (raw) => {
    if (!values.includes(raw)) throw new Error(`must be one of ${values.map((v) => `"${v}"`).join(', ')}`);
    return raw;
  };
const url: Parser = (raw) => {
  if (raw === '') return raw;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new Error('must be an absolute http(s) URL, e.g. http://127.0.0.1:8000/v1');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('must use http or https');
  return raw.replace(/\/+$/, '');
};

export const SETTINGS: readonly Setting[] = [
  { key: 'host', env: 'CARELLM_HOST', default: '127.0.0.1', parse: str, description: 'Address to bind.' },
  {
    key: 'port',
    env: 'CARELLM_PORT',
    default: 7860,
    parse: int(0, 65535),
    description: 'Port (0 = any free port).',
  },
  {
    key: 'dataDir',
    env: 'CARELLM_DATA_DIR',
    default: './data',
    parse: str,
    description: 'Folder for the database and uploads.',
  },
  {
    key: 'engine',
    env: 'CARELLM_ENGINE',
    default: 'builtin',
    parse: oneOf('builtin', 'openai'),
    description: 'Response engine.',
  },
  {
    key: 'uiLocale',
    env: 'CARELLM_UI_LOCALE',
    default: 'zh-CN',
    parse: oneOf(...LOCALES),
    description: 'Default UI language.',
  },
  {
    key: 'logLevel',
    env: 'CARELLM_LOG_LEVEL',
    default: 'info',
    parse: oneOf('debug', 'info', 'warn', 'error', 'silent'),
    description: 'Log level.',
  },
  {
    key: 'builtinDelayMs',
    env: 'CARELLM_BUILTIN_DELAY_MS',
    default: 30,
    parse: int(0, 2000),
    description: 'Pause between streamed words of the built-in engine (ms).',
  },
  {
    key: 'bodyLimitBytes',
    env: 'CARELLM_BODY_LIMIT_BYTES',
    default: 64 * 1024,
    parse: int(1024, 64 * 1024 * 1024),
    description: 'Largest JSON request body (bytes).',
  },
  {
    key: 'maxMessageChars',
    env: 'CARELLM_MAX_MESSAGE_CHARS',
    default: 8000,
    parse: int(1, 1_000_000),
    description: 'Longest message text (characters).',
  },
  {
    key: 'llm.baseUrl',
    env: 'CARELLM_LLM_BASE_URL',
    default: '',
    parse: url,
    description: 'OpenAI-compatible base URL ending in /v1.',
  },
  {
    key: 'llm.model',
    env: 'CARELLM_LLM_MODEL',
    default: '',
    parse: anyStr,
    description: 'Model name on that server.',
  },
  {
    key: 'llm.apiKey',
    env: 'CARELLM_LLM_API_KEY',
    default: '',
    parse: anyStr,
    description: 'API key (optional).',
    secret: true,
  },
  {
    key: 'llm.profile',
    env: 'CARELLM_LLM_PROFILE',
    default: 'openai-compatible',
    parse: oneOf('vllm', 'vllm-omni', 'dashscope', 'llamacpp', 'ollama', 'openai-compatible'),
    description: 'Back-end profile.',
  },
  {
    key: 'llm.fallback',
    env: 'CARELLM_LLM_FALLBACK',
    default: 'builtin',
    parse: oneOf('builtin', 'none'),
    description: 'What answers when the model server fails.',
  },
  {
    key: 'llm.contextWindow',
    env: 'CARELLM_LLM_CONTEXT_WINDOW',
    default: 32768,
    parse: int(512, 10_000_000),
    description: 'Context window of the model (tokens).',
  },
  {
    key: 'llm.maxOutputTokens',
    env: 'CARELLM_LLM_MAX_OUTPUT_TOKENS',
    default: 1024,
    parse: int(16, 1_000_000),
    description: 'Reply length cap (tokens).',
  },
  {
    key: 'llm.connectTimeoutMs',
    env: 'CARELLM_LLM_CONNECT_TIMEOUT_MS',
    default: 5000,
    parse: int(1, 600_000),
    description: 'Connect timeout (ms).',
  },
  {
    key: 'llm.firstTokenTimeoutMs',
    env: 'CARELLM_LLM_FIRST_TOKEN_TIMEOUT_MS',
    default: 30000,
    parse: int(1, 600_000),
    description: 'Time to first token limit (ms).',
  },
  {
    key: 'llm.idleTimeoutMs',
    env: 'CARELLM_LLM_IDLE_TIMEOUT_MS',
    default: 20000,
    parse: int(1, 600_000),
    description: 'Longest silence mid-stream (ms).',
  },
  {
    key: 'llm.maxRetries',
    env: 'CARELLM_LLM_MAX_RETRIES',
    default: 2,
    parse: int(0, 10),
    description: 'Retries before the first token.',
  },
  {
    key: 'llm.redact',
    env: 'CARELLM_LLM_REDACT',
    default: 'auto',
    parse: oneOf('auto', 'on', 'off'),
    description: 'Redact personal data sent to the model.',
  },
  {
    key: 'media.asrModelDir',
    env: 'CARELLM_ASR_MODEL_DIR',
    default: '',
    parse: anyStr,
    description: 'sherpa-onnx model folder for local speech recognition.',
  },
  {
    key: 'media.maxAudioSec',
    env: 'CARELLM_MEDIA_MAX_AUDIO_SEC',
    default: 300,
    parse: int(1, 3600),
    description: 'Longest voice recording (s).',
  },
  {
    key: 'media.maxVideoSec',
    env: 'CARELLM_MEDIA_MAX_VIDEO_SEC',
    default: 60,
    parse: int(1, 600),
    description: 'Longest video (s).',
  },
  {
    key: 'media.maxAudioBytes',
    env: 'CARELLM_MEDIA_MAX_AUDIO_BYTES',
    default: 20 * 1024 * 1024,
    parse: int(1024, 1024 * 1024 * 1024),
    description: 'Largest audio upload (bytes).',
  },
  {
    key: 'media.maxImageBytes',
    env: 'CARELLM_MEDIA_MAX_IMAGE_BYTES',
    default: 10 * 1024 * 1024,
    parse: int(1024, 1024 * 1024 * 1024),
    description: 'Largest image upload (bytes).',
  },
  {
    key: 'media.maxVideoBytes',
    env: 'CARELLM_MEDIA_MAX_VIDEO_BYTES',
    default: 50 * 1024 * 1024,
    parse: int(1024, 1024 * 1024 * 1024),
    description: 'Largest video upload (bytes).',
  },
  {
    key: 'media.remoteTranscription',
    env: 'CARELLM_MEDIA_REMOTE_TRANSCRIPTION',
    default: 'on',
    parse: oneOf('on', 'off'),
    description: 'Allow sending audio to the back end for transcription.',
  },
  {
    key: 'media.faceAnalysis',
    env: 'CARELLM_MEDIA_FACE_ANALYSIS',
    default: 'on',
    parse: oneOf('on', 'off'),
    description: 'Local facial-expression analysis of images and video.',
  },
];
