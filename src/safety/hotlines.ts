import hotlineData from './data/hotlines.json' with { type: 'json' };
import type { Locale } from '../core/types.ts';

export interface Hotline {
  number: string;
  url?: string;
  name: Record<Locale, string>;
  hours: Record<Locale, string>;
  source: string;
  verified: string;
}

export interface HotlineRegion {
  id: string;
  name: Record<Locale, string>;
  emergency: string;
  lines: Hotline[];
}

export const HOTLINES: { version: string; regions: HotlineRegion[] } = hotlineData;

/** Default region per UI locale: zh-CN → mainland China, en → the international directory. */
export function defaultRegionFor(locale: Locale): string {
  return locale === 'zh-CN' ? 'CN' : 'INTL';
}

/** Regions ordered with the preferred one first. */
export function hotlinesFor(regionId?: string): HotlineRegion[] {
  const all = HOTLINES.regions;
  const first = all.find((r) => r.id === regionId);
  return first ? [first, ...all.filter((r) => r !== first)] : all;
}
