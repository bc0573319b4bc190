/**
 * Byte-level fast path for the most common conversion: a SoulChat JSON array to ShareGPT or OpenAI
 * messages, optionally with exact de-duplication. Records in the common shape — {id?, topic?,
 * messages: [{role, content}, …]} with alternating user/assistant turns — are never decoded to
 * JavaScript strings or objects: content strings are copied as UTF-8 bytes straight from the input
 * to the output, and hashed as bytes for dedup. Any other record is decoded and goes through the
 * ordinary reader → format code, so the output is exactly what the general path writes.
 *
 * Why the copy is exact: a JSON string token with no backslash and no control character, in valid
 * UTF-8, is byte for byte what `JSON.stringify` writes for its value. Tokens with escapes are
 * re-encoded through `JSON.parse`/`JSON.stringify`. Anything the path cannot vouch for at file level
 * (invalid UTF-8, a structural problem such as truncation or trailing content) makes it give up, and
 * the caller runs the general path from the start; bad records found so far are only reported when
 * the fast path finishes.
 */
import { createReadStream } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import type { CleanReport } from './clean/cleaner.ts';
import { Fingerprint64Set, Hash64 } from './clean/hashset.ts';
import { ioProgress } from './io/text-source.ts';
import { soulchatRecord } from './readers/messages.ts';
import type { BadRecord, Conversation } from './types.ts';
import type { OutputFormat } from './writers/formats.ts';
import type { JsonRecordSink } from './writers/sink.ts';

export interface FastConvertOptions {
  file: string;
  format: OutputFormat;
  dedup: boolean;
  limit?: number;
  onRecord?: (read: number) => void;
  sink: JsonRecordSink;
}

export interface FastConvertResult {
  read: number;
  unwritable: number;
  unwritableExamples: Array<{ id: string; reason: string }>;
  bad: BadRecord[];
  cleaning?: CleanReport;
}

/** The output formats the byte path writes itself: the literal bytes around each turn. */
const LAYOUTS: Record<string, { head: Uint8Array; user: Uint8Array; assistant: Uint8Array; tail: Uint8Array }> = {
  sharegpt: {
    head: ascii('{"conversations":['),
    user: ascii('{"from":"human","value":'),
    assistant: ascii('{"from":"gpt","value":'),
    tail: ascii(']}'),
  },
  openai: {
    head: ascii('{"messages":['),
    user: ascii('{"role":"user","content":'),
    assistant: ascii('{"role":"assistant","content":'),
    tail: ascii(']}'),
  },
};

function ascii(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

const K_ID = ascii('id');
const K_TOPIC = ascii('topic');
const K_MESSAGES = ascii('messages');
const K_ROLE = ascii('role');
const K_CONTENT = ascii('content');
const V_USER = ascii('user');
const V_ASSISTANT = ascii('assistant');

/** Whether the byte path can do this conversion (it still gives up on unusual files). */
export function fastPathSupports(format: string, steps: readonly string[], hasOnWritten: boolean): boolean {
  return format in LAYOUTS && !hasOnWritten && steps.every((s) => s === 'dedup');
}

const MAX_TURNS = 512;
const NEED_MORE = -2;
const NO = -1;

/** What the shape parser found in one record. */
class Shape {
  idStart = -1;
  idEnd = -1;
  turns = 0;
  /** Content token [start, end) including the quotes, per turn. */
  readonly starts = new Int32Array(MAX_TURNS);
  readonly ends = new Int32Array(MAX_TURNS);
  readonly escaped = new Uint8Array(MAX_TURNS);
  /** Newlines seen outside strings (for the next record's line number). */
  newlines = 0;
}

const isWsByte = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

function skipWs(d: Uint8Array, i: number, e: number, shape: Shape): number {
  while (i < e) {
    const c = d[i] as number;
    if (c === 0x0a) shape.newlines++;
    else if (c !== 0x20 && c !== 0x0d && c !== 0x09) break;
    i++;
  }
  return i;
}

function bytesEqual(d: Uint8Array, start: number, end: number, lit: Uint8Array): boolean {
  if (end - start !== lit.length) return false;
  for (let k = 0; k < lit.length; k++) if (d[start + k] !== lit[k]) return false;
  return true;
}

/** End (after the closing quote) of a string token without escapes or control characters. */
function plainString(d: Uint8Array, i: number, e: number): number {
  for (let j = i + 1; j < e; j++) {
    const c = d[j] as number;
    if (c === 0x22) return j + 1;
    if (c === 0x5c || c < 0x20) return NO;
  }
  return NEED_MORE;
}

let sawEscape = false;

/**
 * End of a string token that may hold escapes (sets `sawEscape`); no raw control characters. The
 * common case — no backslash — is found with a native search for the closing quote and a check of
 * the bytes before it four at a time.
 */
function contentString(d: Buffer, i: number, e: number): number {
  sawEscape = false;
  const q = d.indexOf(0x22, i + 1);
  if (q >= 0 && q < e) {
    let j = i + 1;
    for (; j + 3 < q; j += 4) {
      const w = (d[j] as number) | ((d[j + 1] as number) << 8) | ((d[j + 2] as number) << 16) | ((d[j + 3] as number) << 24);
      // Any byte below 0x20, or any byte equal to 0x5c (backslash): leave it to the byte loop.
      const x = w ^ 0x5c5c5c5c;
      if ((((w - 0x20202020) & ~w) | ((x - 0x01010101) & ~x)) & 0x80808080) break;
    }
    for (; j < q; j++) {
      const c = d[j] as number;
      if (c === 0x5c || c < 0x20) break;
    }
    if (j === q) return q + 1;
  }
  for (let j = i + 1; j < e; j++) {
    const c = d[j] as number;
    if (c === 0x22) return j + 1;
    if (c === 0x5c) {
      sawEscape = true;
      j++;
    } else if (c < 0x20) return NO;
  }
  return NEED_MORE;
}

function isDigitAt(d: Uint8Array, k: number, e: number): boolean {
  return k < e && (d[k] as number) >= 0x30 && (d[k] as number) <= 0x39;
}

/** End of a JSON number token. */
function numberEnd(d: Uint8Array, i: number, e: number): number {
  let j = i;
  if (j < e && d[j] === 0x2d) j++;
  if (j >= e) return NEED_MORE;
  if (d[j] === 0x30) j++;
  else if (isDigitAt(d, j, e)) while (isDigitAt(d, j, e)) j++;
  else return NO;
  if (j < e && d[j] === 0x2e) {
    j++;
    if (!isDigitAt(d, j, e)) return j >= e ? NEED_MORE : NO;
    while (isDigitAt(d, j, e)) j++;
  }
  if (j < e && (d[j] === 0x65 || d[j] === 0x45)) {
    j++;
    if (j < e && (d[j] === 0x2b || d[j] === 0x2d)) j++;
    if (!isDigitAt(d, j, e)) return j >= e ? NEED_MORE : NO;
    while (isDigitAt(d, j, e)) j++;
  }
  return j >= e ? NEED_MORE : j;
}

/** `[{"role": …, "content": …}, …]` with alternating user/assistant turns; end index or NO/NEED_MORE. */
function parseMessages(d: Buffer, i: number, e: number, shape: Shape): number {
  if (d[i] !== 0x5b) return NO;
  i = skipWs(d, i + 1, e, shape);
  if (i >= e) return NEED_MORE;
  if (d[i] === 0x5d) return NO; // no turns: the general path reports it
  for (let t = 0; ; t++) {
    if (t >= MAX_TURNS) return NO;
    if (d[i] !== 0x7b) return NO;
    let role = 0;
    let contentStart = -1;
    let contentEnd = -1;
    let escaped = false;
    i = skipWs(d, i + 1, e, shape);
    for (;;) {
      if (i >= e) return NEED_MORE;
      if (d[i] !== 0x22) return NO;
      const ks = i;
      const ke = plainString(d, i, e);
      if (ke < 0) return ke;
      i = skipWs(d, ke, e, shape);
      if (i >= e) return NEED_MORE;
      if (d[i] !== 0x3a) return NO;
      i = skipWs(d, i + 1, e, shape);
      if (i >= e) return NEED_MORE;
      if (d[i] !== 0x22) return NO;
      if (bytesEqual(d, ks + 1, ke - 1, K_ROLE)) {
        if (role !== 0) return NO; // duplicate key: JSON.parse keeps the last; leave it to the general path
        const ve = plainString(d, i, e);
        if (ve < 0) return ve;
        if (bytesEqual(d, i + 1, ve - 1, V_USER)) role = 1;
        else if (bytesEqual(d, i + 1, ve - 1, V_ASSISTANT)) role = 2;
        else return NO;
        i = ve;
      } else if (bytesEqual(d, ks + 1, ke - 1, K_CONTENT)) {
        if (contentStart >= 0) return NO;
        const ve = contentString(d, i, e);
        if (ve < 0) return ve;
        contentStart = i;
        contentEnd = ve;
        escaped = sawEscape;
        i = ve;
      } else return NO;
      i = skipWs(d, i, e, shape);
      if (i >= e) return NEED_MORE;
      if (d[i] === 0x2c) {
        i = skipWs(d, i + 1, e, shape);
        continue;
      }
      if (d[i] === 0x7d) break;
      return NO;
    }
    // Turns must already be what trainers take: user, assistant, user, … (no merging needed).
    if (contentStart < 0 || role !== (t % 2 === 0 ? 1 : 2)) return NO;
    shape.starts[t] = contentStart;
    shape.ends[t] = contentEnd;
    shape.escaped[t] = escaped ? 1 : 0;
    i = skipWs(d, i + 1, e, shape);
    if (i >= e) return NEED_MORE;
    if (d[i] === 0x2c) {
      i = skipWs(d, i + 1, e, shape);
      if (i >= e) return NEED_MORE;
      continue;
    }
    if (d[i] === 0x5d) {
      shape.turns = t + 1;
      return shape.turns % 2 === 0 ? i + 1 : NO;
    }
    return NO;
  }
}

/** A record `{…}` starting at `s` in the common shape: its end (after `}`), NO, or NEED_MORE. */
function parseRecord(d: Buffer, s: number, e: number, shape: Shape): number {
  shape.idStart = -1;
  shape.turns = 0;
  shape.newlines = 0;
  let seen = 0; // bits: 1 id, 2 topic, 4 messages
  let i = skipWs(d, s + 1, e, shape);
  for (;;) {
    if (i >= e) return NEED_MORE;
    if (d[i] !== 0x22) return NO;
    const ks = i;
    const ke = plainString(d, i, e);
    if (ke < 0) return ke;
    i = skipWs(d, ke, e, shape);
    if (i >= e) return NEED_MORE;
    if (d[i] !== 0x3a) return NO;
    i = skipWs(d, i + 1, e, shape);
    if (i >= e) return NEED_MORE;
    let ve: number;
    if (bytesEqual(d, ks + 1, ke - 1, K_ID)) {
      if (seen & 1) return NO;
      seen |= 1;
      ve = d[i] === 0x22 ? plainString(d, i, e) : numberEnd(d, i, e);
      if (ve >= 0) {
        shape.idStart = i;
        shape.idEnd = ve;
      }
    } else if (bytesEqual(d, ks + 1, ke - 1, K_TOPIC)) {
      if (seen & 2) return NO;
      seen |= 2;
      ve = d[i] === 0x22 ? plainString(d, i, e) : NO;
    } else if (bytesEqual(d, ks + 1, ke - 1, K_MESSAGES)) {
      if (seen & 4) return NO;
      seen |= 4;
      ve = parseMessages(d, i, e, shape);
    } else return NO;
    if (ve < 0) return ve;
    i = skipWs(d, ve, e, shape);
    if (i >= e) return NEED_MORE;
    if (d[i] === 0x2c) {
      i = skipWs(d, i + 1, e, shape);
      continue;
    }
    if (d[i] === 0x7d) return seen & 4 ? i + 1 : NO;
    return NO;
  }
}

/**
 * The end of the element starting with `{` at `s` as the general scanner finds it (bracket depth,
 * strings, escapes), counting newlines outside strings; NEED_MORE when the data ends first.
 */
function elementEnd(d: Uint8Array, s: number, e: number, shape: Shape): number {
  shape.newlines = 0;
  let depth = 0;
  for (let j = s; j < e; j++) {
    const c = d[j] as number;
    if (c === 0x22) {
      for (j++; ; j++) {
        if (j >= e) return NEED_MORE;
        const q = d[j] as number;
        if (q === 0x5c) j++;
        else if (q === 0x22) break;
      }
    } else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      if (--depth === 0) return j + 1;
    } else if (c === 0x0a) shape.newlines++;
  }
  return NEED_MORE;
}

/** Thrown inside, caught by `fastConvert`: the general path must do this file. */
class GiveUp extends Error {}

/**
 * Converts `file` (a SoulChat JSON array) with the byte path. Returns undefined when it gave up
 * (the caller then runs the general path, which rewrites the output from the start).
 */
export async function fastConvert(o: FastConvertOptions): Promise<FastConvertResult | undefined> {
  try {
    return await convert(o);
  } catch (err) {
    if (err instanceof GiveUp) return undefined;
    throw err;
  }
}

async function convert(o: FastConvertOptions): Promise<FastConvertResult> {
  const layout = LAYOUTS[o.format.name];
  if (!layout) throw new GiveUp();
  const { sink, file, limit, onRecord, format } = o;
  const bad: BadRecord[] = [];
  const ctx = { onBad: (b: BadRecord) => void bad.push(b) };
  const cleaning: CleanReport | undefined = o.dedup
    ? { steps: { dedup: { checked: 0, changed: 0, dropped: 0 } }, kept: 0, dropped: 0, examples: [] }
    : undefined;
  const dedupStep = cleaning?.steps.dedup;
  const seen = new Fingerprint64Set();
  const hash = new Hash64();
  const shape = new Shape();
  const canonical: Array<Buffer | undefined> = [];
  let read = 0;
  let unwritable = 0;
  const unwritableExamples: Array<{ id: string; reason: string }> = [];

  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  const chunks = stream[Symbol.asyncIterator]();
  let d: Buffer = Buffer.alloc(0);
  let eof = false;
  let atStart = true;
  let validated = 0; // d[0, validated) is known to be valid UTF-8
  /** Appends the next chunk, keeping bytes from `keep`; returns the shift applied to indices. */
  const more = async (keep: number): Promise<number> => {
    const next = await chunks.next();
    if (next.done) {
      eof = true;
      return 0;
    }
    let chunk = next.value as Buffer;
    ioProgress.bytes += chunk.length;
    if (atStart) {
      atStart = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    d = keep >= d.length ? chunk : Buffer.concat([d.subarray(keep), chunk]);
    // Validate UTF-8 once per chunk, up to the last complete character (the rest waits for the next
    // chunk); invalid input is for the general path, which reports it.
    validated = Math.max(0, validated - keep);
    const safe = completeUtf8End(d);
    if (!isUtf8(d.subarray(validated, safe))) throw new GiveUp();
    validated = safe;
    return keep;
  };

  /** Whether a record is a duplicate; counts it in the dedup report either way. */
  const duplicate = (hi: number, lo: number): boolean => {
    if (!cleaning || !dedupStep) return false;
    dedupStep.checked++;
    if (seen.add(hi, lo)) {
      cleaning.kept++;
      return false;
    }
    dedupStep.dropped++;
    cleaning.dropped++;
    return true;
  };
  const example = (id: string) => {
    // Inserted before the report's counters are read, so the order matches the general path.
    if (cleaning && cleaning.examples.length < 50) cleaning.examples.push({ step: 'dedup', id, reason: 'exact duplicate' });
  };

  /** A record the byte path does not take: decoded and handled by the general code. */
  const general = (s: number, end: number, line: number, index: number): Promise<void> | undefined => {
    const text = d.toString('utf8', s, end);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      bad.push({ file, line, reason: `invalid JSON element #${index}: ${(err as Error).message}` });
      return undefined;
    }
    const conv = soulchatRecord({ value, line, index }, file, ctx);
    if (!conv) return undefined;
    read++;
    onRecord?.(read);
    if (o.dedup) {
      const [hi, lo] = conversationBytesFingerprint(conv, hash);
      if (duplicate(hi, lo)) {
        example(conv.provenance.id);
        return undefined;
      }
    }
    const rec = format.format(conv);
    if (typeof rec === 'string') {
      unwritable++;
      if (unwritableExamples.length < 50) unwritableExamples.push({ id: conv.provenance.id, reason: rec });
      return undefined;
    }
    return sink.write(rec);
  };

  /** A record in the common shape: hashed and written as bytes. */
  const fast = (index: number): Promise<void> | undefined => {
    read++;
    onRecord?.(read);
    const n = shape.turns;
    let size = layout.head.length + layout.tail.length;
    for (let t = 0; t < n; t++) {
      let canon: Buffer | undefined;
      if (shape.escaped[t]) {
        // Re-encode as JSON.stringify would; an invalid escape cannot get here (checked by the caller).
        canon = Buffer.from(JSON.stringify(JSON.parse(d.toString('utf8', shape.starts[t], shape.ends[t])) as string));
      }
      canonical[t] = canon;
      size += (canon ? canon.length : (shape.ends[t] as number) - (shape.starts[t] as number)) + 40;
    }
    if (o.dedup) {
      const h = hash.reset().word(n);
      for (let t = 0; t < n; t++) {
        h.word(t % 2 === 0 ? 1 : 2);
        const canon = canonical[t];
        if (canon) h.bytes(canon, 1, canon.length - 1);
        else h.bytes(d, (shape.starts[t] as number) + 1, (shape.ends[t] as number) - 1);
      }
      h.finish();
      if (duplicate(h.hi, h.lo)) {
        if (cleaning && cleaning.examples.length < 50) example(recordId(d, shape, index));
        return undefined;
      }
    }
    const pending = sink.reserveRaw(size);
    const out = sink.rawBuffer;
    let p = put(out, sink.rawOffset, layout.head);
    for (let t = 0; t < n; t++) {
      if (t > 0) out[p++] = 0x2c;
      p = put(out, p, t % 2 === 0 ? layout.user : layout.assistant);
      const canon = canonical[t];
      if (canon) p += canon.copy(out, p);
      else p = copyBytes(d, shape.starts[t] as number, shape.ends[t] as number, out, p);
      out[p++] = 0x7d;
    }
    p = put(out, p, layout.tail);
    sink.commitRaw(p);
    return pending;
  };

  let line = 1;
  let index = 0;
  let i = 0;
  let stoppedAtLimit = false;
  const need = async (keep: number): Promise<void> => {
    const shift = await more(keep);
    i -= shift;
  };
  try {
    // Before the array: whitespace, then `[`; anything else is for the general path.
    for (;;) {
      if (i >= d.length) {
        await need(d.length);
        if (eof) throw new GiveUp();
        continue;
      }
      const c = d[i] as number;
      if (c === 0x5b) break;
      if (!isWsByte(c)) throw new GiveUp();
      if (c === 0x0a) line++;
      i++;
    }
    i++;
    let expectElement = false; // after a comma
    outer: for (;;) {
      // Between elements.
      if (i >= d.length) {
        await need(d.length);
        if (eof) throw new GiveUp(); // truncated: the general path reports it
        continue;
      }
      const c = d[i] as number;
      if (isWsByte(c)) {
        if (c === 0x0a) line++;
        i++;
        continue;
      }
      if (c === 0x5d && !expectElement) break;
      if (c !== 0x7b) throw new GiveUp();
      // An element: try the common shape, else find its end as the general scanner would.
      let end = parseRecord(d, i, d.length, shape);
      let isFast = end >= 0;
      if (end === NEED_MORE || (end === NO && (end = elementEnd(d, i, d.length, shape)) === NEED_MORE)) {
        await need(i);
        if (eof) throw new GiveUp();
        continue; // rescan the element with more data
      }
      if (isFast) {
        for (let t = 0; t < shape.turns && isFast; t++)
          if (shape.escaped[t]) {
            try {
              JSON.parse(d.toString('utf8', shape.starts[t], shape.ends[t]));
            } catch {
              isFast = false; // an invalid escape: the general path reports the record
            }
          }
        if (!isFast) elementEnd(d, i, d.length, shape);
      }
      const at = index++;
      const newlines = shape.newlines;
      const readBefore = read;
      const pending = isFast ? fast(at) : general(i, end, line, at);
      if (pending) await pending;
      line += newlines;
      i = end;
      if (limit !== undefined && read > readBefore && read >= limit) {
        stoppedAtLimit = true;
        break outer;
      }
      // After an element: `,` or `]`.
      for (;;) {
        if (i >= d.length) {
          await need(d.length);
          if (eof) throw new GiveUp();
          continue;
        }
        const a = d[i] as number;
        if (a === 0x0a) line++;
        if (isWsByte(a)) {
          i++;
          continue;
        }
        if (a === 0x2c) {
          i++;
          expectElement = true;
          continue outer;
        }
        if (a === 0x5d) break outer;
        throw new GiveUp(); // missing comma and the like
      }
    }
    if (!stoppedAtLimit) {
      // After `]`: only whitespace to the end.
      for (i++; ; ) {
        if (i >= d.length) {
          await need(d.length);
          if (eof) break;
          continue;
        }
        if (!isWsByte(d[i] as number)) throw new GiveUp();
        i++;
      }
    }
  } finally {
    await chunks.return?.(undefined);
  }
  const result: FastConvertResult = { read, unwritable, unwritableExamples, bad };
  if (cleaning) result.cleaning = cleaning;
  return result;
}

/** Copies `src[start, end)` to `out` at `p`; a plain loop for short runs (cheaper than a native call). */
function copyBytes(src: Buffer, start: number, end: number, out: Buffer, p: number): number {
  const n = end - start;
  if (n > 32) return p + src.copy(out, p, start, end);
  for (let k = 0; k < n; k++) out[p + k] = src[start + k] as number;
  return p + n;
}

/** Length of the prefix of `d` that does not end inside a multi-byte UTF-8 character. */
function completeUtf8End(d: Uint8Array): number {
  let k = d.length - 1;
  while (k >= 0 && d.length - k <= 3 && ((d[k] as number) & 0xc0) === 0x80) k--;
  if (k < 0) return d.length;
  const lead = d[k] as number;
  if (lead < 0xc0) return d.length;
  const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  return d.length - k < size ? k : d.length;
}

function put(out: Uint8Array, p: number, lit: Uint8Array): number {
  for (let k = 0; k < lit.length; k++) out[p + k] = lit[k] as number;
  return p + lit.length;
}

/** The record id as the soulchat reader gives it: the id field (string or number), else the index. */
function recordId(d: Buffer, shape: Shape, index: number): string {
  if (shape.idStart < 0) return String(index);
  const v: unknown = JSON.parse(d.toString('utf8', shape.idStart, shape.idEnd));
  return typeof v === 'string' || typeof v === 'number' ? String(v) : String(index);
}

const ROLE_CODE: Record<string, number> = { user: 1, assistant: 2, system: 3 };

/**
 * The byte path's dedup fingerprint of a decoded conversation: the same hash the byte path computes
 * from the input bytes (turn count; per turn the role and the UTF-8 of its JSON-escaped content).
 */
export function conversationBytesFingerprint(conv: Conversation, hash = new Hash64()): [number, number] {
  const h = hash.reset().word(conv.turns.length);
  for (const t of conv.turns) {
    const code = ROLE_CODE[t.role];
    if (code !== undefined) h.word(code);
    else h.word(0).text(t.role);
    const b = Buffer.from(JSON.stringify(t.content));
    h.bytes(b, 1, b.length - 1);
  }
  return h.digest();
}
