/**
 * The crisis model's `override` threshold (src/safety/learned/signal.ts: learnedConfident): how sure the model must
 * be to speak through a context veto. Chosen out of fold on our written single lines, with the rules alone.
 */
import { learnedConfident, learnedVetoed } from '../learned/signal.ts';
import { normalise } from '../normalize.ts';
import { assessTurn } from '../risk.ts';

export interface Labelled {
  text: string;
  /** 0 none, 1 low, 2 high+ */
  y: 0 | 1 | 2;
}

/**
 * Whether only a context veto keeps the model silent on a line (null otherwise: the rules reached high or discounted
 * a match, or no veto applies), and whether a rule read something there (the bar is higher without).
 */
export function overrideCase(text: string): { ruleRead: boolean } | null {
  const a = assessTurn(text);
  const onlyVetoed =
    (a.level === 'none' || a.level === 'low') &&
    a.suppressed.length === 0 &&
    !a.concernForOther &&
    learnedVetoed(normalise(text).text);
  return onlyVetoed ? { ruleRead: a.signals.length > 0 } : null;
}

/**
 * The lowest threshold (0.99 down to 0.80) at which reading through a context veto adds at most 0.02% false alarms
 * on our `none` lines (out of fold) and flags at most 0.02% of everyday lines. Logs its steps to `log`.
 */
export function chooseOverride(
  own: Labelled[],
  oof: Float32Array,
  everyday: Labelled[],
  everydayScores: Float32Array[],
  log: (s: string) => void,
): number {
  const ownCase = own.map((x) => overrideCase(x.text));
  const dayCase = everyday.map((x) => overrideCase(x.text));
  const noneN = own.filter((x) => x.y === 0).length;
  let best = 1;
  let chosen = 'override: none chosen';
  for (let k = 99; k >= 80; k--) {
    const t = { override: k / 100 };
    const speaks = (c: { ruleRead: boolean } | null, active: number) =>
      c !== null && learnedConfident(active, c.ruleRead, t);
    let added = 0;
    let gained = 0;
    own.forEach((x, i) => {
      if (!speaks(ownCase[i]!, oof[i * 2 + 1]!)) return;
      if (x.y === 0) added++;
      else if (x.y === 2) gained++;
    });
    const flagged = everydayScores.reduce(
      (acc, s) => acc + dayCase.filter((c, i) => speaks(c, s[i * 2 + 1]!)).length,
      0,
    );
    const dayRate = flagged / (everyday.length * everydayScores.length);
    if (added / noneN > 0.0002 || dayRate > 0.0002) break;
    best = t.override;
    chosen = `override t=${best.toFixed(2)}: none lines flagged ${added}/${noneN}, high+ gained ${gained}, everyday ${(dayRate * 100).toFixed(3)}%`;
    if (k % 5 === 0) log(chosen);
  }
  log(`${chosen} (chosen)`);
  return best;
}
