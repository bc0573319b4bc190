import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv, type CsvOptions } from '../io/csv.ts';
import { readJsonRecords } from '../io/json-records.ts';
import { parsePythonStringList, splitPythonStringListLoosely } from '../io/python-literal.ts';
import { readTextChunks } from '../io/text-source.ts';
import type { Conversation, ReadContext } from '../types.ts';
import type { CorpusReader } from './types.ts';
import { idOf, isRecord, labelledText, listFiles, peekText } from './util.ts';

function rows(file: string, ctx: ReadContext, options: CsvOptions) {
  return parseCsv(
    readTextChunks(file, (o) => ctx.onBad({ file, line: 0, reason: `invalid UTF-8 near byte ${o}` })),
    options,
  );
}

const splitName = (file: string) => path.basename(file).replace(/\.(tsv|csv|txt|json|jsonl)$/i, '');

// ---------------------------------------------------------------- GoEmotions
const GOEMOTIONS_LICENCE = 'Apache-2.0 (GoEmotions, HF dataset card)';
export const GOEMOTIONS_LABELS = [
  'admiration', 'amusement', 'anger', 'annoyance', 'approval', 'caring', 'confusion', 'curiosity', 'desire',
  'disappointment', 'disapproval', 'disgust', 'embarrassment', 'excitement', 'fear', 'gratitude', 'grief', 'joy',
  'love', 'nervousness', 'optimism', 'pride', 'realization', 'relief', 'remorse', 'sadness', 'surprise', 'neutral',
];

async function* readGoemotions(input: string, ctx: ReadContext): AsyncGenerator<Conversation> {
  for (const file of await listFiles(input, ['.tsv'])) {
    const labelsFile = path.join(path.dirname(file), 'emotions.txt');
    const names = existsSync(labelsFile)
      ? readFileSync(labelsFile, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean)
      : GOEMOTIONS_LABELS;
    const split = splitName(file);
    // CSV-style quoting inside the TSV is honoured (as pandas/csv read it): one behaviour everywhere.
    for await (const row of rows(file, ctx, { delimiter: '\t', quote: '"' })) {
      const [text, ids, commentId] = row.fields;
      const bad = (reason: string) => ctx.onBad({ file, line: row.line, reason });
      if (row.fields.length !== 3 || text === undefined || ids === undefined || !commentId) {
        bad(`expected 3 tab-separated fields (text, label ids, id), got ${row.fields.length}`);
        continue;
      }
      const labels = ids.split(',').map((x) => names[Number(x)]);
      if (labels.some((l) => l === undefined) || !/^\d+(,\d+)*$/.test(ids)) {
        bad(`label ids "${ids}" outside 0..${names.length - 1}`);
        continue;
      }
      yield labelledText(
        { provenance: { source: 'goemotions', id: `${split}:${commentId}`, licence: GOEMOTIONS_LICENCE, file, line: row.line } },
        text,
        labels as string[],
        { split, commentId },
      );
    }
  }
}

export const goemotionsReader: CorpusReader = {
  name: 'goemotions',
  title: 'GoEmotions TSV (text, comma-separated label ids, comment id); 27 emotions + neutral',
  licence: GOEMOTIONS_LICENCE,
  input: 'train/dev/test.tsv (emotions.txt next to them is used for names) or their folder',
  read: (input, ctx) => readGoemotions(input, ctx),
};

// ---------------------------------------------------------------- JSON {id, content, label}: SMP2020-EWECT, CLUE emotion
async function* readContentLabelJson(
  file: string,
  ctx: ReadContext,
  source: string,
  licence: string,
): AsyncGenerator<Conversation> {
  const split = splitName(file);
  for await (const item of readJsonRecords(file, ctx)) {
    const rec = item.value;
    if (!isRecord(rec) || typeof rec.content !== 'string' || typeof rec.label !== 'string') {
      ctx.onBad({ file, line: item.line, reason: 'missing field: expected {id, content (string), label (string)}' });
      continue;
    }
    // Ids restart in every file, so the file name is part of the id.
    yield labelledText(
      { provenance: { source, id: `${split}:${idOf(rec.id, item.index)}`, licence, file, line: item.line } },
      rec.content,
      [rec.label],
      { split },
    );
  }
}

const SMP_LICENCE = 'none stated (SMP2020-EWECT evaluation data; research/evaluation only)';

export const smp2020Reader: CorpusReader = {
  name: 'smp2020-ewect',
  aliases: ['smp2020', 'ewect'],
  title: 'SMP2020-EWECT Weibo emotion (JSON array of {id, content, label}; 6 classes)',
  licence: SMP_LICENCE,
  input: 'usual_*/virus_* .txt files (JSON arrays despite the extension) or their folder',
  read: async function* (input, ctx) {
    for (const file of await listFiles(input, ['.txt', '.json']))
      yield* readContentLabelJson(file, ctx, 'smp2020-ewect', SMP_LICENCE);
  },
};

// ---------------------------------------------------------------- OCEMOTION
const OCEMOTION_LICENCE = 'none stated (Li et al. LREC 2016 corpus via Tianchi/CLUE; research only)';

async function* readOcemotion(input: string, ctx: ReadContext): AsyncGenerator<Conversation> {
  for (const file of await listFiles(input, ['.csv', '.tsv', '.txt', '.jsonl', '.json'])) {
    const first = peekText(file, 64).trimStart().slice(0, 1);
    if (first === '{' || first === '[') {
      yield* readContentLabelJson(file, ctx, 'ocemotion', OCEMOTION_LICENCE);
      continue;
    }
    const split = splitName(file);
    // Tianchi release: id<TAB>text<TAB>label with no quoting (the text contains bare quotes).
    for await (const row of rows(file, ctx, { delimiter: '\t', quote: null })) {
      const [id, text, label] = row.fields;
      if (row.fields.length !== 3 || !id || text === undefined || !label) {
        ctx.onBad({ file, line: row.line, reason: `expected 3 tab-separated fields (id, text, label), got ${row.fields.length}` });
        continue;
      }
      yield labelledText(
        { provenance: { source: 'ocemotion', id: `${split}:${id}`, licence: OCEMOTION_LICENCE, file, line: row.line } },
        text,
        [label],
        { split },
      );
    }
  }
}

export const ocemotionReader: CorpusReader = {
  name: 'ocemotion',
  aliases: ['clue-emotion'],
  title: 'OCEMOTION (Tianchi TSV id/text/label, unquoted) and CLUE Emotion 2020 JSONL; 7 classes',
  licence: OCEMOTION_LICENCE,
  input: 'tianchi/train.csv, dev.csv, clue_emotion2020/*.txt, or the ocemotion folder',
  read: (input, ctx) => readOcemotion(input, ctx),
};

// ---------------------------------------------------------------- SOS-1K
const SOS_LICENCE = 'none stated (HongzhiQ/FineGrainedSuicideDetection); internal research only';

async function* readSos(input: string, ctx: ReadContext): AsyncGenerator<Conversation> {
  for (const file of await listFiles(input, ['.tsv'])) {
    const split = splitName(file);
    const scheme = path.basename(path.dirname(file));
    let header: string[] | null = null;
    let n = 0;
    for await (const row of rows(file, ctx, { delimiter: '\t', quote: null })) {
      if (!header) {
        header = row.fields;
        continue;
      }
      const [comment, label] = row.fields;
      if (row.fields.length !== 2 || !comment || label === undefined || !/^\d+$/.test(label.trim())) {
        ctx.onBad({ file, line: row.line, reason: `expected comment<TAB>label (integer), got ${row.fields.length} fields` });
        continue;
      }
      const labelKind = header[1] === 'twoClass' ? 'binary' : 'fine-grained';
      yield labelledText(
        { provenance: { source: 'sos1k', id: `${scheme}/${split}:${n++}`, licence: SOS_LICENCE, file, line: row.line } },
        comment,
        [label.trim()],
        { split, labelKind },
      );
    }
  }
}

export const sos1kReader: CorpusReader = {
  name: 'sos1k',
  aliases: ['sos-1k'],
  title: 'SOS-1K Weibo suicide risk (TSV comment/myLabel 0–10 or comment/twoClass 0–1)',
  licence: SOS_LICENCE,
  input: 'fine-grained/ or binary/ folder, a single .tsv, or the whole sos1k folder',
  read: (input, ctx) => readSos(input, ctx),
};

// ---------------------------------------------------------------- Reddit C-SSRS
const CSSRS_LICENCE = 'CC BY (Zenodo 10.5281/zenodo.2667859)';

async function* readCssrs(input: string, ctx: ReadContext): AsyncGenerator<Conversation> {
  for (const file of await listFiles(input, ['.csv'])) {
    let header = true;
    for await (const row of rows(file, ctx, { delimiter: ',', quote: '"' })) {
      if (header) {
        header = false;
        continue;
      }
      const [user, post, label] = row.fields;
      if (row.fields.length !== 3 || !user || post === undefined || !label) {
        ctx.onBad({ file, line: row.line, reason: `expected User,Post,Label, got ${row.fields.length} fields` });
        continue;
      }
      let posts: string[];
      let postsParse = 'literal';
      try {
        posts = parsePythonStringList(post);
      } catch {
        posts = splitPythonStringListLoosely(post);
        postsParse = 'loose';
      }
      yield {
        provenance: { source: 'reddit-cssrs', id: user, licence: CSSRS_LICENCE, file, line: row.line },
        turns: posts.map((content) => ({ role: 'user' as const, content })),
        task: 'classification',
        labels: [label],
        meta: { postsParse },
      };
    }
  }
}

export const redditCssrsReader: CorpusReader = {
  name: 'reddit-cssrs',
  aliases: ['cssrs'],
  title: 'Reddit C-SSRS (User,Post,Label; Post is a Python list literal; 5-level risk per user)',
  licence: CSSRS_LICENCE,
  input: '500_Reddit_users_posts_labels.csv',
  read: (input, ctx) => readCssrs(input, ctx),
};
