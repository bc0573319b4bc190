/** Settings section: whether voice input works here, reading replies aloud, voice, hands-free pause. */
import { useEffect, useId, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { SILENCE_CHOICES, setMediaPrefs, useMediaPrefs } from './prefs.ts';
import { browserVoices, speak } from './speech.ts';
import { useVoiceInfo } from './voice-info.ts';

/** The browser's voices for the UI language; Chrome fills the list in after a moment. */
function useBrowserVoices() {
  const { locale } = useI18n();
  const [voices, setVoices] = useState(() => browserVoices(locale));
  useEffect(() => {
    setVoices(browserVoices(locale));
    if (typeof speechSynthesis === 'undefined') return;
    const update = () => setVoices(browserVoices(locale));
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => speechSynthesis.removeEventListener('voiceschanged', update);
  }, [locale]);
  return voices;
}

export function SpeechSettings() {
  const { t, locale } = useI18n();
  const prefs = useMediaPrefs();
  const info = useVoiceInfo();
  const voices = useBrowserVoices();
  const voiceId = useId();
  const silenceId = useId();
  const serverVoices = info?.tts.voices.filter((v) => v.locale === locale) ?? [];
  const transcription = info?.transcription;
  return (
    <section className="settings-section" data-testid="speech-settings">
      <h3>{t('media.settings.title')}</h3>
      {transcription && (
        <p
          className={`voice-input-status ${transcription.available ? 'is-on' : 'is-off'}`}
          data-testid="voice-status"
        >
          <strong>{t('media.settings.voiceInput')}: </strong>
          {transcription.available
            ? t('media.settings.voiceInputOn', { provider: transcription.provider ?? '—' })
            : (transcription.reason?.[locale] ?? t('media.voiceOff'))}
        </p>
      )}
      <label className="settings-row settings-check">
        <span>{t('media.settings.autoPlay')}</span>
        <input
          type="checkbox"
          checked={prefs.autoPlay}
          onChange={(e) => setMediaPrefs({ autoPlay: e.target.checked })}
          data-testid="autoplay-toggle"
        />
      </label>
      <div className="settings-row">
        <label htmlFor={voiceId}>{t('media.settings.voice')}</label>
        <span className="settings-inline">
          <select
            id={voiceId}
            value={prefs.voice[locale]}
            onChange={(e) => setMediaPrefs({ voice: { ...prefs.voice, [locale]: e.target.value } })}
            data-testid="voice-select"
          >
            <option value="auto">{t('media.settings.voiceAuto')}</option>
            {voices.length > 0 && (
              <optgroup label={t('media.settings.browserVoices')}>
                {voices.map((v) => (
                  <option key={v.voiceURI} value={`browser:${v.voiceURI}`}>
                    {v.name}
                  </option>
                ))}
              </optgroup>
            )}
            {serverVoices.length > 0 && (
              <optgroup label={t('media.settings.serverVoices')}>
                {serverVoices.map((v) => (
                  <option key={v.id} value={`server:${v.id}`}>
                    {v.label[locale]}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
          <button
            type="button"
            className="text-button"
            onClick={() => void speak('settings-sample', t('media.settings.sample'), locale)}
          >
            {t('media.settings.try')}
          </button>
        </span>
      </div>
      <div className="settings-row">
        <span id={silenceId}>{t('media.settings.silence')}</span>
        <div className="segmented" role="radiogroup" aria-labelledby={silenceId}>
          {SILENCE_CHOICES.map((ms) => (
            <button
              key={ms}
              type="button"
              role="radio"
              aria-checked={prefs.silenceMs === ms}
              onClick={() => setMediaPrefs({ silenceMs: ms })}
            >
              {t('media.settings.seconds', { sec: (ms / 1000).toLocaleString(locale) })}
            </button>
          ))}
        </div>
      </div>
    </section>
  );
}
