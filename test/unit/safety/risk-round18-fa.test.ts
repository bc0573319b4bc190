/**
 * Round 18b (precision): everyday sentences that share a rule's words read `none`, and risky paraphrases of the
 * same families still read at least their level. Families: "wouldn't mind if <vehicle> …" (only a vehicle that
 * hits or crashes with me), "don't want to wake up" early / for work, a death wish described in a named work
 * ("in that song"), "宁可死也不<trivial thing>", a 给/跟-addressee read as the subject, and self-harm told in
 * the past tense with a resolution. Rules only (the learned model is switched off). Paraphrases, not bench lines.
 */
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/safety/index.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

type Level = 'none' | 'low' | 'high' | 'imminent';
const RANK: Record<Level, number> = { none: 0, low: 1, high: 2, imminent: 3 };

useRulesOnly();

describe('round 18b: everyday look-alikes read none (rules only)', () => {
  const benign: string[] = [
    // a vehicle that is late, cancelled or towed
    "I wouldn't mind if my flight got delayed, more time in the lounge",
    "wouldn't mind if the train was late tbh, I need to finish this podcast",
    "honestly wouldn't care if my car got towed, it's a wreck anyway",
    "I wouldn't be upset if the plane got cancelled, I hate work trips",
    "I wouldn't mind if the bus took the scenic route",
    // waking up early or for something
    "I don't want to wake up early tomorrow, it's Saturday",
    "I don't want to wake up at 6 for practice anymore",
    'honestly I dont want to wake up for work tomorrow, ugh mondays',
    // a work named right after the words
    'death sounds nice in that song, the chorus is gorgeous',
    "dying sounds so peaceful in this poem, we're analysing it for English",
    'death feels like a relief in the last chapter of the book, beautifully written',
    'the way death sounds peaceful in that movie is kind of haunting',
    // 宁可死也不 + a trivial thing
    '宁可死也不吃香菜',
    '我宁愿死也不穿这件丑衣服',
    '宁可死都不要去那家店排队',
    '我宁可死也不加这个班',
    '我宁愿死也不早起跑步',
    // self-harm told in the past tense and resolved
    "I self harmed in uni. Seven years free of it now and I'm a nurse.",
    'I self harmed a lot in school. 10 years free of it now, doing great.',
    // someone else's words, with the writer as addressee
    '她跟我说不想活了，我该怎么办',
  ];
  it.each(benign)('%s → none', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });
});

describe('round 18b: risky paraphrases of the narrowed families (rules only)', () => {
  const risky: Array<[string, Level]> = [
    ["I wouldn't mind if a bus hit me tbh", 'low'],
    ["wouldn't mind if a car hit me on the way home", 'low'],
    ["I wouldn't care if my plane crashed", 'low'],
    ['wouldnt mind if a truck ran me over', 'low'],
    ["wouldn't be that upset if a heart attack took me", 'low'],
    ["I wouldn't mind if I didn't wake up tomorrow", 'low'],
    ["I don't want to wake up tomorrow", 'low'],
    ['I just dont want to wake up anymore', 'low'],
    ['dying sounds peaceful right now', 'low'],
    ['dying sounds peaceful like in that movie, I want that', 'low'],
    ['death is the only way out for me', 'high'],
    ['宁愿去死也不想再被他这样对待', 'high'],
    ['我宁可死也不回那个家，活着太痛苦了', 'high'],
    ['我宁愿死也不要再回到那种日子', 'high'],
    ['宁可去死都不要被关在医院', 'high'],
    // the person after 给/跟 is the writer's addressee: what follows is the writer's own
    ['给爸妈的话都录好了，不想活了', 'high'],
    ['给他发了最后一条消息，不想活了', 'high'],
    ['跟爸妈道了别，不想活了', 'high'],
    ['给她留了言，不想活了', 'high'],
    ['I self harmed yesterday, I thought I was in a better place', 'high'],
    ['I cut myself again tonight.', 'high'],
  ];
  it.each(risky)('%s → at least %s', (text, min) => {
    expect(RANK[assessRisk(text).level as Level]).toBeGreaterThanOrEqual(RANK[min]);
  });
});
