/**
 * The learned part of crisis assessment: a small logistic model over hashed word, character and
 * Han n-grams (the emotion classifier's feature extractor) with two ordinal outputs, `risk`
 * (low or worse) and `active` (high or worse). The rules stay in charge: the model can only raise
 * a level the rules left at `none`/`low`, and never overrides a match the rules deliberately
 * discounted (negation, someone else, fiction, hyperbole, resolved past). See docs/safety.md.
 *
 * File: `models/crisis-classifier.bin.gz` = gzip("CRISK1\n" + u32 header length + JSON header +
 * int8 weights [bucket][output]), one scale per output. Trained by `npm run train:crisis`.
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
export const CRISIS_OUTPUTS = ['risk', 'active'] as const;

export interface CrisisModelHeader {
  format: 'carellm-crisis-linear';
  name: string;
  version: string;
  feature: FeatureConfig;
  bias: number[];
  scales: number[];
  /** Probabilities at or above which the model alone raises the level (chosen on dev data). */
  thresholds: { risk: number; active: number };
  trainedOn: string[];
  created: string;
}

export interface CrisisScore {
  /** P(level ≥ low). */
  risk: number;
  /** P(level ≥ high). */
  active: number;
  /** The units (words or Han characters) that pushed `active` up most, as original offsets. */
  evidence: Array<{ start: number; end: number; weight: number }>;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export class CrisisModel {
  readonly header: CrisisModelHeader;
  private readonly weights: Float32Array;
  private readonly extractor: FeatureExtractor;
  private unitScratch = new Float64Array(256);

  constructor(header: CrisisModelHeader, weights: Float32Array) {
    if (header.format !== 'carellm-crisis-linear') throw new Error('not a CareLLM crisis model');
    if (weights.length !== (1 << header.feature.bits) * 2)
      throw new Error('crisis model weights have the wrong size');
    this.header = header;
    this.weights = weights;
    this.extractor = new FeatureExtractor(header.feature);
  }

  get id(): string {
    return `${this.header.name}@${this.header.version}`;
  }

  static fromBuffer(gz: Buffer): CrisisModel {
    const raw = zlib.gunzipSync(gz);
    if (raw.subarray(0, CRISIS_MODEL_MAGIC.length).toString('latin1') !== CRISIS_MODEL_MAGIC)
      throw new Error('bad crisis model file');
    const headerLen = raw.readUInt32LE(CRISIS_MODEL_MAGIC.length);
    const start = CRISIS_MODEL_MAGIC.length + 4;
    const header = JSON.parse(raw.subarray(start, start + headerLen).toString('utf8')) as CrisisModelHeader;
    const body = new Int8Array(
      raw.buffer,
      raw.byteOffset + start + headerLen,
      raw.length - start - headerLen,
    );
    const weights = new Float32Array(body.length);
    for (let i = 0; i < body.length; i++) weights[i] = body[i]! * header.scales[i % 2]!;
    return new CrisisModel(header, weights);
  }

  static load(file: string = DEFAULT_CRISIS_MODEL_PATH): CrisisModel {
    return CrisisModel.fromBuffer(fs.readFileSync(file));
  }

  /** int8 with one scale per output, then gzip; returns the dequantised weights too. */
  static serialise(
    header: Omit<CrisisModelHeader, 'scales'>,
    weights: Float32Array,
  ): { buffer: Buffer; model: CrisisModel } {
    const scales = [0, 1].map((o) => {
      let max = 0;
      for (let i = o; i < weights.length; i += 2) max = Math.max(max, Math.abs(weights[i]!));
      return max > 0 ? max / 127 : 1;
    });
    const q = new Int8Array(weights.length);
    for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i]! / scales[i % 2]!);
    const full: CrisisModelHeader = { ...header, scales };
    const json = Buffer.from(JSON.stringify(full), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(json.length);
    const raw = Buffer.concat([Buffer.from(CRISIS_MODEL_MAGIC, 'latin1'), len, json, Buffer.from(q.buffer)]);
    const buffer = zlib.gzipSync(raw, { level: 9 });
    return { buffer, model: CrisisModel.fromBuffer(buffer) };
  }

  /** Scores one message (the rules' normalised text; offsets map back through `toOriginal`). */
  score(
    text: string,
    toOriginal?: (start: number, end: number) => { start: number; end: number },
  ): CrisisScore {
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
      zRisk += W[b]! * v;
      const a = W[b + 1]! * v;
      zActive += a;
      // Spread a feature's push over the units it came from, for evidence.
      const from = f.unitFrom[i]!;
      const to = f.unitTo[i]!;
      const share = a / (to - from + 1);
      for (let u = from; u <= to; u++) perUnit[u] = perUnit[u]! + share;
    }
    const evidence: CrisisScore['evidence'] = [];
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
    return { risk: sigmoid(zRisk), active: sigmoid(zActive), evidence: evidence.slice(0, 3) };
  }
}

let cached: CrisisModel | null | undefined;

/**
 * The shipped model, loaded once. A missing or broken file leaves the rules working alone
 * (returns null and says why once): the crisis path must never depend on this file.
 */
export function defaultCrisisModel(): CrisisModel | null {
  if (cached !== undefined) return cached;
  const file = process.env.CARELLM_TEST_CRISIS_MODEL ?? DEFAULT_CRISIS_MODEL_PATH;
  if (file === 'off') return (cached = null);
  try {
    cached = CrisisModel.load(file);
  } catch (err) {
    process.emitWarning(`crisis model not loaded, rules only: ${(err as Error).message}`);
    cached = null;
  }
  return cached;
}

/** For tests: forget the loaded model so the next call loads again. */
export function resetCrisisModel(model?: CrisisModel | null): void {
  cached = model;
}
