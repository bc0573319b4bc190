/**
 * Everything media the composer needs: files waiting to go with the message (picked, pasted or
 * dropped, checked here first), voice input, whether voice is available, and sending.
 */
import { useCallback, useEffect, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import type { MessageKey } from '../../i18n/index.tsx';
import { checkMedia, MEDIA_LIMITS, type MediaCheck } from './limits.ts';
import { useMediaPrefs } from './prefs.ts';
import type { OutgoingMedia } from './types.ts';
import { useVoiceInfo } from './voice-info.ts';
import { useVoiceInput } from './useVoiceInput.ts';

export interface MediaProblem {
  key: MessageKey;
  vars?: Record<string, string | number>;
}

/** Resolves true when the message went through (a false result keeps the attachments). */
export type SendWithMedia = (media?: OutgoingMedia[]) => Promise<boolean | void> | boolean | void;

function problemOf(check: Exclude<MediaCheck, { ok: true }>): MediaProblem {
  switch (check.reason) {
    case 'type':
      return { key: 'media.err.type', vars: { name: check.name } };
    case 'empty':
      return { key: 'media.err.empty', vars: { name: check.name } };
    case 'size':
      return { key: 'media.err.size', vars: { name: check.name, max: check.maxMb } };
    case 'duration':
      return { key: 'media.err.duration', vars: { name: check.name, max: check.maxSec } };
  }
}

/** A video's length from its metadata; undefined when the browser can't read it (the server checks). */
function videoDuration(url: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const v = document.createElement('video');
    const done = (d?: number) => {
      v.removeAttribute('src');
      resolve(d !== undefined && Number.isFinite(d) ? d : undefined);
    };
    v.preload = 'metadata';
    v.onloadedmetadata = () => done(v.duration);
    v.onerror = () => done();
    window.setTimeout(() => done(), 5000);
    v.src = url;
  });
}

export function useComposerMedia(onSend: SendWithMedia) {
  const [pending, setPending] = useState<OutgoingMedia[]>([]);
  const [problem, setProblem] = useState<MediaProblem | null>(null);
  const [dragging, setDragging] = useState(false);
  /** The explanation under the composer of why voice input is off (opened from the mic button). */
  const [voiceNote, setVoiceNote] = useState(false);
  const voiceInfo = useVoiceInfo();
  const prefs = useMediaPrefs();
  const pendingRef = useRef(pending);
  pendingRef.current = pending;

  const send = useCallback(
    async (extra?: OutgoingMedia): Promise<boolean> => {
      const media = extra ? [...pendingRef.current, extra] : pendingRef.current;
      const ok = (await onSend(media.length > 0 ? media : undefined)) !== false;
      if (ok) setPending([]);
      // A recording that did not go through stays, so it can be sent again or removed.
      else if (extra && pendingRef.current.length < MEDIA_LIMITS.maxFiles) setPending((p) => [...p, extra]);
      return ok;
    },
    [onSend],
  );

  const voice = useVoiceInput({
    silenceMs: prefs.silenceMs,
    onRecorded: async (media) => {
      const check = checkMedia(
        { type: media.file.type, size: media.file.size, name: media.name },
        media.durationSec,
      );
      if (!check.ok) {
        setProblem(problemOf(check));
        return false;
      }
      setProblem(null);
      return send(media);
    },
  });

  const addFiles = useCallback(async (files: File[]) => {
    setProblem(null);
    for (const file of files) {
      if (pendingRef.current.length >= MEDIA_LIMITS.maxFiles) {
        setProblem({ key: 'media.err.tooMany', vars: { max: MEDIA_LIMITS.maxFiles } });
        return;
      }
      const first = checkMedia(file);
      if (!first.ok) {
        setProblem(problemOf(first));
        continue;
      }
      const previewUrl = URL.createObjectURL(file);
      const durationSec = first.kind === 'video' ? await videoDuration(previewUrl) : undefined;
      const check = checkMedia(file, durationSec);
      if (!check.ok) {
        URL.revokeObjectURL(previewUrl);
        setProblem(problemOf(check));
        continue;
      }
      const item: OutgoingMedia = { kind: check.kind, file, name: file.name, previewUrl, durationSec };
      pendingRef.current = [...pendingRef.current, item];
      setPending(pendingRef.current);
    }
  }, []);

  const remove = useCallback((media: OutgoingMedia) => {
    URL.revokeObjectURL(media.previewUrl);
    setPending((list) => list.filter((m) => m !== media));
    setProblem(null);
  }, []);

  // Previews still waiting when the composer goes away are let go.
  useEffect(() => () => pendingRef.current.forEach((m) => URL.revokeObjectURL(m.previewUrl)), []);

  const onPaste = useCallback(
    (e: ClipboardEvent) => {
      const files = [...e.clipboardData.files];
      if (files.length === 0) return; // plain text pastes as usual
      e.preventDefault();
      void addFiles(files);
    },
    [addFiles],
  );

  const dropHandlers = {
    onDragOver: (e: DragEvent) => {
      if (![...e.dataTransfer.types].includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave: (e: DragEvent) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
    },
    onDrop: (e: DragEvent) => {
      if (e.dataTransfer.files.length === 0) return;
      e.preventDefault();
      setDragging(false);
      void addFiles([...e.dataTransfer.files]);
    },
  };

  const available = voiceInfo?.transcription.available === true;
  return {
    pending,
    problem,
    clearProblem: () => setProblem(null),
    dragging,
    addFiles,
    remove,
    onPaste,
    dropHandlers,
    send,
    voice,
    voiceInfo,
    voiceAvailable: available,
    voiceNote: voiceNote && !available,
    toggleVoiceNote: () => setVoiceNote((v) => !v),
    silenceMs: prefs.silenceMs,
    /** A recording is being made or sent: the typed-message send waits for it. */
    voiceBusy: ['opening', 'recording', 'hearing', 'sending'].includes(voice.mode),
  };
}
