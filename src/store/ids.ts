import { randomUUID } from 'node:crypto';

/** Time-ordered, URL-safe ids: a millisecond prefix keeps rows sortable, the UUID tail keeps them unique. */
export function newId(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${randomUUID().replace(/-/g, '').slice(0, 16)}`;
}

export function nowIso(): string {
  return new Date().toISOString();
}
