/**
 * Method asks: a request for a way, an amount, a comparison or a shopping list, from someone at
 * high risk (the crisis assessment of the conversation) or who names their own death as the goal.
 * The harmful-request families list topics and framings; this composition covers the wording they
 * never listed, because the crisis assessment already reads the slang and the indirect phrasing.
 * Only an ASK counts: "我已经想好怎么死了" is told, not asked, and gets the crisis protocol alone.
 */
import {
  CLAUSE_BREAK,
  CLAUSE_LEAD,
  MESSAGE_ASK_CUE,
  LETHALITY_ASKED,
  METHOD_ASK_BENIGN_EN,
  METHOD_ASK_STATS,
  METHOD_ASK_BENIGN_ZH,
  METHOD_ASK_EN,
  METHOD_ASK_HIDE,
  METHOD_ASK_PLACE_AND_MEANS,
  METHOD_ASK_SAFE_USE,
  METHOD_ASK_ZH,
  METHOD_ASK_ZH_YES_NO,
  OWN_DEATH_GOAL_EN,
  OWN_DEATH_GOAL_ZH,
  QUESTION_CUE,
  REPORTED_AFTER,
  REPORTED_BEFORE,
  ZH_MEANS,
  ZH_TOLD_AFTER,
  ZH_TOLD_BEFORE,
  ZH_TOLD_WINDOW,
} from './data/method-ask.ts';
import type { HarmCategory } from './data/harmful-requests.ts';
import type { HarmfulRequest } from './harmful.ts';
import { normalise, originalRange, type NormalisedText } from './normalize.ts';

/** Amount words: the ask is about an overdose rather than another method. */
const AMOUNT =
  /\b(?:how (?:much|many)|pills?|tablets?|tabs|meds?|dose|doses|mg|enough)\b|多少|几(?:片|粒|颗|瓶|盒|板)|片|粒|颗|剂量|致死量|药/u;

/** The last colon, opening quote or turn-taking word in a clause's lead (greedy: the last one). */
const LEAD_RESTART = /^.*(?:[:："“「«]|\b(?:so|then|ok|okay|fine|alright|anyway|now)\b)/su;
/**
 * A clause opened by a wh-word, a few words before the match ("what level is toxic and "); not an
 * exclamation or a rhetorical "what better way to die than saving the world", nor a told "how I felt".
 */
const WH_CLAUSE_OPEN =
  /^\s*(?:(?:so|and|ok|okay|then|but|fine|alright|bro|bruh|dude|yo|hey|guys|pls|please|ngl|srsly|seriously)\s+)*(?:what|whats|which|how)\b(?!\s+(?:better|a|an|about)\b|\s+(?:i|we|he|she|they|you)\s+(?:\w+ed|did|was|were|had|took|felt|thought)\b)(?:\s+[\w"+&/]+){0,5}\s+(?:and\s+)?$/u;

/** Where the clause around `index` starts, looking back at most `limit` characters. */
function clauseStart(text: string, index: number, limit = Infinity): number {
  let a = index;
  while (a > 0 && index - a < limit && !CLAUSE_BREAK.test(text[a - 1]!)) a--;
  return a;
}

/**
 * Whether the match is asked: Chinese question words ask by themselves (told forms were ruled out
 * before); English needs a question cue or a wh-phrase at the start of its clause.
 */
function asked(text: string, m: RegExpExecArray, lang: string): boolean {
  if (lang === 'zh') return true;
  const a = clauseStart(text, m.index);
  let b = m.index + m[0].length;
  while (b < text.length && !CLAUSE_BREAK.test(text[b]!)) b++;
  if (QUESTION_CUE.test(text.slice(a, b)) || MESSAGE_ASK_CUE.test(text)) return true;
  const lead = text.slice(a, m.index);
  if (CLAUSE_LEAD.test(lead)) return true;
  // A wh-phrase after a colon, an opening quote or a turn-taking word ("answer this: 'what's the…'",
  // "relax it's for a story 😂 so how many…"), or a clause opened by a wh-word ("what level is toxic
  // and how many…"): asked without a question mark.
  const restart = LEAD_RESTART.exec(lead);
  const tail = restart ? lead.slice(restart[0].length) : lead;
  return CLAUSE_LEAD.test(tail) || WH_CLAUSE_OPEN.test(tail) || WH_CLAUSE_OPEN.test(lead);
}

function told(text: string, m: RegExpExecArray, lang: string): boolean {
  if (lang === 'zh') {
    const a = clauseStart(text, m.index, ZH_TOLD_WINDOW);
    return (
      ZH_TOLD_BEFORE.test(text.slice(a, m.index)) || ZH_TOLD_AFTER.test(text.slice(m.index + m[0].length))
    );
  }
  return (
    REPORTED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) ||
    REPORTED_AFTER.test(text.slice(m.index + m[0].length))
  );
}

/** The refusal for match `m` (over the normalised `norm` of `text`), its evidence in the original text. */
function methodAsk(
  text: string,
  norm: NormalisedText,
  m: RegExpExecArray,
  category: HarmCategory,
  rule: string,
): HarmfulRequest {
  const { start, end } = originalRange(norm, m.index, m.index + m[0].length);
  return { category, rule, framing: false, evidence: { start, end, text: text.slice(start, end) } };
}

/**
 * Returns the method ask in `text`, or null. `atRisk`: the crisis assessment of the conversation
 * reads high or imminent; without it the text itself must name the writer's own death as the goal.
 * `contextRisk`: an earlier turn read high, so a safe-use wording ("stay in the safe range") does not clear the ask.
 */
export function detectMethodAsk(text: string, atRisk: boolean, contextRisk = false): HarmfulRequest | null {
  if (typeof text !== 'string' || text === '') return null;
  const norm = normalise(text);
  const n = norm.text;
  if (!atRisk && !OWN_DEATH_GOAL_EN.test(n) && !OWN_DEATH_GOAL_ZH.test(n)) return null;
  if (METHOD_ASK_BENIGN_EN.test(n) || METHOD_ASK_BENIGN_ZH.test(n)) return null;
  if (METHOD_ASK_STATS.test(n) && !LETHALITY_ASKED.test(n)) return null;
  if (!contextRisk && METHOD_ASK_SAFE_USE.test(n)) return null;
  // Hiding self-harm and the place or means asked about need the assessment's risk, not the words' own goal.
  const atRiskOnly: [string, RegExp[], HarmCategory][] = atRisk
    ? [
        ['hide', METHOD_ASK_HIDE, 'hide-injury'],
        ['place', METHOD_ASK_PLACE_AND_MEANS, 'self-harm-method'],
      ]
    : [];
  for (const [name, patterns, category] of atRiskOnly) {
    for (const [i, re] of patterns.entries()) {
      const m = re.exec(n);
      // Chinese told-cues include tools ("用烟头烫哪里…"): only English reports ("been looking up how to hide…") are told.
      if (!m || (!/[\u4e00-\u9fff]/u.test(m[0]) && told(n, m, 'en'))) continue;
      return methodAsk(text, norm, m, category, `method-ask.${name}.${i}`);
    }
  }
  const families: [string, RegExp[]][] = [
    ['en', METHOD_ASK_EN],
    ['zh', METHOD_ASK_ZH],
  ];
  for (const [lang, patterns] of families) {
    for (const [i, re] of patterns.entries()) {
      const m = re.exec(n);
      if (!m || told(n, m, lang) || !asked(n, m, lang)) continue;
      if (re === METHOD_ASK_ZH_YES_NO && !ZH_MEANS.test(n)) continue;
      return methodAsk(
        text,
        norm,
        m,
        AMOUNT.test(n) ? 'overdose' : 'self-harm-method',
        `method-ask.${lang}.${i}`,
      );
    }
  }
  return null;
}
