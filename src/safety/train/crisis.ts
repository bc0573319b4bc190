/**
 * Trains the learned crisis model (`models/crisis-classifier.bin.gz`): `npm run train:crisis`.
 *
 * Data (read from ../shared/datasets, never copied into the repository):
 * - SOS-1K folds 1–5 (Chinese Weibo, levels 0–10): 0 none, 1–3 low, ≥4 high.
 * - Reddit C-SSRS users whose index % 5 ≠ 0 (per-user labels on every post: Supportive none,
 *   Indicator low, Ideation/Behavior/Attempt high). Users with index % 5 = 0 are held out.
 * - Everyday negatives: GoEmotions train, EmpatheticDialogues situations train, SMP2020-EWECT
 *   train, OCEMOTION train, whole — only texts the rules also read as `none` (a corpus line that the
 *   rules flag may be real risk, so it is not taught as a negative).
 * - Our own lines: bench/data/safety/crisis.train.jsonl (written for training, blind to the rules),
 *   crisis.dev.jsonl and, from session 22, crisis.fresh.jsonl (outside rounds read since they were
 *   scored), single messages only, each counted ×12. The test and held-out splits are never trained
 *   on: only their texts are read, so that a line also written into one of them is left out.
 *
 * Thresholds: two models trained on complementary halves of our own lines score the other half
 * (out of fold); a threshold is the lowest that keeps everyday negatives (GoEmotions dev, SMP2020
 * dev, EmpatheticDialogues valid) flagged at ≤ 0.5% and adds ≤ 1% false alarms on our `none` lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RiskLevel } from '../../core/types.ts';
import { findReader, type Conversation } from '../../data/index.ts';
import {
  readEmpatheticSituations,
  readGoEmotions,
  readOcemotion,
  readSmp2020,
  type Example,
} from '../../emotion/train/datasets.ts';
import { normalise } from '../normalize.ts';
import { assessTurn } from '../risk.ts';
import { CRISIS_OUTPUTS, resetCrisisModel, type SafetyModelHeader } from '../learned/model.ts';
import { CERTAIN, learnedConfident, learnedVetoed, REST_ACTIVE } from '../learned/signal.ts';
import {
  excludedSet,
  measuredTexts,
  outOfFold,
  readRows,
  SAFETY_DATA,
  saveModel,
  SAFETY_FEATURES,
  trainTwoOutputs,
  type TwoTargets,
  REPO_ROOT,
  SHARED_DATASETS,
} from './common.ts';
import { chooseOverride } from './crisis-override.ts';

const OUT = process.argv[2] ?? path.join(REPO_ROOT, 'models/crisis-classifier.bin.gz');
const RANK: Record<RiskLevel, number> = { none: 0, low: 1, high: 2, imminent: 3 };
const log = (s: string) => console.log(s);

/** How many times our own lines count. Everyday corpora are read whole (session 22; 12,000 lines each before). */
const OWN_WEIGHT = 12;

interface Item {
  text: string;
  /** 0 none, 1 low, 2 high+ */
  y: 0 | 1 | 2;
  source: string;
}

const toTargets = (it: Item): TwoTargets => ({
  text: it.text,
  targets: [it.y >= 1, it.y >= 2],
  source: it.source,
});

/** Reads a corpus with the data toolkit's reader (one parser for each format in the project). */
async function readCorpus(reader: string, input: string): Promise<Conversation[]> {
  const out: Conversation[] = [];
  for await (const c of findReader(reader)!.read(input, { onBad: () => {} }, {})) out.push(c);
  return out;
}

/** SOS-1K fine-grained folds 1–5 (the test file is held out): 0 none, 1–3 low, ≥ 4 high. */
async function sos(): Promise<Item[]> {
  const dir = path.join(SHARED_DATASETS, 'sos1k_weibo_suicide/fine-grained');
  const out: Item[] = [];
  for (const k of [1, 2, 3, 4, 5]) {
    for (const c of await readCorpus('sos1k', path.join(dir, `fold${k}.tsv`))) {
      const n = Number(c.labels?.[0]);
      out.push({ text: c.turns[0]!.content, y: n >= 4 ? 2 : n >= 1 ? 1 : 0, source: 'sos1k' });
    }
  }
  return out;
}

const CSSRS: Record<string, Item['y']> = {
  Supportive: 0,
  Indicator: 1,
  Ideation: 2,
  Behavior: 2,
  Attempt: 2,
};

/** Reddit C-SSRS posts with their user's label; users with index % 5 = 0 are held out. */
async function redditPosts(): Promise<Item[]> {
  const users = await readCorpus(
    'reddit-cssrs',
    path.join(SHARED_DATASETS, 'reddit_cssrs/500_Reddit_users_posts_labels.csv'),
  );
  const out: Item[] = [];
  users.forEach((c, user) => {
    const y = CSSRS[c.labels?.[0]?.trim() ?? ''];
    if (user % 5 === 0 || y === undefined) return;
    for (const t of c.turns) {
      const text = t.content.slice(0, 1200).trim();
      if (text) out.push({ text, y, source: 'reddit-cssrs' });
    }
  });
  return out;
}

interface OwnRow {
  text: string;
  level: RiskLevel;
  lang: string;
  history?: unknown[];
  set?: string;
}

/** Lines also in the test or held-out split are never trained on (only their texts are compared). */
const MEASURED_TEXTS = measuredTexts(['crisis.test.jsonl', 'crisis.heldout.jsonl']);

/**
 * Session 23: read rounds this model is not trained on. Trained with 13a, the held-out split (before 13b) lost one
 * high+imminent line and gained one false alarm, and 13b did not change; the rules were written from 13a, and the
 * request net and the explanation model train on it. Session 24: likewise 14a (held-out high+imminent 1,303 -> 1,297).
 * Session 28: likewise 28a (below); the request net leaves it out too, so every model rebuilds byte for byte.
 */
const UNTRAINED_SETS = new Set([
  'fresh-2026-13a-zh',
  'fresh-2026-13a-en',
  'fresh-2026-14a-zh',
  'fresh-2026-14a-en',
  // Session 28: trained with 28a the held-out split lost 4 high+imminent lines and gained 3 false alarms.
  'fresh-2026-28a-zh',
  'fresh-2026-28a-en',
  // Session 29: the read rounds 29a, 29c and 29d, the rules' source, left out like 28a so the model rebuilds byte for byte.
  'fresh-2026-29a-zh',
  'fresh-2026-29a-en',
  'fresh-2026-29c-zh',
  'fresh-2026-29d-zh',
  'fresh-2026-29d-en',
  // Session 30: the read round 30a (crisis conversations), the rules' source; not trained on.
  'fresh-2026-30a-zh',
  'fresh-2026-30a-en',
  // Session 31: the read round 31b (passive wishes and hopelessness), the rules' source; not trained on.
  'fresh-2026-31b',
  // Session 32: the read round 32b, the rules' source; not trained on.
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
  // Session 38: the read rounds 40a and 40b (crisis lines), the rules' source; not trained on.
  'fresh-2026-40a-zh',
  'fresh-2026-40b-en',
  // Session 39: the read rounds 42a and 42b (crisis lines), the rules' source; not trained on.
  'fresh-2026-42a-zh',
  'fresh-2026-42b-en',
]);

function own(file: string, source: string): Item[] {
  return readRows<OwnRow>(file)
    .filter((r) => !r.history?.length && !excludedSet(r.set, UNTRAINED_SETS) && !MEASURED_TEXTS.has(r.text))
    .map((r) => ({ text: r.text, y: Math.min(2, RANK[r.level]) as Item['y'], source }));
}

/** Corpus lines as negatives, but only where the rules also say `none`. */
function negatives(examples: Example[], source: string, limit = Infinity): Item[] {
  const out: Item[] = [];
  for (const ex of examples) {
    if (out.length >= limit) break;
    if (assessTurn(ex.text).level !== 'none') continue;
    out.push({ text: ex.text, y: 0, source });
  }
  return out;
}

function train(items: Item[]) {
  return trainTwoOutputs(items.map(toTargets), log);
}

async function main(): Promise<void> {
  const t0 = Date.now();
  // Filtering and thresholds compare against the rules alone.
  resetCrisisModel(null);
  log('reading data …');
  const ownDev = own(path.join(SAFETY_DATA, 'crisis.dev.jsonl'), 'own-dev');
  const ownTrain = own(path.join(SAFETY_DATA, 'crisis.train.jsonl'), 'own-train');
  // The blind rounds of `fresh`, read and worked on since they were scored (session 15 on): training data now.
  const ownFresh = own(path.join(SAFETY_DATA, 'crisis.fresh.jsonl'), 'own-fresh');
  const external: Item[] = [
    ...(await sos()),
    ...(await redditPosts()),
    ...negatives(readGoEmotions(SHARED_DATASETS, 'train'), 'goemotions'),
    ...negatives(readEmpatheticSituations(SHARED_DATASETS, 'train', false), 'empatheticdialogues'),
    ...negatives(readSmp2020(SHARED_DATASETS, 'train'), 'smp2020'),
    ...negatives(readOcemotion(SHARED_DATASETS, 'train'), 'ocemotion'),
  ];
  const everydayDev: Item[] = [
    ...negatives(readGoEmotions(SHARED_DATASETS, 'dev'), 'goemotions-dev'),
    ...negatives(readSmp2020(SHARED_DATASETS, 'dev'), 'smp2020-dev'),
    ...negatives(readEmpatheticSituations(SHARED_DATASETS, 'valid', false), 'ed-valid'),
  ];
  const count = (xs: Item[]) =>
    Object.entries(
      xs.reduce<Record<string, number>>(
        (acc, x) => ((acc[`${x.source}:${x.y}`] = (acc[`${x.source}:${x.y}`] ?? 0) + 1), acc),
        {},
      ),
    )
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
  log(`external: ${count(external)}`);
  log(
    `own train: ${ownTrain.length}; own dev singles: ${ownDev.length}; own fresh singles: ${ownFresh.length}; everyday dev negatives: ${everydayDev.length}`,
  );
  const weighted = (xs: Item[]) => Array.from({ length: OWN_WEIGHT }, () => xs).flat();

  // Out-of-fold scores on all our own lines (written training lines + dev) for the thresholds:
  // they show what the model adds to the rules.
  const ownAll = [...ownTrain, ...ownDev, ...ownFresh];
  const { oof, also: everydayScores } = outOfFold(
    external.map(toTargets),
    ownAll.map(toTargets),
    OWN_WEIGHT,
    everydayDev.map(toTargets),
    log,
  );
  const thresholds: Record<string, number> = {
    ...chooseThresholds(ownAll, oof, everydayDev, everydayScores),
    override: chooseOverride(ownAll, oof, everydayDev, everydayScores, (line) => {
      log(`  ${line}`);
      cardLines.push(line);
    }),
  };
  log(`thresholds: ${JSON.stringify(thresholds)}`);
  for (const [name, from, to] of [
    ['written training lines (the rules were tuned on their errors too)', 0, ownTrain.length],
    ['dev (rules tuned on it)', ownTrain.length, ownTrain.length + ownDev.length],
    ['fresh (rules tuned on its errors since it was scored)', ownTrain.length + ownDev.length, ownAll.length],
  ] as const) {
    const line = `${name}, out of fold: ${outOfFoldFigures(ownAll.slice(from, to), oof.slice(from * 2, to * 2), thresholds)}`;
    log(line);
    cardLines.push(line);
  }

  log('final model: training on everything …');
  const final = train([...external, ...weighted(ownAll)]);
  const header: Omit<SafetyModelHeader, 'scales'> = {
    format: 'carellm-crisis-linear',
    outputs: CRISIS_OUTPUTS,
    name: 'carellm-crisis-linear',
    version: '1.21.0',
    feature: SAFETY_FEATURES,
    bias: Array.from(final.bias),
    thresholds,
    trainedOn: [
      'sos1k folds 1-5',
      'reddit-cssrs users index%5!=0',
      'goemotions train (rules-none)',
      'empatheticdialogues situations train (rules-none)',
      'smp2020 train (rules-none)',
      'ocemotion train (rules-none)',
      `bench/data/safety/crisis.train.jsonl + crisis.dev.jsonl + crisis.fresh.jsonl (single messages not also in test or heldout, x${OWN_WEIGHT})`,
    ],
    created: 'deterministic',
  };
  saveModel(
    OUT,
    header,
    final.weights,
    (card, bytes) =>
      writeCard(card, header, thresholds, external, [ownTrain.length, ownDev.length, ownFresh.length], bytes),
    t0,
    log,
  );
}

/**
 * The model only adds to the rules: so thresholds are judged on what it adds. `active` is the
 * lowest threshold that flags ≤ 0.5% of everyday lines and ≤ 1% of dev `none` lines the rules
 * left alone; `risk` the same for `low` with the same budgets.
 */
function chooseThresholds(
  ownDev: Item[],
  oof: Float32Array,
  everyday: Item[],
  everydayScores: Float32Array[],
): { risk: number; active: number } {
  const rulesLevel = ownDev.map((x) => RANK[assessTurn(x.text).level]);
  const gated = ownDev.map((x) => {
    const a = assessTurn(x.text);
    return a.suppressed.length === 0 && !a.concernForOther && !learnedVetoed(normalise(x.text).text);
  });
  const pick = (out: 0 | 1, minLevel: number): number => {
    let best = 0.99;
    for (let t = 0.99; t >= 0.3; t -= 0.01) {
      const everydayRate =
        everydayScores.reduce((acc, s) => acc + everyday.filter((_, i) => s[i * 2 + out]! >= t).length, 0) /
        (everyday.length * everydayScores.length);
      const noneIdx = ownDev
        .map((x, i) => (x.y === 0 && gated[i] && rulesLevel[i]! < minLevel ? i : -1))
        .filter((i) => i >= 0);
      const devNoneFlag =
        noneIdx.filter((i) => oof[i * 2 + out]! >= t).length /
        Math.max(1, ownDev.filter((x) => x.y === 0).length);
      const missed = ownDev
        .map((x, i) => (x.y >= minLevel && rulesLevel[i]! < minLevel ? i : -1))
        .filter((i) => i >= 0);
      const gained = missed.filter((i) => gated[i] && oof[i * 2 + out]! >= t).length;
      if (everydayRate <= 0.005 && devNoneFlag <= 0.01) {
        best = t;
        const line = `${CRISIS_OUTPUTS[out]} t=${t.toFixed(2)} everyday=${(everydayRate * 100).toFixed(2)}% devNone=${(devNoneFlag * 100).toFixed(1)}% gained ${gained}/${missed.length}`;
        if (Math.round(t * 100) % 5 === 0) {
          log(`  ${line}`);
          cardLines.push(line);
        }
      } else break;
    }
    return Number(best.toFixed(2));
  };
  return { risk: pick(0, 1), active: pick(1, 2) };
}

/** Rules + model (out of fold) on our dev single messages, the way assessTurn combines them. */
function outOfFoldFigures(ownDev: Item[], oof: Float32Array, t: Record<string, number>): string {
  let hiHit = 0,
    hiN = 0,
    lowHit = 0,
    lowN = 0,
    fa = 0,
    noneN = 0,
    rulesHi = 0,
    rulesLow = 0,
    rulesFa = 0;
  const raisedFromLow = [0, 0, 0];
  ownDev.forEach((x, i) => {
    const a = assessTurn(x.text);
    let level = RANK[a.level];
    if (x.y >= 2 && level >= 2) rulesHi++;
    if (x.y === 1 && level >= 1) rulesLow++;
    if (x.y === 0 && level >= 1) rulesFa++;
    const open = a.suppressed.length === 0 && !a.concernForOther && level < 2;
    const vetoed = learnedVetoed(normalise(x.text).text);
    const active = oof[i * 2 + 1]!;
    const speaks = open && (!vetoed || learnedConfident(active, a.signals.length > 0, t));
    if (speaks && level === 1 && active >= t.active!) raisedFromLow[x.y]!++;
    if (speaks && active >= t.active!) level = 2;
    else if (open && !vetoed && level === 0 && oof[i * 2]! >= t.risk!) level = 1;
    if (x.y >= 2) {
      hiN++;
      if (level >= 2) hiHit++;
    } else if (x.y === 1) {
      lowN++;
      if (level >= 1) lowHit++;
    } else {
      noneN++;
      if (level > 0) fa++;
    }
  });
  const r = (a: number, b: number) => (a / Math.max(1, b)).toFixed(3);
  return `high+imminent R=${r(hiHit, hiN)} (rules alone ${r(rulesHi, hiN)}) | low flagged R=${r(lowHit, lowN)} (${r(rulesLow, lowN)}) | false alarms on none=${r(fa, noneN)} (${r(rulesFa, noneN)}) (n=${ownDev.length}; raised low→high: gold none/low/high ${raisedFromLow.join('/')})`;
}
/** Threshold-selection lines, kept for the model card. */
const cardLines: string[] = [];

function writeCard(
  file: string,
  header: Omit<SafetyModelHeader, 'scales'>,
  thresholds: Record<string, number>,
  external: Item[],
  [nTrain, nDev, nFresh]: number[],
  bytes: number,
): void {
  const bySource = external.reduce<Record<string, number>>(
    (acc, x) => ((acc[x.source] = (acc[x.source] ?? 0) + 1), acc),
    {},
  );
  const md = [
    `# ${header.name} ${header.version}`,
    '',
    "The learned part of CareLLM's crisis assessment (`src/safety/learned/`). It only **adds** to the rules:",
    'it can raise a message the rules left at `none`/`low` to `low` or `high`, and stays silent when the rules',
    'discounted a match on purpose (negation, someone else, fiction, hyperbole, resolved past). In a context the',
    'rules keep it out of (joking, media, leisure, treatment, everyday endings and giving) it speaks only at or',
    `above \`override\` where a rule read something, ${CERTAIN} where none did, or when the message's sentences`,
    `without the context word read \`active\` at ${REST_ACTIVE} or more on their own. It never lowers a level.`,
    'Rebuild with `npm run train:crisis` (deterministic; needs `../shared/datasets`).',
    '',
    '## Model',
    `- Logistic regression, two ordinal outputs: \`risk\` = P(level ≥ low), \`active\` = P(level ≥ high).`,
    `- Features: hashed (2^${header.feature.bits} buckets) word unigrams and bigrams, character 3–5-grams inside words, Han character 1–3-grams, symbols/emoji, negation-marked words; input is the rules' normalised text (traditional → simplified, full-width, leetspeak).`,
    `- Weights int8 with one scale per output; file ${(bytes / 1024).toFixed(0)} KiB gzip.`,
    `- Thresholds: risk ${thresholds.risk}, active ${thresholds.active}, override ${thresholds.override}.`,
    '',
    '## Training data',
    ...Object.entries(bySource).map(([k, v]) => `- ${k}: ${v} texts`),
    `- our written training lines (bench/data/safety/crisis.train.jsonl): ${nTrain}, our dev lines: ${nDev} and the fresh outside rounds (crisis.fresh.jsonl, session 22 on): ${nFresh} (single messages), each counted ×${OWN_WEIGHT}`,
    '- Everyday corpora are read whole (session 22; 12,000 lines each before): with more everyday lines the same budgets allow lower thresholds.',
    '- A line whose text is also in the test or held-out split is left out (only texts are compared).',
    '- Labels: SOS-1K 0 none, 1–3 low, ≥4 high; Reddit C-SSRS per user (Supportive none, Indicator low, Ideation/Behavior/Attempt high) on every post of the user, users with index % 5 = 0 held out; everyday corpora as `none`, only lines the rules also read as `none`.',
    '- Our test and held-out splits (bench/data/safety/crisis.test.jsonl, crisis.heldout.jsonl) are never trained on; only their texts are read, to leave out a line written into two splits.',
    '',
    '## How the thresholds were chosen',
    'Two models trained on complementary halves of our own lines (written training lines + dev + fresh) score the other',
    'half (out of fold). A threshold is the lowest that flags ≤ 0.5% of everyday lines (GoEmotions dev, SMP2020',
    'dev, EmpatheticDialogues valid) and adds ≤ 1% false alarms on our `none` lines ("devNone"). "gained" = own',
    'lines the rules missed that the model adds. The rules were tuned on dev and on the errors of the written',
    'training lines, so neither line below shows unseen wording: the test split (`bench/safety.ts`) does.',
    '`override` is the lowest active threshold at which reading through a context veto adds ≤ 0.02% false alarms',
    'on our `none` lines (out of fold) and flags ≤ 0.02% of everyday lines.',
    '',
    '```',
    ...cardLines,
    '```',
    '',
    '## Limits',
    '- A bag of n-grams: it sees words, not meaning; it is a safety net under the rules, not a replacement.',
    '- The labels of the external corpora are per post or per user and noisy; SOS-1K and Reddit C-SSRS licences restrict use to research (see their SOURCE.md): the weights are derived statistics, the texts are not shipped.',
    '- Not reviewed by a clinician. Measured figures: `node --import tsx bench/safety.ts`.',
    '',
  ].join('\n');
  fs.writeFileSync(file, md);
}

await main();
