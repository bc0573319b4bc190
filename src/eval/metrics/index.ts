export * from './tokenizers.ts';
export * from './bleu.ts';
export * from './nltk-bleu.ts';
export * from './rouge.ts';
export * from './distinct.ts';
export * from './bootstrap.ts';
export * from './recipes.ts';
export { porterStem } from './porter.ts';
export * from './intern.ts';
