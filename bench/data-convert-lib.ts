/**
 * The data toolkit without the CLI around it, for bench/data-convert.ts: the same conversion as
 * `carellm data convert --from soulchat --to sharegpt --clean dedup`, through `runConvert`, so the
 * figures show what the toolkit costs apart from the CLI's start-up (which loads every command).
 *
 *   node --import tsx bench/data-convert-lib.ts <in.json> <out.jsonl>
 */
import { runConvert } from '../src/data/index.ts';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: data-convert-lib.ts <in.json> <out.jsonl>');
  process.exit(2);
}
const summary = await runConvert({
  from: 'soulchat',
  to: 'sharegpt',
  input,
  output,
  clean: { steps: ['dedup'] },
});
console.log(JSON.stringify(summary));
