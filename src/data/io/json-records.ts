import type { ReadContext } from '../types.ts';
import { drainScanner, JsonArrayScanner, parseJsonLine, type JsonItem, type JsonProblem } from './json-stream.ts';
import { LineSplitter, readTextChunks } from './text-source.ts';

/** JSON-lines items of the splitter's current chunk; `counter.index` numbers the non-blank lines. */
function* jsonLineItems(
  splitter: LineSplitter,
  counter: { index: number },
  onProblem: (p: JsonProblem) => void,
  last = false,
): Generator<JsonItem> {
  for (let l = last ? splitter.end() : splitter.next(); l !== undefined; l = last ? undefined : splitter.next()) {
    if (l.text.trim() === '') continue;
    const item = parseJsonLine(l.text, l.line, counter.index++, onProblem);
    if (item) yield item;
  }
}

/**
 * Streams the records of a JSON file that is either one top-level array (read element by element) or
 * JSON lines, as one synchronous batch per text chunk (about 1 MB), so consumers pay for one promise
 * per chunk rather than per record. Problems go to `ctx.onBad` with file and line, in input order.
 */
export async function* readJsonRecordBatches(file: string, ctx: ReadContext): AsyncGenerator<Iterable<JsonItem>> {
  const chunks = readTextChunks(file, (offset) =>
    ctx.onBad({ file, line: 0, reason: `invalid UTF-8 near byte ${offset}; bytes replaced with U+FFFD` }),
  );
  const it = chunks[Symbol.asyncIterator]();
  try {
    let first = '';
    for (;;) {
      const next = await it.next();
      if (next.done) break;
      first += next.value;
      if (first.trim().length > 0) break;
    }
    const onProblem = (p: JsonProblem) => ctx.onBad({ file, line: p.line, reason: p.reason });
    const lead = first.trimStart();
    if (lead.length === 0) {
      ctx.onBad({ file, line: 0, reason: 'empty file' });
      return;
    }
    if (lead.startsWith('[')) {
      const scanner = new JsonArrayScanner(onProblem);
      for (let chunk: string | undefined = first; chunk !== undefined; ) {
        scanner.feed(chunk);
        yield drainScanner(scanner);
        if (scanner.stopped) return;
        const next = await it.next();
        chunk = next.done ? undefined : next.value;
      }
      scanner.end();
    } else {
      const splitter = new LineSplitter();
      const counter = { index: 0 };
      for (let chunk: string | undefined = first; chunk !== undefined; ) {
        splitter.feed(chunk);
        yield jsonLineItems(splitter, counter, onProblem);
        const next = await it.next();
        chunk = next.done ? undefined : next.value;
      }
      yield jsonLineItems(splitter, counter, onProblem, true);
    }
  } finally {
    // Closes the file when the consumer stops early.
    await it.return?.(undefined);
  }
}

/** Like `readJsonRecordBatches`, one record at a time. */
export async function* readJsonRecords(file: string, ctx: ReadContext): AsyncGenerator<JsonItem> {
  for await (const batch of readJsonRecordBatches(file, ctx)) yield* batch;
}

/** Reads a small JSON file whole (used for per-file corpora whose files are a few KB each). */
export async function readSmallJson(file: string, ctx: ReadContext): Promise<unknown | undefined> {
  let text = '';
  for await (const chunk of readTextChunks(file, (o) =>
    ctx.onBad({ file, line: 0, reason: `invalid UTF-8 near byte ${o}` }),
  ))
    text += chunk;
  try {
    return JSON.parse(text);
  } catch (err) {
    ctx.onBad({ file, line: 0, reason: `invalid JSON: ${(err as Error).message}` });
    return undefined;
  }
}
