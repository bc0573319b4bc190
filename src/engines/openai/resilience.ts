/** Retry timing and a circuit breaker for calls to the model server. */

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  /** Longest Retry-After honoured; a server asking for more ends the retries. */
  maxRetryAfterMs: number;
  random?: () => number;
}

/**
 * Delay before retry number `attempt` (0-based): "full jitter" exponential back-off, or the
 * server's Retry-After when it gave one (plus a little jitter so clients don't return in step).
 * Returns null when the server asks for a longer wait than we are willing to hold a person for.
 */
export function retryDelayMs(attempt: number, retryAfterMs: number | null, o: BackoffOptions): number | null {
  const random = o.random ?? Math.random;
  if (retryAfterMs !== null) {
    if (retryAfterMs > o.maxRetryAfterMs) return null;
    return retryAfterMs + Math.floor(random() * Math.min(250, o.baseMs));
  }
  const ceiling = Math.min(o.maxMs, o.baseMs * 2 ** attempt);
  return Math.floor(ceiling / 2 + random() * (ceiling / 2));
}

/** Parses a Retry-After header (delta seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (value == null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

export interface CircuitBreakerOptions {
  /** Consecutive failed turns that open the circuit. */
  failureThreshold: number;
  /** How long it stays open before one trial request is let through. */
  cooldownMs: number;
  now?: () => number;
}

export type CircuitState = 'closed' | 'open' | 'half-open';

/**
 * Classic three-state breaker. While open, calls fail at once (so a dead server costs nothing and the
 * fallback answers immediately); after the cooldown one trial call decides whether it closes again.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private trialInFlight = false;
  private stateValue: CircuitState = 'closed';

  constructor(private readonly o: CircuitBreakerOptions) {}

  private now(): number {
    return (this.o.now ?? Date.now)();
  }

  get state(): CircuitState {
    if (this.stateValue === 'open' && this.now() - this.openedAt >= this.o.cooldownMs) return 'half-open';
    return this.stateValue;
  }

  /** Milliseconds until a trial is allowed (0 when closed). */
  get retryInMs(): number {
    return this.stateValue === 'open' ? Math.max(0, this.o.cooldownMs - (this.now() - this.openedAt)) : 0;
  }

  /** True when a call may go ahead now; a half-open breaker admits one trial at a time. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'half-open' && !this.trialInFlight) {
      this.trialInFlight = true;
      return true;
    }
    return false;
  }

  onSuccess(): void {
    this.failures = 0;
    this.trialInFlight = false;
    this.stateValue = 'closed';
  }

  onFailure(): void {
    this.trialInFlight = false;
    this.failures += 1;
    if (this.stateValue === 'open' || this.failures >= this.o.failureThreshold) {
      this.stateValue = 'open';
      this.openedAt = this.now();
    }
  }

  /** A call that ended for a reason that says nothing about the server (e.g. the person left). */
  onNeutral(): void {
    this.trialInFlight = false;
  }
}

export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
