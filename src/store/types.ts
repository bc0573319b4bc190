import type { AnalysisRecord, Locale, Message, MessageStatus, Role, Session } from '../core/types.ts';

export interface NewSession {
  locale: Locale;
  title?: string;
}

export interface NewMessage {
  sessionId: string;
  role: Role;
  content: string;
  status: MessageStatus;
  meta?: Record<string, unknown>;
}

export interface MessagePatch {
  content?: string;
  status?: MessageStatus;
  meta?: Record<string, unknown>;
}

export interface NewAnalysis {
  sessionId: string;
  messageId: string;
  kind: string;
  data: unknown;
}

/** An audit event never carries message text: only kinds, levels and ids. */
export interface AuditEvent {
  id: string;
  sessionId: string | null;
  kind: string;
  data: Record<string, unknown>;
  createdAt: string;
}

export interface ScreeningRecord {
  id: string;
  sessionId: string | null;
  instrument: string;
  answers: number[];
  score: number;
  band: string;
  data: Record<string, unknown>;
  createdAt: string;
}

export interface SuggestionFeedback {
  id: string;
  sessionId: string | null;
  suggestionId: string;
  helpful: boolean;
  createdAt: string;
}

/**
 * The one repository every caller uses. Every method is async so a networked implementation
 * (PostgreSQL) fits behind the same interface without changing callers.
 */
export interface Repository {
  readonly kind: string;

  createSession(input: NewSession): Promise<Session>;
  getSession(id: string): Promise<Session | null>;
  listSessions(): Promise<Session[]>;
  updateSession(
    id: string,
    patch: { title?: string; locale?: Locale; flags?: string[] },
  ): Promise<Session | null>;
  /** Deletes the session with its messages and analysis records. Returns false if it did not exist. */
  deleteSession(id: string): Promise<boolean>;

  addMessage(input: NewMessage): Promise<Message>;
  updateMessage(id: string, patch: MessagePatch): Promise<Message | null>;
  getMessage(id: string): Promise<Message | null>;
  listMessages(sessionId: string): Promise<Message[]>;

  addAnalysis(input: NewAnalysis): Promise<AnalysisRecord>;
  listAnalyses(sessionId: string, kind?: string): Promise<AnalysisRecord[]>;

  addAuditEvent(event: {
    sessionId: string | null;
    kind: string;
    data: Record<string, unknown>;
  }): Promise<AuditEvent>;
  listAuditEvents(sessionId?: string): Promise<AuditEvent[]>;

  addScreening(input: Omit<ScreeningRecord, 'id' | 'createdAt'>): Promise<ScreeningRecord>;
  /** Screenings, oldest first; all sessions when `sessionId` is omitted. */
  listScreenings(filter?: { sessionId?: string; instrument?: string }): Promise<ScreeningRecord[]>;

  addSuggestionFeedback(input: Omit<SuggestionFeedback, 'id' | 'createdAt'>): Promise<SuggestionFeedback>;
  listSuggestionFeedback(): Promise<SuggestionFeedback[]>;

  /** Crash recovery: every message still `streaming` becomes `interrupted`. Returns how many. */
  recoverInterrupted(): Promise<number>;
  /** Cheap liveness probe for readiness checks. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
