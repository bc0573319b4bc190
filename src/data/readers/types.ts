import type { Conversation, ReadContext } from '../types.ts';

/** Field mapping for the generic readers (dotted paths into each record / column names). */
export interface FieldMap {
  id?: string;
  /** Single text (classification corpora or single user turns). */
  text?: string;
  label?: string;
  /** A `messages`-style array of {role, content}. */
  messages?: string;
  roleKey?: string;
  contentKey?: string;
  /** Prompt/response pairs. */
  user?: string;
  assistant?: string;
  system?: string;
  topic?: string;
  audio?: string;
  image?: string;
  video?: string;
}

export interface ReaderOptions {
  fieldMap?: FieldMap;
  /** Licence to record for generic inputs. */
  licence?: string;
  /** Source name to record for generic inputs. */
  source?: string;
}

export interface CorpusReader {
  name: string;
  aliases?: string[];
  title: string;
  licence: string;
  /** What `--in` should point at. */
  input: string;
  read(input: string, ctx: ReadContext, options: ReaderOptions): AsyncIterable<Conversation>;
  /**
   * The same conversations in synchronous batches (one per chunk of input), for high-throughput
   * consumers: one promise per batch instead of per record. Each batch must be iterated to the end
   * (or the whole read abandoned) before the next one is requested, because batches are lazy.
   * Readers without it are batched one record at a time by `readInBatches`.
   */
  readBatches?(input: string, ctx: ReadContext, options: ReaderOptions): AsyncIterable<Iterable<Conversation>>;
}
