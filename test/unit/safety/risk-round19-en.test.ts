/**
 * Round 19 (English, from the misses of train-2026-11q-en, the C-SSRS coverage grid): families with variants that are
 * not in the benchmark sets, and hard negatives for each. Rules only (the learned model switched off).
 */
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/safety/index.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

describe('crisis families, round 19 en (acts in progress, means at the neck or in the lap, cover stories, notes done) — rules only', () => {
  useRulesOnly();

  it.each([
    // a whole month's or week's supply taken; cutting already begun
    ['swallowed my entire week of sleeping pills about an hour ago', 'imminent'],
    ["took my whole month's supply of sertraline, feeling weird", 'imminent'],
    ["i've just started cutting, it won't stop bleeding", 'imminent'],
    // a cord, rope or belt round the neck; a gun in the lap or loaded after cleaning it
    ['last night I had the belt around my neck for a while', 'imminent'],
    ['sitting here with the shotgun in my lap', 'imminent'],
    ['took my grandad’s revolver out of the drawer and loaded it', 'imminent'],
    // over the railing
    ['climbed over the railings on the footbridge', 'imminent'],
    // self-harm on purpose, for the first time, deep
    ['I deliberately burned myself with a lighter', 'high'],
    ['hit myself against the wall on purpose until it bruised', 'high'],
    ['I cut myself for the first time today', 'high'],
    // "bout"/"abt" spellings; wanting out of life
    ['lowkey been thinkin bout killing myself', 'high'],
    ['honestly I just want to get out of this life', 'high'],
    // cover stories for giving things away
    ['giving my records to my mate. she doesn’t need to know why', 'high'],
    ['gave all my books to the charity shop. told them I’m moving. I’m not.', 'high'],
    // notes done, letters posted, a will left where they'll find it "after"; alcohol with sleeping tablets plus resolve
    ['wrote a will last week and put it in the drawer where my sister will find it after', 'imminent'],
    ["I've made my decision. posted the letters this morning", 'imminent'],
    ["whisky and dad's sleeping pills tonight. don't try to talk me out of it", 'imminent'],
  ])('%s → %s', (text, want) => {
    expect(assessRisk(text).level).toBe(want);
  });

  it.each([
    ['I took a whole month of sertraline before it kicked in'],
    ['I just started cutting back on sugar'],
    ['his words cut deep'],
    ['cut myself shaving on purpose lol no'],
    ['rifle’s in my lap, cleaning it for deer season'],
    ['gave my old bike to my nephew, told him it’s a loan. it’s not, he keeps it lol'],
    ['thinking bout ending it with my gf'],
    ['I want out of this job'],
    ['my letters are posted, santa will love them'],
    ['wrote my will after the baby was born, sensible adulting'],
    ['vodka and lemonade please'],
  ])('none: %s', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });
});
