/**
 * A `fetch` for the OpenAI client built on node:http(s), for two reasons:
 * - a real connect timeout (TCP/TLS established), separate from the wait for the first token.
 *   With the global fetch only "headers received" can be timed, and llama-server sends its headers
 *   only once the first token exists;
 * - a keep-alive agent without a socket cap, so many concurrent streams share warm connections.
 */
import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';

export class ConnectTimeoutError extends Error {
  readonly code = 'CONNECT_TIMEOUT';
  constructor(ms: number) {
    super(`connect timed out after ${ms} ms`);
    this.name = 'ConnectTimeoutError';
  }
}

export interface HttpFetchOptions {
  connectTimeoutMs: number;
}

export function createHttpFetch(options: HttpFetchOptions): typeof fetch {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: 256 }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: 256 }),
  };

  const httpFetch = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const protocol = url.protocol as 'http:' | 'https:';
    const transport = protocol === 'https:' ? https : http;
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => {
      headers[key] = value;
    });
    const body =
      typeof init.body === 'string' ? init.body : init.body == null ? undefined : String(init.body);
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));

    return new Promise<Response>((resolve, reject) => {
      const signal = init.signal ?? undefined;
      if (signal?.aborted) {
        reject(abortError(signal));
        return;
      }
      const req = transport.request(url, { method: init.method ?? 'GET', headers, agent: agents[protocol] });
      let connectTimer: NodeJS.Timeout | undefined;
      const onAbort = () => req.destroy(abortError(signal!));
      signal?.addEventListener('abort', onAbort, { once: true });
      const cleanup = () => {
        if (connectTimer) clearTimeout(connectTimer);
        signal?.removeEventListener('abort', onAbort);
      };

      req.on('socket', (socket) => {
        // A reused keep-alive socket is already connected.
        if (!socket.connecting) return;
        connectTimer = setTimeout(
          () => req.destroy(new ConnectTimeoutError(options.connectTimeoutMs)),
          options.connectTimeoutMs,
        );
        socket.once(protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer));
      });
      req.on('error', (err) => {
        cleanup();
        reject(err);
      });
      req.on('response', (res) => {
        if (connectTimer) clearTimeout(connectTimer);
        const responseHeaders = new Headers();
        for (const [key, value] of Object.entries(res.headers)) {
          if (Array.isArray(value)) for (const v of value) responseHeaders.append(key, v);
          else if (value !== undefined) responseHeaders.set(key, value);
        }
        // Abort after the headers must also end the body stream (until the body is done).
        const onBodyAbort = () => res.destroy(abortError(signal!));
        signal?.addEventListener('abort', onBodyAbort, { once: true });
        res.on('close', () => {
          cleanup();
          signal?.removeEventListener('abort', onBodyAbort);
        });
        const status = res.statusCode ?? 500;
        const nullBody = status === 204 || status === 304 || init.method === 'HEAD';
        resolve(
          new Response(nullBody ? null : (Readable.toWeb(res) as unknown as ReadableStream<Uint8Array>), {
            status,
            statusText: res.statusMessage ?? '',
            headers: responseHeaders,
          }),
        );
      });
      req.end(body);
    });
  };
  return httpFetch as typeof fetch;
}

function abortError(signal: AbortSignal): Error {
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  (err as Error & { cause?: unknown }).cause = signal.reason;
  return err;
}
