/**
 * Round 18 (PII): a name found once is redacted wherever it stands again — in the same text (findPii) and in
 * every message of one request (createRedactor, learn() before redact()), and at the engine level nothing of
 * it reaches the model server. Also the known misses of the blind set train-2026-11p as families: 刚 ending
 * a given name (赵志刚), the surname 谭, dated and "your friend" signatures on the last line, "Myself Rahul",
 * a name in apposition ("my real name, Kevin Tran,"), Cantonese 地址係 / 屋企係 before an address.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/index.ts';
import { createEngine } from '../../../src/engines/index.ts';
import { createRedactor, findPii, redact } from '../../../src/safety/index.ts';
import { FakeLlmServer, fakeLlmEnv } from '../../support/fake-llm/index.ts';
import { startTestServer } from '../../support/server.ts';
import { readSse } from '../../support/sse.ts';

const names = (t: string) =>
  findPii(t)
    .filter((s) => s.type === 'NAME')
    .map((s) => s.text);

describe('a detected name is redacted where it stands again in the same text', () => {
  it.each([
    ["Hi, I'm Ben. Ben's plan was to leave early.", '[NAME_1]', 'Ben'],
    ['我叫林晓。林晓这个名字是外婆取的', '[NAME_1]这个名字', '林晓'],
    ['叫我小林就行。小林今天又加班到11点', '[NAME_1]今天', '小林'],
    [
      'My name is Kevin Tran. Kevin always gets blamed, and Tran is on every list.',
      '[NAME_2] always',
      'Kevin',
    ],
    ["Hi, I'm Grace. My mum says Grace is too sensitive.", 'says [NAME_1]', 'Grace'],
    ['我妈叫王丽，王丽这个人很要强', '[NAME_1]这个人', '王丽'],
  ])('%s', (text, expected, name) => {
    const { redacted } = redact(text);
    expect(redacted).toContain(expected);
    expect(redacted).not.toMatch(new RegExp(`(?<![A-Za-z])${name}(?![A-Za-z])`, 'u'));
    // Idempotent.
    expect(redact(redacted).redacted).toBe(redacted);
  });

  it.each([
    // A word-like name is not looked for where it starts a sentence, nor inside a longer word.
    ["I'm Will. Will you help me?", "I'm [NAME_1]. Will you help me?"],
    // (Session 21: "Benjamin is my cousin" is now a name of its own, so the longer word here is not a name.)
    ["Hi, I'm Ben. Bentley cars are loud.", "Hi, I'm [NAME_1]. Bentley cars are loud."],
    ["Hi, I'm Grace. Grace is tired.", "Hi, I'm [NAME_1]. Grace is tired."],
    // Months are never looked for again.
    ['My name is May. In May I have exams.', 'My name is [NAME_1]. In May I have exams.'],
  ])('hard negative: %s', (text, expected) => {
    expect(redact(text).redacted).toBe(expected);
  });
});

describe('createRedactor: a name from any message of the request is redacted in all of them', () => {
  it('learned first, redacted oldest first', () => {
    const msgs = [
      '林晓这个名字是外婆取的',
      'Ben keeps asking about exams',
      "我叫林晓，Hi I'm Ben, by the way",
    ];
    const r = createRedactor();
    for (const m of msgs) r.learn(m);
    const out = msgs.map((m) => r.redact(m));
    expect(out).toEqual([
      '[NAME_1]这个名字是外婆取的',
      '[NAME_2] keeps asking about exams',
      "我叫[NAME_1]，Hi I'm [NAME_2], by the way",
    ]);
    expect(r.restore(out[1]!)).toBe(msgs[1]);
  });

  it('without learn, a name said earlier still reaches the later messages', () => {
    const r = createRedactor();
    expect(r.redact('我叫林晓，最近睡不好')).toBe('我叫[NAME_1]，最近睡不好');
    expect(r.redact('林晓这个名字是外婆取的')).toBe('[NAME_1]这个名字是外婆取的');
  });

  it('learning does not change what is found, and a text without names is untouched', () => {
    const r = createRedactor();
    r.learn('手机13812345678');
    expect(r.redact('手机13812345678，想聊聊')).toBe('手机[PHONE_1]，想聊聊');
    expect(r.redact('Will you help me? Grace is a nice word.')).toBe(
      'Will you help me? Grace is a nice word.',
    );
  });
});

describe('round-18 name families from the long tail (11p)', () => {
  it.each([
    ['他叫赵志刚我们住在武汉', '赵志刚'],
    ['他叫赵志刚。', '赵志刚'],
    ['我室友叫孙刚，人很好', '孙刚'],
    ['我爸叫谭伟，脾气很差', '谭伟'],
    ['我叫谭雅，今年20岁', '谭雅'],
    ['不加也行。\n张子涵 2024.11.09 凌晨3:12', '张子涵'],
    ['谢谢大家\n李想 2023-5-6', '李想'],
    ['好累\n王磊，2024年3月2日', '王磊'],
    ['有空回个信吧。\n你的老朋友 蒋思琪', '蒋思琪'],
    ['爱你的女儿，小雨', '小雨'],
    ['Myself Rahul Verma, 24 years, doing CA final', 'Rahul Verma'],
    ['Hello sir. Myself Priya from Pune.', 'Priya'],
    ['myself Anil here', 'Anil'],
    ['posted my IP and my real name, Kevin Tran, and said', 'Kevin Tran'],
    ['he knows her full name, Ana Lopez.', 'Ana Lopez'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    '我妈王丽刚才打电话', // 刚才 is not part of the name
    '今天\n高兴 2024.11.09',
    '考试\n周一 2024.11.09 考数学',
    '你的朋友很多吗',
    '我是谭老师',
    'I hurt myself Monday.',
    'I did it myself. Then I left',
    'Myself Hardly know what to do',
  ])('hard negative: %s', (text) => {
    expect(names(text).filter((n) => n !== '王丽')).toEqual([]);
    if (text.startsWith('我妈王丽')) expect(names(text)).toEqual(['王丽']);
  });
});

describe('Cantonese address leads (地址係, 屋企係) are not part of the address', () => {
  it.each([
    ['屋企地址係九龍觀塘秀茂坪寶達邨達欣樓2318室，手機', '九龍觀塘秀茂坪寶達邨達欣樓2318室'],
    ['我屋企係新界沙田禾輋邨豐和樓1203室', '新界沙田禾輋邨豐和樓1203室'],
    ['我屋企喺新界沙田禾輋邨豐和樓1203室', '新界沙田禾輋邨豐和樓1203室'],
    ['地址係：香港灣仔軒尼詩道300號', '香港灣仔軒尼詩道300號'],
  ])('%s', (text, address) => {
    expect(
      findPii(text)
        .filter((s) => s.type === 'ADDRESS')
        .map((s) => s.text),
    ).toEqual([address]);
  });
});

describe('engine level: a name said earlier and repeated bare later never reaches the model server', () => {
  let fake: FakeLlmServer;
  beforeAll(async () => {
    fake = await new FakeLlmServer().start();
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.reset());

  async function conversation(redactMode: 'on' | 'off', turns: string[]): Promise<string[]> {
    const env = fakeLlmEnv(fake.baseUrl, redactMode);
    const config = loadConfig({ env, file: undefined });
    const engine = createEngine(config, { redactor: () => createRedactor() });
    const server = await startTestServer({ env, deps: { engine } });
    try {
      const res = await fetch(`${server.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ locale: 'zh-CN' }),
      });
      const { id } = (await res.json()) as { id: string };
      for (const text of turns) {
        fake.options.reply = ['嗯，我在听。'];
        await readSse(
          await fetch(`${server.url}/api/sessions/${id}/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ text }),
          }),
        );
      }
      return fake.chatRequests.map((r) => JSON.stringify(r.body));
    } finally {
      await server.close();
    }
  }

  it('introduced first, repeated bare in a later message', async () => {
    const bodies = await conversation('on', [
      '我叫林晓，最近总是睡不好。',
      '林晓这个名字是外婆取的，她去年走了。',
    ]);
    expect(bodies.length).toBeGreaterThanOrEqual(2);
    for (const b of bodies) expect(b).not.toContain('林晓');
    expect(bodies.at(-1)).toContain('[NAME_1]这个名字是外婆取的');
  });

  it('said bare first, introduced later: the earlier history message is redacted too', async () => {
    const bodies = await conversation('on', [
      '最近睡不好，作业也写不完。',
      '林晓这个名字是外婆取的。',
      '对了，我叫林晓。',
    ]);
    // The last request carries all three messages; none of them may carry the name.
    expect(bodies.at(-1)).not.toContain('林晓');
    expect(bodies.at(-1)).toContain('[NAME_1]这个名字是外婆取的');
  });

  it('control: with redaction off the name does reach the server', async () => {
    const bodies = await conversation('off', ['我叫林晓，最近总是睡不好。', '林晓这个名字是外婆取的。']);
    expect(bodies.join('\n')).toContain('林晓');
  });
});
