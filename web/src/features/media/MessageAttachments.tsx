/** A message's photos, voice and video: thumbnails, players, and what the voice said. */
import { useI18n } from '../../i18n/index.tsx';
import { formatClock } from './limits.ts';
import type { Attachment } from './types.ts';

function Transcript({ attachment }: { attachment: Attachment }) {
  const { t } = useI18n();
  if (attachment.transcript === undefined && !attachment.pending) return null;
  return (
    <div className="att-transcript" data-testid="transcript">
      <span className="att-transcript-label">{t('media.transcript')}</span>
      {attachment.pending ? (
        <p className="att-transcript-text is-pending">{t('media.transcribing')}</p>
      ) : (
        <p className="att-transcript-text">{attachment.transcript}</p>
      )}
    </div>
  );
}

function Item({ attachment: a }: { attachment: Attachment }) {
  const { t } = useI18n();
  if (!a.url) return null;
  if (a.kind === 'image') {
    const name = a.name ?? t('media.photo');
    return (
      <a
        className="att att-image"
        href={a.url}
        target="_blank"
        rel="noreferrer"
        data-testid="attachment-image"
      >
        <img
          src={a.url}
          alt={t('media.imageAlt', { name })}
          loading="lazy"
          {...(a.width && a.height ? { width: a.width, height: a.height } : {})}
        />
      </a>
    );
  }
  if (a.kind === 'video') {
    return (
      <figure className="att att-video" data-testid="attachment-video">
        <video controls preload="metadata" src={a.url} aria-label={a.name ?? t('media.video')} />
        <Transcript attachment={a} />
      </figure>
    );
  }
  return (
    <figure className="att att-audio" data-testid="attachment-audio">
      <figcaption>
        {t('media.voiceMessage')}
        {a.durationSec !== undefined ? ` · ${formatClock(a.durationSec)}` : ''}
      </figcaption>
      <audio controls preload="none" src={a.url} />
      <Transcript attachment={a} />
    </figure>
  );
}

export function MessageAttachments({ attachments }: { attachments: Attachment[] }) {
  if (attachments.length === 0) return null;
  return (
    <div className="message-attachments" data-testid="message-attachments">
      {attachments.map((a) => (
        <Item key={a.id} attachment={a} />
      ))}
    </div>
  );
}
