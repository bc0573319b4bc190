import type { AppInfo, Locale } from '../api/types.ts';
import { SpeechSettings } from '../features/media/index.ts';
import { LOCALES, useI18n, type MessageKey } from '../i18n/index.tsx';
import type { ThemeChoice } from '../lib/preferences.ts';
import { Dialog } from './Dialog.tsx';

/** A stage still running its honest placeholder (detects nothing) rather than a real implementation. */
export const isPlaceholderStage = (name: string) => name.startsWith('placeholder') || name === 'pass-through';

const STAGE_LABELS: Record<string, MessageKey> = {
  safety: 'settings.stage.safety',
  emotion: 'settings.stage.emotion',
  outputGuard: 'settings.stage.outputGuard',
};

const INPUT_LABELS: Record<string, MessageKey> = {
  text: 'settings.input.text',
  audio: 'settings.input.audio',
  image: 'settings.input.image',
  video: 'settings.input.video',
};

interface SettingsProps {
  open: boolean;
  onClose: () => void;
  info: AppInfo | null;
  onLocale: (l: Locale) => void;
  theme: ThemeChoice;
  onTheme: (t: ThemeChoice) => void;
}

export function SettingsDialog({ open, onClose, info, onLocale, theme, onTheme }: SettingsProps) {
  const { t, locale } = useI18n();
  const yesNo = (v: boolean) => (v ? t('settings.yes') : t('settings.no'));
  const engine = info?.engine;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('settings.title')}
      closeLabel={t('settings.close')}
      className="settings-dialog"
    >
      <section className="settings-section">
        <h3>{t('settings.preferences')}</h3>
        <div className="settings-row">
          <span id="set-lang">{t('settings.language')}</span>
          <div className="segmented" role="radiogroup" aria-labelledby="set-lang">
            {LOCALES.map((l) => (
              <button
                key={l}
                type="button"
                role="radio"
                aria-checked={l === locale}
                onClick={() => onLocale(l)}
                lang={l}
              >
                {t(`lang.${l}`)}
              </button>
            ))}
          </div>
        </div>
        <div className="settings-row">
          <span id="set-theme">{t('settings.theme')}</span>
          <div className="segmented" role="radiogroup" aria-labelledby="set-theme">
            {(['system', 'light', 'dark'] as const).map((c) => (
              <button
                key={c}
                type="button"
                role="radio"
                aria-checked={c === theme}
                onClick={() => onTheme(c)}
              >
                {t(
                  c === 'system'
                    ? 'settings.themeSystem'
                    : c === 'light'
                      ? 'settings.themeLight'
                      : 'settings.themeDark',
                )}
              </button>
            ))}
          </div>
        </div>
      </section>

      <SpeechSettings />

      {info && engine && (
        <section className="settings-section" data-testid="status-panel">
          <h3>{t('settings.status')}</h3>
          <dl className="status-list">
            <dt>{t('settings.engine')}</dt>
            <dd data-testid="engine-label">{engine.label[locale]}</dd>
            <dt>{t('settings.engineKind')}</dt>
            <dd>
              <code>{engine.kind}</code>
              {engine.id !== engine.kind && (
                <>
                  {' · '}
                  <code>{engine.id}</code>
                </>
              )}
            </dd>
            <dt>{t('settings.model')}</dt>
            <dd>{engine.model ? <code>{engine.model}</code> : t('settings.none')}</dd>
            <dt>{t('settings.profile')}</dt>
            <dd>{engine.profile ? <code>{engine.profile}</code> : t('settings.none')}</dd>
            <dt>{t('settings.inputs')}</dt>
            <dd>
              {engine.capabilities.input
                .map((i) => (INPUT_LABELS[i] ? t(INPUT_LABELS[i]) : i))
                .join(locale === 'zh-CN' ? '、' : ', ')}
            </dd>
            <dt>{t('settings.audioOutput')}</dt>
            <dd>{yesNo(engine.capabilities.audioOutput)}</dd>
            <dt>{t('settings.offline')}</dt>
            <dd>{yesNo(engine.capabilities.offline)}</dd>
            <dt>{t('settings.maxChars')}</dt>
            <dd>{info.limits.maxMessageChars.toLocaleString(locale)}</dd>
            <dt>{t('settings.version')}</dt>
            <dd>{info.version}</dd>
          </dl>
          <h3>{t('settings.stages')}</h3>
          <ul className="stage-list">
            {Object.entries(info.stages).map(([stage, name]) => {
              const placeholder = isPlaceholderStage(name);
              return (
                <li key={stage} data-stage={stage} data-placeholder={placeholder}>
                  <span className="stage-name">{STAGE_LABELS[stage] ? t(STAGE_LABELS[stage]) : stage}</span>
                  <code className="stage-impl">{name}</code>
                  <span className={`badge ${placeholder ? 'badge-warn' : 'badge-ok'}`}>
                    {placeholder ? t('settings.placeholder') : t('settings.active')}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </Dialog>
  );
}
