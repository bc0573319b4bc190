export * from './sets.ts';
export * from './evaluate.ts';
export * from './summary.ts';
