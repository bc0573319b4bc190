import type { MouseEvent, ReactNode } from 'react';
import './panel.css';
import type { EmotionReading } from '../api/types.ts';
import { IconChart, IconClipboard } from '../components/Icons.tsx';
import type { ChatMessage } from '../hooks/useChat.ts';
import { useI18n } from '../i18n/index.tsx';
import { routePath, type Route } from '../lib/router.ts';
import { setFocusedMessage, useFocusedMessage } from './focus.ts';
import {
  highlightedWords,
  highlights,
  nameKey,
  percent,
  presentIndicators,
  readingTarget,
} from './reading.ts';
import { Suggestions } from './Suggestions.tsx';

const excerpt = (text: string, max = 60) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/** Internal link that keeps the single-page app (and still works as a plain link). */
export function RouteLink({
  to,
  navigate,
  className,
  label,
  children,
}: {
  to: Route;
  navigate: (r: Route) => void;
  className?: string;
  /** Accessible name, when the visible text alone is too short. */
  label?: string;
  children: ReactNode;
}) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={routePath(to)} className={className} onClick={onClick} aria-label={label}>
      {children}
    </a>
  );
}

/** The group the reading leans to most: the highest-scoring predicted group (neutral last). */
function strongest(
  group: { scores: Record<string, number>; predicted: string[] } | undefined,
  avoid?: string,
): string | undefined {
  if (!group) return undefined;
  const pool = group.predicted.length > 0 ? group.predicted : Object.keys(group.scores);
  const ranked = [...pool].sort((a, b) => (group.scores[b] ?? 0) - (group.scores[a] ?? 0));
  return ranked.find((g) => g !== avoid) ?? ranked[0];
}

function useName() {
  const { t } = useI18n();
  return (kind: 'goemo' | 'sentiment' | 'indicator', name: string) => {
    const key = nameKey(kind, name);
    return key ? t(key) : name;
  };
}

function ReadingView({ message, reading }: { message: ChatMessage; reading: EmotionReading }) {
  const { t } = useI18n();
  const name = useName();
  const details = reading.details ?? {};
  const predicted = new Set(reading.predicted);
  const labels = reading.labels.filter((l) => l.score >= 0.05 || predicted.has(l.label));
  const words = highlightedWords(message.content, highlights(message.content, reading));
  const cues = presentIndicators(details.indicators);
  const sessionCues = presentIndicators(details.sessionIndicators);
  const tone = strongest(details.sentiment);
  const family = strongest(details.ekman, 'neutral');

  return (
    <>
      <div className="panel-block">
        <h3 className="block-heading">{t('emo.emotions')}</h3>
        <ul className="emotion-bars" data-testid="emotion-labels">
          {labels.map((l) => (
            <li
              key={l.label}
              className={predicted.has(l.label) ? 'is-likely' : undefined}
              data-label={l.label}
              aria-label={`${t('emo.confidence', { label: name('goemo', l.label), percent: percent(l.score) })}${predicted.has(l.label) ? ` (${t('emo.likely')})` : ''}`}
            >
              <span className="bar-label" aria-hidden="true">
                {name('goemo', l.label)}
                {predicted.has(l.label) && <span className="likely-badge">{t('emo.likely')}</span>}
              </span>
              <span className="bar-value" aria-hidden="true">
                {percent(l.score)}%
              </span>
              <span className="bar-track" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${percent(l.score)}%` }} />
              </span>
            </li>
          ))}
        </ul>
        {(tone || family) && (
          <dl className="tone-list">
            {tone && (
              <div>
                <dt>{t('emo.tone')}</dt>
                <dd data-tone={tone}>{name('sentiment', tone)}</dd>
              </div>
            )}
            {family && (
              <div>
                <dt>{t('emo.family')}</dt>
                <dd>{name('goemo', family)}</dd>
              </div>
            )}
          </dl>
        )}
        {details.language === 'zh' && <p className="quiet-note">{t('emo.zhNote')}</p>}
      </div>

      {words.length > 0 && (
        <div className="panel-block">
          <h3 className="block-heading">{t('emo.words')}</h3>
          <ul className="word-chips" data-testid="evidence-words">
            {words.map((w) => (
              <li key={w}>
                <mark className="evidence-mark">{w}</mark>
              </li>
            ))}
          </ul>
          <p className="quiet-note">{t('emo.wordsHint')}</p>
        </div>
      )}

      <div className="panel-block">
        <h3 className="block-heading">{t('emo.cues')}</h3>
        {cues.length === 0 ? (
          <p className="quiet-note">{t('emo.noCues')}</p>
        ) : (
          <ul className="cue-list" data-testid="indicators">
            {cues.map(({ id, reading: r }) => (
              <li key={id} data-indicator={id} data-level={r.level}>
                <span className="cue-name">
                  {name('indicator', id)}
                  <span className={`level-pill level-${r.level}`}>{t(`indicator.level.${r.level}`)}</span>
                </span>
                <span className="cue-phrase">{t(`indicator.phrase.${id}`)}</span>
              </li>
            ))}
          </ul>
        )}
        {sessionCues.length > 0 && (
          <>
            <h4 className="sub-heading">{t('emo.session')}</h4>
            <ul className="mini-bars">
              {sessionCues.map(({ id, reading: r }) => (
                <li key={id}>
                  <span>{name('indicator', id)}</span>
                  <span className="bar-track" aria-hidden="true">
                    <span className="bar-fill is-soft" style={{ width: `${percent(r.score)}%` }} />
                  </span>
                  <span className="visually-hidden">{t(`indicator.level.${r.level}`)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </>
  );
}

/** The live emotion panel beside the chat: the reading of one user message (the latest by default). */
export function EmotionPanel({
  sessionId,
  messages,
  streaming,
  navigate,
}: {
  sessionId: string | null;
  messages: ChatMessage[];
  streaming: boolean;
  navigate: (r: Route) => void;
}) {
  const { t } = useI18n();
  const name = useName();
  const focused = useFocusedMessage();
  const users = messages.filter((m) => m.role === 'user');
  const target = readingTarget(messages, focused);
  const isLatest = target === users[users.length - 1];
  const reading = target?.emotion;
  const earlier = users
    .filter((m) => m !== target)
    .slice(-6)
    .reverse();
  const analysed = users.filter((m) => m.emotion).length;

  return (
    <div className="emotion-panel" data-testid="emotion-panel">
      {!target ? (
        <p className="quiet-note panel-empty">{t('emo.empty')}</p>
      ) : (
        <>
          <div className="panel-block reading-head">
            <p className="kicker">{isLatest ? t('emo.latest') : t('emo.selected')}</p>
            <blockquote className="reading-quote">{excerpt(target.content, 120)}</blockquote>
            {!isLatest && (
              <button
                type="button"
                className="text-button back-latest"
                onClick={() => setFocusedMessage(null)}
              >
                {t('emo.backToLatest')}
              </button>
            )}
          </div>
          {reading && !reading.placeholder && reading.labels.length > 0 ? (
            <ReadingView message={target} reading={reading} />
          ) : !reading && streaming && isLatest ? (
            <p className="quiet-note panel-block" role="status">
              {t('emo.analysing')}
            </p>
          ) : (
            <p className="quiet-note panel-block" data-testid="emotion-unavailable">
              {t('emo.unavailable')}
            </p>
          )}
          {earlier.length > 0 && (
            <div className="panel-block">
              <h3 className="block-heading">{t('emo.earlier')}</h3>
              <ul className="earlier-list">
                {earlier.map((m) => {
                  const top = m.emotion?.predicted[0] ?? m.emotion?.labels[0]?.label;
                  return (
                    <li key={m.id}>
                      <button
                        type="button"
                        className="earlier-item"
                        onClick={() => setFocusedMessage(m.id)}
                        aria-label={t('emo.viewReading', { text: excerpt(m.content, 40) })}
                      >
                        <span className="earlier-text">{excerpt(m.content, 48)}</span>
                        {top && !m.emotion?.placeholder && (
                          <span className="earlier-label">{name('goemo', top)}</span>
                        )}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
        </>
      )}
      {sessionId && (
        <div className="panel-block">
          <Suggestions sessionId={sessionId} refreshKey={analysed} />
        </div>
      )}
      <div className="panel-block panel-links">
        <RouteLink
          to={{ name: 'checkin', sessionId, instrument: null }}
          navigate={navigate}
          className="panel-link"
        >
          <IconClipboard size={18} />
          <span>{t('nav.checkIn')}</span>
        </RouteLink>
        <RouteLink to={{ name: 'report', sessionId }} navigate={navigate} className="panel-link">
          <IconChart size={18} />
          <span>{t('nav.report')}</span>
        </RouteLink>
      </div>
      <p className="panel-note">{t('emo.note')}</p>
    </div>
  );
}
