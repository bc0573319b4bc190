/**
 * The GoEmotions taxonomy (Demszky et al., ACL 2020): 27 emotions + neutral, spelled as in the
 * data set's `emotions.txt`, with its Ekman and sentiment groupings (google-research
 * `goemotions/data/ekman_mapping.json`, `sentiment_dict.json`). Neutral is its own group in both.
 */
export const EMOTION_LABELS = [
  'admiration',
  'amusement',
  'anger',
  'annoyance',
  'approval',
  'caring',
  'confusion',
  'curiosity',
  'desire',
  'disappointment',
  'disapproval',
  'disgust',
  'embarrassment',
  'excitement',
  'fear',
  'gratitude',
  'grief',
  'joy',
  'love',
  'nervousness',
  'optimism',
  'pride',
  'realization',
  'relief',
  'remorse',
  'sadness',
  'surprise',
  'neutral',
] as const;
export type EmotionLabel = (typeof EMOTION_LABELS)[number];

export const EKMAN_GROUPS: Record<string, readonly EmotionLabel[]> = {
  anger: ['anger', 'annoyance', 'disapproval'],
  disgust: ['disgust'],
  fear: ['fear', 'nervousness'],
  joy: [
    'joy',
    'amusement',
    'approval',
    'excitement',
    'gratitude',
    'love',
    'optimism',
    'relief',
    'pride',
    'admiration',
    'desire',
    'caring',
  ],
  sadness: ['sadness', 'disappointment', 'embarrassment', 'grief', 'remorse'],
  surprise: ['surprise', 'realization', 'confusion', 'curiosity'],
  neutral: ['neutral'],
};

export const SENTIMENT_GROUPS: Record<string, readonly EmotionLabel[]> = {
  positive: [
    'amusement',
    'excitement',
    'joy',
    'love',
    'desire',
    'optimism',
    'caring',
    'pride',
    'admiration',
    'gratitude',
    'relief',
    'approval',
  ],
  negative: [
    'fear',
    'nervousness',
    'remorse',
    'embarrassment',
    'disappointment',
    'sadness',
    'grief',
    'disgust',
    'anger',
    'annoyance',
    'disapproval',
  ],
  ambiguous: ['realization', 'surprise', 'curiosity', 'confusion'],
  neutral: ['neutral'],
};

/** Label → group name, for both groupings. */
export function groupOf(groups: Record<string, readonly EmotionLabel[]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [group, members] of Object.entries(groups)) for (const m of members) map.set(m, group);
  return map;
}
export const EKMAN_OF = groupOf(EKMAN_GROUPS);
export const SENTIMENT_OF = groupOf(SENTIMENT_GROUPS);

/** Group scores: the maximum member score (a group is present when any member is). */
export function groupScores(
  scores: ArrayLike<number>,
  groups: Record<string, readonly EmotionLabel[]>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [group, members] of Object.entries(groups)) {
    let best = 0;
    for (const m of members) best = Math.max(best, scores[EMOTION_LABELS.indexOf(m)] ?? 0);
    out[group] = best;
  }
  return out;
}

/** Group labels of a set of predicted labels. */
export function groupLabels(labels: readonly string[], groupMap: Map<string, string>): string[] {
  return [...new Set(labels.map((l) => groupMap.get(l)).filter((g): g is string => g !== undefined))];
}

/** Chinese emotion data sets mapped onto the taxonomy at the level their labels allow. */
export interface ChineseLabelMapping {
  dataset: string;
  /** Data-set label → GoEmotions label. */
  map: Record<string, EmotionLabel>;
  /**
   * GoEmotions labels this data set can speak to: trained as positives or negatives on its
   * examples. All other labels are masked (no gradient) because the data says nothing about them.
   */
  covered: readonly EmotionLabel[];
}

/**
 * SMP2020-EWECT (6 classes): 积极 happy → joy (the class is broad positive affect; GoEmotions has
 * no single equivalent, joy is its Ekman head), 愤怒 angry → anger, 悲伤 sad → sadness, 恐惧 fear → fear,
 * 惊奇 surprise → surprise, 无情绪 neutral → neutral. It has no disgust or liking class, so its
 * anger/happy posts may contain those: disgust and love stay masked.
 */
export const SMP2020_MAPPING: ChineseLabelMapping = {
  dataset: 'smp2020_ewect',
  map: {
    happy: 'joy',
    angry: 'anger',
    sad: 'sadness',
    fear: 'fear',
    surprise: 'surprise',
    neutral: 'neutral',
  },
  covered: ['joy', 'anger', 'sadness', 'fear', 'surprise', 'neutral'],
};

/**
 * OCEMOTION / CLUE Emotion (Li et al. 2016, 7 classes): 喜好 like → love, 高兴 happiness → joy,
 * 悲伤 sadness → sadness, 愤怒 anger → anger, 厌恶 disgust → disgust, 恐惧 fear → fear, 惊讶 surprise →
 * surprise. Every post was selected for carrying an emotion, so neutral is trained as absent.
 */
export const OCEMOTION_MAPPING: ChineseLabelMapping = {
  dataset: 'ocemotion',
  map: {
    like: 'love',
    happiness: 'joy',
    sadness: 'sadness',
    anger: 'anger',
    disgust: 'disgust',
    fear: 'fear',
    surprise: 'surprise',
  },
  covered: ['love', 'joy', 'sadness', 'anger', 'disgust', 'fear', 'surprise', 'neutral'],
};
