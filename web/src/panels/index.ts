import type { ReactNode } from 'react';
import type { Session } from '../api/types.ts';
import type { ChatMessage } from '../hooks/useChat.ts';
import type { MessageKey } from '../i18n/index.tsx';

/**
 * Extension point for the right-hand panel area beside the conversation (emotion trajectory,
 * screening results, the session report). A panel registers here; App shows the area only when at
 * least one panel is registered, so nothing empty is ever on screen.
 */
export interface SidePanelContext {
  session: Session | null;
  messages: ChatMessage[];
}

export interface SidePanel {
  id: string;
  title: MessageKey;
  render: (ctx: SidePanelContext) => ReactNode;
}

export const SIDE_PANELS: SidePanel[] = [];
