import { useEffect, useState } from 'react';
import { emotionApi } from '../api/emotion.ts';
import type { Suggestion } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';

/**
 * Self-help suggestions chosen by the server from this conversation's cues and check-ins, with
 * "This helped / Not helpful" feedback (which changes later rankings). `list` skips the fetch
 * when the caller already has them (the report carries its own).
 */
export function Suggestions({
  sessionId,
  refreshKey,
  list,
  headingLevel = 3,
}: {
  sessionId: string | null;
  /** Changes when new messages may change the choice. */
  refreshKey?: string | number;
  list?: Suggestion[];
  headingLevel?: 2 | 3;
}) {
  const { t, locale } = useI18n();
  const [fetched, setFetched] = useState<Suggestion[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [feedback, setFeedback] = useState<Record<string, boolean>>({});

  useEffect(() => {
    if (list) return;
    let cancelled = false;
    setFailed(false);
    emotionApi.suggestions({ sessionId, locale }).then(
      (s) => !cancelled && setFetched(s),
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [list, sessionId, locale, refreshKey]);

  const items = list ?? fetched;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const give = async (s: Suggestion, helpful: boolean) => {
    setFeedback((f) => ({ ...f, [s.id]: helpful }));
    try {
      await emotionApi.suggestionFeedback(s.id, { helpful, ...(sessionId ? { sessionId } : {}) });
    } catch {
      setFeedback(({ [s.id]: _, ...rest }) => rest);
    }
  };

  return (
    <section className="suggestions-block" data-testid="suggestions">
      <Heading className="block-heading">{t('sugg.title')}</Heading>
      {failed ? (
        <p className="quiet-note">{t('sugg.error')}</p>
      ) : !items ? (
        <p className="quiet-note">{t('sugg.loading')}</p>
      ) : (
        <ul className="suggestion-list">
          {items.map((s) => (
            <li key={s.id} className="suggestion-card" data-suggestion-id={s.id}>
              <details>
                <summary>
                  <span className="suggestion-title">{s.title}</span>
                  <span className="suggestion-summary">{s.summary}</span>
                </summary>
                <div className="suggestion-body">
                  <p className="suggestion-reason">{s.reason}</p>
                  <h4>{t('sugg.steps')}</h4>
                  <ol>
                    {s.steps.map((step) => (
                      <li key={step}>{step}</li>
                    ))}
                  </ol>
                  <h4>{t('sugg.evidence')}</h4>
                  <p className="suggestion-evidence">{s.evidence}</p>
                </div>
              </details>
              <div className="feedback" role="group" aria-label={t('sugg.feedbackLabel', { title: s.title })}>
                {s.id in feedback ? (
                  <p className="feedback-thanks" role="status">
                    {t('sugg.thanks')}
                  </p>
                ) : (
                  <>
                    <button type="button" className="chip-button" onClick={() => void give(s, true)}>
                      {t('sugg.helpful')}
                    </button>
                    <button type="button" className="chip-button" onClick={() => void give(s, false)}>
                      {t('sugg.notHelpful')}
                    </button>
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
