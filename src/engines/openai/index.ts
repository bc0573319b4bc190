import type { Config } from '../../config/index.ts';
import type { RedactorFactory } from '../types.ts';
import { OpenAICompatibleEngine, type OpenAIEngineOptions } from './engine.ts';

export {
  OpenAICompatibleEngine,
  classifyError,
  AUDIO_SAMPLE_RATE,
  type OpenAIEngineOptions,
} from './engine.ts';
export { withFallback, FALLBACK_NOTICE_CODE } from './fallback.ts';
export {
  PROFILES,
  getProfile,
  mediaPart,
  mediaProblem,
  type Profile,
  type ProfileName,
  type PartShape,
} from './profiles.ts';
export { buildPrompt, contextBlock, PromptError, type ChatMessage } from './prompt.ts';
export { estimateTokens, estimateMessageTokens, planBudget, truncateToTokens } from './budget.ts';
export { localSummary, findStoredSummary, type StoredSummary } from './summary.ts';
export { StreamRestorer, isLoopbackUrl, redactionEnabled } from './redaction.ts';
export { CircuitBreaker, parseRetryAfter, retryDelayMs } from './resilience.ts';
export { errorMessage, FALLBACK_NOTICE, type EngineErrorCode } from './messages.ts';

/** Engine options from the validated configuration (llm.* settings). */
export function openAIOptionsFromConfig(
  config: Readonly<Config>,
  extra: { redactor?: RedactorFactory } = {},
): OpenAIEngineOptions {
  const llm = config.llm;
  return {
    baseUrl: llm.baseUrl,
    model: llm.model,
    apiKey: llm.apiKey,
    profile: llm.profile,
    contextWindow: llm.contextWindow,
    maxOutputTokens: llm.maxOutputTokens,
    connectTimeoutMs: llm.connectTimeoutMs,
    firstTokenTimeoutMs: llm.firstTokenTimeoutMs,
    idleTimeoutMs: llm.idleTimeoutMs,
    maxRetries: llm.maxRetries,
    redact: llm.redact,
    ...(extra.redactor ? { redactor: extra.redactor } : {}),
  };
}

export function createOpenAIEngine(options: OpenAIEngineOptions): OpenAICompatibleEngine {
  return new OpenAICompatibleEngine(options);
}
