/**
 * Data benchmark (prints figures; never part of the test run). Generates a synthetic SoulChat-format
 * corpus, then converts it to ShareGPT with exact deduplication, once with CareLLM and once with the
 * plain Python script (bench/data-baseline.py), and reports records/s and peak RSS (GNU time %M).
 *
 *   node --import tsx bench/data-convert.ts [records=230000] [--full] [--python-full] [--dir /tmp/carellm-bench]
 *
 * `--full` adds a run at 10x the size (the 2.3M-record corpus for the default) to show memory stays
 * flat; the Python baseline runs on the small size only unless --python-full (json.load holds the
 * whole file in memory, several GB at 2.3M records).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSoulChat } from './data-soulchat-gen.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const records = Number(args.find((a) => /^\d+$/.test(a)) ?? 230_000);
const dirIdx = args.indexOf('--dir');
const dir = dirIdx >= 0 ? (args[dirIdx + 1] as string) : '/tmp/carellm-bench';
mkdirSync(dir, { recursive: true });

interface Run {
  seconds: number;
  peakRssMb: number;
  read: number;
  written: number;
}

function run(cmd: string, argv: string[]): Run {
  // GNU time writes to stderr; run through a shell so both streams come back together.
  const shell = `/usr/bin/time -f 'TIME %e %M' ${[cmd, ...argv].map((a) => `'${a}'`).join(' ')} 2>&1`;
  const text = execFileSync('bash', ['-c', shell], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const m = /TIME ([\d.]+) (\d+)/.exec(text);
  const json = text.split('\n').find((l) => l.startsWith('{'));
  if (!m || !json) throw new Error(`could not parse benchmark output:\n${text.slice(-2000)}`);
  const summary = JSON.parse(json) as { read: number; written: number };
  return {
    seconds: Number(m[1]),
    peakRssMb: Math.round(Number(m[2]) / 1024),
    read: summary.read,
    written: summary.written,
  };
}

async function corpus(n: number): Promise<string> {
  const file = path.join(dir, `soulchat-${n}.json`);
  if (!existsSync(file)) {
    const t0 = Date.now();
    await generateSoulChat(file, n);
    console.log(
      `generated ${n} records → ${file} (${(statSync(file).size / 2 ** 20).toFixed(0)} MB, ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );
  }
  return file;
}

const carellm = (file: string) =>
  run('node', [
    'bin/carellm.js',
    'data',
    'convert',
    '--from',
    'soulchat',
    '--to',
    'sharegpt',
    '--in',
    file,
    '--out',
    file.replace(/\.json$/, '.carellm.jsonl'),
    '--clean',
    'dedup',
    '--quiet',
    '--json',
  ]);
const python = (file: string) =>
  run('python3', ['bench/data-baseline.py', file, file.replace(/\.json$/, '.python.jsonl')]);

const fmt = (label: string, r: Run) =>
  `${label.padEnd(28)} ${String(r.read).padStart(8)} read ${String(r.written).padStart(8)} written ${r.seconds.toFixed(1).padStart(7)} s ${String(Math.round(r.read / r.seconds)).padStart(8)} rec/s  peak RSS ${r.peakRssMb} MB`;

const small = await corpus(records);
const c1 = carellm(small);
console.log(fmt(`carellm ${records}`, c1));
const p1 = python(small);
console.log(fmt(`python ${records}`, p1));
console.log(`throughput ratio carellm/python at ${records}: ${(p1.seconds / c1.seconds).toFixed(2)}x`);
if (args.includes('--full')) {
  const big = await corpus(records * 10);
  const c2 = carellm(big);
  console.log(fmt(`carellm ${records * 10}`, c2));
  console.log(`peak RSS ${records} → ${records * 10}: ${c1.peakRssMb} MB → ${c2.peakRssMb} MB`);
  if (args.includes('--python-full')) console.log(fmt(`python ${records * 10}`, python(big)));
}
