/**
 * Voice cues from 16 kHz mono PCM: loudness (RMS), pitch (YIN), a speaking-rate proxy (energy
 * peaks per second of speech) and pauses, turned into arousal and tension estimates.
 *
 * These are WEAK signals. Without the speaker's own baseline, loudness depends on the microphone,
 * pitch on the person, and rate on the language; confidence is therefore capped low (≤ 0.3 for
 * arousal, ≤ 0.2 for tension) and the fusion step must treat them as hints, never as findings.
 */
import type { Locale } from '../core/types.ts';

export interface VoiceFeatures {
  totalSec: number;
  speechSec: number;
  /** Share of the recording with speech energy. */
  speechRatio: number;
  /** Mean level of speech frames, dBFS. */
  meanDb: number;
  /** Standard deviation of the level of speech frames, dB. */
  dbStd: number;
  /** Median fundamental frequency of voiced frames, Hz (0 when none). */
  pitchMedianHz: number;
  /** Inter-quartile range of pitch, in semitones: a measure of intonation. */
  pitchRangeSemitones: number;
  /** Mean absolute frame-to-frame pitch change, semitones (higher = less steady). */
  pitchInstability: number;
  /** Share of speech frames with a clear pitch. */
  voicedRatio: number;
  /** Energy peaks per second of speech: a proxy for syllables per second. */
  syllableRate: number;
  pauseCount: number;
  pausesPerMinute: number;
  meanPauseSec: number;
  longestPauseSec: number;
}

export interface Cue {
  /** 0 (low) … 1 (high). */
  value: number;
  level: 'low' | 'medium' | 'high';
  /** How much to trust the value, 0 … 1. Always low for voice cues. */
  confidence: number;
}

export interface VoiceCues {
  analyser: string;
  speechDetected: boolean;
  features: VoiceFeatures;
  arousal: Cue;
  tension: Cue;
  note: Record<Locale, string>;
}

export const VOICE_CUES_NOTE: Record<Locale, string> = {
  en: 'Weak signal from voice loudness, pitch, pace and pauses, without a personal baseline; a hint, not a finding.',
  'zh-CN': '这是根据音量、音高、语速和停顿得出的弱信号，没有个人基线，仅供参考，不是结论。',
};

const FRAME = 400; // 25 ms at 16 kHz
const HOP = 160; // 10 ms
const PITCH_HOP_FRAMES = 2; // pitch every 20 ms
const MIN_F0 = 70;
const MAX_F0 = 500;
const YIN_THRESHOLD = 0.15;
const MIN_PAUSE_SEC = 0.25;

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
const lerp01 = (x: number, lo: number, hi: number) => clamp01((x - lo) / (hi - lo));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))));
  return sorted[i]!;
}

/** YIN pitch estimate of one window starting at `start`; 0 when no clear period is found. */
export function yinPitch(samples: Float32Array, start: number, sampleRate: number): number {
  const tauMin = Math.floor(sampleRate / MAX_F0);
  const tauMax = Math.ceil(sampleRate / MIN_F0);
  const w = FRAME;
  if (start + w + tauMax >= samples.length) return 0;
  const d = new Float64Array(tauMax + 1);
  for (let tau = 1; tau <= tauMax; tau++) {
    let sum = 0;
    for (let j = 0; j < w; j++) {
      const diff = samples[start + j]! - samples[start + j + tau]!;
      sum += diff * diff;
    }
    d[tau] = sum;
  }
  // Cumulative mean normalised difference.
  let running = 0;
  const cmnd = new Float64Array(tauMax + 1);
  cmnd[0] = 1;
  for (let tau = 1; tau <= tauMax; tau++) {
    running += d[tau]!;
    cmnd[tau] = running > 0 ? (d[tau]! * tau) / running : 1;
  }
  for (let tau = tauMin; tau <= tauMax; tau++) {
    if (cmnd[tau]! < YIN_THRESHOLD) {
      while (tau + 1 <= tauMax && cmnd[tau + 1]! < cmnd[tau]!) tau++;
      // Parabolic interpolation around the minimum for sub-sample accuracy.
      const a = cmnd[tau - 1] ?? cmnd[tau]!;
      const b = cmnd[tau]!;
      const c = cmnd[tau + 1] ?? cmnd[tau]!;
      const denom = a - 2 * b + c;
      const shift = denom !== 0 ? (0.5 * (a - c)) / denom : 0;
      return sampleRate / (tau + Math.max(-1, Math.min(1, shift)));
    }
  }
  return 0;
}

const semitones = (hz: number, ref: number) => 12 * Math.log2(hz / ref);

function level(v: number): Cue['level'] {
  return v < 0.35 ? 'low' : v > 0.65 ? 'high' : 'medium';
}

export function analyseVoice(samples: Float32Array, sampleRate = 16_000): VoiceCues {
  const totalSec = samples.length / sampleRate;
  const nFrames = Math.max(0, Math.floor((samples.length - FRAME) / HOP) + 1);
  const db = new Float64Array(nFrames);
  for (let f = 0; f < nFrames; f++) {
    let sum = 0;
    const o = f * HOP;
    for (let j = 0; j < FRAME; j++) sum += samples[o + j]! * samples[o + j]!;
    db[f] = 20 * Math.log10(Math.sqrt(sum / FRAME) + 1e-10);
  }
  const sortedDb = Array.from(db).sort((a, b) => a - b);
  // Speech = frames well above this recording's quiet parts and above an absolute floor.
  const threshold = Math.max(-50, percentile(sortedDb, 0.95) - 30);
  const active = new Uint8Array(nFrames);
  for (let f = 0; f < nFrames; f++) active[f] = db[f]! > threshold ? 1 : 0;
  // Fill gaps shorter than 100 ms so word-internal dips do not count as pauses.
  fillShortGaps(active, 10);

  const speechIdx: number[] = [];
  for (let f = 0; f < nFrames; f++) if (active[f]) speechIdx.push(f);
  const speechSec = (speechIdx.length * HOP) / sampleRate;

  const empty: VoiceFeatures = {
    totalSec,
    speechSec,
    speechRatio: 0,
    meanDb: 0,
    dbStd: 0,
    pitchMedianHz: 0,
    pitchRangeSemitones: 0,
    pitchInstability: 0,
    voicedRatio: 0,
    syllableRate: 0,
    pauseCount: 0,
    pausesPerMinute: 0,
    meanPauseSec: 0,
    longestPauseSec: 0,
  };
  if (speechSec < 0.3) {
    const none: Cue = { value: 0, level: 'low', confidence: 0 };
    return {
      analyser: 'voice-cues/1',
      speechDetected: false,
      features: empty,
      arousal: none,
      tension: none,
      note: VOICE_CUES_NOTE,
    };
  }

  const speechDb = speechIdx.map((f) => db[f]!);
  const meanDb = speechDb.reduce((a, b) => a + b, 0) / speechDb.length;
  const dbStd = Math.sqrt(speechDb.reduce((a, b) => a + (b - meanDb) ** 2, 0) / speechDb.length);

  // Pitch on every other speech frame.
  const pitches: number[] = [];
  let pitchFrames = 0;
  let prev = 0;
  let jumps = 0;
  let jumpCount = 0;
  for (let k = 0; k < speechIdx.length; k += PITCH_HOP_FRAMES) {
    pitchFrames++;
    const hz = yinPitch(samples, speechIdx[k]! * HOP, sampleRate);
    if (hz > 0) {
      pitches.push(hz);
      if (prev > 0) {
        const jump = Math.abs(semitones(hz, prev));
        if (jump < 12) {
          jumps += jump;
          jumpCount++;
        }
      }
    }
    prev = hz;
  }
  const sortedPitch = [...pitches].sort((a, b) => a - b);
  const pitchMedianHz = percentile(sortedPitch, 0.5);
  const pitchRangeSemitones =
    pitches.length >= 4 ? semitones(percentile(sortedPitch, 0.75), percentile(sortedPitch, 0.25)) : 0;
  const pitchInstability = jumpCount ? jumps / jumpCount : 0;
  const voicedRatio = pitchFrames ? pitches.length / pitchFrames : 0;

  // Syllable proxy: local maxima of the smoothed level inside speech, 3 dB above the dip before them.
  const smooth = new Float64Array(nFrames);
  for (let f = 0; f < nFrames; f++) {
    let s = 0;
    let n = 0;
    for (let k = Math.max(0, f - 2); k <= Math.min(nFrames - 1, f + 2); k++) {
      s += db[k]!;
      n++;
    }
    smooth[f] = s / n;
  }
  let peaks = 0;
  let lastPeak = -100;
  let minSince = Infinity;
  for (let f = 1; f < nFrames - 1; f++) {
    minSince = Math.min(minSince, smooth[f]!);
    if (!active[f]) continue;
    if (
      smooth[f]! >= smooth[f - 1]! &&
      smooth[f]! > smooth[f + 1]! &&
      smooth[f]! - minSince >= 3 &&
      f - lastPeak >= 10
    ) {
      peaks++;
      lastPeak = f;
      minSince = Infinity;
    }
  }
  const syllableRate = peaks / speechSec;

  // Pauses: silent runs between the first and last speech frame.
  const pauses: number[] = [];
  const first = speechIdx[0]!;
  const last = speechIdx[speechIdx.length - 1]!;
  let run = 0;
  for (let f = first; f <= last; f++) {
    if (!active[f]) run++;
    else {
      if ((run * HOP) / sampleRate >= MIN_PAUSE_SEC) pauses.push((run * HOP) / sampleRate);
      run = 0;
    }
  }
  const spanMin = Math.max(((last - first + 1) * HOP) / sampleRate / 60, 1 / 60);
  const features: VoiceFeatures = {
    totalSec,
    speechSec,
    speechRatio: speechSec / Math.max(totalSec, 1e-9),
    meanDb,
    dbStd,
    pitchMedianHz,
    pitchRangeSemitones,
    pitchInstability,
    voicedRatio,
    syllableRate,
    pauseCount: pauses.length,
    pausesPerMinute: pauses.length / spanMin,
    meanPauseSec: pauses.length ? pauses.reduce((a, b) => a + b, 0) / pauses.length : 0,
    longestPauseSec: pauses.length ? Math.max(...pauses) : 0,
  };

  // Arousal: louder, more varied in pitch and loudness, faster → higher.
  const arousalValue =
    0.3 * lerp01(meanDb, -40, -12) +
    0.25 * lerp01(pitchRangeSemitones, 1, 7) +
    0.2 * lerp01(dbStd, 3, 12) +
    0.25 * lerp01(syllableRate, 2, 6);
  // Tension: flat intonation, unsteady pitch, hurried speech with few pauses → higher.
  const tensionValue =
    0.35 * (1 - lerp01(pitchRangeSemitones, 1, 6)) +
    0.25 * lerp01(pitchInstability, 0.5, 3) +
    0.2 * lerp01(syllableRate, 3, 7) +
    0.2 * (1 - lerp01(features.pausesPerMinute, 5, 30));
  // More speech → a little more trust, but never much: there is no baseline for this person.
  const amount = clamp01(speechSec / 8);
  const quality = clamp01(voicedRatio / 0.5);
  const arousal: Cue = {
    value: round(arousalValue),
    level: level(arousalValue),
    confidence: round(0.3 * amount * (0.5 + 0.5 * quality)),
  };
  const tension: Cue = {
    value: round(tensionValue),
    level: level(tensionValue),
    confidence: round(0.2 * amount * quality),
  };
  return {
    analyser: 'voice-cues/1',
    speechDetected: true,
    features: roundFeatures(features),
    arousal,
    tension,
    note: VOICE_CUES_NOTE,
  };
}

function fillShortGaps(active: Uint8Array, maxGap: number): void {
  let lastOn = -1;
  for (let f = 0; f < active.length; f++) {
    if (!active[f]) continue;
    if (lastOn >= 0 && f - lastOn - 1 > 0 && f - lastOn - 1 < maxGap) active.fill(1, lastOn + 1, f);
    lastOn = f;
  }
}

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

function roundFeatures(f: VoiceFeatures): VoiceFeatures {
  const out = { ...f };
  for (const k of Object.keys(out) as (keyof VoiceFeatures)[]) out[k] = round(out[k]);
  return out;
}
