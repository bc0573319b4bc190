import type { Locale } from '../../../core/types.ts';
import { en } from './en.ts';
import type { LocaleContent } from './types.ts';
import { zhCN } from './zh-CN.ts';

export type * from './types.ts';
export { SKILL_IDS, TOPIC_IDS } from './types.ts';
export { DEFAULT_SKILLS, SKILL_CATALOGUE, SKILLS_FOR_TOPIC } from './skills.ts';

export const CONTENT: Record<Locale, LocaleContent> = { 'zh-CN': zhCN, en };

export function contentFor(locale: Locale): LocaleContent {
  return CONTENT[locale];
}
