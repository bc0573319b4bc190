import type { ReadContext } from '../types.ts';
import { streamJsonArray, streamJsonLines, type JsonItem } from './json-stream.ts';
import { readTextChunks, splitLines } from './text-source.ts';

/** Puts an already-read first chunk back in front of the rest of a chunk stream. */
async function* prepend(first: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/**
 * Streams the records of a JSON file that is either one top-level array (read element by element) or
 * JSON lines. Problems go to `ctx.onBad` with file and line.
 */
export async function* readJsonRecords(file: string, ctx: ReadContext): AsyncGenerator<JsonItem> {
  const chunks = readTextChunks(file, (offset) =>
    ctx.onBad({ file, line: 0, reason: `invalid UTF-8 near byte ${offset}; bytes replaced with U+FFFD` }),
  );
  const it = chunks[Symbol.asyncIterator]();
  let first = '';
  for (;;) {
    const next = await it.next();
    if (next.done) break;
    first += next.value;
    if (first.trim().length > 0) break;
  }
  const onProblem = (p: { line: number; reason: string }) => ctx.onBad({ file, line: p.line, reason: p.reason });
  const lead = first.trimStart();
  if (lead.length === 0) {
    ctx.onBad({ file, line: 0, reason: 'empty file' });
    return;
  }
  const source = prepend(first, it);
  if (lead.startsWith('[')) yield* streamJsonArray(source, onProblem);
  else yield* streamJsonLines(splitLines(source), onProblem);
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
