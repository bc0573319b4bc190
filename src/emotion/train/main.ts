/**
 * Rebuilds the committed emotion model from the shared data sets:
 *   npm run train:emotion            (= node --import tsx src/emotion/train/main.ts)
 *   options: --data <dir> (default ../shared/datasets) --out <dir> (default models) --bits <n>
 *            --epochs <n> (linear) --mlp-epochs <n> --hidden <n> (0 = no network)
 * Trains on train splits only; chooses the network's mixing weight and tunes thresholds on dev
 * splits only; reports test figures in the card.
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
import { EmotionModel, type MlpFloatWeights, type ModelHeader } from '../classifier/model.ts';
import { EMOTION_LABELS, OCEMOTION_MAPPING, SMP2020_MAPPING } from '../taxonomy.ts';
import { readGoEmotions, readOcemotion, readSmp2020, readSmp2020Test, type Example } from './datasets.ts';
import { DEFAULT_TRAIN_OPTIONS, featurise, trainLinear, type TrainOptions } from './trainer.ts';
import { DEFAULT_MLP_OPTIONS, trainMlp, type MlpOptions } from './mlp.ts';
import { writeModelCard } from './card.ts';

export const MODEL_NAME = 'carellm-emotion-linear';
export const MODEL_VERSION = '2.0.0';
/** Threshold grid 0.010–0.950 in steps of 0.005: rare labels often need thresholds well below 0.1. */
const GRID = Array.from({ length: 189 }, (_, i) => Math.round((0.01 + i * 0.005) * 1000) / 1000);
/** Candidate shares of the network in the English probability mix (chosen on GoEmotions dev). */
const MIX_GRID = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
const LEXICON_FILE = new URL('../classifier/lexicon.json', import.meta.url);

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
  dev: { goemotionsMacroF1: number; mixSearch: Record<string, number> };
  counts: Record<string, number>;
  seconds: number;
}

export async function trainEmotionModel(options: {
  dataDir: string;
  outDir: string;
  feature?: Partial<FeatureConfig>;
  train?: Partial<TrainOptions>;
  mlp?: Partial<MlpOptions>;
  log?: (line: string) => void;
}): Promise<TrainResult> {
  const t0 = Date.now();
  const log = options.log ?? (() => {});
  const root = options.dataDir;
  const lexicon = JSON.parse(fs.readFileSync(LEXICON_FILE, 'utf8')) as { labels: Record<string, string[]> };
  const feature: FeatureConfig = {
    ...DEFAULT_FEATURE_CONFIG,
    negation: 1,
    lexicon: { weight: 1, labels: lexicon.labels },
    ...options.feature,
  };
  const trainOpts: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS, ...options.train, log };
  const mlpOpts: MlpOptions = { ...DEFAULT_MLP_OPTIONS, ...options.mlp, log };
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
  // Linear model: all training data (Chinese rows train only the labels their data set maps to).
  const trainSet: Example[] = [...go.train, ...oce.train, ...smp.train];
  const data = featurise(trainSet, extractor, L);
  log(`featurised ${data.n} examples, ${data.index.length} feature occurrences`);
  const linear = trainLinear(data, feature, L, trainOpts);
  log(`linear model trained (${Math.round((Date.now() - t0) / 1000)} s)`);
  // Network: English (GoEmotions) only, so Chinese text is scored by the linear model alone.
  let mlp: MlpFloatWeights | undefined;
  if (mlpOpts.hidden > 0) {
    const goData = featurise(go.train, extractor, L);
    const net = trainMlp(goData, 1 << feature.bits, L, mlpOpts);
    mlp = { ...net, mix: { en: 1, zh: 0 } };
    log(`network trained (${Math.round((Date.now() - t0) / 1000)} s)`);
  }

  const base: Omit<ModelHeader, 'scales' | 'mlp'> = {
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
  // Everything below is tuned on the quantised model, exactly as it will run. The two parts'
  // dev probabilities are computed once (mix 0 and mix 1) and mixed arithmetically.
  const partScores = (mix: number, examples: Example[]): Float32Array[] => {
    const m = EmotionModel.quantisedCopy(base, linear.weights, mlp && { ...mlp, mix: { en: mix, zh: 0 } });
    return examples.map((ex) => m.score(ex.text).scores);
  };
  const devLinear = partScores(0, go.dev);
  const devNet = mlp ? partScores(1, go.dev) : devLinear;
  const devGold = go.dev.map((e) => e.labels);
  const mixed = (mix: number) =>
    devLinear.map((s, i) => s.map((x, l) => (1 - mix) * x + mix * devNet[i]![l]!));
  const tuneColumns = (
    scores: ArrayLike<number>[],
    gold: number[][],
    keep?: (i: number, l: number) => boolean,
  ) =>
    Array.from({ length: L }, (_, l) => {
      const s: number[] = [];
      const g: boolean[] = [];
      scores.forEach((row, i) => {
        if (keep && !keep(i, l)) return;
        s.push(row[l]!);
        g.push(gold[i]!.includes(l));
      });
      return g.some(Boolean) ? bestThreshold(s, g, GRID).threshold : NaN;
    });
  const devMacro = (scores: ArrayLike<number>[], thresholds: number[], fallback: boolean): number => {
    const pred = scores.map((row) => {
      const out: number[] = [];
      let best = 0;
      for (let l = 0; l < L; l++) {
        if (row[l]! >= thresholds[l]!) out.push(l);
        if (row[l]! > row[best]!) best = l;
      }
      if (out.length === 0 && fallback) out.push(best);
      return out;
    });
    return macroF1(countMultiLabel(devGold, pred, L));
  };
  const mixSearch: Record<string, number> = {};
  let bestMix = 0;
  let bestDev = -1;
  for (const mix of mlp ? MIX_GRID : [0]) {
    const scores = mixed(mix);
    const t = tuneColumns(scores, devGold).map((x) => (Number.isNaN(x) ? 0.5 : x));
    const f = Math.max(devMacro(scores, t, false), devMacro(scores, t, true));
    mixSearch[String(mix)] = Number(f.toFixed(4));
    if (f > bestDev) {
      bestDev = f;
      bestMix = mix;
    }
  }
  log(`dev macro-F1 by network share: ${JSON.stringify(mixSearch)} → ${bestMix}`);
  if (mlp) mlp.mix = { en: bestMix, zh: 0 };
  const devScores = mixed(bestMix);
  const en = tuneColumns(devScores, devGold).map((t) => (Number.isNaN(t) ? 0.5 : t));
  // Chinese thresholds: linear model on the Chinese dev sets, only for the labels each covers.
  const zhDev = [...oce.dev, ...smp.dev];
  const zhScores = partScores(0, zhDev);
  const zhRaw = tuneColumns(
    zhScores,
    zhDev.map((e) => e.labels),
    (i, l) => !zhDev[i]!.covered || zhDev[i]!.covered!.includes(l),
  );
  const zh = zhRaw.map((t, l) => (Number.isNaN(t) ? en[l]! : t));
  base.thresholds = { en, zh };
  // Top-1 fallback only if it helps on GoEmotions dev.
  const devPlain = devMacro(devScores, en, false);
  const devFallback = devMacro(devScores, en, true);
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
    network: mlp ? { ...mlpOpts, log: undefined, trainedOn: 'goemotions/train.tsv' } : null,
    mappings: { smp2020: SMP2020_MAPPING, ocemotion: OCEMOTION_MAPPING },
  };
  const { buffer } = EmotionModel.serialise(base, linear.weights, mlp);
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
    dev: { goemotionsMacroF1: Number(Math.max(devPlain, devFallback).toFixed(4)), mixSearch },
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
      'mlp-epochs': { type: 'string' },
      hidden: { type: 'string' },
    },
  });
  const result = await trainEmotionModel({
    dataDir: path.resolve(values.data!),
    outDir: path.resolve(values.out!),
    feature: values.bits ? { bits: Number(values.bits) } : {},
    train: values.epochs ? { epochs: Number(values.epochs) } : {},
    mlp: {
      ...(values['mlp-epochs'] ? { epochs: Number(values['mlp-epochs']) } : {}),
      ...(values.hidden !== undefined ? { hidden: Number(values.hidden) } : {}),
    },
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
