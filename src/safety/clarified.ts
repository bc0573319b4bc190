/**
 * Session 14: an ambiguous disclosure explained in answer to a clarifying question. "刚喝了一整瓶" — "一整瓶什么？" —
 * "可乐啊，2升那种"; "bought rope today" — "what's the rope for?" — "climbing! first lead climb next week". The earlier
 * words named a thing, a place, an act or a goodbye, but no death, suicide or self-harm in so many words
 * (EXPLICIT_RISK_WORDS), and the person has now said what they meant. Without this the multi-turn floor kept such
 * conversations at `high` (the crisis protocol) for several turns: on our written multi-turn lines labelled `none`,
 * 47 of 79 false alarms were that floor.
 *
 * Every condition must hold; any doubt keeps the floor:
 * - the assistant's last turn asked a question, and the current turn is an answer of some length, not a bare
 *   "嗯"/"yes", a walk-back ("forget I said anything"), a re-assertion (SERIOUS), a hedge or the writer run down
 *   ("也可能干点别的 不知道", "它跟着我也是受罪": UNSETTLED_REPLY);
 * - the current turn has no risk signal of its own (a bare time word aside), no explicit risk word and no
 *   finality ("one last time", "最后一次");
 * - the recent user turns' signals are all of the ambiguous kinds (a thing, a place, an act, a goodbye, a time,
 *   the model's guess), and none of those turns uses an explicit risk word. Session 15 admits two more: a wish in
 *   other words ("跟这个世界说再见了") when the answer says it meant something else, and an impersonal question
 *   ("安眠药吃多少会出事啊"), explicit words or not, when the answer names whom or what it was for;
 * - the learned model reads the answer alone as no risk, and the earlier turns read together with the answer as
 *   no active risk. With no model loaded this never applies (the rules alone keep the floor).
 */
import type { ConversationTurn, CrisisSignal, TurnAssessment } from './risk.ts';
import type { CrisisCategory } from './data/crisis-lexicon.ts';
import {
  BARE_REPLY,
  EXPLICIT_RISK_WORDS,
  UNSETTLED_REPLY,
  FINALITY_EN,
  FINALITY_ZH,
  SELF_OR_BODY,
  SERIOUS,
} from './data/crisis-modifiers.ts';
import { SAFE_CLAIM } from './data/assistant-questions.ts';
import { defaultCrisisModel } from './learned/model.ts';
import { normalise, textSize } from './normalize.ts';

/** Signal kinds whose words may be everyday: a thing, a place, an act, a goodbye, a time, the model's guess. */
const AMBIGUOUS_KINDS = new Set<CrisisCategory>([
  'means',
  'means-weak',
  'act',
  'selfharm',
  'giving-away',
  'farewell',
  'farewell-weak',
  'plan',
  'resolve',
  'time',
  'time-weak',
  'location',
  'emoji',
  'learned',
]);

/** The answer says the earlier words meant something else. */
const MEANT_OTHERWISE =
  /我是说|我的意思是|我指的是|是指|说的是|不是那个意思|不是你想的那样|让你担心|吓到你|别担心|\b(?:i mean|i meant|as in|not like that|not that kind|sorry to worry|didnt mean|dont worry|lol|lmao|haha\w*)\b|😅|😂|🤣/u;

/** A question: a question mark, a question word or particle. */
const QUESTION =
  /[?？]|[吗呢么嘛]\s*$|多少|怎么|怎样|哪|什么|几(?:片|粒|颗|楼|层|米|天)|^(?:how|what|which|when|where|is|are|does|do|can|could|would|will|should)\b/u;
/**
 * The writer in the question: then it is told, not only asked ("我最近总是想到自杀…我该怎么办？"). Only an impersonal
 * question ("安眠药吃多少会出事啊", "how high does a building have to be") can be for someone else.
 */
const OWN_WISH = /我|自己|\b(?:i|im|ive|id|ill|me|my|myself|mine)\b/u;

function askedWithoutWish(normText: string): boolean {
  return QUESTION.test(normText) && !OWN_WISH.test(normText);
}

/** The answer names whom or what the question was for: another person, a course, a story. */
const PURPOSE_TOLD =
  /(?:给|帮|替)[^\s,，。]{1,5}(?:问的|问问|查的|查查)|(?:我|帮|给|替)(?:爸|妈|婆婆|公公|奶奶|爷爷|外婆|外公|姥姥|姥爷|孩子|儿子|女儿|老公|老婆|病人|患者)|(?:写|做|赶)(?:小说|论文|作业|剧本|报告|课题|课件|ppt)|作业|课程|论文|小说|剧本|生命教育|\b(?:for (?:my )?(?:mum|mom|dad|gran\w*|nan|grandma|grandpa|kid|son|daughter|patients?|clients?|class|novel|book|essay|story|coursework|homework|thesis|course|module|exam|work|job)|coursework|homework|novel|essay|assignment|writing a|fiction|screenplay|lecture|module)\b/u;

/** The answer alone must read below this (the model's `risk` output: any level). */
const ANSWER_MAX_RISK = 0.2;
/** The earlier user turns read together with the answer must read below this (the `active` output). */
const JOINED_MAX_ACTIVE = 0.5;
/** An explanation says something: at least this many Han characters, counting a Latin word as two. */
const MIN_WEIGHT = 8;

const explicit = (text: string) => EXPLICIT_RISK_WORDS.test(normalise(text).text);
const explicitSignal = (s: CrisisSignal) =>
  explicit(s.text) || (s.category === 'selfharm' && SELF_OR_BODY.test(normalise(s.text).text));

/** Session 15: a yes that says the person is fine ("yeah im fine 😅 im a roofer") is not a bare assent. */
const YES_THEN_SAFE = new RegExp(
  `^(?:嗯|对|是的|是啊|是|yes|yeah|yep|yup|ya|ok|okay|mhm)[\\s,.!。，！~…]*(?:${SAFE_CLAIM.source})`,
  'u',
);

/** A bare reply, read after a leading yes that says the person is fine. */
function bareReply(normText: string): boolean {
  const safeYes = YES_THEN_SAFE.exec(normText);
  return BARE_REPLY.test(safeYes ? normText.slice(safeYes[0].length) : normText);
}

function substantive(normText: string): boolean {
  const { han, words } = textSize(normText);
  return han + 2 * words >= MIN_WEIGHT;
}

/**
 * Whether the current turn (`normText`, normalised; `current` its assessment) explains the recent ambiguous
 * disclosure (`recentUserTexts`, newest first, with `recent` their assessments) in answer to the assistant's
 * question (`lastTurn`, the last non-system turn before it).
 */
export function clarifiesAmbiguity(
  normText: string,
  current: TurnAssessment,
  recentUserTexts: readonly string[],
  recent: readonly TurnAssessment[],
  lastTurn: ConversationTurn | undefined,
): boolean {
  if (lastTurn?.role !== 'assistant' || !/[?？]/u.test(lastTurn.content)) return false;
  if (current.level !== 'none' || current.signals.some((s) => s.category !== 'time-weak')) return false;
  if (!substantive(normText) || bareReply(normText) || SERIOUS.test(normText)) return false;
  if (UNSETTLED_REPLY.test(normText)) return false;
  // "no lol just enjoying the view one last time": finality is not an everyday answer.
  if (EXPLICIT_RISK_WORDS.test(normText) || FINALITY_EN.test(normText) || FINALITY_ZH.test(normText))
    return false;
  const earlier: CrisisSignal[] = recent.flatMap((p) => p.signals);
  if (earlier.length === 0) return false;
  // Session 15: a wish told in other words ("跟这个世界说再见了", "been planning my exit") is ambiguous too, but only
  // when the answer says it meant something else ("我是说卸载微博了", "exit from my job lol 😅").
  const meantOtherwise = MEANT_OTHERWISE.test(normText);
  const ambiguous = (s: CrisisSignal) =>
    AMBIGUOUS_KINDS.has(s.category) || (s.category === 'ideation' && meantOtherwise);
  // Session 15: a question asked without a wish of one's own ("安眠药吃多少会出事啊", "how high does a building have to
  // be") and then said to be for someone else, a course or a story ("给我婆婆问的", "architecture coursework") is
  // explained, explicit words or not.
  const askedForAnother =
    recentUserTexts.every((u) => askedWithoutWish(normalise(u).text)) &&
    (meantOtherwise || PURPOSE_TOLD.test(normText));
  if (!askedForAnother) {
    if (!earlier.every((s) => ambiguous(s) && !explicitSignal(s))) return false;
    if (recentUserTexts.some(explicit)) return false;
  }
  const model = defaultCrisisModel();
  if (!model) return false;
  if (model.score(normText).p[0] >= ANSWER_MAX_RISK) return false;
  const joined = normalise([...recentUserTexts].reverse().concat(normText).join('\n')).text;
  return model.score(joined).p[1] < JOINED_MAX_ACTIVE;
}
