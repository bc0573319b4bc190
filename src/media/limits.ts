/** Limits for accepted media. Defaults are safe for a laptop; every field can be overridden per call. */
export interface MediaLimits {
  /** Largest accepted file per kind, in bytes. */
  maxBytes: { audio: number; image: number; video: number };
  /** Longest accepted audio recording, in seconds. */
  maxAudioSec: number;
  /** Longest accepted video, in seconds (Qwen2.5-Omni's published figures assume up to 60 s). */
  maxVideoSec: number;
  /** Largest accepted image (width × height). */
  maxImagePixels: number;
  /** Largest accepted video frame (width × height) before downscaling. */
  maxVideoPixels: number;
  /** Long side of the downscaled video copy, in pixels. */
  videoMaxSide: number;
  /** Frame rate of the downscaled video copy (Qwen2.5-Omni samples video at 2 fps). */
  videoFps: number;
  /** Number of still frames sampled from a video for facial-expression cues. */
  videoFrames: number;
  /** Long side of sampled frames and of images handed to face analysis, in pixels. */
  frameMaxSide: number;
}

export const DEFAULT_MEDIA_LIMITS: Readonly<MediaLimits> = Object.freeze({
  maxBytes: Object.freeze({ audio: 20 * 1024 * 1024, image: 10 * 1024 * 1024, video: 50 * 1024 * 1024 }),
  maxAudioSec: 300,
  maxVideoSec: 60,
  maxImagePixels: 40_000_000,
  maxVideoPixels: 3840 * 2160,
  videoMaxSide: 640,
  videoFps: 2,
  videoFrames: 4,
  frameMaxSide: 640,
});

/** Limits for running ffmpeg and ffprobe on one file. */
export interface ProcessLimits {
  /** Wall-clock limit per ffmpeg/ffprobe run, in ms; the process is killed after it. */
  timeoutMs: number;
  /** Address-space limit per run (ulimit -v), in bytes. */
  memoryBytes: number;
  /** Threads ffmpeg may use. */
  threads: number;
}

export const DEFAULT_PROCESS_LIMITS: Readonly<ProcessLimits> = Object.freeze({
  timeoutMs: 60_000,
  memoryBytes: 2 * 1024 * 1024 * 1024,
  threads: 2,
});

export type PartialLimits = Partial<Omit<MediaLimits, 'maxBytes'>> & {
  maxBytes?: Partial<MediaLimits['maxBytes']>;
};

export function resolveLimits(overrides: PartialLimits = {}): MediaLimits {
  return {
    ...DEFAULT_MEDIA_LIMITS,
    ...overrides,
    maxBytes: { ...DEFAULT_MEDIA_LIMITS.maxBytes, ...overrides.maxBytes },
  };
}
