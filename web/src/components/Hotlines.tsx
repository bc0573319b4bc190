import type { Hotline, HotlineRegion, Locale } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { IconLink, IconPhone } from './Icons.tsx';

export const defaultRegionFor = (locale: Locale) => (locale === 'zh-CN' ? 'CN' : 'INTL');

/** tel: wants digits (and a leading +) only. */
export const telHref = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`;

export function RegionSelect({
  regions,
  value,
  onChange,
  label,
}: {
  regions: HotlineRegion[];
  value: string;
  onChange: (id: string) => void;
  label: string;
}) {
  const { locale } = useI18n();
  return (
    <label className="region-select">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {regions.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name[locale]}
          </option>
        ))}
      </select>
    </label>
  );
}

function HotlineItem({ line, compact }: { line: Hotline; compact: boolean }) {
  const { t, locale } = useI18n();
  const isSite = Boolean(line.url);
  return (
    <li className="hotline" data-number={line.number}>
      <a
        className="hotline-number"
        href={line.url ?? telHref(line.number)}
        {...(isSite ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
        aria-label={isSite ? t('help.visit', { site: line.number }) : t('help.call', { number: line.number })}
      >
        {isSite ? <IconLink /> : <IconPhone />}
        <span>{line.number}</span>
      </a>
      <div className="hotline-text">
        <span className="hotline-name">{line.name[locale]}</span>
        <span className="hotline-hours">{t('help.hours', { hours: line.hours[locale] })}</span>
        {!compact && (
          <span className="hotline-source">
            {t('help.source', { source: line.source })} · {t('help.verified', { date: line.verified })}
          </span>
        )}
      </div>
    </li>
  );
}

/** The lines of one region, with its emergency number. `compact` leaves out the source lines. */
export function HotlineList({
  region,
  compact = false,
}: {
  region: HotlineRegion | undefined;
  compact?: boolean;
}) {
  const { t } = useI18n();
  if (!region) return null;
  return (
    <div className="hotlines">
      <ul className="hotline-list">
        {region.lines.map((line) => (
          <HotlineItem key={line.number} line={line} compact={compact} />
        ))}
      </ul>
      {region.emergency && (
        <p className="emergency">
          {t('help.emergency')}:{' '}
          {region.emergency.split('/').map((n, i) => (
            <span key={n}>
              {i > 0 && ' / '}
              <a href={telHref(n)}>{n.trim()}</a>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
