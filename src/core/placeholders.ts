/**
 * PLACEHOLDER stages. They are honest about what they are: they detect nothing, and every record
 * they produce says `placeholder: true`, which the API passes to clients. The safety layer and the
 * emotion analyser replace them (see docs/ARCHITECTURE.md).
 */
import type { EmotionAnalyser, OutputGuardFactory, SafetyPreCheck } from './stages.ts';

export const placeholderSafety: SafetyPreCheck = {
  name: 'placeholder-safety',
  check: () => ({
    risk: {
      level: 'none',
      reasons: ['placeholder: no risk assessment is installed'],
      evidence: [],
      assessor: 'placeholder',
      placeholder: true,
    },
  }),
};

export const placeholderEmotion: EmotionAnalyser = {
  name: 'placeholder-emotion',
  analyse: () => ({ labels: [], predicted: [], analyser: 'placeholder', placeholder: true }),
};

export const passThroughGuard: OutputGuardFactory = {
  name: 'pass-through',
  create: () => ({
    push: (text) => [{ type: 'text', text }],
    end: () => [],
  }),
};
