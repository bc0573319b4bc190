/* eslint-disable @typescript-eslint/no-explicit-any -- reference vectors are untyped JSON */
import { describe, expect, it } from 'vitest';
import {
  computeBleu,
  corpusBleu,
  rawCorpusBleu,
  sentenceBleu,
  bleuTokenizer,
  BleuScorer,
  nltkSentenceBleu,
  nltkCorpusBleu,
  CUMULATIVE_WEIGHTS,
  type BleuTokenizerName,
  type SmoothMethod,
  type NltkSmoothing,
} from '../../../src/eval/metrics/index.ts';
import { HAVE_VECTORS, loadVector } from './vectors.ts';

describe.skipIf(!HAVE_VECTORS)('sacrebleu reference vectors', () => {
  it('compute_bleu.json: scoring and degenerate statistics', () => {
    const v = loadVector('sacrebleu/compute_bleu.json');
    expect(v.cases.length).toBeGreaterThan(0);
    for (const c of v.cases) {
      const r = computeBleu(c.correct, c.total, c.sys_len, c.ref_len, c.smooth_method, c.smooth_value);
      if (c.comparison === 'exact equality') expect(r.score / 100, c.id).toBe(c.expected_score_0_1);
      else expect(Math.abs(r.score / 100 - c.expected_score_0_1), c.id).toBeLessThanOrEqual(c.tolerance_abs);
    }
  });

  it('corpus_bleu.json: tokenisers, smoothing, max n-gram order', () => {
    const v = loadVector('sacrebleu/corpus_bleu.json');
    for (const c of v.cases) {
      const r = corpusBleu(c.hypotheses, c.references, {
        tokenize: c.options.tokenize,
        smoothMethod: c.options.smooth_method,
        smoothValue: c.options.smooth_value,
        lowercase: c.options.lowercase,
        effectiveOrder: c.options.use_effective_order,
      });
      expect(Math.abs(r.score - c.expected_score), c.id).toBeLessThanOrEqual(c.tolerance_abs);
    }
    for (const c of v.max_ngram_order_cases) {
      const r = corpusBleu(c.hypotheses, c.references, {
        maxNgramOrder: c.options.max_ngram_order,
        tokenize: c.options.tokenize,
        smoothMethod: c.options.smooth_method,
      });
      expect(r.score.toFixed(2), c.id).toBe(c.expected_score_formatted_2dp);
    }
  });

  it('raw_corpus_bleu.json: raw, effective order, statistics, offset', () => {
    const v = loadVector('sacrebleu/raw_corpus_bleu.json');
    for (const c of v.cases) {
      const r = rawCorpusBleu(c.hypotheses, c.references, c.smooth_value ?? 0.1);
      expect(Math.abs(r.score / 100 - c.expected_score_0_1), c.id).toBeLessThanOrEqual(c.tolerance_abs);
    }
    for (const c of v.statistics_cases) {
      const r = rawCorpusBleu(c.hypotheses, c.references, c.smooth_value);
      expect(r.counts, c.id).toEqual(c.expected_counts);
      expect(r.totals, c.id).toEqual(c.expected_totals);
    }
    for (const c of v.offset_cases) {
      expect(rawCorpusBleu(c.hypotheses, c.references, 0).score / 100).toBe(c.expected_with_smooth_value_0);
      expect(
        Math.abs(
          rawCorpusBleu(c.hypotheses, c.references).score / 100 - c['expected_with_default_smooth_value_0.1'],
        ),
      ).toBeLessThanOrEqual(c.tolerance_abs);
    }
  });

  it('sentence_bleu.json: issues #98 and #141', () => {
    const v = loadVector('sacrebleu/sentence_bleu.json');
    for (const c of v.cases) {
      const r = sentenceBleu(c.hypothesis, c.references, {
        tokenize: c.tokenize,
        smoothMethod: c.smooth_method,
        smoothValue: c.smooth_value,
        lowercase: c.lowercase,
        effectiveOrder: c.use_effective_order,
      });
      expect(Math.abs(r.score - c.expected_score), c.id).toBeLessThanOrEqual(c.tolerance_abs);
    }
  });

  it('generated_tokenizers.json: every tokenizer output', () => {
    const v = loadVector('sacrebleu/generated_tokenizers.json');
    for (const row of v.rows) {
      for (const name of ['13a', 'intl', 'zh', 'char', 'none'] as BleuTokenizerName[]) {
        expect(bleuTokenizer(name)(row.input), `${name}: ${row.input}`).toBe(row[name]);
      }
    }
  });

  it('generated_zh_bleu.json: zh corpus and sentence BLEU, every smoothing, counts, bp, signature', () => {
    const v = loadVector('sacrebleu/generated_zh_bleu.json');
    const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    for (const c of v.corpus_cases) {
      const o = c.options;
      const r = corpusBleu(v.hypotheses, v.references, {
        tokenize: o.tokenize,
        smoothMethod: o.smooth_method as SmoothMethod,
        smoothValue: o.smooth_value,
        effectiveOrder: o.effective_order,
      });
      expect(close(r.score, c.score), JSON.stringify(o)).toBe(true);
      expect(r.counts).toEqual(c.counts);
      expect(r.totals).toEqual(c.totals);
      expect(r.sysLen).toBe(c.sys_len);
      expect(r.refLen).toBe(c.ref_len);
      expect(close(r.bp, c.bp)).toBe(true);
      r.precisions.forEach((p, i) => expect(close(p, c.precisions[i])).toBe(true));
      expect(r.signature).toBe(c.signature);
    }
    for (const c of v.sentence_cases) {
      const o = c.options;
      const r = new BleuScorer({
        tokenize: o.tokenize,
        smoothMethod: o.smooth_method,
        smoothValue: o.smooth_value,
        effectiveOrder: o.effective_order,
      }).sentenceScore(c.hypothesis, c.references);
      expect(close(r.score, c.score), `${c.hypothesis} ${JSON.stringify(o)}`).toBe(true);
      expect(r.counts).toEqual(c.counts);
      expect(r.totals).toEqual(c.totals);
    }
    const contrast = corpusBleu(v.hypotheses, v.references, { tokenize: '13a' });
    expect(contrast.score).toBe(v.contrast_13a.score);
    expect(contrast.counts).toEqual(v.contrast_13a.counts);
    expect(contrast.totals).toEqual(v.contrast_13a.totals);
    expect(contrast.signature).toBe(v.contrast_13a.signature);
  });

  it('generated_nltk_crosscheck.json: nltk BLEU-1..4 (method0–3), sacrebleu equivalents, corpus and EmoLLM macro', () => {
    const v = loadVector('sacrebleu/generated_nltk_crosscheck.json');
    const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9;
    const methodKeys: Record<string, NltkSmoothing> = {
      'none(method0)': 'method0',
      method1: 'method1',
      method2: 'method2',
      method3: 'method3',
    };
    const sacreKeys: Record<string, [SmoothMethod, number | null]> = {
      none: ['none', null],
      'floor[0.1]': ['floor', 0.1],
      'add-k[1]': ['add-k', 1],
      exp: ['exp', null],
    };
    for (const c of v.cases) {
      for (const [key, method] of Object.entries(methodKeys)) {
        const got = nltkSentenceBleu(c.references_tokens, c.hypothesis_tokens, CUMULATIVE_WEIGHTS, method);
        ['BLEU-1', 'BLEU-2', 'BLEU-3', 'BLEU-4'].forEach((b, i) =>
          expect(
            close(got[i] ?? NaN, c.nltk_sentence_bleu[key][b]),
            `${key} ${b} ${c.hypothesis_tokens.join(' ')}`,
          ).toBe(true),
        );
      }
      for (const [key, [m, val]] of Object.entries(sacreKeys)) {
        const r = corpusBleu(
          [c.hypothesis_tokens.join(' ')],
          c.references_tokens.map((r: string[]) => [r.join(' ')]),
          { tokenize: 'none', smoothMethod: m, smoothValue: val },
        );
        expect(
          close(r.score / 100, c.sacrebleu_tokenize_none_effective_order_false[key]),
          `sacrebleu ${key}`,
        ).toBe(true);
      }
    }
    const refs = v.cases.map((c: any) => c.references_tokens);
    const hyps = v.cases.map((c: any) => c.hypothesis_tokens);
    const m1 = nltkCorpusBleu(refs, hyps, CUMULATIVE_WEIGHTS, 'method1');
    const m0 = nltkCorpusBleu(refs, hyps, CUMULATIVE_WEIGHTS, 'method0');
    m1.forEach((x, i) => expect(close(x, v.corpus.nltk_corpus_bleu_method1[i])).toBe(true));
    m0.forEach((x, i) => expect(close(x, v.corpus.nltk_corpus_bleu_none[i])).toBe(true));
    const macro = [0, 1, 2, 3].map(
      (i) =>
        hyps.reduce(
          (a: number, h: string[], k: number) =>
            a + (nltkSentenceBleu(refs[k], h, CUMULATIVE_WEIGHTS, 'method1')[i] ?? 0),
          0,
        ) / hyps.length,
    );
    macro.forEach((x, i) =>
      expect(close(x, v.corpus['macro_avg_sentence_bleu_method1 (EmoLLM style)'][i])).toBe(true),
    );
  });
});
