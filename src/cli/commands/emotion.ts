import readline from 'node:readline';
import type { Command } from 'commander';
import { EmotionModel, defaultModel, readText } from '../../emotion/index.ts';

/**
 * `carellm emotion --jsonl`: reads {"text": ...} lines on stdin and writes, in order, one
 * {"labels": [{label, score}...], "predicted": [...]} line each (labels sorted by score).
 * `carellm emotion "some text"` prints one full reading (evidence words, indicators) as JSON.
 */
export function registerEmotion(program: Command): void {
  program
    .command('emotion')
    .description('Classify emotions in text (GoEmotions labels); --jsonl streams {"text"} lines from stdin')
    .argument('[text...]', 'text to analyse (omit with --jsonl)')
    .option('--jsonl', 'read {"text": ...} JSON lines from stdin, write one result line each')
    .option('--top <k>', 'how many labels to list per line (default: all 28)')
    .option('--model <file>', 'model file (default: models/emotion-classifier.bin.gz)')
    .action(async (words: string[], opts: { jsonl?: boolean; top?: string; model?: string }) => {
      const model = opts.model ? EmotionModel.load(opts.model) : defaultModel();
      const top = opts.top !== undefined ? Number(opts.top) : model.labels.length;
      if (!Number.isInteger(top) || top < 1) throw new Error('--top must be a positive integer');
      if (!opts.jsonl) {
        const text = words.join(' ');
        if (text.trim() === '') throw new Error('give a text to analyse, or use --jsonl');
        const { reading, details } = readText(model, text, top);
        process.stdout.write(`${JSON.stringify({ ...reading, details }, null, 2)}\n`);
        return;
      }
      await streamJsonl(model, top);
    });
}

async function streamJsonl(model: EmotionModel, top: number): Promise<void> {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let out: string[] = [];
  let lineNo = 0;
  let failed = 0;
  const flush = async () => {
    if (out.length === 0) return;
    const chunk = out.join('');
    out = [];
    if (!process.stdout.write(chunk))
      await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  };
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === '') continue;
    let text: unknown;
    try {
      text = (JSON.parse(line) as { text?: unknown }).text;
    } catch {
      text = undefined;
    }
    if (typeof text !== 'string') {
      failed++;
      out.push(
        `${JSON.stringify({ error: `line ${lineNo}: expected a JSON object with a string "text"` })}\n`,
      );
    } else {
      const p = model.predict(text, { topK: top });
      out.push(`${JSON.stringify({ labels: p.labels, predicted: p.predicted })}\n`);
    }
    if (out.length >= 512) await flush();
  }
  await flush();
  if (failed > 0) {
    process.stderr.write(`carellm emotion: ${failed} line(s) were not {"text": ...} objects\n`);
    process.exitCode = 1;
  }
}
