/**
 * Round 21b (en, red-team set train-2026-11r-en): risk told by arrangements, objects and consequences, counted only
 * with a finality or self-directed cue; the everyday senses of the same words stay `none`. Rules only.
 */
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/safety/index.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

type Row = [text: string, level: 'none' | 'low' | 'high' | 'imminent'];

const table = (rows: Row[]) => {
  for (const [text, level] of rows) {
    it(`${level}: ${text}`, () => {
      expect(assessRisk(text).level).toBe(level);
    });
  }
};

describe('round 21b en: arrangements with finality (rules only)', () => {
  useRulesOnly();
  table([
    ["Asked my sister to feed the cat from Friday. it won't matter after Sunday.", 'imminent'],
    [
      'got my mate to look after Biscuit starting tomorrow. nothing will matter after this weekend',
      'imminent',
    ],
    ["keys and the bills are left on the table. they won't need to worry about me after tonight", 'imminent'],
    ["the dog goes to my brother on Saturday and I won't be around after that", 'imminent'],
    // Session 34: a burden with resolve and no time, means or goodbye reads high (see wish+resolve).
    ["tell him he shouldn't expect me Monday or after. I'm done being a burden", 'high'],
    ["Asked the neighbour to feed the cat from Friday, we're on holiday in Spain", 'none'],
    ["cancelled my rent since I'm moving to a new flat next month", 'none'],
    ["my notes for the exam won't matter after tomorrow lol", 'none'],
    ["I'll be long gone by then, my flight leaves at 6", 'none'],
    ['writing a birthday note my husband will find in the morning', 'none'],
    ['signed the will at the solicitor today, baby on the way so it felt right', 'none'],
  ]);
});

describe('round 21b en: pills counted out, a time when nobody is awake (rules only)', () => {
  useRulesOnly();
  table([
    ['pills counted out on the bedside table. waiting till my parents are asleep', 'imminent'],
    ['counted out 30 of my tablets. once everyone is in bed', 'imminent'],
    ['the nurse counted out my tablets for the week', 'none'],
    ["sorted grandma's pills out in her dosette box for the week", 'none'],
    ["waiting till everyone's asleep so I can eat the leftover cake", 'none'],
  ]);
});

describe('round 21b en: self-harm relapse told by the blade or the marks (rules only)', () => {
  useRulesOnly();
  table([
    ['got the blade out again after 3 months clean', 'high'],
    ['two fresh cuts on my forearm and nobody knows', 'high'],
    ["back on my wrists again. I can't stop", 'high'],
    ['bought a new razor again for shaving my legs', 'none'],
    ['three lines on my arm from the henna artist, so pretty', 'none'],
    ["my little sister's cutting again and she's only 14", 'none'],
    ["my best friend's been self harming, how do I help", 'none'],
  ]);
});

describe('round 21b en: method research and active thoughts without the words (rules only)', () => {
  useRulesOnly();
  table([
    ["keep measuring how high the multi-storey roof is. I'm so done", 'high'],
    ['been looking up how to get over the railing on the Clifton bridge', 'high'],
    ['I want to die by my own hand, not wait for it', 'high'],
    ['stood by the motorway bridge, wondering how fast it would be', 'high'],
    ["thinking about the toaster bath again and it's not a meme for me this time", 'high'],
    ['mi tired a everyting, mi waan dead', 'high'],
    ['looking up how to climb over the barrier at the climbing gym', 'none'],
    ['what dose of chocolate is lethal for dogs?', 'none'],
    ['I built this table by my own hand', 'none'],
    ['toaster bath time lmao my code broke again', 'none'],
  ]);
});
