/**
 * Attachment storage under `<dataDir>/media/<sessionId>/<attachmentId>/`. Every path component is
 * generated or validated here; the uploaded file name is kept only as a display label in the record.
 * Work happens in a staging folder that is renamed into place at the end, so a failed upload
 * leaves nothing behind.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { MediaKind } from './sniff.ts';
import { MediaError } from './errors.ts';
import { sniffMedia } from './sniff.ts';

export interface AttachmentRecord {
  id: string;
  sessionId: string;
  messageId?: string;
  kind: MediaKind;
  /** MIME type detected from the content (never the client's claim). */
  mimeType: string;
  /** Absolute path of the stored original, inside `<dataDir>/media/<sessionId>/`. */
  path: string;
  bytes: number;
  durationSec?: number;
  width?: number;
  height?: number;
  /** Display label only: the client's file name, cleaned. Never used to build a path. */
  originalName?: string;
  createdAt: string;
}

const ID_RE = /^[A-Za-z0-9_-]{1,100}$/;
const RECORD_FILE = 'attachment.json';

export function assertSafeId(value: string, what: string): void {
  if (!ID_RE.test(value)) throw new Error(`invalid ${what}: must match ${ID_RE}`);
}

export function mediaRoot(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'media');
}

export function sessionMediaDir(dataDir: string, sessionId: string): string {
  assertSafeId(sessionId, 'session id');
  return path.join(mediaRoot(dataDir), sessionId);
}

export function attachmentDir(dataDir: string, sessionId: string, attachmentId: string): string {
  assertSafeId(attachmentId, 'attachment id');
  return path.join(sessionMediaDir(dataDir, sessionId), attachmentId);
}

export function newAttachmentId(): string {
  return `att_${Date.now().toString(36)}${randomUUID().replace(/-/g, '').slice(0, 16)}`;
}

/** A display-safe version of a client file name: no folders, no control characters, bounded. */
export function cleanDisplayName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim()
    .slice(0, 120);
  return cleaned || undefined;
}

/** A staging folder for one attachment; `commit` moves it into place, `discard` removes it. */
export interface Staging {
  id: string;
  dir: string;
  finalDir: string;
  file(name: string): string;
  commit(): Promise<string>;
  discard(): Promise<void>;
}

export async function createStaging(
  dataDir: string,
  sessionId: string,
  id = newAttachmentId(),
): Promise<Staging> {
  const finalDir = attachmentDir(dataDir, sessionId, id);
  const dir = path.join(sessionMediaDir(dataDir, sessionId), `.staging-${id}`);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  return {
    id,
    dir,
    finalDir,
    file: (name) => {
      if (!/^[A-Za-z0-9_.-]{1,64}$/.test(name) || name.startsWith('.'))
        throw new Error(`bad staged file name ${name}`);
      return path.join(dir, name);
    },
    commit: async () => {
      await fs.rename(dir, finalDir);
      return finalDir;
    },
    discard: async () => {
      await fs.rm(dir, { recursive: true, force: true });
      // Remove the session folder again if this upload was the only thing in it.
      await fs.rmdir(path.dirname(dir)).catch(() => undefined);
    },
  };
}

/** Moves a staged path to where it lives after `commit`. */
export function finalPath(staging: Staging, stagedPath: string): string {
  return path.join(staging.finalDir, path.relative(staging.dir, stagedPath));
}

export async function writeRecord(dir: string, record: unknown): Promise<void> {
  await fs.writeFile(path.join(dir, RECORD_FILE), JSON.stringify(record, null, 2), { mode: 0o600 });
}

export interface SaveAttachmentInput {
  dataDir: string;
  sessionId: string;
  messageId?: string;
  kind: MediaKind;
  buffer: Buffer;
  originalName?: string;
  claimedMimeType?: string;
  /** Facts already measured by the caller (ingest probes before saving). */
  durationSec?: number;
  width?: number;
  height?: number;
}

/**
 * Stores an original file as-is (after content sniffing) and returns its record. `ingestUpload`
 * is the full path (validation, conversion, cues); this is the storage step on its own.
 */
export async function saveAttachment(input: SaveAttachmentInput): Promise<AttachmentRecord> {
  if (input.buffer.length === 0) throw new MediaError('MEDIA_EMPTY');
  if (input.messageId !== undefined) assertSafeId(input.messageId, 'message id');
  const sniff = sniffMedia({
    buffer: input.buffer,
    kind: input.kind,
    claimedMimeType: input.claimedMimeType,
    originalName: input.originalName,
  });
  const staging = await createStaging(input.dataDir, input.sessionId);
  try {
    const name = `original.${sniff.ext}`;
    await fs.writeFile(staging.file(name), input.buffer, { mode: 0o600 });
    const record = buildRecord(input, staging, kindMime(input.kind, sniff.mimeType), name);
    await writeRecord(staging.dir, record);
    await staging.commit();
    return record;
  } catch (err) {
    await staging.discard();
    throw err;
  }
}

/** The MIME type recorded for a container used as a given kind (a WebM voice note is audio/webm). */
export function kindMime(kind: MediaKind, mimeType: string): string {
  if (kind === 'audio' && mimeType === 'video/webm') return 'audio/webm';
  if (kind === 'audio' && mimeType === 'video/mp4') return 'audio/mp4';
  return mimeType;
}

export function buildRecord(
  input: Omit<SaveAttachmentInput, 'buffer' | 'dataDir' | 'claimedMimeType'> & { buffer: { length: number } },
  staging: Staging,
  mimeType: string,
  storedName: string,
): AttachmentRecord {
  const record: AttachmentRecord = {
    id: staging.id,
    sessionId: input.sessionId,
    kind: input.kind,
    mimeType,
    path: path.join(staging.finalDir, storedName),
    bytes: input.buffer.length,
    createdAt: new Date().toISOString(),
  };
  if (input.messageId !== undefined) record.messageId = input.messageId;
  if (input.durationSec !== undefined) record.durationSec = input.durationSec;
  if (input.width !== undefined) record.width = input.width;
  if (input.height !== undefined) record.height = input.height;
  const display = cleanDisplayName(input.originalName);
  if (display) record.originalName = display;
  return record;
}

/** Reads the stored record of one attachment, or null when there is none. */
export async function readAttachment<T = AttachmentRecord>(
  dataDir: string,
  sessionId: string,
  attachmentId: string,
): Promise<T | null> {
  try {
    const text = await fs.readFile(
      path.join(attachmentDir(dataDir, sessionId, attachmentId), RECORD_FILE),
      'utf8',
    );
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** Ids of the committed attachments of a session (staging folders are skipped). */
export async function listSessionMedia(dataDir: string, sessionId: string): Promise<string[]> {
  try {
    const entries = await fs.readdir(sessionMediaDir(dataDir, sessionId), { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory() && ID_RE.test(e.name))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

/** Deletes every stored file of a session. Returns how many attachments were removed. */
export async function deleteSessionMedia(dataDir: string, sessionId: string): Promise<number> {
  const dir = sessionMediaDir(dataDir, sessionId);
  const count = (await listSessionMedia(dataDir, sessionId)).length;
  await fs.rm(dir, { recursive: true, force: true });
  return count;
}
