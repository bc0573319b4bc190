/** Shapes of the CareLLM HTTP API as the browser sees them (see docs/ and src/server/routes). */

export type Locale = 'zh-CN' | 'en';
export type Bilingual = Record<Locale, string>;
export type MessageStatus = 'complete' | 'streaming' | 'interrupted' | 'error';
export type RiskLevel = 'none' | 'low' | 'high' | 'imminent';

export interface EngineInfo {
  id: string;
  label: Bilingual;
  kind: string;
  model?: string;
  profile?: string;
  capabilities: { input: string[]; audioOutput: boolean; offline: boolean };
}

export interface AppInfo {
  name: string;
  version: string;
  defaultLocale: Locale;
  engine: EngineInfo;
  stages: { safety: string; emotion: string; outputGuard: string; [stage: string]: string };
  limits: { maxMessageChars: number };
}

export interface Session {
  id: string;
  title: string;
  locale: Locale;
  flags: string[];
  createdAt: string;
  updatedAt: string;
}

export interface Message {
  id: string;
  role: 'user' | 'assistant' | 'system';
  content: string;
  status: MessageStatus;
  meta: Record<string, unknown>;
  createdAt: string;
}

export interface Analysis {
  messageId: string;
  kind: string;
  data: unknown;
}

export interface SessionDetail extends Session {
  messages: Message[];
  analyses: Analysis[];
}

export interface Hotline {
  number: string;
  url?: string;
  name: Bilingual;
  hours: Bilingual;
  source: string;
  verified: string;
}

export interface HotlineRegion {
  id: string;
  name: Bilingual;
  emergency: string;
  lines: Hotline[];
}

export interface StepList {
  title: string;
  steps: string[];
}

export interface CrisisResources {
  locale: Locale;
  message: string;
  safetyQuestion: string;
  grounding: StepList;
  safetyPlan: StepList;
  regions: HotlineRegion[];
}

export interface RiskEvent {
  level: RiskLevel;
  reasons: string[];
  evidence: unknown[];
  placeholder?: boolean;
  crisis?: CrisisResources;
  /** Someone else's risk was described ("my friend wants to die"): guidance for the helper. */
  concernForOther?: boolean;
  helpFriend?: string;
}

export interface Notice {
  code: string;
  message: string;
}

/** Events of one turn, as sent on the SSE stream of POST /api/sessions/:id/messages. */
export type TurnEvent =
  | { type: 'turn'; data: { userMessageId: string } }
  | { type: 'risk'; data: RiskEvent }
  | { type: 'emotion'; data: EmotionReading }
  | { type: 'safety'; data: SafetyActionEvent }
  | { type: 'notice'; data: Notice }
  | { type: 'text-delta'; data: { text: string } }
  /** Omni speech: base64 PCM16 mono, with the transcript of what it says (played only once that text arrived). */
  | { type: 'audio-delta'; data: { data: string; sampleRate: number; format: string; transcript?: string } }
  | { type: 'done'; data: { messageId: string | null; status: MessageStatus; finishReason: string } }
  | { type: 'error'; data: { code: string; message: string; messageId?: string | null } };

// ---------- emotion, screening, suggestions, report (docs/emotion.md) ----------

export interface EvidenceSpan {
  /** UTF-16 offsets into the message text. */
  start: number;
  end: number;
  text: string;
  rule?: string;
  turn?: number;
}

export type IndicatorId = 'anxiety' | 'low_mood' | 'stress' | 'anger' | 'loneliness' | 'sleep';
export type IndicatorLevel = 'none' | 'some' | 'notable';

export interface IndicatorReading {
  score: number;
  level: IndicatorLevel;
  evidence: EvidenceSpan[];
  peak?: number;
}

export interface EmotionDetails {
  language?: 'en' | 'zh';
  scores?: Record<string, number>;
  evidence?: Record<string, EvidenceSpan[]>;
  ekman?: { scores: Record<string, number>; predicted: string[] };
  sentiment?: { scores: Record<string, number>; predicted: string[] };
  indicators?: Partial<Record<IndicatorId, IndicatorReading>>;
  sessionIndicators?: Partial<Record<IndicatorId, IndicatorReading>>;
  modalities?: { modality: string; confidence: number }[];
}

export interface EmotionReading {
  labels: { label: string; score: number }[];
  predicted: string[];
  analyser?: string;
  placeholder?: boolean;
  details?: EmotionDetails;
}

export type InstrumentId = 'phq9' | 'gad7';

/** The `safety` event; a check-in offer carries the instrument and the text to show. */
export interface SafetyActionEvent {
  kind: string;
  action: string;
  instrument?: InstrumentId;
  text?: string;
}

export interface CheckInOffer {
  instrument: InstrumentId;
  text: string;
}

export interface Instrument {
  id: InstrumentId;
  title: string;
  instructions: string;
  items: string[];
  options: { value: number; label: string }[];
  bands: { id: string; min: number; max: number; label: string }[];
  functionItem?: { text: string; options: string[] };
  source: string;
}

export interface ScreeningResult {
  id: string;
  createdAt: string;
  sessionId: string | null;
  instrument: InstrumentId;
  score: number;
  maxScore: number;
  band: string;
  bandLabel: string;
  severity: number;
  item9?: number;
  crisis: boolean;
  furtherEvaluation: boolean;
  notes: string[];
  resources?: { message: string; regions: HotlineRegion[]; source: string };
}

export interface ScreeningRecord {
  id: string;
  sessionId: string | null;
  instrument: InstrumentId;
  score: number;
  band: string;
  bandLabel: string;
  severity: number | null;
  crisis: boolean;
  createdAt: string;
}

export interface Suggestion {
  id: string;
  title: string;
  summary: string;
  steps: string[];
  evidence: string;
  reason: string;
  score: number;
}

export interface EmotionReport {
  scope: 'session' | 'all';
  locale: Locale;
  generatedAt: string;
  sessions: { id: string; title: string; createdAt: string }[];
  messageCount: number;
  analyser: string;
  trajectory: {
    messageId: string;
    sessionId: string;
    at: string;
    top: string;
    predicted: string[];
    positive: number;
    negative: number;
    indicators: Record<IndicatorId, number>;
  }[];
  distribution: { label: string; count: number }[];
  indicators: Record<IndicatorId, { label: string; score: number; level: IndicatorLevel; peak: number }>;
  screenings: {
    id: string;
    sessionId: string | null;
    instrument: InstrumentId;
    title: string;
    score: number;
    band: string;
    bandLabel: string;
    crisis: boolean;
    at: string;
  }[];
  keyMoments: {
    messageId: string;
    sessionId: string;
    at: string;
    text: string;
    labels: string[];
    why: string;
  }[];
  suggestions: Suggestion[];
  disclaimer: string;
}
