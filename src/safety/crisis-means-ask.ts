/**
 * Session 30: a question asked in a conversation the rules read at high or imminent risk that touches the means (a
 * height, water, medicines, a ligature, gas, blades, hidden marks, the weight, being alone or found; see
 * `data/crisis-means-ask.ts`). Its words may name no method at all ("what time does the walgreens on 5th close
 * tonight" after "I've been saving my pills"); the crisis reply stays with the person instead of answering it. The
 * topic must sit in a clause that asks: a crisis told ("the pills are in my hand", "我知道楼顶的门怎么开") asks nothing
 * and keeps its crisis reply. Care (a wound cleaned, a dose not missed), an emergency asked about ("is this normal",
 * "要不要去医院") and asking for help are never such a question. The caller checks the risk.
 */
import { ASK_FOR_HELP, AT_RISK_TOLD_BEFORE } from './data/at-risk-ask.ts';
import {
  ASKED_BY_MARK,
  EATING_ASK,
  EATING_CONTEXT,
  EATING_RECOVERY,
  ASKS_ANYWHERE,
  EFFICACY_ASK,
  EFFICACY_NOT,
  HELP_KEPT_AWAY,
  HELP_KEPT_AWAY_CUE,
  HELP_KEPT_AWAY_EATING,
  EN_QUESTION_OPENS,
  EVERYDAY_LOAD,
  FOR_PET_OR_CHILD,
  FOR_SELF,
  FOUND_IN_TIME,
  LETHAL_OUTCOME,
  OUTCOME_WITH_PURPOSE,
  MEANS_ASK_NOT,
  MEANS_EMERGENCY,
  MEANS_TOPIC_EN,
  MEANS_TOPIC_ZH,
  PURPOSE_CUE,
  REQUEST,
  SELF_EVIDENT_MEANS_ASK,
  SELF_EVIDENT_MEANS_ASK_MORE,
  TOPIC_HIDDEN,
  TOPIC_SUBSTANCE,
  TOPIC_WEIGHT,
  ZH_COUNTED_BEFORE,
  ZH_QUESTION,
} from './data/crisis-means-ask.ts';
import type { HarmCategory } from './data/harmful-requests.ts';
import type { HarmfulRequest } from './harmful.ts';
import { normalise, originalRange } from './normalize.ts';

/** Sentence ends, commas, and the spaces between Chinese phrases (chat writes clauses that way). */
const CLAUSE_SPLIT = /[.。!！?？;；,，、:：\n]+|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/gu;

/** The clause asks: a question mark or particle, a request, a question opening it, or a Chinese question word not told. */
function clauseAsks(clause: string): boolean {
  if (ASKED_BY_MARK.test(clause) || REQUEST.test(clause) || EN_QUESTION_OPENS.test(clause)) return true;
  const q = ZH_QUESTION.exec(clause);
  if (!q) return false;
  const before = clause.slice(Math.max(0, q.index - 8), q.index);
  return !AT_RISK_TOLD_BEFORE.test(before) && !ZH_COUNTED_BEFORE.test(before);
}

function categoryOf(clause: string): HarmCategory {
  if (TOPIC_WEIGHT.test(clause)) return 'extreme-weight-loss';
  if (TOPIC_HIDDEN.test(clause)) return 'hide-injury';
  if (TOPIC_SUBSTANCE.test(clause)) return 'overdose';
  return 'self-harm-method';
}

/** A means ask, with the clause that asks it (offsets in `text`), so the caller can read the risk told apart from it. */
export interface CrisisMeansAsk extends HarmfulRequest {
  clause: { start: number; end: number };
}

/**
 * The first clause that asks and in which `find` finds a topic: the topic's and the clause's offsets in `text`.
 * Clauses are cut in the raw text (normalising joins the spaces between Chinese phrases) and keep their own closing mark
 * ("…close tonight?"), which is what asks; a "why" question asks for an explanation, not a means.
 */
function askedTopic(
  text: string,
  find: (clause: string) => RegExpExecArray | null,
): { start: number; end: number; clause: string; clauseStart: number; clauseEnd: number } | null {
  let from = 0;
  for (const cut of [...text.matchAll(CLAUSE_SPLIT), null]) {
    const to = cut ? cut.index! : text.length;
    const raw = text.slice(from, cut ? to + cut[0].length : to);
    const norm = normalise(raw);
    const m = /^\s*(?:why|为什么)\b/u.test(norm.text) || !clauseAsks(norm.text) ? null : find(norm.text);
    if (m) {
      const r = originalRange(norm, m.index, m.index + m[0].length);
      return {
        start: from + r.start,
        end: from + r.end,
        clause: norm.text,
        clauseStart: from,
        clauseEnd: from + raw.length,
      };
    }
    from = to + (cut ? cut[0].length : 0);
  }
  return null;
}

/** Asking for help, a use that is no means, or an emergency asked about: never a means ask (normalised text). */
function meansAskRuledOut(whole: string): boolean {
  return ASK_FOR_HELP.test(whole) || MEANS_ASK_NOT.test(whole) || MEANS_EMERGENCY.test(whole);
}

export function detectCrisisMeansAsk(text: string): CrisisMeansAsk | null {
  if (typeof text !== 'string' || text === '') return null;
  const whole = normalise(text).text;
  if (meansAskRuledOut(whole)) return null;
  const found = askedTopic(text, (c) => MEANS_TOPIC_EN.exec(c) ?? MEANS_TOPIC_ZH.exec(c));
  if (!found) return null;
  return {
    category: categoryOf(found.clause),
    rule: 'crisis-means-ask',
    framing: false,
    evidence: { start: found.start, end: found.end, text: text.slice(found.start, found.end) },
    clause: { start: found.clauseStart, end: found.clauseEnd },
  };
}

/**
 * A means ask with the purpose of an ending said beside it in the same message (`PURPOSE_CUE`: "Which bridge around here
 * has the lowest railing? Going for a walk tonight, for the last time"), whatever the crisis assessment reads.
 */
export function detectMeansAskWithPurpose(text: string, normText?: string): HarmfulRequest | null {
  if (typeof text !== 'string') return null;
  // The purpose first: one pass over the text, which fails for nearly every message (this runs on every turn, and the
  // crisis assessment passes the text it has already normalised).
  const n = normText ?? normalise(text).text;
  if (PURPOSE_CUE.test(n)) {
    const found = detectMeansOrEfficacyAsk(text) ?? outcomeBesidePurpose(text, n);
    if (found) return { ...found, rule: 'crisis-means-ask.purpose' };
  }
  return detectHelpKeptAway(text, n) ?? detectLethalOutcomeAsk(text, n);
}

/**
 * Session 34: beside a purpose, an outcome asked anywhere in the message (LETHAL_OUTCOME, OUTCOME_WITH_PURPOSE) with a
 * means named anywhere: the means and the question often sit in different sentences ("My doctor gave me fentanyl
 * patches. If I put several on at once would I just go to sleep? I don't want the kids to have to look after me").
 */
function outcomeBesidePurpose(text: string, n: string): CrisisMeansAsk | null {
  const asked = OUTCOME_WITH_PURPOSE.test(n) || LETHAL_OUTCOME.test(n);
  if (!asked || !asksSomething(text, n) || meansAskRuledOut(n) || !meansNamed(n)) return null;
  return {
    category: categoryOf(n),
    rule: 'crisis-means-ask.purpose',
    framing: false,
    evidence: { start: 0, end: text.length, text },
    clause: { start: 0, end: text.length },
  };
}

/** The purpose of an ending said in `text` (PURPOSE_CUE). */
export function purposeSaid(text: string): boolean {
  return PURPOSE_CUE.test(normalise(text).text);
}

/**
 * A means topic asked about, or else whether it would work (session 32): what a conversation at high risk, or a purpose
 * said beside or before it, makes a means ask.
 */
export function detectMeansOrEfficacyAsk(text: string): CrisisMeansAsk | null {
  return detectCrisisMeansAsk(text) ?? detectEfficacyAsk(text);
}

/**
 * Session 32: whether it would work, be enough, be quicker or hurt less, asked in a clause ("i counted 40. is that enough",
 * "那你只说是或不是：在浴缸里会更快吗"); never about coping, care or help (EFFICACY_NOT). Only a conversation read at high risk,
 * or a purpose said beside it, makes it a means ask (the caller checks).
 */
function detectEfficacyAsk(text: string): CrisisMeansAsk | null {
  if (typeof text !== 'string' || text === '') return null;
  const whole = normalise(text).text;
  if (
    meansAskRuledOut(whole) ||
    EFFICACY_NOT.test(whole) ||
    // One pass over the whole text first: the clause walk below costs more, and this runs on every turn with a purpose.
    !EFFICACY_ASK.test(whole)
  )
    return null;
  const found = askedTopic(text, (c) => EFFICACY_ASK.exec(c));
  if (!found) return null;
  return {
    category: categoryOf(whole),
    rule: 'crisis-means-ask.efficacy',
    framing: false,
    evidence: { start: found.start, end: found.end, text: text.slice(found.start, found.end) },
    clause: { start: found.clauseStart, end: found.clauseEnd },
  };
}

/**
 * Session 32: an ask that works to keep help away (HELP_KEPT_AWAY: nobody calling an ambulance in time, a goodbye
 * disguised, a clinician told all is well so the checking stops, an eating disorder hidden from whoever checks). It
 * names the emergency or the clinician itself, so only asking for help ends it.
 */
function detectHelpKeptAway(text: string, n: string): HarmfulRequest | null {
  const m = HELP_KEPT_AWAY_CUE.test(n) ? HELP_KEPT_AWAY.exec(n) : null;
  if (!m || !asksNotForHelp(text, n)) return null;
  return {
    category: HELP_KEPT_AWAY_EATING.test(m[0]) ? 'extreme-weight-loss' : 'self-harm-method',
    rule: 'crisis-means-ask.help-kept-away',
    framing: false,
    evidence: { start: 0, end: text.length, text },
  };
}

/**
 * Session 31: an ask whose outcome is the method: on its own (SELF_EVIDENT_MEANS_ASK: gas left on unlit, a CO alarm
 * silenced, charcoal counted for a closed room), or with a means named anywhere in the message (LETHAL_OUTCOME: a
 * person's weight held, no way back out of the water, nobody noticing in time, sure or painless, marks kept from
 * whoever checks). Either way the message must ask something, and never asks for help or care.
 */
function detectLethalOutcomeAsk(text: string, n: string): HarmfulRequest | null {
  const selfEvident = SELF_EVIDENT_MEANS_ASK.exec(n) ?? SELF_EVIDENT_MEANS_ASK_MORE.exec(n);
  const outcome = selfEvident ? null : LETHAL_OUTCOME.exec(n);
  if (!selfEvident && !outcome) return null;
  if (!asksSomething(text, n) || meansAskRuledOut(n)) return null;
  if (FOR_PET_OR_CHILD.test(n) && !FOR_SELF.test(n)) return null;
  const whole = { start: 0, end: text.length, text };
  if (selfEvident)
    return {
      category: 'self-harm-method',
      rule: 'crisis-means-ask.self-evident',
      framing: false,
      evidence: whole,
    };
  if (EVERYDAY_LOAD.test(n)) return null;
  // Being found is named apart from the means (session 33: "how long until someone finds me" is both an outcome and a
  // topic, and alone, "我要是消失了 大家多久才会发现", a passive wish).
  const { index, 0: asked } = outcome!;
  const rest = FOUND_IN_TIME.test(asked)
    ? n.slice(0, index) + ' '.repeat(asked.length) + n.slice(index + asked.length)
    : n;
  if (!meansNamed(rest)) return null;
  return { category: categoryOf(n), rule: 'crisis-means-ask.outcome', framing: false, evidence: whole };
}

/** A means topic is named anywhere in `n` (normalised text). */
function meansNamed(n: string): boolean {
  return MEANS_TOPIC_EN.test(n) || MEANS_TOPIC_ZH.test(n);
}

/** The message asks something, anywhere or in a clause. */
function asksSomething(text: string, n: string): boolean {
  return ASKS_ANYWHERE.test(n) || messageAsks(text);
}

/** The message asks something and does not ask for help. */
function asksNotForHelp(text: string, n: string): boolean {
  return !ASK_FOR_HELP.test(n) && asksSomething(text, n);
}

/** Some clause of the message asks (see clauseAsks). */
function messageAsks(text: string): boolean {
  return askedTopic(text, (c) => /[\s\S]/u.exec(c)) !== null;
}

/**
 * An eating-disorder ask in context: the writer told of bingeing, purging, restricting or a very low weight in one of
 * the `earlier` user turns (in the ask itself those words are as often first aid or a question about risk), and a clause
 * asks about the weight, calories, or hiding or undoing it ("[im 48kg and i still hate my body]" … "what foods look like
 * a full plate but are basically zero calories"). Asking about recovery never is.
 */
export function detectEatingAskInContext(text: string, earlier: string[]): HarmfulRequest | null {
  if (typeof text !== 'string' || text === '') return null;
  const n = normalise(text).text;
  if (EATING_RECOVERY.test(n) || ASK_FOR_HELP.test(n)) return null;
  if (!earlier.some((e) => EATING_CONTEXT.test(normalise(e).text))) return null;
  const found = askedTopic(text, (c) => TOPIC_WEIGHT.exec(c) ?? EATING_ASK.exec(c));
  if (!found) return null;
  return {
    category: 'extreme-weight-loss',
    rule: 'eating-ask-in-context',
    framing: false,
    evidence: { start: found.start, end: found.end, text: text.slice(found.start, found.end) },
  };
}
