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

/** Ids up to this bound pack an n-gram of order ≤ 2 into one safe integer. */
const ID_BOUND = 2 ** 26;

/**
 * Streaming corpus-level Distinct-n (memory grows with the distinct n-grams only). Tokens are
 * interned to ids once; unigrams are counted by the vocabulary and bigrams as packed numbers. Orders
 * above 2 (or a vocabulary beyond 2^26 tokens) use joined-string keys.
 */
export class DistinctAccumulator {
  /** Corpus ids: single characters by char code (no string hashing), longer tokens by Map. */
  private readonly charIds = new Int32Array(0x10000).fill(-1);
  private readonly vocab = new Map<string, number>();
  private size = 0;
  private readonly bigrams = new Set<number>();
  private readonly sets: Array<Set<string>>;
  private readonly totals: number[];
  private numeric = true;
  /** `idBound` (tests only) lowers the vocabulary size at which string keys take over. */
  constructor(
    private readonly maxN = 2,
    private readonly idBound = ID_BOUND,
  ) {
    this.sets = Array.from({ length: maxN }, () => new Set<string>());
    this.totals = new Array<number>(maxN).fill(0);
  }
  add(tokens: readonly string[]): void {
    if (this.numeric && this.size + tokens.length >= this.idBound) this.toStrings();
    if (this.numeric) {
      let prev = -1;
      for (const t of tokens) {
        let id: number | undefined;
        if (t.length === 1) {
          const c = t.charCodeAt(0);
          id = this.charIds[c] as number;
          if (id < 0) {
            id = this.size++;
            this.charIds[c] = id;
          }
        } else {
          id = this.vocab.get(t);
          if (id === undefined) {
            id = this.size++;
            this.vocab.set(t, id);
          }
        }
        if (prev >= 0 && this.maxN >= 2) this.bigrams.add(prev * this.idBound + id);
        prev = id;
      }
    }
    const first = this.numeric ? Math.min(3, this.maxN + 1) : 1;
    for (let n = 1; n <= this.maxN; n++) {
      const count = Math.max(tokens.length - n + 1, 0);
      this.totals[n - 1] = (this.totals[n - 1] ?? 0) + count;
      if (n < first) continue;
      const set = this.sets[n - 1] as Set<string>;
      for (let i = 0; i + n <= tokens.length; i++)
        set.add(n === 1 ? (tokens[i] as string) : tokens.slice(i, i + n).join('\u0001'));
    }
  }
  /** Moves the numeric unigram/bigram sets to string keys (vocabulary too large to pack). */
  private toStrings(): void {
    const byId: string[] = [];
    for (const [t, id] of this.vocab) byId[id] = t;
    this.charIds.forEach((id, c) => {
      if (id >= 0) byId[id] = String.fromCharCode(c);
    });
    const uni = this.sets[0] as Set<string>;
    for (const t of byId) uni.add(t);
    if (this.maxN >= 2) {
      const bi = this.sets[1] as Set<string>;
      for (const k of this.bigrams) {
        const a = Math.floor(k / this.idBound);
        bi.add(`${byId[a]}\u0001${byId[k - a * this.idBound]}`);
      }
    }
    this.vocab.clear();
    this.charIds.fill(-1);
    this.size = 0;
    this.bigrams.clear();
    this.numeric = false;
  }
  result(n: number): DistinctResult {
    const unique =
      this.numeric && n === 1
        ? this.size
        : this.numeric && n === 2
          ? this.bigrams.size
          : (this.sets[n - 1]?.size ?? 0);
    const total = this.totals[n - 1] ?? 0;
    return { value: total === 0 ? 0 : unique / total, unique, total };
  }
}
