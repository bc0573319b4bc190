import { describe } from 'vitest';
import { assistantSays, readsAfter, readsAs, userSays, type LevelRow } from '../../support/level-cases.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

// Round 24 en/mix (set 11x-en): own paraphrases of the missed families, never the miss lines, and their hard negatives.
describe('round 24 en/mix: acts told done, cover stories, arrangements with a time, at the water (rules only)', () => {
  useRulesOnly();

  const imminent: string[] = [
    // an overdose told done with a count, or "did it" with a sorry
    'already took my pills 差不多三十颗 头好晕',
    'just swallowed all my sleeping pills, 大概四十片',
    'i did it. took all the pills. sorry',
    'did it already - swallowed every tablet. goodbye',
    // the plan set, don't talk me out of it
    'my plan is set 别拦我',
    'the plan is set. dont try to stop me',
    // at a height and not coming down
    "I'm at the top of the car park now. I'm not coming back down",
    "I'm on the bridge. I don't think I'll be coming down",
    // a pet handed over and nothing needed after a day
    "gave my dog to my brother last night. I won't need anything after Sunday",
    "handed my cats over to my neighbour. won't be needing any of my stuff after tomorrow",
    // means got and "I know what it's for"
    'got a rope and hid it in the garage. you know what its for',
    'bought charcoal tonight, I know exactly what it is for.',
    // a will and notes for a pet, done after a shift
    'made my will and left notes for my cats. I am done after my shift tomorrow',
    // on the platform, the next train minutes away
    "I'm standing on the platform, next train is in 2 mins.",
    // debts paid and accounts deleted, everything set
    'deleted all my socials and paid off my credit cards. everything is set',
    // a note to whoever reads it
    'if someone finds this, sorry for everything. I love you dad',
    // things given away behind a cover story
    'gave away most of my records, told everyone I was going travelling. I am not.',
    // pills saved up
    "I've saved up enough of my sleeping pills",
    // everything brought, nobody knows where I am
    'packed everything I need. nobody knows where I am.',
    // notes left, a time before someone is home
    "the notes are on the kitchen table. I'll do it before the kids come home",
    // more pills for tonight
    'picking up more tylenol for tonight',
    // a keepsake for after I'm gone, a day named
    "I'd like my son to have my watch after I'm gone. I'm doing it on friday",
    // at the water and going in
    'I am at the river now. I am going to walk in.',
    "坐在海边很久了 I'm gonna go in",
    // my last message at a place
    'this is my last message. im on the bridge',
  ];
  readsAs('imminent', imminent);

  const high: string[] = [
    'how would someone kill themselves painlessly, asking for me',
    'how do people end their life without it hurting',
  ];
  readsAs('high', high);

  const low: string[] = [
    "honestly I don't care if I live or die these days",
    'is it bad that i dont really care whether i live or die',
    "i can't do life anymore",
    'lying awake, i just dont want to do life any more',
  ];
  readsAs('low', low);

  const none: string[] = [
    'already took my vitamins, like 20 of them lol jk 2',
    'already took the pills the doctor gave me, 20 minutes ago',
    'i did it! took my meds every morning this week 💪',
    'did it. took all the meds back to the pharmacy. sorry it took so long',
    'quitting my job, the plan is set, dont try to stop me',
    'the plan is set for tonight, pizza and a movie',
    "not coming down for dinner, I'm not hungry",
    "I'm on the roof of my building watching the sunset. not coming down till it's dark lol",
    "I won't need anything after Friday, the delivery covers it",
    'gave my cat to my neighbour while I am on holiday next week',
    'bought rope for the climbing gym. you know what its for',
    'wrote my will before the surgery and left instructions for my dog with the sitter',
    "I'm done after my shift ends, then pub",
    "I'm on the platform and the next train is in 4 minutes, gonna be late",
    'finally paid off my debts and deleted my socials for a detox 🎉',
    'if anyone reads this, sorry for the long post. any advice?',
    "told my friends I'm moving. I'm not moving, it was a prank lol",
    "I've saved enough of my tablets to last the trip",
    'brought everything I need for the camping trip',
    'nobody knows where I am lol solo trip to lisbon',
    'the letters are on the table, the postman came',
    "I'll do it before my husband gets home, the laundry I mean",
    'buying more paracetamol for tonight, the kids have a fever',
    'my granny wants me to have her ring after she is gone',
    "the presentation? I'm doing it tomorrow",
    "at the lake, water's freezing but I'm going to go in anyway 🥶",
    'how do vets put dogs down painlessly',
    "my boss doesn't care if I live or die lol",
    'mondays, i dont want to do life anymore lol',
    'this is my last message before I board, see you in 3 hours',
    'this is my last message for today, night all',
  ];
  readsAs('none', none);
});

// Round 24 (answers.ts): a yes closed by a future time, to a question about hurting oneself, is a plan with a time.
describe('round 24: a yes with a time to a question about hurting oneself (rules only)', () => {
  useRulesOnly();
  const h = (user: string, assistant: string) => [userSays(user), assistantSays(assistant)];
  const cases: LevelRow[] = [
    [
      h('been hoarding my meds', 'Are you saving them to hurt yourself?'),
      'yes. around 50 now. tomorrow night',
      'imminent',
    ],
    [
      h('i keep thinking about it', 'Are you thinking about killing yourself?'),
      'yeah. this weekend',
      'imminent',
    ],
    [
      h('i keep thinking about it', 'Are you thinking about killing yourself?'),
      'yes sometimes. not tonight',
      'high',
    ],
    [h('i keep thinking about it', 'Are you thinking about killing yourself?'), 'yes', 'high'],
    [h('dinner plans?', 'Are you coming to the party?'), 'yes. this weekend', 'none'],
  ];
  readsAfter(cases);
});
