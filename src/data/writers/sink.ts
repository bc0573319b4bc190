import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';

/**
 * Streams JSON records to a file: a `.json` path gets one JSON array (written incrementally, never
 * held in memory), anything else gets JSON lines. Honours back-pressure.
 */
export class JsonRecordSink {
  private stream: WriteStream;
  private count = 0;
  private readonly array: boolean;
  // Records are encoded straight into a byte buffer (no joined string, no second copy); a full buffer
  // is handed to the stream and a fresh one started, so memory stays at a few MB whatever the size.
  private buf = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;

  private constructor(readonly file: string) {
    this.array = file.toLowerCase().endsWith('.json');
    // A deep queue lets the disk write one buffer while the next is being filled.
    this.stream = createWriteStream(file, { highWaterMark: 4 * BUFFER_BYTES });
  }

  static async open(file: string): Promise<JsonRecordSink> {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    const sink = new JsonRecordSink(file);
    if (sink.array) sink.put('[');
    return sink;
  }

  get written(): number {
    return this.count;
  }

  /**
   * Queues one record. Returns a promise only when a full buffer went to a busy stream (await it to
   * honour back-pressure); otherwise undefined, so the common case costs no promise.
   */
  write(record: unknown): Promise<void> | undefined {
    const json = JSON.stringify(record);
    const first = this.count === 0;
    this.count++;
    // Separators are written as bytes next to the JSON, not concatenated to it (that would copy it).
    if (json.length * 3 + 2 > BUFFER_BYTES) return this.put(this.array ? (first ? '\n' : ',\n') + json : json + '\n');
    const pending = this.used + json.length * 3 + 2 > this.buf.length ? this.flush() : undefined;
    const buf = this.buf;
    if (this.array) {
      if (!first) buf[this.used++] = 0x2c;
      buf[this.used++] = 0x0a;
      this.used += buf.write(json, this.used);
    } else {
      this.used += buf.write(json, this.used);
      buf[this.used++] = 0x0a;
    }
    return pending;
  }

  /**
   * For encoders that produce a record's JSON bytes themselves: makes room for `maxBytes` after the
   * record separator. Write the bytes into `rawBuffer` from `rawOffset`, then call `commitRaw(end)`.
   * Returns a promise when a full buffer went to a busy stream (await it, after committing).
   */
  reserveRaw(maxBytes: number): Promise<void> | undefined {
    const need = maxBytes + 2;
    const pending = this.used + need > this.buf.length ? this.flush() : undefined;
    if (need > this.buf.length) this.buf = Buffer.allocUnsafe(need); // one record larger than a buffer
    if (this.array) {
      if (this.count > 0) this.buf[this.used++] = 0x2c;
      this.buf[this.used++] = 0x0a;
    }
    return pending;
  }

  get rawBuffer(): Buffer {
    return this.buf;
  }

  get rawOffset(): number {
    return this.used;
  }

  commitRaw(end: number): void {
    this.used = end;
    if (!this.array) this.buf[this.used++] = 0x0a;
    this.count++;
  }

  /** Appends text; flushes first when it might not fit (a UTF-16 unit is at most 3 UTF-8 bytes). */
  private put(text: string): Promise<void> | undefined {
    const worst = text.length * 3;
    let pending: Promise<void> | undefined;
    if (this.used + worst > this.buf.length) pending = this.flush();
    if (worst > this.buf.length) {
      // Larger than a whole buffer: straight to the stream, after what is queued.
      return this.stream.write(text, 'utf8') ? pending : Promise.all([pending, drain(this.stream)]).then(() => undefined);
    }
    this.used += this.buf.write(text, this.used);
    return pending;
  }

  private flush(): Promise<void> | undefined {
    if (this.used === 0) return undefined;
    const bytes = this.buf.subarray(0, this.used);
    this.buf = Buffer.allocUnsafe(BUFFER_BYTES);
    this.used = 0;
    return this.stream.write(bytes) ? undefined : drain(this.stream);
  }

  async close(): Promise<void> {
    if (this.array) await this.put(this.count === 0 ? ']\n' : '\n]\n');
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
  }
}

const BUFFER_BYTES = 1 << 20;

const drain = (stream: WriteStream): Promise<void> => once(stream, 'drain').then(() => undefined);

/**
 * Adds (or replaces) one entry in the `dataset_info.json` next to a LLaMA-Factory data file, keeping
 * the other entries. Returns the path written.
 */
export async function upsertDatasetInfo(dataFile: string, name: string, entry: Record<string, unknown>): Promise<string> {
  const infoPath = path.join(path.dirname(path.resolve(dataFile)), 'dataset_info.json');
  let info: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(await readFile(infoPath, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) info = parsed as Record<string, unknown>;
  } catch {
    // absent or unreadable: start a new registry
  }
  info[name] = entry;
  await writeFile(infoPath, JSON.stringify(info, null, 2) + '\n', 'utf8');
  return infoPath;
}
