import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { IconLeaf } from './Icons.tsx';

const SUGGESTIONS: MessageKey[] = ['welcome.s1', 'welcome.s2', 'welcome.s3'];

export function Welcome({ onPick }: { onPick: (text: string) => void }) {
  const { t } = useI18n();
  return (
    <div className="welcome">
      <span className="welcome-mark">
        <IconLeaf />
      </span>
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.body')}</p>
      <ul className="suggestions" aria-label={t('welcome.suggestionsLabel')}>
        {SUGGESTIONS.map((k) => (
          <li key={k}>
            <button type="button" className="suggestion" onClick={() => onPick(t(k))}>
              {t(k)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
