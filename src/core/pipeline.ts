import type { Engine } from '../engines/types.ts';
import type { Repository } from '../store/index.ts';
import { AssistantWriter } from './assistant-writer.ts';
import type { TurnEvent } from './events.ts';
import { buildEngineRequest, generate } from './generation.ts';
import { intake } from './intake.ts';
import type {
  EmotionAnalyser,
  FollowUpStage,
  GuardOutput,
  OutputGuardFactory,
  SafetyPreCheck,
} from './stages.ts';
import type { Locale, MessageStatus, ModalityCue } from './types.ts';

export interface PipelineDeps {
  store: Repository;
  engine: Engine;
  safety: SafetyPreCheck;
  emotion: EmotionAnalyser;
  outputGuard: OutputGuardFactory;
  /** Optional: proposes an action after the emotion stage (e.g. a screening check-in). */
  followUp?: FollowUpStage;
  /** How often a growing reply is rewritten to the store (ms). */
  flushMs?: number;
}

export interface TurnInput {
  sessionId: string;
  locale: Locale;
  text: string;
  meta?: Record<string, unknown>;
  /** Voice and face cues from this turn's media. */
  cues?: ModalityCue[];
  wantAudio?: boolean;
  signal: AbortSignal;
}

/**
 * One user turn, in order: intake → safety pre-check → emotion analysis → generation →
 * safety post-check → persist → events. The server and the CLI both drive this generator.
 * If the consumer stops early or the signal aborts, the partial reply is kept as `interrupted`.
 */
export async function* runTurn(deps: PipelineDeps, input: TurnInput): AsyncGenerator<TurnEvent> {
  const { store } = deps;
  const { userMessage, history, ctx } = await intake(store, input);
  yield { type: 'turn', data: { sessionId: input.sessionId, userMessageId: userMessage.id } };

  const pre = await deps.safety.check(ctx);
  await store.addAnalysis({
    sessionId: input.sessionId,
    messageId: userMessage.id,
    kind: 'risk',
    data: pre.risk,
  });
  if (pre.sessionFlags?.length) {
    const session = await store.getSession(input.sessionId);
    if (session) {
      const flags = [...new Set([...session.flags, ...pre.sessionFlags])];
      await store.updateSession(input.sessionId, { flags });
    }
  }
  yield { type: 'risk', data: { ...pre.risk, ...(pre.extra ?? {}) } };

  const emotion = await deps.emotion.analyse(ctx);
  await store.addAnalysis({
    sessionId: input.sessionId,
    messageId: userMessage.id,
    kind: 'emotion',
    data: emotion,
  });
  yield { type: 'emotion', data: emotion };

  if (deps.followUp && pre.risk.level !== 'high' && pre.risk.level !== 'imminent') {
    const userTurn = history.filter((m) => m.role === 'user').length + 1;
    const proposal = await deps.followUp.propose({ ...ctx, risk: pre.risk, emotion, userTurn });
    if (proposal) {
      await store.addAnalysis({
        sessionId: input.sessionId,
        messageId: userMessage.id,
        kind: 'follow-up',
        data: { ...proposal, userTurn },
      });
      yield { type: 'safety', data: proposal };
    }
  }

  const writer = new AssistantWriter(store, input.sessionId, deps.flushMs);
  let status: MessageStatus = 'complete';
  let finishReason = 'stop';
  let finalised = false;
  const finish = async (): Promise<string | null> => {
    finalised = true;
    return writer.finalise(status);
  };

  try {
    for (const action of pre.actions ?? []) {
      await store.addAuditEvent({
        sessionId: input.sessionId,
        kind: `safety.${action.kind}`,
        data: { action: action.action, level: pre.risk.level },
      });
      yield { type: 'safety', data: action };
    }
    if (pre.preface) {
      await writer.append(pre.preface);
      yield { type: 'text-delta', data: { text: pre.preface } };
    }

    if (pre.replaceReply !== undefined) {
      await writer.append(pre.replaceReply);
      yield { type: 'text-delta', data: { text: pre.replaceReply } };
    } else {
      const guard = deps.outputGuard.create({ ...ctx, risk: pre.risk });
      const request = buildEngineRequest({
        sessionId: input.sessionId,
        locale: input.locale,
        history,
        userMessage,
        pre,
        emotion,
        wantAudio: input.wantAudio,
        signal: input.signal,
      });
      const emit = async function* (outputs: GuardOutput[]): AsyncGenerator<TurnEvent> {
        for (const out of outputs) {
          if (out.type === 'blocked') {
            await store.addAuditEvent({
              sessionId: input.sessionId,
              kind: `safety.${out.action.kind}`,
              data: { action: out.action.action },
            });
            yield { type: 'safety', data: out.action };
            if (out.replacement !== '') {
              await writer.append(out.replacement);
              yield { type: 'text-delta', data: { text: out.replacement } };
            }
          } else if (out.text !== '') {
            await writer.append(out.text);
            yield { type: 'text-delta', data: { text: out.text } };
          }
        }
      };

      for await (const part of generate(deps.engine, request)) {
        if (part.type === 'text-delta') {
          yield* emit(guard.push(part.text));
        } else if (part.type === 'audio-delta') {
          yield {
            type: 'audio-delta',
            data: {
              data: part.data,
              sampleRate: part.sampleRate,
              format: part.format,
              ...(part.transcript ? { transcript: part.transcript } : {}),
            },
          };
        } else if (part.type === 'metadata') {
          writer.setMeta({ engine: part.data });
        } else if (part.type === 'notice') {
          writer.setMeta({ notice: { code: part.code, message: part.message } });
          yield { type: 'notice', data: { code: part.code, message: part.message } };
        } else if (part.type === 'finish') {
          finishReason = part.finishReason;
        } else if (part.type === 'error') {
          status = 'error';
          finishReason = 'error';
          yield* emit(guard.end());
          writer.setMeta({ error: { code: part.error.code, message: part.error.message } });
          const messageId = await finish();
          yield { type: 'error', data: { code: part.error.code, message: part.error.message, messageId } };
          yield {
            type: 'done',
            data: doneData(input.sessionId, userMessage.id, messageId, status, finishReason, deps.engine),
          };
          return;
        }
      }
      if (input.signal.aborted) {
        status = 'interrupted';
        finishReason = 'aborted';
      } else {
        yield* emit(guard.end());
      }
    }
    const messageId = await finish();
    yield {
      type: 'done',
      data: doneData(input.sessionId, userMessage.id, messageId, status, finishReason, deps.engine),
    };
  } finally {
    // Reached without finishing when the consumer stopped reading (client gone) or a stage threw.
    if (!finalised) {
      status = 'interrupted';
      await finish();
    }
  }
}

function doneData(
  sessionId: string,
  userMessageId: string,
  messageId: string | null,
  status: MessageStatus,
  finishReason: string,
  engine: Engine,
) {
  return { sessionId, userMessageId, messageId, status, finishReason, engine: engine.info().id };
}
