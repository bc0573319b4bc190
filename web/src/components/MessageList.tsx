import { Suspense, lazy, useEffect, useRef } from 'react';
import type { InstrumentId } from '../api/types.ts';
import { CheckInOfferCard } from '../emotion/CheckInOffer.tsx';
import { useFocusedMessage } from '../emotion/focus.ts';
import { HighlightedText } from '../emotion/HighlightedText.tsx';
import { readingTarget } from '../emotion/reading.ts';
import {
  attachmentsOf,
  MessageAttachments,
  ReadAloudButton,
  typedText,
  useAutoSpeak,
} from '../features/media/index.ts';
import type { ChatMessage } from '../hooks/useChat.ts';
import { useI18n } from '../i18n/index.tsx';
import { IconInfo, IconLeaf } from './Icons.tsx';

// Markdown rendering (react-markdown, GFM, sanitiser) loads in its own chunk, after the first screen.
const Markdown = lazy(() => import('./Markdown.tsx').then((m) => ({ default: m.Markdown })));

/** While the Markdown chunk loads, the reply shows as plain text (never as HTML). */
function ReplyText({ text }: { text: string }) {
  return (
    <Suspense fallback={<p className="message-plain">{text}</p>}>
      <Markdown text={text} />
    </Suspense>
  );
}

interface CheckInHandlers {
  onStartCheckIn?: (instrument: InstrumentId, messageId: string) => void;
  onDismissCheckIn?: (messageId: string) => void;
}

function MessageItem({
  message,
  live,
  highlight,
  onStartCheckIn,
  onDismissCheckIn,
}: { message: ChatMessage; live: boolean; highlight: boolean } & CheckInHandlers) {
  const { t } = useI18n();
  const mine = message.role === 'user';
  // Voice and photos show above the bubble; the transcript with its recording, not twice.
  const attachments = mine ? attachmentsOf(message.meta) : [];
  const typed = mine ? typedText(message.content, attachments) : message.content;
  const fallback = message.notice && /fallback/i.test(message.notice.code);
  const body = (
    <>
      {message.helpFriend && (
        <aside className="message-help-friend" role="note" data-testid="help-friend">
          <strong>{t('message.helpFriendTitle')}</strong>
          <span>{message.helpFriend}</span>
        </aside>
      )}
      {message.notice && (
        <p className="message-notice" role="note" data-notice-code={message.notice.code}>
          <IconInfo />
          <span>
            {fallback ? t('message.fallbackNotice') : message.notice.message || t('message.notice')}
          </span>
        </p>
      )}
      {mine && <MessageAttachments attachments={attachments} />}
      <div className="message-bubble" hidden={mine && attachments.length > 0 && typed === ''}>
        {mine ? (
          <p className="message-plain">
            {highlight && typed === message.content ? (
              <HighlightedText text={message.content} reading={message.emotion} />
            ) : (
              typed
            )}
          </p>
        ) : message.content === '' && message.status === 'streaming' ? (
          <span className="typing" role="img" aria-label={t('message.streaming')}>
            <span />
            <span />
            <span />
          </span>
        ) : (
          <ReplyText text={message.content} />
        )}
        {live && message.content !== '' && <span className="caret" aria-hidden="true" />}
      </div>
      {!mine && message.content !== '' && message.status !== 'streaming' && (
        <ReadAloudButton id={message.id} text={message.content} />
      )}
      {message.status === 'interrupted' && (
        <p className="message-status status-interrupted">{t('message.interrupted')}</p>
      )}
      {message.status === 'error' && (
        <p className="message-status status-error" role="alert">
          {message.errorDetail
            ? t('message.errorDetail', { detail: message.errorDetail })
            : t('message.error')}
        </p>
      )}
      {message.status === 'streaming' && !live && <p className="message-status">{t('message.streaming')}</p>}
      {message.checkIn && message.status !== 'streaming' && onStartCheckIn && (
        <CheckInOfferCard
          offer={message.checkIn}
          onStart={() => onStartCheckIn(message.checkIn!.instrument, message.id)}
          onDismiss={() => onDismissCheckIn?.(message.id)}
        />
      )}
    </>
  );
  return (
    <li
      className={`message ${mine ? 'message-user' : 'message-assistant'}`}
      data-role={message.role}
      data-status={message.status}
      data-message-id={message.id}
    >
      <span className="visually-hidden">{mine ? t('message.you') : t('message.assistant')}:</span>
      {mine ? (
        body
      ) : (
        <div className="assistant-row">
          <span className="avatar" aria-hidden="true">
            <IconLeaf />
          </span>
          <div className="assistant-body">{body}</div>
        </div>
      )}
    </li>
  );
}

/** The conversation; keeps the newest text in view while a reply streams, unless the reader scrolled up. */
export function MessageList({
  messages,
  streaming,
  onStartCheckIn,
  onDismissCheckIn,
}: { messages: ChatMessage[]; streaming: boolean } & CheckInHandlers) {
  const { t, locale } = useI18n();
  useAutoSpeak(messages, streaming, locale);
  // The evidence words are marked in the message the emotion panel is reading.
  const focused = useFocusedMessage();
  const readId = readingTarget(messages, focused)?.id;
  const scroller = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);

  useEffect(() => {
    const el = scroller.current;
    if (el && pinned.current) el.scrollTop = el.scrollHeight;
  }, [messages]);

  const lastId = messages[messages.length - 1]?.id;
  return (
    <div
      className="message-scroller"
      ref={scroller}
      onScroll={(e) => {
        const el = e.currentTarget;
        pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
      }}
    >
      <ol className="message-list" aria-label={t('message.listLabel')}>
        {messages
          .filter((m) => m.role !== 'system')
          .map((m) => (
            <MessageItem
              key={m.id}
              message={m}
              live={streaming && m.id === lastId && m.status === 'streaming'}
              highlight={m.id === readId}
              onStartCheckIn={onStartCheckIn}
              onDismissCheckIn={onDismissCheckIn}
            />
          ))}
      </ol>
    </div>
  );
}
