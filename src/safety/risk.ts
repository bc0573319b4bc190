/**
 * Deterministic crisis assessment: lexicon + pattern rules over normalised text, context
 * modifiers (negation, hyperbole, other persons, fiction, resolved past) in a window around each
 * match, and accumulation over the last few user turns. No model, no I/O; well under 1 ms a message.
 */
import type { EvidenceSpan, RiskAssessment, RiskLevel } from '../core/types.ts';
import {
  CATEGORY_LEVEL,
  CRISIS_COMBOS,
  CRISIS_RULES,
  DEATH_EMOJI,
  type CrisisCategory,
  type CrisisRule,
} from './data/crisis-lexicon.ts';
import {
  ALSO_ME,
  ANSWERED_NO,
  ASKED_IF,
  DENIAL,
  DENIAL_AFTER,
  EVERYDAY_ENDING,
  EVERYDAY_FAREWELL,
  EXPLAINED_ZH,
  EXPLAINED_AWAY,
  EXPLAINED_AWAY_ZH,
  EVERYDAY_GIVING,
  CORRECTION,
  FICTION,
  GAME,
  REAL_LIFE_CONTRAST,
  HELP_VERBS,
  HYPERBOLE,
  HYPERBOLE_BEFORE_ZH,
  HYPERBOLE_AFTER,
  HYPERBOLE_IF,
  MEDIA_NOUN_AFTER_EN,
  NAMED_AS_BEFORE_EN,
  OTHER_OBJECT_AFTER_EN,
  COMMAND_BEFORE_EN,
  OTHER_QUOTED_BEFORE_EN,
  ME_OBJECT_AFTER_EN,
  OTHER_AGENT_BEFORE_EN,
  QUOTED_MEDIA,
  SCENE_AFTER,
  MOURNING,
  MOURNING_JOIN,
  HYPOTHETICAL_TEST,
  JOKE_TRIGGER,
  RESISTING,
  IMMINENT_NOW,
  IMMINENT_NOW_MORE,
  IMMINENT_NOW_NOT,
  IMMINENT_NOW_TIME,
  STILL_THE_SAME_THOUGHT,
  LAUGHTER,
  MEANING_QUESTION,
  MEDIA_SELF_IDENTIFIED,
  THOUGHT_FOR_DAYS,
  NEGATED_BEFORE_LEISURE,
  ENDING_ALL,
  CLARIFIED_OBJECT_EN,
  SELF_CLARIFIED_EN,
  CLARIFIED_OBJECT_ZH,
  SELF_CLARIFIED_ZH,
  SELF_CLARIFICATION,
  SCALE_ZERO_AFTER,
  INTRUSIVE,
  EVERYDAY_FRAME,
  FINALITY_EN,
  FINALITY_ZH,
  MEDIA_AFTER,
  SERIOUS,
  LEISURE,
  MENTION_BEFORE,
  NOMINATIVE,
  PRESENT,
  QUOTE_ADDRESSEE,
  QUOTE_MENTION,
  QUOTE_OPEN,
  QUOTE_SPEAKER_EN,
  QUOTE_SPEECH,
  NEGATION_BEFORE,
  NEGATION_EXCEPTIONS,
  NO_INTENT,
  OTHER_AFTER,
  PAST,
  PRESENT_PIVOT,
  LAST_LOOK,
  LAST_TIME_EVERYDAY,
  TERM_AS_TOPIC,
  OTHER_WANTS_ME_DEAD,
  PAST_TENSE_EN,
  RECENT_EN,
  RECURRENCE,
  RETURNED,
  BETTER_CLAUSE,
  BETTER_CLAUSE_BREAK,
  RESOLVED,
  SUBJECT,
  TREATMENT,
  UNQUOTED_SPEECH,
  ZH_TOPIC,
  EUPHORIA_ZH,
  JOKE_TRIGGER_ZH,
  FOUND_NOTE_BEFORE,
  FOUND_VERB_BEFORE_EN,
  OTHER_WRITING_BEFORE_ZH,
  OTHER_SEARCH_BEFORE_ZH,
  OTHER_DISCLOSED_BEFORE_EN,
  THEIR_RECORDS_AFTER_EN,
  OVER_AFTER,
  PAST_EVENT_AFTER,
  RESOLVED_PAST_ZH,
  RESOLVED_MORE,
  DEATH_TOLD,
  GRAVE_OR_SOMEDAY,
  JOIN_THEM,
  JOIN_WISH,
  JOIN_WISH_AFTER,
  INSINUATION,
} from './data/crisis-modifiers.ts';
import { earlierAnswerReadings, ownsEarlierAsk, readAnswer } from './answers.ts';
import { findArrangements } from './final-arrangements.ts';
import { detectHarmfulRequest } from './harmful.ts';
import {
  clarifiesAmbiguity,
  deniedAndExplained,
  explainedByModel,
  walksBackOnly,
  type LaterAnswer,
} from './clarified.ts';
import { detectCrisisMeansAsk, detectMeansAskWithPurpose } from './crisis-means-ask.ts';
import { hasCjkSingleQuote, normalise, originalRange, type NormalisedText } from './normalize.ts';
import { LiteralIndex, literalPrefilter } from './regex-prefilter.ts';
import {
  conversationReadsActive,
  defaultCrisisModel,
  defaultExplainedModel,
  learnedSignal,
  learnedVetoed,
} from './learned/index.ts';

/** A match that opens with the writer's own "I" is the writer's, whoever was named before it. */
const SPEAKER_AT_MATCH = /^(?:i|im|ive|ill|id|i am|i will)\s/u;
const LEISURE_G = new WeakMap<RegExp, RegExp>();
/** Right after a place word: its roof, top floor or the outside of its balcony. */
const ROOF_OF = /^(?:大?楼的?|楼)?(?:楼顶|天台|顶楼|顶层|阳台外|窗外)/u;
/** Whether `re` (a rule's everyday contexts) matches `text` somewhere not negated right before ("不是说账号"). */
function unnegatedHit(re: RegExp, text: string): boolean {
  if (!re.test(text)) return false;
  let g = LEISURE_G.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    LEISURE_G.set(re, g);
  }
  g.lastIndex = 0;
  for (const m of text.matchAll(g)) {
    // Session 15: a building named for its roof ("宿舍楼顶", "公司天台") is where the person is, not an everyday context.
    // Where one lives ("住在顶楼") is still everyday.
    const onItsRoof =
      !m[0].endsWith('在') && ROOF_OF.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6));
    if (!onItsRoof && !NEGATED_BEFORE_LEISURE.test(text.slice(Math.max(0, m.index - 24), m.index)))
      return true;
    if (m[0].length === 0) break;
  }
  return false;
}

/** How many earlier user turns a turn is judged with (risk revealed gradually). */
export const HISTORY_TURNS = 4;

export const RISK_ASSESSOR = 'carellm-crisis-rules@24';

/** Who assessed: the rules, plus the learned model's id when it is loaded. */
function assessorId(): string {
  // The explanation model is read only in conversations the crisis model's guards let it judge.
  const parts = [RISK_ASSESSOR, defaultCrisisModel()?.id, defaultExplainedModel()?.id];
  return parts.filter((p): p is string => !!p).join('+');
}
/** How many earlier user turns a high-risk disclosure keeps the level up. */
const SUSTAIN_TURNS = 3;
/** Categories of a bare goodbye, which a later turn may explain as an everyday one. */
const GOODBYE_ONLY = new Set<CrisisCategory>(['farewell', 'farewell-weak', 'time-weak', 'time', 'emoji']);
/** Rules often used as hyperbole, whose match a later turn may explain as not meant. */
const HYPERBOLE_RULES = new Set(CRISIS_RULES.filter((r) => r.hyperbole).map((r) => r.id));
/** Categories a later "no sorry, it's for my course" cannot explain away. */
/** Rules that tell a past attempt, which a later turn may place in the resolved remote past. */
const HISTORY_RULES = new Set(['zh.attempt']);
/** A match told as something that happened ("有过自杀", "想过自杀", "自杀未遂"). */
const HISTORY_TOLD = /过|未遂/u;
/** Overdose acts told by quantity ("我吃了好多药"), which a later turn may explain as treatment. */
const OVERDOSE_RULES = new Set(['zh.act-od', 'zh.act-od-ba', 'zh.act-ingested']);
/** Rules of active thoughts or acts: a denial of them ("not going to hurt myself") leaves passive feelings. */
const ACTIVE_CATEGORIES = new Set<CrisisCategory>(['ideation', 'selfharm', 'method']);
/** Session 19: going to sleep, said as a goodbye. */
const GOING_TO_SLEEP =
  /晚安|困了|(?:去|要|准备|该)睡了|睡觉了|去睡|\b(?:good ?night|gn|night night|nighty night|going to sleep|gonna sleep|off to (?:bed|sleep)|sleepy)\b/u;
const EXPLAINED_AWAY_KEEPS = new Set<CrisisCategory>(['act', 'selfharm', 'plan', 'farewell', 'giving-away']);
/**
 * Session 32: signals of suicide, not self-harm alone nor a method searched for ("searching 'painless ways' again
 * tonight" is high): a bare time next to them makes the turn imminent (see happeningNow).
 */
const SUICIDAL_CATEGORIES = new Set<CrisisCategory>([
  'ideation',
  'means',
  'plan',
  'act',
  'farewell',
  'giving-away',
]);
const RANK: Record<RiskLevel, number> = { none: 0, low: 1, high: 2, imminent: 3 };
export const maxLevel = (a: RiskLevel, b: RiskLevel): RiskLevel => (RANK[a] >= RANK[b] ? a : b);
export const levelAtLeast = (level: RiskLevel, min: RiskLevel): boolean => RANK[level] >= RANK[min];

export type SuppressReason =
  | 'negated'
  | 'hyperbole'
  | 'other-person'
  | 'fiction-or-media'
  | 'past-resolved'
  | 'leisure'
  | 'everyday-goodbye'
  | 'treatment';

export interface CrisisSignal {
  rule: string;
  category: CrisisCategory;
  level: RiskLevel;
  start: number;
  end: number;
  text: string;
  /** Why the level was lowered (laughter, remote past) — kept for the reasons list. */
  softened?: 'laughter' | 'past-history' | 'no-intent';
  /** The learned model's probability, for its signals only. */
  score?: number;
}

export interface TurnAssessment {
  level: RiskLevel;
  signals: CrisisSignal[];
  suppressed: Array<{ rule: string; reason: SuppressReason; text: string }>;
  combos: string[];
  /** Someone else's risk was described ("my friend wants to die"). */
  concernForOther: boolean;
}

export interface ConversationTurn {
  role: 'user' | 'assistant' | 'system';
  content: string;
}

export interface RiskOptions {
  /** How many earlier user turns count (default 4). */
  historyTurns?: number;
}

const FICTION_G = { zh: new RegExp(FICTION.zh.source, 'gu'), en: new RegExp(FICTION.en.source, 'gu') };
/** SERIOUS, global: its matches are blanked before the hyperbole cues are read. */
const SERIOUS_G = new RegExp(SERIOUS.source, 'gu');
const HELP_G = new RegExp(HELP_VERBS.source, 'gu');
/** Session 15: also "when i'm gone", "after im dead", "等我走了": a clause of the writer's own. */
const SELF_START =
  /^(?:(?:等|当)?我|自己|(?:(?:when|after|once|if|before|by the time|until)\s+)?(?:i\b|im\b|ive\b|ill\b))/u;
/** "自己" right after a speech or thought verb is that verb's subject ("同事说自己是累赘"). */
const REFLEXIVE_VERB = /(?:说|讲|觉得|认为|以为|嫌|骂|怪)$/u;
const QUOTE_CLOSE = /["”」』]/gu;
const SENTENCE_END = /[。!?;\n…]|\.(?=\s|$)/gu;
const CLAUSE_END = /[。!?;\n…,、:]|\.(?=\s|$)|\s(?:but|and then|so)\s|但是|可是|不过/gu;

function boundaries(text: string, re: RegExp): number[] {
  const out = [0];
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) out.push(m.index + m[0].length);
  return out;
}

/**
 * Whether a present pivot ("现在", "now") stands between the last past cue before the match (at `at` in
 * `sentence`) and the match, with no past cue after it: "以前只是想消失 现在是真的想自杀了" is told now.
 */
function presentAfterPast(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const pivot = lastMatchIndex(PRESENT_PIVOT, before);
  if (pivot < 0) return false;
  const after = sentence.slice(at);
  if (PAST.zh.test(after) || PAST.en.test(after)) return false;
  const rest = before.slice(pivot);
  return !PAST.zh.test(rest) && !PAST.en.test(rest);
}

/** Index of the last match of the global `re` in `text`, or -1. */
function lastMatchIndex(re: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index;
  return last;
}

function lastBefore(bounds: number[], index: number): number {
  let best = 0;
  for (const b of bounds) if (b <= index) best = b;
  return best;
}

function firstAfter(bounds: number[], index: number, len: number): number {
  for (const b of bounds) if (b > index) return b;
  return len;
}

/** End position of the last match of `re` in `text`, or -1. */
function lastCueEnd(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let end = -1;
  for (const m of text.matchAll(re)) end = m.index + m[0].length;
  return end;
}

const GAME_G = new RegExp(GAME.source, 'gu');
const REAL_LIFE_G = new RegExp(REAL_LIFE_CONTRAST.real.source, 'gu');

/**
 * Session 36: a match in a sentence with game words is the writer's real life when the game is denied ("不是游戏里那种"),
 * when real life is named after the last game word before it ("游戏里死了还能重来 现实里我是真的想死"), or, with no game
 * word before it, right after it ("i'd like to irl too"). Not when real life comes before the game ("现实里我从来不会这样
 * 但游戏里我已经跳崖十次了").
 */
function realLifeReading(sentence: string, matchStart: number): boolean {
  if (REAL_LIFE_CONTRAST.notGame.test(sentence)) return true;
  const before = sentence.slice(0, matchStart);
  const gameBefore = lastCueEnd(before, GAME_G);
  const realBefore = lastCueEnd(before, REAL_LIFE_G);
  if (gameBefore >= 0 || realBefore >= 0) return realBefore > gameBefore;
  const after = sentence.slice(matchStart);
  const real = after.search(REAL_LIFE_CONTRAST.real);
  const game = after.search(GAME);
  return real >= 0 && (game < 0 || real < game);
}

/** True when the nearest nominative subject before the match is someone else ("she wants to kms"). */
function nominativeIsOther(before: string): boolean {
  return lastCueEnd(before, NOMINATIVE.other) > lastCueEnd(before, NOMINATIVE.self);
}

/** A match inside quotation marks that opened earlier in the same sentence and are not closed yet. */
function insideQuotes(beforeSentence: string): boolean {
  let open = false;
  for (const ch of beforeSentence) {
    if (ch === '"') open = !open;
    else if (QUOTE_OPEN.test(ch)) open = true;
    else if (ch === '”' || ch === '」' || ch === '』') open = false;
  }
  return open;
}

/** Where the quotation holding the match opened (index into `before`), or -1 when it is not quoted. */
function quoteOpenAt(before: string): number {
  let open = -1;
  for (let i = 0; i < before.length; i++) {
    const ch = before[i]!;
    if (ch === '"') open = open >= 0 ? -1 : i;
    else if (QUOTE_OPEN.test(ch)) open = i;
    else if (ch === '”' || ch === '」' || ch === '』') open = -1;
  }
  return open;
}

/**
 * A quoted line and whose it is: 'other' when another person is named with a speech verb right
 * before the quote ("我妈总说"…""), 'mention' when the quote is talked about ('"…"这种话'), else undefined.
 */
function quotedAs(t: string, start: number, end: number): 'other' | 'mention' | undefined {
  // A quotation opened more than two windows back is not this match's (and scanning from the start of
  // a long message for every match would be quadratic).
  const base = Math.max(0, start - 2 * MAX_CONTEXT);
  const openInWindow = quoteOpenAt(t.slice(base, start));
  if (openInWindow < 0) return undefined;
  const open = base + openInWindow;
  QUOTE_CLOSE.lastIndex = end;
  const close = QUOTE_CLOSE.exec(t);
  if (close && QUOTE_MENTION.test(t.slice(close.index + 1, close.index + 40))) return 'mention';
  const lead = t
    .slice(Math.max(0, open - 40), open)
    .split(/[。!?;\n…]|\.\s/u)
    .pop()!;
  if (!QUOTE_SPEECH.test(lead)) return undefined;
  const speaker = lead.replace(QUOTE_ADDRESSEE, ' ');
  const other = Math.max(lastCueEnd(speaker, SUBJECT.other.zh), lastCueEnd(speaker, QUOTE_SPEAKER_EN));
  const self = Math.max(lastCueEnd(speaker, SUBJECT.self.zh), lastCueEnd(speaker, NOMINATIVE.self));
  return other > self ? 'other' : undefined;
}

/** A condition right before a threat's act: "你再这样我就", "要是分手他就", "如果你走了我就". */
const THREAT_CONDITION =
  /(?:再|要是|如果|假如|敢|若|只要)[^,.。!?;\n]{0,10}(?:我|他|她)?(?:就|会|便)?(?:要|会|去)?$/u;

/** The clause before a match ends with another person's speech verb and a few characters ("她跟我说我"). */
function unquotedSpeechOfOther(beforeClause: string): boolean {
  const re = UNQUOTED_SPEECH.verb;
  re.lastIndex = 0;
  let verb: RegExpExecArray | undefined;
  for (const m of beforeClause.matchAll(re)) verb = m;
  if (!verb || beforeClause.length - (verb.index + verb[0].length) > 12) return false;
  const speaker = beforeClause.slice(Math.max(0, verb.index - 40), verb.index).replace(QUOTE_ADDRESSEE, ' ');
  const other = Math.max(lastCueEnd(speaker, SUBJECT.other.zh), lastCueEnd(speaker, QUOTE_SPEAKER_EN));
  const self = Math.max(lastCueEnd(speaker, SUBJECT.self.zh), lastCueEnd(speaker, NOMINATIVE.self));
  return other > self;
}

function subjectIsOther(before: string): boolean | undefined {
  const other = Math.max(lastCueEnd(before, SUBJECT.other.zh), lastCueEnd(before, SUBJECT.other.en));
  const self = Math.max(lastCueEnd(before, SUBJECT.self.zh), lastCueEnd(before, SUBJECT.self.en));
  if (other < 0 && self < 0) return undefined;
  return other > self;
}

/**
 * Chinese drops the subject: after a person named in passing and a finished clause ("跟男朋友分手了，
 * 想死", "妈妈住院了 好想死"; spaces are gone after normalisation) the speaker is the subject again.
 * A pronoun (他/她) or that person's words or state ("我朋友很低落，一直说想死") still carry over.
 * `sameClause`: no punctuation between the cue and the match, so only a finished clause breaks it.
 */
function otherIsSubject(before: string, sameClause: boolean): boolean | undefined {
  const result = subjectIsOther(before);
  if (result !== true) return result;
  const zhEnd = lastCueEnd(before, SUBJECT.other.zh);
  if (zhEnd < 0 || zhEnd < lastCueEnd(before, SUBJECT.other.en)) {
    if (sameClause) return true;
    let enStart = -1;
    for (const m of before.matchAll(SUBJECT.other.en)) enStart = m.index;
    return !ZH_TOPIC.enObject.test(before.slice(Math.max(0, enStart - 12), enStart));
  }
  let cue = '';
  let cueStart = 0;
  for (const m of before.matchAll(SUBJECT.other.zh)) {
    cue = m[0];
    cueStart = m.index;
  }
  const between = before.slice(zhEnd);
  // The person is the speaker's addressee ("给前任发了最后一条消息，现在去江边", "给他发了…", "给爸妈的话录好了"):
  // what follows is the speaker's.
  if (ZH_TOPIC.addressee.test(before.slice(Math.max(0, cueStart - 5), cueStart))) return false;
  // "跟你一起死": 你 right before the match, after 跟/和/同, is a co-subject.
  const lead = before.slice(Math.max(0, cueStart - 4), cueStart);
  if (
    cue === '你' &&
    ZH_TOPIC.youObject.test(lead) &&
    !(/[跟和同]$/u.test(lead) && /^你\s?$/u.test(before.slice(cueStart)))
  )
    return false;
  if (ZH_TOPIC.pronoun.test(cue)) return true;
  // The person is a passive's agent ("被爸妈骂到…"): the subject is whoever comes before 被.
  const agent = ZH_TOPIC.agent.exec(before.slice(Math.max(0, cueStart - 5), cueStart));
  if (agent) {
    const head = before.slice(0, cueStart - agent[0].length);
    return lastCueEnd(head, SUBJECT.other.zh) > lastCueEnd(head, SUBJECT.self.zh);
  }
  if (ZH_TOPIC.continues.test(between)) return true;
  return sameClause && !ZH_TOPIC.closed.test(between);
}

interface Ctx {
  norm: NormalisedText;
  sentences: number[];
  clauses: number[];
  /** Whole-message cue tests, made once per message (not once per match). */
  wholeTests: Map<RegExp, boolean>;
}

/**
 * How far a match's sentence and clause may reach on each side. A long message without punctuation
 * is one "sentence"; bounding the window keeps the cost per match constant, so an 8,000-character
 * message with hundreds of matches stays linear instead of quadratic.
 */
const MAX_CONTEXT = 240;
/** Matches of one rule judged per message (evidence and level do not change after a few). */
const MAX_MATCHES_PER_RULE = 32;

/** `re` tested on the whole message, memoised per message. */
/**
 * A quoted line asked about as writing: its place in a chapter or scene, a line of dialogue. (Not a caption: the
 * writer's own post quoted is the writer's words.)
 */
const QUOTED_LINE_CRAFT =
  /\b(?:(?:last|first|opening|closing|final) line|line of (?:the )?(?:chapter|scene|dialogue|poem|song)|chapter|scene|dialogue|draft|lyrics?|verse|stanza|my character|the character|protagonist)\b|这句台词|台词|章节|这一章|这一幕|角色|主角|文案/u;

function wholeTest(ctx: Ctx, re: RegExp): boolean {
  let hit = ctx.wholeTests.get(re);
  if (hit === undefined) {
    re.lastIndex = 0;
    hit = re.test(ctx.norm.text);
    re.lastIndex = 0;
    ctx.wholeTests.set(re, hit);
  }
  return hit;
}

const RECURRENCE_ALL = new RegExp(RECURRENCE.source, 'gu');
/** At most three words, or six Chinese characters. */
const SHORT_FRAGMENT = /^\s*(?:[a-z]+\s*){1,3}$|^\s*[\u4e00-\u9fff]{1,6}\s*$/u;

/**
 * Whether the text says the thoughts are back or still here ("lately", "again", "又", "最近"). A recurrence word in
 * a clause that says things are better ("doing much better these days", "tonight I feel grateful") does not count.
 */
function recurrenceTold(text: string): boolean {
  RECURRENCE_ALL.lastIndex = 0;
  for (let m = RECURRENCE_ALL.exec(text); m; m = RECURRENCE_ALL.exec(text)) {
    let a = m.index;
    while (a > 0 && !BETTER_CLAUSE_BREAK.test(text[a - 1]!)) a--;
    let b = m.index + m[0].length;
    while (b < text.length && !BETTER_CLAUSE_BREAK.test(text[b]!)) b++;
    // A bare fragment ("reflecting tonight, feeling grateful") belongs with the clause after it.
    if (SHORT_FRAGMENT.test(text.slice(a, b)))
      for (b++; b < text.length && !BETTER_CLAUSE_BREAK.test(text[b]!);) b++;
    if (!BETTER_CLAUSE.test(text.slice(a, b))) return true;
  }
  return false;
}

/** `recurrenceTold` over the whole message, cached with the other whole-message tests (under RECURRENCE's key). */
function recurs(ctx: Ctx): boolean {
  let hit = ctx.wholeTests.get(RECURRENCE);
  if (hit === undefined) {
    hit = recurrenceTold(ctx.norm.text);
    ctx.wholeTests.set(RECURRENCE, hit);
  }
  return hit;
}

type MatchOutcome =
  { suppressed: SuppressReason } | { level: RiskLevel; softened?: 'laughter' | 'past-history' | 'no-intent' };

function judgeMatch(ctx: Ctx, rule: CrisisRule, start: number, end: number): MatchOutcome {
  const t = ctx.norm.text;
  const sStart = Math.max(lastBefore(ctx.sentences, start), start - MAX_CONTEXT);
  const sEnd = Math.min(firstAfter(ctx.sentences, end - 1, t.length), end + MAX_CONTEXT);
  const cStart = Math.max(lastBefore(ctx.clauses, start), start - MAX_CONTEXT);
  const cEnd = Math.min(firstAfter(ctx.clauses, end - 1, t.length), end + MAX_CONTEXT);
  const beforeClause = t.slice(cStart, start);
  const beforeSentence = t.slice(sStart, start);
  const clause = t.slice(cStart, cEnd);
  const sentence = t.slice(sStart, sEnd);

  // Negation right before the match ("我没有想死", "im not suicidal").
  const tail = beforeClause.slice(-30);
  if ((NEGATION_BEFORE.zh.test(tail) || NEGATION_BEFORE.en.test(tail)) && !NEGATION_EXCEPTIONS.test(tail)) {
    return { suppressed: 'negated' };
  }
  // A denial right after the match ("kms if this printer jams (not actually)"), unless said seriously.
  if (DENIAL_AFTER.test(t.slice(end, end + 80)) && !SERIOUS.test(sentence)) return { suppressed: 'negated' };
  // A screening question answered no ("my therapist asked if I had thoughts of harming myself and I said no").
  if (ASKED_IF.test(beforeSentence) && ANSWERED_NO.test(t.slice(end, end + 90)))
    return { suppressed: 'negated' };
  // A word talked about, not used ("why do ppl say unalive", "the word kms").
  if (MENTION_BEFORE.test(beforeClause)) return { suppressed: 'fiction-or-media' };
  // Round 25: a hypothetical asked by someone testing the app ("what would you do if I said…? I'm a counselor testing this app").
  if (HYPOTHETICAL_TEST.ask.test(beforeClause) && wholeTest(ctx, HYPOTHETICAL_TEST.tester))
    return { suppressed: 'fiction-or-media' };
  // Fiction, news or lyrics earlier in the sentence, unless the speaker re-enters after it.
  const fictionEnd = Math.max(
    lastCueEnd(beforeSentence, FICTION_G.zh),
    lastCueEnd(beforeSentence, FICTION_G.en),
  );
  if (fictionEnd >= 0) {
    const after = beforeSentence.slice(fictionEnd);
    const selfAfter = Math.max(lastCueEnd(after, SUBJECT.self.zh), lastCueEnd(after, SUBJECT.self.en));
    // A quotation after the cue holds the work's words only while it is still open ("书里写着：“我想死”"); a
    // closed one ("导师回邮件只有两个字“再改”，我盯着屏幕想…") does not.
    if (selfAfter < 0 || insideQuotes(after) || /[:：]/u.test(after))
      return { suppressed: 'fiction-or-media' };
  }
  if (
    end - start <= 14 &&
    TERM_AS_TOPIC.BEFORE.test(t.slice(Math.max(0, start - 16), start)) &&
    TERM_AS_TOPIC.AFTER.test(t.slice(end, end + 12))
  )
    return { suppressed: 'fiction-or-media' };
  // A work named right after the match ("death sounds nice in that song").
  if (
    (rule.category === 'passive' || rule.category === 'hopeless' || rule.category === 'ideation') &&
    MEDIA_AFTER.test(t.slice(end, Math.min(cEnd, end + 60))) &&
    !wholeTest(ctx, MEDIA_SELF_IDENTIFIED)
  ) {
    return { suppressed: 'fiction-or-media' };
  }
  // Inside a title (《I want to die》); deaths in a game ("在MC里killed myself三次了"); a word asked
  // about ("zs是啥意思").
  const title = beforeSentence.lastIndexOf('《');
  if (title >= 0 && !beforeSentence.includes('》', title)) return { suppressed: 'fiction-or-media' };
  if (
    (GAME.test(sentence) && !realLifeReading(sentence, start - sStart)) ||
    MEANING_QUESTION.test(t.slice(end, end + 14))
  ) {
    return { suppressed: 'fiction-or-media' };
  }
  // The match alone in scare quotes, joking ('my "suicide note" for the group chat 😂').
  if (t[start - 1] === '"' && t[end] === '"' && LAUGHTER.test(sentence) && !SERIOUS.test(sentence)) {
    return { suppressed: 'hyperbole' };
  }
  // Someone else's words in quotes ("我妈总说"我死了你们就开心了""), or a quote talked about.
  const quoted = quotedAs(t, start, end);
  if (quoted === 'other') return { suppressed: 'other-person' };
  if (quoted === 'mention' && !wholeTest(ctx, MEDIA_SELF_IDENTIFIED))
    return { suppressed: 'fiction-or-media' };
  // Someone else's words without quotes, with a question about how to answer them
  // ("学生跟我说老师我好想消失，应该怎么回应").
  if (unquotedSpeechOfOther(beforeClause) && UNQUOTED_SPEECH.respond.test(t.slice(end, end + 80))) {
    return { suppressed: 'other-person' };
  }
  // Another person's threat told without quotes: their "我" follows their speech verb and a condition
  // ("他说你再这样我就去死", "妈妈说我再不听话她就跳楼"). The writer's own words after it still count.
  if (THREAT_CONDITION.test(beforeClause) && unquotedSpeechOfOther(beforeClause)) {
    return { suppressed: 'other-person' };
  }
  // Session 17: the words as a thing's name ("the kms emoji", a chat "called 'kms club'"), or said of someone else
  // ("unalive yourself in spawn", "my cat is trying to unalive me"). Suppressed, not unmatched, so the model stays
  // silent too.
  if (MEDIA_NOUN_AFTER_EN.test(t.slice(end, end + 40)) || NAMED_AS_BEFORE_EN.test(beforeClause)) {
    return { suppressed: 'fiction-or-media' };
  }
  if (
    OTHER_QUOTED_BEFORE_EN.test(beforeSentence) ||
    (OTHER_OBJECT_AFTER_EN.test(t.slice(end, end + 16)) && COMMAND_BEFORE_EN.test(beforeClause)) ||
    (ME_OBJECT_AFTER_EN.test(t.slice(end, end + 6)) && OTHER_AGENT_BEFORE_EN.test(beforeClause))
  ) {
    return { suppressed: 'other-person' };
  }
  // Session 17: a scene named right after the match ("魏婴跳崖那段我看一次哭一次").
  if (SCENE_AFTER.test(t.slice(end, end + 12)) && !SELF_START.test(t.slice(start, end))) {
    return { suppressed: 'fiction-or-media' };
  }
  // A quoted line with a media cue anywhere in the sentence ('"I wanna die young" is a catchy lyric').
  if (
    insideQuotes(beforeSentence) &&
    !wholeTest(ctx, MEDIA_SELF_IDENTIFIED) &&
    (FICTION.zh.test(sentence) ||
      FICTION.en.test(sentence) ||
      QUOTED_MEDIA.test(sentence) ||
      // Session 35 (round 37b): or asked about as writing anywhere in the message.
      wholeTest(ctx, QUOTED_LINE_CRAFT))
  ) {
    return { suppressed: 'fiction-or-media' };
  }
  // Helping someone else ("怎么帮助有自杀倾向的朋友", "how do I help my friend who wants to die").
  const helpEnd = lastCueEnd(beforeClause, HELP_G);
  if (helpEnd >= 0 && rule.subject !== 'speaker') {
    const between = beforeClause.slice(helpEnd);
    const selfBetween = lastCueEnd(between, NOMINATIVE.self) >= 0;
    if (!selfBetween && (subjectIsOther(sentence) ?? false)) return { suppressed: 'other-person' };
  }
  // Reported speech for rules that say "myself" ("my friend said she wants to kms").
  // Not when the match itself names the speaker ("my wife passed in march and i won't be a burden much longer").
  if (
    rule.subject === 'self' &&
    nominativeIsOther(beforeClause) &&
    !SPEAKER_AT_MATCH.test(t.slice(start, end))
  ) {
    return { suppressed: 'other-person' };
  }
  // `leisure` may name the rule's own everyday context (charcoal for a barbecue, a finished exam).
  // After a short sentence the next one may name it ("血止不住……刚才刮胡子刮破了", "我已经站在桥上了 你到哪了？
  // 说好一起拍夜景的"); a long sentence stands on its own.
  let nextEnd = firstAfter(ctx.sentences, sEnd, t.length);
  if (nextEnd - sEnd <= 1) nextEnd = firstAfter(ctx.sentences, nextEnd, t.length); // "……"
  // Round 24: or after a sentence that trails off ("gonna jump off a cliff this weekend... cliff diving trip").
  const trailsOff = /(?:\.\.|…)\s*$/u.test(sentence);
  if (rule.leisure) {
    const leisureFrom = sEnd - sStart <= 14 || trailsOff ? nextEnd : sEnd;
    // Session 15: or after a short exclamation that names it ("蹦极好刺激!!!从桥上跳下去那一刻大脑空白").
    let exclaimStart = sStart > 0 ? lastBefore(ctx.sentences, sStart - 1) : sStart;
    while (exclaimStart > 0 && !/[^\s!?.…~]/u.test(t.slice(exclaimStart, sStart)))
      exclaimStart = lastBefore(ctx.sentences, exclaimStart - 1);
    const exclaimed = sStart - exclaimStart <= 14 && /!|！/u.test(t.slice(exclaimStart, sStart));
    const leisureText = t.slice(exclaimed ? exclaimStart : sStart, leisureFrom);
    // Session 15: at a dangerous place for a last look or a last time ("已经在江边了 就想最后再看一眼夜景"): no outing.
    // Session 38: at the edge too, and a last look said later in the message ("sitting on the edge of the cliff at the
    // beach. it's actually beautiful up here. last sunset").
    const lastLookText = rule.category === 'act' ? t.slice(sStart, sStart + MAX_CONTEXT) : leisureText;
    const lastTimeThere =
      (rule.category === 'location' || rule.category === 'act') &&
      LAST_LOOK.test(lastLookText) &&
      !LAST_TIME_EVERYDAY.test(lastLookText);
    if (!lastTimeThere && unnegatedHit(rule.leisure === true ? LEISURE : rule.leisure, leisureText))
      return { suppressed: 'leisure' };
  }
  // Medicine taken as treatment ("今晚开始吃", "as prescribed") is not a means being readied.
  if ((rule.category === 'means-weak' || rule.category === 'means') && TREATMENT.test(sentence)) {
    return { suppressed: 'treatment' };
  }
  // Session 17: a place visited to mourn someone, the writer not joining them.
  if (
    rule.category === 'location' &&
    MOURNING.test(sentence) &&
    !MOURNING_JOIN.test(t) &&
    !FINALITY_ZH.test(t) &&
    !FINALITY_EN.test(t)
  )
    return { suppressed: 'other-person' };
  // Someone else's note found or received ("在我弟房间发现了遗书"): not the writer's farewell.
  if (
    (rule.category === 'farewell' || rule.category === 'farewell-weak') &&
    FOUND_NOTE_BEFORE.test(beforeClause)
  ) {
    return { suppressed: 'other-person' };
  }
  // Session 29: written by someone else and quoted ("班上有个学生周记里写'想从这个世界下车'"; the quotes are gone in the
  // normalised text).
  if (OTHER_WRITING_BEFORE_ZH.test(beforeSentence)) return { suppressed: 'other-person' };
  // Session 37: or searched for by someone else ("我看到他在搜“怎么死不痛苦”").
  if (OTHER_SEARCH_BEFORE_ZH.test(beforeSentence)) return { suppressed: 'other-person' };
  // Session 37: or disclosed by someone named just before ("a year 9 kid who disclosed self harm to me").
  if (OTHER_DISCLOSED_BEFORE_EN.test(beforeClause)) return { suppressed: 'other-person' };
  // Session 29: found in someone else's records ("found stuff about self harm in my 15yos search history").
  if (
    rule.subject !== 'speaker' &&
    FOUND_VERB_BEFORE_EN.test(beforeClause) &&
    THEIR_RECORDS_AFTER_EN.test(t.slice(end, sEnd))
  ) {
    return { suppressed: 'other-person' };
  }
  if (rule.category === 'farewell-weak' && wholeTest(ctx, EVERYDAY_FAREWELL))
    return { suppressed: 'everyday-goodbye' };
  // Someone else's risk ("my friend said she wants to die").
  // A match that starts with "我"/"I" names its own subject ("我该走了").
  const selfStart =
    SELF_START.test(t.slice(start, end)) &&
    !(t.startsWith('自己', start) && REFLEXIVE_VERB.test(t.slice(Math.max(0, start - 2), start)));
  if (rule.subject !== 'self' && rule.subject !== 'speaker' && !selfStart) {
    if (OTHER_AFTER.test(t.slice(end, end + 6))) return { suppressed: 'other-person' };
    const inClause = otherIsSubject(beforeClause, true);
    const other = inClause ?? otherIsSubject(beforeSentence, false) ?? false;
    if (other) return { suppressed: 'other-person' };
  }
  let level = rule.level ?? CATEGORY_LEVEL[rule.category];
  let softened: 'laughter' | 'past-history' | 'no-intent' | undefined;
  if (rule.category === 'location' && PRESENT.test(sentence)) level = 'high';
  // A thought held for days or weeks is not a figure of speech ("累到想死，已经想了好几周了").
  if (rule.hyperbole && !THOUGHT_FOR_DAYS.test(t)) {
    const after = t.slice(end, end + 48);
    // Session 35: a joke denied ("没有在开玩笑", "i'm not being funny") is no joke word: blanked before the cues are read.
    const unjoked = clause.replace(SERIOUS_G, ' ');
    if (
      HYPERBOLE.zh.test(unjoked) ||
      HYPERBOLE.en.test(unjoked) ||
      HYPERBOLE_BEFORE_ZH.test(beforeClause) ||
      HYPERBOLE_AFTER.zh.test(after) ||
      HYPERBOLE_AFTER.en.test(after) ||
      HYPERBOLE_IF.zh.test(sentence) ||
      HYPERBOLE_IF.en.test(sentence)
    ) {
      return { suppressed: 'hyperbole' };
    }
    // Delight in the same sentence ("这家火锅太好吃了，我今天就想死在这里").
    if (EUPHORIA_ZH.test(sentence)) return { suppressed: 'hyperbole' };
    // Laughter with a trivial trigger ("kms if this wifi drops one more time lol", "i wanna die 😂 my
    // voice cracked") is a joke: dropped, not softened.
    // A hyperbole cue elsewhere in the sentence counts with laughter too ("…, so embarrassing lmao").
    const laughing = LAUGHTER.test(sentence);
    // Round 24: the mishap may be told in the sentence just before ("said 'you too' to the waiter. i want to die 💀").
    const prevStart = sStart > 0 ? Math.max(lastBefore(ctx.sentences, sStart - 1), sStart - 120) : sStart;
    const trigger =
      JOKE_TRIGGER.mishap.test(t.slice(prevStart, sEnd)) ||
      (laughing &&
        (JOKE_TRIGGER.condition.test(sentence) ||
          HYPERBOLE.en.test(sentence) ||
          JOKE_TRIGGER.mundane.test(sentence)));
    if ((laughing || JOKE_TRIGGER.lightEmoji.test(sentence)) && trigger && !SERIOUS.test(sentence)) {
      return { suppressed: 'hyperbole' };
    }
    // Session 15: or laughed at with a hyperbole cue in the short sentence just before ("so embarrassing lol. i want
    // to die"), with nothing serious anywhere in the message.
    const before = t.slice(prevStart, sStart);
    if (
      sStart - prevStart <= 40 &&
      LAUGHTER.test(before) &&
      HYPERBOLE.en.test(before) &&
      !wholeTest(ctx, SERIOUS)
    )
      return { suppressed: 'hyperbole' };
    // The same in Chinese and mixed messages: laughter with a small mishap, a game, food or a meme about
    // money ("手机掉马桶里了 我要去死😂", "排位连跪十把 想死哈哈"); exams and work stay a check-in.
    if (laughing && wholeTest(ctx, CJK_CHAR) && wholeTest(ctx, JOKE_TRIGGER_ZH) && !wholeTest(ctx, SERIOUS)) {
      return { suppressed: 'hyperbole' };
    }
    if (laughing && RANK[level] > RANK.low && !SERIOUS.test(sentence)) {
      level = 'low';
      softened = 'laughter';
    }
  }
  if (
    OTHER_WANTS_ME_DEAD.BEFORE.test(beforeClause) &&
    (beforeClause.endsWith('我') || t.startsWith('我', start)) &&
    (OTHER_WANTS_ME_DEAD.AFTER.test(t.slice(end, end + 4)) ||
      OTHER_WANTS_ME_DEAD.AFTER.test(t.slice(start, end)))
  )
    return { suppressed: 'hyperbole' };
  // Round 20b: an unwanted self-harm thought, feared and rejected ("脑子里总冒出拿剪刀戳自己的念头，我很害怕，我不想这样做",
  // "intrusive thoughts about jumping …, they scare me, I don't want to act on them", "我想到自伤就害怕") is an
  // intrusive thought (OCD), not intent; fear of acting without a rejection ("我怕自己会忍不住去划") still counts.
  if (
    INTRUSIVE_CATEGORIES.has(rule.category) &&
    (wholeTest(ctx, INTRUSIVE.thoughtFeared) ||
      (wholeTest(ctx, INTRUSIVE.fear) &&
        (wholeTest(ctx, INTRUSIVE.rejected) || wholeTest(ctx, INTRUSIVE.named)))) &&
    !wholeTest(ctx, INTRUSIVE.givingIn) &&
    !wholeTest(ctx, SERIOUS)
  ) {
    return { suppressed: 'negated' };
  }
  // Round 21: a scale named after the match with a zero answer ("…better off dead: I scored a 0 on item 9 of the PHQ-9",
  // "…的念头，PHQ-9第九题我选了0") is a screening item answered no.
  if (
    INTRUSIVE_CATEGORIES.has(rule.category) &&
    SCALE_ZERO_AFTER.test(t.slice(end, Math.min(sEnd, end + 120)))
  )
    return { suppressed: 'negated' };
  // Thoughts with no intent said outright ("not planning anything") count as passive.
  if (
    (rule.category === 'ideation' || rule.category === 'method') &&
    RANK[level] > RANK.low &&
    wholeTest(ctx, NO_INTENT)
  ) {
    level = 'low';
    softened = 'no-intent';
  }
  // Remote past: resolved → not current risk; unresolved → history (low).
  // Told as over right after the match ("自杀念头已经一年没出现了", "以为活不下去了，结果熬过来了").
  if (OVER_AFTER.test(t.slice(end, end + 60)) && !recurs(ctx)) return { suppressed: 'past-resolved' };
  const pastCue =
    (PAST.zh.test(sentence) || PAST.en.test(sentence)) && !presentAfterPast(sentence, start - sStart);
  if (pastCue || PAST_EVENT_AFTER.test(t.slice(end, end + 4))) {
    if (!recurs(ctx)) {
      if (wholeTest(ctx, RESOLVED) || wholeTest(ctx, RESOLVED_PAST_ZH) || wholeTest(ctx, RESOLVED_MORE))
        return { suppressed: 'past-resolved' };
      if (RANK[level] > RANK.low) {
        level = 'low';
        softened = 'past-history';
      }
    }
  } else if (
    // Told in the past tense and resolved in the same message ("I was suicidal at first. Now I run
    // a support group"; "even thought about ending it, but I'm in a much better place now").
    PAST_TENSE_EN.test(t.slice(Math.max(cStart, start - 24), end)) &&
    wholeTest(ctx, RESOLVED) &&
    !recurs(ctx) &&
    !RECENT_EN.test(sentence)
  ) {
    return { suppressed: 'past-resolved' };
  }
  return softened ? { level, softened } : { level };
}

function applyCombos(
  categories: Set<CrisisCategory>,
  mustTouch?: Set<CrisisCategory>,
): Array<{ id: string; level: RiskLevel }> {
  const fired: Array<{ id: string; level: RiskLevel }> = [];
  for (const combo of CRISIS_COMBOS) {
    if (!combo.all.every((group) => group.some((c) => categories.has(c)))) continue;
    if (mustTouch && !combo.all.some((group) => group.some((c) => mustTouch.has(c)))) continue;
    fired.push({ id: combo.id, level: combo.level });
  }
  return fired;
}

/**
 * Which scripts a rule can match, worked out once from its source, so a message skips the rules
 * that cannot fire on it (a Chinese message never runs the English rules). Conservative: a rule
 * with any literal outside CJK and Latin letters (emoji, digits-only branches) always runs.
 */
interface RuleScripts {
  cjk: boolean;
  latin: boolean;
  always: boolean;
}
const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/u;
const LATIN_WORD = /[a-z]{2}/u;
function scriptsOf(source: string): RuleScripts {
  // Drop escapes (\b, \s, \d, \u…) and character classes before looking for literals.
  const literals = source.replace(/\\u[0-9a-fA-F]{4}|\\[a-zA-Z]/gu, ' ').replace(/\[[^\]]*\]/gu, ' ');
  return {
    cjk: CJK_CHAR.test(literals),
    latin: LATIN_WORD.test(literals),
    always: /[\u{1f000}-\u{1faff}\u2600-\u27bf]/u.test(literals),
  };
}
// Per rule, a list of literals worked out from its pattern (regex-prefilter.ts): every match contains one
// of them, so a text with none of them cannot match and the rule is not run. Results are the same as
// running every rule; on our lines about 97% of rule runs are skipped. The lists are searched together
// (LiteralIndex, one pass over the text): checking each list with includes cost more than the rules saved.
const RULES_WITH_SCRIPTS = CRISIS_RULES.map((rule) => ({ rule, scripts: scriptsOf(rule.re.source) }));
/** Rules by id, for signals carried in a turn's assessment (which name their rule). */
const RULE_BY_ID = new Map(CRISIS_RULES.map((rule) => [rule.id, rule]));
/** A time word alone: setting one aside is no discount of risk. */
const TIME_CATEGORIES: ReadonlySet<CrisisCategory> = new Set(['time', 'time-weak']);
const RULE_LITERALS = new LiteralIndex(CRISIS_RULES.map((rule) => literalPrefilter(rule.re)));

const turnCache = new Map<string, TurnAssessment>();
const CACHE_MAX = 2000;

/** Concrete signs that make the learned model's active reading imminent (see assessTurn). */
const LEARNED_CONCRETE: ReadonlySet<CrisisCategory> = new Set(['means', 'plan', 'time', 'location']);

/** Empties the per-text cache (benchmarks measure uncached cost). */
export function clearRiskCache(): void {
  turnCache.clear();
}

/**
 * Stutters, speech-to-text repeats and split words read as the whole word ("自 自杀", "自、自杀", "想 想死",
 * "不想 不想活了", "k-k-kill", "sui- suicide", "d-d-die"): a lead that the next word repeats is dropped, with
 * its offsets, so evidence still points into the original. CJK: a unit of one to three characters
 * repeated across a stutter mark (、 … - or a space in the original); Latin: one to four letters and a
 * hyphen. A repeated hyperbole ("热死了 热死了") stays what it was.
 */
const STUTTER_LATIN = /\b([a-z]{1,4})-\s?(?=\1)/gu;
const STUTTER_CJK = /([\u3400-\u9fff]{1,3})([、…,\-—]{1,3}|(?=\1))(?=\1)/gu;
const STUTTER_NOT = /[我你他她它们了的吗啊吧呢呀哦嗯么]/u;
function destutter(norm: NormalisedText): NormalisedText {
  const t = norm.text;
  if (!t.includes('-') && !CJK_CHAR.test(t)) return norm;
  const drop = new Set<number>();
  const mark = (from: number, to: number) => {
    for (let i = from; i < to; i++) drop.add(i);
  };
  STUTTER_LATIN.lastIndex = 0;
  for (const m of t.matchAll(STUTTER_LATIN)) mark(m.index, m.index + m[0].length);
  STUTTER_CJK.lastIndex = 0;
  for (const m of t.matchAll(STUTTER_CJK)) {
    const unitEnd = m.index + m[1]!.length;
    // Without a mark, only a space in the original between the two units counts ("自 自杀"), not a
    // doubled word ("天天", "好好").
    if (m[2] === '' && !(norm.starts[unitEnd]! > norm.ends[unitEnd - 1]!)) continue;
    // A doubled word before the space ("画画 画了") and a pronoun or particle that ends one clause and opens
    // the next ("不要找我 我走了") are not stutters.
    if (m.index > 0 && t[m.index - 1] === m[1]![0] && !drop.has(m.index - 1)) continue;
    if (m[2] === '' && m[1]!.length === 1 && STUTTER_NOT.test(m[1]!)) continue;
    mark(m.index, m.index + m[0].length);
  }
  if (drop.size === 0) return norm;
  const out: NormalisedText = { text: '', starts: [], ends: [] };
  let text = '';
  for (let i = 0; i < t.length; i++) {
    if (drop.has(i)) continue;
    text += t[i];
    out.starts.push(norm.starts[i]!);
    out.ends.push(norm.ends[i]!);
  }
  out.text = text;
  return out;
}

/** Assesses one message on its own. */
export function assessTurn(text: string): TurnAssessment {
  const cached = turnCache.get(text);
  if (cached) return cached;
  const norm = destutter(normalise(text, { cjkQuotes: true }));
  const ctx: Ctx = {
    norm,
    sentences: boundaries(norm.text, SENTENCE_END),
    clauses: boundaries(norm.text, CLAUSE_END),
    wholeTests: new Map(),
  };
  const signals: CrisisSignal[] = [];
  const suppressed: TurnAssessment['suppressed'] = [];
  let otherMentioned = false;

  const hasCjk = CJK_CHAR.test(norm.text);
  const hasLatin = LATIN_WORD.test(norm.text);
  const literalFound = RULE_LITERALS.enabled(norm.text);
  for (let k = 0; k < RULES_WITH_SCRIPTS.length; k++) {
    const { rule, scripts } = RULES_WITH_SCRIPTS[k]!;
    if (!scripts.always && !(scripts.cjk && hasCjk) && !(scripts.latin && hasLatin)) continue;
    if (!literalFound[k]) continue;
    const re = rule.re;
    re.lastIndex = 0;
    const found: Array<[number, number]> = [];
    for (let m = re.exec(norm.text); m !== null; m = re.exec(norm.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      // Session 15: a match that opens on the end of the sentence before (". going to the river") is read in its own
      // sentence, not in the one it closes. A bare time said as its own sentence (". tonight") is read with the one before.
      const timeRule = rule.category === 'time' || rule.category === 'time-weak';
      const lead = timeRule ? 0 : (/^[\s.!?;。！？；…]+/u.exec(m[0])?.[0].length ?? 0);
      found.push([m.index + (lead < m[0].length ? lead : 0), m.index + m[0].length]);
    }
    // A long pasted text can match one rule hundreds of times; judging them all would cost more than
    // it tells. The first and the last few decide (risk is often said at the end of a long message).
    const half = MAX_MATCHES_PER_RULE / 2;
    const judged =
      found.length > MAX_MATCHES_PER_RULE ? [...found.slice(0, half), ...found.slice(-half)] : found;
    for (const [start, end] of judged) {
      const range = originalRange(norm, start, end);
      const spanText = text.slice(range.start, range.end);
      const outcome = judgeMatch(ctx, rule, start, end);
      if ('suppressed' in outcome) {
        suppressed.push({ rule: rule.id, reason: outcome.suppressed, text: spanText });
        if (outcome.suppressed === 'other-person') otherMentioned = true;
        continue;
      }
      signals.push({
        rule: rule.id,
        category: rule.category,
        level: outcome.level,
        start: range.start,
        end: range.end,
        text: spanText,
        ...(outcome.softened ? { softened: outcome.softened } : {}),
      });
    }
  }
  // "My friend wants to die … me too": the speaker's own risk after all — unless the speaker places it in a
  // resolved past ("以前我也是天天说想死的人…现在状态挺好").
  const resolvedPast =
    (PAST.zh.test(norm.text) || PAST.en.test(norm.text)) &&
    (RESOLVED.test(norm.text) || RESOLVED_PAST_ZH.test(norm.text)) &&
    !recurrenceTold(norm.text);
  if (otherMentioned && ALSO_ME.test(norm.text) && !resolvedPast) {
    for (const s of suppressed.filter((x) => x.reason === 'other-person')) {
      const rule = RULE_BY_ID.get(s.rule)!;
      const idx = text.indexOf(s.text);
      signals.push({
        rule: `${rule.id}+also-me`,
        category: rule.category,
        level: rule.level ?? CATEGORY_LEVEL[rule.category],
        start: Math.max(0, idx),
        end: Math.max(0, idx) + s.text.length,
        text: s.text,
      });
    }
  }
  // Death emoji count only in combination.
  DEATH_EMOJI.lastIndex = 0;
  let emojiCount = 0;
  for (const m of text.matchAll(DEATH_EMOJI)) {
    if (++emojiCount > MAX_MATCHES_PER_RULE) break;
    signals.push({
      rule: 'emoji',
      category: 'emoji',
      level: 'none',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
    });
  }

  // Session 22: final arrangements of two kinds or more ("paid rent through the end of the month, left a note"): two are
  // a weak goodbye that counts in combination, three or more are giving things away (high alone).
  const arrangements = findArrangements(norm.text);
  if (arrangements) {
    const range = originalRange(norm, arrangements.start, arrangements.end);
    const category = arrangements.kinds.length >= 3 ? 'giving-away' : 'farewell-weak';
    signals.push({
      rule: `arrangements:${arrangements.kinds.join('+')}`,
      category,
      level: CATEGORY_LEVEL[category],
      start: range.start,
      end: range.end,
      text: text.slice(range.start, range.end),
    });
  }
  // Session 30: a means asked for with the purpose of an ending beside it ("Which bridge around here has the lowest
  // railing? Going for a walk tonight, for the last time"): method seeking, unless the turn discounted a match (someone
  // else, fiction, a joke).
  if (suppressed.length === 0) {
    const ask = detectMeansAskWithPurpose(text, norm.text);
    // Session 32: an eating-disorder ask is refused with its own reply, not read as suicide risk.
    if (ask && ask.category !== 'extreme-weight-loss')
      signals.push({
        rule: 'means-ask-purpose',
        category: 'method',
        level: CATEGORY_LEVEL.method,
        start: ask.evidence.start,
        end: ask.evidence.end,
        text: ask.evidence.text,
      });
  }
  // Overlapping matches describe one idea: keep the strongest, so one phrase never forms a combo.
  signals.sort(
    (a, b) => RANK[b.level] - RANK[a.level] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: CrisisSignal[] = [];
  for (const s of signals) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  signals.length = 0;
  signals.push(...kept.sort((a, b) => a.start - b.start));
  let level: RiskLevel = 'none';
  for (const s of signals) level = maxLevel(level, s.level);
  // The learned model may raise what the rules missed, never what they discounted on purpose. Session 15: a bare time
  // word set aside ("明天你们去桥底下找我": 明天 read as the others' time) discounts no risk.
  const discounts = suppressed.filter((s) => {
    const category = RULE_BY_ID.get(s.rule)?.category;
    return category === undefined || !TIME_CATEGORIES.has(category);
  });
  // Session 18: intent denied ("i wouldn't hurt myself, i just stopped caring if i'm here or not") is not feeling
  // denied: the model may still read the passive wish (`low`), and active thoughts only at `override` (the rules
  // misread some negations: "getting harder not to kill myself").
  const intentDeniedOnly =
    discounts.length > 0 &&
    discounts.every((s) => {
      const category = RULE_BY_ID.get(s.rule)?.category;
      return s.reason === 'negated' && category !== undefined && ACTIVE_CATEGORIES.has(category);
    });
  // The learned model reads the text as it was trained on it: single quotes beside Chinese dropped, not made quotes.
  const modelNorm = hasCjkSingleQuote(text) ? destutter(normalise(text)) : norm;
  const learned = learnedSignal(
    text,
    modelNorm,
    level,
    intentDeniedOnly ? 'intent' : discounts.length > 0,
    signals.length > 0,
  );
  if (learned) {
    signals.push(learned);
    level = maxLevel(level, learned.level);
  }
  // A match softened by laughter ("明天考试 想死 哈哈哈") is not part of a plan: it forms no combination.
  const combos = applyCombos(
    new Set(
      signals
        .filter((s) => s.softened !== 'laughter' && s.softened !== 'past-history')
        .map((s) => s.category),
    ),
    // Round 24: an urge held off with a bare time ("the urge is strong tonight but I'm fighting it") stays high.
  ).filter((c) => !(c.id === 'ideation+when' && RESISTING.test(norm.text)));
  for (const c of combos) level = maxLevel(level, c.level);
  // Round 25: the model reads active thoughts the rules have no word for ("the urge is strong, doing it tonight"),
  // and a rule reads something concrete next to them (a time for doing it, a plan, means, a place): as with
  // ideation+concrete, imminent. A weak time ("明天") or goodbye is not enough next to a guess.
  if (
    learned?.level === 'high' &&
    signals.some((s) => LEARNED_CONCRETE.has(s.category) && s.softened === undefined)
  ) {
    combos.push({ id: 'learned+concrete', level: 'imminent' });
    level = 'imminent';
  }
  const result: TurnAssessment = {
    level,
    signals,
    suppressed,
    combos: combos.map((c) => c.id),
    concernForOther: otherMentioned && level === 'none',
  };
  if (turnCache.size >= CACHE_MAX) turnCache.clear();
  turnCache.set(text, result);
  return result;
}

export interface RiskResult extends RiskAssessment {
  /** Someone else's risk was described; the person may want help-a-friend guidance. */
  concernForOther?: boolean;
}

/**
 * Assesses the current message in the context of the conversation (oldest first). Risk revealed
 * over several turns escalates; a recent high-risk disclosure keeps the level from dropping to none.
 */
export function assessRisk(
  text: string,
  history: ConversationTurn[] = [],
  opts: RiskOptions = {},
): RiskResult {
  const k = opts.historyTurns ?? HISTORY_TURNS;
  const current = assessTurn(text);
  const { userTurns, previous } = readEarlierTurns(history, k);

  const reasons: string[] = [];
  const evidence: EvidenceSpan[] = [];
  const signals = [...current.signals];
  let level = current.level;

  // A short answer to the assistant's own question about risk: "yes" to "have you thought about
  // suicide?" is ideation, to "do you have a plan?" a plan; "no" to "are you safe right now?" an
  // emergency.
  const lastAssistant = [...history].reverse().find((m) => m.role !== 'system');
  const trimmed = normalise(text.trim()).text;
  // Round 23b: or an earlier short answer already read as risk ("有" to "想过伤害自己吗？"; `previous` carries those
  // readings since session 19).
  const earlierRisk = previous.some((p) => RANK[p.level] >= RANK.low);
  const answer =
    lastAssistant?.role === 'assistant' ? readAnswer(lastAssistant.content, trimmed, earlierRisk) : null;
  if (answer && RANK[answer.level] > RANK[level]) {
    signals.push(wholeTurnSignal(answer.rule, answer.level, text));
    level = answer.level;
  }

  const recentTexts = userTurns.slice(0, SUSTAIN_TURNS).map((m) => m.content);
  const owned = ownedEarlierAsk(text, trimmed, lastAssistant, previous.slice(0, SUSTAIN_TURNS), recentTexts);
  if (owned && RANK[owned.level] > RANK[level]) {
    signals.push(owned);
    level = owned.level;
  }

  const joining = level === 'high' || level === 'imminent' ? null : joiningTheDead(text, recentTexts);
  if (joining?.level === 'high') {
    signals.push(joining);
    level = 'high';
  } else if (joining && level === 'none') {
    // A wish is kept out of the combinations: a date said earlier ("今天是我妈走了一周年") makes no plan of it.
    level = 'low';
    reasons.push(`${joining.category}:${joining.rule}`);
    evidence.push({
      start: joining.start,
      end: joining.end,
      text: joining.text,
      turn: 0,
      rule: joining.rule,
    });
  }

  const strongSignals = signals.filter((s) => s.level !== 'none' || current.combos.length > 0);
  for (const s of strongSignals) {
    reasons.push(`${s.category}:${s.rule}${s.softened ? `(${s.softened})` : ''}`);
    evidence.push({ start: s.start, end: s.end, text: s.text, turn: 0, rule: s.rule });
  }
  for (const c of current.combos) reasons.push(`combo:${c}`);

  // "kms lol" … "not a joke this time": a bare "I mean it" says the match softened by laughter in a
  // recent turn was meant. Session 37: also when only the learned model read the reply ("not really joking tbh").
  if (current.signals.every((s) => s.rule.startsWith('learned.')) && SERIOUS.test(trimmed)) {
    for (const s of previous.flatMap((p) => p.signals)) {
      if (s.softened !== 'laughter') continue;
      const rule = RULE_BY_ID.get(s.rule);
      const meant = rule ? (rule.level ?? CATEGORY_LEVEL[rule.category]) : s.level;
      if (RANK[meant] > RANK[level]) {
        level = meant;
        reasons.push(`multi-turn:meant-seriously:${s.rule}`);
        addHistoryEvidence(previous, evidence);
      }
    }
  }

  // Combinations across turns (ideation earlier, means or time now → imminent).
  // "不是，我是说真的…" opens with 不是 but says the opposite of a denial.
  const denied =
    (DENIAL.test(trimmed) && !SERIOUS.test(trimmed)) ||
    current.suppressed.some((s) => s.reason === 'negated');
  // A recent high-risk disclosure keeps the conversation at least `high` for the next few turns
  // ("I have pills tonight" … "嗯"); a denial or resolution brings it down to a check-in, not to none,
  // and an everyday explanation of a disclosure that held nothing concrete ends it (`explainedNow`).
  const recent = previous.slice(0, SUSTAIN_TURNS);
  const recentMax = recent.reduce<RiskLevel>((acc, p) => maxLevel(acc, p.level), 'none');
  // Session 17: a walk-back that changes the subject or asks after means ("哈哈开玩笑的 对了 楼下药店几点关门", "jk. anyway
  // what time does the pharmacy close") explains nothing, whatever else it says.
  // Session 30: so does a short question that touches the means with nothing explained in it (bareMeansAsk).
  const walkedBackOnly =
    walksBackOnly(trimmed) ||
    (bareMeansAsk(text, trimmed) && recent.some((p, i) => toldHighRisk(p, userTurns[i]?.content ?? '')));
  const resolvedNow = RESOLVED.test(trimmed) || RESOLVED_PAST_ZH.test(trimmed);
  const laterAnswer: LaterAnswer = {
    normText: trimmed,
    rawText: text,
    current,
    recentUserTexts: userTurns.slice(0, SUSTAIN_TURNS).map((m) => m.content),
    recent,
    lastTurn: lastAssistant,
  };
  const explained =
    !walkedBackOnly &&
    (explainedNow(trimmed, current, recent) ||
      clarifiesAmbiguity(laterAnswer) ||
      deniedAndExplained(laterAnswer) ||
      // Session 19: the explanation model, only where the floor would hold.
      (levelAtLeast(recentMax, 'high') && explainedByModel(laterAnswer)));
  // Round 23b: a bare time in a turn that explains the earlier words away ("[我不想活了]" … "我说的是这个妆，明天还要
  // 见家长") is no plan. Session 17: nor in a turn explained by the clarified or denied readings above ("[烧炭的东西都买齐
  // 了]" … "周末露营烤肉啊"), or one that tells the earlier words as resolved past ("是高中时候的事了 … 现在挺稳的 只是明天
  // 要穿短袖去面试").
  const explainedTime =
    signals.length > 0 &&
    signals.every((s) => s.category === 'time-weak') &&
    recent.some((p) => p.signals.length > 0) &&
    (explained || resolvedNow);
  if (previous.length > 0 && signals.length > 0 && !explainedTime) {
    // Session 38: a match softened by laughter in this turn forms no combination here either ("[今天去剪头发了]" …
    // "被tony老师剪毁了 不想活了哈哈哈哈 明天戴帽子上班"), as within one message.
    const counted = signals.filter((s) => s.softened !== 'laughter');
    const cats = new Set<CrisisCategory>(counted.map((s) => s.category));
    // A bare time said earlier ("明天考试") is not part of a plan; only the current one counts.
    // Session 17: nor, next to a bare time alone, is a match the rules read as resolved past ("I used to self harm a lot
    // at uni" … "getting a tattoo over the scars on saturday"); "我之前跟你说过我想死" … "想好了，就用…，等她这周出差" still
    // combines, its current turn naming more than a time.
    const bareTimeOnly = signals.every((s) => s.category === 'time-weak');
    for (const p of previous)
      for (const s of p.signals)
        if (s.category !== 'time-weak' && !(bareTimeOnly && s.softened === 'past-history'))
          cats.add(s.category);
    const fired = applyCombos(cats, new Set(counted.map((s) => s.category)));
    for (const c of fired) {
      if (RANK[c.level] > RANK[level]) {
        level = c.level;
        reasons.push(`multi-turn:${c.id}`);
        addHistoryEvidence(previous, evidence);
      }
    }
    // Several different low signals over the conversation → high.
    const lowCats = new Set([...cats].filter((c) => c === 'passive' || c === 'hopeless' || c === 'burden'));
    if (level === 'low' && lowCats.size >= 3) {
      level = 'high';
      reasons.push('multi-turn:accumulated');
      addHistoryEvidence(previous, evidence);
    }
  }
  // Round 21: "I can't do this anymore" … "no I mean me" / "不是工作，是活着这件事": a clarification that names the writer
  // after hopelessness or an ending said bare is active ideation.
  if (
    RANK[level] < RANK.high &&
    SELF_CLARIFICATION.test(trimmed) &&
    previous
      .slice(0, SUSTAIN_TURNS)
      .some((p) =>
        p.signals.some((s) => s.category === 'hopeless' || ENDING_ALL.test(normalise(s.text).text)),
      )
  ) {
    level = 'high';
    reasons.push('multi-turn:self-clarified');
    addHistoryEvidence(previous, evidence);
  }
  // Session 24: thoughts or an attempt told as history ("I tried to kill myself years ago", "我以前跳过一次 没死成") and
  // now said to be back ("this month it's back and louder than then", "但这个月又回来了"): current, active ideation.
  if (
    RANK[level] < RANK.high &&
    !denied &&
    !resolvedNow &&
    RETURNED.test(trimmed) &&
    recent.some(
      (p) =>
        // Session 29: or an attempt the rules read as history by its wording ("吃过一次药 没成": ideation at low).
        p.signals.some(
          (s) =>
            s.softened === 'past-history' ||
            s.category === 'learned' ||
            (s.category === 'ideation' && s.level === 'low'),
        ) || p.suppressed.some((s) => s.reason === 'past-resolved'),
    )
  ) {
    level = 'high';
    reasons.push('multi-turn:returned');
    addHistoryEvidence(previous, evidence);
  }
  if (levelAtLeast(recentMax, 'high') && !explained) {
    // "I want to end it all" … "no, not the relationship, me": the "no" denies the everyday reading, not the risk.
    const aboutSelf =
      recent.flatMap((p) => p.signals).some((s) => ENDING_ALL.test(normalise(s.text).text)) &&
      endingSelfClarified(trimmed);
    const resolved = !aboutSelf && !walkedBackOnly && (denied || resolvedNow);
    // An attempt told as history ("我有过自杀未遂") and now placed years back and resolved ("大概七年前了，
    // 后来治疗了很久，现在挺好的") is resolved past, not current risk: no check-in floor.
    const remoteResolved =
      resolved &&
      level === 'none' &&
      (PAST.zh.test(trimmed) || PAST.en.test(trimmed)) &&
      !recurrenceTold(trimmed) &&
      recent.every((p) =>
        p.signals.every(
          (s) =>
            !levelAtLeast(s.level, 'high') ||
            HISTORY_RULES.has(s.rule) ||
            HISTORY_TOLD.test(s.text) ||
            // Session 15: the model's reading of a turn the rules read as history ("i used to think about ending it").
            (s.category === 'learned' && p.signals.some((r) => r.softened === 'past-history')),
        ),
      );
    const floor: RiskLevel = remoteResolved ? 'none' : resolved ? 'low' : 'high';
    if (RANK[level] < RANK[floor]) {
      level = floor;
      reasons.push(resolved ? 'multi-turn:recent-risk' : 'multi-turn:sustained');
    }
    if (evidence.length === 0) addHistoryEvidence(recent, evidence);
  }

  // Session 30: a bare "嗯", "yeah", "不知道" or "算了不说了" right after a turn that read low (a passive wish, no point
  // in living) answers nothing away: the check-in stays (round 30a; no line of train, dev or fresh moved).
  if (
    level === 'none' &&
    previous[0]?.level === 'low' &&
    current.signals.length === 0 &&
    current.suppressed.length === 0 &&
    !denied &&
    !resolvedNow &&
    (shortNeutral(trimmed) || STILL_THE_SAME_THOUGHT.test(trimmed))
  ) {
    level = 'low';
    reasons.push('multi-turn:low-answered');
  }

  // Session 19: risk told over several turns, none of them high alone, read together by the learned model. Not after a
  // turn that explains or denies, nor where the rules discounted something in this one.
  if (
    RANK[level] < RANK.high &&
    recent.length > 0 &&
    !levelAtLeast(recentMax, 'high') &&
    !explained &&
    !denied &&
    current.suppressed.length === 0 &&
    conversationReadsActive([...laterAnswer.recentUserTexts].reverse(), trimmed)
  ) {
    level = 'high';
    reasons.push('multi-turn:learned-joined');
    // The turns read together are the evidence, each whole.
    laterAnswer.recentUserTexts.forEach((t, i) =>
      evidence.push({ start: 0, end: t.length, text: t, turn: i + 1, rule: 'learned-joined' }),
    );
    evidence.push({ start: 0, end: text.length, text, turn: 0, rule: 'learned-joined' });
  }

  // Session 32: read high, and this message says it is happening now: at the place, the act begun, the means at hand,
  // tonight, a goodbye (IMMINENT_NOW). The crisis reply is the same; the level says how urgent it is.
  // A time counts next to a rule's reading of suicide, not next to self-harm urges alone ("the urge to cut is so strong
  // tonight" is high) nor next to the model's guess ("i have a date tonight" read high by the model stays high).
  const timeCounts = signals.some((s) => SUICIDAL_CATEGORIES.has(s.category));
  if (level === 'high' && !denied && !resolvedNow && happeningNow(trimmed, timeCounts)) {
    level = 'imminent';
    reasons.push('combo:high+now');
  }

  for (const s of current.suppressed) reasons.push(`not-counted:${s.reason}:${s.rule}`);
  const result: RiskResult = { level, reasons, evidence, assessor: assessorId() };
  if (current.concernForOther && level === 'none') result.concernForOther = true;
  return result;
}

/** An IMMINENT_NOW sign not told as past, denied or held off ("the urge is strong tonight but I'm fighting it"). */
function happeningNow(n: string, timeCounts: boolean): boolean {
  const m =
    IMMINENT_NOW.exec(n) ?? IMMINENT_NOW_MORE.exec(n) ?? (timeCounts ? IMMINENT_NOW_TIME.exec(n) : null);
  if (!m || RESISTING.test(n)) return false;
  return !IMMINENT_NOW_NOT.test(n.slice(Math.max(0, m.index - 24), m.index));
}

/** Something said along with an ask that explains the earlier words: a denial, laughter, who the writer is. */
const ASK_EXPLAINS =
  /不是|哈|啦|😂|🤣|我是|我在(?:写|做|拍|画|玩|学)|\b(?:no|nah|lol|lmao|haha\w*|jk|kidding|joke|joking|im an?|i am an?|my job)\b/u;

/**
 * Session 30: a short question that touches the means ("下周三杭州天气怎么样" after "我都计划好了，下周三", "how late is the
 * parking structure open" after "been thinking about ending it a lot") changes the subject; it explains nothing away.
 */
function bareMeansAsk(text: string, normText: string): boolean {
  if (ASK_EXPLAINS.test(normText)) return false;
  if (text.split(/[.。!！?？;；,，\n]+/u).filter((c) => c.trim()).length > 2) return false;
  return detectCrisisMeansAsk(text) !== null;
}

/** A question in a turn (its learned reading is the question's, not a disclosure). */
const ASKED_TURN = /[?？]|吗|多少|几|哪|\b(?:how|what|whats|which|where|when)\b/u;

/**
 * Session 30: the turn told high risk, not only asked about it: a combination of rules, or a high signal other than a
 * method asked for or the model's reading of a question ("whats the tallest bridge in the country" is a question like
 * the one after it, not a disclosure).
 */
export function toldHighRisk(turn: TurnAssessment, text: string): boolean {
  if (!levelAtLeast(turn.level, 'high')) return false;
  if (turn.combos.length > 0) return true;
  const asked = ASKED_TURN.test(normalise(text).text);
  return turn.signals.some(
    (s) => levelAtLeast(s.level, 'high') && s.category !== 'method' && !(s.category === 'learned' && asked),
  );
}

/** A bare answer: a yes, a maybe, a don't-know, a never-mind, with nothing told. */
const SHORT_ANSWER =
  /^(?:(?:嗯|恩|唔|是|是的|对|对的|有点|有一点|有时候|偶尔|也许|可能|大概|或许|不知道|不晓得|说不清|算了|不说了|随便|就这样|还好|还行|也就那样|差不多)(?:吧|啊|呢|了|嗯)?[\s,，.。…~]*){1,3}$|^(?:(?:yeah|yea|yes|yep|ya|mhm|mm+|maybe|idk|i dunno|dunno|i guess|i suppose|kinda|sort of|sometimes|a bit|a little|whatever|nvm|never ?mind|forget it|i dont know|not sure|probably|i think so)[\s,.…~!]*){1,3}$/u;
function shortNeutral(t: string): boolean {
  return SHORT_ANSWER.test(t.trim());
}

/** A signal that covers the whole turn: a reading of it as an answer to the assistant's question. */
function wholeTurnSignal(rule: string, level: RiskLevel, text: string): CrisisSignal {
  const category = level === 'imminent' ? 'plan' : level === 'low' ? 'passive' : 'ideation';
  return { rule, category, level, start: 0, end: text.length, text };
}

/**
 * The last `k` user turns (most recent first) and their assessments. Session 19: each with its reading as an answer
 * to the assistant's question before it, when that says more than the turn alone ("有 这几周一直在想" to "你是不是有
 * 伤害自己的想法？"), so the floor and the combinations across turns count it.
 */
function readEarlierTurns(
  history: ConversationTurn[],
  k: number,
): { userTurns: ConversationTurn[]; previous: TurnAssessment[] } {
  const userTurns = history
    .filter((m) => m.role === 'user')
    .slice(-k)
    .reverse();
  const readings = earlierAnswerReadings(history, k);
  const previous = userTurns.map((m, i) => {
    const turn = assessTurn(m.content);
    const reading = readings[i];
    if (!reading || RANK[reading.level] <= RANK[turn.level]) return turn;
    return {
      ...turn,
      level: reading.level,
      signals: [...turn.signals, wholeTurnSignal(reading.rule, reading.level, m.content)],
    };
  });
  return { userTurns, previous };
}

/**
 * Session 19: "Is this about you?" answered yes after a question or story told of someone else or as a hypothesis
 * ("if someone didn't want to wake up, what's the least painful way" … "嗯 就是我"): the earlier words are the writer's
 * own, at the level their rules give them (`ownedLevel`; `low` when the answer says there is no intent).
 */
function ownedEarlierAsk(
  text: string,
  normText: string,
  lastTurn: ConversationTurn | undefined,
  recent: TurnAssessment[],
  recentTexts: readonly string[],
): CrisisSignal | null {
  if (lastTurn?.role !== 'assistant') return null;
  const spokeOfRisk = recent.some(
    (p) => p.signals.length > 0 || p.concernForOther || p.suppressed.some((s) => s.reason === 'other-person'),
  );
  if (!spokeOfRisk || !ownsEarlierAsk(lastTurn.content, normText)) return null;
  const level = NO_INTENT.test(normText) ? 'low' : ownedLevel(recent, recentTexts);
  return wholeTurnSignal('owned-earlier-ask', level, text);
}

/**
 * Session 19: going to be with someone whose death was told in the conversation ("她去年走了" … "不想再撑了 今晚就去找她"):
 * `high`; said as a wish or with no intent ("要是我也能去找她就好了 不是说要做什么", "去陪他也挺好"), `low`. A grave visit or
 * "one day" is neither.
 */
function joiningTheDead(text: string, recentTexts: readonly string[]): CrisisSignal | null {
  const norm = normalise(text);
  const at = JOIN_THEM.exec(norm.text);
  if (!at || GRAVE_OR_SOMEDAY.test(norm.text)) return null;
  const deathTold = [norm.text.slice(0, at.index), ...recentTexts.map((t) => normalise(t).text)].some((t) =>
    DEATH_TOLD.test(t),
  );
  if (!deathTold) return null;
  const wish =
    JOIN_WISH.test(at[0]) ||
    JOIN_WISH.test(norm.text.slice(Math.max(0, at.index - 8), at.index)) ||
    JOIN_WISH_AFTER.test(norm.text.slice(at.index + at[0].length)) ||
    NO_INTENT.test(norm.text);
  const span = originalRange(norm, at.index, at.index + at[0].length);
  return {
    rule: 'joining-the-dead',
    category: wish ? 'passive' : 'ideation',
    level: wish ? 'low' : 'high',
    ...span,
    text: text.slice(span.start, span.end),
  };
}

/**
 * Session 19: the level the earlier turns' words carry once owned by the writer: their signals, and the matches set
 * aside as someone else's read at their rule's level; at most `high` (a question owned is no plan), `high` when
 * nothing was matched (a worry told of someone else) or a turn asked after a way to die or an amount.
 */
const OWNED_HIGH = new Set(['self-harm-method', 'overdose']);
function ownedLevel(recent: TurnAssessment[], recentTexts: readonly string[]): RiskLevel {
  // A question after a way to die or an amount, owned, is active ideation whatever else the rules read in it.
  if (recentTexts.some((t) => OWNED_HIGH.has(detectHarmfulRequest(t)?.category ?? ''))) return 'high';
  let owned: RiskLevel = 'none';
  for (const p of recent) {
    for (const s of p.signals) owned = maxLevel(owned, s.level);
    for (const s of p.suppressed) {
      if (s.reason !== 'other-person') continue;
      const rule = RULE_BY_ID.get(s.rule);
      if (rule) owned = maxLevel(owned, rule.level ?? CATEGORY_LEVEL[rule.category]);
    }
  }
  if (owned === 'none' || owned === 'imminent') return 'high';
  return owned;
}

/**
 * The current turn read as a later answer to the recent user turns, as `assessRisk` reads it, with the highest level
 * among those turns (the explanation model's trainer selects and reads its lines through this).
 */
export function laterAnswerFor(
  text: string,
  history: ConversationTurn[],
): { answer: LaterAnswer; recentMax: RiskLevel } {
  const earlier = readEarlierTurns(history, HISTORY_TURNS);
  const userTurns = earlier.userTurns.slice(0, SUSTAIN_TURNS);
  const recent = earlier.previous.slice(0, SUSTAIN_TURNS);
  const answer: LaterAnswer = {
    normText: normalise(text.trim()).text,
    rawText: text,
    current: assessTurn(text),
    recentUserTexts: userTurns.map((m) => m.content),
    recent,
    lastTurn: [...history].reverse().find((m) => m.role !== 'system'),
  };
  return { answer, recentMax: recent.reduce<RiskLevel>((acc, p) => maxLevel(acc, p.level), 'none') };
}

/**
 * Whether the current turn explains the recent disclosure as everyday, so the multi-turn floor no longer
 * applies (`text` is normalised). Only when the recent turns held nothing concrete:
 * - a bare goodbye explained as an everyday ending ("this is goodbye" … "my free trial ends today");
 * - taken back with a concrete everyday reason, when nothing was an act, self-harm, plan, farewell or giving
 *   away ("[kms]" … "no omg sorry, it's a meme, I lost my streak"; "[lethal dose of …]" … "no, I'm a pharmacy tech");
 * - possible hyperbole, a bare goodbye or the learned model's guess explained as meant otherwise
 *   ("刀磨好了" … "没说清楚，周末要杀鱼") or taken back with a trivial trigger ("我想死" … "刚才那是气话，他把我游戏存档删了");
 *   after the model's guess alone, an answer giving the everyday context it keeps out of ("我要去跳了" … "跳伞啊").
 * A bare "I'm fine now" explains nothing: the check-in stays.
 */
function explainedNow(text: string, current: TurnAssessment, recent: TurnAssessment[]): boolean {
  const earlier = recent.flatMap((p) => p.signals);
  if (
    // Round 23: a bare time word in the explaining turn ("明天搬去成都了，今晚散伙饭") is no risk signal.
    current.signals.every((s) => s.category === 'time-weak' && s.level === 'none') &&
    (EVERYDAY_ENDING.test(text) || EVERYDAY_FAREWELL.test(text)) &&
    !INSINUATION.test(text) &&
    // "I'm ending it tonight" … "no sorry, I meant ending things with Jake": an "ending it" said bare may be everyday.
    // Session 19: a goodnight does not explain the model's reading ("我已经吞了一些" … "算了 当我没说。困了 晚安"): going to
    // sleep after it is the danger, not its explanation.
    earlier.every(
      (s) =>
        GOODBYE_ONLY.has(s.category) ||
        (s.category === 'learned' && !GOING_TO_SLEEP.test(text)) ||
        AMBIGUOUS_ENDING.test(normalise(s.text).text),
    )
  ) {
    return true;
  }
  if (current.level !== 'none') return false;
  if (
    current.signals.length === 0 &&
    earlier.length > 0 &&
    earlier.every((s) => s.category === 'learned' || ENDING_ALL.test(normalise(s.text).text)) &&
    // Round 21c: a longer clarification with a reassurance ("with my boyfriend lol, … sorry, I'm fine").
    endingClarified(text, REASSURED_EN.test(text) ? 160 : 80) &&
    !SERIOUS.test(text) &&
    // Session 19: not with a goodbye after it ("the marriage!! sorry, I meant with my husband. the kids will
    // understand one day").
    !FINALITY_EN.test(text)
  ) {
    return true;
  }
  if (
    EXPLAINED_AWAY.opener.test(text) &&
    EXPLAINED_AWAY.reason.test(text) &&
    earlier.every((s) => !EXPLAINED_AWAY_KEEPS.has(s.category))
  ) {
    return true;
  }
  if (everydayFrameExplains(text, earlier)) return true;
  if (correctsMisreading(text, current, earlier)) return true;
  // A place or object said earlier, now given its own everyday context with a reassurance ("I'm standing on the
  // edge" … "at the Grand Canyon for a photo lol, don't worry"; "got the rope, doing it this weekend" … "the rope's
  // for the climbing course, I'm not in a bad way, promise"): the rule's own leisure test, read on this turn.
  if (
    earlier.some((s) => leisureOf(s.rule)?.test(text)) &&
    earlier.every(
      (s) => GOODBYE_ONLY.has(s.category) || s.category === 'learned' || leisureOf(s.rule)?.test(text),
    ) &&
    REASSURED_EN.test(text) &&
    !FINALITY_EN.test(text) &&
    !SERIOUS.test(text)
  ) {
    return true;
  }
  // The same in Chinese ("[我想死]" … "不好意思，那是短剧的台词，发错窗口了"; "[我想结束这一切]" … "不是，是想结束这段
  // 感情"); things given away or a goodbye may be explained by a move or a clear-out ("放心啦，下个月去澳洲读研，闲鱼卖不掉的就送同学了").
  // Round 21c: a clear-out told with its reason needs no opener ("断舍离啦！要搬去青岛，干脆全送朋友"), and a note may be
  // explained as writing homework ("抱歉吓到你了，是语文作业，题目是…").
  const clearOut =
    current.signals.length === 0 &&
    EVERYDAY_GIVING.test(text) &&
    !FINALITY_ZH.test(text) &&
    earlier.every((s) => s.category === 'giving-away' || s.category === 'learned');
  if ((clearOut || EXPLAINED_AWAY_ZH.opener.test(text)) && !SERIOUS.test(text)) {
    const everyday = EVERYDAY_ENDING.test(text) || EVERYDAY_FAREWELL.test(text) || EVERYDAY_GIVING.test(text);
    const writing = EVERYDAY_FRAME.writing.test(text) && !EVERYDAY_FRAME.denied.test(text);
    if (
      (everyday ||
        writing ||
        EXPLAINED_AWAY_ZH.reason.test(text) ||
        JOKE_TRIGGER_ZH.test(text) ||
        GAME.test(text)) &&
      earlier.every(
        (s) =>
          !EXPLAINED_AWAY_KEEPS.has(s.category) ||
          (s.category === 'farewell' && writing) ||
          (s.category === 'giving-away' && (EVERYDAY_GIVING.test(text) || EVERYDAY_FAREWELL.test(text))) ||
          (GOODBYE_ONLY.has(s.category) && (EVERYDAY_FAREWELL.test(text) || EVERYDAY_ENDING.test(text))),
      )
    ) {
      return true;
    }
  }
  const onlyWeak =
    earlier.length > 0 &&
    earlier.every(
      (s) => GOODBYE_ONLY.has(s.category) || s.category === 'learned' || HYPERBOLE_RULES.has(s.rule),
    );
  // "我吃了好多药" … "不是啦，是感冒了，按说明书吃的": the pills were taken as treatment.
  if (
    earlier.length > 0 &&
    earlier.every((s) => OVERDOSE_RULES.has(s.rule) || !levelAtLeast(s.level, 'high')) &&
    TREATMENT.test(text) &&
    // Round 23: or a prescription named first ("是医生开的消炎药，一个疗程，今天吃完了").
    // Round 23b: or the day's own pills ("就今天的药，按时吃的", "是每天的降压药").
    /^(?:哈+|呃|啊|额)?[,\s]?(?:(?:不是|没有|没|不不)(?:啦|的|呀|哦|了)?(?:[,.!。\s]|$)|(?:是|那是|都是)?(?:医生|大夫|医院)开的|(?:就|只是|都是|是)?(?:今天|每天|平时|日常|早上|晚上)(?:的|吃的)[^,.。!?;\n]{0,4}?药)/u.test(
      text,
    ) &&
    !/死|活|全吃|多吃/u.test(text) &&
    !SERIOUS.test(text)
  ) {
    return true;
  }
  if (!onlyWeak || SERIOUS.test(text)) return false;
  return (
    EXPLAINED_ZH.meant.test(text) ||
    (EXPLAINED_ZH.notMeant.test(text) && (JOKE_TRIGGER_ZH.test(text) || GAME.test(text))) ||
    (earlier.every((s) => s.category === 'learned') && learnedVetoed(text))
  );
}

/**
 * Round 23: the current turn corrects a misreading of earlier words that were ambiguous (an object, a place, "ending
 * it", a goodbye, things given away), with no risk signal of its own: "[刀片准备好了]" … "不是啦，做木工用的"; "[got the
 * rope]" … "it's for the camping trip lol"; "[ending it all tonight]" … "no sorry, my situationship"; "[给我妈写了信]" …
 * "别误会，是遗嘱，法律上那种". Each earlier signal must be explained: an object or giving away by its everyday use,
 * owner, a trip or the rule's own leisure; a place by the rule's leisure or an everyday reason, with a correction;
 * an ending by its everyday object; a goodbye or note by the rule's leisure or an everyday paper, with a correction;
 * a jump rule with a leisure by a sport; a slang word by a name. Explicit ideation, an act, self-harm or a plan is
 * never explained this way ("我想死" … "哈哈开玩笑的" keeps its level), nor is a turn that re-asserts risk.
 */
function correctsMisreading(text: string, current: TurnAssessment, earlier: CrisisSignal[]): boolean {
  if (earlier.length === 0 || current.level !== 'none') return false;
  if (current.signals.some((s) => s.category !== 'time-weak')) return false;
  if (
    SERIOUS.test(text) ||
    // Round 23b: the card or letter named again with its everyday occasion ("retiring …, I wrote the class a goodbye card")
    FINALITY_EN.test(
      CORRECTION.thing.test(text)
        ? text.replace(/\bgoodbye (?:letter|card|note|speech|message)s?\b/gu, '')
        : text,
    ) ||
    // the note named again in its everyday frame ("单位让每人写一封遗书") is no finality
    FINALITY_ZH.test(text.replace(/遗书/gu, '')) ||
    EVERYDAY_FRAME.denied.test(text) ||
    // a death in the game named is the game's ("我的角色要饿死了，存档重来")
    CORRECTION.selfUse.test(
      GAME.test(text) ? text.replace(/(?:角色|人物|小人|号)[^,.。!?;\n]{0,8}?死/gu, '') : text,
    )
  ) {
    return false;
  }
  const cue =
    EXPLAINED_AWAY.opener.test(text) ||
    EXPLAINED_AWAY_ZH.opener.test(text) ||
    CORRECTION.cue.test(text) ||
    REASSURED_EN.test(text);
  const purpose = CORRECTION.purpose.test(text);
  const away = CORRECTION.away.test(text);
  const hobby = CORRECTION.activity.test(text);
  // Round 24: a cut told as a small kitchen injury, a bottle named as a drink ("of kombucha 😂").
  const kitchenCut =
    CORRECTION.kitchen.test(text) && CORRECTION.minorWound.test(text) && !CORRECTION.deliberate.test(text);
  const drink = CORRECTION.drink.test(text);
  // Round 23c: after the model's guess alone, naming the game or the everyday plan is the answer, with no opener
  // ("[今晚就要没了]" … "在玩泰拉瑞亚 存档要没了"; "[我决定了 就今晚]" … "决定今晚跟她表白！").
  const modelOnly = earlier.every((s) => s.category === 'learned' || s.level === 'none');
  const namedFrame =
    modelOnly && (GAME.test(text) || EVERYDAY_FRAME.game.test(text) || CORRECTION.everydayPlan.test(text));
  if (
    !namedFrame &&
    !cue &&
    !purpose &&
    !away &&
    !hobby &&
    !CORRECTION.restated.test(text) &&
    !CORRECTION.sportNamed.test(text) &&
    !drink
  ) {
    return false;
  }
  const everyday =
    purpose ||
    CORRECTION.activity.test(text) ||
    CORRECTION.thing.test(text) ||
    EXPLAINED_AWAY.reason.test(text) ||
    EXPLAINED_AWAY_ZH.reason.test(text) ||
    EVERYDAY_FAREWELL.test(text) ||
    EVERYDAY_ENDING.test(text) ||
    EVERYDAY_GIVING.test(text) ||
    GAME.test(text) ||
    EVERYDAY_FRAME.game.test(text) ||
    EVERYDAY_FRAME.writing.test(text) ||
    namedFrame;
  return earlier.every((s) => {
    if (s.category === 'time-weak' || s.category === 'emoji') return true;
    if (namedFrame && s.level === 'none') return true;
    // the model's guess only with a concrete everyday reason: a bare "lol I'm fine" keeps the check-in
    if (s.category === 'learned') return everyday || away;
    if (s.category === 'farewell-weak') {
      return (
        leisureOf(s.rule)?.test(text) ||
        CORRECTION.thing.test(text) ||
        EVERYDAY_FAREWELL.test(text) ||
        EVERYDAY_FRAME.writing.test(text) ||
        (cue && purpose)
      );
    }
    const own = leisureOf(s.rule)?.test(text) ?? false;
    // Round 23b: a time and the writer said first too ("今晚我要结束这一切")
    const said = normalise(s.text).text.replace(
      /^(?:今晚|今天|明天|今夜|马上)?(?:我)?(?:就|准备|打算|要|想|好想){0,2}\s?/u,
      '',
    );
    // Round 23b: or restated with its object first ("[今晚结束这一切]" … "结束实习啦，明天最后一天")
    if (ENDING_ALL.test(said) || AMBIGUOUS_ENDING.test(said)) {
      return (cue || CORRECTION.restated.test(text)) && endingClarified(text, 160);
    }
    if (s.category === 'selfharm' && s.rule === 'en.selfharm') return cue && kitchenCut;
    if (s.category === 'act' && s.rule === 'en.act-edge' && drink)
      return /\bbottle\b/u.test(normalise(s.text).text);
    switch (s.category) {
      case 'means':
      case 'means-weak':
        return (cue || purpose) && (own || everyday);
      case 'giving-away':
        // a pet or things given away before a trip or move needs no opener ("下个月去读研，猫托付给表姐了")
        return ((cue || purpose) && (own || everyday)) || away;
      case 'location':
        // a place given its hobby needs no opener ("在拍星轨呢，三脚架架了一晚上")
        return (cue && (own || everyday)) || (own && hobby);
      case 'farewell':
        return cue && (own || CORRECTION.thing.test(text) || EVERYDAY_FAREWELL.test(text));
      case 'act':
        // a place said with "now" ("I'm at the rooftop now"): only a rule whose leisure is any leisure
        // Round 23b: or a chore or hobby there ("[on the roof now]" … "haha no, clearing the gutters")
        return cue && ruleLeisure(s.rule) === true && (own || hobby);
      case 'ideation':
        // a jump said bare ("天天想着跳海"), explained as a sport; a slang word explained as a name
        // Round 23b: a jump answered by naming its sport needs no opener ("[想从上面跳下去]" … "蹦极啦，下周去"); a bare
        // abbreviation ("ctb", "zs") may be spelled out or sent to the wrong chat ("不是啦 是'再说'的缩写 发错群了").
        if (
          HYPERBOLE_RULES.has(s.rule) &&
          ruleLeisure(s.rule) !== undefined &&
          CORRECTION.sportNamed.test(text)
        ) {
          return true;
        }
        return (
          cue &&
          ((HYPERBOLE_RULES.has(s.rule) &&
            ruleLeisure(s.rule) !== undefined &&
            (own || CORRECTION.activity.test(text))) ||
            (HYPERBOLE_RULES.has(s.rule) && CORRECTION.name.test(text)) ||
            (HYPERBOLE_RULES.has(s.rule) &&
              ABBREVIATION.test(normalise(s.text).text) &&
              CORRECTION.spelled.test(text)))
        );
      default:
        return false;
    }
  });
}
/** Round 23b: a signal that is a bare slang abbreviation ("ctb", "kms", "zs"), which a later turn may spell out. */
const ABBREVIATION = /^[a-z]{2,5}$/u;
function ruleLeisure(id: string): RegExp | boolean | undefined {
  return RULE_BY_ID.get(id)?.leisure;
}

/** Whether `text` (normalised) ties an earlier bare "end it all" to an everyday object, and not to the writer. */
function endingClarified(text: string, maxLength = 80): boolean {
  return (
    text.length <= maxLength &&
    (CLARIFIED_OBJECT_EN.test(text) || CLARIFIED_OBJECT_ZH.test(text)) &&
    !SELF_CLARIFIED_EN.test(text) &&
    !SELF_CLARIFIED_ZH.test(text)
  );
}
/** Whether `text` (normalised) says an earlier bare "end it all" was about the writer ("no, not the relationship, me"). */
function endingSelfClarified(text: string): boolean {
  return text.length <= 80 && (SELF_CLARIFIED_EN.test(text) || SELF_CLARIFIED_ZH.test(text));
}

/** Round 20b: categories an intrusive thought, feared and rejected, may name (see `judgeMatch`). */
const INTRUSIVE_CATEGORIES = new Set<CrisisCategory>([
  'ideation',
  'selfharm',
  'method',
  'passive',
  'location',
]);

/** A bare "ending it / ending things" (a signal's text), which a later turn may explain as an everyday ending. */
const AMBIGUOUS_ENDING = /^(?:im |i am )?(?:end|ending|ended)\s+(?:it|things)\b(?!\s+all\b)/u;
/** A reassurance with an explanation ("lol", "don't worry", "I'm not in a bad way, promise"). */
const REASSURED_EN =
  /\b(?:lol|lmao|haha\w*|dont worry|no worries|promise|(?:im|i am) (?:totally |completely |really )?(?:fine|ok|okay|safe|good|not in a bad (?:way|place))|didnt mean to (?:scare|worry|freak)|sorry (?:that|if (?:that|it)|for the) (?:sounded|came out|scare|confusion|alarm))\b/u;
/** A mishap or frame said to be "not serious". */
const NOT_SERIOUS = /\bnot serious\b/u;
/** Round 21c: an everyday frame named with an opener or reassurance and no finality explains the earlier words; a note only by a writing frame. */
function everydayFrameExplains(text: string, earlier: CrisisSignal[]): boolean {
  if (
    earlier.length === 0 ||
    SERIOUS.test(text) ||
    FINALITY_EN.test(text) ||
    EVERYDAY_FRAME.denied.test(text)
  ) {
    return false;
  }
  if (!EXPLAINED_AWAY.opener.test(text) && !REASSURED_EN.test(text) && !NOT_SERIOUS.test(text)) return false;
  const writing = EVERYDAY_FRAME.writing.test(text);
  const framed =
    writing ||
    GAME.test(text) ||
    EVERYDAY_FRAME.game.test(text) ||
    // a climb or tour explains a height, not a wish to die; a mishap only told as a joke
    (EVERYDAY_FRAME.outing.test(text) &&
      earlier.every((s) => s.category === 'location' || EVERYDAY_FRAME.height.test(s.text))) ||
    (JOKE_TRIGGER.mishap.test(text) &&
      (LAUGHTER.test(text) || JOKE_TRIGGER.lightEmoji.test(text) || NOT_SERIOUS.test(text)));
  return (
    framed &&
    earlier.every((s) => !EXPLAINED_AWAY_KEEPS.has(s.category) || (s.category === 'farewell' && writing))
  );
}
/** The everyday contexts a rule accepts (its `leisure`), by rule id. */
function leisureOf(id: string): RegExp | undefined {
  const rule = RULE_BY_ID.get(id);
  if (!rule?.leisure) return undefined;
  return rule.leisure === true ? LEISURE : rule.leisure;
}

function addHistoryEvidence(previous: TurnAssessment[], evidence: EvidenceSpan[]): void {
  previous.forEach((p, i) => {
    for (const s of p.signals) {
      if (evidence.some((e) => e.turn === i + 1 && e.start === s.start && e.rule === s.rule)) continue;
      evidence.push({ start: s.start, end: s.end, text: s.text, turn: i + 1, rule: s.rule });
    }
  });
}
