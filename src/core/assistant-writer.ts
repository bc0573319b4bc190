import type { Repository } from '../store/index.ts';
import type { MessageStatus } from './types.ts';

/**
 * Persists the assistant reply as it grows: created at the first token with status `streaming`,
 * rewritten at most every `flushMs`, finalised once. A crash loses at most the last interval.
 */
export class AssistantWriter {
  private id: string | null = null;
  private content = '';
  private meta: Record<string, unknown> = {};
  private dirty = false;
  private lastFlush = 0;
  private creating: Promise<void> | null = null;

  constructor(
    private readonly store: Repository,
    private readonly sessionId: string,
    private readonly flushMs = 100,
  ) {}

  get messageId(): string | null {
    return this.id;
  }

  get text(): string {
    return this.content;
  }

  setMeta(patch: Record<string, unknown>): void {
    this.meta = { ...this.meta, ...patch };
    this.dirty = true;
  }

  async append(text: string): Promise<void> {
    if (text === '') return;
    this.content += text;
    this.dirty = true;
    if (this.id === null) {
      this.creating ??= this.create();
      await this.creating;
      return;
    }
    if (Date.now() - this.lastFlush >= this.flushMs) await this.flush();
  }

  private async create(): Promise<void> {
    const msg = await this.store.addMessage({
      sessionId: this.sessionId,
      role: 'assistant',
      content: this.content,
      status: 'streaming',
      meta: this.meta,
    });
    this.id = msg.id;
    this.dirty = false;
    this.lastFlush = Date.now();
  }

  private async flush(): Promise<void> {
    if (this.id === null || !this.dirty) return;
    this.dirty = false;
    this.lastFlush = Date.now();
    await this.store.updateMessage(this.id, { content: this.content, meta: this.meta });
  }

  /**
   * Writes the final state. A reply with no text at all is still stored when it ended in error,
   * so the history shows that the turn failed.
   */
  async finalise(status: MessageStatus): Promise<string | null> {
    if (this.id === null) {
      if (this.content === '' && status !== 'error') return null;
      const msg = await this.store.addMessage({
        sessionId: this.sessionId,
        role: 'assistant',
        content: this.content,
        status,
        meta: this.meta,
      });
      this.id = msg.id;
      return this.id;
    }
    await this.store.updateMessage(this.id, { content: this.content, status, meta: this.meta });
    return this.id;
  }
}
