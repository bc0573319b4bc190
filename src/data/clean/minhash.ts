/**
 * Near-duplicate detection with MinHash over character shingles and LSH banding. Character shingles
 * work for Chinese (no word segmentation needed): 3-character shingles for Han-heavy text, 5 for
 * the rest. Signatures are kept as 8-bit (b-bit) minhashes, 64 bytes per kept record.
 */
import { detectLanguage } from './language.ts';

export interface MinHashOptions {
  numPerm?: number;
  bands?: number;
  /** Estimated Jaccard similarity at or above which two texts are near-duplicates. */
  threshold?: number;
  seed?: number;
}

/** Text reduced for similarity: lower-case, letters and digits only (punctuation and spaces dropped). */
export function similarityKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function fnv1a(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

export class MinHashLsh {
  readonly numPerm: number;
  readonly bands: number;
  readonly rows: number;
  readonly threshold: number;
  private readonly a: Uint32Array;
  private readonly b: Uint32Array;
  private signatures: Uint8Array;
  private count = 0;
  /** Per band: bucket hash → index of the first record in that bucket (-1 terminated chains). */
  private readonly buckets: Array<Map<number, number[]>>;
  private readonly ids: string[] = [];

  constructor(options: MinHashOptions = {}) {
    this.numPerm = options.numPerm ?? 64;
    this.bands = options.bands ?? 16;
    this.rows = Math.floor(this.numPerm / this.bands);
    this.threshold = options.threshold ?? 0.7;
    let s = (options.seed ?? 1) >>> 0;
    const next = () => (s = mix32(s + 0x9e3779b9));
    this.a = new Uint32Array(this.numPerm);
    this.b = new Uint32Array(this.numPerm);
    for (let i = 0; i < this.numPerm; i++) {
      this.a[i] = next() | 1;
      this.b[i] = next();
    }
    this.signatures = new Uint8Array(this.numPerm * 1024);
    this.buckets = Array.from({ length: this.bands }, () => new Map());
  }

  /** Full 32-bit MinHash signature of a text. */
  signature(text: string): Uint32Array {
    const key = similarityKey(text);
    const k = detectLanguage(text) === 'zh' ? 3 : 5;
    const sig = new Uint32Array(this.numPerm).fill(0xffffffff);
    const n = Math.max(1, key.length - k + 1);
    for (let i = 0; i < n; i++) {
      const h = fnv1a(key, i, Math.min(key.length, i + k));
      for (let p = 0; p < this.numPerm; p++) {
        const v = mix32((Math.imul(this.a[p] as number, h) + (this.b[p] as number)) >>> 0);
        if (v < (sig[p] as number)) sig[p] = v;
      }
    }
    return sig;
  }

  /** Estimated Jaccard similarity of two stored 8-bit signatures (corrected for chance collisions). */
  private similarity(i: number, sig8: Uint8Array): number {
    let eq = 0;
    const off = i * this.numPerm;
    for (let p = 0; p < this.numPerm; p++) if (this.signatures[off + p] === sig8[p]) eq++;
    const raw = eq / this.numPerm;
    return Math.max(0, (raw - 1 / 256) / (1 - 1 / 256));
  }

  /**
   * Looks the text up; if no stored text is a near-duplicate, stores it and returns null. Otherwise
   * returns the id of the earlier near-duplicate and its estimated similarity (the text is not stored).
   */
  addOrMatch(id: string, text: string): { id: string; similarity: number } | null {
    const sig = this.signature(text);
    const sig8 = new Uint8Array(this.numPerm);
    for (let p = 0; p < this.numPerm; p++) sig8[p] = (sig[p] as number) & 0xff;
    const bandKeys: number[] = [];
    const seen = new Set<number>();
    let best: { id: string; similarity: number } | null = null;
    for (let band = 0; band < this.bands; band++) {
      let h = 0x811c9dc5 ^ band;
      for (let r = 0; r < this.rows; r++) h = mix32(h ^ (sig[band * this.rows + r] as number));
      bandKeys.push(h);
      const bucket = this.buckets[band]?.get(h);
      if (!bucket) continue;
      for (const idx of bucket) {
        if (seen.has(idx)) continue;
        seen.add(idx);
        const s = this.similarity(idx, sig8);
        if (s >= this.threshold && (!best || s > best.similarity)) best = { id: this.ids[idx] as string, similarity: s };
      }
    }
    if (best) return best;
    const idx = this.count++;
    if ((idx + 1) * this.numPerm > this.signatures.length) {
      const grown = new Uint8Array(this.signatures.length * 2);
      grown.set(this.signatures);
      this.signatures = grown;
    }
    this.signatures.set(sig8, idx * this.numPerm);
    this.ids.push(id);
    bandKeys.forEach((h, band) => {
      const map = this.buckets[band] as Map<number, number[]>;
      const bucket = map.get(h);
      if (bucket) bucket.push(idx);
      else map.set(h, [idx]);
    });
    return null;
  }

  /** Finds a stored near-duplicate without storing the text (for leakage checks against a reference set). */
  match(text: string): { id: string; similarity: number } | null {
    const sig = this.signature(text);
    const sig8 = new Uint8Array(this.numPerm);
    for (let p = 0; p < this.numPerm; p++) sig8[p] = (sig[p] as number) & 0xff;
    let best: { id: string; similarity: number } | null = null;
    const seen = new Set<number>();
    for (let band = 0; band < this.bands; band++) {
      let h = 0x811c9dc5 ^ band;
      for (let r = 0; r < this.rows; r++) h = mix32(h ^ (sig[band * this.rows + r] as number));
      for (const idx of this.buckets[band]?.get(h) ?? []) {
        if (seen.has(idx)) continue;
        seen.add(idx);
        const s = this.similarity(idx, sig8);
        if (s >= this.threshold && (!best || s > best.similarity)) best = { id: this.ids[idx] as string, similarity: s };
      }
    }
    return best;
  }

  get size(): number {
    return this.count;
  }
}
