/**
 * Choosing how a voice turn gets its transcript, in order of preference:
 *   1. a local sherpa-onnx model folder the user configured;
 *   2. the configured OpenAI-compatible Omni back end (chat with an audio part, or /audio/transcriptions);
 *   3. none — voice input is disabled with an explanation, never silently sent on untranscribed.
 * A configured local model that is broken does NOT fall back to the remote server: the user chose
 * local processing, so the audio stays here and voice is reported unavailable with the reason.
 */
import type { Locale } from '../../core/types.ts';
import type { ProfileName } from '../../engines/openai/profiles.ts';
import { MediaError } from '../errors.ts';
import { profileAcceptsAudio, transcribeWithOmni, type OmniTranscriptionConfig } from './omni.ts';
import {
  createSherpaTranscriber,
  detectSherpaModel,
  sherpaModulePath,
  type SherpaModelOptions,
} from './sherpa.ts';
import type { Transcriber } from './types.ts';

export interface TranscriptionConfig {
  /** Folder of a sherpa-onnx offline model (e.g. SenseVoice). */
  localModelDir?: string;
  localModel?: SherpaModelOptions;
  /** The configured back end; used when no local model is configured. */
  omni?: OmniTranscriptionConfig | null;
  /** False forbids sending audio to the back end for transcription (privacy setting). */
  allowRemote?: boolean;
}

export type TranscriptionProvider = 'sherpa-onnx' | 'omni';

export type TranscriptionAvailability =
  | { available: true; provider: TranscriptionProvider; detail: string }
  | { available: false; reason: Record<Locale, string>; code: string };

export const UNAVAILABLE_REASONS = {
  NONE_CONFIGURED: {
    en: 'Voice input is off: no speech recognition is set up. Configure a local sherpa-onnx model folder (CARELLM_ASR_MODEL_DIR) or a back end that accepts audio (vLLM, vLLM-Omni, DashScope or llama.cpp with Qwen2.5-Omni).',
    'zh-CN':
      '语音输入已关闭：尚未配置语音识别。请配置本地 sherpa-onnx 模型文件夹（CARELLM_ASR_MODEL_DIR），或使用支持音频输入的后端（vLLM、vLLM-Omni、DashScope 或运行 Qwen2.5-Omni 的 llama.cpp）。',
  },
  PROFILE_NO_AUDIO: {
    en: 'Voice input is off: the configured back end does not accept audio, and no local speech-recognition model is set up.',
    'zh-CN': '语音输入已关闭：当前后端不接受音频输入，且未配置本地语音识别模型。',
  },
  REMOTE_NOT_ALLOWED: {
    en: 'Voice input is off: sending audio to the remote back end is not allowed by the settings, and no local speech-recognition model is set up.',
    'zh-CN': '语音输入已关闭：设置不允许把音频发送到远程后端，且未配置本地语音识别模型。',
  },
  LOCAL_MODEL_BROKEN: {
    en: 'Voice input is off: the configured local speech-recognition model folder is missing or not a usable sherpa-onnx model. Check CARELLM_ASR_MODEL_DIR.',
    'zh-CN':
      '语音输入已关闭：配置的本地语音识别模型文件夹不存在或不是可用的 sherpa-onnx 模型。请检查 CARELLM_ASR_MODEL_DIR。',
  },
  SHERPA_MISSING: {
    en: 'Voice input is off: a local model folder is configured but the sherpa-onnx-node package is not installed.',
    'zh-CN': '语音输入已关闭：已配置本地模型文件夹，但未安装 sherpa-onnx-node。',
  },
} as const satisfies Record<string, Record<Locale, string>>;

const unavailable = (code: keyof typeof UNAVAILABLE_REASONS): TranscriptionAvailability => ({
  available: false,
  code,
  reason: UNAVAILABLE_REASONS[code],
});

function omniUsable(config: TranscriptionConfig): TranscriptionAvailability {
  const omni = config.omni;
  if (!omni || !omni.baseUrl || !omni.model) return unavailable('NONE_CONFIGURED');
  if (config.allowRemote === false) return unavailable('REMOTE_NOT_ALLOWED');
  const endpoint = omni.endpoint ?? 'chat';
  if (endpoint === 'chat' && !profileAcceptsAudio(omni.profile as ProfileName))
    return unavailable('PROFILE_NO_AUDIO');
  return { available: true, provider: 'omni', detail: `${omni.profile} (${endpoint})` };
}

/**
 * Whether voice input can be transcribed, and how. Cheap: checks the local folder layout but does
 * not load the model (the first transcription does, and reports a broken model then).
 */
export function transcriptionAvailability(config: TranscriptionConfig): TranscriptionAvailability {
  if (config.localModelDir) {
    if (!sherpaModulePath()) return unavailable('SHERPA_MISSING');
    try {
      const model = detectSherpaModel(config.localModelDir, config.localModel);
      return { available: true, provider: 'sherpa-onnx', detail: model.type };
    } catch {
      return unavailable('LOCAL_MODEL_BROKEN');
    }
  }
  return omniUsable(config);
}

/** The transcriber to use; throws TRANSCRIPTION_UNAVAILABLE (with the reason) or an ASR_MODEL_* error. */
export async function createTranscriber(config: TranscriptionConfig): Promise<Transcriber> {
  const availability = transcriptionAvailability(config);
  if (!availability.available) {
    if (availability.code === 'LOCAL_MODEL_BROKEN')
      detectSherpaModel(config.localModelDir!, config.localModel); // throws the precise error
    throw new MediaError('TRANSCRIPTION_UNAVAILABLE', { reason: availability.code });
  }
  if (availability.provider === 'sherpa-onnx')
    return createSherpaTranscriber(config.localModelDir!, config.localModel);
  const omni = config.omni!;
  return {
    provider: `omni:${omni.profile}:${omni.endpoint ?? 'chat'}`,
    transcribe: (wavPath, options) => transcribeWithOmni(omni, wavPath, options),
  };
}

export type { Transcriber, Transcript, TranscribeOptions } from './types.ts';
export {
  transcribeWithOmni,
  buildTranscriptionRequest,
  cleanTranscript,
  profileAcceptsAudio,
  TRANSCRIBE_SYSTEM_PROMPT,
  type OmniTranscriptionConfig,
  type TranscriptionEndpoint,
} from './omni.ts';
export {
  detectSherpaModel,
  probeSherpaModel,
  createSherpaTranscriber,
  SherpaModelError,
  SHERPA_MODEL_TYPES,
  type SherpaModelType,
  type SherpaModelOptions,
  type DetectedSherpaModel,
} from './sherpa.ts';
