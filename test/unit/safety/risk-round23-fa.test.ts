/**
 * Round 23, precision (rules only): everyday Chinese that older rules read as risk, found by reading what the rules
 * flag on public Weibo emotion posts (never copied here; the lines below are written for this test). A "which way is
 * fastest" question about learning, travel or dieting; 片 of 图片 or 一片 and 隐藏 read as a stash; laundry dye read as a
 * bath turning red; donations and applause read as giving things away; a past "after I left"; "as if I owed you"
 * read as a farewell; sleeping pills for insomnia with no amount; "od" inside "good". Each has its risky twin.
 */
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/safety/index.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

type Level = 'none' | 'low' | 'high' | 'imminent';

const table = (rows: [string, Level][]) => {
  for (const [text, level] of rows) {
    it(`${level}: ${text}`, () => {
      expect(assessRisk(text).level).toBe(level);
    });
  }
};

describe('round 23: everyday "which way is fastest" (zh, rules only)', () => {
  useRulesOnly();
  table([
    ['哪种方式背单词最快，求推荐', 'none'],
    ['用什么方法去火车站最快', 'none'],
    ['哪种方式走得最快，去火车站还是坐地铁', 'none'],
    ['什么方法学做饭最快上手', 'none'],
    ['哪种方式死得最快', 'high'],
    ['求问什么方法走得最快最不痛苦', 'high'],
    ['什么方法最不痛苦', 'high'],
  ]);
});

describe('round 23: stashes, dye, donations and goodbyes that are everyday (zh, rules only)', () => {
  useRulesOnly();
  table([
    ['手机里存的照片和图片突然全没了，气哭', 'none'],
    ['小区里隐藏着一片竹林，今天才发现', 'none'],
    ['新买的红袜子洗了一水，把白衬衫都染红了', 'none'],
    ['攒了几十片安眠药', 'imminent'],
    ['浴缸里的水都染红了', 'imminent'],
    ['把零花钱都捐给山区小学了，开心', 'none'],
    ['把我所有的掌声和祝福都送给你们', 'none'],
    ['我把存款都转给我妈了，猫也送人了', 'high'],
    ['在我走了之后他们才开始唱歌，气死', 'none'],
    ['等我走了以后替我照顾好妈妈', 'imminent'],
    ['输了球就摔东西，搞得好像是我对不起你们似的', 'none'],
    ['再失眠下去就得去医院开安眠药了', 'none'],
    ['失眠好久了，想一次吃一整瓶安眠药', 'imminent'],
  ]);
});

describe('round 23: "od" only as a word (mixed, rules only)', () => {
  useRulesOnly();
  table([
    ['今天去排查了一下电脑问题 all good', 'none'],
    ['查了怎么od', 'high'],
  ]);
});

describe("round 23: death wished on others in anger is not the writer's risk (zh, rules only)", () => {
  useRulesOnly();
  table([
    ['有些不守规矩的人可以去死了好吧', 'none'],
    ['那些插队的人真的可以去死了', 'none'],
    ['偷电动车的怎么不去死', 'none'],
    ['有些人怎么不全去死', 'none'],
    ['我怎么还不去死', 'high'],
    ['有时候想，我为什么还不死', 'high'],
    ['有些时候我真想死', 'high'],
    ['有些人说我想死是矫情', 'high'],
    ['怎么死才不痛', 'high'],
  ]);
});

describe('round 23: Weibo-style hyperbole, accidents and sayings (zh, rules only)', () => {
  useRulesOnly();
  table([
    ['文档没保存全没了，跳楼的心都有了', 'none'],
    ['又被甲方改需求 [撞墙]', 'none'],
    ['路太滑，差点撞墙上去了', 'none'],
    ['年会大家一起大跳江南style', 'none'],
    ['分手了，以后我再也不见你了', 'none'],
    ['人生就是这样，一转身就是永别', 'none'],
    ['这是我最后一次为你哭了', 'none'],
    ['写交接文档写得像写遗书一样', 'none'],
    ['吃饭一不小心咬到舌头，流血了', 'none'],
    ['抑郁症严重者可出现自杀念头', 'none'],
    ['这蚊子怎么打都打不死', 'none'],
    ['我想跳江', 'high'],
    ['再也不见了，大家', 'imminent'],
    ['这是我最后一条消息', 'imminent'],
    ['我一直在想怎么杀死自己', 'high'],
  ]);
});

describe('round 23b: a game account closed is not the writer (zh, rules only)', () => {
  useRulesOnly();
  table([
    ['这个游戏号想永久注销了，退坑不玩了', 'none'],
    ['我想永久注销自己', 'high'],
  ]);
});

describe('round 23c: "he told me he wants to die" is his risk, not the writer\'s (zh, rules only)', () => {
  useRulesOnly();
  table([
    ['我表弟昨天又跟我说想死，我该怎么办', 'none'],
    ['佢琴日同我讲想死，我好惊', 'none'],
    ['我跟他说我想死', 'high'],
    ['我跟妈妈说想死', 'high'],
    ['跟我说说，为什么想死', 'high'],
  ]);
});
