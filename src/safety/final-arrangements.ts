/**
 * Session 22: final arrangements told together ("cleaned the apartment, paid rent through the end of the month, left
 * a note for my landlord", "房租交到月底 冰箱清空了 给我妈留了信"). One of them is everyday (a note, a paid bill); several
 * kinds in one message, with no move, trip or someone else's death to explain them, are how people put their affairs
 * in order. Read over NORMALISED text; the kinds are in `data/final-arrangements.ts`.
 */
import { ARRANGEMENT_EXPLAINED, ARRANGEMENT_KINDS } from './data/final-arrangements.ts';

export interface Arrangements {
  /** Distinct kinds found (a pet placed, rent paid ahead, debts repaid, work handed over, …). */
  kinds: string[];
  /** Span of the first cue found, in the normalised text. */
  start: number;
  end: number;
}

/** The kinds of final arrangement told in the text, or null when fewer than two or when explained by a move or trip. */
export function findArrangements(normText: string): Arrangements | null {
  const found: Array<{ kind: string; start: number; end: number }> = [];
  for (const { kind, re } of ARRANGEMENT_KINDS) {
    const m = re.exec(normText);
    if (m) found.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  if (found.length < 2 || ARRANGEMENT_EXPLAINED.test(normText)) return null;
  found.sort((a, b) => a.start - b.start);
  return { kinds: found.map((f) => f.kind), start: found[0]!.start, end: found[0]!.end };
}
