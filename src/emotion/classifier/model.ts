/**
 * The compact text emotion model, pure TypeScript, deterministic, no native runtime. Two scorers
 * share one hashed feature vector: a one-vs-rest linear model (int8 weights, per-label scale) and,
 * optionally, a small two-layer network (int8 input table with a per-unit scale → ReLU hidden
 * layer → one sigmoid per label). The label probability is their mix, with a mixing weight per
 * language (Chinese text uses the linear model alone: the network is English-trained). Per-label
 * thresholds are tuned on dev data for English and for Chinese. File format (gzip of):
 *   "CEMO1\n" | uint32 LE header length | header JSON | int8 linear [bucket][label]
 *   | int8 network input [bucket][hidden] (only when header.mlp is present)
 */
import fs from 'node:fs';
import os from 'node:os';
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

/** The network part of a model header (small dense parameters travel in the JSON). */
export interface MlpHeader {
  hidden: number;
  /** Dequantisation scale per hidden unit for the int8 input table. */
  inputScales: number[];
  hiddenBias: number[];
  /** Row-major [hidden][label]. */
  output: number[];
  outputBias: number[];
  /** Share of the network in the mixed probability, per language (0 = linear model only). */
  mix: Record<TextLanguage, number>;
}

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
  /** Optional second scorer; absent = linear model only. */
  mlp?: MlpHeader;
  /** Anything else worth keeping with the weights (data, splits, dev figures). */
  meta: Record<string, unknown>;
}

/** Float weights of the network part, before quantisation (see train/mlp.ts). */
export interface MlpFloatWeights {
  hidden: number;
  input: Float32Array;
  hiddenBias: Float32Array;
  output: Float32Array;
  outputBias: Float32Array;
  mix: Record<TextLanguage, number>;
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

interface Mlp {
  H: number;
  /** int8 input table [bucket][hidden]; unit j's value is input × inputScales[j]. */
  input: Int8Array;
  /**
   * The same table biased to unsigned bytes (q + 128) and read four bytes at a time, for the
   * hot path; null where it does not apply (hidden size not a multiple of 16, big-endian host).
   */
  packed: Int32Array | null;
  inputScales: Float64Array;
  hiddenBias: Float32Array;
  output: Float32Array;
  outputBias: Float32Array;
  mix: Record<TextLanguage, number>;
}

export class EmotionModel {
  readonly header: ModelHeader;
  readonly labels: readonly string[];
  private readonly weights: Float32Array;
  private readonly bias: Float32Array;
  private readonly mlp: Mlp | null;
  private readonly extractor: FeatureExtractor;
  private readonly L: number;
  private readonly scratch: Float64Array;
  /** Hidden pre-activations of the last `score` call (for evidence). */
  private readonly hiddenScratch: Float64Array;
  private lastMix = 0;
  private rowScratch = new Int32Array(256);
  private readonly outScratch = new Float64Array(EMOTION_LABELS.length);
  private readonly groupValue = new Float64Array(8);
  private readonly groupCount = new Int32Array(8);
  private readonly groupStart = new Int32Array(9);

  /**
   * `mlpInput` is the network input table, required when the header has `mlp`: int8 as stored, or
   * dequantised floats (re-quantised with the header's scales; exact for tables from `serialise`).
   * Inference reads the int8 table directly: one 64-byte row per feature keeps it cache-friendly.
   */
  constructor(header: ModelHeader, weights: Float32Array, mlpInput?: Int8Array | Float32Array) {
    if (header.format !== 'carellm-emotion-linear') throw new Error('not a CareLLM emotion model');
    this.header = header;
    this.labels = header.labels;
    this.L = header.labels.length;
    const buckets = 1 << header.feature.bits;
    if (weights.length !== buckets * this.L) throw new Error('model weights have the wrong size');
    this.weights = weights;
    this.bias = Float32Array.from(header.bias);
    if (header.mlp) {
      const m = header.mlp;
      if (!mlpInput || mlpInput.length !== buckets * m.hidden || m.output.length !== m.hidden * this.L)
        throw new Error('model network weights have the wrong size');
      let input: Int8Array;
      if (mlpInput instanceof Int8Array) input = mlpInput;
      else {
        input = new Int8Array(mlpInput.length);
        for (let i = 0; i < input.length; i++)
          input[i] = Math.max(-127, Math.min(127, Math.round(mlpInput[i]! / m.inputScales[i % m.hidden]!)));
      }
      let packed: Int32Array | null = null;
      if (m.hidden % 16 === 0 && os.endianness() === 'LE') {
        const biased = new Uint8Array(input.length);
        for (let i = 0; i < input.length; i++) biased[i] = input[i]! + 128;
        packed = new Int32Array(biased.buffer);
      }
      this.mlp = {
        H: m.hidden,
        input,
        packed,
        inputScales: Float64Array.from(m.inputScales),
        hiddenBias: Float32Array.from(m.hiddenBias),
        output: Float32Array.from(m.output),
        outputBias: Float32Array.from(m.outputBias),
        mix: m.mix,
      };
    } else this.mlp = null;
    this.extractor = new FeatureExtractor(header.feature);
    this.scratch = new Float64Array(this.L);
    this.hiddenScratch = new Float64Array(this.mlp?.H ?? 0);
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
    const L = header.labels.length;
    const buckets = 1 << header.feature.bits;
    const body = new Int8Array(
      raw.buffer,
      raw.byteOffset + start + headerLen,
      raw.length - start - headerLen,
    );
    const H = header.mlp?.hidden ?? 0;
    if (body.length !== buckets * (L + H)) throw new Error('model weights have the wrong size');
    const weights = new Float32Array(buckets * L);
    for (let i = 0; i < weights.length; i++) weights[i] = body[i]! * header.scales[i % L]!;
    // The network table stays int8 (a copy, so it does not pin the decompressed buffer).
    const mlpInput = header.mlp ? body.slice(buckets * L) : undefined;
    return new EmotionModel(header, weights, mlpInput);
  }

  static load(file: string = DEFAULT_MODEL_PATH): EmotionModel {
    return EmotionModel.fromBuffer(fs.readFileSync(file));
  }

  /**
   * Serialises float weights: int8 with one scale per column (label, or hidden unit), then gzip.
   * Returns the dequantised tables too, so a caller can evaluate exactly what the file holds.
   */
  static serialise(
    header: Omit<ModelHeader, 'scales' | 'mlp'>,
    weights: Float32Array,
    mlp?: MlpFloatWeights,
  ): { buffer: Buffer; quantised: Float32Array; mlpInput?: Float32Array; header: ModelHeader } {
    const L = header.labels.length;
    const lin = quantiseColumns(weights, L);
    const full: ModelHeader = { ...header, scales: lin.scales };
    const parts = [lin.q];
    let mlpInput: Float32Array | undefined;
    if (mlp) {
      const inp = quantiseColumns(mlp.input, mlp.hidden);
      const r7 = (x: number) => Number(x.toPrecision(7));
      full.mlp = {
        hidden: mlp.hidden,
        inputScales: inp.scales,
        hiddenBias: Array.from(mlp.hiddenBias, r7),
        output: Array.from(mlp.output, r7),
        outputBias: Array.from(mlp.outputBias, r7),
        mix: mlp.mix,
      };
      parts.push(inp.q);
      mlpInput = inp.dequantised;
    }
    const json = Buffer.from(JSON.stringify(full), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(json.length);
    const raw = Buffer.concat([
      Buffer.from(MODEL_MAGIC, 'latin1'),
      len,
      json,
      ...parts.map((q) => Buffer.from(q.buffer, q.byteOffset, q.byteLength)),
    ]);
    return { buffer: zlib.gzipSync(raw, { level: 9 }), quantised: lin.dequantised, mlpInput, header: full };
  }

  /** The model exactly as its file would hold it (quantised), without writing a file. */
  static quantisedCopy(
    header: Omit<ModelHeader, 'scales' | 'mlp'>,
    weights: Float32Array,
    mlp?: MlpFloatWeights,
  ): EmotionModel {
    return EmotionModel.fromBuffer(EmotionModel.serialise(header, weights, mlp).buffer);
  }

  /** Probabilities for every label (in `labels` order) and the language used for thresholds. */
  score(text: string): { scores: Float32Array; language: TextLanguage; features: Features } {
    const f = this.extractor.extract(text);
    const L = this.L;
    const z = this.scratch;
    for (let l = 0; l < L; l++) z[l] = this.bias[l]!;
    const W = this.weights;
    const n = f.n;
    const index = f.index;
    const value = f.value;
    const language: TextLanguage = f.hanShare >= this.header.zhMinHanShare ? 'zh' : 'en';
    const mlp = this.mlp;
    const mix = mlp ? mlp.mix[language] : 0;
    this.lastMix = mix;
    // The linear part is skipped when the network alone decides (mix 1).
    if (mix < 1)
      for (let k = 0; k < n; k++) {
        const base = index[k]! * L;
        const v = value[k]!;
        for (let l = 0; l < L; l++) z[l]! += v * W[base + l]!;
      }
    const scores = new Float32Array(L);
    if (mlp && mix > 0) {
      const H = mlp.H;
      const a = this.hiddenScratch;
      this.hiddenSums(mlp, n, index, value, a);
      for (let j = 0; j < H; j++) a[j] = a[j]! * mlp.inputScales[j]! + mlp.hiddenBias[j]!;
      // Output layer: add the rows of the active hidden units only.
      const out = mlp.output;
      const zo = this.outScratch;
      for (let l = 0; l < L; l++) zo[l] = mlp.outputBias[l]!;
      for (let j = 0; j < H; j++) {
        const aj = a[j]!;
        if (aj <= 0) continue;
        const row = j * L;
        for (let l = 0; l < L; l++) zo[l]! += aj * out[row + l]!;
      }
      for (let l = 0; l < L; l++)
        scores[l] =
          mix === 1
            ? 1 / (1 + Math.exp(-zo[l]!))
            : (1 - mix) / (1 + Math.exp(-z[l]!)) + mix / (1 + Math.exp(-zo[l]!));
    } else for (let l = 0; l < L; l++) scores[l] = 1 / (1 + Math.exp(-z[l]!));
    return { scores, language, features: f };
  }

  /**
   * a[j] = Σ_k value[k] · input[index[k], j] (int8 units, before the per-unit scale). Hot path:
   * feature values take only a few distinct numbers (group weight × one normalisation factor), so
   * rows are summed as integers per distinct value, eight hidden units at a time in registers.
   */
  private hiddenSums(mlp: Mlp, n: number, index: Int32Array, value: Float32Array, a: Float64Array): void {
    const H = mlp.H;
    const E = mlp.input;
    if (this.rowScratch.length < n) this.rowScratch = new Int32Array(n * 2);
    const rows = this.rowScratch;
    const gval = this.groupValue;
    const gcount = this.groupCount;
    let groups = 0;
    let general = H % 8 !== 0;
    for (let k = 0; k < n && !general; k++) {
      const v = value[k]!;
      let g = 0;
      while (g < groups && gval[g] !== v) g++;
      if (g === groups) {
        if (groups === gval.length) general = true;
        else {
          gval[groups] = v;
          gcount[groups++] = 0;
        }
      }
      gcount[g]!++;
    }
    for (let j = 0; j < H; j++) a[j] = 0;
    if (general) {
      for (let k = 0; k < n; k++) {
        const base = index[k]! * H;
        const v = value[k]!;
        for (let j = 0; j < H; j++) a[j]! += v * E[base + j]!;
      }
      return;
    }
    // Row offsets grouped by value (counting sort).
    const gstart = this.groupStart;
    for (let g = 0, off = 0; g < groups; g++) {
      gstart[g] = off;
      off += gcount[g]!;
      gcount[g] = gstart[g]!;
    }
    gstart[groups] = n;
    for (let k = 0; k < n; k++) {
      let g = 0;
      while (gval[g] !== value[k]) g++;
      rows[gcount[g]!++] = index[k]! * H;
    }
    if (mlp.packed) {
      this.packedSums(mlp.packed, H, groups, gval, gstart, rows, a);
      return;
    }
    for (let g = 0; g < groups; g++) {
      const from = gstart[g]!;
      const to = gstart[g + 1]!;
      const v = gval[g]!;
      for (let jb = 0; jb < H; jb += 8) {
        let s0 = 0;
        let s1 = 0;
        let s2 = 0;
        let s3 = 0;
        let s4 = 0;
        let s5 = 0;
        let s6 = 0;
        let s7 = 0;
        for (let r = from; r < to; r++) {
          const p = rows[r]! + jb;
          s0 = (s0 + E[p]!) | 0;
          s1 = (s1 + E[p + 1]!) | 0;
          s2 = (s2 + E[p + 2]!) | 0;
          s3 = (s3 + E[p + 3]!) | 0;
          s4 = (s4 + E[p + 4]!) | 0;
          s5 = (s5 + E[p + 5]!) | 0;
          s6 = (s6 + E[p + 6]!) | 0;
          s7 = (s7 + E[p + 7]!) | 0;
        }
        a[jb]! += v * s0;
        a[jb + 1]! += v * s1;
        a[jb + 2]! += v * s2;
        a[jb + 3]! += v * s3;
        a[jb + 4]! += v * s4;
        a[jb + 5]! += v * s5;
        a[jb + 6]! += v * s6;
        a[jb + 7]! += v * s7;
      }
    }
  }

  /**
   * Integer row sums four bytes per load: each 32-bit word holds four biased bytes; masking with
   * 0x00ff00ff (and after a shift by 8) spreads them into two 16-bit lanes per accumulator, which
   * stay exact for up to 127 rows (then they are flushed). The bias (128 per row) is removed at
   * the end. Same integers as the byte-by-byte path, so the same result.
   */
  private packedSums(
    U: Int32Array,
    H: number,
    groups: number,
    gval: Float64Array,
    gstart: Int32Array,
    rows: Int32Array,
    a: Float64Array,
  ): void {
    const M = 0x00ff00ff;
    for (let g = 0; g < groups; g++) {
      const v = gval[g]!;
      for (let from = gstart[g]!; from < gstart[g + 1]!; from += 127) {
        const to = Math.min(gstart[g + 1]!, from + 127);
        const bias = 128 * (to - from);
        for (let jb = 0; jb < H; jb += 16) {
          let e0 = 0;
          let o0 = 0;
          let e1 = 0;
          let o1 = 0;
          let e2 = 0;
          let o2 = 0;
          let e3 = 0;
          let o3 = 0;
          for (let r = from; r < to; r++) {
            const p = (rows[r]! + jb) >> 2;
            const w0 = U[p]!;
            const w1 = U[p + 1]!;
            const w2 = U[p + 2]!;
            const w3 = U[p + 3]!;
            e0 += w0 & M;
            o0 += (w0 >>> 8) & M;
            e1 += w1 & M;
            o1 += (w1 >>> 8) & M;
            e2 += w2 & M;
            o2 += (w2 >>> 8) & M;
            e3 += w3 & M;
            o3 += (w3 >>> 8) & M;
          }
          // Word w holds units 4w..4w+3: even accumulator = units 0 and 2, odd = units 1 and 3.
          a[jb]! += v * ((e0 & 0xffff) - bias);
          a[jb + 1]! += v * ((o0 & 0xffff) - bias);
          a[jb + 2]! += v * ((e0 >>> 16) - bias);
          a[jb + 3]! += v * ((o0 >>> 16) - bias);
          a[jb + 4]! += v * ((e1 & 0xffff) - bias);
          a[jb + 5]! += v * ((o1 & 0xffff) - bias);
          a[jb + 6]! += v * ((e1 >>> 16) - bias);
          a[jb + 7]! += v * ((o1 >>> 16) - bias);
          a[jb + 8]! += v * ((e2 & 0xffff) - bias);
          a[jb + 9]! += v * ((o2 & 0xffff) - bias);
          a[jb + 10]! += v * ((e2 >>> 16) - bias);
          a[jb + 11]! += v * ((o2 >>> 16) - bias);
          a[jb + 12]! += v * ((e3 & 0xffff) - bias);
          a[jb + 13]! += v * ((o3 & 0xffff) - bias);
          a[jb + 14]! += v * ((e3 >>> 16) - bias);
          a[jb + 15]! += v * ((o3 >>> 16) - bias);
        }
      }
    }
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
    const L = this.L;
    const topK = Math.max(0, Math.min(L, options.topK ?? 5));
    // Top-k by insertion into a short sorted list (ties: lower label index first).
    const top: number[] = [];
    for (let l = 0; l < L && topK > 0; l++) {
      const s = scores[l]!;
      if (top.length === topK) {
        if (s <= scores[top[topK - 1]!]!) continue;
        top.pop();
      }
      let i = top.length;
      while (i > 0 && scores[top[i - 1]!]! < s) i--;
      top.splice(i, 0, l);
    }
    const predictedIds = this.threshold(scores, language).sort((a, b) => scores[b]! - scores[a]! || a - b);
    const prediction: Prediction = {
      labels: top.map((l) => ({ label: this.labels[l]!, score: round4(scores[l]!) })),
      predicted: predictedIds.map((l) => this.labels[l]!),
      language,
    };
    if (options.explain) {
      let best = 0;
      for (let l = 1; l < L; l++) if (scores[l]! > scores[best]!) best = l;
      const explainIds = predictedIds.length > 0 ? predictedIds : [best];
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
    // Linear part: value × weight. Network part (its share `mix`): value × the feature's path
    // through the hidden units that were active, which sums exactly to the network's log-odds.
    const mlp = this.mlp;
    const mix = mlp ? this.lastMix : 0;
    const L = this.L;
    // Per active hidden unit: its scale × its output weight for this label (0 when inactive).
    const unitWeight = new Float64Array(mlp?.H ?? 0);
    if (mlp)
      for (let j = 0; j < mlp.H; j++)
        if (this.hiddenScratch[j]! > 0) unitWeight[j] = mlp.inputScales[j]! * mlp.output[j * L + label]!;
    for (let k = 0; k < f.n; k++) {
      let c = mix < 1 ? (1 - mix) * f.value[k]! * this.weights[f.index[k]! * L + label]! : 0;
      if (mlp && mix > 0) {
        const H = mlp.H;
        const base = f.index[k]! * H;
        let path = 0;
        for (let j = 0; j < H; j++) path += mlp.input[base + j]! * unitWeight[j]!;
        c += mix * f.value[k]! * path;
      }
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

function quantiseColumns(
  w: Float32Array,
  cols: number,
): { q: Int8Array; scales: number[]; dequantised: Float32Array } {
  const scales = new Array<number>(cols).fill(0);
  for (let i = 0; i < w.length; i++) scales[i % cols] = Math.max(scales[i % cols]!, Math.abs(w[i]!));
  for (let c = 0; c < cols; c++) scales[c] = scales[c]! > 0 ? Number((scales[c]! / 127).toPrecision(9)) : 1;
  const q = new Int8Array(w.length);
  const dequantised = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) {
    const s = scales[i % cols]!;
    q[i] = Math.max(-127, Math.min(127, Math.round(w[i]! / s)));
    dequantised[i] = q[i]! * s;
  }
  return { q, scales, dequantised };
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
