/**
 * A protocol-faithful OpenAI-compatible test server. It replays streaming transcripts per profile
 * (SSE `data: <chunk>` lines, `data: [DONE]`), answers non-streamed requests and /v1/models, records
 * every request body it receives, and injects faults on demand.
 *
 * The transcripts are hand-written from each server's documented chunk format; they were not captured
 * from live servers (see each file's `note`).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type TranscriptName =
  | 'vllm'
  | 'vllm-omni'
  | 'vllm-omni-audio'
  | 'dashscope'
  | 'dashscope-audio'
  | 'llamacpp'
  | 'ollama'
  | 'openai-compatible';

export interface Transcript {
  profile: string;
  note: string;
  /** The reply text the chunks spell out. */
  text: string;
  audioChunks?: number;
  usage: { inputTokens: number; outputTokens: number };
  chunks: Array<Record<string, unknown>>;
  done: boolean;
}

export type Fault =
  | { kind: 'http-error'; status: number; retryAfter?: string; body?: unknown }
  /** Headers at once, then nothing for `delayMs` before the first chunk. */
  | { kind: 'slow-first-token'; delayMs: number }
  /** Send `afterChunks` chunks, then keep the connection open and silent. */
  | { kind: 'stall'; afterChunks: number }
  /** Send `afterChunks` chunks, then destroy the socket. */
  | { kind: 'disconnect'; afterChunks: number }
  /** Send `afterChunks` chunks, then a data line that is not JSON, then the rest. */
  | { kind: 'malformed'; afterChunks: number }
  /** Never stops sending tokens (ignores max_tokens), until the client goes away. */
  | { kind: 'endless'; intervalMs?: number }
  /** Closes the socket before any response. */
  | { kind: 'hangup' };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown> | null;
  receivedAt: number;
}

export interface FakeLlmOptions {
  /** Which transcript family to replay; `-audio` variants are used when the request asks for audio. */
  profile?: string;
  model?: string;
  /** Pause between chunks (ms); 0 sends them back to back. */
  chunkDelayMs?: number;
  /** Text of non-streamed replies (summaries). */
  completionText?: string;
  /** Synthetic stream instead of a transcript: `tokens` content chunks at `intervalMs` (benchmarks). */
  synthetic?: { tokens: number; intervalMs: number; text?: string };
  /** Stream these content pieces (vLLM chunk format) instead of the profile's transcript. */
  reply?: string[];
  /** Keep no request bodies (benchmarks). */
  record?: boolean;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const transcriptCache = new Map<string, Transcript>();

export function loadTranscript(name: TranscriptName | string): Transcript {
  let t = transcriptCache.get(name);
  if (!t) {
    t = JSON.parse(fs.readFileSync(path.join(here, 'transcripts', `${name}.json`), 'utf8')) as Transcript;
    transcriptCache.set(name, t);
  }
  return t;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class FakeLlmServer {
  readonly requests: RecordedRequest[] = [];
  private readonly queue: Fault[] = [];
  private persistent: Fault | null = null;
  private readonly sockets = new Set<Socket>();
  private server: http.Server | null = null;
  private port = 0;
  options: FakeLlmOptions;

  constructor(options: FakeLlmOptions = {}) {
    this.options = {
      profile: 'vllm',
      model: 'Qwen/Qwen2.5-Omni-7B',
      chunkDelayMs: 0,
      completionText: '来访者最近睡不好，工作压力大。',
      record: true,
      ...options,
    };
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The base URL CareLLM is configured with (ends in /v1). */
  get baseUrl(): string {
    return `${this.url}/v1`;
  }

  /** Chat-completion requests received so far (bodies as sent). */
  get chatRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.path === '/v1/chat/completions');
  }

  /** Faults for the next chat-completion requests, one each, in order. */
  enqueue(...faults: Fault[]): this {
    this.queue.push(...faults);
    return this;
  }

  /** A fault for every request until cleared with `always(null)`. */
  always(fault: Fault | null): this {
    this.persistent = fault;
    return this;
  }

  reset(): void {
    this.requests.length = 0;
    this.queue.length = 0;
    this.persistent = null;
  }

  async start(port = 0): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 30_000;
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: Record<string, unknown> | null = null;
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
    } catch {
      body = null;
    }
    const url = req.url ?? '/';
    if (this.options.record)
      this.requests.push({
        method: req.method ?? 'GET',
        path: url,
        headers: req.headers,
        body,
        receivedAt: Date.now(),
      });

    if (req.method === 'GET' && url === '/v1/models') {
      const fault = this.persistent;
      if (fault?.kind === 'http-error') return this.httpError(res, fault);
      if (fault?.kind === 'hangup') return void req.socket.destroy();
      return this.json(res, 200, {
        object: 'list',
        data: [{ id: this.options.model, object: 'model', created: 1764400000, owned_by: 'fake-llm' }],
      });
    }
    if (req.method !== 'POST' || url !== '/v1/chat/completions') {
      return this.json(res, 404, { error: { message: `Not found: ${url}`, type: 'invalid_request_error' } });
    }
    if (!body)
      return this.json(res, 400, { error: { message: 'invalid JSON body', type: 'invalid_request_error' } });

    const fault = this.queue.shift() ?? this.persistent;
    if (fault?.kind === 'hangup') return void req.socket.destroy();
    if (fault?.kind === 'http-error') return this.httpError(res, fault);

    if (body.stream !== true) {
      return this.json(res, 200, {
        id: 'chatcmpl-summary',
        object: 'chat.completion',
        created: 1764400000,
        model: this.options.model,
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: this.options.completionText },
            finish_reason: 'stop',
          },
        ],
        usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
      });
    }
    await this.stream(req, res, body, fault);
  }

  private transcriptFor(body: Record<string, unknown>): Transcript {
    const profile = this.options.profile ?? 'vllm';
    const wantsAudio = Array.isArray(body.modalities) && body.modalities.includes('audio');
    // A server without speech output ignores `modalities` and answers in text.
    const audioName = `${profile}-audio`;
    return loadTranscript(
      wantsAudio && fs.existsSync(path.join(here, 'transcripts', `${audioName}.json`)) ? audioName : profile,
    );
  }

  private chunkLines(body: Record<string, unknown>): string[] {
    if (this.options.synthetic) {
      const { tokens, text = '好' } = this.options.synthetic;
      const lines: string[] = [];
      const base = {
        id: 'chatcmpl-synthetic',
        object: 'chat.completion.chunk',
        created: 1764400000,
        model: this.options.model,
      };
      for (let i = 0; i < tokens; i++)
        lines.push(
          JSON.stringify({ ...base, choices: [{ index: 0, delta: { content: text }, finish_reason: null }] }),
        );
      lines.push(JSON.stringify({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }));
      return lines;
    }
    const model = String(body.model ?? this.options.model);
    if (this.options.reply) {
      const base = { id: 'chatcmpl-reply', object: 'chat.completion.chunk', created: 1764400000, model };
      return [
        ...this.options.reply.map((t) =>
          JSON.stringify({ ...base, choices: [{ index: 0, delta: { content: t }, finish_reason: null }] }),
        ),
        JSON.stringify({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }),
      ];
    }
    return this.transcriptFor(body).chunks.map((c) => JSON.stringify(c).replace('{{model}}', model));
  }

  private async stream(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    body: Record<string, unknown>,
    fault: Fault | undefined | null,
  ): Promise<void> {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    res.flushHeaders();
    let gone = false;
    res.on('close', () => {
      gone = true;
    });
    const interval = this.options.synthetic?.intervalMs ?? this.options.chunkDelayMs ?? 0;
    if (fault?.kind === 'slow-first-token') await sleep(fault.delayMs);

    if (fault?.kind === 'endless') {
      const base = {
        id: 'chatcmpl-endless',
        object: 'chat.completion.chunk',
        created: 1764400000,
        model: body.model,
      };
      while (!gone) {
        res.write(
          `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: { content: '好' }, finish_reason: null }] })}\n\n`,
        );
        await sleep(fault.intervalMs ?? 1);
      }
      return;
    }

    const lines = this.chunkLines(body);
    for (let i = 0; i < lines.length; i++) {
      if (gone) return;
      if (fault && 'afterChunks' in fault && i === fault.afterChunks) {
        if (fault.kind === 'stall') return; // silent, connection left open
        if (fault.kind === 'disconnect') {
          // Let what was written reach the client first, then cut the connection mid-body.
          await new Promise<void>((resolve) => res.write('', () => resolve()));
          await sleep(20);
          return void req.socket.destroy();
        }
        if (fault.kind === 'malformed') res.write('data: {"choices":[{"index":0,"delta":{"content":"坏\n\n');
      }
      res.write(`data: ${lines[i]}\n\n`);
      if (interval > 0 && i < lines.length - 1) await sleep(interval);
    }
    res.end('data: [DONE]\n\n');
  }

  private httpError(res: http.ServerResponse, fault: Extract<Fault, { kind: 'http-error' }>): void {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
    res.writeHead(fault.status, headers);
    res.end(
      JSON.stringify(
        fault.body ?? {
          error: { message: `fake failure ${fault.status}`, type: 'server_error', code: fault.status },
        },
      ),
    );
  }

  private json(res: http.ServerResponse, status: number, data: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(data));
  }
}

/** A base URL on which nothing listens (connection refused). */
export async function refusedBaseUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/v1`;
}

export async function startFakeLlm(options: FakeLlmOptions = {}): Promise<FakeLlmServer> {
  return new FakeLlmServer(options).start();
}
