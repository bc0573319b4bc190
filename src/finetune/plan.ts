/**
 * `carellm finetune plan`: LLaMA-Factory YAML + dataset_info.json, the equivalent ms-swift command,
 * a DeepSpeed config where needed, the Omni merge step that restores speech output, and a memory /
 * throughput estimate with alternatives when the run does not fit. Keys follow references.md §8
 * (LLaMA-Factory ff6d4d12, ms-swift 3602360a).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DatasetInfo } from './dataset.ts';
import { AUDIO_TOKENS_PER_SECOND, HF_ID, imageTokens, videoTokensPerSecond, type ModelId } from './models.ts';
import {
  estimateTraining,
  lookupGpu,
  type Method,
  type TrainEstimate,
  type ZeroStage,
} from './train-memory.ts';
import { toYaml, type YamlSections } from './yaml.ts';

export type Modality = 'text' | 'audio' | 'image' | 'video';
export const MODALITIES: readonly Modality[] = ['text', 'audio', 'image', 'video'];

export interface PlanInput {
  model: ModelId;
  method: Method;
  gpuCount: number;
  gpuMemoryGB: number;
  gpuType?: string;
  /** Override peak BF16 TFLOPS for the throughput estimate. */
  gpuTflops?: number;
  datasets: DatasetInfo[];
  modalities?: Modality[];
  cutoffLen?: number;
  batchSize?: number;
  gradAccum?: number;
  epochs?: number;
  learningRate?: number;
  loraRank?: number;
  /** Force a ZeRO stage; default: chosen for the method and GPU count. */
  zero?: ZeroStage;
  offload?: boolean;
  /** Typical media length per sample (seconds) for the sequence-length estimate. */
  audioSeconds?: number;
  videoSeconds?: number;
  videoFps?: number;
  videoMaxPixels?: number;
  videoMaxlen?: number;
  imageMaxPixels?: number;
  useAudioInVideo?: boolean;
  /** ms-swift major version: 4 emits --tuner_type, 3 emits --train_type. */
  swiftVersion?: 3 | 4;
  outDir: string;
  datasetName?: string;
}

export interface Alternative {
  change: { 'zh-CN': string; en: string };
  perDeviceGB: number;
  fits: boolean;
  cli: string;
}

export interface PlanResult {
  fits: boolean;
  perDeviceGB: number;
  gpuMemoryGB: number;
  gpuCount: number;
  model: ModelId;
  method: Method;
  zero: ZeroStage;
  offload: boolean;
  cutoffLen: number;
  estimatedSampleTokens: number;
  estimate: TrainEstimate;
  modalities: Modality[];
  epochHours?: number;
  reasons: Array<{ 'zh-CN': string; en: string }>;
  alternatives: Alternative[];
  files: Record<string, string>;
  speechOutput: { 'zh-CN': string; en: string };
}

interface Resolved {
  model: ModelId;
  method: Method;
  cutoffLen: number;
  batchSize: number;
  loraRank: number;
  zero: ZeroStage;
  offload: boolean;
  videoFps: number;
  videoMaxPixels: number;
  videoMaxlen: number;
}

function defaultZero(method: Method, gpus: number): ZeroStage {
  if (gpus <= 1) return 0;
  if (method === 'full') return 3;
  if (method === 'qlora') return 0; // bitsandbytes 4-bit + ZeRO-3 is fragile; DDP is the safe default
  return 2;
}

function sampleTokens(
  input: PlanInput,
  modalities: Modality[],
  r: Pick<Resolved, 'videoFps' | 'videoMaxPixels' | 'videoMaxlen'>,
): number {
  const text = Math.max(0, ...input.datasets.map((d) => d.avgTextTokens), 256);
  let media = 0;
  if (modalities.includes('audio')) media += (input.audioSeconds ?? 10) * AUDIO_TOKENS_PER_SECOND;
  if (modalities.includes('video')) {
    const secs = Math.min(input.videoSeconds ?? 15, r.videoMaxlen / r.videoFps);
    media += secs * videoTokensPerSecond(r.videoFps, r.videoMaxPixels);
    if (input.useAudioInVideo ?? true) media += secs * AUDIO_TOKENS_PER_SECOND;
  }
  if (modalities.includes('image')) media += imageTokens(input.imageMaxPixels ?? 768 * 768);
  return Math.ceil(text + media);
}

function estimateFor(input: PlanInput, r: Resolved): TrainEstimate {
  const gpu = lookupGpu(input.gpuType);
  return estimateTraining({
    model: r.model,
    method: r.method,
    gpuCount: input.gpuCount,
    gpuMemoryGB: input.gpuMemoryGB,
    gpuTflops: input.gpuTflops ?? gpu?.tflops,
    cutoffLen: r.cutoffLen,
    batchSize: r.batchSize,
    loraRank: r.loraRank,
    zero: r.zero,
    offload: r.offload,
  });
}

export function planModalities(input: PlanInput): Modality[] {
  if (input.modalities && input.modalities.length > 0)
    return [...new Set<Modality>(['text', ...input.modalities])];
  const m = new Set<Modality>(['text']);
  for (const d of input.datasets) {
    if (d.columns.audios) m.add('audio');
    if (d.columns.videos) m.add('video');
    if (d.columns.images) m.add('image');
  }
  return [...m];
}

function alternatives(input: PlanInput, base: Resolved, modalities: Modality[]): Alternative[] {
  const out: Alternative[] = [];
  const tryAlt = (change: Alternative['change'], r: Resolved, cli: string) => {
    const e = estimateFor(input, r);
    out.push({ change, perDeviceGB: e.perDeviceGB, fits: e.fits, cli });
  };
  if (input.gpuCount > 1 && base.zero !== 3 && base.method !== 'qlora') {
    tryAlt(
      {
        'zh-CN': '改用 DeepSpeed ZeRO-3（参数、梯度、优化器状态分片到各卡）',
        en: 'DeepSpeed ZeRO-3 (shard parameters, gradients and optimizer states)',
      },
      { ...base, zero: 3 },
      '--zero 3',
    );
  }
  if (base.zero === 3 && !base.offload) {
    tryAlt(
      {
        'zh-CN': 'ZeRO-3 + CPU offload（更慢，需要大量内存）',
        en: 'ZeRO-3 with CPU offload (slower; needs plenty of host RAM)',
      },
      { ...base, offload: true },
      '--zero 3 --offload',
    );
  }
  if (base.method === 'full') {
    tryAlt(
      { 'zh-CN': '改用 LoRA', en: 'LoRA instead of full fine-tuning' },
      { ...base, method: 'lora', zero: defaultZero('lora', input.gpuCount) },
      '--method lora',
    );
  }
  if (base.method !== 'qlora') {
    tryAlt(
      { 'zh-CN': '改用 QLoRA（4-bit）', en: 'QLoRA (4-bit base weights)' },
      { ...base, method: 'qlora', zero: defaultZero('qlora', input.gpuCount) },
      '--method qlora',
    );
  }
  if (base.model === 'qwen2.5-omni-7b') {
    tryAlt(
      { 'zh-CN': '改用 Qwen2.5-Omni-3B', en: 'Qwen2.5-Omni-3B instead of 7B' },
      { ...base, model: 'qwen2.5-omni-3b' },
      '--model qwen2.5-omni-3b',
    );
  }
  if (base.cutoffLen > 1024) {
    const c = Math.max(1024, Math.floor(base.cutoffLen / 2));
    tryAlt(
      {
        'zh-CN': `缩短 cutoff_len 到 ${c}（长样本会被截断）`,
        en: `shorter cutoff_len ${c} (long samples get truncated)`,
      },
      { ...base, cutoffLen: c },
      `--cutoff-len ${c}`,
    );
  }
  if (modalities.includes('video') && base.videoMaxlen > 32) {
    const frames = Math.max(16, Math.floor(base.videoMaxlen / 4));
    const tokensSaved =
      sampleTokens(input, modalities, base) -
      sampleTokens(input, modalities, { ...base, videoMaxlen: frames, videoFps: 1 });
    const c = Math.max(1024, base.cutoffLen - Math.max(0, tokensSaved));
    tryAlt(
      {
        'zh-CN': `减少视频帧数（video_fps 1，video_maxlen ${frames}），cutoff_len ${c}`,
        en: `fewer video frames (video_fps 1, video_maxlen ${frames}), cutoff_len ${c}`,
      },
      { ...base, videoFps: 1, videoMaxlen: frames, cutoffLen: c },
      `--video-fps 1 --video-maxlen ${frames} --cutoff-len ${c}`,
    );
  }
  if (base.batchSize > 1) {
    tryAlt(
      {
        'zh-CN': 'per_device_train_batch_size 1（用梯度累积补足）',
        en: 'per_device_train_batch_size 1 (raise gradient accumulation)',
      },
      { ...base, batchSize: 1 },
      '--batch-size 1',
    );
  }
  return out.sort((a, b) => Number(b.fits) - Number(a.fits) || a.perDeviceGB - b.perDeviceGB);
}

function roundUpCutoff(tokens: number): number {
  const withMargin = tokens * 1.25;
  for (const c of [1024, 2048, 3072, 4096, 6144, 8192, 12288, 16384, 32768]) if (c >= withMargin) return c;
  return 32768;
}

export const SPEECH_NOTE = {
  'zh-CN':
    '只训练 Thinker（文本生成部分），Talker（语音合成）保持不变。LLaMA-Factory 训练时不加载 Talker，保存的模型只能输出文本；训练后运行 merge.sh（scripts/qwen_omni_merge.py，submodule_name=thinker，extra_file=spk_dict.pt）把新的 Thinker 合回完整的 Qwen2.5-Omni，语音输出即可恢复。ms-swift 微调后官方只支持文本输出（issue #5771）。',
  en: 'Only the Thinker (text generation) is trained; the Talker (speech) is left as it is. LLaMA-Factory does not load the Talker, so the saved checkpoint speaks text only; after training run merge.sh (scripts/qwen_omni_merge.py with submodule_name=thinker and extra_file=spk_dict.pt) to put the new Thinker back into the full Qwen2.5-Omni, which restores speech output. ms-swift officially supports only text output after fine-tuning (issue #5771).',
};

export function deepspeedConfig(stage: 2 | 3, offload: boolean): Record<string, unknown> {
  const zero: Record<string, unknown> =
    stage === 2
      ? {
          stage: 2,
          allgather_partitions: true,
          allgather_bucket_size: 5e8,
          overlap_comm: false,
          reduce_scatter: true,
          reduce_bucket_size: 5e8,
          contiguous_gradients: true,
          round_robin_gradients: true,
        }
      : {
          stage: 3,
          overlap_comm: false,
          contiguous_gradients: true,
          sub_group_size: 1e9,
          reduce_bucket_size: 'auto',
          stage3_prefetch_bucket_size: 'auto',
          stage3_param_persistence_threshold: 'auto',
          stage3_max_live_parameters: 1e9,
          stage3_max_reuse_distance: 1e9,
          stage3_gather_16bit_weights_on_model_save: true,
        };
  if (offload) {
    zero.offload_optimizer = { device: 'cpu', pin_memory: true };
    if (stage === 3) zero.offload_param = { device: 'cpu', pin_memory: true };
  }
  return {
    train_batch_size: 'auto',
    train_micro_batch_size_per_gpu: 'auto',
    gradient_accumulation_steps: 'auto',
    gradient_clipping: 'auto',
    zero_allow_untested_optimizer: true,
    fp16: {
      enabled: 'auto',
      loss_scale: 0,
      loss_scale_window: 1000,
      initial_scale_power: 16,
      hysteresis: 2,
      min_loss_scale: 1,
    },
    bf16: { enabled: 'auto' },
    zero_optimization: zero,
  };
}

export function datasetInfoEntry(d: DatasetInfo): Record<string, unknown> {
  const mediaColumns: Record<string, string> = {};
  if (d.columns.audios) mediaColumns.audios = 'audios';
  if (d.columns.videos) mediaColumns.videos = 'videos';
  if (d.columns.images) mediaColumns.images = 'images';
  if (d.format === 'alpaca') {
    return {
      file_name: d.file,
      formatting: 'alpaca',
      columns: {
        prompt: 'instruction',
        query: 'input',
        response: 'output',
        ...(d.columns.system ? { system: 'system' } : {}),
        ...mediaColumns,
      },
    };
  }
  if (d.format === 'sharegpt-conversations') {
    return {
      file_name: d.file,
      formatting: 'sharegpt',
      columns: {
        messages: 'conversations',
        ...(d.columns.system ? { system: 'system' } : {}),
        ...mediaColumns,
      },
      tags: {
        role_tag: 'from',
        content_tag: 'value',
        user_tag: 'human',
        assistant_tag: 'gpt',
        system_tag: 'system',
      },
    };
  }
  return {
    file_name: d.file,
    formatting: 'sharegpt',
    columns: { messages: 'messages', ...(d.columns.system ? { system: 'system' } : {}), ...mediaColumns },
    tags: {
      role_tag: 'role',
      content_tag: 'content',
      user_tag: 'user',
      assistant_tag: 'assistant',
      system_tag: 'system',
    },
  };
}

export function buildPlan(input: PlanInput): { result: PlanResult; contents: Record<string, string> } {
  if (!Number.isInteger(input.gpuCount) || input.gpuCount < 1)
    throw new Error('GPU count must be a positive integer');
  if (!(input.gpuMemoryGB > 0)) throw new Error('GPU memory must be a positive number of GB');
  if (input.datasets.length === 0) throw new Error('at least one --data file is needed');
  const modalities = planModalities(input);
  const r0 = {
    videoFps: input.videoFps ?? 2,
    videoMaxPixels: input.videoMaxPixels ?? 256 * 256,
    videoMaxlen: input.videoMaxlen ?? 128,
  };
  const tokensNeeded = sampleTokens(input, modalities, r0);
  const base: Resolved = {
    model: input.model,
    method: input.method,
    cutoffLen: input.cutoffLen ?? roundUpCutoff(tokensNeeded),
    batchSize: input.batchSize ?? 1,
    loraRank: input.loraRank ?? 8,
    zero: input.zero ?? defaultZero(input.method, input.gpuCount),
    offload: input.offload ?? false,
    ...r0,
  };
  const estimate = estimateFor(input, base);
  const reasons: PlanResult['reasons'] = [];
  if (!estimate.fits) {
    const b = estimate.breakdownGB;
    const biggest = Object.entries(b).sort((x, y) => y[1] - x[1])[0] as [string, number];
    reasons.push({
      'zh-CN': `每卡约需 ${estimate.perDeviceGB} GB，超过 ${input.gpuMemoryGB} GB 的 95%；最大的一项是 ${biggest[0]}（${biggest[1]} GB）。`,
      en: `About ${estimate.perDeviceGB} GB per GPU is needed, more than 95 % of ${input.gpuMemoryGB} GB; the largest part is ${biggest[0]} (${biggest[1]} GB).`,
    });
  }
  if (input.cutoffLen !== undefined && input.cutoffLen < tokensNeeded) {
    reasons.push({
      'zh-CN': `cutoff_len ${input.cutoffLen} 小于估计的样本长度 ${tokensNeeded} tokens：多模态样本会被截断。`,
      en: `cutoff_len ${input.cutoffLen} is below the estimated sample length of ${tokensNeeded} tokens: multimodal samples will be truncated.`,
    });
  }
  for (const d of input.datasets) {
    if (d.tagMismatches > 0) {
      reasons.push({
        'zh-CN': `${path.basename(d.file)}：抽样中 ${d.tagMismatches} 处 <audio>/<video>/<image> 标签数与文件数不一致，LLaMA-Factory 会报错。`,
        en: `${path.basename(d.file)}: ${d.tagMismatches} sampled records have a <audio>/<video>/<image> tag count that differs from their file list; LLaMA-Factory will reject them.`,
      });
    }
  }
  const alts = estimate.fits ? [] : alternatives(input, base, modalities);
  const totalRecords = input.datasets.reduce((a, d) => a + d.records, 0);
  const epochTokens = totalRecords * Math.min(tokensNeeded, base.cutoffLen);
  const epochHours = estimate.tokensPerSecondTotal
    ? Math.round((epochTokens / estimate.tokensPerSecondTotal / 3600) * 100) / 100
    : undefined;

  const contents = renderFiles(input, base, modalities);
  const files: Record<string, string> = {};
  for (const name of Object.keys(contents)) files[name] = path.join(input.outDir, name);
  return {
    result: {
      fits: estimate.fits,
      perDeviceGB: estimate.perDeviceGB,
      gpuMemoryGB: input.gpuMemoryGB,
      gpuCount: input.gpuCount,
      model: base.model,
      method: base.method,
      zero: base.zero,
      offload: base.offload,
      cutoffLen: base.cutoffLen,
      estimatedSampleTokens: tokensNeeded,
      estimate,
      modalities,
      ...(epochHours !== undefined ? { epochHours } : {}),
      reasons,
      alternatives: alts,
      files,
      speechOutput: SPEECH_NOTE,
    },
    contents,
  };
}

function renderFiles(input: PlanInput, r: Resolved, modalities: Modality[]): Record<string, string> {
  const name = input.datasetName ?? 'carellm_sft';
  const names = input.datasets.map((_, i) => (input.datasets.length === 1 ? name : `${name}_${i + 1}`));
  const hf = HF_ID[r.model];
  const full = r.method === 'full';
  const hasVideo = modalities.includes('video');
  const useAudioInVideo = hasVideo && (input.useAudioInVideo ?? true);
  const lr = input.learningRate ?? (full ? 1e-5 : r.method === 'qlora' ? 2e-4 : 1e-4);
  const gradAccum = input.gradAccum ?? Math.max(1, Math.round(16 / (input.gpuCount * r.batchSize)));
  const epochs = input.epochs ?? 3;
  const dsFile =
    r.zero === 2 || r.zero === 3 ? `ds_z${r.zero}${r.offload ? '_offload' : ''}_config.json` : undefined;
  const outDirAbs = path.resolve(input.outDir);
  const saveDir = `saves/${r.model}/${r.method}/sft`;

  const sections: YamlSections = [
    [
      'model',
      {
        model_name_or_path: hf,
        image_max_pixels: modalities.includes('image') ? (input.imageMaxPixels ?? 768 * 768) : undefined,
        video_max_pixels: hasVideo ? r.videoMaxPixels : undefined,
        trust_remote_code: true,
      },
    ],
    [
      'method',
      {
        stage: 'sft',
        do_train: true,
        finetuning_type: full ? 'full' : 'lora',
        lora_rank: full ? undefined : r.loraRank,
        lora_alpha: full ? undefined : r.loraRank * 2,
        lora_target: full ? undefined : 'all',
        quantization_bit: r.method === 'qlora' ? 4 : undefined,
        quantization_method: r.method === 'qlora' ? 'bnb' : undefined,
        freeze_vision_tower: true,
        freeze_multi_modal_projector: true,
        freeze_language_model: false,
        deepspeed: dsFile ? path.join(outDirAbs, dsFile) : undefined,
      },
    ],
    [
      'dataset',
      {
        dataset: names.join(','),
        dataset_dir: outDirAbs,
        template: 'qwen2_omni',
        cutoff_len: r.cutoffLen,
        overwrite_cache: true,
        preprocessing_num_workers: 16,
        dataloader_num_workers: 4,
      },
    ],
    [
      'output',
      {
        output_dir: saveDir,
        logging_steps: 10,
        save_steps: 500,
        plot_loss: true,
        overwrite_output_dir: true,
        save_only_model: false,
        report_to: 'none',
      },
    ],
    [
      'train',
      {
        use_audio_in_video: hasVideo ? useAudioInVideo : undefined,
        video_fps: hasVideo ? r.videoFps : undefined,
        video_maxlen: hasVideo ? r.videoMaxlen : undefined,
        per_device_train_batch_size: r.batchSize,
        gradient_accumulation_steps: gradAccum,
        learning_rate: lr,
        num_train_epochs: epochs,
        lr_scheduler_type: 'cosine',
        warmup_ratio: 0.1,
        bf16: true,
        ddp_timeout: 180000000,
        resume_from_checkpoint: null,
      },
    ],
  ];
  const yaml = `# Generated by carellm finetune plan — LLaMA-Factory (hiyouga/LLaMA-Factory), Qwen2.5-Omni thinker SFT.\n# Run: llamafactory-cli train ${path.join(outDirAbs, 'llamafactory_sft.yaml')}\n# Only the Thinker is trained; run merge.sh afterwards to restore speech output.\n${toYaml(sections)}`;

  const datasetInfo: Record<string, unknown> = {};
  input.datasets.forEach((d, i) => (datasetInfo[names[i] as string] = datasetInfoEntry(d)));

  const cuda = Array.from({ length: input.gpuCount }, (_, i) => i).join(',');
  const env = [
    `CUDA_VISIBLE_DEVICES=${cuda}`,
    `NPROC_PER_NODE=${input.gpuCount}`,
    // talker is not trained; with ZeRO-3 ms-swift asks for ENABLE_AUDIO_OUTPUT=0
    `ENABLE_AUDIO_OUTPUT=${r.zero === 3 ? 0 : 1}`,
    ...(hasVideo
      ? [
          `VIDEO_MAX_PIXELS=${r.videoMaxPixels}`,
          `FPS_MAX_FRAMES=${r.videoMaxlen}`,
          `USE_AUDIO_IN_VIDEO=${useAudioInVideo ? 'true' : 'false'}`,
        ]
      : []),
    ...(modalities.includes('image') ? [`MAX_PIXELS=${input.imageMaxPixels ?? 768 * 768}`] : []),
  ];
  const tunerFlag = (input.swiftVersion ?? 4) === 3 ? '--train_type' : '--tuner_type';
  const swiftArgs = [
    `--model ${hf}`,
    `--dataset ${input.datasets.map((d) => shellQuote(d.file)).join(' ')}`,
    `${tunerFlag} ${full ? 'full' : 'lora'}`,
    '--torch_dtype bfloat16',
    ...(r.method === 'qlora' ? ['--quant_method bnb', '--quant_bits 4'] : []),
    ...(full
      ? []
      : [`--lora_rank ${r.loraRank}`, `--lora_alpha ${r.loraRank * 4}`, '--target_modules all-linear']),
    '--freeze_vit true',
    '--freeze_aligner true',
    `--num_train_epochs ${epochs}`,
    `--per_device_train_batch_size ${r.batchSize}`,
    `--gradient_accumulation_steps ${gradAccum}`,
    `--learning_rate ${lr}`,
    `--max_length ${r.cutoffLen}`,
    '--warmup_ratio 0.05',
    '--save_steps 500',
    '--save_total_limit 2',
    '--logging_steps 10',
    '--dataloader_num_workers 4',
    '--split_dataset_ratio 0.01',
    `--output_dir output/${r.model}-${r.method}`,
    ...(r.zero === 2 || r.zero === 3
      ? [`--deepspeed ${r.offload ? (r.zero === 3 ? 'zero3_offload' : 'zero2_offload') : `zero${r.zero}`}`]
      : []),
  ];
  const swift = `#!/usr/bin/env bash
# Generated by carellm finetune plan — ms-swift (modelscope/ms-swift ${(input.swiftVersion ?? 4) === 3 ? '3.x' : 'v4'}), equivalent of llamafactory_sft.yaml.
# Note: after ms-swift fine-tuning only text output is supported (ms-swift issue #5771).
set -euo pipefail
${env.join(' \\\n')} \\
swift sft \\
  ${swiftArgs.join(' \\\n  ')}
`;
  const merge = full
    ? `#!/usr/bin/env bash
# Restore a speaking Qwen2.5-Omni: put the fine-tuned Thinker back into the full model (Talker untouched).
# Run from the LLaMA-Factory checkout.
set -euo pipefail
python scripts/qwen_omni_merge.py save_full \\
  --model_path ${hf} \\
  --thinker_path ${saveDir} \\
  --save_path ./merged_model_checkpoint \\
  --extra_file spk_dict.pt
`
    : `#!/usr/bin/env bash
# Restore a speaking Qwen2.5-Omni: merge the LoRA into the Thinker of the full model (Talker untouched).
# Run from the LLaMA-Factory checkout.
set -euo pipefail
python scripts/qwen_omni_merge.py merge_lora \\
  --model_path ${hf} \\
  --lora_path ${saveDir} \\
  --save_path ./merged_model_checkpoint \\
  --extra_file spk_dict.pt \\
  --submodule_name thinker
`;
  const out: Record<string, string> = {
    'llamafactory_sft.yaml': yaml,
    'dataset_info.json': `${JSON.stringify(datasetInfo, null, 2)}\n`,
    'swift_sft.sh': swift,
    'merge.sh': merge,
  };
  if (dsFile) out[dsFile] = `${JSON.stringify(deepspeedConfig(r.zero as 2 | 3, r.offload), null, 2)}\n`;
  return out;
}

function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:@%+=-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`;
}

export async function writePlan(
  outDir: string,
  contents: Record<string, string>,
  result: PlanResult,
): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const [name, text] of Object.entries(contents))
    await writeFile(path.join(outDir, name), text, { mode: name.endsWith('.sh') ? 0o755 : 0o644 });
  await writeFile(path.join(outDir, 'plan.json'), `${JSON.stringify(result, null, 2)}\n`);
}
