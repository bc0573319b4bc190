import type { Repository } from '../store/index.ts';
import type { TurnContext } from './stages.ts';
import type { Locale, Message, ModalityCue } from './types.ts';

export interface IntakeInput {
  sessionId: string;
  locale: Locale;
  text: string;
  meta?: Record<string, unknown>;
  cues?: ModalityCue[];
}

export interface IntakeResult {
  userMessage: Message;
  /** Earlier messages, oldest first, without the new one. */
  history: Message[];
  ctx: TurnContext;
}

/**
 * Stage 1: commit the person's message before anything else runs, so nothing they said is lost
 * even if generation or the process fails.
 */
export async function intake(store: Repository, input: IntakeInput): Promise<IntakeResult> {
  const history = await store.listMessages(input.sessionId);
  const userMessage = await store.addMessage({
    sessionId: input.sessionId,
    role: 'user',
    content: input.text,
    status: 'complete',
    meta: input.meta ?? {},
  });
  return {
    userMessage,
    history,
    ctx: {
      sessionId: input.sessionId,
      locale: input.locale,
      text: input.text,
      history: history.filter((m) => m.content !== '').map((m) => ({ role: m.role, content: m.content })),
      ...(input.cues?.length ? { cues: input.cues } : {}),
    },
  };
}
