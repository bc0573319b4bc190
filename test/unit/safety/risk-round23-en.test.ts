import { describe } from 'vitest';
import { readsAs } from '../../support/level-cases.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

describe('round 23 en/mix: indirect passive wishes, burden, relapse, research, arrangements, places (rules only)', () => {
  useRulesOnly();

  const low: string[] = [
    // passive wish told sideways
    "if i just didn't wake up one morning, i don't think i'd care. not going to do anything though",
    'i wish i could just stop waking up',
    "sometimes it'd be simpler to just not be.",
    "i don't know what i'm even here for now",
    "can't see what i'm still alive for since the accident",
    "i don't really care what happens to me anymore",
    // burden as others' gain
    "they'd have way less worry without me",
    "he'd have a better wife if it wasn't me",
    'the kids are better off with their mom honestly',
    // mixed zh/en
    "they'd be better off 没我",
    '感觉自己 is just taking up space',
    '明天不醒来也ok',
  ];
  readsAs('low', low);

  const atLeastHigh: string[] = [
    'slipped after 3 months clean from self harm',
    'relapsed on sh last night',
    'been googling ways all night',
    'i know which meds would do it. been thinking about it a lot',
    'keep thinking about steering my van off the embankment into the canal',
    "i've been reading up on how.",
    "gave my guitar to my sister, she doesn't know why",
    '美工刀昨晚又拿出来用了',
    "top of the car park now, 8 floors. it's cold",
  ];
  readsAs('>=high', atLeastHigh);

  const imminent: string[] = [
    "dad's pistol is on my lap",
    "blade's beside me and i'm cutting deeper this time",
    'on the roof of my building. 12 floors. just wanted to tell someone first',
    'the next train is due in 5 and then i go.',
    'the 11:15 freight is coming, im just going to stand here.',
    'note for my dad is on his bed',
    'left enough food out for the dog and unlocked the front door so my sister can get in.',
    'already swallowed them, 30 or so',
    'already took them. like 35',
    'pills 在手里了, 就等天黑',
    '安眠药from好几家药店, 都攒够了',
  ];
  readsAs('imminent', imminent);

  const none: string[] = [
    'i wish i could stop waking up at 5am every day',
    "it'd be easier to just not be in that group chat",
    "i don't know what i'm still here for, the meeting ended an hour ago lol",
    "i don't care what happens to me in the game anymore",
    "they'd have way more money without me on the payroll",
    "the kids are better off with their dad this weekend since i'm working",
    'my brother relapsed after 47 days clean from drinking',
    'relapsed after 40 days clean from smoking',
    'been googling ways to save money',
    'been reading about how bees communicate',
    'my razor is right next to me, gonna shave before the date',
    "we're going deeper this time in the playoffs",
    'on the roof of my building with friends watching the sunset',
    'just wanted to tell someone first, i got the job!',
    'the next train comes in 10 minutes and then i go home',
    "gave my old xbox to my brother, he doesn't know why i'm upgrading",
    'the letter for my mom is under her pillow for mothers day',
    "left enough food out for the cat for a week since i'm on holiday",
    'unlocked the door so the plumber can get in',
    '明天不醒来也ok 反正周末',
    'pills在手上, 饭后吃',
    '刀片又拿出来用了 刮胡子',
    '没有我帮忙大家都轻松不了',
    "summer trip: they'd be better off 没我 in the car lol",
    'i used to wish i could stop waking up, now i love my mornings',
    'i know exactly which pills would do it for my migraine',
    'thinking about driving my car off the ferry ramp into the sea in gta',
  ];
  readsAs('none', none);
});
