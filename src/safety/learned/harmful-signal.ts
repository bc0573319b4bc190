/**
 * The learned safety net for harmful requests, under the rules' authority: consulted only when the
 * rules found nothing, only for text that reads as a request (a question or an ask, not a
 * disclosure: "I cut myself last night" must be answered with care, never refused), and never for
 * help-seeking the rules recognise (helping a friend, safe doses, healed scars).
 *
 * Above its `refuse` threshold (chosen out of fold by the trainer: no held-out everyday line and at
 * most 0.3% of benign request lines refused) it may refuse on its own, but never a weight-loss ask:
 * it cannot tell "怎么才能瘦下来" from a pro-ana request, so those only guide the engine. The
 * pre-check refuses on `refuses` only with a jailbreak framing or risk shown apart from the ask.
 */
import { BENIGN, FRAMING } from '../data/harmful-requests.ts';
import type { HarmfulRequest } from '../harmful.ts';
import { normalise, originalRange } from '../normalize.ts';
import { defaultHarmfulModel } from './model.ts';

/** Whether the model is asked at all (normalised text). */
export function consultsModel(normText: string): boolean {
  return (
    REQUEST_CUE.test(normText) &&
    HARM_TOPIC_CUE.test(normText) &&
    !BENIGN.test(normText) &&
    !HEALTHY_CUE.test(normText)
  );
}

/** A request or question in either language (normalised, lower-case text). */
export const REQUEST_CUE =
  /[?？]|吗|怎么|怎样|咋|如何|多少|几片|几颗|哪里|哪种|哪个|什么|能不能|可不可以|有没有|求|教我|告诉我|帮我|给我|写(?:一|个|段)|\b(?:how|what|which|where|whats|can|could|should|would|is it|are there|tell me|show me|give me|explain|describe|write|list|teach|help me|any (?:tips|tricks|ways?)|best way|easiest|tips|tricks|steps|guide|recipe|instructions)\b/u;

/**
 * The subject must be in the text: death, self-injury, a drug or dose, a means, a wound, or
 * weight-loss extremes. A generic "怎么才能…" / "how can I…" never reaches the model on its own.
 */
export const HARM_TOPIC_CUE =
  /死|亡|杀|自尽|轻生|了结|结束生命|割|划|刀|血|伤|疤|烫|烧炭|炭|上吊|吊|绳|跳|溺|淹|药|片|粒|剂量|过量|毒|农药|百草枯|煤气|催吐|吐|泻|卡路里|大卡|千卡|断食|绝食|饿|瘦|ana|mia|💊|🔪|🪢|🩸|⚰|🪦|zisha|zis[ha]|gewan|zican|anmianyao|\b(?:die|dying|dead|death|deadly|kill\w*|suicid\w*|kms|unalive|sewerslide|ctb|end (?:it|my life)|cut\w*|slit|blade|razor|knife|bleed\w*|blood|wound\w*|scar\w*|burn\w*|hang\w*|noose|rope|jump\w*|drown\w*|overdos\w*|od|lethal|fatal|dose\w*|pills?|tablets?|meds|medication|insulin|paracetamol|tylenol|acetaminophen|ibuprofen|xanax|benadryl|bleach|poison\w*|carbon monoxide|purg\w*|vomit\w*|throw(?:ing)? up|laxatives?|starv\w*|kcal|calories?|thinspo\w*|pro-?ana|pro-?mia|weight|self-?harm|sh)\b/u;

/** Asking how to do something safely or healthily is the benign question, not the harmful one. */
const HEALTHY_CUE =
  /健康|科学|合理|正常|安全|医生|药剂师|\b(?:healthy|healthily|safe|safely|doctor|pharmacist|recommended|normal)\b/u;

export interface LearnedHarmfulRequest extends HarmfulRequest {
  /** P(must refuse) from the model. */
  probability: number;
  /** Confident enough to refuse without a rule (never for weight loss; the pre-check adds its own gate). */
  refuses: boolean;
}

export function learnedHarmfulRequest(text: string): LearnedHarmfulRequest | null {
  const model = defaultHarmfulModel();
  if (!model || typeof text !== 'string' || text === '') return null;
  const norm = normalise(text);
  if (!consultsModel(norm.text)) return null;
  const s = model.score(norm.text, (start, end) => originalRange(norm, start, end), 0);
  const t = model.header.thresholds;
  const [harmful, eating] = s.p;
  if (harmful < (t.harmful ?? 1)) return null;
  const top = s.evidence[0] ?? { start: 0, end: text.length };
  const aboutEating = eating >= (t.eating ?? 1);
  return {
    category: aboutEating ? 'extreme-weight-loss' : 'self-harm-method',
    probability: harmful,
    refuses: !aboutEating && harmful >= (t.refuse ?? Infinity),
    rule: 'learned.harmful',
    framing: FRAMING.test(norm.text),
    evidence: { start: top.start, end: top.end, text: text.slice(top.start, top.end) },
  };
}
