import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { JsonArrayScanner, streamJsonArray, streamJsonArrayBatches } from '../../../src/data/io/json-stream.ts';
import { readJsonRecordBatches, readJsonRecords } from '../../../src/data/io/json-records.ts';
import { LineSplitter } from '../../../src/data/io/text-source.ts';
import { fastConvert } from '../../../src/data/fast-convert.ts';
import { readInBatches } from '../../../src/data/readers/util.ts';
import {
  Cleaner,
  conversationFingerprint,
  findFormat,
  findReader,
  Fingerprint64Set,
  Hash64,
  JsonRecordSink,
  runConvert,
  toTrainingExample,
  type BadRecord,
  type Conversation,
} from '../../../src/data/index.ts';
import { chunked, fx } from './helpers.ts';

const dirs: string[] = [];
const tmp = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'carellm-fast-'));
  dirs.push(dir);
  return dir;
};
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

const conv = (turns: Array<[Conversation['turns'][number]['role'], string]>, id = 'c'): Conversation => ({
  provenance: { source: 't', id, licence: 'x', file: 'f', line: 1 },
  turns: turns.map(([role, content]) => ({ role, content })),
  task: 'dialogue',
  meta: {},
});

/** Events in the order a consumer sees them: elements and problems interleaved. */
async function events(text: string, size: number, batched: boolean) {
  const log: string[] = [];
  const onProblem = (p: { line: number; reason: string }) => log.push(`problem ${p.line} ${p.reason}`);
  if (batched) {
    for await (const batch of streamJsonArrayBatches(chunked(text, size), onProblem))
      for (const it of batch) log.push(`item ${it.index} ${it.line} ${JSON.stringify(it.value)}`);
  } else {
    for await (const it of streamJsonArray(chunked(text, size), onProblem))
      log.push(`item ${it.index} ${it.line} ${JSON.stringify(it.value)}`);
  }
  return log;
}

describe('batched JSON array scanning', () => {
  const messy =
    '[{"a":"x],[}{\\"y\\\\"},\n 1, {"b": tru},\n,"s" , [1,[2]] 3,\n{"z":"你好"}, 4}, 5\n]\n trailing';

  it.each([1, 2, 5, 13, 4096])('batches give the same elements and problems, in the same order (chunk %i)', async (size) => {
    const one = await events(messy, size, false);
    expect(await events(messy, size, true)).toEqual(one);
    expect(one.filter((e) => e.startsWith('item')).map((e) => e.split(' ')[1])).toEqual(['0', '1', '3', '4', '5', '6', '7', '8']);
    expect(one.filter((e) => e.startsWith('problem')).map((e) => e.replace(/:.*/, ''))).toEqual([
      'problem 2 invalid JSON element #2',
      'problem 3 empty array element (stray comma)',
      'problem 3 missing comma between array elements',
      'problem 4 unbalanced }',
      'problem 6 unexpected content after the closing ]',
    ]);
    // The unbalanced } is reported after the element it ended, as the one-at-a-time reader does.
    expect(one.indexOf('problem 4 unbalanced }')).toBe(one.findIndex((e) => e.startsWith('item 7 ')) + 1);
  });

  it('the scanner stops at a non-array and reports truncation at the end', () => {
    const problems: string[] = [];
    const s = new JsonArrayScanner((p) => problems.push(p.reason));
    s.feed(' {"a":1}');
    expect(s.next()).toBeUndefined();
    expect(s.stopped).toBe(true);
    const t = new JsonArrayScanner((p) => problems.push(p.reason));
    t.feed('[{"a":1},{"b":');
    expect(t.next()?.value).toEqual({ a: 1 });
    expect(t.next()).toBeUndefined();
    t.end();
    expect(problems).toEqual(['top-level JSON value is not an array', 'truncated JSON: input ends inside element #1 (started here)']);
  });

  it('an element split across many chunks is reassembled', async () => {
    const big = { text: '长'.repeat(10_000), n: [1, 2, 3] };
    const text = `[${JSON.stringify(big)},${JSON.stringify(big)}]`;
    const out = [];
    for await (const it of streamJsonArray(chunked(text, 997), () => undefined)) out.push(it.value);
    expect(out).toEqual([big, big]);
  });

  it('line splitter: LF, CRLF, blank lines and a last line without newline, across chunks', () => {
    const s = new LineSplitter();
    const lines: string[] = [];
    for (const chunk of ['a\r', '\nb', 'c\n\nd\r\n', 'e']) {
      s.feed(chunk);
      for (let l = s.next(); l; l = s.next()) lines.push(`${l.line}:${l.text}`);
    }
    const last = s.end();
    if (last) lines.push(`${last.line}:${last.text}`);
    expect(lines).toEqual(['1:a', '2:bc', '3:', '4:d', '5:e']);
  });

  it('file batches equal one-at-a-time records for JSON arrays and JSON lines', async () => {
    const dir = await tmp();
    const arr = path.join(dir, 'a.json');
    const lines = path.join(dir, 'l.jsonl');
    const recs = Array.from({ length: 3000 }, (_, i) => ({ id: i, text: `记录 ${i} `.repeat(i % 50) }));
    await writeFile(arr, `[\n${recs.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
    await writeFile(lines, recs.map((r) => JSON.stringify(r)).join('\r\n') + '\r\n\r\n{bad\r\n' + JSON.stringify(recs[0]));
    for (const file of [arr, lines]) {
      const bad1: BadRecord[] = [];
      const bad2: BadRecord[] = [];
      const one = [];
      for await (const it of readJsonRecords(file, { onBad: (b) => bad1.push(b) })) one.push(it);
      const batched = [];
      let batches = 0;
      for await (const b of readJsonRecordBatches(file, { onBad: (b) => bad2.push(b) })) {
        batches++;
        for (const it of b) batched.push(it);
      }
      expect(batched).toEqual(one);
      expect(bad2).toEqual(bad1);
      expect(batches).toBeLessThan(one.length / 10); // many records per batch, not one promise each
    }
    const { value, line } = (await (async () => {
      const all = [];
      for await (const it of readJsonRecords(lines, { onBad: () => undefined })) all.push(it);
      return all;
    })()).at(-1) as { value: unknown; line: number };
    expect([value, line]).toEqual([recs[0], 3003]);
  });

  it('readers without readBatches are batched one record at a time', async () => {
    const r = findReader('cpsycoun');
    if (!r) throw new Error('no reader');
    expect(r.readBatches).toBeUndefined();
    const ids: string[] = [];
    for await (const b of readInBatches(r, fx('cpsycoun'), { onBad: () => undefined }, {})) for (const c of b) ids.push(c.provenance.id);
    const direct: string[] = [];
    for await (const c of r.read(fx('cpsycoun'), { onBad: () => undefined }, {})) direct.push(c.provenance.id);
    expect(ids).toEqual(direct);
    expect(ids.length).toBeGreaterThan(0);
  });
});

describe('64-bit fingerprints and the typed-array set', () => {
  it('equal conversations hash equal; any change of role, content or turn boundary changes the hash', () => {
    const a = conv([
      ['user', '我睡不好'],
      ['assistant', '我能理解'],
    ]);
    const same = conv([
      ['user', '我睡不好'],
      ['assistant', '我能理解'],
    ], 'other id');
    expect(conversationFingerprint(same)).toEqual(conversationFingerprint(a));
    const variants = [
      conv([['user', '我睡不好'], ['user', '我能理解']]),
      conv([['user', '我睡不好'], ['assistant', '我能理解。']]),
      conv([['user', '我睡不好我能理解'], ['assistant', '']]),
      conv([['user', '我睡不'], ['assistant', '好我能理解']]),
      conv([['user', '我睡不好'], ['assistant', '我能理解'], ['user', '']]),
      conv([['system', '我睡不好'], ['assistant', '我能理解']]),
    ];
    const hashes = new Set([a, ...variants].map((c) => conversationFingerprint(c).join(':')));
    expect(hashes.size).toBe(variants.length + 1);
  });

  it('no collisions among 200,000 near-identical texts (single-character and odd-length differences)', () => {
    const h = new Hash64();
    const set = new Fingerprint64Set(16);
    let duplicates = 0;
    for (let i = 0; i < 200_000; i++) {
      const text = `心里很难受${i}` + (i % 2 ? 'x' : '');
      const [hi, lo] = h.reset().text(text).digest();
      if (!set.add(hi, lo)) duplicates++;
    }
    expect(duplicates).toBe(0);
    expect(set.size).toBe(200_000);
  });

  it('set: add reports duplicates, survives growth, handles the all-zero key', () => {
    const s = new Fingerprint64Set(4);
    const keys: Array<[number, number]> = [[0, 0], [0, 1], [1, 0], [0xffffffff, 0xffffffff]];
    for (let i = 1; i <= 5000; i++) keys.push([Math.imul(i, 2654435761) >>> 0, i + 1000]);
    for (const [hi, lo] of keys) expect(s.add(hi, lo)).toBe(true);
    for (const [hi, lo] of keys) {
      expect(s.has(hi, lo)).toBe(true);
      expect(s.add(hi, lo)).toBe(false);
    }
    expect(s.has(7, 7)).toBe(false);
    expect(s.size).toBe(keys.length);
    // At most 3/4 full: 8 bytes a slot, no more than 2 * 8 / (3/4) bytes per key after growth.
    expect(s.bytes / s.size).toBeLessThanOrEqual(22);
  });
});

describe('synchronous cleaning and the trainer fast path', () => {
  it('processSync gives what process gives and counts the same', async () => {
    const make = () => [
      conv([['user', ' ＡＢＣ 你好 '], ['assistant', '好']], 'a'),
      conv([['user', 'ABC 你好'], ['assistant', '好']], 'b'),
      conv([['assistant', 'hi'], ['user', 'x'], ['user', 'y'], ['assistant', 'z']], 'c'),
    ];
    const options = { steps: ['normalize', 'roles', 'lang', 'dedup'] as const };
    const a = await Cleaner.create({ steps: [...options.steps] });
    const b = await Cleaner.create({ steps: [...options.steps] });
    expect(a.synchronous).toBe(true);
    const viaAsync = [];
    for (const c of make()) viaAsync.push(await a.process(c));
    const viaSync = make().map((c) => b.processSync(c));
    expect(viaSync).toEqual(viaAsync);
    expect(b.report).toEqual(a.report);
    expect(viaSync[1]).toBeNull(); // exact duplicate of the normalised first one
  });

  it('processSync refuses the asynchronous steps', async () => {
    const c = await Cleaner.create({ steps: ['pii'], redactor: async (t: string) => ({ redacted: t, spans: [] }) });
    expect(c.synchronous).toBe(false);
    expect(() => c.processSync(conv([['user', 'x'], ['assistant', 'y']]))).toThrow(/asynchronous/);
  });

  it('already-alternating turns are used as they are; others are still repaired', () => {
    const ok = conv([['user', 'a'], ['assistant', 'b'], ['user', 'c'], ['assistant', 'd']]);
    const ex = toTrainingExample(ok);
    expect(typeof ex !== 'string' && ex.turns).toEqual(ok.turns);
    const messy = conv([['assistant', 'x'], ['user', 'a'], ['user', 'b'], ['system', 's'], ['assistant', 'c'], ['user', 'd']]);
    const fixed = toTrainingExample(messy);
    expect(typeof fixed !== 'string' && fixed.turns.map((t) => [t.role, t.content])).toEqual([
      ['user', 'a\nb'],
      ['assistant', 'c'],
    ]);
    expect(messy.turns[1]?.content).toBe('a'); // the input is not modified
    const sharegpt = findFormat('sharegpt')?.format(ok);
    expect(sharegpt).toEqual({
      conversations: [
        { from: 'human', value: 'a' },
        { from: 'gpt', value: 'b' },
        { from: 'human', value: 'c' },
        { from: 'gpt', value: 'd' },
      ],
    });
  });
});

describe('buffered sink and batched convert', () => {
  it('records larger than the buffer, many flushes, arrays and lines all read back exactly', async () => {
    const dir = await tmp();
    const recs = [
      { small: 1 },
      { huge: '大'.repeat(600_000) }, // > 1 MB of UTF-8 on its own
      ...Array.from({ length: 2000 }, (_, i) => ({ i, t: '情绪'.repeat(i % 300) })),
      { last: '😀' },
    ];
    for (const name of ['out.json', 'out.jsonl']) {
      const sink = await JsonRecordSink.open(path.join(dir, name));
      for (const r of recs) await sink.write(r);
      await sink.close();
      expect(sink.written).toBe(recs.length);
      const text = await readFile(path.join(dir, name), 'utf8');
      const back = name.endsWith('.json') ? JSON.parse(text) : text.trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(back).toEqual(recs);
    }
  });

  it('convert with --limit stops at exactly that record, mid-batch', async () => {
    const dir = await tmp();
    const input = path.join(dir, 'in.json');
    const recs = Array.from({ length: 500 }, (_, i) => ({
      id: i,
      messages: [
        { role: 'user', content: `问题 ${i % 400}` },
        { role: 'assistant', content: `回答 ${i % 400}` },
      ],
    }));
    await writeFile(input, JSON.stringify(recs));
    const out = path.join(dir, 'out.jsonl');
    const s = await runConvert({ from: 'soulchat', to: 'sharegpt', input, output: out, limit: 450, clean: { steps: ['dedup'] } });
    expect(s).toMatchObject({ read: 450, written: 400, dropped: 50 });
    const lines = (await readFile(out, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(400);
    expect(JSON.parse(lines[399] as string).conversations[0].value).toBe('问题 399');
  });
});

describe('byte-level SoulChat convert: exactly what the general path writes', () => {
  const rec = (id: unknown, msgs: Array<[string, string]>, extra = '') =>
    `{"id": ${JSON.stringify(id)}, "topic": "成长"${extra}, "messages": [${msgs
      .map(([role, content]) => `{"role": ${JSON.stringify(role)}, "content": ${JSON.stringify(content)}}`)
      .join(', ')}]}`;
  const qa = (q: string, a: string): Array<[string, string]> => [
    ['user', q],
    ['assistant', a],
  ];
  // Records the byte path takes, and every kind it must hand to the general code.
  const elements = [
    rec(0, qa('最近总是睡不好', '我能理解你的感受')),
    rec(1, qa('最近总是睡不好', '我能理解你的感受')), // exact duplicate
    rec('s-2', qa('引号 "x" 和反斜杠 \\ 还有 \n 换行', '\u2028 分隔 \t tab')), // escapes: re-encoded
    `{"id": 3, "messages": [{"role": "user", "content": "\\u6700\\u8fd1\\u603b\\u662f\\u7761\\u4e0d\\u597d"}, {"content": "我能理解你的感受", "role": "assistant"}]}`, // same text via \\u escapes: a duplicate
    rec(4, [['user', 'a'], ['user', 'b'], ['assistant', 'c']]), // needs merging: general path
    rec(5, [['system', '你是咨询师'], ['user', 'q'], ['assistant', 'a']]), // system prompt: general path
    rec(6, [['human', 'q'], ['gpt', 'a']]), // role aliases: general path
    rec(7, [['user', 'only a question']]), // unwritable
    rec(8, []), // no turns: bad record
    `{"id": 9, "id": 10, "messages": [{"role": "user", "content": "q9"}, {"role": "assistant", "content": "a9"}]}`, // duplicate key
    rec(11, qa('q11', 'a11'), ', "extra": {"nested": [1, 2, {"x": null}]}'), // unknown key: general path
    `{"id": 12, "messages": [{"role": "user", "content": "bad \\x escape"}, {"role": "assistant", "content": "a"}]}`, // invalid JSON
    `{"id": 13, "messages": "not an array"}`,
    `{"id": 1e1, "messages": [{"role": "user", "content": "😀 emoji"}, {"role": "assistant", "content": "ok"}]}`,
    `{"messages":[{"role":"user","content":""},{"role":"assistant","content":"empty question"}]}`,
    rec(15, qa('最近总是睡不好', '我能理解你的感受')), // duplicate again, after the general records
    `{\n  "id": 16,\n  "messages": [\n    {"role": "user", "content": "多行"},\n    {"role": "assistant", "content": "格式"}\n  ]\n}`,
    rec(17, qa('x'.repeat(3000), '长'.repeat(5000))),
  ];
  const body = `\uFEFF[\n${elements.join(',\n')}\n]\n`;

  async function both(text: string | Buffer, to: string, output: string, extra: { limit?: number; steps?: Array<'dedup'> } = {}) {
    const dir = await tmp();
    const input = path.join(dir, 'in.json');
    await writeFile(input, text);
    const run = async (fastPath: boolean) => {
      const out = path.join(dir, `${fastPath ? 'fast' : 'slow'}-${output}`);
      const s = await runConvert({
        from: 'soulchat',
        to,
        input,
        output: out,
        fastPath,
        clean: { steps: extra.steps ?? ['dedup'] },
        ...(extra.limit !== undefined ? { limit: extra.limit } : {}),
      });
      const { seconds, recordsPerSecond, output: o, datasetInfo, ...rest } = s;
      void [seconds, recordsPerSecond, o, datasetInfo];
      return { summary: rest, file: await readFile(out) };
    };
    return { fast: await run(true), slow: await run(false) };
  }

  it.each([
    ['sharegpt', 'out.jsonl'],
    ['sharegpt', 'out.json'],
    ['openai', 'out.jsonl'],
  ])('%s → %s: same bytes, same summary and bad-record reports', async (to, output) => {
    const { fast, slow } = await both(body, to, output);
    expect(fast.file.equals(slow.file)).toBe(true);
    expect(fast.summary).toEqual(slow.summary);
    expect(slow.summary).toMatchObject({ read: 15, bad: 3, dropped: 4, unwritable: 1 });
    expect(slow.summary.badRecords.map((b) => b.line)).toEqual([10, 13, 14]);
  });

  it('without dedup, and with a limit that stops mid-file', async () => {
    const a = await both(body, 'sharegpt', 'a.jsonl', { steps: [] });
    expect(a.fast.file.equals(a.slow.file)).toBe(true);
    expect(a.fast.summary).toEqual(a.slow.summary);
    for (const limit of [1, 3, 9]) {
      const b = await both(body, 'sharegpt', `l${limit}.jsonl`, { limit });
      expect(b.fast.file.equals(b.slow.file)).toBe(true);
      expect(b.fast.summary).toEqual(b.slow.summary);
      expect(b.fast.summary.read).toBe(limit);
    }
  });

  // About 2.5 MB: several read chunks, with characters split across chunk boundaries.
  const bigBody = `[${Array.from({ length: 4000 }, (_, i) => rec(i, qa(`问题${i % 3000}`, '回答，'.repeat(200 + ((i % 3000) % 7))))).join(',\n')}]`;

  it('a multi-chunk file: same bytes and summary', async () => {
    const { fast, slow } = await both(bigBody, 'sharegpt', 'big.jsonl');
    expect(fast.file.equals(slow.file)).toBe(true);
    expect(fast.summary).toEqual(slow.summary);
    expect(fast.summary).toMatchObject({ read: 4000, dropped: 1000 });
  });

  it.each([
    [
      'invalid UTF-8 in a later chunk',
      Buffer.concat([Buffer.from(bigBody.slice(0, 600_000)), Buffer.from([0xe4, 0x41]), Buffer.from(bigBody.slice(600_000))]),
    ],
    ['truncated', body.slice(0, body.length - 40)],
    ['trailing content', body + 'garbage'],
    ['missing comma', body.replace(',\n{"id": 13', '\n{"id": 13')],
    ['a primitive element', body.replace('[\n', '[\n42,\n')],
    ['invalid UTF-8', Buffer.concat([Buffer.from(body.slice(0, 200)), Buffer.from([0xff]), Buffer.from(body.slice(200))])],
    ['JSON lines', elements.filter((e) => !e.includes('\n')).join('\n') + '\n'],
    ['empty file', ''],
  ])('gives up on %s, and the general path writes the same result', async (_name, text) => {
    const { fast, slow } = await both(text, 'sharegpt', 'x.jsonl');
    expect(fast.file.equals(slow.file)).toBe(true);
    expect(fast.summary).toEqual(slow.summary);
  });

  it('the byte path really runs on the mixed file, and gives up on a truncated one', async () => {
    const dir = await tmp();
    const attempt = async (text: string) => {
      const input = path.join(dir, 'f.json');
      await writeFile(input, text);
      const sink = await JsonRecordSink.open(path.join(dir, 'f.jsonl'));
      const format = findFormat('sharegpt');
      if (!format) throw new Error('no format');
      const r = await fastConvert({ file: input, format, dedup: true, sink });
      await sink.close();
      return r;
    };
    expect(await attempt(body)).toMatchObject({ read: 15, unwritable: 1 });
    expect(await attempt(body.slice(0, -40))).toBeUndefined();
  });

  it('dedup counts the same across fast and general records (escaped and unescaped forms of one text)', async () => {
    const { fast } = await both(body, 'sharegpt', 'd.jsonl');
    // 6 (role aliases) repeats 5 once its system prompt is set apart.
    expect(fast.summary.cleaning?.examples.map((e) => e.id)).toEqual(['1', '3', '6', '15']);
  });
});
