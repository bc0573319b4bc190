/**
 * Session 15: context cues around a match. Each case was written here in new words (not the fresh rounds' lines), with
 * its look-alike that must keep its old reading.
 * - "现在/now" after a past cue: what follows is told now (PRESENT_PIVOT).
 * - a building named for its roof ("宿舍楼顶") is where the person is, not an everyday context; a last look from a
 *   dangerous place is no outing (LAST_LOOK) unless a trip, a graduation or a move is named.
 * - the last time the writer will trouble the one they talk to, with thanks or a goodbye: a farewell.
 * - "when i'm gone" is the writer's clause whoever was named before it.
 * - someone else asked whether they want the writer dead ("老板是想让我死吧") is a complaint.
 * - a risk word naming a genre of posts ("the kms memes") is talked about, not said.
 * - a short exclamation before the match may name its everyday context ("蹦极太爽了!!!从桥上跳下去…").
 * - a relapse told by the state of the arms or thighs; a train waited for and not boarded.
 * Rules only, so each case tests the rules' reading.
 */
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/safety/index.ts';
import { RANK } from '../../support/level-cases.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

const rank = (text: string) => RANK[assessRisk(text).level];

describe('context cues around a match — rules only', () => {
  useRulesOnly();

  it.each([
    '以前只是不想上学 现在是真的想自杀',
    '之前只是睡不好，如今每天都想死',
    'used to just feel empty, now i want to kill myself',
  ])('a present pivot after a past cue: "%s" reads high', (text) => {
    expect(rank(text)).toBeGreaterThanOrEqual(RANK.high);
  });
  it.each(['以前想过自杀，现在好多了', '现在回想起来，以前真的想自杀过，已经过去了'])(
    'the past still told as past: "%s" reads below high',
    (text) => {
      expect(rank(text)).toBeLessThan(RANK.high);
    },
  );

  it('on the roof of a named building: the place is read (it was discounted as an everyday place)', () => {
    expect(rank('我在宿舍楼顶了，一个人')).toBe(RANK.low);
    expect(rank('我现在在办公楼天台，跟大家说声再见')).toBe(RANK.imminent);
  });
  it.each(['我在宿舍楼顶抽烟', '在公司天台打电话呢', '住在顶楼 二十层', '和室友在宿舍楼顶看流星'])(
    'an everyday roof: "%s" reads none',
    (text) => {
      expect(rank(text)).toBe(RANK.none);
    },
  );

  it.each(['已经在河边了 想最后再看一眼月亮', '在江边 最后看一眼夜空'])(
    'a last look from a dangerous place: "%s" reads high or more',
    (text) => {
      expect(rank(text)).toBeGreaterThanOrEqual(RANK.high);
    },
  );
  it.each(['毕业前最后一次在江边看夜景', '在海边看日落 好美'])('an outing: "%s" reads none', (text) => {
    expect(rank(text)).toBe(RANK.none);
  });

  it.each([
    '这应该是最后一次打扰你了 谢谢你一直听我说 保重',
    '最后一次找你了，谢谢',
    "that's the last time i'll bug you. thank you for everything",
  ])('the last time the writer troubles the listener: "%s" reads imminent', (text) => {
    expect(rank(text)).toBe(RANK.imminent);
  });
  it.each([
    '最后一次麻烦你帮我看下这段代码 谢谢',
    '最后一次打扰你了，明天见，谢谢',
    'ok last time ill bug you today, promise lol',
    "last time i'll bother you, thanks for the help with my essay",
  ])('a last favour or a day ending: "%s" reads none', (text) => {
    expect(rank(text)).toBe(RANK.none);
  });

  it("help thanked for is the listener's, not help the writer gives someone", () => {
    expect(rank('应该是最后一次找你了 谢谢这些日子的支持 再见')).toBe(RANK.imminent);
    expect(rank('谢谢你的帮助，我同学说想死，怎么安慰她')).toBe(RANK.none);
  });

  it('"when i\'m gone" after another person is the writer\'s', () => {
    expect(
      rank("she'll need someone to feed her when i'm gone. it's all sorted for friday"),
    ).toBeGreaterThanOrEqual(RANK.high);
    expect(rank('my friend keeps saying when im gone nobody will care')).toBe(RANK.none);
  });

  it.each(['老板是想让我死吧 又让我周末加班', '你是存心要逼死我吗', '这导演是想让我zs吧 结局写成这样'])(
    'someone else asked if they want the writer dead: "%s" reads none',
    (text) => {
      expect(rank(text)).toBe(RANK.none);
    },
  );
  it("the writer's own wish keeps its reading", () => {
    expect(rank('我想让自己去死')).toBeGreaterThanOrEqual(RANK.high);
    expect(rank('我想死吧')).toBeGreaterThanOrEqual(RANK.high);
  });

  it.each([
    'the kms memes on my fyp are getting out of hand',
    'these unalive jokes are so overdone',
    '满屏的紫砂梗',
  ])('a risk word naming posts: "%s" reads none', (text) => {
    expect(rank(text)).toBe(RANK.none);
  });
  it('the word said of oneself next to the posts keeps its reading', () => {
    expect(rank('i make kms jokes but honestly i want to kms')).toBeGreaterThanOrEqual(RANK.high);
  });

  it('a laughed-at hyperbole cue in the short sentence before discounts the match', () => {
    expect(rank('so awkward haha. i want to die')).toBe(RANK.none);
    expect(rank('so awkward haha. i want to die. i mean it')).toBeGreaterThanOrEqual(RANK.high);
    expect(rank('lol. i want to die')).toBeGreaterThanOrEqual(RANK.high);
  });

  it('a short exclamation names the context of the next sentence', () => {
    expect(rank('蹦极太爽了!!!从桥上跳下去的那一秒脑子一片空白')).toBe(RANK.none);
    // Only an exclamation: a finished statement before a method is no outing.
    expect(rank('旅游回来了。今晚就从楼顶跳下去')).toBeGreaterThanOrEqual(RANK.high);
  });

  it('a relapse told by the arms or thighs reads high; a relapse of a habit or a sore body does not', () => {
    expect(rank('relapsed last night, thighs are a mess again')).toBeGreaterThanOrEqual(RANK.high);
    expect(rank('relapsed on vaping yesterday, my skin is a mess')).toBe(RANK.none);
    expect(rank('relapsed after the marathon, legs are wrecked')).toBe(RANK.none);
  });

  it('a train waited for and not boarded reads imminent; picking someone up does not', () => {
    expect(rank('on the platform waiting for the express one. not getting on it')).toBe(RANK.imminent);
    expect(rank('在站台等那趟不停站的车 我不会上车')).toBe(RANK.imminent);
    expect(rank("waiting for the next train, not getting on it, my mum's on it and i'm collecting her")).toBe(
      RANK.none,
    );
    expect(rank('等下一班车 不上车 我来接朋友')).toBe(RANK.none);
  });

  it.each([
    ['they found out and said i am dead to them. maybe i should make it true', RANK.high],
    ['我妈说就当没生过我 那我就如她所愿', RANK.high],
    ['boss said i am dead to him lol, i should make it official and quit', RANK.none],
    ['他想分手 那我就成全他', RANK.none],
  ])('a rejection taken at its word: "%s"', (text, expected) => {
    expect(rank(text)).toBe(expected);
  });

  it.each([
    '真羡慕那些已经死了的人',
    '老天爷干脆把我收走吧',
    '我这样活着和死了没啥区别',
    '整个世界上都没有我的容身之处',
    '日子一点奔头都没有',
    'some of us just are not meant to exist',
    'no one will even miss me',
    "nobody's gonna miss a loser like me",
  ])('a passive wish or hopelessness in other words: "%s" reads low', (text) => {
    expect(rank(text)).toBe(RANK.low);
  });
  it.each([
    '真羡慕那些已经走了的人 公司太卷了',
    '老天爷快把这雨收了吧',
    "some people aren't meant to be happy in this job lol",
    'nobody will notice the stain',
  ])('the look-alike: "%s" reads none', (text) => {
    expect(rank(text)).toBe(RANK.none);
  });

  it.each([
    ['wrote my will last month, cancelled my phone plan and my gym today', RANK.imminent],
    ['遗嘱也立好了 房子退租了', RANK.imminent],
    ['updated my will and closed my savings account before the wedding', RANK.none],
  ])('affairs put in order: "%s"', (text, expected) => {
    expect(rank(text)).toBe(expected);
  });

  it('being found, next to a time, is a goodbye; being found a tutor is not', () => {
    expect(rank('my brother will be the one to find me. tonight')).toBe(RANK.imminent);
    expect(rank('my mum will find me a new tutor tonight')).toBe(RANK.none);
  });

  it('joining a spouse who died is active; joining their club is not', () => {
    expect(rank('my wife died in june. i keep thinking about joining her')).toBe(RANK.high);
    expect(rank('my wife died in june. thinking of joining her book club to meet people')).toBe(RANK.none);
  });

  it.each(['考砸了 不如我自己先去死', '不如我去死算了'])('"不如…去死" reads high: "%s"', (text) => {
    expect(rank(text)).toBe(RANK.high);
  });
  it('"生不如死" stays the idiom it is (low)', () => {
    expect(rank('生不如死')).toBe(RANK.low);
  });

  it('songs about a wish, a last working day and a lazy weekend read none', () => {
    expect(rank('half the songs on this album are about wanting to die, great for the gym')).toBe(RANK.none);
    expect(rank('baking a cake for everyone on my team before my last day friday')).toBe(RANK.none);
    expect(rank('周末想睡到世界末日 谁都别叫我')).toBe(RANK.none);
    expect(rank('好想一觉睡到世界末日')).toBe(RANK.low);
  });
});
