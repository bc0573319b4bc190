import { readSseStream } from './sse.ts';
import type {
  AppInfo,
  CrisisResources,
  HotlineRegion,
  Locale,
  Session,
  SessionDetail,
  TurnEvent,
} from './types.ts';
import { mediaPrefs } from '../features/media/prefs.ts';

/** An error the API answered with: a stable code and a message in both languages. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageZh?: string,
  ) {
    super(message);
  }

  localized(locale: Locale): string {
    return locale === 'zh-CN' && this.messageZh ? this.messageZh : this.message;
  }
}

async function failure(res: Response): Promise<ApiRequestError> {
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string; message_zh?: string } };
    const e = body.error ?? {};
    return new ApiRequestError(
      res.status,
      e.code ?? `HTTP_${res.status}`,
      e.message ?? res.statusText,
      e.message_zh,
    );
  } catch {
    return new ApiRequestError(res.status, `HTTP_${res.status}`, res.statusText);
  }
}

export async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, headers: { accept: 'application/json' } };
  if (body !== undefined) {
    init.headers = { ...init.headers, 'content-type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  const res = await fetch(url, init);
  if (!res.ok) throw await failure(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

const enc = encodeURIComponent;

export const api = {
  info: () => request<AppInfo>('GET', '/api/info'),
  listSessions: async () => (await request<{ sessions: Session[] }>('GET', '/api/sessions')).sessions,
  getSession: (id: string) => request<SessionDetail>('GET', `/api/sessions/${enc(id)}`),
  createSession: (body: { locale: Locale; title?: string }) =>
    request<Session>('POST', '/api/sessions', body),
  updateSession: (id: string, body: { title?: string; locale?: Locale }) =>
    request<Session>('PATCH', `/api/sessions/${enc(id)}`, body),
  deleteSession: (id: string) => request<void>('DELETE', `/api/sessions/${enc(id)}`),
  exportUrl: (id: string, format: 'json' | 'markdown') => `/api/sessions/${enc(id)}/export?format=${format}`,
  hotlines: async (locale: Locale, region?: string) => {
    const q = new URLSearchParams({ locale, ...(region ? { region } : {}) });
    return (await request<{ version: string; regions: HotlineRegion[] }>('GET', `/api/hotlines?${q}`))
      .regions;
  },
  /** Crisis resources; null when this server has no crisis endpoint (callers fall back). */
  crisisResources: async (locale: Locale, region?: string): Promise<CrisisResources | null> => {
    const q = new URLSearchParams({ locale, ...(region ? { region } : {}) });
    try {
      return await request<CrisisResources>('GET', `/api/crisis-resources?${q}`);
    } catch (err) {
      if (err instanceof ApiRequestError && err.status === 404) return null;
      throw err;
    }
  },
};

/** A file sent with a message, in the multipart field of its kind. */
export interface MessageFile {
  kind: 'audio' | 'image' | 'video';
  file: Blob;
  name: string;
}

/** JSON for text; multipart (fields `text`, `locale`, files `audio`/`image`/`video`) with files. */
function messageBody(body: { text: string; locale: Locale; files?: MessageFile[] }): RequestInit {
  // With auto-play on, ask for a spoken reply; back ends that cannot speak simply answer in text.
  const wantAudio = mediaPrefs().autoPlay;
  if (!body.files?.length) {
    return {
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ text: body.text, locale: body.locale, ...(wantAudio ? { wantAudio } : {}) }),
    };
  }
  const form = new FormData();
  form.append('text', body.text);
  form.append('locale', body.locale);
  if (wantAudio) form.append('wantAudio', 'true');
  for (const f of body.files) form.append(f.kind, f.file, f.name);
  // No content-type: the browser sets multipart/form-data with its boundary.
  return { headers: { accept: 'text/event-stream' }, body: form };
}

/**
 * Posts a message and yields the turn's events as they stream in. Aborting the signal stops the
 * reply on the server too; the partial reply is kept there as `interrupted`.
 */
export async function* sendMessage(
  sessionId: string,
  body: { text: string; locale: Locale; files?: MessageFile[] },
  signal: AbortSignal,
): AsyncGenerator<TurnEvent> {
  const res = await fetch(`/api/sessions/${enc(sessionId)}/messages`, {
    method: 'POST',
    ...messageBody(body),
    signal,
  });
  if (!res.ok) throw await failure(res);
  if (!res.body) throw new ApiRequestError(500, 'NO_STREAM', 'The reply stream could not be opened.');
  for await (const ev of readSseStream(res.body)) {
    let data: unknown;
    try {
      data = JSON.parse(ev.data);
    } catch {
      continue; // a malformed event is skipped, never fatal
    }
    yield { type: ev.event, data } as TurnEvent;
  }
}
