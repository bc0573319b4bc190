export * from './types.ts';
export type { TurnEvent } from './events.ts';
export type {
  TurnContext,
  SafetyAction,
  PreCheckResult,
  SafetyPreCheck,
  EmotionAnalyser,
  GuardOutput,
  OutputGuard,
  OutputGuardFactory,
  FollowUpStage,
} from './stages.ts';
export { placeholderSafety, placeholderEmotion, passThroughGuard } from './placeholders.ts';
export { runTurn, type PipelineDeps, type TurnInput } from './pipeline.ts';
export { intake } from './intake.ts';
export { AssistantWriter } from './assistant-writer.ts';
export { buildEngineRequest, generate } from './generation.ts';
