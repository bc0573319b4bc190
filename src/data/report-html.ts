import type * as echartsModule from 'echarts';
// echarts is loaded only when a report is rendered, so conversions never pay for it.
type Echarts = typeof echartsModule;
import type { DatasetStats } from './stats.ts';

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Renders one bar chart to an SVG string on the server (no DOM); always disposes the instance. */
function barChart(
  echarts: Echarts,
  title: string, data: Record<string, number>, opts: { sortByKey?: boolean; top?: number } = {}): string {
  let entries = Object.entries(data);
  entries = opts.sortByKey ? entries.sort((a, b) => Number(a[0]) - Number(b[0])) : entries.sort((a, b) => b[1] - a[1]);
  if (opts.top) entries = entries.slice(0, opts.top);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 760, height: 320 });
  try {
    chart.setOption({
      animation: false,
      title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
      grid: { left: 60, right: 20, top: 40, bottom: 70 },
      xAxis: { type: 'category', data: entries.map((e) => e[0]), axisLabel: { rotate: entries.length > 8 ? 40 : 0, fontSize: 11 } },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: entries.map((e) => e[1]), itemStyle: { color: '#4f7cac' } }],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export interface ReportText {
  title: string;
  generated: string;
}

const LABELS = {
  'zh-CN': { summary: '概览', records: '记录', turns: '轮次', dup: '完全重复', chars: '平均字符/记录', notice: '本报告仅含统计数字，不含任何原始文本。' },
  en: { summary: 'Summary', records: 'records', turns: 'turns', dup: 'exact duplicates', chars: 'mean chars/record', notice: 'This report holds counts only, never source text.' },
} as const;

/** A self-contained HTML report (inline SVG charts, no scripts, no external assets). */
export async function renderStatsHtml(
  stats: DatasetStats,
  meta: { title: string; input: string; locale?: 'zh-CN' | 'en' },
): Promise<string> {
  const echarts = await import('echarts');
  const t = LABELS[meta.locale ?? 'en'];
  const charts = [
    barChart(echarts, 'Turns per record', stats.turnsHistogram, { sortByKey: true }),
    barChart(echarts, 'Characters per record (bucket lower bound)', stats.charsHistogram, { sortByKey: true }),
    barChart(echarts, 'Languages', stats.languages),
    ...(Object.keys(stats.topics).length ? [barChart(echarts, 'Topics (top 30)', stats.topics, { top: 30 })] : []),
    ...(Object.keys(stats.labels).length ? [barChart(echarts, 'Labels (top 40)', stats.labels, { top: 40 })] : []),
    ...(stats.emotions ? [barChart(echarts, `Emotions (${stats.emotions.analyser})`, stats.emotions.distribution, { top: 30 })] : []),
    ...(Object.keys(stats.tags).length ? [barChart(echarts, 'Cleaning tags', stats.tags)] : []),
  ];
  const rows: Array<[string, string]> = [
    [t.records, String(stats.records)],
    [t.turns, `${stats.turns} (user ${stats.userTurns}, assistant ${stats.assistantTurns})`],
    [t.dup, String(stats.duplicates.exact)],
    [t.chars, String(stats.chars.meanPerRecord)],
    ['sources', Object.entries(stats.sources).map(([k, v]) => `${k}: ${v}`).join(', ')],
    ['licences', Object.keys(stats.licences).join(' | ')],
    ...(stats.pii ? ([['PII', `${stats.pii.recordsWithPii} records, ${stats.pii.spans} spans`]] as Array<[string, string]>) : []),
  ];
  return `<!doctype html>
<html lang="${meta.locale ?? 'en'}"><head><meta charset="utf-8"><title>${esc(meta.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:820px;margin:2rem auto;padding:0 1rem;color:#1d2733}
table{border-collapse:collapse}td{padding:.25rem .75rem;border-bottom:1px solid #dde}figure{margin:1.5rem 0}
.note{color:#556}</style></head><body>
<h1>${esc(meta.title)}</h1>
<p class="note">${esc(meta.input)} · ${esc(t.notice)}</p>
<h2>${esc(t.summary)}</h2>
<table>${rows.map(([k, v]) => `<tr><td>${esc(k)}</td><td>${esc(v)}</td></tr>`).join('')}</table>
${charts.map((svg) => `<figure>${svg}</figure>`).join('\n')}
<script type="application/json" id="stats">${JSON.stringify(stats).replace(/</g, '\\u003c')}</script>
</body></html>
`;
}
