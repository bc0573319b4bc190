/**
 * Streaming JSON readers with flat memory: a top-level array is yielded one element at a time, never
 * held whole. The scanner only tracks strings, escapes and bracket depth to find element boundaries;
 * each element's text is then handed to `JSON.parse`, so values are exactly what `JSON.parse` gives.
 *
 * The scanner is synchronous and pull-based (`feed` a chunk, then `next` until it returns undefined),
 * so a consumer can handle all records of a chunk without one promise per record; the async
 * generators below are thin wrappers over it for callers that want one record at a time.
 */

export interface JsonItem {
  value: unknown;
  /** 1-based line where the element starts. */
  line: number;
  /** 0-based position of the element in the array (or of the value in a JSON-lines stream). */
  index: number;
}

export interface JsonProblem {
  line: number;
  reason: string;
}

const BEFORE = 0;
const IN_ARRAY = 1;
const AFTER = 2;

/** JSON whitespace plus a byte-order mark. */
const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff;

/**
 * Finds the elements of a top-level JSON array in text chunks. Bad elements are reported via
 * `onProblem` and skipped; structural problems are reported once: a non-array input sets `stopped`
 * (the rest is ignored), truncation is reported by `end()`. Problems are reported while `next()`
 * scans, in input order, so they interleave with the elements exactly as in the input.
 */
export class JsonArrayScanner {
  /** True once the input turned out not to be a JSON array; everything after is ignored. */
  stopped = false;
  private state = BEFORE;
  private line = 1;
  private depth = 0; // depth inside the current element (0 = between elements)
  private inString = false;
  private escape = false;
  private parts: string[] = []; // pieces of the current element from earlier chunks
  private elemStart = -1; // start index of the current element in the current chunk, -1 when none
  private elemLine = 0;
  private index = 0;
  private reportedAfter = false;
  private expectValue = true; // inside array: true after '[' or ','
  private unbalancedAt = 0; // line of a `}` that ended a primitive element, reported after it
  private chunk = '';
  private pos = 0;

  constructor(private readonly onProblem: (p: JsonProblem) => void) {}

  /** Starts scanning the next chunk; call after `next()` returned undefined for the previous one. */
  feed(chunk: string): void {
    this.chunk = chunk;
    this.pos = 0;
    if (this.parts.length > 0) this.elemStart = 0; // element continues from the previous chunk
  }

  private finish(text: string): JsonItem | undefined {
    const at = this.index++;
    try {
      return { value: JSON.parse(text), line: this.elemLine, index: at };
    } catch (err) {
      this.onProblem({ line: this.elemLine, reason: `invalid JSON element #${at}: ${(err as Error).message}` });
      return undefined;
    }
  }

  /** The next complete element of the fed chunk, or undefined when the chunk is used up. */
  next(): JsonItem | undefined {
    if (this.unbalancedAt > 0) {
      this.onProblem({ line: this.unbalancedAt, reason: 'unbalanced }' });
      this.unbalancedAt = 0;
    }
    if (this.stopped) return undefined;
    const chunk = this.chunk;
    const n = chunk.length;
    let i = this.pos;
    // Hot state in locals; written back before every return.
    let { state, line, depth, inString, escape, elemStart, expectValue } = this;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      if (inString) {
        // Jump to the next quote; it closes the string unless an odd run of backslashes precedes it.
        // (Raw newlines are invalid inside JSON strings, so line counting can skip string bodies.)
        if (escape) {
          escape = false;
          i++;
          continue;
        }
        const q = chunk.indexOf('"', i);
        const stop = q < 0 ? n : q;
        let k = stop - 1;
        let backslashes = 0;
        while (k >= i && chunk.charCodeAt(k) === 0x5c) {
          backslashes++;
          k--;
        }
        if (q < 0) {
          escape = backslashes % 2 === 1;
          i = n;
        } else {
          if (backslashes % 2 === 0) inString = false;
          i = q + 1;
        }
        continue;
      }
      if (c === 0x0a) line++;
      if (state === BEFORE) {
        if (c === 0x5b) {
          state = IN_ARRAY;
          expectValue = true;
        } else if (!isWs(c)) {
          this.onProblem({ line, reason: 'top-level JSON value is not an array' });
          this.stopped = true;
          i = n;
          this.store(i, state, line, depth, inString, escape, elemStart, expectValue);
          return undefined;
        }
        i++;
        continue;
      }
      if (state === AFTER) {
        if (!isWs(c) && !this.reportedAfter) {
          this.onProblem({ line, reason: 'unexpected content after the closing ]' });
          this.reportedAfter = true;
        }
        i++;
        continue;
      }
      // state === IN_ARRAY
      if (depth === 0 && elemStart < 0 && this.parts.length === 0) {
        // Between elements.
        if (isWs(c)) {
          i++;
          continue;
        }
        if (c === 0x2c) {
          if (expectValue) this.onProblem({ line, reason: 'empty array element (stray comma)' });
          expectValue = true;
          i++;
          continue;
        }
        if (c === 0x5d) {
          state = AFTER;
          i++;
          continue;
        }
        if (!expectValue) this.onProblem({ line, reason: 'missing comma between array elements' });
        elemStart = i;
        this.elemLine = line;
        expectValue = false;
        // fall through: the first character of the element is examined below
      }
      if (c === 0x22) inString = true;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        if (depth === 0) {
          // A `]` ends the array and the current primitive element.
          const item = this.finish(this.take(chunk, elemStart, i).trim());
          elemStart = -1;
          if (c === 0x5d) state = AFTER;
          else if (item) this.unbalancedAt = line;
          else this.onProblem({ line, reason: 'unbalanced }' });
          i++;
          if (item) {
            this.store(i, state, line, depth, inString, escape, elemStart, expectValue);
            return item;
          }
          continue;
        }
        depth--;
        if (depth === 0 && elemStart >= 0) {
          const item = this.finish(this.take(chunk, elemStart, i + 1).trim());
          elemStart = -1;
          i++;
          if (item) {
            this.store(i, state, line, depth, inString, escape, elemStart, expectValue);
            return item;
          }
          continue;
        }
      } else if (c === 0x2c && depth === 0) {
        // End of a primitive element.
        const item = this.finish(this.take(chunk, elemStart, i).trim());
        elemStart = -1;
        expectValue = true;
        i++;
        if (item) {
          this.store(i, state, line, depth, inString, escape, elemStart, expectValue);
          return item;
        }
        continue;
      }
      i++;
    }
    if (elemStart >= 0) {
      this.parts.push(chunk.slice(elemStart));
      elemStart = -1;
    }
    this.store(i, state, line, depth, inString, escape, elemStart, expectValue);
    return undefined;
  }

  // A method rather than a closure: no function object is allocated per element.
  private store(
    pos: number,
    state: number,
    line: number,
    depth: number,
    inString: boolean,
    escape: boolean,
    elemStart: number,
    expectValue: boolean,
  ): void {
    this.pos = pos;
    this.state = state;
    this.line = line;
    this.depth = depth;
    this.inString = inString;
    this.escape = escape;
    this.elemStart = elemStart;
    this.expectValue = expectValue;
  }

  /** The current element's text: pieces from earlier chunks plus `chunk[start, end)`. */
  private take(chunk: string, start: number, end: number): string {
    if (this.parts.length === 0) return chunk.slice(start, end);
    const text = this.parts.join('') + chunk.slice(start, end);
    this.parts = [];
    return text;
  }

  /** Reports a truncated or empty input; call once after the last chunk. */
  end(): void {
    if (this.unbalancedAt > 0) {
      this.onProblem({ line: this.unbalancedAt, reason: 'unbalanced }' });
      this.unbalancedAt = 0;
    }
    if (this.stopped) return;
    if (this.state === BEFORE) this.onProblem({ line: this.line, reason: 'empty input: no JSON array found' });
    else if (this.state === IN_ARRAY) {
      if (this.parts.length > 0 || this.depth > 0 || this.inString)
        this.onProblem({
          line: this.elemLine,
          reason: `truncated JSON: input ends inside element #${this.index} (started here)`,
        });
      else this.onProblem({ line: this.line, reason: 'truncated JSON: missing closing ]' });
    }
  }
}

/** The elements a scanner finds in its current chunk, as a synchronous iterable. */
export function* drainScanner(scanner: JsonArrayScanner): Generator<JsonItem> {
  for (let item = scanner.next(); item !== undefined; item = scanner.next()) yield item;
}

/**
 * Yields the elements of a top-level JSON array read from text chunks, one synchronous batch per
 * chunk. Bad elements are reported via `onProblem` and skipped; structural problems (no array,
 * truncated input, trailing garbage) are reported once and end the stream without throwing.
 */
export async function* streamJsonArrayBatches(
  chunks: AsyncIterable<string>,
  onProblem: (p: JsonProblem) => void,
): AsyncGenerator<Iterable<JsonItem>> {
  const scanner = new JsonArrayScanner(onProblem);
  for await (const chunk of chunks) {
    scanner.feed(chunk);
    yield drainScanner(scanner);
    if (scanner.stopped) return;
  }
  scanner.end();
}

/** Like `streamJsonArrayBatches`, one element at a time. */
export async function* streamJsonArray(
  chunks: AsyncIterable<string>,
  onProblem: (p: JsonProblem) => void,
): AsyncGenerator<JsonItem> {
  for await (const batch of streamJsonArrayBatches(chunks, onProblem)) yield* batch;
}

/** Parses one JSON-lines line; undefined (and reported) when blank or bad. `index` counts non-blank lines. */
export function parseJsonLine(
  text: string,
  line: number,
  index: number,
  onProblem: (p: JsonProblem) => void,
): JsonItem | undefined {
  try {
    return { value: JSON.parse(text), line, index };
  } catch (err) {
    onProblem({ line, reason: `invalid JSON line: ${(err as Error).message}` });
    return undefined;
  }
}

/** JSON-lines: one value per non-blank line; bad lines are reported and skipped. */
export async function* streamJsonLines(
  lines: AsyncIterable<{ text: string; line: number }>,
  onProblem: (p: JsonProblem) => void,
): AsyncGenerator<JsonItem> {
  let index = 0;
  for await (const { text, line } of lines) {
    if (text.trim() === '') continue;
    const item = parseJsonLine(text, line, index++, onProblem);
    if (item) yield item;
  }
}
