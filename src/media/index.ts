/** Media intake and local perception: public surface of `src/media`. */
export { MEDIA_ERRORS, MediaError, isMediaError, type MediaErrorCode } from './errors.ts';
export {
  DEFAULT_MEDIA_LIMITS,
  DEFAULT_PROCESS_LIMITS,
  resolveLimits,
  type MediaLimits,
  type PartialLimits,
  type ProcessLimits,
} from './limits.ts';
export {
  detectFormat,
  sniffMedia,
  MEDIA_KINDS,
  type MediaKind,
  type MediaFormat,
  type SniffResult,
} from './sniff.ts';
export {
  runTool,
  toolAvailable,
  ToolError,
  type ToolName,
  type RunOptions,
  type RunResult,
} from './process.ts';
export { probeFile, durationOf, type MediaProbe, type ProbedStream } from './probe.ts';
export {
  saveAttachment,
  deleteSessionMedia,
  listSessionMedia,
  readAttachment,
  sessionMediaDir,
  attachmentDir,
  mediaRoot,
  type AttachmentRecord,
  type SaveAttachmentInput,
} from './storage.ts';
export { stripImageMetadata, type StripResult } from './image-meta.ts';
export { decodeRgb, type RgbImage } from './image.ts';
export { convertToWav16k, parseWav, readWav, encodeWav, ASR_SAMPLE_RATE, type PcmAudio } from './audio.ts';
export {
  ingestUpload,
  backendMedia,
  type BackendMedia,
  type IngestInput,
  type IngestResult,
  type IngestDerived,
  type IngestCues,
} from './ingest.ts';
export { analyseVoice, VOICE_CUES_NOTE, type VoiceCues, type VoiceFeatures, type Cue } from './voice-cues.ts';
export {
  analyseFaces,
  faceAnalysisAvailable,
  combineFrames,
  EXPRESSIONS,
  type FaceCues,
  type DetectedFace,
  type Expression,
} from './face.ts';
export {
  synthesizeSpeech,
  speakableText,
  voicesFor,
  TTS_VOICES,
  DEFAULT_TTS_VOICE,
  type SpeechRequest,
  type SpeechAudio,
  type TtsVoice,
} from './tts.ts';
export {
  transcriptionAvailability,
  createTranscriber,
  transcribeWithOmni,
  buildTranscriptionRequest,
  cleanTranscript,
  profileAcceptsAudio,
  detectSherpaModel,
  probeSherpaModel,
  createSherpaTranscriber,
  SherpaModelError,
  SHERPA_MODEL_TYPES,
  UNAVAILABLE_REASONS,
  TRANSCRIBE_SYSTEM_PROMPT,
  type TranscriptionConfig,
  type TranscriptionAvailability,
  type TranscriptionProvider,
  type Transcriber,
  type Transcript,
  type TranscribeOptions,
  type OmniTranscriptionConfig,
  type TranscriptionEndpoint,
  type SherpaModelType,
  type SherpaModelOptions,
  type DetectedSherpaModel,
} from './transcription/index.ts';
