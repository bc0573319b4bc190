import { describe, expect, it } from 'vitest';
import {
  parseCsv,
  parsePythonStringList,
  splitPythonStringListLoosely,
  streamJsonArray,
  streamJsonLines,
} from '../../../src/data/index.ts';
import { chunked } from './helpers.ts';

async function parseArray(text: string, size = 7) {
  const problems: Array<{ line: number; reason: string }> = [];
  const items: Array<{ value: unknown; line: number; index: number }> = [];
  for await (const it of streamJsonArray(chunked(text, size), (p) => problems.push(p))) items.push(it);
  return { items, problems };
}

describe('streaming JSON array tokenizer', () => {
  const tricky =
    '\uFEFF [ {"a": "x],[}{\\"y\\\\", "n": [1, [2, {"b": null}]]},\n' +
    '  "str with \\u005d and \\n",\n  42 , -1.5e3, true, null,\n  [], {},\n  {"emoji": "😀", "zh": "你好，世界"}\n]\n';

  it.each([1, 2, 3, 7, 64, 4096])('yields exactly what JSON.parse gives, with any chunk size (%i)', async (size) => {
    const { items, problems } = await parseArray(tricky, size);
    expect(problems).toEqual([]);
    expect(items.map((i) => i.value)).toEqual(JSON.parse(tricky.slice(1)));
    expect(items.map((i) => i.line)).toEqual([1, 2, 3, 3, 3, 3, 4, 4, 5]);
  });

  it('empty array, and whitespace only', async () => {
    expect((await parseArray('[]')).items).toEqual([]);
    expect((await parseArray('  [ \n ] ')).problems).toEqual([]);
    expect((await parseArray('   ')).problems[0]?.reason).toMatch(/empty input/);
  });

  it('reports a bad element and continues with the next', async () => {
    const { items, problems } = await parseArray('[{"a":1},\n{"b": tru},\n{"c":3}]');
    expect(items.map((i) => i.value)).toEqual([{ a: 1 }, { c: 3 }]);
    expect(problems).toEqual([{ line: 2, reason: expect.stringMatching(/invalid JSON element #1/) }]);
  });

  it('reports truncation, a missing ], a non-array and trailing garbage', async () => {
    expect((await parseArray('[{"a":1},{"b":"unterminated')).problems[0]?.reason).toMatch(/truncated.*element #1/);
    expect((await parseArray('[{"a":1},\n')).problems[0]?.reason).toMatch(/missing closing \]/);
    expect((await parseArray('{"a":1}')).problems[0]?.reason).toMatch(/not an array/);
    expect((await parseArray('[1] x')).problems[0]?.reason).toMatch(/after the closing/);
    expect((await parseArray('[1,,2]')).problems[0]?.reason).toMatch(/stray comma/);
  });

  it('JSON lines: blank lines skipped, bad lines reported', async () => {
    const lines = [
      { text: '{"a":1}', line: 1 },
      { text: '', line: 2 },
      { text: '{oops', line: 3 },
      { text: '[2]', line: 4 },
    ];
    async function* src() {
      yield* lines;
    }
    const problems: Array<{ line: number }> = [];
    const out = [];
    for await (const it of streamJsonLines(src(), (p) => problems.push(p))) out.push(it.value);
    expect(out).toEqual([{ a: 1 }, [2]]);
    expect(problems.map((p) => p.line)).toEqual([3]);
  });
});

describe('CSV/TSV parser', () => {
  async function rows(text: string, delimiter: string, quote: string | null, size = 5) {
    const out = [];
    for await (const r of parseCsv(chunked(text, size), { delimiter, quote })) out.push(r);
    return out;
  }

  it('RFC 4180 quoting: commas, doubled quotes and newlines inside quotes; CRLF rows', async () => {
    const r = await rows('a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n1,,3\r\n', ',', '"');
    expect(r.map((x) => x.fields)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\r\nlines'],
      ['1', '', '3'],
    ]);
    expect(r.map((x) => x.line)).toEqual([1, 2, 4]);
  });

  it('unquoted mode keeps bare quotes literally (OCEMOTION)', async () => {
    const r = await rows('1\ta "b\tc\n2\t"d\te\n', '\t', null);
    expect(r.map((x) => x.fields)).toEqual([
      ['1', 'a "b', 'c'],
      ['2', '"d', 'e'],
    ]);
  });

  it('final row without newline, and an unterminated quote flagged', async () => {
    expect((await rows('a,b', ',', '"')).map((x) => x.fields)).toEqual([['a', 'b']]);
    const r = await rows('a,"b\nc', ',', '"');
    expect(r[0]).toMatchObject({ fields: ['a', 'b\nc'], unterminatedQuote: true });
  });
});

describe('Python list literals', () => {
  it('parses repr() of a list of strings with both quote styles and escapes', () => {
    expect(parsePythonStringList(`['a , b', "i 'm ok", 'tab\\there', 'x\\'y', '\\u4f60']`)).toEqual([
      'a , b',
      "i 'm ok",
      'tab\there',
      "x'y",
      '你',
    ]);
    expect(parsePythonStringList('[]')).toEqual([]);
  });

  it('rejects malformed literals; the loose splitter recovers items', () => {
    expect(() => parsePythonStringList(`['it's broken', 'b']`)).toThrow(/not a Python list/);
    expect(splitPythonStringListLoosely(`['it's broken', 'b']`)).toEqual(["it's broken", 'b']);
  });
});
