/** Attachments of a message: read from its meta, with the URL each can be fetched from. */
import type { Attachment, MediaKind, OutgoingMedia } from './types.ts';

const KINDS = new Set<MediaKind>(['audio', 'image', 'video']);

export const attachmentUrl = (sessionId: string, attachmentId: string) =>
  `/api/sessions/${encodeURIComponent(sessionId)}/attachments/${encodeURIComponent(attachmentId)}`;

export function attachmentsOf(meta: Record<string, unknown>): Attachment[] {
  const list = meta.attachments;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (a): a is Attachment =>
      typeof a === 'object' && a !== null && typeof a.id === 'string' && KINDS.has(a.kind as MediaKind),
  );
}

/** Gives every stored attachment of `meta` its URL (stored messages know no session id). */
export function withAttachmentUrls(
  sessionId: string,
  meta: Record<string, unknown>,
): Record<string, unknown> {
  const list = attachmentsOf(meta);
  if (list.length === 0) return meta;
  return {
    ...meta,
    attachments: list.map((a) => (a.url ? a : { ...a, url: attachmentUrl(sessionId, a.id) })),
  };
}

/** The meta of a message being sent: local previews until the server has stored the files. */
export function pendingAttachmentMeta(media: OutgoingMedia[]): Record<string, unknown> {
  return {
    attachments: media.map((m, i): Attachment => ({
      id: `local-${i}`,
      kind: m.kind,
      mimeType: m.file.type,
      bytes: m.file.size,
      name: m.name,
      ...(m.durationSec !== undefined ? { durationSec: m.durationSec } : {}),
      url: m.previewUrl,
      pending: true,
    })),
  };
}

/**
 * What the person typed, without the transcripts the server appended to it
 * (the stored text is the typed text and each transcript, one per line).
 */
export function typedText(content: string, attachments: Attachment[]): string {
  const transcripts = attachments.map((a) => a.transcript?.trim() ?? '').filter((t) => t !== '');
  if (transcripts.length === 0) return content;
  const spoken = transcripts.join('\n');
  if (content === spoken) return '';
  if (content.endsWith(`\n${spoken}`)) return content.slice(0, -spoken.length - 1);
  return content;
}
