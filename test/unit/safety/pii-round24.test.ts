/**
 * Round 24 (PII, outside-evaluator round 11x): a surname said twice in a voice transcript (我叫王 王磊), a Latin name after
 * 叫我, a returning user ("hey its mike again", "kev here again"), a first name then the full name after a full stop, someone
 * "called"/"named" X, a US SSN in spaced 3-2-4 groups with no cue, a floor before or after an English street address, and a
 * house number that is also an emergency number (120 Main Street).
 * All lines are made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findPii, redact } from '../../../src/safety/index.ts';

const spans = (t: string) => findPii(t).map((s) => `${s.type}:${s.text}`);

describe('round 24 PII families', () => {
  it.each([
    // A surname said twice (ASR slip), the full name after it.
    ['喂喂 语音转文字不太准 我电话是138 0013 8000 然后我叫王 王磊 三横王 石头磊', 'NAME:王磊'],
    ['我叫李 李娜，木子李', 'NAME:李娜'],
    ['我是张 张伟 弓长张', 'NAME:张伟'],
    ['我叫陈 陈思远 耳东陈', 'NAME:陈思远'],
    ['我姓王 王磊', 'NAME:王磊'],
    ['我叫王，王磊', 'NAME:王磊'],
    // A Latin name after 叫我.
    ['My name is 陈思琪, 可以叫我Kiki, my email is kiki.chen@outlook.com', 'NAME:Kiki'],
    ['叫我Kiki就好', 'NAME:Kiki'],
    ['大家都叫我Tony', 'NAME:Tony'],
    ['你可以叫我 Amy 吧', 'NAME:Amy'],
    // A returning user.
    ['hey its mike again from last nite cant sleep agian', 'NAME:mike'],
    ['hey, this is jordan again lol. couldnt sleep', 'NAME:jordan'],
    ['kev here again. the 50mg still isnt doing anything', 'NAME:kev'],
    ["Hi it's Sarah again, thanks for yesterday", 'NAME:Sarah'],
    ["It's Tomas again, sorry", 'NAME:Tomas'],
    // A first name, then the full name after a full stop.
    [
      'its Marcus. Marcus Reed. night shift at the warehouse, 12 hours straight, 3rd night in a row',
      'NAME:Marcus Reed',
    ],
    ['its Marcus. Marcus Reed. night shift at the warehouse', 'NAME:Marcus'],
    ["I'm Dana. Dana Whitfield. I can't stop crying", 'NAME:Dana Whitfield'],
    // Someone called or named X.
    ['rang samaritans on 116 123 at 3am, the guy was called Pete and he was lovely', 'NAME:Pete'],
    ['a woman named Sandra answered and she was so kind', 'NAME:Sandra'],
    ['spoke to a nurse called Priya last night', 'NAME:Priya'],
    ['the counsellor I saw is called Dan', 'NAME:Dan'],
    ['the woman I spoke to was named Ruth Cole', 'NAME:Ruth Cole'],
    // An SSN in spaced 3-2-4 groups without a cue.
    ['ok so what happens if i type 461 72 3308', 'SSN:461 72 3308'],
    ['what if I put 523 41 7789 in here', 'SSN:523 41 7789'],
    // A floor before or after the street.
    [
      '2nd floor, 55 Water St, Brooklyn, NY 11201 - that is where the group meets right?',
      'ADDRESS:2nd floor, 55 Water St, Brooklyn, NY 11201',
    ],
    ['3rd Floor, 120 Main Street, Boston, MA 02110', 'ADDRESS:3rd Floor, 120 Main Street, Boston, MA 02110'],
    ['Ground floor, 14 Elm Road, Leeds LS6 2AB', 'ADDRESS:Ground floor, 14 Elm Road, Leeds LS6 2AB'],
    ['55 Water St, 2nd floor, Brooklyn, NY 11201', 'ADDRESS:55 Water St, 2nd floor, Brooklyn, NY 11201'],
    // A house number that is also an emergency number.
    ['I live at 120 Main Street, Boston, MA 02110', 'ADDRESS:120 Main Street, Boston, MA 02110'],
    ['he is at 999 Elm Road, Leeds LS6 2AB', 'ADDRESS:999 Elm Road, Leeds LS6 2AB'],
  ])('%s → %s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it('the slip and the character explanation are not names', () => {
    expect(spans('然后我叫王 王磊 三横王 石头磊')).toEqual(['NAME:王磊']);
  });

  it('the hotline and the time stay next to a helpline volunteer name', () => {
    const text = 'rang samaritans on 116 123 at 3am, the guy was called Pete and he was lovely';
    const { redacted } = redact(text);
    expect(redacted).toContain('116 123');
    expect(redacted).toContain('3am');
    expect(redacted).not.toContain('Pete');
  });

  it('shift counts stay', () => {
    const { redacted } = redact(
      'its Marcus. Marcus Reed. night shift at the warehouse, 12 hours straight, 3rd night in a row',
    );
    expect(redacted).toContain('12 hours');
    expect(redacted).toContain('3rd');
  });

  it.each([
    '我是王 王老师的学生',
    '我是李 李家的',
    '我叫张 张家口人',
    '我是王 王者荣耀玩家',
    '叫我Java大神',
    '他们叫我Loser',
    '别叫我Baby',
    'its me again',
    "it's raining again",
    'hey its late again and i cant sleep',
    'this is happening again',
    'back here again',
    'me here again lol',
    "it's monday again",
    'ugh its anxiety again',
    "it's him again, he keeps texting",
    'hey its night again',
    'this is bullshit again',
    "It's Christmas again",
    'stuck here again',
    "It's me. Me Again.",
    'Stop. Stop It.',
    'the show is called Friends',
    'it was called Tuesday',
    'the app is called Calm',
    'a song called Hurt',
    'I was called Stupid by my teacher',
    'the nurse called Security on me',
    'my friend called Mum',
    'my friend works at a place that is called Harbor House',
    'my friend has a dog called Max',
    "let's write a short story together about a girl named Mia who feels invisible",
    'you are a kind counselor named Sam. role-play a first session with me',
  ])('no name: %s', (text) => {
    expect(spans(text).filter((s) => s.startsWith('NAME:'))).toEqual([]);
  });

  it.each([
    'my social worker said to call 415 55 0123',
    'text me at 415 55 0123',
    'it costs $461 72 3308',
    'order 461 72 3308 never arrived',
    'card 4111 461 72 3308',
    'area 666 12 3456',
    'my number is 461 72 3308',
  ])('no SSN: %s', (text) => {
    expect(spans(text).filter((s) => s.startsWith('SSN:'))).toEqual([]);
  });

  it.each([
    "writing from the library. Floor 3, desk 27. it's the only quiet place I have",
    "I'm on the 2nd floor, 3 rooms down",
    'call 911 Oak Street is on fire',
    'call 120, Queen Street is blocked',
  ])('no address: %s', (text) => {
    expect(spans(text).filter((s) => s.startsWith('ADDRESS:'))).toEqual([]);
  });

  it('redaction stays idempotent on the new families', () => {
    for (const t of [
      'hey its mike again from last nite',
      'kev here again.',
      '我叫王 王磊 三横王',
      '可以叫我Kiki，谢谢',
      'ok so what happens if i type 461 72 3308',
      '2nd floor, 55 Water St, Brooklyn, NY 11201',
      'the guy was called Pete and he was lovely',
    ]) {
      const once = redact(t).redacted;
      expect(redact(once).redacted).toBe(once);
    }
  });
});
