import type { Command } from 'commander';
import { registerChat } from './chat.ts';
import { registerServe } from './serve.ts';

/** Every CLI sub-command registers itself here (one line per command). */
export const COMMANDS: Array<(program: Command) => void> = [registerServe, registerChat];
