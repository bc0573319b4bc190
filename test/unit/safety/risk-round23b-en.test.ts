import { describe } from 'vitest';
import { readsAs } from '../../support/level-cases.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

describe('round 23b en: burden, numbness, welcomed accidents, method comparisons, farewells by arrangement (rules only)', () => {
  useRulesOnly();

  const atLeastLow: string[] = [
    // burden: dead weight, a parasite, others freer without having to deal with me
    "I'm just dead weight to my husband now, he does everything for me",
    'feel like a parasite on my family since I lost my job',
    "dad would have so much more free time if he didn't have to look after me",
    // numbness that lasts
    'ive felt completely numb for weeks now',
    'i feel empty all the time, not even sad anymore',
    // death by illness or accident welcomed
    "it'd be easier if I got cancer and died honestly",
    'if a bus hit me on the way home that would honestly be fine',
    "if the plane went down I'd be kind of relieved tbh",
    // existing, not living; worthless
    'not really living anymore, just existing',
    "I'm not worth anything anymore",
    'whats left of me isnt worth saving',
    // envying the dead
    "the ones who didn't come home had it easy",
    "my buddies who didn't make it back got the better end of the deal",
    // no light at the end, the end hoped for soon
    "can't see any light at the end of the tunnel anymore",
    "it'll be like this till I die and I hope that comes soon",
    // mixed: no future
    '我真的看不到any future了',
  ];
  readsAs('>=low', atLeastLow);

  const atLeastHigh: string[] = [
    'keep staring at the traffic thinking about walking out in front of one',
    'standing on the platform and thinking about stepping in front of the next one',
    'pills vs the bridge, my brain keeps weighing it',
    'been comparing hanging and an overdose all night',
    'I work in a pharmacy and I keep thinking about how easy it would be for me',
    'thinking about how easy it would be to just not wake up',
  ];
  readsAs('>=high', atLeastHigh);

  const imminent: string[] = [
    "I'm at the bridge. I just want somebody to know",
    'this will be the last time i text you. thanks for everything',
    "drafted my farewell texts. I won't be here when they arrive",
    "i want to die. this is the last time i'll write here",
  ];
  readsAs('imminent', imminent);

  // A disclosure ("I just want someone to know") does not make self-harm imminent on its own.
  const highOnly: string[] = [
    "cut again last night after two months clean. no idea why I'm telling anyone, I just want someone to know",
  ];
  readsAs('high', highOnly);

  const none: string[] = [
    'my backpack is dead weight on this hike, ditching the tent',
    "I'm dead weight in this group project lol",
    'my brother is such a leech, always borrowing money',
    "mom would have so much more money if she didn't have to pay rent",
    'my fingers feel numb all the time in this cold',
    "i feel nothing for him anymore, it's over and im fine",
    'after the dentist my lip felt numb for hours',
    "i've felt empty for weeks but I'm safe, my counsellor and I are working on it",
    "it'd be easier if I just dyed my hair myself",
    "if a bus hit me i'd want it to be on a Friday lol",
    'sunday = just existing, not living lol',
    "my car isn't worth much anymore",
    "I'm not worth much as a cook lol",
    "the ones who didn't make it to the final got the better deal, they went home early",
    "there's no light at the end of the hallway, the bulb died",
    'keep thinking about stepping in front of the camera for my first vlog',
    'the train was late and I thought about walking to work instead',
    'jump rope or pills for losing weight?',
    'should I pack rope or pills for the camping first aid kit',
    'thinking about how easy it would be to switch to linux',
    'I keep thinking about how easy it would be for me to quit my job and travel',
    'got into my dream school!! just want someone to know',
    'wrote my goodbye emails to my coworkers, last day friday, new job!',
    "I won't be here when the parcel arrives, can the neighbour sign for it",
    "this is the last time i'll message here, switching to the new app. thanks for everything",
    "this is the last time i'll vent about my boss, i promise. im sorry",
    "don't worry about the party, I've taken care of everything.",
    '我看不到any future in this company 想跳槽',
    'on the roof of my dorm watching the meteor shower, just want someone to know how pretty it is',
  ];
  readsAs('none', none);
});
