#!/usr/bin/env -S node --no-regexp-tier-up
// Entry point for `npx carellm`: registers the TypeScript loader, then runs the CLI.
// --no-regexp-tier-up: V8 compiles each regular expression to machine code at its first use
// instead of interpreting it until it proves hot. The safety layer runs hundreds of large patterns
// on every message; measured with bench/safety.ts (2026-11-29), V8's default left much of that
// matching interpreted in a long-running process (8,000-character adversarial message: 250 ms in the
// harmful-request detector instead of 40 ms). `npm start` passes the same flag.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
