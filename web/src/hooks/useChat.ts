import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiRequestError, api, sendMessage } from '../api/client.ts';
import type {
  Analysis,
  CheckInOffer,
  CrisisResources,
  EmotionReading,
  Locale,
  Message,
  Notice,
  Session,
} from '../api/types.ts';
import { pendingAttachmentMeta, withAttachmentUrls } from '../features/media/attachments.ts';
import { createReplyAudio } from '../features/media/reply-audio.ts';
import type { OutgoingMedia } from '../features/media/types.ts';

/** A message as the view shows it: the stored fields plus what the stream told us about it. */
export interface ChatMessage extends Message {
  notice?: Notice;
  errorDetail?: string;
  /** User messages: the emotion stage's reading of this message. */
  emotion?: EmotionReading;
  /** Assistant replies: a check-in (PHQ-9 / GAD-7) offered under this reply. */
  checkIn?: CheckInOffer;
  /** Assistant replies: how to help someone else who may be at risk (from the risk event). */
  helpFriend?: string;
}

export interface CrisisState {
  active: boolean;
  /** Counts high-risk events in this view, so the panel re-opens on each one. */
  seq: number;
  /** Resources carried by the risk event, when the safety layer sent them. */
  resources: CrisisResources | null;
}

export interface SendResult {
  ok: boolean;
  error?: string;
}

interface Options {
  locale: Locale;
  onSessionCreated: (session: Session) => void;
  onTurnFinished: () => void;
  announcer: { push: (text: string) => void; finish: (closing: string) => void; reset: () => void };
  phrases: { complete: string; stopped: string; network: string };
}

const CRISIS_LEVELS = new Set(['high', 'imminent']);

function noticeOf(meta: Record<string, unknown>): Notice | undefined {
  const n = meta.notice as Partial<Notice> | undefined;
  return n && typeof n.code === 'string' ? { code: n.code, message: String(n.message ?? '') } : undefined;
}

function errorOf(meta: Record<string, unknown>): string | undefined {
  const e = meta.error as { message?: unknown } | undefined;
  return e && typeof e.message === 'string' ? e.message : undefined;
}

function checkInOf(data: unknown): CheckInOffer | undefined {
  const d = data as { kind?: unknown; instrument?: unknown; text?: unknown } | null;
  return d?.kind === 'check-in' &&
    (d.instrument === 'phq9' || d.instrument === 'gad7') &&
    typeof d.text === 'string'
    ? { instrument: d.instrument, text: d.text }
    : undefined;
}

/**
 * Stored messages with their readings. Check-in offers are shown live only: after a reload an old
 * offer would be stale (answered, declined, or long past).
 */
function withAnalyses(stored: Message[], analyses: Analysis[]): ChatMessage[] {
  const emotion = new Map<string, EmotionReading>();
  for (const a of analyses) if (a.kind === 'emotion') emotion.set(a.messageId, a.data as EmotionReading);
  return stored.map((m) => {
    const reading = emotion.get(m.id);
    return {
      ...m,
      notice: noticeOf(m.meta),
      errorDetail: errorOf(m.meta),
      ...(reading ? { emotion: reading } : {}),
    };
  });
}

let localIds = 0;
const localId = (prefix: string) => `local-${prefix}-${++localIds}`;

/** Loads one session and runs its turns: streaming, stopping, statuses and the crisis state. */
export function useChat(sessionId: string | null, options: Options) {
  const [session, setSession] = useState<Session | null>(null);
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<'notFound' | 'load' | null>(null);
  const [streaming, setStreaming] = useState(false);
  const [crisis, setCrisis] = useState<CrisisState>({ active: false, seq: 0, resources: null });

  const opts = useRef(options);
  opts.current = options;
  const controller = useRef<AbortController | null>(null);
  /** The session this hook just created itself: already in state, nothing to load. */
  const createdHere = useRef<string | null>(null);

  useEffect(() => {
    if (sessionId !== null && sessionId === createdHere.current) return;
    controller.current?.abort(); // leaving a session stops its reply (kept as interrupted)
    createdHere.current = null;
    setLoadError(null);
    setCrisis({ active: false, seq: 0, resources: null });
    opts.current.announcer.reset();
    if (sessionId === null) {
      setSession(null);
      setMessages([]);
      return;
    }
    let cancelled = false;
    setLoading(true);
    api
      .getSession(sessionId)
      .then((detail) => {
        if (cancelled) return;
        const { messages: stored, analyses, ...rest } = detail;
        setSession(rest);
        setMessages(
          withAnalyses(stored, analyses).map((m) => ({ ...m, meta: withAttachmentUrls(sessionId, m.meta) })),
        );
        const riskHigh = analyses.some(
          (a) =>
            a.kind === 'risk' && CRISIS_LEVELS.has(String((a.data as { level?: unknown } | null)?.level)),
        );
        setCrisis({ active: rest.flags.includes('crisis') || riskHigh, seq: 0, resources: null });
      })
      .catch((err: unknown) => {
        if (cancelled) return;
        setSession(null);
        setMessages([]);
        setLoadError(err instanceof ApiRequestError && err.status === 404 ? 'notFound' : 'load');
      })
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
  }, [sessionId]);

  // Stop any reply when the page goes away.
  useEffect(() => () => controller.current?.abort(), []);

  const updateMessage = (id: string, patch: (m: ChatMessage) => Partial<ChatMessage>) =>
    setMessages((list) => list.map((m) => (m.id === id ? { ...m, ...patch(m) } : m)));

  const send = useCallback(
    async (text: string, media?: OutgoingMedia[]): Promise<SendResult> => {
      if (controller.current) return { ok: false };
      const { locale, announcer, phrases } = opts.current;
      const abort = new AbortController();
      controller.current = abort;
      setStreaming(true);
      let current = session;
      let userId = localId('user');
      let replyId = localId('reply');
      const now = new Date().toISOString();
      // Streamed speech of the reply, played only once its text passed the output guard.
      const spoken = createReplyAudio(() => replyId);
      let completed = false;
      try {
        if (!current) {
          current = await api.createSession({ locale });
          createdHere.current = current.id;
          setSession(current);
          setMessages([]);
          opts.current.onSessionCreated(current);
        }
        setMessages((list) => [
          ...list,
          {
            id: userId,
            role: 'user',
            content: text,
            status: 'complete',
            meta: media?.length ? pendingAttachmentMeta(media) : {},
            createdAt: now,
          },
          { id: replyId, role: 'assistant', content: '', status: 'streaming', meta: {}, createdAt: now },
        ]);
        announcer.reset();
        let started = false;
        try {
          const sid = current.id;
          const files = media?.map((m) => ({ kind: m.kind, file: m.file, name: m.name }));
          for await (const ev of sendMessage(sid, { text, locale, files }, abort.signal)) {
            started = true;
            switch (ev.type) {
              case 'turn': {
                const localUser = userId;
                userId = ev.data.userMessageId;
                setMessages((list) =>
                  list.map((m) => (m.id === localUser ? { ...m, id: ev.data.userMessageId } : m)),
                );
                // The stored message has the transcript and the stored files: show those.
                if (media?.length) {
                  const storedId = ev.data.userMessageId;
                  api.getSession(sid).then(
                    (detail) => {
                      const stored = detail.messages.find((m) => m.id === storedId);
                      if (stored)
                        updateMessage(storedId, () => ({
                          content: stored.content,
                          meta: withAttachmentUrls(sid, stored.meta),
                        }));
                    },
                    () => undefined,
                  );
                }
                break;
              }
              case 'emotion': {
                const reading = ev.data;
                updateMessage(userId, () => ({ emotion: reading }));
                break;
              }
              case 'safety': {
                if (ev.data.kind === 'output-blocked') spoken.block();
                const offer = checkInOf(ev.data);
                if (offer) updateMessage(replyId, () => ({ checkIn: offer }));
                break;
              }
              case 'risk': {
                const risk = ev.data;
                if (CRISIS_LEVELS.has(risk.level)) {
                  setCrisis((c) => ({ active: true, seq: c.seq + 1, resources: risk.crisis ?? null }));
                } else if (risk.concernForOther && risk.helpFriend) {
                  const helpFriend = risk.helpFriend;
                  updateMessage(replyId, () => ({ helpFriend }));
                }
                break;
              }
              case 'notice':
                updateMessage(replyId, () => ({ notice: ev.data }));
                break;
              case 'text-delta':
                updateMessage(replyId, (m) => ({ content: m.content + ev.data.text }));
                announcer.push(ev.data.text);
                spoken.text(ev.data.text);
                break;
              case 'audio-delta':
                spoken.audio(ev.data);
                break;
              case 'error':
                updateMessage(replyId, () => ({ status: 'error', errorDetail: ev.data.message }));
                break;
              case 'done': {
                const finalId = ev.data.messageId ?? replyId;
                const status = ev.data.status;
                updateMessage(replyId, () => ({ id: finalId, status }));
                replyId = finalId;
                completed = status === 'complete';
                break;
              }
              default:
                break; // later event types: ignored until a view needs them
            }
          }
          setMessages((list) =>
            list.map((m) =>
              m.id === replyId && m.status === 'streaming' ? { ...m, status: 'complete' } : m,
            ),
          );
          announcer.finish(phrases.complete);
          return { ok: true };
        } catch (err) {
          if (abort.signal.aborted) {
            updateMessage(replyId, () => ({ status: 'interrupted' }));
            announcer.finish(phrases.stopped);
            return { ok: true };
          }
          if (!started && err instanceof ApiRequestError) {
            // Refused before anything was stored (validation, a turn already running): undo.
            setMessages((list) => list.filter((m) => m.id !== userId && m.id !== replyId));
            return { ok: false, error: err.localized(locale) };
          }
          updateMessage(replyId, () => ({ status: 'error', errorDetail: phrases.network }));
          return { ok: true };
        }
      } catch (err) {
        return { ok: false, error: err instanceof ApiRequestError ? err.localized(locale) : phrases.network };
      } finally {
        spoken.end(completed && !abort.signal.aborted);
        controller.current = null;
        setStreaming(false);
        opts.current.onTurnFinished();
      }
    },
    [session],
  );

  const stop = useCallback(() => controller.current?.abort(), []);

  const rename = useCallback((title: string) => setSession((s) => (s ? { ...s, title } : s)), []);

  /** A screening answered in this conversation asked for the crisis protocol: pin the panel now. */
  const flagCrisis = useCallback(() => {
    setCrisis((c) => ({ active: true, seq: c.seq + 1, resources: c.resources }));
    setSession((s) => (s && !s.flags.includes('crisis') ? { ...s, flags: [...s.flags, 'crisis'] } : s));
  }, []);

  /** "Not now" on a check-in offer. */
  const dismissCheckIn = useCallback(
    (messageId: string) =>
      setMessages((list) => list.map((m) => (m.id === messageId ? { ...m, checkIn: undefined } : m))),
    [],
  );

  return {
    session,
    messages,
    loading,
    loadError,
    streaming,
    crisis,
    send,
    stop,
    rename,
    flagCrisis,
    dismissCheckIn,
  };
}
