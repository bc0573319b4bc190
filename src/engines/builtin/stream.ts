/**
 * Splits a reply into the small pieces the engine streams: English words with the space that
 * follows them, Chinese in word-sized segments (Intl.Segmenter) with punctuation kept on the word
 * before it. Joining the pieces gives the text back exactly.
 */
import { containsHan } from './lexicon.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export function streamPieces(text: string): string[] {
  const pieces: string[] = [];
  for (const line of text.split(/(?<=\n)/)) {
    if (containsHan(line)) {
      for (const seg of segmenter.segment(line)) {
        const prev = pieces.length - 1;
        // Punctuation and spaces ride along with the word before them, so no piece is a lone comma.
        if (!seg.isWordLike && prev >= 0 && !pieces[prev]?.endsWith('\n') && !/^\s*\d/.test(seg.segment))
          pieces[prev] += seg.segment;
        else pieces.push(seg.segment);
      }
    } else {
      pieces.push(...line.split(/(?<=\s)(?=\S)/));
    }
  }
  return pieces.filter((p) => p !== '');
}

/** Waits `ms`, resolving early (with false) when the signal aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
