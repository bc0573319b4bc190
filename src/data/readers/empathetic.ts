import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../io/csv.ts';
import { parsePythonStringList } from '../io/python-literal.ts';
import { readLines, readTextChunks } from '../io/text-source.ts';
import type { Conversation, ReadContext, Turn } from '../types.ts';
import type { CorpusReader } from './types.ts';
import { listFiles, peekText } from './util.ts';

const ED_LICENCE = 'CC BY-NC 4.0 (EmpatheticDialogues, ParlAI README; a newer README says CC BY 4.0)';

/** HypEmo's label order for the 32 ED emotions (used when labels.txt is not next to the file). */
const ED_LABELS = [
  'sad', 'trusting', 'terrified', 'caring', 'disappointed', 'faithful', 'joyful', 'jealous', 'disgusted', 'surprised',
  'ashamed', 'afraid', 'impressed', 'sentimental', 'devastated', 'excited', 'anticipating', 'annoyed', 'anxious',
  'furious', 'content', 'lonely', 'angry', 'confident', 'apprehensive', 'guilty', 'embarrassed', 'grateful', 'hopeful',
  'proud', 'prepared', 'nostalgic',
];

/** The original ED release escapes commas in text as `_comma_`. */
export function unescapeEd(text: string): string {
  return text.replace(/_comma_/g, ',');
}

function firstLine(file: string): string {
  return peekText(file, 256).split(/\r?\n/)[0] ?? '';
}

/** Original release CSV: conv_id,utterance_idx,context,prompt,speaker_idx,utterance,selfeval,tags. */
async function* readOriginalCsv(file: string, ctx: ReadContext): AsyncGenerator<Conversation> {
  let current: { id: string; line: number; emotion: string; prompt: string; turns: Turn[]; speakers: string[] } | null = null;
  const flush = (): Conversation | null => {
    if (!current) return null;
    const c = current;
    current = null;
    return {
      provenance: { source: 'empathetic-dialogues', id: c.id, licence: ED_LICENCE, file, line: c.line },
      turns: c.turns,
      task: 'dialogue',
      labels: [c.emotion],
      meta: { situation: c.prompt, emotion: c.emotion, split: path.basename(file, '.csv') },
    };
  };
  let header = true;
  for await (const row of parseCsv(readTextChunks(file), { delimiter: ',', quote: null })) {
    if (header) {
      header = false;
      continue;
    }
    const f = row.fields;
    if (f.length < 6) {
      ctx.onBad({ file, line: row.line, reason: `expected at least 6 columns, got ${f.length}` });
      continue;
    }
    const [convId, , emotion, prompt, speaker, utterance] = f as [string, string, string, string, string, string];
    if (!current || (current as { id: string }).id !== convId) {
      const done = flush();
      if (done) yield done;
      current = { id: convId, line: row.line, emotion, prompt: unescapeEd(prompt), turns: [], speakers: [] };
    }
    const cur = current as unknown as { turns: Turn[]; speakers: string[] };
    // The first speaker_idx of a conversation is the speaker (user); the other is the listener.
    if (cur.speakers.length === 0) cur.speakers.push(speaker);
    const role: Turn['role'] = speaker === cur.speakers[0] ? 'user' : 'assistant';
    cur.turns.push({ role, content: unescapeEd(utterance) });
  }
  const done = flush();
  if (done) yield done;
}

interface MoelBlock {
  line: number;
  emotion: string;
  context: string[];
  ref: string;
}

/** MoEL `generation_result.txt`: 7-line blocks; consecutive blocks are chained back into dialogues. */
async function* readMoel(file: string, ctx: ReadContext): AsyncGenerator<Conversation> {
  let dialogueNo = 0;
  let open: { first: MoelBlock; last: MoelBlock } | null = null;
  const close = (): Conversation | null => {
    if (!open) return null;
    const { first, last } = open;
    open = null;
    const turns: Turn[] = [...last.context, last.ref].map((content, i) => ({
      role: i % 2 === 0 ? 'user' : 'assistant',
      content,
    }));
    return {
      provenance: { source: 'empathetic-dialogues', id: `test-${dialogueNo++}`, licence: ED_LICENCE, file, line: first.line },
      turns,
      task: 'dialogue',
      labels: [last.emotion],
      meta: { emotion: last.emotion, split: 'test', form: 'moel' },
    };
  };
  const handle = function* (b: MoelBlock): Generator<Conversation> {
    const prev = open?.last;
    const continues =
      prev !== undefined &&
      prev.emotion === b.emotion &&
      b.context.length === prev.context.length + 2 &&
      prev.context.every((t, i) => b.context[i] === t) &&
      b.context[prev.context.length] === prev.ref;
    if (continues && open) open.last = b;
    else {
      const done = close();
      if (done) yield done;
      open = { first: b, last: b };
    }
  };
  let fields: Record<string, string> = {};
  let blockLine = 0;
  const finishBlock = function* (): Generator<Conversation> {
    if (Object.keys(fields).length === 0) return;
    const f = fields;
    fields = {};
    if (f.Emotion === undefined || f.Context === undefined || f.ref === undefined) {
      ctx.onBad({ file, line: blockLine, reason: 'block lacks Emotion, Context or ref' });
      return;
    }
    let context: string[];
    try {
      context = parsePythonStringList(f.Context);
    } catch (err) {
      ctx.onBad({ file, line: blockLine, reason: `Context: ${(err as Error).message}` });
      return;
    }
    yield* handle({ line: blockLine, emotion: f.Emotion.trim(), context: context.map((s) => s.trim()), ref: f.ref.trim() });
  };
  for await (const { text, line } of readLines(file)) {
    if (text.trim() === '') {
      yield* finishBlock();
      continue;
    }
    if (Object.keys(fields).length === 0) blockLine = line;
    const colon = text.indexOf(':');
    if (colon < 0) {
      ctx.onBad({ file, line, reason: 'expected "Key: value"' });
      continue;
    }
    fields[text.slice(0, colon).trim()] = text.slice(colon + 1).trim();
  }
  yield* finishBlock();
  const done = close();
  if (done) yield done;
}

function loadLabels(file: string): string[] {
  const p = path.join(path.dirname(file), 'labels.txt');
  if (!existsSync(p)) return ED_LABELS;
  return readFileSync(p, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
}

/** HypEmo situation CSV: text,aug_text,label (label = index into labels.txt). */
async function* readSituations(file: string, ctx: ReadContext): AsyncGenerator<Conversation> {
  const labels = loadLabels(file);
  const split = path.basename(file, '.csv');
  let header = true;
  let n = 0;
  for await (const row of parseCsv(readTextChunks(file), { delimiter: ',', quote: '"' })) {
    if (header) {
      header = false;
      continue;
    }
    const [text, , label] = row.fields;
    const name = label !== undefined ? labels[Number(label)] : undefined;
    if (text === undefined || name === undefined || !/^\d+$/.test(label ?? '')) {
      ctx.onBad({ file, line: row.line, reason: `bad row: expected text,aug_text,label with label 0..${labels.length - 1}` });
      continue;
    }
    yield {
      provenance: { source: 'empathetic-dialogues', id: `${split}:${n++}`, licence: ED_LICENCE, file, line: row.line },
      turns: [{ role: 'user', content: text.trim() }],
      task: 'classification',
      labels: [name],
      meta: { split, form: 'situation' },
    };
  }
}

async function* readEd(input: string, ctx: ReadContext): AsyncGenerator<Conversation> {
  for (const file of await listFiles(input, ['.csv', '.txt'])) {
    const head = firstLine(file);
    if (head.startsWith('conv_id,')) yield* readOriginalCsv(file, ctx);
    else if (head.startsWith('Emotion:')) yield* readMoel(file, ctx);
    else if (head.startsWith('text,aug_text,label')) yield* readSituations(file, ctx);
    else if (!file.endsWith('labels.txt')) ctx.onBad({ file, line: 1, reason: 'not a known EmpatheticDialogues form' });
  }
}

export const empatheticReader: CorpusReader = {
  name: 'empathetic-dialogues',
  aliases: ['ed', 'empatheticdialogues'],
  title: 'EmpatheticDialogues: original CSV (_comma_ escapes), MoEL test generation_result.txt, HypEmo situation CSVs',
  licence: ED_LICENCE,
  input: 'train/valid/test.csv of the official release, test_moel/generation_result.txt, or situations_hypemo/',
  read: (input, ctx) => readEd(input, ctx),
};
