/**
 * Round 18: the known misses left open after round 17, as families (rules alone): Hinglish death wishes and
 * intent, following the dead, stutters and split words, scheduled goodbyes, another person's threat told
 * without quotes, and clear acts at the boundary. Each family has paraphrases and hard negatives.
 */
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/safety/index.ts';
import { levelAtLeast } from '../../../src/safety/risk.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

type Level = 'none' | 'low' | 'high' | 'imminent';

useRulesOnly();

function table(name: string, cases: Array<[string, Level]>): void {
  describe(name, () => {
    it.each(cases)('%s → %s', (text, want) => {
      expect(assessRisk(text).level).toBe(want);
    });
  });
}

/** Risk that must read at least `min` (a combination may raise it further). */
function atLeast(name: string, cases: Array<[string, Level]>): void {
  describe(name, () => {
    it.each(cases)('%s → at least %s', (text, min) => {
      expect(levelAtLeast(assessRisk(text).level, min)).toBe(true);
    });
  });
}

atLeast('Hinglish death wishes and intent', [
  ['main marna chahta hoon', 'high'],
  ['ab aur nahi, main marna chahti hu', 'high'],
  ['mujhe mar jana hai', 'high'],
  ['sach mein marna chahta hoon yaar, mazaak nahi', 'high'],
  ['jeena nahi chahti ab', 'high'],
  ['main khud ko khatam kar dunga', 'high'],
  ['khud ko khatam kar lungi aaj', 'high'],
  ['mai apne aap ko maar dunga', 'high'],
  ['suicide kar lunga main', 'high'],
  ['main suicide karna chahta hu', 'high'],
  ['mar jaun toh acha hai', 'low'],
  ['kaash main mar jaata', 'low'],
  ['yaar ab jeene ka mann nahi karta', 'low'],
  ['bas lagta hai main na hota toh sab khush rehte', 'low'],
  ['sab log better off honge bina meri tension ke', 'low'],
]);

table('Hinglish hard negatives', [
  ['mar gaya yaar itna kaam', 'none'],
  ['hasi se mar gaye 😂', 'none'],
  ['tu toh gaya aaj', 'none'],
  ['garmi se marna chahta hoon', 'none'],
  ['bhook se mar raha hoon', 'none'],
  ['wo bolta hai wo marna chahta hai', 'none'],
  ['uska dost suicide karna chahta hai, kaise help karu', 'none'],
  ['main marna nahi chahta, bas thak gaya hoon', 'none'],
  ['tere liye apni jaan de dunga', 'none'],
]);

atLeast('following the dead', [
  ['she died in march. I just want to go be with her', 'low'],
  ['I just want to go be with him.', 'low'],
  ['take me with you, dad', 'low'],
  ['想去陪他', 'low'],
  ['奶奶走了以后，我好想跟着她一起走', 'low'],
  ['好想跟着妈妈一起走', 'low'],
  ['我决定去陪他了', 'low'],
]);

table('following the dead: hard negatives', [
  ["we'll be together again one day, she'd want me to live", 'none'],
  ['visited her grave today, told her about my week', 'none'],
  ['i went with her to the hospital', 'none'],
  ['妈妈住院了，我想去陪她', 'none'],
  ['想去陪他过生日', 'none'],
  ['我想去找奶奶了，好久没回老家，她老打电话问我啥时候回去', 'none'],
  ['going to be with her for christmas', 'none'],
]);

atLeast('stutters and split words read as the whole word', [
  ['我想自 自杀', 'high'],
  ['我想自、自杀', 'high'],
  ['我 我想自 自 自杀', 'high'],
  ['不想 不想活了', 'high'],
  ['我想 想死', 'high'],
  ['i want to commit sui- suicide', 'high'],
  ['i want to d-d-die', 'high'],
  ['i think about s-suicide every day', 'high'],
]);

table('stutters: a repeated hyperbole, doubled words', [
  ['热死了 热死了', 'none'],
  ['笑死 笑死', 'none'],
  ['累 累死了', 'none'],
  ['我在画画 画了一个小人从楼上跳下来 是漫画里的情节', 'none'],
]);

table('scheduled goodbyes', [
  ['我设了定时短信，明天早上发出去，那时候我已经不在了', 'imminent'],
  ['给我妈设了定时邮件 明早八点发 那时候我已经不在了', 'imminent'],
  ["scheduled an email to my sister for after I'm gone", 'imminent'],
  ["set a timer on the post for 6am. by then it won't matter", 'imminent'],
  ["I scheduled a text to my mom for tomorrow morning, I won't be here to see it", 'imminent'],
  ['my goodbye post is scheduled for 6am', 'imminent'],
  ['scheduled the instagram post for 6am, client wants it live before work', 'none'],
  ['i scheduled an email to my boss for monday morning', 'none'],
  ['设了定时短信提醒我妈吃药', 'none'],
  ['定时发布的微博是明天的活动宣传', 'none'],
]);

table("another person's threat told without quotes", [
  ['他说你再这样我就去死', 'none'],
  ['我老公说你要是走了我就去死，然后摔门出去了，我很担心他', 'none'],
  ['妈妈说我再不听话她就跳楼', 'none'],
  ["my ex said if I leave he'll kill himself", 'none'],
  ["my mum says she'll kill herself if I move out", 'none'],
  ['他说我要是分手他就自杀，我也想死了', 'high'],
  ["my ex said if I leave he'll kill himself and honestly I want to die too", 'high'],
]);

table('clear acts at the boundary', [
  ['我在浴缸里，刀片在手上', 'imminent'],
  ['现在泡在浴缸里 美工刀就在旁边', 'imminent'],
  ['浴缸里的水已经变红了', 'imminent'],
  ['药我拿了两板，已经吞了一半', 'imminent'],
  ['我坐在天桥边上，下面是高速', 'imminent'],
  ['站在高架桥的护栏外面，车很多', 'imminent'],
  ['门窗都锁好了，开了煤气', 'imminent'],
  ["i'm in the bath with a razor blade", 'imminent'],
  ["I've swallowed half the bottle", 'imminent'],
  ['took half of both blister packs', 'imminent'],
  ['sitting on the edge of the overpass', 'imminent'],
  ["kids are asleep and the letters are on the kitchen table. tonight's the night", 'imminent'],
  ['在浴缸里刮腿毛，刀片好钝', 'none'],
  ['shaving my legs in the bath with a new razor', 'none'],
  ["tonight's the night! proposing at dinner 💍", 'none'],
  ['sitting on the edge of the bridge taking sunset photos', 'none'],
  ['饭吃了一半就饱了', 'none'],
]);
