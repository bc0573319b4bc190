/** Voice and speech preferences, kept in this browser only (localStorage), shared by the views. */
import { useSyncExternalStore } from 'react';
import type { Locale } from '../../api/types.ts';

export interface MediaPrefs {
  /** Read each new reply aloud when it is complete. */
  autoPlay: boolean;
  /** Per language: 'auto', 'browser:<voiceURI>' or 'server:<espeak-ng voice id>'. */
  voice: Record<Locale, string>;
  /** Hands-free mode: quiet after speech that ends the turn. */
  silenceMs: number;
}

export const SILENCE_CHOICES = [800, 1200, 2000, 3000] as const;

const KEY = 'carellm.media';
const DEFAULTS: MediaPrefs = { autoPlay: false, voice: { 'zh-CN': 'auto', en: 'auto' }, silenceMs: 1200 };

function load(): MediaPrefs {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<MediaPrefs>;
    return {
      autoPlay: raw.autoPlay === true,
      voice: {
        'zh-CN': typeof raw.voice?.['zh-CN'] === 'string' ? raw.voice['zh-CN'] : 'auto',
        en: typeof raw.voice?.en === 'string' ? raw.voice.en : 'auto',
      },
      silenceMs:
        typeof raw.silenceMs === 'number' && raw.silenceMs >= 300 && raw.silenceMs <= 10_000
          ? raw.silenceMs
          : DEFAULTS.silenceMs,
    };
  } catch {
    return DEFAULTS;
  }
}

let current: MediaPrefs | null = null;
const listeners = new Set<() => void>();

export function mediaPrefs(): MediaPrefs {
  current ??= load();
  return current;
}

export function setMediaPrefs(patch: Partial<MediaPrefs>): void {
  current = { ...mediaPrefs(), ...patch };
  try {
    localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useMediaPrefs(): MediaPrefs {
  return useSyncExternalStore(subscribe, mediaPrefs);
}
