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
}

export interface Notice {
  code: string;
  message: string;
}

/** Events of one turn, as sent on the SSE stream of POST /api/sessions/:id/messages. */
export type TurnEvent =
  | { type: 'turn'; data: { userMessageId: string } }
  | { type: 'risk'; data: RiskEvent }
  | {
      type: 'emotion';
      data: { labels: { label: string; score: number }[]; predicted: string[]; placeholder?: boolean };
    }
  | { type: 'safety'; data: { kind: string; action: string } }
  | { type: 'notice'; data: Notice }
  | { type: 'text-delta'; data: { text: string } }
  | { type: 'done'; data: { messageId: string | null; status: MessageStatus; finishReason: string } }
  | { type: 'error'; data: { code: string; message: string; messageId?: string | null } };
