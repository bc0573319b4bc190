import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaFixtures } from '../support/media-fixtures.ts';
import { readSse } from '../support/sse.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const fixtures = new MediaFixtures();
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { CARELLM_MEDIA_FACE_ANALYSIS: 'off' } });
});
afterAll(async () => server.close());

async function newSession(base: string, locale = 'en'): Promise<string> {
  const res = await fetch(`${base}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ locale }),
  });
  return ((await res.json()) as { id: string }).id;
}

function form(fields: Record<string, string>, files: Array<[string, Buffer, string, string]> = []): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  for (const [field, buf, type, name] of files)
    fd.append(field, new Blob([new Uint8Array(buf)], { type }), name);
  return fd;
}

async function messagesOf(base: string, id: string) {
  return (
    (await (await fetch(`${base}/api/sessions/${id}`)).json()) as {
      messages: Array<{
        role: string;
        content: string;
        meta: { attachments?: Array<Record<string, unknown>> };
      }>;
    }
  ).messages;
}

const mediaDir = (id: string) => path.join(server.dataDir, 'media', id);

describe('multipart messages', () => {
  it('accepts text with an image, strips its metadata, and lists the attachment without server paths', async () => {
    const id = await newSession(server.url);
    const jpeg = fs.readFileSync(fixtures.jpegWithGps());
    expect(jpeg.includes(Buffer.from('Exif'))).toBe(true);
    const res = await fetch(`${server.url}/api/sessions/${id}/messages`, {
      method: 'POST',
      body: form({ text: 'This is where I walk when I feel low.' }, [
        ['image', jpeg, 'image/jpeg', 'walk.jpg'],
      ]),
    });
    expect(res.status).toBe(200);
    const events = await readSse(res);
    expect(events.at(-1)?.event).toBe('done');
    const [user] = await messagesOf(server.url, id);
    const att = user!.meta.attachments![0]!;
    expect(att).toMatchObject({ kind: 'image', mimeType: 'image/jpeg', name: 'walk.jpg' });
    expect(att.internal).toBeUndefined();
    expect(JSON.stringify(user)).not.toContain(server.dataDir);
    const file = await fetch(`${server.url}/api/sessions/${id}/attachments/${String(att.id)}`);
    expect(file.headers.get('content-type')).toBe('image/jpeg');
    const stored = Buffer.from(await file.arrayBuffer());
    expect(stored.subarray(0, 2).toString('hex')).toBe('ffd8');
    expect(stored.includes(Buffer.from('Exif'))).toBe(false);
    expect(stored.includes(Buffer.from('GPS'))).toBe(false);
  });

  it('still accepts plain text as multipart', async () => {
    const id = await newSession(server.url);
    const res = await fetch(`${server.url}/api/sessions/${id}/messages`, {
      method: 'POST',
      body: form({ text: 'hello there' }),
    });
    expect((await readSse(res)).at(-1)?.event).toBe('done');
    expect((await messagesOf(server.url, id))[0]?.content).toBe('hello there');
  });

  it('refuses voice when no transcription path exists, and stores nothing', async () => {
    const id = await newSession(server.url);
    const res = await fetch(`${server.url}/api/sessions/${id}/messages`, {
      method: 'POST',
      body: form({}, [['audio', fixtures.buf('speechWav'), 'audio/wav', 'v.wav']]),
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('TRANSCRIPTION_UNAVAILABLE');
    expect(await messagesOf(server.url, id)).toEqual([]);
    expect(
      fs.existsSync(mediaDir(id)) ? fs.readdirSync(mediaDir(id)).filter((f) => !f.startsWith('.')) : [],
    ).toEqual([]);
  });

  const bad: Array<[string, () => FormData, number, string]> = [
    [
      'a spoofed type (WAV bytes sent as an image)',
      () => form({ text: 'x' }, [['image', fixtures.buf('speechWav'), 'image/jpeg', 'a.jpg']]),
      415,
      'MEDIA_TYPE_MISMATCH',
    ],
    [
      'zero bytes',
      () => form({ text: 'x' }, [['image', Buffer.alloc(0), 'image/png', 'a.png']]),
      400,
      'MEDIA_EMPTY',
    ],
    [
      'a truncated image',
      () =>
        form({ text: 'x' }, [
          ['image', fs.readFileSync(fixtures.png()).subarray(0, 60), 'image/png', 'a.png'],
        ]),
      422,
      'MEDIA_CORRUPT',
    ],
    [
      'an unknown file field',
      () => form({ text: 'x' }, [['document', Buffer.from('%PDF-1.4'), 'application/pdf', 'a.pdf']]),
      400,
      'UNKNOWN_FIELD',
    ],
    ['an unknown text field', () => form({ text: 'x', admin: '1' }), 400, 'UNKNOWN_FIELD'],
    ['no text and no file', () => form({ text: '  ' }), 400, 'EMPTY_MESSAGE'],
  ];
  for (const [name, make, status, code] of bad) {
    it(`rejects ${name} with ${status} ${code} and changes nothing`, async () => {
      const id = await newSession(server.url);
      const res = await fetch(`${server.url}/api/sessions/${id}/messages`, { method: 'POST', body: make() });
      expect(res.status).toBe(status);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
      expect(await messagesOf(server.url, id)).toEqual([]);
    });
  }

  it('deletes the media folder with the session', async () => {
    const id = await newSession(server.url);
    const res = await fetch(`${server.url}/api/sessions/${id}/messages`, {
      method: 'POST',
      body: form({ text: 'pic' }, [['image', fs.readFileSync(fixtures.png()), 'image/png', 'p.png']]),
    });
    await readSse(res);
    expect(fs.readdirSync(mediaDir(id)).length).toBeGreaterThan(0);
    expect((await fetch(`${server.url}/api/sessions/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect(fs.existsSync(mediaDir(id))).toBe(false);
  });

  it('says why voice is off, in both languages, and speaks replies locally', async () => {
    const voice = (await (await fetch(`${server.url}/api/voice`)).json()) as {
      transcription: { available: boolean; reason: Record<string, string> };
    };
    expect(voice.transcription.available).toBe(false);
    expect(voice.transcription.reason.en).toMatch(/Voice input is off/);
    expect(voice.transcription.reason['zh-CN']).toMatch(/语音输入/);
    const wav = await fetch(`${server.url}/api/speech`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '慢慢来，我在这里。', locale: 'zh-CN' }),
    });
    expect(wav.headers.get('content-type')).toBe('audio/wav');
    expect(
      Buffer.from(await wav.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe('RIFF');
  });
});

describe('voice through a transcribing back end', () => {
  let llm: http.Server;
  let voiceServer: TestServer;
  const transcript = '我不想活了，今晚就结束一切';
  const requests: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    // A minimal OpenAI-compatible server: answers the transcription request with a fixed transcript
    // and streams a short reply to chat requests.
    llm = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const parsed = JSON.parse(body || '{}') as Record<string, unknown>;
        requests.push(parsed);
        // The transcription request is the one carrying CareLLM's speech-to-text instruction.
        const isTranscription = JSON.stringify(parsed).includes('speech-to-text');
        if (!parsed.stream) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              id: 'c1',
              object: 'chat.completion',
              created: 1,
              model: 'm',
              choices: [
                {
                  index: 0,
                  message: { role: 'assistant', content: isTranscription ? transcript : 'ok' },
                  finish_reason: 'stop',
                },
              ],
            }),
          );
          return;
        }
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        const chunk = (content: string) =>
          `data: ${JSON.stringify({ id: 'c2', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`;
        if (isTranscription) {
          res.end(chunk(transcript) + 'data: [DONE]\n\n');
          return;
        }
        res.end(chunk('我在这里陪着你。') + 'data: [DONE]\n\n');
      });
    });
    await new Promise<void>((r) => llm.listen(0, '127.0.0.1', r));
    const port = (llm.address() as AddressInfo).port;
    voiceServer = await startTestServer({
      env: {
        CARELLM_ENGINE: 'openai',
        CARELLM_LLM_BASE_URL: `http://127.0.0.1:${port}/v1`,
        CARELLM_LLM_MODEL: 'Qwen/Qwen2.5-Omni-7B',
        CARELLM_LLM_PROFILE: 'vllm',
        CARELLM_MEDIA_FACE_ANALYSIS: 'off',
      },
    });
  });
  afterAll(async () => {
    await voiceServer.close();
    llm.close();
  });

  it('transcribes speech before the safety pre-check: spoken crisis language triggers the crisis protocol', async () => {
    const id = await newSession(voiceServer.url, 'zh-CN');
    const res = await fetch(`${voiceServer.url}/api/sessions/${id}/messages`, {
      method: 'POST',
      body: form({}, [['audio', fixtures.buf('speechZhWav'), 'audio/wav', 'voice.wav']]),
    });
    expect(res.status).toBe(200);
    const events = await readSse(res);
    const risk = events.find((e) => e.event === 'risk')?.data as { level: string };
    expect(['high', 'imminent']).toContain(risk.level);
    expect(
      events.some((e) => e.event === 'safety' && (e.data as { kind: string }).kind === 'crisis-protocol'),
    ).toBe(true);
    const [user] = await messagesOf(voiceServer.url, id);
    expect(user?.content).toBe(transcript);
    expect(user?.meta.attachments?.[0]).toMatchObject({ kind: 'audio', transcript });
  });
});
