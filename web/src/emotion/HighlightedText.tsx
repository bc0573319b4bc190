import type { EmotionReading } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { highlights, nameKey, segments } from './reading.ts';

/** A user message as plain text, with the words behind its emotion reading marked. Never HTML. */
export function HighlightedText({ text, reading }: { text: string; reading: EmotionReading | undefined }) {
  const { t } = useI18n();
  const marks = highlights(text, reading);
  if (marks.length === 0) return <>{text}</>;
  return (
    <>
      {segments(text, marks).map((seg, i) => {
        if (!seg.highlight) return seg.text;
        const names = seg.highlight.sources.map((s) => {
          const key = nameKey(s.kind, s.name);
          return key ? t(key) : s.name;
        });
        return (
          <mark
            key={i}
            className="evidence-mark"
            title={t('emo.markTitle', { labels: [...new Set(names)].join(' · ') })}
          >
            {seg.text}
          </mark>
        );
      })}
    </>
  );
}
