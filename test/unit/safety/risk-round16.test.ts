/**
 * Round 16 (from the misses of train-2026-11n: voice transcripts and short replies to the bot's own
 * questions): families with variants that are not in the benchmark sets, and hard negatives for each.
 * Rules only (the learned model switched off).
 */
import { describe, expect, it } from 'vitest';
import { assessRisk, type ConversationTurn } from '../../../src/safety/index.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

const bot = (content: string): ConversationTurn[] => [{ role: 'assistant', content }];

describe('crisis families, round 16 (ASR homophones of 死, Chinese yes run into its answer, plan asks) — rules only', () => {
  useRulesOnly();
  it.each([
    // ASR homophones of 死 after 想 (spaces between CJK are dropped by normalisation)
    ['嗯我想四 我真的想四 我受不了了', [], 'high'],
    ['好想四啊', [], 'high'],
    ['真想似了算了', [], 'high'],
    ['我就是很想寺 真的', [], 'high'],
    // hard negatives: 四 as a number or a place
    ['我想四点走 行吗', [], 'none'],
    ['我想四我们一起去吃饭吧', [], 'none'],
    ['好想四川的火锅啊', [], 'none'],
    ['我想四个人一起拼车', [], 'none'],
    // a Chinese yes run into how often or when (the space is gone after normalisation)
    ['有 最近每天都有', bot('会不会有想死的念头？'), 'high'],
    ['会 经常', bot('你有没有想过伤害自己？'), 'high'],
    ['有 一直都有 好几个月了', bot('你有自杀的想法吗？'), 'high'],
    ['有 就今晚 等室友出门', bot('我很担心你。你现在有伤害自己的打算吗？'), 'imminent'],
    ['有 周末家里没人的时候', bot('你有没有结束自己生命的计划？'), 'imminent'],
    // hard negatives: the same answers to everyday questions, and a no
    ['有 明天要考试', bot('你明天有安排吗？'), 'none'],
    ['会 经常去', bot('你平时会去健身房吗？'), 'none'],
    ['没有 最近还好', bot('你有没有自杀的念头？'), 'none'],
    // means given up, not kept: a protective step
    ['我今天把我攒的药都扔了', [], 'none'],
    ['攒的安眠药交给我妈保管了', [], 'none'],
    ['囤的药都冲进马桶了', [], 'none'],
    ['我把攒的安眠药都交给医生了', [], 'none'],
    // hard negatives: only part given up, or still at hand
    ['安眠药我攒了好久 扔了一半 剩下的够了', [], 'imminent'],
    ['攒的药扔了一些 还留了二十片', [], 'imminent'],
    ['刀片买好了 扔在抽屉里', [], 'imminent'],
    // past self-harm told as over ("N年多没有了"), with fillers
    ['去年那段时间我确实嗯有过自残 但是现在我已经一年多没有了', [], 'none'],
    ['自杀的念头 我已经三个月多没有了', [], 'none'],
    ['我有过自残 但是已经两年多没有了', [], 'none'],
    // hard negatives: not told as over, or back again
    ['自残 我已经一年多没有跟人说过了', [], 'high'],
    ['我有过自残 最近又开始了 之前一年多没有了', [], 'high'],
  ] as [string, ConversationTurn[], string][])('%s → %s', (text, history, level) => {
    expect(assessRisk(text, history).level).toBe(level);
  });
});
