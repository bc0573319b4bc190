/** The redaction slot: text is rewritten before it leaves the machine and restored as it streams back. */
import type { TextRedactor } from '../types.ts';

/** True for hosts that never leave this machine (so `redact: auto` leaves text as it is). */
export function isLoopbackUrl(baseUrl: string): boolean {
  let host: string;
  try {
    host = new URL(baseUrl).hostname.toLowerCase();
  } catch {
    return false;
  }
  host = host.replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)
  );
}

export function redactionEnabled(mode: 'auto' | 'on' | 'off', baseUrl: string): boolean {
  if (mode === 'on') return true;
  if (mode === 'off') return false;
  return !isLoopbackUrl(baseUrl);
}

/** A trailing piece that could still grow into a placeholder such as `[PHONE_1]`. */
const PARTIAL_PLACEHOLDER = /\[[A-Z]*(?:_\d*)?$/;
const LONGEST_PLACEHOLDER = 40;

/**
 * Restores placeholders in a stream of deltas. A placeholder can be split across deltas
 * (`[PHO` + `NE_1]`), so a trailing fragment that might be the start of one is held back until it
 * either completes or clearly isn't one.
 */
export class StreamRestorer {
  private pending = '';

  constructor(private readonly redactor: TextRedactor) {}

  push(delta: string): string {
    const text = this.pending + delta;
    const match = PARTIAL_PLACEHOLDER.exec(text);
    if (match && text.length - match.index <= LONGEST_PLACEHOLDER) {
      this.pending = text.slice(match.index);
      return this.redactor.restore(text.slice(0, match.index));
    }
    this.pending = '';
    return this.redactor.restore(text);
  }

  /** Whatever is still held back, at the end of the stream. */
  flush(): string {
    const rest = this.pending;
    this.pending = '';
    return this.redactor.restore(rest);
  }
}

/** Used when redaction is off: the same interface, no changes. */
export const IDENTITY_REDACTOR: TextRedactor = { redact: (t) => t, restore: (t) => t };
