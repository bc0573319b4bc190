import type { EmotionReading, Locale, Message, ModalityCue, RiskAssessment } from './types.ts';

/** What the pre-generation stages see: the current text plus recent turns, oldest first. */
export interface TurnContext {
  sessionId: string;
  locale: Locale;
  text: string;
  /** Earlier messages of the session (excluding the current one), oldest first. */
  history: Pick<Message, 'role' | 'content'>[];
  /** Voice and face cues from this turn's media, for emotion fusion. */
  cues?: ModalityCue[];
}

/** A safety action the client must hear about before the text it explains (SSE `safety`). */
export interface SafetyAction {
  kind:
    | 'crisis-protocol'
    | 'harmful-request'
    | 'harmful-request-suspected'
    | 'output-blocked'
    | 'check-in'
    | string;
  action: string;
  [key: string]: unknown;
}

export interface PreCheckResult {
  risk: RiskAssessment;
  /** Fixed text that opens the reply whatever the engine does (crisis protocol). Never model-made. */
  preface?: string;
  /** When set, no engine runs: this text is the whole reply (e.g. refusal of a harmful request). */
  replaceReply?: string;
  /** Instructions handed to the engine, e.g. "stay with the person, encourage contacting help". */
  guidance?: string[];
  /** Flags to add to the session, e.g. `crisis`. */
  sessionFlags?: string[];
  actions?: SafetyAction[];
  /** Extra data for the client's `risk` event (e.g. hotlines to pin). */
  extra?: Record<string, unknown>;
}

export interface SafetyPreCheck {
  readonly name: string;
  check(ctx: TurnContext): PreCheckResult | Promise<PreCheckResult>;
}

export interface EmotionAnalyser {
  readonly name: string;
  analyse(ctx: TurnContext): EmotionReading | Promise<EmotionReading>;
}

/** Output of the post-check for a chunk of engine text. */
export type GuardOutput =
  { type: 'text'; text: string } | { type: 'blocked'; action: SafetyAction; replacement: string };

/**
 * Safety post-check on the engine's stream. One guard per reply: `push` text as it arrives,
 * `end` once the engine is done. The guard may hold text back until a sentence is complete.
 */
export interface OutputGuard {
  push(text: string): GuardOutput[];
  end(): GuardOutput[];
}

export interface OutputGuardFactory {
  readonly name: string;
  create(ctx: TurnContext & { risk: RiskAssessment }): OutputGuard;
}

/**
 * Optional stage after emotion analysis: proposes one action to the person, such as offering a short
 * screening check-in. It never runs while a crisis protocol is active.
 */
export interface FollowUpStage {
  readonly name: string;
  propose(
    ctx: TurnContext & { risk: RiskAssessment; emotion: EmotionReading; userTurn: number },
  ): SafetyAction | null | Promise<SafetyAction | null>;
}
