import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteRepository } from '../../../src/store/index.ts';
import { buildReport } from '../../../src/emotion/report/build.ts';
import { renderReportHtml, escapeHtml } from '../../../src/emotion/report/html.ts';
import { createEmotionAnalyser } from '../../../src/emotion/analyser.ts';

const HOSTILE = `I'm so anxious </script><script>alert(1)</script><img src=x onerror=alert(2)> & can't sleep`;

describe('emotion report', () => {
  let dir: string;
  let store: SqliteRepository;
  let sessionId: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carellm-report-'));
    store = new SqliteRepository(path.join(dir, 'db.sqlite'));
    const session = await store.createSession({ locale: 'en', title: '<b>My week</b>' });
    sessionId = session.id;
    const analyser = createEmotionAnalyser();
    const texts = ['Thank you, today was a good day!', 'I feel so lonely, nobody cares about me', HOSTILE];
    const history: { role: 'user'; content: string }[] = [];
    for (const text of texts) {
      const m = await store.addMessage({ sessionId, role: 'user', content: text, status: 'complete' });
      const reading = await analyser.analyse({ sessionId, locale: 'en', text, history });
      await store.addAnalysis({ sessionId, messageId: m.id, kind: 'emotion', data: reading });
      history.push({ role: 'user', content: text });
    }
    // A message without a stored reading is read on the fly.
    await store.addMessage({
      sessionId,
      role: 'user',
      content: 'I am worried about my exams',
      status: 'complete',
    });
    await store.addScreening({
      sessionId,
      instrument: 'phq9',
      answers: [1, 1, 1, 1, 1, 1, 1, 1, 1],
      score: 9,
      band: 'mild',
      data: { severity: 1, crisis: true, item9: 1 },
    });
    await store.addScreening({
      sessionId,
      instrument: 'gad7',
      answers: [2, 2, 2, 2, 2, 0, 0],
      score: 10,
      band: 'moderate',
      data: { severity: 2, crisis: false },
    });
  });
  afterAll(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('builds the data: trajectory, distribution, indicators, screenings, key moments, suggestions', async () => {
    const r = await buildReport(store, { sessionId, locale: 'en' });
    expect(r.scope).toBe('session');
    expect(r.messageCount).toBe(4);
    expect(r.trajectory).toHaveLength(4);
    expect(r.distribution.length).toBeGreaterThan(0);
    expect(r.indicators.loneliness.peak).toBeGreaterThan(0.25);
    expect(r.screenings.map((s) => [s.instrument, s.bandLabel, s.crisis])).toEqual([
      ['phq9', 'Mild', true],
      ['gad7', 'Moderate', false],
    ]);
    expect(r.keyMoments.some((k) => k.text.includes('lonely'))).toBe(true);
    expect(r.suggestions[0]!.id).toBe('seek-professional-help');
    expect(r.disclaimer).toMatch(/not a diagnosis/);
  });

  it('renders self-contained HTML with charts, data and the disclaimer, escaping hostile text', async () => {
    const r = await buildReport(store, { sessionId, locale: 'en' });
    const html = renderReportHtml(r);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect((html.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(html).toContain(escapeHtml(r.disclaimer));
    expect(html).toContain('id="report-data"');
    const json = html.match(/<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/)![1]!;
    const data = JSON.parse(json) as typeof r;
    expect(data.trajectory.map((p) => p.negative)).toEqual(r.trajectory.map((p) => p.negative));
    // Hostile message text never appears raw: no injected tags, no live handlers.
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>My week</b>');
    expect(html).toContain('&lt;b&gt;My week&lt;/b&gt;');
    expect((html.match(/<script/g) ?? []).length).toBe(1);
    expect(html).not.toMatch(/<link|src="http|href="http/);
    expect(html).toContain('@media print');
  });

  it('works across all sessions and in Chinese', async () => {
    const other = await store.createSession({ locale: 'zh-CN' });
    await store.addMessage({
      sessionId: other.id,
      role: 'user',
      content: '最近压力很大，总是失眠',
      status: 'complete',
    });
    const r = await buildReport(store, { locale: 'zh-CN' });
    expect(r.scope).toBe('all');
    expect(r.sessions).toHaveLength(2);
    expect(r.messageCount).toBe(5);
    const html = renderReportHtml(r);
    expect(html).toContain('情绪报告');
    expect(html).toContain('不是诊断');
  });
});
