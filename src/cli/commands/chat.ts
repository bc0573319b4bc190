import readline from 'node:readline';
import type { Command } from 'commander';
import { loadConfig } from '../../config/index.ts';
import { isLocale, runTurn, type Locale } from '../../core/index.ts';
import { createPipelineDeps } from '../../server/index.ts';
import { openRepository } from '../../store/index.ts';

const TEXT = {
  'zh-CN': {
    intro:
      'CareLLM 终端对话（输入 /exit 退出）。这是研究工具，不能替代专业帮助；如有危险请拨打 12356 或当地急救电话。',
    you: '你',
    risk: '风险评估',
  },
  en: {
    intro:
      'CareLLM terminal chat (type /exit to leave). A research tool, not a substitute for professional help; if you are in danger call your local emergency number.',
    you: 'You',
    risk: 'risk',
  },
} as const;

export function registerChat(program: Command): void {
  program
    .command('chat')
    .description('Talk to CareLLM in the terminal, through the same pipeline as the web UI')
    .option('--locale <locale>', 'zh-CN or en')
    .option('--session <id>', 'continue an existing session')
    .action(async (opts: { locale?: string; session?: string }) => {
      const config = loadConfig();
      if (opts.locale !== undefined && !isLocale(opts.locale))
        throw new Error('--locale must be zh-CN or en');
      const locale: Locale = (opts.locale as Locale | undefined) ?? config.uiLocale;
      const store = openRepository({ kind: 'sqlite', dataDir: config.dataDir });
      await store.recoverInterrupted();
      const deps = createPipelineDeps(config, store);
      const session =
        (opts.session ? await store.getSession(opts.session) : null) ??
        (await store.createSession({ locale }));
      const t = TEXT[locale];
      const rl = readline.createInterface({
        input: process.stdin,
        output: process.stdout,
        terminal: process.stdin.isTTY,
      });
      process.stdout.write(`${t.intro}\n[session ${session.id}]\n`);
      const prompt = () => process.stdout.write(`${t.you}> `);
      try {
        prompt();
        // Iterating the interface buffers piped lines, so nothing typed during a reply is lost.
        for await (const line of rl) {
          const text = line.trim();
          if (text === '/exit' || text === '/quit') break;
          if (text === '') {
            prompt();
            continue;
          }
          const controller = new AbortController();
          const onSigint = () => controller.abort();
          process.once('SIGINT', onSigint);
          process.stdout.write('CareLLM> ');
          for await (const event of runTurn(deps, {
            sessionId: session.id,
            locale,
            text,
            signal: controller.signal,
          })) {
            if (event.type === 'text-delta') process.stdout.write(event.data.text);
            else if (event.type === 'risk' && event.data.level !== 'none')
              process.stdout.write(`[${t.risk}: ${event.data.level}] `);
            else if (event.type === 'notice') process.stdout.write(`\n[${event.data.message}]\n`);
            else if (event.type === 'error') process.stdout.write(`\n[error: ${event.data.message}]`);
          }
          process.removeListener('SIGINT', onSigint);
          process.stdout.write('\n');
          prompt();
        }
      } finally {
        rl.close();
        await store.close();
      }
    });
}
