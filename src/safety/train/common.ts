/**
 * Shared by the safety layer's two trainers (crisis, harmful requests): the feature set, the
 * two-output logistic trainer, scoring and the deterministic fold split.
 */
import { FeatureExtractor, type FeatureConfig } from '../../emotion/index.ts';
import type { Example } from '../../emotion/train/datasets.ts';
import {
  featurise,
  trainLinear,
  scoreAll,
  DEFAULT_TRAIN_OPTIONS,
  type LinearModel,
} from '../../emotion/train/trainer.ts';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SafetyModel, type SafetyModelHeader } from '../learned/model.ts';
import { normalise } from '../normalize.ts';

/** The repository root, and the shared data sets (read, never copied into the repository). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SHARED_DATASETS = process.env.CARELLM_DATASETS ?? path.resolve(REPO_ROOT, '../shared/datasets');

export const SAFETY_FEATURES: FeatureConfig = {
  bits: 18,
  charMin: 3,
  charMax: 5,
  weights: { word: 1, bigram: 1, char: 0.5, han: 1, symbol: 0.5 },
  negation: 0.7,
};

/** A text with its two binary targets (output 0, output 1). */
export interface TwoTargets {
  text: string;
  targets: [boolean, boolean];
  source: string;
}

const toExample = (it: TwoTargets): Example => ({
  // The models read the rules' normalised text (traditional → simplified, full-width, leetspeak).
  text: normalise(it.text).text,
  labels: [0, 1].filter((l) => it.targets[l]),
  covered: null,
  source: it.source,
});

export function trainTwoOutputs(items: TwoTargets[], log: (s: string) => void): LinearModel {
  const extractor = new FeatureExtractor(SAFETY_FEATURES);
  const data = featurise(items.map(toExample), extractor, 2);
  return trainLinear(data, SAFETY_FEATURES, 2, {
    ...DEFAULT_TRAIN_OPTIONS,
    epochs: 6,
    averageLast: 3,
    maxPositiveWeight: 12,
    log: (s) => log(`  ${s}`),
  });
}

/** Sigmoid scores, n × 2. */
export function scoreTwoOutputs(model: LinearModel, items: TwoTargets[]): Float32Array {
  const extractor = new FeatureExtractor(SAFETY_FEATURES);
  return scoreAll(model, featurise(items.map(toExample), extractor, 2));
}

/**
 * Two-fold out-of-fold scores for `own` (split by `hashSplit`): each half is scored by a model trained on
 * `fixed` plus the other half counted `weight` times; `alsoScore` is scored by both fold models.
 * Returns n × 2 scores for `own`, and one n × 2 array per fold for `alsoScore`.
 */
export function outOfFold(
  fixed: TwoTargets[],
  own: TwoTargets[],
  weight: number,
  alsoScore: TwoTargets[],
  log: (s: string) => void,
): { oof: Float32Array; also: Float32Array[] } {
  const oof = new Float32Array(own.length * 2);
  const also: Float32Array[] = [];
  for (const fold of [0, 1]) {
    log(`fold ${fold}: training …`);
    const rest = own.filter((x) => hashSplit(x.text) !== fold);
    const model = trainTwoOutputs([...fixed, ...Array.from({ length: weight }, () => rest).flat()], log);
    const idx = own.map((x, i) => (hashSplit(x.text) === fold ? i : -1)).filter((i) => i >= 0);
    const s = scoreTwoOutputs(
      model,
      idx.map((i) => own[i]!),
    );
    idx.forEach((i, k) => {
      oof[i * 2] = s[k * 2]!;
      oof[i * 2 + 1] = s[k * 2 + 1]!;
    });
    also.push(scoreTwoOutputs(model, alsoScore));
  }
  return { oof, also };
}

/**
 * Sets left out of training (`CARELLM_TRAIN_EXCLUDE_SETS=train-2026-11y,train-2026-11y-en`), to measure how a model
 * does on lines it has never seen. A shipped model leaves nothing out.
 */
const EXCLUDED_SETS = new Set((process.env.CARELLM_TRAIN_EXCLUDE_SETS ?? '').split(',').filter(Boolean));

/** Our labelled sets (bench/data/safety). */
export const SAFETY_DATA = path.join(REPO_ROOT, 'bench/data/safety');

/** The rows of a JSON Lines file, or none when it is missing. */
export function readRows<T>(file: string): T[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/**
 * Texts of the splits that measure the models (test, held-out), by file name in SAFETY_DATA. Only their texts are
 * compared, so that a line written twice into two splits is never trained on; their labels are not read.
 */
export function measuredTexts(files: string[]): Set<string> {
  return new Set(
    files.flatMap((f) => readRows<{ text: string }>(path.join(SAFETY_DATA, f)).map((r) => r.text)),
  );
}

/**
 * Whether a line of this set is left out of training: by EXCLUDED_SETS, or by a trainer's own list of read rounds it
 * does not train on (`untrained`, session 23).
 */
export function excludedSet(set: string | undefined, untrained: ReadonlySet<string> = new Set()): boolean {
  return set !== undefined && (EXCLUDED_SETS.has(set) || untrained.has(set));
}

/** Deterministic 2-fold split by text (FNV-1a). */
export function hashSplit(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) % 2;
}

/**
 * Writes a trained model to `out` and its card beside it (`writeCard(cardPath, bytes)`), then logs
 * the size and the time since `startedAt`.
 */
export function saveModel(
  out: string,
  header: Omit<SafetyModelHeader, 'scales'>,
  weights: Float32Array,
  writeCard: (cardPath: string, bytes: number) => void,
  startedAt: number,
  log: (s: string) => void,
): void {
  const { buffer } = SafetyModel.serialise(header, weights);
  fs.writeFileSync(out, buffer);
  writeCard(out.replace(/\.bin\.gz$/u, '.md'), buffer.length);
  log(
    `wrote ${out} (${(buffer.length / 1024).toFixed(0)} KiB) in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`,
  );
}
