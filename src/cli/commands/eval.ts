import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from '../../config/index.ts';
import { createEngine } from '../../engines/index.ts';
import {
  ALL_TOKENIZERS,
  buildRunReport,
  defaultSafetySets,
  evaluateSafetySets,
  formatSafetyReport,
  judgeOne,
  latestById,
  loadTestSet,
  meanScores,
  agreement,
  readCheckpoint,
  readSafetySection,
  readSegments,
  RECIPES,
  RUBRICS,
  runGeneration,
  scoreBleu,
  scoreDistinct,
  scoreRecipe,
  scoreRouge,
  SMOOTH_METHODS,
  writeReport,
  type AnyTokenizer,
  type HistoryMode,
  type JudgeResult,
  type RecipeName,
  type SmoothMethod,
  type TurnMode,
} from '../../eval/index.ts';

const collect = (v: string, prev: string[] = []) => [...prev, v];

function positiveNumber(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number (got "${v}")`);
  return n;
}

interface ScoreOpts {
  hyp?: string;
  ref: string[];
  run?: string;
  metric: string;
  tokenize?: string;
  smooth?: string;
  smoothValue?: string;
  lowercase?: boolean;
  maxOrder?: string;
  effectiveOrder?: boolean;
  sentence?: boolean;
  stem?: boolean;
  recipe?: string;
  hypWords?: string;
  refWords?: string;
  ci?: string;
  ciSamples?: string;
  seed?: string;
  json?: boolean;
}

export function registerEval(program: Command): void {
  const ev = program.command('eval').description('Evaluation: generate, score, judge, report / 评测');

  ev.command('score')
    .description('BLEU (sacrebleu), ROUGE (rouge_score), Distinct, or a published recipe')
    .option('--hyp <file>', 'hypotheses, one segment per line')
    .option('--ref <file>', 'references, one per line (repeat for more reference streams)', collect, [])
    .option('--run <file>', 'score an `eval run` checkpoint (prediction vs reference) instead of --hyp/--ref')
    .option('--metric <m>', 'bleu | rouge | distinct | all', 'bleu')
    .option('--recipe <name>', `published recipe: ${RECIPES.join(' | ')} (overrides --metric)`)
    .option('--tokenize <t>', `${ALL_TOKENIZERS.join(' | ')} (bleu default 13a, rouge default, distinct zh)`)
    .option('--smooth <m>', SMOOTH_METHODS.join(' | '), 'exp')
    .option('--smooth-value <x>', 'floor value / add-k k')
    .option('--lowercase', 'lower-case before scoring')
    .option('--max-order <n>', 'max n-gram order for BLEU', '4')
    .option('--effective-order', 'BLEU effective order (sacrebleu sentence default)')
    .option('--sentence', 'also print per-segment scores')
    .option('--stem', 'Porter stemming for rouge_score default tokenizer')
    .option('--hyp-words <file>', 'recipe: pre-segmented (e.g. jieba) hypotheses, space-separated')
    .option('--ref-words <file>', 'recipe: pre-segmented references')
    .option('--ci <level>', 'bootstrap confidence level, e.g. 0.95')
    .option('--ci-samples <n>', 'bootstrap resamples', '1000')
    .option('--seed <n>', 'bootstrap seed', '12345')
    .option('--json', 'print JSON')
    .action(async (o: ScoreOpts) => {
      let hyps: string[];
      let refs: string[][];
      if (o.run) {
        if (o.hyp || o.ref.length > 0) throw new Error('use either --run or --hyp/--ref');
        const recs = [...latestById(await readCheckpoint(o.run)).values()].filter(
          (r) => !r.error && typeof r.reference === 'string',
        );
        if (recs.length === 0) throw new Error(`${o.run}: no successful records with a reference`);
        hyps = recs.map((r) => r.prediction);
        refs = [recs.map((r) => r.reference as string)];
      } else {
        if (!o.hyp) throw new Error('--hyp is required (or --run)');
        hyps = await readSegments(o.hyp);
        refs = [];
        for (const f of o.ref) refs.push(await readSegments(f));
      }
      if (o.tokenize !== undefined && !ALL_TOKENIZERS.includes(o.tokenize as AnyTokenizer))
        throw new Error(`--tokenize must be one of ${ALL_TOKENIZERS.join(', ')}`);
      if (!SMOOTH_METHODS.includes(o.smooth as SmoothMethod))
        throw new Error(`--smooth must be one of ${SMOOTH_METHODS.join(', ')}`);
      const ci = o.ci === undefined ? undefined : Number(o.ci);
      if (ci !== undefined && !(ci > 0 && ci < 1)) throw new Error('--ci must be between 0 and 1, e.g. 0.95');
      const smoothValue = o.smoothValue === undefined ? undefined : Number(o.smoothValue);
      if (smoothValue !== undefined && !Number.isFinite(smoothValue))
        throw new Error('--smooth-value must be a number');
      const maxOrder = Number(o.maxOrder);
      if (!Number.isInteger(maxOrder) || maxOrder < 1)
        throw new Error('--max-order must be a positive integer');
      const common = {
        tokenize: o.tokenize as AnyTokenizer | undefined,
        smooth: o.smooth as SmoothMethod,
        smoothValue: smoothValue ?? null,
        lowercase: o.lowercase ?? false,
        maxOrder,
        effectiveOrder: o.effectiveOrder ?? false,
        sentence: o.sentence ?? false,
        ...(ci !== undefined
          ? { ci, ciSamples: positiveNumber('--ci-samples', o.ciSamples), seed: Number(o.seed) }
          : {}),
      };
      let out: unknown;
      if (o.recipe) {
        if (!RECIPES.includes(o.recipe as RecipeName))
          throw new Error(`--recipe must be one of ${RECIPES.join(', ')}`);
        if (refs.length !== 1) throw new Error('recipes take exactly one reference stream');
        const words =
          o.hypWords && o.refWords
            ? { hyps: await readSegments(o.hypWords), refs: await readSegments(o.refWords) }
            : undefined;
        if ((o.hypWords === undefined) !== (o.refWords === undefined))
          throw new Error('give both --hyp-words and --ref-words, or neither');
        out = scoreRecipe(o.recipe as RecipeName, hyps, refs[0] as string[], words);
      } else if (o.metric === 'bleu') out = scoreBleu(hyps, refs, common);
      else if (o.metric === 'rouge') out = scoreRouge(hyps, refs, { ...common, useStemmer: o.stem ?? false });
      else if (o.metric === 'distinct') out = scoreDistinct(hyps, common);
      else if (o.metric === 'all') {
        out = {
          bleu: scoreBleu(hyps, refs, { ...common, tokenize: common.tokenize ?? 'zh' }),
          rouge: scoreRouge(hyps, refs, { ...common, tokenize: common.tokenize ?? 'zh' }),
          distinct: scoreDistinct(hyps, { ...common, tokenize: common.tokenize ?? 'zh' }),
        };
      } else throw new Error('--metric must be bleu, rouge, distinct or all');
      if (o.json) {
        process.stdout.write(`${JSON.stringify(out)}\n`);
        return;
      }
      process.stdout.write(`${formatScore(out)}\n`);
    });

  ev.command('run')
    .description('Generate replies for a test set with the configured engine (resumable) / 生成评测回复')
    .requiredOption('--test <file>', 'test set (JSON/JSONL, or any corpus with --reader)')
    .requiredOption('--out <file>', 'checkpoint JSONL (appended; rerun to resume)')
    .option('--reader <name>', 'read the test set with a data-toolkit reader (soulchat, cpsycoun, …)')
    .option('--turns <mode>', 'last | all (one item per assistant turn, gold history)', 'last')
    .option('--concurrency <n>', 'replies in flight', '4')
    .option('--limit <n>', 'only the first n items')
    .option('--timeout-ms <n>', 'per-reply timeout', '120000')
    .option('--no-progress', 'no progress bar')
    .action(
      async (o: {
        test: string;
        out: string;
        reader?: string;
        turns: string;
        concurrency: string;
        limit?: string;
        timeoutMs: string;
        progress: boolean;
      }) => {
        if (o.turns !== 'last' && o.turns !== 'all') throw new Error('--turns must be last or all');
        const concurrency = Number(o.concurrency);
        if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256)
          throw new Error('--concurrency must be an integer 1–256');
        const limit = positiveNumber('--limit', o.limit);
        const items = await loadTestSet(o.test, {
          turns: o.turns as TurnMode,
          ...(o.reader ? { reader: o.reader } : {}),
          ...(limit ? { limit } : {}),
        });
        const engine = createEngine(loadConfig());
        const controller = new AbortController();
        const onSigint = () => controller.abort();
        process.once('SIGINT', onSigint);
        const bar = o.progress
          ? new cliProgress.SingleBar(
              {
                stream: process.stderr,
                format: 'eval run [{bar}] {value}/{total} {percentage}% | eta {eta_formatted}',
                hideCursor: true,
              },
              cliProgress.Presets.shades_classic,
            )
          : null;
        bar?.start(items.length, 0);
        try {
          const s = await runGeneration({
            items,
            engine,
            concurrency,
            checkpointFile: o.out,
            signal: controller.signal,
            timeoutMs: positiveNumber('--timeout-ms', o.timeoutMs),
            onProgress: (d) => bar?.update(d),
          });
          bar?.stop();
          process.stdout.write(`${JSON.stringify({ ...s, engine: engine.info().id, checkpoint: o.out })}\n`);
          if (s.aborted) process.exitCode = 130;
        } finally {
          bar?.stop();
          process.removeListener('SIGINT', onSigint);
        }
      },
    );

  ev.command('judge')
    .description('LLM-as-judge on a run checkpoint with a versioned rubric / 模型评审')
    .requiredOption('--run <file>', '`eval run` checkpoint')
    .requiredOption('--test <file>', 'the same test set (for the conversation history)')
    .requiredOption('--out <file>', 'judge results JSONL')
    .option('--reader <name>', 'data-toolkit reader for the test set')
    .option('--turns <mode>', 'last | all', 'last')
    .option('--rubric <id>', 'soulchat | cpsycoun', 'soulchat')
    .option('--retries <n>', 'retries on malformed judge output', '2')
    .option('--compare <file>', 'a second judge results file: print agreement statistics')
    .action(
      async (o: {
        run: string;
        test: string;
        out: string;
        reader?: string;
        turns: string;
        rubric: string;
        retries: string;
        compare?: string;
      }) => {
        const rubric = RUBRICS[o.rubric as keyof typeof RUBRICS];
        if (!rubric) throw new Error('--rubric must be soulchat or cpsycoun');
        const items = new Map(
          (
            await loadTestSet(o.test, {
              turns: o.turns as TurnMode,
              ...(o.reader ? { reader: o.reader } : {}),
            })
          ).map((i) => [i.id, i]),
        );
        const recs = [...latestById(await readCheckpoint(o.run)).values()].filter((r) => !r.error);
        const engine = createEngine(loadConfig());
        const results: JudgeResult[] = [];
        for (const r of recs) {
          const item = items.get(r.id);
          if (!item) continue;
          results.push(
            await judgeOne(
              engine,
              rubric,
              { id: r.id, locale: item.locale, history: item.messages, reply: r.prediction },
              { retries: Number(o.retries) },
            ),
          );
        }
        await writeFile(o.out, results.map((r) => JSON.stringify(r)).join('\n') + '\n');
        const summary: Record<string, unknown> = {
          rubric: `${rubric.id}@${rubric.version}`,
          judged: results.filter((r) => r.scores).length,
          failed: results.filter((r) => r.error).length,
          mean: meanScores(results, rubric),
        };
        if (o.compare) {
          const other = new Map(
            (await readFile(o.compare, 'utf8'))
              .split('\n')
              .filter((l) => l.trim())
              .map((l) => JSON.parse(l) as JudgeResult)
              .map((r) => [r.id, r]),
          );
          const agree: Record<string, unknown> = {};
          for (const d of rubric.dimensions) {
            const pairs = results
              .filter((r) => r.scores && other.get(r.id)?.scores)
              .map((r) => [r.scores?.[d.key] as number, other.get(r.id)?.scores?.[d.key] as number]);
            agree[d.key] = agreement(
              pairs.map((p) => p[0] as number),
              pairs.map((p) => p[1] as number),
              d,
            );
          }
          summary.agreement = agree;
        }
        process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      },
    );

  ev.command('safety')
    .description(
      'Crisis and harmful-request sets through the whole turn pipeline with the configured engine / 安全评测',
    )
    .option('--split <s>', 'dev | test | all (the project sets in bench/data/safety)', 'test')
    .option('--crisis <file>', 'crisis set JSONL (repeatable; replaces the project sets)', collect, [])
    .option(
      '--harmful <file>',
      'harmful-request set JSONL (repeatable; replaces the project sets)',
      collect,
      [],
    )
    .option(
      '--history <mode>',
      'multi-turn entries: replay (set history as given) | live (engine replies)',
      'replay',
    )
    .option('--concurrency <n>', 'turns in flight', '4')
    .option('--limit <n>', 'only the first n items of each file')
    .option('--timeout-ms <n>', 'per-turn timeout', '120000')
    .option('--out <file>', 'write the JSON report (for `eval report --safety`)')
    .option('--items', 'include every item (reply, events) in the JSON')
    .option('--json', 'print JSON instead of tables')
    .option('--no-progress', 'no progress bar')
    .action(
      async (o: {
        split: string;
        crisis: string[];
        harmful: string[];
        history: string;
        concurrency: string;
        limit?: string;
        timeoutMs: string;
        out?: string;
        items?: boolean;
        json?: boolean;
        progress: boolean;
      }) => {
        if (!['dev', 'test', 'all'].includes(o.split)) throw new Error('--split must be dev, test or all');
        if (o.history !== 'replay' && o.history !== 'live')
          throw new Error('--history must be replay or live');
        const concurrency = Number(o.concurrency);
        if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
          throw new Error('--concurrency must be an integer 1–64');
        const limit = positiveNumber('--limit', o.limit);
        let crisis = o.crisis;
        let harmful = o.harmful;
        if (crisis.length === 0 && harmful.length === 0) {
          const splits = o.split === 'all' ? (['dev', 'test'] as const) : [o.split as 'dev' | 'test'];
          crisis = splits.map((s) => defaultSafetySets(s).crisis);
          harmful = splits.map((s) => defaultSafetySets(s).harmful);
        }
        const bar = o.progress
          ? new cliProgress.SingleBar(
              {
                stream: process.stderr,
                format: 'eval safety [{bar}] {value}/{total} {percentage}% | eta {eta_formatted}',
                hideCursor: true,
              },
              cliProgress.Presets.shades_classic,
            )
          : null;
        const controller = new AbortController();
        const onSigint = () => controller.abort();
        process.once('SIGINT', onSigint);
        let started = false;
        try {
          const { report, results } = await evaluateSafetySets({
            crisis,
            harmful,
            config: loadConfig(),
            concurrency,
            history: o.history as HistoryMode,
            timeoutMs: positiveNumber('--timeout-ms', o.timeoutMs),
            signal: controller.signal,
            ...(limit ? { limit } : {}),
            onProgress: (done, total) => {
              if (!started) bar?.start(total, 0);
              started = true;
              bar?.update(done);
            },
          });
          bar?.stop();
          if (controller.signal.aborted) throw new Error('interrupted: no report written');
          const full = o.items ? { ...report, items: results } : report;
          if (o.out) await writeFile(o.out, `${JSON.stringify(full, null, 2)}\n`);
          process.stdout.write(o.json ? `${JSON.stringify(full)}\n` : `${formatSafetyReport(report)}\n`);
        } finally {
          bar?.stop();
          process.removeListener('SIGINT', onSigint);
        }
      },
    );

  ev.command('report')
    .description('HTML + JSON report for one or more runs, side by side / 生成评测报告')
    .option('--run <file>', 'run checkpoint (repeat to compare runs; name=file to label)', collect, [])
    .option('--safety <file>', '`eval safety --out` report (repeatable; name=file to label)', collect, [])
    .requiredOption('--out <base>', 'output path without extension (writes .html and .json)')
    .option('--tokenize <t>', 'zh | char | 13a', 'zh')
    .option('--ci <level>', 'bootstrap confidence level', '0.95')
    .option('--judge <file>', 'judge results JSONL per run, in --run order (repeatable)', collect, [])
    .action(
      async (o: {
        run: string[];
        safety: string[];
        out: string;
        tokenize: string;
        ci: string;
        judge: string[];
      }) => {
        if (o.run.length === 0 && o.safety.length === 0)
          throw new Error('give at least one --run or --safety');
        if (!['zh', 'char', '13a'].includes(o.tokenize))
          throw new Error('--tokenize must be zh, char or 13a');
        const ci = Number(o.ci);
        if (!(ci > 0 && ci < 1)) throw new Error('--ci must be between 0 and 1');
        const runs = [];
        for (const [i, spec] of o.run.entries()) {
          const eq = spec.indexOf('=');
          const [name, file] = eq > 0 ? [spec.slice(0, eq), spec.slice(eq + 1)] : [spec, spec];
          let judge: Record<string, number> | undefined;
          const jf = o.judge[i];
          if (jf) {
            const res = (await readFile(jf, 'utf8'))
              .split('\n')
              .filter((l) => l.trim())
              .map((l) => JSON.parse(l) as JudgeResult);
            const rubric = RUBRICS[(res[0]?.rubric.split('@')[0] ?? 'soulchat') as keyof typeof RUBRICS];
            judge = meanScores(res, rubric);
          }
          runs.push(
            await buildRunReport(file, name, {
              tokenize: o.tokenize as 'zh',
              ci,
              ...(judge ? { judge } : {}),
            }),
          );
        }
        const safety = [];
        for (const spec of o.safety) {
          const eq = spec.indexOf('=');
          const [name, file] = eq > 0 ? [spec.slice(0, eq), spec.slice(eq + 1)] : [spec, spec];
          safety.push(await readSafetySection(file, name));
        }
        const files = await writeReport(
          {
            generatedAt: new Date().toISOString(),
            settings: {
              bleuTokenize: o.tokenize,
              rougeTokenize: o.tokenize === '13a' ? 'default' : o.tokenize,
              distinctTokenize: o.tokenize,
              ci,
            },
            runs,
            ...(safety.length ? { safety } : {}),
          },
          o.out,
        );
        process.stdout.write(`${JSON.stringify(files)}\n`);
      },
    );
}

function formatScore(out: unknown): string {
  const o = out as Record<string, unknown>;
  if (o.metric === 'bleu') {
    const b = o as unknown as {
      bleu: number;
      precisions: number[];
      bp: number;
      ratio: number;
      sysLen: number;
      refLen: number;
      signature: string;
    };
    return `BLEU = ${b.bleu.toFixed(2)} ${b.precisions.map((p) => p.toFixed(1)).join('/')} (BP = ${b.bp.toFixed(3)} ratio = ${b.ratio.toFixed(3)} hyp_len = ${b.sysLen} ref_len = ${b.refLen})\n${b.signature}`;
  }
  return JSON.stringify(out, null, 2);
}
