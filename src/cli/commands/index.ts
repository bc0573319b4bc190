import type { Command } from 'commander';
import { registerChat } from './chat.ts';
import { registerDoctor } from './doctor.ts';
import { registerServe } from './serve.ts';
import { registerRedact } from './redact.ts';
import { registerRisk } from './risk.ts';
import { registerData } from './data.ts';
import { registerEmotion } from './emotion.ts';
import { registerEval } from './eval.ts';
import { registerFinetune } from './finetune.ts';
import { registerHardware } from './hardware.ts';

/** Every CLI sub-command registers itself here (one line per command). */
export const COMMANDS: Array<(program: Command) => void> = [
  registerServe,
  registerChat,
  registerRedact,
  registerRisk,
  registerData,
  registerDoctor,
  registerEmotion,
  registerEval,
  registerFinetune,
  registerHardware,
];
