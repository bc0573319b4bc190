import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../../bin/carellm.js');
const run = (args: string[], input: string) =>
  spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 30_000 });

describe('carellm redact / risk --jsonl', () => {
  it('redact: one output line per input line, in order; bad lines get an error line and the run goes on', () => {
    const input = ['{"text":"我的手机号是13812345678"}', 'not json', '{"text":"call 988"}'].join('\n') + '\n';
    const res = run(['redact', '--jsonl'], input);
    const lines = res.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({
      text: '我的手机号是13812345678',
      redacted: '我的手机号是[PHONE_1]',
      spans: [{ type: 'PHONE', start: 6, end: 17, text: '13812345678' }],
    });
    expect(lines[1]).toHaveProperty('error');
    expect(lines[2]).toMatchObject({ redacted: 'call 988', spans: [] });
    expect(res.stderr).toMatch(/line 2/);
  });

  it('risk: text and conversation lines give level, reasons and evidence', () => {
    const input =
      [
        '{"text":"我不想活了"}',
        '{"messages":[{"role":"user","content":"最近总是想死"},{"role":"assistant","content":"我在听"},{"role":"user","content":"药我已经买好了，今晚"}]}',
        '{"text":"this exam is killing me"}',
      ].join('\n') + '\n';
    const lines = run(['risk', '--jsonl'], input)
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { level: string; reasons: string[]; evidence: unknown[] });
    expect(lines.map((l) => l.level)).toEqual(['high', 'imminent', 'none']);
    expect(lines[0]!.evidence).toEqual([expect.objectContaining({ start: 1, end: 5, text: '不想活了' })]);
  });
});
