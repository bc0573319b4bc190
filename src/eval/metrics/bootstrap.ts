/**
 * Bootstrap confidence intervals. `bootstrapMean` mirrors rouge_score's BootstrapAggregator
 * (resample rows with replacement, take the mean, report the percentiles with numpy's linear
 * interpolation); `bootstrapCorpus` resamples segments and recomputes a corpus metric (for BLEU,
 * whose corpus score is not a mean of sentence scores). A seeded PRNG keeps runs reproducible.
 */

/** mulberry32: small, fast, seedable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** numpy.percentile with the default linear interpolation; `sorted` ascending, q in 0..100. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = ((sorted.length - 1) * q) / 100;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

export interface Interval {
  low: number;
  mid: number;
  high: number;
}

export interface BootstrapOptions {
  confidence?: number;
  samples?: number;
  seed?: number;
}

/** Percentile interval of `statistic` over bootstrap resamples of indices 0..n-1. */
export function bootstrap(
  n: number,
  statistic: (indices: Uint32Array) => number,
  options: BootstrapOptions = {},
): Interval {
  const confidence = options.confidence ?? 0.95;
  const samples = options.samples ?? 1000;
  if (!(confidence >= 0 && confidence <= 1)) throw new Error('confidence must be in [0, 1]');
  if (n === 0) return { low: NaN, mid: NaN, high: NaN };
  const rand = seededRandom(options.seed ?? 12345);
  const values: number[] = [];
  const idx = new Uint32Array(n);
  for (let s = 0; s < samples; s++) {
    for (let i = 0; i < n; i++) idx[i] = Math.floor(rand() * n);
    values.push(statistic(idx));
  }
  values.sort((a, b) => a - b);
  const lowQ = ((1 - confidence) / 2) * 100;
  return { low: percentile(values, lowQ), mid: percentile(values, 50), high: percentile(values, 100 - lowQ) };
}

/** BootstrapAggregator-style interval of the mean of `rows`. */
export function bootstrapMean(rows: readonly number[], options: BootstrapOptions = {}): Interval {
  return bootstrap(
    rows.length,
    (idx) => {
      let s = 0;
      for (const i of idx) s += rows[i] as number;
      return s / idx.length;
    },
    options,
  );
}

/** Interval of a corpus statistic computed from summed per-segment statistic vectors. */
export function bootstrapCorpus(
  stats: ReadonlyArray<readonly number[]>,
  fromSums: (sums: number[]) => number,
  options: BootstrapOptions = {},
): Interval {
  const width = stats[0]?.length ?? 0;
  return bootstrap(
    stats.length,
    (idx) => {
      const sums = new Array<number>(width).fill(0);
      for (const i of idx) {
        const row = stats[i] as readonly number[];
        for (let j = 0; j < width; j++) sums[j] = (sums[j] ?? 0) + (row[j] ?? 0);
      }
      return fromSums(sums);
    },
    options,
  );
}
