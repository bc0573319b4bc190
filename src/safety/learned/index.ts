/** The learned crisis component: public surface. */
export {
  SafetyModel,
  CRISIS_OUTPUTS,
  HARMFUL_OUTPUTS,
  DEFAULT_CRISIS_MODEL_PATH,
  DEFAULT_HARMFUL_MODEL_PATH,
  defaultCrisisModel,
  defaultHarmfulModel,
  resetCrisisModel,
  resetHarmfulModel,
  type SafetyModelHeader,
  type SafetyScore,
} from './model.ts';
export {
  CERTAIN,
  learnedConfident,
  learnedSignal,
  learnedVetoed,
  REST_ACTIVE,
  restReadsActive,
} from './signal.ts';
export {
  AT_RISK_REFUSE,
  learnedAtRiskRefusal,
  learnedHarmfulRequest,
  REQUEST_CUE,
  statesPurpose,
} from './harmful-signal.ts';
