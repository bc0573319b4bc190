export * from './generate.ts';
export * from './fixtures.ts';
export { TRANSCRIPT_SCRIPTS, type TranscriptScript } from './scripts.ts';
