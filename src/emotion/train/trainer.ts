/**
 * One-vs-rest logistic regression over hashed features, trained with Adagrad SGD in plain
 * TypeScript. Deterministic: a seeded shuffle and no parallelism. Labels an example's data set
 * does not speak to are masked (no gradient), so Chinese data trains only the labels it maps to.
 */
import type { FeatureExtractor, FeatureConfig } from '../classifier/features.ts';
import type { Example } from './datasets.ts';

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Positive examples weigh (neg/pos)^positivePower, capped at maxPositiveWeight. */
  positivePower: number;
  maxPositiveWeight: number;
  seed: number;
  /** Average the weights over the last N epochs (Polyak averaging; 0 = keep the last). */
  averageLast: number;
  /** Skip the weight update for a label whose gradient is smaller than this (speed; ~no effect). */
  minGradient: number;
  log?: (line: string) => void;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 5,
  learningRate: 0.2,
  l2: 1e-6,
  positivePower: 0.5,
  maxPositiveWeight: 8,
  seed: 20240601,
  averageLast: 0,
  minGradient: 1e-3,
};

/** Smoothed inverse document frequency per bucket, from the training texts. */
export function computeIdf(examples: readonly Example[], extractor: FeatureExtractor): Float32Array {
  const B = 1 << extractor.config.bits;
  const df = new Float64Array(B);
  const seen = new Int32Array(B).fill(-1);
  examples.forEach((ex, i) => {
    const f = extractor.extract(ex.text);
    for (let k = 0; k < f.n; k++) {
      const b = f.index[k]!;
      if (seen[b] !== i) {
        seen[b] = i;
        df[b]!++;
      }
    }
  });
  const idf = new Float32Array(B);
  const n = examples.length;
  for (let b = 0; b < B; b++) idf[b] = Math.log((n + 1) / (df[b]! + 1)) + 1;
  return idf;
}

/** Examples as compressed sparse rows. */
export interface Featurised {
  offsets: Int32Array;
  index: Int32Array;
  value: Float32Array;
  gold: Uint8Array; // n × L
  covered: Uint8Array; // n × L
  n: number;
}

export function featurise(
  examples: readonly Example[],
  extractor: FeatureExtractor,
  nLabels: number,
): Featurised {
  const offsets = new Int32Array(examples.length + 1);
  const idx: Int32Array[] = [];
  const val: Float32Array[] = [];
  let total = 0;
  for (let i = 0; i < examples.length; i++) {
    const f = extractor.extract(examples[i]!.text);
    idx.push(f.index.slice(0, f.n));
    val.push(f.value.slice(0, f.n));
    total += f.n;
    offsets[i + 1] = total;
  }
  const index = new Int32Array(total);
  const value = new Float32Array(total);
  for (let i = 0; i < examples.length; i++) {
    index.set(idx[i]!, offsets[i]!);
    value.set(val[i]!, offsets[i]!);
  }
  const gold = new Uint8Array(examples.length * nLabels);
  const covered = new Uint8Array(examples.length * nLabels);
  examples.forEach((ex, i) => {
    for (const l of ex.labels) gold[i * nLabels + l] = 1;
    if (ex.covered === null) covered.fill(1, i * nLabels, (i + 1) * nLabels);
    else for (const l of ex.covered) covered[i * nLabels + l] = 1;
  });
  return { offsets, index, value, gold, covered, n: examples.length };
}

export interface LinearModel {
  nLabels: number;
  buckets: number;
  /** Row-major [bucket][label]. */
  weights: Float32Array;
  bias: Float32Array;
}

/** Mulberry32: a small seeded PRNG for the shuffle. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainLinear(
  data: Featurised,
  config: FeatureConfig,
  nLabels: number,
  opts: TrainOptions,
): LinearModel {
  const B = 1 << config.bits;
  const L = nLabels;
  const W = new Float32Array(B * L);
  const G = new Float32Array(B * L);
  const bias = new Float32Array(L);
  const Gb = new Float32Array(L);

  // Positive weights from label frequencies among examples that cover each label.
  const pos = new Float64Array(L);
  const cov = new Float64Array(L);
  for (let i = 0; i < data.n; i++)
    for (let l = 0; l < L; l++) {
      if (data.covered[i * L + l]) {
        cov[l]!++;
        if (data.gold[i * L + l]) pos[l]!++;
      }
    }
  const posWeight = new Float32Array(L);
  for (let l = 0; l < L; l++) {
    const p = Math.max(1, pos[l]!);
    posWeight[l] = Math.min(
      opts.maxPositiveWeight,
      Math.pow(Math.max(1, (cov[l]! - p) / p), opts.positivePower),
    );
    // Start the bias at the label's log-odds so early epochs do not spend steps on it.
    bias[l] = Math.log(p / Math.max(1, cov[l]! - p));
  }

  const order = Int32Array.from({ length: data.n }, (_, i) => i);
  const rand = rng(opts.seed);
  const z = new Float64Array(L);
  const g = new Float32Array(L);
  const eps = 1e-8;
  const Wavg = new Float32Array(opts.averageLast > 0 ? B * L : 0);
  const bavg = new Float32Array(L);
  let averaged = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    let loss = 0;
    for (const ex of order) {
      const from = data.offsets[ex]!;
      const to = data.offsets[ex + 1]!;
      for (let l = 0; l < L; l++) z[l] = bias[l]!;
      for (let k = from; k < to; k++) {
        const base = data.index[k]! * L;
        const v = data.value[k]!;
        for (let l = 0; l < L; l++) z[l]! += v * W[base + l]!;
      }
      const rowBase = ex * L;
      for (let l = 0; l < L; l++) {
        if (!data.covered[rowBase + l]) {
          g[l] = 0;
          continue;
        }
        const y = data.gold[rowBase + l]!;
        const p = 1 / (1 + Math.exp(-z[l]!));
        const cw = y ? posWeight[l]! : 1;
        loss += -cw * (y ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
        g[l] = Math.abs(p - y) < opts.minGradient ? 0 : cw * (p - y);
        Gb[l]! += g[l]! * g[l]!;
        bias[l]! -= (opts.learningRate * g[l]!) / Math.sqrt(Gb[l]! + eps);
      }
      for (let k = from; k < to; k++) {
        const base = data.index[k]! * L;
        const v = data.value[k]!;
        for (let l = 0; l < L; l++) {
          const gl = g[l]!;
          if (gl === 0) continue;
          const q = base + l;
          const grad = gl * v + opts.l2 * W[q]!;
          G[q]! += grad * grad;
          W[q]! -= (opts.learningRate * grad) / Math.sqrt(G[q]! + eps);
        }
      }
    }
    if (opts.averageLast > 0 && epoch >= opts.epochs - opts.averageLast) {
      for (let q = 0; q < W.length; q++) Wavg[q]! += W[q]!;
      for (let l = 0; l < L; l++) bavg[l]! += bias[l]!;
      averaged++;
    }
    opts.log?.(`epoch ${epoch + 1}/${opts.epochs}: mean loss ${(loss / data.n).toFixed(4)}`);
  }
  if (averaged > 0) {
    for (let q = 0; q < W.length; q++) W[q] = Wavg[q]! / averaged;
    for (let l = 0; l < L; l++) bias[l] = bavg[l]! / averaged;
  }
  return { nLabels: L, buckets: B, weights: W, bias };
}

/** Sigmoid scores for featurised rows, n × L. */
export function scoreAll(model: LinearModel, data: Featurised): Float32Array {
  const L = model.nLabels;
  const out = new Float32Array(data.n * L);
  for (let ex = 0; ex < data.n; ex++) {
    for (let l = 0; l < L; l++) out[ex * L + l] = model.bias[l]!;
    for (let k = data.offsets[ex]!; k < data.offsets[ex + 1]!; k++) {
      const base = data.index[k]! * L;
      const v = data.value[k]!;
      for (let l = 0; l < L; l++) out[ex * L + l]! += v * model.weights[base + l]!;
    }
    for (let l = 0; l < L; l++) out[ex * L + l] = 1 / (1 + Math.exp(-out[ex * L + l]!));
  }
  return out;
}
