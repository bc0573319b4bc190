import { describe, expect, it } from 'vitest';
import { parseFieldMap } from '../../../src/data/index.ts';
import { fx, rc, readAll } from './helpers.ts';

describe('corpus readers on their own fixtures', () => {
  it('soulchat: published multi-turn format {id, topic, messages}', async () => {
    const { convs, bad } = await readAll('soulchat', fx('soulchat/multi_turn_fixture.json'));
    expect(bad).toEqual([]);
    expect(convs).toHaveLength(2);
    expect(convs[0]?.provenance).toMatchObject({ source: 'soulchat', id: '0', line: 2 });
    expect(convs[0]?.provenance.licence).toMatch(/Apache-2.0/);
    expect(convs[0]?.topic).toBe('成长');
    expect(rc(convs[1]!)).toEqual([
      ['user', '我和男朋友分手了，好难受。'],
      ['assistant', '分手真的很痛，你愿意和我说说发生了什么吗？'],
    ]);
  });

  it('soulchat: single-turn 用户：/心理咨询师： instruction form is split into turns', async () => {
    const { convs, bad } = await readAll('soulchat', fx('soulchat/single_turn.jsonl'));
    expect(bad).toEqual([]);
    expect(convs.map((c) => c.provenance.id)).toEqual(['s0', 's1']);
    expect(rc(convs[0]!)).toEqual([
      ['user', '我失恋了，好难受！'],
      ['assistant', '失恋的痛苦是真实的，你现在最难受的是什么呢？'],
    ]);
    expect(rc(convs[1]!)).toEqual([
      ['user', '你好，老师'],
      ['assistant', '你好！欢迎找我倾诉。'],
      ['user', '我女朋友跟我分手了，感觉好难受'],
      ['assistant', '听起来你很伤心，愿意多说一些吗？'],
    ]);
  });

  it('soulchat on a folder qualifies ids by file name', async () => {
    const { convs } = await readAll('soulchat', fx('soulchat'));
    expect(convs.map((c) => c.provenance.id)).toEqual([
      'multi_turn_fixture.json:0',
      'multi_turn_fixture.json:1',
      'single_turn.jsonl:s0',
      'single_turn.jsonl:s1',
    ]);
  });

  it('psydt: system prompt kept apart, normalizedTag as topic', async () => {
    const { convs } = await readAll('psydt', fx('psydt.json'));
    expect(convs).toHaveLength(1);
    expect(convs[0]).toMatchObject({ system: '你是一位精通理情行为疗法的心理咨询师。', topic: '婚恋', task: 'dialogue' });
    expect(rc(convs[0]!)[0]).toEqual(['user', '晚上好，我最近心里有些不太舒服。']);
  });

  it('smile: client/counselor files in natural order, ids from file names', async () => {
    const { convs } = await readAll('smile', fx('smile'));
    expect(convs.map((c) => c.provenance.id)).toEqual(['10', '153']);
    expect(rc(convs[1]!)).toEqual([
      ['user', '我对现在的工作很不满，觉得没有意义。'],
      ['assistant', '听起来工作让你很失落。是什么让你觉得没有意义？'],
      ['user', '每天都在重复。'],
    ]);
    expect(convs[0]?.provenance.licence).toMatch(/CC0/);
  });

  it('cpsycoun: CRLF, continuation lines attached, stage directions dropped; CPsyCounE speakers and topic', async () => {
    const { convs, bad } = await readAll('cpsycoun', fx('cpsycoun'));
    expect(bad).toEqual([]);
    expect(convs.map((c) => c.provenance.id)).toEqual(['case_2', 'case_10', 'Self-growth/1']);
    expect(rc(convs[0]!)).toEqual([
      ['user', '心理咨询师，我觉得我很自私。'],
      ['assistant', '你能详细描述一下吗？'],
      ['user', '我有两个想法：\n1. 我总想着自己\n2. 我忽略别人'],
      ['assistant', '谢谢你愿意说出来。'],
    ]);
    expect(convs[0]?.meta).toMatchObject({ set: 'CPsyCounD', stageDirections: 1 });
    expect(convs[2]).toMatchObject({ topic: 'Self-growth', meta: { set: 'CPsyCounE' } });
    expect(rc(convs[2]!)).toEqual([
      ['user', '最近有一些事情让我感到很不安。'],
      ['assistant', '听了你的描述，我可以感受到你的不安。'],
    ]);
  });

  it('emollm: XTuner conversation with system on the first turn', async () => {
    const { convs } = await readAll('emollm', fx('emollm.json'));
    expect(convs[0]?.system).toBe('现在你是一个心理专家，我有一些心理问题，请你用专业的知识帮我解决。');
    expect(rc(convs[0]!)).toEqual([
      ['user', '医生，我最近总是很焦虑。'],
      ['assistant', '你好，感谢你对我敞开心扉。'],
      ['user', '我总忍不住和别人比较。'],
      ['assistant', '比较是很常见的，我们可以试试放松训练。'],
    ]);
  });

  it('psyqa: one conversation per answer, null labels_sequence tolerated', async () => {
    const { convs, bad } = await readAll('psyqa', fx('psyqa.json'));
    expect(bad).toEqual([]);
    expect(convs.map((c) => c.provenance.id)).toEqual(['4394-0', '4394-1']);
    expect(rc(convs[0]!)).toEqual([
      ['user', '去爱一个事事让着你的人，是一种不可能的期待吗？\n有这样的人么？'],
      ['assistant', '你好，首先回答你的问题。'],
    ]);
    expect(convs[0]?.meta).toMatchObject({ keywords: ['恋爱', '恋爱经营'], strategies: [{ start: 0, end: 2, type: 'Others' }] });
    expect(convs[1]?.meta.strategies).toEqual([]);
  });

  it('empathetic-dialogues: original CSV with _comma_ escapes, grouped by conv_id', async () => {
    const { convs, bad } = await readAll('empathetic-dialogues', fx('ed/original/train.csv'));
    expect(bad).toEqual([]);
    expect(convs.map((c) => c.provenance.id)).toEqual(['hit:0_conv:1', 'hit:1_conv:2']);
    expect(rc(convs[0]!)).toEqual([
      ['user', 'I remember going to see the fireworks with my best friend, it was the first time we ever spent time alone together.'],
      ['assistant', 'Was this a friend you were in love with, or just a best friend?'],
      ['user', 'This was a best friend. I miss her.'],
    ]);
    expect(convs[0]).toMatchObject({ labels: ['sentimental'], meta: { situation: 'I remember going to the fireworks with my best friend, there was a lot of people.' } });
  });

  it('empathetic-dialogues: MoEL blocks chained into dialogues (Python-literal contexts)', async () => {
    const { convs } = await readAll('empathetic-dialogues', fx('ed/moel/generation_result.txt'));
    expect(convs).toHaveLength(2);
    expect(rc(convs[0]!)).toEqual([
      ['user', 'i hit a car .'],
      ['assistant', 'did you suffer any injuries ?'],
      ['user', "no , i 'm fine ."],
      ['assistant', 'that is good .'],
    ]);
    expect(convs[1]).toMatchObject({ labels: ['proud'] });
    expect(rc(convs[1]!)[0]).toEqual(['user', 'my son won , [ a prize ] .']);
  });

  it('empathetic-dialogues: HypEmo situations become labelled texts', async () => {
    const { convs } = await readAll('empathetic-dialogues', fx('ed/situations/train.csv'));
    expect(convs.map((c) => [c.turns[0]?.content, c.labels])).toEqual([
      ['i remember going to the fireworks, with friends.', ['sentimental']],
      ['i used to scare for darkness', ['afraid']],
    ]);
  });

  it('goemotions: label ids to names, CSV-style quotes inside the TSV', async () => {
    const { convs } = await readAll('goemotions', fx('goemotions/train.tsv'));
    expect(convs.map((c) => [c.provenance.id, c.turns[0]?.content, c.labels])).toEqual([
      ['train:ef4qmod', 'We need more boards for [NAME].', ['desire', 'optimism']],
      ['train:eew5j0j', 'Three words. "Dude. Stop." ', ['neutral']],
      ['train:abc123', 'Thanks!', ['gratitude']],
    ]);
    expect(convs[0]?.task).toBe('classification');
  });

  it('smp2020-ewect, ocemotion (unquoted TSV and CLUE JSONL), sos1k, reddit-cssrs', async () => {
    const smp = await readAll('smp2020-ewect', fx('smp'));
    expect(smp.convs.map((c) => [c.provenance.id, c.labels?.[0]])).toEqual([
      ['virus_train:1', 'happy'],
      ['virus_train:2', 'fear'],
    ]);
    const oc = await readAll('ocemotion', fx('ocemotion'));
    expect(oc.convs.map((c) => [c.provenance.id, c.turns[0]?.content, c.labels?.[0]])).toEqual([
      ['valid:0', '如果她不难过了，天会放晴吗？', 'sadness'],
      ['train:5507', '对不起很难,难在你拉不下那个"面子', 'sadness'],
      ['train:12', '今天真开心', 'happiness'],
    ]);
    const sos = await readAll('sos1k', fx('sos1k'));
    expect(sos.convs.map((c) => [c.provenance.id, c.labels?.[0], c.meta.labelKind])).toEqual([
      ['binary/fold1_twoClass:0', '0', 'binary'],
      ['binary/fold1_twoClass:1', '0', 'binary'],
      ['fine-grained/fold1:0', '4', 'fine-grained'],
      ['fine-grained/fold1:1', '0', 'fine-grained'],
    ]);
    const cssrs = await readAll('reddit-cssrs', fx('cssrs.csv'));
    expect(cssrs.convs.map((c) => [c.provenance.id, c.turns.map((t) => t.content), c.labels, c.meta.postsParse])).toEqual([
      ['user-0', ['Its not a viable option, youll be fine', "I'm tired"], ['Behavior'], 'literal'],
      ['user-1', ["broken ' quote", 'second'], ['Supportive'], 'loose'],
    ]);
  });

  it('generic json/csv/tsv with a field mapping, media paths attached', async () => {
    const json = await readAll('json', fx('generic/chat.jsonl'), {
      fieldMap: parseFieldMap('id=uid,messages=dialog,roleKey=speaker,contentKey=text,audio=audio'),
      licence: 'CC0',
    });
    expect(json.convs[0]?.provenance).toMatchObject({ id: 'a1', licence: 'CC0', source: 'json' });
    expect(json.convs[0]?.turns).toEqual([
      { role: 'user', content: 'hi', media: [{ kind: 'audio', path: 'clips/a1.wav' }] },
      { role: 'assistant', content: 'hello' },
    ]);
    const csv = await readAll('csv', fx('generic/labels.csv'), { fieldMap: parseFieldMap('id=id,text=body,label=tag') });
    expect(csv.convs.map((c) => [c.provenance.id, c.turns[0]?.content, c.labels, c.task])).toEqual([
      ['1', 'I am so happy, really', ['joy'], 'classification'],
      ['2', 'sad day', ['sadness'], 'classification'],
    ]);
    const tsv = await readAll('tsv', fx('generic/labels.tsv'), { fieldMap: parseFieldMap('text=body,label=tag') });
    expect(tsv.convs.map((c) => c.labels)).toEqual([['neutral']]);
    expect(() => parseFieldMap('colour=x')).toThrow(/unknown key/);
  });
});

describe('malformed input is reported with file, line and reason, and skipped', () => {
  it('truncated JSON array: earlier records survive, the cut one is reported', async () => {
    const { convs, bad } = await readAll('soulchat', fx('bad/truncated.json'));
    expect(convs.map((c) => c.provenance.id)).toEqual(['0']);
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ file: fx('bad/truncated.json'), line: 2 });
    expect(bad[0]?.reason).toMatch(/truncated/);
  });

  it('missing fields and invalid JSON elements inside an array', async () => {
    const { convs, bad } = await readAll('soulchat', fx('bad/mixed.json'));
    expect(convs.map((c) => c.provenance.id)).toEqual(['0', '3']);
    expect(bad.map((b) => b.line)).toEqual([3, 4]);
    expect(bad[0]?.reason).toMatch(/missing field/);
    expect(bad[1]?.reason).toMatch(/invalid JSON element/);
  });

  it('CRLF JSON lines with one broken line', async () => {
    const { convs, bad } = await readAll('soulchat', fx('bad/crlf.jsonl'));
    expect(convs.map((c) => c.provenance.id)).toEqual(['x', 'z']);
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ line: 2 });
  });

  it('wrong encoding (Latin-1 byte) is reported, the run continues', async () => {
    const { convs, bad } = await readAll('soulchat', fx('bad/latin1.jsonl'));
    expect(convs).toHaveLength(2);
    expect(bad).toHaveLength(1);
    expect(bad[0]?.reason).toMatch(/invalid UTF-8/);
    expect(convs[1]?.turns[0]?.content).toBe('caf\uFFFD');
  });

  it('a reader on the wrong kind of file reports instead of crashing', async () => {
    const { convs, bad } = await readAll('goemotions', fx('sos1k/fine-grained/fold1.tsv'));
    expect(convs).toEqual([]);
    expect(bad.length).toBeGreaterThan(0);
    expect(bad[0]?.reason).toMatch(/expected 3 tab-separated fields/);
  });
});
