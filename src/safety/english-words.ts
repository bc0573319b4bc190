/**
 * The English word list (the `word-list` package, about 274,000 lowercase words from SCOWL), read once on first use
 * (about 60 ms, 20 MB). Shared by the name finder (a capitalised word on no list may be a name) and the request
 * rules' typo reading (a word on no list may be a misspelt one).
 */
import fs from 'node:fs';
import wordListPath from 'word-list';

let englishWords: Set<string> | null = null;

/** Whether a lowercase word is on the English word list. */
export function isEnglishWord(lower: string): boolean {
  englishWords ??= new Set(fs.readFileSync(wordListPath, 'utf8').split('\n'));
  return englishWords.has(lower);
}
