export * from './metrics/index.ts';
export * from './score.ts';
export { readSegments } from './io/lines.ts';
export * from './run/testset.ts';
export * from './run/runner.ts';
export * from './judge/rubrics.ts';
export * from './judge/judge.ts';
export * from './report/report.ts';
export * from './safety/index.ts';
