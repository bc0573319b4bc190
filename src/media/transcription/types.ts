import type { Locale } from '../../core/types.ts';

export interface Transcript {
  text: string;
  /** Which provider produced it: `sherpa-onnx:<type>` or `omni:<profile>:<endpoint>`. */
  provider: string;
  durationMs: number;
}

export interface TranscribeOptions {
  /** The session language, a hint for providers that take one. */
  locale?: Locale;
  signal?: AbortSignal;
}

export interface Transcriber {
  readonly provider: string;
  /** Transcribes a 16 kHz mono WAV produced by `ingestUpload`. */
  transcribe(wavPath: string, options?: TranscribeOptions): Promise<Transcript>;
}
