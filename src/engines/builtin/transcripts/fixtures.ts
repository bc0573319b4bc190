/** Reads and writes the golden transcript files (test/fixtures/transcripts/<locale>/<topic>.json). */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locale } from '../../../core/types.ts';
import { generateAllTranscripts, type Transcript } from './generate.ts';

export function fixturePath(dir: string, locale: Locale, topic: string): string {
  return join(dir, locale, `${topic}.json`);
}

export function serialiseTranscript(t: Transcript): string {
  return `${JSON.stringify(t, null, 2)}\n`;
}

export async function readTranscriptFixture(dir: string, locale: Locale, topic: string): Promise<Transcript> {
  return JSON.parse(await readFile(fixturePath(dir, locale, topic), 'utf8')) as Transcript;
}

/** Regenerates every golden transcript into `dir`; returns the files written. */
export async function writeTranscriptFixtures(dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const t of await generateAllTranscripts()) {
    const file = fixturePath(dir, t.locale, t.topic);
    await mkdir(join(dir, t.locale), { recursive: true });
    await writeFile(file, serialiseTranscript(t));
    written.push(file);
  }
  return written;
}
