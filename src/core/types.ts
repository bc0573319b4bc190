/** Domain types shared by every capability. Pure data: no I/O lives in `core`. */

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export type Role = 'user' | 'assistant' | 'system';

/** Lifecycle of a stored message. Assistant messages start as `streaming` at the first token. */
export type MessageStatus = 'complete' | 'streaming' | 'interrupted' | 'error';

export interface Session {
  id: string;
  title: string;
  locale: Locale;
  createdAt: string;
  updatedAt: string;
  /** Safety flags raised during the session, e.g. `crisis`. */
  flags: string[];
}

export interface Message {
  id: string;
  sessionId: string;
  role: Role;
  content: string;
  status: MessageStatus;
  createdAt: string;
  updatedAt: string;
  /** Structured extras: engine bookkeeping, attachments, fallback notices. */
  meta: Record<string, unknown>;
}

/** One analysis record attached to a message (risk, emotion, safety action, ...). */
export interface AnalysisRecord {
  id: string;
  sessionId: string;
  messageId: string;
  kind: string;
  data: unknown;
  createdAt: string;
}

export type RiskLevel = 'none' | 'low' | 'high' | 'imminent';
export const RISK_LEVELS: readonly RiskLevel[] = ['none', 'low', 'high', 'imminent'];

export interface EvidenceSpan {
  /** Offsets in UTF-16 code units of the assessed text. */
  start: number;
  end: number;
  text: string;
  /** Which turn the span came from: 0 is the current message, 1 the one before, ... */
  turn?: number;
  rule?: string;
}

export interface RiskAssessment {
  level: RiskLevel;
  reasons: string[];
  evidence: EvidenceSpan[];
  /** Name and version of the assessor, so every stored record says what produced it. */
  assessor: string;
  /** True while the stage is a placeholder that cannot detect anything. */
  placeholder?: boolean;
}

export interface EmotionLabelScore {
  label: string;
  score: number;
}

export interface EmotionReading {
  labels: EmotionLabelScore[];
  predicted: string[];
  /** Optional richer output (indicators, evidence words, modality cues). */
  details?: Record<string, unknown>;
  analyser: string;
  placeholder?: boolean;
}

/** A non-text emotion cue (voice prosody, facial expression) for one message, with its own confidence. */
export interface ModalityCue {
  modality: 'voice' | 'face' | (string & {});
  /** Label → score in [0, 1]: GoEmotions labels or Ekman group names. */
  scores: Record<string, number>;
  /** How far the cue can be trusted, in [0, 1]. */
  confidence: number;
  source?: string;
}
