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
