import type { EngineMessage, EngineRequest, EngineStreamPart } from '../../../src/engines/types.ts';
import { OpenAICompatibleEngine, type OpenAIEngineOptions } from '../../../src/engines/openai/index.ts';
import type { FakeLlmServer } from '../../support/fake-llm/index.ts';

/** An engine pointed at the fake server, with short timeouts and no real waiting between retries. */
export function engineFor(
  fake: FakeLlmServer | string,
  overrides: Partial<OpenAIEngineOptions> = {},
): OpenAICompatibleEngine {
  return new OpenAICompatibleEngine({
    baseUrl: typeof fake === 'string' ? fake : fake.baseUrl,
    model: 'Qwen/Qwen2.5-Omni-7B',
    profile: 'vllm',
    contextWindow: 32768,
    maxOutputTokens: 512,
    connectTimeoutMs: 1000,
    // Generous by default so a loaded CI machine cannot trip them; timeout tests set their own.
    firstTokenTimeoutMs: 5000,
    idleTimeoutMs: 5000,
    maxRetries: 2,
    redact: 'off',
    summaryMode: 'local',
    sleep: async () => {},
    ...overrides,
  });
}

export function requestOf(
  messages: EngineMessage[] | string,
  extra: Partial<EngineRequest> = {},
): EngineRequest {
  const list: EngineMessage[] =
    typeof messages === 'string' ? [{ role: 'user', content: messages }] : messages;
  return {
    sessionId: 's1',
    locale: 'zh-CN',
    messages: list,
    context: { guidance: [] },
    signal: new AbortController().signal,
    ...extra,
  };
}

export async function collect(stream: AsyncIterable<EngineStreamPart>): Promise<EngineStreamPart[]> {
  const parts: EngineStreamPart[] = [];
  for await (const p of stream) parts.push(p);
  return parts;
}

export const textOf = (parts: EngineStreamPart[]): string =>
  parts.map((p) => (p.type === 'text-delta' ? p.text : '')).join('');

export const errorOf = (parts: EngineStreamPart[]) => {
  const e = parts.find((p) => p.type === 'error');
  return e && e.type === 'error' ? e.error : undefined;
};
