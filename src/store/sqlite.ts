import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { AnalysisRecord, Locale, Message, MessageStatus, Role, Session } from '../core/types.ts';
import { newId, nowIso } from './ids.ts';
import { MIGRATIONS } from './migrations.ts';
import type {
  AuditEvent,
  MessagePatch,
  NewAnalysis,
  NewMessage,
  NewSession,
  Repository,
  ScreeningRecord,
  SuggestionFeedback,
} from './types.ts';

interface SessionRow {
  id: string;
  title: string;
  locale: string;
  flags: string;
  created_at: string;
  updated_at: string;
}
interface MessageRow {
  id: string;
  session_id: string;
  role: string;
  content: string;
  status: string;
  meta: string;
  created_at: string;
  updated_at: string;
}
interface AnalysisRow {
  id: string;
  session_id: string;
  message_id: string;
  kind: string;
  data: string;
  created_at: string;
}
interface AuditRow {
  id: string;
  session_id: string | null;
  kind: string;
  data: string;
  created_at: string;
}

const toSession = (r: SessionRow): Session => ({
  id: r.id,
  title: r.title,
  locale: r.locale as Locale,
  flags: JSON.parse(r.flags) as string[],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const toMessage = (r: MessageRow): Message => ({
  id: r.id,
  sessionId: r.session_id,
  role: r.role as Role,
  content: r.content,
  status: r.status as MessageStatus,
  meta: JSON.parse(r.meta) as Record<string, unknown>,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const toAnalysis = (r: AnalysisRow): AnalysisRecord => ({
  id: r.id,
  sessionId: r.session_id,
  messageId: r.message_id,
  kind: r.kind,
  data: JSON.parse(r.data) as unknown,
  createdAt: r.created_at,
});

/** SQLite repository: one file, WAL mode, migrations applied on open. */
export class SqliteRepository implements Repository {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;

  constructor(file: string) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL is durable across process crashes in WAL mode (only an OS crash can lose the last commit).
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
  }

  /** Applies every migration newer than the stored `user_version`, each in its own transaction. */
  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        this.db.pragma(`user_version = ${m.version}`);
      })();
    }
  }

  schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  async createSession(input: NewSession): Promise<Session> {
    const now = nowIso();
    const row: SessionRow = {
      id: newId('ses'),
      title: input.title ?? '',
      locale: input.locale,
      flags: '[]',
      created_at: now,
      updated_at: now,
    };
    this.db
      .prepare(
        'INSERT INTO sessions (id, title, locale, flags, created_at, updated_at) VALUES (@id, @title, @locale, @flags, @created_at, @updated_at)',
      )
      .run(row);
    return toSession(row);
  }

  async getSession(id: string): Promise<Session | null> {
    const row = this.db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined;
    return row ? toSession(row) : null;
  }

  async listSessions(): Promise<Session[]> {
    const rows = this.db
      .prepare('SELECT * FROM sessions ORDER BY updated_at DESC, id DESC')
      .all() as SessionRow[];
    return rows.map(toSession);
  }

  async updateSession(
    id: string,
    patch: { title?: string; locale?: Locale; flags?: string[] },
  ): Promise<Session | null> {
    const existing = await this.getSession(id);
    if (!existing) return null;
    const next = {
      id,
      title: patch.title ?? existing.title,
      locale: patch.locale ?? existing.locale,
      flags: JSON.stringify(patch.flags ?? existing.flags),
      updated_at: nowIso(),
    };
    this.db
      .prepare(
        'UPDATE sessions SET title=@title, locale=@locale, flags=@flags, updated_at=@updated_at WHERE id=@id',
      )
      .run(next);
    return this.getSession(id);
  }

  async deleteSession(id: string): Promise<boolean> {
    const info = this.db.prepare('DELETE FROM sessions WHERE id = ?').run(id);
    return info.changes > 0;
  }

  async addMessage(input: NewMessage): Promise<Message> {
    const now = nowIso();
    const insert = this.db.transaction((): MessageRow => {
      const seqRow = this.db
        .prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM messages WHERE session_id = ?')
        .get(input.sessionId) as { next: number };
      const row = {
        id: newId('msg'),
        session_id: input.sessionId,
        seq: seqRow.next,
        role: input.role,
        content: input.content,
        status: input.status,
        meta: JSON.stringify(input.meta ?? {}),
        created_at: now,
        updated_at: now,
      };
      this.db
        .prepare(
          'INSERT INTO messages (id, session_id, seq, role, content, status, meta, created_at, updated_at) VALUES (@id, @session_id, @seq, @role, @content, @status, @meta, @created_at, @updated_at)',
        )
        .run(row);
      this.db.prepare('UPDATE sessions SET updated_at = ? WHERE id = ?').run(now, input.sessionId);
      return row;
    });
    return toMessage(insert());
  }

  async updateMessage(id: string, patch: MessagePatch): Promise<Message | null> {
    const sets: string[] = ['updated_at = @updated_at'];
    const params: Record<string, unknown> = { id, updated_at: nowIso() };
    if (patch.content !== undefined) {
      sets.push('content = @content');
      params.content = patch.content;
    }
    if (patch.status !== undefined) {
      sets.push('status = @status');
      params.status = patch.status;
    }
    if (patch.meta !== undefined) {
      sets.push('meta = @meta');
      params.meta = JSON.stringify(patch.meta);
    }
    const info = this.db.prepare(`UPDATE messages SET ${sets.join(', ')} WHERE id = @id`).run(params);
    return info.changes > 0 ? this.getMessage(id) : null;
  }

  async getMessage(id: string): Promise<Message | null> {
    const row = this.db.prepare('SELECT * FROM messages WHERE id = ?').get(id) as MessageRow | undefined;
    return row ? toMessage(row) : null;
  }

  async listMessages(sessionId: string): Promise<Message[]> {
    const rows = this.db
      .prepare('SELECT * FROM messages WHERE session_id = ? ORDER BY seq')
      .all(sessionId) as MessageRow[];
    return rows.map(toMessage);
  }

  async addAnalysis(input: NewAnalysis): Promise<AnalysisRecord> {
    const row: AnalysisRow = {
      id: newId('ana'),
      session_id: input.sessionId,
      message_id: input.messageId,
      kind: input.kind,
      data: JSON.stringify(input.data),
      created_at: nowIso(),
    };
    this.db
      .prepare(
        'INSERT INTO analyses (id, session_id, message_id, kind, data, created_at) VALUES (@id, @session_id, @message_id, @kind, @data, @created_at)',
      )
      .run(row);
    return toAnalysis(row);
  }

  async listAnalyses(sessionId: string, kind?: string): Promise<AnalysisRecord[]> {
    const rows = (
      kind === undefined
        ? this.db
            .prepare('SELECT * FROM analyses WHERE session_id = ? ORDER BY created_at, rowid')
            .all(sessionId)
        : this.db
            .prepare('SELECT * FROM analyses WHERE session_id = ? AND kind = ? ORDER BY created_at, rowid')
            .all(sessionId, kind)
    ) as AnalysisRow[];
    return rows.map(toAnalysis);
  }

  async addAuditEvent(event: {
    sessionId: string | null;
    kind: string;
    data: Record<string, unknown>;
  }): Promise<AuditEvent> {
    const row: AuditRow = {
      id: newId('aud'),
      session_id: event.sessionId,
      kind: event.kind,
      data: JSON.stringify(event.data),
      created_at: nowIso(),
    };
    this.db
      .prepare(
        'INSERT INTO audit_events (id, session_id, kind, data, created_at) VALUES (@id, @session_id, @kind, @data, @created_at)',
      )
      .run(row);
    return {
      id: row.id,
      sessionId: row.session_id,
      kind: row.kind,
      data: event.data,
      createdAt: row.created_at,
    };
  }

  async listAuditEvents(sessionId?: string): Promise<AuditEvent[]> {
    const rows = (
      sessionId === undefined
        ? this.db.prepare('SELECT * FROM audit_events ORDER BY created_at, rowid').all()
        : this.db
            .prepare('SELECT * FROM audit_events WHERE session_id = ? ORDER BY created_at, rowid')
            .all(sessionId)
    ) as AuditRow[];
    return rows.map((r) => ({
      id: r.id,
      sessionId: r.session_id,
      kind: r.kind,
      data: JSON.parse(r.data) as Record<string, unknown>,
      createdAt: r.created_at,
    }));
  }

  async addScreening(input: Omit<ScreeningRecord, 'id' | 'createdAt'>): Promise<ScreeningRecord> {
    const record: ScreeningRecord = { ...input, id: newId('scr'), createdAt: nowIso() };
    this.db
      .prepare(
        'INSERT INTO screenings (id, session_id, instrument, answers, score, band, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        record.id,
        record.sessionId,
        record.instrument,
        JSON.stringify(record.answers),
        record.score,
        record.band,
        JSON.stringify(record.data),
        record.createdAt,
      );
    return record;
  }

  async listScreenings(filter: { sessionId?: string; instrument?: string } = {}): Promise<ScreeningRecord[]> {
    const where: string[] = [];
    const params: string[] = [];
    if (filter.sessionId !== undefined) {
      where.push('session_id = ?');
      params.push(filter.sessionId);
    }
    if (filter.instrument !== undefined) {
      where.push('instrument = ?');
      params.push(filter.instrument);
    }
    const sql = `SELECT * FROM screenings ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, rowid`;
    const rows = this.db.prepare(sql).all(...params) as Array<{
      id: string;
      session_id: string | null;
      instrument: string;
      answers: string;
      score: number;
      band: string;
      data: string;
      created_at: string;
    }>;
    return rows.map((r) => ({
      id: r.id,
      sessionId: r.session_id,
      instrument: r.instrument,
      answers: JSON.parse(r.answers) as number[],
      score: r.score,
      band: r.band,
      data: JSON.parse(r.data) as Record<string, unknown>,
      createdAt: r.created_at,
    }));
  }

  async addSuggestionFeedback(
    input: Omit<SuggestionFeedback, 'id' | 'createdAt'>,
  ): Promise<SuggestionFeedback> {
    const record: SuggestionFeedback = { ...input, id: newId('fbk'), createdAt: nowIso() };
    this.db
      .prepare(
        'INSERT INTO suggestion_feedback (id, session_id, suggestion_id, helpful, created_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(record.id, record.sessionId, record.suggestionId, record.helpful ? 1 : 0, record.createdAt);
    return record;
  }

  async listSuggestionFeedback(): Promise<SuggestionFeedback[]> {
    const rows = this.db
      .prepare('SELECT * FROM suggestion_feedback ORDER BY created_at, rowid')
      .all() as Array<{
      id: string;
      session_id: string | null;
      suggestion_id: string;
      helpful: number;
      created_at: string;
    }>;
    return rows.map((r) => ({
      id: r.id,
      sessionId: r.session_id,
      suggestionId: r.suggestion_id,
      helpful: r.helpful === 1,
      createdAt: r.created_at,
    }));
  }

  async recoverInterrupted(): Promise<number> {
    const info = this.db
      .prepare("UPDATE messages SET status = 'interrupted', updated_at = ? WHERE status = 'streaming'")
      .run(nowIso());
    return info.changes;
  }

  async ping(): Promise<boolean> {
    return (this.db.prepare('SELECT 1 AS ok').get() as { ok: number }).ok === 1;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
