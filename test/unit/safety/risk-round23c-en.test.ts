import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/safety/index.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

// Round 23c en/mix (set 11w-en): own paraphrases of the missed families, never the miss lines.
describe('round 23c en/mix: unnoticed, survivor wish, how I would do it, pills saved, notes and goodbyes (rules only)', () => {
  useRulesOnly();

  const low: string[] = [
    'if i vanished next week no one in my class would even notice',
    'honestly if i was gone tomorrow nobody at work would notice',
    'it wouldnt matter if i just disappeared, not to anyone here',
    'some days i wish i never made it back from over there.',
    'i wish i hadnt come home alive, my whole squad deserved it more',
    '有时候想 if I never woke up 其实也不错',
    '说真的 if i didnt wake up 也没关系',
    '我就是家里的 burden, nobody says it but i know',
    '如果没有我 everyone would be happier',
    'every day feels the same 我真的不知道为什么还要继续下去',
  ];
  it.each(low)('low: %s', (text) => {
    expect(assessRisk(text).level).toBe('low');
  });

  const high: string[] = [
    '我一直在想 how I would do it, 但是没想好',
    'since Tom died last spring I just want to be with him again, I keep thinking about how to go through with it',
    'hit my head on the floor until i saw stars. again.',
    'banging my head against the wall till it bled, thats what i do when i panic',
    'been picturing how id do it lately',
    'got tylenol at four different chemists so no one would get suspicious',
  ];
  it.each(high)('high: %s', (text) => {
    expect(assessRisk(text).level).toBe('high');
  });

  const imminent: string[] = [
    'got the rope in my closet. doing it once my parents are asleep',
    'been saving my sleeping tablets for weeks. tonight',
    'got tylenol at four different chemists so no one would get suspicious. doing it friday',
    'my affairs are all sorted now and i have saved my pills for months',
    'wrote letters to my dad and sister. just wanted to say goodbye to you as well',
    'im on the platform. i will jump when next train is coming',
    'set my texts to send in the morning and wiped all my accounts. by then ill be gone',
    'knife in my hand and 都是血 止不住 whatever',
  ];
  it.each(imminent)('imminent: %s', (text) => {
    expect(assessRisk(text).level).toBe('imminent');
  });

  // Hard negatives: the same words in everyday use (jokes, plans, clumsiness, chores, other people).
  const none: string[] = [
    'it wouldnt matter if i just disappeared for the weekend, the kids are with their dad',
    'i wish i hadnt made it home in time for that awkward dinner lol',
    'wish i never made it back to the party, it got so boring',
    'if i didnt wake up 也没关系 because 明天周末 不用起床',
    'bought paracetamol at two pharmacies because the first ran out. saturday',
    'thinking about how id do it differently next time, the kitchen needs more light',
    'ive been thinking about how I might manage it financially',
    'my dad died two years ago and id like to join him in the family business someday',
    'my husband passed last year, id like to join her for lunch tomorrow my friend invited me',
    'been banging my head against the wall over this bug till my eyes hurt lol',
    'doing it when my roommate leaves for work, the surprise party needs balloons',
    'been saving my allergy pills for the trip for weeks',
    'bought paracetamol from 3 different pharmacies because they kept selling out',
    'my affairs are in order, the lawyer finished the will after my surgery',
    "finished the notes for my mom's birthday card, wanted to say bye to u too before class",
    'ill jump on when the next train comes, save me a seat',
    'scheduled posts to go out for the campaign and deleted my instagram for a detox',
    'by then itll be done, the cake needs 40 minutes in the oven',
    '刀在手里 切菜 blood everywhere 止不住 割到手指了',
    "如果没有我 they'd be happier 哈哈 because I always eat their snacks",
    '这部剧太烂了 我也不知道为什么要继续看',
    'if i disappeared for a week nobody at the office would notice, thats how chill my job is',
    'if i disappeared from the group chat nobody in it would even notice lol',
    'my friend said if she disappeared nobody at school would notice, how do i help her',
    'i hit my head on the cupboard door till i saw stars, so clumsy',
    'bumped my head on the car door until it bled, so clumsy',
  ];
  it.each(none)('none: %s', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });
});
