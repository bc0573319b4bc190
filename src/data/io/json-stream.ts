/**
 * Streaming JSON readers with flat memory: a top-level array is yielded one element at a time, never
 * held whole. The scanner only tracks strings, escapes and bracket depth to find element boundaries;
 * each element's text is then handed to `JSON.parse`, so values are exactly what `JSON.parse` gives.
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

const WS = new Set([0x20, 0x09, 0x0a, 0x0d, 0xfeff]);

/**
 * Yields the elements of a top-level JSON array read from text chunks. Bad elements are reported via
 * `onProblem` and skipped; structural problems (no array, truncated input, trailing garbage) are
 * reported once and end the stream without throwing.
 */
export async function* streamJsonArray(
  chunks: AsyncIterable<string>,
  onProblem: (p: JsonProblem) => void,
): AsyncGenerator<JsonItem> {
  let state: 'before' | 'inArray' | 'after' = 'before';
  let line = 1;
  let depth = 0; // depth inside the current element (0 = between elements)
  let inString = false;
  let escape = false;
  let parts: string[] = []; // pieces of the current element from earlier chunks
  let elemStart = -1; // start index of the current element in the current chunk, -1 when none
  let elemLine = 0;
  let index = 0;
  let reportedAfter = false;
  let expectValue = true; // inside array: true after '[' or ','

  const finish = (text: string): JsonItem | null => {
    const t = text.trim();
    const at = index++;
    try {
      return { value: JSON.parse(t), line: elemLine, index: at };
    } catch (err) {
      onProblem({ line: elemLine, reason: `invalid JSON element #${at}: ${(err as Error).message}` });
      return null;
    }
  };

  for await (const chunk of chunks) {
    const n = chunk.length;
    let i = 0;
    if (elemStart >= 0 || parts.length > 0) elemStart = 0; // element continues from the previous chunk
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
      if (state === 'before') {
        if (c === 0x5b) {
          state = 'inArray';
          expectValue = true;
        } else if (!WS.has(c)) {
          onProblem({ line, reason: 'top-level JSON value is not an array' });
          return;
        }
        i++;
        continue;
      }
      if (state === 'after') {
        if (!WS.has(c) && !reportedAfter) {
          onProblem({ line, reason: 'unexpected content after the closing ]' });
          reportedAfter = true;
        }
        i++;
        continue;
      }
      // state === 'inArray'
      if (depth === 0 && elemStart < 0 && parts.length === 0) {
        // Between elements.
        if (WS.has(c)) {
          i++;
          continue;
        }
        if (c === 0x2c) {
          if (expectValue) onProblem({ line, reason: 'empty array element (stray comma)' });
          expectValue = true;
          i++;
          continue;
        }
        if (c === 0x5d) {
          state = 'after';
          i++;
          continue;
        }
        if (!expectValue) onProblem({ line, reason: 'missing comma between array elements' });
        elemStart = i;
        elemLine = line;
        expectValue = false;
        // fall through: the first character of the element is examined below
      }
      if (c === 0x22) inString = true;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        if (depth === 0) {
          // A `]` ends the array and the current primitive element.
          const text = parts.join('') + chunk.slice(elemStart, i);
          parts = [];
          elemStart = -1;
          const item = finish(text);
          if (item) yield item;
          if (c === 0x5d) state = 'after';
          else onProblem({ line, reason: 'unbalanced }' });
          i++;
          continue;
        }
        depth--;
        if (depth === 0 && elemStart >= 0) {
          const text = parts.join('') + chunk.slice(elemStart, i + 1);
          parts = [];
          elemStart = -1;
          const item = finish(text);
          if (item) yield item;
          i++;
          continue;
        }
      } else if (c === 0x2c && depth === 0) {
        // End of a primitive element.
        const text = parts.join('') + chunk.slice(elemStart, i);
        parts = [];
        elemStart = -1;
        const item = finish(text);
        if (item) yield item;
        expectValue = true;
      }
      i++;
    }
    if (elemStart >= 0) {
      parts.push(chunk.slice(elemStart));
      elemStart = -1;
    }
  }
  if (state === 'before') onProblem({ line, reason: 'empty input: no JSON array found' });
  else if (state === 'inArray') {
    if (parts.length > 0 || depth > 0 || inString)
      onProblem({ line: elemLine, reason: `truncated JSON: input ends inside element #${index} (started here)` });
    else onProblem({ line, reason: 'truncated JSON: missing closing ]' });
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
    try {
      yield { value: JSON.parse(text), line, index: index++ };
    } catch (err) {
      index++;
      onProblem({ line, reason: `invalid JSON line: ${(err as Error).message}` });
    }
  }
}
