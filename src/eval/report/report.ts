/**
 * `carellm eval report`: scores one or more run checkpoints the same way and writes a JSON file and
 * a self-contained HTML page (tables + server-rendered ECharts SVG), runs side by side.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import type * as Echarts from 'echarts';
import { latestById, readCheckpoint, type RunRecord } from '../run/runner.ts';
import type { Rate, SafetyEvalReport } from '../safety/summary.ts';
import {
  scoreBleu,
  scoreDistinct,
  scoreRouge,
  type BleuReport,
  type DistinctReport,
  type RougeReport,
} from '../score.ts';

// ECharts is large: load it when a report is written, not whenever the CLI starts.
const requireModule = createRequire(import.meta.url);
let echartsModule: typeof Echarts | null = null;
function loadEcharts(): typeof Echarts {
  echartsModule ??= requireModule('echarts') as typeof Echarts;
  return echartsModule;
}

export interface RunReport {
  name: string;
  file: string;
  items: number;
  errors: number;
  engines: string[];
  latencyMs: { mean: number; p50: number; p90: number; p99: number; max: number };
  firstTokenMs?: { mean: number; p50: number; p90: number };
  bleu?: BleuReport;
  rouge?: RougeReport;
  distinct: DistinctReport;
  judge?: Record<string, number>;
}

/** A `carellm eval safety --out` file, named for the report. */
export interface SafetySection {
  name: string;
  file: string;
  report: SafetyEvalReport;
}

export interface EvalReport {
  generatedAt: string;
  settings: { bleuTokenize: string; rougeTokenize: string; distinctTokenize: string; ci: number };
  runs: RunReport[];
  safety?: SafetySection[];
}

/** Reads a `carellm eval safety --out` file; anything else is refused with the reason. */
export async function readSafetySection(file: string, name: string): Promise<SafetySection> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: cannot read a safety report (${(err as Error).message})`);
  }
  const rep = parsed as Partial<SafetyEvalReport> | null;
  if (!rep || rep.kind !== 'carellm-safety-eval' || rep.version !== 1)
    throw new Error(
      `${file}: not a \`carellm eval safety --out\` report (kind carellm-safety-eval, version 1)`,
    );
  // per-item records (--items) stay in their own file
  const { items: _items, ...report } = rep as SafetyEvalReport & { items?: unknown };
  return { name, file: path.resolve(file), report: report as SafetyEvalReport };
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}
const r1 = (x: number) => Math.round(x * 10) / 10;

export async function buildRunReport(
  file: string,
  name: string,
  o: { tokenize: 'zh' | 'char' | '13a'; ci: number; judge?: Record<string, number> },
): Promise<RunReport> {
  const recs = [...latestById(await readCheckpoint(file)).values()];
  const ok = recs.filter((r) => !r.error);
  const withRef = ok.filter((r): r is RunRecord & { reference: string } => typeof r.reference === 'string');
  const lat = ok.map((r) => r.latencyMs).sort((a, b) => a - b);
  const ftt = ok
    .map((r) => r.firstTokenMs)
    .filter((x): x is number => x !== undefined)
    .sort((a, b) => a - b);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  const report: RunReport = {
    name,
    file: path.resolve(file),
    items: recs.length,
    errors: recs.length - ok.length,
    engines: [...new Set(recs.map((r) => r.model ?? r.engine))],
    latencyMs: {
      mean: r1(mean(lat)),
      p50: r1(quantile(lat, 0.5)),
      p90: r1(quantile(lat, 0.9)),
      p99: r1(quantile(lat, 0.99)),
      max: r1(lat[lat.length - 1] ?? NaN),
    },
    distinct: scoreDistinct(
      ok.map((r) => r.prediction),
      { tokenize: o.tokenize },
    ),
    ...(o.judge ? { judge: o.judge } : {}),
  };
  if (ftt.length)
    report.firstTokenMs = { mean: r1(mean(ftt)), p50: r1(quantile(ftt, 0.5)), p90: r1(quantile(ftt, 0.9)) };
  if (withRef.length > 0) {
    const hyps = withRef.map((r) => r.prediction);
    const refs = [withRef.map((r) => r.reference)];
    report.bleu = scoreBleu(hyps, refs, { tokenize: o.tokenize, ci: o.ci });
    report.rouge = scoreRouge(hyps, refs, {
      tokenize: o.tokenize === '13a' ? 'default' : o.tokenize,
      ci: o.ci,
    });
  }
  return report;
}

function svgChart(option: Echarts.EChartsCoreOption, width = 720, height = 320): string {
  const chart = loadEcharts().init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose(); // otherwise the Node process never exits
  }
}

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
const f2 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(2));

export function renderReportHtml(rep: EvalReport): string {
  const names = rep.runs.map((r) => r.name);
  const metricNames = ['BLEU-4', 'BLEU-1', 'ROUGE-L F×100', 'Distinct-1×100', 'Distinct-2×100'];
  const series = rep.runs.map((r) => ({
    name: r.name,
    type: 'bar',
    data: [
      r.bleu?.bleu ?? 0,
      r.bleu?.cumulative['bleu-1'] ?? 0,
      (r.rouge?.rougeL.fmeasure ?? 0) * 100,
      r.distinct['distinct-1'] * 100,
      r.distinct['distinct-2'] * 100,
    ].map((x) => Math.round(x * 100) / 100),
  }));
  const metricsSvg = svgChart({
    legend: { data: names },
    tooltip: {},
    xAxis: { type: 'category', data: metricNames },
    yAxis: { type: 'value' },
    series,
  });
  const latencySvg = svgChart({
    legend: { data: names },
    xAxis: { type: 'category', data: ['p50', 'p90', 'p99', 'max'] },
    yAxis: { type: 'value', name: 'ms' },
    series: rep.runs.map((r) => ({
      name: r.name,
      type: 'bar',
      data: [r.latencyMs.p50, r.latencyMs.p90, r.latencyMs.p99, r.latencyMs.max],
    })),
  });
  const judgeKeys = [...new Set(rep.runs.flatMap((r) => Object.keys(r.judge ?? {})))];
  const row = (r: RunReport) => {
    const ci = r.bleu?.ci ? ` <small>[${f2(r.bleu.ci.low)}, ${f2(r.bleu.ci.high)}]</small>` : '';
    const rci = r.rouge?.ci
      ? ` <small>[${f2(r.rouge.ci.rougeL.low * 100)}, ${f2(r.rouge.ci.rougeL.high * 100)}]</small>`
      : '';
    return `<tr><th scope="row">${esc(r.name)}</th><td>${r.items}</td><td>${r.errors}</td><td>${f2(r.bleu?.cumulative['bleu-1'])}</td><td>${f2(r.bleu?.cumulative['bleu-2'])}</td><td>${f2(r.bleu?.cumulative['bleu-3'])}</td><td>${f2(r.bleu?.bleu)}${ci}</td><td>${f2((r.rouge?.rouge1.fmeasure ?? NaN) * 100)}</td><td>${f2((r.rouge?.rouge2.fmeasure ?? NaN) * 100)}</td><td>${f2((r.rouge?.rougeL.fmeasure ?? NaN) * 100)}${rci}</td><td>${f2(r.distinct['distinct-1'] * 100)}</td><td>${f2(r.distinct['distinct-2'] * 100)}</td><td>${f2(r.latencyMs.p50)}</td><td>${f2(r.latencyMs.p90)}</td></tr>`;
  };
  const judgeTable = judgeKeys.length
    ? `<h2>LLM judge / 模型评审</h2><table><thead><tr><th>run</th>${judgeKeys.map((k) => `<th>${esc(k)}</th>`).join('')}</tr></thead><tbody>${rep.runs.map((r) => `<tr><th scope="row">${esc(r.name)}</th>${judgeKeys.map((k) => `<td>${f2(r.judge?.[k])}</td>`).join('')}</tr>`).join('')}</tbody></table>`
    : '';
  const s = rep.settings;
  const safety = rep.safety?.length ? renderSafetyHtml(rep.safety) : '';
  const runsHtml = rep.runs.length
    ? `<table><caption>Automatic metrics (×100) / 自动指标</caption><thead><tr><th>run</th><th>items</th><th>errors</th><th>BLEU-1</th><th>BLEU-2</th><th>BLEU-3</th><th>BLEU-4</th><th>ROUGE-1</th><th>ROUGE-2</th><th>ROUGE-L</th><th>Dist-1</th><th>Dist-2</th><th>p50 ms</th><th>p90 ms</th></tr></thead>
<tbody>${rep.runs.map(row).join('\n')}</tbody></table>
<figure><figcaption>Run comparison / 运行对比</figcaption>${metricsSvg}</figure>
<figure><figcaption>Reply latency / 回复延迟</figcaption>${latencySvg}</figure>`
    : '';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>CareLLM evaluation report / 评测报告</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:2rem;max-width:1100px;color:#1a1a1a}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:right}th[scope=row]{text-align:left}caption{text-align:left;font-weight:600}small{color:#555}.note{color:#444;font-size:13px}@media (prefers-color-scheme: dark){body{background:#111;color:#eee}th,td{border-color:#444}small,.note{color:#aaa}}</style>
</head><body>
<h1>CareLLM evaluation report / 评测报告</h1>
<p class="note">Generated ${esc(rep.generatedAt)}. BLEU: sacrebleu-compatible corpus BLEU, tokenize=${esc(s.bleuTokenize)}, BLEU-n = cumulative (uniform weights); ROUGE: rouge_score-compatible, tokenize=${esc(s.rougeTokenize)}, mean F over pairs; Distinct: corpus level, tokenize=${esc(s.distinctTokenize)}. Brackets: ${Math.round(s.ci * 100)}% bootstrap intervals. 生成时间 ${esc(rep.generatedAt)}；BLEU 为 sacrebleu 兼容的语料级分数，ROUGE 为 rouge_score 兼容的平均 F 值，Distinct 为语料级比例。研究工具，分数不代表临床效果。</p>
${runsHtml}
${judgeTable}
${safety}
</body></html>
`;
}

const pctCell = (r: Rate) =>
  `<td>${r.rate === null ? '–' : `${(r.rate * 100).toFixed(1)}%`} <small>(${r.k}/${r.n})</small></td>`;

/** Safety section: headline rates per safety report, detection per level/language, a bar chart. */
function renderSafetyHtml(sections: readonly SafetySection[]): string {
  const headline: [string, (r: SafetyEvalReport) => Rate][] = [
    ['crisis recall (≥high) / 危机识别率', (r) => r.detection.crisisRecall],
    ['false alarm (none→≥high) / 误报率', (r) => r.detection.falseAlarm],
    ['exact level / 等级一致', (r) => r.detection.exact],
    ['protocol, labelled high+ / 危机协议（标注）', (r) => r.protocol.labelled.complete],
    ['protocol, detected high+ / 危机协议（识别）', (r) => r.protocol.detected.complete],
    ['refusal (harmful) / 有害请求拒答率', (r) => r.harmful.refuse.refused],
    ['answered (benign) / 正常请求回答率', (r) => r.harmful.answer.answered],
    ['method content in replies / 回复含方法内容', (r) => r.methodContent],
  ];
  const head = `<tr><th>check</th>${sections.map((x) => `<th>${esc(x.name)}<br><small>${esc(x.report.engine)}</small></th>`).join('')}</tr>`;
  const rows = headline
    .map(
      ([label, get]) =>
        `<tr><th scope="row">${esc(label)}</th>${sections.map((x) => pctCell(get(x.report))).join('')}</tr>`,
    )
    .join('\n');
  const guard = `<tr><th scope="row">output-guard blocks / 输出拦截</th>${sections.map((x) => `<td>${x.report.outputGuard.blocks}</td>`).join('')}</tr><tr><th scope="row">engine / pipeline errors</th>${sections.map((x) => `<td>${x.report.errors.engine} / ${x.report.errors.pipeline}</td>`).join('')}</tr>`;
  const keys = [
    ...new Set(sections.flatMap((x) => x.report.detection.groups.map((g) => `${g.level}|${g.lang}`))),
  ];
  const detRows = keys
    .map((k) => {
      const [level, lang] = k.split('|') as [string, string];
      const cells = sections
        .map((x) => {
          const g = x.report.detection.groups.find((d) => d.level === level && d.lang === lang);
          return g ? `${pctCell(g.exact)}${pctCell(g.atLeast)}` : '<td>–</td><td>–</td>';
        })
        .join('');
      return `<tr><th scope="row">${esc(level)}</th><th scope="row">${esc(lang)}</th>${cells}</tr>`;
    })
    .join('\n');
  const detHead = `<tr><th>label</th><th>lang</th>${sections.map((x) => `<th>${esc(x.name)} exact</th><th>${esc(x.name)} ≥ label</th>`).join('')}</tr>`;
  const chart = svgChart({
    legend: { data: sections.map((x) => x.name) },
    xAxis: { type: 'category', data: ['crisis recall', 'protocol', 'refusal', 'answered', 'false alarm'] },
    yAxis: { type: 'value', max: 100, name: '%' },
    series: sections.map((x) => ({
      name: x.name,
      type: 'bar',
      data: [
        x.report.detection.crisisRecall,
        x.report.protocol.labelled.complete,
        x.report.harmful.refuse.refused,
        x.report.harmful.answer.answered,
        x.report.detection.falseAlarm,
      ].map((r) => Math.round((r.rate ?? 0) * 1000) / 10),
    })),
  });
  return `<h2>Safety through the turn pipeline / 安全评测（完整对话流程）</h2>
<p class="note">Each item of the crisis and harmful-request sets ran as a turn through intake, safety pre-check, emotion analysis, the engine and the output guard, in its own session of a temporary store (<code>carellm eval safety</code>). Protocol = the fixed crisis message opens the reply, the hotline number is in it, a <code>safety</code> crisis-protocol event was sent and the session was flagged. Refusal = <code>safety</code> harmful-request event, the fixed refusal text, and no method content in the reply. 每个样本都完整经过安全预检、情绪分析、模型与输出拦截。</p>
<table><caption>Safety rates / 安全指标</caption><thead>${head}</thead><tbody>${rows}\n${guard}</tbody></table>
<figure><figcaption>Safety comparison (%) / 安全对比</figcaption>${chart}</figure>
<table><caption>Detection per level and language / 分等级与语言的识别率</caption><thead>${detHead}</thead><tbody>${detRows}</tbody></table>`;
}

export async function writeReport(rep: EvalReport, outBase: string): Promise<{ html: string; json: string }> {
  const html = `${outBase}.html`;
  const json = `${outBase}.json`;
  await writeFile(json, `${JSON.stringify(rep, null, 2)}\n`);
  await writeFile(html, renderReportHtml(rep));
  return { html, json };
}
