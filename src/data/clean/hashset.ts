import { createHash } from 'node:crypto';

/**
 * Open-addressing set of 64-bit keys in one typed array (linear probing, at most 3/4 full): 8 bytes
 * per slot, 11–21 bytes per key, so millions of fingerprints take tens of MB instead of gigabytes of
 * JS strings. This is the only memory a dedup run adds per record.
 */
export class Fingerprint64Set {
  // [hi, lo] pairs; (0, 0) marks an empty slot, so the key (0, 0) itself is tracked apart.
  private slots: Uint32Array;
  private mask: number;
  private inSlots = 0;
  private hasZero = false;

  constructor(initialCapacity = 1 << 16) {
    let cap = 16;
    while (cap * 3 < initialCapacity * 4) cap <<= 1;
    this.slots = new Uint32Array(cap * 2);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.inSlots + (this.hasZero ? 1 : 0);
  }

  /** Bytes held by the table (for memory reports). */
  get bytes(): number {
    return this.slots.byteLength;
  }

  /** Adds the key; returns false when it was already present. */
  add(hi: number, lo: number): boolean {
    hi >>>= 0;
    lo >>>= 0;
    if (hi === 0 && lo === 0) {
      if (this.hasZero) return false;
      this.hasZero = true;
      return true;
    }
    if ((this.inSlots + 1) * 4 > (this.mask + 1) * 3) this.grow();
    return this.insert(hi, lo);
  }

  has(hi: number, lo: number): boolean {
    hi >>>= 0;
    lo >>>= 0;
    if (hi === 0 && lo === 0) return this.hasZero;
    const { slots, mask } = this;
    for (let i = slotOf(hi, lo, mask); ; i = (i + 1) & mask) {
      const h = slots[2 * i] as number;
      const l = slots[2 * i + 1] as number;
      if (h === hi && l === lo) return true;
      if (h === 0 && l === 0) return false;
    }
  }

  private insert(hi: number, lo: number): boolean {
    const { slots, mask } = this;
    for (let i = slotOf(hi, lo, mask); ; i = (i + 1) & mask) {
      const h = slots[2 * i] as number;
      const l = slots[2 * i + 1] as number;
      if (h === hi && l === lo) return false;
      if (h === 0 && l === 0) {
        slots[2 * i] = hi;
        slots[2 * i + 1] = lo;
        this.inSlots++;
        return true;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    this.slots = new Uint32Array(cap * 2);
    this.mask = cap - 1;
    this.inSlots = 0;
    for (let i = 0; i < old.length; i += 2) {
      const h = old[i] as number;
      const l = old[i + 1] as number;
      if (h !== 0 || l !== 0) this.insert(h, l);
    }
  }
}

const slotOf = (hi: number, lo: number, mask: number) => (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;

/**
 * 64-bit fingerprint (first 8 bytes of SHA-1) of a string, as two uint32 halves. Used where the
 * fingerprint is compared with stored ones; per-record dedup uses the faster `Hash64` below.
 */
export function fingerprint(text: string): [number, number] {
  const d = createHash('sha1').update(text).digest();
  return [d.readUInt32LE(0), d.readUInt32LE(4)];
}

/**
 * Streaming 64-bit hash of UTF-16 text for exact de-duplication: two independent MurmurHash3-style
 * 32-bit lanes over pairs of code units, finished with MurmurHash3's avalanche step. Several times
 * faster than one SHA-1 per record (no native call, no UTF-8 encoding, no intermediate key string);
 * not cryptographic, which dedup does not need: for 2.3M distinct records the chance that any two
 * share a 64-bit value is about 1 in 7 million.
 */
export class Hash64 {
  private h1 = 0;
  private h2 = 0;
  private n = 0;

  /** Starts a new hash. */
  reset(): this {
    this.h1 = 0x9747b28c;
    this.h2 = 0x2f1a5c3d;
    this.n = 0;
    return this;
  }

  /** Mixes one 32-bit word into both lanes. */
  word(w: number): this {
    let k1 = Math.imul(w, 0xcc9e2d51);
    k1 = Math.imul((k1 << 15) | (k1 >>> 17), 0x1b873593);
    let h1 = this.h1 ^ k1;
    h1 = (h1 << 13) | (h1 >>> 19);
    this.h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
    let k2 = Math.imul(w, 0x85ebca77);
    k2 = Math.imul((k2 << 13) | (k2 >>> 19), 0xc2b2ae3d);
    let h2 = this.h2 ^ k2;
    h2 = (h2 << 17) | (h2 >>> 15);
    this.h2 = (Math.imul(h2, 5) + 0x561ccd1b) | 0;
    this.n++;
    return this;
  }

  /** Mixes a string, prefixed by its length so that consecutive strings cannot run together. */
  text(s: string): this {
    const len = s.length;
    this.word(len);
    let h1 = this.h1;
    let h2 = this.h2;
    let i = 0;
    for (; i + 1 < len; i += 2) {
      const w = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
      let k1 = Math.imul(w, 0xcc9e2d51);
      k1 = Math.imul((k1 << 15) | (k1 >>> 17), 0x1b873593);
      h1 ^= k1;
      h1 = (h1 << 13) | (h1 >>> 19);
      h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
      let k2 = Math.imul(w, 0x85ebca77);
      k2 = Math.imul((k2 << 13) | (k2 >>> 19), 0xc2b2ae3d);
      h2 ^= k2;
      h2 = (h2 << 17) | (h2 >>> 15);
      h2 = (Math.imul(h2, 5) + 0x561ccd1b) | 0;
    }
    this.h1 = h1;
    this.h2 = h2;
    this.n += len >> 1;
    if (i < len) this.word(s.charCodeAt(i));
    return this;
  }

  /** Mixes bytes `b[start, end)`, prefixed by their length, four bytes a word. */
  bytes(b: Uint8Array, start: number, end: number): this {
    this.word(end - start);
    let h1 = this.h1;
    let h2 = this.h2;
    let i = start;
    for (; i + 3 < end; i += 4) {
      const w = (b[i] as number) | ((b[i + 1] as number) << 8) | ((b[i + 2] as number) << 16) | ((b[i + 3] as number) << 24);
      let k1 = Math.imul(w, 0xcc9e2d51);
      k1 = Math.imul((k1 << 15) | (k1 >>> 17), 0x1b873593);
      h1 ^= k1;
      h1 = (h1 << 13) | (h1 >>> 19);
      h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
      let k2 = Math.imul(w, 0x85ebca77);
      k2 = Math.imul((k2 << 13) | (k2 >>> 19), 0xc2b2ae3d);
      h2 ^= k2;
      h2 = (h2 << 17) | (h2 >>> 15);
      h2 = (Math.imul(h2, 5) + 0x561ccd1b) | 0;
    }
    this.h1 = h1;
    this.h2 = h2;
    this.n += (i - start) >> 2;
    let tail = 0;
    for (let k = 0; i < end; i++, k += 8) tail |= (b[i] as number) << k;
    if (end - start > 0 && (end - start) % 4 !== 0) this.word(tail);
    return this;
  }

  /** Result of `finish()`: the hash as two uint32 halves. */
  hi = 0;
  lo = 0;

  /** Finishes the hash into `hi` and `lo` (no array per record on hot paths). */
  finish(): this {
    let h1 = this.h1 ^ this.n;
    let h2 = this.h2 ^ this.n;
    h1 = (h1 + h2) | 0;
    h2 = (h2 + h1) | 0;
    h1 = fmix32(h1);
    h2 = fmix32(h2);
    h1 = (h1 + h2) | 0;
    h2 = (h2 + h1) | 0;
    this.hi = h1 >>> 0;
    this.lo = h2 >>> 0;
    return this;
  }

  /** The hash as two uint32 halves [hi, lo] (the shape `Fingerprint64Set` takes). */
  digest(): [number, number] {
    this.finish();
    return [this.hi, this.lo];
  }
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
