/**
 * Qwen2.5-Omni facts the estimators use. Every figure carries where it comes from:
 * - `published`: QwenLM/Qwen2.5-Omni README "minimum GPU memory" table (transformers, BF16 with
 *   flash_attention_2; "actual usage is typically at least 1.2 times higher"), references.md §7.1.
 * - `seed`: the project brief (text ≈16 GB, audio ≈32 GB for 7B BF16).
 * - `derived`: our scaling of a published/seed figure (stated in `note`).
 * - `assumed`: architecture numbers recalled from the public HF configs, not re-verified here.
 */

export type ModelId = 'qwen2.5-omni-7b' | 'qwen2.5-omni-3b';
export const MODEL_IDS: readonly ModelId[] = ['qwen2.5-omni-7b', 'qwen2.5-omni-3b'];

export type Precision = 'fp32' | 'bf16' | 'gptq-int4' | 'awq';
export const PRECISIONS: readonly Precision[] = ['bf16', 'gptq-int4', 'awq', 'fp32'];

export type Source = 'published' | 'seed' | 'derived';

export interface InferencePoint {
  gb: number;
  source: Source;
  note?: string;
}

export interface InferenceProfile {
  model: ModelId;
  precision: Precision;
  /** Hugging Face repo id. */
  hfId: string;
  text: InferencePoint;
  audio: InferencePoint;
  /** Video length in seconds -> GB (null = "Not Recommend" in the published table). */
  video: Record<15 | 30 | 60, InferencePoint | null>;
}

const P = (gb: number): InferencePoint => ({ gb, source: 'published' });
const SEED_TEXT_7B = 16;
const SEED_AUDIO_7B = 32;
const derived = (gb: number, note: string): InferencePoint => ({
  gb: Math.round(gb * 100) / 100,
  source: 'derived',
  note,
});
/** Scale a 7B-BF16 seed figure by the ratio of the 15 s video figures (published). */
const scaled = (seed: number, v15: number, what: string): InferencePoint =>
  derived((seed * v15) / 31.11, `${what}: 7B-BF16 seed figure × (this profile's 15 s video figure / 31.11)`);

export const INFERENCE_PROFILES: readonly InferenceProfile[] = [
  {
    model: 'qwen2.5-omni-7b',
    precision: 'bf16',
    hfId: 'Qwen/Qwen2.5-Omni-7B',
    text: { gb: SEED_TEXT_7B, source: 'seed' },
    audio: { gb: SEED_AUDIO_7B, source: 'seed' },
    video: { 15: P(31.11), 30: P(41.85), 60: P(60.19) },
  },
  {
    model: 'qwen2.5-omni-3b',
    precision: 'bf16',
    hfId: 'Qwen/Qwen2.5-Omni-3B',
    text: scaled(SEED_TEXT_7B, 18.38, 'text'),
    audio: scaled(SEED_AUDIO_7B, 18.38, 'audio'),
    video: { 15: P(18.38), 30: P(22.43), 60: P(28.22) },
  },
  {
    model: 'qwen2.5-omni-7b',
    precision: 'gptq-int4',
    hfId: 'Qwen/Qwen2.5-Omni-7B-GPTQ-Int4',
    text: scaled(SEED_TEXT_7B, 11.64, 'text'),
    audio: scaled(SEED_AUDIO_7B, 11.64, 'audio'),
    video: { 15: P(11.64), 30: P(17.43), 60: P(29.51) },
  },
  {
    model: 'qwen2.5-omni-7b',
    precision: 'awq',
    hfId: 'Qwen/Qwen2.5-Omni-7B-AWQ',
    text: scaled(SEED_TEXT_7B, 11.77, 'text'),
    audio: scaled(SEED_AUDIO_7B, 11.77, 'audio'),
    video: { 15: P(11.77), 30: P(17.84), 60: P(30.31) },
  },
  {
    model: 'qwen2.5-omni-7b',
    precision: 'fp32',
    hfId: 'Qwen/Qwen2.5-Omni-7B',
    text: scaled(SEED_TEXT_7B, 93.56, 'text'),
    audio: scaled(SEED_AUDIO_7B, 93.56, 'audio'),
    video: { 15: P(93.56), 30: null, 60: null },
  },
  {
    model: 'qwen2.5-omni-3b',
    precision: 'fp32',
    hfId: 'Qwen/Qwen2.5-Omni-3B',
    text: scaled(SEED_TEXT_7B, 89.1, 'text'),
    audio: scaled(SEED_AUDIO_7B, 89.1, 'audio'),
    video: { 15: P(89.1), 30: null, 60: null },
  },
];

/** "actual usage is typically at least 1.2 times higher" (Qwen2.5-Omni README). */
export const HEADROOM = 1.2;

/** Thinker architecture used by the training estimator ([U]: recalled from the HF configs). */
export interface ThinkerArch {
  layers: number;
  hidden: number;
  intermediate: number;
  heads: number;
  kvHeads: number;
  vocab: number;
  /** Language-model parameters (billions), incl. embeddings. */
  llmParamsB: number;
  /** Vision encoder + audio encoder parameters (billions), frozen by default. */
  encoderParamsB: number;
  /** Talker + token2wav parameters (billions): not loaded for training (LLaMA-Factory drops it). */
  talkerParamsB: number;
}

export const THINKER: Record<ModelId, ThinkerArch> = {
  'qwen2.5-omni-7b': {
    layers: 28,
    hidden: 3584,
    intermediate: 18944,
    heads: 28,
    kvHeads: 4,
    vocab: 152064,
    llmParamsB: 7.62,
    encoderParamsB: 1.3,
    talkerParamsB: 1.4,
  },
  'qwen2.5-omni-3b': {
    layers: 36,
    hidden: 2048,
    intermediate: 11008,
    heads: 16,
    kvHeads: 2,
    vocab: 151936,
    llmParamsB: 3.09,
    encoderParamsB: 1.3,
    talkerParamsB: 1.0,
  },
};

export const HF_ID: Record<ModelId, string> = {
  'qwen2.5-omni-7b': 'Qwen/Qwen2.5-Omni-7B',
  'qwen2.5-omni-3b': 'Qwen/Qwen2.5-Omni-3B',
};

/**
 * Multimodal token rates ([U], from the Qwen2.5-Omni processor design): audio 25 tokens/s
 * (40 ms per token); video frames sampled at `fps`, 2 frames merged, 28×28-pixel cells.
 */
export const AUDIO_TOKENS_PER_SECOND = 25;
export function videoTokensPerSecond(fps: number, maxPixels: number): number {
  return (fps / 2) * Math.max(1, Math.floor(maxPixels / (28 * 28)));
}
export function imageTokens(maxPixels: number): number {
  return Math.max(1, Math.floor(maxPixels / (28 * 28)));
}
