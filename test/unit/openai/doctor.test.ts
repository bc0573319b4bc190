import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  formatReport,
  probePng,
  probeWav,
  runDoctor,
  type DoctorOptions,
} from '../../../src/engines/openai/doctor.ts';
import { FakeLlmServer, refusedBaseUrl } from '../../support/fake-llm/index.ts';

let fake: FakeLlmServer;
beforeAll(async () => {
  fake = await new FakeLlmServer().start();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const options = (overrides: Partial<DoctorOptions> = {}): DoctorOptions => ({
  baseUrl: fake.baseUrl,
  model: 'Qwen/Qwen2.5-Omni-7B',
  profile: 'llamacpp',
  contextWindow: 8192,
  maxOutputTokens: 64,
  connectTimeoutMs: 500,
  firstTokenTimeoutMs: 1000,
  idleTimeoutMs: 500,
  maxRetries: 0,
  redact: 'auto',
  ...overrides,
});

const statuses = (r: Awaited<ReturnType<typeof runDoctor>>) =>
  Object.fromEntries(r.checks.map((c) => [c.id, c.status]));

describe('carellm doctor', () => {
  it('llama.cpp: reachable, model listed, text + image + audio probes pass; no video or speech rows', async () => {
    fake.options.profile = 'llamacpp';
    const report = await runDoctor(options());
    expect(statuses(report)).toEqual({
      configuration: 'pass',
      'server reachable': 'pass',
      'model listed': 'pass',
      'streamed text reply': 'pass',
      'image input': 'pass',
      'audio input': 'pass',
      'PII redaction': 'pass',
    });
    expect(report.verdict).toBe('pass');
    // The probes really carried the media, shaped for llama.cpp.
    const bodies = fake.chatRequests.map((r) => JSON.stringify(r.body));
    expect(bodies.some((b) => b.includes('"type":"image_url"'))).toBe(true);
    expect(bodies.some((b) => b.includes('"input_audio":{"data":"UklGR'))).toBe(true);
    expect(formatReport(report)).toMatch(/Verdict: PASS/);
  });

  it('a model name the server does not list fails with the names it does list', async () => {
    const report = await runDoctor(options({ model: 'qwen-omni-turbo' }));
    expect(report.checks.find((c) => c.id === 'model listed')).toMatchObject({
      status: 'fail',
      detail: 'available: Qwen/Qwen2.5-Omni-7B',
    });
    expect(report.verdict).toBe('fail');
  });

  it('speech output advertised but none returned: fails with a fix', async () => {
    fake.options.profile = 'vllm';
    const report = await runDoctor(options({ profile: 'vllm-omni' }));
    expect(report.checks.find((c) => c.id === 'speech output')).toMatchObject({
      status: 'fail',
      fix: expect.stringContaining('vLLM-Omni'),
    });
    expect(report.checks.find((c) => c.id === 'video input')?.status).toBe('skip');
  });

  it('server down: fails at reachability, in Chinese when asked, and never prints the key', async () => {
    const report = await runDoctor(
      options({ baseUrl: await refusedBaseUrl(), apiKey: 'sk-secret-123', locale: 'zh-CN' }),
    );
    expect(report.verdict).toBe('fail');
    expect(report.checks.at(-1)).toMatchObject({ id: '服务器可达', status: 'fail', detail: 'ECONNREFUSED' });
    const text = formatReport(report, 'zh-CN');
    expect(text).toMatch(/结论：未通过/);
    expect(text + JSON.stringify(report)).not.toContain('sk-secret-123');
  });

  it('401 on the model list points at the API key', async () => {
    fake.always({ kind: 'http-error', status: 401 });
    const report = await runDoctor(options());
    expect(report.checks.at(-1)).toMatchObject({
      status: 'fail',
      detail: 'HTTP 401',
      fix: 'Check CARELLM_LLM_API_KEY',
    });
  });

  it('probe files are real PNG and WAV', () => {
    const png = probePng();
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(64);
    const wav = probeWav();
    expect(wav.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(wav.length).toBe(44 + 32000);
  });

  it('a reply cap that fills the context window is a configuration failure', async () => {
    const report = await runDoctor(options({ contextWindow: 4096, maxOutputTokens: 4000 }));
    expect(report.checks).toEqual([expect.objectContaining({ id: 'configuration', status: 'fail' })]);
    expect(fake.requests).toHaveLength(0);
  });
});
