import type { Command } from 'commander';
import { loadConfig } from '../../config/index.ts';
import {
  inferenceTable,
  parseWorkload,
  probeGpus,
  recommend,
  workloadLabel,
  type GpuInfo,
} from '../../finetune/index.ts';

export function registerHardware(program: Command): void {
  program
    .command('hardware')
    .description('Check GPUs (nvidia-smi) and recommend a Qwen2.5-Omni version / 检查 GPU 并推荐模型版本')
    .option('--workload <w>', 'text, audio or video:<seconds>', 'text')
    .option('--target <t>', 'server or phone', 'server')
    .option('--gpus <spec>', 'pretend GPUs instead of probing, e.g. 2x24 (count x GB)')
    .option('--locale <locale>', 'zh-CN or en')
    .option('--json', 'print JSON')
    .action(
      async (opts: { workload: string; target: string; gpus?: string; locale?: string; json?: boolean }) => {
        const workload = parseWorkload(opts.workload);
        if (opts.target !== 'server' && opts.target !== 'phone')
          throw new Error('--target must be server or phone');
        let gpus: GpuInfo[];
        let probe: { available: boolean; reason?: string };
        if (opts.gpus) {
          const m = /^(\d+)x(\d+(?:\.\d+)?)$/i.exec(opts.gpus);
          if (!m) throw new Error('--gpus must look like 2x24 (count x GB)');
          gpus = Array.from({ length: Number(m[1]) }, (_, i) => ({
            index: i,
            name: 'declared',
            memoryTotalGB: Number(m[2]),
          }));
          probe = { available: true };
        } else {
          const p = await probeGpus();
          gpus = p.gpus;
          probe = p;
        }
        const rec = recommend(gpus, workload, opts.target);
        const table = inferenceTable(workload);
        if (opts.json) {
          process.stdout.write(
            `${JSON.stringify({ gpuAvailable: probe.available, reason: probe.reason, gpus, workload, recommendation: rec, table }, null, 2)}\n`,
          );
          return;
        }
        const locale = opts.locale ?? (process.env.CARELLM_UI_LOCALE ? loadConfig().uiLocale : 'en');
        const zh = locale === 'zh-CN';
        if (!probe.available)
          process.stdout.write(
            zh ? `未检测到 GPU：${probe.reason ?? ''}\n` : `No GPU: ${probe.reason ?? ''}\n`,
          );
        for (const g of gpus) process.stdout.write(`GPU ${g.index}: ${g.name}, ${g.memoryTotalGB} GB\n`);
        process.stdout.write(
          `\n${zh ? '推理显存（' : 'Inference memory ('}${workloadLabel(workload)}${zh ? '，最低 / 含 1.2 倍余量）' : ', minimum / with 1.2x headroom)'}:\n`,
        );
        for (const e of table) {
          const src = e.source === 'published' ? '' : ` [${e.source}]`;
          process.stdout.write(
            `  ${e.hfId.padEnd(32)} ${e.precision.padEnd(10)} ${e.minimumGB.toFixed(2).padStart(7)} GB / ${e.requiredGB.toFixed(2).padStart(7)} GB${e.notRecommended ? ' (not recommended)' : ''}${src}\n`,
          );
        }
        process.stdout.write(`\n${rec.reasons[zh ? 'zh-CN' : 'en']}\n`);
      },
    );
}
