export {
  FakeLlmServer,
  loadTranscript,
  refusedBaseUrl,
  startFakeLlm,
  type Fault,
  type FakeLlmOptions,
  type RecordedRequest,
  type Transcript,
  type TranscriptName,
} from './server.ts';

/** Environment that points the server's OpenAI-compatible engine at a fake server, with no retries or fallback. */
export function fakeLlmEnv(baseUrl: string, redact: 'on' | 'off' | 'auto'): Record<string, string> {
  return {
    CARELLM_ENGINE: 'openai',
    CARELLM_LLM_BASE_URL: baseUrl,
    CARELLM_LLM_MODEL: 'Qwen/Qwen2.5-Omni-7B',
    CARELLM_LLM_PROFILE: 'vllm',
    CARELLM_LLM_FALLBACK: 'none',
    CARELLM_LLM_MAX_RETRIES: '0',
    CARELLM_LLM_REDACT: redact,
  };
}
