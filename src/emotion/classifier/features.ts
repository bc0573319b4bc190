/**
 * Text → hashed sparse features, shared by training and inference so both see exactly the same
 * thing. English-like text gives word unigrams, word bigrams and character n-grams inside each
 * word; Chinese (Han) runs give character 1-, 2- and 3-grams; emoji and punctuation are tokens of
 * their own. Every feature remembers which "units" (a word, a symbol or one Han character) it came
 * from, so a prediction can say which words drove it.
 *
 * Hot path: no strings are built per feature; hashes run over code points in scratch typed arrays.
 */

export interface FeatureConfig {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Character n-gram orders inside words (with < > boundary marks). */
  charMin: number;
  charMax: number;
  /** Feature-group weights before L2 normalisation. */
  weights: { word: number; bigram: number; char: number; han: number; symbol: number };
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  bits: 17,
  charMin: 3,
  charMax: 5,
  weights: { word: 1, bigram: 1, char: 0.5, han: 1, symbol: 1 },
};

const enum Kind {
  Space = 0,
  Word = 1,
  Han = 2,
  Symbol = 3,
}

const SEED_WORD = 0x1b873593;
const SEED_BIGRAM = 0x2c1b3c6d;
const SEED_CHAR = 0x297a2d39;
const SEED_HAN1 = 0x5bd1e995;
const SEED_HAN2 = 0x68e31da4;
const SEED_HAN3 = 0x7feb352d;
const SEED_SYMBOL = 0x3c6ef372;
const MARK_START = 1;
const MARK_END = 2;

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Per-code-point normalisation (NFKC + lower case), cached: offsets stay mapped to the input. */
const normCache = new Map<number, { codes: number[]; kind: Kind }>();
const HAN = /\p{Script=Han}/u;
const WORDISH = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /[\s\p{Cc}\p{Cf}\u200b]/u;

function normaliseCodePoint(cp: number): { codes: number[]; kind: Kind } {
  let hit = normCache.get(cp);
  if (hit) return hit;
  const s = String.fromCodePoint(cp);
  let n = s.normalize('NFKC').toLowerCase();
  if (n === '\u2019' || n === '\u2018' || n === '`') n = "'";
  const codes: number[] = [];
  for (const ch of n) codes.push(ch.codePointAt(0)!);
  let kind: Kind;
  if (HAN.test(n)) kind = Kind.Han;
  else if (n === "'" || WORDISH.test(n)) kind = Kind.Word;
  else if (SPACE.test(s) || n.trim() === '') kind = Kind.Space;
  else kind = Kind.Symbol;
  hit = { codes, kind };
  if (normCache.size < 100_000) normCache.set(cp, hit);
  return hit;
}

/** A view onto the extractor's scratch buffers: valid until the next `extract` call. */
export interface Features {
  n: number;
  index: Int32Array;
  value: Float32Array;
  /** Unit range [unitFrom, unitTo] each feature is attributed to. */
  unitFrom: Int32Array;
  unitTo: Int32Array;
  /** Units: original UTF-16 offsets [start, end) and kind (1 word, 2 Han, 3 symbol). */
  units: number;
  unitStart: Int32Array;
  unitEnd: Int32Array;
  unitKind: Int32Array;
  /** Share of Han characters among word-like characters (language cue). */
  hanShare: number;
}

export class FeatureExtractor {
  readonly config: FeatureConfig;
  private readonly mask: number;
  private cap = 0;
  private codes = new Int32Array(0);
  private kinds = new Int32Array(0);
  private origStart = new Int32Array(0);
  private origEnd = new Int32Array(0);
  private tokStart = new Int32Array(0);
  private tokEnd = new Int32Array(0);
  private fcap = 0;
  private out: Features;
  /** Optional inverse document frequency per bucket, applied before normalisation. */
  private idf: Float32Array | null = null;

  constructor(config: FeatureConfig = DEFAULT_FEATURE_CONFIG) {
    this.config = config;
    this.mask = (1 << config.bits) - 1;
    this.out = {
      n: 0,
      index: new Int32Array(0),
      value: new Float32Array(0),
      unitFrom: new Int32Array(0),
      unitTo: new Int32Array(0),
      units: 0,
      unitStart: new Int32Array(0),
      unitEnd: new Int32Array(0),
      unitKind: new Int32Array(0),
      hanShare: 0,
    };
  }

  setIdf(idf: Float32Array | null): void {
    if (idf && idf.length !== 1 << this.config.bits)
      throw new Error('idf table does not match the hash size');
    this.idf = idf;
  }

  private ensure(len: number): void {
    if (len <= this.cap) return;
    const cap = Math.max(256, len * 2);
    this.cap = cap;
    this.codes = new Int32Array(cap);
    this.kinds = new Int32Array(cap);
    this.origStart = new Int32Array(cap);
    this.origEnd = new Int32Array(cap);
    this.tokStart = new Int32Array(cap);
    this.tokEnd = new Int32Array(cap);
    this.out.unitStart = new Int32Array(cap);
    this.out.unitEnd = new Int32Array(cap);
    this.out.unitKind = new Int32Array(cap);
  }

  private ensureFeatures(len: number): void {
    if (len <= this.fcap) return;
    const cap = Math.max(1024, len * 2);
    const grow = <T extends Int32Array | Float32Array>(old: T, make: (n: number) => T): T => {
      const next = make(cap);
      next.set(old.subarray(0, this.out.n) as never);
      return next;
    };
    this.out.index = grow(this.out.index, (n) => new Int32Array(n));
    this.out.value = grow(this.out.value, (n) => new Float32Array(n));
    this.out.unitFrom = grow(this.out.unitFrom, (n) => new Int32Array(n));
    this.out.unitTo = grow(this.out.unitTo, (n) => new Int32Array(n));
    this.fcap = cap;
  }

  private push(hash: number, weight: number, from: number, to: number): void {
    const o = this.out;
    if (o.n >= this.fcap) this.ensureFeatures(o.n + 1);
    o.index[o.n] = fmix(hash) & this.mask;
    o.value[o.n] = weight;
    o.unitFrom[o.n] = from;
    o.unitTo[o.n] = to;
    o.n++;
  }

  extract(text: string): Features {
    const cfg = this.config;
    const w = cfg.weights;
    // Normalised code points can outnumber UTF-16 units only through NFKC expansion (rare).
    this.ensure(text.length * 4 + 8);
    const codes = this.codes;
    const kinds = this.kinds;
    let m = 0;
    for (let i = 0; i < text.length;) {
      const cp = text.codePointAt(i)!;
      const step = cp > 0xffff ? 2 : 1;
      if (cp < 128) {
        let c = cp;
        if (c >= 65 && c <= 90) c += 32;
        const isWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
        const isSpace = c <= 32 || c === 127;
        codes[m] = c;
        kinds[m] = isWord ? Kind.Word : isSpace ? Kind.Space : Kind.Symbol;
        this.origStart[m] = i;
        this.origEnd[m] = i + 1;
        m++;
      } else {
        const norm = normaliseCodePoint(cp);
        if (m + norm.codes.length >= this.cap) this.ensureGrow(m + norm.codes.length + 8);
        for (const c of norm.codes) {
          this.codes[m] = c;
          this.kinds[m] = norm.kind;
          this.origStart[m] = i;
          this.origEnd[m] = i + step;
          m++;
        }
      }
      i += step;
    }

    // Units: words (maximal word-character runs), single Han characters, single symbols.
    const o = this.out;
    o.n = 0;
    let units = 0;
    let han = 0;
    let wordChars = 0;
    for (let i = 0; i < m;) {
      const k = this.kinds[i]!;
      if (k === Kind.Space) {
        i++;
        continue;
      }
      let j = i + 1;
      if (k === Kind.Word) {
        while (j < m && this.kinds[j] === Kind.Word) j++;
        wordChars += j - i;
      } else if (k === Kind.Han) han++;
      this.tokStart[units] = i;
      this.tokEnd[units] = j;
      o.unitStart[units] = this.origStart[i]!;
      o.unitEnd[units] = this.origEnd[j - 1]!;
      o.unitKind[units] = k;
      units++;
      i = j;
    }
    o.units = units;
    o.hanShare = han + wordChars === 0 ? 0 : han / (han + wordChars);

    // Features.
    let prevHash = 0;
    let prevUnit = -1; // previous word/symbol unit for bigrams; reset by Han runs
    for (let u = 0; u < units; u++) {
      const kind = o.unitKind[u]!;
      const s = this.tokStart[u]!;
      const e = this.tokEnd[u]!;
      if (kind === Kind.Han) {
        prevUnit = -1;
        const c0 = this.codes[s]!;
        this.push(Math.imul(SEED_HAN1 ^ c0, 0x01000193), w.han, u, u);
        if (u > 0 && o.unitKind[u - 1] === Kind.Han) {
          const c1 = this.codes[this.tokStart[u - 1]!]!;
          this.push(Math.imul(Math.imul(SEED_HAN2 ^ c1, 0x01000193) ^ c0, 0x01000193), w.han, u - 1, u);
          if (u > 1 && o.unitKind[u - 2] === Kind.Han) {
            const c2 = this.codes[this.tokStart[u - 2]!]!;
            const h = Math.imul(
              Math.imul(Math.imul(SEED_HAN3 ^ c2, 0x01000193) ^ c1, 0x01000193) ^ c0,
              0x01000193,
            );
            this.push(h, w.han, u - 2, u);
          }
        }
        continue;
      }
      // Word or symbol unit: unigram hash over its code points.
      let h = (kind === Kind.Word ? SEED_WORD : SEED_SYMBOL) ^ 0x811c9dc5;
      for (let i = s; i < e; i++) h = Math.imul(h ^ this.codes[i]!, 0x01000193);
      this.push(h, kind === Kind.Word ? w.word : w.symbol, u, u);
      if (prevUnit >= 0 && w.bigram > 0) {
        this.push(Math.imul(prevHash, 0x9e3779b1) ^ h ^ SEED_BIGRAM, w.bigram, prevUnit, u);
      }
      prevHash = h;
      prevUnit = u;
      if (kind === Kind.Word && w.char > 0) {
        // Character n-grams of "<word>".
        const len = e - s;
        for (let n = cfg.charMin; n <= cfg.charMax; n++) {
          if (n > len + 2) break;
          for (let start = -1; start + n <= len + 1; start++) {
            let g = SEED_CHAR ^ n;
            for (let p = start; p < start + n; p++) {
              const c = p < 0 ? MARK_START : p >= len ? MARK_END : this.codes[s + p]!;
              g = Math.imul(g ^ c, 0x01000193);
            }
            this.push(g, w.char, u, u);
          }
        }
      }
    }

    if (this.idf) for (let i = 0; i < o.n; i++) o.value[i] = o.value[i]! * this.idf[o.index[i]!]!;
    // L2 normalisation so long messages do not dominate.
    let sq = 0;
    for (let i = 0; i < o.n; i++) sq += o.value[i]! * o.value[i]!;
    if (sq > 0) {
      const inv = 1 / Math.sqrt(sq);
      for (let i = 0; i < o.n; i++) o.value[i] = o.value[i]! * inv;
    }
    return o;
  }

  private ensureGrow(len: number): void {
    if (len <= this.cap) return;
    const keep = (old: Int32Array): Int32Array<ArrayBuffer> => {
      const next = new Int32Array(len * 2);
      next.set(old);
      return next;
    };
    this.codes = keep(this.codes);
    this.kinds = keep(this.kinds);
    this.origStart = keep(this.origStart);
    this.origEnd = keep(this.origEnd);
    this.tokStart = keep(this.tokStart);
    this.tokEnd = keep(this.tokEnd);
    this.out.unitStart = keep(this.out.unitStart);
    this.out.unitEnd = keep(this.out.unitEnd);
    this.out.unitKind = keep(this.out.unitKind);
    this.cap = len * 2;
  }
}
