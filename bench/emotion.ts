/**
 * Emotion classifier benchmark (prints figures; not a test):
 *   node --import tsx bench/emotion.ts [--data ../shared/datasets]
 * GoEmotions test macro-F1 (28 / Ekman / sentiment) and per-label F1, the Chinese test splits'
 * macro-F1, messages per second on one core (this process is single-threaded) and model size.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateMultiLabel, evaluateSingleLabel } from '../src/emotion/classifier/evaluate.ts';
import { DEFAULT_MODEL_PATH, EmotionModel } from '../src/emotion/classifier/model.ts';
import { OCEMOTION_MAPPING, SMP2020_MAPPING } from '../src/emotion/taxonomy.ts';
import { readGoEmotions, readOcemotion, readSmp2020Test } from '../src/emotion/train/datasets.ts';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/datasets' } } });
const root = path.resolve(values.data!);
const t0 = performance.now();
const model = EmotionModel.load();
const loadMs = performance.now() - t0;
const test = readGoEmotions(root, 'test');

const go = evaluateMultiLabel(model, test);
console.log(
  `model ${model.id}: ${(fs.statSync(DEFAULT_MODEL_PATH).size / 1e6).toFixed(2)} MB on disk, loaded in ${loadMs.toFixed(0)} ms`,
);
console.log(
  `GoEmotions test (${go.examples}): macro-F1 ${go.macroF1.toFixed(4)} | Ekman ${go.ekman.macroF1.toFixed(4)} | sentiment ${go.sentiment.macroF1.toFixed(4)} | micro-F1 ${go.microF1.toFixed(4)}`,
);
console.log('  anchors (BERT-base, GoEmotions paper): 0.46 / 0.64 / 0.69');
console.log(
  `  per-label F1: ${Object.entries(go.perLabel)
    .map(([l, p]) => `${l} ${p.f1.toFixed(2)}`)
    .join(', ')}`,
);

const smpClasses = Object.values(SMP2020_MAPPING.map);
for (const domain of ['usual', 'virus'] as const) {
  const r = evaluateSingleLabel(model, readSmp2020Test(root, domain), smpClasses);
  console.log(
    `SMP2020-EWECT ${domain}_test (${r.examples}): macro-F1 ${r.macroF1.toFixed(4)}, accuracy ${r.accuracy.toFixed(4)}`,
  );
}
const oce = evaluateSingleLabel(model, readOcemotion(root, 'test'), Object.values(OCEMOTION_MAPPING.map));
console.log(
  `OCEMOTION (CLUE test minus Tianchi overlap, ${oce.examples}): macro-F1 ${oce.macroF1.toFixed(4)}, accuracy ${oce.accuracy.toFixed(4)}`,
);

// Speed on one thread, after a warm-up, for the three ways the model is called: probabilities only
// (score), the CLI's `--jsonl` line (predict, all 28 labels + thresholds) and the analyser's
// reading (predict top-5 with evidence words). Per CPU-second as well: on a shared machine wall
// time includes waiting for a core.
const texts = test.map((e) => e.text);
function speed(name: string, fn: (t: string) => unknown, seconds = 3): void {
  for (const t of texts.slice(0, 2000)) fn(t);
  let n = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    for (const t of texts) fn(t);
    n += texts.length;
  }
  const secs = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  console.log(
    `speed ${name}: ${Math.round(n / secs).toLocaleString('en')} messages/s wall, ${Math.round(n / cpuSecs).toLocaleString('en')} messages per CPU-second (${n} messages)`,
  );
}
speed('score (probabilities only)', (t) => model.score(t));
speed('predict, 28 labels (the --jsonl line)', (t) => model.predict(t, { topK: 28 }));
speed('predict top-5 with evidence (analyser)', (t) => model.predict(t, { explain: true }));
