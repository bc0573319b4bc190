import { createReadStream } from 'node:fs';

/** Bytes read by all text sources in this process; progress bars turn it into a percentage and ETA. */
export const ioProgress = { bytes: 0 };

/**
 * Reads a file as UTF-8 text chunks, streaming. Invalid UTF-8 is reported once (with the byte offset)
 * through `onInvalid` and decoding continues with U+FFFD replacements, so one bad byte never ends a run.
 */
export async function* readTextChunks(
  file: string,
  onInvalid?: (byteOffset: number) => void,
  highWaterMark = 1 << 20,
): AsyncGenerator<string> {
  let decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let fatal = true;
  let offset = 0;
  for await (const chunk of createReadStream(file, { highWaterMark })) {
    const bytes = chunk as Buffer;
    let text: string;
    if (fatal) {
      try {
        text = decoder.decode(bytes, { stream: true });
      } catch {
        onInvalid?.(offset);
        fatal = false;
        // Re-decode this chunk leniently; a partial sequence carried over from the previous chunk is lost
        // (it was invalid anyway or will show as U+FFFD).
        decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
        text = decoder.decode(bytes, { stream: true });
      }
    } else {
      text = decoder.decode(bytes, { stream: true });
    }
    offset += bytes.length;
    ioProgress.bytes += bytes.length;
    if (text.length > 0) yield text;
  }
  const tail = decoder.decode();
  if (tail.length > 0) yield tail;
}

export interface Line {
  text: string;
  /** 1-based line number. */
  line: number;
}

/**
 * Splits text chunks into lines, synchronously: `feed` a chunk, take lines with `next` until it
 * returns undefined, and call `end` for a final line without a newline. Accepts LF and CRLF.
 */
export class LineSplitter {
  private carry = '';
  private text = '';
  private start = 0;
  private line = 0;

  feed(chunk: string): void {
    this.text = this.carry.length > 0 ? this.carry + chunk : chunk;
    this.carry = '';
    this.start = 0;
  }

  next(): Line | undefined {
    const { text, start } = this;
    const nl = text.indexOf('\n', start);
    if (nl < 0) {
      this.carry = text.slice(start);
      this.text = '';
      this.start = 0;
      return undefined;
    }
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    this.start = nl + 1;
    return { text: text.slice(start, end), line: ++this.line };
  }

  /** The last line when the input does not end with a newline. */
  end(): Line | undefined {
    const carry = this.carry;
    this.carry = '';
    if (carry.length === 0) return undefined;
    return { text: carry.endsWith('\r') ? carry.slice(0, -1) : carry, line: ++this.line };
  }
}

/** Splits text chunks into lines; accepts LF, CRLF and a final line without a newline. */
export async function* splitLines(chunks: AsyncIterable<string>): AsyncGenerator<Line> {
  const splitter = new LineSplitter();
  for await (const chunk of chunks) {
    splitter.feed(chunk);
    for (let l = splitter.next(); l !== undefined; l = splitter.next()) yield l;
  }
  const last = splitter.end();
  if (last) yield last;
}

/** Lines of a UTF-8 file; an invalid byte sequence is reported once through `onInvalid`. */
export function readLines(file: string, onInvalid?: (byteOffset: number) => void): AsyncGenerator<Line> {
  return splitLines(readTextChunks(file, onInvalid));
}
