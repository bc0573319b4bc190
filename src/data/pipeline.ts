import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Cleaner, type CleanOptions, type CleanReport } from './clean/cleaner.ts';
import { fastConvert, fastPathSupports, type FastConvertResult } from './fast-convert.ts';
import { findReader, READERS, type ReaderOptions } from './readers/index.ts';
import { listFiles, readInBatches } from './readers/util.ts';
import type { BadRecord, Conversation } from './types.ts';
import { findFormat, FORMATS, type OutputFormat } from './writers/formats.ts';
import { JsonRecordSink, upsertDatasetInfo } from './writers/sink.ts';

export class DataInputError extends Error {
  override name = 'DataInputError';
}

export function requireReader(name: string) {
  const r = findReader(name);
  if (!r) throw new DataInputError(`unknown reader "${name}" (known: ${READERS.map((x) => x.name).join(', ')})`);
  return r;
}

export function requireFormat(name: string) {
  const f = findFormat(name);
  if (!f) throw new DataInputError(`unknown output format "${name}" (known: ${FORMATS.map((x) => x.name).join(', ')})`);
  return f;
}

export function requireInput(p: string): void {
  if (!existsSync(p)) throw new DataInputError(`input not found: ${p}`);
}

/** Total bytes of the files a reader will see (for progress percentages). */
export async function inputBytes(p: string): Promise<number> {
  const info = statSync(p);
  if (info.isFile()) return info.size;
  let total = 0;
  for (const f of await listFiles(p, [''])) total += statSync(f).size;
  return total;
}

export interface BadRecordLog {
  count: number;
  /** The first reported problems (capped), each with file, line and reason. */
  first: BadRecord[];
}

const BAD_LIMIT = 100;

export function badRecordLog(limit = BAD_LIMIT): { log: BadRecordLog; onBad: (b: BadRecord) => void } {
  const log: BadRecordLog = { count: 0, first: [] };
  return {
    log,
    onBad: (b) => {
      log.count++;
      if (log.first.length < limit) log.first.push(b);
    },
  };
}

export interface ConvertOptions {
  from: string;
  to: string;
  input: string;
  output: string;
  readerOptions?: ReaderOptions;
  clean?: CleanOptions;
  limit?: number;
  /** Name of the LLaMA-Factory dataset_info.json entry (default: output file name without extension). */
  datasetName?: string;
  onRecord?: (read: number) => void;
  /**
   * `false` turns off the byte-level fast path for SoulChat → ShareGPT/OpenAI (fast-convert.ts), so
   * tests and benchmarks can compare it with the general path; the output is the same either way.
   */
  fastPath?: boolean;
  /** Called for every conversation that is written (stats collection, splitting). */
  onWritten?: (conv: Conversation) => Promise<void> | void;
}

export interface ConvertSummary {
  read: number;
  written: number;
  /** bad + dropped + unwritable */
  skipped: number;
  bad: number;
  dropped: number;
  unwritable: number;
  badRecords: BadRecord[];
  unwritableExamples: Array<{ id: string; reason: string }>;
  cleaning?: CleanReport;
  output: string;
  format: string;
  reader: string;
  datasetInfo?: string;
  seconds: number;
  recordsPerSecond: number;
}

/**
 * Reader → optional cleaning → writer. Records arrive in synchronous batches (one per ~1 MB of input
 * for readers that have `readBatches`) and are handled without a promise each unless a cleaning step,
 * the sink's back-pressure or `onWritten` needs one. Nothing per record is kept except what the
 * chosen cleaning steps keep (11–21 bytes per kept record for dedup).
 */
export async function runConvert(o: ConvertOptions): Promise<ConvertSummary> {
  const reader = requireReader(o.from);
  const format = requireFormat(o.to);
  requireInput(o.input);
  const { log, onBad } = badRecordLog();
  const started = process.hrtime.bigint();
  const steps = o.clean?.steps ?? [];
  let fast: FastConvertResult | undefined;
  if (
    o.fastPath !== false &&
    reader.name === 'soulchat' &&
    statSync(o.input).isFile() &&
    fastPathSupports(format.name, steps, o.onWritten !== undefined)
  ) {
    // The byte path (see fast-convert.ts); undefined when it gave up on this file.
    const fastSink = await JsonRecordSink.open(o.output);
    try {
      fast = await fastConvert({
        file: o.input,
        format,
        dedup: steps.includes('dedup'),
        sink: fastSink,
        ...(o.limit !== undefined ? { limit: o.limit } : {}),
        ...(o.onRecord ? { onRecord: o.onRecord } : {}),
      });
    } finally {
      await fastSink.close();
    }
    if (fast) return summarise(o, reader.name, format, started, fastSink.written, log, fast);
  }
  const cleaner = o.clean && o.clean.steps.length > 0 ? await Cleaner.create(o.clean) : undefined;
  const sink = await JsonRecordSink.open(o.output);
  const syncCleaner = cleaner?.synchronous ? cleaner : undefined;
  let read = 0;
  let unwritable = 0;
  const unwritableExamples: Array<{ id: string; reason: string }> = [];
  const { onRecord, onWritten, limit } = o;
  try {
    outer: for await (const batch of readInBatches(reader, o.input, { onBad }, o.readerOptions ?? {})) {
      for (const conv of batch) {
        read++;
        onRecord?.(read);
        const cleaned = syncCleaner
          ? syncCleaner.processSync(conv)
          : cleaner
            ? await cleaner.process(conv)
            : conv;
        if (cleaned) {
          const rec = format.format(cleaned);
          if (typeof rec === 'string') {
            unwritable++;
            if (unwritableExamples.length < 50) unwritableExamples.push({ id: cleaned.provenance.id, reason: rec });
          } else {
            const pending = sink.write(rec);
            if (pending) await pending;
            if (onWritten) await onWritten(cleaned);
          }
        }
        if (limit !== undefined && read >= limit) break outer;
      }
    }
  } finally {
    await sink.close();
  }
  const cleaning = cleaner?.report;
  return summarise(o, reader.name, format, started, sink.written, log, {
    read,
    unwritable,
    unwritableExamples,
    bad: [],
    ...(cleaning ? { cleaning } : {}),
  });
}

/** The summary of a finished conversion (both paths), after updating dataset_info.json. */
async function summarise(
  o: ConvertOptions,
  readerName: string,
  format: OutputFormat,
  started: bigint,
  written: number,
  log: BadRecordLog,
  r: FastConvertResult,
): Promise<ConvertSummary> {
  let datasetInfo: string | undefined;
  if (format.datasetInfo) {
    const name = o.datasetName ?? path.basename(o.output).replace(/\.(jsonl?|json)$/i, '');
    datasetInfo = await upsertDatasetInfo(o.output, name, format.datasetInfo(path.basename(o.output)));
  }
  // The byte path collects bad records and reports them only once it is sure to finish.
  for (const b of r.bad) {
    log.count++;
    if (log.first.length < BAD_LIMIT) log.first.push(b);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const dropped = r.cleaning?.dropped ?? 0;
  const summary: ConvertSummary = {
    read: r.read,
    written,
    skipped: log.count + dropped + r.unwritable,
    bad: log.count,
    dropped,
    unwritable: r.unwritable,
    badRecords: log.first,
    unwritableExamples: r.unwritableExamples,
    output: o.output,
    format: format.name,
    reader: readerName,
    seconds: Math.round(seconds * 1000) / 1000,
    recordsPerSecond: seconds > 0 ? Math.round(r.read / seconds) : r.read,
  };
  if (r.cleaning) summary.cleaning = r.cleaning;
  if (datasetInfo) summary.datasetInfo = datasetInfo;
  return summary;
}
