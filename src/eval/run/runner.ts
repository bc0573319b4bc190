/**
 * Generation runner: replies for every test item from any Engine, at most `concurrency` at a time,
 * appended to a JSONL checkpoint as each finishes (so a killed run resumes where it stopped: items
 * whose id already has a successful record are skipped). Latency is measured per reply.
 */
import { appendFile, readFile } from 'node:fs/promises';
import type { Engine, EngineMessage } from '../../engines/types.ts';
import type { TestItem } from './testset.ts';

export interface RunRecord {
  id: string;
  prediction: string;
  reference?: string;
  locale: string;
  engine: string;
  model?: string;
  finishReason: string;
  /** Time to the whole reply (ms). */
  latencyMs: number;
  /** Time to the first text (ms); absent when no text came. */
  firstTokenMs?: number;
  error?: string;
  startedAt: string;
}

export interface RunOptions {
  items: readonly TestItem[];
  engine: Engine;
  concurrency: number;
  checkpointFile: string;
  signal?: AbortSignal;
  /** Called after every finished item (done counts resumed items too). */
  onProgress?: (done: number, total: number, record: RunRecord | null) => void;
  /** Per-reply timeout (ms). */
  timeoutMs?: number;
}

export interface RunSummary {
  total: number;
  skipped: number;
  generated: number;
  failed: number;
  aborted: boolean;
}

/**
 * Reads a checkpoint. Lines that are not JSON are fragments torn by a killed process; they are
 * skipped (the runner starts a fresh line after one, and the item is regenerated on resume).
 */
export async function readCheckpoint(file: string): Promise<RunRecord[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const out: RunRecord[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const rec = JSON.parse(line) as RunRecord;
      if (rec && typeof rec.id === 'string') out.push(rec);
    } catch {
      // torn fragment
    }
  }
  return out;
}

/** Latest record per id. */
export function latestById(records: readonly RunRecord[]): Map<string, RunRecord> {
  const m = new Map<string, RunRecord>();
  for (const r of records) m.set(r.id, r);
  return m;
}

export async function runGeneration(o: RunOptions): Promise<RunSummary> {
  if (!Number.isInteger(o.concurrency) || o.concurrency < 1)
    throw new Error('concurrency must be a positive integer');
  const existing = await readCheckpoint(o.checkpointFile);
  // a torn final line must not glue onto the next append
  const raw = await readFile(o.checkpointFile, 'utf8').catch(() => '');
  if (raw.length > 0 && !raw.endsWith('\n')) await appendFile(o.checkpointFile, '\n');
  const done = new Set([...latestById(existing).values()].filter((r) => !r.error).map((r) => r.id));
  const todo = o.items.filter((it) => !done.has(it.id));
  const summary: RunSummary = {
    total: o.items.length,
    skipped: o.items.length - todo.length,
    generated: 0,
    failed: 0,
    aborted: false,
  };
  let finished = summary.skipped;
  o.onProgress?.(finished, summary.total, null);
  const info = o.engine.info();
  let writeChain = Promise.resolve();
  let next = 0;

  const worker = async () => {
    for (;;) {
      if (o.signal?.aborted) return;
      const item = todo[next++];
      if (!item) return;
      const rec = await generateOne(o.engine, item, info.id, info.model, o.signal, o.timeoutMs);
      if (rec === null) return; // aborted: nothing recorded, it will be redone on resume
      if (rec.error) summary.failed++;
      else summary.generated++;
      writeChain = writeChain.then(() => appendFile(o.checkpointFile, `${JSON.stringify(rec)}\n`));
      await writeChain;
      finished++;
      o.onProgress?.(finished, summary.total, rec);
    }
  };
  await Promise.all(Array.from({ length: Math.min(o.concurrency, Math.max(todo.length, 1)) }, worker));
  await writeChain;
  summary.aborted = o.signal?.aborted ?? false;
  return summary;
}

async function generateOne(
  engine: Engine,
  item: TestItem,
  engineId: string,
  model: string | undefined,
  outer: AbortSignal | undefined,
  timeoutMs: number | undefined,
): Promise<RunRecord | null> {
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  outer?.addEventListener('abort', onAbort, { once: true });
  const timer = timeoutMs ? setTimeout(() => controller.abort(), timeoutMs) : undefined;
  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  let firstTokenMs: number | undefined;
  let text = '';
  let finishReason = 'stop';
  let error: string | undefined;
  try {
    const messages: EngineMessage[] = item.messages.map((m) => ({ role: m.role, content: m.content }));
    for await (const part of engine.doStream({
      sessionId: `eval-${item.id}`,
      locale: item.locale,
      messages,
      context: {},
      signal: controller.signal,
    })) {
      if (part.type === 'text-delta') {
        if (firstTokenMs === undefined) firstTokenMs = performance.now() - t0;
        text += part.text;
      } else if (part.type === 'finish') finishReason = part.finishReason;
      else if (part.type === 'error') error = `${part.error.code}: ${part.error.message}`;
    }
  } catch (err) {
    error = (err as Error).message;
  } finally {
    if (timer) clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  }
  if (outer?.aborted) return null;
  if (controller.signal.aborted && !error) error = `timeout after ${timeoutMs} ms`;
  const rec: RunRecord = {
    id: item.id,
    prediction: text,
    ...(item.reference !== undefined ? { reference: item.reference } : {}),
    locale: item.locale,
    engine: engineId,
    ...(model ? { model } : {}),
    finishReason: error ? 'error' : finishReason,
    latencyMs: Math.round((performance.now() - t0) * 10) / 10,
    ...(firstTokenMs !== undefined ? { firstTokenMs: Math.round(firstTokenMs * 10) / 10 } : {}),
    ...(error ? { error } : {}),
    startedAt,
  };
  return rec;
}
