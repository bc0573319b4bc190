/**
 * Training memory and throughput estimator for Qwen2.5-Omni thinker fine-tuning (LLaMA-Factory /
 * ms-swift). A first-order model, not a measurement; every assumption is listed in `assumptions`
 * so a reader can disagree with it:
 * - only the thinker is loaded (talker dropped); vision/audio encoders and projector frozen;
 * - BF16 weights (2 B/param); QLoRA stores LLM linear weights in 4-bit NF4 (~0.55 B/param);
 * - trainable parameters cost 16 B/param (BF16 weight + BF16 grad + FP32 master + Adam m, v);
 * - ZeRO-2 shards grads+optimizer, ZeRO-3 also weights, across the GPUs; offload moves the optimizer
 *   (and with ZeRO-3 the params) to CPU RAM;
 * - gradient checkpointing on (LLaMA-Factory default): per token ≈ layers·hidden·2 B kept, one
 *   layer's working set (≈34·hidden·2 B) and FP32 logits + grad (vocab·8 B);
 * - plus 1.5 GB CUDA context/allocator reserve and 10 % fragmentation.
 */
import { THINKER, type ModelId } from './models.ts';

export type Method = 'lora' | 'qlora' | 'full';
export const METHODS: readonly Method[] = ['lora', 'qlora', 'full'];
export type ZeroStage = 0 | 2 | 3;

export interface TrainSetup {
  model: ModelId;
  method: Method;
  gpuCount: number;
  gpuMemoryGB: number;
  /** Peak dense BF16 TFLOPS per GPU (for throughput); undefined = unknown GPU. */
  gpuTflops?: number;
  cutoffLen: number;
  batchSize: number;
  loraRank: number;
  zero: ZeroStage;
  offload: boolean;
}

export interface TrainEstimate {
  perDeviceGB: number;
  fits: boolean;
  breakdownGB: { weights: number; trainableStates: number; activations: number; overhead: number };
  trainableParamsM: number;
  tokensPerSecondPerGpu?: number;
  tokensPerSecondTotal?: number;
  mfu: number;
  assumptions: string[];
}

const GB = 1024 ** 3;

export function loraParams(model: ModelId, rank: number): number {
  const a = THINKER[model];
  const head = a.hidden / a.heads;
  const kv = a.kvHeads * head;
  const perLayer =
    a.hidden +
    a.hidden +
    (a.hidden + kv) * 2 +
    (a.hidden + a.hidden) +
    (a.hidden + a.intermediate) * 2 +
    (a.intermediate + a.hidden);
  return perLayer * rank * a.layers;
}

/** Usable fraction of a GPU's memory before we call it "does not fit". */
export const USABLE_FRACTION = 0.95;

export function estimateTraining(s: TrainSetup): TrainEstimate {
  const a = THINKER[s.model];
  const N = Math.max(1, s.gpuCount);
  const llm = a.llmParamsB * 1e9;
  const enc = a.encoderParamsB * 1e9;
  const trainable = s.method === 'full' ? llm : loraParams(s.model, s.loraRank);
  const shardW = s.zero === 3 ? N : 1;
  const shardS = s.zero >= 2 ? N : 1;
  const weightBytes = s.method === 'qlora' ? llm * 0.55 + enc * 2 : (llm + enc) * 2;
  // full FT: the trainable LLM weights are already counted in weightBytes (BF16); add 14 B/param
  const stateBytesPerParam = s.method === 'full' ? 14 : 16;
  // ZeRO-3 shards the weights; with offload most parameters also live in CPU RAM
  const weights = (weightBytes / shardW) * (s.offload && s.zero === 3 ? 0.1 : 1);
  // gradients (BF16, 2 B) stay on the GPU; optimizer states (the rest) move to CPU with offload
  const gradBytes = 2;
  const optimBytes = stateBytesPerParam - gradBytes;
  const states = (trainable * gradBytes) / shardS + (s.offload ? 0 : (trainable * optimBytes) / shardS);
  const tokens = s.batchSize * s.cutoffLen;
  const perToken = a.layers * a.hidden * 2 + 34 * a.hidden * 2 + a.vocab * 8;
  const activations = tokens * perToken;
  const core = (weights + states + activations) / GB;
  const overhead = 1.5 + core * 0.1;
  const perDeviceGB = Math.round((core + overhead) * 100) / 100;
  const mfu = s.method === 'qlora' ? 0.2 : s.method === 'lora' ? 0.3 : 0.35;
  const flopsPerToken = (s.method === 'full' ? 8 : 6) * llm;
  const est: TrainEstimate = {
    perDeviceGB,
    fits: perDeviceGB <= s.gpuMemoryGB * USABLE_FRACTION,
    breakdownGB: {
      weights: round2(weights / GB),
      trainableStates: round2(states / GB),
      activations: round2(activations / GB),
      overhead: round2(overhead),
    },
    trainableParamsM: Math.round(trainable / 1e5) / 10,
    mfu,
    assumptions: [
      'thinker only (talker not loaded); vision/audio encoders and projector frozen',
      `LLM ${a.llmParamsB}B + encoders ${a.encoderParamsB}B parameters (approximate, from the public configs)`,
      s.method === 'qlora'
        ? 'LLM weights 4-bit NF4 ≈ 0.55 B/param; encoders BF16'
        : 'weights BF16 (2 B/param)',
      `${s.method === 'full' ? 'full fine-tuning of the LLM' : `LoRA rank ${s.loraRank} on all linear layers of the LLM`}; AdamW with FP32 master weights and moments (16 B per trainable param)`,
      s.zero === 0
        ? 'no DeepSpeed sharding (DDP: every GPU holds everything)'
        : `DeepSpeed ZeRO-${s.zero}${s.offload ? ' with CPU offload' : ''} across ${N} GPU(s)`,
      `gradient checkpointing on; ${s.batchSize} × ${s.cutoffLen} tokens per micro-batch; FP32 logits`,
      'plus 1.5 GB CUDA context and 10 % allocator fragmentation',
      `throughput = ${Math.round(mfu * 100)} % of peak BF16 FLOPS / (${s.method === 'full' ? 8 : 6} × LLM params) per token; excludes data loading and media decoding`,
    ],
  };
  if (s.gpuTflops !== undefined) {
    const tps = (s.gpuTflops * 1e12 * mfu) / flopsPerToken;
    est.tokensPerSecondPerGpu = Math.round(tps);
    est.tokensPerSecondTotal = Math.round(tps * N * (N > 1 ? 0.9 : 1));
    if (N > 1) est.assumptions.push('multi-GPU scaling efficiency 90 %');
  }
  return est;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Approximate dense BF16 peak TFLOPS ([U]; vendor spec sheets, no sparsity). */
export const GPU_TFLOPS: Record<string, { tflops: number; memoryGB: number[] }> = {
  H200: { tflops: 989, memoryGB: [141] },
  H100: { tflops: 989, memoryGB: [80] },
  H800: { tflops: 989, memoryGB: [80] },
  H20: { tflops: 148, memoryGB: [96] },
  A100: { tflops: 312, memoryGB: [40, 80] },
  A800: { tflops: 312, memoryGB: [40, 80] },
  L40S: { tflops: 362, memoryGB: [48] },
  L40: { tflops: 181, memoryGB: [48] },
  A6000: { tflops: 155, memoryGB: [48] },
  A10: { tflops: 125, memoryGB: [24] },
  '4090': { tflops: 165, memoryGB: [24] },
  '3090': { tflops: 71, memoryGB: [24] },
};

export function lookupGpu(type: string | undefined): { name: string; tflops: number } | undefined {
  if (!type) return undefined;
  const t = type.toUpperCase().replace(/^NVIDIA\s*/, '');
  for (const [name, v] of Object.entries(GPU_TFLOPS)) if (t.includes(name)) return { name, tflops: v.tflops };
  return undefined;
}
