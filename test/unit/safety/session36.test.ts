/**
 * Session 36: a game set against real life ("现实里", "irl", "不是游戏里那种") no longer makes a death wish a death in
 * the game. Lines made up for these tests (none copied from a set); the look-alikes about someone else, fiction, games
 * and everyday giving stay `none` (they were written when the learned model was tried through the rules' discounts).
 */
import { describe } from 'vitest';
import { readsAs } from '../../support/level-cases.ts';

describe('session 36: someone else, fiction and everyday giving stay none', () => {
  readsAs('none', [
    '我朋友说她最近总想死 我该怎么陪她',
    'my sister told me she wants to die, what do i say',
    '我哥说他不想活了 我好担心他',
    'my grandpa said he is ready to die, he is 94 and at peace',
    'the character in my novel wants to die in chapter 3, how do i write it well',
    '剧里的女主想死 我看哭了',
    'we watched a documentary about a man who wanted to die, so sad',
    '把不穿的衣服都捐了 断舍离真爽',
    'sold my old camera and guitar on ebay to pay rent lol',
    'we did a murder mystery party and i played the victim lol',
  ]);
});

describe('session 36: a game set against real life', () => {
  readsAs('>=high', [
    '游戏里死了还能重来 现实里我是真的想死 不是开玩笑',
    '我想死 真的 不是游戏里那种',
    'in real life i want to kill myself, in the game at least i respawn',
  ]);
  readsAs('>=low', ['在游戏里死一百次都无所谓 现实里我只想一睡不醒']);
  readsAs('none', [
    '游戏里又被boss打死了 气死我了',
    '现实里我从来不会这样 但游戏里我已经跳崖十次了',
    'in the game i jumped off the cliff like 5 times, irl i am scared of heights lol',
    '游戏里被虐哭了 现实中也被老板骂 想死哈哈',
    '游戏里我又被打死了 现实里还得写作业 烦死了',
    'died 12 times to this boss in elden ring, i want to die lol',
    '在我的世界里跳岩浆自杀了 又得重新跑图',
  ]);
});

describe('session 36: more signs that it is happening now, after a turn that reads high', () => {
  readsAs('imminent', [
    '我真的撑不下去了 想死 你们都别找我',
    'i want to die so bad. my parents get home at 6, i will do it before they get home',
    '活不下去了 遗书已经写好放在桌上',
    'i want to kill myself tonight. sorry mum',
    '真的不想活了 我出门了 这次不打算回来了',
    "i'm going to kill myself in an hour",
    '想死 十分钟后我就下楼',
    '不想活了 我不会再回来了',
    'i want to end it. dont look for me',
    "i want to die. i won't see monday",
    '我不想活了 今晚就是我在这个世界的最后一晚',
    '想死 刚发完告别的朋友圈',
  ]);
  // Not coming back to a place one is leaving, a countdown put off, a mother's anger: high, not imminent.
  readsAs('<=high', [
    '我想死 但是我不会回去那个家了 我要搬去朋友那住',
    "i want to die. i'm not going back to that job ever, i quit today",
    '想死 考完试两个小时后再说吧',
    '我想死 半小时后再说吧 先睡会',
    'i want to die, this is my last day at this stupid job',
    'i want to die. i scheduled a post for my birthday giveaway lol',
  ]);
});
