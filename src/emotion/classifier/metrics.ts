/** Binary and multi-label F1 figures (sklearn conventions: an undefined F1 counts as 0). */

export interface LabelCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function f1Of(c: LabelCounts): number {
  const denom = 2 * c.tp + c.fp + c.fn;
  return denom === 0 ? 0 : (2 * c.tp) / denom;
}

/** Per-label counts for multi-label predictions: `gold[i]` and `pred[i]` are sets of label ids. */
export function countMultiLabel(
  gold: readonly number[][],
  pred: readonly number[][],
  nLabels: number,
): LabelCounts[] {
  const counts = Array.from({ length: nLabels }, () => ({ tp: 0, fp: 0, fn: 0 }));
  for (let i = 0; i < gold.length; i++) {
    const g = new Set(gold[i]);
    const p = new Set(pred[i]);
    for (const l of p) {
      if (g.has(l)) counts[l]!.tp++;
      else counts[l]!.fp++;
    }
    for (const l of g) if (!p.has(l)) counts[l]!.fn++;
  }
  return counts;
}

export function macroF1(counts: readonly LabelCounts[], only?: readonly number[]): number {
  const ids = only ?? counts.map((_, i) => i);
  if (ids.length === 0) return 0;
  let sum = 0;
  for (const i of ids) sum += f1Of(counts[i]!);
  return sum / ids.length;
}

export function microF1(counts: readonly LabelCounts[]): number {
  const total = counts.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  return f1Of(total);
}

/**
 * The threshold in `grid` that maximises F1 for one label, given scores and gold flags.
 * Ties go to the higher threshold (fewer false alarms).
 */
export function bestThreshold(
  scores: Float32Array | number[],
  gold: Uint8Array | boolean[],
  grid: readonly number[],
): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 };
  for (const t of grid) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < scores.length; i++) {
      const p = scores[i]! >= t;
      const g = Boolean(gold[i]);
      if (p && g) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    const f = f1Of({ tp, fp, fn });
    if (f >= best.f1) best = { threshold: t, f1: f };
  }
  return best;
}
