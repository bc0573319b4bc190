/**
 * Session 37: listed given names written in lower case, as people type in chat: after "i'm" / "call me" / a greeting, after
 * my + a relation, and where a person stands ("i miss tomas", "me and ella"). Lines made up for these tests (none copied
 * from a set). Lower-case words that only look like listed names (pro-ana slang, pinyin, a star sign, states) stay text.
 */
import { describe } from 'vitest';
import { readsAs } from '../../support/level-cases.ts';
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

describe('session 37: thoughts of death that keep coming, and dying said to be not so bad', () => {
  readsAs('low', [
    '最近总是想到死',
    '经常想到死亡 也不知道为什么',
    '我最近总是会想到死',
    "sometimes i think dying wouldn't be so bad",
    'being dead doesnt seem that scary anymore',
  ]);
  readsAs('none', [
    '一想到死就害怕 睡不着',
    '想到死去的外婆就难过',
    '总是想到死线就焦虑',
    '我总是想到死的那天外婆的样子',
    'a quick death would not be so bad for that character',
    'the death penalty isnt so bad in my opinion',
  ]);
});

describe('session 37: hurting oneself when a feeling takes over', () => {
  readsAs('>=high', [
    "I hit myself when I'm angry",
    "I bite myself when I'm stressed",
    'I pinch myself hard to feel something',
    'i slap myself to punish myself for eating',
  ]);
  readsAs('none', [
    'I have to pinch myself to believe this is real',
    'i pinch myself when i get sleepy in class to stay awake',
    'I scratched myself when I fell off my bike',
    'i burned myself when i was cooking',
  ]);
});

describe('session 37: being with the dead', () => {
  readsAs('>=high', [
    'I want to be with my mom again, she died last year',
    'I just want to be with my late wife',
    'my husband passed in june. i just want to see him again',
    'I want to be with him again in heaven',
  ]);
  readsAs('>=low', ['想去找我奶奶了 她走了三年了']);
  readsAs('none', [
    "I want to see my mom again, she lives in Ohio and I haven't visited",
    "I want to be with my grandma this christmas, she's 90",
    'my grandpa died and i want to see my grandma again next week',
  ]);
});
