/** Voice, photo and video input, and spoken replies, for the web UI (see docs/multimodal.md). */
import './media.css';

export type { Attachment, AudioDelta, MediaKind, OutgoingMedia, VoiceInfo } from './types.ts';
export { attachmentsOf, pendingAttachmentMeta, typedText, withAttachmentUrls } from './attachments.ts';
export {
  AttachButton,
  DropHint,
  MediaProblems,
  PendingAttachments,
  SpeakingBar,
  VoiceBar,
  VoiceButtons,
  VoiceNote,
} from './ComposerMedia.tsx';
export { MessageAttachments } from './MessageAttachments.tsx';
export { ReadAloudButton, useAutoSpeak } from './ReadAloud.tsx';
export { createReplyAudio, type ReplyAudio } from './reply-audio.ts';
export { SpeechSettings } from './SpeechSettings.tsx';
export { useComposerMedia, type SendWithMedia } from './useComposerMedia.ts';
