/**
 * Inspects a training file written by the data toolkit (LLaMA-Factory / ms-swift style): format,
 * columns, media tags, record count and a token estimate. Reads the file once, streaming; never
 * copies it.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import readline from 'node:readline';
import path from 'node:path';

export type DataFormat = 'sharegpt-messages' | 'sharegpt-conversations' | 'alpaca';

export interface DatasetInfo {
  file: string;
  format: DataFormat;
  records: number;
  sampled: number;
  /** Estimated text tokens per record (see estimateTextTokens). */
  avgTextTokens: number;
  columns: { audios: boolean; videos: boolean; images: boolean; system: boolean };
  /** Records sampled whose <audio>/<video>/<image> tag count differs from the file list length. */
  tagMismatches: number;
}

/** ~0.7 tokens per CJK character and ~0.25 per other character (Qwen tokenizer, rough). */
export function estimateTextTokens(text: string): number {
  let cjk = 0;
  let other = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (
      (cp >= 0x3400 && cp <= 0x9fff) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0x3000 && cp <= 0x303f) ||
      (cp >= 0xff00 && cp <= 0xffef)
    )
      cjk++;
    else other++;
  }
  return Math.ceil(cjk * 0.7 + other * 0.25);
}

function textOf(rec: Record<string, unknown>): string {
  const parts: string[] = [];
  const push = (v: unknown) => typeof v === 'string' && parts.push(v);
  for (const key of ['messages', 'conversations']) {
    const list = rec[key];
    if (!Array.isArray(list)) continue;
    for (const m of list) {
      if (!m || typeof m !== 'object') continue;
      push((m as Record<string, unknown>).content);
      push((m as Record<string, unknown>).value);
    }
  }
  for (const key of ['system', 'instruction', 'input', 'output']) push(rec[key]);
  return parts.join('\n');
}

function countTags(text: string, tag: string): number {
  return text.split(`<${tag}>`).length - 1;
}

export async function inspectDataset(file: string, sampleLimit = 2000): Promise<DatasetInfo> {
  const abs = path.resolve(file);
  try {
    await stat(abs);
  } catch {
    throw new Error(`data file not found: ${file}`);
  }
  const records: Array<Record<string, unknown>> = [];
  let total = 0;
  const isJsonl = /\.jsonl$/i.test(abs);
  if (isJsonl) {
    const rl = readline.createInterface({ input: createReadStream(abs, 'utf8'), crlfDelay: Infinity });
    let lineNo = 0;
    for await (const line of rl) {
      lineNo++;
      if (line.trim() === '') continue;
      total++;
      if (records.length < sampleLimit) {
        try {
          records.push(JSON.parse(line) as Record<string, unknown>);
        } catch {
          throw new Error(`${file}:${lineNo}: not valid JSON`);
        }
      }
    }
  } else {
    const { readFile } = await import('node:fs/promises');
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(abs, 'utf8'));
    } catch {
      throw new Error(`${file}: not valid JSON (use .jsonl for one record per line)`);
    }
    if (!Array.isArray(parsed)) throw new Error(`${file}: expected a JSON array of records`);
    total = parsed.length;
    for (const r of parsed.slice(0, sampleLimit))
      if (r && typeof r === 'object') records.push(r as Record<string, unknown>);
  }
  if (records.length === 0) throw new Error(`${file}: no records`);
  const first = records[0] as Record<string, unknown>;
  const format: DataFormat = Array.isArray(first.messages)
    ? 'sharegpt-messages'
    : Array.isArray(first.conversations)
      ? 'sharegpt-conversations'
      : 'alpaca';
  if (format === 'alpaca' && typeof first.instruction !== 'string') {
    throw new Error(
      `${file}: unrecognised record format (expected "messages", "conversations" or alpaca "instruction"/"output")`,
    );
  }
  const has = (k: string) => records.some((r) => Array.isArray(r[k]) && (r[k] as unknown[]).length > 0);
  let tokens = 0;
  let mismatches = 0;
  for (const r of records) {
    const t = textOf(r);
    tokens += estimateTextTokens(t);
    for (const [tag, key] of [
      ['audio', 'audios'],
      ['video', 'videos'],
      ['image', 'images'],
    ] as const) {
      const files = Array.isArray(r[key]) ? (r[key] as unknown[]).length : 0;
      if (countTags(t, tag) !== files) mismatches++;
    }
  }
  return {
    file: abs,
    format,
    records: total,
    sampled: records.length,
    avgTextTokens: Math.round(tokens / records.length),
    columns: {
      audios: has('audios'),
      videos: has('videos'),
      images: has('images'),
      system: records.some((r) => typeof r.system === 'string'),
    },
    tagMismatches: mismatches,
  };
}
