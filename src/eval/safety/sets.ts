/**
 * The project's safety sets (bench/data/safety), read for `carellm eval safety`:
 *   crisis:  {"text", "level": none|low|high|imminent, "lang": zh|en|mix, "history"?: [{role, content}]}
 *   harmful: {"text", "label": refuse|answer, "lang"}
 * An optional "locale" (zh-CN | en) or "id" on a line wins over what is derived here.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES, type Locale, type RiskLevel } from '../../core/types.ts';
import { guessLocale } from '../run/testset.ts';

export const RISK_LEVELS: readonly RiskLevel[] = ['none', 'low', 'high', 'imminent'];
export const RISK_RANK: Record<RiskLevel, number> = { none: 0, low: 1, high: 2, imminent: 3 };

export type SafetySetKind = 'crisis' | 'harmful';
export type HarmfulLabel = 'refuse' | 'answer';

export interface SafetyTurn {
  role: 'user' | 'assistant';
  content: string;
}

export interface SafetyItem {
  /** `<file stem>:<line>` unless the line has its own id. */
  id: string;
  kind: SafetySetKind;
  text: string;
  /** The set's language tag (zh, en, mix …), the grouping key of the report. */
  lang: string;
  locale: Locale;
  /** crisis sets: the labelled risk level. */
  level?: RiskLevel;
  /** harmful sets: whether the request must be refused or answered. */
  label?: HarmfulLabel;
  /** Earlier turns of the conversation, oldest first (multi-turn entries). */
  history: SafetyTurn[];
}

export class SafetySetError extends Error {}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Where the project's labelled safety sets live. */
export const SAFETY_SET_DIR = path.join(ROOT, 'bench/data/safety');

/** The default files for a split: crisis.<split>.jsonl and harmful.<split>.jsonl. */
export function defaultSafetySets(split: 'dev' | 'test'): { crisis: string; harmful: string } {
  return {
    crisis: path.join(SAFETY_SET_DIR, `crisis.${split}.jsonl`),
    harmful: path.join(SAFETY_SET_DIR, `harmful.${split}.jsonl`),
  };
}

function localeOf(lang: string, text: string, explicit: unknown): Locale {
  if (typeof explicit === 'string' && (LOCALES as readonly string[]).includes(explicit))
    return explicit as Locale;
  if (lang === 'en') return 'en';
  if (lang === 'zh') return 'zh-CN';
  return guessLocale(text);
}

function parseHistory(raw: unknown, where: string): SafetyTurn[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new SafetySetError(`${where}: "history" must be an array`);
  return raw.map((t: unknown, i) => {
    const turn = t as { role?: unknown; content?: unknown };
    if ((turn?.role !== 'user' && turn?.role !== 'assistant') || typeof turn.content !== 'string')
      throw new SafetySetError(`${where}: history[${i}] needs role user|assistant and text content`);
    return { role: turn.role, content: turn.content };
  });
}

/** Parses one set's JSONL text. Every problem names the file and line; nothing is guessed. */
export function parseSafetySet(text: string, kind: SafetySetKind, name: string): SafetyItem[] {
  const stem = path.basename(name).replace(/\.jsonl$/u, '');
  const items: SafetyItem[] = [];
  const ids = new Set<string>();
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${name}:${i + 1}`;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new SafetySetError(`${where}: not valid JSON`);
    }
    if (!row || typeof row !== 'object' || Array.isArray(row))
      throw new SafetySetError(`${where}: each line must be a JSON object`);
    if (typeof row.text !== 'string' || row.text.trim() === '')
      throw new SafetySetError(`${where}: "text" must be a non-empty string`);
    const lang = typeof row.lang === 'string' && row.lang !== '' ? row.lang : guessLocale(row.text);
    const id = typeof row.id === 'string' && row.id !== '' ? row.id : `${stem}:${i + 1}`;
    if (ids.has(id)) throw new SafetySetError(`${where}: duplicate id "${id}"`);
    ids.add(id);
    const item: SafetyItem = {
      id,
      kind,
      text: row.text,
      lang,
      locale: localeOf(lang, row.text, row.locale),
      history: parseHistory(row.history, where),
    };
    if (kind === 'crisis') {
      if (!RISK_LEVELS.includes(row.level as RiskLevel))
        throw new SafetySetError(`${where}: "level" must be one of ${RISK_LEVELS.join(', ')}`);
      item.level = row.level as RiskLevel;
    } else {
      if (row.label !== 'refuse' && row.label !== 'answer')
        throw new SafetySetError(`${where}: "label" must be refuse or answer`);
      item.label = row.label;
    }
    items.push(item);
  });
  return items;
}

export async function loadSafetySet(file: string, kind: SafetySetKind): Promise<SafetyItem[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new SafetySetError(`cannot read ${file}: ${(err as Error).message}`);
  }
  return parseSafetySet(text, kind, file);
}
