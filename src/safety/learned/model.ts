/**
 * The safety layer's learned parts: small logistic models over hashed word, character and Han
 * n-grams (the emotion classifier's feature extractor) with two outputs each.
 * - crisis (`models/crisis-classifier.bin.gz`): `risk` = P(level ≥ low), `active` = P(level ≥ high);
 * - harmful requests (`models/harmful-classifier.bin.gz`): `harmful` = P(must refuse),
 *   `eating` = P(an extreme weight-loss request);
 * - explanations (`models/crisis-explained.bin.gz`, session 19): read on a turn after a high-risk one,
 *   `explained` = P(it explains the earlier words away as everyday), `settled` = P(the person is below `high` now).
 * The rules stay in charge (see signal.ts, harmful-signal.ts and docs/safety.md).
 *
 * File: gzip("CRISK1\n" + u32 header length + JSON header + int8 weights [bucket][output]), one
 * scale per output. Trained by `npm run train:crisis` / `npm run train:harmful`.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { FeatureExtractor, type FeatureConfig } from '../../emotion/index.ts';

export const CRISIS_MODEL_MAGIC = 'CRISK1\n';
export const DEFAULT_CRISIS_MODEL_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../models/crisis-classifier.bin.gz',
);
export const DEFAULT_HARMFUL_MODEL_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../models/harmful-classifier.bin.gz',
);
export const DEFAULT_EXPLAINED_MODEL_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../models/crisis-explained.bin.gz',
);
export const CRISIS_OUTPUTS = ['risk', 'active'] as const;
export const HARMFUL_OUTPUTS = ['harmful', 'eating'] as const;
export const EXPLAINED_OUTPUTS = ['explained', 'settled'] as const;
const FORMATS = ['carellm-crisis-linear', 'carellm-harmful-linear', 'carellm-explained-linear'] as const;

export interface SafetyModelHeader {
  format: (typeof FORMATS)[number];
  /** Names of the two outputs, in weight order. */
  outputs: readonly [string, string];
  name: string;
  version: string;
  feature: FeatureConfig;
  bias: number[];
  scales: number[];
  /** Probability per output at or above which the model acts (chosen out of fold). */
  thresholds: Record<string, number>;
  trainedOn: string[];
  created: string;
}

export interface SafetyScore {
  /** Probabilities of the two outputs, in the order of `header.outputs` (CRISIS_OUTPUTS / HARMFUL_OUTPUTS). */
  p: readonly [number, number];
  /** The units (words or Han characters) that pushed the evidence output up most, as original offsets. */
  evidence: Array<{ start: number; end: number; weight: number }>;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export class SafetyModel {
  readonly header: SafetyModelHeader;
  private readonly weights: Float32Array;
  private readonly extractor: FeatureExtractor;
  private unitScratch = new Float64Array(256);

  constructor(header: SafetyModelHeader, weights: Float32Array) {
    if (!FORMATS.includes(header.format)) throw new Error('not a CareLLM safety model');
    if (weights.length !== (1 << header.feature.bits) * 2)
      throw new Error('safety model weights have the wrong size');
    this.header = header;
    this.weights = weights;
    this.extractor = new FeatureExtractor(header.feature);
  }

  get id(): string {
    return `${this.header.name}@${this.header.version}`;
  }

  static fromBuffer(gz: Buffer): SafetyModel {
    const raw = zlib.gunzipSync(gz);
    if (raw.subarray(0, CRISIS_MODEL_MAGIC.length).toString('latin1') !== CRISIS_MODEL_MAGIC)
      throw new Error('bad safety model file');
    const headerLen = raw.readUInt32LE(CRISIS_MODEL_MAGIC.length);
    const start = CRISIS_MODEL_MAGIC.length + 4;
    const header = JSON.parse(raw.subarray(start, start + headerLen).toString('utf8')) as SafetyModelHeader;
    const body = new Int8Array(
      raw.buffer,
      raw.byteOffset + start + headerLen,
      raw.length - start - headerLen,
    );
    const weights = new Float32Array(body.length);
    for (let i = 0; i < body.length; i++) weights[i] = body[i]! * header.scales[i % 2]!;
    return new SafetyModel(header, weights);
  }

  static load(file: string = DEFAULT_CRISIS_MODEL_PATH): SafetyModel {
    return SafetyModel.fromBuffer(fs.readFileSync(file));
  }

  /** int8 with one scale per output, then gzip; returns the dequantised weights too. */
  static serialise(
    header: Omit<SafetyModelHeader, 'scales'>,
    weights: Float32Array,
  ): { buffer: Buffer; model: SafetyModel } {
    const scales = [0, 1].map((o) => {
      let max = 0;
      for (let i = o; i < weights.length; i += 2) max = Math.max(max, Math.abs(weights[i]!));
      return max > 0 ? max / 127 : 1;
    });
    const q = new Int8Array(weights.length);
    for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i]! / scales[i % 2]!);
    const full: SafetyModelHeader = { ...header, scales };
    const json = Buffer.from(JSON.stringify(full), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(json.length);
    const raw = Buffer.concat([Buffer.from(CRISIS_MODEL_MAGIC, 'latin1'), len, json, Buffer.from(q.buffer)]);
    const buffer = zlib.gzipSync(raw, { level: 9 });
    return { buffer, model: SafetyModel.fromBuffer(buffer) };
  }

  /** Scores one message (the rules' normalised text; offsets map back through `toOriginal`). */
  score(
    text: string,
    toOriginal?: (start: number, end: number) => { start: number; end: number },
    evidenceOutput: 0 | 1 = 1,
  ): SafetyScore {
    const f = this.extractor.extract(text);
    const W = this.weights;
    let zRisk = this.header.bias[0]!;
    let zActive = this.header.bias[1]!;
    if (this.unitScratch.length < f.units) this.unitScratch = new Float64Array(f.units * 2);
    const perUnit = this.unitScratch;
    perUnit.fill(0, 0, f.units);
    for (let i = 0; i < f.n; i++) {
      const b = f.index[i]! * 2;
      const v = f.value[i]!;
      const r = W[b]! * v;
      zRisk += r;
      const a = W[b + 1]! * v;
      zActive += a;
      const e = evidenceOutput === 1 ? a : r;
      // Spread a feature's push over the units it came from, for evidence.
      const from = f.unitFrom[i]!;
      const to = f.unitTo[i]!;
      const share = e / (to - from + 1);
      for (let u = from; u <= to; u++) perUnit[u] = perUnit[u]! + share;
    }
    const evidence: SafetyScore['evidence'] = [];
    for (let u = 0; u < f.units; u++) {
      const w = perUnit[u]!;
      if (w <= 0.05) continue;
      const span = { start: f.unitStart[u]!, end: f.unitEnd[u]! };
      const orig = toOriginal ? toOriginal(span.start, span.end) : span;
      const last = evidence[evidence.length - 1];
      if (last && orig.start <= last.end + 1) {
        // Adjacent units read as one phrase.
        last.end = Math.max(last.end, orig.end);
        last.weight += w;
      } else evidence.push({ ...orig, weight: w });
    }
    evidence.sort((a, b) => b.weight - a.weight);
    return { p: [sigmoid(zRisk), sigmoid(zActive)], evidence: evidence.slice(0, 3) };
  }
}

function loadOrNull(file: string, what: string): SafetyModel | null {
  if (file === 'off') return null;
  try {
    return SafetyModel.load(file);
  } catch (err) {
    process.emitWarning(`${what} model not loaded, rules only: ${(err as Error).message}`);
    return null;
  }
}

/**
 * One shipped model, loaded once from `file` (or the path in the environment variable `envVar`, `off` for none);
 * `reset` replaces it for tests (`undefined` = load the file again on next use).
 */
function cachedModel(envVar: string, file: string, what: string) {
  let cached: SafetyModel | null | undefined;
  return {
    get(): SafetyModel | null {
      if (cached === undefined) cached = loadOrNull(process.env[envVar] ?? file, what);
      return cached;
    },
    reset(model?: SafetyModel | null): void {
      cached = model;
    },
  };
}

const crisisModel = cachedModel('CARELLM_TEST_CRISIS_MODEL', DEFAULT_CRISIS_MODEL_PATH, 'crisis');
const harmfulModel = cachedModel('CARELLM_TEST_HARMFUL_MODEL', DEFAULT_HARMFUL_MODEL_PATH, 'harmful-request');
const explainedModel = cachedModel(
  'CARELLM_TEST_EXPLAINED_MODEL',
  DEFAULT_EXPLAINED_MODEL_PATH,
  'explanation',
);

/**
 * The shipped crisis model, loaded once. A missing or broken file leaves the rules working alone
 * (returns null and says why once): the crisis path must never depend on this file.
 */
export function defaultCrisisModel(): SafetyModel | null {
  return crisisModel.get();
}

/** For tests: replace the loaded model (`undefined` = load the file again on next use). */
export function resetCrisisModel(model?: SafetyModel | null): void {
  crisisModel.reset(model);
}

/** The shipped harmful-request model, loaded once; null leaves the rules alone. */
export function defaultHarmfulModel(): SafetyModel | null {
  return harmfulModel.get();
}

/** For tests: replace the loaded harmful-request model. */
export function resetHarmfulModel(model?: SafetyModel | null): void {
  harmfulModel.reset(model);
}

/**
 * The shipped explanation model (session 19), loaded once; null leaves the multi-turn floor to the rules'
 * readings alone.
 */
export function defaultExplainedModel(): SafetyModel | null {
  return explainedModel.get();
}

/** For tests: replace the loaded explanation model. */
export function resetExplainedModel(model?: SafetyModel | null): void {
  explainedModel.reset(model);
}
