/** The learned crisis component: public surface. */
export {
  SafetyModel,
  CRISIS_OUTPUTS,
  HARMFUL_OUTPUTS,
  EXPLAINED_OUTPUTS,
  DEFAULT_CRISIS_MODEL_PATH,
  DEFAULT_HARMFUL_MODEL_PATH,
  DEFAULT_EXPLAINED_MODEL_PATH,
  defaultCrisisModel,
  defaultHarmfulModel,
  defaultExplainedModel,
  resetCrisisModel,
  resetHarmfulModel,
  resetExplainedModel,
  type SafetyModelHeader,
  type SafetyScore,
} from './model.ts';
export {
  CERTAIN,
  conversationReadsActive,
  JOINED_ACTIVE,
  learnedConfident,
  learnedSignal,
  learnedVetoed,
  REST_ACTIVE,
  restReadsActive,
} from './signal.ts';
export {
  AIM_RULE,
  AT_RISK_REFUSE,
  learnedAtRiskRefusal,
  learnedHarmfulRequest,
  netReadsHarmful,
  REQUEST_CUE,
  statesPurpose,
} from './harmful-signal.ts';
