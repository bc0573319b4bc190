import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MediaError,
  buildTranscriptionRequest,
  cleanTranscript,
  createTranscriber,
  detectSherpaModel,
  encodeWav,
  transcribeWithOmni,
  transcriptionAvailability,
} from '../../../src/media/index.ts';
import { tempDir } from '../../support/media-fixtures.ts';

const dir = tempDir();
const wavPath = path.join(dir, 'audio.wav');
fs.writeFileSync(wavPath, encodeWav(new Float32Array(1600), 16000));

interface Seen {
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A tiny OpenAI-compatible server: chat (JSON or SSE), /audio/transcriptions, and failures. */
let server: http.Server;
let baseUrl: string;
const seen: Seen[] = [];
beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('latin1');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      seen.push({ url: req.url ?? '', headers: req.headers, body });
      if (req.url?.startsWith('/fail/')) {
        res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":{"message":"down"}}');
      } else if (req.url === '/v1/audio/transcriptions') {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ text: 'I cannot sleep.' }));
      } else if (req.url === '/v1/chat/completions') {
        const parsed = JSON.parse(body) as { stream?: boolean };
        if (parsed.stream) {
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          for (const piece of ['我最近', '总是失眠', '。']) {
            res.write(`data: ${JSON.stringify({ choices: [{ delta: { content: piece } }] })}\n\n`);
          }
          res.end('data: [DONE]\n\n');
        } else {
          res.writeHead(200, { 'content-type': 'application/json' }).end(
            JSON.stringify({
              choices: [
                { message: { role: 'assistant', content: 'Transcript: "I have trouble sleeping."' } },
              ],
            }),
          );
        }
      } else res.writeHead(404).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  fs.rmSync(dir, { recursive: true, force: true });
});

const code = (c: string) => (e: unknown) => e instanceof MediaError && e.code === c;

describe('transcription through the Omni back end', () => {
  it('vLLM: chat completion with an audio_url part, verbatim instruction, bearer key; transcript cleaned', async () => {
    const t = await transcribeWithOmni(
      { baseUrl, apiKey: 'sk-test', model: 'Qwen/Qwen2.5-Omni-7B', profile: 'vllm' },
      wavPath,
      { locale: 'en' },
    );
    expect(t.text).toBe('I have trouble sleeping.');
    expect(t.provider).toBe('omni:vllm:chat');
    const req = seen.at(-1)!;
    expect(req.headers.authorization).toBe('Bearer sk-test');
    const body = JSON.parse(req.body) as {
      messages: { role: string; content: unknown }[];
      stream: boolean;
      temperature: number;
    };
    expect(body.stream).toBe(false);
    expect(body.temperature).toBe(0);
    expect(body.messages[0]!.content).toMatch(/verbatim/);
    const parts = body.messages[1]!.content as { type: string; audio_url?: { url: string } }[];
    expect(parts[0]!.type).toBe('audio_url');
    expect(parts[0]!.audio_url!.url.startsWith('data:audio/wav;base64,UklGR')).toBe(true);
  });

  it('DashScope: streamed request (streaming-only), input_audio as a data URL, text modality; SSE assembled', async () => {
    const t = await transcribeWithOmni({ baseUrl, model: 'qwen-omni-turbo', profile: 'dashscope' }, wavPath, {
      locale: 'zh-CN',
    });
    expect(t.text).toBe('我最近总是失眠。');
    const body = JSON.parse(seen.at(-1)!.body) as {
      stream: boolean;
      modalities: string[];
      messages: { content: unknown }[];
    };
    expect(body.stream).toBe(true);
    expect(body.modalities).toEqual(['text']);
    const part = (
      body.messages[1]!.content as { type: string; input_audio: { data: string; format: string } }[]
    )[0]!;
    expect(part.type).toBe('input_audio');
    expect(part.input_audio.format).toBe('wav');
    expect(part.input_audio.data.startsWith('data:audio/wav;base64,')).toBe(true);
  });

  it('llama.cpp: input_audio with raw base64 (no data URL)', () => {
    const body = buildTranscriptionRequest({ model: 'omni', profile: 'llamacpp' }, 'UklGRg==');
    const part = (
      (body.messages as { content: unknown }[])[1]!.content as {
        input_audio: { data: string; format: string };
      }[]
    )[0]!;
    expect(part.input_audio).toEqual({ data: 'UklGRg==', format: 'wav' });
  });

  it('/v1/audio/transcriptions: multipart upload with model and language', async () => {
    const t = await transcribeWithOmni(
      { baseUrl, model: 'whisper-1', profile: 'openai-compatible', endpoint: 'transcriptions' },
      wavPath,
      { locale: 'zh-CN' },
    );
    expect(t.text).toBe('I cannot sleep.');
    const req = seen.at(-1)!;
    expect(req.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(req.body).toContain('name="model"\r\n\r\nwhisper-1');
    expect(req.body).toContain('name="language"\r\n\r\nzh');
    expect(req.body).toContain('RIFF');
  });

  it('HTTP errors, unreachable servers and profiles without audio give clear codes', async () => {
    await expect(
      transcribeWithOmni(
        { baseUrl: baseUrl.replace('/v1', '/fail/v1'), model: 'm', profile: 'vllm' },
        wavPath,
      ),
    ).rejects.toSatisfy(code('TRANSCRIPTION_FAILED'));
    await expect(
      transcribeWithOmni(
        { baseUrl: 'http://127.0.0.1:9/v1', model: 'm', profile: 'vllm', timeoutMs: 3000 },
        wavPath,
      ),
    ).rejects.toSatisfy(code('TRANSCRIPTION_FAILED'));
    await expect(transcribeWithOmni({ baseUrl, model: 'm', profile: 'ollama' }, wavPath)).rejects.toSatisfy(
      code('TRANSCRIPTION_UNAVAILABLE'),
    );
  });

  it('cleans labels and quotes that chatty models add', () => {
    expect(cleanTranscript(' 转写：“我睡不着” ')).toBe('我睡不着');
    expect(cleanTranscript('Transcription: hello')).toBe('hello');
  });
});

describe('provider selection', () => {
  const omni = { baseUrl: 'http://127.0.0.1:1/v1', model: 'm', profile: 'vllm' as const };

  it('nothing configured → unavailable with a reason in both languages', () => {
    const a = transcriptionAvailability({});
    expect(a).toMatchObject({ available: false, code: 'NONE_CONFIGURED' });
    if (!a.available) {
      expect(a.reason.en).toMatch(/sherpa-onnx/);
      expect(a.reason['zh-CN']).toMatch(/语音输入已关闭/);
    }
  });

  it('Omni back end that accepts audio → omni; one that does not (Ollama) → unavailable; remote forbidden → unavailable', () => {
    expect(transcriptionAvailability({ omni })).toMatchObject({ available: true, provider: 'omni' });
    expect(transcriptionAvailability({ omni: { ...omni, profile: 'ollama' } })).toMatchObject({
      available: false,
      code: 'PROFILE_NO_AUDIO',
    });
    expect(
      transcriptionAvailability({ omni: { ...omni, profile: 'ollama', endpoint: 'transcriptions' } }),
    ).toMatchObject({ available: true });
    expect(transcriptionAvailability({ omni, allowRemote: false })).toMatchObject({
      available: false,
      code: 'REMOTE_NOT_ALLOWED',
    });
  });

  it('a local model folder wins over the back end; a broken one does not fall back to sending audio away', async () => {
    const model = path.join(dir, 'sherpa-onnx-sense-voice-zh-en-ja-ko-yue-2024-07-17');
    fs.mkdirSync(model, { recursive: true });
    fs.writeFileSync(path.join(model, 'model.int8.onnx'), 'x');
    fs.writeFileSync(path.join(model, 'tokens.txt'), 'a 0\n');
    expect(transcriptionAvailability({ localModelDir: model, omni })).toMatchObject({
      available: true,
      provider: 'sherpa-onnx',
      detail: 'senseVoice',
    });
    const missing = path.join(dir, 'nope');
    expect(transcriptionAvailability({ localModelDir: missing, omni })).toMatchObject({
      available: false,
      code: 'LOCAL_MODEL_BROKEN',
    });
    await expect(createTranscriber({ localModelDir: missing, omni })).rejects.toSatisfy(
      code('ASR_MODEL_NOT_FOUND'),
    );
    await expect(createTranscriber({})).rejects.toSatisfy(code('TRANSCRIPTION_UNAVAILABLE'));
    const viaOmni = await createTranscriber({ omni: { ...omni, baseUrl } });
    expect((await viaOmni.transcribe(wavPath)).text).toBe('I have trouble sleeping.');
  });
});

describe('sherpa-onnx model folders', () => {
  const make = (name: string, files: string[]) => {
    const d = path.join(dir, name);
    fs.mkdirSync(d, { recursive: true });
    for (const f of files) fs.writeFileSync(path.join(d, f), 'x');
    return d;
  };

  it('recognises the standard release layouts', () => {
    const sv = detectSherpaModel(
      make('sherpa-onnx-sense-voice-zh-en-ja-ko-yue-2024-07-17', [
        'model.onnx',
        'model.int8.onnx',
        'tokens.txt',
      ]),
    );
    expect(sv.type).toBe('senseVoice');
    expect((sv.config.modelConfig.senseVoice as { model: string }).model).toMatch(/model\.int8\.onnx$/);
    expect(sv.config.featConfig).toEqual({ sampleRate: 16000, featureDim: 80 });

    const full = detectSherpaModel(path.join(dir, 'sherpa-onnx-sense-voice-zh-en-ja-ko-yue-2024-07-17'), {
      preferInt8: false,
    });
    expect((full.config.modelConfig.senseVoice as { model: string }).model).toMatch(/\/model\.onnx$/);

    expect(
      detectSherpaModel(make('sherpa-onnx-paraformer-zh-2023-09-14', ['model.int8.onnx', 'tokens.txt'])).type,
    ).toBe('paraformer');
    const wh = detectSherpaModel(
      make('sherpa-onnx-whisper-tiny', [
        'tiny-encoder.onnx',
        'tiny-decoder.onnx',
        'tiny-encoder.int8.onnx',
        'tiny-decoder.int8.onnx',
        'tiny-tokens.txt',
      ]),
    );
    expect(wh.type).toBe('whisper');
    expect(wh.config.modelConfig.tokens).toMatch(/tiny-tokens\.txt$/);
    const tr = detectSherpaModel(
      make('sherpa-onnx-zipformer-en-2023-06-26', [
        'encoder-epoch-99-avg-1.onnx',
        'decoder-epoch-99-avg-1.onnx',
        'joiner-epoch-99-avg-1.onnx',
        'tokens.txt',
      ]),
    );
    expect(tr.type).toBe('transducer');
    expect(Object.keys(tr.config.modelConfig.transducer as object)).toEqual(['encoder', 'decoder', 'joiner']);
    expect(
      detectSherpaModel(
        make('sherpa-onnx-moonshine-tiny-en-int8', [
          'preprocess.onnx',
          'encode.int8.onnx',
          'uncached_decode.int8.onnx',
          'cached_decode.int8.onnx',
          'tokens.txt',
        ]),
      ).type,
    ).toBe('moonshine');
  });

  it('missing folder, missing tokens, unknown layout and missing files are clear errors', () => {
    expect(() => detectSherpaModel(path.join(dir, 'absent'))).toThrow(
      expect.objectContaining({ code: 'ASR_MODEL_NOT_FOUND' }),
    );
    expect(() => detectSherpaModel(make('empty', []))).toThrow(
      expect.objectContaining({ code: 'ASR_MODEL_INVALID', details: { reason: 'tokens-missing' } }),
    );
    expect(() => detectSherpaModel(make('mystery', ['model.onnx', 'tokens.txt']))).toThrow(
      expect.objectContaining({ details: { reason: 'layout-unknown' } }),
    );
    expect(() => detectSherpaModel(make('mystery2', ['tokens.txt']), { type: 'paraformer' })).toThrow(
      expect.objectContaining({ details: { reason: 'file-missing' } }),
    );
  });

  it('a corrupt .onnx is caught in a child process (it would abort this one) and reported as invalid', async () => {
    const d = make('sherpa-onnx-sense-voice-broken', ['tokens.txt']);
    fs.writeFileSync(path.join(d, 'model.onnx'), 'this is not an onnx protobuf');
    await expect(createTranscriber({ localModelDir: d })).rejects.toSatisfy(code('ASR_MODEL_INVALID'));
  });
});
