/** The composer's media controls: attach, record, hands-free, the recording bar, pending files, problems. */
import { useId, useRef } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { IconFilm, IconMic, IconMicOff, IconPaperclip, IconStopSquare, IconWave, IconX } from './icons.tsx';
import { ACCEPT, formatBytes, formatClock, MEDIA_LIMITS } from './limits.ts';
import { stopSpeaking, useSpeech } from './speech.ts';
import type { OutgoingMedia } from './types.ts';
import type { useComposerMedia } from './useComposerMedia.ts';

type ComposerMedia = ReturnType<typeof useComposerMedia>;

/** Paperclip button with its hidden file input. */
export function AttachButton({ media, disabled }: { media: ComposerMedia; disabled?: boolean }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        multiple
        hidden
        data-testid="media-file-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = ''; // the same file can be picked again after removing it
          void media.addFiles(files);
        }}
      />
      <button
        type="button"
        className="composer-tool"
        onClick={() => input.current?.click()}
        disabled={disabled || media.pending.length >= MEDIA_LIMITS.maxFiles}
        aria-label={t('media.attach')}
        title={t('media.attach')}
        data-testid="attach-button"
      >
        <IconPaperclip />
      </button>
    </>
  );
}

/** Record and hands-free buttons; when voice is unavailable they say why instead of recording. */
export function VoiceButtons({ media, streaming }: { media: ComposerMedia; streaming: boolean }) {
  const { t, locale } = useI18n();
  const reasonId = useId();
  const { voice, voiceInfo } = media;
  if (voiceInfo === null) return null; // a moment, until the server says whether voice works
  if (!media.voiceAvailable) {
    const reason = voiceInfo.transcription.reason?.[locale] ?? t('media.voiceOff');
    return (
      <>
        <button
          type="button"
          className="composer-tool is-unavailable"
          aria-disabled="true"
          aria-label={t('media.voiceOff')}
          aria-describedby={reasonId}
          aria-expanded={media.voiceNote}
          title={reason}
          onClick={media.toggleVoiceNote}
          data-testid="record-button"
        >
          <IconMicOff />
        </button>
        <span id={reasonId} className="visually-hidden">
          {reason}
        </span>
      </>
    );
  }
  const idle = voice.mode === 'idle';
  return (
    <>
      {!voice.handsFree && (
        <button
          type="button"
          className="composer-tool"
          onClick={() => void voice.startRecording()}
          disabled={!idle || streaming}
          aria-label={t('media.record')}
          title={t('media.record')}
          data-testid="record-button"
        >
          <IconMic />
        </button>
      )}
      <button
        type="button"
        className={`composer-tool ${voice.handsFree ? 'is-on' : ''}`}
        onClick={() => (voice.handsFree ? voice.stopHandsFree() : void voice.startHandsFree())}
        disabled={!voice.handsFree && !idle}
        aria-pressed={voice.handsFree}
        aria-label={voice.handsFree ? t('media.handsFreeStop') : t('media.handsFree')}
        title={voice.handsFree ? t('media.handsFreeStop') : t('media.handsFree')}
        data-testid="handsfree-button"
      >
        <IconWave />
      </button>
    </>
  );
}

/** Why voice input is off, under the composer, once the person pressed the mic button. */
export function VoiceNote({ media }: { media: ComposerMedia }) {
  const { t, locale } = useI18n();
  if (!media.voiceNote) return null;
  return (
    <p className="voice-note" role="status" data-testid="voice-unavailable">
      {media.voiceInfo?.transcription.reason?.[locale] ?? t('media.voiceOff')}
    </p>
  );
}

/** The level meter: a row of bars lit up to the current input level. */
function LevelMeter({ level }: { level: number }) {
  const { t } = useI18n();
  const bars = 12;
  return (
    <span
      className="level-meter"
      role="meter"
      aria-label={t('media.level')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(level * 100)}
      data-testid="level-meter"
    >
      {Array.from({ length: bars }, (_, i) => (
        <span key={i} className={i < Math.round(level * bars) ? 'is-lit' : ''} />
      ))}
    </span>
  );
}

/** Shown while the mic is open: what it is doing, level, timer, cancel and send. */
export function VoiceBar({ media }: { media: ComposerMedia }) {
  const { t } = useI18n();
  const { voice } = media;
  if (voice.mode === 'idle') return null;
  const status =
    voice.mode === 'opening'
      ? t('media.opening')
      : voice.mode === 'recording'
        ? t('media.recording')
        : voice.mode === 'listening'
          ? t('media.listening', { sec: (media.silenceMs / 1000).toLocaleString() })
          : voice.mode === 'hearing'
            ? t('media.hearing')
            : voice.mode === 'sending'
              ? t('media.sending')
              : t('media.waiting');
  const live = voice.mode === 'recording' || voice.mode === 'hearing';
  return (
    <div className={`voice-bar mode-${voice.mode}`} data-testid="voice-bar" data-mode={voice.mode}>
      <span className={`rec-dot ${live ? 'is-live' : ''}`} aria-hidden="true" />
      <span className="voice-status" role="status">
        {status}
      </span>
      {(voice.mode === 'recording' || voice.mode === 'hearing' || voice.mode === 'listening') && (
        <LevelMeter level={voice.level} />
      )}
      {live && (
        <span className="voice-timer" data-testid="voice-timer">
          {formatClock(voice.elapsed)}
        </span>
      )}
      <span className="voice-actions">
        <button type="button" className="text-button" onClick={voice.cancel} data-testid="voice-cancel">
          {voice.handsFree ? t('media.handsFreeStop') : t('media.cancel')}
        </button>
        {voice.mode === 'recording' && (
          <button
            type="button"
            className="button voice-send"
            onClick={() => void voice.send()}
            data-testid="voice-send"
          >
            {t('media.sendVoice')}
          </button>
        )}
      </span>
    </div>
  );
}

function PendingItem({ item, onRemove }: { item: OutgoingMedia; onRemove: () => void }) {
  const { t } = useI18n();
  return (
    <li className={`pending-item kind-${item.kind}`} data-kind={item.kind}>
      {item.kind === 'image' ? (
        <img src={item.previewUrl} alt="" className="pending-thumb" />
      ) : (
        <span className="pending-thumb pending-icon" aria-hidden="true">
          {item.kind === 'video' ? <IconFilm /> : <IconMic />}
        </span>
      )}
      <span className="pending-text">
        <span className="pending-name">{item.name}</span>
        <span className="pending-size">
          {formatBytes(item.file.size)}
          {item.durationSec !== undefined ? ` · ${formatClock(item.durationSec)}` : ''}
        </span>
      </span>
      <button
        type="button"
        className="icon-button pending-remove"
        onClick={onRemove}
        aria-label={t('media.remove', { name: item.name })}
        title={t('media.remove', { name: item.name })}
      >
        <IconX />
      </button>
    </li>
  );
}

export function PendingAttachments({ media }: { media: ComposerMedia }) {
  const { t } = useI18n();
  if (media.pending.length === 0) return null;
  return (
    <ul className="pending-list" aria-label={t('media.pendingLabel')} data-testid="pending-attachments">
      {media.pending.map((item) => (
        <PendingItem key={item.previewUrl} item={item} onRemove={() => media.remove(item)} />
      ))}
    </ul>
  );
}

/** A file that can't go, or a microphone that can't be used: said plainly, in the UI language. */
export function MediaProblems({ media }: { media: ComposerMedia }) {
  const { t } = useI18n();
  const message = media.problem
    ? t(media.problem.key, media.problem.vars)
    : media.voice.error
      ? t(`media.err.${media.voice.error}`)
      : null;
  if (!message) return null;
  return (
    <div className="media-problem" role="alert" data-testid="media-problem">
      <span>{message}</span>
      <button
        type="button"
        className="text-button"
        onClick={() => {
          media.clearProblem();
          media.voice.clearError();
        }}
      >
        {t('error.dismiss')}
      </button>
    </div>
  );
}

/** While a reply is being read aloud: one place to stop it. */
export function SpeakingBar() {
  const { t } = useI18n();
  const speech = useSpeech();
  if (speech.id === null && !speech.loading) return null;
  return (
    <div className="speaking-bar" data-testid="speaking-bar">
      <span className="speaking-wave" aria-hidden="true">
        <span />
        <span />
        <span />
      </span>
      <span>{speech.loading ? t('media.preparing') : t('media.speaking')}</span>
      <button type="button" className="text-button" onClick={stopSpeaking} data-testid="speaking-stop">
        <IconStopSquare />
        {t('media.stopReading')}
      </button>
    </div>
  );
}

/** Drag-and-drop hint over the composer. */
export function DropHint({ media }: { media: ComposerMedia }) {
  const { t } = useI18n();
  return media.dragging ? <div className="drop-hint">{t('media.dropHint')}</div> : null;
}
