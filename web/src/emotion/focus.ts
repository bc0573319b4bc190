import { useSyncExternalStore } from 'react';

/**
 * Which user message the emotion panel is showing (null: the latest). Shared by the panel and the
 * message list, which highlights the evidence words in that same message.
 */
let focused: string | null = null;
const listeners = new Set<() => void>();

export function setFocusedMessage(id: string | null): void {
  if (id === focused) return;
  focused = id;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useFocusedMessage(): string | null {
  return useSyncExternalStore(subscribe, () => focused);
}
