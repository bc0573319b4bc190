/** Evaluation of the emotion model on labelled examples; shared by training (model card) and bench. */
import { EKMAN_OF, SENTIMENT_OF, EMOTION_LABELS } from '../taxonomy.ts';
import { countMultiLabel, f1Of, macroF1, microF1, type LabelCounts } from './metrics.ts';
import type { EmotionModel } from './model.ts';

export interface LabelledText {
  text: string;
  labels: number[];
}

export interface PerLabel {
  f1: number;
  precision: number;
  recall: number;
  support: number;
}

function perLabel(c: LabelCounts): PerLabel {
  return {
    f1: r4(f1Of(c)),
    precision: r4(c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp)),
    recall: r4(c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn)),
    support: c.tp + c.fn,
  };
}

function r4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function groupMacro(
  gold: number[][],
  pred: number[][],
  groupOf: Map<string, string>,
): { macroF1: number; perGroup: Record<string, PerLabel> } {
  const groups = [...new Set(groupOf.values())];
  const toGroups = (ids: number[]) => [
    ...new Set(ids.map((l) => groups.indexOf(groupOf.get(EMOTION_LABELS[l]!)!))),
  ];
  const counts = countMultiLabel(gold.map(toGroups), pred.map(toGroups), groups.length);
  return {
    macroF1: r4(macroF1(counts)),
    perGroup: Object.fromEntries(groups.map((g, i) => [g, perLabel(counts[i]!)])),
  };
}

export interface MultiLabelReport {
  examples: number;
  macroF1: number;
  microF1: number;
  perLabel: Record<string, PerLabel>;
  ekman: { macroF1: number; perGroup: Record<string, PerLabel> };
  sentiment: { macroF1: number; perGroup: Record<string, PerLabel> };
}

/** GoEmotions-style multi-label evaluation over the 28 labels, plus Ekman and sentiment groupings. */
export function evaluateMultiLabel(model: EmotionModel, data: readonly LabelledText[]): MultiLabelReport {
  const gold: number[][] = [];
  const pred: number[][] = [];
  for (const ex of data) {
    const { scores, language } = model.score(ex.text);
    gold.push(ex.labels);
    pred.push(model.threshold(scores, language));
  }
  const counts = countMultiLabel(gold, pred, EMOTION_LABELS.length);
  return {
    examples: data.length,
    macroF1: r4(macroF1(counts)),
    microF1: r4(microF1(counts)),
    perLabel: Object.fromEntries(EMOTION_LABELS.map((l, i) => [l, perLabel(counts[i]!)])),
    ekman: groupMacro(gold, pred, EKMAN_OF),
    sentiment: groupMacro(gold, pred, SENTIMENT_OF),
  };
}

export interface SingleLabelReport {
  examples: number;
  macroF1: number;
  accuracy: number;
  perClass: Record<string, PerLabel>;
}

/**
 * Single-label data sets (the Chinese ones): the prediction is the best-scoring label among the
 * data set's own classes (mapped onto the taxonomy); macro-F1 over those classes.
 */
export function evaluateSingleLabel(
  model: EmotionModel,
  data: readonly LabelledText[],
  classes: readonly string[],
): SingleLabelReport {
  const ids = classes.map((c) => EMOTION_LABELS.indexOf(c as never));
  const counts = ids.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  let correct = 0;
  for (const ex of data) {
    const { scores } = model.score(ex.text);
    let best = 0;
    for (let k = 1; k < ids.length; k++) if (scores[ids[k]!]! > scores[ids[best]!]!) best = k;
    const g = ids.indexOf(ex.labels[0]!);
    if (g === best) {
      counts[best]!.tp++;
      correct++;
    } else {
      counts[best]!.fp++;
      if (g >= 0) counts[g]!.fn++;
    }
  }
  return {
    examples: data.length,
    macroF1: r4(macroF1(counts)),
    accuracy: r4(data.length === 0 ? 0 : correct / data.length),
    perClass: Object.fromEntries(classes.map((c, i) => [c, perLabel(counts[i]!)])),
  };
}
