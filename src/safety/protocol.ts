/**
 * The crisis protocol's fixed texts: the crisis message (with hotlines as Markdown), the check-in,
 * refusals, engine guidance, and the crisis-resources payload the UI pins. Texts live in
 * data/crisis-protocol.json; hotline numbers come only from data/hotlines.json.
 */
import type { Locale } from '../core/types.ts';
import protocolData from './data/crisis-protocol.json' with { type: 'json' };
import { defaultRegionFor, hotlinesFor, type HotlineRegion } from './hotlines.ts';

type ProtocolTexts = (typeof protocolData.texts)['en'];
export type GuardCategory = keyof (typeof protocolData.guard)['en'];

export const PROTOCOL_VERSION = protocolData.version;

export function protocolTexts(locale: Locale): ProtocolTexts {
  return protocolData.texts[locale];
}

export const ENGINE_GUIDANCE = protocolData.guidance;

export function guardReplacement(locale: Locale, category: GuardCategory): string {
  return protocolData.guard[locale][category];
}

/** The crisis-resources payload (GET /api/crisis-resources and the `crisis` field of the risk event). */
export interface CrisisResources {
  locale: Locale;
  message: string;
  safetyQuestion: string;
  grounding: { title: string; steps: string[] };
  safetyPlan: { title: string; steps: string[] };
  regions: HotlineRegion[];
}

export function crisisResources(locale: Locale, region?: string): CrisisResources {
  const t = protocolTexts(locale);
  return {
    locale,
    message: t.message,
    safetyQuestion: t.safetyQuestion,
    grounding: { title: t.groundingTitle, steps: [...t.grounding] },
    safetyPlan: { title: t.safetyPlanTitle, steps: [...t.safetyPlan] },
    regions: hotlinesFor((region ?? defaultRegionFor(locale)).toUpperCase()),
  };
}

/** Regions listed in the crisis message for a locale: the home region in full, then neighbours. */
const PREFACE_REGIONS: Record<Locale, { full: string[]; brief: string[] }> = {
  'zh-CN': { full: ['CN'], brief: ['HK', 'TW'] },
  en: { full: ['US', 'GB'], brief: ['INTL'] },
};

function regionById(id: string): HotlineRegion | undefined {
  return hotlinesFor(id).find((r) => r.id === id);
}

function lineMarkdown(locale: Locale, region: HotlineRegion, line: HotlineRegion['lines'][number]): string {
  const number = line.url ? `[${line.number}](${line.url})` : `**${line.number}**`;
  const detail =
    locale === 'zh-CN'
      ? `（${region.name[locale]}，${line.hours[locale]}）`
      : ` (${region.name.en}, ${line.hours.en})`;
  return `- ${number} — ${line.name[locale]}${detail}`;
}

/** Hotlines for the crisis message, as a Markdown list. */
export function hotlinesMarkdown(locale: Locale): string {
  const plan = PREFACE_REGIONS[locale];
  const lines: string[] = [];
  for (const id of plan.full) {
    const region = regionById(id);
    if (region) for (const line of region.lines) lines.push(lineMarkdown(locale, region, line));
  }
  for (const id of plan.brief) {
    const region = regionById(id);
    const first = region?.lines[0];
    if (region && first) lines.push(lineMarkdown(locale, region, first));
  }
  return lines.join('\n');
}

function emergencyFor(locale: Locale): string {
  return locale === 'zh-CN' ? (regionById('CN')?.emergency ?? '120') : '911 / 999 / 112';
}

function primaryLine(locale: Locale): string {
  const region = regionById(locale === 'zh-CN' ? 'CN' : 'US');
  return region?.lines[0]?.number ?? '';
}

/** The fixed, warm crisis message that opens the reply on high/imminent risk (Markdown). */
export function crisisPreface(locale: Locale): string {
  const t = protocolTexts(locale);
  return (
    [
      t.message,
      t.safetyQuestion,
      `**${t.hotlinesIntro}**\n${hotlinesMarkdown(locale)}`,
      t.emergencyLine.replace('{emergency}', emergencyFor(locale)),
      t.stayLine,
    ].join('\n\n') + '\n\n'
  );
}

/** Shorter reminder when the crisis message was shown in the last few replies. */
export function crisisReminder(locale: Locale): string {
  const t = protocolTexts(locale);
  return (
    t.reminder.replace('{primary}', primaryLine(locale)).replace('{emergency}', emergencyFor(locale)) + '\n\n'
  );
}

export function checkInPreface(locale: Locale): string {
  return protocolTexts(locale).checkIn + '\n\n';
}
