import type { CorpusReader } from './types.ts';
import { psydtReader, soulchatReader } from './messages.ts';
import { cpsycounReader, emollmReader, psyqaReader, smileReader } from './counselling.ts';
import { empatheticReader } from './empathetic.ts';
import { goemotionsReader, ocemotionReader, redditCssrsReader, smp2020Reader, sos1kReader } from './classification.ts';
import { csvReader, jsonReader, tsvReader } from './generic.ts';
import { nativeReader } from './native.ts';

export type { CorpusReader, FieldMap, ReaderOptions } from './types.ts';
export { parseFieldMap, recordToConversation } from './generic.ts';
export { parseSoulChatTranscript } from './messages.ts';
export { parseCpsyTranscript } from './counselling.ts';
export { unescapeEd } from './empathetic.ts';

export const READERS: readonly CorpusReader[] = [
  soulchatReader,
  psydtReader,
  smileReader,
  cpsycounReader,
  emollmReader,
  psyqaReader,
  empatheticReader,
  goemotionsReader,
  smp2020Reader,
  ocemotionReader,
  sos1kReader,
  redditCssrsReader,
  jsonReader,
  csvReader,
  tsvReader,
  nativeReader,
];

export function findReader(name: string): CorpusReader | undefined {
  const n = name.trim().toLowerCase();
  return READERS.find((r) => r.name === n || (r.aliases ?? []).includes(n));
}
