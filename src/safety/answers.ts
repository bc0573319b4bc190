/**
 * Short answers to the assistant's own questions about risk. "Yes" means nothing alone; next to
 * "have you thought about how you'd do it?" it is a plan, next to "are you safe right now?" a "no" is
 * an emergency. Only the last assistant message and a short answer are read: a longer answer is
 * judged by its own words.
 */
import type { RiskLevel } from '../core/types.ts';
import {
  ACT_ANSWER,
  ACT_DONE_ANSWER,
  ACT_QUESTION,
  ACTIVE_OPTION_ECHO,
  AFFIRMATION,
  AFFIRMATION_FREQUENCY,
  AFFIRMATION_MORE,
  AFFIRMATION_ZH_RUN,
  AFFIRMATION_ZH_WHEN,
  ALREADY_THERE_ANSWER,
  BULK_AMOUNT,
  DANGER_PLACE_ANSWER,
  INTENT_WITH_QUESTION,
  MEANS_READY_ANSWER,
  PLAN_OR_TIME_QUESTION,
  RELAPSE_CLARIFY_QUESTION,
  SELF_HARM_NAME_ANSWER,
  TAKE_ALL_ANSWER,
  WHERE_QUESTION,
  WORRY_SAID,
  EITHER_OR,
  EMERGENCY_URGE,
  EXCESS_QUESTION,
  ANSWER_HEDGE,
  EVERYDAY_WHEN,
  EVERYDAY_SWALLOWED,
  PLACE_EVERYDAY_ANSWER,
  HEDGED_NO,
  NUMBERED_OPTION,
  OPTION_PICK,
  PASSIVE_WISH_QUESTION,
  PLAN_OPTION,
  PLAN_QUESTION,
  PLAN_QUESTION_IN_CONTEXT,
  PLAN_TIME_ANSWER,
  RISK_QUESTION,
  RISK_TOPIC,
  SAFE_CLAIM,
  SCALE_ANSWER,
  SCALE_QUESTION,
  SAFETY_QUESTION,
  TIME_ANSWER,
  UNSAFE_ANSWER,
  WHEN_QUESTION,
  ABOUT_WRITER_QUESTION,
  NOT_OWNED,
  OWNS_IT,
} from './data/assistant-questions.ts';
import { DENIAL, MEANT_OTHERWISE_SAID, NOT_DEATH } from './data/crisis-modifiers.ts';
import { normalise } from './normalize.ts';

export interface AnswerReading {
  rule:
    | 'affirmed-plan'
    | 'unsafe-answer'
    | 'affirmed-check-in'
    | 'answered-when'
    | 'answered-act'
    | 'picked-option'
    | 'affirmed-wish'
    | 'already-there'
    | 'picked-active'
    | 'at-place'
    | 'means-ready'
    | 'named-self-harm';
  level: RiskLevel;
}

/** Longer answers carry their own words; the question only decides for short ones. */
const MAX_ANSWER = 40;
/** Round 23c: a place named in reply to "where are you?" may come with a few words around it. */
const MAX_PLACE_ANSWER = 80;
/** A question sits near the end of a long message; the tail keeps the cost flat. */
const QUESTION_TAIL = 600;

/** "…但还没做", "but haven't done anything": not acting yet is no denial of the thoughts asked about. */
const NOT_YET_ACTED =
  /(?:但|可是|不过)?(?:是)?(?:还|暂时)?没(?:有)?(?:做|动手|行动|实施|试)(?:过)?(?:什么)?[\s,.!。，！…]*$|\bbut (?:i )?(?:haven'?t|havent|didn'?t|didnt) (?:done|do|acted|act|tried|try)\b[^.!?]*$/u;

/** Round 24: a future time closing a yes ("yes. I have about 60 now. this weekend"); "not tonight" is no time. */
const FUTURE_TIME_AT_END =
  /(?<!\b(?:not|no|never|but not)\s)\b(?:tonight|tomorrow(?: night)?|this weekend|next week|this (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s*[.!]*$|(?<![不没别])(?:今晚|明天|明晚|这周末|下周)[。.!！]*$/u;

/**
 * Session 23: a longer answer that opens with a yes ("i am, just waiting till after exams so my parents dont think it
 * was the exams", "yeah. picked the songs already. its kinda calming honestly", "yeah ive been looking at ways. its fine,
 * im just tired"): what follows tells more, it does not take the yes back. Not when its first clause says the person is
 * safe ("yeah im fine, just tired"), nor when it says anywhere that the words meant something else or were not about
 * dying ("yes, ending my lease, not my life"). A bare "嗯" is a filler as often as a yes, so it does not open one here.
 */
const MAX_LONG_YES = 160;
const OPENS_YES =
  /^(?:(?:yes|yeah+|yep|yup|ya|yh|i guess so|honestly yes|tbh yes|有想过|想过|有的|有过|是的|是啊|对啊)(?:[\s,.!。，！…]|$)|(?:i am|i do|i have|i think so)(?:[,.!…]|$))/u;
const MEANT_ELSE = new RegExp(
  `${MEANT_OTHERWISE_SAID.source}|${NOT_DEATH.source}|\\b(?:jk|kidding|joking|not (?:about )?(?:me|myself))\\b|开玩笑|说着玩`,
  'u',
);

function longYes(answer: string): boolean {
  if (answer.length > MAX_LONG_YES || !OPENS_YES.test(answer)) return false;
  const first = answer.split(/[,.!?;。，！？；]/u)[0] ?? '';
  return !SAFE_CLAIM.test(first) && !DENIAL.test(answer) && !MEANT_ELSE.test(answer);
}

/** Whether a short answer (normalised) says yes: hedges read through, denials and hedged noes not. */
export function affirms(answer: string): boolean {
  const rest = answer.replace(ANSWER_HEDGE, '').replace(NOT_YET_ACTED, '').trim();
  if (rest === '' || DENIAL.test(rest) || HEDGED_NO.test(rest)) return false;
  return (
    AFFIRMATION.test(rest) ||
    AFFIRMATION_MORE.test(rest) ||
    AFFIRMATION_ZH_RUN.test(rest) ||
    AFFIRMATION_FREQUENCY.test(rest) ||
    AFFIRMATION_ZH_WHEN.test(rest)
  );
}

/**
 * Session 19: "Is this about you?" answered yes ("yeah. obviously", "it's me, there's no friend", "嗯 就是我"): what was
 * asked or told of someone else, or as a hypothesis, is the writer's own. `question` is the assistant's last message
 * (raw), `answer` the person's (normalised). The caller checks that an earlier turn spoke of risk.
 */
export function ownsEarlierAsk(question: string, answer: string): boolean {
  const asked = lastQuestion(normalise(question).text);
  if (!ABOUT_WRITER_QUESTION.test(asked)) return false;
  const rest = answer.replace(ANSWER_HEDGE, '').trim();
  return rest.length <= MAX_ANSWER * 3 && OWNS_IT.test(rest) && !NOT_OWNED.test(rest);
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
  if (!question || answer.length > MAX_PLACE_ANSWER) return null;
  const q = normalise(question.slice(-QUESTION_TAIL)).text;
  const aboutRisk = earlierRisk || RISK_TOPIC.test(q);
  // Round 23c: "我很担心你。你现在在哪里？" → "河边" / "up here already, top floor of the car park": at the place now.
  // A place answer may run a little longer than a yes; the worry said or the talk about risk decides.
  if (
    (aboutRisk || WORRY_SAID.test(q)) &&
    WHERE_QUESTION.test(q) &&
    DANGER_PLACE_ANSWER.test(answer) &&
    !PLACE_EVERYDAY_ANSWER.test(answer) &&
    !DENIAL.test(answer) &&
    !SAFE_CLAIM.test(answer)
  )
    return { rule: 'at-place', level: 'imminent' };
  // Session 23: a longer yes to a question about suicide or self-harm (see longYes).
  if (answer.length > MAX_ANSWER) {
    const asked = lastQuestion(q);
    return RISK_QUESTION.test(asked) && !SAFETY_QUESTION.test(asked) && longYes(answer)
      ? { rule: 'affirmed-check-in', level: 'high' }
      : null;
  }
  // Round 23: an option picked by its number is read as its words ("3" → "已经准备好要做了"); the options may
  // be offered without a question mark ("用数字告诉我：1 …，2 …，3 …").
  const picked = pickedOption(q, answer);
  // Options are often worded in the person's voice ("2) thinking about hurting myself").
  const firstPerson = (t: string) => t.replace(/\bmyself\b/gu, 'yourself');
  if (picked !== null && (aboutRisk || RISK_TOPIC.test(firstPerson(q)))) {
    if (PLAN_OPTION.test(picked)) return { rule: 'picked-option', level: 'imminent' };
    if (RISK_TOPIC.test(firstPerson(picked))) return { rule: 'picked-option', level: 'high' };
  }
  if (!q.includes('?') && !q.includes('？')) return null;
  const lastAsked = lastQuestion(q);
  if (SAFETY_QUESTION.test(lastAsked)) {
    if (UNSAFE_ANSWER.test(answer) && !SAFE_CLAIM.test(answer))
      return { rule: 'unsafe-answer', level: 'imminent' };
    // "Yes" here says safe; it does not answer an earlier question about thoughts.
    return null;
  }
  // PHQ-9 item 9 asked in the chat with its scale: any non-zero option is a positive screen.
  if (RISK_QUESTION.test(q) && SCALE_QUESTION.test(q) && SCALE_ANSWER.test(answer))
    return { rule: 'affirmed-check-in', level: 'high' };
  const denies = DENIAL.test(answer) || HEDGED_NO.test(answer);
  // Round 23b: "是平时的量，还是比平时多？" → "多 大概两板": an amount in packs or bottles is an overdose, asked about
  // or not; "请马上打120" next to "什么时候吃的？" says the talk is about an emergency.
  if (
    !denies &&
    EXCESS_QUESTION.test(q) &&
    BULK_AMOUNT.test(answer) &&
    !EVERYDAY_SWALLOWED.test(afterAmount(BULK_AMOUNT, answer))
  )
    return { rule: 'answered-act', level: 'imminent' };
  const urgent = EMERGENCY_URGE.test(q) && /你[^,，。?？]{0,6}(?:吃|吞|喝|服)|\byou\b/u.test(q);
  if ((aboutRisk || urgent) && !DENIAL.test(answer)) {
    // A time named when asked when ("你打算什么时候？" → "今晚"), an amount or "just now" when asked what was taken.
    const asked = lastAsked || q;
    if (WHEN_QUESTION.test(asked) && !EVERYDAY_WHEN.test(asked) && TIME_ANSWER.test(answer))
      return { rule: 'answered-when', level: 'imminent' };
    if (ACT_QUESTION.test(q) && (namesActAmount(answer) || affirms(answer)))
      return { rule: 'answered-act', level: 'imminent' };
    if (
      RISK_QUESTION.test(q) &&
      ACT_DONE_ANSWER.test(answer) &&
      !EVERYDAY_SWALLOWED.test(afterAmount(ACT_DONE_ANSWER, answer))
    )
      return { rule: 'answered-act', level: 'imminent' };
  }
  if (!denies && !SAFE_CLAIM.test(answer)) {
    const plan = PLAN_QUESTION.test(q) || (aboutRisk && PLAN_QUESTION_IN_CONTEXT.test(q));
    // Round 23b: a plan asked about and a day named ("are you planning to end your life?" → "saturday").
    if (plan && PLAN_TIME_ANSWER.test(answer)) return { rule: 'answered-when', level: 'imminent' };
    // Round 23c: "do you have a plan or a time in mind?" → "this weekend".
    if (
      aboutRisk &&
      PLAN_OR_TIME_QUESTION.test(q) &&
      (PLAN_TIME_ANSWER.test(answer) || TIME_ANSWER.test(answer))
    )
      return { rule: 'answered-when', level: 'imminent' };
    // Round 23c: "what are you thinking of doing with them?" → "swallowing every one tonight".
    if (INTENT_WITH_QUESTION.test(q) && TAKE_ALL_ANSWER.test(answer))
      return { rule: 'answered-act', level: 'imminent' };
    // Round 23c: "thoughts of using the gun on yourself?" → "it's loaded, i'm holding it": the means at hand.
    if ((RISK_QUESTION.test(q) || plan) && MEANS_READY_ANSWER.test(answer))
      return { rule: 'means-ready', level: 'imminent' };
    // Round 23c: "what do you mean by relapsed?" → "cutting. twice this week": self-harm named.
    if (RELAPSE_CLARIFY_QUESTION.test(q) && SELF_HARM_NAME_ANSWER.test(answer))
      return { rule: 'named-self-harm', level: 'high' };
    // Round 23b: "嗯 已经在了" / "already here" after a question about hurting oneself: at the place now.
    if ((plan || RISK_QUESTION.test(q)) && ALREADY_THERE_ANSWER.test(answer))
      return { rule: 'already-there', level: 'imminent' };
    // Round 23b: "wanting to die, or taking your life?" → "ending it" / "后者": the active option picked.
    if (EITHER_OR.test(lastAsked) && RISK_TOPIC.test(lastAsked) && ACTIVE_OPTION_ECHO.test(answer))
      return { rule: 'picked-active', level: 'high' };
  }
  if (!affirms(answer) || SAFE_CLAIM.test(answer)) return null;
  if (PLAN_QUESTION.test(q) || (aboutRisk && PLAN_QUESTION_IN_CONTEXT.test(q)))
    return { rule: 'affirmed-plan', level: 'imminent' };
  // Round 24: "are you saving them to hurt yourself?" → "yes. … this weekend": the intent affirmed with a time.
  if (RISK_QUESTION.test(q) && FUTURE_TIME_AT_END.test(answer))
    return { rule: 'affirmed-plan', level: 'imminent' };
  if (RISK_QUESTION.test(q)) return { rule: 'affirmed-check-in', level: 'high' };
  // Round 23b: "你会不会希望自己睡着就不醒了？" → "会 经常这么想": a passive death wish (C-SSRS 1).
  if (PASSIVE_WISH_QUESTION.test(q)) return { rule: 'affirmed-wish', level: 'low' };
  return null;
}

/**
 * Session 19: each of the last `turns` user turns (most recent first, as `assessRisk` lists them) read as the answer to
 * the assistant turn just before it, or null. "有 这几周一直在想" to "你是不是有伤害自己的想法？" is a disclosure that the
 * next turns carry, like any other: the multi-turn floor and the combinations across turns count it.
 */
export function earlierAnswerReadings(
  history: ReadonlyArray<{ role: string; content: string }>,
  turns = 4,
): Array<AnswerReading | null> {
  const out: Array<AnswerReading | null> = [];
  for (let i = history.length - 1; i >= 0 && out.length < turns; i--) {
    const turn = history[i]!;
    if (turn.role !== 'user') continue;
    const before = i > 0 ? history[i - 1]! : undefined;
    out.push(
      before?.role === 'assistant' ? readAnswer(before.content, normalise(turn.content.trim()).text) : null,
    );
  }
  return out;
}

/** The text right after the first amount `pattern` finds in `answer` ('' when none). */
function afterAmount(pattern: RegExp, answer: string): string {
  const m = pattern.exec(answer);
  return m ? answer.slice(m.index + m[0].length) : '';
}

/** An amount or "just now" in reply to what was taken, unless the amount is of food or an everyday object. */
function namesActAmount(answer: string): boolean {
  return ACT_ANSWER.test(answer) && !EVERYDAY_SWALLOWED.test(afterAmount(ACT_ANSWER, answer));
}

/** The words of the numbered option a bare number picks, or null. */
function pickedOption(question: string, answer: string): string | null {
  const pick = OPTION_PICK.exec(answer)?.[1];
  if (!pick) return null;
  const options = [...question.matchAll(NUMBERED_OPTION)];
  // At least two numbered options, or a bare number is just a number.
  if (new Set(options.map((m) => m[1])).size < 2) return null;
  return options.find((m) => m[1] === pick)?.[2] ?? null;
}
