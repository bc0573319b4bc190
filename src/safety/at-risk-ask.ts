/**
 * Session 20: an ask from someone whose own message reads high or imminent risk by the rules, for a way, a thing, an
 * amount, a place, a time or a certainty, in words that name no method ("bad. i want to unalive. how", "想死但是怕疼
 * 哪种最舒服"). The pre-check refuses it after the crisis message (see `data/at-risk-ask.ts`). Help-seeking is never
 * such an ask, nor is a question told as a thought, a search or a decision ("i keep thinking about how", "我问过怎么").
 */
import {
  ASK_FOR_HELP,
  ASK_FOR_HELP_NOT,
  AT_RISK_ASK_EN,
  AT_RISK_ASK_ZH,
  AT_RISK_ASKED,
  AT_RISK_HELP_SEEKING,
  AT_RISK_TOLD_BEFORE,
  PREPARATION_ASK_EN,
  PREPARATION_ASK_ZH,
  PREPARATION_NOT,
} from './data/at-risk-ask.ts';
import { BENIGN } from './data/harmful-requests.ts';
import type { HarmfulRequest } from './harmful.ts';
import { statesPurpose } from './learned/harmful-signal.ts';
import { normalise, originalRange } from './normalize.ts';

/** Clause boundaries: punctuation, and the spaces between Chinese phrases. */
const CLAUSE_SPLIT = /[.。!！;；,，\n~～]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/gu;

/** A Chinese question word asks by itself ("哪种死法最舒服"); a noun ("办法", "方式") needs a question or a request. */
const ZH_QUESTION_WORD = /^(?:哪|怎么|多少|几|什么|多高|多深|多久|多长|够|会不会|能不能|能一次)/u;

/**
 * The first ask match that is asked, not told: a question word, or a question or request in the message ("tell me",
 * a question mark, 吗), with nothing just before it that tells it as a thought, a search or a decision ("每天都在想怎么死",
 * "idk how to stop").
 */
function askedMatch(n: string): { index: number; 0: string } | null {
  const asked = AT_RISK_ASKED.test(n);
  let from = 0;
  for (const cut of [...n.matchAll(CLAUSE_SPLIT), null]) {
    const to = cut ? cut.index! : n.length;
    const clause = n.slice(from, to);
    for (const [re, zh] of [
      [AT_RISK_ASK_EN, false],
      [AT_RISK_ASK_ZH, true],
    ] as const) {
      const m = re.exec(clause);
      // A Chinese question word asks by itself; a Chinese noun or "最快" needs a question or a request in its own clause
      // ("打游戏的时候最舒服 … 活着干嘛呢" asks nothing of it); English asks often go without a question mark.
      if (!m || !(zh ? ZH_QUESTION_WORD.test(m[0]) || AT_RISK_ASKED.test(clause) : asked)) continue;
      // "想怎么死", "想去哪里": 想 right before the ask is a thought, not a question.
      if (zh && /想(?:要|去)?$/u.test(clause.slice(Math.max(0, m.index - 3), m.index))) continue;
      // "三十几颗", "好几盒": 几 after a number or 好 is a rough count, told.
      if (zh && m[0].startsWith('几') && /[0-9零一二两三四五六七八九十百好]$/u.test(clause.slice(0, m.index)))
        continue;
      // "护栏没多高", "照顾不了它多久了": told as not much, not asked.
      if (
        zh &&
        /^多/u.test(m[0]) &&
        /(?:没|不了|不了它|不了他|不了她)$/u.test(clause.slice(Math.max(0, m.index - 4), m.index))
      )
        continue;
      // A Chinese noun or "最快" is read against its whole clause ("在 Google 怎么 unalive 自己最快" is a search told).
      const toldFrom = zh && !ZH_QUESTION_WORD.test(m[0]) ? 0 : Math.max(0, m.index - (zh ? 8 : 30));
      if (AT_RISK_TOLD_BEFORE.test(clause.slice(toldFrom, m.index))) continue;
      // "多少分都不重要", "什么都没意思": a question word before 都 or 也 is indefinite, not asked.
      if (zh && /^[^，。！？,.!?]{0,6}[都也]/u.test(clause.slice(m.index + m[0].length))) continue;
      return { index: from + m.index, 0: m[0] };
    }
    from = to + (cut ? cut[0].length : 0);
  }
  return null;
}

/** The at-risk ask in `text` (risk already read in this message by the rules), or null. */
export function detectAtRiskAsk(text: string): HarmfulRequest | null {
  if (typeof text !== 'string' || text === '') return null;
  const norm = normalise(text);
  const n = norm.text;
  // Help-seeking, and the help-seeking and caring purposes the request rules and the net already know.
  if (AT_RISK_HELP_SEEKING.test(n) || BENIGN.test(n) || statesPurpose(n)) return null;
  const m = askedMatch(n);
  if (!m) return null;
  const { start, end } = originalRange(norm, m.index, m.index + m[0].length);
  return {
    category: /多少|几片|几颗|几粒|几瓶|几盒|几板|\b(?:how (?:much|many)|amount|dose|number|enough)\b/u.test(
      n,
    )
      ? 'overdose'
      : 'self-harm-method',
    rule: 'at-risk-ask',
    framing: false,
    evidence: { start, end, text: text.slice(start, end) },
  };
}

/**
 * An ask for help with no harm asked anywhere in the message ("i want to kill myself. which hospital is closest",
 * "想自杀 心理咨询多少钱一次"; not "how many grams would be too much, then the breathing exercise").
 */
export function asksForHelp(text: string): boolean {
  if (typeof text !== 'string') return false;
  const n = normalise(text).text;
  return ASK_FOR_HELP.test(n) && !ASK_FOR_HELP_NOT.test(n);
}

/**
 * Session 29: help with the preparations asked by someone whose message the rules read as high risk (`PREPARATION_ASK_*`:
 * a disguised goodbye, messages scheduled for after, a pet or the children handed on, the history wiped). Asking for help
 * itself is never such an ask. The caller checks the risk (as for `detectAtRiskAsk`).
 */
export function detectPreparationAsk(text: string): HarmfulRequest | null {
  if (typeof text !== 'string' || text === '') return null;
  const norm = normalise(text);
  const n = norm.text;
  // "help me write …" is the ask here: asking for help itself, or writing to someone who helps (a therapist, a line), keeps
  // the message answered.
  if (
    asksForHelp(text) ||
    PREPARATION_NOT.test(n) ||
    AT_RISK_HELP_SEEKING.test(n.replace(/\bhelp me\b/gu, ''))
  )
    return null;
  const m = PREPARATION_ASK_EN.exec(n) ?? PREPARATION_ASK_ZH.exec(n);
  if (!m) return null;
  const { start, end } = originalRange(norm, m.index, m.index + m[0].length);
  return {
    category: 'self-harm-method',
    rule: 'preparation-ask',
    framing: false,
    evidence: { start, end, text: text.slice(start, end) },
  };
}
