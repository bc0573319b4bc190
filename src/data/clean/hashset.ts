import { createHash } from 'node:crypto';

/**
 * Open-addressing set of 64-bit keys in typed arrays: about 16 bytes per entry, so tens of millions of
 * fingerprints fit in a few hundred MB instead of gigabytes of JS strings.
 */
export class Fingerprint64Set {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private used: Uint8Array;
  private count = 0;

  constructor(initialCapacity = 1 << 16) {
    let cap = 1;
    while (cap < initialCapacity * 2) cap <<= 1;
    this.hi = new Uint32Array(cap);
    this.lo = new Uint32Array(cap);
    this.used = new Uint8Array(cap);
  }

  get size(): number {
    return this.count;
  }

  /** Adds the key; returns false when it was already present. */
  add(hi: number, lo: number): boolean {
    if ((this.count + 1) * 2 > this.used.length) this.grow();
    return this.insert(hi >>> 0, lo >>> 0);
  }

  has(hi: number, lo: number): boolean {
    const mask = this.used.length - 1;
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    while (this.used[i]) {
      if (this.hi[i] === hi >>> 0 && this.lo[i] === lo >>> 0) return true;
      i = (i + 1) & mask;
    }
    return false;
  }

  private insert(hi: number, lo: number): boolean {
    const mask = this.used.length - 1;
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    while (this.used[i]) {
      if (this.hi[i] === hi && this.lo[i] === lo) return false;
      i = (i + 1) & mask;
    }
    this.used[i] = 1;
    this.hi[i] = hi;
    this.lo[i] = lo;
    this.count++;
    return true;
  }

  private grow(): void {
    const { hi, lo, used } = this;
    const cap = used.length * 2;
    this.hi = new Uint32Array(cap);
    this.lo = new Uint32Array(cap);
    this.used = new Uint8Array(cap);
    this.count = 0;
    for (let i = 0; i < used.length; i++) if (used[i]) this.insert(hi[i] as number, lo[i] as number);
  }
}

/** 64-bit fingerprint (first 8 bytes of SHA-1) of a string, as two uint32 halves. */
export function fingerprint(text: string): [number, number] {
  const d = createHash('sha1').update(text).digest();
  return [d.readUInt32LE(0), d.readUInt32LE(4)];
}
