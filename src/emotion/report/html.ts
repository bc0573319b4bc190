/**
 * The emotion report as one self-contained HTML file: inline SVG charts rendered server-side with
 * ECharts, a print style good for "Save as PDF", the report data embedded as JSON. Every piece of
 * text is escaped: message text is hostile input.
 */
import { createRequire } from 'node:module';
import type * as Echarts from 'echarts';
import type { Locale } from '../../core/types.ts';
import { HOTLINES, defaultRegionFor, hotlinesFor } from '../../safety/index.ts';
import { INDICATORS } from '../indicators.ts';
import { REPORT_TEXT, type EmotionReport } from './build.ts';

// ECharts is large: load it on the first report, not when the server starts.
const requireModule = createRequire(import.meta.url);
let echartsModule: typeof Echarts | null = null;
function loadEcharts(): typeof Echarts {
  echartsModule ??= requireModule('echarts') as typeof Echarts;
  return echartsModule;
}

export function escapeHtml(value: unknown): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON safe inside a <script type="application/json"> block. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function renderSvg(option: Echarts.EChartsCoreOption, width = 760, height = 300): string {
  const chart = loadEcharts().init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function emotionName(label: string, locale: Locale): string {
  if (locale === 'zh-CN') return (REPORT_TEXT.emotions['zh-CN'] as Record<string, string>)[label] ?? label;
  return label;
}

function fmtDate(iso: string, locale: Locale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return (
    d.toLocaleString(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', {
      timeZone: 'UTC',
      dateStyle: 'medium',
      timeStyle: 'short',
    }) + ' UTC'
  );
}

export interface ReportCharts {
  trajectory: string | null;
  distribution: string | null;
  indicators: string | null;
  screenings: string | null;
}

export function reportCharts(report: EmotionReport): ReportCharts {
  const t = REPORT_TEXT[report.locale];
  const font = { fontFamily: 'sans-serif' };
  const xs = report.trajectory.map((_, i) => String(i + 1));
  const trajectory =
    report.trajectory.length === 0
      ? null
      : renderSvg({
          textStyle: font,
          legend: { top: 0 },
          grid: { left: 40, right: 20, top: 30, bottom: 30 },
          xAxis: { type: 'category', data: xs, name: t.message },
          yAxis: { type: 'value', min: 0, max: 1 },
          series: [
            {
              name: t.positive,
              type: 'line',
              data: report.trajectory.map((p) => p.positive),
              color: '#2f8f5b',
            },
            {
              name: t.negative,
              type: 'line',
              data: report.trajectory.map((p) => p.negative),
              color: '#c0504d',
            },
          ],
        });
  const top = report.distribution.slice(0, 10);
  const distribution =
    top.length === 0
      ? null
      : renderSvg({
          textStyle: font,
          grid: { left: 110, right: 20, top: 10, bottom: 30 },
          xAxis: { type: 'value', minInterval: 1 },
          yAxis: { type: 'category', data: top.map((d) => emotionName(d.label, report.locale)).reverse() },
          series: [{ type: 'bar', data: top.map((d) => d.count).reverse(), color: '#4f6fad' }],
        });
  const indicators =
    report.trajectory.length === 0
      ? null
      : renderSvg({
          textStyle: font,
          legend: { top: 0 },
          grid: { left: 40, right: 20, top: 40, bottom: 30 },
          xAxis: { type: 'category', data: xs },
          yAxis: { type: 'value', min: 0, max: 1 },
          series: INDICATORS.map((id) => ({
            name: report.indicators[id].label,
            type: 'line',
            data: report.trajectory.map((p) => p.indicators[id]),
          })),
        });
  const screenings =
    report.screenings.length === 0
      ? null
      : renderSvg({
          textStyle: font,
          legend: { top: 0 },
          grid: { left: 40, right: 20, top: 40, bottom: 30 },
          xAxis: {
            type: 'category',
            data: report.screenings.map((s) => fmtDate(s.at, report.locale).slice(0, 12)),
          },
          yAxis: { type: 'value', min: 0, max: 27 },
          series: (['phq9', 'gad7'] as const).map((id) => ({
            name: id === 'phq9' ? 'PHQ-9' : 'GAD-7',
            type: 'line',
            connectNulls: true,
            data: report.screenings.map((s) => (s.instrument === id ? s.score : null)),
            markLine: {
              silent: true,
              symbol: 'none',
              data: [{ yAxis: 10 }],
              lineStyle: { type: 'dashed', color: '#999' },
            },
          })),
        });
  return { trajectory, distribution, indicators, screenings };
}

const CSS = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0 auto; max-width: 820px; padding: 24px; color: #1d1d1f; line-height: 1.55; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ddd; padding-bottom: 0.2rem; }
.meta { color: #555; font-size: 0.9rem; }
.disclaimer { background: #fff8e1; border-left: 4px solid #f0b400; padding: 10px 14px; margin: 16px 0; }
.chart svg { max-width: 100%; height: auto; }
.note { color: #555; font-size: 0.85rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e5e5e5; vertical-align: top; }
blockquote { margin: 0.4rem 0; padding: 6px 12px; border-left: 3px solid #b7c4e0; background: #f6f8fc; white-space: pre-wrap; overflow-wrap: anywhere; }
.level-notable { font-weight: 600; }
.crisis { color: #a40000; font-weight: 600; }
ol.steps { margin: 0.3rem 0 0.6rem 1.2rem; padding: 0; }
.evidence { color: #555; font-size: 0.85rem; }
section { break-inside: avoid-page; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; }
  section, blockquote, tr, .chart { break-inside: avoid; }
  .disclaimer { border: 1px solid #f0b400; }
  a { color: inherit; text-decoration: none; }
  @page { margin: 16mm; }
}
`;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** The whole report as one HTML document (no external resources, no scripts that run). */
export function renderReportHtml(report: EmotionReport): string {
  const locale = report.locale;
  const t = REPORT_TEXT[locale];
  const charts = reportCharts(report);
  const e = escapeHtml;
  const scope =
    report.scope === 'session'
      ? fill(t.scopeSession, { title: report.sessions[0]?.title || report.sessions[0]?.id || '' })
      : fill(t.scopeAll, { count: report.sessions.length });
  const chart = (svg: string | null) =>
    svg ? `<div class="chart" role="img">${svg}</div>` : `<p class="note">${e(t.noMessages)}</p>`;
  const indicatorRows = INDICATORS.map((id) => {
    const r = report.indicators[id];
    return `<tr class="level-${e(r.level)}"><td>${e(r.label)}</td><td>${r.score.toFixed(2)}</td><td>${r.peak.toFixed(2)}</td></tr>`;
  }).join('');
  const screeningRows = report.screenings
    .map(
      (s) =>
        `<tr><td>${e(fmtDate(s.at, locale))}</td><td>${e(s.title)}</td><td>${s.score}</td><td>${e(s.bandLabel)}${
          s.crisis ? ` <span class="crisis">${e(t.crisisNote)}</span>` : ''
        }</td></tr>`,
    )
    .join('');
  const moments = report.keyMoments
    .map(
      (m) =>
        `<div class="moment"><div class="meta">${e(fmtDate(m.at, locale))} · ${e(m.why)}${
          m.labels.length ? ` · ${e(m.labels.map((l) => emotionName(l, locale)).join(', '))}` : ''
        }</div><blockquote>${e(m.text)}</blockquote></div>`,
    )
    .join('');
  const suggestions = report.suggestions
    .map(
      (s) =>
        `<div class="suggestion"><h3>${e(s.title)}</h3><p>${e(s.summary)}</p><ol class="steps">${s.steps
          .map((step) => `<li>${e(step)}</li>`)
          .join('')}</ol><p class="note">${e(s.reason)}</p><p class="evidence">${e(s.evidence)}</p></div>`,
    )
    .join('');
  const region = hotlinesFor(defaultRegionFor(locale))[0];
  const hotlines = region
    ? `<p class="note">${e(t.hotlines)} (${e(region.name[locale])}, ${e(HOTLINES.version)}): ${region.lines
        .map((l) => `${e(l.name[locale])} ${e(l.number)}`)
        .join(' · ')}; ${e(region.emergency)}</p>`
    : '';
  return `<!doctype html>
<html lang="${e(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(t.title)} · CareLLM</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${e(t.title)}</h1>
<div class="meta">${e(scope)} · ${e(fill(t.generated, { date: fmtDate(report.generatedAt, locale) }))} · ${e(report.analyser)}</div>
<p class="disclaimer" id="disclaimer">${e(report.disclaimer)}</p>
${hotlines}
</header>
<section id="trajectory"><h2>${e(t.trajectory)}</h2><p class="note">${e(t.trajectoryNote)}</p>${chart(charts.trajectory)}</section>
<section id="distribution"><h2>${e(t.distribution)}</h2>${chart(charts.distribution)}</section>
<section id="indicators"><h2>${e(t.indicators)}</h2><p class="note">${e(t.indicatorsNote)}</p>${chart(charts.indicators)}
<table><tbody>${indicatorRows}</tbody></table></section>
<section id="screenings"><h2>${e(t.screenings)}</h2>${
    report.screenings.length
      ? `${chart(charts.screenings)}<table><thead><tr><th>${e(t.date)}</th><th>${e(t.instrument)}</th><th>${e(t.score)}</th><th>${e(t.band)}</th></tr></thead><tbody>${screeningRows}</tbody></table>`
      : `<p class="note">${e(t.noScreenings)}</p>`
  }</section>
<section id="key-moments"><h2>${e(t.keyMoments)}</h2>${moments || `<p class="note">${e(t.noMessages)}</p>`}</section>
<section id="suggestions"><h2>${e(t.suggestions)}</h2>${suggestions}</section>
<footer><p class="disclaimer">${e(report.disclaimer)}</p></footer>
<script type="application/json" id="report-data">${jsonForScript(report)}</script>
</body>
</html>
`;
}
