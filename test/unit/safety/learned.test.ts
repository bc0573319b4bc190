import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  assessRisk,
  clearRiskCache,
  CrisisModel,
  defaultCrisisModel,
  resetCrisisModel,
  type CrisisModelHeader,
} from '../../../src/safety/index.ts';

const FEATURE = {
  bits: 10,
  charMin: 3,
  charMax: 5,
  weights: { word: 1, bigram: 1, char: 0.5, han: 1, symbol: 0.5 },
};

/** A model whose outputs are fixed by its biases (all weights zero). */
function constantModel(bias: number): CrisisModel {
  const header: Omit<CrisisModelHeader, 'scales'> = {
    format: 'carellm-crisis-linear',
    name: 'test-constant',
    version: '0.0.1',
    feature: FEATURE,
    bias: [bias, bias],
    thresholds: { risk: 0.5, active: 0.5 },
    trainedOn: [],
    created: 'test',
  };
  return CrisisModel.serialise(header, new Float32Array((1 << FEATURE.bits) * 2)).model;
}

afterEach(() => {
  resetCrisisModel(undefined);
  clearRiskCache();
});

describe('crisis model file', () => {
  it('round-trips through serialise/fromBuffer with int8 weights', () => {
    const weights = new Float32Array((1 << FEATURE.bits) * 2);
    for (let i = 0; i < weights.length; i++) weights[i] = Math.sin(i) * 0.8;
    const header: Omit<CrisisModelHeader, 'scales'> = {
      format: 'carellm-crisis-linear',
      name: 'test-sine',
      version: '1.2.3',
      feature: FEATURE,
      bias: [-1, -2],
      thresholds: { risk: 0.7, active: 0.8 },
      trainedOn: ['nothing'],
      created: 'test',
    };
    const { buffer, model } = CrisisModel.serialise(header, weights);
    const again = CrisisModel.fromBuffer(buffer);
    expect(again.id).toBe('test-sine@1.2.3');
    expect(again.header.thresholds).toEqual({ risk: 0.7, active: 0.8 });
    const a = model.score('i want to sleep and never wake up');
    const b = again.score('i want to sleep and never wake up');
    expect(b.active).toBeCloseTo(a.active, 10);
    expect(b.risk).toBeCloseTo(a.risk, 10);
  });

  it('rejects a file that is not a crisis model', () => {
    expect(() => CrisisModel.fromBuffer(Buffer.from('not gzip'))).toThrow();
    expect(() => CrisisModel.fromBuffer(zlib.gzipSync(Buffer.from('CEMO1\nxxxx')))).toThrow(/crisis model/);
  });
});

describe('learned signal under the rules', () => {
  it('raises a message the rules left alone when the model is confident', () => {
    resetCrisisModel(constantModel(8));
    clearRiskCache();
    const r = assessRisk('今天的天气还可以');
    expect(r.level).toBe('high');
    expect(r.reasons.some((x) => x.includes('learned.active'))).toBe(true);
    expect(r.assessor).toContain('test-constant@0.0.1');
  });

  it('never overrides what the rules discounted: negation, someone else, hyperbole, resolved past', () => {
    resetCrisisModel(constantModel(8));
    clearRiskCache();
    for (const text of [
      "I'm sad but I'm not suicidal",
      '我朋友说她不想活了，我该怎么帮她',
      '尴尬得想死',
      'so embarrassed i want to die',
      'I attempted suicide ten years ago but I am doing well now',
    ]) {
      expect(assessRisk(text).level, text).toBe('none');
    }
  });

  it('stays silent when it is not confident, and rules alone still work', () => {
    resetCrisisModel(constantModel(-8));
    clearRiskCache();
    expect(assessRisk('今天的天气还可以').level).toBe('none');
    expect(assessRisk('我不想活了').level).toBe('high');
    resetCrisisModel(null);
    clearRiskCache();
    expect(assessRisk('I took the whole bottle of pills just now').level).toBe('imminent');
  });

  it('a missing model file leaves the rules working', () => {
    const missing = path.join(os.tmpdir(), `no-such-model-${process.pid}.bin.gz`);
    expect(fs.existsSync(missing)).toBe(false);
    const before = process.env.CARELLM_TEST_CRISIS_MODEL;
    process.env.CARELLM_TEST_CRISIS_MODEL = missing;
    try {
      resetCrisisModel(undefined);
      expect(defaultCrisisModel()).toBeNull();
      clearRiskCache();
      expect(assessRisk('我已经站在天台边上了').level).toBe('imminent');
    } finally {
      if (before === undefined) delete process.env.CARELLM_TEST_CRISIS_MODEL;
      else process.env.CARELLM_TEST_CRISIS_MODEL = before;
    }
  });
});

describe('the shipped crisis model', () => {
  it('loads, and ranks risk above everyday talk', () => {
    const model = defaultCrisisModel();
    expect(model).not.toBeNull();
    const t = model!.header.thresholds;
    expect(t.active).toBeGreaterThan(0.3);
    expect(t.active).toBeLessThan(1);
    const risky = model!.score('i have been thinking about ending my life every night');
    const everyday = model!.score('we had pizza for dinner and watched a movie');
    expect(risky.active).toBeGreaterThan(everyday.active);
    expect(everyday.active).toBeLessThan(t.active);
    const zhRisky = model!.score('真的撑不下去了 想结束这一切');
    const zhEveryday = model!.score('周末和朋友去爬山 风景很好');
    expect(zhRisky.active).toBeGreaterThan(zhEveryday.active);
  });
});

describe('learned evidence spans', () => {
  it('always point into the text the person wrote', () => {
    resetCrisisModel(constantModel(8));
    clearRiskCache();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        clearRiskCache();
        const r = assessRisk(text);
        for (const e of r.evidence) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(text.length);
          expect(e.start).toBeLessThanOrEqual(e.end);
          expect(text.slice(e.start, e.end)).toBe(e.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('medicine taken as treatment is not a means, and the model is not asked', () => {
    resetCrisisModel(constantModel(8));
    clearRiskCache();
    expect(assessRisk('药买好了，今晚开始吃').level).toBe('none');
    expect(assessRisk('picked up my antibiotics, starting them tonight as prescribed').level).toBe('none');
    resetCrisisModel(null);
    clearRiskCache();
    expect(assessRisk('got my pills ready for tonight').level).toBe('imminent');
  });
});
