/** The learned crisis component: public surface. */
export {
  CrisisModel,
  CRISIS_OUTPUTS,
  DEFAULT_CRISIS_MODEL_PATH,
  defaultCrisisModel,
  resetCrisisModel,
  type CrisisModelHeader,
  type CrisisScore,
} from './model.ts';
export { learnedSignal, learnedVetoed } from './signal.ts';
