/* eslint-disable @typescript-eslint/no-explicit-any -- reference vectors are untyped JSON */
import { describe, expect, it } from 'vitest';
import {
  rougeScore,
  rougeScoreTokenize,
  lcsIndices,
  summaryLevelLcs,
  pltrdyRouge,
  rougeChinese,
  averagePltrdy,
  bootstrapMean,
  distinctN,
  distinctNMeanPerResponse,
  chatglmRecipe,
  emollmRecipe,
  rougeTokenizer,
  type RougeType,
} from '../../../src/eval/metrics/index.ts';
import { almostEqual, HAVE_VECTORS, loadVector, num } from './vectors.ts';

describe.skipIf(!HAVE_VECTORS)('rouge_score reference vectors (google-research)', () => {
  const v = HAVE_VECTORS ? loadVector('rouge/rouge_score_tests.json') : null;

  it('every scorer case (incl. ROUGE-1.5.5-matched, stemming, rougeLsum, degenerate)', () => {
    expect(v.cases.length).toBe(24);
    for (const c of v.cases) {
      const got = rougeScore(c.target, c.prediction, c.rouge_type as RougeType, {
        useStemmer: c.use_stemmer,
      });
      for (const k of ['precision', 'recall', 'fmeasure'] as const) {
        if (c.expected[k] === undefined) continue;
        expect(
          almostEqual(got[k], num(c.expected[k]), c.places),
          `${c.id} ${k}: got ${got[k]} want ${c.expected[k]}`,
        ).toBe(true);
      }
    }
  });

  it('tokenizer cases (incl. Porter stemming)', () => {
    for (const c of v.tokenizer_cases)
      expect(rougeScoreTokenize(c.input, c.use_stemmer)).toEqual(c.expected_tokens);
  });

  it('LCS, union-LCS and summary-level LCS cases', () => {
    for (const c of v.lcs_cases) {
      const idx = lcsIndices(c.ref, c.can);
      expect(idx.length).toBe(c.expected_lcs_length);
      expect(idx).toEqual(c.expected_backtrack_indices_into_ref);
      if (c.expected_values) expect(idx.map((i: number) => c.ref[i])).toEqual(c.expected_values);
    }
    for (const c of v.union_lcs_cases) {
      if (c.find_union)
        expect([...new Set<number>(c.find_union.flat())].sort((a, b) => a - b)).toEqual(c.expected);
      else {
        const union = [...new Set(c.candidates.flatMap((can: number[]) => lcsIndices(c.ref, can)))].sort(
          (a: any, b: any) => a - b,
        );
        expect(union.map((i: any) => c.ref[i])).toEqual(c.expected_union_lcs_tokens);
      }
    }
    for (const c of v.summary_level_lcs_cases) {
      const got = summaryLevelLcs(c.refs, c.cans);
      expect(got.recall).toBeCloseTo(c.expected.recall, 10);
      if (c.expected.precision !== undefined) expect(got.precision).toBeCloseTo(c.expected.precision, 10);
      if (c.expected.fmeasure_places3 !== undefined)
        expect(almostEqual(got.fmeasure, c.expected.fmeasure_places3, 3)).toBe(true);
    }
  });

  it('bootstrap aggregator cases', () => {
    for (const c of v.bootstrap_aggregator_cases) {
      for (const m of ['precision', 'recall', 'fmeasure'] as const) {
        const rows = c.scores.map((s: any) => num(s[m]));
        const ci = bootstrapMean(rows, { confidence: c.confidence_interval, samples: 1000, seed: 123 });
        const [lo, mid, hi] = c.expected[m].map(num);
        expect(Math.abs(ci.low - lo)).toBeLessThanOrEqual(c.delta);
        expect(Math.abs(ci.mid - mid)).toBeLessThanOrEqual(c.delta);
        expect(Math.abs(ci.high - hi)).toBeLessThanOrEqual(c.delta);
      }
    }
  });
});

describe.skipIf(!HAVE_VECTORS)('Chinese ROUGE vectors: rouge_score, pltrdy/rouge, rouge_chinese', () => {
  const v = HAVE_VECTORS ? loadVector('rouge/generated_rouge_zh.json') : null;
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9;

  it('every row, every library', () => {
    expect(v.rows.length).toBe(4);
    for (const row of v.rows) {
      for (const [lib, opts] of [
        ['rouge_score_default_tokenizer', {}],
        ['rouge_score_whitespace_tokenizer', { tokenizer: rougeTokenizer('whitespace') }],
      ] as const) {
        for (const t of ['rouge1', 'rouge2', 'rougeL'] as const) {
          const got = rougeScore(row.reference, row.hypothesis, t, opts);
          const want = row[lib][t];
          expect(
            close(got.precision, want.p) && close(got.recall, want.r) && close(got.fmeasure, want.f),
            `${lib} ${t} ${row.hypothesis}`,
          ).toBe(true);
        }
      }
      for (const [lib, fn] of [
        ['pltrdy_rouge_1.0.1', pltrdyRouge],
        ['rouge_chinese_1.0.3', rougeChinese],
      ] as const) {
        const got = fn(row.hypothesis, row.reference);
        for (const k of ['rouge-1', 'rouge-2', 'rouge-l'] as const) {
          const want = row[lib][k];
          expect(
            close(got[k].p, want.p) && close(got[k].r, want.r) && close(got[k].f, want.f),
            `${lib} ${k} ${row.hypothesis}: ${JSON.stringify(got[k])}`,
          ).toBe(true);
        }
      }
    }
    const avg = averagePltrdy(v.rows.slice(0, 2).map((r: any) => pltrdyRouge(r.hypothesis, r.reference)));
    for (const k of ['rouge-1', 'rouge-2', 'rouge-l'] as const) {
      for (const s of ['r', 'p', 'f'] as const)
        expect(close(avg[k][s], v.pltrdy_avg_first_two_rows[k][s])).toBe(true);
    }
  });
});

describe.skipIf(!HAVE_VECTORS)('Distinct-n and published recipes', () => {
  it('distinct.json: corpus level and mean of per-response ratios', () => {
    const v = loadVector('rouge/distinct.json');
    for (const ex of v.examples) {
      for (const n of [1, 2]) {
        const d = distinctN(ex.responses_tokens, n);
        const want = ex.corpus_level[`distinct-${n}`];
        expect(d.unique, ex.id).toBe(want.unique_ngrams);
        expect(d.total, ex.id).toBe(want.total_ngrams);
        expect(Math.abs(d.value - want.value)).toBeLessThanOrEqual(1e-9);
        expect(
          Math.abs(
            distinctNMeanPerResponse(ex.responses_tokens, n) - ex.mean_of_per_response[`distinct-${n}`],
          ),
        ).toBeLessThanOrEqual(1e-9);
      }
    }
  });

  it('generated_recipes_zh.json: ChatGLM/SoulChat recipe A and EmoLLM recipe B', () => {
    const v = loadVector('rouge/generated_recipes_zh.json');
    const pairs = v.pairs.map((p: any) => ({
      prediction: p.prediction,
      label: p.label,
      predictionWords: p.prediction_segmented,
      labelWords: p.label_segmented,
    }));
    const a = chatglmRecipe(pairs);
    const A = v.recipe_A_chatglm6b_ptuning;
    for (const k of ['rouge-1', 'rouge-2', 'rouge-l', 'bleu-4'] as const) {
      expect(a.perPair[k]).toEqual(A.per_pair[k]);
      expect(Math.abs(a[k] - A.mean[k])).toBeLessThanOrEqual(1e-8);
    }
    const b = emollmRecipe(pairs);
    for (const [k, want] of Object.entries(v.recipe_B_emollm.result))
      expect(Math.abs((b as any)[k] - (want as number)), k).toBeLessThanOrEqual(1e-8);
  });
});
