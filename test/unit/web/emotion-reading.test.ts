import { describe, expect, it } from 'vitest';
import type { EmotionReading } from '../../../web/src/api/types.ts';
import {
  highlightedWords,
  highlights,
  nameKey,
  presentIndicators,
  readingTarget,
  segments,
} from '../../../web/src/emotion/reading.ts';
import { en } from '../../../web/src/i18n/en.ts';
import { zhCN } from '../../../web/src/i18n/zh-CN.ts';

const TEXT = 'I feel so sad and lonely today';

/** The shape the server's emotion stage sends (docs/emotion.md), trimmed to what matters here. */
const reading: EmotionReading = {
  labels: [
    { label: 'sadness', score: 0.99 },
    { label: 'disappointment', score: 0.82 },
  ],
  predicted: ['sadness', 'disappointment'],
  analyser: 'carellm-emotion-linear@1.0.0',
  details: {
    evidence: {
      sadness: [
        { start: 10, end: 13, text: 'sad', rule: 'sadness:5.78' },
        { start: 18, end: 24, text: 'lonely', rule: 'sadness:1.48' },
        { start: 14, end: 17, text: 'and', rule: 'sadness:0.66' },
      ],
      // Only weak, function-word evidence: nothing from this label is worth marking.
      disappointment: [{ start: 7, end: 9, text: 'so', rule: 'disappointment:0.56' }],
    },
    indicators: {
      low_mood: { score: 0.79, level: 'notable', evidence: [{ start: 10, end: 13, text: 'sad' }] },
      loneliness: { score: 0.64, level: 'notable', evidence: [{ start: 18, end: 24, text: 'lonely' }] },
      anxiety: { score: 0.3, level: 'some', evidence: [] },
      // Present in the data but level none: its words are not marked.
      sleep: { score: 0.1, level: 'none', evidence: [{ start: 25, end: 30, text: 'today' }] },
    },
  },
};

describe('evidence highlights', () => {
  it('marks indicator words and strong classifier words, merging what overlaps', () => {
    const marks = highlights(TEXT, reading);
    expect(marks.map((m) => TEXT.slice(m.start, m.end))).toEqual(['sad', 'lonely']);
    // "sad" was named by both the low-mood indicator and the sadness label; "lonely" is below half
    // of sadness's strongest weight, so it comes from the loneliness indicator alone.
    expect(marks[0]!.sources).toEqual([
      { kind: 'indicator', name: 'low_mood' },
      { kind: 'goemo', name: 'sadness' },
    ]);
    expect(marks[1]!.sources).toEqual([{ kind: 'indicator', name: 'loneliness' }]);
  });

  it('merges overlapping spans into one', () => {
    const text = 'I can’t sleep at all';
    const marks = highlights(text, {
      labels: [{ label: 'sadness', score: 0.9 }],
      predicted: ['sadness'],
      analyser: 'x',
      details: {
        evidence: { sadness: [{ start: 8, end: 13, text: 'sleep', rule: 'sadness:2' }] },
        indicators: {
          sleep: { score: 0.6, level: 'notable', evidence: [{ start: 2, end: 13, text: 'can’t sleep' }] },
        },
      },
    });
    expect(marks).toHaveLength(1);
    expect(text.slice(marks[0]!.start, marks[0]!.end)).toBe('can’t sleep');
    expect(marks[0]!.sources.map((s) => s.name)).toEqual(['sleep', 'sadness']);
  });

  it('drops spans whose offsets fall outside the text, and marks nothing for placeholders', () => {
    const broken: EmotionReading = {
      ...reading,
      details: {
        indicators: {
          low_mood: { score: 0.8, level: 'notable', evidence: [{ start: 40, end: 44, text: 'sad' }] },
        },
      },
    };
    expect(highlights(TEXT, broken)).toEqual([]);
    expect(
      highlights(TEXT, { labels: [], predicted: [], analyser: 'placeholder', placeholder: true }),
    ).toEqual([]);
    expect(highlights(TEXT, undefined)).toEqual([]);
  });

  it('cuts the text into parts that join back into it, marked parts where the highlights are', () => {
    const parts = segments(TEXT, highlights(TEXT, reading));
    expect(parts.map((p) => p.text).join('')).toBe(TEXT);
    expect(parts.filter((p) => p.highlight).map((p) => p.text)).toEqual(['sad', 'lonely']);
    expect(segments('plain', [])).toEqual([{ text: 'plain' }]);
    expect(highlightedWords(TEXT, highlights(TEXT, reading))).toEqual(['sad', 'lonely']);
  });
});

describe('reading helpers', () => {
  it('lists present indicators strongest first, leaving out level none', () => {
    expect(presentIndicators(reading.details!.indicators).map((i) => i.id)).toEqual([
      'low_mood',
      'loneliness',
      'anxiety',
    ]);
    expect(presentIndicators(undefined)).toEqual([]);
  });

  it('reads the focused user message while it exists, else the latest', () => {
    const msgs = [
      { id: 'u1', role: 'user' },
      { id: 'a1', role: 'assistant' },
      { id: 'u2', role: 'user' },
      { id: 'a2', role: 'assistant' },
    ];
    expect(readingTarget(msgs, null)?.id).toBe('u2');
    expect(readingTarget(msgs, 'u1')?.id).toBe('u1');
    expect(readingTarget(msgs, 'gone')?.id).toBe('u2');
    expect(readingTarget(msgs, 'a1')?.id).toBe('u2');
    expect(readingTarget([], null)).toBeUndefined();
  });

  it('has a name in both languages for all 28 GoEmotions labels, and null for unknown ones', () => {
    const labels =
      'admiration amusement anger annoyance approval caring confusion curiosity desire disappointment disapproval disgust embarrassment excitement fear gratitude grief joy love nervousness optimism pride realization relief remorse sadness surprise neutral'.split(
        ' ',
      );
    expect(labels).toHaveLength(28);
    for (const l of labels) {
      const key = nameKey('goemo', l);
      expect(key, l).not.toBeNull();
      expect(zhCN[key!]).not.toBe(en[key!]);
    }
    expect(nameKey('goemo', 'toString')).toBeNull();
    expect(nameKey('goemo', 'bogus')).toBeNull();
    expect(nameKey('indicator', 'low_mood')).toBe('indicator.low_mood');
  });
});
