/**
 * The OpenAI-compatible engine core: one streamed chat completion per turn through the official
 * `openai` client, with separate connect / first-token / idle timeouts, jittered retries only before
 * the first token, a circuit breaker, the redaction slot and audio output parts. Everything that
 * differs between servers comes from the profile.
 */
import OpenAI, { APIConnectionError, APIError } from 'openai';
import type { Locale } from '../../core/types.ts';
import { COUNSELLOR_PROMPT_VERSION } from '../prompts/index.ts';
import type {
  Engine,
  EngineInfo,
  EngineRequest,
  EngineStreamPart,
  FinishReason,
  RedactorFactory,
  TextRedactor,
} from '../types.ts';
import { estimateTokens } from './budget.ts';
import { ConnectTimeoutError, createHttpFetch } from './http-fetch.ts';
import { ENGINE_LABEL, errorMessage, type EngineErrorCode } from './messages.ts';
import { buildPrompt, PromptError, type ChatMessage } from './prompt.ts';
import { getProfile, type Profile, type ProfileName } from './profiles.ts';
import { IDENTITY_REDACTOR, redactionEnabled, StreamRestorer } from './redaction.ts';
import {
  CircuitBreaker,
  parseRetryAfter,
  retryDelayMs,
  sleep as defaultSleep,
  type BackoffOptions,
} from './resilience.ts';
import { HttpStatusError, StreamEventError, streamChatCompletion } from './sse-client.ts';
import { localSummary, summaryRequestMessages } from './summary.ts';

export const AUDIO_SAMPLE_RATE = 24_000;

export interface OpenAIEngineOptions {
  baseUrl: string;
  model: string;
  apiKey?: string;
  profile: ProfileName;
  contextWindow: number;
  maxOutputTokens: number;
  connectTimeoutMs: number;
  firstTokenTimeoutMs: number;
  idleTimeoutMs: number;
  maxRetries: number;
  redact: 'auto' | 'on' | 'off';
  redactor?: RedactorFactory;
  /** Who condenses older turns: the model (one non-streamed request) or a local extractive summary. */
  summaryMode?: 'model' | 'local';
  /** Speech voice; the profile's default when unset. */
  voice?: string;
  retry?: Partial<BackoffOptions>;
  breaker?: { failureThreshold?: number; cooldownMs?: number };
  /** Test seams. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

interface Failure {
  code: EngineErrorCode;
  detail?: string;
  retryable: boolean;
  retryAfterMs: number | null;
}

type AttemptResult =
  { kind: 'ok' } | { kind: 'aborted' } | { kind: 'failed'; started: boolean; failure: Failure };

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ECONNRESET',
  'EPIPE',
]);

function errorChain(err: unknown): unknown[] {
  const chain: unknown[] = [];
  let cur: unknown = err;
  while (cur && chain.length < 6) {
    chain.push(cur);
    cur = (cur as { cause?: unknown }).cause;
  }
  return chain;
}

/** Maps anything the client or the stream threw to a stable code. Never copies headers or keys. */
export function classifyError(err: unknown, started: boolean): Failure {
  const httpStatus =
    err instanceof HttpStatusError
      ? { status: err.status, headers: err.headers }
      : err instanceof APIError && !(err instanceof APIConnectionError) && typeof err.status === 'number'
        ? { status: err.status, headers: err.headers }
        : null;
  if (httpStatus) {
    const { status } = httpStatus;
    const retryAfter = () => parseRetryAfter(httpStatus.headers?.get('retry-after'));
    const detail = `HTTP ${status}`;
    if (status === 429)
      return { code: 'LLM_RATE_LIMITED', detail, retryable: true, retryAfterMs: retryAfter() };
    if (status === 401 || status === 403)
      return { code: 'LLM_AUTH', detail, retryable: false, retryAfterMs: null };
    if (status >= 500 || status === 408 || status === 409) {
      return { code: 'LLM_SERVER_ERROR', detail, retryable: true, retryAfterMs: retryAfter() };
    }
    return { code: 'LLM_BAD_REQUEST', detail, retryable: false, retryAfterMs: null };
  }
  if (err instanceof StreamEventError || (err instanceof APIError && !(err instanceof APIConnectionError))) {
    // An `error` object inside the event stream.
    return {
      code: started ? 'LLM_STREAM_BROKEN' : 'LLM_SERVER_ERROR',
      detail: 'error event in stream',
      retryable: !started,
      retryAfterMs: null,
    };
  }
  const chain = errorChain(err);
  if (chain.some((e) => e instanceof SyntaxError))
    return { code: 'LLM_BAD_STREAM', retryable: !started, retryAfterMs: null };
  if (chain.some((e) => e instanceof ConnectTimeoutError))
    return { code: 'LLM_CONNECT_TIMEOUT', retryable: true, retryAfterMs: null };
  const netCode = chain
    .map((e) => (e as { code?: unknown }).code)
    .find((c) => typeof c === 'string' && NETWORK_CODES.has(c)) as string | undefined;
  if (!started && netCode && netCode !== 'ECONNRESET' && netCode !== 'EPIPE') {
    return { code: 'LLM_UNREACHABLE', detail: netCode, retryable: true, retryAfterMs: null };
  }
  return { code: 'LLM_STREAM_BROKEN', detail: netCode, retryable: !started, retryAfterMs: null };
}

function mapFinishReason(reason: string | null | undefined): FinishReason | null {
  if (!reason) return null;
  if (reason === 'length') return 'length';
  if (reason === 'content_filter') return 'content-filter';
  return 'stop';
}

/** Fields of a streamed chunk this engine reads. */
interface StreamChunk {
  choices?: Array<{ delta?: StreamDelta; finish_reason?: string | null }>;
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
}

/** Fields of a streamed delta this engine reads (audio is not in the SDK's text-only types). */
interface StreamDelta {
  content?: string | null;
  audio?: { data?: string; transcript?: string } | null;
}

export class OpenAICompatibleEngine implements Engine {
  readonly profile: Profile;
  readonly client: OpenAI;
  readonly breaker: CircuitBreaker;
  private readonly redactOn: boolean;
  private readonly backoff: BackoffOptions;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly fetchImpl: typeof fetch;
  private readonly chatUrl: string;
  private readonly authHeaders: Record<string, string>;

  constructor(readonly options: OpenAIEngineOptions) {
    this.profile = getProfile(options.profile);
    this.fetchImpl = createHttpFetch({ connectTimeoutMs: options.connectTimeoutMs });
    this.chatUrl = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
    this.authHeaders = options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {};
    this.client = new OpenAI({
      baseURL: options.baseUrl,
      apiKey: options.apiKey || 'not-needed',
      // No key configured: send no Authorization header at all rather than a dummy one.
      defaultHeaders: options.apiKey ? {} : { authorization: null },
      maxRetries: 0,
      timeout: options.connectTimeoutMs + options.firstTokenTimeoutMs,
      fetch: this.fetchImpl,
      logLevel: 'off',
    });
    this.breaker = new CircuitBreaker({
      failureThreshold: options.breaker?.failureThreshold ?? 5,
      cooldownMs: options.breaker?.cooldownMs ?? 30_000,
      now: options.now,
    });
    this.redactOn = redactionEnabled(options.redact, options.baseUrl);
    this.backoff = {
      baseMs: options.retry?.baseMs ?? 400,
      maxMs: options.retry?.maxMs ?? 4000,
      maxRetryAfterMs: options.retry?.maxRetryAfterMs ?? 10_000,
      random: options.random,
    };
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** True when personal data is rewritten before text leaves the machine. */
  get redacting(): boolean {
    return this.redactOn && this.options.redactor !== undefined;
  }

  info(): EngineInfo {
    return {
      id: 'openai',
      label: ENGINE_LABEL,
      kind: 'openai-compatible',
      model: this.options.model,
      profile: this.profile.name,
      capabilities: { input: [...this.profile.input], audioOutput: this.profile.audioOutput, offline: false },
    };
  }

  private error(code: EngineErrorCode, locale: Locale, detail?: string, retryable = false): EngineStreamPart {
    return { type: 'error', error: { code, message: errorMessage(code, locale, detail), retryable } };
  }

  async *doStream(request: EngineRequest): AsyncGenerator<EngineStreamPart> {
    const locale = request.locale;
    if (!this.options.baseUrl || !this.options.model) {
      yield this.error('LLM_NOT_CONFIGURED', locale);
      return;
    }
    if (!this.breaker.tryAcquire()) {
      const seconds = Math.ceil(this.breaker.retryInMs / 1000);
      yield this.error(
        'LLM_CIRCUIT_OPEN',
        locale,
        locale === 'en' ? `next try in ${seconds} s` : `${seconds} 秒后重试`,
        true,
      );
      return;
    }
    let outcome: 'success' | 'failure' | 'neutral' = 'neutral';
    try {
      const redactor: TextRedactor = this.redacting ? this.options.redactor!() : IDENTITY_REDACTOR;
      const audio = Boolean(request.wantAudio) && this.profile.audioOutput;
      let prompt;
      try {
        prompt = await buildPrompt({
          request,
          profile: this.profile,
          audio,
          contextWindow: this.options.contextWindow,
          maxOutputTokens: this.options.maxOutputTokens,
          redactor,
          condense: (previous, turns, maxTokens) =>
            this.condense(previous, turns, maxTokens, locale, redactor, request.signal),
        });
      } catch (err) {
        if (err instanceof PromptError) {
          yield this.error(err.code, locale, err.detail);
          return;
        }
        throw err;
      }
      if (request.signal.aborted) return;
      yield {
        type: 'metadata',
        data: {
          openai: {
            profile: this.profile.name,
            model: this.options.model,
            promptVersion: COUNSELLOR_PROMPT_VERSION,
            redacted: this.redacting,
            ...(prompt.summary ? { summary: prompt.summary } : {}),
          },
        },
      };

      const body = this.chatBody(prompt.messages, audio);
      for (let attempt = 0; ; attempt++) {
        const result: AttemptResult = yield* this.attempt(body, request, redactor);
        if (result.kind === 'ok') {
          outcome = 'success';
          return;
        }
        if (result.kind === 'aborted') return;
        const { failure, started } = result;
        const delay = retryDelayMs(attempt, failure.retryAfterMs, this.backoff);
        if (started || !failure.retryable || attempt >= this.options.maxRetries || delay === null) {
          outcome = failure.code === 'LLM_BAD_REQUEST' || failure.code === 'LLM_AUTH' ? 'neutral' : 'failure';
          yield this.error(failure.code, locale, failure.detail, !started && failure.retryable);
          return;
        }
        await this.sleep(delay, request.signal);
        if (request.signal.aborted) return;
      }
    } finally {
      if (outcome === 'success') this.breaker.onSuccess();
      else if (outcome === 'failure') this.breaker.onFailure();
      else this.breaker.onNeutral();
    }
  }

  /** The request body for the profile; exported through `requestBody` for doctor and tests. */
  chatBody(messages: ChatMessage[], audio: boolean): Record<string, unknown> {
    const p = this.profile;
    return {
      model: this.options.model,
      messages,
      stream: true,
      ...(p.streamUsage ? { stream_options: { include_usage: true } } : {}),
      max_tokens: this.options.maxOutputTokens,
      ...(audio && p.audioRequest
        ? p.audioRequest(this.options.voice ?? p.defaultVoice ?? 'Chelsie')
        : (p.textRequest?.() ?? {})),
    };
  }

  private async *attempt(
    body: Record<string, unknown>,
    request: EngineRequest,
    redactor: TextRedactor,
  ): AsyncGenerator<EngineStreamPart, AttemptResult> {
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    request.signal.addEventListener('abort', onAbort, { once: true });
    let timedOut: 'first-token' | 'idle' | null = null;
    let timer = setTimeout(() => {
      timedOut = 'first-token';
      controller.abort();
    }, this.options.firstTokenTimeoutMs);
    // The idle timer is not re-armed per chunk (thousands a second under load): it wakes up when
    // the idle limit could have passed and checks the time of the last chunk.
    const idleMs = this.options.idleTimeoutMs;
    let lastChunkAt = 0;
    let idleArmed = false;
    const checkIdle = () => {
      const quiet = performance.now() - lastChunkAt;
      if (quiet >= idleMs) {
        timedOut = 'idle';
        controller.abort();
      } else timer = setTimeout(checkIdle, idleMs - quiet);
    };
    const armIdle = () => {
      lastChunkAt = performance.now();
      if (idleArmed) return;
      idleArmed = true;
      clearTimeout(timer);
      timer = setTimeout(checkIdle, idleMs);
    };

    const restorer = new StreamRestorer(redactor);
    let started = false;
    let sawContent = false;
    let finishReason: FinishReason | null = null;
    let usage: { inputTokens?: number; outputTokens?: number } | undefined;
    let transcriptSinceAudio = '';
    let outputTokens = 0;
    // Guard against a server that ignores max_tokens and never stops.
    const outputCap = Math.ceil(this.options.maxOutputTokens * 1.25) + 32;
    let capped = false;
    let thrown: unknown = null;

    try {
      const stream = streamChatCompletion({
        fetch: this.fetchImpl,
        url: this.chatUrl,
        headers: this.authHeaders,
        body,
        signal: controller.signal,
      });
      for await (const raw of stream) {
        const chunk = raw as StreamChunk;
        if (chunk.usage)
          usage = { inputTokens: chunk.usage.prompt_tokens, outputTokens: chunk.usage.completion_tokens };
        const choice = chunk.choices?.[0];
        if (!choice) {
          if (started) armIdle();
          continue;
        }
        const delta = (choice.delta ?? {}) as StreamDelta;
        let text = typeof delta.content === 'string' ? delta.content : '';
        if (text !== '') sawContent = true;
        const audio = delta.audio ?? undefined;
        // DashScope speaks the reply: its text arrives as the audio transcript, not as content.
        if (text === '' && !sawContent && typeof audio?.transcript === 'string') text = audio.transcript;
        const audioData = typeof audio?.data === 'string' && audio.data !== '' ? audio.data : null;
        if (text !== '' || audioData) started = true;
        if (started) armIdle();

        if (text !== '') {
          const shown = restorer.push(text);
          outputTokens += estimateTokens(text);
          if (shown !== '') {
            transcriptSinceAudio += shown;
            yield { type: 'text-delta', text: shown };
          }
        }
        if (audioData) {
          outputTokens += 1;
          yield {
            type: 'audio-delta',
            data: audioData,
            sampleRate: AUDIO_SAMPLE_RATE,
            format: 'pcm16',
            ...(transcriptSinceAudio !== '' ? { transcript: transcriptSinceAudio } : {}),
          };
          transcriptSinceAudio = '';
        }
        finishReason = mapFinishReason(choice.finish_reason) ?? finishReason;
        if (outputTokens > outputCap) {
          capped = true;
          controller.abort();
          break;
        }
      }
    } catch (err) {
      thrown = err;
    } finally {
      clearTimeout(timer);
      request.signal.removeEventListener('abort', onAbort);
    }

    if (request.signal.aborted) return { kind: 'aborted' };
    const failed = (failure: Failure): AttemptResult => ({ kind: 'failed', started, failure });
    if (timedOut === 'first-token')
      return failed({
        code: 'LLM_FIRST_TOKEN_TIMEOUT',
        retryable: true,
        retryAfterMs: null,
        detail: `${this.options.firstTokenTimeoutMs} ms`,
      });
    if (timedOut === 'idle')
      return failed({
        code: 'LLM_IDLE_TIMEOUT',
        retryable: false,
        retryAfterMs: null,
        detail: `${this.options.idleTimeoutMs} ms`,
      });
    if (thrown !== null && !capped) return failed(classifyError(thrown, started));
    if (!capped && finishReason === null) {
      // The body ended without a finish reason: the server went away mid-reply.
      return failed({ code: 'LLM_STREAM_BROKEN', retryable: !started, retryAfterMs: null });
    }
    const rest = restorer.flush();
    if (rest !== '') yield { type: 'text-delta', text: rest };
    yield {
      type: 'finish',
      finishReason: capped ? 'length' : (finishReason ?? 'stop'),
      ...(usage ? { usage } : {}),
    };
    return { kind: 'ok' };
  }

  /** Condenses older turns: by the model when configured, else (or on failure) locally. */
  private async condense(
    previous: string | null,
    turns: Parameters<typeof localSummary>[1],
    maxTokens: number,
    locale: Locale,
    redactor: TextRedactor,
    signal: AbortSignal,
  ): Promise<{ text: string; by: 'model' | 'local' }> {
    if ((this.options.summaryMode ?? 'model') === 'model' && maxTokens >= 32) {
      try {
        const text = await this.modelSummary(previous, turns, maxTokens, locale, redactor, signal);
        if (text.trim() !== '') return { text: text.trim(), by: 'model' };
      } catch {
        // Fall through to the local summary: the turn must not fail because the summary did.
      }
    }
    return { text: localSummary(previous, turns, locale, maxTokens), by: 'local' };
  }

  private async modelSummary(
    previous: string | null,
    turns: Parameters<typeof localSummary>[1],
    maxTokens: number,
    locale: Locale,
    redactor: TextRedactor,
    signal: AbortSignal,
  ): Promise<string> {
    const inputBudget = Math.max(64, this.options.contextWindow - maxTokens - 256);
    const messages = summaryRequestMessages(previous, turns, locale, inputBudget).map((m) =>
      m.role === 'user' ? { ...m, content: redactor.redact(m.content) } : m,
    );
    const timeout = AbortSignal.timeout(this.options.firstTokenTimeoutMs + this.options.idleTimeoutMs);
    const combined = AbortSignal.any([signal, timeout]);
    const base = {
      model: this.options.model,
      messages,
      max_tokens: maxTokens,
      ...(this.profile.textRequest?.() ?? {}),
    };
    let text = '';
    if (this.profile.streamingOnly) {
      const stream = await this.client.chat.completions.create(
        { ...base, stream: true } as unknown as OpenAI.ChatCompletionCreateParamsStreaming,
        { signal: combined, maxRetries: 0 },
      );
      for await (const chunk of stream) text += chunk.choices?.[0]?.delta?.content ?? '';
      if (combined.aborted) throw new Error('summary timed out');
    } else {
      const res = await this.client.chat.completions.create(
        { ...base, stream: false } as unknown as OpenAI.ChatCompletionCreateParamsNonStreaming,
        { signal: combined, maxRetries: 0 },
      );
      text = res.choices?.[0]?.message?.content ?? '';
    }
    return redactor.restore(text);
  }
}
