/**
 * Turns the learned model's scores into a rule-like signal, under the rules' authority:
 * - it only raises: `active` ≥ threshold → `high`, `risk` ≥ threshold → `low`; its signal enters one
 *   combination only (round 25, in risk.ts): an active reading next to something concrete a rule read
 *   (means, a plan, a time for doing it, a place) is `imminent`. Never with the weak ones, so it cannot
 *   make `imminent` out of a bare "药买好了，今晚";
 * - it stays silent when the rules already reached `high`, or discounted a match on purpose
 *   (negated, someone else, fiction, hyperbole, resolved past): those modifiers are the rules' job.
 */
import type { RiskLevel } from '../../core/types.ts';
import type { CrisisSignal } from '../risk.ts';
import { originalRange, type NormalisedText } from '../normalize.ts';
import {
  EVERYDAY_ENDING,
  EVERYDAY_GIVING,
  FICTION,
  HYPERBOLE,
  LAUGHTER,
  LEISURE,
  SERIOUS,
  MEDS_DISCARDED,
  TREATMENT,
} from '../data/crisis-modifiers.ts';
import { defaultCrisisModel } from './model.ts';

/**
 * Contexts in which the rules' modifiers would discount a match: joking, hyperbole, fiction or
 * media, leisure ("picked a spot for the picnic"), medicine taken as treatment, ending an everyday
 * thing ("我想结束这次合作"), clearing out things one has no use for ("把不穿的衣服都送人了"). The model
 * reads words, not context, so it keeps out of them; the rules still judge such messages.
 */
export function learnedVetoed(normText: string): boolean {
  if (TREATMENT.test(normText) || LEISURE.test(normText) || MEDS_DISCARDED.test(normText)) return true;
  if (EVERYDAY_ENDING.test(normText) || EVERYDAY_GIVING.test(normText)) return true;
  if (FICTION.zh.test(normText) || FICTION.en.test(normText)) return true;
  if (HYPERBOLE.zh.test(normText) || HYPERBOLE.en.test(normText)) return true;
  return LAUGHTER.test(normText) && !SERIOUS.test(normText);
}

const RANK: Record<RiskLevel, number> = { none: 0, low: 1, high: 2, imminent: 3 };

export function learnedSignal(
  text: string,
  norm: NormalisedText,
  ruleLevel: RiskLevel,
  discounted: boolean,
): CrisisSignal | null {
  if (discounted || RANK[ruleLevel] >= RANK.high || learnedVetoed(norm.text)) return null;
  const model = defaultCrisisModel();
  if (!model) return null;
  const s = model.score(norm.text, (start, end) => originalRange(norm, start, end));
  const [risk, active] = s.p;
  const t = { risk: model.header.thresholds.risk ?? 1, active: model.header.thresholds.active ?? 1 };
  const level: RiskLevel | null =
    active >= t.active ? 'high' : ruleLevel === 'none' && risk >= t.risk ? 'low' : null;
  if (!level) return null;
  // Evidence: the span that pushed the score most, or the whole message when none stands out.
  const top = s.evidence[0] ?? { start: 0, end: text.length };
  return {
    rule: level === 'high' ? 'learned.active' : 'learned.risk',
    category: 'learned',
    level,
    start: top.start,
    end: top.end,
    text: text.slice(top.start, top.end),
    score: Number((level === 'high' ? active : risk).toFixed(3)),
  };
}
