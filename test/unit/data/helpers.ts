import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findReader, type BadRecord, type Conversation, type ReaderOptions } from '../../../src/data/index.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixtures = path.join(repoRoot, 'test/fixtures/data');
export const fx = (...p: string[]) => path.join(fixtures, ...p);

export async function readAll(
  reader: string,
  input: string,
  options: ReaderOptions = {},
): Promise<{ convs: Conversation[]; bad: BadRecord[] }> {
  const r = findReader(reader);
  if (!r) throw new Error(`no reader ${reader}`);
  const convs: Conversation[] = [];
  const bad: BadRecord[] = [];
  for await (const c of r.read(input, { onBad: (b) => bad.push(b) }, options)) convs.push(c);
  return { convs, bad };
}

/** Just roles and contents, for compact exact assertions. */
export const rc = (c: Conversation) => c.turns.map((t) => [t.role, t.content]);

export async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
