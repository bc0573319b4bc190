import { createElement, type ReactNode } from 'react';
import type { Session } from '../api/types.ts';
import { EmotionPanel } from '../emotion/EmotionPanel.tsx';
import type { ChatMessage } from '../hooks/useChat.ts';
import type { MessageKey } from '../i18n/index.tsx';
import type { Route } from '../lib/router.ts';

/**
 * Extension point for the right-hand panel area beside the conversation (emotion trajectory,
 * screening results, the session report). A panel registers here; App shows the area only when at
 * least one panel is registered, so nothing empty is ever on screen.
 */
export interface SidePanelContext {
  session: Session | null;
  messages: ChatMessage[];
  /** True while a reply streams in. */
  streaming: boolean;
  /** Moves the app to another page (check-in, report). */
  navigate: (route: Route) => void;
}

export interface SidePanel {
  id: string;
  title: MessageKey;
  render: (ctx: SidePanelContext) => ReactNode;
}

export const SIDE_PANELS: SidePanel[] = [
  {
    id: 'emotion',
    title: 'emo.panelTitle',
    render: ({ session, messages, streaming, navigate }) =>
      createElement(EmotionPanel, { sessionId: session?.id ?? null, messages, streaming, navigate }),
  },
];
