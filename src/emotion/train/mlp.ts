/**
 * A small two-layer network over the same hashed features: sparse input × dense hidden layer
 * (ReLU, dropout while training) → one sigmoid per label. Trained in plain TypeScript with Adam:
 * lazy (per touched row) for the large input table, once per mini-batch for the small dense part.
 * Deterministic: seeded initialisation, shuffle and dropout; no parallelism.
 */
import type { Featurised } from './trainer.ts';

export interface MlpOptions {
  hidden: number;
  epochs: number;
  learningRate: number;
  /** The last `decayEpochs` epochs run at learningRate × decayFactor. */
  decayEpochs: number;
  decayFactor: number;
  dropout: number;
  /** Dense parameters step once per this many examples. */
  batch: number;
  /** Positive examples weigh (neg/pos)^positivePower, capped at maxPositiveWeight. */
  positivePower: number;
  maxPositiveWeight: number;
  /** Half-width of the uniform initialisation of the input table. */
  initScale: number;
  seed: number;
  log?: (line: string) => void;
}

export const DEFAULT_MLP_OPTIONS: MlpOptions = {
  hidden: 64,
  epochs: 6,
  learningRate: 0.002,
  decayEpochs: 2,
  decayFactor: 0.3,
  dropout: 0.2,
  batch: 8,
  positivePower: 0.5,
  maxPositiveWeight: 8,
  initScale: 0.5,
  seed: 11,
};

export interface MlpWeights {
  buckets: number;
  hidden: number;
  nLabels: number;
  /** Input table, row-major [bucket][hidden]; rows never seen in training are zero. */
  input: Float32Array;
  hiddenBias: Float32Array;
  /** Output weights, row-major [hidden][label]. */
  output: Float32Array;
  outputBias: Float32Array;
}

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

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPS = 1e-8;

/** One Adam step on a dense vector with an accumulated gradient (which it then clears). */
function adamDense(
  w: Float32Array,
  g: Float32Array,
  m: Float32Array,
  v: Float32Array,
  alpha: number,
  scale: number,
): void {
  for (let q = 0; q < w.length; q++) {
    const gq = g[q]! * scale;
    g[q] = 0;
    m[q] = BETA1 * m[q]! + (1 - BETA1) * gq;
    v[q] = BETA2 * v[q]! + (1 - BETA2) * gq * gq;
    w[q]! -= (alpha * m[q]!) / (Math.sqrt(v[q]!) + EPS);
  }
}

export function trainMlp(data: Featurised, buckets: number, nLabels: number, o: MlpOptions): MlpWeights {
  const H = o.hidden;
  const L = nLabels;
  const rand = rng(o.seed);
  const E = new Float32Array(buckets * H);
  const mE = new Float32Array(buckets * H);
  const vE = new Float32Array(buckets * H);
  const lastStep = new Int32Array(buckets); // 0 = never touched
  for (let i = 0; i < E.length; i++) E[i] = (rand() * 2 - 1) * o.initScale;
  const b1 = new Float32Array(H);
  const W2 = new Float32Array(H * L);
  const b2 = new Float32Array(L);
  const s2 = Math.sqrt(6 / (H + L));
  for (let i = 0; i < W2.length; i++) W2[i] = (rand() * 2 - 1) * s2;
  const [mb1, vb1, gb1] = [new Float32Array(H), new Float32Array(H), new Float32Array(H)];
  const [mW2, vW2, gW2] = [new Float32Array(H * L), new Float32Array(H * L), new Float32Array(H * L)];
  const [mb2, vb2, gb2] = [new Float32Array(L), new Float32Array(L), new Float32Array(L)];

  // Positive weights and starting biases from label frequencies, as for the linear model.
  const pos = new Float64Array(L);
  const cov = new Float64Array(L);
  for (let i = 0; i < data.n; i++)
    for (let l = 0; l < L; l++)
      if (data.covered[i * L + l]) {
        cov[l]!++;
        if (data.gold[i * L + l]) pos[l]!++;
      }
  const posWeight = new Float32Array(L);
  for (let l = 0; l < L; l++) {
    const p = Math.max(1, pos[l]!);
    const neg = Math.max(1, cov[l]! - p);
    posWeight[l] = Math.min(o.maxPositiveWeight, Math.pow(Math.max(1, neg / p), o.positivePower));
    b2[l] = Math.log(p / neg);
  }

  const a = new Float32Array(H);
  const h = new Float32Array(H);
  const mask = new Float32Array(H);
  const dz = new Float32Array(L);
  const dh = new Float32Array(H);
  const order = Int32Array.from({ length: data.n }, (_, i) => i);
  const keep = 1 - o.dropout;
  let step = 0;
  let denseStep = 0;
  let inBatch = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    const lr = o.learningRate * (epoch >= o.epochs - o.decayEpochs ? o.decayFactor : 1);
    let loss = 0;
    for (const ex of order) {
      step++;
      const from = data.offsets[ex]!;
      const to = data.offsets[ex + 1]!;
      a.set(b1);
      for (let k = from; k < to; k++) {
        const base = data.index[k]! * H;
        const v = data.value[k]!;
        for (let j = 0; j < H; j++) a[j]! += v * E[base + j]!;
      }
      for (let j = 0; j < H; j++) {
        mask[j] = a[j]! > 0 && (o.dropout === 0 || rand() < keep) ? 1 / keep : 0;
        h[j] = a[j]! * mask[j]!;
      }
      const row = ex * L;
      for (let l = 0; l < L; l++) {
        if (!data.covered[row + l]) {
          dz[l] = 0;
          continue;
        }
        let z = b2[l]!;
        for (let j = 0; j < H; j++) z += h[j]! * W2[j * L + l]!;
        const p = 1 / (1 + Math.exp(-z));
        const y = data.gold[row + l]!;
        const cw = y ? posWeight[l]! : 1;
        loss += -cw * (y ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
        dz[l] = cw * (p - y);
      }
      // Backward through the output layer; accumulate the dense gradients.
      for (let j = 0; j < H; j++) {
        let d = 0;
        if (mask[j] !== 0) {
          const hj = h[j]!;
          for (let l = 0; l < L; l++) {
            d += dz[l]! * W2[j * L + l]!;
            gW2[j * L + l]! += hj * dz[l]!;
          }
        }
        dh[j] = d * mask[j]!;
        gb1[j]! += dh[j]!;
      }
      for (let l = 0; l < L; l++) gb2[l]! += dz[l]!;
      // Lazy Adam on the input rows this example touched (moments decayed for skipped steps).
      const c1 = 1 - Math.pow(BETA1, step);
      const c2 = 1 - Math.pow(BETA2, step);
      const alpha = (lr * Math.sqrt(c2)) / c1;
      for (let k = from; k < to; k++) {
        const r = data.index[k]!;
        const v = data.value[k]!;
        const base = r * H;
        const skipped = lastStep[r] === 0 ? 0 : step - lastStep[r]! - 1;
        lastStep[r] = step;
        const d1 = skipped > 0 ? Math.pow(BETA1, skipped) : 1;
        const d2 = skipped > 0 ? Math.pow(BETA2, skipped) : 1;
        for (let j = 0; j < H; j++) {
          const q = base + j;
          const g = v * dh[j]!;
          const m = BETA1 * mE[q]! * d1 + (1 - BETA1) * g;
          const vv = BETA2 * vE[q]! * d2 + (1 - BETA2) * g * g;
          mE[q] = m;
          vE[q] = vv;
          E[q]! -= (alpha * m) / (Math.sqrt(vv) + EPS);
        }
      }
      if (++inBatch === o.batch) {
        denseStep++;
        const alphaDense =
          (lr * Math.sqrt(1 - Math.pow(BETA2, denseStep))) / (1 - Math.pow(BETA1, denseStep));
        adamDense(W2, gW2, mW2, vW2, alphaDense, 1 / inBatch);
        adamDense(b2, gb2, mb2, vb2, alphaDense, 1 / inBatch);
        adamDense(b1, gb1, mb1, vb1, alphaDense, 1 / inBatch);
        inBatch = 0;
      }
    }
    o.log?.(`mlp epoch ${epoch + 1}/${o.epochs}: mean loss ${(loss / data.n).toFixed(4)}`);
  }
  // Rows no training example touched hold only their random start: zero them (and they compress).
  for (let r = 0; r < buckets; r++) if (lastStep[r] === 0) E.fill(0, r * H, (r + 1) * H);
  return { buckets, hidden: H, nLabels: L, input: E, hiddenBias: b1, output: W2, outputBias: b2 };
}
