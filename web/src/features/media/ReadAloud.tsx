/** Reading replies aloud: a control under each reply, and auto-play of new replies when chosen. */
import { useEffect, useRef } from 'react';
import type { Locale } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { IconSpeaker, IconStopSquare } from './icons.tsx';
import { mediaPrefs } from './prefs.ts';
import { streamSpokenReplies } from './reply-audio.ts';
import { speak, stopSpeaking, useSpeech } from './speech.ts';

export function ReadAloudButton({ id, text }: { id: string; text: string }) {
  const { t, locale } = useI18n();
  const speech = useSpeech();
  const active = speech.id === id;
  const error = speech.error?.id === id ? speech.error.message[locale] : null;
  return (
    <div className="read-aloud">
      <button
        type="button"
        className={`text-button read-aloud-button ${active ? 'is-active' : ''}`}
        aria-pressed={active}
        onClick={() => (active ? stopSpeaking() : void speak(id, text, locale))}
        data-testid="read-aloud"
      >
        {active ? <IconStopSquare /> : <IconSpeaker />}
        <span>
          {active ? (speech.loading ? t('media.preparing') : t('media.stopReading')) : t('media.readAloud')}
        </span>
      </button>
      {error && (
        <span className="read-aloud-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

interface SpokenMessage {
  id: string;
  role: string;
  content: string;
  status: string;
}

/**
 * When auto-play is on, reads each reply that finished streaming in this view (never old ones on
 * loading a conversation, nor replies whose speech was already streamed with them).
 */
export function useAutoSpeak(messages: SpokenMessage[], streaming: boolean, locale: Locale): void {
  const wasStreaming = useRef(streaming);
  useEffect(() => {
    const ended = wasStreaming.current && !streaming;
    wasStreaming.current = streaming;
    if (!ended || !mediaPrefs().autoPlay) return;
    const last = [...messages].reverse().find((m) => m.role === 'assistant');
    if (!last || last.status !== 'complete' || last.content.trim() === '') return;
    if (streamSpokenReplies.has(last.id)) return;
    void speak(last.id, last.content, locale);
  }, [streaming, messages, locale]);
  // Leaving the conversation stops the reading.
  useEffect(() => () => stopSpeaking(), []);
}
