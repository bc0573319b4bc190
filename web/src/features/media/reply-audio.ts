/**
 * One reply's streamed speech (Omni `audio-delta` events): gated on the guarded text
 * (audio-gate.ts), played with Web Audio (pcm-player.ts), stoppable like any read-aloud.
 * Nothing is created until the first chunk arrives, so text-only turns cost nothing.
 */
import { SpokenAudioGate } from './audio-gate.ts';
import { PcmPlayer } from './pcm-player.ts';
import { registerStreamSpeech } from './speech.ts';
import type { AudioDelta } from './types.ts';

/** Replies whose speech came streamed with them: auto-play does not read them a second time. */
export const streamSpokenReplies = new Set<string>();

export interface ReplyAudio {
  text(delta: string): void;
  audio(delta: AudioDelta): void;
  /** The output guard replaced a sentence of this reply. */
  block(): void;
  end(complete: boolean): void;
}

export function createReplyAudio(replyId: () => string): ReplyAudio {
  let player: PcmPlayer | null = null;
  let registration: ReturnType<typeof registerStreamSpeech> | null = null;
  let stopped = false;
  let sawAudio = false;
  let ended = false;

  const gate = new SpokenAudioGate<AudioDelta>((chunk) => {
    if (stopped || chunk.format !== 'pcm16') return;
    if (!player) {
      const p = new PcmPlayer();
      player = p;
      registration = registerStreamSpeech(replyId(), () => {
        stopped = true;
        p.stop();
      });
      p.onIdle(() => {
        if (ended) registration?.done();
      });
    }
    registration?.rename(replyId());
    player.enqueue(chunk.data, chunk.sampleRate);
  });

  return {
    text: (delta) => gate.text(delta),
    audio: (delta) => {
      sawAudio = true;
      gate.audio(delta, delta.transcript);
    },
    block: () => {
      gate.block();
      // Whatever of this reply is already playing stops too: its text is no longer the reply.
      if (player) {
        stopped = true;
        player.stop();
        registration?.done();
      }
    },
    end: (complete) => {
      gate.end(complete);
      ended = true;
      if (sawAudio) streamSpokenReplies.add(replyId());
      registration?.rename(replyId());
      if (!player?.playing) registration?.done();
    },
  };
}
