import { useCallback, useEffect, useState } from 'react';
import type { Locale } from '../api/types.ts';

/** Preferences kept in this browser only (localStorage); nothing is sent to the server. */
const KEYS = {
  locale: 'carellm.locale',
  theme: 'carellm.theme',
  crisisMinimised: (sessionId: string) => `carellm.crisis.minimised.${sessionId}`,
  region: 'carellm.region',
} as const;

export type ThemeChoice = 'system' | 'light' | 'dark';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private mode or storage full: the preference just won't persist.
  }
}

export function storedLocale(): Locale | null {
  const v = read(KEYS.locale);
  return v === 'zh-CN' || v === 'en' ? v : null;
}
export const storeLocale = (locale: Locale) => write(KEYS.locale, locale);

export function storedTheme(): ThemeChoice {
  const v = read(KEYS.theme);
  return v === 'light' || v === 'dark' ? v : 'system';
}
export const storeTheme = (theme: ThemeChoice) => write(KEYS.theme, theme === 'system' ? null : theme);

export const storedRegion = (): string | null => read(KEYS.region);
export const storeRegion = (region: string) => write(KEYS.region, region);

export const isCrisisMinimised = (sessionId: string) => read(KEYS.crisisMinimised(sessionId)) === '1';
export const storeCrisisMinimised = (sessionId: string, minimised: boolean) =>
  write(KEYS.crisisMinimised(sessionId), minimised ? '1' : null);

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

/** The theme in effect: an explicit choice, or the system's. Sets `data-theme` on <html>. */
export function useTheme(): {
  choice: ThemeChoice;
  effective: 'light' | 'dark';
  setChoice: (t: ThemeChoice) => void;
} {
  const [choice, setChoiceState] = useState<ThemeChoice>(storedTheme);
  const [systemDark, setSystemDark] = useState(() => darkQuery().matches);

  useEffect(() => {
    const q = darkQuery();
    const onChange = () => setSystemDark(q.matches);
    q.addEventListener('change', onChange);
    return () => q.removeEventListener('change', onChange);
  }, []);

  const effective = choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
  useEffect(() => {
    document.documentElement.dataset.theme = effective;
    document.documentElement.style.colorScheme = effective;
  }, [effective]);

  const setChoice = useCallback((t: ThemeChoice) => {
    storeTheme(t);
    setChoiceState(t);
  }, []);
  return { choice, effective, setChoice };
}
