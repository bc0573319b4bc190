/* eslint-disable @typescript-eslint/no-explicit-any -- reference vectors are untyped JSON */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** ../shared/testvectors next to the repository (read-only, not committed). */
export const VECTORS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../shared/testvectors',
);
export const HAVE_VECTORS = existsSync(VECTORS_DIR);
if (!HAVE_VECTORS) console.warn(`[eval tests] SKIPPING reference-vector tests: ${VECTORS_DIR} is absent`);

export function loadVector<T = any>(rel: string): T {
  return JSON.parse(readFileSync(path.join(VECTORS_DIR, rel), 'utf8')) as T;
}

/** Parses "1/3"-style exact rationals used by the rouge vectors. */
export function num(v: number | string): number {
  if (typeof v === 'number') return v;
  const [a, b] = v.split('/');
  return b === undefined ? Number(a) : Number(a) / Number(b);
}

/** Python unittest assertAlmostEqual(places). */
export function almostEqual(a: number, b: number, places: number): boolean {
  return Math.round(Math.abs(a - b) * 10 ** places) === 0;
}
