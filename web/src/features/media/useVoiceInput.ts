/**
 * Voice input for the composer: press-to-record (meter, timer, cancel, send) and hands-free mode,
 * where the energy VAD ends each turn after a pause and the recording is sent on its own; the mic
 * then waits for the reply (and any reading aloud) before listening again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { MEDIA_LIMITS } from './limits.ts';
import { Mic, MicFailure, type MicError } from './mic.ts';
import { speechState, whenQuiet } from './speech.ts';
import type { OutgoingMedia } from './types.ts';
import { EnergyVad } from './vad.ts';

export type VoiceMode =
  | 'idle'
  | 'opening'
  /** press-to-record */
  | 'recording'
  /** hands-free: waiting for speech */
  | 'listening'
  /** hands-free: speech heard, recording the turn */
  | 'hearing'
  | 'sending'
  /** hands-free: waiting for the reply, or for it to be read aloud */
  | 'waiting';

const TICK_MS = 50;
/** Hands-free: with no speech for this long, the recording restarts (drops the silence). */
const IDLE_RESTART_MS = 60_000;

function recordedMedia(blob: Blob, durationSec: number): OutgoingMedia {
  const ext = blob.type.includes('ogg') ? 'ogg' : blob.type.includes('mp4') ? 'm4a' : 'webm';
  const stamp = new Date().toISOString().slice(11, 19).replace(/:/g, '');
  return {
    kind: 'audio',
    file: blob,
    name: `voice-${stamp}.${ext}`,
    previewUrl: URL.createObjectURL(blob),
    durationSec,
    recorded: true,
  };
}

interface Options {
  /** Sends (or stages) a finished recording; resolves true when it went through. */
  onRecorded: (media: OutgoingMedia, auto: boolean) => Promise<boolean>;
  silenceMs: number;
}

export function useVoiceInput({ onRecorded, silenceMs }: Options) {
  const [mode, setModeState] = useState<VoiceMode>('idle');
  const [handsFree, setHandsFree] = useState(false);
  const [level, setLevel] = useState(0);
  const [elapsed, setElapsed] = useState(0);
  const [error, setError] = useState<MicError | null>(null);

  const mic = useRef<Mic | null>(null);
  const vad = useRef<EnergyVad | null>(null);
  const modeRef = useRef<VoiceMode>('idle');
  const handsFreeRef = useRef(false);
  const listenSince = useRef(0);
  const timer = useRef<number | null>(null);
  const unwait = useRef<(() => void) | null>(null);
  const onRecordedRef = useRef(onRecorded);
  onRecordedRef.current = onRecorded;
  const silenceRef = useRef(silenceMs);
  silenceRef.current = silenceMs;

  const setMode = (m: VoiceMode) => {
    modeRef.current = m;
    setModeState(m);
  };

  const closeMic = useCallback(() => {
    if (timer.current !== null) window.clearInterval(timer.current);
    timer.current = null;
    unwait.current?.();
    unwait.current = null;
    mic.current?.close();
    mic.current = null;
    setLevel(0);
    setElapsed(0);
  }, []);

  const listen = useCallback(() => {
    const m = mic.current;
    if (!m || !handsFreeRef.current) return;
    vad.current = new EnergyVad({
      hangoverMs: silenceRef.current,
      maxTurnMs: MEDIA_LIMITS.maxAudioSec * 1000 - 5000,
    });
    m.startRecording();
    listenSince.current = performance.now();
    setMode('listening');
  }, []);

  const stopHandsFree = useCallback(() => {
    handsFreeRef.current = false;
    setHandsFree(false);
    closeMic();
    setMode('idle');
  }, [closeMic]);

  /** After a hands-free turn: listen again once nothing is being read aloud. */
  const resumeWhenQuiet = useCallback(() => {
    setMode('waiting');
    unwait.current?.();
    // A moment's grace lets an auto-played reading start before we check for quiet.
    const t = window.setTimeout(() => {
      unwait.current = whenQuiet(() => {
        unwait.current = null;
        if (handsFreeRef.current && modeRef.current === 'waiting') listen();
      });
    }, 400);
    unwait.current = () => window.clearTimeout(t);
  }, [listen]);

  const finish = useCallback(
    async (auto: boolean) => {
      const m = mic.current;
      if (!m?.recording) return;
      setMode('sending');
      const { blob, durationSec } = await m.stopRecording();
      if (!handsFreeRef.current) closeMic();
      const ok = await onRecordedRef.current(recordedMedia(blob, durationSec), auto);
      if (!handsFreeRef.current) {
        setMode('idle');
        return;
      }
      // A refused hands-free turn stops hands-free mode rather than looping on the same error.
      if (!ok) stopHandsFree();
      else resumeWhenQuiet();
    },
    [closeMic, resumeWhenQuiet, stopHandsFree],
  );

  const tick = useCallback(() => {
    const m = mic.current;
    if (!m) return;
    const db = m.levelDb();
    const now = performance.now();
    setLevel(Math.round(Math.min(1, Math.max(0, (db + 60) / 50)) * 20) / 20);
    setElapsed(Math.floor(m.elapsed()));
    const mode = modeRef.current;
    if (mode === 'recording' && m.elapsed() >= MEDIA_LIMITS.maxAudioSec - 1) {
      void finish(false);
      return;
    }
    if (mode !== 'listening' && mode !== 'hearing') return;
    // Never record a reply being read aloud.
    if (speechState().id !== null) {
      m.cancelRecording();
      resumeWhenQuiet();
      return;
    }
    const event = vad.current?.push(db, now);
    if (event === 'speech-start') setMode('hearing');
    else if (event === 'end' || event === 'max-length') void finish(true);
    else if (mode === 'listening' && now - listenSince.current > IDLE_RESTART_MS) listen();
  }, [finish, listen, resumeWhenQuiet]);

  const tickRef = useRef(tick);
  tickRef.current = tick;

  const openMic = useCallback(async (): Promise<Mic | null> => {
    setError(null);
    setMode('opening');
    try {
      const m = await Mic.open();
      mic.current = m;
      timer.current = window.setInterval(() => tickRef.current(), TICK_MS);
      return m;
    } catch (err) {
      setError(err instanceof MicFailure ? err.kind : 'failed');
      setMode('idle');
      return null;
    }
  }, []);

  const startRecording = useCallback(async () => {
    if (modeRef.current !== 'idle') return;
    const m = await openMic();
    if (!m) return;
    m.startRecording();
    setMode('recording');
  }, [openMic]);

  const cancel = useCallback(() => {
    if (handsFreeRef.current) {
      stopHandsFree();
      return;
    }
    closeMic();
    setMode('idle');
  }, [closeMic, stopHandsFree]);

  const startHandsFree = useCallback(async () => {
    if (modeRef.current !== 'idle') return;
    handsFreeRef.current = true;
    setHandsFree(true);
    const m = await openMic();
    if (!m) {
      handsFreeRef.current = false;
      setHandsFree(false);
      return;
    }
    listen();
  }, [listen, openMic]);

  // Let the mic go when the composer goes away.
  useEffect(() => () => closeMic(), [closeMic]);

  return {
    mode,
    handsFree,
    level,
    elapsed,
    error,
    clearError: () => setError(null),
    startRecording,
    /** press-to-record: stop and send now */
    send: () => finish(false),
    cancel,
    startHandsFree,
    stopHandsFree,
  };
}
