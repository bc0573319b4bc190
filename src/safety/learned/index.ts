/** The learned crisis component: public surface. */
export {
  CrisisModel,
  CRISIS_OUTPUTS,
  HARMFUL_OUTPUTS,
  DEFAULT_CRISIS_MODEL_PATH,
  DEFAULT_HARMFUL_MODEL_PATH,
  defaultCrisisModel,
  defaultHarmfulModel,
  resetCrisisModel,
  resetHarmfulModel,
  type CrisisModelHeader,
  type CrisisScore,
} from './model.ts';
export { learnedSignal, learnedVetoed } from './signal.ts';
export { learnedHarmfulRequest, REQUEST_CUE } from './harmful-signal.ts';
