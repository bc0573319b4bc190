/**
 * Literal prefilters worked out from a regular expression's source: a list of strings such that every
 * match of the expression contains at least one of them (null when no such short list exists). A rule
 * whose prefilter finds none of its strings in a text cannot match it, so its regexes are not run.
 * This never changes a result, only skips work: the analysis is conservative (anything it does not
 * understand — classes with escapes or ranges, `.`, `\w`, back-references, the `i` flag — gives up).
 */

type Info = { exact: Set<string> | null; need: Set<string> | null };

const MAX_EXACT = 64;
const MAX_NEED = 400;
const ANY: Info = { exact: null, need: null };
const empty = (): Info => ({ exact: new Set(['']), need: null });

/** The better of two necessary sets: longer shortest string first, then fewer strings. */
function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a || a.size === 0 || a.has('')) return b && !b.has('') && b.size ? b : null;
  if (!b || b.size === 0 || b.has('')) return a;
  const min = (s: Set<string>) => Math.min(...[...s].map((x) => x.length));
  const ma = Math.min(min(a), 4);
  const mb = Math.min(min(b), 4);
  if (ma !== mb) return ma > mb ? a : b;
  return a.size <= b.size ? a : b;
}

const needOf = (i: Info): Set<string> | null =>
  i.exact && !i.exact.has('') && i.exact.size <= MAX_NEED ? i.exact : i.need;

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): Info {
    const r = this.alt();
    if (this.pos !== this.src.length) throw new Error('unparsed');
    return r;
  }

  private alt(): Info {
    const parts = [this.seq()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      parts.push(this.seq());
    }
    if (parts.length === 1) return parts[0]!;
    let exact: Set<string> | null = new Set();
    let need: Set<string> | null = new Set();
    for (const p of parts) {
      if (exact && p.exact && exact.size + p.exact.size <= MAX_EXACT) for (const s of p.exact) exact.add(s);
      else exact = null;
      const n = needOf(p);
      if (need && n && need.size + n.size <= MAX_NEED) for (const s of n) need.add(s);
      else need = null;
    }
    return { exact, need };
  }

  private seq(): Info {
    let cur: Set<string> | null = new Set(['']);
    let best: Set<string> | null = null;
    let broke = false;
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const it = this.quantified();
      if (cur && it.exact) {
        const next = new Set<string>();
        for (const a of cur) for (const b of it.exact) next.add(a + b);
        if (next.size <= MAX_EXACT) {
          cur = next;
          continue;
        }
      }
      // The run of exact parts ends here: keep it as a candidate, then the item's own candidate.
      broke = true;
      if (cur) best = better(best, cur);
      best = better(best, needOf(it));
      cur = it.exact ? new Set(it.exact) : null;
      if (!cur) cur = new Set(['']);
    }
    if (cur) best = better(best, cur);
    // The whole sequence is exact only when no part broke the run.
    return { exact: broke ? null : cur, need: best };
  }

  private quantified(): Info {
    const atom = this.atom();
    const c = this.src[this.pos];
    let min = 1;
    let max = 1;
    if (c === '*' || c === '+' || c === '?') {
      this.pos++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/u.exec(this.src.slice(this.pos));
      if (m) {
        this.pos += m[0].length;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      }
    } else return atom;
    if (this.src[this.pos] === '?') this.pos++;
    if (min === 0) {
      if (max === 1 && atom.exact && atom.exact.size < MAX_EXACT)
        return { exact: new Set([...atom.exact, '']), need: null };
      return { exact: null, need: null };
    }
    if (min === 1 && max === 1) return atom;
    return { exact: null, need: needOf(atom) };
  }

  private atom(): Info {
    const s = this.src;
    const c = s[this.pos]!;
    if (c === '(') {
      this.pos++;
      let look = false;
      if (s.startsWith('?:', this.pos)) this.pos += 2;
      else if (s.startsWith('?=', this.pos) || s.startsWith('?!', this.pos)) {
        this.pos += 2;
        look = true;
      } else if (s.startsWith('?<=', this.pos) || s.startsWith('?<!', this.pos)) {
        this.pos += 3;
        look = true;
      } else if (s.startsWith('?<', this.pos)) {
        const close = s.indexOf('>', this.pos);
        if (close < 0) throw new Error('bad group');
        this.pos = close + 1;
      } else if (s[this.pos] === '?') throw new Error('unknown group');
      const inner = this.alt();
      if (s[this.pos] !== ')') throw new Error('unclosed group');
      this.pos++;
      return look ? empty() : inner;
    }
    if (c === '[') return this.cls();
    if (c === '\\') return this.escape(false);
    if (c === '^' || c === '$') {
      this.pos++;
      return empty();
    }
    if (c === '.') {
      this.pos++;
      return ANY;
    }
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']')
      throw new Error(`unexpected ${c}`);
    const cp = s.codePointAt(this.pos)!;
    const ch = String.fromCodePoint(cp);
    this.pos += ch.length;
    return { exact: new Set([ch]), need: null };
  }

  /** An escape; in a class, returns the literal or ANY. */
  private escape(inClass: boolean): Info {
    const s = this.src;
    this.pos++; // backslash
    const c = s[this.pos]!;
    this.pos++;
    const lit = (ch: string): Info => ({ exact: new Set([ch]), need: null });
    if (!inClass && (c === 'b' || c === 'B')) return empty();
    if ('dDwWsSbB'.includes(c)) return ANY;
    if (c === 'p' || c === 'P') {
      const close = s.indexOf('}', this.pos);
      this.pos = close + 1;
      return ANY;
    }
    if (c === 'k' || /\d/u.test(c)) throw new Error('backreference');
    if (c === 'n') return lit('\n');
    if (c === 't') return lit('\t');
    if (c === 'r') return lit('\r');
    if (c === 'f') return lit('\f');
    if (c === 'v') return lit('\v');
    if (c === 'x') {
      const h = s.slice(this.pos, this.pos + 2);
      this.pos += 2;
      return lit(String.fromCharCode(parseInt(h, 16)));
    }
    if (c === 'u') {
      if (s[this.pos] === '{') {
        const close = s.indexOf('}', this.pos);
        const cp = parseInt(s.slice(this.pos + 1, close), 16);
        this.pos = close + 1;
        return lit(String.fromCodePoint(cp));
      }
      const h = s.slice(this.pos, this.pos + 4);
      this.pos += 4;
      return lit(String.fromCharCode(parseInt(h, 16)));
    }
    if (c === 'c') throw new Error('control escape');
    if (/[A-Za-z]/u.test(c)) throw new Error(`unknown escape \\${c}`);
    // Identity escape (\. \? \/ \- …); a surrogate pair is one code point.
    this.pos--;
    const cp = s.codePointAt(this.pos)!;
    const ch = String.fromCodePoint(cp);
    this.pos += ch.length;
    return lit(ch);
  }

  private cls(): Info {
    const s = this.src;
    this.pos++; // [
    let negated = false;
    if (s[this.pos] === '^') {
      negated = true;
      this.pos++;
    }
    const chars = new Set<string>();
    let broad = negated;
    let prev: string | null = null;
    while (this.pos < s.length && s[this.pos] !== ']') {
      let ch: string | null;
      if (s[this.pos] === '\\') {
        const e = this.escape(true);
        ch = e.exact ? [...e.exact][0]! : null;
        if (!ch) broad = true;
      } else if (s[this.pos] === '-' && prev !== null && s[this.pos + 1] !== ']') {
        this.pos++;
        let hi: string | null;
        if (s[this.pos] === '\\') {
          const e = this.escape(true);
          hi = e.exact ? [...e.exact][0]! : null;
        } else {
          hi = String.fromCodePoint(s.codePointAt(this.pos)!);
          this.pos += hi.length;
        }
        if (!hi) throw new Error('bad range');
        const a = prev.codePointAt(0)!;
        const b = hi.codePointAt(0)!;
        if (b - a > MAX_EXACT) broad = true;
        else for (let x = a; x <= b; x++) chars.add(String.fromCodePoint(x));
        prev = null;
        continue;
      } else {
        ch = String.fromCodePoint(s.codePointAt(this.pos)!);
        this.pos += ch.length;
      }
      if (ch) chars.add(ch);
      prev = ch;
    }
    if (s[this.pos] !== ']') throw new Error('unclosed class');
    this.pos++;
    if (broad || chars.size > MAX_EXACT || chars.size === 0) return ANY;
    return { exact: chars, need: null };
  }
}

/**
 * The strings one of which every match of `re` contains, or null. Strings of one character are kept
 * only when nothing longer is known (they still skip work on texts without them).
 */
export function literalPrefilter(re: RegExp): string[] | null {
  if (re.flags.includes('i') || re.flags.includes('v') || re.flags.includes('m')) return null;
  let info: Info;
  try {
    info = new Parser(re.source).parse();
  } catch {
    return null;
  }
  const need = needOf(info);
  if (!need || need.size === 0 || need.has('')) return null;
  // Drop strings that contain another listed string: the shorter one is found whenever the longer is.
  const list = [...need].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of list) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

/**
 * Many rules' literal lists, searched together: one pass over a text finds which lists have a string in
 * it. Checking each rule's list with `includes` costs the sum of all list lengths per text (some 13,000
 * strings for the crisis rules, about 2 ms a message); this index looks up the strings that start at
 * each position by their first two code units (one for one-character strings), so a message costs a
 * few lookups per character.
 */
export class LiteralIndex {
  private readonly strings: string[] = [];
  private readonly owners: number[][] = [];
  private readonly byPair = new Map<number, number[]>();
  private readonly bySingle = new Map<number, number[]>();
  /** Items with no list are always enabled. */
  private readonly base: Uint8Array;

  /** `lists[i]`: the literals of item i, or null for an item that is always enabled. */
  constructor(lists: ReadonlyArray<readonly string[] | null>) {
    this.base = new Uint8Array(lists.length);
    const ids = new Map<string, number>();
    lists.forEach((list, item) => {
      if (!list) this.base[item] = 1;
      for (const s of list ?? []) {
        if (s === '') continue;
        let id = ids.get(s);
        if (id === undefined) {
          id = this.strings.length;
          ids.set(s, id);
          this.strings.push(s);
          this.owners.push([]);
          const key = s.length === 1 ? s.charCodeAt(0) : s.charCodeAt(0) * 65536 + s.charCodeAt(1);
          const bucket = s.length === 1 ? this.bySingle : this.byPair;
          const ids2 = bucket.get(key);
          if (ids2) ids2.push(id);
          else bucket.set(key, [id]);
        }
        this.owners[id]!.push(item);
      }
    });
  }

  /** Per item: 1 when its list has a string in `text` (or it has no list), else 0. */
  enabled(text: string): Uint8Array {
    const on = this.base.slice();
    const found = new Uint8Array(this.strings.length);
    const mark = (id: number) => {
      if (found[id]) return;
      found[id] = 1;
      for (const item of this.owners[id]!) on[item] = 1;
    };
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const singles = this.bySingle.get(c);
      if (singles) for (const id of singles) mark(id);
      if (i + 1 >= text.length) break;
      const pairs = this.byPair.get(c * 65536 + text.charCodeAt(i + 1));
      if (pairs) for (const id of pairs) if (!found[id] && text.startsWith(this.strings[id]!, i)) mark(id);
    }
    return on;
  }
}
