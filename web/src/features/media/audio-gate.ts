/**
 * Holds back a reply's streamed speech until the text it speaks has passed the output guard.
 *
 * The server forwards Omni `audio-delta` chunks as they come, but its `text-delta` events carry only
 * text the output guard released (sentence by sentence). Each audio chunk arrives with, or after,
 * the transcript of what it says. A chunk is released once the guarded text received so far contains
 * everything the audio transcript has said up to and including that chunk. Comparison ignores
 * spaces, punctuation and case.
 *
 * - When the guard blocks a sentence (`output-blocked`), every held chunk is dropped and no further
 *   audio of this reply is played: the audio would say what the text no longer does.
 * - Chunks that come with no transcript at all can't be matched; they wait for the end of the turn
 *   and are released only if the reply completed and nothing was blocked.
 * - Chunks still held when the turn ends (their text never arrived) are dropped.
 */
export interface GatedChunk<T> {
  chunk: T;
  /** Normalised audio transcript up to and including this chunk. */
  covers: string;
}

export const normaliseSpoken = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');

export class SpokenAudioGate<T> {
  private guarded = '';
  private spoken = '';
  private held: GatedChunk<T>[] = [];
  private blockedFlag = false;
  private ended = false;

  constructor(private readonly release: (chunk: T) => void) {}

  get blocked(): boolean {
    return this.blockedFlag;
  }
  get pending(): number {
    return this.held.length;
  }

  /** Text that passed the output guard (a `text-delta`). */
  text(delta: string): void {
    this.guarded += normaliseSpoken(delta);
    this.flush();
  }

  /** An audio chunk and the transcript delta that came with it, if any. */
  audio(chunk: T, transcriptDelta?: string): void {
    if (this.blockedFlag || this.ended) return;
    if (transcriptDelta) this.spoken += normaliseSpoken(transcriptDelta);
    this.held.push({ chunk, covers: this.spoken });
    this.flush();
  }

  /** The output guard replaced a sentence: nothing held or still to come is played. */
  block(): void {
    this.blockedFlag = true;
    this.held = [];
  }

  /** The turn is over; `complete` when it finished normally (not stopped, no error). */
  end(complete: boolean): void {
    if (this.ended) return;
    this.ended = true;
    if (complete && !this.blockedFlag) {
      // Untranscribed audio is released now that the whole reply passed the guard.
      const rest = this.held.filter((h) => h.covers === '' || this.guarded.includes(h.covers));
      this.held = [];
      for (const h of rest) this.release(h.chunk);
    }
    this.held = [];
  }

  private flush(): void {
    if (this.blockedFlag) return;
    while (this.held.length > 0) {
      const next = this.held[0]!;
      if (next.covers === '' || !this.guarded.includes(next.covers)) return;
      this.held.shift();
      this.release(next.chunk);
    }
  }
}
