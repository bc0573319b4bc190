import { describe, expect, it } from 'vitest';
import {
  Cleaner,
  detectLanguage,
  estimateTokens,
  MinHashLsh,
  normalizeText,
  parseCleanSteps,
  SafetyUnavailableError,
  type Conversation,
} from '../../../src/data/index.ts';

let n = 0;
const conv = (turns: Array<[Conversation['turns'][number]['role'], string]>, task: Conversation['task'] = 'dialogue'): Conversation => ({
  provenance: { source: 't', id: `c${n++}`, licence: 'x', file: 'f', line: 1 },
  turns: turns.map(([role, content]) => ({ role, content })),
  task,
  meta: {},
});

async function run(cleaner: Cleaner, convs: Conversation[]) {
  const out: Conversation[] = [];
  for (const c of convs) {
    const r = await cleaner.process(c);
    if (r) out.push(r);
  }
  return out;
}

describe('normalisation and language', () => {
  it('NFC, full-width ASCII to half-width, invisible characters, whitespace; Chinese punctuation kept', () => {
    expect(normalizeText('  ＡＢＣ１２３\u200B  你好，\u3000世界！\r\n\r\n\r\n  next\t\tline ')).toBe('ABC123 你好， 世界！\n\nnext line');
    expect(normalizeText('e\u0301')).toBe('é');
    expect(normalizeText('你好，世界', { width: 'nfkc' })).toBe('你好,世界');
    expect(normalizeText('ＡＢＣ', { width: 'none' })).toBe('ＡＢＣ');
  });

  it('zh / en / mixed / other', () => {
    expect(detectLanguage('我最近总是失眠，感觉很焦虑。')).toBe('zh');
    expect(detectLanguage('I have been feeling anxious lately.')).toBe('en');
    expect(detectLanguage('我很累 so very tired')).toBe('mixed');
    expect(detectLanguage('12345 !!!')).toBe('other');
  });

  it('token estimate: one per Han character, one per four other characters', () => {
    expect(estimateTokens('你好')).toBe(2);
    expect(estimateTokens('abcdefgh')).toBe(2);
  });
});

describe('cleaning steps', () => {
  it('parses step lists, rejects unknown steps, runs in canonical order', () => {
    expect(parseCleanSteps('pii,dedup,near-dup,normalize')).toEqual(['normalize', 'dedup', 'near-dup', 'pii']);
    expect(() => parseCleanSteps('dedup,shuffle')).toThrow(/unknown cleaning step "shuffle"/);
  });

  it('exact dedup removes identical conversations only', async () => {
    const c = await Cleaner.create({ steps: ['dedup'] });
    const out = await run(c, [
      conv([['user', '我很难过'], ['assistant', '我在听']]),
      conv([['user', '我很难过'], ['assistant', '我在听']]),
      conv([['user', '我很难过'], ['assistant', '我在这里听你说']]),
      conv([['assistant', '我很难过'], ['user', '我在听']]),
    ]);
    expect(out).toHaveLength(3);
    expect(c.report.steps.dedup).toMatchObject({ checked: 4, dropped: 1 });
    expect(c.report.examples[0]).toMatchObject({ step: 'dedup', reason: 'exact duplicate' });
  });

  it('near-dup on Chinese: small edits removed, different texts on the same topic kept', async () => {
    const base = '我最近总是睡不着觉，晚上躺在床上脑子里一直在想工作上的事情，第二天上班也没有精神，感觉整个人都很疲惫，不知道该怎么办才好。';
    const c = await Cleaner.create({ steps: ['near-dup'] });
    const out = await run(c, [
      conv([['user', base]]),
      conv([['user', base.replace('工作上的事情', '工作中的事情').replace('疲惫', '疲倦')]]),
      conv([['user', base + '谢谢。']]),
      conv([['user', '我最近和父母吵架了，他们总是不理解我的选择，我觉得很孤独，也不知道应该怎么和他们沟通，心里特别难受。']]),
      conv([['user', '我最近总是睡不好，考试快到了压力很大，每天都担心自己考不好，吃饭也没有胃口，朋友约我出去也不想去。']]),
    ]);
    expect(out.map((x) => x.turns[0]?.content)).toEqual([
      base,
      '我最近和父母吵架了，他们总是不理解我的选择，我觉得很孤独，也不知道应该怎么和他们沟通，心里特别难受。',
      '我最近总是睡不好，考试快到了压力很大，每天都担心自己考不好，吃饭也没有胃口，朋友约我出去也不想去。',
    ]);
    expect(c.report.steps['near-dup']?.dropped).toBe(2);
  });

  it('near-dup on English: punctuation/case variants removed, unrelated kept', async () => {
    const lsh = new MinHashLsh();
    const a = 'I have been feeling really anxious about my exams and I cannot sleep at night because of it.';
    expect(lsh.addOrMatch('a', a)).toBeNull();
    expect(lsh.addOrMatch('b', 'I have been feeling REALLY anxious about my exams, and I can not sleep at night because of it!')?.id).toBe('a');
    expect(lsh.addOrMatch('c', 'My dog passed away last week and the house feels empty without him around.')).toBeNull();
  });

  it('roles: repair merges same-role runs and drops empty turns; reject drops the conversation', async () => {
    const messy = () => conv([['assistant', 'hi'], ['user', 'a'], ['user', 'b'], ['assistant', ''], ['assistant', 'c']]);
    const repair = await Cleaner.create({ steps: ['roles'] });
    const [fixed] = await run(repair, [messy()]);
    expect(fixed?.turns).toEqual([
      { role: 'user', content: 'a\nb' },
      { role: 'assistant', content: 'c' },
    ]);
    const reject = await Cleaner.create({ steps: ['roles'], roles: 'reject' });
    expect(await run(reject, [messy(), conv([['user', 'ok'], ['assistant', 'fine']])])).toHaveLength(1);
  });

  it('length limits on turns, characters and tokens', async () => {
    const c = await Cleaner.create({ steps: ['length'], minTurns: 2, maxTurnChars: 10, maxTokens: 8 });
    const out = await run(c, [
      conv([['user', 'one turn only']]),
      conv([['user', 'short'], ['assistant', 'this turn is far too long']]),
      conv([['user', '你好你好你好'], ['assistant', '好的好的好']]),
      conv([['user', 'hi'], ['assistant', 'hello']]),
    ]);
    expect(out.map((x) => x.turns[0]?.content)).toEqual(['hi']);
    expect(c.report.steps.length?.dropped).toBe(3);
  });

  it('language filter keeps the chosen languages and tags the rest', async () => {
    const c = await Cleaner.create({ steps: ['lang'], languages: ['zh'] });
    const out = await run(c, [conv([['user', '我很好，谢谢你']]), conv([['user', 'I am fine, thank you']])]);
    expect(out).toHaveLength(1);
    expect(out[0]?.tags).toEqual(['lang:zh']);
    expect(c.report.steps.lang).toMatchObject({ byLanguage: { zh: 1, en: 1 }, dropped: 1 });
  });

  it('PII scrub through an injected redactor; counts spans by kind', async () => {
    const redactor = (text: string) => {
      const m = /1[3-9]\d{9}/.exec(text);
      return m
        ? { redacted: text.replace(m[0], '[电话]'), spans: [{ start: m.index, end: m.index + 11, kind: 'phone' }] }
        : { redacted: text, spans: [] };
    };
    const c = await Cleaner.create({ steps: ['pii'], redactor });
    const [out] = await run(c, [conv([['user', '我的电话是13812345678'], ['assistant', '好的']])]);
    expect(out?.turns[0]?.content).toBe('我的电话是[电话]');
    expect(out?.tags).toEqual(['pii:redacted']);
    expect(c.report.steps.pii).toMatchObject({ changed: 1, spans: 1, byKind: { phone: 1 } });
  });

  it('crisis audit: tag, drop or keep by the assessed level of user turns', async () => {
    const assessor = (text: string) => ({ level: text.includes('不想活') ? ('high' as const) : ('none' as const) });
    const risky = () => conv([['user', '我不想活了'], ['assistant', '我很担心你']]);
    const calm = () => conv([['user', '今天还好'], ['assistant', '很高兴听到']]);
    const tag = await Cleaner.create({ steps: ['crisis'], crisis: 'tag', assessor });
    const tagged = await run(tag, [risky(), calm()]);
    expect(tagged.map((x) => x.tags ?? [])).toEqual([['crisis:high'], []]);
    expect(tag.report.steps.crisis).toMatchObject({ byLevel: { high: 1, none: 1 } });
    const drop = await Cleaner.create({ steps: ['crisis'], crisis: 'drop', assessor });
    expect(await run(drop, [risky(), calm()])).toHaveLength(1);
    const keep = await Cleaner.create({ steps: ['crisis'], crisis: 'keep' });
    expect(await run(keep, [risky()])).toHaveLength(1);
  });

  it('leakage against a named evaluation set: exact and near copies dropped', async () => {
    const evalText = '我和室友总是因为作息时间不同而发生矛盾，她每天晚上很晚才睡觉，影响我休息，我不知道该怎么跟她说。';
    const c = await Cleaner.create({
      steps: ['leakage'],
      leakageSets: [{ name: 'cpsycoune', conversations: [conv([['user', evalText]])] }],
    });
    const out = await run(c, [
      conv([['user', evalText]]),
      conv([['user', evalText.replace('矛盾', '冲突')]]),
      conv([['user', '我最近找工作很不顺利，投了很多简历都没有回音，开始怀疑自己的能力了。']]),
    ]);
    expect(out).toHaveLength(1);
    expect(c.report.steps.leakage).toMatchObject({ referenceRecords: 1, dropped: 2 });
  });

  it('a missing safety module gives a clear "unavailable" error, not a crash later', async () => {
    const err = new SafetyUnavailableError('pii', 'src/safety has no redact export');
    expect(err.message).toMatch(/^PII scrub unavailable/);
    // With the real module present this loads; without it, create() rejects with that error.
    const attempt = Cleaner.create({ steps: ['pii'] }).then(
      () => 'loaded',
      (e: Error) => e.message,
    );
    expect(await attempt).toMatch(/^(loaded|PII scrub unavailable)/);
  });
});
