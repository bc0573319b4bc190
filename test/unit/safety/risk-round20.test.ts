/**
 * Round 20 (crisis, known defects from made-up probes), rules only. Each family is checked with
 * paraphrases and hard negatives, never with training lines.
 */
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/safety/index.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

type Row = [text: string, level: 'none' | 'low' | 'high' | 'imminent'];

const CASES: Array<[family: string, rows: Row[]]> = [
  [
    'pesticide bought for the farm is not a means readied',
    [
      ['地里打虫用的农药我已经买到了', 'none'],
      ['果园打虫的农药我已经买好了', 'none'],
      ['菜园除草的药都买好了', 'none'],
      ['农药我已经买到了，就今晚', 'imminent'],
      ['农药我已经买好了', 'imminent'],
    ],
  ],
  [
    'an animal or another person climbing over a railing; concerts, sports and queues',
    [
      ['the cat climbed over the railing', 'none'],
      ['my dog jumped over the railing to chase a squirrel', 'none'],
      ['my brother climbed over the railing to grab his hat', 'none'],
      ['we climbed over the barrier to get closer to the stage', 'none'],
      ['I climbed over the barricade at the festival to see the band', 'none'],
      ['I climbed over the barrier at the stadium to get to the pitch', 'none'],
      ['I climbed over the railing', 'imminent'],
      ['I just climbed over the railing on the bridge', 'imminent'],
    ],
  ],
  [
    'study notes finished before an exam',
    [
      ['my notes are done for the exam tomorrow', 'none'],
      ["my revision notes are finished for tomorrow's test", 'none'],
      ['notes are all written for the quiz tonight', 'none'],
      ['my notes are written, tonight is the night', 'imminent'],
    ],
  ],
  [
    'nothing to live for until a season, show or release',
    [
      ['Nothing left to live for till August, Spurs have finished their season', 'none'],
      ['nothing to live for until the new season starts lol', 'none'],
      ['nothing left to live for until the next album drops', 'none'],
      ['nothing left to live for until season 3 comes out', 'none'],
      ['nothing left to live for', 'low'],
      ['I have nothing left to live for anymore', 'low'],
    ],
  ],
  [
    'a mind made up, with an apostrophe or without',
    [
      // Session 34: a thought with resolve alone reads high (23 of 31 such lines in train, dev and fresh are labelled high).
      ["I want to die. my mind's made up", 'high'],
      ['I want to die, my minds made up', 'high'],
      ["my mind's made up about the new car", 'none'],
    ],
  ],
  [
    'a thought held for days or weeks is not hyperbole',
    [
      ['累到想死，已经想了好几周了', 'high'],
      ['累得想死，这个念头已经有好几天了', 'high'],
      ["so tired I could die, and I've been thinking about dying for weeks", 'high'],
      ['累死了', 'none'],
      ['累到想死哈哈', 'none'],
    ],
  ],
  [
    'a video recorded for someone is a farewell, not media',
    [
      ['给老妈的视频录好了，不想活了', 'imminent'],
      ['给我女儿录了一段告别视频，不想活了', 'imminent'],
      ['录了一段告别视频，我撑不下去了', 'imminent'],
      ['给老妈的生日视频录好了', 'none'],
      ['看了一个告别视频，不想活了', 'none'],
      ['这个视频里他说不想活了', 'none'],
    ],
  ],
  [
    'a leisure word said not to be meant does not clear the match',
    [
      ['我想 delete 自己，不是说账号', 'high'],
      ['想把自己删掉，不是说微信', 'high'],
      ['我想 delete 自己的账号', 'none'],
    ],
  ],
  [
    'Cantonese thanks before a decision to leave tonight',
    [
      ['想講聲多謝你呢排陪我，我決定今晚離開', 'imminent'],
      ['多謝你呢排陪我，我決定今晚離開', 'imminent'],
      ['我决定今晚离开公司早点回家', 'none'],
    ],
  ],
];

describe('crisis rules, round 20 (rules only)', () => {
  useRulesOnly();
  for (const [family, rows] of CASES) {
    describe(family, () => {
      it.each(rows)('%s -> %s', (text, level) => {
        expect(assessRisk(text).level).toBe(level);
      });
    });
  }
});
