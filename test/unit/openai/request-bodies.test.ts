import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  COUNSELLOR_PROMPT,
  PERSONA_ACKNOWLEDGEMENT,
  QWEN_OMNI_AUDIO_SYSTEM_PROMPT,
} from '../../../src/engines/prompts/index.ts';
import type { ProfileName } from '../../../src/engines/openai/index.ts';
import type { EngineMedia } from '../../../src/engines/types.ts';
import { FakeLlmServer, loadTranscript } from '../../support/fake-llm/index.ts';
import { collect, engineFor, errorOf, requestOf, textOf } from './helpers.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carellm-media-'));
const file = (name: string, bytes: string) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, Buffer.from(bytes, 'utf8'));
  return { path: p, b64: Buffer.from(bytes, 'utf8').toString('base64') };
};
const png = file('a.png', 'PNGDATA');
const wav = file('a.wav', 'RIFFWAVDATA');
const webm = file('a.webm', 'WEBMDATA');
const mp4 = file('a.mp4', 'MP4DATA');

const image: EngineMedia = { kind: 'image', mimeType: 'image/png', path: png.path };
const audioWav: EngineMedia = { kind: 'audio', mimeType: 'audio/wav', path: wav.path };
const audioWebm: EngineMedia = { kind: 'audio', mimeType: 'audio/webm', path: webm.path };
const video: EngineMedia = { kind: 'video', mimeType: 'video/mp4', path: mp4.path };

let fake: FakeLlmServer;
beforeAll(async () => {
  fake = await new FakeLlmServer().start();
});
afterAll(async () => {
  await fake.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => fake.reset());

async function send(
  profile: ProfileName,
  media: EngineMedia[],
  opts: { wantAudio?: boolean; apiKey?: string } = {},
) {
  fake.options.profile = profile;
  const engine = engineFor(fake, { profile, ...(opts.apiKey ? { apiKey: opts.apiKey } : {}) });
  const parts = await collect(
    engine.doStream(
      requestOf(
        [
          { role: 'user', content: '我睡不着' },
          { role: 'assistant', content: '听起来很难受。' },
          { role: 'user', content: '你看看这个', media },
        ],
        { wantAudio: opts.wantAudio ?? false },
      ),
    ),
  );
  return { parts, body: fake.chatRequests.at(-1)?.body, headers: fake.chatRequests.at(-1)?.headers };
}

const textBody = (profile: ProfileName, lastContent: unknown, extra: Record<string, unknown>) => ({
  model: 'Qwen/Qwen2.5-Omni-7B',
  messages: [
    { role: 'system', content: COUNSELLOR_PROMPT['zh-CN'] },
    { role: 'user', content: '我睡不着' },
    { role: 'assistant', content: '听起来很难受。' },
    { role: 'user', content: lastContent },
  ],
  stream: true,
  max_tokens: 512,
  ...extra,
  ...(profile === 'llamacpp' ? {} : { stream_options: { include_usage: true } }),
});

describe('exact request bodies per profile', () => {
  it('vllm: image_url, audio_url and video_url data URLs, media before text, usage requested', async () => {
    const { body, parts } = await send('vllm', [image, audioWav, video]);
    expect(body).toEqual(
      textBody(
        'vllm',
        [
          { type: 'image_url', image_url: { url: `data:image/png;base64,${png.b64}` } },
          { type: 'audio_url', audio_url: { url: `data:audio/wav;base64,${wav.b64}` } },
          { type: 'video_url', video_url: { url: `data:video/mp4;base64,${mp4.b64}` } },
          { type: 'text', text: '你看看这个' },
        ],
        {},
      ),
    );
    expect(textOf(parts)).toBe(loadTranscript('vllm').text);
  });

  it('vllm ignores wantAudio (text output only): no modalities, persona stays the system prompt', async () => {
    const { body } = await send('vllm', [], { wantAudio: true });
    expect(body).toEqual(textBody('vllm', '你看看这个', {}));
  });

  it('llamacpp: input_audio with raw base64 (no data URL) and format wav; no stream_options', async () => {
    const { body } = await send('llamacpp', [image, audioWav]);
    expect(body).toEqual(
      textBody(
        'llamacpp',
        [
          { type: 'image_url', image_url: { url: `data:image/png;base64,${png.b64}` } },
          { type: 'input_audio', input_audio: { data: wav.b64, format: 'wav' } },
          { type: 'text', text: '你看看这个' },
        ],
        {},
      ),
    );
  });

  it('llamacpp rejects video and non-wav/mp3 audio with a clear error, sending nothing', async () => {
    for (const media of [[video], [audioWebm]]) {
      const { parts } = await send('llamacpp', media);
      expect(errorOf(parts)?.code).toBe('LLM_UNSUPPORTED_MEDIA');
    }
    expect(errorOf((await send('llamacpp', [audioWebm])).parts)?.message).toMatch(
      /wav\/mp3, not audio\/webm/,
    );
    expect(fake.chatRequests).toHaveLength(0);
  });

  it('ollama accepts images only', async () => {
    const ok = await send('ollama', [image]);
    expect(ok.body).toEqual(
      textBody(
        'ollama',
        [
          { type: 'image_url', image_url: { url: `data:image/png;base64,${png.b64}` } },
          { type: 'text', text: '你看看这个' },
        ],
        {},
      ),
    );
    const bad = await send('ollama', [audioWav]);
    expect(errorOf(bad.parts)?.code).toBe('LLM_UNSUPPORTED_MEDIA');
  });

  it('dashscope text: modalities [text], input_audio as a data URL, video_url as a plain string', async () => {
    const a = await send('dashscope', [audioWav]);
    expect(a.body).toEqual(
      textBody(
        'dashscope',
        [
          { type: 'input_audio', input_audio: { data: `data:audio/wav;base64,${wav.b64}`, format: 'wav' } },
          { type: 'text', text: '你看看这个' },
        ],
        { modalities: ['text'] },
      ),
    );
    const v = await send('dashscope', [video]);
    expect((v.body?.messages as Array<{ content: unknown }>)[3]!.content).toEqual([
      { type: 'video_url', video_url: `data:video/mp4;base64,${mp4.b64}` },
      { type: 'text', text: '你看看这个' },
    ]);
  });

  it('dashscope refuses two non-text modalities in one request', async () => {
    const { parts } = await send('dashscope', [image, audioWav]);
    expect(errorOf(parts)).toMatchObject({ code: 'LLM_UNSUPPORTED_MEDIA' });
    expect(errorOf(parts)?.message).toMatch(/one other kind of media/);
    expect(fake.chatRequests).toHaveLength(0);
  });

  it('dashscope speech: Qwen fixed system prompt, persona as first user turn + acknowledgement, audio params', async () => {
    const { body, parts } = await send('dashscope', [], { wantAudio: true });
    expect(body).toEqual({
      model: 'Qwen/Qwen2.5-Omni-7B',
      messages: [
        { role: 'system', content: QWEN_OMNI_AUDIO_SYSTEM_PROMPT },
        { role: 'user', content: COUNSELLOR_PROMPT['zh-CN'] },
        { role: 'assistant', content: PERSONA_ACKNOWLEDGEMENT['zh-CN'] },
        { role: 'user', content: '我睡不着' },
        { role: 'assistant', content: '听起来很难受。' },
        { role: 'user', content: '你看看这个' },
      ],
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: 512,
      modalities: ['text', 'audio'],
      audio: { voice: 'Cherry', format: 'wav' },
    });
    const t = loadTranscript('dashscope-audio');
    expect(textOf(parts)).toBe(t.text);
    const audio = parts.filter((p) => p.type === 'audio-delta');
    expect(audio).toHaveLength(t.audioChunks!);
    for (const a of audio) expect(a).toMatchObject({ sampleRate: 24000, format: 'pcm16' });
    // Transcripts on audio parts, joined, spell the reply; each audio part follows the text it speaks.
    expect(audio.map((a) => (a.type === 'audio-delta' ? (a.transcript ?? '') : '')).join('')).toBe(t.text);
    const order = parts
      .filter((p) => p.type === 'text-delta' || p.type === 'audio-delta')
      .map((p) => p.type[0])
      .join('');
    expect(order).toMatch(/^(t+a)+$/);
    expect(parts.at(-1)).toEqual({ type: 'finish', finishReason: 'stop', usage: t.usage });
  });

  it('vllm-omni speech: modalities and voice Chelsie; audio chunks decode to 24 kHz PCM16', async () => {
    const { body, parts } = await send('vllm-omni', [], { wantAudio: true });
    expect(body).toMatchObject({ modalities: ['text', 'audio'], audio: { voice: 'Chelsie', format: 'wav' } });
    expect((body?.messages as Array<{ content: unknown }>)[0]!.content).toBe(QWEN_OMNI_AUDIO_SYSTEM_PROMPT);
    expect(textOf(parts)).toBe(loadTranscript('vllm-omni-audio').text);
    const audio = parts.filter((p) => p.type === 'audio-delta');
    expect(audio).toHaveLength(loadTranscript('vllm-omni-audio').audioChunks!);
    for (const a of audio)
      if (a.type === 'audio-delta') expect(Buffer.from(a.data, 'base64').length % 2).toBe(0);
  });

  it('openai-compatible: input_audio raw base64; every profile streams its transcript to the same text', async () => {
    const { body } = await send('openai-compatible', [audioWav]);
    expect((body?.messages as Array<{ content: unknown }>)[3]!.content).toEqual([
      { type: 'input_audio', input_audio: { data: wav.b64, format: 'wav' } },
      { type: 'text', text: '你看看这个' },
    ]);
    for (const p of ['vllm', 'vllm-omni', 'dashscope', 'llamacpp', 'ollama', 'openai-compatible'] as const) {
      const r = await send(p, []);
      expect(textOf(r.parts), p).toBe(loadTranscript(p).text);
      expect(r.parts.at(-1)?.type, p).toBe('finish');
    }
  });

  it('sends the API key only as a Bearer header, and no Authorization header without one', async () => {
    const withKey = await send('vllm', [], { apiKey: 'sk-test-secret' });
    expect(withKey.headers?.authorization).toBe('Bearer sk-test-secret');
    const without = await send('vllm', []);
    expect(without.headers?.authorization).toBeUndefined();
  });

  it('earlier media become short notes; only the current turn sends files', async () => {
    fake.options.profile = 'vllm';
    const engine = engineFor(fake);
    await collect(
      engine.doStream(
        requestOf([
          { role: 'user', content: '看图', media: [image] },
          { role: 'assistant', content: '我看到了。' },
          { role: 'user', content: '还有呢' },
        ]),
      ),
    );
    const messages = fake.chatRequests[0]!.body!.messages as Array<{ role: string; content: unknown }>;
    expect(messages[1]).toEqual({ role: 'user', content: '[此前分享了一张图片] 看图' });
    expect(messages[3]).toEqual({ role: 'user', content: '还有呢' });
  });

  it('puts risk, emotion and guidance in a structured context block, not in the user turn', async () => {
    fake.options.profile = 'vllm';
    const engine = engineFor(fake);
    await collect(
      engine.doStream(
        requestOf('我很难过', {
          locale: 'en',
          context: {
            risk: { level: 'low', reasons: ['hopelessness'], evidence: [], assessor: 'test' },
            emotion: {
              labels: [
                { label: 'sadness', score: 0.8123 },
                { label: 'fear', score: 0.1 },
              ],
              predicted: ['sadness'],
              analyser: 'test',
            },
            guidance: ['stay with the person'],
            screening: { phq9: { score: 12, band: 'moderate' } },
          },
        }),
      ),
    );
    const messages = fake.chatRequests[0]!.body!.messages as Array<{ role: string; content: string }>;
    expect(messages).toHaveLength(2);
    expect(messages[1]).toEqual({ role: 'user', content: '我很难过' });
    expect(messages[0]!.content).toBe(
      [
        COUNSELLOR_PROMPT.en,
        '',
        '[Background from the app, not said by the person]',
        'risk: {"level":"low","reasons":["hopelessness"]}',
        'emotion: {"predicted":["sadness"],"top":[["sadness",0.81],["fear",0.1]]}',
        'guidance: ["stay with the person"]',
        'screening: {"phq9":{"score":12,"band":"moderate"}}',
      ].join('\n'),
    );
  });

  it('passes emotion indicators as name → level only, never their evidence words', async () => {
    const { contextBlock } = await import('../../../src/engines/openai/index.ts');
    const block = contextBlock(
      requestOf('x', {
        locale: 'en',
        context: {
          emotion: {
            labels: [{ label: 'sadness', score: 0.5 }],
            predicted: ['sadness'],
            analyser: 't',
            details: {
              indicators: {
                sleep: { score: 0.6, level: 'notable', evidence: [{ start: 0, end: 2, text: '失眠' }] },
                anger: { score: 0.1, level: 'none', evidence: [] },
              },
            },
          },
        },
      }),
      null,
    );
    expect(block).toBe(
      '[Background from the app, not said by the person]\nemotion: {"predicted":["sadness"],"top":[["sadness",0.5]],"indicators":{"sleep":"notable"}}',
    );
  });
});
