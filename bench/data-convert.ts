/**
 * Data benchmark (prints figures; never part of the test run). Generates a synthetic SoulChat-format
 * corpus, then converts it to ShareGPT with exact deduplication with CareLLM — through the real CLI
 * (`carellm data convert --clean dedup`) and through the toolkit alone (bench/data-convert-lib.ts,
 * no CLI start-up) — and with the plain Python script (bench/data-baseline.py), one after the other
 * (never in parallel) on the same file, and reports records/s (wall clock),
 * CPU seconds (user + system), peak RSS (GNU time %M) and the load average around each run.
 *
 *   node --import tsx bench/data-convert.ts [records=230000] [--full] [--no-python] [--dir /tmp/carellm-bench] [--clean]
 *
 * `--full` also runs both tools on the corpus 10x the size (the 2.3M-record SoulChat size for the
 * default) — the small corpus is its first 10% — to show throughput holds and CareLLM's memory stays
 * flat. Corpora are generated once into --dir (not the repository; about 1.25 KB per record) and
 * reused; outputs are deleted after each run; `--clean` deletes the corpora at the end too.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
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
  cpuSeconds: number;
  peakRssMb: number;
  read: number;
  written: number;
  load: string;
}

const load = () => loadavg()[0]?.toFixed(1) ?? '?';

function run(cmd: string, argv: string[], output: string): Run {
  const before = load();
  // GNU time writes to stderr; run through a shell so both streams come back together.
  const shell = `/usr/bin/time -f 'TIME %e %U %S %M' ${[cmd, ...argv].map((a) => `'${a}'`).join(' ')} 2>&1`;
  const text = execFileSync('bash', ['-c', shell], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  rmSync(output, { force: true });
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(text);
  const json = text.split('\n').find((l) => l.startsWith('{'));
  if (!m || !json) throw new Error(`could not parse benchmark output:\n${text.slice(-2000)}`);
  const summary = JSON.parse(json) as { read: number; written: number };
  return {
    seconds: Number(m[1]),
    cpuSeconds: Number(m[2]) + Number(m[3]),
    peakRssMb: Math.round(Number(m[4]) / 1024),
    read: summary.read,
    written: summary.written,
    load: `${before}→${load()}`,
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

function carellm(file: string): Run {
  const out = file.replace(/\.json$/, '.carellm.jsonl');
  const argv = ['bin/carellm.js', 'data', 'convert', '--from', 'soulchat', '--to', 'sharegpt'];
  return run('node', [...argv, '--in', file, '--out', out, '--clean', 'dedup', '--quiet', '--json'], out);
}

/** The toolkit alone (bench/data-convert-lib.ts): the same work without the CLI's start-up. */
function toolkit(file: string): Run {
  const out = file.replace(/\.json$/, '.toolkit.jsonl');
  return run('node', ['--import', 'tsx', 'bench/data-convert-lib.ts', file, out], out);
}

function python(file: string): Run {
  const out = file.replace(/\.json$/, '.python.jsonl');
  return run('python3', ['bench/data-baseline.py', file, out], out);
}

const fmt = (label: string, r: Run) =>
  `${label.padEnd(20)} ${String(r.read).padStart(8)} read ${String(r.written).padStart(8)} written ` +
  `${r.seconds.toFixed(1).padStart(7)} s wall ${String(Math.round(r.read / r.seconds)).padStart(7)} rec/s  ` +
  `${r.cpuSeconds.toFixed(1).padStart(6)} s CPU ${String(Math.round(r.read / r.cpuSeconds)).padStart(7)} rec/CPU-s  ` +
  `peak RSS ${String(r.peakRssMb).padStart(5)} MB  load ${r.load}`;

const ratio = (label: string, p: Run, c: Run) =>
  `  ${label}: ${(p.seconds / c.seconds).toFixed(2)}x wall-clock throughput, ` +
  `${(p.cpuSeconds / c.cpuSeconds).toFixed(2)}x per CPU-second`;

async function measure(n: number): Promise<{ c: Run; t: Run; p?: Run }> {
  const file = await corpus(n);
  const c = carellm(file);
  console.log(fmt(`carellm CLI ${n}`, c));
  const t = toolkit(file);
  console.log(fmt(`toolkit ${n}`, t));
  if (args.includes('--no-python')) return { c, t };
  const p = python(file);
  console.log(fmt(`python ${n}`, p));
  for (const r of [c, t])
    if (p.written !== r.written)
      console.log(`  !! written counts differ: ${r.written} vs python ${p.written}`);
  console.log(ratio(`carellm CLI / python at ${n}`, p, c));
  console.log(ratio(`toolkit / python at ${n}`, p, t));
  return { c, t, p };
}

console.log(
  `node ${process.version}; ${(await import('node:os')).cpus().length} CPUs; load ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
const small = await measure(records);
if (args.includes('--full')) {
  const big = await measure(records * 10);
  console.log(
    `peak RSS ${records} → ${records * 10} records: carellm CLI ${small.c.peakRssMb} → ${big.c.peakRssMb} MB, ` +
      `toolkit ${small.t.peakRssMb} → ${big.t.peakRssMb} MB` +
      (small.p && big.p ? `, python ${small.p.peakRssMb} → ${big.p.peakRssMb} MB` : ''),
  );
}
if (args.includes('--clean')) {
  for (const n of [records, records * 10]) rmSync(path.join(dir, `soulchat-${n}.json`), { force: true });
  rmSync(path.join(dir, 'dataset_info.json'), { force: true });
}
