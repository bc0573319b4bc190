export { Cleaner, CLEAN_STEPS, conversationFingerprint, conversationKey, estimateTokens, parseCleanSteps } from './cleaner.ts';
export type { CleanOptions, CleanReport, CleanStepName, StepReport } from './cleaner.ts';
export { detectLanguage, type LanguageTag } from './language.ts';
export { normalizeText, type WidthMode } from './normalize.ts';
export { MinHashLsh, similarityKey } from './minhash.ts';
export { Fingerprint64Set, fingerprint, Hash64 } from './hashset.ts';
export { SafetyUnavailableError, loadRedactor, loadRiskAssessor } from './safety-adapter.ts';
