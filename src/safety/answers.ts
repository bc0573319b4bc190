/**
 * Short answers to the assistant's own questions about risk. "Yes" means nothing alone; next to
 * "have you thought about how you'd do it?" it is a plan, next to "are you safe right now?" a "no" is
 * an emergency. Only the last assistant message and a short answer are read: a longer answer is
 * judged by its own words.
 */
import type { RiskLevel } from '../core/types.ts';
import {
  AFFIRMATION,
  AFFIRMATION_MORE,
  AFFIRMATION_ZH_RUN,
  ANSWER_HEDGE,
  HEDGED_NO,
  PLAN_QUESTION,
  PLAN_QUESTION_IN_CONTEXT,
  RISK_QUESTION,
  RISK_TOPIC,
  SAFE_CLAIM,
  SCALE_ANSWER,
  SCALE_QUESTION,
  SAFETY_QUESTION,
  UNSAFE_ANSWER,
} from './data/assistant-questions.ts';
import { DENIAL } from './data/crisis-modifiers.ts';
import { normalise } from './normalize.ts';

export interface AnswerReading {
  rule: 'affirmed-plan' | 'unsafe-answer' | 'affirmed-check-in';
  level: RiskLevel;
}

/** Longer answers carry their own words; the question only decides for short ones. */
const MAX_ANSWER = 40;
/** A question sits near the end of a long message; the tail keeps the cost flat. */
const QUESTION_TAIL = 600;

/** Whether a short answer (normalised) says yes: hedges read through, denials and hedged noes not. */
export function affirms(answer: string): boolean {
  const rest = answer.replace(ANSWER_HEDGE, '');
  if (rest === '' || DENIAL.test(rest) || HEDGED_NO.test(rest)) return false;
  return AFFIRMATION.test(rest) || AFFIRMATION_MORE.test(rest) || AFFIRMATION_ZH_RUN.test(rest);
}

/** The last question sentence of the message ("…. Are you safe right now?"), or ''. */
function lastQuestion(text: string): string {
  const end = Math.max(text.lastIndexOf('?'), text.lastIndexOf('？'));
  if (end < 0) return '';
  const before = text.slice(0, end);
  const start = Math.max(...['.', '。', '!', '！', '?', '？', '\n'].map((c) => before.lastIndexOf(c))) + 1;
  return text.slice(start, end + 1).trim();
}

/**
 * Reads `answer` (the person's whole message, normalised) as the answer to `question` (the last
 * assistant message, raw). `earlierRisk`: an earlier user turn already read at least low, so "do you
 * have a plan?" is about a plan to die. Null when the answer is long, the question is not about risk,
 * or the answer does not disclose anything.
 */
export function readAnswer(
  question: string | undefined,
  answer: string,
  earlierRisk = false,
): AnswerReading | null {
  if (!question || answer.length > MAX_ANSWER) return null;
  const q = normalise(question.slice(-QUESTION_TAIL)).text;
  if (!q.includes('?') && !q.includes('？')) return null;
  if (SAFETY_QUESTION.test(lastQuestion(q))) {
    if (UNSAFE_ANSWER.test(answer) && !SAFE_CLAIM.test(answer))
      return { rule: 'unsafe-answer', level: 'imminent' };
    // "Yes" here says safe; it does not answer an earlier question about thoughts.
    return null;
  }
  // PHQ-9 item 9 asked in the chat with its scale: any non-zero option is a positive screen.
  if (RISK_QUESTION.test(q) && SCALE_QUESTION.test(q) && SCALE_ANSWER.test(answer))
    return { rule: 'affirmed-check-in', level: 'high' };
  if (!affirms(answer) || SAFE_CLAIM.test(answer)) return null;
  const aboutRisk = earlierRisk || RISK_TOPIC.test(q);
  if (PLAN_QUESTION.test(q) || (aboutRisk && PLAN_QUESTION_IN_CONTEXT.test(q)))
    return { rule: 'affirmed-plan', level: 'imminent' };
  if (RISK_QUESTION.test(q)) return { rule: 'affirmed-check-in', level: 'high' };
  return null;
}
