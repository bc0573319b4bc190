/**
 * Session 37: listed given names written in lower case, as people type in chat: after "i'm" / "call me" / a greeting, after
 * my + a relation, and where a person stands ("i miss tomas", "me and ella"). Lines made up for these tests (none copied
 * from a set). Lower-case words that only look like listed names (pro-ana slang, pinyin, a star sign, states) stay text.
 */
import { describe } from 'vitest';
import { findsNames, findsNoName } from '../../support/pii-spans.ts';

describe('session 37: lower-case self-introductions', () => {
  findsNames([
    ['hi im jake, 16, from ohio', 'jake'],
    ["hey, i'm sarah. i can't stop crying", 'sarah'],
    ['im emily and i feel like nothing matters', 'emily'],
    ['call me emily', 'emily'],
    ['i am michael, 34, dad of two', 'michael'],
    ['hi this is priya, we talked yesterday', 'priya'],
    ['hello its omar again', 'omar'],
    ["I'm noah btw", 'noah'],
  ]);
  findsNoName([
    "i'm tired and i'm done",
    'hi im new here',
    'im so done lol',
    'hi im grace',
    'im leo so i cant help it',
    'hi im back, it was a rough week',
    "call me crazy but i think it's working",
  ]);
});

describe('session 37: lower-case names after my + a relation', () => {
  findsNames([
    ['my sister emma keeps calling me', 'emma'],
    ['my boyfriend josh left me last night', 'josh'],
    ['hey im ben, my mom is jenny and she yells', 'jenny'],
    ['my best friend maria stopped talking to me', 'maria'],
    ['my therapist laura is on leave', 'laura'],
  ]);
  findsNoName(['my sister is ok now', 'my mom is always tired', 'my friend and i went out']);
});

describe('session 37: lower-case names where a person stands', () => {
  findsNames([
    ['gave my guitar to jake and my games to my cousin', 'jake'],
    ['me and ella broke up after 3 years', 'ella'],
    ['i miss tom so much', 'tom'],
    ['tell jess i love her', 'jess'],
    ['always the one who checks on emma first', 'emma'],
    ['been worried about jake lately', 'jake'],
  ]);
  findsNoName([
    'pro ana and mia tips are everywhere on that app',
    'me and leo season again lol',
    'my kid is obsessed with elsa and frozen',
    'the calls started to peter out after a week',
    'we got in just in the nick of time',
    'dried off with a terry towel and went to bed',
  ]);
});
