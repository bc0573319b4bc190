import { closeSync, openSync, readSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Conversation, ReadContext, Turn } from '../types.ts';
import type { CorpusReader, ReaderOptions } from './types.ts';

/** Natural order so `case_2` comes before `case_10` and runs are reproducible. */
export function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Files under `input` (itself if a file), recursively, filtered by extension, in natural order. */
export async function listFiles(input: string, exts: string[]): Promise<string[]> {
  const info = await stat(input);
  if (info.isFile()) return [input];
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => naturalCompare(a.name, b.name));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && exts.some((x) => e.name.toLowerCase().endsWith(x))) out.push(full);
    }
  };
  await walk(input);
  return out;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads a dotted path (`a.b.0.c`) from a parsed record. */
export function getPath(obj: unknown, dotted: string): unknown {
  let cur: unknown = obj;
  for (const key of dotted.split('.')) {
    if (Array.isArray(cur)) cur = cur[Number(key)];
    else if (isRecord(cur)) cur = cur[key];
    else return undefined;
  }
  return cur;
}

export function idOf(value: unknown, fallback: string | number): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : String(fallback);
}

/** A one-text record of a classification corpus. */
export function labelledText(
  base: Pick<Conversation, 'provenance'>,
  text: string,
  labels: string[],
  meta: Record<string, unknown> = {},
): Conversation {
  return { provenance: base.provenance, turns: [{ role: 'user', content: text }], task: 'classification', labels, meta };
}

const ROLE_ALIASES: Record<string, Turn['role']> = {
  user: 'user',
  human: 'user',
  client: 'user',
  seeker: 'user',
  assistant: 'assistant',
  gpt: 'assistant',
  bot: 'assistant',
  counselor: 'assistant',
  counsellor: 'assistant',
  supporter: 'assistant',
  system: 'system',
};

export function normaliseRole(role: unknown): Turn['role'] | undefined {
  if (role === 'user' || role === 'assistant') return role; // the common case, without allocating
  return typeof role === 'string' ? ROLE_ALIASES[role.trim().toLowerCase()] : undefined;
}

/**
 * Turns a `messages` array ({role, content}) into turns; a leading system message becomes the
 * conversation's system prompt. Returns a reason string when the array is unusable.
 */
export function turnsFromMessages(
  messages: unknown,
  roleKey = 'role',
  contentKey = 'content',
): { turns: Turn[]; system?: string } | string {
  if (!Array.isArray(messages)) return 'messages is not an array';
  const turns: Turn[] = [];
  let system: string | undefined;
  for (let i = 0; i < messages.length; i++) {
    const m: unknown = messages[i];
    if (!isRecord(m)) return `messages[${i}] is not an object`;
    const role = normaliseRole(m[roleKey]);
    if (!role) return `messages[${i}].${roleKey} is not a known role (${JSON.stringify(m[roleKey])})`;
    const content = m[contentKey];
    if (typeof content !== 'string') return `messages[${i}].${contentKey} is not a string`;
    if (role === 'system' && turns.length === 0 && system === undefined) system = content;
    else turns.push({ role, content });
  }
  return system === undefined ? { turns } : { turns, system };
}

export function badFor(ctx: ReadContext, file: string, line: number) {
  return (reason: string) => ctx.onBad({ file, line, reason });
}

/** First bytes of a file as text (BOM stripped), without reading the whole file. */
export function peekText(file: string, bytes = 4096): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    closeSync(fd);
  }
}

/** One record at a time from synchronous batches (the `read` of a reader that has `readBatches`). */
export async function* flattenBatches<T>(batches: AsyncIterable<Iterable<T>>): AsyncGenerator<T> {
  for await (const batch of batches) yield* batch;
}

async function* singletons<T>(items: AsyncIterable<T>): AsyncGenerator<Iterable<T>> {
  for await (const item of items) yield [item];
}

/** A reader's conversations in synchronous batches: its own `readBatches`, or one record per batch. */
export function readInBatches(
  reader: CorpusReader,
  input: string,
  ctx: ReadContext,
  options: ReaderOptions,
): AsyncIterable<Iterable<Conversation>> {
  return reader.readBatches ? reader.readBatches(input, ctx, options) : singletons(reader.read(input, ctx, options));
}
