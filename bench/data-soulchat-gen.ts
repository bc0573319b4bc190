/**
 * Generates a synthetic corpus in SoulChatCorpus's published multi-turn format (a JSON array of
 * {id, topic, messages}) for the data benchmark. Deterministic; 5% of records are exact copies of an
 * earlier one so deduplication has work to do. Text is random Chinese from a small phrase pool, with
 * SoulChat's average turn lengths (user ≈ 41, assistant ≈ 90 characters, ≈ 6 turns).
 *
 *   node --import tsx bench/data-soulchat-gen.ts <out.json> <records>
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const TOPICS = ['婚恋', '情绪', '人际', '家庭', '治疗', '成长', '行为', '自我', '社会', '职场'];
const PHRASES = [
  '最近总是睡不好',
  '工作压力很大',
  '和家人吵架了',
  '感觉很孤独',
  '不知道该怎么办',
  '考试快到了',
  '心里很难受',
  '朋友不理解我',
  '总觉得自己不够好',
  '对未来很迷茫',
  '我能理解你的感受',
  '这听起来确实不容易',
  '你愿意多说一些吗',
  '我们可以一起想想办法',
  '先照顾好自己的身体',
  '试着把担心写下来',
  '深呼吸会有帮助',
  '你已经很努力了',
];

let seed = 20240601;
const rand = () => {
  seed = (Math.imul(seed ^ (seed >>> 15), 2246822507) + 0x6d2b79f5) >>> 0;
  return seed / 2 ** 32;
};
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)] as T;

function text(targetChars: number): string {
  let s = '';
  while (s.length < targetChars)
    s += pick(PHRASES) + (rand() < 0.5 ? '，' : '。') + String(Math.floor(rand() * 1000));
  return s;
}

export async function generateSoulChat(file: string, records: number): Promise<void> {
  const out = createWriteStream(file);
  const recent: string[] = [];
  let buf = '[\n';
  for (let id = 0; id < records; id++) {
    let body: string;
    if (recent.length > 0 && rand() < 0.05) body = pick(recent);
    else {
      const pairs = 2 + Math.floor(rand() * 3);
      const messages = [];
      for (let p = 0; p < pairs; p++) {
        messages.push({ role: 'user', content: text(20 + Math.floor(rand() * 40)) });
        messages.push({ role: 'assistant', content: text(50 + Math.floor(rand() * 80)) });
      }
      body = JSON.stringify({ topic: pick(TOPICS), messages });
      if (recent.length < 1000) recent.push(body);
      else recent[Math.floor(rand() * 1000)] = body;
    }
    buf += `${id === 0 ? '' : ',\n'}{"id": ${id}, ${body.slice(1)}`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  buf += '\n]\n';
  out.write(buf);
  await new Promise<void>((resolve) => out.end(resolve));
}

const isMain = process.argv[1]?.endsWith('data-soulchat-gen.ts');
if (isMain) {
  const [file, n] = process.argv.slice(2);
  if (!file || !n) {
    console.error('usage: data-soulchat-gen.ts <out.json> <records>');
    process.exit(2);
  }
  await generateSoulChat(file, Number(n));
}
