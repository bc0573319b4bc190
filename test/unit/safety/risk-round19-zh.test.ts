/**
 * Round 19 (zh): families from the training set train-2026-11q (C-SSRS coverage grid), rules only.
 * Each family is checked with paraphrases and hard negatives, never with the training lines alone.
 */
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/safety/index.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

type Row = [text: string, level: 'none' | 'low' | 'high' | 'imminent'];

const CASES: Array<[family: string, rows: Row[]]> = [
  [
    'active thoughts with an adverb or a decision',
    [
      ['真想干脆死掉', 'high'],
      ['我只想直接去死', 'high'],
      ['我下定决心去死了，只差想好怎么做', 'high'],
      ['我决定要死磕到底', 'none'],
    ],
  ],
  [
    'jumping from a named floor; an aborted attempt; a railing',
    [
      ['好想从宿舍六楼跳下去', 'high'],
      ['真想从公司顶楼跳下去算了', 'high'],
      ['我想从二楼跳下去拿快递', 'none'],
      ['想从阳台跳下去捡被风吹走的衣服，幸好是一楼', 'none'],
      ['我一只脚已经跨出栏杆了', 'imminent'],
      ['我在开车，准备等下冲出大桥的护栏', 'imminent'],
      ['玩赛车游戏准备等下冲出护栏抄近路', 'none'],
    ],
  ],
  [
    'method research',
    [
      ['一直在查烧炭要多久才会失去意识', 'high'],
      ['已经在搜哪种方法最不痛了', 'high'],
      ['煤气中毒多久会失去意识？急救课要考', 'none'],
    ],
  ],
  [
    'means got, hoarded or chosen, with a time or a goodbye',
    [
      ['百草枯我已经买到了', 'imminent'],
      ['我把这几个月的药都囤起来，准备一次吞掉', 'imminent'],
      ['买了三瓶安眠药，别来找我', 'imminent'],
      ['老鼠药我已经买到了，家里厨房老鼠太多', 'none'],
      ['想好了，就用我爸那瓶安眠药，等他们周末回老家', 'imminent'],
    ],
  ],
  [
    'goodbyes and affairs settled',
    [
      ['我跟所有朋友都发了告别的话', 'imminent'],
      ['毕业了，给每个同学都发了道别的消息', 'none'],
      ['今晚之后就不会再拖累家里人了', 'imminent'],
      ['后事都交代好了，过了今晚就不用再痛苦了', 'imminent'],
      ['奶奶的后事安排好了，明天出殡', 'none'],
      ['我不会陪他长大了，明天我就走', 'imminent'],
      ['谢谢你一直陪我，我决定明天就走', 'imminent'],
      ['谢谢你陪我聊天，我决定今晚离开上海去深圳', 'none'],
    ],
  ],
  [
    'fresh self-harm wounds hidden',
    [
      ['怕被我妈看到胳膊上的新伤', 'high'],
      ['手腕上的新口子不想被同学发现', 'high'],
      ['打球摔的，怕被看到手臂上的新伤口', 'none'],
    ],
  ],
  [
    'passive wishes, burden and hopelessness (low)',
    [
      ['有时候觉得死了反而解脱', 'low'],
      ['真想就这么睡过去，什么都不管', 'low'],
      ['我后悔自己被生下来', 'low'],
      ['卡车要是撞过来我也懒得躲', 'low'],
      ['没了我也不会有人在意吧', 'low'],
      ['人生完全看不到出路', 'low'],
      ['周末真想就这么睡过去，闹钟都关了', 'none'],
      ['这部剧看不到任何意义', 'none'],
    ],
  ],
];

describe('crisis rules, round 19 (zh), rules only', () => {
  useRulesOnly();
  for (const [family, rows] of CASES) {
    it.each(rows)(`${family}: %s → %s`, (text, level) => {
      expect(assessRisk(text).level).toBe(level);
    });
  }
});
