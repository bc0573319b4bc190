import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SqliteRepository } from '../../../src/store/index.ts';

let dir: string;
let repo: SqliteRepository;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carellm-store-'));
  repo = new SqliteRepository(path.join(dir, 'db.sqlite'));
});
afterEach(async () => {
  await repo.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('SqliteRepository', () => {
  it('opens in WAL mode and applies every migration', () => {
    const raw = new Database(path.join(dir, 'db.sqlite'));
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    expect(repo.schemaVersion()).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
  });

  it('re-opening an existing file does not re-run migrations or lose data', async () => {
    const s = await repo.createSession({ locale: 'en', title: 'kept' });
    await repo.close();
    repo = new SqliteRepository(path.join(dir, 'db.sqlite'));
    expect((await repo.getSession(s.id))?.title).toBe('kept');
  });

  it('creates, lists, updates and deletes sessions', async () => {
    const a = await repo.createSession({ locale: 'zh-CN' });
    const b = await repo.createSession({ locale: 'en', title: 'second' });
    expect(a.title).toBe('');
    expect((await repo.listSessions()).map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
    const renamed = await repo.updateSession(a.id, { title: '新的标题', flags: ['crisis'] });
    expect(renamed?.title).toBe('新的标题');
    expect(renamed?.flags).toEqual(['crisis']);
    expect(await repo.updateSession('ses_missing', { title: 'x' })).toBeNull();
    expect(await repo.deleteSession(a.id)).toBe(true);
    expect(await repo.deleteSession(a.id)).toBe(false);
    expect(await repo.getSession(a.id)).toBeNull();
  });

  it('keeps messages in insertion order and cascades deletes to messages and analyses', async () => {
    const s = await repo.createSession({ locale: 'en' });
    const m1 = await repo.addMessage({ sessionId: s.id, role: 'user', content: 'one', status: 'complete' });
    const m2 = await repo.addMessage({
      sessionId: s.id,
      role: 'assistant',
      content: 'two',
      status: 'streaming',
      meta: { k: 1 },
    });
    await repo.addAnalysis({ sessionId: s.id, messageId: m1.id, kind: 'risk', data: { level: 'none' } });
    expect((await repo.listMessages(s.id)).map((m) => m.content)).toEqual(['one', 'two']);
    expect((await repo.getMessage(m2.id))?.meta).toEqual({ k: 1 });
    expect(await repo.listAnalyses(s.id, 'risk')).toHaveLength(1);
    await repo.deleteSession(s.id);
    expect(await repo.listMessages(s.id)).toEqual([]);
    expect(await repo.listAnalyses(s.id)).toEqual([]);
  });

  it('updates a growing message and finalises its status', async () => {
    const s = await repo.createSession({ locale: 'en' });
    const m = await repo.addMessage({
      sessionId: s.id,
      role: 'assistant',
      content: 'Hel',
      status: 'streaming',
    });
    await repo.updateMessage(m.id, { content: 'Hello' });
    const done = await repo.updateMessage(m.id, { status: 'complete' });
    expect(done?.content).toBe('Hello');
    expect(done?.status).toBe('complete');
    expect(await repo.updateMessage('msg_missing', { content: 'x' })).toBeNull();
  });

  it('marks messages left streaming as interrupted on recovery, and only those', async () => {
    const s = await repo.createSession({ locale: 'en' });
    const a = await repo.addMessage({
      sessionId: s.id,
      role: 'assistant',
      content: 'partial',
      status: 'streaming',
    });
    const b = await repo.addMessage({
      sessionId: s.id,
      role: 'assistant',
      content: 'whole',
      status: 'complete',
    });
    expect(await repo.recoverInterrupted()).toBe(1);
    expect((await repo.getMessage(a.id))?.status).toBe('interrupted');
    expect((await repo.getMessage(a.id))?.content).toBe('partial');
    expect((await repo.getMessage(b.id))?.status).toBe('complete');
    expect(await repo.recoverInterrupted()).toBe(0);
  });

  it('stores audit events without message text, screenings and suggestion feedback', async () => {
    const s = await repo.createSession({ locale: 'en' });
    await repo.addAuditEvent({ sessionId: s.id, kind: 'safety.crisis-protocol', data: { level: 'high' } });
    expect((await repo.listAuditEvents(s.id))[0]?.data).toEqual({ level: 'high' });
    await repo.addScreening({
      sessionId: s.id,
      instrument: 'phq9',
      answers: [1, 1, 1, 1, 1, 1, 1, 1, 0],
      score: 8,
      band: 'mild',
      data: {},
    });
    expect((await repo.listScreenings({ instrument: 'phq9' }))[0]?.answers).toHaveLength(9);
    await repo.addSuggestionFeedback({ sessionId: s.id, suggestionId: 'breathing', helpful: true });
    expect((await repo.listSuggestionFeedback())[0]?.helpful).toBe(true);
  });

  it('rejects a message for a session that does not exist', async () => {
    await expect(
      repo.addMessage({ sessionId: 'ses_nope', role: 'user', content: 'x', status: 'complete' }),
    ).rejects.toThrow();
  });
});
