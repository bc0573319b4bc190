/**
 * Session 14: "you" as the object of thanks or a preposition is the assistant (or whoever is addressed), not the
 * person a farewell or an act belongs to ("跟你说声再见", "谢谢你 再见", "thank you all, see you in another life").
 * And two matches that had hidden behind that reading: 亲自伤我 is not 自伤, "it's just odd" is not "just OD'd".
 */
import { describe, expect, it } from 'vitest';
import { RANK } from '../../support/level-cases.ts';
import { assessRisk, assessTurn } from '../../../src/safety/index.ts';

describe('a farewell addressed to "you" is the writer\'s', () => {
  it.each([
    '以后就不用再跟你聊了 再见',
    '最后一次打开这个软件了 谢谢你 再见',
    '好友我都删光了 只留着你 想跟你说声再见',
    'last post here, thank you all, see you in another life',
    '老伴，我这就来陪你了，安眠药都吃了',
  ])('"%s" reads high or imminent', (text) => {
    expect(RANK[assessTurn(text).level]).toBeGreaterThanOrEqual(RANK.high);
  });

  it.each([
    '我跟你说个事 我明天要出差 再见啦',
    '谢谢你 明天见',
    'thank you, see you tomorrow!',
    // "you" as a co-subject, and someone else's words, stay someone else's
    '那大家都跟你一起死得了',
    '谢谢你百忙中亲自伤我',
    '他们各自伤心',
    'that is just odd',
    "thank you it's just odd it randomly showed up and hasn't always been there",
  ])('"%s" reads none', (text) => {
    expect(assessTurn(text).level).toBe('none');
  });

  it('a person named as an object in an earlier clause is not the subject of the next one', () => {
    expect(
      RANK[assessTurn('left the spare key with my brother, the notes are on the table').level],
    ).toBeGreaterThanOrEqual(RANK.high);
    // the person's own words still belong to them
    expect(assessTurn('i talked to my friend, she wants to die').level).toBe('none');
    expect(assessTurn('spoke to my mum, she says she wants to end it all').level).toBe('none');
  });

  it('still reads an overdose told in slang', () => {
    for (const text of ["i just od'd on my meds", "just od'd on xanax", "i od'd again"])
      expect(assessTurn(text).level, text).toBe('imminent');
  });
});

describe('a goodbye that says the person will come back is no farewell', () => {
  const history = [
    { role: 'user' as const, content: '他说不出为什么喜欢我，可能也没有理由吧' },
    { role: 'assistant' as const, content: '你可以跟他好好沟通一下，你觉得呢？' },
  ];
  it('a thank-you goodbye at the end of a session stays none', () => {
    expect(assessRisk('谢谢你的耐心，如果有需要我会再来找你的，再见！', history).level).toBe('none');
    expect(assessRisk("thanks so much, I'll come back and talk to you next week. bye!", history).level).toBe(
      'none',
    );
  });
  it('"I won\'t come back" still reads high', () => {
    for (const text of ['我不会再来找你了 再见', '以后不用再来找你了，再见', '没机会再来找你了 再见'])
      expect(RANK[assessTurn(text).level], text).toBeGreaterThanOrEqual(RANK.high);
  });
});
