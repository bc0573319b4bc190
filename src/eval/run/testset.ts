/**
 * Test sets for `carellm eval run`. Built-in: JSON / JSONL records in one of these shapes
 *   {id?, messages:[{role, content}], locale?}            last assistant message = reference
 *   {id?, conversations:[{from, value}]}                  ShareGPT, same rule
 *   {id?, prompt|question|input|instruction, reference|response|output|answer?, locale?}
 * Any corpus the data toolkit reads (`--reader soulchat`, `cpsycoun` …) also works through
 * src/data's readers. `turns: 'all'` makes one item per assistant turn with the gold history
 * (CPsyCoun's turn-based evaluation); `last` (default) uses only the final assistant turn.
 */
import { readFile } from 'node:fs/promises';
import { findReader, type Conversation } from '../../data/index.ts';
import type { Locale } from '../../core/types.ts';

export interface TestMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface TestItem {
  id: string;
  messages: TestMessage[];
  reference?: string;
  locale: Locale;
}

export type TurnMode = 'last' | 'all';

export class TestSetError extends Error {}

const CJK = /[\u3400-\u9fff]/;
export const guessLocale = (text: string): Locale => (CJK.test(text) ? 'zh-CN' : 'en');

function normRole(r: unknown): TestMessage['role'] | undefined {
  const v = String(r ?? '').toLowerCase();
  if (['user', 'human', 'client', '来访者', '用户'].includes(v)) return 'user';
  if (['assistant', 'gpt', 'bot', 'counselor', 'counsellor', '咨询师', '医生'].includes(v))
    return 'assistant';
  if (v === 'system') return 'system';
  return undefined;
}

/** Splits a dialogue into test items at assistant turns. */
export function itemsFromDialogue(
  id: string,
  messages: TestMessage[],
  turns: TurnMode,
  locale?: Locale,
): TestItem[] {
  const out: TestItem[] = [];
  const assistantIdx = messages.map((m, i) => (m.role === 'assistant' ? i : -1)).filter((i) => i > 0);
  const pick = turns === 'all' ? assistantIdx : assistantIdx.slice(-1);
  for (const i of pick) {
    const history = messages.slice(0, i);
    if (!history.some((m) => m.role === 'user')) continue;
    const ref = messages[i] as TestMessage;
    out.push({
      id: turns === 'all' ? `${id}#${i}` : id,
      messages: history,
      reference: ref.content,
      locale: locale ?? guessLocale(history.map((m) => m.content).join('')),
    });
  }
  if (pick.length === 0 && messages[messages.length - 1]?.role === 'user') {
    out.push({ id, messages, locale: locale ?? guessLocale(messages.map((m) => m.content).join('')) });
  }
  return out;
}

export function itemsFromRecord(rec: Record<string, unknown>, index: number, turns: TurnMode): TestItem[] {
  const id = rec.id !== undefined ? String(rec.id) : String(index + 1);
  const locale = rec.locale === 'en' || rec.locale === 'zh-CN' ? rec.locale : undefined;
  const list = Array.isArray(rec.messages)
    ? rec.messages
    : Array.isArray(rec.conversations)
      ? rec.conversations
      : undefined;
  if (list) {
    const msgs: TestMessage[] = [];
    if (typeof rec.system === 'string' && rec.system) msgs.push({ role: 'system', content: rec.system });
    for (const m of list as Array<Record<string, unknown>>) {
      const role = normRole(m.role ?? m.from);
      const content = m.content ?? m.value;
      if (!role || typeof content !== 'string')
        throw new TestSetError(`record ${id}: a message lacks a known role or text content`);
      msgs.push({ role, content });
    }
    return itemsFromDialogue(id, msgs, turns, locale);
  }
  const prompt = [rec.prompt, rec.question, rec.input, rec.instruction].find(
    (v) => typeof v === 'string' && v.trim() !== '',
  ) as string | undefined;
  if (prompt === undefined)
    throw new TestSetError(`record ${id}: expected "messages", "conversations" or a "prompt" field`);
  const reference = [rec.reference, rec.response, rec.output, rec.answer].find(
    (v) => typeof v === 'string',
  ) as string | undefined;
  const msgs: TestMessage[] =
    typeof rec.system === 'string' && rec.system ? [{ role: 'system', content: rec.system }] : [];
  msgs.push({ role: 'user', content: prompt });
  return [
    {
      id,
      messages: msgs,
      ...(reference !== undefined ? { reference } : {}),
      locale: locale ?? guessLocale(prompt),
    },
  ];
}

export async function loadTestSet(
  file: string,
  options: { turns?: TurnMode; reader?: string; limit?: number } = {},
): Promise<TestItem[]> {
  const turns = options.turns ?? 'last';
  const items: TestItem[] = [];
  const seen = new Set<string>();
  const add = (xs: TestItem[]) => {
    for (const x of xs) {
      if (seen.has(x.id)) throw new TestSetError(`duplicate test item id "${x.id}"`);
      seen.add(x.id);
      items.push(x);
    }
  };
  const limit = options.limit ?? Infinity;
  if (options.reader) {
    const reader = findReader(options.reader);
    if (!reader) throw new TestSetError(`unknown reader "${options.reader}"`);
    for await (const conv of reader.read(file, { onBad: () => {} }, {})) {
      if (items.length >= limit) break;
      add(fromConversation(conv, turns));
    }
    return items.slice(0, limit);
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new TestSetError(`cannot read test set ${file}`);
  }
  const trimmed = text.trimStart();
  let records: unknown[];
  if (trimmed.startsWith('[')) {
    try {
      records = JSON.parse(trimmed) as unknown[];
    } catch {
      throw new TestSetError(`${file}: not valid JSON`);
    }
  } else {
    records = [];
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        records.push(JSON.parse(line));
      } catch {
        throw new TestSetError(`${file}:${i + 1}: not valid JSON`);
      }
    });
  }
  records.forEach((r, i) => {
    if (items.length >= limit) return;
    if (!r || typeof r !== 'object') throw new TestSetError(`${file}: record ${i + 1} is not an object`);
    add(itemsFromRecord(r as Record<string, unknown>, i, turns));
  });
  if (items.length === 0) throw new TestSetError(`${file}: no usable test items`);
  return items.slice(0, limit);
}

function fromConversation(conv: Conversation, turns: TurnMode): TestItem[] {
  const msgs: TestMessage[] = [];
  if (conv.system) msgs.push({ role: 'system', content: conv.system });
  for (const t of conv.turns) msgs.push({ role: t.role, content: t.content });
  return itemsFromDialogue(conv.provenance.id, msgs, turns);
}
