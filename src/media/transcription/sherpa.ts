/**
 * Local speech recognition with sherpa-onnx (`sherpa-onnx-node`), from a model folder the user
 * downloaded (see docs/multimodal.md). The folder layout of the official sherpa-onnx releases is
 * recognised; the type can also be given explicitly.
 *
 * A broken .onnx file makes onnxruntime throw a C++ exception that aborts the whole process, so a
 * folder is first loaded once in a child process; only when that succeeds is it loaded here.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readWav, ASR_SAMPLE_RATE } from '../audio.ts';
import { MediaError } from '../errors.ts';
import type { TranscribeOptions, Transcriber, Transcript } from './types.ts';

export const SHERPA_MODEL_TYPES = [
  'senseVoice',
  'paraformer',
  'whisper',
  'transducer',
  'moonshine',
  'fireRedAsr',
  'nemoCtc',
  'zipformerCtc',
] as const;
export type SherpaModelType = (typeof SHERPA_MODEL_TYPES)[number];

export interface SherpaModelOptions {
  /** Skip layout detection and use this model type. */
  type?: SherpaModelType;
  /** Prefer `*.int8.onnx` files when both precisions are present (default true: faster on CPU). */
  preferInt8?: boolean;
  numThreads?: number;
  /** Language for SenseVoice (`auto`, `zh`, `en`, …) and Whisper (`zh`, `en`, empty = detect). */
  language?: string;
}

export interface SherpaRecognizerConfig {
  featConfig: { sampleRate: number; featureDim: number };
  modelConfig: Record<string, unknown> & { tokens: string; numThreads: number; provider: 'cpu'; debug: 0 };
}

export interface DetectedSherpaModel {
  type: SherpaModelType;
  dir: string;
  config: SherpaRecognizerConfig;
}

/** A MediaError for the admin-side model folder, with the folder in `logDetail` (never shown to clients). */
export class SherpaModelError extends MediaError {
  readonly logDetail: string;
  constructor(code: 'ASR_MODEL_NOT_FOUND' | 'ASR_MODEL_INVALID', reason: string, logDetail: string) {
    super(code, { reason });
    this.logDetail = logDetail;
  }
}

const invalid = (dir: string, reason: string, extra = '') =>
  new SherpaModelError('ASR_MODEL_INVALID', reason, `${dir}: ${reason}${extra ? `: ${extra}` : ''}`);

/** Finds the sherpa-onnx model files in `dir` and builds the recognizer config. */
export function detectSherpaModel(dir: string, options: SherpaModelOptions = {}): DetectedSherpaModel {
  const abs = path.resolve(dir);
  let files: string[];
  try {
    if (!fs.statSync(abs).isDirectory()) throw new Error('not a folder');
    files = fs.readdirSync(abs).filter((f) => fs.statSync(path.join(abs, f)).isFile());
  } catch {
    throw new SherpaModelError(
      'ASR_MODEL_NOT_FOUND',
      'folder-missing',
      `${abs} does not exist or is not a folder`,
    );
  }
  const preferInt8 = options.preferInt8 ?? true;
  const pick = (re: RegExp): string | undefined => {
    const found = files.filter((f) => re.test(f) && f.endsWith('.onnx')).sort();
    if (found.length === 0) return undefined;
    const int8 = found.filter((f) => /\.int8\.onnx$/.test(f));
    const full = found.filter((f) => !/\.int8\.onnx$/.test(f));
    const chosen = (preferInt8 ? (int8[0] ?? full[0]) : (full[0] ?? int8[0]))!;
    return path.join(abs, chosen);
  };
  const tokensFile = files.find((f) => f === 'tokens.txt') ?? files.find((f) => f.endsWith('-tokens.txt'));
  if (!tokensFile) throw invalid(abs, 'tokens-missing', 'no tokens.txt');
  const tokens = path.join(abs, tokensFile);
  const name = path.basename(abs).toLowerCase();

  const encoder = pick(/^(.*-)?encoder/);
  const decoder = pick(/^(.*-)?decoder/);
  const joiner = pick(/^(.*-)?joiner/);
  const single = pick(/^model(\.int8)?\.onnx$/);
  const moon = {
    preprocessor: pick(/^preprocess/),
    encoder: pick(/^encode[.-]/),
    uncachedDecoder: pick(/^uncached_decode/),
    cachedDecoder: pick(/^cached_decode/),
  };

  let type = options.type;
  if (!type) {
    if (moon.preprocessor && moon.encoder && moon.uncachedDecoder && moon.cachedDecoder) type = 'moonshine';
    else if (encoder && decoder && joiner) type = 'transducer';
    else if (encoder && decoder && (name.includes('whisper') || /-encoder/.test(path.basename(encoder))))
      type = 'whisper';
    else if (encoder && decoder && /fire-?red/.test(name)) type = 'fireRedAsr';
    else if (single && /sense-?voice/.test(name)) type = 'senseVoice';
    else if (single && /paraformer/.test(name)) type = 'paraformer';
    else if (single && /nemo/.test(name)) type = 'nemoCtc';
    else if (single && /zipformer.*ctc|ctc/.test(name)) type = 'zipformerCtc';
    else {
      throw invalid(
        abs,
        'layout-unknown',
        `could not tell the model type from the files (${files.join(', ')}); set the type explicitly (${SHERPA_MODEL_TYPES.join(', ')})`,
      );
    }
  }

  const need = (value: string | undefined, what: string): string => {
    if (!value) throw invalid(abs, 'file-missing', `${type} model needs ${what}`);
    return value;
  };
  let model: Record<string, unknown>;
  switch (type) {
    case 'senseVoice':
      model = {
        senseVoice: {
          model: need(single, 'model.onnx'),
          language: options.language ?? 'auto',
          useInverseTextNormalization: 1,
        },
      };
      break;
    case 'paraformer':
      model = { paraformer: { model: need(single, 'model.onnx') } };
      break;
    case 'nemoCtc':
      model = { nemoCtc: { model: need(single, 'model.onnx') } };
      break;
    case 'zipformerCtc':
      model = { zipformerCtc: { model: need(single, 'model.onnx') } };
      break;
    case 'whisper':
      model = {
        whisper: {
          encoder: need(encoder, '*-encoder.onnx'),
          decoder: need(decoder, '*-decoder.onnx'),
          language: options.language ?? '',
          task: 'transcribe',
          tailPaddings: -1,
        },
      };
      break;
    case 'fireRedAsr':
      model = {
        fireRedAsr: { encoder: need(encoder, 'encoder.onnx'), decoder: need(decoder, 'decoder.onnx') },
      };
      break;
    case 'transducer':
      model = {
        transducer: {
          encoder: need(encoder, 'encoder*.onnx'),
          decoder: need(decoder, 'decoder*.onnx'),
          joiner: need(joiner, 'joiner*.onnx'),
        },
      };
      break;
    case 'moonshine':
      model = {
        moonshine: {
          preprocessor: need(moon.preprocessor, 'preprocess.onnx'),
          encoder: need(moon.encoder, 'encode.onnx'),
          uncachedDecoder: need(moon.uncachedDecoder, 'uncached_decode.onnx'),
          cachedDecoder: need(moon.cachedDecoder, 'cached_decode.onnx'),
        },
      };
      break;
  }
  return {
    type,
    dir: abs,
    config: {
      featConfig: { sampleRate: ASR_SAMPLE_RATE, featureDim: 80 },
      modelConfig: { ...model, tokens, numThreads: options.numThreads ?? 2, provider: 'cpu', debug: 0 },
    },
  };
}

const require = createRequire(import.meta.url);

/** The resolved path of sherpa-onnx-node, or null when it is not installed. */
export function sherpaModulePath(): string | null {
  try {
    return require.resolve('sherpa-onnx-node');
  } catch {
    return null;
  }
}

// Loaded in a child first: it reports success with exit 0; a crash or an exception is a non-zero exit.
const PROBE_SCRIPT =
  "const s = require(process.env.SHERPA_MODULE); new s.OfflineRecognizer(JSON.parse(process.env.SHERPA_CONFIG)); process.stdout.write('ok');";

/** Loads the recognizer once in a separate process; throws ASR_MODEL_INVALID when that fails or crashes. */
export function probeSherpaModel(model: DetectedSherpaModel, timeoutMs = 180_000): Promise<void> {
  const modulePath = sherpaModulePath();
  if (!modulePath)
    return Promise.reject(
      new MediaError('TRANSCRIPTION_UNAVAILABLE', { reason: 'sherpa-onnx-node-missing' }),
    );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', PROBE_SCRIPT], {
      env: {
        PATH: process.env.PATH ?? '',
        SHERPA_MODULE: modulePath,
        SHERPA_CONFIG: JSON.stringify(model.config),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(invalid(model.dir, 'load-failed', e.message));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0 && out === 'ok') resolve();
      else
        reject(
          invalid(
            model.dir,
            'load-failed',
            `${signal ?? `exit ${code}`}: ${err.trim().split('\n').slice(-3).join(' | ')}`,
          ),
        );
    });
  });
}

interface SherpaStream {
  acceptWaveform(w: { samples: Float32Array; sampleRate: number }): void;
}
interface SherpaRecognizer {
  createStream(): SherpaStream;
  decodeAsync(stream: SherpaStream): Promise<{ text?: string }>;
}
interface SherpaModule {
  OfflineRecognizer: { createAsync(config: SherpaRecognizerConfig): Promise<SherpaRecognizer> };
}

const loaded = new Map<string, Promise<Transcriber>>();

/**
 * A transcriber for a sherpa-onnx model folder: detected, probed in a child process, then loaded
 * here once and reused. Throws ASR_MODEL_NOT_FOUND / ASR_MODEL_INVALID / TRANSCRIPTION_UNAVAILABLE.
 */
export function createSherpaTranscriber(dir: string, options: SherpaModelOptions = {}): Promise<Transcriber> {
  const key = JSON.stringify([path.resolve(dir), options]);
  let p = loaded.get(key);
  if (!p) {
    p = loadSherpa(dir, options);
    loaded.set(key, p);
    p.catch(() => loaded.delete(key)); // a fixed folder can be retried
  }
  return p;
}

async function loadSherpa(dir: string, options: SherpaModelOptions): Promise<Transcriber> {
  const model = detectSherpaModel(dir, options);
  await probeSherpaModel(model);
  const sherpa = require(sherpaModulePath()!) as SherpaModule;
  const recognizer = await sherpa.OfflineRecognizer.createAsync(model.config);
  let queue: Promise<unknown> = Promise.resolve();
  const provider = `sherpa-onnx:${model.type}`;
  return {
    provider,
    transcribe: (wavPath: string, _options?: TranscribeOptions): Promise<Transcript> => {
      const run = async () => {
        const started = Date.now();
        const audio = await readWav(wavPath);
        if (audio.sampleRate !== ASR_SAMPLE_RATE)
          throw new MediaError('TRANSCRIPTION_FAILED', { reason: 'sample-rate' });
        const stream = recognizer.createStream();
        stream.acceptWaveform({ samples: audio.samples, sampleRate: audio.sampleRate });
        const result = await recognizer.decodeAsync(stream);
        return { text: (result.text ?? '').trim(), provider, durationMs: Date.now() - started };
      };
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
