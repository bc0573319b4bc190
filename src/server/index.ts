export { buildApp, WEB_DIST } from './app.ts';
export { startServer, createPipelineDeps, packageVersion, type RunningServer } from './start.ts';
export type { AppContext } from './context.ts';
export { ApiError, ERRORS, type ErrorCode } from './errors.ts';
