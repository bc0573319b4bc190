/**
 * Round 22 (sets train-2026-11s / train-2026-11s-en): a gun of one's own or a parent's said to be loaded; things one
 * "won't need much longer"; the self-harm shorthand "sh'd"; sitting on a railing with the legs outside; pills
 * swallowed counted in Chinese numerals; a thought denied right after it ("轻生的念头从来没有过"). Rules only.
 */
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/safety/index.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

type Level = 'none' | 'low' | 'high' | 'imminent';

const table = (rows: [string, Level][]) => {
  for (const [text, level] of rows) {
    it(`${level}: ${text}`, () => {
      expect(assessRisk(text).level).toBe(level);
    });
  }
};

describe('round 22: means, giving away and self-harm shorthand (en, rules only)', () => {
  useRulesOnly();
  table([
    ["I've got my dad's pistol and it's loaded. I'm in my car outside the house.", 'imminent'],
    ['my stepdads rifle, its loaded, sitting on my bed', 'imminent'],
    ["my dad's gun is loaded, he keeps it for hunting", 'none'],
    ['pills r in my hand rn counting them', 'imminent'],
    ["giving my switch to my cousin and my cat to the neighbour. won't need them much longer", 'high'],
    ["I'm sorting out who gets my records and books. I won't be needing them after tonight.", 'imminent'],
    ['wont need any of this where im going', 'high'],
    ["selling my textbooks, won't need them after graduation", 'none'],
    ["won't need it much longer, the baby is almost out of nappies", 'none'],
    ["relapsed. sh'd last night for the first time in 8 months", 'high'],
    ["i sh'd again", 'high'],
    ['u shd go to bed', 'none'],
    ['i shd probably sleep', 'none'],
  ]);
});

describe('round 22: railing, pills counted and a denied thought (zh, rules only)', () => {
  useRulesOnly();
  table([
    ['我现在坐在阳台栏杆上，腿在外面', 'imminent'],
    ['坐在窗台上 两条腿悬在外面', 'imminent'],
    ['我骑在桥栏上，脚已经在外边了', 'imminent'],
    ['坐在栏杆上拍照，腿在外面晃', 'none'],
    ['我吃了很多 pills，大概三十几颗，只是想跟谁说一声', 'imminent'],
    ['吞了二十多片安眠药', 'imminent'],
    ['刚吃了药，大概四十颗', 'imminent'],
    ['吃了二十几颗葡萄', 'none'],
    ['我承认最近很低落，但轻生的念头从来没有过，放心', 'none'],
    ['自杀的想法我从来没有过', 'none'],
    ['想死的念头从来没出现过，只是累', 'none'],
    ['自杀的念头从来没有这么强烈过', 'high'],
    ['我不想活了 从来没有过这种感觉', 'high'],
    ['想死，从来没有过的绝望', 'high'],
  ]);
});
