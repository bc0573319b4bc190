import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearRiskCache, resetCrisisModel } from '../../../src/safety/index.ts';
import { chooseOverride, overrideCase, type Labelled } from '../../../src/safety/train/crisis-override.ts';

// The trainer judges with the rules alone.
beforeEach(() => {
  resetCrisisModel(null);
  clearRiskCache();
});
afterEach(() => {
  resetCrisisModel(undefined);
  clearRiskCache();
});

const weakWord = 'packed the car for the lake tonight, left my dog with my sister'; // vetoed, a rule word
const noWord = '今天又划了卡买了好多东西'; // vetoed, no rule word
const open = '今天的天气还可以'; // not vetoed
const negated = "I'm sad but I'm not suicidal"; // discounted by a rule

describe('crisis trainer: the override threshold', () => {
  it('reads through a context veto only where nothing else keeps the model silent, and says whether a rule read something', () => {
    expect(overrideCase(weakWord)).toEqual({ ruleRead: true });
    expect(overrideCase(noWord)).toEqual({ ruleRead: false });
    expect(overrideCase(open)).toBeNull();
    expect(overrideCase(negated)).toBeNull();
  });

  it('stops above the first threshold that would flag one of our none lines', () => {
    const own: Labelled[] = [
      { text: weakWord, y: 2 },
      { text: 'packed the car for the lake tonight, fishing with my sister', y: 0 },
      { text: noWord, y: 0 },
      { text: open, y: 0 },
    ];
    // Out-of-fold active scores (second of each pair; float32-exact): the none line with a rule word at 0.875, the one
    // without at 0.984375 (below 0.99).
    const oof = new Float32Array([0, 0.96875, 0, 0.875, 0, 0.984375, 0, 0.99]);
    const lines: string[] = [];
    const t = chooseOverride(own, oof, [{ text: open, y: 0 }], [new Float32Array([0, 0.99])], (l) =>
      lines.push(l),
    );
    expect(t).toBe(0.88);
    expect(lines.some((l) => l.includes('high+ gained 1'))).toBe(true);
  });

  it('stops where everyday lines would be flagged', () => {
    const own: Labelled[] = [{ text: weakWord, y: 2 }];
    const everyday: Labelled[] = [{ text: 'packed the car for the lake tonight, so excited', y: 0 }];
    const t = chooseOverride(
      own,
      new Float32Array([0, 0.99]),
      everyday,
      [new Float32Array([0, 0.9375])],
      () => {},
    );
    expect(t).toBe(0.94);
  });
});
