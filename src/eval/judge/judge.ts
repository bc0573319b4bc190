/**
 * LLM-as-judge: builds the rubric prompt, calls any Engine, parses the scores strictly (every
 * dimension present, numeric, in range, on the rubric's step) and retries with a correction when
 * the output is malformed. Agreement statistics compare two judges.
 */
import type { Locale } from '../../core/types.ts';
import type { Engine, EngineMessage } from '../../engines/types.ts';
import type { TestMessage } from '../run/testset.ts';
import { rubricTag, type Rubric } from './rubrics.ts';

export type Scores = Record<string, number>;

export class JudgeParseError extends Error {}

/** Extracts the scores object from judge output: bare JSON, a ```json fence, or JSON inside prose. */
export function parseJudgeOutput(text: string, rubric: Rubric): { scores: Scores; reason?: string } {
  const candidates: string[] = [];
  const fence = /```(?:json)?\s*([\s\S]*?)```/gi;
  for (let m = fence.exec(text); m; m = fence.exec(text)) candidates.push(m[1] as string);
  // every balanced {...} span, outermost first
  for (let i = text.indexOf('{'); i !== -1; i = text.indexOf('{', i + 1)) {
    let depth = 0;
    let inStr = false;
    for (let j = i; j < text.length; j++) {
      const c = text[j];
      if (inStr) {
        if (c === '\\') j++;
        else if (c === '"') inStr = false;
      } else if (c === '"') inStr = true;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        candidates.push(text.slice(i, j + 1));
        break;
      }
    }
  }
  let lastError = 'no JSON object found';
  for (const c of candidates) {
    let obj: unknown;
    try {
      obj = JSON.parse(c.trim().replace(/[“”]/g, '"'));
    } catch {
      lastError = 'invalid JSON';
      continue;
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) continue;
    const rec = obj as Record<string, unknown>;
    const scores: Scores = {};
    const problems: string[] = [];
    for (const d of rubric.dimensions) {
      const key = Object.keys(rec).find((k) => k.toLowerCase() === d.key);
      const raw = key === undefined ? undefined : rec[key];
      const v =
        typeof raw === 'number'
          ? raw
          : typeof raw === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(raw)
            ? Number(raw)
            : NaN;
      if (key === undefined) problems.push(`missing "${d.key}"`);
      else if (!Number.isFinite(v)) problems.push(`"${d.key}" is not a number`);
      else if (v < d.min || v > d.max) problems.push(`"${d.key}"=${v} outside ${d.min}–${d.max}`);
      else if (Math.abs(v / d.step - Math.round(v / d.step)) > 1e-9)
        problems.push(`"${d.key}"=${v} not a multiple of ${d.step}`);
      else scores[d.key] = v;
    }
    if (problems.length === 0)
      return { scores, ...(typeof rec.reason === 'string' ? { reason: rec.reason } : {}) };
    lastError = problems.join('; ');
  }
  throw new JudgeParseError(lastError);
}

export function buildJudgeMessages(
  rubric: Rubric,
  locale: Locale,
  history: readonly TestMessage[],
  reply: string,
): EngineMessage[] {
  const zh = locale === 'zh-CN';
  const dims = rubric.dimensions
    .map(
      (d) =>
        `- ${d.key} (${d.min}–${d.max}${d.step === 0.5 ? (zh ? '，可半分' : ', halves allowed') : ''}): ${d.description[locale]}`,
    )
    .join('\n');
  const conv = history
    .filter((m) => m.role !== 'system')
    .map(
      (m) => `${m.role === 'user' ? (zh ? '来访者' : 'Client') : zh ? '咨询师' : 'Counsellor'}: ${m.content}`,
    )
    .join('\n');
  const example = `{${rubric.dimensions.map((d) => `"${d.key}": ${d.max}`).join(', ')}, "reason": "..."}`;
  return [
    {
      role: 'system',
      content: `${rubric.instructions[locale]}\n\n${dims}\n\n${zh ? '输出格式示例' : 'Output format example'}: ${example}`,
    },
    {
      role: 'user',
      content: `${zh ? '对话历史' : 'Conversation'}:\n${conv}\n\n${zh ? '待评回复' : 'Reply to score'}:\n${reply}`,
    },
  ];
}

export interface JudgeResult {
  id: string;
  rubric: string;
  judge: string;
  scores?: Scores;
  reason?: string;
  attempts: number;
  error?: string;
}

async function collectText(
  engine: Engine,
  messages: EngineMessage[],
  locale: Locale,
  signal: AbortSignal,
): Promise<string> {
  let text = '';
  for await (const p of engine.doStream({ sessionId: 'judge', locale, messages, context: {}, signal })) {
    if (p.type === 'text-delta') text += p.text;
    else if (p.type === 'error') throw new Error(`${p.error.code}: ${p.error.message}`);
  }
  return text;
}

export async function judgeOne(
  engine: Engine,
  rubric: Rubric,
  item: { id: string; locale: Locale; history: readonly TestMessage[]; reply: string },
  options: { retries?: number; signal?: AbortSignal } = {},
): Promise<JudgeResult> {
  const retries = options.retries ?? 2;
  const signal = options.signal ?? new AbortController().signal;
  const messages = buildJudgeMessages(rubric, item.locale, item.history, item.reply);
  const base = { id: item.id, rubric: rubricTag(rubric), judge: engine.info().model ?? engine.info().id };
  let lastError = '';
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    let out: string;
    try {
      out = await collectText(engine, messages, item.locale, signal);
    } catch (err) {
      lastError = (err as Error).message;
      continue;
    }
    try {
      const parsed = parseJudgeOutput(out, rubric);
      return {
        ...base,
        scores: parsed.scores,
        ...(parsed.reason ? { reason: parsed.reason } : {}),
        attempts: attempt,
      };
    } catch (err) {
      lastError = (err as Error).message;
      messages.push({ role: 'assistant', content: out });
      messages.push({
        role: 'user',
        content:
          item.locale === 'zh-CN'
            ? `格式不正确（${lastError}）。请只输出一个 JSON 对象。`
            : `Invalid format (${lastError}). Output exactly one JSON object.`,
      });
    }
  }
  return { ...base, attempts: retries + 1, error: lastError };
}

/** Mean score per dimension over the items the judge scored. */
export function meanScores(results: readonly JudgeResult[], rubric: Rubric): Record<string, number> {
  const out: Record<string, number> = {};
  const ok = results.filter((r) => r.scores);
  for (const d of rubric.dimensions)
    out[d.key] = ok.length === 0 ? NaN : ok.reduce((a, r) => a + (r.scores?.[d.key] ?? 0), 0) / ok.length;
  return out;
}

export interface Agreement {
  n: number;
  exact: number;
  /** Cohen's kappa with quadratic weights (ordinal scores). */
  quadraticKappa: number;
  pearson: number;
  meanAbsDiff: number;
}

/** Agreement between two judges on one dimension (paired scores). */
export function agreement(
  a: readonly number[],
  b: readonly number[],
  dim: { min: number; max: number; step: number },
): Agreement {
  if (a.length !== b.length) throw new Error('paired score lists differ in length');
  const n = a.length;
  if (n === 0) return { n, exact: NaN, quadraticKappa: NaN, pearson: NaN, meanAbsDiff: NaN };
  const k = Math.round((dim.max - dim.min) / dim.step) + 1;
  const cat = (x: number) => Math.round((x - dim.min) / dim.step);
  const obs = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const ra = new Array<number>(k).fill(0);
  const rb = new Array<number>(k).fill(0);
  let exact = 0;
  let absDiff = 0;
  for (let i = 0; i < n; i++) {
    const x = cat(a[i] as number);
    const y = cat(b[i] as number);
    (obs[x] as number[])[y] = ((obs[x] as number[])[y] ?? 0) + 1;
    ra[x] = (ra[x] ?? 0) + 1;
    rb[y] = (rb[y] ?? 0) + 1;
    if (x === y) exact++;
    absDiff += Math.abs((a[i] as number) - (b[i] as number));
  }
  let num = 0;
  let den = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = k === 1 ? 0 : ((i - j) * (i - j)) / ((k - 1) * (k - 1));
      num += w * ((obs[i] as number[])[j] ?? 0);
      den += (w * (ra[i] ?? 0) * (rb[j] ?? 0)) / n;
    }
  }
  const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ma = mean(a);
  const mb = mean(b);
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < n; i++) {
    cov += ((a[i] as number) - ma) * ((b[i] as number) - mb);
    va += ((a[i] as number) - ma) ** 2;
    vb += ((b[i] as number) - mb) ** 2;
  }
  return {
    n,
    exact: exact / n,
    quadraticKappa: den === 0 ? (num === 0 ? 1 : NaN) : 1 - num / den,
    pearson: va === 0 || vb === 0 ? NaN : cov / Math.sqrt(va * vb),
    meanAbsDiff: absDiff / n,
  };
}
