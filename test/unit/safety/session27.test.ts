/**
 * Session 27 (crisis): a remote past told as over in more words (RESOLVED_MORE in data/crisis-modifiers.ts) reads as no
 * current risk; the same past with a recurrence, or a present wish with the same words, does not. Lines made up for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/safety/index.ts';

const level = (t: string) => assessRisk(t, []).level;

describe('session 27: a remote past told as over', () => {
  it.each([
    '我高中的时候天天想死，那时候家里很乱。现在想起来还是难过，但我已经不是那个女孩了',
    '以前我也靠割自己缓解，后来学了别的办法，今天去游泳了',
    '我以前总想死，现在我有自己的生活了',
    'I used to cut myself in college. Wore a tank top to work today for the first time, kind of proud',
  ])('%s reads none', (text) => {
    expect(level(text)).toBe('none');
  });

  it.each([
    ['I used to cut myself and I started again last week, kind of proud I told someone', 'high'],
    ['我以前想死，现在又开始想了，已经不是那个能撑住的我了', 'high'],
    ["I want to die. I'm kind of proud I said it out loud", 'high'],
  ])('%s still reads %s', (text, expected) => {
    expect(level(text)).toBe(expected);
  });
});
