/**
 * Local text-to-speech fallback with espeak-ng (Debian package), for back ends without speech
 * output. Robotic but offline and instant, in Mandarin (`cmn`) and English. The text goes in on
 * stdin, so it never becomes a command-line argument.
 */
import type { Locale } from '../core/types.ts';
import { parseWav, encodeWav } from './audio.ts';
import { MediaError } from './errors.ts';
import { runTool, ToolError, type RunOptions } from './process.ts';

export interface TtsVoice {
  id: string;
  locale: Locale;
  label: Record<Locale, string>;
}

/** Voices offered in the UI. Ids are espeak-ng voice names plus a variant (`+f3` = female 3). */
export const TTS_VOICES: readonly TtsVoice[] = [
  { id: 'cmn', locale: 'zh-CN', label: { 'zh-CN': '普通话（男声）', en: 'Mandarin (male)' } },
  { id: 'cmn+f3', locale: 'zh-CN', label: { 'zh-CN': '普通话（女声）', en: 'Mandarin (female)' } },
  { id: 'en-us', locale: 'en', label: { 'zh-CN': '美式英语（男声）', en: 'English, US (male)' } },
  { id: 'en-us+f3', locale: 'en', label: { 'zh-CN': '美式英语（女声）', en: 'English, US (female)' } },
  { id: 'en-gb', locale: 'en', label: { 'zh-CN': '英式英语（男声）', en: 'English, UK (male)' } },
  { id: 'en-gb+f3', locale: 'en', label: { 'zh-CN': '英式英语（女声）', en: 'English, UK (female)' } },
];

export const DEFAULT_TTS_VOICE: Record<Locale, string> = { 'zh-CN': 'cmn+f3', en: 'en-us+f3' };

export interface SpeechRequest {
  text: string;
  locale: Locale;
  /** One of TTS_VOICES' ids; defaults to the locale's voice. Unknown ids are refused. */
  voice?: string;
  /** Words per minute, 80–300 (espeak-ng default 175; we default a calmer 150). */
  rate?: number;
  maxChars?: number;
}

export interface SpeechAudio {
  /** 16-bit mono WAV with correct header sizes. */
  wav: Buffer;
  mimeType: 'audio/wav';
  sampleRate: number;
  durationSec: number;
  voice: string;
}

/** Strips what espeak-ng would read out literally (markdown marks, URLs) and control characters. */
export function speakableText(text: string): string {
  return (
    text
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/[*_`#>|~]+/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export function voicesFor(locale: Locale): TtsVoice[] {
  return TTS_VOICES.filter((v) => v.locale === locale);
}

export async function synthesizeSpeech(req: SpeechRequest, run: RunOptions = {}): Promise<SpeechAudio> {
  const voice = req.voice ?? DEFAULT_TTS_VOICE[req.locale];
  if (!TTS_VOICES.some((v) => v.id === voice)) throw new MediaError('TTS_VOICE_UNKNOWN', { voice });
  const text = speakableText(req.text).slice(0, req.maxChars ?? 4000);
  if (!text) throw new MediaError('MEDIA_EMPTY');
  const rate = Math.round(Math.max(80, Math.min(300, req.rate ?? 150)));
  let stdout: Buffer;
  try {
    ({ stdout } = await runTool('espeak-ng', ['-v', voice, '-s', String(rate), '--stdin', '--stdout'], {
      ...run,
      stdin: text,
      maxStdoutBytes: 64 * 1024 * 1024,
    }));
  } catch (err) {
    if (err instanceof ToolError && err.reason === 'missing') throw new MediaError('TTS_UNAVAILABLE');
    throw err;
  }
  // espeak-ng writes placeholder sizes when streaming; re-encode for a header every player accepts.
  const pcm = parseWav(stdout);
  return {
    wav: encodeWav(pcm.samples, pcm.sampleRate),
    mimeType: 'audio/wav',
    sampleRate: pcm.sampleRate,
    durationSec: pcm.samples.length / pcm.sampleRate,
    voice,
  };
}
