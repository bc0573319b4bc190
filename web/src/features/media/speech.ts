/**
 * Speaking replies aloud, one at a time: the browser's own voices where it has one for the
 * language, otherwise the server's espeak-ng (POST /api/speech). Streamed Omni speech registers here
 * too, so one Stop control covers every source.
 */
import { useSyncExternalStore } from 'react';
import { ApiRequestError } from '../../api/client.ts';
import type { Bilingual, Locale } from '../../api/types.ts';
import { mediaPrefs } from './prefs.ts';

export type SpeechSource = 'browser' | 'server' | 'stream';

export interface SpeechState {
  /** The message being read, or null. */
  id: string | null;
  source: SpeechSource | null;
  loading: boolean;
  /** The last failure, for the message it concerned. */
  error: { id: string; message: Bilingual } | null;
}

const IDLE: SpeechState = { id: null, source: null, loading: false, error: null };
let state: SpeechState = IDLE;
let stopCurrent: (() => void) | null = null;
let token = 0;
const listeners = new Set<() => void>();

function set(next: SpeechState): void {
  state = next;
  for (const l of listeners) l();
}

export function speechState(): SpeechState {
  return state;
}

export function useSpeech(): SpeechState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}

/** Calls `listener` once nothing is being spoken (at once if nothing is). */
export function whenQuiet(listener: () => void): () => void {
  if (state.id === null && !state.loading) {
    listener();
    return () => undefined;
  }
  const check = () => {
    if (state.id === null && !state.loading) {
      listeners.delete(check);
      listener();
    }
  };
  listeners.add(check);
  return () => listeners.delete(check);
}

export function stopSpeaking(): void {
  token++;
  const stop = stopCurrent;
  stopCurrent = null;
  stop?.();
  if (state.id !== null || state.loading) set({ ...IDLE, error: state.error });
}

/** Streamed speech (Omni audio) for a reply: shown as speaking until `done` is called. */
export function registerStreamSpeech(
  id: string,
  stop: () => void,
): { rename: (id: string) => void; done: () => void } {
  if (state.source !== 'stream' || state.id !== id) {
    stopSpeaking();
    stopCurrent = stop;
    set({ id, source: 'stream', loading: false, error: null });
  }
  const mine = token;
  return {
    rename: (next) => {
      if (mine === token && state.id !== next) set({ ...state, id: next });
    },
    done: () => {
      if (mine !== token) return;
      stopCurrent = null;
      set(IDLE);
    },
  };
}

/** Text as it should be heard: no Markdown marks, links read by their words, no bare URLs. */
export function speakableText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_~`|]+/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

const langOf = (locale: Locale) => (locale === 'zh-CN' ? /^(zh|cmn)([-_](CN|Hans|SG))?/i : /^en/i);

/** The browser's voices for a language (empty where it has none, as in headless Chromium). */
export function browserVoices(locale: Locale): SpeechSynthesisVoice[] {
  if (typeof speechSynthesis === 'undefined') return [];
  return speechSynthesis.getVoices().filter((v) => langOf(locale).test(v.lang));
}

/** Which engine and voice a reply would be read with now. */
export function pickVoice(
  locale: Locale,
): { source: 'browser'; voice: SpeechSynthesisVoice } | { source: 'server'; voice?: string } {
  const choice = mediaPrefs().voice[locale];
  const voices = browserVoices(locale);
  if (choice.startsWith('server:')) return { source: 'server', voice: choice.slice(7) };
  if (choice.startsWith('browser:')) {
    const v = voices.find((x) => x.voiceURI === choice.slice(8));
    if (v) return { source: 'browser', voice: v };
  }
  const local = voices.find((v) => v.localService) ?? voices[0];
  return local ? { source: 'browser', voice: local } : { source: 'server' };
}

/** Sentences of at most ~200 characters: long utterances get cut off in some browsers. */
function chunks(text: string): string[] {
  const parts = text.match(/[^。！？!?；;\n.]+[。！？!?；;\n.]*/g) ?? [text];
  const out: string[] = [];
  for (const p of parts) {
    const s = p.trim();
    if (!s) continue;
    const last = out[out.length - 1];
    if (last !== undefined && last.length + s.length < 200) out[out.length - 1] = `${last} ${s}`;
    else out.push(s);
  }
  return out;
}

const SPEECH_FAILED: Bilingual = {
  en: 'The reply could not be read aloud.',
  'zh-CN': '无法朗读这条回复。',
};

/** Reads `markdown` aloud as message `id`; stops whatever was playing. */
export async function speak(id: string, markdown: string, locale: Locale): Promise<void> {
  stopSpeaking();
  const text = speakableText(markdown);
  if (!text) return;
  const mine = ++token;
  const pick = pickVoice(locale);
  if (pick.source === 'browser') {
    const queue = chunks(text);
    stopCurrent = () => speechSynthesis.cancel();
    set({ id, source: 'browser', loading: false, error: null });
    queue.forEach((part, i) => {
      const u = new SpeechSynthesisUtterance(part);
      u.lang = locale;
      u.voice = pick.voice;
      u.rate = 0.95;
      if (i === queue.length - 1) u.onend = () => mine === token && finish();
      u.onerror = (e) => {
        if (mine === token && e.error !== 'interrupted' && e.error !== 'canceled') fail(id);
      };
      speechSynthesis.speak(u);
    });
    return;
  }
  const abort = new AbortController();
  const audio = new Audio();
  let url = '';
  stopCurrent = () => {
    abort.abort();
    audio.pause();
    if (url) URL.revokeObjectURL(url);
  };
  set({ id, source: 'server', loading: true, error: null });
  try {
    const res = await fetch('/api/speech', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        text: [...text].slice(0, 4000).join(''),
        locale,
        ...(pick.voice ? { voice: pick.voice } : {}),
      }),
      signal: abort.signal,
    });
    if (!res.ok) {
      const body = (await res.json().catch(() => ({}))) as {
        error?: { message?: string; message_zh?: string };
      };
      throw new ApiRequestError(
        res.status,
        'TTS',
        body.error?.message ?? SPEECH_FAILED.en,
        body.error?.message_zh,
      );
    }
    const blob = await res.blob();
    if (mine !== token) return;
    url = URL.createObjectURL(blob);
    audio.src = url;
    audio.onended = () => {
      URL.revokeObjectURL(url);
      if (mine === token) finish();
    };
    set({ id, source: 'server', loading: false, error: null });
    await audio.play();
  } catch (err) {
    if (mine !== token || abort.signal.aborted) return;
    fail(
      id,
      err instanceof ApiRequestError ? { en: err.message, 'zh-CN': err.localized('zh-CN') } : SPEECH_FAILED,
    );
  }
}

function finish(): void {
  stopCurrent = null;
  set(IDLE);
}

function fail(id: string, message: Bilingual = SPEECH_FAILED): void {
  stopCurrent = null;
  set({ ...IDLE, error: { id, message } });
}
