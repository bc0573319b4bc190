import { expect, it } from 'vitest';
import { findPii } from '../../src/safety/index.ts';

/** Spans are in order, do not overlap, lie inside the text and quote it exactly. */
export function expectWellFormedSpans(text: string, spans: ReturnType<typeof findPii>): void {
  let end = 0;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(end);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    end = s.end;
  }
}

/** `findPii(text)` finds exactly `expected` ([type, text] pairs in order), as well-formed spans. */
export function expectPiiSpans(text: string, expected: Array<[string, string]>): void {
  const spans = findPii(text);
  expectWellFormedSpans(text, spans);
  expect(spans.map((s) => [s.type, s.text])).toEqual(expected);
}

/** The texts of the spans of one type that `findPii` finds in `text`, in order. */
export function spansOfType(text: string, type: string): string[] {
  return findPii(text)
    .filter((s) => s.type === type)
    .map((s) => s.text);
}

/** One case per row: among the NAME spans `findPii` finds in the text is the name given. Adds `it` cases. */
export function findsNames(rows: Array<[string, string]>): void {
  it.each(rows)('finds the name in %s', (text, name) => {
    expect(spansOfType(text, 'NAME')).toContain(name);
  });
}

/** One case per text: `findPii` finds no NAME span in it. Adds `it` cases. */
export function findsNoName(texts: string[]): void {
  it.each(texts)('finds no name in %s', (text) => {
    expect(spansOfType(text, 'NAME')).toEqual([]);
  });
}
