import { mkdtempSync, writeFileSync, readFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBuiltinEngine, type Engine } from '../../../src/engines/index.ts';
import {
  loadTestSet,
  readCheckpoint,
  runGeneration,
  buildRunReport,
  renderReportHtml,
} from '../../../src/eval/index.ts';

function testSet(n: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'carellm-evalrun-'));
  const f = path.join(dir, 'test.jsonl');
  const lines = Array.from({ length: n }, (_, i) =>
    JSON.stringify(
      i % 2 === 0
        ? {
            id: `q${i}`,
            messages: [
              { role: 'user', content: `我最近总是失眠 ${i}` },
              { role: 'assistant', content: '我在听。能再多说一点吗？' },
            ],
          }
        : { id: `q${i}`, prompt: `I feel low ${i}`, reference: 'I hear you.' },
    ),
  );
  writeFileSync(f, lines.join('\n') + '\n');
  return f;
}

/** Built-in engine with a small pause so replies overlap; records the peak concurrency. */
function trackingEngine(pauseMs = 5): { engine: Engine; peak: () => number; calls: () => number } {
  const inner = createBuiltinEngine({ delayMs: 0 });
  let active = 0;
  let peak = 0;
  let calls = 0;
  return {
    peak: () => peak,
    calls: () => calls,
    engine: {
      info: () => inner.info(),
      async *doStream(req) {
        calls++;
        active++;
        peak = Math.max(peak, active);
        try {
          await new Promise((r) => setTimeout(r, pauseMs));
          yield* inner.doStream(req);
        } finally {
          active--;
        }
      },
    },
  };
}

describe('eval run', () => {
  it('loads JSONL test sets in several shapes', async () => {
    const items = await loadTestSet(testSet(4));
    expect(items.map((i) => i.id)).toEqual(['q0', 'q1', 'q2', 'q3']);
    expect(items[0]).toMatchObject({ locale: 'zh-CN', reference: '我在听。能再多说一点吗？' });
    expect(items[0]?.messages.at(-1)?.role).toBe('user');
    expect(items[1]).toMatchObject({ locale: 'en', reference: 'I hear you.' });
  });

  it('honours the concurrency bound and records latency per reply', async () => {
    const items = await loadTestSet(testSet(12));
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'carellm-ck-')), 'run.jsonl');
    const t = trackingEngine();
    const s = await runGeneration({ items, engine: t.engine, concurrency: 3, checkpointFile: out });
    expect(s).toMatchObject({ total: 12, generated: 12, skipped: 0, failed: 0, aborted: false });
    expect(t.peak()).toBe(3);
    const recs = await readCheckpoint(out);
    expect(recs).toHaveLength(12);
    for (const r of recs) {
      expect(r.latencyMs).toBeGreaterThanOrEqual(0);
      expect(r.prediction.length).toBeGreaterThan(0);
      expect(r.engine).toBe('builtin');
    }
  });

  it('resumes after being killed half-way (incl. a torn last line) without redoing finished items', async () => {
    const items = await loadTestSet(testSet(10));
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'carellm-ck-')), 'run.jsonl');
    const first = trackingEngine();
    const controller = new AbortController();
    const s1 = await runGeneration({
      items,
      engine: first.engine,
      concurrency: 2,
      checkpointFile: out,
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 4) controller.abort(); // "kill" half-way
      },
    });
    expect(s1.aborted).toBe(true);
    const partial = await readCheckpoint(out);
    expect(partial.length).toBeGreaterThanOrEqual(4);
    expect(partial.length).toBeLessThan(10);
    appendFileSync(out, '{"id":"q9","predic'); // process died mid-write
    const second = trackingEngine();
    const s2 = await runGeneration({ items, engine: second.engine, concurrency: 2, checkpointFile: out });
    expect(s2.skipped).toBe(partial.length);
    expect(s2.generated).toBe(10 - partial.length);
    expect(second.calls()).toBe(10 - partial.length);
    const all = await readCheckpoint(out);
    expect(new Set(all.map((r) => r.id)).size).toBe(10);
    expect(all).toHaveLength(10);
    expect(
      readFileSync(out, 'utf8')
        .split('\n')
        .filter((l) => l.includes('"predic"') || l.endsWith('"predic')).length,
    ).toBe(1);
  });

  it('records engine failures and retries them on resume', async () => {
    const items = await loadTestSet(testSet(3));
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'carellm-ck-')), 'run.jsonl');
    const failing: Engine = {
      info: () => ({
        id: 'broken',
        label: { 'zh-CN': 'x', en: 'x' },
        kind: 'openai-compatible',
        capabilities: { input: ['text'], audioOutput: false, offline: false },
      }),
      // eslint-disable-next-line require-yield
      async *doStream() {
        throw new Error('connection refused');
      },
    };
    const s = await runGeneration({ items, engine: failing, concurrency: 2, checkpointFile: out });
    expect(s.failed).toBe(3);
    const s2 = await runGeneration({
      items,
      engine: createBuiltinEngine({ delayMs: 0 }),
      concurrency: 2,
      checkpointFile: out,
    });
    expect(s2.generated).toBe(3);
  });

  it('report: scores a run and renders HTML with SVG charts', async () => {
    const items = await loadTestSet(testSet(6));
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'carellm-ck-')), 'run.jsonl');
    await runGeneration({
      items,
      engine: createBuiltinEngine({ delayMs: 0 }),
      concurrency: 2,
      checkpointFile: out,
    });
    const rep = await buildRunReport(out, 'builtin', { tokenize: 'zh', ci: 0.95 });
    expect(rep.items).toBe(6);
    expect(rep.bleu?.bleu).toBeGreaterThan(0);
    expect(rep.bleu?.ci?.low).toBeLessThanOrEqual(rep.bleu?.ci?.high as number);
    const html = renderReportHtml({
      generatedAt: 'now',
      settings: { bleuTokenize: 'zh', rougeTokenize: 'zh', distinctTokenize: 'zh', ci: 0.95 },
      runs: [rep, { ...rep, name: 'second' }],
    });
    expect(html).toContain('<svg');
    expect(html).toContain('second');
    expect(html).toContain('评测报告');
  });
});
