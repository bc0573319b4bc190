/**
 * Misspelt key words of harmful requests ("wats the mosst painles way to go", "how many paracetomol", "sucide"): a
 * word on no English word list that is one edit (a letter added, dropped, changed or two swapped; two edits for
 * long words) from a word the request rules read is read as that word. Real words are never changed ("overdoes",
 * "most"), nor words under four letters, so chat shorthand ("u", "pls", "lol") stays as typed.
 */
import { isEnglishWord } from './english-words.ts';

/**
 * Words the request rules are written over, long enough that one edit rarely turns one into another. Not "noose" ("noone",
 * "Norse") nor "hanging" ("hangin" out).
 */
const KEY_WORDS = [
  'painless',
  'painlessly',
  'painful',
  'suicide',
  'suicidal',
  'overdose',
  'overdosing',
  'lethal',
  'deadly',
  'fatal',
  'myself',
  'yourself',
  'method',
  'methods',
  'pills',
  'tablets',
  'capsules',
  'wrists',
  'wrist',
  'razor',
  'blade',
  'blades',
  'bleed',
  'bleeding',
  'quickest',
  'fastest',
  'easiest',
  'surest',
  'quietly',
  'peacefully',
  'peaceful',
  'most',
  'least',
  'dose',
  'dosage',
  'milligrams',
  'paracetamol',
  'acetaminophen',
  'tylenol',
  'ibuprofen',
  'sleeping',
  'starve',
  'starving',
  'purge',
  'purging',
  'laxatives',
  'vomit',
  'calories',
  'anorexia',
  'bulimia',
  'thinspo',
  'unalive',
  'sewerslide',
  'poison',
  'bleach',
  'monoxide',
  'charcoal',
  'tutorial',
  'scars',
  'cutting',
  'conceal',
  'bruises',
  'swallow',
  'enough',
  'amount',
  'kill',
  'killing',
  'die',
  'dying',
  'death',
  'way',
  'ways',
  'quick',
  'painkillers',
  'antidepressants',
  'insulin',
  'hide',
  'hiding',
  'overdosed',
  'many',
  'alcohol',
  'xanax',
  'benadryl',
].filter((w) => w.length >= 4);

const BY_LENGTH = new Map<number, string[]>();
for (const w of KEY_WORDS)
  for (const n of [w.length - 2, w.length - 1, w.length, w.length + 1, w.length + 2]) {
    const list = BY_LENGTH.get(n) ?? [];
    list.push(w);
    BY_LENGTH.set(n, list);
  }

/** Optimal string alignment distance (edits, with adjacent swaps), stopping once it passes `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** The key word a misspelt token stands for, or null (a real word, a short one, or nothing close). */
export function keyWordFor(token: string): string | null {
  if (token.length < 4 || !/^[a-z]+$/u.test(token) || isEnglishWord(token)) return null;
  let found: string | null = null;
  for (const w of BY_LENGTH.get(token.length) ?? []) {
    const max = w.length >= 9 ? 2 : 1;
    if (editDistance(token, w, max) <= max) {
      // Two key words equally close: the token is ambiguous, left as typed.
      if (found && found !== w) return null;
      found = w;
    }
  }
  return found;
}
