import type { EmotionReading, Locale, RiskAssessment } from '../core/types.ts';

/** A message as an engine sees it: plain role + text, plus optional media parts. */
export interface EngineMessage {
  role: 'user' | 'assistant' | 'system';
  content: string;
  /** Engine bookkeeping stored on earlier assistant messages (see `metadata` parts). */
  meta?: Record<string, unknown>;
  media?: EngineMedia[];
}

export interface EngineMedia {
  kind: 'audio' | 'image' | 'video';
  mimeType: string;
  /** Absolute path of the stored file. */
  path: string;
}

export interface EngineRequest {
  sessionId: string;
  locale: Locale;
  /** Whole conversation so far, oldest first; the last entry is the current user turn. */
  messages: EngineMessage[];
  /** Structured context from earlier pipeline stages. */
  context: {
    risk?: RiskAssessment;
    emotion?: EmotionReading;
    /** Extra guidance for the engine from the safety layer (e.g. "stay with the person"). */
    guidance?: string[];
    [key: string]: unknown;
  };
  /** Ask for speech output where the back end can produce it. */
  wantAudio?: boolean;
  signal: AbortSignal;
}

export type FinishReason = 'stop' | 'length' | 'aborted' | 'error' | 'content-filter';

/**
 * The single streaming union every engine yields and every consumer (server, CLI, tests) reads.
 * Modelled on a `doStream` that yields typed parts.
 */
export type EngineStreamPart =
  | { type: 'text-delta'; text: string }
  | {
      type: 'audio-delta';
      /** base64 little-endian PCM16 mono */
      data: string;
      sampleRate: number;
      format: 'pcm16';
      transcript?: string;
    }
  /** Bookkeeping the engine wants back on the next turn; stored on the assistant message's meta. */
  | { type: 'metadata'; data: Record<string, unknown> }
  /** Something the person should see besides the reply, e.g. an offline fallback. */
  | { type: 'notice'; code: string; message: string }
  | { type: 'finish'; finishReason: FinishReason; usage?: { inputTokens?: number; outputTokens?: number } }
  | { type: 'error'; error: EngineError };

export interface EngineError {
  code: string;
  message: string;
  retryable?: boolean;
}

export interface EngineInfo {
  id: string;
  /** Short label shown in the UI, e.g. "Offline skills-based counsellor". */
  label: { 'zh-CN': string; en: string };
  kind: 'builtin' | 'openai-compatible';
  model?: string;
  profile?: string;
  capabilities: {
    input: Array<'text' | 'audio' | 'image' | 'video'>;
    audioOutput: boolean;
    offline: boolean;
  };
}

export interface Engine {
  info(): EngineInfo;
  /** Streams one reply. Must stop promptly when `request.signal` aborts. */
  doStream(request: EngineRequest): AsyncIterable<EngineStreamPart>;
}

/**
 * Rewrites personal data before text leaves the machine, and restores it in what the person sees.
 * One instance per request: it numbers placeholders by first appearance across all messages of the
 * request, so the same value gets the same placeholder in every turn. Placeholders look like
 * `[PHONE_1]` (`[` + upper-case type + `_` + number + `]`), so a streaming consumer can hold back a
 * trailing partial placeholder until its `]` arrives.
 */
export interface TextRedactor {
  redact(text: string): string;
  restore(text: string): string;
  /**
   * Optional: reads a text that will be redacted in this request without redacting it, so that what
   * it reveals (a person's name) is also redacted in texts redacted before it. The engine calls it
   * on every message of the request before redacting any of them.
   */
  learn?(text: string): void;
}

export type RedactorFactory = () => TextRedactor;
