import type { Command } from 'commander';
import { assessRisk, type ConversationTurn } from '../../safety/index.ts';
import { eachJsonLine } from './redact.ts';

function assessLine(value: unknown): Record<string, unknown> {
  const obj = value as { text?: unknown; messages?: unknown; id?: unknown } | null;
  let text: string;
  let history: ConversationTurn[] = [];
  if (obj && typeof obj.text === 'string') {
    text = obj.text;
  } else if (obj && Array.isArray(obj.messages)) {
    const turns = obj.messages.map((m: unknown) => {
      const t = m as { role?: unknown; content?: unknown } | null;
      if (
        !t ||
        typeof t.content !== 'string' ||
        (t.role !== 'user' && t.role !== 'assistant' && t.role !== 'system')
      ) {
        throw new Error('each message needs "role" (user|assistant|system) and string "content"');
      }
      return { role: t.role, content: t.content } as ConversationTurn;
    });
    const lastUser = turns.map((t) => t.role).lastIndexOf('user');
    if (lastUser < 0) throw new Error('"messages" has no user message');
    text = turns[lastUser]!.content;
    history = turns.slice(0, lastUser);
  } else {
    throw new Error('expected {"text": string} or {"messages": [...]}');
  }
  const { level, reasons, evidence, assessor } = assessRisk(text, history);
  return { ...(obj.id !== undefined ? { id: obj.id } : {}), level, reasons, evidence, assessor };
}

export function registerRisk(program: Command): void {
  program
    .command('risk')
    .description('Assess crisis risk (none/low/high/imminent) of messages, with reasons and evidence spans')
    .option('--jsonl', 'read {"text": …} or {"messages": […]} lines on stdin, write one result line each')
    .argument('[text...]', 'a message to assess (otherwise --jsonl on stdin)')
    .action(async (words: string[], opts: { jsonl?: boolean }) => {
      if (opts.jsonl || words.length === 0) {
        await eachJsonLine((value) => assessLine(value));
        return;
      }
      process.stdout.write(JSON.stringify(assessLine({ text: words.join(' ') })) + '\n');
    });
}
