import { useEffect, useRef, type FormEvent, type KeyboardEvent } from 'react';
import {
  AttachButton,
  DropHint,
  MediaProblems,
  PendingAttachments,
  SpeakingBar,
  useComposerMedia,
  VoiceBar,
  VoiceButtons,
  VoiceNote,
  type SendWithMedia,
} from '../features/media/index.ts';
import { useI18n } from '../i18n/index.tsx';
import { IconSend, IconStop } from './Icons.tsx';

interface ComposerProps {
  draft: string;
  setDraft: (text: string) => void;
  /** Sends the draft with any photos, video or voice (resolving false keeps them in the composer). */
  onSend: SendWithMedia;
  onStop: () => void;
  streaming: boolean;
  maxChars: number;
}

/**
 * Message box: Enter sends, Shift+Enter adds a line; the send button becomes Stop while a reply streams.
 * Photos and videos can be attached (picker, paste, drop), and voice recorded or spoken hands-free.
 */
export function Composer({ draft, setDraft, onSend, onStop, streaming, maxChars }: ComposerProps) {
  const { t } = useI18n();
  const box = useRef<HTMLTextAreaElement>(null);
  const tooLong = draft.length > maxChars;
  const media = useComposerMedia(onSend);
  const canSend =
    (draft.trim() !== '' || media.pending.length > 0) && !tooLong && !streaming && !media.voiceBusy;

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
    if (canSend) void media.send();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };

  return (
    <form
      className={`composer ${media.dragging ? 'is-dragging' : ''}`}
      onSubmit={submit}
      {...media.dropHandlers}
    >
      <SpeakingBar />
      <VoiceBar media={media} />
      <PendingAttachments media={media} />
      <DropHint media={media} />
      <label htmlFor="composer-input" className="visually-hidden">
        {t('composer.label')}
      </label>
      <div className={`composer-box ${tooLong ? 'is-invalid' : ''}`}>
        <AttachButton media={media} disabled={streaming} />
        <textarea
          id="composer-input"
          ref={box}
          rows={1}
          value={draft}
          placeholder={t('composer.placeholder')}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          onPaste={media.onPaste}
          aria-invalid={tooLong}
          title={t('composer.hint')}
          aria-describedby={tooLong ? 'composer-hint composer-error' : 'composer-hint'}
        />
        <VoiceButtons media={media} streaming={streaming} />
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
      <VoiceNote media={media} />
      <MediaProblems media={media} />
    </form>
  );
}
