/**
 * Turns the learned model's scores into a rule-like signal, under the rules' authority:
 * - it only raises: `active` ≥ threshold → `high`, `risk` ≥ threshold → `low`; its signal enters one
 *   combination only (round 25, in risk.ts): an active reading next to something concrete a rule read
 *   (means, a plan, a time for doing it, a place) is `imminent`. Never with the weak ones, so it cannot
 *   make `imminent` out of a bare "药买好了，今晚";
 * - it stays silent when the rules already reached `high`, or discounted a match on purpose
 *   (negated, someone else, fiction, hyperbole, resolved past): those modifiers are the rules' job;
 * - in a context it keeps out of (`learnedVetoed`) it speaks only when confident (`learnedConfident`).
 * It never lowers a level. (Session 13 tried letting a very low score lower the rules' reading: it removed false
 * alarms on our sets, and also read "你好，心理咨询师，我最近心情很不好，总是想到自杀。" at 0.001 and a topic change after
 * "I took 20 pills an hour ago" as explaining it. Not kept: docs/safety.md.)
 */
import type { RiskLevel } from '../../core/types.ts';
import type { CrisisSignal } from '../risk.ts';
import { normalise, originalRange, textSize, type NormalisedText } from '../normalize.ts';
import {
  CRAFT_BODY,
  CRAFT_CUT,
  DIRECTIONS,
  EXCESS_DENIED,
  MEDICAL_CONDITION,
  MEDICINE_ASK,
  SAFE_DOSE_ASK,
  SAFE_DOSE_HARM_AIM,
  EVERYDAY_ARRANGEMENTS,
  EVERYDAY_ENDING,
  EVERYDAY_GIVING,
  FICTION,
  GROOMING,
  HYPERBOLE,
  LAUGHTER,
  LEISURE,
  SERIOUS,
  MEDS_DISCARDED,
  REPLY_ONLY,
  TREATMENT,
} from '../data/crisis-modifiers.ts';
import { defaultCrisisModel } from './model.ts';

/**
 * Contexts in which the rules' modifiers would discount a match: joking, hyperbole, fiction or
 * media, leisure ("picked a spot for the picnic"), directions to a place, the safe dose of a medicine or the medicine for an illness, a craft's cut (session 37), affairs put in order as prudence (session 38), medicine taken as treatment, ending an everyday
 * thing ("我想结束这次合作"), clearing out things one has no use for ("把不穿的衣服都送人了"). The model
 * reads words, not context, so it keeps out of them; the rules still judge such messages.
 */
export function learnedVetoed(normText: string): boolean {
  if (TREATMENT.test(normText) || LEISURE.test(normText) || MEDS_DISCARDED.test(normText)) return true;
  if (DIRECTIONS.test(normText)) return true;
  if (CRAFT_CUT.test(normText) && !CRAFT_BODY.test(normText)) return true;
  const safeDose =
    SAFE_DOSE_ASK.test(normText) || (MEDICAL_CONDITION.test(normText) && MEDICINE_ASK.test(normText));
  if (safeDose && !SAFE_DOSE_HARM_AIM.test(normText.replace(EXCESS_DENIED, ' '))) return true;
  if (EVERYDAY_ENDING.test(normText) || EVERYDAY_GIVING.test(normText)) return true;
  if (EVERYDAY_ARRANGEMENTS.test(normText)) return true;
  if (FICTION.zh.test(normText) || FICTION.en.test(normText)) return true;
  if (HYPERBOLE.zh.test(normText) || HYPERBOLE.en.test(normText)) return true;
  return LAUGHTER.test(normText) && !SERIOUS.test(normText);
}

const RANK: Record<RiskLevel, number> = { none: 0, low: 1, high: 2, imminent: 3 };

/** The sentences free of a veto word must read at least this active (between `active` and `override`). */
export const REST_ACTIVE = 0.85;
/** …and say something: at least this many Han characters, counting a Latin word as two ("." reads 0.97 alone). */
const REST_MIN_WEIGHT = 8;

/**
 * Session 19: the recent user turns read together with the current one must read at least this `active` for risk told
 * over several turns (`conversationReadsActive`). Chosen on our written lines (train, fresh, dev) and the client turns
 * of the SMILE and CPsyCounD counselling dialogues: from the model's `active` (0.74) up to 0.80 no written `none` line
 * rose and the written risk lines gained stayed 6–7, while the counselling turns raised fell from 7 to 2 (of 36,264).
 */
export const JOINED_ACTIVE = 0.8;

/**
 * Session 19: risk told over several turns, no one of them high alone ("好想我妈" … "她去年走了" … "不用撑了，今晚我就去找她，
 * 东西都准备好了"): the earlier user turns (oldest first) and the current one, read together, read active. Bare assents
 * and thanks (REPLY_ONLY) are left out of the reading, and a current turn in a context the model keeps out of
 * (`learnedVetoed`) is not read.
 */
export function conversationReadsActive(earlierTexts: readonly string[], normText: string): boolean {
  const model = defaultCrisisModel();
  if (!model || REPLY_ONLY.test(normText) || learnedVetoed(normText)) return false;
  const turns = earlierTexts.map((t) => normalise(t).text).filter((t) => !REPLY_ONLY.test(t));
  if (turns.length === 0) return false;
  return model.score([...turns, normText].join('\n')).p[1] >= JOINED_ACTIVE;
}

/**
 * Session 15: a veto word is context for its own sentence, not for the whole message. When the sentences with no
 * veto word, read together, still read active ("last post here. scheduled my tweets, cat's going to my neighbour." —
 * "thanks for all the laughs x"; "wrote the note. … going to the river" — "under my grad photo"), the veto does not
 * silence them. A message of one sentence keeps the veto.
 */
export function restReadsActive(normText: string): boolean {
  const model = defaultCrisisModel();
  if (!model) return false;
  const parts = normText.split(/(?<=[.!?。！？;\n])\s*/u).filter((p) => /[\p{L}\p{N}]/u.test(p));
  if (parts.length < 2) return false;
  const rest = parts.filter((p) => !learnedVetoed(p));
  if (rest.length === 0 || rest.length === parts.length) return false;
  const joined = rest.join(' ');
  const { han, words } = textSize(joined);
  return han + 2 * words >= REST_MIN_WEIGHT && model.score(joined).p[1] >= REST_ACTIVE;
}

/**
 * With no rule word at all, the model speaks through a context veto only when near certain: the vetoes were written
 * where it read everyday asks with confidence (a card swiped, 划了卡, 0.97; "which method is most painless for
 * waxing legs", 0.96).
 */
export const CERTAIN = 0.99;

/**
 * Whether an active reading speaks through a context veto (`learnedVetoed`): at or above the model's `override`
 * threshold (chosen out of fold by the trainer) where a rule read something, weak words included ("tonight", a
 * place); CERTAIN where none did. Session 13, from outside rounds 11w-11z scored with the code and model from before
 * each: 7 of their high or imminent lines that the rules missed were silenced by a context veto while the model read
 * them at 0.90 or more ("游戏账号和装备都送给好兄弟了 … 其实是我以后不会在了"; "everything is set … going to the lake
 * tomorrow morning"), and none of their `none` lines. A model file without `override` keeps the veto absolute.
 */
export function learnedConfident(
  active: number,
  ruleRead: boolean,
  thresholds: Record<string, number>,
): boolean {
  const t = thresholds.override;
  return t !== undefined && active >= (ruleRead ? t : Math.max(t, CERTAIN));
}

export function learnedSignal(
  text: string,
  norm: NormalisedText,
  ruleLevel: RiskLevel,
  /**
   * A rule match was discounted on purpose; 'intent' when only active intent was denied (the model may still read
   * `low`, and `high` at `override`).
   */
  discounted: boolean | 'intent',
  /** Whether any rule matched, weak ones included. */
  ruleRead = false,
): CrisisSignal | null {
  // A bare assent or thanks ("好的，我想试试。") means what the question meant: never read alone (REPLY_ONLY).
  if (discounted === true || RANK[ruleLevel] >= RANK.high || REPLY_ONLY.test(norm.text)) return null;
  const model = defaultCrisisModel();
  if (!model || (!ruleRead && GROOMING.test(norm.text))) return null;
  const vetoed = learnedVetoed(norm.text);
  const s = model.score(norm.text, (start, end) => originalRange(norm, start, end));
  const [risk, active] = s.p;
  if (vetoed && !learnedConfident(active, ruleRead, model.header.thresholds) && !restReadsActive(norm.text))
    return null;
  const t = { risk: model.header.thresholds.risk ?? 1, active: model.header.thresholds.active ?? 1 };
  // Through a denied intent, active thoughts need `override` (none in the file: never).
  const activeBar = discounted === 'intent' ? (model.header.thresholds.override ?? Infinity) : t.active;
  const level: RiskLevel | null =
    active >= activeBar ? 'high' : ruleLevel === 'none' && risk >= t.risk ? 'low' : null;
  if (!level) return null;
  // Evidence: the span that pushed the score most, or the whole message when none stands out.
  const top = s.evidence[0] ?? { start: 0, end: text.length };
  return {
    rule: vetoed ? 'learned.confident' : level === 'high' ? 'learned.active' : 'learned.risk',
    category: 'learned',
    level,
    start: top.start,
    end: top.end,
    text: text.slice(top.start, top.end),
    score: Number((level === 'high' ? active : risk).toFixed(3)),
  };
}
