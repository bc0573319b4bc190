import path from 'node:path';
import { readJsonRecords, readSmallJson } from '../io/json-records.ts';
import { readLines } from '../io/text-source.ts';
import type { Conversation, ReadContext, Turn } from '../types.ts';
import type { CorpusReader } from './types.ts';
import { idOf, isRecord, listFiles, normaliseRole } from './util.ts';

// ---------------------------------------------------------------- SMILE / SMILECHAT
const SMILE_LICENCE = 'CC0-1.0 (qiuhuachuan/smile)';

async function* readSmile(input: string, ctx: ReadContext): AsyncGenerator<Conversation> {
  for (const file of await listFiles(input, ['.json'])) {
    const data = await readSmallJson(file, ctx);
    if (data === undefined) continue;
    // A folder of per-dialogue files (data/<id>.json), or one file holding an array of dialogues.
    const dialogues: unknown[] = Array.isArray(data) && data.every((t) => isRecord(t) && 'role' in t) ? [data] : Array.isArray(data) ? data : [data];
    const single = dialogues.length === 1;
    for (let d = 0; d < dialogues.length; d++) {
      const raw = dialogues[d];
      const arr = isRecord(raw) && Array.isArray(raw.dialog) ? raw.dialog : raw;
      const id = single ? path.basename(file, '.json') : `${path.basename(file, '.json')}:${d}`;
      if (!Array.isArray(arr)) {
        ctx.onBad({ file, line: 0, reason: `dialogue ${id} is not an array of turns` });
        continue;
      }
      const turns: Turn[] = [];
      let reason: string | undefined;
      arr.forEach((t: unknown, i) => {
        if (reason) return;
        if (!isRecord(t)) reason = `turn ${i} is not an object`;
        else {
          const role = normaliseRole(t.role);
          if (!role) reason = `turn ${i} has unknown role ${JSON.stringify(t.role)}`;
          else if (typeof t.content !== 'string') reason = `turn ${i} has no content string`;
          else turns.push({ role, content: t.content });
        }
      });
      if (reason) {
        ctx.onBad({ file, line: 0, reason });
        continue;
      }
      yield { provenance: { source: 'smile', id, licence: SMILE_LICENCE, file, line: 1 }, turns, task: 'dialogue', meta: {} };
    }
  }
}

export const smileReader: CorpusReader = {
  name: 'smile',
  aliases: ['smilechat', 'mechat'],
  title: 'SMILECHAT (SMILE / MeChat): per-dialogue JSON arrays of {role: client|counselor, content}',
  licence: SMILE_LICENCE,
  input: 'the data/ folder of qiuhuachuan/smile (or one <id>.json file)',
  read: (input, ctx) => readSmile(input, ctx),
};

// ---------------------------------------------------------------- CPsyCoun
const CPSYCOUN_LICENCE = 'CC-BY-4.0 (CAS-SIAT-XinHai/CPsyCoun)';
const CPSY_SPEAKERS: Record<string, Turn['role']> = {
  来访者: 'user',
  求助者: 'user',
  心理咨询师: 'assistant',
  支持者: 'assistant',
};
const SPEAKER_RE = /^\s*(来访者|求助者|心理咨询师|支持者)[：:]\s*/;
const STAGE_RE = /^\s*[（(][^）)]*[）)]\s*$/;

/** Parses one CPsyCounD transcript: speaker lines, continuation lines, stage directions. */
export function parseCpsyTranscript(lines: string[]): { turns: Turn[]; stageDirections: number; orphanLines: number } {
  const turns: Turn[] = [];
  let stageDirections = 0;
  let orphanLines = 0;
  for (const raw of lines) {
    if (raw.trim() === '') continue;
    const m = SPEAKER_RE.exec(raw);
    if (m) {
      turns.push({ role: CPSY_SPEAKERS[m[1] as string] as Turn['role'], content: raw.slice(m[0].length).trim() });
      continue;
    }
    if (STAGE_RE.test(raw)) {
      stageDirections++;
      continue;
    }
    const last = turns[turns.length - 1];
    if (last) last.content = `${last.content}\n${raw.trim()}`;
    else orphanLines++;
  }
  return { turns, stageDirections, orphanLines };
}

async function* readCpsycoun(input: string, ctx: ReadContext): AsyncGenerator<Conversation> {
  for (const file of await listFiles(input, ['.txt', '.json'])) {
    if (file.endsWith('.txt')) {
      const lines: string[] = [];
      for await (const l of readLines(file, (o) => ctx.onBad({ file, line: 0, reason: `invalid UTF-8 near byte ${o}` })))
        lines.push(l.text);
      const { turns, stageDirections, orphanLines } = parseCpsyTranscript(lines);
      if (turns.length === 0) {
        ctx.onBad({ file, line: 1, reason: 'no 来访者：/心理咨询师： speaker lines found' });
        continue;
      }
      const id = path.basename(file, '.txt');
      yield {
        provenance: { source: 'cpsycoun', id, licence: CPSYCOUN_LICENCE, file, line: 1 },
        turns,
        task: 'dialogue',
        meta: { set: 'CPsyCounD', stageDirections, orphanLines },
      };
    } else {
      // CPsyCounE: a JSON array of "<speaker>：<utterance>" strings; the topic is the folder name.
      const data = await readSmallJson(file, ctx);
      if (data === undefined) continue;
      if (!Array.isArray(data) || !data.every((x) => typeof x === 'string')) {
        ctx.onBad({ file, line: 1, reason: 'expected a JSON array of "<speaker>：<utterance>" strings' });
        continue;
      }
      const { turns } = parseCpsyTranscript(data as string[]);
      const topic = path.basename(path.dirname(file));
      yield {
        provenance: { source: 'cpsycoun', id: `${topic}/${path.basename(file, '.json')}`, licence: CPSYCOUN_LICENCE, file, line: 1 },
        turns,
        task: 'dialogue',
        topic,
        meta: { set: 'CPsyCounE' },
      };
    }
  }
}

export const cpsycounReader: CorpusReader = {
  name: 'cpsycoun',
  aliases: ['cpsycound', 'cpsycoune'],
  title: 'CPsyCounD transcripts (case_<n>.txt, 来访者/心理咨询师) and CPsyCounE eval cases (<Topic>/<n>.json)',
  licence: CPSYCOUN_LICENCE,
  input: 'CPsyCounD/Data, CPsyCounE, the whole cpsycoun folder, or one file',
  read: (input, ctx) => readCpsycoun(input, ctx),
};

// ---------------------------------------------------------------- EmoLLM
const EMOLLM_LICENCE = 'MIT (SmartFlowAI/EmoLLM)';

async function* readEmollm(input: string, ctx: ReadContext): AsyncGenerator<Conversation> {
  for (const file of await listFiles(input, ['.json', '.jsonl'])) {
    for await (const item of readJsonRecords(file, ctx)) {
      const bad = (reason: string) => ctx.onBad({ file, line: item.line, reason });
      const rec = item.value;
      if (!isRecord(rec) || !Array.isArray(rec.conversation)) {
        bad('missing field: conversation (array of {system?, input, output})');
        continue;
      }
      const turns: Turn[] = [];
      let system: string | undefined;
      let reason: string | undefined;
      rec.conversation.forEach((t: unknown, i) => {
        if (reason) return;
        if (!isRecord(t) || typeof t.input !== 'string' || typeof t.output !== 'string') {
          reason = `conversation[${i}] lacks string input/output`;
          return;
        }
        if (typeof t.system === 'string' && system === undefined) system = t.system;
        turns.push({ role: 'user', content: t.input }, { role: 'assistant', content: t.output });
      });
      if (reason) {
        bad(reason);
        continue;
      }
      const conv: Conversation = {
        provenance: { source: 'emollm', id: idOf(rec.id, item.index), licence: EMOLLM_LICENCE, file, line: item.line },
        turns,
        task: 'dialogue',
        meta: {},
      };
      if (system !== undefined) conv.system = system;
      yield conv;
    }
  }
}

export const emollmReader: CorpusReader = {
  name: 'emollm',
  title: 'EmoLLM XTuner-style {conversation: [{system?, input, output}]} (data.json and siblings)',
  licence: EMOLLM_LICENCE,
  input: 'datasets/data.json of SmartFlowAI/EmoLLM (or any file in that format)',
  read: (input, ctx) => readEmollm(input, ctx),
};

// ---------------------------------------------------------------- PsyQA
const PSYQA_LICENCE = 'PsyQA user agreement: research / non-commercial only, no redistribution (thu-coai/PsyQA)';

async function* readPsyqa(input: string, ctx: ReadContext): AsyncGenerator<Conversation> {
  for (const file of await listFiles(input, ['.json', '.jsonl'])) {
    for await (const item of readJsonRecords(file, ctx)) {
      const bad = (reason: string) => ctx.onBad({ file, line: item.line, reason });
      const rec = item.value;
      if (!isRecord(rec) || typeof rec.question !== 'string' || !Array.isArray(rec.answers)) {
        bad('missing field: question (string) and answers (array)');
        continue;
      }
      const qid = idOf(rec.questionID, item.index);
      const description = typeof rec.description === 'string' ? rec.description.trim() : '';
      const user = description && description !== rec.question.trim() ? `${rec.question.trim()}\n${description}` : rec.question.trim();
      const keywords = typeof rec.keywords === 'string' ? rec.keywords.split(/[,，]/).filter(Boolean) : [];
      for (let k = 0; k < rec.answers.length; k++) {
        const a: unknown = rec.answers[k];
        if (!isRecord(a) || typeof a.answer_text !== 'string') {
          bad(`answers[${k}].answer_text is not a string`);
          continue;
        }
        const strategies = Array.isArray(a.labels_sequence)
          ? a.labels_sequence.filter(isRecord).map((s) => ({ start: s.start, end: s.end, type: s.type }))
          : [];
        const conv: Conversation = {
          provenance: { source: 'psyqa', id: `${qid}-${k}`, licence: PSYQA_LICENCE, file, line: item.line },
          turns: [
            { role: 'user', content: user },
            { role: 'assistant', content: a.answer_text },
          ],
          task: 'dialogue',
          meta: { questionId: qid, keywords, strategies },
        };
        if (keywords[0]) conv.topic = keywords[0];
        yield conv;
      }
    }
  }
}

export const psyqaReader: CorpusReader = {
  name: 'psyqa',
  title: 'PsyQA question/answers JSON (one conversation per answer; strategy spans kept in meta)',
  licence: PSYQA_LICENCE,
  input: 'PsyQA_example.json or the full PsyQA file obtained under the agreement',
  read: (input, ctx) => readPsyqa(input, ctx),
};
