import readline from 'node:readline';
import type { Command } from 'commander';
import { redact } from '../../safety/index.ts';

/** Reads JSON lines from stdin and hands each parsed object (or a parse error) to `handle`, in order. */
export async function eachJsonLine(handle: (value: unknown, lineNo: number) => unknown): Promise<number> {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let errors = 0;
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === '') continue;
    let out: unknown;
    try {
      out = handle(JSON.parse(line) as unknown, lineNo);
    } catch (err) {
      errors++;
      const message = err instanceof SyntaxError ? 'not valid JSON' : (err as Error).message;
      process.stderr.write(`carellm: line ${lineNo}: ${message}\n`);
      out = { error: message, line: lineNo };
    }
    process.stdout.write(JSON.stringify(out) + '\n');
  }
  return errors;
}

export function registerRedact(program: Command): void {
  program
    .command('redact')
    .description(
      'Replace personal data (phones, IDs, cards, emails, addresses, names…) with typed placeholders',
    )
    .option('--jsonl', 'read {"text": …} lines on stdin, write {"text","redacted","spans"} lines')
    .argument('[text...]', 'text to redact (otherwise stdin)')
    .action(async (words: string[], opts: { jsonl?: boolean }) => {
      if (opts.jsonl) {
        await eachJsonLine((value) => {
          const text = (value as { text?: unknown } | null)?.text;
          if (typeof text !== 'string') throw new Error('expected an object with a string "text" field');
          const { redacted, spans } = redact(text);
          return { text, redacted, spans };
        });
        return;
      }
      let input = words.join(' ');
      if (input === '') {
        const chunks: Buffer[] = [];
        for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
        input = Buffer.concat(chunks).toString('utf8');
      }
      process.stdout.write(redact(input).redacted + (input.endsWith('\n') ? '' : '\n'));
    });
}
