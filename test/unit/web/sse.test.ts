import { describe, expect, it } from 'vitest';
import { SseParser, readSseStream } from '../../../web/src/api/sse.ts';

describe('SseParser', () => {
  it('parses named events with JSON data', () => {
    const p = new SseParser();
    expect(p.push('event: text-delta\ndata: {"text":"hi"}\n\nevent: done\ndata: {}\n\n')).toEqual([
      { event: 'text-delta', data: '{"text":"hi"}' },
      { event: 'done', data: '{}' },
    ]);
  });

  it('joins events split across chunks at any byte', () => {
    const raw =
      'event: risk\ndata: {"level":"none"}\n\n: keep-alive\n\nevent: text-delta\ndata: {"text":"你好"}\n\n';
    for (let cut = 1; cut < raw.length; cut++) {
      const p = new SseParser();
      const events = [...p.push(raw.slice(0, cut)), ...p.push(raw.slice(cut)), ...p.flush()];
      expect(events.map((e) => e.event)).toEqual(['risk', 'text-delta']);
    }
  });

  it('handles CRLF line ends, multi-line data, comments and a missing final blank line', () => {
    const p = new SseParser();
    const events = [...p.push(': comment\r\nevent: x\r\ndata: a\r\ndata: b\r\n\r\ndata:c'), ...p.flush()];
    expect(events).toEqual([
      { event: 'x', data: 'a\nb' },
      { event: 'message', data: 'c' },
    ]);
  });

  it('ignores blocks without data', () => {
    expect(new SseParser().push('event: ping\n\n')).toEqual([]);
  });
});

describe('readSseStream', () => {
  it('decodes UTF-8 split inside a character', async () => {
    const bytes = new TextEncoder().encode('event: text-delta\ndata: {"text":"慢慢来"}\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < bytes.length; i += 5) c.enqueue(bytes.slice(i, i + 5));
        c.close();
      },
    });
    const out = [];
    for await (const e of readSseStream(body)) out.push(JSON.parse(e.data));
    expect(out).toEqual([{ text: '慢慢来' }]);
  });
});
