/**
 * Fusion of voice and face cues into a message's emotion reading. One documented rule:
 *
 *   fused(label) = (wText · cText · pText(label) + Σ_cues wCue · cCue · pCue(label))
 *                  / (wText · cText + Σ_cues wCue · cCue)          for labels a cue speaks to;
 *   fused(label) = pText(label)                                     otherwise,
 *
 * where c is each modality's confidence in [0, 1] and w its weight (text 1, voice 0.5, face 0.5
 * by default). Cue labels may be GoEmotions labels or Ekman groups (anger, disgust, fear, joy,
 * sadness, surprise, neutral), which map to their head label. A label is predicted after fusion
 * when the text predicted it and the cues did not pull it below half its score, or when its fused
 * score reaches `addThreshold` (0.5). The reading keeps each modality's confidence and top labels
 * in `details.modalities`, so clients can show them side by side.
 */
import type { EmotionReading } from '../core/types.ts';
import { EMOTION_LABELS } from './taxonomy.ts';

export interface ModalityCue {
  modality: 'voice' | 'face' | (string & {});
  /** Label → score in [0, 1]; GoEmotions labels or Ekman group names. */
  scores: Record<string, number>;
  /** How much this cue can be trusted, in [0, 1] (e.g. face detection confidence). */
  confidence: number;
  /** What produced the cue, e.g. 'prosody@0.1'. */
  source?: string;
}

export interface ModalitySummary {
  modality: string;
  confidence: number;
  labels: { label: string; score: number }[];
  source?: string;
}

export interface FusionOptions {
  weights?: Partial<Record<string, number>>;
  addThreshold?: number;
  topK?: number;
}

const EKMAN_HEAD: Record<string, string> = {
  anger: 'anger',
  disgust: 'disgust',
  fear: 'fear',
  joy: 'joy',
  sadness: 'sadness',
  surprise: 'surprise',
  neutral: 'neutral',
  happy: 'joy',
  happiness: 'joy',
  sad: 'sadness',
  angry: 'anger',
  fearful: 'fear',
  surprised: 'surprise',
  disgusted: 'disgust',
};

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

function cueLabels(cue: ModalityCue): Map<string, number> {
  const out = new Map<string, number>();
  for (const [raw, score] of Object.entries(cue.scores)) {
    const key = raw.toLowerCase();
    const label = (EMOTION_LABELS as readonly string[]).includes(key) ? key : EKMAN_HEAD[key];
    if (label) out.set(label, Math.max(out.get(label) ?? 0, clamp01(score)));
  }
  return out;
}

/** Confidence of the text reading: the top label's probability. */
export function textConfidence(reading: EmotionReading): number {
  return reading.labels[0]?.score ?? 0;
}

export function fuseReading(
  reading: EmotionReading,
  cues: readonly ModalityCue[],
  options: FusionOptions = {},
): EmotionReading {
  const weights: Record<string, number | undefined> = { text: 1, voice: 0.5, face: 0.5, ...options.weights };
  const addThreshold = options.addThreshold ?? 0.5;
  const topK = options.topK ?? Math.max(5, reading.labels.length);
  const textScores = new Map<string, number>();
  // Full text scores when the analyser kept them; otherwise the top-k labels.
  const all = (reading.details?.scores as Record<string, number> | undefined) ?? {};
  for (const [l, s] of Object.entries(all)) textScores.set(l, s);
  for (const { label, score } of reading.labels) textScores.set(label, score);
  const cText = textConfidence(reading);
  const wText = (weights.text ?? 1) * cText;

  const usable = cues.filter((c) => clamp01(c.confidence) > 0);
  const parsed = usable.map((c) => ({
    cue: c,
    labels: cueLabels(c),
    w: (weights[c.modality] ?? 0.5) * clamp01(c.confidence),
  }));
  const fused = new Map(textScores);
  const touched = new Set<string>();
  for (const p of parsed) for (const l of p.labels.keys()) touched.add(l);
  for (const label of touched) {
    let num = wText * (textScores.get(label) ?? 0);
    let den = wText;
    for (const p of parsed) {
      if (!p.labels.has(label)) continue;
      num += p.w * p.labels.get(label)!;
      den += p.w;
    }
    fused.set(label, den > 0 ? Math.round((num / den) * 10000) / 10000 : 0);
  }
  const predicted = new Set<string>();
  for (const l of reading.predicted)
    if ((fused.get(l) ?? 0) >= 0.5 * (textScores.get(l) ?? 0)) predicted.add(l);
  for (const [l, s] of fused) if (s >= addThreshold) predicted.add(l);
  const labels = [...fused.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, topK)
    .map(([label, score]) => ({ label, score }));

  const modalities: ModalitySummary[] = [
    { modality: 'text', confidence: Math.round(cText * 1000) / 1000, labels: reading.labels.slice(0, 3) },
    ...parsed.map((p) => ({
      modality: p.cue.modality,
      confidence: Math.round(clamp01(p.cue.confidence) * 1000) / 1000,
      labels: [...p.labels.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([label, score]) => ({ label, score })),
      ...(p.cue.source ? { source: p.cue.source } : {}),
    })),
  ];
  return {
    ...reading,
    labels,
    predicted: [...predicted].sort((a, b) => (fused.get(b) ?? 0) - (fused.get(a) ?? 0)),
    details: { ...reading.details, modalities, fused: parsed.length > 0 },
  };
}
