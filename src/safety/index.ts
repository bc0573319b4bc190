export { HOTLINES, hotlinesFor, defaultRegionFor, type Hotline, type HotlineRegion } from './hotlines.ts';
export { normalise, type NormalisedText, type NormaliseOptions } from './normalize.ts';
export {
  assessRisk,
  assessTurn,
  clearRiskCache,
  levelAtLeast,
  maxLevel,
  RISK_ASSESSOR,
  type ConversationTurn,
  type RiskResult,
  type TurnAssessment,
} from './risk.ts';
export {
  SafetyModel,
  defaultCrisisModel,
  defaultHarmfulModel,
  learnedHarmfulRequest,
  resetCrisisModel,
  resetHarmfulModel,
  type SafetyModelHeader,
  type SafetyScore,
} from './learned/index.ts';
export { detectHarmfulRequest, type HarmfulRequest } from './harmful.ts';
export { detectMethodAsk } from './method-ask.ts';
export { createOutputGuard, checkSentence, SentenceGuard } from './output-guard.ts';
export { createSafetyPreCheck } from './precheck.ts';
export {
  crisisResources,
  crisisPreface,
  crisisReminder,
  checkInPreface,
  hotlinesMarkdown,
  protocolTexts,
  PROTOCOL_VERSION,
  type CrisisResources,
} from './protocol.ts';
export {
  redact,
  findPii,
  createRedactor,
  isValidResidentId,
  luhnValid,
  type PiiSpan,
  type PiiType,
  type RedactOptions,
  type RedactResult,
} from './pii.ts';
