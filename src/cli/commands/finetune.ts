import type { Command } from 'commander';
import {
  buildPlan,
  inspectDataset,
  lookupGpu,
  MODALITIES,
  MODEL_IDS,
  METHODS,
  writePlan,
  type Method,
  type Modality,
  type ModelId,
  type ZeroStage,
} from '../../finetune/index.ts';

interface PlanOpts {
  model: string;
  method: string;
  gpus: string;
  gpuType?: string;
  tflops?: string;
  data: string[];
  out: string;
  modalities?: string;
  cutoffLen?: string;
  batchSize?: string;
  gradAccum?: string;
  epochs?: string;
  lr?: string;
  loraRank?: string;
  zero?: string;
  offload?: boolean;
  audioSeconds?: string;
  videoSeconds?: string;
  videoFps?: string;
  videoMaxlen?: string;
  videoMaxPixels?: string;
  swiftVersion?: string;
  locale?: string;
  json?: boolean;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

function num(name: string, v: string | undefined, min = 0): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min) throw new Error(`${name} must be a number >= ${min} (got "${v}")`);
  return n;
}

export function registerFinetune(program: Command): void {
  const ft = program.command('finetune').description('Fine-tuning plans for Qwen2.5-Omni / 微调方案');
  ft.command('plan')
    .description('Write LLaMA-Factory + ms-swift configs and estimate GPU memory / 生成训练配置并估算显存')
    .requiredOption('--model <id>', MODEL_IDS.join(' | '))
    .requiredOption('--method <m>', METHODS.join(' | '))
    .requiredOption('--gpus <spec>', 'GPUs as <count>x<GB>, e.g. 4x80')
    .requiredOption('--data <file>', 'training file from the data toolkit (repeatable)', collect, [])
    .requiredOption('--out <dir>', 'output folder for the configs')
    .option('--gpu-type <name>', 'e.g. A100, H100, 4090 (for the throughput estimate)')
    .option('--tflops <n>', 'peak dense BF16 TFLOPS per GPU (overrides --gpu-type)')
    .option('--modalities <list>', `comma list of ${MODALITIES.join(',')} (default: from the data)`)
    .option('--cutoff-len <n>')
    .option('--batch-size <n>')
    .option('--grad-accum <n>')
    .option('--epochs <n>')
    .option('--lr <x>')
    .option('--lora-rank <n>')
    .option('--zero <stage>', '0, 2 or 3')
    .option('--offload', 'DeepSpeed CPU offload')
    .option('--audio-seconds <n>', 'typical audio length per sample', '10')
    .option('--video-seconds <n>', 'typical video length per sample', '15')
    .option('--video-fps <n>')
    .option('--video-maxlen <n>', 'max video frames')
    .option('--video-max-pixels <n>')
    .option('--swift-version <v>', '3 or 4 (flag names differ)', '4')
    .option('--locale <locale>', 'zh-CN or en', 'en')
    .option('--json', 'print the plan as JSON')
    .action(async (o: PlanOpts) => {
      if (!MODEL_IDS.includes(o.model as ModelId))
        throw new Error(`--model must be one of ${MODEL_IDS.join(', ')}`);
      if (!METHODS.includes(o.method as Method))
        throw new Error(`--method must be one of ${METHODS.join(', ')}`);
      const g = /^(\d+)\s*x\s*(\d+(?:\.\d+)?)(?:\s*gb)?$/i.exec(o.gpus);
      if (!g) throw new Error('--gpus must look like 4x80 (count x GB per GPU)');
      const modalities = o.modalities
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      for (const m of modalities ?? [])
        if (!MODALITIES.includes(m as Modality)) throw new Error(`unknown modality "${m}"`);
      const zero = num('--zero', o.zero);
      if (zero !== undefined && zero !== 0 && zero !== 2 && zero !== 3)
        throw new Error('--zero must be 0, 2 or 3');
      if (o.gpuType && !lookupGpu(o.gpuType) && !o.tflops)
        process.stderr.write(
          `carellm: unknown GPU type "${o.gpuType}"; pass --tflops for a throughput estimate\n`,
        );
      const datasets = [];
      for (const f of o.data) datasets.push(await inspectDataset(f));
      const { result, contents } = buildPlan({
        model: o.model as ModelId,
        method: o.method as Method,
        gpuCount: Number(g[1]),
        gpuMemoryGB: Number(g[2]),
        gpuType: o.gpuType,
        gpuTflops: num('--tflops', o.tflops),
        datasets,
        modalities: modalities as Modality[] | undefined,
        cutoffLen: num('--cutoff-len', o.cutoffLen, 1),
        batchSize: num('--batch-size', o.batchSize, 1),
        gradAccum: num('--grad-accum', o.gradAccum, 1),
        epochs: num('--epochs', o.epochs),
        learningRate: num('--lr', o.lr),
        loraRank: num('--lora-rank', o.loraRank, 1),
        zero: zero as ZeroStage | undefined,
        offload: o.offload,
        audioSeconds: num('--audio-seconds', o.audioSeconds),
        videoSeconds: num('--video-seconds', o.videoSeconds),
        videoFps: num('--video-fps', o.videoFps),
        videoMaxlen: num('--video-maxlen', o.videoMaxlen, 1),
        videoMaxPixels: num('--video-max-pixels', o.videoMaxPixels, 1),
        swiftVersion: o.swiftVersion === '3' ? 3 : 4,
        outDir: o.out,
      });
      await writePlan(o.out, contents, result);
      if (o.json) {
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        return;
      }
      const L = o.locale === 'zh-CN' ? 'zh-CN' : 'en';
      const zh = L === 'zh-CN';
      const e = result.estimate;
      process.stdout.write(
        [
          `${zh ? '模型' : 'model'}: ${result.model}  ${zh ? '方法' : 'method'}: ${result.method}  GPUs: ${result.gpuCount} x ${result.gpuMemoryGB} GB  ZeRO: ${result.zero}${result.offload ? ' + offload' : ''}  cutoff_len: ${result.cutoffLen}`,
          `${zh ? '每卡显存估计' : 'estimated memory per GPU'}: ${result.perDeviceGB} GB (${zh ? '权重' : 'weights'} ${e.breakdownGB.weights}, ${zh ? '可训练状态' : 'trainable states'} ${e.breakdownGB.trainableStates}, ${zh ? '激活' : 'activations'} ${e.breakdownGB.activations}, ${zh ? '其他' : 'overhead'} ${e.breakdownGB.overhead}) → ${result.fits ? (zh ? '可以放下' : 'fits') : zh ? '放不下' : 'does NOT fit'}`,
          e.tokensPerSecondTotal !== undefined
            ? `${zh ? '训练吞吐估计' : 'estimated throughput'}: ${e.tokensPerSecondPerGpu} tokens/s/GPU, ${e.tokensPerSecondTotal} tokens/s total${result.epochHours !== undefined ? `, ~${result.epochHours} h/epoch` : ''}`
            : zh
              ? '吞吐：未知 GPU 型号（用 --gpu-type 或 --tflops）'
              : 'throughput: unknown GPU type (pass --gpu-type or --tflops)',
          `${zh ? '假设' : 'assumptions'}:`,
          ...e.assumptions.map((a) => `  - ${a}`),
          ...result.reasons.map((r) => `! ${r[L]}`),
          ...(result.alternatives.length > 0
            ? [
                zh ? '可行的替代方案：' : 'what would fit:',
                ...result.alternatives.map(
                  (a) => `  ${a.fits ? '✓' : '✗'} ${a.change[L]}: ${a.perDeviceGB} GB/GPU  (${a.cli})`,
                ),
              ]
            : []),
          `${zh ? '语音输出' : 'speech output'}: ${result.speechOutput[L]}`,
          `${zh ? '已写入' : 'wrote'}: ${Object.values(result.files).join(', ')}, ${o.out}/plan.json`,
          '',
        ].join('\n'),
      );
    });
}
