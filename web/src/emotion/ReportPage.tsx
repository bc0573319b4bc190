import { useCallback, useEffect, useState } from 'react';
import './pages.css';
import { emotionApi } from '../api/emotion.ts';
import type { EmotionReport } from '../api/types.ts';
import { IconArrowLeft, IconDownload, IconPrint } from '../components/Icons.tsx';
import { useI18n } from '../i18n/index.tsx';
import type { Route } from '../lib/router.ts';
import { ToneChart, formatDate } from './charts.tsx';
import { RouteLink } from './EmotionPanel.tsx';
import { INDICATOR_IDS, nameKey, percent } from './reading.ts';
import { Suggestions } from './Suggestions.tsx';

interface Props {
  sessionId: string | null;
  navigate: (route: Route) => void;
}

/**
 * The emotion report for one conversation or all of them (GET /api/report), drawn with plain SVG
 * and CSS. The person's own words are rendered as text only. Download: the server's self-contained
 * HTML; print: this page's print style.
 */
export function ReportPage({ sessionId, navigate }: Props) {
  const { t, locale } = useI18n();
  const [report, setReport] = useState<EmotionReport | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setFailed(false);
    setReport(null);
    emotionApi.report({ sessionId, locale }).then(
      (r) => !cancelled && setReport(r),
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [sessionId, locale, attempt]);

  const label = useCallback(
    (name: string) => {
      const key = nameKey('goemo', name);
      return key ? t(key) : name;
    },
    [t],
  );

  return (
    <div className="page report-page" data-testid="report-page">
      <div className="page-toolbar no-print">
        {sessionId ? (
          <RouteLink to={{ name: 'chat', sessionId }} navigate={navigate} className="back-link">
            <IconArrowLeft />
            <span>{t('nav.backToChat')}</span>
          </RouteLink>
        ) : (
          <span />
        )}
        <div className="toolbar-actions">
          <a
            className="button"
            href={emotionApi.reportHtmlUrl({ sessionId, locale, download: true })}
            download
            data-testid="report-download"
          >
            <IconDownload />
            <span>{t('report.download')}</span>
          </a>
          <button type="button" className="button button-quiet" onClick={() => window.print()}>
            <IconPrint />
            <span>{t('report.print')}</span>
          </button>
        </div>
      </div>

      <h1 className="page-title">{t('report.title')}</h1>
      {sessionId && (
        <div
          className="segmented scope-switch no-print"
          role="radiogroup"
          aria-label={t('report.scopeLabel')}
        >
          <button type="button" role="radio" aria-checked="true">
            {t('report.scopeSession')}
          </button>
          <button
            type="button"
            role="radio"
            aria-checked="false"
            onClick={() => navigate({ name: 'report', sessionId: null })}
          >
            {t('report.scopeAll')}
          </button>
        </div>
      )}

      {failed ? (
        <div className="quiet-note" role="alert">
          <p>{t('report.error')}</p>
          <button type="button" className="button" onClick={() => setAttempt((a) => a + 1)}>
            {t('report.retry')}
          </button>
        </div>
      ) : !report ? (
        <p className="quiet-note" role="status">
          {t('report.loading')}
        </p>
      ) : (
        <ReportBody report={report} sessionId={sessionId} label={label} />
      )}
    </div>
  );
}

function ReportBody({
  report,
  sessionId,
  label,
}: {
  report: EmotionReport;
  sessionId: string | null;
  label: (name: string) => string;
}) {
  const { t, locale } = useI18n();
  const last = report.trajectory[report.trajectory.length - 1];
  const maxCount = Math.max(1, ...report.distribution.map((d) => d.count));
  const scope =
    report.scope === 'session'
      ? (report.sessions[0]?.title ?? t('report.scopeSession'))
      : t('report.scopeAll');

  return (
    <>
      <p className="page-intro report-meta">
        <strong>{scope}</strong> ·{' '}
        {t('report.generated', {
          date: formatDate(report.generatedAt, locale, true),
          count: report.messageCount,
        })}
      </p>
      <p className="report-disclaimer" data-testid="report-disclaimer">
        {report.disclaimer}
      </p>

      {report.trajectory.length === 0 ? (
        <p className="quiet-note">{t('report.empty')}</p>
      ) : (
        <>
          <section className="page-section report-section">
            <h2 className="section-title">{t('report.trajectory')}</h2>
            <p className="quiet-note">{t('report.trajectoryNote')}</p>
            <ToneChart
              points={report.trajectory}
              label={t('report.trajectorySummary', {
                count: report.trajectory.length,
                pos: percent(last?.positive ?? 0),
                neg: percent(last?.negative ?? 0),
              })}
              positiveLabel={t('report.positive')}
              negativeLabel={t('report.negative')}
            />
          </section>

          <div className="report-columns">
            <section className="page-section report-section">
              <h2 className="section-title">{t('report.distribution')}</h2>
              <ul className="count-bars" data-testid="report-distribution">
                {report.distribution.slice(0, 8).map((d) => (
                  <li key={d.label}>
                    <span className="bar-label">{label(d.label)}</span>
                    <span className="bar-track" aria-hidden="true">
                      <span className="bar-fill" style={{ width: `${(d.count / maxCount) * 100}%` }} />
                    </span>
                    <span className="bar-value">{t('report.count', { count: d.count })}</span>
                  </li>
                ))}
              </ul>
            </section>

            <section className="page-section report-section">
              <h2 className="section-title">{t('report.indicators')}</h2>
              <p className="quiet-note">{t('report.indicatorsNote')}</p>
              <ul className="indicator-rows">
                {INDICATOR_IDS.map((id) => {
                  const ind = report.indicators[id];
                  if (!ind) return null;
                  const series = report.trajectory.map((p) => p.indicators[id] ?? 0);
                  return (
                    <li key={id} data-indicator={id}>
                      <span className="indicator-name">{t(`indicator.${id}`)}</span>
                      <Sparkline values={series} />
                      <span className={`level-pill level-${ind.level}`}>
                        {t(`indicator.level.${ind.level}`)}
                      </span>
                      <span className="visually-hidden">
                        {t('report.peak', { value: percent(ind.peak) })}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </section>
          </div>
        </>
      )}

      <section className="page-section report-section">
        <h2 className="section-title">{t('report.screenings')}</h2>
        {report.screenings.length === 0 ? (
          <p className="quiet-note">{t('report.noScreenings')}</p>
        ) : (
          <ul className="screening-rows">
            {report.screenings.map((s) => (
              <li key={s.id}>
                <span className="trend-date">{formatDate(s.at, locale, true)}</span>
                <span className="screening-title">{s.title}</span>
                <span className="trend-score">{s.score}</span>
                <span className="band-chip">{s.bandLabel}</span>
                {s.crisis && <span className="crisis-chip">{t('report.crisisShown')}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      {report.keyMoments.length > 0 && (
        <section className="page-section report-section">
          <h2 className="section-title">{t('report.keyMoments')}</h2>
          <ul className="moments" data-testid="key-moments">
            {report.keyMoments.map((m) => (
              <li key={m.messageId}>
                <blockquote className="moment-text">{m.text}</blockquote>
                <p className="moment-meta">
                  {formatDate(m.at, locale, true)} · {m.labels.map(label).join(' · ') || m.why}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      {report.suggestions.length > 0 && (
        <section className="page-section report-section">
          <Suggestions sessionId={sessionId} list={report.suggestions} headingLevel={2} />
        </section>
      )}
    </>
  );
}

/** A tiny 0..1 line for one indicator over the messages. */
function Sparkline({ values }: { values: number[] }) {
  const w = 120;
  const h = 28;
  const x = (i: number) => (values.length === 1 ? w / 2 : 2 + (i * (w - 4)) / (values.length - 1));
  const y = (v: number) => h - 3 - v * (h - 6);
  return (
    <svg className="sparkline" viewBox={`0 0 ${w} ${h}`} aria-hidden="true">
      <line x1={0} x2={w} y1={y(0.5)} y2={y(0.5)} className="grid-line" />
      {values.length > 1 ? (
        <polyline
          points={values.map((v, i) => `${x(i)},${y(v)}`).join(' ')}
          fill="none"
          className="spark-line"
        />
      ) : (
        <circle cx={x(0)} cy={y(values[0] ?? 0)} r={2.5} className="spark-dot" />
      )}
    </svg>
  );
}
