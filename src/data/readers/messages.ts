import path from 'node:path';
import { readJsonRecordBatches } from '../io/json-records.ts';
import type { JsonItem } from '../io/json-stream.ts';
import type { Conversation, ReadContext, Turn } from '../types.ts';
import type { CorpusReader } from './types.ts';
import { flattenBatches, idOf, isRecord, listFiles, turnsFromMessages } from './util.ts';

const SOULCHAT_LICENCE = 'Apache-2.0 (scutcyr/SoulChat); README: non-commercial research use only';
const PSYDT_LICENCE = 'Apache-2.0 (scutcyr/SoulChat2.0 repository); check the ModelScope dataset terms';

const PROMPT_KEYS = ['input', 'prompt', 'instruction', 'query', 'question'];
const RESPONSE_KEYS = ['target', 'response', 'output', 'answer'];

/**
 * SoulChat's single-turn/instruction form: the whole dialogue so far in one prompt string,
 * "用户：…\n心理咨询师：…\n用户：…\n心理咨询师：", with the counsellor's reply as the response.
 */
export function parseSoulChatTranscript(prompt: string, response: string): Turn[] {
  const turns: Turn[] = [];
  const re = /(^|\n)(用户|心理咨询师)[：:]/g;
  const marks: Array<{ role: Turn['role']; start: number; end: number }> = [];
  for (let m = re.exec(prompt); m; m = re.exec(prompt)) {
    marks.push({
      role: m[2] === '用户' ? 'user' : 'assistant',
      start: m.index + (m[1] as string).length,
      end: re.lastIndex,
    });
  }
  if (marks.length === 0) {
    turns.push({ role: 'user', content: prompt.trim() });
  } else {
    const lead = prompt.slice(0, marks[0]?.start).trim();
    if (lead) turns.push({ role: 'user', content: lead });
    marks.forEach((mk, i) => {
      const next = marks[i + 1];
      const content = prompt.slice(mk.end, next ? next.start : prompt.length).trim();
      turns.push({ role: mk.role, content });
    });
  }
  const last = turns[turns.length - 1];
  if (last && last.role === 'assistant' && last.content === '') last.content = response.trim();
  else turns.push({ role: 'assistant', content: response.trim() });
  return turns;
}

function firstString(rec: Record<string, unknown>, keys: string[]): string | undefined {
  for (const k of keys) if (typeof rec[k] === 'string') return rec[k] as string;
  return undefined;
}

interface CorpusFile {
  file: string;
  ctx: ReadContext;
  source: string;
  licence: string;
  topicKeys: string[];
  /** Prefix ids with the file name (several files in one input). */
  qualify: boolean;
}

/** One record of a messages corpus as a conversation; undefined (and reported) when unusable. */
function toConversation(item: JsonItem, f: CorpusFile): Conversation | undefined {
  const { file, ctx } = f;
  const rec = item.value;
  if (!isRecord(rec)) {
    ctx.onBad({ file, line: item.line, reason: 'record is not an object' });
    return undefined;
  }
  const rawId = idOf(rec.id, item.index);
  const id = f.qualify ? `${path.basename(file)}:${rawId}` : rawId;
  const provenance = { source: f.source, id, licence: f.licence, file, line: item.line };
  let topic: string | undefined;
  for (const k of f.topicKeys)
    if (typeof rec[k] === 'string') {
      topic = rec[k] as string;
      break;
    }
  let turns: Turn[];
  let system: string | undefined;
  if ('messages' in rec) {
    const parsed = turnsFromMessages(rec.messages);
    if (typeof parsed === 'string') {
      ctx.onBad({ file, line: item.line, reason: parsed });
      return undefined;
    }
    turns = parsed.turns;
    system = parsed.system;
  } else {
    const prompt = firstString(rec, PROMPT_KEYS);
    const response = firstString(rec, RESPONSE_KEYS);
    if (prompt === undefined || response === undefined) {
      ctx.onBad({
        file,
        line: item.line,
        reason: `missing field: expected "messages" or a prompt (${PROMPT_KEYS.join('/')}) and a response (${RESPONSE_KEYS.join('/')})`,
      });
      return undefined;
    }
    turns = parseSoulChatTranscript(prompt, response);
  }
  if (turns.length === 0) {
    ctx.onBad({ file, line: item.line, reason: 'conversation has no turns' });
    return undefined;
  }
  const conv: Conversation = { provenance, turns, task: 'dialogue', meta: {} };
  if (system !== undefined) conv.system = system;
  if (topic !== undefined) conv.topic = topic;
  return conv;
}

function* conversationsOf(batch: Iterable<JsonItem>, f: CorpusFile): Generator<Conversation> {
  for (const item of batch) {
    const conv = toConversation(item, f);
    if (conv) yield conv;
  }
}

/** The conversations of a messages corpus, one synchronous batch per ~1 MB of input. */
async function* readMessagesCorpusBatches(
  input: string,
  ctx: ReadContext,
  source: string,
  licence: string,
  topicKeys: string[],
): AsyncGenerator<Iterable<Conversation>> {
  const files = await listFiles(input, ['.json', '.jsonl']);
  const qualify = files.length > 1;
  for (const file of files) {
    const f: CorpusFile = { file, ctx, source, licence, topicKeys, qualify };
    for await (const batch of readJsonRecordBatches(file, ctx)) yield conversationsOf(batch, f);
  }
}

/**
 * One parsed SoulChat record as the soulchat reader turns it into a conversation (for the byte-level
 * convert fast path, which hands it the records it does not take itself); problems go to `ctx.onBad`.
 */
export function soulchatRecord(item: JsonItem, file: string, ctx: ReadContext): Conversation | undefined {
  return toConversation(item, { file, ctx, source: 'soulchat', licence: SOULCHAT_LICENCE, topicKeys: ['topic'], qualify: false });
}

export const soulchatReader: CorpusReader = {
  name: 'soulchat',
  aliases: ['soulchatcorpus'],
  title: 'SoulChatCorpus (multi-turn {id, topic, messages} and single-turn 用户：/心理咨询师： instruction form)',
  licence: SOULCHAT_LICENCE,
  input: 'SoulChatCorpus-sft-multi-Turn.json (JSON array or JSON lines), or a folder of them',
  readBatches: (input, ctx) => readMessagesCorpusBatches(input, ctx, 'soulchat', SOULCHAT_LICENCE, ['topic']),
  read: (input, ctx) => flattenBatches(readMessagesCorpusBatches(input, ctx, 'soulchat', SOULCHAT_LICENCE, ['topic'])),
};

export const psydtReader: CorpusReader = {
  name: 'psydt',
  aliases: ['psydtcorpus'],
  title: 'PsyDTCorpus (SoulChat2.0; {id, normalizedTag, messages} with a system prompt)',
  licence: PSYDT_LICENCE,
  input: 'PsyDTCorpus_train_mulit_turn_packing.json or PsyDTCorpus_test_single_turn_split.json',
  readBatches: (input, ctx) => readMessagesCorpusBatches(input, ctx, 'psydt', PSYDT_LICENCE, ['normalizedTag', 'topic']),
  read: (input, ctx) =>
    flattenBatches(readMessagesCorpusBatches(input, ctx, 'psydt', PSYDT_LICENCE, ['normalizedTag', 'topic'])),
};
