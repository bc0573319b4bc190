import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { fx } from './helpers.ts';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => ((out += String(c)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => ((err += String(c)), true));
  process.exitCode = undefined;
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
  }
}

afterEach(() => vi.restoreAllMocks());

describe('carellm data CLI contract', () => {
  it('convert --json prints {read, written, skipped, ...} and writes the file + dataset_info.json', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'carellm-cli-'));
    const out = path.join(dir, 'ge.json');
    const r = await cli(['data', 'convert', '--from', 'goemotions', '--to', 'sharegpt', '--in', fx('goemotions/train.tsv'), '--out', out, '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out);
    expect(summary).toMatchObject({ read: 3, written: 3, skipped: 0, bad: 0 });
    expect(JSON.parse(await readFile(out, 'utf8'))).toHaveLength(3);
    expect(JSON.parse(await readFile(path.join(dir, 'dataset_info.json'), 'utf8')).ge.formatting).toBe('sharegpt');
  });

  it('convert without --json prints one summary line; --clean reports per step', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'carellm-cli-'));
    const r = await cli(['data', 'convert', '--from', 'smile', '--to', 'alpaca', '--in', fx('smile'), '--out', path.join(dir, 's.jsonl'), '--clean', 'normalize,roles,dedup,near-dup']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^done: read 2, written 2, skipped 0/);
    expect(r.out).toMatch(/cleaning: \{"normalize"/);
  });

  it('bad records: counted and skipped; exit 0 normally, 3 with --strict', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'carellm-cli-'));
    const args = ['data', 'convert', '--from', 'soulchat', '--to', 'openai', '--in', fx('bad/mixed.json'), '--out', path.join(dir, 'o.jsonl'), '--json'];
    const lax = await cli(args);
    expect(lax.code).toBe(0);
    expect(JSON.parse(lax.out)).toMatchObject({ read: 2, written: 2, bad: 2, skipped: 2 });
    expect(JSON.parse(lax.out).badRecords[0]).toMatchObject({ line: 3, reason: expect.stringMatching(/missing field/) });
    const strict = await cli([...args, '--strict']);
    expect(strict.code).toBe(3);
  });

  it('stats --json has records, turns and languages; --html writes a report with SVG charts', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'carellm-cli-'));
    const html = path.join(dir, 'r.html');
    const r = await cli(['data', 'stats', '--from', 'cpsycoun', '--in', fx('cpsycoun'), '--json', '--html', html]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s).toMatchObject({ records: 3, turns: 8, languages: { zh: 3 } });
    const page = await readFile(html, 'utf8');
    expect(page).toMatch(/<svg/);
    expect(page).not.toMatch(/心理咨询师，我觉得我很自私/); // counts only, never source text
  });

  it('split writes one file per split, deterministic across runs', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'carellm-cli-'));
    const args = (d: string) => ['data', 'split', '--from', 'goemotions', '--in', fx('goemotions'), '--out-dir', d, '--ratios', 'train:0.5,test:0.5', '--seed', 'x', '--json'];
    const a = JSON.parse((await cli(args(path.join(dir, 'a')))).out);
    const b = JSON.parse((await cli(args(path.join(dir, 'b')))).out);
    expect(a.splits).toEqual(b.splits);
    expect(a.written).toBe(3);
    expect(await readFile(path.join(dir, 'a/train.jsonl'), 'utf8')).toBe(await readFile(path.join(dir, 'b/train.jsonl'), 'utf8'));
  });

  it('unknown reader and missing input give clear errors', async () => {
    const r = await cli(['data', 'stats', '--from', 'nope', '--in', fx('psydt.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/unknown reader "nope"/);
    const m = await cli(['data', 'stats', '--from', 'soulchat', '--in', '/no/such/file.json']);
    expect(m.err).toMatch(/input not found/);
  });
});
