/**
 * The microphone: one open stream with an AnalyserNode for the level meter and hands-free
 * detection, and MediaRecorder recordings (audio/webm with Opus where the browser has it).
 */
import { levelDb } from './vad.ts';

export type MicError = 'denied' | 'nodevice' | 'unsupported' | 'failed';

const RECORDING_TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'];

/** Why the microphone could not be used; `kind` picks the message shown. */
export class MicFailure extends Error {
  constructor(readonly kind: MicError) {
    super(`microphone: ${kind}`);
  }
}

export function micSupported(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    Boolean(navigator.mediaDevices?.getUserMedia) &&
    typeof MediaRecorder !== 'undefined'
  );
}

export function micErrorOf(err: unknown): MicError {
  const name = (err as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError')
    return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError')
    return 'nodevice';
  return 'failed';
}

export class Mic {
  private recorder: MediaRecorder | null = null;
  private parts: Blob[] = [];
  private samples: Float32Array<ArrayBuffer>;
  private startedAt = 0;

  private constructor(
    private readonly stream: MediaStream,
    private readonly ctx: AudioContext,
    private readonly analyser: AnalyserNode,
  ) {
    this.samples = new Float32Array(analyser.fftSize);
  }

  /** Asks for the microphone; throws a MicFailure. */
  static async open(): Promise<Mic> {
    if (!micSupported()) throw new MicFailure('unsupported');
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true },
      });
    } catch (err) {
      throw new MicFailure(micErrorOf(err));
    }
    const ctx = new AudioContext();
    if (ctx.state === 'suspended') await ctx.resume().catch(() => undefined);
    const analyser = ctx.createAnalyser();
    analyser.fftSize = 1024;
    ctx.createMediaStreamSource(stream).connect(analyser);
    return new Mic(stream, ctx, analyser);
  }

  /** Current loudness in dBFS. */
  levelDb(): number {
    this.analyser.getFloatTimeDomainData(this.samples);
    return levelDb(this.samples);
  }

  get recording(): boolean {
    return this.recorder !== null;
  }

  /** Seconds since the current recording started. */
  elapsed(): number {
    return this.recorder ? (performance.now() - this.startedAt) / 1000 : 0;
  }

  startRecording(): void {
    this.cancelRecording();
    const mimeType = RECORDING_TYPES.find((t) => MediaRecorder.isTypeSupported(t));
    const recorder = new MediaRecorder(this.stream, mimeType ? { mimeType } : undefined);
    this.parts = [];
    recorder.ondataavailable = (e) => {
      if (e.data.size > 0) this.parts.push(e.data);
    };
    recorder.start(250);
    this.recorder = recorder;
    this.startedAt = performance.now();
  }

  /** Ends the recording and returns it with its length. */
  stopRecording(): Promise<{ blob: Blob; durationSec: number }> {
    const recorder = this.recorder;
    if (!recorder) return Promise.reject(new Error('not recording'));
    const durationSec = this.elapsed();
    this.recorder = null;
    return new Promise((resolve) => {
      recorder.onstop = () =>
        resolve({ blob: new Blob(this.parts, { type: recorder.mimeType || 'audio/webm' }), durationSec });
      recorder.stop();
    });
  }

  cancelRecording(): void {
    const recorder = this.recorder;
    this.recorder = null;
    if (recorder && recorder.state !== 'inactive') {
      recorder.ondataavailable = null;
      recorder.stop();
    }
    this.parts = [];
  }

  /** Releases the microphone (the browser's recording indicator goes off). */
  close(): void {
    this.cancelRecording();
    for (const track of this.stream.getTracks()) track.stop();
    void this.ctx.close().catch(() => undefined);
  }
}
