import { describe } from 'vitest';
import { readsAs } from '../../support/level-cases.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

describe('round 22b en: censored spellings, ending things, "if you are reading this I am gone" (rules only)', () => {
  useRulesOnly();

  const atLeastHigh: string[] = [
    'gonna k*ll myself fr this time',
    'honestly i might k!ll myself tonight... no, just thinking',
    'i want to ki11 myself',
    'been thinking about su*cide again',
    'thinking about s*icide every day',
    'i want to delete myself, not joking',
    'thinking about deleting myself tbh',
    'been thinking a lot about ending things',
    "I've been considering ending my life",
    'thought so much about ending everything lately',
    'suicide seems like the only real option left for me',
    'killing myself feels like the only way out',
    'ending it all is starting to look like the best solution',
  ];
  readsAs('>=high', atLeastHigh);

  const imminent: string[] = [
    "if you're reading this i'm gone. passwords are in the notes app",
    'if anyone is reading this, I am already dead',
    'If you are reading this then I am no longer here.',
  ];
  readsAs('imminent', imminent);

  const none: string[] = [
    'this exam is gonna k*ll me lol',
    'thinking about ending things with my boyfriend',
    "I've been thinking about ending things between us, we just fight",
    'want to delete myself from the group chat',
    "if you're reading this i'm gone on holiday till monday",
    'if you are reading this, I am gone for the weekend, back on Monday',
    'in the film, suicide seems like the only option for the hero',
    'my friend said suicide feels like the only way out for her',
    'coach made us do suicide runs till someone threw up',
    'we practised asking "are you thinking about suicide?" at crisis line training',
    'thinking of ending things permanently with my toxic friend group',
  ];
  readsAs('none', none);
});
