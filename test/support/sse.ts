export interface SseEvent {
  event: string;
  data: unknown;
}

/** Parses a complete or partial text/event-stream body into events (JSON data). */
export function parseSse(body: string): SseEvent[] {
  const events: SseEvent[] = [];
  for (const block of body.split(/\n\n/)) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (data.length > 0) events.push({ event, data: JSON.parse(data.join('\n')) as unknown });
  }
  return events;
}

/** Reads an SSE response to its end and returns the parsed events. */
export async function readSse(res: Response): Promise<SseEvent[]> {
  return parseSse(await res.text());
}

/** Streams SSE events one by one as they arrive. */
export async function* streamSse(res: Response): AsyncGenerator<SseEvent> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let idx: number;
    while ((idx = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, idx + 2);
      buffer = buffer.slice(idx + 2);
      for (const e of parseSse(block)) yield e;
    }
  }
}

/** Convenience: create a session and post one message, returning the events. */
export async function chat(
  baseUrl: string,
  text: string,
  locale: 'zh-CN' | 'en' = 'zh-CN',
): Promise<{ sessionId: string; events: SseEvent[] }> {
  const created = await fetch(`${baseUrl}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ locale }),
  });
  const { id } = (await created.json()) as { id: string };
  const res = await fetch(`${baseUrl}/api/sessions/${id}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
  return { sessionId: id, events: await readSse(res) };
}
