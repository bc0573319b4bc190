/**
 * For the voice browser tests: a fake microphone recording (espeak-ng speech after a second of
 * silence, made at test time), a tiny OpenAI-compatible model server that transcribes and replies,
 * and a CareLLM server of our own pointed at it (the default test servers have no transcription).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const dir = path.join(os.tmpdir(), 'carellm-pw-media');

/**
 * The fake microphone's input: 1 s of silence, about 3 s of English speech, then (with Chromium's
 * `%noloop`) silence for ever, so hands-free mode hears exactly one turn.
 */
export function fakeMicWav(): string {
  const out = path.join(dir, 'voice.wav');
  if (fs.existsSync(out)) return out;
  fs.mkdirSync(dir, { recursive: true });
  const speech = path.join(dir, `speech-${process.pid}.wav`);
  const tmp = path.join(dir, `voice-${process.pid}.wav`);
  execFileSync('espeak-ng', [
    '-v',
    'en-us',
    '-w',
    speech,
    'I have been feeling very low lately, and I cannot sleep.',
  ]);
  execFileSync('ffmpeg', [
    '-hide_banner',
    '-v',
    'error',
    '-y',
    '-i',
    speech,
    '-af',
    'adelay=1000:all=1',
    '-ar',
    '22050',
    '-ac',
    '1',
    tmp,
  ]);
  fs.renameSync(tmp, out);
  fs.rmSync(speech, { force: true });
  return out;
}

export const fakeMediaArgs = (wav: string) => [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-audio-capture=${wav}%noloop`,
  '--autoplay-policy=no-user-gesture-required',
];

export interface FakeModel {
  url: string;
  /** What the next transcription request is answered with. */
  transcript: string;
  reply: string;
  transcriptions: number;
  chats: number;
  close(): Promise<void>;
}

/** An OpenAI-compatible server: the request carrying CareLLM's speech-to-text prompt gets the transcript. */
export async function startFakeModel(): Promise<FakeModel> {
  const model: FakeModel = {
    url: '',
    transcript: 'I have been feeling very low lately.',
    reply: 'Thank you for telling me. I am here with you.',
    transcriptions: 0,
    chats: 0,
    close: async () => undefined,
  };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'not found' } }));
        return;
      }
      const parsed = JSON.parse(body || '{}') as { stream?: boolean };
      const isTranscription = body.includes('speech-to-text');
      if (isTranscription) model.transcriptions++;
      else model.chats++;
      const content = isTranscription ? model.transcript : model.reply;
      if (!parsed.stream) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            id: 'c1',
            object: 'chat.completion',
            created: 1,
            model: 'm',
            choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
          }),
        );
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const chunk = (text: string, finish: string | null = null) =>
        `data: ${JSON.stringify({ id: 'c2', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: text ? { content: text } : {}, finish_reason: finish }] })}\n\n`;
      const words = content.split(/(?<= )/);
      res.end(words.map((w) => chunk(w)).join('') + chunk('', 'stop') + 'data: [DONE]\n\n');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  model.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  model.close = () => new Promise<void>((r) => server.close(() => r()));
  return model;
}

export interface CareServer {
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

/** `node bin/carellm.js serve` with the OpenAI-compatible engine on `modelUrl`; resolves once healthy. */
export async function startVoiceServer(port: number, modelUrl: string): Promise<CareServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carellm-pw-voice-'));
  const child: ChildProcess = spawn(process.execPath, ['bin/carellm.js', 'serve'], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CARELLM_HOST: '127.0.0.1',
      CARELLM_PORT: String(port),
      CARELLM_DATA_DIR: dataDir,
      CARELLM_ENGINE: 'openai',
      CARELLM_LLM_BASE_URL: modelUrl,
      CARELLM_LLM_MODEL: 'Qwen/Qwen2.5-Omni-7B',
      CARELLM_LLM_PROFILE: 'vllm',
      CARELLM_MEDIA_FACE_ANALYSIS: 'off',
      CARELLM_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`voice server exited: ${stderr}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`voice server did not start: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    dataDir,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
