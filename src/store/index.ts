import path from 'node:path';
import { SqliteRepository } from './sqlite.ts';
import type { Repository } from './types.ts';

export type {
  Repository,
  NewMessage,
  NewSession,
  MessagePatch,
  NewAnalysis,
  AuditEvent,
  ScreeningRecord,
  SuggestionFeedback,
} from './types.ts';
export { SqliteRepository } from './sqlite.ts';
export { MIGRATIONS } from './migrations.ts';

/** Opens the configured repository. Only SQLite exists today; PostgreSQL plugs in here. */
export function openRepository(options: { kind: 'sqlite'; dataDir: string }): Repository {
  const repo = new SqliteRepository(path.join(options.dataDir, 'carellm.sqlite'));
  return repo;
}
