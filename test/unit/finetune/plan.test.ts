/* eslint-disable @typescript-eslint/no-explicit-any -- reference vectors are untyped JSON */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import {
  buildPlan,
  inspectDataset,
  writePlan,
  yamlNumber,
  type PlanInput,
} from '../../../src/finetune/index.ts';
import { main } from '../../../src/cli/main.ts';

function dataFile(dir: string, media: boolean): string {
  const recs = [
    {
      messages: [
        { role: 'user', content: media ? '<audio>我最近总是失眠。' : '我最近总是失眠。' },
        { role: 'assistant', content: '听起来你最近很辛苦，愿意多说说吗？' },
      ],
      ...(media ? { audios: ['a/1.wav'] } : {}),
    },
    {
      messages: [
        { role: 'user', content: media ? '<video><audio>你看我现在的样子。' : '压力好大。' },
        { role: 'assistant', content: '谢谢你愿意告诉我。' },
      ],
      ...(media ? { videos: ['v/1.mp4'], audios: ['v/1.wav'] } : {}),
    },
  ];
  const f = path.join(dir, media ? 'mm.jsonl' : 'text.jsonl');
  writeFileSync(f, recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return f;
}

async function plan(over: Partial<PlanInput>, media = false) {
  const dir = mkdtempSync(path.join(tmpdir(), 'carellm-plan-'));
  const ds = await inspectDataset(dataFile(dir, media));
  const input: PlanInput = {
    model: 'qwen2.5-omni-7b',
    method: 'lora',
    gpuCount: 1,
    gpuMemoryGB: 80,
    gpuType: 'A100',
    datasets: [ds],
    outDir: path.join(dir, 'out'),
    ...over,
  };
  const { result, contents } = buildPlan(input);
  await writePlan(input.outDir, contents, result);
  const cfg = yaml.load(readFileSync(path.join(input.outDir, 'llamafactory_sft.yaml'), 'utf8')) as Record<
    string,
    unknown
  >;
  const info = JSON.parse(readFileSync(path.join(input.outDir, 'dataset_info.json'), 'utf8')) as Record<
    string,
    any
  >;
  return { dir, result, contents, cfg, info, outDir: input.outDir };
}

describe('finetune plan', () => {
  it('LoRA: valid YAML with the LLaMA-Factory keys for Qwen2.5-Omni, dataset_info, swift command, merge step', async () => {
    const { cfg, info, contents, result } = await plan({});
    expect(cfg).toMatchObject({
      model_name_or_path: 'Qwen/Qwen2.5-Omni-7B',
      stage: 'sft',
      do_train: true,
      finetuning_type: 'lora',
      lora_rank: 8,
      lora_target: 'all',
      template: 'qwen2_omni',
      dataset: 'carellm_sft',
      freeze_vision_tower: true,
      bf16: true,
      trust_remote_code: true,
    });
    expect(typeof cfg.learning_rate).toBe('number'); // PyYAML-safe float (1.0e-4)
    expect(cfg.learning_rate).toBeCloseTo(1e-4);
    expect(cfg.deepspeed).toBeUndefined();
    expect(cfg.cutoff_len).toBeGreaterThanOrEqual(1024);
    const entry = info.carellm_sft;
    expect(entry.formatting).toBe('sharegpt');
    expect(entry.columns).toEqual({ messages: 'messages' });
    expect(entry.tags).toMatchObject({
      role_tag: 'role',
      content_tag: 'content',
      user_tag: 'user',
      assistant_tag: 'assistant',
    });
    expect(path.isAbsolute(entry.file_name)).toBe(true);
    const swift = contents['swift_sft.sh'] as string;
    for (const k of [
      'swift sft',
      '--model Qwen/Qwen2.5-Omni-7B',
      '--tuner_type lora',
      '--target_modules all-linear',
      '--freeze_vit true',
      '--freeze_aligner true',
      '--torch_dtype bfloat16',
      '--max_length',
    ])
      expect(swift).toContain(k);
    expect(contents['merge.sh']).toContain('qwen_omni_merge.py merge_lora');
    expect(contents['merge.sh']).toContain('--submodule_name thinker');
    expect(contents['merge.sh']).toContain('spk_dict.pt');
    expect(result.speechOutput.en).toMatch(/Thinker/);
    expect(result.fits).toBe(true);
    expect(result.estimate.tokensPerSecondPerGpu).toBeGreaterThan(0);
  });

  it('multimodal data: media columns, use_audio_in_video, video keys, ms-swift env', async () => {
    const { cfg, info, contents, result } = await plan({}, true);
    expect(result.modalities).toEqual(expect.arrayContaining(['audio', 'video']));
    expect(info.carellm_sft.columns).toEqual({ messages: 'messages', audios: 'audios', videos: 'videos' });
    expect(cfg.use_audio_in_video).toBe(true);
    expect(cfg.video_max_pixels).toBeTypeOf('number');
    expect(cfg.video_fps).toBeTypeOf('number');
    expect(contents['swift_sft.sh']).toContain('USE_AUDIO_IN_VIDEO=true');
    expect(contents['swift_sft.sh']).toContain('VIDEO_MAX_PIXELS=');
  });

  it('full fine-tuning on 8 GPUs: ZeRO-3 DeepSpeed config, save_full merge, ENABLE_AUDIO_OUTPUT=0', async () => {
    const { cfg, contents, result, outDir } = await plan({ method: 'full', gpuCount: 8, gpuMemoryGB: 80 });
    expect(cfg.finetuning_type).toBe('full');
    expect(cfg.lora_rank).toBeUndefined();
    expect(String(cfg.deepspeed)).toMatch(/ds_z3_config\.json$/);
    const ds = JSON.parse(readFileSync(cfg.deepspeed as string, 'utf8'));
    expect(ds.zero_optimization.stage).toBe(3);
    expect(ds.bf16.enabled).toBe('auto');
    expect(existsSync(path.join(outDir, 'plan.json'))).toBe(true);
    expect(contents['merge.sh']).toContain('save_full');
    expect(contents['swift_sft.sh']).toContain('--tuner_type full');
    expect(contents['swift_sft.sh']).toContain('--deepspeed zero3');
    expect(contents['swift_sft.sh']).toContain('ENABLE_AUDIO_OUTPUT=0');
    expect(result.zero).toBe(3);
    expect(result.fits).toBe(true);
  });

  it('QLoRA: quantization keys; ms-swift 3.x uses --train_type', async () => {
    const { cfg, contents } = await plan({ method: 'qlora', swiftVersion: 3 });
    expect(cfg.quantization_bit).toBe(4);
    expect(cfg.quantization_method).toBe('bnb');
    expect(contents['swift_sft.sh']).toContain('--train_type lora');
    expect(contents['swift_sft.sh']).toContain('--quant_bits 4');
  });

  it('does not fit: says why and proposes what would (3B, QLoRA, ZeRO-3, shorter cutoff, fewer frames)', async () => {
    const { result } = await plan({ method: 'full', gpuCount: 2, gpuMemoryGB: 24, zero: 2 }, true);
    expect(result.fits).toBe(false);
    expect(result.reasons[0]?.en).toMatch(/per GPU/);
    const changes = result.alternatives.map((a) => a.change.en).join(' | ');
    for (const k of ['ZeRO-3', 'QLoRA', '3B', 'cutoff_len', 'video frames']) expect(changes).toContain(k);
    expect(result.alternatives.some((a) => a.fits)).toBe(true);
    expect(result.alternatives[0]?.fits).toBe(true);
  });

  it('writes PyYAML-safe floats', () => {
    expect(yamlNumber(1e-4)).toBe('1.0e-4');
    expect(yamlNumber(2e-5)).toBe('2.0e-5');
    expect(yamlNumber(0.1)).toBe('0.1');
    expect(yamlNumber(3)).toBe('3');
  });

  it('CLI contract: --json prints {fits, perDeviceGB}; bad input is a clear error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'carellm-plan-cli-'));
    const f = dataFile(dir, false);
    let out = '';
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((s: string) => ((out += s), true)) as typeof process.stdout.write;
    try {
      const code = await main([
        'finetune',
        'plan',
        '--model',
        'qwen2.5-omni-3b',
        '--method',
        'lora',
        '--gpus',
        '1x24',
        '--data',
        f,
        '--out',
        path.join(dir, 'o'),
        '--json',
      ]);
      expect(code).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    const j = JSON.parse(out);
    expect(typeof j.fits).toBe('boolean');
    expect(j.perDeviceGB).toBeGreaterThan(0);
    const errs: string[] = [];
    const ew = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => (errs.push(s), true)) as typeof process.stderr.write;
    try {
      expect(
        await main([
          'finetune',
          'plan',
          '--model',
          'qwen2.5-omni-7b',
          '--method',
          'lora',
          '--gpus',
          'lots',
          '--data',
          f,
          '--out',
          path.join(dir, 'o2'),
        ]),
      ).toBe(1);
      expect(
        await main([
          'finetune',
          'plan',
          '--model',
          'qwen2.5-omni-7b',
          '--method',
          'lora',
          '--gpus',
          '1x80',
          '--data',
          path.join(dir, 'missing.jsonl'),
          '--out',
          path.join(dir, 'o3'),
        ]),
      ).toBe(1);
    } finally {
      process.stderr.write = ew;
    }
    expect(errs.join('')).toMatch(/--gpus must look like/);
    expect(errs.join('')).toMatch(/data file not found/);
    expect(existsSync(path.join(dir, 'o2'))).toBe(false);
  });
});
