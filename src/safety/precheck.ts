/**
 * The safety pre-check stage: crisis assessment over the current text and the last few turns,
 * then the protocol. It needs no engine, so the crisis path works with every model down.
 *
 * - high / imminent: fixed crisis message (hotlines as Markdown) opens the reply, guidance for the
 *   engine, session flag `crisis`, action crisis-protocol/show-hotlines, `crisis` resources in the
 *   risk event for the UI to pin.
 * - low: a gentle check-in question opens the reply (once in a while, not every turn).
 * - harmful request (methods, overdose amounts, hiding injuries, extreme weight loss): the whole
 *   reply is a supportive refusal; no engine runs. A method ask from someone at high risk is one
 *   too, in whatever words (./method-ask.ts).
 */
import type { PreCheckResult, SafetyAction, SafetyPreCheck, TurnContext } from '../core/stages.ts';
import { detectHarmfulRequest } from './harmful.ts';
import { learnedHarmfulRequest } from './learned/index.ts';
import { detectMethodAsk } from './method-ask.ts';
import {
  ENGINE_GUIDANCE,
  checkInPreface,
  crisisPreface,
  crisisReminder,
  crisisResources,
  protocolTexts,
} from './protocol.ts';
import { HISTORY_TURNS, assessRisk, assessTurn, levelAtLeast, type RiskResult } from './risk.ts';

/** How many recent assistant replies are searched for an earlier crisis message or check-in. */
const RECENT_REPLIES = 3;

function recentAssistant(ctx: TurnContext): string[] {
  return ctx.history
    .filter((m) => m.role === 'assistant')
    .slice(-RECENT_REPLIES)
    .map((m) => m.content);
}

/**
 * High risk that does not rest on the ask's own wording: a rule fired, or an earlier user turn reads
 * high by the rules. The learned model alone on the current text is not enough, because it has
 * learnt that ask-shaped text is risky ("how long does it take…"), which would make every such
 * question its own reason to refuse.
 */
function riskNotFromAskAlone(ctx: TurnContext, risk: RiskResult): boolean {
  if (!levelAtLeast(risk.level, 'high')) return false;
  if (risk.reasons.some((r) => !r.startsWith('learned:'))) return true;
  return ctx.history
    .filter((m) => m.role === 'user')
    .slice(-HISTORY_TURNS)
    .some((m) => levelAtLeast(assessTurn(m.content).level, 'high'));
}

export function createSafetyPreCheck(): SafetyPreCheck {
  return {
    name: 'carellm-safety@1',
    check(ctx: TurnContext): PreCheckResult {
      const risk = assessRisk(ctx.text, ctx.history);
      const t = protocolTexts(ctx.locale);
      const recent = recentAssistant(ctx);
      const result: PreCheckResult = { risk };
      const actions: SafetyAction[] = [];
      const guidance: string[] = [];
      const { concernForOther, ...riskRecord } = risk;
      result.risk = riskRecord;

      if (levelAtLeast(risk.level, 'high')) {
        const alreadyShown = recent.some((c) => c.startsWith(t.message));
        result.preface = alreadyShown ? crisisReminder(ctx.locale) : crisisPreface(ctx.locale);
        guidance.push(ENGINE_GUIDANCE.crisis);
        result.sessionFlags = ['crisis'];
        actions.push({ kind: 'crisis-protocol', action: 'show-hotlines', level: risk.level });
        result.extra = { crisis: crisisResources(ctx.locale) };
      } else if (risk.level === 'low') {
        guidance.push(ENGINE_GUIDANCE.low);
        const askedRecently = recent.some((c) => c.includes(t.checkIn));
        if (!askedRecently) {
          result.preface = checkInPreface(ctx.locale);
          guidance.push(ENGINE_GUIDANCE.checkInAsked);
          actions.push({ kind: 'check-in', action: 'asked' });
        }
      } else if (concernForOther) {
        guidance.push(ENGINE_GUIDANCE.helpFriend);
        result.extra = { concernForOther: true, helpFriend: t.helpFriend };
      }

      const harmful =
        detectHarmfulRequest(ctx.text) ?? detectMethodAsk(ctx.text, riskNotFromAskAlone(ctx, risk));
      if (harmful) {
        const refusal =
          harmful.category === 'extreme-weight-loss'
            ? t.refusalEating
            : result.preface && levelAtLeast(risk.level, 'high')
              ? t.refusalShort
              : t.refusal;
        result.replaceReply = refusal;
        guidance.push(ENGINE_GUIDANCE.harmful);
        actions.push({
          kind: 'harmful-request',
          action: 'refused',
          category: harmful.category,
          framing: harmful.framing,
        });
      } else {
        // The learned net never refuses on its own (it cannot tell "怎么才能瘦下来" from a pro-ana
        // request well enough): it only tells the engine to hold back, and the output guard stays on.
        const suspected = learnedHarmfulRequest(ctx.text);
        if (suspected) {
          guidance.push(ENGINE_GUIDANCE.harmfulSuspected);
          actions.push({
            kind: 'harmful-request-suspected',
            action: 'engine-guided',
            category: suspected.category,
            framing: suspected.framing,
          });
        }
      }

      if (guidance.length) result.guidance = guidance;
      if (actions.length) result.actions = actions;
      return result;
    },
  };
}
