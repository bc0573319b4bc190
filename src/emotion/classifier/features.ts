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
  /**
   * Weight of "negated word" features: words within three words after a negator (not, never,
   * no, …n't) also emit a marked copy ("not_happy"); punctuation ends the scope. 0 or absent = off.
   */
  negation?: number;
  /**
   * Pooled cue-word features: a word or two-word phrase from a label's list adds one feature for
   * that label. The lists travel inside the model header, so a model always sees its own lists.
   */
  lexicon?: { weight: number; labels: Record<string, string[]> };
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  bits: 16,
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
const SEED_NEG = 0x4f1bbcdc;
const SEED_LEX = 0x6a09e667;
const NEGATORS = [
  ...['not', 'no', 'never', 'nothing', 'nobody', 'none', 'nor', 'neither', 'without', 'cannot'],
  ...[
    'dont',
    'cant',
    'wont',
    'didnt',
    'doesnt',
    'isnt',
    'wasnt',
    'arent',
    'aint',
    'couldnt',
    'shouldnt',
    'wouldnt',
  ],
];
const BIGRAM_MIX = 0x9e3779b1;

/**
 * A small open-addressing table from 32-bit hashes to label-id lists: faster than a Map on the
 * hot path (no boxing of 32-bit keys), built once per extractor.
 */
class HashIndex {
  private readonly keys: Int32Array;
  private readonly slots: Int32Array; // 0 = empty, else 1 + index into `lists`
  private readonly lists: number[][] = [];
  private readonly mask: number;

  constructor(entries: Map<number, number[]>) {
    let size = 16;
    while (size < entries.size * 4) size *= 2;
    this.keys = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (const [key, ids] of entries) {
      let i = fmix(key) & this.mask;
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
      this.keys[i] = key | 0;
      this.lists.push(ids);
      this.slots[i] = this.lists.length;
    }
  }

  get(key: number): number[] | undefined {
    const k = key | 0;
    for (let i = fmix(key) & this.mask; ; i = (i + 1) & this.mask) {
      const slot = this.slots[i]!;
      if (slot === 0) return undefined;
      if (this.keys[i] === k) return this.lists[slot - 1];
    }
  }
}
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

/** Hash of one word (or symbol) unit, exactly as `extract` computes it. */
function unitHash(codes: ArrayLike<number>, from: number, to: number, kind: Kind): number {
  let h = (kind === Kind.Word ? SEED_WORD : SEED_SYMBOL) ^ 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ codes[i]!, 0x01000193);
  return h;
}

/** ASCII units of a lexicon phrase: runs of [a-z0-9'] are words, any other non-space char a symbol. */
function phraseUnitHashes(phrase: string): number[] {
  const out: number[] = [];
  const codes = Array.from(phrase.toLowerCase(), (c) => c.codePointAt(0)!);
  const isWord = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
  for (let i = 0; i < codes.length;) {
    const c = codes[i]!;
    if (c <= 32) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isWord(c)) while (j < codes.length && isWord(codes[j]!)) j++;
    out.push(unitHash(codes, i, j, isWord(c) ? Kind.Word : Kind.Symbol));
    i = j;
  }
  return out;
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
  private readonly negators: HashIndex;
  /** Lexicon: unit hash (one word) or bigram key (two words) → label ids. */
  private readonly lexUni: HashIndex;
  private readonly lexBi: HashIndex;

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
    this.negators = new HashIndex(new Map(NEGATORS.map((w) => [phraseUnitHashes(w)[0]!, []])));
    const uni = new Map<number, number[]>();
    const bi = new Map<number, number[]>();
    const labels = Object.keys(config.lexicon?.labels ?? {});
    labels.forEach((label, id) => {
      for (const phrase of config.lexicon!.labels[label]!) {
        const hs = phraseUnitHashes(phrase);
        const table = hs.length === 1 ? uni : hs.length === 2 ? bi : null;
        if (!table) continue; // longer phrases are not matched
        const key = (hs.length === 1 ? hs[0]! : Math.imul(hs[0]!, BIGRAM_MIX) ^ hs[1]!) | 0;
        const ids = table.get(key) ?? [];
        if (!ids.includes(id)) ids.push(id);
        table.set(key, ids);
      }
    });
    this.lexUni = new HashIndex(uni);
    this.lexBi = new HashIndex(bi);
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
    const neg = cfg.negation ?? 0;
    const lex = cfg.lexicon?.weight ?? 0;
    let negLeft = 0;
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
      const h = unitHash(this.codes, s, e, kind);
      this.push(h, kind === Kind.Word ? w.word : w.symbol, u, u);
      if (prevUnit >= 0 && w.bigram > 0) {
        this.push(Math.imul(prevHash, BIGRAM_MIX) ^ h ^ SEED_BIGRAM, w.bigram, prevUnit, u);
      }
      if (neg > 0) {
        if (kind === Kind.Symbol) negLeft = 0;
        else if (this.negators.get(h) !== undefined || endsWithNt(this.codes, s, e)) negLeft = 3;
        else if (negLeft > 0) {
          negLeft--;
          this.push(h ^ SEED_NEG, neg, u, u);
        }
      }
      if (lex > 0) {
        const ids = this.lexUni.get(h);
        if (ids) for (const id of ids) this.push(SEED_LEX ^ Math.imul(id + 1, BIGRAM_MIX), lex, u, u);
        if (prevUnit >= 0) {
          const bi = this.lexBi.get(Math.imul(prevHash, BIGRAM_MIX) ^ h);
          if (bi) for (const id of bi) this.push(SEED_LEX ^ Math.imul(id + 1, BIGRAM_MIX), lex, prevUnit, u);
        }
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

/** Words like "don't", "isn't", "can't" (apostrophes are normalised to '). */
function endsWithNt(codes: Int32Array, s: number, e: number): boolean {
  return e - s >= 4 && codes[e - 1] === 116 && codes[e - 2] === 39 && codes[e - 3] === 110;
}
