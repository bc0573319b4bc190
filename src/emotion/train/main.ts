/**
 * Rebuilds the committed emotion model from the shared data sets:
 *   npm run train:emotion            (= node --import tsx src/emotion/train/main.ts)
 *   options: --data <dir> (default ../shared/datasets) --out <dir> (default models) --bits <n> --epochs <n>
 * Trains on train splits only, tunes thresholds on dev splits only, reports test figures in the card.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  evaluateMultiLabel,
  evaluateSingleLabel,
  type MultiLabelReport,
  type SingleLabelReport,
} from '../classifier/evaluate.ts';
import { DEFAULT_FEATURE_CONFIG, FeatureExtractor, type FeatureConfig } from '../classifier/features.ts';
import { bestThreshold, countMultiLabel, macroF1 } from '../classifier/metrics.ts';
import { EmotionModel, type ModelHeader } from '../classifier/model.ts';
import { EMOTION_LABELS, OCEMOTION_MAPPING, SMP2020_MAPPING } from '../taxonomy.ts';
import { readGoEmotions, readOcemotion, readSmp2020, readSmp2020Test, type Example } from './datasets.ts';
import { DEFAULT_TRAIN_OPTIONS, featurise, trainLinear, type TrainOptions } from './trainer.ts';
import { writeModelCard } from './card.ts';

export const MODEL_NAME = 'carellm-emotion-linear';
export const MODEL_VERSION = '1.0.0';
const GRID = Array.from({ length: 94 }, (_, i) => Math.round((0.02 + i * 0.01) * 100) / 100);

export interface TrainResult {
  file: string;
  bytes: number;
  header: ModelHeader;
  test: {
    goemotions: MultiLabelReport;
    smpUsual: SingleLabelReport;
    smpVirus: SingleLabelReport;
    ocemotion: SingleLabelReport;
  };
  dev: { goemotionsMacroF1: number };
  counts: Record<string, number>;
  seconds: number;
}

export async function trainEmotionModel(options: {
  dataDir: string;
  outDir: string;
  feature?: Partial<FeatureConfig>;
  train?: Partial<TrainOptions>;
  log?: (line: string) => void;
}): Promise<TrainResult> {
  const t0 = Date.now();
  const log = options.log ?? (() => {});
  const root = options.dataDir;
  const feature: FeatureConfig = { ...DEFAULT_FEATURE_CONFIG, ...options.feature };
  const trainOpts: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS, ...options.train, log };
  const L = EMOTION_LABELS.length;

  const go = {
    train: readGoEmotions(root, 'train'),
    dev: readGoEmotions(root, 'dev'),
    test: readGoEmotions(root, 'test'),
  };
  const oce = {
    train: readOcemotion(root, 'train'),
    dev: readOcemotion(root, 'dev'),
    test: readOcemotion(root, 'test'),
  };
  const smp = { train: readSmp2020(root, 'train'), dev: readSmp2020(root, 'dev') };
  const smpTest = { usual: readSmp2020Test(root, 'usual'), virus: readSmp2020Test(root, 'virus') };
  const counts = {
    goemotionsTrain: go.train.length,
    goemotionsDev: go.dev.length,
    goemotionsTest: go.test.length,
    ocemotionTrain: oce.train.length,
    ocemotionDev: oce.dev.length,
    ocemotionTestDedup: oce.test.length,
    smpTrain: smp.train.length,
    smpDev: smp.dev.length,
    smpUsualTest: smpTest.usual.length,
    smpVirusTest: smpTest.virus.length,
  };
  log(`data: ${JSON.stringify(counts)}`);

  const extractor = new FeatureExtractor(feature);
  const trainSet: Example[] = [...go.train, ...oce.train, ...smp.train];
  const data = featurise(trainSet, extractor, L);
  log(`featurised ${data.n} examples, ${data.index.length} feature occurrences`);
  const linear = trainLinear(data, feature, L, trainOpts);

  const base: Omit<ModelHeader, 'scales'> = {
    format: 'carellm-emotion-linear',
    name: MODEL_NAME,
    version: MODEL_VERSION,
    labels: [...EMOTION_LABELS],
    feature,
    bias: Array.from(linear.bias, (b) => Number(b.toPrecision(7))),
    thresholds: { en: new Array(L).fill(0.5), zh: new Array(L).fill(0.5) },
    zhMinHanShare: 0.3,
    fallbackTop1: false,
    meta: {},
  };
  // Thresholds are tuned on the quantised model, exactly as it will run.
  const { quantised } = EmotionModel.serialise(base, linear.weights);
  const provisional = new EmotionModel({ ...base, scales: new Array(L).fill(1) }, quantised);

  const tuneOn = (examples: Example[], onlyCovered: boolean): number[] => {
    const cols = Array.from({ length: L }, () => ({ s: [] as number[], g: [] as boolean[] }));
    for (const ex of examples) {
      const { scores } = provisional.score(ex.text);
      for (let l = 0; l < L; l++) {
        if (onlyCovered && ex.covered && !ex.covered.includes(l)) continue;
        cols[l]!.s.push(scores[l]!);
        cols[l]!.g.push(ex.labels.includes(l));
      }
    }
    return cols.map((c) => (c.g.some(Boolean) ? bestThreshold(c.s, c.g, GRID).threshold : NaN));
  };
  const en = tuneOn(go.dev, false).map((t) => (Number.isNaN(t) ? 0.5 : t));
  const zhRaw = tuneOn([...oce.dev, ...smp.dev], true);
  const zh = zhRaw.map((t, l) => (Number.isNaN(t) ? en[l]! : t));
  base.thresholds = { en, zh };

  // Top-1 fallback only if it helps on GoEmotions dev.
  const devMacro = (fallback: boolean): number => {
    const m = new EmotionModel({ ...base, fallbackTop1: fallback, scales: new Array(L).fill(1) }, quantised);
    const pred = go.dev.map((ex) => {
      const { scores, language } = m.score(ex.text);
      return m.threshold(scores, language);
    });
    return macroF1(
      countMultiLabel(
        go.dev.map((e) => e.labels),
        pred,
        L,
      ),
    );
  };
  const devPlain = devMacro(false);
  const devFallback = devMacro(true);
  base.fallbackTop1 = devFallback > devPlain;
  log(`dev macro-F1: thresholds only ${devPlain.toFixed(4)}, with top-1 fallback ${devFallback.toFixed(4)}`);

  base.meta = {
    data: {
      train: [
        'goemotions/train.tsv',
        'ocemotion/tianchi/train.csv',
        'smp2020_ewect/virus_train.txt',
        'smp2020_ewect/usual_eval_labeled.txt (id % 4 != 0)',
      ],
      dev: [
        'goemotions/dev.tsv',
        'ocemotion/tianchi/dev.csv',
        'smp2020_ewect/virus_eval_labeled.txt',
        'smp2020_ewect/usual_eval_labeled.txt (id % 4 == 0)',
      ],
      test: [
        'goemotions/test.tsv',
        'ocemotion/clue_emotion2020/test.txt (minus texts also in tianchi)',
        'smp2020_ewect/usual_test_labeled.txt',
        'smp2020_ewect/virus_test_labeled.txt',
      ],
    },
    counts,
    train: { ...trainOpts, log: undefined },
    mappings: { smp2020: SMP2020_MAPPING, ocemotion: OCEMOTION_MAPPING },
  };
  const { buffer } = EmotionModel.serialise(base, linear.weights);
  fs.mkdirSync(options.outDir, { recursive: true });
  const file = path.join(options.outDir, 'emotion-classifier.bin.gz');
  fs.writeFileSync(file, buffer);

  // Reload from disk and evaluate exactly what was written.
  const model = EmotionModel.load(file);
  const smpClasses = Object.values(SMP2020_MAPPING.map);
  const oceClasses = Object.values(OCEMOTION_MAPPING.map);
  const test = {
    goemotions: evaluateMultiLabel(model, go.test),
    smpUsual: evaluateSingleLabel(model, smpTest.usual, smpClasses),
    smpVirus: evaluateSingleLabel(model, smpTest.virus, smpClasses),
    ocemotion: evaluateSingleLabel(model, oce.test, oceClasses),
  };
  const result: TrainResult = {
    file,
    bytes: buffer.length,
    header: model.header,
    test,
    dev: { goemotionsMacroF1: Number(Math.max(devPlain, devFallback).toFixed(4)) },
    counts,
    seconds: Math.round((Date.now() - t0) / 1000),
  };
  writeModelCard(options.outDir, result);
  return result;
}

async function cli(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: '../shared/datasets' },
      out: { type: 'string', default: 'models' },
      bits: { type: 'string' },
      epochs: { type: 'string' },
    },
  });
  const result = await trainEmotionModel({
    dataDir: path.resolve(values.data!),
    outDir: path.resolve(values.out!),
    feature: values.bits ? { bits: Number(values.bits) } : {},
    train: values.epochs ? { epochs: Number(values.epochs) } : {},
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const t = result.test;
  process.stdout.write(
    `${result.file} (${(result.bytes / 1e6).toFixed(2)} MB, ${result.seconds}s)\n` +
      `GoEmotions test macro-F1 ${t.goemotions.macroF1} (Ekman ${t.goemotions.ekman.macroF1}, sentiment ${t.goemotions.sentiment.macroF1})\n` +
      `SMP2020 usual ${t.smpUsual.macroF1}, virus ${t.smpVirus.macroF1}; OCEMOTION ${t.ocemotion.macroF1}\n`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  await cli();
}
