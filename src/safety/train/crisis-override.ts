/**
 * The crisis model's `override` threshold (src/safety/learned/signal.ts: learnedConfident): how sure the model must
 * be to speak through a context veto. Chosen out of fold on our written single lines, with the rules alone.
 */
import type { RiskLevel } from '../../core/types.ts';
import { CERTAIN, learnedVetoed } from '../learned/signal.ts';
import { normalise } from '../normalize.ts';
import { assessTurn } from '../risk.ts';

const RANK: Record<RiskLevel, number> = { none: 0, low: 1, high: 2, imminent: 3 };

export interface Labelled {
  text: string;
  /** 0 none, 1 low, 2 high+ */
  y: 0 | 1 | 2;
}

/**
 * The active reading a line needs to be read through a context veto at threshold `t`: `t` where a rule read
 * something, CERTAIN where none did; Infinity where a context veto is not all that keeps the model silent.
 */
export function overrideNeeds(text: string, t: number): number {
  const a = assessTurn(text);
  const onlyVetoed =
    RANK[a.level] < RANK.high &&
    a.suppressed.length === 0 &&
    !a.concernForOther &&
    learnedVetoed(normalise(text).text);
  if (!onlyVetoed) return Infinity;
  return a.signals.length > 0 ? t : Math.max(t, CERTAIN);
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
  // Lines no context veto alone silences are never read through one: skip them at every step.
  const ownVetoed = own.map((x) => overrideNeeds(x.text, 0) < Infinity);
  const dayVetoed = everyday.map((x) => overrideNeeds(x.text, 0) < Infinity);
  const noneN = own.filter((x) => x.y === 0).length;
  let best = 1;
  for (let k = 99; k >= 80; k--) {
    const t = k / 100;
    let added = 0;
    let gained = 0;
    own.forEach((x, i) => {
      if (!ownVetoed[i] || oof[i * 2 + 1]! < overrideNeeds(x.text, t)) return;
      if (x.y === 0) added++;
      else if (x.y === 2) gained++;
    });
    const flagged = everydayScores.reduce(
      (acc, s) =>
        acc + everyday.filter((x, i) => dayVetoed[i] && s[i * 2 + 1]! >= overrideNeeds(x.text, t)).length,
      0,
    );
    const dayRate = flagged / (everyday.length * everydayScores.length);
    if (added / noneN > 0.0002 || dayRate > 0.0002) break;
    best = t;
    if (k % 5 === 0 || k === 80)
      log(
        `override t=${t.toFixed(2)}: none lines flagged ${added}/${noneN}, high+ gained ${gained}, everyday ${(dayRate * 100).toFixed(3)}%`,
      );
  }
  return best;
}
