/** Emotion analysis: classifier, indicators, fusion, screening, suggestions, reports. */
export {
  EMOTION_LABELS,
  EKMAN_GROUPS,
  SENTIMENT_GROUPS,
  SMP2020_MAPPING,
  OCEMOTION_MAPPING,
  type EmotionLabel,
} from './taxonomy.ts';
export {
  EmotionModel,
  defaultModel,
  DEFAULT_MODEL_PATH,
  type Prediction,
  type EvidenceWord,
} from './classifier/model.ts';
/** The hashed text features are shared with the safety layer's learned crisis model. */
export { FeatureExtractor, type FeatureConfig } from './classifier/features.ts';
export { createEmotionAnalyser, readText, type EmotionDetails } from './analyser.ts';
export {
  INDICATORS,
  messageIndicators,
  sessionIndicators,
  indicatorLabel,
  indicatorPhrase,
  type IndicatorId,
  type IndicatorReadings,
} from './indicators.ts';
export { fuseReading, textConfidence, type ModalityCue, type FusionOptions } from './fusion.ts';
export {
  INSTRUMENT_IDS,
  isInstrumentId,
  instrumentView,
  answersProblem,
  scoreScreening,
  crisisResources,
  type InstrumentId,
  type ScreeningResult,
} from './screening/index.ts';
export {
  chooseSuggestions,
  suggestionById,
  isSuggestionId,
  SUGGESTION_IDS,
  type Suggestion,
} from './suggestions/index.ts';
export { checkInOffer, type CheckInInput } from './checkin.ts';
export { buildReport, type EmotionReport } from './report/build.ts';
export { renderReportHtml, escapeHtml } from './report/html.ts';
export { createCheckInStage } from './checkin-stage.ts';
export { cuesFromMedia } from './media-cues.ts';
