/**
 * Energy-based voice-activity detection for hands-free mode. Fed one level reading (dBFS) every
 * few tens of milliseconds from an AnalyserNode; says when speech started and when the turn ended:
 * after speech, `hangoverMs` of continuous quiet. Pure logic, no Web Audio, so it is unit-tested.
 *
 * The threshold follows the room: a slowly adapting noise floor plus a margin, never below an
 * absolute minimum (a digitally silent input has no floor at all).
 */
export interface VadOptions {
  /** Quiet after speech that ends the turn. */
  hangoverMs: number;
  /** Loudness above the threshold needed before it counts as speech (ignores clicks). */
  minSpeechMs: number;
  /** dB above the noise floor that counts as speech. */
  marginDb: number;
  /** The threshold never goes below this (dBFS). */
  minThresholdDb: number;
  /** Once speaking, the level must fall this many dB under the threshold to count as quiet. */
  hysteresisDb: number;
  /** A turn ends after this long even without a pause (the server's audio limit is 300 s). */
  maxTurnMs: number;
  /** The first readings only teach the noise floor (a noisy room is not speech). */
  calibrateMs: number;
}

export const DEFAULT_VAD: VadOptions = {
  hangoverMs: 1200,
  minSpeechMs: 150,
  marginDb: 12,
  minThresholdDb: -50,
  hysteresisDb: 4,
  maxTurnMs: 120_000,
  calibrateMs: 300,
};

export type VadEvent = 'speech-start' | 'end' | 'max-length';
export type VadState = 'waiting' | 'speech' | 'trailing' | 'ended';

/** RMS of a block of samples, in dBFS (−Infinity for digital silence). */
export function levelDb(samples: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += samples[i]! * samples[i]!;
  const rms = Math.sqrt(sum / Math.max(1, samples.length));
  return rms > 0 ? 20 * Math.log10(rms) : -Infinity;
}

export class EnergyVad {
  readonly options: VadOptions;
  state: VadState = 'waiting';
  private floorDb = -Infinity;
  private loudSince: number | null = null;
  private quietSince: number | null = null;
  private speechStart: number | null = null;
  private firstAt: number | null = null;

  constructor(options: Partial<VadOptions> = {}) {
    this.options = { ...DEFAULT_VAD, ...options };
  }

  get thresholdDb(): number {
    return Math.max(this.options.minThresholdDb, this.floorDb + this.options.marginDb);
  }

  /** One reading at time `tMs`; returns an event when the state changes in a way callers act on. */
  push(db: number, tMs: number): VadEvent | null {
    if (this.state === 'ended') return null;
    const o = this.options;
    this.firstAt ??= tMs;
    if (tMs - this.firstAt < o.calibrateMs) {
      this.adaptFloor(db, true);
      return null;
    }
    const threshold = this.thresholdDb;
    if (this.state === 'waiting') {
      if (db > threshold) {
        this.loudSince ??= tMs;
        if (tMs - this.loudSince >= o.minSpeechMs) {
          this.state = 'speech';
          this.speechStart = this.loudSince;
          return 'speech-start';
        }
      } else {
        this.loudSince = null;
        this.adaptFloor(db);
      }
      return null;
    }
    // speech or trailing
    if (tMs - this.speechStart! >= o.maxTurnMs) {
      this.state = 'ended';
      return 'max-length';
    }
    if (db > threshold - o.hysteresisDb) {
      this.state = 'speech';
      this.quietSince = null;
      return null;
    }
    this.quietSince ??= tMs;
    this.state = 'trailing';
    if (tMs - this.quietSince >= o.hangoverMs) {
      this.state = 'ended';
      return 'end';
    }
    return null;
  }

  /** Back to waiting for speech (the next hands-free turn); the learnt noise floor is kept. */
  reset(): void {
    this.state = 'waiting';
    this.loudSince = null;
    this.quietSince = null;
    this.speechStart = null;
  }

  /** Falls at once to a quieter reading, rises slowly, so speech never lifts it much. */
  private adaptFloor(db: number, calibrating = false): void {
    if (!Number.isFinite(db)) return;
    if (calibrating) this.floorDb = Number.isFinite(this.floorDb) ? Math.min(this.floorDb, db) : db;
    else if (!Number.isFinite(this.floorDb) || db < this.floorDb) this.floorDb = db;
    else this.floorDb += 0.05 * (db - this.floorDb);
  }
}
