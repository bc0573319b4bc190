/**
 * Small, dependency-free SVG charts for the check-in and report pages. Each chart is an image with
 * a text summary for screen readers; the numbers are also on the page as text (lists and tables).
 */
import type { Locale } from '../api/types.ts';

export function formatDate(iso: string, locale: Locale, withTime = false): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    year: withTime ? undefined : 'numeric',
    month: 'short',
    day: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  }).format(d);
}

const W = 600;

/** Score over time on a questionnaire's range, with its bands shaded from light to deeper. */
export function ScoreTrend({
  points,
  max,
  bands,
  label,
}: {
  points: { score: number; at: string; crisis?: boolean }[];
  max: number;
  bands: { min: number; max: number; label: string }[];
  label: string;
}) {
  const H = 170;
  const pad = { l: 44, r: 14, t: 12, b: 12 };
  const x = (i: number) =>
    points.length === 1 ? (pad.l + W - pad.r) / 2 : pad.l + (i * (W - pad.l - pad.r)) / (points.length - 1);
  const y = (v: number) => pad.t + (1 - v / max) * (H - pad.t - pad.b);
  return (
    <svg className="chart score-trend" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      {bands.map((b, i) => (
        <g key={b.label}>
          <rect
            x={pad.l}
            width={W - pad.l - pad.r}
            y={y(Math.min(max, b.max + (i === bands.length - 1 ? 0 : 1)))}
            height={Math.max(0, y(b.min) - y(Math.min(max, b.max + (i === bands.length - 1 ? 0 : 1))))}
            className={`band band-${i}`}
          />
          <text x={pad.l - 6} y={y(b.min) - 2} className="axis-text" textAnchor="end">
            {b.min}
          </text>
        </g>
      ))}
      {points.length > 1 && (
        <polyline
          className="trend-line"
          points={points.map((p, i) => `${x(i)},${y(p.score)}`).join(' ')}
          fill="none"
        />
      )}
      {points.map((p, i) => (
        <circle
          key={`${p.at}-${i}`}
          cx={x(i)}
          cy={y(p.score)}
          r={i === points.length - 1 ? 6 : 4.5}
          className={`trend-dot ${p.crisis ? 'is-crisis' : ''} ${i === points.length - 1 ? 'is-last' : ''}`}
        />
      ))}
    </svg>
  );
}

/** Positive and negative tone per message, as two lines over the message order. */
export function ToneChart({
  points,
  label,
  positiveLabel,
  negativeLabel,
}: {
  points: { positive: number; negative: number }[];
  label: string;
  positiveLabel: string;
  negativeLabel: string;
}) {
  const H = 180;
  const pad = { l: 48, r: 12, t: 14, b: 16 };
  const x = (i: number) =>
    points.length === 1 ? (pad.l + W - pad.r) / 2 : pad.l + (i * (W - pad.l - pad.r)) / (points.length - 1);
  const y = (v: number) => pad.t + (1 - v) * (H - pad.t - pad.b);
  const line = (key: 'positive' | 'negative') => points.map((p, i) => `${x(i)},${y(p[key])}`).join(' ');
  return (
    <figure className="chart-figure">
      <svg className="chart tone-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        {[0, 0.5, 1].map((v) => (
          <g key={v}>
            <line x1={pad.l} x2={W - pad.r} y1={y(v)} y2={y(v)} className="grid-line" />
            <text x={pad.l - 6} y={y(v) + 4} className="axis-text" textAnchor="end">
              {v * 100}
            </text>
          </g>
        ))}
        {points.length > 1 && (
          <polyline className="tone-line tone-negative" points={line('negative')} fill="none" />
        )}
        {points.length > 1 && (
          <polyline className="tone-line tone-positive" points={line('positive')} fill="none" />
        )}
        {points.map((p, i) => (
          <g key={i}>
            <circle cx={x(i)} cy={y(p.negative)} r={3.5} className="tone-dot tone-negative" />
            <circle cx={x(i)} cy={y(p.positive)} r={3.5} className="tone-dot tone-positive" />
          </g>
        ))}
      </svg>
      <figcaption className="chart-legend" aria-hidden="true">
        <span className="legend-item">
          <span className="legend-swatch tone-positive" />
          {positiveLabel}
        </span>
        <span className="legend-item">
          <span className="legend-swatch tone-negative" />
          {negativeLabel}
        </span>
      </figcaption>
    </figure>
  );
}

/** A questionnaire's bands as one bar, with the score marked where it falls. */
export function BandScale({
  score,
  max,
  bands,
  current,
  label,
}: {
  score: number;
  max: number;
  bands: { id: string; min: number; max: number; label: string }[];
  current: string;
  label: string;
}) {
  const span = max + 1;
  return (
    <div className="band-scale" role="img" aria-label={label}>
      <div className="band-track">
        {bands.map((b, i) => (
          <span
            key={b.id}
            className={`band-seg band-${i} ${b.id === current ? 'is-current' : ''}`}
            style={{ flexGrow: b.max - b.min + 1 }}
            title={`${b.label} (${b.min}–${b.max})`}
          >
            <span className="band-range">
              {b.min}–{b.max}
            </span>
          </span>
        ))}
        <span
          className="band-marker"
          style={{ left: `${((score + 0.5) / span) * 100}%` }}
          aria-hidden="true"
        />
      </div>
    </div>
  );
}
