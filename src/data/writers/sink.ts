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
  private buffer: string[] = [];
  private bufferedChars = 0;

  private constructor(readonly file: string) {
    this.array = file.toLowerCase().endsWith('.json');
    this.stream = createWriteStream(file, { encoding: 'utf8' });
  }

  static async open(file: string): Promise<JsonRecordSink> {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    const sink = new JsonRecordSink(file);
    if (sink.array) sink.buffer.push('[');
    return sink;
  }

  get written(): number {
    return this.count;
  }

  async write(record: unknown): Promise<void> {
    const json = JSON.stringify(record);
    const piece = this.array ? (this.count === 0 ? '\n' : ',\n') + json : json + '\n';
    this.count++;
    this.buffer.push(piece);
    this.bufferedChars += piece.length;
    // Batch small writes: one stream write per ~256 KB keeps throughput high.
    if (this.bufferedChars >= 1 << 18) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const text = this.buffer.join('');
    this.buffer = [];
    this.bufferedChars = 0;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    if (this.array) this.buffer.push(this.count === 0 ? ']\n' : '\n]\n');
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
  }
}

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
