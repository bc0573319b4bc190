/**
 * `carellm doctor`: checks the configured model back end the way a conversation will use it —
 * reachable, model listed, a tiny streamed probe of each capability the profile advertises, and the
 * latency to the first token — and says what to fix. Never prints the API key or headers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Locale } from '../../core/types.ts';
import type { EngineMedia, EngineStreamPart } from '../types.ts';
import { classifyError, OpenAICompatibleEngine, type OpenAIEngineOptions } from './engine.ts';
import { isLoopbackUrl, redactionEnabled } from './redaction.ts';

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';

export interface DoctorCheck {
  id: string;
  status: CheckStatus;
  detail: string;
  fix?: string;
  latencyMs?: number;
}

export interface DoctorReport {
  baseUrl: string;
  model: string;
  profile: string;
  checks: DoctorCheck[];
  verdict: 'pass' | 'fail';
}

const T = {
  'zh-CN': {
    config: '配置',
    reachable: '服务器可达',
    model: '模型已列出',
    text: '文本流式回复',
    image: '图片输入',
    audio: '语音输入',
    video: '视频输入',
    speech: '语音输出',
    redaction: '隐私脱敏',
    verdict: { pass: '结论：通过，CareLLM 可以使用这个后端。', fail: '结论：未通过，请按上面的提示修复。' },
    head: ['检查项', '结果', '详情', '修复建议'],
  },
  en: {
    config: 'configuration',
    reachable: 'server reachable',
    model: 'model listed',
    text: 'streamed text reply',
    image: 'image input',
    audio: 'audio input',
    video: 'video input',
    speech: 'speech output',
    redaction: 'PII redaction',
    verdict: {
      pass: 'Verdict: PASS, CareLLM can use this back end.',
      fail: 'Verdict: FAIL, fix the items above.',
    },
    head: ['check', 'result', 'detail', 'fix'],
  },
} as const;

const FIXES: Record<string, Record<Locale, string>> = {
  config: {
    'zh-CN': '设置 CARELLM_LLM_BASE_URL（以 /v1 结尾）和 CARELLM_LLM_MODEL，见 docs/backends.md',
    en: 'Set CARELLM_LLM_BASE_URL (ending in /v1) and CARELLM_LLM_MODEL; see docs/backends.md',
  },
  reachable: {
    'zh-CN': '确认模型服务器已启动、地址和端口正确、URL 以 /v1 结尾；远程服务请检查防火墙',
    en: 'Start the model server, check host and port and that the URL ends in /v1; for remote servers check the firewall',
  },
  auth: { 'zh-CN': '检查 CARELLM_LLM_API_KEY', en: 'Check CARELLM_LLM_API_KEY' },
  model: {
    'zh-CN': '把 CARELLM_LLM_MODEL 设为服务器列出的名称之一',
    en: 'Set CARELLM_LLM_MODEL to one of the names the server lists',
  },
  text: {
    'zh-CN': '查看模型服务器日志；确认 CARELLM_LLM_PROFILE 与服务器类型一致',
    en: "Read the model server's log; check that CARELLM_LLM_PROFILE matches the server",
  },
  media: {
    'zh-CN':
      '确认加载的是 Omni 模型（llama.cpp 需要 --mmproj）；否则换一个不声明此能力的 CARELLM_LLM_PROFILE',
    en: 'Check an Omni model is loaded (llama.cpp needs --mmproj); otherwise choose a CARELLM_LLM_PROFILE without this capability',
  },
  speech: {
    'zh-CN': '语音输出需要 vLLM-Omni 或 DashScope；普通 vLLM 只输出文本（改用 CARELLM_LLM_PROFILE=vllm）',
    en: 'Speech output needs vLLM-Omni or DashScope; plain vLLM is text-only (use CARELLM_LLM_PROFILE=vllm)',
  },
};

/** A 64×64 solid-colour PNG (vision encoders reject images smaller than 28 px). */
export function probePng(): Buffer {
  const size = 64;
  const raw = Buffer.alloc((size * 3 + 1) * size);
  for (let y = 0; y < size; y++) {
    const row = y * (size * 3 + 1);
    for (let x = 0; x < size; x++) raw.set([220, 40, 40], row + 1 + x * 3);
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** One second of a 440 Hz tone, 16 kHz mono PCM16 WAV. */
export function probeWav(): Buffer {
  const rate = 16000;
  const pcm = Buffer.alloc(rate * 2);
  for (let i = 0; i < rate; i++)
    pcm.writeInt16LE(Math.round(6000 * Math.sin((2 * Math.PI * 440 * i) / rate)), i * 2);
  const h = Buffer.alloc(44);
  h.write('RIFF', 0, 'ascii');
  h.writeUInt32LE(36 + pcm.length, 4);
  h.write('WAVEfmt ', 8, 'ascii');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(rate, 24);
  h.writeUInt32LE(rate * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'ascii');
  h.writeUInt32LE(pcm.length, 40);
  return Buffer.concat([h, pcm]);
}

interface ProbeResult {
  text: string;
  audioParts: number;
  firstTokenMs: number | null;
  error?: { code: string; message: string };
}

async function probe(
  engine: OpenAICompatibleEngine,
  locale: Locale,
  content: string,
  media: EngineMedia[],
  wantAudio = false,
): Promise<ProbeResult> {
  const started = performance.now();
  const result: ProbeResult = { text: '', audioParts: 0, firstTokenMs: null };
  const parts: AsyncIterable<EngineStreamPart> = engine.doStream({
    sessionId: 'doctor',
    locale,
    messages: [{ role: 'user', content, media }],
    context: {},
    wantAudio,
    signal: AbortSignal.timeout(engine.options.firstTokenTimeoutMs + 30_000),
  });
  for await (const part of parts) {
    if ((part.type === 'text-delta' || part.type === 'audio-delta') && result.firstTokenMs === null) {
      result.firstTokenMs = Math.round(performance.now() - started);
    }
    if (part.type === 'text-delta') result.text += part.text;
    if (part.type === 'audio-delta') result.audioParts += 1;
    if (part.type === 'error') result.error = { code: part.error.code, message: part.error.message };
  }
  return result;
}

export interface DoctorOptions extends OpenAIEngineOptions {
  locale?: Locale;
  /** A short video file to probe video input with (none is generated). */
  videoFile?: string;
}

export async function runDoctor(options: DoctorOptions): Promise<DoctorReport> {
  const locale = options.locale ?? 'en';
  const t = T[locale];
  const checks: DoctorCheck[] = [];
  const report = (): DoctorReport => ({
    baseUrl: options.baseUrl,
    model: options.model,
    profile: options.profile,
    checks,
    verdict: checks.some((c) => c.status === 'fail') ? 'fail' : 'pass',
  });

  if (!options.baseUrl || !options.model) {
    checks.push({
      id: t.config,
      status: 'fail',
      detail: 'CARELLM_LLM_BASE_URL / CARELLM_LLM_MODEL',
      fix: FIXES.config![locale],
    });
    return report();
  }
  if (options.maxOutputTokens >= options.contextWindow - 256) {
    checks.push({
      id: t.config,
      status: 'fail',
      detail: `CARELLM_LLM_MAX_OUTPUT_TOKENS (${options.maxOutputTokens}) leaves no room in CARELLM_LLM_CONTEXT_WINDOW (${options.contextWindow})`,
      fix: FIXES.config![locale],
    });
    return report();
  }
  const urlNote = /\/v1\/?$/.test(options.baseUrl) ? '' : ' (URL does not end in /v1)';
  checks.push({
    id: t.config,
    status: urlNote ? 'warn' : 'pass',
    detail: `${options.profile} · ${options.model}${urlNote}`,
    ...(urlNote ? { fix: FIXES.config![locale] } : {}),
  });

  // Probes go straight to the server: no retries, no breaker trips carried into a later run.
  const engine = new OpenAICompatibleEngine({
    ...options,
    maxRetries: 0,
    summaryMode: 'local',
    breaker: { failureThreshold: 1000 },
  });

  const listStart = performance.now();
  let ids: string[] | null = null;
  try {
    const page = await engine.client.models.list({
      timeout: options.connectTimeoutMs + options.firstTokenTimeoutMs,
      maxRetries: 0,
    });
    ids = page.data.map((m) => m.id);
    checks.push({
      id: t.reachable,
      status: 'pass',
      detail: `GET /models ${Math.round(performance.now() - listStart)} ms`,
      latencyMs: Math.round(performance.now() - listStart),
    });
  } catch (err) {
    const status = (err as { status?: number }).status;
    if (status === 401 || status === 403) {
      checks.push({ id: t.reachable, status: 'fail', detail: `HTTP ${status}`, fix: FIXES.auth![locale] });
      return report();
    }
    if (typeof status === 'number') {
      // Reachable, but this server has no model list (some hosted endpoints).
      checks.push({ id: t.reachable, status: 'pass', detail: `HTTP ${status} on GET /models` });
    } else {
      checks.push({
        id: t.reachable,
        status: 'fail',
        detail: classifyError(err, false).detail ?? (err as Error).name,
        fix: FIXES.reachable![locale],
      });
      return report();
    }
  }
  if (ids === null) checks.push({ id: t.model, status: 'warn', detail: 'no model list' });
  else if (ids.includes(options.model)) checks.push({ id: t.model, status: 'pass', detail: options.model });
  else {
    checks.push({
      id: t.model,
      status: 'fail',
      detail: `available: ${ids.slice(0, 5).join(', ') || '(none)'}`,
      fix: FIXES.model![locale],
    });
  }

  const textProbe = await probe(
    engine,
    locale,
    locale === 'en' ? 'Reply with one short friendly sentence.' : '请用一句简短友好的话回复。',
    [],
  );
  if (textProbe.error || textProbe.text === '') {
    checks.push({
      id: t.text,
      status: 'fail',
      detail: textProbe.error?.message ?? 'empty reply',
      fix: FIXES.text![locale],
    });
    return report();
  }
  checks.push({
    id: t.text,
    status: 'pass',
    detail: `first token ${textProbe.firstTokenMs} ms`,
    latencyMs: textProbe.firstTokenMs ?? undefined,
  });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carellm-doctor-'));
  try {
    const png = path.join(dir, 'probe.png');
    const wav = path.join(dir, 'probe.wav');
    fs.writeFileSync(png, probePng());
    fs.writeFileSync(wav, probeWav());
    const mediaProbes: Array<{
      kind: EngineMedia['kind'];
      label: string;
      media?: EngineMedia;
      question: string;
    }> = [
      {
        kind: 'image',
        label: t.image,
        media: { kind: 'image', mimeType: 'image/png', path: png },
        question: 'What colour is this image? One word.',
      },
      {
        kind: 'audio',
        label: t.audio,
        media: { kind: 'audio', mimeType: 'audio/wav', path: wav },
        question: 'Describe this sound in a few words.',
      },
      {
        kind: 'video',
        label: t.video,
        ...(options.videoFile
          ? { media: { kind: 'video' as const, mimeType: 'video/mp4', path: options.videoFile } }
          : {}),
        question: 'Describe this video in a few words.',
      },
    ];
    for (const p of mediaProbes) {
      if (!engine.profile.input.includes(p.kind)) continue;
      if (!p.media) {
        checks.push({ id: p.label, status: 'skip', detail: 'not probed: pass --video <file.mp4>' });
        continue;
      }
      const r = await probe(engine, locale, p.question, [p.media]);
      checks.push(
        r.error || r.text === ''
          ? {
              id: p.label,
              status: 'fail',
              detail: r.error?.message ?? 'empty reply',
              fix: FIXES.media![locale],
            }
          : {
              id: p.label,
              status: 'pass',
              detail: `first token ${r.firstTokenMs} ms`,
              latencyMs: r.firstTokenMs ?? undefined,
            },
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  if (engine.profile.audioOutput) {
    const r = await probe(engine, locale, locale === 'en' ? 'Say hello.' : '说一声你好。', [], true);
    checks.push(
      r.error || r.audioParts === 0
        ? {
            id: t.speech,
            status: 'fail',
            detail: r.error?.message ?? 'no audio in the reply',
            fix: FIXES.speech![locale],
          }
        : {
            id: t.speech,
            status: 'pass',
            detail: `${r.audioParts} audio chunks, first ${r.firstTokenMs} ms`,
          },
    );
  }

  const redact = redactionEnabled(options.redact, options.baseUrl);
  checks.push({
    id: t.redaction,
    status: !redact && !isLoopbackUrl(options.baseUrl) ? 'warn' : 'pass',
    detail: `${redact ? 'on' : 'off'} (CARELLM_LLM_REDACT=${options.redact}${redact && !options.redactor ? ', redactor not wired' : ''})`,
  });
  return report();
}

/** The report as an aligned text table, then the verdict. */
export function formatReport(r: DoctorReport, locale: Locale = 'en'): string {
  const t = T[locale];
  const mark: Record<CheckStatus, string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', skip: 'SKIP' };
  const rows = [[...t.head], ...r.checks.map((c) => [c.id, mark[c.status], c.detail, c.fix ?? ''])];
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/u.test(ch) ? 2 : 1), 0);
  const cols = [0, 1, 2].map((i) => Math.max(...rows.map((row) => width(row[i]!))));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i < 3 ? cell + ' '.repeat(cols[i]! - width(cell)) : cell))
      .join('  ')
      .trimEnd();
  return [`${r.profile} @ ${r.baseUrl}  (${r.model})`, '', ...rows.map(line), '', t.verdict[r.verdict]].join(
    '\n',
  );
}
