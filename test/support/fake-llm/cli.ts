/**
 * Runs the fake OpenAI-compatible server on its own, e.g. for the benchmark or to try
 * `carellm doctor` by hand:
 *   node --import tsx test/support/fake-llm/cli.ts --port 8399 --profile dashscope [--tokens 50 --interval 20 --text 好。]
 * Prints `listening <baseUrl>` once ready.
 */
import { parseArgs } from 'node:util';
import { FakeLlmServer } from './server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    profile: { type: 'string', default: 'vllm' },
    model: { type: 'string', default: 'Qwen/Qwen2.5-Omni-7B' },
    tokens: { type: 'string' },
    interval: { type: 'string', default: '20' },
    delay: { type: 'string', default: '0' },
    text: { type: 'string', default: '好' },
  },
});

const server = new FakeLlmServer({
  profile: values.profile,
  model: values.model,
  chunkDelayMs: Number(values.delay),
  record: false,
  ...(values.tokens
    ? { synthetic: { tokens: Number(values.tokens), intervalMs: Number(values.interval), text: values.text } }
    : {}),
});
await server.start(Number(values.port));
process.stdout.write(`listening ${server.baseUrl}\n`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
