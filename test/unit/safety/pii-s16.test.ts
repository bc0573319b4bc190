/**
 * Session 16 (PII, blind round 11aq; its twin 11ar stays unread in the heldout split): a peer named after a particle or
 * a preposition (只跟同学郑浩说过, 台湾的朋友林怡君推荐…), a mate or a pal before a full name, a relative named at the
 * start of a sentence without "my" ("Dad is Robert Ashworth"), a form's contact line ("emergency contact: Grace Liu"),
 * the writer naming themself with "it's" ("it's Tom.", "its Kayla btw"), and a dormitory block (南园7舍415).
 * All lines are made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findPii } from '../../../src/safety/index.ts';

const spans = (t: string) => findPii(t).map((s) => `${s.type}:${s.text}`);

describe('session 16 PII families: found', () => {
  it.each([
    ['这事我只和同事周雨桐说过', 'NAME:周雨桐'],
    ['是大学的学姐许晴介绍我来的', 'NAME:许晴'],
    ['昨晚给室友韩冰发了很长的消息', 'NAME:韩冰'],
    ['my old mate Danny Hughes told me to try this', 'NAME:Danny Hughes'],
    ['Mum is Helen Carter, she doesnt know any of this', 'NAME:Helen Carter'],
    ['next of kin: Marcus Webb', 'NAME:Marcus Webb'],
    ["it's Jenna. the one from the night shift", 'NAME:Jenna'],
    ['this is Ollie btw, we talked last week', 'NAME:Ollie'],
    ['宿舍在武汉市洪山区珞喻路1037号东区12舍305', 'ADDRESS:武汉市洪山区珞喻路1037号东区12舍305'],
  ])('%s → %s', (text, span) => {
    expect(spans(text)).toContain(span);
  });
});

describe('session 16 PII families: not names', () => {
  it.each([
    "It's Monday. again",
    "it's Over. we broke up",
    "it's Reddit. nobody cares",
    '跟同学聊天聊到两点',
    '我和朋友圈里的人都不熟',
    '我们宿舍415的舍友都很好',
    'Dad is Fine, Mum is Tired',
  ])('%s', (text) => {
    expect(findPii(text).filter((s) => s.type === 'NAME')).toEqual([]);
  });
});
