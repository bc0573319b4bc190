import type { MessageKey } from '../i18n/index.tsx';

/**
 * Crisis-panel text used only when the server has no /api/crisis-resources endpoint. The wording
 * follows the 5-4-3-2-1 grounding technique and the Stanley–Brown safety-planning steps (warning
 * signs → people to contact → professional and crisis lines → making the environment safe), written
 * for this project 2026-11; the strings themselves live in the i18n dictionaries.
 */
export const FALLBACK_CRISIS: {
  message: MessageKey;
  question: MessageKey;
  grounding: { title: MessageKey; steps: MessageKey[] };
  safetyPlan: { title: MessageKey; steps: MessageKey[] };
} = {
  message: 'crisis.fallbackMessage',
  question: 'crisis.fallbackQuestion',
  grounding: {
    title: 'crisis.groundingFallbackTitle',
    steps: [
      'crisis.groundingFallback1',
      'crisis.groundingFallback2',
      'crisis.groundingFallback3',
      'crisis.groundingFallback4',
      'crisis.groundingFallback5',
    ],
  },
  safetyPlan: {
    title: 'crisis.planFallbackTitle',
    steps: ['crisis.planFallback1', 'crisis.planFallback2', 'crisis.planFallback3', 'crisis.planFallback4'],
  },
};
