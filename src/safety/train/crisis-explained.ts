/**
 * Trains the explanation model (`models/crisis-explained.bin.gz`, session 19): `npm run train:crisis-explained`.
 *
 * It reads a user turn that follows a high-risk one, the turn the multi-turn floor would hold at `high`, and says
 * whether it explains the earlier words away as everyday ("the relationship!! god sorry, I meant with my boyfriend").
 *
 * Data (lines are selected the way `assessRisk` reads them: a user turn among the last 3 reads high or imminent by
 * the rules, and the current turn alone does not):
 * - our written multi-turn lines, bench/data/safety/crisis.train.jsonl, crisis.fresh.jsonl and crisis.dev.jsonl
 *   (never test or held-out): `explained` = labelled `none`, `settled` = labelled `none` or `low`;
 * - client turns of the SMILE and CPsyCounD counselling dialogues (read from ../shared/datasets, never copied),
 *   both outputs false: real conversations where a disclosure may go on in any words.
 *
 * Threshold: two models trained on complementary halves (our lines split by text, dialogues by their index) score the
 * other half; `explained` is the lowest threshold at which, among the lines the floor holds and the gate may read
 * (`explanationReadable`), no line labelled low, high or imminent and no counselling turn would lose the floor.
 * Session 23: `unanchored`, the bar for answers the gate may read only without its anchor (`chooseUnanchored`).
 * CPsyCounE (never trained on) is then read with the final model as a check.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RiskLevel } from '../../core/types.ts';
import { findReader } from '../../data/index.ts';
import { explanationReadable } from '../clarified.ts';
import {
  EXPLAINED_OUTPUTS,
  resetExplainedModel,
  SafetyModel,
  type SafetyModelHeader,
} from '../learned/model.ts';
import { assessRisk, laterAnswerFor, RISK_ASSESSOR, type ConversationTurn } from '../risk.ts';
import {
  excludedSet,
  hashSplit,
  saveModel,
  SAFETY_FEATURES,
  scoreTwoOutputs,
  trainTwoOutputs,
  type TwoTargets,
  REPO_ROOT,
  SHARED_DATASETS,
} from './common.ts';

const OUT = process.argv[2] ?? path.join(REPO_ROOT, 'models/crisis-explained.bin.gz');
const OWN_SPLITS = ['train', 'fresh', 'dev'] as const;
/** Client turns read per dialogue (as the counselling checks elsewhere). */
const MAX_TURNS = 40;
const log = (s: string) => console.log(s);

interface Line {
  text: string;
  history: ConversationTurn[];
  /** Our label, or `counselling` for a client turn of a real dialogue. */
  level: RiskLevel | 'counselling';
  source: string;
  fold: number;
  /** The floor holds this turn at `high` today and the gate may read it. */
  held: boolean;
  /** Session 23: …or the gate may read it only without its anchor (the `unanchored` bar). */
  heldLoose: boolean;
}

/** A turn the floor would hold: a recent user turn reads high or imminent and the current one alone does not. */
function candidate(text: string, history: ConversationTurn[]): { held: boolean; heldLoose: boolean } | null {
  const { answer, recentMax } = laterAnswerFor(text, history);
  if (recentMax !== 'high' && recentMax !== 'imminent') return null;
  if (answer.current.level === 'high' || answer.current.level === 'imminent') return null;
  const sustained = assessRisk(text, history).reasons.includes('multi-turn:sustained');
  const held = sustained && explanationReadable(answer);
  return { held, heldLoose: sustained && !held && explanationReadable(answer, false) };
}

/** Session 29: the read rounds 29a, 29c and 29d are the rules' source and not trained on (as in train/crisis.ts). */
const UNTRAINED_SETS = new Set([
  'fresh-2026-29a-zh',
  'fresh-2026-29a-en',
  'fresh-2026-29c-zh',
  'fresh-2026-29d-zh',
  'fresh-2026-29d-en',
  // Session 30: the read round 30a (crisis conversations), the rules' source; not trained on.
  'fresh-2026-30a-zh',
  'fresh-2026-30a-en',
  // Session 31: the read round 31b (passive wishes and hopelessness, conversations among them), the rules' source.
  'fresh-2026-31b',
  // Session 32: the read round 32b, the rules' source.
  'fresh-2026-32b',
  // Session 33: the read rounds 33b, 33h, 33j and 33n, the rules' source; not trained on.
  'fresh-2026-33b',
  'fresh-2026-33h',
  'fresh-2026-33j',
  'fresh-2026-33n',
  // Session 34: the read rounds 34b, 34h, 35b and 36a, the rules' source; not trained on.
  'fresh-2026-34b',
  'fresh-2026-34h',
  'fresh-2026-35b',
  'fresh-2026-36a',
  // Session 35: the read round 37b (crisis lines, most with earlier turns).
  'fresh-2026-37b',
  // Session 35, second part: the read round 38b (crisis lines, the high/imminent boundary).
  'fresh-2026-38b',
  // Session 38: the read rounds 40a and 40b (crisis lines, many with earlier turns).
  'fresh-2026-40a-zh',
  'fresh-2026-40b-en',
  // Session 39: the read rounds 42a and 42b (crisis lines).
  'fresh-2026-42a-zh',
  'fresh-2026-42b-en',
]);

function ownLines(): Line[] {
  const out: Line[] = [];
  for (const split of OWN_SPLITS) {
    const file = path.join(REPO_ROOT, `bench/data/safety/crisis.${split}.jsonl`);
    for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!raw.trim()) continue;
      const r = JSON.parse(raw) as {
        text: string;
        history?: ConversationTurn[];
        level: RiskLevel;
        set?: string;
      };
      if (!r.history?.length || excludedSet(r.set, UNTRAINED_SETS)) continue;
      const c = candidate(r.text, r.history);
      if (c)
        out.push({
          text: r.text,
          history: r.history,
          level: r.level,
          source: `own-${split}`,
          fold: hashSplit(r.text),
          ...c,
        });
    }
  }
  return out;
}

async function counsellingLines(reader: string, dir: string): Promise<Line[]> {
  const out: Line[] = [];
  let dialogue = 0;
  for await (const conv of findReader(reader)!.read(
    path.join(SHARED_DATASETS, dir),
    { onBad: () => {} },
    {},
  )) {
    dialogue++;
    const turns: ConversationTurn[] = conv.turns.map((t) => ({
      role: t.role === 'user' ? 'user' : 'assistant',
      content: t.content,
    }));
    for (let i = 1; i < Math.min(turns.length, MAX_TURNS); i++) {
      if (turns[i]!.role !== 'user') continue;
      const history = turns.slice(Math.max(0, i - 8), i);
      const c = candidate(turns[i]!.content, history);
      if (c)
        out.push({
          text: turns[i]!.content,
          history,
          level: 'counselling',
          source: reader,
          fold: dialogue % 2,
          ...c,
        });
    }
  }
  return out;
}

const targets = (l: Line): TwoTargets => ({
  text: l.text,
  targets: [l.level === 'none', l.level === 'none' || l.level === 'low'],
  source: l.source,
});

/** Lowest threshold (0.50–0.99) at which no held line but those labelled none would lose the floor. */
function chooseThreshold(lines: Line[], oof: Float32Array, cardLines: string[]): number {
  const held = lines.map((l, i) => ({ l, s: oof[i * 2]! })).filter((x) => x.l.held);
  const worst = Math.max(0, ...held.filter((x) => x.l.level !== 'none').map((x) => x.s));
  const bar = Math.max(0.5, Math.ceil(worst * 100 + 1e-9) / 100);
  if (bar > 0.99) throw new Error(`no threshold keeps every risk line held (highest ${worst.toFixed(3)})`);
  const count = (t: number) => {
    const c: Record<string, number> = {};
    for (const x of held) if (x.s >= t) c[x.l.level] = (c[x.l.level] ?? 0) + 1;
    return JSON.stringify(c);
  };
  const byLevel: Record<string, number> = {};
  for (const x of held) byLevel[x.l.level] = (byLevel[x.l.level] ?? 0) + 1;
  for (const line of [
    `held by the floor and readable, by label: ${JSON.stringify(byLevel)}`,
    `highest out-of-fold score of a held line not labelled none: ${worst.toFixed(3)} → explained = ${bar.toFixed(2)}`,
    ...[bar - 0.1, bar - 0.05, bar, bar + 0.05]
      .filter((t) => t > 0 && t < 1)
      .map((t) => `  out of fold at ${t.toFixed(2)}, floor ended: ${count(t)}`),
  ]) {
    log(line);
    cardLines.push(line);
  }
  return bar;
}

/**
 * Session 23: the bar for an answer the rules do not anchor: at least UNANCHORED_MIN and UNANCHORED_MARGIN above the
 * highest out-of-fold score of such a line not labelled none (risk lines and counselling turns).
 */
const UNANCHORED_MIN = 0.8;
const UNANCHORED_MARGIN = 0.05;

function chooseUnanchored(lines: Line[], oof: Float32Array, explained: number, cardLines: string[]): number {
  const loose = lines.map((l, i) => ({ l, s: oof[i * 2]! })).filter((x) => x.l.heldLoose);
  const risky = loose.filter((x) => x.l.level !== 'none').sort((a, b) => b.s - a.s);
  const worst = risky[0]?.s ?? 0;
  const bar = Math.max(UNANCHORED_MIN, explained, Math.ceil((worst + UNANCHORED_MARGIN) * 100) / 100);
  if (bar > 0.99)
    throw new Error(`no unanchored bar keeps every risk line held (highest ${worst.toFixed(3)})`);
  const byLevel: Record<string, number> = {};
  for (const x of loose) byLevel[x.l.level] = (byLevel[x.l.level] ?? 0) + 1;
  const ended = (t: number) => loose.filter((x) => x.s >= t && x.l.level === 'none').length;
  for (const line of [
    `unanchored answers held by the floor, by label: ${JSON.stringify(byLevel)}`,
    `highest out-of-fold score of such a line not labelled none: ${worst.toFixed(3)} (next ${risky
      .slice(1, 4)
      .map((x) => x.s.toFixed(3))
      .join(', ')}) → unanchored = ${bar.toFixed(2)}`,
    `out of fold at ${bar.toFixed(2)}, floor ended on ${ended(bar)} of ${byLevel.none ?? 0} labelled none`,
  ]) {
    log(line);
    cardLines.push(line);
  }
  return bar;
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const cardLines: string[] = [];
  // The floor as the rules hold it, without a model file from an earlier run.
  resetExplainedModel(null);
  const own = ownLines();
  const counselling = [
    ...(await counsellingLines('smile', 'smile_mechat/data')),
    ...(await counsellingLines('cpsycoun', 'cpsycoun/CPsyCounD')),
  ];
  const lines = [...own, ...counselling];
  log(`lines after a high-risk turn: ${own.length} written, ${counselling.length} counselling client turns`);

  const oof = new Float32Array(lines.length * 2);
  for (const fold of [0, 1]) {
    log(`fold ${fold}: training …`);
    const model = trainTwoOutputs(lines.filter((l) => l.fold !== fold).map(targets), log);
    const idx = lines.map((l, i) => (l.fold === fold ? i : -1)).filter((i) => i >= 0);
    const s = scoreTwoOutputs(
      model,
      idx.map((i) => targets(lines[i]!)),
    );
    idx.forEach((i, k) => {
      oof[i * 2] = s[k * 2]!;
      oof[i * 2 + 1] = s[k * 2 + 1]!;
    });
  }
  const explained = chooseThreshold(lines, oof, cardLines);
  const unanchored = chooseUnanchored(lines, oof, explained, cardLines);

  log('final model: training on everything …');
  const final = trainTwoOutputs(lines.map(targets), log);
  const header: Omit<SafetyModelHeader, 'scales'> = {
    format: 'carellm-explained-linear',
    outputs: EXPLAINED_OUTPUTS,
    name: 'carellm-explained-linear',
    version: '1.2.1',
    feature: SAFETY_FEATURES,
    bias: Array.from(final.bias),
    thresholds: { explained, unanchored },
    trainedOn: [
      `bench/data/safety/crisis.{${OWN_SPLITS.join(',')}}.jsonl multi-turn lines after a high-risk turn (${RISK_ASSESSOR})`,
      'smile client turns after a high-risk turn (negatives)',
      'cpsycoun CPsyCounD client turns after a high-risk turn (negatives)',
    ],
    created: 'deterministic',
  };
  const { model } = SafetyModel.serialise(header, final.weights);
  resetExplainedModel(null);
  const check = await counsellingLines('cpsycoun', 'cpsycoun/CPsyCounE');
  resetExplainedModel(model);
  const held = check.filter((l) => l.held);
  const ended = held.filter(
    (l) => !assessRisk(l.text, l.history).reasons.includes('multi-turn:sustained'),
  ).length;
  const checkLine = `CPsyCounE (never trained on): ${check.length} client turns after a high-risk turn, ${held.length} held by the floor and readable, ${ended} of them ended by the model`;
  log(checkLine);
  cardLines.push(checkLine);
  saveModel(
    OUT,
    header,
    final.weights,
    (card, bytes) => writeCard(card, own, counselling.length, explained, unanchored, cardLines, bytes),
    t0,
    log,
  );
}

function writeCard(
  file: string,
  own: Line[],
  counselling: number,
  explained: number,
  unanchored: number,
  lines: string[],
  bytes: number,
): void {
  const byLevel: Record<string, number> = {};
  for (const l of own) byLevel[l.level] = (byLevel[l.level] ?? 0) + 1;
  fs.writeFileSync(
    file,
    `# Model card: carellm-explained-linear 1.2.0

The explanation model of the crisis assessor's multi-turn floor (\`src/safety/clarified.ts\`, \`explainedByModel\`).
Trained by \`npm run train:crisis-explained\` (\`src/safety/train/crisis-explained.ts\`); ${(bytes / 1024).toFixed(0)} KiB.

## What it does
After a user turn the rules read \`high\` or \`imminent\`, the next turns stay at least \`high\` (the floor) unless they
explain the earlier words away. The rules read some explanations (\`clarified.ts\`); this model reads the others. It
reads the current turn alone and gives \`explained\` = P(the earlier words were everyday, the line is labelled
\`none\`) and \`settled\` = P(the person is below \`high\` now; trained and not used). It only ends the floor when the
turn already says no, or what the words meant, in a way the rules know (a denial, "I meant …", an apology with the
meaning, a wrong chat, "not to die", an activity or purpose named first; after a question that took the risk as
given, a denial or a meaning only), says more than its reassurance, has no risk signal of its own, is not meant
seriously, taken back, final, hinted at or accepting ("还没吃", "丧事从简"), reads below 0.2 \`risk\` on the crisis
model and, with the recent user turns, below 0.5 \`active\` (\`explanationReadable\`); and \`explained\` ≥
${explained.toFixed(2)}. Since 1.1.0 (session 23) an answer with no such anchor, which only tells what the words were
about ("my great aunt's, from the 1950s. found it in a box of old letters"), ends the floor at a higher bar,
\`unanchored\` ≥ ${unanchored.toFixed(2)}: at least ${UNANCHORED_MIN} and ${UNANCHORED_MARGIN} above the highest
out-of-fold score of such an answer not labelled none (written risk lines and counselling turns); every other guard
above still holds. An answer that only puts the words on someone else who had the phone, without saying where they
came from, is never read.

## Data
- ${own.length} written multi-turn lines after a high-risk turn (train, fresh and dev splits; labels
  ${JSON.stringify(byLevel)}).
- ${counselling} client turns of the SMILE and CPsyCounD counselling dialogues after a high-risk turn, as negatives.
- Features: hashed word, character and Han n-grams of the normalised text (the crisis model's), 2^${SAFETY_FEATURES.bits}
  buckets, two logistic outputs, int8 weights.

## Threshold (out of fold)
${lines.map((l) => `- ${l.trim()}`).join('\n')}

## Limits
- Written lines are the only positives; explanations worded unlike them read low and keep the floor (the safe side).
- A risk line whose later turn reads like an everyday explanation to this model would lose the floor: the threshold
  is set above every such line out of fold, and the guards above keep any answer with risk of its own.
- Not reviewed by a clinician.
`,
  );
}

await main();
