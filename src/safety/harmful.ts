/**
 * Harmful-request detection: self-harm methods, overdose amounts, hiding injuries and extreme
 * weight loss, including jailbreak framings. Deterministic; runs before any engine.
 */
import { BENIGN, DETAIL, FRAMING, STRONG, TOPIC, type HarmCategory } from './data/harmful-requests.ts';
import { normalise, originalRange } from './normalize.ts';

export interface HarmfulRequest {
  category: HarmCategory;
  rule: string;
  /** A jailbreak framing was present (role-play, fiction, translation, "ignore instructions"). */
  framing: boolean;
  evidence: { start: number; end: number; text: string };
}

/** Returns the harmful request found in `text`, or null when the text may be answered. */
export function detectHarmfulRequest(text: string): HarmfulRequest | null {
  const norm = normalise(text);
  const t = norm.text;
  const framing = FRAMING.test(t);
  const span = (m: RegExpExecArray) => {
    const range = originalRange(norm, m.index, m.index + m[0].length);
    return { ...range, text: text.slice(range.start, range.end) };
  };
  for (const rule of STRONG) {
    const m = rule.re.exec(t);
    if (m) return { category: rule.category, rule: rule.id, framing, evidence: span(m) };
  }
  if (BENIGN.test(t)) return null;
  for (const rule of TOPIC) {
    const m = rule.re.exec(t);
    if (m && (framing || DETAIL.test(t))) {
      const category: HarmCategory = /purg|starv|催吐|绝食/u.test(m[0])
        ? 'extreme-weight-loss'
        : /overdos|lethal|fatal|安眠药|致死|过量/u.test(m[0])
          ? 'overdose'
          : rule.category;
      return { category, rule: rule.id, framing, evidence: span(m) };
    }
  }
  return null;
}
