import { describe, expect, it } from 'vitest';
import { answersProblem, instrumentView, scoreScreening } from '../../../src/emotion/screening/index.ts';
import { checkInOffer } from '../../../src/emotion/checkin.ts';

/** Answers of a given length summing to `total`, with item 9 (index 8) kept at `item9`. */
function answersFor(n: number, total: number, item9 = 0): number[] {
  const a = new Array<number>(n).fill(0);
  if (n === 9) a[8] = item9;
  let left = total - (n === 9 ? item9 : 0);
  for (let i = 0; i < n && left > 0; i++) {
    if (n === 9 && i === 8) continue;
    const v = Math.min(3, left);
    a[i] = v;
    left -= v;
  }
  if (left !== 0) throw new Error('impossible total');
  return a;
}

describe('PHQ-9 scoring', () => {
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately_severe'],
    [19, 'moderately_severe'],
    [20, 'severe'],
    [24, 'severe'],
  ])('total %i → %s', (total, band) => {
    const r = scoreScreening('phq9', answersFor(9, total));
    expect(r.score).toBe(total);
    expect(r.band).toBe(band);
    expect(r.crisis).toBe(false);
    expect(r.furtherEvaluation).toBe(total >= 10);
  });

  it('27 is severe (with item 9 at 3, so crisis)', () => {
    const r = scoreScreening('phq9', new Array(9).fill(3));
    expect(r).toMatchObject({ score: 27, band: 'severe', severity: 4, item9: 3, crisis: true });
  });

  it.each([1, 2, 3])('item 9 = %i triggers the crisis protocol whatever the total', (v) => {
    const r = scoreScreening('phq9', answersFor(9, v, v), 'zh-CN');
    expect(r.band).toBe('minimal');
    expect(r.crisis).toBe(true);
    expect(r.item9).toBe(v);
    expect(r.resources?.regions[0]?.id).toBe('CN');
    expect(r.resources?.message).toMatch(/热线/);
  });

  it('item 9 = 0 does not trigger it even at a severe total', () => {
    const r = scoreScreening('phq9', [3, 3, 3, 3, 3, 3, 3, 3, 0]);
    expect(r).toMatchObject({ score: 24, band: 'severe', crisis: false, item9: 0 });
    expect(r.resources).toBeUndefined();
  });
});

describe('GAD-7 scoring', () => {
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ])('total %i → %s', (total, band) => {
    const r = scoreScreening('gad7', answersFor(7, total));
    expect(r.band).toBe(band);
    expect(r.crisis).toBe(false);
    expect(r.item9).toBeUndefined();
  });
});

describe('answers validation', () => {
  it.each([
    ['phq9', [0, 0, 0]],
    ['phq9', new Array(10).fill(0)],
    ['gad7', [0, 0, 0, 0, 0, 0, 4]],
    ['gad7', [0, 0, 0, 0, 0, 0, -1]],
    ['gad7', [0, 0, 0, 0, 0, 0, 1.5]],
    ['gad7', [0, 0, 0, 0, 0, 0, '1']],
    ['gad7', 'nope'],
  ] as const)('%s %j is rejected', (id, answers) => {
    expect(answersProblem(id, answers)).not.toBeNull();
    expect(() => scoreScreening(id, answers as unknown as number[])).toThrow();
  });
});

describe('instrument wording', () => {
  it('has the published items in both languages', () => {
    const en = instrumentView('phq9', 'en');
    const zh = instrumentView('phq9', 'zh-CN');
    expect(en.items).toHaveLength(9);
    expect(zh.items).toHaveLength(9);
    expect(en.items[8]).toBe('Thoughts that you would be better off dead or of hurting yourself in some way');
    expect(zh.items[0]).toBe('做事时提不起劲或没有兴趣');
    expect(en.options.map((o) => o.value)).toEqual([0, 1, 2, 3]);
    expect(zh.options[3]!.label).toBe('几乎每天');
    const gad = instrumentView('gad7', 'en');
    expect(gad.items[0]).toBe('Feeling nervous, anxious, or on edge');
    expect(gad.source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('in-conversation check-in offer', () => {
  const reading = (low: number, anx: number) => ({
    labels: [],
    predicted: [],
    analyser: 'x',
    details: {
      sessionIndicators: {
        low_mood: { score: low, level: low >= 0.25 ? 'some' : 'none' },
        anxiety: { score: anx, level: anx >= 0.25 ? 'some' : 'none' },
      },
    },
  });
  it('offers PHQ-9 for sustained low mood after a few messages', () => {
    const offer = checkInOffer({ locale: 'en', reading: reading(0.6, 0.3), screenings: [], userTurns: 4 });
    expect(offer).toMatchObject({ kind: 'check-in', action: 'offer-screening', instrument: 'phq9' });
    expect(offer!.text).toMatch(/short check-in/);
  });
  it('offers GAD-7 when anxiety leads, in Chinese', () => {
    const offer = checkInOffer({ locale: 'zh-CN', reading: reading(0.3, 0.7), screenings: [], userTurns: 4 });
    expect(offer?.instrument).toBe('gad7');
    expect(offer?.text).toMatch(/自我检查/);
  });
  it('stays quiet too early, without cues, after completion or right after an offer', () => {
    expect(checkInOffer({ locale: 'en', reading: reading(0.6, 0), screenings: [], userTurns: 2 })).toBeNull();
    expect(checkInOffer({ locale: 'en', reading: reading(0, 0), screenings: [], userTurns: 5 })).toBeNull();
    expect(
      checkInOffer({
        locale: 'en',
        reading: reading(0.6, 0),
        screenings: [{ instrument: 'phq9', createdAt: '' }],
        userTurns: 5,
      }),
    ).toBeNull();
    expect(
      checkInOffer({
        locale: 'en',
        reading: reading(0.6, 0),
        screenings: [],
        userTurns: 5,
        lastOfferTurn: 3,
      }),
    ).toBeNull();
  });
});
