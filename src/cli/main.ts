import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/index.ts';
import { packageVersion } from '../server/index.ts';
import { COMMANDS } from './commands/index.ts';

/** Runs the `carellm` CLI and returns the exit code (never calls process.exit itself). */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('carellm')
    .description('CareLLM: supportive conversations, safety, emotion analysis and research tools')
    .version(packageVersion())
    .exitOverride()
    .showHelpAfterError();
  for (const register of COMMANDS) register(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof ConfigError) {
      process.stderr.write(`carellm: configuration error: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`carellm: ${(err as Error).message}\n`);
    return 1;
  }
}
