import type { ModalityCue } from '../core/types.ts';

/** Facial expressions as face-api names them, mapped onto the Ekman groups the fusion understands. */
const FACE_TO_EKMAN: Record<string, string> = {
  neutral: 'neutral',
  happy: 'joy',
  sad: 'sadness',
  angry: 'anger',
  fearful: 'fear',
  disgusted: 'disgust',
  surprised: 'surprise',
};

interface VoiceLike {
  analyser: string;
  speechDetected: boolean;
  tension: { value: number; confidence: number };
}
interface FaceLike {
  available: boolean;
  analyser?: string;
  expressions?: Record<string, number>;
  confidence?: number;
}

/**
 * Turns media cues (voice prosody, facial expression) into fusion cues. Voice gives only a weak
 * tension signal, read as nervousness; a face gives expression probabilities as Ekman groups.
 */
export function cuesFromMedia(media: ReadonlyArray<{ voice?: VoiceLike; face?: FaceLike }>): ModalityCue[] {
  const out: ModalityCue[] = [];
  for (const m of media) {
    if (m.voice?.speechDetected && m.voice.tension.confidence > 0) {
      out.push({
        modality: 'voice',
        scores: { nervousness: m.voice.tension.value },
        confidence: m.voice.tension.confidence,
        source: m.voice.analyser,
      });
    }
    const face = m.face;
    if (face?.available && face.expressions && (face.confidence ?? 0) > 0) {
      const scores: Record<string, number> = {};
      for (const [expr, p] of Object.entries(face.expressions)) {
        const group = FACE_TO_EKMAN[expr];
        if (group) scores[group] = p;
      }
      out.push({ modality: 'face', scores, confidence: face.confidence ?? 0, source: face.analyser });
    }
  }
  return out;
}
