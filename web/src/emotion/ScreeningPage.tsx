import { useEffect, useRef, useState, type FormEvent } from 'react';
import './pages.css';
import { ApiRequestError } from '../api/client.ts';
import { emotionApi } from '../api/emotion.ts';
import type { Instrument, InstrumentId, ScreeningRecord, ScreeningResult } from '../api/types.ts';
import { IconArrowLeft, IconClipboard } from '../components/Icons.tsx';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import type { Route } from '../lib/router.ts';
import { BandScale, ScoreTrend, formatDate } from './charts.tsx';
import { RouteLink } from './EmotionPanel.tsx';

interface Props {
  sessionId: string | null;
  sessionTitle: string | null;
  instrument: InstrumentId | null;
  navigate: (route: Route) => void;
  /** PHQ-9 item 9 above 0: the app pins the crisis panel at once. */
  onCrisis: (result: ScreeningResult) => void;
}

const DESCRIPTION: Record<InstrumentId, MessageKey> = { phq9: 'check.phq9Desc', gad7: 'check.gad7Desc' };

/** PHQ-9 / GAD-7: choose, answer (one radio group per question), see the result and the trend. */
export function ScreeningPage({ sessionId, sessionTitle, instrument, navigate, onCrisis }: Props) {
  const { t, locale } = useI18n();
  const [instruments, setInstruments] = useState<Instrument[] | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [history, setHistory] = useState<ScreeningRecord[] | null>(null);
  const [result, setResult] = useState<ScreeningResult | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let cancelled = false;
    setLoadFailed(false);
    emotionApi.instruments(locale).then(
      (list) => !cancelled && setInstruments(list),
      () => !cancelled && setLoadFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [locale]);

  // The trend spans every conversation: a person's check-ins belong together.
  useEffect(() => {
    let cancelled = false;
    emotionApi.screenings({ locale }).then(
      (list) => !cancelled && setHistory(list),
      () => !cancelled && setHistory([]),
    );
    return () => {
      cancelled = true;
    };
  }, [locale, result]);

  useEffect(() => setResult(null), [instrument]);
  useEffect(() => heading.current?.focus(), [instrument, result]);

  const current = instruments?.find((i) => i.id === instrument) ?? null;
  const back = sessionId ? (
    <RouteLink to={{ name: 'chat', sessionId }} navigate={navigate} className="back-link">
      <IconArrowLeft />
      <span>{t('nav.backToChat')}</span>
    </RouteLink>
  ) : null;

  if (loadFailed)
    return (
      <div className="page">
        {back}
        <p className="quiet-note" role="alert">
          {t('check.loadError')}
        </p>
      </div>
    );
  if (!instruments)
    return (
      <div className="page">
        <p className="quiet-note" role="status">
          {t('check.loading')}
        </p>
      </div>
    );

  if (!current) {
    return (
      <div className="page screening-page" data-testid="checkin-page">
        {back}
        <h1 ref={heading} tabIndex={-1} className="page-title">
          {t('check.title')}
        </h1>
        <p className="page-intro">{t('check.intro')}</p>
        <ul className="instrument-cards">
          {instruments.map((i) => (
            <li key={i.id} className="instrument-card">
              <span className="instrument-icon">
                <IconClipboard />
              </span>
              <div className="instrument-text">
                <h2>{i.title}</h2>
                <p>{t(DESCRIPTION[i.id])}</p>
                <p className="quiet-note">{t('check.minutes')}</p>
              </div>
              <RouteLink
                to={{ name: 'checkin', sessionId, instrument: i.id }}
                navigate={navigate}
                className="button button-primary"
                label={t('check.beginNamed', { title: i.title })}
              >
                {t('check.begin')}
              </RouteLink>
            </li>
          ))}
        </ul>
        <p className="quiet-note">
          {t('check.stored')} {sessionTitle && t('check.linked', { title: sessionTitle })}
        </p>
        {history && history.length > 0 && (
          <section className="page-section">
            <h2 className="section-title">{t('check.trend')}</h2>
            {instruments.map((i) => (
              <Trend key={i.id} instrument={i} history={history} />
            ))}
          </section>
        )}
      </div>
    );
  }

  return (
    <div className="page screening-page" data-testid="checkin-page" data-instrument={current.id}>
      {back}
      <h1 ref={heading} tabIndex={-1} className="page-title">
        {result ? t('check.resultTitle') : current.title}
      </h1>
      {result ? (
        <Result
          result={result}
          instrument={current}
          history={history}
          sessionId={sessionId}
          navigate={navigate}
          onAgain={() => setResult(null)}
        />
      ) : (
        <ScreeningForm
          key={`${current.id}-${locale}`}
          instrument={current}
          sessionId={sessionId}
          sessionTitle={sessionTitle}
          onDone={(r) => {
            setResult(r);
            if (r.crisis) onCrisis(r);
          }}
        />
      )}
      <p className="source-note">{t('check.source', { source: current.source })}</p>
    </div>
  );
}

function ScreeningForm({
  instrument,
  sessionId,
  sessionTitle,
  onDone,
}: {
  instrument: Instrument;
  sessionId: string | null;
  sessionTitle: string | null;
  onDone: (r: ScreeningResult) => void;
}) {
  const { t, locale } = useI18n();
  const [answers, setAnswers] = useState<(number | null)[]>(() => instrument.items.map(() => null));
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const done = answers.filter((a) => a !== null).length;
  const total = instrument.items.length;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing = answers.findIndex((a) => a === null);
    if (missing !== -1) {
      setError(t('check.missing', { count: total - done }));
      form.current?.querySelector<HTMLInputElement>(`input[name="q${missing}"]`)?.focus();
      return;
    }
    setError(null);
    setSending(true);
    try {
      const r = await emotionApi.submitScreening({
        instrument: instrument.id,
        answers: answers as number[],
        locale,
        ...(sessionId ? { sessionId } : {}),
      });
      onDone(r);
    } catch (err) {
      setError(
        t('check.error', {
          detail: err instanceof ApiRequestError ? err.localized(locale) : t('error.network'),
        }),
      );
    } finally {
      setSending(false);
    }
  };

  return (
    <form ref={form} className="screening-form" onSubmit={submit} noValidate>
      <p className="page-intro">{instrument.instructions}</p>
      <p className="quiet-note">
        {t('check.stored')} {sessionTitle && t('check.linked', { title: sessionTitle })}
      </p>
      <div className="progress" aria-hidden="true">
        <span className="progress-fill" style={{ width: `${(done / total) * 100}%` }} />
      </div>
      <p className="progress-text" aria-live="polite">
        {t('check.progress', { done, total })}
      </p>
      <ol className="question-list">
        {instrument.items.map((item, q) => (
          <li key={q} className={`question ${answers[q] !== null ? 'is-answered' : ''}`}>
            <fieldset>
              <legend>
                <span className="question-number" aria-hidden="true">
                  {q + 1}
                </span>
                <span className="visually-hidden">{t('check.question', { n: q + 1, total })}: </span>
                <span className="question-text">{item}</span>
              </legend>
              <div className="options">
                {instrument.options.map((o) => (
                  <label key={o.value} className="option">
                    <input
                      type="radio"
                      name={`q${q}`}
                      value={o.value}
                      checked={answers[q] === o.value}
                      onChange={() => setAnswers((a) => a.map((v, i) => (i === q ? o.value : v)))}
                    />
                    <span className="option-label">{o.label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary button-large" disabled={sending}>
          {sending ? t('check.sending') : t('check.submit')}
        </button>
        <span className="quiet-note">{t('check.progress', { done, total })}</span>
      </div>
    </form>
  );
}

function Result({
  result,
  instrument,
  history,
  sessionId,
  navigate,
  onAgain,
}: {
  result: ScreeningResult;
  instrument: Instrument;
  history: ScreeningRecord[] | null;
  sessionId: string | null;
  navigate: (route: Route) => void;
  onAgain: () => void;
}) {
  const { t } = useI18n();
  const meaningKey = `check.meaning.${result.band}`;
  const meaning = meaningKey in MEANINGS ? t(meaningKey as MessageKey) : null;
  return (
    <div
      className="result"
      data-testid="screening-result"
      data-band={result.band}
      data-crisis={result.crisis}
    >
      {result.crisis && (
        <section className="result-crisis" role="alert">
          <h2>{t('check.crisisTitle')}</h2>
          {result.resources?.message && <p>{result.resources.message}</p>}
          <p className="quiet-note">{t('check.crisisNote')}</p>
        </section>
      )}
      <div className="result-card">
        <p className="result-instrument">{instrument.title}</p>
        <div className="result-figures">
          <div>
            <span className="figure-label">{t('check.scoreLabel')}</span>
            <span className="figure-value" data-testid="screening-score">
              {t('check.score', { score: result.score, max: result.maxScore })}
            </span>
          </div>
          <div>
            <span className="figure-label">{t('check.band')}</span>
            <span className={`figure-value band-text band-${result.severity}`} data-testid="screening-band">
              {result.bandLabel}
            </span>
          </div>
        </div>
        <BandScale
          score={result.score}
          max={result.maxScore}
          bands={instrument.bands}
          current={result.band}
          label={`${t('check.scale')}: ${result.bandLabel}`}
        />
        {meaning && <p className="result-meaning">{meaning}</p>}
        <ul className="result-notes">
          {result.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </div>
      <section className="page-section">
        <h2 className="section-title">{t('check.trend')}</h2>
        {history ? <Trend instrument={instrument} history={history} showTitle={false} /> : null}
      </section>
      <div className="form-actions">
        <button type="button" className="button" onClick={onAgain}>
          {t('check.again')}
        </button>
        <RouteLink
          to={{ name: 'checkin', sessionId, instrument: null }}
          navigate={navigate}
          className="button"
        >
          {t('check.choose')}
        </RouteLink>
        <RouteLink to={{ name: 'report', sessionId }} navigate={navigate} className="button button-quiet">
          {t('check.toReport')}
        </RouteLink>
      </div>
    </div>
  );
}

const MEANINGS = {
  'check.meaning.minimal': 1,
  'check.meaning.mild': 1,
  'check.meaning.moderate': 1,
  'check.meaning.moderately_severe': 1,
  'check.meaning.severe': 1,
} satisfies Partial<Record<MessageKey, 1>>;

function Trend({
  instrument,
  history,
  showTitle = true,
}: {
  instrument: Instrument;
  history: ScreeningRecord[];
  showTitle?: boolean;
}) {
  const { t, locale } = useI18n();
  const mine = history.filter((h) => h.instrument === instrument.id);
  const max = instrument.items.length * 3;
  if (mine.length === 0) return showTitle ? null : <p className="quiet-note">{t('check.noTrend')}</p>;
  const first = mine[0]!;
  const last = mine[mine.length - 1]!;
  return (
    <div className="trend" data-testid={`trend-${instrument.id}`}>
      {showTitle && <h3 className="sub-heading">{instrument.title}</h3>}
      {mine.length === 1 && !showTitle && <p className="quiet-note">{t('check.noTrend')}</p>}
      {mine.length > 1 && (
        <ScoreTrend
          points={mine.map((m) => ({ score: m.score, at: m.createdAt, crisis: m.crisis }))}
          max={max}
          bands={instrument.bands}
          label={t('check.trendSummary', {
            count: mine.length,
            first: `${first.score} (${first.bandLabel})`,
            last: `${last.score} (${last.bandLabel})`,
          })}
        />
      )}
      <ol className="trend-list">
        {mine
          .slice(-6)
          .reverse()
          .map((m) => (
            <li key={m.id}>
              <span className="trend-date">{formatDate(m.createdAt, locale, true)}</span>
              <span className="trend-score">{t('check.score', { score: m.score, max })}</span>
              <span className={`band-chip band-${m.severity ?? 0}`}>{m.bandLabel}</span>
            </li>
          ))}
      </ol>
    </div>
  );
}
