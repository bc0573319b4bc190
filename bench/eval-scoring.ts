/**
 * Scoring throughput: BLEU-4 (sacrebleu zh) + ROUGE-L (rouge_score, zh tokens) + Distinct-1/2 over
 * synthetic Chinese reply pairs. Prints figures; never part of the test run.
 * Usage: node --import tsx bench/eval-scoring.ts [pairs=100000]
 */
import { scoreBleu, scoreDistinct, scoreRouge } from '../src/eval/score.ts';

const N = Number(process.argv[2] ?? 100_000);
const PHRASES = [
  '我能理解你现在的感受',
  '失眠确实让人很痛苦',
  '听起来你最近压力很大',
  '愿意多说说发生了什么吗',
  '谢谢你愿意告诉我这些',
  '我们可以一起想想办法',
  '这种情绪是可以理解的',
  '你已经做得很好了',
  '可以试试睡前放松练习',
  '如果感到危险请联系专业人士',
];
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const sentence = () =>
  Array.from({ length: 2 + Math.floor(rand() * 4) }, () => PHRASES[Math.floor(rand() * PHRASES.length)]).join(
    '，',
  ) + '。';
const hyps: string[] = [];
const refs: string[] = [];
for (let i = 0; i < N; i++) {
  hyps.push(sentence());
  refs.push(sentence());
}
const avgChars = hyps.reduce((a, h) => a + h.length, 0) / N;
const mem0 = process.memoryUsage().rss;
const time = <T>(label: string, f: () => T): T => {
  const t0 = performance.now();
  const r = f();
  const s = (performance.now() - t0) / 1000;
  console.log(`${label.padEnd(28)} ${s.toFixed(2)} s  ${Math.round(N / s).toLocaleString('en')} pairs/s`);
  return r;
};
console.log(`pairs: ${N.toLocaleString('en')}, avg hypothesis length ${avgChars.toFixed(1)} chars`);
const b = time('BLEU-4 (sacrebleu, zh)', () => scoreBleu(hyps, [refs], { tokenize: 'zh' }));
const r = time('ROUGE-1/2/L (zh tokens)', () => scoreRouge(hyps, [refs], { tokenize: 'zh' }));
const d = time('Distinct-1/2 (zh)', () => scoreDistinct(hyps, { tokenize: 'zh' }));
console.log(
  `BLEU-4 ${b.bleu.toFixed(2)}  ROUGE-L F ${(r.rougeL.fmeasure * 100).toFixed(2)}  Distinct-2 ${d['distinct-2'].toFixed(4)}`,
);
console.log(
  `RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB (start ${(mem0 / 2 ** 20).toFixed(0)} MiB, heap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB), peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
);
