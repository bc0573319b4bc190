import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { CrisisResources, HotlineRegion } from '../api/types.ts';
import { FALLBACK_CRISIS } from '../content/crisis-fallback.ts';
import { useI18n } from '../i18n/index.tsx';
import { HotlineList, RegionSelect } from './Hotlines.tsx';
import { IconChevron, IconLifebuoy } from './Icons.tsx';

interface CrisisPanelProps {
  /** Resources that came with the risk event, if any (used while they match the locale and region). */
  initial: CrisisResources | null;
  region: string;
  onRegion: (id: string) => void;
  minimised: boolean;
  onMinimise: (minimised: boolean) => void;
}

/**
 * Pinned above the conversation once a turn is assessed high or imminent risk (or the session is
 * flagged). It can be minimised to a bar, never dismissed.
 */
export function CrisisPanel({ initial, region, onRegion, minimised, onMinimise }: CrisisPanelProps) {
  const { t, locale } = useI18n();
  const [resources, setResources] = useState<CrisisResources | null>(
    initial?.locale === locale ? initial : null,
  );
  const [regions, setRegions] = useState<HotlineRegion[] | null>(
    initial?.locale === locale ? initial.regions : null,
  );

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const fromServer = await api.crisisResources(locale, region).catch(() => null);
      if (cancelled) return;
      if (fromServer) {
        setResources(fromServer);
        setRegions(fromServer.regions);
        return;
      }
      setResources(null);
      const lines = await api.hotlines(locale, region).catch(() => null);
      if (!cancelled && lines) setRegions(lines);
    })();
    return () => {
      cancelled = true;
    };
  }, [locale, region]);

  const current = regions?.find((r) => r.id === region) ?? regions?.[0];
  const grounding = resources?.grounding ?? {
    title: t(FALLBACK_CRISIS.grounding.title),
    steps: FALLBACK_CRISIS.grounding.steps.map((k) => t(k)),
  };
  const plan = resources?.safetyPlan ?? {
    title: t(FALLBACK_CRISIS.safetyPlan.title),
    steps: FALLBACK_CRISIS.safetyPlan.steps.map((k) => t(k)),
  };

  if (minimised) {
    return (
      <section
        className="crisis-panel is-minimised"
        aria-label={t('crisis.title')}
        data-testid="crisis-panel"
      >
        <button type="button" className="crisis-bar" onClick={() => onMinimise(false)} aria-expanded="false">
          <IconLifebuoy />
          <span className="crisis-bar-label">{t('crisis.minimisedLabel')}</span>
          {current?.lines[0] && !current.lines[0].url && (
            <span className="crisis-bar-number">{current.lines[0].number}</span>
          )}
          <span className="crisis-bar-action">{t('crisis.expand')}</span>
          <IconChevron />
        </button>
      </section>
    );
  }

  return (
    <section className="crisis-panel" aria-labelledby="crisis-title" data-testid="crisis-panel">
      <header className="crisis-header">
        <span className="crisis-icon">
          <IconLifebuoy />
        </span>
        <h2 id="crisis-title">{t('crisis.title')}</h2>
        <button
          type="button"
          className="button button-quiet crisis-minimise"
          onClick={() => onMinimise(true)}
          aria-expanded="true"
        >
          {t('crisis.minimise')}
          <IconChevron up />
        </button>
      </header>
      <p className="crisis-message">{resources?.message ?? t(FALLBACK_CRISIS.message)}</p>
      <p className="crisis-question">{resources?.safetyQuestion ?? t(FALLBACK_CRISIS.question)}</p>
      <div className="crisis-grid">
        <div className="crisis-lines">
          <div className="crisis-lines-head">
            <h3>{t('crisis.callNow')}</h3>
            {regions && current && (
              <RegionSelect
                regions={regions}
                value={current.id}
                onChange={onRegion}
                label={t('crisis.regionLabel')}
              />
            )}
          </div>
          <HotlineList region={current} compact />
        </div>
        <details className="crisis-steps">
          <summary>{grounding.title}</summary>
          <ol>
            {grounding.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </details>
        <details className="crisis-steps">
          <summary>{plan.title}</summary>
          <ol>
            {plan.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </details>
      </div>
    </section>
  );
}
