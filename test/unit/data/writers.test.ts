import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFormat, JsonRecordSink, runConvert, type Conversation } from '../../../src/data/index.ts';
import { fx, readAll } from './helpers.ts';

const conv = (over: Partial<Conversation> = {}): Conversation => ({
  provenance: { source: 't', id: 'c1', licence: 'CC0', file: 'f', line: 1 },
  system: 'You are kind.',
  turns: [
    { role: 'assistant', content: 'stray greeting' },
    { role: 'user', content: 'u1' },
    { role: 'assistant', content: 'a1' },
    { role: 'user', content: 'u2a' },
    { role: 'user', content: 'u2b' },
    { role: 'assistant', content: 'a2' },
    { role: 'user', content: 'dangling' },
  ],
  task: 'dialogue',
  meta: {},
  ...over,
});

const fmt = (name: string) => {
  const f = findFormat(name);
  if (!f) throw new Error(name);
  return f;
};

describe('writers: exact record shapes', () => {
  it('sharegpt (LLaMA-Factory): human/gpt alternation, system column, trailing user turn dropped', () => {
    expect(fmt('sharegpt').format(conv())).toEqual({
      conversations: [
        { from: 'human', value: 'u1' },
        { from: 'gpt', value: 'a1' },
        { from: 'human', value: 'u2a\nu2b' },
        { from: 'gpt', value: 'a2' },
      ],
      system: 'You are kind.',
    });
    expect(fmt('sharegpt').datasetInfo?.('x.json')).toEqual({
      file_name: 'x.json',
      formatting: 'sharegpt',
      columns: { messages: 'conversations', system: 'system' },
      tags: { role_tag: 'from', content_tag: 'value', user_tag: 'human', assistant_tag: 'gpt' },
    });
  });

  it('alpaca (LLaMA-Factory): last exchange as instruction/output, earlier ones as history', () => {
    expect(fmt('alpaca').format(conv())).toEqual({
      instruction: 'u2a\nu2b',
      input: '',
      output: 'a2',
      system: 'You are kind.',
      history: [['u1', 'a1']],
    });
    expect(fmt('alpaca').datasetInfo?.('a.jsonl')).toEqual({
      file_name: 'a.jsonl',
      columns: { prompt: 'instruction', query: 'input', response: 'output', system: 'system', history: 'history' },
    });
  });

  it('openai and ms-swift messages', () => {
    const messages = [
      { role: 'system', content: 'You are kind.' },
      { role: 'user', content: 'u1' },
      { role: 'assistant', content: 'a1' },
      { role: 'user', content: 'u2a\nu2b' },
      { role: 'assistant', content: 'a2' },
    ];
    expect(fmt('openai').format(conv())).toEqual({ messages });
    expect(fmt('swift').format(conv())).toEqual({ messages });
    expect(fmt('openai').datasetInfo).toBeUndefined();
  });

  it('qwen-omni: placeholders in media order, paths in matching lists, dataset_info columns', () => {
    const c = conv({
      system: undefined,
      turns: [
        { role: 'user', content: '我今天好累', media: [{ kind: 'video', path: 'v/1.mp4' }, { kind: 'audio', path: 'a/1.wav' }] },
        { role: 'assistant', content: '听起来你很疲惫。' },
        { role: 'user', content: '看这张图', media: [{ kind: 'image', path: 'i/1.png' }] },
        { role: 'assistant', content: '谢谢你分享。' },
      ],
    });
    const out = fmt('qwen-omni').format(c);
    expect(out).toEqual({
      messages: [
        { role: 'user', content: '<video><audio>我今天好累' },
        { role: 'assistant', content: '听起来你很疲惫。' },
        { role: 'user', content: '<image>看这张图' },
        { role: 'assistant', content: '谢谢你分享。' },
      ],
      audios: ['a/1.wav'],
      images: ['i/1.png'],
      videos: ['v/1.mp4'],
    });
    expect(fmt('swift').format(c)).toMatchObject({ audios: ['a/1.wav'], images: ['i/1.png'], videos: ['v/1.mp4'] });
    expect(fmt('qwen-omni').datasetInfo?.('m.json')).toEqual({
      file_name: 'm.json',
      formatting: 'sharegpt',
      columns: { messages: 'messages', audios: 'audios', images: 'images', videos: 'videos' },
      tags: { role_tag: 'role', content_tag: 'content', user_tag: 'user', assistant_tag: 'assistant', system_tag: 'system' },
    });
    // A literal tag in the text would break the tag/file count: refused, not silently written.
    expect(fmt('qwen-omni').format(conv({ turns: [{ role: 'user', content: 'a <audio> b' }, { role: 'assistant', content: 'x' }] }))).toMatch(/literal/);
    expect(fmt('sharegpt').format(c)).toMatch(/media/);
  });

  it('classification records become instruction examples answered by their labels', () => {
    const c = conv({ task: 'classification', system: undefined, turns: [{ role: 'user', content: '今天好开心' }], labels: ['happy'] });
    const out = fmt('openai').format(c) as { messages: Array<{ role: string; content: string }> };
    expect(out.messages[0]?.content).toMatch(/^请判断下面这段文字表达的情绪/);
    expect(out.messages[0]?.content.endsWith('今天好开心')).toBe(true);
    expect(out.messages[1]).toEqual({ role: 'assistant', content: 'happy' });
    const risk = fmt('openai').format({ ...c, provenance: { ...c.provenance, source: 'sos1k' }, labels: ['4'] }) as typeof out;
    expect(risk.messages[0]?.content).toMatch(/自杀风险/);
  });

  it('a conversation with no user→assistant exchange is unwritable with a reason', () => {
    expect(fmt('sharegpt').format(conv({ turns: [{ role: 'user', content: 'only me' }] }))).toMatch(/no user→assistant/);
  });
});

describe('writers: files and round trips', () => {
  it('.json output is one JSON array written incrementally; other extensions are JSON lines', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'carellm-data-'));
    const a = await JsonRecordSink.open(path.join(dir, 'a.json'));
    await a.write({ x: 1 });
    await a.write({ y: '二' });
    await a.close();
    expect(JSON.parse(await readFile(path.join(dir, 'a.json'), 'utf8'))).toEqual([{ x: 1 }, { y: '二' }]);
    const e = await JsonRecordSink.open(path.join(dir, 'e.json'));
    await e.close();
    expect(JSON.parse(await readFile(path.join(dir, 'e.json'), 'utf8'))).toEqual([]);
    const l = await JsonRecordSink.open(path.join(dir, 'l.jsonl'));
    await l.write({ x: 1 });
    await l.close();
    expect(await readFile(path.join(dir, 'l.jsonl'), 'utf8')).toBe('{"x":1}\n');
  });

  it('openai output reads back through the generic json reader with the same turns', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'carellm-data-'));
    const out = path.join(dir, 'o.jsonl');
    const summary = await runConvert({ from: 'soulchat', to: 'openai', input: fx('soulchat/multi_turn_fixture.json'), output: out });
    expect(summary).toMatchObject({ read: 2, written: 2, skipped: 0 });
    const original = await readAll('soulchat', fx('soulchat/multi_turn_fixture.json'));
    const back = await readAll('json', out);
    expect(back.convs.map((c) => c.turns)).toEqual(original.convs.map((c) => c.turns));
  });

  it('carellm native output round-trips losslessly; sharegpt writes dataset_info.json next to the file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'carellm-data-'));
    await runConvert({ from: 'cpsycoun', to: 'carellm', input: fx('cpsycoun'), output: path.join(dir, 'n.jsonl') });
    const original = await readAll('cpsycoun', fx('cpsycoun'));
    const back = await readAll('carellm', path.join(dir, 'n.jsonl'));
    expect(back.convs).toEqual(original.convs);
    const s = await runConvert({ from: 'cpsycoun', to: 'sharegpt', input: fx('cpsycoun'), output: path.join(dir, 'cp.json'), datasetName: 'cpsy' });
    const info = JSON.parse(await readFile(path.join(dir, 'dataset_info.json'), 'utf8'));
    expect(s.datasetInfo).toBe(path.join(dir, 'dataset_info.json'));
    expect(info.cpsy.file_name).toBe('cp.json');
    const records = JSON.parse(await readFile(path.join(dir, 'cp.json'), 'utf8'));
    expect(records).toHaveLength(3);
    expect(records[0].conversations[0]).toEqual({ from: 'human', value: '心理咨询师，我觉得我很自私。' });
  });
});
