/**
 * Safety benchmark: prints figures, never fails. Run: `node --import tsx bench/safety.ts [--errors]`.
 *
 * - Own labelled sets (bench/data/safety/*.{dev,test}.jsonl): crisis levels (P/R/F1 per level and
 *   language, false-alarm rate on `none`), PII spans (P/R), harmful requests (refused / answered).
 *   Figures are printed for dev and test; rules were tuned on dev only. `--errors` lists the misses
 *   of every split but test and heldout; `--split train` reads crisis.train.jsonl (lines written to train the
 *   learned model); `--split heldout` reads outside rounds kept for measuring later work; `--split fresh` reads
 *   the blind rounds written in session 15 (11af–11ah crisis, 11ad and 11ai requests), each scored before work on
 *   it and used afterwards, so its figures after that are in-sample; `--rules` switches the learned model off.
 * - SOS-1K (Chinese Weibo) test split and Reddit C-SSRS (English, per user), where labels map.
 * - Latency of the assessment per message (p50/p99), cache bypassed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RiskLevel } from '../src/core/types.ts';
import { parseCsv } from '../src/emotion/train/datasets.ts';
import {
  assessRisk,
  assessTurn,
  clearRiskCache,
  createSafetyPreCheck,
  detectHarmfulRequest,
  detectMethodAsk,
  findPii,
  resetCrisisModel,
  type ConversationTurn,
} from '../src/safety/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = process.env.CARELLM_SAFETY_BENCH_DATA ?? path.join(ROOT, 'bench/data/safety');
const SHARED = process.env.CARELLM_DATASETS ?? path.resolve(ROOT, '../shared/datasets');
const SHOW_ERRORS = process.argv.includes('--errors');
const argValue = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
/** `--split dev|test|heldout|fresh|train` limits the own-set figures to one split (default: dev and test). */
const SPLITS = argValue('--split') ? [argValue('--split')!] : ['dev', 'test'];
/**
 * Splits whose errors are never printed: the test halves, and the held-out outside rounds (`heldout`, written
 * after the work they measure and kept apart to measure the next work on unseen wording).
 */
const SEALED = new Set(['test', 'heldout']);
/** The server runs with `--no-regexp-tier-up` (bin/carellm.js, `npm start`); timings depend on it. */
const REGEXP_MODE = process.execArgv.includes('--no-regexp-tier-up')
  ? 'regexps compiled at first use (--no-regexp-tier-up, as the server runs)'
  : "V8's default regexp tiering (run with node --no-regexp-tier-up to time the server's setting)";
/** `--rules` switches the learned model off: every figure is then the rules' alone. */
if (process.argv.includes('--rules')) resetCrisisModel(null);
/** `--own` skips SOS-1K and Reddit C-SSRS (slow). */
const OWN_ONLY = process.argv.includes('--own');
const LEVELS: RiskLevel[] = ['none', 'low', 'high', 'imminent'];
const RANK: Record<RiskLevel, number> = { none: 0, low: 1, high: 2, imminent: 3 };

const readJsonl = <T>(file: string): T[] =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
const prf = (tp: number, fp: number, fn: number) => {
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return { p, r, f1: (2 * p * r) / (p + r) };
};

// ---------- crisis ----------
interface CrisisRow {
  text: string;
  level: RiskLevel;
  lang: string;
  history?: ConversationTurn[];
  /** Which writing round the line comes from (absent = the first, hand-written sets). */
  set?: string;
}

/** Levels with the learned model switched off (rules alone), for comparison. */
function rulesOnly<T>(fn: () => T): T {
  resetCrisisModel(null);
  clearRiskCache();
  try {
    return fn();
  } finally {
    resetCrisisModel(process.argv.includes('--rules') ? null : undefined);
    clearRiskCache();
  }
}

function crisisFigures(split: string): void {
  const rows = readJsonl<CrisisRow>(path.join(DATA, `crisis.${split}.jsonl`));
  const preds = rows.map((r) => assessRisk(r.text, r.history ?? []).level);
  const rulePreds = rulesOnly(() => rows.map((r) => assessRisk(r.text, r.history ?? []).level));
  console.log(`\n== Crisis assessment, own set (${split}, n=${rows.length}; rules + learned model) ==`);
  console.log('level      P      R      F1     support');
  for (const level of LEVELS) {
    let tp = 0,
      fp = 0,
      fn = 0;
    rows.forEach((r, i) => {
      if (preds[i] === level && r.level === level) tp++;
      else if (preds[i] === level) fp++;
      else if (r.level === level) fn++;
    });
    const m = prf(tp, fp, fn);
    console.log(`${level.padEnd(9)} ${f(m.p)}  ${f(m.r)}  ${f(m.f1)}  ${tp + fn}`);
  }
  const group = (filter: (r: CrisisRow) => boolean, label: string) => {
    const idx = rows.map((r, i) => (filter(r) ? i : -1)).filter((i) => i >= 0);
    const hi = idx.filter((i) => RANK[rows[i]!.level] >= 2);
    const low = idx.filter((i) => rows[i]!.level === 'low');
    const none = idx.filter((i) => rows[i]!.level === 'none');
    const hiRecall = hi.filter((i) => RANK[preds[i]!] >= 2).length / hi.length;
    const hiPrec =
      hi.filter((i) => RANK[preds[i]!] >= 2).length / idx.filter((i) => RANK[preds[i]!] >= 2).length;
    const lowRecall = low.filter((i) => RANK[preds[i]!] >= 1).length / low.length;
    const lowExact = low.filter((i) => preds[i] === 'low').length / low.length;
    const falseAlarm = none.filter((i) => preds[i] !== 'none').length / none.length;
    console.log(
      `${label.padEnd(label.length > 6 ? 15 : 6)} high+imminent R=${f(hiRecall)} P=${f(hiPrec)} (n=${hi.length}) | low flagged R=${f(lowRecall)} exact=${f(lowExact)} (n=${low.length}) | false alarms on none=${f(falseAlarm)} (n=${none.length})`,
    );
  };
  group(() => true, 'all');
  const hi = rows.map((r, i) => (RANK[r.level] >= 2 ? i : -1)).filter((i) => i >= 0);
  const none = rows.map((r, i) => (r.level === 'none' ? i : -1)).filter((i) => i >= 0);
  const low = rows.map((r, i) => (r.level === 'low' ? i : -1)).filter((i) => i >= 0);
  console.log(
    `rules alone: high+imminent R=${f(hi.filter((i) => RANK[rulePreds[i]!] >= 2).length / hi.length)} | low flagged R=${f(low.filter((i) => RANK[rulePreds[i]!] >= 1).length / low.length)} | false alarms on none=${f(none.filter((i) => rulePreds[i] !== 'none').length / none.length)}`,
  );
  group((r) => r.lang === 'zh', 'zh');
  group((r) => r.lang === 'en', 'en');
  group((r) => r.lang === 'mix', 'mix');
  // By the round in which the lines were written (each test half is reported, never tuned on).
  const sets = [...new Set(rows.map((r) => r.set ?? 'v1'))];
  if (sets.length > 1) for (const set of sets) group((r) => (r.set ?? 'v1') === set, set);
  if (SHOW_ERRORS && !SEALED.has(split)) {
    rows.forEach((r, i) => {
      if (preds[i] !== r.level) console.log(`  MISS gold=${r.level} pred=${preds[i]} :: ${r.text}`);
    });
  }
}

// ---------- PII ----------
interface PiiRow {
  text: string;
  spans: Array<{ type: string; start: number; end: number; text: string }>;
  keep: string[];
  set?: string;
}

/**
 * Where a must-keep number stands on its own in the text: "20" in "I'm 20" but not inside the ZIP "43201"
 * (a redacted ZIP is right, and the age must still be intact). With no such place, its first place.
 */
function standaloneOccurrences(text: string, keep: string): number[] {
  const found: number[] = [];
  const digitEdge = (ch: string | undefined) => ch !== undefined && /[0-9０-９]/u.test(ch);
  for (let at = text.indexOf(keep); at >= 0; at = text.indexOf(keep, at + 1)) {
    const before = digitEdge(keep[0]) && digitEdge(text[at - 1]);
    const after = digitEdge(keep.at(-1)) && digitEdge(text[at + keep.length]);
    if (!before && !after) found.push(at);
  }
  return found.length ? found : [text.indexOf(keep)];
}

function piiFigures(split: string): void {
  if (!fs.existsSync(path.join(DATA, `pii.${split}.jsonl`))) return;
  const rows = readJsonl<PiiRow>(path.join(DATA, `pii.${split}.jsonl`));
  let tp = 0,
    fp = 0,
    fn = 0,
    keepOk = 0,
    keepAll = 0;
  // Per round (the `set` of each line): which rounds the redactor reads well, without printing any line.
  const bySet = new Map<string, { tp: number; fp: number; fn: number }>();
  // Per span type (session 36): where recall is lost. A found span of the wrong type counts against both types.
  const byType = new Map<string, { tp: number; fp: number; fn: number }>();
  const typeCount = (type: string) => {
    const c = byType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    byType.set(type, c);
    return c;
  };
  for (const row of rows) {
    const found = findPii(row.text);
    const key = (s: { type: string; start: number; end: number }) => `${s.type}:${s.start}:${s.end}`;
    // key → span type
    const gold = new Map(row.spans.map((s) => [key(s), s.type]));
    const got = new Map(found.map((s) => [key(s), s.type]));
    const round = bySet.get(row.set ?? '-') ?? { tp: 0, fp: 0, fn: 0 };
    bySet.set(row.set ?? '-', round);
    for (const [k, spanType] of got) {
      const type = typeCount(spanType);
      if (gold.has(k)) {
        round.tp++;
        type.tp++;
      } else {
        round.fp++;
        type.fp++;
      }
    }
    for (const [k, spanType] of gold) {
      if (got.has(k)) continue;
      round.fn++;
      typeCount(spanType).fn++;
    }
    for (const k of row.keep) {
      keepAll++;
      const at = standaloneOccurrences(row.text, k);
      if (at.every((a) => !found.some((s) => s.start < a + k.length && a < s.end))) keepOk++;
    }
    if (
      SHOW_ERRORS &&
      !SEALED.has(split) &&
      (row.spans.some((s) => !got.has(key(s))) || found.some((s) => !gold.has(key(s))))
    ) {
      console.log(
        `  PII gold=${JSON.stringify(row.spans.map((s) => `${s.type}:${s.text}`))} got=${JSON.stringify(found.map((s) => `${s.type}:${s.text}`))}`,
      );
    }
  }
  for (const c of bySet.values()) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  const m = prf(tp, fp, fn);
  console.log(`\n== PII redaction (${split}, ${rows.length} lines) ==`);
  console.log(
    `span (exact type+offsets) P=${f(m.p)} R=${f(m.r)} F1=${f(m.f1)} | must-keep numbers intact ${keepOk}/${keepAll}`,
  );
  console.log(
    'by type: ' +
      [...byType]
        .sort(([, a], [, b]) => b.tp + b.fn - (a.tp + a.fn))
        .map(([type, c]) => {
          const r = prf(c.tp, c.fp, c.fn);
          return `${type} P=${f(r.p)} R=${f(r.r)} (n=${c.tp + c.fn})`;
        })
        .join(' | '),
  );
  for (const [name, c] of [...bySet].sort(([a], [b]) => a.localeCompare(b))) {
    const r = prf(c.tp, c.fp, c.fn);
    console.log(`${name} span P=${f(r.p)} R=${f(r.r)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
  }
}

// ---------- harmful requests ----------
interface HarmRow {
  text: string;
  label: 'refuse' | 'answer';
  lang: string;
  /** Earlier turns, oldest first, for a follow-up asked in a conversation. */
  history?: ConversationTurn[];
  set?: string;
}

async function harmfulFigures(split: string): Promise<void> {
  if (!fs.existsSync(path.join(DATA, `harmful.${split}.jsonl`))) return;
  const rows = readJsonl<HarmRow>(path.join(DATA, `harmful.${split}.jsonl`));
  const pre = createSafetyPreCheck();
  let refused = 0,
    harmful = 0,
    answered = 0,
    benign = 0;
  // Per round (the `set` of each line), like the crisis and PII figures, without printing any line.
  const bySet = new Map<string, { refused: number; harmful: number; answered: number; benign: number }>();
  for (const row of rows) {
    const res = await pre.check({
      sessionId: 'bench',
      locale: row.lang === 'zh' ? 'zh-CN' : 'en',
      text: row.text,
      history: row.history ?? [],
    });
    const didRefuse = res.replaceReply !== undefined;
    const round = bySet.get(row.set ?? '-') ?? { refused: 0, harmful: 0, answered: 0, benign: 0 };
    bySet.set(row.set ?? '-', round);
    if (row.label === 'refuse') {
      round.harmful++;
      if (didRefuse) round.refused++;
    } else {
      round.benign++;
      if (!didRefuse) round.answered++;
    }
    if (row.label === 'refuse') {
      harmful++;
      if (didRefuse) refused++;
      else if (SHOW_ERRORS && !SEALED.has(split)) console.log(`  NOT REFUSED :: ${row.text}`);
    } else {
      benign++;
      if (!didRefuse) answered++;
      else if (SHOW_ERRORS && !SEALED.has(split)) console.log(`  WRONGLY REFUSED :: ${row.text}`);
    }
  }
  console.log(`\n== Harmful requests (${split}) ==`);
  console.log(
    `harmful refused ${refused}/${harmful} = ${f(refused / harmful)} | benign answered ${answered}/${benign} = ${f(answered / benign)}`,
  );
  if (bySet.size > 1)
    for (const [name, c] of [...bySet].sort(([a], [b]) => a.localeCompare(b)))
      console.log(
        `${name} harmful refused ${c.refused}/${c.harmful} | benign answered ${c.answered}/${c.benign}`,
      );
  await crisisLinesRefused(split, pre);
}

/**
 * Refusals on the crisis sets' `none` and `low` lines: messages, not requests, written as hard
 * negatives (gas stoves, helping a friend, baking, sport, a safe daily maximum). A refusal replaces the
 * whole reply, so nearly every one of these is a false refusal (a few are real requests from someone
 * not at risk, e.g. a lethal dose of caffeine).
 */
async function crisisLinesRefused(
  split: string,
  pre: ReturnType<typeof createSafetyPreCheck>,
): Promise<void> {
  const file = path.join(DATA, `crisis.${split}.jsonl`);
  if (!fs.existsSync(file)) return;
  let lines = 0;
  let refused = 0;
  for (const row of readJsonl<CrisisRow>(file)) {
    if (row.level !== 'none' && row.level !== 'low') continue;
    lines++;
    const res = await pre.check({
      sessionId: 'bench',
      locale: row.lang === 'zh' ? 'zh-CN' : 'en',
      text: row.text,
      history: row.history ?? [],
    });
    if (res.replaceReply === undefined) continue;
    refused++;
    if (SHOW_ERRORS && !SEALED.has(split)) console.log(`  REFUSED (crisis ${row.level}) :: ${row.text}`);
  }
  console.log(`crisis none/low lines refused as requests ${refused}/${lines} = ${f(refused / lines)}`);
}

// ---------- SOS-1K ----------
function readTsv(file: string): Array<[string, number]> {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.includes('\t'))
    .map((l) => {
      const i = l.lastIndexOf('\t');
      return [l.slice(0, i), Number(l.slice(i + 1))] as [string, number];
    });
}

/** SOS-1K 11 levels → ours: 0 none; 1–3 distress (low); 4–5 wish to die (high); 6–10 plan/method/date/act (imminent). */
const sosLevel = (n: number): RiskLevel => (n === 0 ? 'none' : n <= 3 ? 'low' : n <= 5 ? 'high' : 'imminent');

function sosFigures(): void {
  const dir = path.join(SHARED, 'sos1k_weibo_suicide');
  if (!fs.existsSync(dir)) {
    console.log('\n== SOS-1K: not found (set CARELLM_DATASETS) ==');
    return;
  }
  for (const [name, fine, bin] of [
    [
      'folds 1-5 (the learned model trains on these: in-sample)',
      [1, 2, 3, 4, 5].map((k) => `fine-grained/fold${k}.tsv`),
      [1, 2, 3, 4, 5].map((k) => `binary/fold${k}_twoClass.tsv`),
    ],
    ['test', ['fine-grained/test_data.tsv'], ['binary/testdata_twoClass.tsv']],
  ] as const) {
    const rows = fine.flatMap((p) => readTsv(path.join(dir, p)));
    const binary = bin.flatMap((p) => readTsv(path.join(dir, p)));
    const preds = rows.map(([t]) => assessRisk(t).level);
    console.log(`\n== SOS-1K ${name} (n=${rows.length}) ==`);
    const conf: Record<string, Record<string, number>> = {};
    rows.forEach(([, n], i) => {
      const g = sosLevel(n);
      conf[g] ??= {};
      conf[g][preds[i]!] = (conf[g][preds[i]!] ?? 0) + 1;
    });
    console.log('gold\\pred   none  low  high  imminent');
    for (const g of LEVELS)
      console.log(`${g.padEnd(10)} ${LEVELS.map((p) => String(conf[g]?.[p] ?? 0).padStart(5)).join(' ')}`);
    // Wish-to-die or worse (SOS ≥ 4) detected as high/imminent.
    const pos = rows.map(([, n]) => n >= 4);
    const hit = preds.map((p) => RANK[p] >= 2);
    const tp = pos.filter((x, i) => x && hit[i]).length;
    const m = prf(tp, hit.filter((x, i) => x && !pos[i]).length, pos.filter((x, i) => x && !hit[i]).length);
    const flagged = pos.filter((x, i) => x && RANK[preds[i]!] >= 1).length / pos.filter(Boolean).length;
    console.log(
      `SOS>=4 (wish to die or worse) as high+imminent: P=${f(m.p)} R=${f(m.r)} F1=${f(m.f1)}; flagged at any level R=${f(flagged)}`,
    );
    const bpos = binary.map(([, n]) => n === 1);
    const btp = bpos.filter((x, i) => x && hit[i]).length;
    const bm = prf(
      btp,
      hit.filter((x, i) => x && !bpos[i]).length,
      bpos.filter((x, i) => x && !hit[i]).length,
    );
    console.log(`binary twoClass=1 as high+imminent: P=${f(bm.p)} R=${f(bm.r)} F1=${f(bm.f1)}`);
    const zeros = rows.map(([, n], i) => (n === 0 ? preds[i] : null)).filter((x) => x !== null);
    console.log(
      `SOS level 0 (everyday negative mood) flagged: ${zeros.filter((p) => p !== 'none').length}/${zeros.length}`,
    );
  }
}

// ---------- Reddit C-SSRS ----------

/** C-SSRS labels → ours: Supportive none, Indicator low, Ideation high, Behavior/Attempt imminent-or-high. */
const CSSRS: Record<string, RiskLevel> = {
  Supportive: 'none',
  Indicator: 'low',
  Ideation: 'high',
  Behavior: 'high',
  Attempt: 'high',
};

function redditFigures(): void {
  const file = path.join(SHARED, 'reddit_cssrs/500_Reddit_users_posts_labels.csv');
  if (!fs.existsSync(file)) {
    console.log('\n== Reddit C-SSRS: not found ==');
    return;
  }
  const rows = parseCsv(fs.readFileSync(file, 'utf8'))
    .slice(1)
    .filter((r) => r.length >= 3);
  const conf: Record<string, Record<string, number>> = {};
  let posts = 0;
  const results = rows.map((r) => {
    const label = r[2]!.trim();
    const body = r[1]!.replace(/^\s*\[\s*['"]/u, '').replace(/['"]\s*\]\s*$/u, '');
    const userPosts = body.split(/['"],\s*['"]/u);
    posts += userPosts.length;
    let level: RiskLevel = 'none';
    for (const p of userPosts) {
      const l = assessRisk(p).level;
      if (RANK[l] > RANK[level]) level = l;
    }
    conf[label] ??= {};
    conf[label][level] = (conf[label][level] ?? 0) + 1;
    return { label, level };
  });
  console.log(`\n== Reddit C-SSRS (users=${rows.length}, posts≈${posts}; user level = max over posts) ==`);
  console.log('label\\pred     none  low  high  imminent');
  for (const label of ['Supportive', 'Indicator', 'Ideation', 'Behavior', 'Attempt']) {
    console.log(
      `${label.padEnd(13)} ${LEVELS.map((p) => String(conf[label]?.[p] ?? 0).padStart(5)).join(' ')}`,
    );
  }
  // The learned model trains on users whose index % 5 ≠ 0; only the others are held out.
  const heldOut = results.filter((_, i) => i % 5 === 0);
  const heldRisk = heldOut.filter((r) => RANK[CSSRS[r.label] ?? 'none'] >= 2);
  const heldSupportive = heldOut.filter((r) => r.label === 'Supportive');
  console.log(
    `held-out users (index % 5 = 0, n=${heldOut.length}): Ideation/Behavior/Attempt flagged high+imminent R=${f(heldRisk.filter((r) => RANK[r.level] >= 2).length / heldRisk.length)} (n=${heldRisk.length}) | Supportive flagged high+ ${heldSupportive.filter((r) => RANK[r.level] >= 2).length}/${heldSupportive.length}`,
  );
  console.log('all users (80% are training data of the learned model: in-sample):');
  const atRisk = results.filter((r) => RANK[CSSRS[r.label] ?? 'none'] >= 2);
  const rec = atRisk.filter((r) => RANK[r.level] >= 2).length / atRisk.length;
  const supportive = results.filter((r) => r.label === 'Supportive');
  console.log(
    `Ideation/Behavior/Attempt users flagged high+imminent R=${f(rec)} | Supportive users flagged high+ ${supportive.filter((r) => RANK[r.level] >= 2).length}/${supportive.length} (they discuss suicide with others: the hardest negatives)`,
  );
}

// ---------- latency ----------
/**
 * Two figures. "cost" is each message's own CPU cost: the fastest of 5 uncached runs, so time the
 * process spent preempted on a busy machine does not count; p99 is over messages. "wall" is every
 * single uncached run as the clock saw it (includes preemption; noisy under load). The
 * conversation figure assesses a message with 4 earlier user turns whose per-text results are
 * cached, as in a live session.
 */
function latency(): void {
  const texts: string[] = [];
  for (const s of ['dev', 'test'])
    texts.push(...readJsonl<CrisisRow>(path.join(DATA, `crisis.${s}.jsonl`)).map((r) => r.text));
  const sos = path.join(SHARED, 'sos1k_weibo_suicide/fine-grained/test_data.tsv');
  if (fs.existsSync(sos)) texts.push(...readTsv(sos).map(([t]) => t));
  const time = (fn: () => void): number => {
    const t0 = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  for (const t of texts) assessRisk(t); // warm up the regular expressions
  const cost: number[] = [];
  const wall: number[] = [];
  const convo: number[] = [];
  texts.forEach((t, i) => {
    let best = Infinity;
    for (let k = 0; k < 5; k++) {
      clearRiskCache();
      const ms = time(() => assessRisk(t));
      wall.push(ms);
      best = Math.min(best, ms);
    }
    cost.push(best);
    const history: ConversationTurn[] = [];
    for (let j = 1; j <= 4; j++) {
      history.push({ role: 'user', content: texts[(i + j * 7) % texts.length]! });
      history.push({ role: 'assistant', content: '…' });
    }
    for (const h of history) if (h.role === 'user') assessRisk(h.content);
    let bestConvo = Infinity;
    for (let k = 0; k < 5; k++)
      bestConvo = Math.min(
        bestConvo,
        time(() => assessRisk(t, history)),
      );
    convo.push(bestConvo);
  });
  const q = (xs: number[], p: number) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(3);
  };
  console.log(`\n== Latency (assessRisk, ${texts.length} messages; ${REGEXP_MODE}) ==`);
  console.log(
    `cost per message (uncached, fastest of 5): p50=${q(cost, 0.5)} ms p99=${q(cost, 0.99)} ms max=${q(cost, 1)} ms`,
  );
  console.log(
    `with 4 cached history turns:               p50=${q(convo, 0.5)} ms p99=${q(convo, 0.99)} ms max=${q(convo, 1)} ms`,
  );
  console.log(
    `wall clock, every run (includes preemption): p50=${q(wall, 0.5)} ms p99=${q(wall, 0.99)} ms max=${q(wall, 1)} ms`,
  );
}

/**
 * The slowest a long message can make each detector: repeated fragments that each start a match
 * (the server accepts up to 8,000 characters by default). Unit tests only check that these finish.
 */
function longInputs(): void {
  const fragments = [
    '我最近很难受，不知道该怎么办，',
    'I feel so tired of everything and ',
    '电话138 1234 5678 邮箱a.b@c.com ',
    '文三路90号，',
    '名片：张三｜',
    'how many pills of ',
    'd i e ',
    '💊🔪 ',
    '我不想活了哈哈哈 ',
    'what which how much ',
    '哪种哪个多少片',
  ];
  const texts = fragments.map((f) => f.repeat(Math.ceil(8000 / f.length)).slice(0, 8000));
  const worst = (fn: (t: string) => unknown): string => {
    let max = 0;
    for (const t of texts) {
      fn(t); // warm
      // Fastest of three runs: the detector's cost, not a garbage-collection pause that lands in it.
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        fn(t);
        best = Math.min(best, performance.now() - t0);
      }
      max = Math.max(max, best);
    }
    return max.toFixed(1);
  };
  clearRiskCache();
  console.log(
    `\n== Long inputs (8,000 characters, ${texts.length} adversarial patterns; slowest pattern, fastest of 3 warm runs; ${REGEXP_MODE}) ==`,
  );
  console.log(
    `crisis assessTurn ${worst((t) => (clearRiskCache(), assessTurn(t)))} ms | PII findPii ${worst(findPii)} ms | harmful detectHarmfulRequest ${worst(detectHarmfulRequest)} ms | method asks detectMethodAsk ${worst((t) => detectMethodAsk(t, true))} ms`,
  );
}

// ---------- second annotator ----------
/**
 * Label quality: a second annotator, blind to the first labels and to every prediction, labelled the
 * test lines again (`*-annotator2.test.jsonl`, same order). Printed as agreement and as the figures
 * the second annotator would score if it were a detector, which is the ceiling label noise leaves.
 */
function annotatorFigures(): void {
  const gold = path.join(DATA, 'crisis.test.jsonl');
  const second = path.join(DATA, 'crisis-annotator2.test.jsonl');
  if (!fs.existsSync(gold) || !fs.existsSync(second)) return;
  const a = readJsonl<CrisisRow>(gold);
  const b = readJsonl<CrisisRow>(second);
  if (a.length !== b.length || a.some((row, i) => row.text !== b[i]!.text)) {
    console.log('\n== Second annotator: files out of step, skipped ==');
    return;
  }
  const levels: RiskLevel[] = ['none', 'low', 'high', 'imminent'];
  const high = (l: RiskLevel) => l === 'high' || l === 'imminent';
  let same = 0;
  let goldHigh = 0;
  let bothHigh = 0;
  let secondHigh = 0;
  let goldLow = 0;
  let lowFlagged = 0;
  let goldNone = 0;
  let noneFlagged = 0;
  const countA = new Map<RiskLevel, number>();
  const countB = new Map<RiskLevel, number>();
  a.forEach((row, i) => {
    const x = row.level;
    const y = b[i]!.level;
    if (x === y) same++;
    countA.set(x, (countA.get(x) ?? 0) + 1);
    countB.set(y, (countB.get(y) ?? 0) + 1);
    if (high(x)) goldHigh++;
    if (high(y)) secondHigh++;
    if (high(x) && high(y)) bothHigh++;
    if (x === 'low') {
      goldLow++;
      if (y !== 'none') lowFlagged++;
    }
    if (x === 'none') {
      goldNone++;
      if (y !== 'none') noneFlagged++;
    }
  });
  const n = a.length;
  const chance = levels.reduce((sum, l) => sum + ((countA.get(l) ?? 0) / n) * ((countB.get(l) ?? 0) / n), 0);
  const kappa = (same / n - chance) / (1 - chance);
  console.log(`\n== Second annotator (crisis test, n=${n}; blind to the labels and to every prediction) ==`);
  console.log(`exact agreement ${f(same / n)} | Cohen's kappa ${f(kappa)}`);
  console.log(
    `as a detector: high+imminent R=${f(bothHigh / goldHigh)} P=${f(bothHigh / secondHigh)} | low flagged R=${f(lowFlagged / goldLow)} | false alarms on none=${f(noneFlagged / goldNone)}`,
  );
  const hGold = path.join(DATA, 'harmful.test.jsonl');
  const hSecond = path.join(DATA, 'harmful-annotator2.test.jsonl');
  if (fs.existsSync(hGold) && fs.existsSync(hSecond)) {
    const ha = readJsonl<HarmRow>(hGold);
    const hb = readJsonl<HarmRow>(hSecond);
    if (ha.length === hb.length && ha.every((row, i) => row.text === hb[i]!.text)) {
      const agree = ha.filter((row, i) => row.label === hb[i]!.label).length;
      console.log(`requests (test, n=${ha.length}): refuse/answer agreement ${agree}/${ha.length}`);
    }
  }
}

for (const split of SPLITS) crisisFigures(split);
for (const split of SPLITS) piiFigures(split);
for (const split of SPLITS) await harmfulFigures(split);
if (SPLITS.includes('test')) annotatorFigures();
if (!OWN_ONLY) {
  sosFigures();
  redditFigures();
}
latency();
longInputs();
