/**
 * Round 15 (English, from the misses of train-2026-11m-en): families with variants that are not in the
 * benchmark sets, and hard negatives for each. Rules only (the learned model switched off).
 */
import { describe, expect, it } from 'vitest';
import { assessRisk, type ConversationTurn } from '../../../src/safety/index.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

const u = (content: string): ConversationTurn => ({ role: 'user', content });
const RANK = { none: 0, low: 1, high: 2, imminent: 3 } as const;

describe('crisis families, round 15 en (older adults, everyday burden, algospeak, lookups, plain acts, scheduled goodbyes) — rules only', () => {
  useRulesOnly();

  it.each([
    // passive wishes: indifference to not waking, older adults, "why am I still here", stop existing
    ["if I never woke up tomorrow I wouldn't really care", 'low'],
    ["honestly if i didn't wake up i wouldn't be too upset", 'low'],
    ["I'm 81 and ready for it all to be over whenever the Lord decides", 'low'],
    ['why am i even alive.', 'low'],
    ["I don't understand why God keeps me around", 'low'],
    ['so done with being a human tbh', 'low'],
    ['i wish i could stop existing', 'low'],
    ['it would be easier if id never been born', 'low'],
    ["every morning I'm disappointed that I'm still alive", 'low'],
    ["it's a disappointment that I'm still breathing", 'low'],
    ['sometimes I think how peaceful it would be to not exist', 'low'],
    ["I don't see any reason to keep going", 'low'],
    ['part of me hopes the scans show something terminal', 'low'],
    ['so sick of life', 'low'],
    ['would anybody actually turn up to my funeral', 'low'],
    ["can't imagine any future where things get better", 'low'],
    ['no point carrying on like this', 'low'],
    ["what's even the point. nothing changes", 'low'],
    ['I just want to sleep forever', 'low'],
    // burden: better off, happier, richer without me, the life insurance, a waste of space
    ['my family would be happier if i just vanished', 'low'],
    ["they'd have an easier life if i wasn't in the picture", 'low'],
    ['mum and dad would save so much money without me', 'low'],
    ['the kids would get the life insurance and be better off', 'low'],
    ['the world would carry on just fine without me', 'low'],
    ["I'm just a waste of space", 'low'],
    ['my parents deserve a better son than me', 'low'],
    // active thoughts: a named place, working out how, algospeak, "want out", decided, make it happen
    ['been thinking about jumping off the roof of my building', 'high'],
    ['thinking of jumping from our apartment terrace', 'high'],
    ["I've worked out how I'd do it.", 'high'],
    ['figuring out how to end it', 'high'],
    ['wanna minecraft myself', 'high'],
    ['kermit myself fr', 'high'],
    ['thinking about a toaster bath', 'high'],
    ['ready to self-delete', 'high'],
    ['gonna catch the bus. not the 12', 'high'],
    ['I just want out. For good.', 'high'],
    ['my SI has been really bad this week', 'high'],
    ["I've decided to end my life", 'high'],
    ["wish I was dead and honestly I'm going to make it happen", 'high'],
    // self-harm as coping, emoji, a new tool
    ['cutting is the only thing that helps', 'high'],
    ['self harming is the only way I can feel something', 'high'],
    ['🩸 again', 'high'],
    ['got the blade out of my razor', 'high'],
    // method asks and lookups
    ['how high does a bridge need to be', 'high'],
    ['reading up on which pills are most lethal', 'high'],
    ['googled ways to do it', 'high'],
    ["searching 'painless ways' again tonight", 'high'],
    [
      "if I was gone everyone would be relieved, and honestly I'm starting to think I should just make it happen",
      'high',
    ],
    ["does insurance pay out if it's suicide? asking for me", 'high'],
    // acts told plainly, found quickly
    ['swallowed my entire prescription an hour ago', 'imminent'],
    ['took the whole box of sleeping pills', 'imminent'],
    ['left the door unlocked so they can find me', 'imminent'],
    // scheduled goodbyes, last posts, cover stories, thanks for trying, at peace by morning
    ["I won't be here when the video goes live", 'imminent'],
    ['scheduled my posts to go out after.', 'imminent'],
    ['This is my last post. take care of each other', 'imminent'],
    ["Said my goodbyes to my friends, they think I'm moving away. I'm not.", 'imminent'],
    ["rope's ready. thanks for trying everyone", 'imminent'],
    ['🪢 goodnight forever', 'imminent'],
    ["wrote notes for everyone. I'll be at peace by morning", 'imminent'],
    ["wrote letters to mum and dad. I'm done. goodbye", 'imminent'],
    // places now, with resolve
    ["standing on the pedestrian bridge right now, don't call the police", 'imminent'],
    [
      "I'm on the roof of the car park, been sitting here an hour working up the courage to do it",
      'imminent',
    ],
    ["tonight and I'm not coming back", 'imminent'],
    // things given away with "won't be needing them" or a cover story
    ["giving away my books and my bike. won't be needing them", 'high'],
    ["gave my camera to my cousin, she thinks I'm just decluttering", 'high'],
  ] as const)('%s → %s', (text, want) => {
    expect(assessRisk(text).level).toBe(want);
  });

  it.each([
    "if i didn't wake up for my alarm i wouldn't be surprised lol",
    'ready for this week to be over already',
    'this app should stop existing',
    'how nice it would be to just be gone on holiday for a month',
    "I don't see any reason to keep going with this project",
    'my mum is planning her own funeral, picking songs',
    "no point carrying on with the meeting, let's reschedule",
    "what's the point of this meeting",
    "what's the point of me going if you're not coming?",
    "the project would be easier if Tom wasn't in the picture",
    "we'd get the life insurance payout if the car is written off",
    'the team will be fine without me at the meeting tomorrow',
    'that movie was a waste of space on my hard drive',
    "thinking of jumping off the pier into the sea this summer, it's a local tradition",
    'figuring out how to end it with my girlfriend',
    "i keep planning how i'd do it if i won the lottery",
    'going to self-delete my account',
    'I decided to die my hair blue',
    "we're going to make it happen, the wedding will be amazing",
    'gonna sleep forever this weekend, so exhausted from exams',
    'how high does a building have to be to need a lift',
    'googled painless ways to take off a plaster',
    'my nursing exam asks which drugs are the most dangerous in overdose, been reading up on which meds are the most dangerous',
    "my uncle died by suicide, does life insurance still pay out if it's suicide",
    'at 85 I leave the door unlocked so they can find me if I fall',
    'This is my last post here, moving to bluesky, take care of each other',
    "going to the pub tonight and I'm not coming back before 2",
    "flying to Canada tomorrow and I'm not coming back",
    "gave my old clothes to my sister, outgrew them. won't be needing them",
    // words talked about, not used
    "I have to say 'unalived' in my history video or it gets taken down",
    "what's the difference between self-harm and suicidal ideation? it's for my class",
    // a place named for a reason, not a wish
    "I don't want to be here, at this party, my ex just walked in",
    // resolved past with a life event since
    'I tried to end things in 2019. Four years of therapy later I just got married.',
  ])('%s → none', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  it.each([
    // taken back with a concrete reason in the newest turn: someone else had the phone, what was meant, where I am
    [['i want to end it all'], 'ok that was my sister grabbing my phone as a prank, sorry. I am fine'],
    [["I'm gonna jump"], "omg no I'm at the pool, my first time off the high board and I'm scared"],
    [
      ['I actually want to die right now'],
      'sorry, wrong wording, I meant I wanted to die of embarrassment at work',
    ],
  ] as const)('%j then "%s" → none', (history, text) => {
    expect(assessRisk(text, history.map(u)).level).toBe('none');
  });

  it.each([
    // the same openers without a concrete reason keep the check-in
    [['i want to end it all'], 'ok'],
    [['i want to kill myself'], "sorry. I'm fine"],
  ] as const)('%j then "%s" stays flagged', (history, text) => {
    expect(RANK[assessRisk(text, history.map(u)).level]).toBeGreaterThanOrEqual(RANK.low);
  });
});
