/**
 * Distinct-n (Li et al., NAACL 2016): distinct n-grams over all generated responses divided by the
 * total number of generated n-grams (corpus level). `meanPerResponse` is the other convention some
 * code uses (mean of per-response ratios); it gives a different number, so we report which one.
 */

export interface DistinctResult {
  value: number;
  unique: number;
  total: number;
}

export function distinctN(responses: ReadonlyArray<readonly string[]>, n: number): DistinctResult {
  const seen = new Set<string>();
  let total = 0;
  for (const toks of responses) {
    for (let i = 0; i + n <= toks.length; i++) {
      seen.add(n === 1 ? (toks[i] as string) : toks.slice(i, i + n).join('\u0001'));
      total++;
    }
  }
  return { value: total === 0 ? 0 : seen.size / total, unique: seen.size, total };
}

export function distinctNMeanPerResponse(responses: ReadonlyArray<readonly string[]>, n: number): number {
  const ratios = responses.map((r) => distinctN([r], n)).filter((d) => d.total > 0);
  return ratios.length === 0 ? 0 : ratios.reduce((a, d) => a + d.value, 0) / ratios.length;
}

/** Streaming corpus-level Distinct-1/2 (constant memory per distinct n-gram; used by the scorer). */
export class DistinctAccumulator {
  private readonly sets: Array<Set<string>>;
  private readonly totals: number[];
  constructor(private readonly maxN = 2) {
    this.sets = Array.from({ length: maxN }, () => new Set<string>());
    this.totals = new Array<number>(maxN).fill(0);
  }
  add(tokens: readonly string[]): void {
    for (let n = 1; n <= this.maxN; n++) {
      const set = this.sets[n - 1] as Set<string>;
      for (let i = 0; i + n <= tokens.length; i++) {
        set.add(n === 1 ? (tokens[i] as string) : tokens.slice(i, i + n).join('\u0001'));
        this.totals[n - 1] = (this.totals[n - 1] ?? 0) + 1;
      }
    }
  }
  result(n: number): DistinctResult {
    const unique = this.sets[n - 1]?.size ?? 0;
    const total = this.totals[n - 1] ?? 0;
    return { value: total === 0 ? 0 : unique / total, unique, total };
  }
}
