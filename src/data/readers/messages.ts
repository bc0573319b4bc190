import path from 'node:path';
import { readJsonRecords } from '../io/json-records.ts';
import type { Conversation, ReadContext, Turn } from '../types.ts';
import type { CorpusReader } from './types.ts';
import { idOf, isRecord, listFiles, turnsFromMessages } from './util.ts';

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

async function* readMessagesCorpus(
  input: string,
  ctx: ReadContext,
  source: string,
  licence: string,
  topicKeys: string[],
): AsyncGenerator<Conversation> {
  const files = await listFiles(input, ['.json', '.jsonl']);
  const qualify = files.length > 1;
  for (const file of files) {
    for await (const item of readJsonRecords(file, ctx)) {
      const bad = (reason: string) => ctx.onBad({ file, line: item.line, reason });
      const rec = item.value;
      if (!isRecord(rec)) {
        bad('record is not an object');
        continue;
      }
      const rawId = idOf(rec.id, item.index);
      const id = qualify ? `${path.basename(file)}:${rawId}` : rawId;
      const provenance = { source, id, licence, file, line: item.line };
      const topicKey = topicKeys.find((k) => typeof rec[k] === 'string');
      const topic = topicKey ? (rec[topicKey] as string) : undefined;
      let turns: Turn[];
      let system: string | undefined;
      if ('messages' in rec) {
        const parsed = turnsFromMessages(rec.messages);
        if (typeof parsed === 'string') {
          bad(parsed);
          continue;
        }
        turns = parsed.turns;
        system = parsed.system;
      } else {
        const prompt = firstString(rec, PROMPT_KEYS);
        const response = firstString(rec, RESPONSE_KEYS);
        if (prompt === undefined || response === undefined) {
          bad(`missing field: expected "messages" or a prompt (${PROMPT_KEYS.join('/')}) and a response (${RESPONSE_KEYS.join('/')})`);
          continue;
        }
        turns = parseSoulChatTranscript(prompt, response);
      }
      if (turns.length === 0) {
        bad('conversation has no turns');
        continue;
      }
      const conv: Conversation = { provenance, turns, task: 'dialogue', meta: {} };
      if (system !== undefined) conv.system = system;
      if (topic !== undefined) conv.topic = topic;
      yield conv;
    }
  }
}

export const soulchatReader: CorpusReader = {
  name: 'soulchat',
  aliases: ['soulchatcorpus'],
  title: 'SoulChatCorpus (multi-turn {id, topic, messages} and single-turn 用户：/心理咨询师： instruction form)',
  licence: SOULCHAT_LICENCE,
  input: 'SoulChatCorpus-sft-multi-Turn.json (JSON array or JSON lines), or a folder of them',
  read: (input, ctx) => readMessagesCorpus(input, ctx, 'soulchat', SOULCHAT_LICENCE, ['topic']),
};

export const psydtReader: CorpusReader = {
  name: 'psydt',
  aliases: ['psydtcorpus'],
  title: 'PsyDTCorpus (SoulChat2.0; {id, normalizedTag, messages} with a system prompt)',
  licence: PSYDT_LICENCE,
  input: 'PsyDTCorpus_train_mulit_turn_packing.json or PsyDTCorpus_test_single_turn_split.json',
  read: (input, ctx) => readMessagesCorpus(input, ctx, 'psydt', PSYDT_LICENCE, ['normalizedTag', 'topic']),
};
