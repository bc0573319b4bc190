/**
 * Trains the learned harmful-request model (`models/harmful-classifier.bin.gz`):
 * `npm run train:harmful`.
 *
 * Data: our written request lines (bench/data/safety/harmful.train.jsonl, blind to the rules:
 * harmful requests and benign look-alikes), the harmful dev set and, from session 22, the single-message
 * lines of harmful.fresh.jsonl, each ×4; as non-requests, our crisis lines that do not read as requests
 * (train, dev, fresh: disclosures must be answered, never refused) and everyday corpora
 * (GoEmotions, SMP2020, whole train splits). Output 0 = must refuse; output 1 = must refuse and is about extreme weight
 * loss (the refusal's category). The test and held-out sets are never trained on; only their texts are
 * read, to leave out a line also written into one of them.
 *
 * Threshold: two models trained on complementary halves of the request lines score the other half
 * (out of fold); the threshold is the lowest at which the model, where it is consulted (rules found
 * nothing, the text reads as a request, not help-seeking), refuses ≤ 2% of the benign request
 * lines and ≤ 0.2% of held-out everyday lines (GoEmotions dev, SMP2020 dev, SMILE client turns
 * from files ending in 7). A second, higher threshold (`refuse`) lets it refuse on its own where it may
 * (a harm subject named, no everyday purpose, not a weight-loss ask): none of the held-out everyday lines
 * and ≤ 0.1% of the benign request lines (0.3% before session 22; see REFUSE_BENIGN_BAR).
 */
import fs from 'node:fs';
import path from 'node:path';
import { findReader } from '../../data/index.ts';
import { readGoEmotions, readSmp2020 } from '../../emotion/train/datasets.ts';
import { detectHarmfulRequest } from '../harmful.ts';
import {
  aimBeyondFrame,
  consultsModel,
  mayRefuseAlone,
  netSeesPurpose,
  REQUEST_CUE,
  searchToldNotAsked,
} from '../learned/harmful-signal.ts';
import { HARMFUL_OUTPUTS, type SafetyModelHeader } from '../learned/model.ts';
import { normalise } from '../normalize.ts';
import {
  excludedSet,
  measuredTexts,
  outOfFold as scoreOutOfFold,
  readRows,
  SAFETY_DATA,
  saveModel,
  SAFETY_FEATURES,
  trainTwoOutputs,
  type TwoTargets,
  REPO_ROOT,
  SHARED_DATASETS,
} from './common.ts';

const OUT = process.argv[2] ?? path.join(REPO_ROOT, 'models/harmful-classifier.bin.gz');
const DATA = SAFETY_DATA;
const OWN_WEIGHT = 4;
const log = (s: string) => console.log(s);
/**
 * The share of benign request lines the net may refuse on its own, out of fold. Session 22: 0.3% before; with the
 * fresh rounds' 1,000 frame twins among the benign lines, 0.3% let the threshold fall to 0.74 and the net refused
 * hand-written look-alikes ("有点难受 吃什么药最快退烧", "致死率最高的癌症是哪种"); at 0.1% it is 0.86.
 */
const REFUSE_BENIGN_BAR = 0.001;
/** P(extreme weight loss) at or above which a refusal uses the eating wording (and the net never refuses alone). */
const EATING_T = 0.5;

/** Weight-loss wording: a refused request that says it is about extreme weight loss. */
const EATING =
  /催吐|减肥|减重|瘦|卡路里|大卡|千卡|热量|节食|绝食|断食|压食欲|食欲|泻药|厌食|暴食|ana|mia|\b(?:kcal|calories?|purg\w*|laxatives?|thinspo\w*|starv\w*|fasting|appetite|weight|pounds|lbs?|kg|thigh gap|pro-?ana|pro-?mia|throw(?:ing)? up|vomit\w*)\b/iu;

interface Row {
  text: string;
  set?: string;
  label?: string;
  harmful?: boolean;
  level?: string;
  history?: unknown[];
}

/**
 * Chinese counselling clients asking for help (SMILE client turns, EmoLLM inputs): the everyday
 * requests a Chinese user sends, which must be answered. SMILE files are split by name: those whose
 * number ends in 7 are held out for the threshold.
 */
async function counsellingRequests(held: boolean): Promise<TwoTargets[]> {
  const out: TwoTargets[] = [];
  const add = (text: string, source: string) => {
    if (text && !detectHarmfulRequest(text)) out.push(negative(text, source));
  };
  const smile = path.join(SHARED_DATASETS, 'smile_mechat/data');
  if (fs.existsSync(smile)) {
    for await (const c of findReader('smile')!.read(smile, { onBad: () => {} }, {})) {
      if (path.basename(c.provenance.file, '.json').endsWith('7') !== held) continue;
      for (const t of c.turns.filter((x) => x.role === 'user').slice(0, 3)) add(t.content, 'smile');
    }
  }
  const emollm = path.join(SHARED_DATASETS, 'emollm/data.json');
  if (!held && fs.existsSync(emollm)) {
    for await (const c of findReader('emollm')!.read(emollm, { onBad: () => {} }, {}))
      for (const t of c.turns.filter((x) => x.role === 'user').slice(0, 2)) add(t.content, 'emollm');
  }
  return out;
}

/**
 * Session 23: everyday asks written in the shapes of harmful ones ("which way is quickest to the station", "怎么修地板划痕
 * 看不出来"), kept to measure look-alikes and not trained on: trained with them the net's threshold rose (0.82 → 0.84)
 * and the held-out splits lost 12 refusals for no benign line gained. Session 24: likewise the read round 14c and the 600
 * indirect asks written for training (14f): trained on 14f the threshold rose to 0.89 (0.90 with 14c) and the held-out
 * split refused 13 fewer asks; on 14c alone 0.84, with one benign line refused more. Session 25: the 2,396 everyday asks
 * written in harmful shapes (15e, 1,796 in train and 600 in fresh): trained on them the threshold fell to 0.82, the
 * held-out split refused 2 fewer asks, and three crisis `none` lines and two benign asks the net had answered were
 * refused ("最快瘦下来的方法是什么？我不想伤身体", "my character wants to die in act 2, how do i make it feel real?").
 */
const UNTRAINED_SETS = new Set([
  'fresh-2026-13c-frames-zh',
  'fresh-2026-13c-frames-en',
  'fresh-2026-14c-req',
  'train-2026-14f-req',
  'train-2026-15e-everyday',
  'fresh-2026-15e-everyday',
  // Session 28: the crisis round 28a, left out of the crisis model (see train/crisis.ts) and so of this one's negatives.
  'fresh-2026-28a-zh',
  'fresh-2026-28a-en',
  // Session 29: the read rounds 29a, 29c, 29d and 29e (requests, and the crisis lines as negatives), the rules' source; not trained on.
  'fresh-2026-29a-req',
  'fresh-2026-29a-zh',
  'fresh-2026-29a-en',
  'fresh-2026-29c-req',
  'fresh-2026-29c-zh',
  'fresh-2026-29d-req',
  'fresh-2026-29e-req',
  'fresh-2026-29d-zh',
  'fresh-2026-29d-en',
  // Session 30: the read rounds 30c and 30g (asks whose purpose only the context tells) and 30a (crisis lines, negatives).
  'fresh-2026-30c-req',
  'fresh-2026-30g-req',
  'fresh-2026-30a-zh',
  'fresh-2026-30a-en',
  // Session 31: the read rounds 31a (asks whose outcome is the method) and 31b (crisis lines, negatives).
  'fresh-2026-31a-req',
  'fresh-2026-31b',
  // Session 32: the read rounds 32a (requests) and 32b (crisis lines, negatives).
  'fresh-2026-32a-req',
  'fresh-2026-32b',
  // Session 33: the read rounds 33a, 33g, 33i and 33m (requests) and 33b, 33h, 33j and 33n (crisis lines), the rules'
  // source; not trained on.
  'fresh-2026-33a-req',
  'fresh-2026-33g-req',
  'fresh-2026-33i-req',
  'fresh-2026-33m-req',
  'fresh-2026-33b',
  'fresh-2026-33h',
  'fresh-2026-33j',
  'fresh-2026-33n',
  // Session 34: the read rounds 34a and 34g (requests) and 34b and 34h (crisis lines), the rules' source; not trained on.
  'fresh-2026-34a-req',
  'fresh-2026-34g-req',
  'fresh-2026-34b',
  'fresh-2026-34h',
  // Session 34, second part: the read rounds 35a and 35g (requests) and 35b (crisis lines).
  'fresh-2026-35a-req',
  'fresh-2026-35g-req',
  'fresh-2026-35b',
  // Session 34, third part: the read rounds 36b (requests) and 36a (crisis lines).
  'fresh-2026-36b-req',
  'fresh-2026-36a',
  // Session 35: the read rounds 37a (requests in health and care talk) and 37b (crisis lines).
  'fresh-2026-37a-req',
  'fresh-2026-37b',
  // Session 35, second part: the read rounds 38a (requests in students' words) and 38b (crisis lines).
  'fresh-2026-38a-req',
  'fresh-2026-38b',
  // Session 38: the read rounds 40a and 40b (crisis lines) and 40c and 40d (requests), the rules' source.
  'fresh-2026-40a-zh',
  'fresh-2026-40b-en',
  'fresh-2026-40c-req',
  'fresh-2026-40d-req',
  // Session 39: the read rounds 42a and 42b (crisis lines) and 42c (requests), the rules' source.
  'fresh-2026-42a-zh',
  'fresh-2026-42b-en',
  'fresh-2026-42c-req',
]);
const readJsonl = (file: string): Row[] =>
  readRows<Row>(file).filter((r) => !excludedSet(r.set, UNTRAINED_SETS));

/** Lines also in a test or held-out split are never trained on (only their texts are compared). */
const MEASURED_TEXTS = measuredTexts([
  'harmful.test.jsonl',
  'harmful.heldout.jsonl',
  'crisis.test.jsonl',
  'crisis.heldout.jsonl',
]);

const requestItem = (r: Row, source: string): TwoTargets => {
  const refuse = r.label ? r.label === 'refuse' : r.harmful === true;
  return { text: r.text, targets: [refuse, refuse && EATING.test(r.text)], source };
};
const negative = (text: string, source: string): TwoTargets => ({ text, targets: [false, false], source });

/** Where the model is consulted at all: the rules found nothing, a request, not help-seeking. */
function consulted(text: string): boolean {
  if (detectHarmfulRequest(text)) return false;
  return consultsModel(normalise(text).text);
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const requests = [
    ...readJsonl(path.join(DATA, 'harmful.train.jsonl')).map((r) => requestItem(r, 'own-train')),
    ...readJsonl(path.join(DATA, 'harmful.dev.jsonl')).map((r) => requestItem(r, 'own-dev')),
    // The blind rounds of `fresh`, read and worked on since they were scored: training data now.
    ...readJsonl(path.join(DATA, 'harmful.fresh.jsonl'))
      .filter((r) => !r.history?.length)
      .map((r) => requestItem(r, 'own-fresh')),
  ].filter((r) => !MEASURED_TEXTS.has(r.text));
  const crisisLines = [
    ...readJsonl(path.join(DATA, 'crisis.train.jsonl')),
    ...readJsonl(path.join(DATA, 'crisis.dev.jsonl')),
    ...readJsonl(path.join(DATA, 'crisis.fresh.jsonl')),
  ]
    // Disclosures only: a crisis line that reads as a request may itself ask for a method.
    .filter(
      (r) => !r.history?.length && !MEASURED_TEXTS.has(r.text) && !REQUEST_CUE.test(normalise(r.text).text),
    )
    .map((r) => negative(r.text, 'own-crisis'));
  const everydayHeld = [
    ...[
      ...readGoEmotions(SHARED_DATASETS, 'dev').slice(0, 5000),
      ...readSmp2020(SHARED_DATASETS, 'dev').slice(0, 3000),
    ].map((e) => negative(e.text, 'everyday-dev')),
    ...(await counsellingRequests(true)),
  ];
  const everyday = [
    ...[
      // Whole train splits (session 22; 8,000 and 6,000 before): more everyday lines let the refusal threshold
      // fall from 0.87 to 0.74 with still no held-out everyday line refused.
      ...readGoEmotions(SHARED_DATASETS, 'train'),
      ...readSmp2020(SHARED_DATASETS, 'train'),
    ].map((e) => negative(e.text, 'everyday')),
    ...(await counsellingRequests(false)),
  ];
  const weighted = (xs: TwoTargets[]) => Array.from({ length: OWN_WEIGHT }, () => xs).flat();
  const refuseN = requests.filter((r) => r.targets[0]).length;
  log(
    `requests: ${requests.length} (${refuseN} refuse, ${requests.length - refuseN} answer); crisis lines ${crisisLines.length}; everyday ${everyday.length}; held-out everyday ${everydayHeld.length}`,
  );

  // Session 28: lines that must be answered and are never trained on, for the `refuseAim` bar: the look-alike asks kept
  // out of training (UNTRAINED_SETS) and the crisis `none`/`low` lines that read as requests (left out above).
  const mustAnswer = [
    ...['harmful.train.jsonl', 'harmful.fresh.jsonl'].flatMap((f) =>
      readRows<Row>(path.join(DATA, f)).filter(
        (r) => UNTRAINED_SETS.has(r.set ?? '') && r.label === 'answer' && !r.history?.length,
      ),
    ),
    ...['crisis.train.jsonl', 'crisis.dev.jsonl', 'crisis.fresh.jsonl'].flatMap((f) =>
      readRows<Row>(path.join(DATA, f)).filter(
        (r) =>
          (r.level === 'none' || r.level === 'low') &&
          !r.history?.length &&
          REQUEST_CUE.test(normalise(r.text).text),
      ),
    ),
  ]
    .filter((r) => !MEASURED_TEXTS.has(r.text))
    .map((r) => negative(r.text, 'must-answer'));

  // Out of fold over the request lines and the crisis lines.
  const own = [...requests, ...crisisLines];
  const { oof, also: alsoScores } = scoreOutOfFold(
    everyday,
    own,
    OWN_WEIGHT,
    [...everydayHeld, ...mustAnswer],
    log,
  );
  const heldScores = alsoScores.map((sc) => sc.subarray(0, everydayHeld.length * 2));
  const heldAsked = everydayHeld.map((x) => consulted(x.text));
  const asked = own.map((x) => consulted(x.text));
  // Where the model may refuse on its own (a harm subject named, no caring or everyday purpose).
  const alone = own.map((x, i) => asked[i]! && mayRefuseAlone(normalise(x.text).text));
  const heldAlone = everydayHeld.map((x, i) => heldAsked[i]! && mayRefuseAlone(normalise(x.text).text));
  const rulesRefuse = own.map((x) => detectHarmfulRequest(x.text) !== null);
  const lines: string[] = [];
  let threshold = 0.99;
  for (let t = 0.99; t >= 0.3; t -= 0.01) {
    const flagged = (i: number) => asked[i]! && oof[i * 2]! >= t;
    const benign = requests.map((x, i) => (!x.targets[0] ? i : -1)).filter((i) => i >= 0);
    const benignRate = benign.filter(flagged).length / benign.length;
    const otherRate =
      heldScores.reduce(
        (acc, sc) => acc + everydayHeld.filter((_, i) => heldAsked[i] && sc[i * 2]! >= t).length,
        0,
      ) /
      (everydayHeld.length * heldScores.length);
    const missed = requests.map((x, i) => (x.targets[0] && !rulesRefuse[i] ? i : -1)).filter((i) => i >= 0);
    const gained = missed.filter(flagged).length;
    if (benignRate > 0.02 || otherRate > 0.002) break;
    threshold = t;
    if (Math.round(t * 100) % 5 === 0) {
      const line = `harmful t=${t.toFixed(2)} benign refused +${(benignRate * 100).toFixed(1)}% everyday dev refused ${(otherRate * 100).toFixed(2)}% gained ${gained}/${missed.length}`;
      log(`  ${line}`);
      lines.push(line);
    }
  }
  const refuse = refuseThreshold(requests, oof, alone, rulesRefuse, heldScores, heldAlone, threshold, {
    what: 'refuses on its own',
  });
  log(`  ${refuse.line}`);
  lines.push(refuse.line);
  // Session 28: where the net may refuse without a harm subject (consulted, no purpose, not a search told, an aim left
  // once the everyday frames are taken out, not eating).
  const aimGate = (text: string) => {
    const n = normalise(text).text;
    return consulted(text) && !netSeesPurpose(n) && !searchToldNotAsked(n) && aimBeyondFrame(n);
  };
  const aim = refuseThreshold(
    requests,
    oof,
    own.map((x) => aimGate(x.text)),
    rulesRefuse,
    heldScores,
    everydayHeld.map((x) => aimGate(x.text)),
    refuse.t,
    {
      what: 'refuses an aim without a subject',
      mustAnswer: {
        scores: alsoScores.map((sc) => sc.subarray(everydayHeld.length * 2)),
        asked: mustAnswer.map((x) => aimGate(x.text)),
      },
    },
  );
  log(`  ${aim.line}`);
  lines.push(aim.line);
  const thresholds = {
    harmful: Number(threshold.toFixed(2)),
    eating: EATING_T,
    refuse: refuse.t,
    refuseAim: aim.t,
  };
  log(`thresholds: ${JSON.stringify(thresholds)}`);
  const summary = outOfFold(requests, oof, alone, rulesRefuse, thresholds.refuse);
  log(summary);
  lines.push(summary);

  log('final model: training on everything …');
  const final = trainTwoOutputs([...everyday, ...weighted(own)], log);
  const header: Omit<SafetyModelHeader, 'scales'> = {
    format: 'carellm-harmful-linear',
    outputs: HARMFUL_OUTPUTS,
    name: 'carellm-harmful-linear',
    version: '1.25.0',
    feature: SAFETY_FEATURES,
    bias: Array.from(final.bias),
    thresholds,
    trainedOn: [
      `bench/data/safety/harmful.train.jsonl + harmful.dev.jsonl + harmful.fresh.jsonl single messages (x${OWN_WEIGHT})`,
      `bench/data/safety/crisis.train.jsonl + crisis.dev.jsonl + crisis.fresh.jsonl single messages as non-requests (x${OWN_WEIGHT})`,
      'goemotions train, smp2020 train, SMILE client turns (files not ending in 7), EmoLLM inputs as everyday lines',
      'lines whose text is also in a test or held-out split are left out',
    ],
    created: 'deterministic',
  };
  saveModel(
    OUT,
    header,
    final.weights,
    (card, bytes) => writeCard(card, header, lines, requests.length, crisisLines.length, bytes),
    t0,
    log,
  );
}

/**
 * Refusing without a rule needs more than guiding the engine: the lowest threshold at which the
 * model, where it may refuse alone (consulted, a harm subject named, no everyday purpose, not a
 * weight-loss ask: a healthy diet question and a pro-ana one share their words), refuses no held-out
 * everyday line and at most REFUSE_BENIGN_BAR of the benign request lines, out of fold. Session 28: the same search
 * for `refuseAim` (an ask with no subject word), which must also refuse at most REFUSE_BENIGN_BAR of the lines that
 * must be answered and are never trained on (`mustAnswer`: look-alike asks, crisis lines that ask something).
 */
function refuseThreshold(
  requests: TwoTargets[],
  oof: Float32Array,
  asked: boolean[],
  rulesRefuse: boolean[],
  heldScores: Float32Array[],
  heldAsked: boolean[],
  floor: number,
  tier: { what: string; mustAnswer?: { scores: Float32Array[]; asked: boolean[] } },
): { t: number; line: string } {
  const refuses = (p: Float32Array, i: number, t: number) => p[i * 2]! >= t && p[i * 2 + 1]! < EATING_T;
  const benign = requests.map((x, i) => (!x.targets[0] ? i : -1)).filter((i) => i >= 0);
  const missed = requests.map((x, i) => (x.targets[0] && !rulesRefuse[i] ? i : -1)).filter((i) => i >= 0);
  // Each fold model scores every held-out line; a line counts once if either refuses it.
  const hits = (scores: Float32Array[], lineAsked: boolean[], t: number) =>
    lineAsked.filter((a, i) => a && scores.some((sc) => refuses(sc, i, t))).length;
  const must = tier.mustAnswer;
  let best = 1.01;
  let line = `${tier.what}: never (no threshold met the bar)`;
  for (let t = 0.99; t >= floor - 1e-9; t -= 0.01) {
    const benignRate = benign.filter((i) => asked[i] && refuses(oof, i, t)).length / benign.length;
    const everyday = hits(heldScores, heldAsked, t);
    const answered = must ? hits(must.scores, must.asked, t) : 0;
    if (
      benignRate > REFUSE_BENIGN_BAR ||
      everyday > 0 ||
      (must && answered > REFUSE_BENIGN_BAR * must.asked.length)
    )
      break;
    best = Number(t.toFixed(2));
    const gained = missed.filter((i) => asked[i] && refuses(oof, i, t)).length;
    const mustPart = must ? ` look-alikes and crisis asks refused ${answered}/${must.asked.length}` : '';
    line = `${tier.what} at t=${best.toFixed(2)}: benign refused +${(benignRate * 100).toFixed(1)}%${mustPart} everyday dev refused 0 gained ${gained}/${missed.length}`;
  }
  return { t: best, line };
}

function outOfFold(
  requests: TwoTargets[],
  oof: Float32Array,
  asked: boolean[],
  rulesRefuse: boolean[],
  t: number,
): string {
  let refused = 0,
    harmfulN = 0,
    answered = 0,
    benignN = 0,
    rulesRefused = 0,
    rulesAnswered = 0;
  requests.forEach((x, i) => {
    const refuse = rulesRefuse[i]! || (asked[i]! && oof[i * 2]! >= t && oof[i * 2 + 1]! < EATING_T);
    if (x.targets[0]) {
      harmfulN++;
      if (refuse) refused++;
      if (rulesRefuse[i]) rulesRefused++;
    } else {
      benignN++;
      if (!refuse) answered++;
      if (!rulesRefuse[i]) rulesAnswered++;
    }
  });
  const r = (a: number, b: number) => (a / Math.max(1, b)).toFixed(3);
  return `request lines, out of fold: harmful refused ${r(refused, harmfulN)} (rules alone ${r(rulesRefused, harmfulN)}) | benign answered ${r(answered, benignN)} (rules alone ${r(rulesAnswered, benignN)}) (n=${requests.length})`;
}

function writeCard(
  file: string,
  header: Omit<SafetyModelHeader, 'scales'>,
  lines: string[],
  nRequests: number,
  nCrisis: number,
  bytes: number,
): void {
  const md = [
    `# ${header.name} ${header.version}`,
    '',
    "The learned part of CareLLM's harmful-request refusal (`src/safety/learned/harmful-signal.ts`). It is",
    'consulted only when the rules found nothing, only for text that reads as a request (a disclosure such',
    'as "I cut myself last night" is never refused), and never for help-seeking the rules recognise. Above',
    'the `refuse` threshold it refuses on its own when the ask names a harm subject and states no everyday',
    'purpose (never a weight-loss ask); above `refuseAim` (session 28) also an ask with no subject word whose aim',
    'is more than an everyday frame (speed, ease, a method, a height); otherwise it only tells the engine to hold back. Rebuild with',
    '`npm run train:harmful` (deterministic).',
    '',
    '## Model',
    '- Logistic regression over the same hashed n-grams as the crisis model (2^18 buckets), two outputs:',
    '  `harmful` = P(must refuse), `eating` = P(must refuse, extreme weight loss) for the refusal wording.',
    `- int8 weights, ${(bytes / 1024).toFixed(0)} KiB gzip. Thresholds: ${JSON.stringify(header.thresholds)}.`,
    '',
    '## Data',
    `- ${nRequests} request lines we wrote (harmful requests with jailbreak framings, and benign look-alikes),`,
    `  ${nCrisis} crisis lines that are not requests (train, dev and, from session 22, the fresh outside rounds); everyday`,
    "  lines incl. Chinese counselling clients' requests. The test and held-out sets are never trained on: only their",
    '  texts are read, to leave out a line written into two splits.',
    '',
    '## Threshold (out of fold)',
    '`harmful` (guides the engine): the lowest threshold at which the model flags ≤ 2% of benign request lines',
    'and ≤ 0.2% of held-out everyday lines (GoEmotions dev, SMP2020 dev, held-out SMILE client turns), where it',
    'is consulted. `refuse` (refuses alone where it may: a harm subject named, no everyday purpose, not a',
    'weight-loss ask): the lowest at which it refuses no held-out everyday line and ≤ 0.1% of benign request',
    'lines there. `refuseAim` (an ask with no harm subject, the same gates plus an aim left once the everyday frames',
    'are taken out): the lowest, not under `refuse`, at which it refuses no held-out everyday line, ≤ 0.1% of benign',
    'request lines, and ≤ 0.1% of the lines that must be answered and are never trained on (look-alike asks, crisis',
    'lines that ask something), scored by the fold models. The last line counts rules + refusals alone (not `refuseAim`).',
    '',
    '```',
    ...lines,
    '```',
    '',
    '## Limits',
    '- Words, not meaning: a request phrased like none of the training lines can pass; the rules and the output',
    '  guard stay in place behind it. Not reviewed by a clinician.',
    '',
  ].join('\n');
  fs.writeFileSync(file, md);
}

await main();
