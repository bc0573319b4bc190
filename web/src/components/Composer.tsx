import { useEffect, useRef, type FormEvent, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { IconSend, IconStop } from './Icons.tsx';

interface ComposerProps {
  draft: string;
  setDraft: (text: string) => void;
  onSend: () => void;
  onStop: () => void;
  streaming: boolean;
  maxChars: number;
}

/** Message box: Enter sends, Shift+Enter adds a line; the send button becomes Stop while a reply streams. */
export function Composer({ draft, setDraft, onSend, onStop, streaming, maxChars }: ComposerProps) {
  const { t } = useI18n();
  const box = useRef<HTMLTextAreaElement>(null);
  const tooLong = draft.length > maxChars;
  const canSend = draft.trim() !== '' && !tooLong && !streaming;

  // Grow with the text up to a limit.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${Math.min(el.scrollHeight, 220)}px`;
  }, [draft]);

  // Focus back in the box once a reply ends, ready for the next message.
  useEffect(() => {
    if (!streaming) box.current?.focus({ preventScroll: true });
  }, [streaming]);

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (canSend) onSend();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };

  return (
    <form className="composer" onSubmit={submit}>
      <label htmlFor="composer-input" className="visually-hidden">
        {t('composer.label')}
      </label>
      <div className={`composer-box ${tooLong ? 'is-invalid' : ''}`}>
        <textarea
          id="composer-input"
          ref={box}
          rows={1}
          value={draft}
          placeholder={t('composer.placeholder')}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={tooLong}
          title={t('composer.hint')}
          aria-describedby={tooLong ? 'composer-hint composer-error' : 'composer-hint'}
        />
        {streaming ? (
          <button
            type="button"
            className="composer-button stop"
            onClick={onStop}
            aria-label={t('composer.stop')}
            title={t('composer.stop')}
          >
            <IconStop />
          </button>
        ) : (
          <button
            type="submit"
            className="composer-button"
            disabled={!canSend}
            aria-label={t('composer.send')}
            title={t('composer.send')}
          >
            <IconSend />
          </button>
        )}
      </div>
      <p id="composer-hint" className="visually-hidden">
        {t('composer.hint')}
      </p>
      {tooLong && (
        <p id="composer-error" className="composer-error" role="alert">
          {t('composer.tooLong', { count: draft.length, max: maxChars })}
        </p>
      )}
    </form>
  );
}
