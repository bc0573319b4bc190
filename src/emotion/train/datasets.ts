/**
 * Readers for the emotion training and evaluation data in `../shared/datasets` (read-only; never
 * copied into the repository). Splits are the official ones where they exist; where a data set
 * lacks one the split rule is fixed and documented here and in the model card.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EMOTION_LABELS, OCEMOTION_MAPPING, SMP2020_MAPPING, type ChineseLabelMapping } from '../taxonomy.ts';

export interface Example {
  text: string;
  /** Gold label ids (indices into EMOTION_LABELS). */
  labels: number[];
  /** Label ids that the example's data set speaks to; null = all labels (GoEmotions). */
  covered: number[] | null;
  source: string;
}

export type Split = 'train' | 'dev' | 'test';

/** GoEmotions TSV: text, comma-separated label ids, comment id. CSV-style quoted texts are unquoted like pandas does. */
export function readGoEmotions(root: string, split: Split): Example[] {
  const file = path.join(root, 'goemotions', `${split}.tsv`);
  const out: Example[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line === '') continue;
    const [rawText, ids] = line.split('\t');
    if (rawText === undefined || ids === undefined) continue;
    out.push({
      text: unquote(rawText),
      labels: ids.split(',').map(Number),
      covered: null,
      source: `goemotions/${split}`,
    });
  }
  return out;
}

function unquote(text: string): string {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"'))
    return text.slice(1, -1).replace(/""/g, '"');
  return text;
}

function mapped(mapping: ChineseLabelMapping, label: string, text: string, source: string): Example | null {
  const target = mapping.map[label];
  if (target === undefined) return null;
  return {
    text,
    labels: [EMOTION_LABELS.indexOf(target)],
    covered: mapping.covered.map((l) => EMOTION_LABELS.indexOf(l)),
    source,
  };
}

function readSmpFile(root: string, name: string, keep: (id: number) => boolean = () => true): Example[] {
  const rows = JSON.parse(fs.readFileSync(path.join(root, 'smp2020_ewect', `${name}.txt`), 'utf8')) as Array<{
    id: number;
    content: string;
    label: string;
  }>;
  const out: Example[] = [];
  for (const r of rows) {
    if (!keep(r.id) || typeof r.content !== 'string' || r.content.trim() === '') continue;
    const ex = mapped(SMP2020_MAPPING, r.label, r.content, `smp2020/${name}`);
    if (ex) out.push(ex);
  }
  return out;
}

/**
 * SMP2020-EWECT. The general-domain training file (usual_train) is not available, so:
 * train = virus_train + usual_eval ids not divisible by 4; dev = virus_eval + usual_eval ids
 * divisible by 4; test = usual_test and virus_test (official test files, kept apart).
 */
export function readSmp2020(root: string, split: Split): Example[] {
  if (split === 'train')
    return [
      ...readSmpFile(root, 'virus_train'),
      ...readSmpFile(root, 'usual_eval_labeled', (id) => id % 4 !== 0),
    ];
  if (split === 'dev')
    return [
      ...readSmpFile(root, 'virus_eval_labeled'),
      ...readSmpFile(root, 'usual_eval_labeled', (id) => id % 4 === 0),
    ];
  return [...readSmpFile(root, 'usual_test_labeled'), ...readSmpFile(root, 'virus_test_labeled')];
}

export function readSmp2020Test(root: string, domain: 'usual' | 'virus'): Example[] {
  return readSmpFile(root, `${domain}_test_labeled`);
}

/** Overlap key used to deduplicate the two OCEMOTION releases: NFKC letters and digits only. */
export function overlapKey(text: string): string {
  return text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
}

function readTianchi(root: string, name: 'train' | 'dev'): Example[] {
  const out: Example[] = [];
  for (const line of fs
    .readFileSync(path.join(root, 'ocemotion', 'tianchi', `${name}.csv`), 'utf8')
    .split('\n')) {
    const parts = line.split('\t');
    if (parts.length !== 3) continue;
    const ex = mapped(OCEMOTION_MAPPING, parts[2]!.trim(), parts[1]!, `ocemotion/tianchi-${name}`);
    if (ex) out.push(ex);
  }
  return out;
}

/**
 * OCEMOTION. train = Tianchi train.csv, dev = Tianchi dev.csv, test = CLUE Emotion 2020 test.txt
 * with every text that also occurs in (or inside a text of) Tianchi train/dev removed (the two
 * releases share a corpus).
 */
export function readOcemotion(root: string, split: Split): Example[] {
  if (split === 'train') return readTianchi(root, 'train');
  if (split === 'dev') return readTianchi(root, 'dev');
  const keys = [...readTianchi(root, 'train'), ...readTianchi(root, 'dev')].map((e) => overlapKey(e.text));
  const seen = new Set(keys);
  const joined = keys.join('\n');
  const out: Example[] = [];
  for (const line of fs
    .readFileSync(path.join(root, 'ocemotion', 'clue_emotion2020', 'test.txt'), 'utf8')
    .split('\n')) {
    if (line.trim() === '') continue;
    const r = JSON.parse(line) as { content: string; label: string };
    const key = overlapKey(r.content);
    // Exact duplicates, and test texts contained in a Tianchi text, are not held out: drop them.
    if (seen.has(key) || (key.length >= 6 && joined.includes(key))) continue;
    const ex = mapped(OCEMOTION_MAPPING, r.label, r.content, 'ocemotion/clue-test-dedup');
    if (ex) out.push(ex);
  }
  return out;
}

/**
 * EmpatheticDialogues situation prompts (HypEmo copy of the official splits), used only as extra
 * English training data for the labels its 32 classes map onto clearly; the rest are skipped.
 */
export const ED_MAP: Record<string, string> = {
  sad: 'sadness',
  lonely: 'sadness',
  devastated: 'sadness',
  terrified: 'fear',
  afraid: 'fear',
  anxious: 'nervousness',
  apprehensive: 'nervousness',
  caring: 'caring',
  disappointed: 'disappointment',
  joyful: 'joy',
  disgusted: 'disgust',
  surprised: 'surprise',
  ashamed: 'embarrassment',
  embarrassed: 'embarrassment',
  impressed: 'admiration',
  excited: 'excitement',
  annoyed: 'annoyance',
  furious: 'anger',
  angry: 'anger',
  guilty: 'remorse',
  grateful: 'gratitude',
  hopeful: 'optimism',
  proud: 'pride',
};

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function readEmpatheticSituations(
  root: string,
  split: 'train' | 'valid' | 'test',
  positiveOnly: boolean,
): Example[] {
  const dir = path.join(root, 'empatheticdialogues', 'situations_hypemo');
  const names = fs
    .readFileSync(path.join(dir, 'labels.txt'), 'utf8')
    .split('\n')
    .map((s) => s.trim());
  const targets = [...new Set(Object.values(ED_MAP))].map((l) => EMOTION_LABELS.indexOf(l as never));
  const out: Example[] = [];
  for (const r of parseCsv(fs.readFileSync(path.join(dir, `${split}.csv`), 'utf8')).slice(1)) {
    const target = ED_MAP[names[Number(r[2])] ?? ''];
    if (!target || !r[0]?.trim()) continue;
    const id = EMOTION_LABELS.indexOf(target as never);
    out.push({
      text: r[0].trim(),
      labels: [id],
      covered: positiveOnly ? [id] : targets,
      source: `empatheticdialogues/${split}`,
    });
  }
  return out;
}
