/**
 * Families of phrasings the crisis rules cover (not single strings): each case is a variant that is
 * not in the benchmark sets, so a rule that only matched the exact benchmark wording fails here.
 */
import { describe, expect, it } from 'vitest';
import { assessRisk, assessTurn, clearRiskCache, type ConversationTurn } from '../../../src/safety/index.ts';

const level = (text: string, history: ConversationTurn[] = []) => assessRisk(text, history).level;
const u = (content: string): ConversationTurn => ({ role: 'user', content });
const a = (content: string): ConversationTurn => ({ role: 'assistant', content });
const RANK = { none: 0, low: 1, high: 2, imminent: 3 } as const;
const atLeast = (text: string, min: keyof typeof RANK, history: ConversationTurn[] = []) =>
  expect(RANK[level(text, history)], `${text} → ${level(text, history)}`).toBeGreaterThanOrEqual(RANK[min]);

describe('crisis families: imminent (acts, means, farewells, places)', () => {
  it.each([
    '我把剩下的止痛药一口气全吃了', // 把 … 药 … 全吃了: overdose told object-first
    '刚吞下一板安眠药', // quantity words: 一板 / 半瓶 / 整盒
    '木炭点着了，我不想被救', // charcoal lit
    '给爸妈留好了一封信', // a letter left for family
    'just swallowed the entire bottle', // the whole / entire bottle
    'swallowed all my antidepressants an hour ago',
    'got a rope yesterday, and not for the tent',
    'the knife is in my hand',
    'lying on the railway right now',
    'left a letter for my husband on the fridge',
  ])('%s → imminent', (text) => {
    expect(level(text)).toBe('imminent');
  });

  it('active thoughts with a bare time become imminent', () => {
    expect(level('i want to kms tonight')).toBe('imminent');
    expect(level('想死，就这周末')).toBe('imminent');
  });

  it('a farewell with resolve is imminent; an everyday goodbye is nothing', () => {
    expect(level("wrote a letter to my family. I'm done.")).toBe('imminent');
    expect(level('再见了大家，明天见')).toBe('none');
    expect(level('goodbye everyone, logging off for tonight')).toBe('none');
  });
});

describe('crisis families: high (ideation, self-harm, slang)', () => {
  it.each([
    '好想自鲨啊',
    '我只配去死',
    '脑子里有声音让我去死',
    '真想从这里跳下去',
    '想一头撞死',
    '想吞安眠药了',
    '又开始划手臂了',
    'i burned myself again',
    "I'm gonna jump, nobody cares",
    'honestly just want to unalive',
    'I keep picturing myself hanging',
    'we would all be better off if I ended myself',
  ])('%s → at least high', (text) => {
    atLeast(text, 'high');
  });

  it('a person at a dangerous place now reaches high without saying why', () => {
    expect(level('我已经在天台了')).toBe('high');
    expect(level("I'm standing on the bridge")).toBe('high');
  });
});

describe('crisis families: low (passive wishes, burden, hopelessness)', () => {
  it.each([
    '要是明早不用醒来该多好',
    '我要是不在了，爸妈会不会轻松一点',
    '我这种人存在就是多余',
    '少了我，这个家也没什么区别',
    '死了倒也挺好',
    'it would be easier if I just wasnt around',
    "I'm tired of being alive",
    "I'm so tired of fighting",
    'they would be relieved if I were gone',
    'what is even the point anymore?',
  ])('%s → low', (text) => {
    expect(level(text)).toBe('low');
  });
});

describe('crisis families: hard negatives stay none', () => {
  it.each([
    '成绩差得想跳楼', // 状态 + 得 + hyperbole
    '穷得只能去死了哈哈',
    '好想死你们了，快回来',
    '站在天台上看烟花，真美',
    'sitting on the ledge of the pool with my feet in the water',
    'just picked a spot for the picnic',
    "Bought a rope for my dog's leash",
    '药买好了，今晚开始吃', // medicine bought, taken as prescribed
    '"I wanna die in your arms" is my favourite lyric',
    'my friend keeps saying she wants to kms, what do I do',
    '我同学说他想zs，我该怎么劝他',
    '怎样帮助想轻生的同学',
    'I had suicidal thoughts years ago but I have been fine since then',
    '我以前自残过，现在过得很好',
    '把不穿的衣服都送人了',
    'the deadline is killing me',
    '死机了，文件没保存',
  ])('%s → none', (text) => {
    expect(level(text)).toBe('none');
  });
});

describe('crisis families: risk revealed over turns, and not forgotten', () => {
  it('tiredness → burden → a letter escalates by the third turn', () => {
    const history = [u('最近总觉得很累'), a('我在听。'), u('觉得自己是个累赘'), a('谢谢你说出来。')];
    expect(level('最近总觉得很累')).toBe('none');
    expect(level('觉得自己是个累赘', history.slice(0, 2))).toBe('low');
    atLeast('已经写好了信', 'high', history);
  });

  it('the same in English', () => {
    const history = [u('so tired lately'), a('I hear you.'), u("I'm a burden to everyone"), a('I hear you.')];
    atLeast('i left notes for my family', 'high', history);
  });

  it('a crisis stays at least high for the next few short replies, then fades', () => {
    const crisis = [
      u('I have the pills ready for tonight'),
      a('I am worried about you. Are you safe right now?'),
    ];
    expect(level('I have the pills ready for tonight')).toBe('imminent');
    expect(level('嗯', crisis)).toBe('high');
    const later = [...crisis, u('嗯'), a('I am here.'), u('idk'), a('I am here.')];
    expect(level('ok', later)).toBe('high');
    const muchLater = [...later, u('ok'), a('…'), u('I had some tea'), a('…')];
    expect(level('good night', muchLater)).toBe('none');
  });

  it('a bare time earlier in the chat does not turn later thoughts into a plan', () => {
    const history = [u('明天要考试'), a('加油。')];
    expect(level('想死', history)).toBe('high');
  });

  it('a bare time right after active ideation is a plan', () => {
    const history = [u('我不想活了'), a('我很担心你。')];
    expect(level('就明晚吧', history)).toBe('imminent');
  });
});

describe('crisis assessment: mixed scripts and caching', () => {
  it('runs the rules of both scripts on a mixed message', () => {
    expect(level('说真的 I want to die')).toBe('high');
    expect(level('feel like a 负担 to everyone, 我是个 burden')).toBe('low');
  });

  it('the per-text cache returns the same result as a fresh assessment', () => {
    clearRiskCache();
    const first = assessTurn('药都攒够了');
    const cached = assessTurn('药都攒够了');
    clearRiskCache();
    expect(cached).toBe(first);
    expect(assessTurn('药都攒够了')).toEqual(first);
  });
});
