import { fuseReading } from './fusion.ts';
/**
 * The pipeline's emotion stage: classifier labels + thresholded predictions, the words behind
 * them, Ekman and sentiment groupings, and wellbeing indicators for the message and the session.
 */
import type { EmotionAnalyser, TurnContext } from '../core/stages.ts';
import type { EmotionReading, EvidenceSpan } from '../core/types.ts';
import { defaultModel, type EmotionModel } from './classifier/model.ts';
import { messageIndicators, sessionIndicators, type IndicatorReadings } from './indicators.ts';
import {
  EKMAN_GROUPS,
  EKMAN_OF,
  SENTIMENT_GROUPS,
  SENTIMENT_OF,
  groupLabels,
  groupScores,
} from './taxonomy.ts';

export interface AnalyseOptions {
  topK?: number;
  /** How many earlier user messages feed the session indicators. */
  historyWindow?: number;
}

export interface EmotionDetails {
  language: 'en' | 'zh';
  /** Every label's probability. */
  scores: Record<string, number>;
  /** Words that drove each predicted label (offsets into the message). */
  evidence: Record<string, EvidenceSpan[]>;
  ekman: { scores: Record<string, number>; predicted: string[] };
  sentiment: { scores: Record<string, number>; predicted: string[] };
  indicators: IndicatorReadings;
  sessionIndicators: ReturnType<typeof sessionIndicators>;
  modalities: { modality: string; confidence: number }[];
}

/** Reads one text (no session context): the classifier part of a reading plus message indicators. */
export function readText(
  model: EmotionModel,
  text: string,
  topK = 5,
): { reading: EmotionReading; details: Omit<EmotionDetails, 'sessionIndicators'> } {
  const p = model.predict(text, { topK, explain: true });
  const { scores: raw } = model.score(text);
  const scores: Record<string, number> = {};
  model.labels.forEach((l, i) => (scores[l] = Math.round(raw[i]! * 10000) / 10000));
  const evidence: Record<string, EvidenceSpan[]> = {};
  for (const [label, words] of Object.entries(p.evidence ?? {})) {
    evidence[label] = words.map((w) => ({
      start: w.start,
      end: w.end,
      text: w.text,
      rule: `${label}:${w.weight}`,
    }));
  }
  const details = {
    language: p.language,
    scores,
    evidence,
    ekman: { scores: groupScores(raw, EKMAN_GROUPS), predicted: groupLabels(p.predicted, EKMAN_OF) },
    sentiment: {
      scores: groupScores(raw, SENTIMENT_GROUPS),
      predicted: groupLabels(p.predicted, SENTIMENT_OF),
    },
    indicators: messageIndicators(text, scores),
    modalities: [{ modality: 'text', confidence: p.labels[0]?.score ?? 0 }],
  };
  return { reading: { labels: p.labels, predicted: p.predicted, analyser: model.id }, details };
}

export function createEmotionAnalyser(
  options: AnalyseOptions & { model?: EmotionModel } = {},
): EmotionAnalyser {
  const model = options.model ?? defaultModel();
  const topK = options.topK ?? 5;
  const window = options.historyWindow ?? 20;
  return {
    name: model.id,
    analyse(ctx: TurnContext): EmotionReading {
      const { reading, details } = readText(model, ctx.text, topK);
      const earlier = ctx.history
        .filter((m) => m.role === 'user')
        .slice(-window)
        .map((m) => messageIndicators(m.content, scoreMap(model, m.content)));
      const full: EmotionDetails = {
        ...details,
        sessionIndicators: sessionIndicators([...earlier, details.indicators]),
      };
      const textReading = { ...reading, details: full as unknown as Record<string, unknown> };
      return ctx.cues?.length ? fuseReading(textReading, ctx.cues) : textReading;
    },
  };
}

function scoreMap(model: EmotionModel, text: string): Record<string, number> {
  const { scores } = model.score(text);
  const out: Record<string, number> = {};
  model.labels.forEach((l, i) => (out[l] = scores[i]!));
  return out;
}
