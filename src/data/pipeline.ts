import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Cleaner, type CleanOptions, type CleanReport } from './clean/cleaner.ts';
import { findReader, READERS, type ReaderOptions } from './readers/index.ts';
import { listFiles } from './readers/util.ts';
import type { BadRecord, Conversation } from './types.ts';
import { findFormat, FORMATS } from './writers/formats.ts';
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

export function badRecordLog(limit = 100): { log: BadRecordLog; onBad: (b: BadRecord) => void } {
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

/** Reader → optional cleaning → writer, one record at a time. */
export async function runConvert(o: ConvertOptions): Promise<ConvertSummary> {
  const reader = requireReader(o.from);
  const format = requireFormat(o.to);
  requireInput(o.input);
  const cleaner = o.clean && o.clean.steps.length > 0 ? await Cleaner.create(o.clean) : undefined;
  const { log, onBad } = badRecordLog();
  const started = process.hrtime.bigint();
  const sink = await JsonRecordSink.open(o.output);
  let read = 0;
  let unwritable = 0;
  const unwritableExamples: Array<{ id: string; reason: string }> = [];
  try {
    for await (const conv of reader.read(o.input, { onBad }, o.readerOptions ?? {})) {
      read++;
      o.onRecord?.(read);
      const cleaned = cleaner ? await cleaner.process(conv) : conv;
      if (cleaned) {
        const rec = format.format(cleaned);
        if (typeof rec === 'string') {
          unwritable++;
          if (unwritableExamples.length < 50) unwritableExamples.push({ id: cleaned.provenance.id, reason: rec });
        } else {
          await sink.write(rec);
          await o.onWritten?.(cleaned);
        }
      }
      if (o.limit !== undefined && read >= o.limit) break;
    }
  } finally {
    await sink.close();
  }
  let datasetInfo: string | undefined;
  if (format.datasetInfo) {
    const name = o.datasetName ?? path.basename(o.output).replace(/\.(jsonl?|json)$/i, '');
    datasetInfo = await upsertDatasetInfo(o.output, name, format.datasetInfo(path.basename(o.output)));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const dropped = cleaner?.report.dropped ?? 0;
  const summary: ConvertSummary = {
    read,
    written: sink.written,
    skipped: log.count + dropped + unwritable,
    bad: log.count,
    dropped,
    unwritable,
    badRecords: log.first,
    unwritableExamples,
    output: o.output,
    format: format.name,
    reader: reader.name,
    seconds: Math.round(seconds * 1000) / 1000,
    recordsPerSecond: seconds > 0 ? Math.round(read / seconds) : read,
  };
  if (cleaner) summary.cleaning = cleaner.report;
  if (datasetInfo) summary.datasetInfo = datasetInfo;
  return summary;
}
