/** Every text the OpenAI-compatible engine can show a person, in both locales. Codes are stable. */
import type { Locale } from '../../core/types.ts';

export type EngineErrorCode =
  | 'LLM_UNREACHABLE'
  | 'LLM_CONNECT_TIMEOUT'
  | 'LLM_FIRST_TOKEN_TIMEOUT'
  | 'LLM_IDLE_TIMEOUT'
  | 'LLM_RATE_LIMITED'
  | 'LLM_SERVER_ERROR'
  | 'LLM_AUTH'
  | 'LLM_BAD_REQUEST'
  | 'LLM_STREAM_BROKEN'
  | 'LLM_BAD_STREAM'
  | 'LLM_CIRCUIT_OPEN'
  | 'LLM_UNSUPPORTED_MEDIA'
  | 'LLM_CONTEXT_TOO_SMALL'
  | 'LLM_NOT_CONFIGURED';

const MESSAGES: Record<EngineErrorCode, Record<Locale, string>> = {
  LLM_UNREACHABLE: {
    'zh-CN': '无法连接到模型服务器。',
    en: 'The model server could not be reached.',
  },
  LLM_CONNECT_TIMEOUT: {
    'zh-CN': '连接模型服务器超时。',
    en: 'Connecting to the model server timed out.',
  },
  LLM_FIRST_TOKEN_TIMEOUT: {
    'zh-CN': '模型服务器迟迟没有开始回复。',
    en: 'The model server did not start replying in time.',
  },
  LLM_IDLE_TIMEOUT: {
    'zh-CN': '模型服务器在回复中途停止了响应，已保留目前收到的内容。',
    en: 'The model server stopped responding mid-reply; the text received so far was kept.',
  },
  LLM_RATE_LIMITED: {
    'zh-CN': '模型服务器当前繁忙（请求过多），请稍后再试。',
    en: 'The model server is busy (too many requests); please try again shortly.',
  },
  LLM_SERVER_ERROR: {
    'zh-CN': '模型服务器返回了错误。',
    en: 'The model server returned an error.',
  },
  LLM_AUTH: {
    'zh-CN': '模型服务器拒绝了凭据，请检查 CARELLM_LLM_API_KEY。',
    en: 'The model server rejected the credentials; check CARELLM_LLM_API_KEY.',
  },
  LLM_BAD_REQUEST: {
    'zh-CN': '模型服务器拒绝了请求，请检查模型名称和后端类型（CARELLM_LLM_MODEL、CARELLM_LLM_PROFILE）。',
    en: 'The model server rejected the request; check CARELLM_LLM_MODEL and CARELLM_LLM_PROFILE.',
  },
  LLM_STREAM_BROKEN: {
    'zh-CN': '与模型服务器的连接在回复中途断开，已保留目前收到的内容。',
    en: 'The connection to the model server broke mid-reply; the text received so far was kept.',
  },
  LLM_BAD_STREAM: {
    'zh-CN': '模型服务器发送了无法解析的数据，回复已停止，已保留目前收到的内容。',
    en: 'The model server sent data that could not be parsed; the reply stopped and the text received so far was kept.',
  },
  LLM_CIRCUIT_OPEN: {
    'zh-CN': '模型服务器最近多次失败，暂时不再尝试连接。',
    en: 'The model server failed several times recently; CareLLM is pausing requests to it.',
  },
  LLM_UNSUPPORTED_MEDIA: {
    'zh-CN': '当前模型后端不支持这种附件。',
    en: 'The configured model back end does not accept this kind of attachment.',
  },
  LLM_CONTEXT_TOO_SMALL: {
    'zh-CN': '这条消息太长，超出了模型的上下文窗口。',
    en: "This message is too long for the model's context window.",
  },
  LLM_NOT_CONFIGURED: {
    'zh-CN': '尚未配置模型服务器（CARELLM_LLM_BASE_URL、CARELLM_LLM_MODEL）。',
    en: 'No model server is configured (CARELLM_LLM_BASE_URL, CARELLM_LLM_MODEL).',
  },
};

export function errorMessage(code: EngineErrorCode, locale: Locale, detail?: string): string {
  const base = MESSAGES[code][locale];
  return detail ? `${base} (${detail})` : base;
}

/** Shown (SSE `notice`, stored on the message) when the built-in engine answers instead. */
export const FALLBACK_NOTICE: Record<Locale, string> = {
  'zh-CN': '模型服务器暂时不可用，以下回复来自离线的技能型咨询助手。',
  en: 'The model server is unavailable right now; this reply comes from the offline skills-based counsellor.',
};

export const ENGINE_LABEL: Record<Locale, string> = {
  'zh-CN': 'Qwen2.5-Omni 模型（OpenAI 兼容接口）',
  en: 'Qwen2.5-Omni model (OpenAI-compatible server)',
};
