import { describe, expect, it } from 'vitest';
import { chooseSuggestions, SUGGESTION_IDS } from '../../../src/emotion/suggestions/index.ts';
import { messageIndicators, sessionIndicators } from '../../../src/emotion/indicators.ts';
import { fuseReading } from '../../../src/emotion/fusion.ts';

describe('suggestion choice', () => {
  it('covers the required kinds of help in both languages', () => {
    for (const id of [
      'paced-breathing',
      'grounding-54321',
      'thought-record',
      'behavioural-activation',
      'sleep-hygiene',
      'worry-time',
      'self-compassion-break',
      'social-connection',
      'seek-professional-help',
    ])
      expect(SUGGESTION_IDS).toContain(id);
    const zh = chooseSuggestions({ locale: 'zh-CN', indicators: { sleep: 0.9 } });
    expect(zh[0]!.title).toBe('睡眠习惯');
    expect(zh[0]!.evidence.length).toBeGreaterThan(10);
  });

  it.each([
    ['sleep', 'sleep-hygiene'],
    ['loneliness', 'social-connection'],
    ['anger', 'anger-pause'],
    ['low_mood', 'behavioural-activation'],
    ['anxiety', 'grounding-54321|paced-breathing'],
  ] as const)('%s → %s first', (indicator, ids) => {
    const s = chooseSuggestions({ locale: 'en', indicators: { [indicator]: 0.8 } });
    expect(ids.split('|')).toContain(s[0]!.id);
    expect(s[0]!.reason).toMatch(/words pointed to/);
  });

  it('puts professional help first for a screening of 10+ or a crisis', () => {
    const s = chooseSuggestions({
      locale: 'en',
      indicators: { sleep: 0.9 },
      screenings: [{ instrument: 'phq9', score: 12, band: 'moderate', severity: 2 }],
    });
    expect(s[0]!.id).toBe('seek-professional-help');
    const c = chooseSuggestions({
      locale: 'en',
      screenings: [{ instrument: 'phq9', score: 2, band: 'minimal', severity: 0, crisis: true }],
    });
    expect(c[0]!.id).toBe('seek-professional-help');
    expect(c[0]!.reason).toMatch(/person/);
  });

  it('remembers what helped and what did not', () => {
    const base = chooseSuggestions({ locale: 'en', indicators: { anxiety: 0.6 }, limit: 10 }).map(
      (s) => s.id,
    );
    const pick = base[2]!;
    const boosted = chooseSuggestions({
      locale: 'en',
      indicators: { anxiety: 0.6 },
      feedback: [
        { suggestionId: pick, helpful: true },
        { suggestionId: pick, helpful: true },
      ],
      limit: 10,
    });
    expect(boosted[0]!.id).toBe(pick);
    expect(boosted[0]!.reason).toMatch(/helped before/);
    const dropped = chooseSuggestions({
      locale: 'en',
      indicators: { anxiety: 0.6 },
      feedback: [{ suggestionId: base[0]!, helpful: false }],
      limit: 10,
    });
    expect(dropped[0]!.id).not.toBe(base[0]);
  });

  it('offers general practices when there is nothing to go on', () => {
    expect(chooseSuggestions({ locale: 'en' }).map((s) => s.id)).toEqual([
      'paced-breathing',
      'social-connection',
      'sleep-hygiene',
    ]);
  });
});

describe('indicators', () => {
  it('finds evidence words in both languages and respects negation', () => {
    const en = messageIndicators("I'm so lonely and I can't sleep at night", {});
    expect(en.loneliness.level).not.toBe('none');
    expect(en.sleep.evidence[0]!.text).toBe("can't sleep");
    const zh = messageIndicators('最近压力很大，每天失眠，一个人好孤独', {});
    expect(zh.stress.evidence.map((e) => e.text)).toContain('压力');
    expect(zh.sleep.evidence.map((e) => e.text)).toContain('失眠');
    expect(zh.loneliness.evidence.map((e) => e.text)).toContain('孤独');
    expect(messageIndicators('我不焦虑', {}).anxiety.evidence).toHaveLength(0);
    expect(messageIndicators('I am not anxious', {}).anxiety.evidence).toHaveLength(0);
    expect(messageIndicators('我很不安', {}).anxiety.evidence.map((e) => e.text)).toContain('不安');
  });

  it('weighs recent messages more in the session view', () => {
    const worried = messageIndicators('I am so anxious and worried', {});
    const calm = messageIndicators('ok', {});
    const recentWorry = sessionIndicators([calm, calm, calm, worried]);
    const oldWorry = sessionIndicators([worried, calm, calm, calm]);
    expect(recentWorry.anxiety.score).toBeGreaterThan(oldWorry.anxiety.score);
    expect(recentWorry.anxiety.evidence[0]!.turn).toBe(0);
  });
});

describe('fusion', () => {
  const reading = {
    labels: [
      { label: 'sadness', score: 0.6 },
      { label: 'neutral', score: 0.3 },
    ],
    predicted: ['sadness'],
    analyser: 't',
  };
  it('adds voice/face cues with per-modality confidence', () => {
    const fused = fuseReading(reading, [
      { modality: 'face', scores: { happy: 0.9 }, confidence: 0.8 },
      { modality: 'voice', scores: { sadness: 0.9 }, confidence: 0.5 },
    ]);
    const mods = fused.details!.modalities as { modality: string; confidence: number }[];
    expect(mods.map((m) => m.modality)).toEqual(['text', 'face', 'voice']);
    expect(mods[1]!.confidence).toBe(0.8);
    const score = (l: string) => fused.labels.find((x) => x.label === l)!.score;
    expect(score('sadness')).toBeGreaterThan(0.6);
    expect(score('joy')).toBeGreaterThan(0);
    expect(fused.predicted).toContain('sadness');
  });
  it('ignores zero-confidence cues and leaves the text reading alone', () => {
    const fused = fuseReading(reading, [{ modality: 'face', scores: { anger: 1 }, confidence: 0 }]);
    expect(fused.labels.slice(0, 2)).toEqual(reading.labels);
    expect(fused.details!.fused).toBe(false);
  });
});
