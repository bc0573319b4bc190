import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EmotionModel, defaultModel } from '../../../src/emotion/classifier/model.ts';
import { FeatureExtractor, DEFAULT_FEATURE_CONFIG } from '../../../src/emotion/classifier/features.ts';
import { EMOTION_LABELS } from '../../../src/emotion/taxonomy.ts';
import { createEmotionAnalyser, type EmotionDetails } from '../../../src/emotion/analyser.ts';

const model = defaultModel();
const top = (text: string, k = 2) => model.predict(text, { topK: k }).labels.map((l) => l.label);

describe('emotion classifier (committed model)', () => {
  it('loads with the GoEmotions labels and tuned thresholds for both languages', () => {
    expect(model.labels).toEqual([...EMOTION_LABELS]);
    expect(model.header.thresholds.en).toHaveLength(28);
    expect(model.header.thresholds.zh).toHaveLength(28);
    expect(model.id).toMatch(/^carellm-emotion-linear@\d+\.\d+\.\d+$/);
  });

  it.each([
    ['Thank you so much, that was really kind of you!', 'gratitude'],
    ['I am so angry right now, this is infuriating', 'anger'],
    ['I am terrified of what will happen tomorrow', 'fear'],
    ['hahaha that is hilarious, I laughed so hard', 'amusement'],
    ['I love you so much', 'love'],
    ['I feel so sad and alone since she died', 'sadness'],
  ])('English: %s → %s among the top labels', (text, label) => {
    expect(top(text, 3)).toContain(label);
  });

  it.each([
    ['今天太开心了，终于考上了，好高兴！', 'joy'],
    ['气死我了，这种人太可恶了，真让人愤怒', 'anger'],
    ['好难过，一个人躲在被子里哭了一整晚', 'sadness'],
    ['好害怕，晚上一个人走夜路吓死我了', 'fear'],
  ])('Chinese: %s → %s top', (text, label) => {
    const p = model.predict(text, { topK: 3 });
    expect(p.language).toBe('zh');
    expect(p.labels.map((l) => l.label)).toContain(label);
  });

  it('is deterministic and explains predictions with words from the text', () => {
    const text = 'Thank you so much for your help!';
    const a = model.predict(text, { explain: true });
    const b = model.predict(text, { explain: true });
    expect(a).toEqual(b);
    expect(a.predicted).toContain('gratitude');
    const words = a.evidence!.gratitude!;
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
    expect(words.map((w) => w.text.toLowerCase())).toContain('thank');
  });

  it('keeps evidence offsets on the original text through NFKC normalisation', () => {
    const text = 'ＴＨＡＮＫ　ＹＯＵ so much!! 谢谢你';
    const p = model.predict(text, { explain: true });
    for (const words of Object.values(p.evidence ?? {}))
      for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
  });

  it('probabilities are in [0, 1] and sorted; empty text is handled', () => {
    const p = model.predict('', { topK: 28 });
    expect(p.labels).toHaveLength(28);
    for (let i = 1; i < p.labels.length; i++)
      expect(p.labels[i - 1]!.score).toBeGreaterThanOrEqual(p.labels[i]!.score);
    for (const l of p.labels) expect(l.score).toBeGreaterThanOrEqual(0);
  });

  it('round-trips through its file format (int8 weights, per-column scales, network part)', () => {
    const feature = { ...DEFAULT_FEATURE_CONFIG, bits: 8 };
    const weights = new Float32Array(256 * 2).map((_, i) => Math.sin(i) * (i % 2 ? 2 : 0.5));
    const header = {
      format: 'carellm-emotion-linear' as const,
      name: 'tiny',
      version: '0.0.1',
      labels: ['a', 'b'],
      feature,
      bias: [0, -1],
      thresholds: { en: [0.5, 0.5], zh: [0.4, 0.4] },
      zhMinHanShare: 0.3,
      fallbackTop1: false,
      meta: {},
    };
    const { buffer, quantised } = EmotionModel.serialise(header, weights);
    const loaded = EmotionModel.fromBuffer(buffer);
    const direct = new EmotionModel({ ...header, scales: [1, 1] }, quantised);
    expect(Array.from(loaded.score('hello world').scores)).toEqual(
      Array.from(direct.score('hello world').scores),
    );
    for (let i = 0; i < weights.length; i++)
      expect(Math.abs(quantised[i]! - weights[i]!)).toBeLessThan(2 / 127);
    expect(() => EmotionModel.fromBuffer(Buffer.from('nope'))).toThrow();

    // With a network part: the file scores exactly like the dequantised tables, the mix applies
    // per language, and a truncated body is refused.
    const H = 3;
    const mlp = {
      hidden: H,
      input: new Float32Array(256 * H).map((_, i) => Math.cos(i * 0.7)),
      hiddenBias: Float32Array.from([0.1, -0.2, 0.3]),
      output: Float32Array.from([1, -1, 0.5, 0.5, -2, 1]),
      outputBias: Float32Array.from([0, 0.2]),
      mix: { en: 0.75, zh: 0 },
    };
    const both = EmotionModel.serialise(header, weights, mlp);
    const withNet = EmotionModel.fromBuffer(both.buffer);
    const manual = new EmotionModel(both.header, both.quantised, both.mlpInput);
    const linearOnly = EmotionModel.fromBuffer(buffer);
    const en = withNet.score('hello world');
    expect(Array.from(en.scores)).toEqual(Array.from(manual.score('hello world').scores));
    expect(Array.from(en.scores)).not.toEqual(Array.from(linearOnly.score('hello world').scores));
    // Chinese text: mix 0 → the linear part alone.
    expect(Array.from(withNet.score('你好世界').scores)).toEqual(
      Array.from(linearOnly.score('你好世界').scores),
    );
    const raw = zlib.gunzipSync(both.buffer);
    expect(() => EmotionModel.fromBuffer(zlib.gzipSync(raw.subarray(0, raw.length - 10)))).toThrow(
      /wrong size/,
    );
  });

  it('lists the top labels in score order, ties by label order', () => {
    const p = model.predict('I am so happy and grateful, thank you!', { topK: 28 });
    const full = model.score('I am so happy and grateful, thank you!').scores;
    const expected = Array.from(full, (s, i) => ({ s, i }))
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .map((x) => model.labels[x.i]);
    expect(p.labels.map((l) => l.label)).toEqual(expected);
    const text = 'I am so happy and grateful, thank you!';
    expect(model.predict(text, { topK: 3 }).labels.map((l) => l.label)).toEqual(expected.slice(0, 3));
    expect(model.predict(text, { topK: 0 }).labels).toEqual([]);
  });

  it('marks negated words and pools lexicon cue words into per-label features', () => {
    const plain = new FeatureExtractor({ ...DEFAULT_FEATURE_CONFIG, bits: 16 });
    const withNeg = new FeatureExtractor({ ...DEFAULT_FEATURE_CONFIG, bits: 16, negation: 1 });
    const count = (ex: FeatureExtractor, t: string) => ex.extract(t).n;
    // "happy" after "not" (and after "don't") gets an extra marked feature; punctuation ends the scope.
    expect(count(withNeg, 'i am not happy') - count(plain, 'i am not happy')).toBe(1);
    expect(count(withNeg, "i don't feel happy") - count(plain, "i don't feel happy")).toBe(2);
    expect(count(withNeg, 'not. happy') - count(plain, 'not. happy')).toBe(0);
    expect(count(withNeg, 'i am happy')).toBe(count(plain, 'i am happy'));
    const lex = new FeatureExtractor({
      ...DEFAULT_FEATURE_CONFIG,
      bits: 16,
      lexicon: { weight: 1, labels: { grief: ['funeral', 'passed away'], relief: ['phew'] } },
    });
    const lexIndex = (t: string) => {
      const a = lex.extract(t);
      const extra = new Set(Array.from(a.index.subarray(0, a.n)));
      const b = plain.extract(t);
      for (const i of b.index.subarray(0, b.n)) extra.delete(i);
      return [...extra];
    };
    expect(lexIndex('the weather is nice')).toEqual([]);
    const funeral = lexIndex('the funeral was today');
    const passed = lexIndex('my dad passed away');
    expect(funeral).toHaveLength(1);
    expect(passed).toEqual(funeral); // same label → same pooled feature
    expect(lexIndex('phew that was close')).not.toEqual(funeral);
  });

  it('hashes the same text to the same features', () => {
    const ex = new FeatureExtractor();
    const a = ex.extract('Hello, 你好世界，今天怎么样');
    const idx = Array.from(a.index.subarray(0, a.n));
    const b = new FeatureExtractor().extract('Hello, 你好世界，今天怎么样');
    expect(Array.from(b.index.subarray(0, b.n))).toEqual(idx);
    expect(a.hanShare).toBeGreaterThan(0.3);
  });
});

describe('pipeline analyser', () => {
  it('returns labels, predictions, evidence, groupings and indicators', () => {
    const analyser = createEmotionAnalyser();
    const r = analyser.analyse({
      sessionId: 's',
      locale: 'en',
      text: "I can't sleep and I'm so worried about my exams",
      history: [{ role: 'user', content: 'I feel anxious all the time' }],
    }) as { labels: unknown[]; predicted: string[]; analyser: string; details: unknown };
    const d = r.details as EmotionDetails;
    expect(r.analyser).toBe(model.id);
    expect(r.labels.length).toBe(5);
    expect(d.ekman.scores).toHaveProperty('fear');
    expect(d.sentiment.scores).toHaveProperty('negative');
    expect(d.indicators.sleep.level).not.toBe('none');
    expect(d.indicators.anxiety.evidence.map((e) => e.text)).toContain('worried');
    expect(d.sessionIndicators.anxiety.score).toBeGreaterThan(0.25);
  });
});
