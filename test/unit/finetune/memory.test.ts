import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  estimateInference,
  estimateTraining,
  HEADROOM,
  inferenceTable,
  parseNvidiaSmiCsv,
  parseWorkload,
  probeGpus,
  recommend,
  type ModelId,
  type Precision,
} from '../../../src/finetune/index.ts';

const PUBLISHED: Array<[ModelId, Precision, number, number, number]> = [
  ['qwen2.5-omni-3b', 'bf16', 18.38, 22.43, 28.22],
  ['qwen2.5-omni-7b', 'bf16', 31.11, 41.85, 60.19],
  ['qwen2.5-omni-7b', 'gptq-int4', 11.64, 17.43, 29.51],
  ['qwen2.5-omni-7b', 'awq', 11.77, 17.84, 30.31],
];

describe('inference memory estimator', () => {
  it('reproduces the published Qwen2.5-Omni table within 5 % and applies the 1.2× headroom', () => {
    for (const [m, p, a, b, c] of PUBLISHED) {
      for (const [s, want] of [
        [15, a],
        [30, b],
        [60, c],
      ] as const) {
        const e = estimateInference(m, p, { kind: 'video', seconds: s });
        expect(Math.abs(e.minimumGB - want) / want).toBeLessThanOrEqual(0.05);
        expect(e.requiredGB).toBeCloseTo(want * HEADROOM, 1);
        expect(e.source).toBe('published');
      }
    }
    expect(estimateInference('qwen2.5-omni-7b', 'fp32', { kind: 'video', seconds: 15 }).minimumGB).toBe(
      93.56,
    );
    expect(estimateInference('qwen2.5-omni-3b', 'fp32', { kind: 'video', seconds: 15 }).minimumGB).toBe(89.1);
    expect(estimateInference('qwen2.5-omni-7b', 'fp32', { kind: 'video', seconds: 60 }).notRecommended).toBe(
      true,
    );
  });

  it("uses the seed's text/audio figures for 7B BF16 and interpolates monotonically between anchors", () => {
    expect(estimateInference('qwen2.5-omni-7b', 'bf16', { kind: 'text' }).minimumGB).toBe(16);
    expect(estimateInference('qwen2.5-omni-7b', 'bf16', { kind: 'audio' }).minimumGB).toBe(32);
    const v45 = estimateInference('qwen2.5-omni-7b', 'bf16', { kind: 'video', seconds: 45 }).minimumGB;
    expect(v45).toBeGreaterThan(41.85);
    expect(v45).toBeLessThan(60.19);
    expect(
      estimateInference('qwen2.5-omni-7b', 'bf16', { kind: 'video', seconds: 90 }).minimumGB,
    ).toBeGreaterThan(60.19);
    const text3b = estimateInference('qwen2.5-omni-3b', 'bf16', { kind: 'text' });
    expect(text3b.source).toBe('derived');
    expect(text3b.minimumGB).toBeLessThan(16);
    expect(() => estimateInference('qwen2.5-omni-3b', 'awq', { kind: 'text' })).toThrow(
      /no published figures/,
    );
    expect(inferenceTable({ kind: 'text' }).length).toBe(6);
    expect(parseWorkload('video:30')).toEqual({ kind: 'video', seconds: 30 });
    expect(() => parseWorkload('movie')).toThrow();
  });
});

describe('nvidia-smi parsing and recommendation', () => {
  const fixture = (n: string) => readFileSync(new URL(`../../fixtures/eval/${n}`, import.meta.url), 'utf8');

  it('parses --format=csv,noheader,nounits output', () => {
    const gpus = parseNvidiaSmiCsv(fixture('nvidia-smi-2xA100.csv'));
    expect(gpus).toHaveLength(2);
    expect(gpus[0]).toMatchObject({
      index: 0,
      name: 'NVIDIA A100-SXM4-80GB',
      memoryTotalGB: 80,
      driverVersion: '535.104.05',
    });
    expect(gpus[1]?.memoryUsedGB).toBeCloseTo(1.51, 2);
  });

  it('tolerates a header line and MiB units', () => {
    const gpus = parseNvidiaSmiCsv(fixture('nvidia-smi-header-units.csv'));
    expect(gpus).toHaveLength(1);
    expect(gpus[0]?.name).toBe('NVIDIA GeForce RTX 4090');
    expect(gpus[0]?.memoryTotalGB).toBeCloseTo(23.99, 2);
    expect(parseNvidiaSmiCsv('garbage\n\n')).toEqual([]);
  });

  it('says clearly when there is no GPU (missing nvidia-smi)', async () => {
    const p = await probeGpus('/nonexistent/nvidia-smi');
    expect(p.available).toBe(false);
    expect(p.reason).toMatch(/not found/);
    const rec = recommend([], { kind: 'text' });
    expect(rec.choice).toBe('remote');
    expect(rec.reasons.en).toMatch(/No GPU detected/);
    expect(rec.reasons['zh-CN']).toMatch(/未检测到 GPU/);
  });

  it('recommends 7B, quantised 7B, 3B or MNN by memory', () => {
    const gpu = (gb: number, n = 1) =>
      Array.from({ length: n }, (_, i) => ({ index: i, name: 'x', memoryTotalGB: gb }));
    expect(recommend(gpu(80), { kind: 'video', seconds: 60 }).choice).toEqual({
      model: 'qwen2.5-omni-7b',
      precision: 'bf16',
    });
    expect(recommend(gpu(24), { kind: 'text' }).choice).toEqual({
      model: 'qwen2.5-omni-7b',
      precision: 'bf16',
    });
    expect(recommend(gpu(24), { kind: 'video', seconds: 15 }).choice).toEqual({
      model: 'qwen2.5-omni-7b',
      precision: 'awq',
    });
    expect(recommend(gpu(34), { kind: 'video', seconds: 60 }).choice).toEqual({
      model: 'qwen2.5-omni-3b',
      precision: 'bf16',
    });
    expect(recommend(gpu(24), { kind: 'video', seconds: 60 }).choice).toBe('remote');
    const sharded = recommend(gpu(24, 4), { kind: 'video', seconds: 60 });
    expect(sharded.placement).toBe('sharded');
    expect(sharded.choice).toEqual({ model: 'qwen2.5-omni-7b', precision: 'bf16' });
    expect(recommend(gpu(8), { kind: 'video', seconds: 60 }).choice).toBe('remote');
    expect(recommend([], { kind: 'text' }, 'phone').choice).toBe('mnn');
  });
});

describe('training estimator', () => {
  const base = {
    model: 'qwen2.5-omni-7b' as const,
    gpuCount: 1,
    gpuMemoryGB: 80,
    cutoffLen: 2048,
    batchSize: 1,
    loraRank: 8,
    zero: 0 as const,
    offload: false,
    gpuTflops: 312,
  };
  it('orders methods by memory: qlora < lora < full, and ZeRO-3 shards full fine-tuning', () => {
    const q = estimateTraining({ ...base, method: 'qlora' }).perDeviceGB;
    const l = estimateTraining({ ...base, method: 'lora' }).perDeviceGB;
    const f = estimateTraining({ ...base, method: 'full' }).perDeviceGB;
    expect(q).toBeLessThan(l);
    expect(l).toBeLessThan(f);
    expect(estimateTraining({ ...base, method: 'full' }).fits).toBe(false);
    const z3 = estimateTraining({ ...base, method: 'full', gpuCount: 8, zero: 3 });
    expect(z3.perDeviceGB).toBeLessThan(f / 3);
    expect(z3.fits).toBe(true);
    expect(z3.tokensPerSecondTotal).toBeGreaterThan(z3.tokensPerSecondPerGpu as number);
    expect(estimateTraining({ ...base, method: 'lora', cutoffLen: 8192 }).perDeviceGB).toBeGreaterThan(l);
    expect(estimateTraining({ ...base, method: 'lora', model: 'qwen2.5-omni-3b' }).perDeviceGB).toBeLessThan(
      l,
    );
  });
});
