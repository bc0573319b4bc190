import type { Conversation, MediaKind, Turn } from '../types.ts';
import { toTrainingExample } from './prepare.ts';

/** One output format. `format` returns the JSON record, or a reason the conversation cannot be written. */
export interface OutputFormat {
  name: string;
  aliases?: string[];
  title: string;
  /** LLaMA-Factory `dataset_info.json` entry for a file of this format, where the trainer is LLaMA-Factory. */
  datasetInfo?: (fileName: string) => Record<string, unknown>;
  format(conv: Conversation): Record<string, unknown> | string;
}

function hasMedia(turns: Turn[]): boolean {
  for (const t of turns) if (t.media !== undefined && t.media.length > 0) return true;
  return false;
}

const PLACEHOLDER: Record<MediaKind, string> = { audio: '<audio>', image: '<image>', video: '<video>' };
const LITERAL_TAG = /<(audio|image|video)>/;

interface MediaLists {
  audios: string[];
  images: string[];
  videos: string[];
}

/**
 * Content with media placeholders in front, in the turn's media order; paths are collected in the
 * same order so the number of tags equals the number of files (LLaMA-Factory and ms-swift check it).
 */
function withPlaceholders(turn: Turn, lists: MediaLists): string | { error: string } {
  if (LITERAL_TAG.test(turn.content)) return { error: 'text contains a literal <audio>/<image>/<video> tag' };
  let prefix = '';
  for (const m of turn.media ?? []) {
    prefix += PLACEHOLDER[m.kind];
    (m.kind === 'audio' ? lists.audios : m.kind === 'image' ? lists.images : lists.videos).push(m.path);
  }
  return prefix + turn.content;
}

function messagesWithMedia(conv: Conversation): { messages: Array<{ role: string; content: string }>; lists: MediaLists } | string {
  const ex = toTrainingExample(conv);
  if (typeof ex === 'string') return ex;
  const lists: MediaLists = { audios: [], images: [], videos: [] };
  const messages: Array<{ role: string; content: string }> = [];
  if (ex.system !== undefined) messages.push({ role: 'system', content: ex.system });
  for (const t of ex.turns) {
    const content = withPlaceholders(t, lists);
    if (typeof content !== 'string') return content.error;
    messages.push({ role: t.role, content });
  }
  return { messages, lists };
}

export const sharegptFormat: OutputFormat = {
  name: 'sharegpt',
  title: 'ShareGPT as LLaMA-Factory reads it: {conversations: [{from: human|gpt, value}], system?}',
  datasetInfo: (fileName) => ({
    file_name: fileName,
    formatting: 'sharegpt',
    columns: { messages: 'conversations', system: 'system' },
    tags: { role_tag: 'from', content_tag: 'value', user_tag: 'human', assistant_tag: 'gpt' },
  }),
  format(conv) {
    const ex = toTrainingExample(conv);
    if (typeof ex === 'string') return ex;
    if (hasMedia(ex.turns)) return 'media attachments need --to qwen-omni or swift';
    const out: Record<string, unknown> = {
      conversations: ex.turns.map((t) => ({ from: t.role === 'user' ? 'human' : 'gpt', value: t.content })),
    };
    if (ex.system !== undefined) out.system = ex.system;
    return out;
  },
};

export const alpacaFormat: OutputFormat = {
  name: 'alpaca',
  title: 'Alpaca as LLaMA-Factory reads it: {instruction, input, output, system?, history: [[user, assistant], …]}',
  datasetInfo: (fileName) => ({
    file_name: fileName,
    columns: { prompt: 'instruction', query: 'input', response: 'output', system: 'system', history: 'history' },
  }),
  format(conv) {
    const ex = toTrainingExample(conv);
    if (typeof ex === 'string') return ex;
    if (hasMedia(ex.turns)) return 'media attachments need --to qwen-omni or swift';
    const pairs: Array<[string, string]> = [];
    for (let i = 0; i + 1 < ex.turns.length; i += 2) pairs.push([ex.turns[i]?.content ?? '', ex.turns[i + 1]?.content ?? '']);
    const last = pairs.pop() as [string, string];
    const out: Record<string, unknown> = { instruction: last[0], input: '', output: last[1] };
    if (ex.system !== undefined) out.system = ex.system;
    out.history = pairs;
    return out;
  },
};

export const openaiFormat: OutputFormat = {
  name: 'openai',
  aliases: ['messages', 'chatml'],
  title: 'OpenAI chat fine-tuning JSONL: {messages: [{role: system|user|assistant, content}]}',
  format(conv) {
    const ex = toTrainingExample(conv);
    if (typeof ex === 'string') return ex;
    if (hasMedia(ex.turns)) return 'media attachments need --to qwen-omni or swift';
    const messages = ex.turns.map((t) => ({ role: t.role, content: t.content }));
    return { messages: ex.system !== undefined ? [{ role: 'system', content: ex.system }, ...messages] : messages };
  },
};

export const swiftFormat: OutputFormat = {
  name: 'swift',
  aliases: ['ms-swift'],
  title: 'ms-swift messages JSONL: {messages, audios?, images?, videos?} with <audio>/<image>/<video> tags',
  format(conv) {
    const r = messagesWithMedia(conv);
    if (typeof r === 'string') return r;
    const out: Record<string, unknown> = { messages: r.messages };
    if (r.lists.audios.length) out.audios = r.lists.audios;
    if (r.lists.images.length) out.images = r.lists.images;
    if (r.lists.videos.length) out.videos = r.lists.videos;
    return out;
  },
};

export const qwenOmniFormat: OutputFormat = {
  name: 'qwen-omni',
  aliases: ['llamafactory-mm', 'qwen2.5-omni'],
  title: 'Qwen2.5-Omni multimodal conversations for LLaMA-Factory (template qwen2_omni): {messages, audios, images, videos}',
  datasetInfo: (fileName) => ({
    file_name: fileName,
    formatting: 'sharegpt',
    columns: { messages: 'messages', audios: 'audios', images: 'images', videos: 'videos' },
    tags: { role_tag: 'role', content_tag: 'content', user_tag: 'user', assistant_tag: 'assistant', system_tag: 'system' },
  }),
  format(conv) {
    const r = messagesWithMedia(conv);
    if (typeof r === 'string') return r;
    // Every record carries all three lists (possibly empty) so the columns named in dataset_info exist.
    return { messages: r.messages, audios: r.lists.audios, images: r.lists.images, videos: r.lists.videos };
  },
};

/** CareLLM's own lossless JSONL (the Conversation objects), for piping between commands. */
export const carellmFormat: OutputFormat = {
  name: 'carellm',
  aliases: ['native'],
  title: 'CareLLM conversation JSONL (lossless: provenance, turns, labels, tags); readable with --from carellm',
  format: (conv) => conv as unknown as Record<string, unknown>,
};

export const FORMATS: readonly OutputFormat[] = [
  sharegptFormat,
  alpacaFormat,
  openaiFormat,
  swiftFormat,
  qwenOmniFormat,
  carellmFormat,
];

export function findFormat(name: string): OutputFormat | undefined {
  const n = name.trim().toLowerCase();
  return FORMATS.find((f) => f.name === n || (f.aliases ?? []).includes(n));
}
