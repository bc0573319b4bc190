import type { SafetyAction } from './stages.ts';
import type { EmotionReading, MessageStatus, RiskAssessment } from './types.ts';

/** Events of one turn, in the order a client receives them (SSE event name = `type`). */
export type TurnEvent =
  | { type: 'turn'; data: { sessionId: string; userMessageId: string } }
  | { type: 'risk'; data: RiskAssessment & Record<string, unknown> }
  | { type: 'emotion'; data: EmotionReading }
  | { type: 'safety'; data: SafetyAction }
  | { type: 'notice'; data: { code: string; message: string } }
  | { type: 'text-delta'; data: { text: string } }
  | { type: 'audio-delta'; data: { data: string; sampleRate: number; format: string; transcript?: string } }
  | {
      type: 'done';
      data: {
        sessionId: string;
        userMessageId: string;
        messageId: string | null;
        status: MessageStatus;
        finishReason: string;
        engine: string;
      };
    }
  | { type: 'error'; data: { code: string; message: string; messageId?: string | null } };
