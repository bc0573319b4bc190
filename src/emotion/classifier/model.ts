/**
 * The compact text emotion model: hashed features × int8 weights (per-label scale), one-vs-rest
 * sigmoid scores, per-label thresholds tuned on dev data for English and for Chinese. Pure
 * TypeScript, deterministic, no native runtime. File format (gzip of):
 *   "CEMO1\n" | uint32 LE header length | header JSON | int8 weights [bucket][label]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { EMOTION_LABELS } from '../taxonomy.ts';
import { FeatureExtractor, type FeatureConfig, type Features } from './features.ts';

export const MODEL_MAGIC = 'CEMO1\n';
export const DEFAULT_MODEL_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../models/emotion-classifier.bin.gz',
);

export type TextLanguage = 'en' | 'zh';

export interface ModelHeader {
  format: 'carellm-emotion-linear';
  name: string;
  version: string;
  labels: string[];
  feature: FeatureConfig;
  /** Dequantisation scale per label. */
  scales: number[];
  bias: number[];
  thresholds: Record<TextLanguage, number[]>;
  /** Text with at least this share of Han characters uses the Chinese thresholds. */
  zhMinHanShare: number;
  /** When no label passes its threshold, predict the top label (chosen on dev data). */
  fallbackTop1: boolean;
  /** Anything else worth keeping with the weights (data, splits, dev figures). */
  meta: Record<string, unknown>;
}

export interface EvidenceWord {
  text: string;
  start: number;
  end: number;
  /** Contribution to the label's log-odds. */
  weight: number;
}

export interface Prediction {
  /** Top-k labels with probabilities, best first. */
  labels: { label: string; score: number }[];
  /** Labels over their tuned thresholds. */
  predicted: string[];
  language: TextLanguage;
  /** For each predicted label (or the top label): the words that pushed it up most. */
  evidence?: Record<string, EvidenceWord[]>;
}

export class EmotionModel {
  readonly header: ModelHeader;
  readonly labels: readonly string[];
  private readonly weights: Float32Array;
  private readonly bias: Float32Array;
  private readonly extractor: FeatureExtractor;
  private readonly L: number;
  private readonly scratch: Float64Array;

  constructor(header: ModelHeader, weights: Float32Array) {
    if (header.format !== 'carellm-emotion-linear') throw new Error('not a CareLLM emotion model');
    this.header = header;
    this.labels = header.labels;
    this.L = header.labels.length;
    if (weights.length !== (1 << header.feature.bits) * this.L)
      throw new Error('model weights have the wrong size');
    this.weights = weights;
    this.bias = Float32Array.from(header.bias);
    this.extractor = new FeatureExtractor(header.feature);
    this.scratch = new Float64Array(this.L);
  }

  get id(): string {
    return `${this.header.name}@${this.header.version}`;
  }

  static fromBuffer(gz: Buffer): EmotionModel {
    const raw = zlib.gunzipSync(gz);
    if (raw.subarray(0, MODEL_MAGIC.length).toString('latin1') !== MODEL_MAGIC)
      throw new Error('bad emotion model file');
    const headerLen = raw.readUInt32LE(MODEL_MAGIC.length);
    const start = MODEL_MAGIC.length + 4;
    const header = JSON.parse(raw.subarray(start, start + headerLen).toString('utf8')) as ModelHeader;
    const q = new Int8Array(raw.buffer, raw.byteOffset + start + headerLen, raw.length - start - headerLen);
    const L = header.labels.length;
    const weights = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) weights[i] = q[i]! * header.scales[i % L]!;
    return new EmotionModel(header, weights);
  }

  static load(file: string = DEFAULT_MODEL_PATH): EmotionModel {
    return EmotionModel.fromBuffer(fs.readFileSync(file));
  }

  /** Serialises float weights: quantised to int8 per label, then gzip. */
  static serialise(
    header: Omit<ModelHeader, 'scales'>,
    weights: Float32Array,
  ): { buffer: Buffer; quantised: Float32Array } {
    const L = header.labels.length;
    const scales = new Array<number>(L).fill(0);
    for (let i = 0; i < weights.length; i++) scales[i % L] = Math.max(scales[i % L]!, Math.abs(weights[i]!));
    for (let l = 0; l < L; l++) scales[l] = scales[l]! > 0 ? Number((scales[l]! / 127).toPrecision(9)) : 1;
    const q = new Int8Array(weights.length);
    const quantised = new Float32Array(weights.length);
    for (let i = 0; i < weights.length; i++) {
      const s = scales[i % L]!;
      q[i] = Math.max(-127, Math.min(127, Math.round(weights[i]! / s)));
      quantised[i] = q[i]! * s;
    }
    const json = Buffer.from(JSON.stringify({ ...header, scales }), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(json.length);
    const raw = Buffer.concat([Buffer.from(MODEL_MAGIC, 'latin1'), len, json, Buffer.from(q.buffer)]);
    return { buffer: zlib.gzipSync(raw, { level: 9 }), quantised };
  }

  /** Probabilities for every label (in `labels` order) and the language used for thresholds. */
  score(text: string): { scores: Float32Array; language: TextLanguage; features: Features } {
    const f = this.extractor.extract(text);
    const L = this.L;
    const z = this.scratch;
    for (let l = 0; l < L; l++) z[l] = this.bias[l]!;
    const W = this.weights;
    for (let k = 0; k < f.n; k++) {
      const base = f.index[k]! * L;
      const v = f.value[k]!;
      for (let l = 0; l < L; l++) z[l]! += v * W[base + l]!;
    }
    const scores = new Float32Array(L);
    for (let l = 0; l < L; l++) scores[l] = 1 / (1 + Math.exp(-z[l]!));
    return { scores, language: f.hanShare >= this.header.zhMinHanShare ? 'zh' : 'en', features: f };
  }

  /** Indices of labels over threshold (with the top-1 fallback when the model was built with it). */
  threshold(scores: ArrayLike<number>, language: TextLanguage): number[] {
    const t = this.header.thresholds[language];
    const out: number[] = [];
    let best = 0;
    for (let l = 0; l < this.L; l++) {
      if (scores[l]! >= t[l]!) out.push(l);
      if (scores[l]! > scores[best]!) best = l;
    }
    if (out.length === 0 && this.header.fallbackTop1) out.push(best);
    return out;
  }

  predict(text: string, options: { topK?: number; explain?: boolean } = {}): Prediction {
    const { scores, language, features } = this.score(text);
    const order = Array.from({ length: this.L }, (_, i) => i).sort(
      (a, b) => scores[b]! - scores[a]! || a - b,
    );
    const topK = options.topK ?? 5;
    const predictedIds = this.threshold(scores, language).sort((a, b) => scores[b]! - scores[a]! || a - b);
    const prediction: Prediction = {
      labels: order.slice(0, topK).map((l) => ({ label: this.labels[l]!, score: round4(scores[l]!) })),
      predicted: predictedIds.map((l) => this.labels[l]!),
      language,
    };
    if (options.explain) {
      const explainIds = predictedIds.length > 0 ? predictedIds : [order[0]!];
      prediction.evidence = {};
      for (const l of explainIds) prediction.evidence[this.labels[l]!] = this.evidenceFor(text, features, l);
    }
    return prediction;
  }

  /**
   * Words behind one label: each feature's contribution (value × weight) is shared among the units
   * it came from; adjacent Han characters are joined into phrases. Positive contributions only.
   */
  private evidenceFor(text: string, f: Features, label: number, max = 5): EvidenceWord[] {
    const unitScore = new Float64Array(f.units);
    for (let k = 0; k < f.n; k++) {
      const c = f.value[k]! * this.weights[f.index[k]! * this.L + label]!;
      const from = f.unitFrom[k]!;
      const to = f.unitTo[k]!;
      const share = c / (to - from + 1);
      for (let u = from; u <= to; u++) unitScore[u]! += share;
    }
    const spans: EvidenceWord[] = [];
    for (let u = 0; u < f.units;) {
      if (unitScore[u]! <= 0) {
        u++;
        continue;
      }
      let v = u;
      let sum = unitScore[u]!;
      // Join runs of positively scored Han characters into one phrase.
      while (f.unitKind[u] === 2 && v + 1 < f.units && f.unitKind[v + 1] === 2 && unitScore[v + 1]! > 0) {
        v++;
        sum += unitScore[v]!;
      }
      const start = f.unitStart[u]!;
      const end = f.unitEnd[v]!;
      spans.push({ text: text.slice(start, end), start, end, weight: round4(sum) });
      u = v + 1;
    }
    const significant = spans.filter((s) => s.weight >= 0.05);
    return significant.sort((a, b) => b.weight - a.weight || a.start - b.start).slice(0, max);
  }
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

let shared: EmotionModel | null = null;

/** The committed model, loaded once per process. */
export function defaultModel(): EmotionModel {
  shared ??= EmotionModel.load();
  return shared;
}

export { EMOTION_LABELS };
