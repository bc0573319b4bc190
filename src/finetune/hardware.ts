/**
 * GPU discovery (`nvidia-smi --query-gpu=... --format=csv,noheader,nounits`) and a model-version
 * recommendation from the inference memory estimates.
 */
import { execFile } from 'node:child_process';
import {
  estimateInference,
  workloadLabel,
  type InferenceEstimate,
  type Workload,
} from './inference-memory.ts';
import type { ModelId, Precision } from './models.ts';

export interface GpuInfo {
  index: number;
  name: string;
  /** Total memory in GiB as nvidia-smi reports MiB / 1024. */
  memoryTotalGB: number;
  memoryUsedGB?: number;
  driverVersion?: string;
}

export const NVIDIA_SMI_ARGS = [
  '--query-gpu=index,name,memory.total,memory.used,driver_version',
  '--format=csv,noheader,nounits',
];

/**
 * Parses `nvidia-smi --query-gpu=index,name,memory.total,memory.used,driver_version
 * --format=csv,noheader,nounits`. Tolerates a header line and "MiB" units (if `nounits` was left out)
 * and "[N/A]" fields.
 */
export function parseNvidiaSmiCsv(text: string): GpuInfo[] {
  const gpus: GpuInfo[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || /^index\s*,/i.test(line)) continue;
    const cols = line.split(',').map((c) => c.trim());
    if (cols.length < 3) continue;
    const mib = (s: string | undefined): number | undefined => {
      if (s === undefined) return undefined;
      const m = /^(\d+(?:\.\d+)?)\s*(MiB)?$/i.exec(s);
      return m ? Number(m[1]) : undefined;
    };
    const index = Number(cols[0]);
    const total = mib(cols[2]);
    if (!Number.isInteger(index) || total === undefined) continue;
    const used = mib(cols[3]);
    const gpu: GpuInfo = {
      index,
      name: cols[1] ?? '',
      memoryTotalGB: Math.round((total / 1024) * 100) / 100,
    };
    if (used !== undefined) gpu.memoryUsedGB = Math.round((used / 1024) * 100) / 100;
    if (cols[4] && cols[4] !== '[N/A]') gpu.driverVersion = cols[4];
    gpus.push(gpu);
  }
  return gpus;
}

export interface GpuProbe {
  available: boolean;
  gpus: GpuInfo[];
  /** Why there is no GPU list (nvidia-smi missing, failed …). */
  reason?: string;
}

export function probeGpus(command = 'nvidia-smi', timeoutMs = 5000): Promise<GpuProbe> {
  return new Promise((resolve) => {
    execFile(command, NVIDIA_SMI_ARGS, { timeout: timeoutMs }, (err, stdout) => {
      if (err) {
        const code = (err as NodeJS.ErrnoException).code;
        resolve({
          available: false,
          gpus: [],
          reason:
            code === 'ENOENT'
              ? 'nvidia-smi not found (no NVIDIA driver on this machine)'
              : `nvidia-smi failed: ${err.message}`,
        });
        return;
      }
      const gpus = parseNvidiaSmiCsv(stdout);
      resolve(
        gpus.length > 0
          ? { available: true, gpus }
          : { available: false, gpus, reason: 'nvidia-smi listed no GPUs' },
      );
    });
  });
}

export interface Recommendation {
  /** 'mnn' = the MNN mobile build (phones / CPU); 'remote' = use a hosted back end. */
  choice: { model: ModelId; precision: Precision } | 'mnn' | 'remote';
  estimate?: InferenceEstimate;
  /** single = fits one GPU; sharded = needs device_map="auto" / vLLM tensor parallel across GPUs. */
  placement?: 'single' | 'sharded';
  reasons: { 'zh-CN': string; en: string };
  considered: InferenceEstimate[];
}

/** Preference order: best quality first. */
const ORDER: Array<[ModelId, Precision]> = [
  ['qwen2.5-omni-7b', 'bf16'],
  ['qwen2.5-omni-7b', 'awq'],
  ['qwen2.5-omni-7b', 'gptq-int4'],
  ['qwen2.5-omni-3b', 'bf16'],
];

export function recommend(
  gpus: readonly GpuInfo[],
  workload: Workload,
  target: 'server' | 'phone' = 'server',
): Recommendation {
  const considered = ORDER.map(([m, p]) => estimateInference(m, p, workload));
  const w = workloadLabel(workload);
  if (target === 'phone') {
    return {
      choice: 'mnn',
      reasons: {
        'zh-CN': '手机端：使用 Qwen2.5-Omni 的 MNN 移动端版本（3B 更合适）；其内存占用以 MNN 模型卡为准。',
        en: 'Phone: use the MNN mobile build of Qwen2.5-Omni (3B fits better); check its memory on the MNN model card.',
      },
      considered,
    };
  }
  if (gpus.length === 0) {
    return {
      choice: 'remote',
      reasons: {
        'zh-CN': `未检测到 GPU。无法在本机运行 Qwen2.5-Omni（${w}）；请连接远程模型服务（vLLM / DashScope），或使用内置离线引擎；手机/CPU 可考虑 MNN 版本。`,
        en: `No GPU detected. Qwen2.5-Omni (${w}) cannot run locally here; connect a remote model server (vLLM / DashScope) or use the built-in offline engine; for phones/CPU consider the MNN build.`,
      },
      considered,
    };
  }
  const largest = Math.max(...gpus.map((g) => g.memoryTotalGB));
  const total = gpus.reduce((a, g) => a + g.memoryTotalGB, 0);
  for (const e of considered) {
    if (e.requiredGB <= largest) {
      return {
        choice: { model: e.model, precision: e.precision },
        estimate: e,
        placement: 'single',
        reasons: fitText(e, largest, 'single', w),
        considered,
      };
    }
  }
  for (const e of considered) {
    if (gpus.length > 1 && e.requiredGB <= total * 0.9) {
      return {
        choice: { model: e.model, precision: e.precision },
        estimate: e,
        placement: 'sharded',
        reasons: fitText(e, total, 'sharded', w),
        considered,
      };
    }
  }
  return {
    choice: 'remote',
    reasons: {
      'zh-CN': `最大显存 ${largest} GB，即使 3B BF16 也需要 ${considered[considered.length - 1]?.requiredGB} GB（${w}，含 1.2 倍余量）。请缩短视频、改用远程服务，或使用 MNN 版本。`,
      en: `Largest GPU has ${largest} GB; even 3B BF16 needs ${considered[considered.length - 1]?.requiredGB} GB (${w}, with 1.2× headroom). Use shorter videos, a remote server, or the MNN build.`,
    },
    considered,
  };
}

function fitText(
  e: InferenceEstimate,
  gb: number,
  placement: 'single' | 'sharded',
  w: string,
): Recommendation['reasons'] {
  const where =
    placement === 'single'
      ? { zh: `单卡 ${gb} GB`, en: `one ${gb} GB GPU` }
      : {
          zh: `多卡合计 ${Math.round(gb)} GB（device_map="auto" 或 vLLM -tp）`,
          en: `${Math.round(gb)} GB across GPUs (device_map="auto" or vLLM -tp)`,
        };
  return {
    'zh-CN': `推荐 ${e.hfId}：${w} 需要约 ${e.minimumGB} GB，含 1.2 倍余量 ${e.requiredGB} GB，可放入${where.zh}。`,
    en: `Recommended ${e.hfId}: ${w} needs about ${e.minimumGB} GB, ${e.requiredGB} GB with the 1.2× headroom, which fits ${where.en}.`,
  };
}
