import { useCallback, useRef, useState } from 'react';

const SENTENCE_END = /[。！？!?.…\n]/;

/**
 * Feeds an aria-live="polite" region. Streamed text is announced a sentence at a time (announcing
 * every token would drown a screen reader); the rest is flushed when the reply ends.
 */
export function useAnnouncer() {
  const [message, setMessage] = useState('');
  const buffer = useRef('');

  const push = useCallback((chunk: string) => {
    buffer.current += chunk;
    let last = -1;
    for (let i = buffer.current.length - 1; i >= 0; i--) {
      if (SENTENCE_END.test(buffer.current[i] ?? '')) {
        last = i;
        break;
      }
    }
    if (last === -1) return;
    const ready = buffer.current.slice(0, last + 1).trim();
    buffer.current = buffer.current.slice(last + 1);
    if (ready) setMessage(ready);
  }, []);

  const finish = useCallback((closing: string) => {
    const rest = buffer.current.trim();
    buffer.current = '';
    setMessage(rest ? `${rest} ${closing}` : closing);
  }, []);

  const reset = useCallback(() => {
    buffer.current = '';
    setMessage('');
  }, []);

  return { message, push, finish, reset };
}
