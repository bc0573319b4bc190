import path from 'node:path';
import { parseCsv } from '../io/csv.ts';
import { readJsonRecords } from '../io/json-records.ts';
import { readTextChunks } from '../io/text-source.ts';
import type { Conversation, MediaKind, MediaRef, ReadContext, Turn } from '../types.ts';
import type { CorpusReader, FieldMap, ReaderOptions } from './types.ts';
import { getPath, idOf, isRecord, listFiles, turnsFromMessages } from './util.ts';

/** Parses `id=uid,text=body,label=tags.0` into a field map. */
export function parseFieldMap(spec: string): FieldMap {
  const map: Record<string, string> = {};
  const known = new Set(['id', 'text', 'label', 'messages', 'roleKey', 'contentKey', 'user', 'assistant', 'system', 'topic', 'audio', 'image', 'video']);
  for (const part of spec.split(',')) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    if (eq < 0) throw new Error(`--map: "${part}" is not key=field`);
    const key = part.slice(0, eq).trim();
    if (!known.has(key)) throw new Error(`--map: unknown key "${key}" (known: ${[...known].join(', ')})`);
    map[key] = part.slice(eq + 1).trim();
  }
  return map as FieldMap;
}

const DEFAULT_MAP: FieldMap = { messages: 'messages' };

function asStrings(v: unknown): string[] {
  if (typeof v === 'string') return v === '' ? [] : [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}

/** Builds a conversation from one record (object or CSV row keyed by header) using the field map. */
export function recordToConversation(
  rec: Record<string, unknown>,
  map: FieldMap,
  prov: Conversation['provenance'],
): Conversation | string {
  let turns: Turn[] = [];
  let system: string | undefined;
  let task: Conversation['task'] = 'dialogue';
  const labelValue = map.label ? getPath(rec, map.label) : undefined;
  if (map.messages && getPath(rec, map.messages) !== undefined) {
    const parsed = turnsFromMessages(getPath(rec, map.messages), map.roleKey, map.contentKey);
    if (typeof parsed === 'string') return parsed;
    turns = parsed.turns;
    system = parsed.system;
  } else if (map.user && map.assistant) {
    const u = getPath(rec, map.user);
    const a = getPath(rec, map.assistant);
    if (typeof u !== 'string' || typeof a !== 'string') return `missing field: ${map.user} and ${map.assistant} must be strings`;
    turns = [
      { role: 'user', content: u },
      { role: 'assistant', content: a },
    ];
  } else if (map.text) {
    const t = getPath(rec, map.text);
    if (typeof t !== 'string') return `missing field: ${map.text} must be a string`;
    turns = [{ role: 'user', content: t }];
    if (labelValue !== undefined) task = 'classification';
  } else {
    return 'no usable fields: give --map with messages=…, user=…,assistant=…, or text=…[,label=…]';
  }
  if (map.system) {
    const s = getPath(rec, map.system);
    if (typeof s === 'string') system = s;
  }
  // Media paths attach to the first user turn, in audio, image, video order.
  const media: MediaRef[] = [];
  for (const kind of ['audio', 'image', 'video'] as MediaKind[]) {
    const field = map[kind];
    if (field) for (const p of asStrings(getPath(rec, field))) media.push({ kind, path: p });
  }
  const firstUser = turns.find((t) => t.role === 'user');
  if (media.length > 0 && firstUser) firstUser.media = media;
  const conv: Conversation = { provenance: prov, turns, task, meta: {} };
  if (system !== undefined) conv.system = system;
  if (labelValue !== undefined) conv.labels = asStrings(labelValue).length ? asStrings(labelValue) : [String(labelValue)];
  if (map.topic) {
    const topic = getPath(rec, map.topic);
    if (typeof topic === 'string') conv.topic = topic;
  }
  return conv;
}

async function* readGenericJson(input: string, ctx: ReadContext, options: ReaderOptions): AsyncGenerator<Conversation> {
  const map = options.fieldMap ?? DEFAULT_MAP;
  const source = options.source ?? 'json';
  const licence = options.licence ?? 'unknown (generic input)';
  for (const file of await listFiles(input, ['.json', '.jsonl'])) {
    for await (const item of readJsonRecords(file, ctx)) {
      if (!isRecord(item.value)) {
        ctx.onBad({ file, line: item.line, reason: 'record is not an object' });
        continue;
      }
      const id = idOf(map.id ? getPath(item.value, map.id) : undefined, item.index);
      const conv = recordToConversation(item.value, map, { source, id, licence, file, line: item.line });
      if (typeof conv === 'string') ctx.onBad({ file, line: item.line, reason: conv });
      else yield conv;
    }
  }
}

async function* readGenericTable(
  input: string,
  ctx: ReadContext,
  options: ReaderOptions,
  delimiter: string,
): AsyncGenerator<Conversation> {
  const map = options.fieldMap ?? { text: 'text', label: 'label', id: 'id' };
  const source = options.source ?? (delimiter === '\t' ? 'tsv' : 'csv');
  const licence = options.licence ?? 'unknown (generic input)';
  for (const file of await listFiles(input, [delimiter === '\t' ? '.tsv' : '.csv', '.txt'])) {
    let header: string[] | null = null;
    let n = 0;
    for await (const row of parseCsv(readTextChunks(file), { delimiter, quote: '"' })) {
      if (!header) {
        header = row.fields.map((h) => h.trim());
        continue;
      }
      if (row.unterminatedQuote) ctx.onBad({ file, line: row.line, reason: 'unterminated quoted field (truncated file?)' });
      if (row.fields.length !== header.length) {
        ctx.onBad({ file, line: row.line, reason: `expected ${header.length} fields, got ${row.fields.length}` });
        continue;
      }
      const rec: Record<string, unknown> = {};
      header.forEach((h, i) => (rec[h] = row.fields[i]));
      const rowNo = n++;
      const id = idOf(map.id ? getPath(rec, map.id) : undefined, `${path.basename(file)}:${rowNo}`);
      const conv = recordToConversation(rec, map, { source, id, licence, file, line: row.line });
      if (typeof conv === 'string') ctx.onBad({ file, line: row.line, reason: conv });
      else yield conv;
    }
  }
}

export const jsonReader: CorpusReader = {
  name: 'json',
  aliases: ['jsonl'],
  title: 'Generic JSON array / JSON lines with --map (default: a "messages" array of {role, content})',
  licence: 'as given by --licence',
  input: 'a .json or .jsonl file, or a folder of them',
  read: (input, ctx, options) => readGenericJson(input, ctx, options),
};

export const csvReader: CorpusReader = {
  name: 'csv',
  title: 'Generic CSV with a header row and --map (default text=text,label=label,id=id)',
  licence: 'as given by --licence',
  input: 'a .csv file or a folder of them',
  read: (input, ctx, options) => readGenericTable(input, ctx, options, ','),
};

export const tsvReader: CorpusReader = {
  name: 'tsv',
  title: 'Generic TSV with a header row and --map (default text=text,label=label,id=id)',
  licence: 'as given by --licence',
  input: 'a .tsv file or a folder of them',
  read: (input, ctx, options) => readGenericTable(input, ctx, options, '\t'),
};
