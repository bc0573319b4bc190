import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { streamSse } from '../support/sse.ts';

const BIN = path.resolve('bin/carellm.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carellm-crash-'));
const children: ChildProcess[] = [];

/** Starts `carellm serve` as a real child process on a free port and waits for its URL. */
function startChild(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: {
      ...process.env,
      CARELLM_PORT: '0',
      CARELLM_DATA_DIR: dataDir,
      CARELLM_BUILTIN_DELAY_MS: '60',
      CARELLM_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 90_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('crash safety', () => {
  it(
    'keeps the user message and the partial reply (interrupted) after kill -9 mid-stream',
    { timeout: 240_000 },
    async () => {
      const first = await startChild();
      const created = await fetch(`${first.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"locale":"en"}',
      });
      const { id } = (await created.json()) as { id: string };
      const text = 'My exams are next week and I cannot sleep, I keep worrying that I will fail.';
      const res = await fetch(`${first.url}/api/sessions/${id}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      });
      let streamed = '';
      let deltas = 0;
      try {
        for await (const e of streamSse(res)) {
          if (e.event === 'text-delta') {
            streamed += (e.data as { text: string }).text;
            // The output guard releases whole sentences: kill at the first one, while the reply goes on.
            if (++deltas === 1) first.child.kill('SIGKILL');
          }
        }
      } catch {
        // the connection dies with the process
      }
      if (first.child.exitCode === null && first.child.signalCode === null)
        await new Promise((r) => first.child.once('exit', r));
      expect(deltas).toBeGreaterThanOrEqual(1);

      const second = await startChild();
      const session = (await (await fetch(`${second.url}/api/sessions/${id}`)).json()) as {
        messages: Array<{ role: string; content: string; status: string }>;
      };
      expect(session.messages[0]).toMatchObject({ role: 'user', content: text, status: 'complete' });
      const reply = session.messages[1]!;
      expect(reply.role).toBe('assistant');
      expect(reply.status).toBe('interrupted');
      expect(reply.content.length).toBeGreaterThan(0);
      expect(streamed.startsWith(reply.content)).toBe(true);
      second.child.kill('SIGTERM');
    },
  );
});
