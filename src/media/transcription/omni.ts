/**
 * Transcription through the configured OpenAI-compatible back end: either a chat completion with
 * the audio as a content part and a "transcribe verbatim" instruction (Qwen2.5-Omni on vLLM,
 * DashScope, llama.cpp), or `POST /v1/audio/transcriptions` where the server offers it (Whisper
 * models on vLLM, OpenAI, many gateways). The audio part uses the exact shape of the profile.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { getProfile, mediaPart, type ProfileName } from '../../engines/openai/profiles.ts';
import { MediaError } from '../errors.ts';
import type { TranscribeOptions, Transcript } from './types.ts';

export type TranscriptionEndpoint = 'chat' | 'transcriptions';

export interface OmniTranscriptionConfig {
  /** Base URL ending in `/v1`. */
  baseUrl: string;
  apiKey?: string;
  model: string;
  profile: ProfileName;
  /** `chat` (default): a chat completion with an audio part. `transcriptions`: /v1/audio/transcriptions. */
  endpoint?: TranscriptionEndpoint;
  timeoutMs?: number;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

export const TRANSCRIBE_SYSTEM_PROMPT =
  'You are a speech-to-text engine. Transcribe the audio verbatim in the language that is spoken ' +
  '(Chinese in simplified characters). Output only the transcript: no translation, no commentary, ' +
  'no quotation marks, no speaker labels. If there is no speech, output nothing.';

const USER_INSTRUCTION: Record<string, string> = {
  'zh-CN': '请逐字转写这段录音。',
  en: 'Transcribe this recording verbatim.',
};

/** Whether this profile can carry audio into a chat completion. */
export function profileAcceptsAudio(profile: ProfileName): boolean {
  const p = getProfile(profile);
  return p.input.includes('audio') && Boolean(p.parts.audio);
}

/** The chat-completion request body that asks for a verbatim transcript of a WAV. */
export function buildTranscriptionRequest(
  config: Pick<OmniTranscriptionConfig, 'model' | 'profile'>,
  wavBase64: string,
  locale?: string,
): Record<string, unknown> {
  const profile = getProfile(config.profile);
  const shape = profile.parts.audio;
  if (!shape) throw new MediaError('TRANSCRIPTION_UNAVAILABLE', { reason: 'profile-has-no-audio-input' });
  return {
    model: config.model,
    messages: [
      { role: 'system', content: TRANSCRIBE_SYSTEM_PROMPT },
      {
        role: 'user',
        content: [
          mediaPart(shape, 'audio/wav', wavBase64),
          { type: 'text', text: USER_INSTRUCTION[locale ?? 'en'] ?? USER_INSTRUCTION.en },
        ],
      },
    ],
    temperature: 0,
    max_tokens: 1024,
    stream: profile.streamingOnly,
    ...(profile.streamingOnly && profile.streamUsage ? { stream_options: { include_usage: true } } : {}),
    ...(profile.textRequest?.() ?? {}),
  };
}

/** Trims what chatty models add around a transcript: quotes, "Transcript:" labels. */
export function cleanTranscript(text: string): string {
  let t = text.trim();
  t = t.replace(/^(transcript(ion)?|转写(结果)?|转录)\s*[:：]\s*/i, '');
  const pairs: [string, string][] = [
    ['"', '"'],
    ['“', '”'],
    ['「', '」'],
    ["'", "'"],
  ];
  for (const [a, b] of pairs) {
    if (t.length >= 2 && t.startsWith(a) && t.endsWith(b)) t = t.slice(a.length, -b.length).trim();
  }
  return t;
}

function failed(reason: string, status?: number): MediaError {
  return new MediaError('TRANSCRIPTION_FAILED', status !== undefined ? { reason, status } : { reason });
}

async function post(
  config: OmniTranscriptionConfig,
  url: string,
  init: RequestInit,
  signal?: AbortSignal,
): Promise<Response> {
  const doFetch = config.fetch ?? fetch;
  const timeout = AbortSignal.timeout(config.timeoutMs ?? 60_000);
  const headers = new Headers(init.headers);
  if (config.apiKey) headers.set('authorization', `Bearer ${config.apiKey}`);
  let res: Response;
  try {
    res = await doFetch(url, {
      ...init,
      headers,
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (err) {
    const name = (err as Error).name;
    throw failed(name === 'TimeoutError' ? 'timeout' : name === 'AbortError' ? 'aborted' : 'unreachable');
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw failed(res.status === 401 || res.status === 403 ? 'auth' : 'http', res.status);
  }
  return res;
}

/** Reads the text of a non-streamed or SSE-streamed chat completion. */
async function readChatText(res: Response): Promise<string> {
  const type = res.headers.get('content-type') ?? '';
  const body = await res.text();
  if (type.includes('text/event-stream') || body.startsWith('data:')) {
    let text = '';
    for (const line of body.split(/\r?\n/)) {
      if (!line.startsWith('data:')) continue;
      const data = line.slice(5).trim();
      if (data === '[DONE]' || data === '') continue;
      try {
        const chunk = JSON.parse(data) as { choices?: { delta?: { content?: unknown } }[] };
        const piece = chunk.choices?.[0]?.delta?.content;
        if (typeof piece === 'string') text += piece;
      } catch {
        throw failed('bad-stream');
      }
    }
    return text;
  }
  try {
    const json = JSON.parse(body) as { choices?: { message?: { content?: unknown } }[] };
    const content = json.choices?.[0]?.message?.content;
    if (typeof content === 'string') return content;
    if (Array.isArray(content)) {
      return content
        .map((p) => (p && typeof p === 'object' && 'text' in p ? String((p as { text: unknown }).text) : ''))
        .join('');
    }
    return '';
  } catch {
    throw failed('bad-response');
  }
}

/**
 * Transcribes a 16 kHz WAV with the configured back end. Throws MediaError TRANSCRIPTION_FAILED
 * (unreachable, timeout, HTTP error, unreadable answer) or TRANSCRIPTION_UNAVAILABLE (the profile
 * takes no audio).
 */
export async function transcribeWithOmni(
  config: OmniTranscriptionConfig,
  wavPath: string,
  options: TranscribeOptions = {},
): Promise<Transcript> {
  const started = Date.now();
  const wav = await fs.readFile(wavPath);
  const base = config.baseUrl.replace(/\/+$/, '');
  const endpoint = config.endpoint ?? 'chat';
  let text: string;
  if (endpoint === 'transcriptions') {
    const form = new FormData();
    form.set('file', new Blob([wav], { type: 'audio/wav' }), path.basename(wavPath));
    form.set('model', config.model);
    form.set('response_format', 'json');
    form.set('temperature', '0');
    if (options.locale) form.set('language', options.locale === 'zh-CN' ? 'zh' : 'en');
    const res = await post(
      config,
      `${base}/audio/transcriptions`,
      { method: 'POST', body: form },
      options.signal,
    );
    try {
      const json = (await res.json()) as { text?: unknown };
      text = typeof json.text === 'string' ? json.text : '';
    } catch {
      throw failed('bad-response');
    }
  } else {
    if (!profileAcceptsAudio(config.profile)) {
      throw new MediaError('TRANSCRIPTION_UNAVAILABLE', { reason: 'profile-has-no-audio-input' });
    }
    const body = buildTranscriptionRequest(config, wav.toString('base64'), options.locale);
    const res = await post(
      config,
      `${base}/chat/completions`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
      options.signal,
    );
    text = await readChatText(res);
  }
  return {
    text: cleanTranscript(text),
    provider: `omni:${config.profile}:${endpoint}`,
    durationMs: Date.now() - started,
  };
}
