import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { Option, type Command } from 'commander';
import {
  badRecordLog,
  Cleaner,
  FORMATS,
  formatStatsSummary,
  JsonRecordSink,
  loadEmotionClassifier,
  MinHashLsh,
  parseCleanSteps,
  parseFieldMap,
  parseRatios,
  READERS,
  renderStatsHtml,
  requireFormat,
  requireInput,
  requireReader,
  runConvert,
  Splitter,
  StatsCollector,
  upsertDatasetInfo,
  type CleanOptions,
  type Conversation,
  type ConvertSummary,
  type LanguageTag,
  type ReaderOptions,
} from '../../data/index.ts';
import { inputBytes } from '../../data/pipeline.ts';
import { ioProgress } from '../../data/io/text-source.ts';
import { fingerprint, Fingerprint64Set } from '../../data/clean/hashset.ts';
import type { RiskLevel } from '../../core/types.ts';

type Locale = 'zh-CN' | 'en';

const TEXT = {
  'zh-CN': {
    done: (s: ConvertSummary) =>
      `完成：读取 ${s.read}，写出 ${s.written}，跳过 ${s.skipped}（坏记录 ${s.bad}，清洗丢弃 ${s.dropped}，无法写出 ${s.unwritable}），${s.recordsPerSecond} 条/秒 → ${s.output}`,
    bad: '坏记录（前几条）',
    strict: '--strict：存在坏记录，退出码 3',
    records: '条',
  },
  en: {
    done: (s: ConvertSummary) =>
      `done: read ${s.read}, written ${s.written}, skipped ${s.skipped} (bad ${s.bad}, dropped by cleaning ${s.dropped}, unwritable ${s.unwritable}), ${s.recordsPerSecond} records/s → ${s.output}`,
    bad: 'bad records (first few)',
    strict: '--strict: bad records found, exit code 3',
    records: 'records',
  },
} as const;

interface CommonOpts {
  from: string;
  in: string;
  map?: string;
  licence?: string;
  json?: boolean;
  quiet?: boolean;
  strict?: boolean;
  locale?: string;
  limit?: string;
}

interface CleanCliOpts {
  clean?: string;
  roles?: 'repair' | 'reject';
  width?: 'none' | 'ascii' | 'nfkc';
  minTurns?: string;
  maxTurns?: string;
  minChars?: string;
  maxChars?: string;
  maxTurnChars?: string;
  maxTokens?: string;
  lang?: string;
  nearDupThreshold?: string;
  crisis?: 'tag' | 'drop' | 'keep';
  crisisLevel?: string;
  evalSet?: string[];
}

const num = (v: string | undefined, name: string): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number`);
  return n;
};

function localeOf(o: CommonOpts): Locale {
  return o.locale === 'zh-CN' ? 'zh-CN' : 'en';
}

function readerOptions(o: CommonOpts): ReaderOptions {
  const r: ReaderOptions = {};
  if (o.map) r.fieldMap = parseFieldMap(o.map);
  if (o.licence) r.licence = o.licence;
  return r;
}

/** `reader:path` pairs for leakage checks; each becomes a conversation stream. */
function evalSets(specs: string[] | undefined): CleanOptions['leakageSets'] {
  return (specs ?? []).map((spec) => {
    const colon = spec.indexOf(':');
    if (colon < 0) throw new Error(`--eval-set "${spec}" must be reader:path`);
    const reader = requireReader(spec.slice(0, colon));
    const p = spec.slice(colon + 1);
    requireInput(p);
    return { name: path.basename(p), conversations: reader.read(p, { onBad: () => undefined }, {}) };
  });
}

function cleanOptions(o: CleanCliOpts, steps: string | undefined): CleanOptions | undefined {
  if (!steps) return undefined;
  const c: CleanOptions = { steps: parseCleanSteps(steps) };
  if (o.roles) c.roles = o.roles;
  if (o.width) c.width = o.width;
  const set = <K extends keyof CleanOptions>(k: K, v: CleanOptions[K] | undefined) => {
    if (v !== undefined) c[k] = v;
  };
  set('minTurns', num(o.minTurns, '--min-turns'));
  set('maxTurns', num(o.maxTurns, '--max-turns'));
  set('minChars', num(o.minChars, '--min-chars'));
  set('maxChars', num(o.maxChars, '--max-chars'));
  set('maxTurnChars', num(o.maxTurnChars, '--max-turn-chars'));
  set('maxTokens', num(o.maxTokens, '--max-tokens'));
  set('nearDupThreshold', num(o.nearDupThreshold, '--near-dup-threshold'));
  if (o.lang) c.languages = o.lang.split(',').map((s) => s.trim()) as LanguageTag[];
  if (o.crisis) c.crisis = o.crisis;
  if (o.crisisLevel) {
    if (!['low', 'high', 'imminent'].includes(o.crisisLevel))
      throw new Error('--crisis-level must be low, high or imminent');
    c.crisisLevel = o.crisisLevel as RiskLevel;
  }
  if (c.steps.includes('leakage')) {
    if (!o.evalSet?.length) throw new Error('the leakage step needs at least one --eval-set reader:path');
    c.leakageSets = evalSets(o.evalSet);
  }
  return c;
}

/** A progress bar on stderr (records, records/s, % and ETA by bytes read); silent when not a TTY. */
async function progress(o: CommonOpts, input: string) {
  const enabled = !o.quiet && process.stderr.isTTY === true;
  if (!enabled) return { tick: (_n: number) => undefined, stop: () => undefined };
  const total = await inputBytes(input);
  const startBytes = ioProgress.bytes;
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '{bar} {percentage}% | {records} records | {rate} rec/s | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(total, 1), 0, { records: 0, rate: 0 });
  let last = 0;
  return {
    tick: (n: number) => {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      const rate = Math.round(n / Math.max((now - started) / 1000, 0.001));
      bar.update(Math.min(ioProgress.bytes - startBytes, total), { records: n, rate });
    },
    stop: () => {
      bar.update(total);
      bar.stop();
    },
  };
}

function printBad(o: CommonOpts, bad: Array<{ file: string; line: number; reason: string }>, count: number) {
  if (count === 0 || o.json) return;
  const t = TEXT[localeOf(o)];
  process.stderr.write(`${t.bad} (${count}):\n`);
  for (const b of bad.slice(0, 10)) process.stderr.write(`  ${b.file}:${b.line}: ${b.reason}\n`);
}

function withCommon(cmd: Command, needsFrom = true): Command {
  return cmd
    .requiredOption('--in <path>', 'input file or folder')
    .option('--map <fields>', 'field mapping for json/csv/tsv readers, e.g. "id=uid,text=body,label=tag"')
    .option('--licence <text>', 'licence to record for generic inputs')
    .option('--limit <n>', 'stop after n records')
    .option('--json', 'print a JSON summary on standard output')
    .option('--quiet', 'no progress bar')
    .option('--strict', 'exit with code 3 when any bad record was found')
    .addOption(
      new Option('--locale <locale>', 'language of the messages').choices(['zh-CN', 'en']).default('en'),
    )
    .requiredOption(
      needsFrom ? '--from <reader>' : '--from <reader>',
      `reader: ${READERS.map((r) => r.name).join(', ')}`,
    );
}

function withClean(cmd: Command): Command {
  return cmd
    .addOption(
      new Option('--roles <mode>', 'role alternation: repair (merge, drop empty) or reject').choices([
        'repair',
        'reject',
      ]),
    )
    .addOption(new Option('--width <mode>', 'width normalisation').choices(['none', 'ascii', 'nfkc']))
    .option('--min-turns <n>')
    .option('--max-turns <n>')
    .option('--min-chars <n>')
    .option('--max-chars <n>')
    .option('--max-turn-chars <n>')
    .option('--max-tokens <n>', 'estimated tokens (1 per Han character, 1 per 4 other characters)')
    .option('--lang <list>', 'keep only these languages (zh,en,mixed,other); tags all records')
    .option('--near-dup-threshold <x>', 'MinHash Jaccard threshold (default 0.7)')
    .addOption(new Option('--crisis <mode>', 'crisis audit action').choices(['tag', 'drop', 'keep']))
    .option('--crisis-level <level>', 'lowest risk level treated as crisis content (default high)')
    .option('--eval-set <reader:path...>', 'evaluation sets for the leakage step');
}

async function convertAction(
  o: CommonOpts & CleanCliOpts & { to: string; out: string; name?: string; report?: string },
  steps?: string,
) {
  const t = TEXT[localeOf(o)];
  requireReader(o.from);
  requireFormat(o.to);
  requireInput(o.in);
  const bar = await progress(o, o.in);
  const stats = o.report ? new StatsCollector() : undefined;
  let summary: ConvertSummary;
  try {
    const clean = cleanOptions(o, steps);
    const limit = num(o.limit, '--limit');
    summary = await runConvert({
      from: o.from,
      to: o.to,
      input: o.in,
      output: o.out,
      readerOptions: readerOptions(o),
      ...(clean ? { clean } : {}),
      ...(limit !== undefined ? { limit } : {}),
      ...(o.name ? { datasetName: o.name } : {}),
      onRecord: (n) => bar.tick(n),
      ...(stats ? { onWritten: (c: Conversation) => stats.add(c) } : {}),
    });
  } finally {
    bar.stop();
  }
  if (stats && o.report) {
    const s = stats.result();
    const pii = summary.cleaning?.steps.pii;
    if (pii) stats.setPii({ recordsWithPii: pii.changed, spans: (pii.spans as number) ?? 0 });
    await mkdir(path.dirname(path.resolve(o.report)), { recursive: true });
    await writeFile(
      o.report,
      await renderStatsHtml(stats.result(), {
        title: `CareLLM data report: ${o.from}`,
        input: o.in,
        locale: localeOf(o),
      }),
    );
    void s;
  }
  printBad(o, summary.badRecords, summary.bad);
  if (o.json) process.stdout.write(JSON.stringify(summary) + '\n');
  else {
    process.stdout.write(t.done(summary) + '\n');
    if (summary.cleaning) process.stdout.write(`cleaning: ${JSON.stringify(summary.cleaning.steps)}\n`);
    if (summary.datasetInfo) process.stdout.write(`dataset_info: ${summary.datasetInfo}\n`);
  }
  if (o.strict && summary.bad > 0) {
    process.stderr.write(t.strict + '\n');
    process.exitCode = 3;
  }
}

export function registerData(program: Command): void {
  const data = program
    .command('data')
    .description('Data sets: read, convert, clean, count and split counselling and emotion corpora');

  data
    .command('list')
    .description('List the readers and output formats')
    .option('--json', 'JSON output')
    .action((o: { json?: boolean }) => {
      const readers = READERS.map((r) => ({
        name: r.name,
        aliases: r.aliases ?? [],
        title: r.title,
        licence: r.licence,
        input: r.input,
      }));
      const formats = FORMATS.map((f) => ({
        name: f.name,
        aliases: f.aliases ?? [],
        title: f.title,
        llamaFactory: Boolean(f.datasetInfo),
      }));
      if (o.json) process.stdout.write(JSON.stringify({ readers, formats }) + '\n');
      else {
        process.stdout.write('readers:\n');
        for (const r of readers)
          process.stdout.write(`  ${r.name.padEnd(22)} ${r.title}\n${' '.repeat(25)}licence: ${r.licence}\n`);
        process.stdout.write('formats:\n');
        for (const f of formats) process.stdout.write(`  ${f.name.padEnd(22)} ${f.title}\n`);
      }
    });

  withCommon(
    data.command('inspect').description('Show the first records as parsed, and any bad records among them'),
  )
    .option('--show <n>', 'records to print', '3')
    .action(async (o: CommonOpts & { show: string }) => {
      const reader = requireReader(o.from);
      requireInput(o.in);
      const show = num(o.show, '--show') ?? 3;
      const limit = num(o.limit, '--limit') ?? 1000;
      const { log, onBad } = badRecordLog();
      const first: Conversation[] = [];
      let n = 0;
      for await (const c of reader.read(o.in, { onBad }, readerOptions(o))) {
        if (first.length < show) first.push(c);
        if (++n >= limit) break;
      }
      if (o.json)
        process.stdout.write(
          JSON.stringify({
            reader: reader.name,
            scanned: n,
            bad: log.count,
            badRecords: log.first,
            records: first,
          }) + '\n',
        );
      else {
        process.stdout.write(
          `${reader.title}\nlicence: ${reader.licence}\nscanned ${n} records, ${log.count} bad\n\n`,
        );
        for (const c of first) process.stdout.write(JSON.stringify(c, null, 2) + '\n');
        printBad(o, log.first, log.count);
      }
      if (o.strict && log.count > 0) process.exitCode = 3;
    });

  withClean(
    withCommon(
      data
        .command('convert')
        .description('Convert a corpus to a trainer format (optionally cleaning on the way)'),
    )
      .requiredOption('--to <format>', `output format: ${FORMATS.map((f) => f.name).join(', ')}`)
      .requiredOption('--out <path>', 'output file (.json = one JSON array, otherwise JSON lines)')
      .option('--clean <steps>', 'cleaning steps, e.g. normalize,roles,dedup,near-dup,pii')
      .option('--name <dataset>', 'name of the dataset_info.json entry (default: output file name)')
      .option('--report <html>', 'also write an HTML statistics report of what was written'),
  ).action((o) => convertAction(o, o.clean));

  withClean(
    withCommon(data.command('clean').description('Clean a corpus; writes CareLLM JSONL unless --to is given'))
      .requiredOption('--out <path>', 'output file')
      .option('--to <format>', 'output format', 'carellm')
      .requiredOption('--steps <steps>', 'normalize,roles,length,lang,dedup,near-dup,pii,crisis,leakage')
      .option('--name <dataset>', 'dataset_info.json entry name')
      .option('--report <html>', 'HTML statistics report of the cleaned output'),
  ).action((o) => convertAction(o, o.steps));

  withCommon(
    data
      .command('stats')
      .description('Count records, turns, lengths, languages, topics, labels and duplicates'),
  )
    .option('--html <path>', 'write a self-contained HTML report with charts')
    .option(
      '--emotion [n]',
      "classify the first user turn of up to n records with the project's emotion classifier (default 2000)",
    )
    .action(async (o: CommonOpts & { html?: string; emotion?: string | boolean }) => {
      const reader = requireReader(o.from);
      requireInput(o.in);
      let emotion:
        { fn: (t: string) => Promise<string[]> | string[]; analyser: string; sample: number } | undefined;
      if (o.emotion !== undefined) {
        const cls = await loadEmotionClassifier();
        if (!cls)
          process.stderr.write(
            'emotion classifier unavailable (src/emotion exports no classifier); skipping emotions\n',
          );
        else
          emotion = {
            ...cls,
            sample: typeof o.emotion === 'string' ? (num(o.emotion, '--emotion') ?? 2000) : 2000,
          };
      }
      const collector = new StatsCollector(emotion);
      const { log, onBad } = badRecordLog();
      const limit = num(o.limit, '--limit');
      const bar = await progress(o, o.in);
      let n = 0;
      try {
        for await (const c of reader.read(o.in, { onBad }, readerOptions(o))) {
          await collector.add(c);
          bar.tick(++n);
          if (limit !== undefined && n >= limit) break;
        }
      } finally {
        bar.stop();
      }
      const stats = collector.result();
      if (o.html) {
        await mkdir(path.dirname(path.resolve(o.html)), { recursive: true });
        await writeFile(
          o.html,
          await renderStatsHtml(stats, {
            title: `CareLLM data report: ${reader.name}`,
            input: o.in,
            locale: localeOf(o),
          }),
        );
      }
      printBad(o, log.first, log.count);
      if (o.json)
        process.stdout.write(JSON.stringify({ ...stats, bad: log.count, badRecords: log.first }) + '\n');
      else
        process.stdout.write(
          formatStatsSummary(stats) + `\nbad records: ${log.count}\n` + (o.html ? `report: ${o.html}\n` : ''),
        );
      if (o.strict && log.count > 0) process.exitCode = 3;
    });

  withClean(
    withCommon(
      data
        .command('split')
        .description('Deterministic train/dev/test split (seeded hash), optionally stratified and grouped'),
    )
      .requiredOption('--out-dir <dir>', 'folder for the split files')
      .option('--to <format>', 'output format', 'carellm')
      .option('--ratios <list>', 'split ratios', 'train:0.8,dev:0.1,test:0.1')
      .option('--seed <seed>', 'hash seed', 'carellm')
      .option('--stratify <field>', 'field to stratify by, e.g. topic or labels.0')
      .option('--group <field>', 'field whose equal values stay in one split (default: record id)')
      .option('--no-near-dup-groups', 'do not keep near-duplicates together')
      .option('--clean <steps>', 'cleaning steps before splitting')
      .option('--name <prefix>', 'dataset_info.json entry prefix (default: the reader name)'),
  ).action(
    async (
      o: CommonOpts &
        CleanCliOpts & {
          outDir: string;
          to: string;
          ratios: string;
          seed: string;
          stratify?: string;
          group?: string;
          nearDupGroups: boolean;
          name?: string;
        },
    ) => {
      const reader = requireReader(o.from);
      const format = requireFormat(o.to);
      requireInput(o.in);
      const ratios = parseRatios(o.ratios);
      const splitter = new Splitter({
        ratios,
        seed: o.seed,
        ...(o.stratify ? { stratifyBy: o.stratify } : {}),
        ...(o.group ? { groupBy: o.group } : {}),
        ...(o.nearDupGroups
          ? { nearDupThreshold: num(o.nearDupThreshold, '--near-dup-threshold') ?? 0.7 }
          : {}),
      });
      const clean = cleanOptions(o, o.clean);
      const cleaner = clean ? await Cleaner.create(clean) : undefined;
      const ext = format.name === 'carellm' ? '.jsonl' : '.jsonl';
      await mkdir(o.outDir, { recursive: true });
      const sinks = new Map<string, JsonRecordSink>();
      for (const name of Object.keys(ratios))
        sinks.set(name, await JsonRecordSink.open(path.join(o.outDir, `${name}${ext}`)));
      const { log, onBad } = badRecordLog();
      const limit = num(o.limit, '--limit');
      const bar = await progress(o, o.in);
      let read = 0;
      let unwritable = 0;
      try {
        for await (const c of reader.read(o.in, { onBad }, readerOptions(o))) {
          bar.tick(++read);
          const conv = cleaner ? await cleaner.process(c) : c;
          if (conv) {
            const rec = format.format(conv);
            if (typeof rec === 'string') unwritable++;
            else await (sinks.get(splitter.assign(conv)) as JsonRecordSink).write(rec);
          }
          if (limit !== undefined && read >= limit) break;
        }
      } finally {
        bar.stop();
        for (const s of sinks.values()) await s.close();
      }
      const files: Record<string, string> = {};
      for (const [name, s] of sinks) {
        files[name] = s.file;
        if (format.datasetInfo)
          await upsertDatasetInfo(
            s.file,
            `${o.name ?? reader.name}_${name}`,
            format.datasetInfo(path.basename(s.file)),
          );
      }
      const summary = {
        read,
        written: Object.values(splitter.counts).reduce((a, b) => a + b, 0),
        skipped: log.count + (cleaner?.report.dropped ?? 0) + unwritable,
        bad: log.count,
        dropped: cleaner?.report.dropped ?? 0,
        unwritable,
        splits: splitter.counts,
        nearDuplicatesKeptTogether: splitter.nearDupMoves,
        files,
        seed: o.seed,
        ratios,
        ...(cleaner ? { cleaning: cleaner.report } : {}),
        badRecords: log.first,
      };
      printBad(o, log.first, log.count);
      if (o.json) process.stdout.write(JSON.stringify(summary) + '\n');
      else
        process.stdout.write(
          `split ${read} ${TEXT[localeOf(o)].records}: ${Object.entries(splitter.counts)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')} (near-duplicates kept together: ${splitter.nearDupMoves}) → ${o.outDir}\n`,
        );
      if (o.strict && log.count > 0) process.exitCode = 3;
    },
  );

  withCommon(
    data
      .command('leakage')
      .description('Find records of --in that also occur (exactly or nearly) in other sets'),
  )
    .requiredOption(
      '--against <reader:path...>',
      'reference sets, e.g. carellm:out/test.jsonl cpsycoun:CPsyCounE',
    )
    .option('--near-dup-threshold <x>', 'MinHash Jaccard threshold (default 0.7)')
    .action(async (o: CommonOpts & { against: string[]; nearDupThreshold?: string }) => {
      const reader = requireReader(o.from);
      requireInput(o.in);
      const exact = new Fingerprint64Set();
      const lsh = new MinHashLsh({ threshold: num(o.nearDupThreshold, '--near-dup-threshold') ?? 0.7 });
      const keyOf = (c: Conversation) => c.turns.map((t) => t.content.trim().toLowerCase()).join('\n');
      let reference = 0;
      for (const set of evalSets(o.against) ?? []) {
        for await (const c of set.conversations) {
          const [hi, lo] = fingerprint(keyOf(c));
          exact.add(hi, lo);
          lsh.addOrMatch(`${set.name}:${c.provenance.id}`, keyOf(c));
          reference++;
        }
      }
      const { log, onBad } = badRecordLog();
      let checked = 0;
      let exactHits = 0;
      let nearHits = 0;
      const examples: Array<{ id: string; kind: string; matches?: string }> = [];
      for await (const c of reader.read(o.in, { onBad }, readerOptions(o))) {
        checked++;
        const [hi, lo] = fingerprint(keyOf(c));
        if (exact.has(hi, lo)) {
          exactHits++;
          if (examples.length < 50) examples.push({ id: c.provenance.id, kind: 'exact' });
          continue;
        }
        const near = lsh.match(keyOf(c));
        if (near) {
          nearHits++;
          if (examples.length < 50)
            examples.push({
              id: c.provenance.id,
              kind: 'near',
              matches: `${near.id} (~${near.similarity.toFixed(2)})`,
            });
        }
      }
      const summary = {
        checked,
        reference,
        exact: exactHits,
        near: nearHits,
        leaked: exactHits + nearHits,
        examples,
        bad: log.count,
      };
      if (o.json) process.stdout.write(JSON.stringify(summary) + '\n');
      else
        process.stdout.write(
          `checked ${checked} against ${reference} reference records: ${exactHits} exact, ${nearHits} near-duplicate overlaps\n`,
        );
      if (o.strict && (summary.leaked > 0 || log.count > 0)) process.exitCode = 3;
    });
}
