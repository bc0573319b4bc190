import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HttpStatusError,
  StreamEventError,
  streamChatCompletion,
} from '../../../src/engines/openai/sse-client.ts';

/** Serves whatever raw pieces the test hands it, one write each. */
let pieces: string[] = [];
let status = 200;
let server: http.Server;
let url = '';
beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    for await (const _ of req) void _;
    res.writeHead(status, {
      'content-type': status === 200 ? 'text/event-stream' : 'application/json',
      'retry-after': '3',
    });
    for (const p of pieces) {
      res.write(p);
      await new Promise((r) => setTimeout(r, 2));
    }
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/chat/completions`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

async function run(p: string[], s = 200): Promise<unknown[]> {
  pieces = p;
  status = s;
  const out: unknown[] = [];
  for await (const c of streamChatCompletion({
    fetch,
    url,
    headers: {},
    body: {},
    signal: new AbortController().signal,
  }))
    out.push(c);
  return out;
}

describe('SSE parsing of streamed chat completions', () => {
  it('handles LF, CRLF and CR line ends, split anywhere, comments and keep-alives', async () => {
    expect(
      await run([
        'data: {"a":1}\n\n',
        ': keep-alive\r\n\r\ndata: {"a"',
        ':2}\r',
        '\n\r\n',
        'data: {"a":3}\r\rdata: [DONE]\n\n',
      ]),
    ).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
  });

  it('joins multi-line data, ignores unknown fields, and stops at [DONE]', async () => {
    expect(
      await run([
        'id: 7\nretry: 10\ndata: {"a":\ndata: 1}\n\n',
        'data: [DONE]\n\n',
        'data: {"after":true}\n\n',
      ]),
    ).toEqual([{ a: 1 }]);
  });

  it('keeps a last event that lacks its blank line, and multi-byte text split across writes', async () => {
    const bytes = Buffer.from('data: {"t":"睡不着"}\n\ndata: {"t":"好"}', 'utf8');
    const split = [bytes.subarray(0, 14), bytes.subarray(14)];
    const srv = http.createServer(async (req, res) => {
      for await (const _ of req) void _;
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(split[0]);
      await new Promise((r) => setTimeout(r, 5));
      res.end(split[1]);
    });
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const u = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/`;
    const out: unknown[] = [];
    for await (const c of streamChatCompletion({
      fetch,
      url: u,
      headers: {},
      body: {},
      signal: new AbortController().signal,
    }))
      out.push(c);
    srv.closeAllConnections();
    await new Promise<void>((r) => srv.close(() => r()));
    expect(out).toEqual([{ t: '睡不着' }, { t: '好' }]);
  });

  it('a line that is not JSON throws SyntaxError; an error object throws StreamEventError', async () => {
    await expect(run(['data: {"a":1}\n\n', 'data: {oops\n\n'])).rejects.toBeInstanceOf(SyntaxError);
    await expect(run(['data: {"error":{"message":"overloaded"}}\n\n'])).rejects.toBeInstanceOf(
      StreamEventError,
    );
    await expect(run(['event: error\ndata: {"message":"x"}\n\n'])).rejects.toBeInstanceOf(StreamEventError);
  });

  it('a non-2xx status throws HttpStatusError with the status and Retry-After', async () => {
    const err = await run(['{"error":"busy"}'], 429).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpStatusError);
    expect((err as HttpStatusError).status).toBe(429);
    expect((err as HttpStatusError).headers.get('retry-after')).toBe('3');
  });
});
