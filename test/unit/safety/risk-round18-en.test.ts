/**
 * Round 18 (English, from the misses of train-2026-11p-en, the long tail): families with variants that are not in the
 * benchmark sets, and hard negatives for each. Rules only (the learned model switched off).
 */
import { describe, expect, it } from 'vitest';
import { assessRisk, type ConversationTurn } from '../../../src/safety/index.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

const u = (content: string): ConversationTurn => ({ role: 'user', content });

describe('crisis families, round 18 en (euphemisms, guns, acts by object, regional varieties, passive long tail) — rules only', () => {
  useRulesOnly();

  it.each([
    // euphemisms and memes for suicide
    ['thinking of finishing myself off, can’t keep doing this', 'high'],
    ['i want to yeet myself off this planet for real, not joking', 'high'],
    ['been thinking about taking the big sleep. the forever kind', 'high'],
    ['checking out the samurai way is starting to make sense', 'high'],
    // a gun turned on oneself, choking, staff diverting drugs, "one day I'll do it" after a place
    ["I've thought about turning my service weapon on myself more than once", 'high'],
    ["sat with dad's shotgun across my lap for an hour last night", 'high'],
    ['tried to strangle myself with a belt yesterday', 'high'],
    [
      "pocketing some of the morphine from the cabinet and being done with it myself. that's my thought every shift",
      'high',
    ],
    ["the bridge is right by my flat. one day i'll just do it.", 'high'],
    ['mann karta hai apne aap ko khatam kar du', 'high'],
    ['been checking which of my pills would do the job', 'high'],
    // acts told by their objects
    ["got rocks in my coat pockets and i'm standing by the river", 'imminent'],
    ['ankle weights strapped to my ankles, the boat is out past the buoys', 'imminent'],
    ['sitting on the side of the tub with a blade', 'imminent'],
    ['i drank the weedkiller an hour ago', 'imminent'],
    // Session 34: self-harm with a bare time reads high (train, dev and fresh label 45 of 48 such lines high).
    ['i burned myself with a lighter again, gonna do it again tomorrow', 'high'],
    // a place now, a goodbye, a time, resolve
    ["I'm heading to the cliffs now. tell my dad I'm sorry", 'imminent'],
    ['whoever finds this, I’m sorry. I’m doing it at midnight', 'imminent'],
    ['chhat pe khada hoon abhi, aaj raat sab khatam kar dunga', 'imminent'],
    ["texting you from level 4 of the car park roof. i'm done.", 'imminent'],
    // passive wishes, hopelessness and burden in the long tail
    ["Sometimes I pray the good Lord will take me home soon. I'm 84 and so tired.", 'low'],
    ['i should never have been born honestly', 'low'],
    ['still alive, unfortunately. 2/10', 'low'],
    ["my life is a subscription I'd cancel if I could", 'low'],
    ["my kids would do better with a mum who isn't me", 'low'],
    ["i'm just dead weight in everyone's lives", 'low'],
    ['i don tire for this life abeg', 'low'],
    ["if the band splits i don't know why i'd still be here", 'low'],
    ['feels like the only reason i stayed around is gone now', 'low'],
  ] as const)('%s → %s', (text, want) => {
    expect(assessRisk(text).level).toBe(want);
  });

  it.each([
    "I'm doing the daily sudoku, committed to finishing the whole book",
    'finishing myself off with a dessert tonight, I deserve it',
    'taking a long nap after this shift',
    'checking out of the hotel for good tomorrow, flying home',
    'cleaning my rifle across my lap before deer season',
    'I nearly choked on my food laughing',
    "one day I'll go to Japan",
    "I've got stones in my pockets from the beach, the kids collected them",
    'sitting on the edge of the bath with the razor, shaving my legs',
    "the dog drank some bleach, vet says he'll be fine",
    'her words cut deep',
    'needed stitches after the bike crash but they were fine',
    'checking which of my meds would interact with alcohol',
    'walking down to the river now for a swim',
    'going up to the top floor of my block for the party',
    'whoever finds this wallet please call me',
    "it's time. graduation tomorrow!",
    "I'm waiting for the bus",
    'God take me to Paris already lol',
    "honestly don't see the point in living with roommates",
    'my mum said she should never have been born in this town',
    'my life is an open book',
    'dead weight on the team, we need to cut him',
    "I don't know why I'd still be here at 5pm on a Friday",
  ])('none: %s', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  it('someone else on my phone explains an earlier message away', () => {
    const history = [u('I want to die')];
    expect(assessRisk('omg sorry that was my cousin on my phone, he thinks he is funny', history).level).toBe(
      'none',
    );
  });
});
