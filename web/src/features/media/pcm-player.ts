/** Plays little-endian PCM16 mono chunks (Omni speech, 24 kHz) back to back with Web Audio. */
export class PcmPlayer {
  private ctx: AudioContext | null = null;
  private nextAt = 0;
  private sources = new Set<AudioBufferSourceNode>();
  private idleListeners = new Set<() => void>();
  played = 0;

  /** Queues one base64 chunk after whatever is already queued. */
  enqueue(base64: string, sampleRate: number): void {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const count = Math.floor(bytes.length / 2);
    if (count === 0) return;
    this.ctx ??= new AudioContext();
    const ctx = this.ctx;
    if (ctx.state === 'suspended') void ctx.resume();
    const view = new DataView(bytes.buffer, bytes.byteOffset, count * 2);
    const buffer = ctx.createBuffer(1, count, sampleRate);
    const channel = buffer.getChannelData(0);
    for (let i = 0; i < count; i++) channel[i] = view.getInt16(i * 2, true) / 32768;
    const source = ctx.createBufferSource();
    source.buffer = buffer;
    source.connect(ctx.destination);
    const at = Math.max(ctx.currentTime + 0.05, this.nextAt);
    source.start(at);
    this.nextAt = at + buffer.duration;
    this.sources.add(source);
    this.played++;
    source.onended = () => {
      this.sources.delete(source);
      if (this.sources.size === 0) for (const l of this.idleListeners) l();
    };
  }

  get playing(): boolean {
    return this.sources.size > 0;
  }

  onIdle(listener: () => void): () => void {
    this.idleListeners.add(listener);
    return () => this.idleListeners.delete(listener);
  }

  stop(): void {
    for (const s of this.sources) {
      s.onended = null;
      try {
        s.stop();
      } catch {
        // already stopped
      }
    }
    this.sources.clear();
    this.nextAt = 0;
    void this.ctx?.close().catch(() => undefined);
    this.ctx = null;
    for (const l of this.idleListeners) l();
  }
}
