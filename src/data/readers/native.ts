import { readJsonRecords } from '../io/json-records.ts';
import type { Conversation, ReadContext } from '../types.ts';
import type { CorpusReader } from './types.ts';
import { isRecord, listFiles } from './util.ts';

/** Reads CareLLM's own conversation JSONL (`--to carellm`) back, so commands can be chained. */
async function* readNative(input: string, ctx: ReadContext): AsyncGenerator<Conversation> {
  for (const file of await listFiles(input, ['.jsonl', '.json'])) {
    for await (const item of readJsonRecords(file, ctx)) {
      const v = item.value;
      if (!isRecord(v) || !isRecord(v.provenance) || !Array.isArray(v.turns) || typeof v.task !== 'string') {
        ctx.onBad({ file, line: item.line, reason: 'not a CareLLM conversation (provenance, turns, task)' });
        continue;
      }
      const conv = v as unknown as Conversation;
      if (!isRecord(conv.meta)) conv.meta = {};
      yield conv;
    }
  }
}

export const nativeReader: CorpusReader = {
  name: 'carellm',
  aliases: ['native'],
  title: "CareLLM conversation JSONL (the output of --to carellm), lossless",
  licence: 'as recorded in each record',
  input: 'a .jsonl written by carellm data … --to carellm',
  read: (input, ctx) => readNative(input, ctx),
};
