import type { ServerResponse } from 'node:http';

/** Minimal Server-Sent Events writer on a raw Node response (Fastify hijacked). */
export class SseWriter {
  private closed = false;

  constructor(private readonly res: ServerResponse) {
    res.on('close', () => {
      this.closed = true;
    });
  }

  open(headers: Record<string, string> = {}): void {
    this.res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-content-type-options': 'nosniff',
      ...headers,
    });
    this.res.flushHeaders();
  }

  get isClosed(): boolean {
    return this.closed || this.res.destroyed;
  }

  send(event: string, data: unknown): void {
    if (this.isClosed) return;
    this.res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  comment(text: string): void {
    if (!this.isClosed) this.res.write(`: ${text}\n\n`);
  }

  end(): void {
    if (!this.isClosed) this.res.end();
    this.closed = true;
  }
}
