/**
 * Token interning for the metric hot paths: n-grams become numbers and LCS compares integers, so
 * no n-gram string is ever built. Single-character tokens (every CJK token of the zh tokenizer) are
 * looked up by char code in typed arrays — no string hashing; longer tokens go through a Map.
 */

/** Ids local to one segment or pair: 0..size-1 in order of first appearance. `reset()` between uses. */
export class LocalInterner {
  private gen = 1;
  private readonly stamp = new Int32Array(0x10000);
  private readonly local = new Int32Array(0x10000);
  private readonly long = new Map<string, number>();
  size = 0;

  reset(): void {
    this.gen++;
    if (this.gen === 0x7fffffff) {
      this.stamp.fill(0);
      this.gen = 1;
    }
    if (this.long.size > 0) this.long.clear();
    this.size = 0;
  }

  id(token: string): number {
    if (token.length === 1) {
      const c = token.charCodeAt(0);
      if (this.stamp[c] !== this.gen) {
        this.stamp[c] = this.gen;
        this.local[c] = this.size++;
      }
      return this.local[c] as number;
    }
    let id = this.long.get(token);
    if (id === undefined) {
      id = this.size++;
      this.long.set(token, id);
    }
    return id;
  }

  ids(tokens: readonly string[]): number[] {
    const out = new Array<number>(tokens.length);
    for (let i = 0; i < tokens.length; i++) out[i] = this.id(tokens[i] as string);
    return out;
  }
}

/** Reusable Float64Array scratch buffers, one per slot, grown on demand. */
export class KeyBuffers {
  private readonly bufs: Float64Array[] = [];
  /** A view of `size` elements of slot `slot` (contents undefined). */
  get(slot: number, size: number): Float64Array {
    let b = this.bufs[slot];
    if (!b || b.length < size) {
      b = new Float64Array(Math.max(64, size * 2));
      this.bufs[slot] = b;
    }
    return b.subarray(0, size);
  }
}

/**
 * The order-`n` n-gram keys of `ids` (ids read as base-`base` digits; the caller makes sure
 * base^n is a safe integer), written to `out` and sorted ascending. `out.length` must be
 * max(ids.length - n + 1, 0).
 */
export function sortedNgramKeys(
  ids: readonly number[],
  n: number,
  base: number,
  out: Float64Array,
): Float64Array {
  for (let i = 0; i < out.length; i++) {
    let k = 0;
    for (let j = 0; j < n; j++) k = k * base + (ids[i + j] as number);
    out[i] = k;
  }
  return out.sort();
}

/**
 * Clipped matches: the sum over distinct keys of `hyp` of min(count in hyp, max count in any ref),
 * all arrays sorted ascending. With one ref this is the multiset intersection size.
 */
export function clippedMatches(hyp: Float64Array, refs: readonly Float64Array[]): number {
  let matches = 0;
  if (refs.length === 1) {
    const ref = refs[0] as Float64Array;
    let i = 0;
    let j = 0;
    while (i < hyp.length && j < ref.length) {
      const a = hyp[i] as number;
      const b = ref[j] as number;
      if (a === b) {
        matches++;
        i++;
        j++;
      } else if (a < b) i++;
      else j++;
    }
    return matches;
  }
  const ptr = new Array<number>(refs.length).fill(0);
  let i = 0;
  while (i < hyp.length) {
    const key = hyp[i] as number;
    let ch = 0;
    while (i < hyp.length && hyp[i] === key) {
      ch++;
      i++;
    }
    let best = 0;
    for (let r = 0; r < refs.length; r++) {
      const ref = refs[r] as Float64Array;
      let j = ptr[r] as number;
      while (j < ref.length && (ref[j] as number) < key) j++;
      let cr = 0;
      while (j < ref.length && ref[j] === key) {
        cr++;
        j++;
      }
      ptr[r] = j;
      if (cr > best) best = cr;
    }
    matches += ch < best ? ch : best;
  }
  return matches;
}
