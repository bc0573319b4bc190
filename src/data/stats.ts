import type { Conversation } from './types.ts';
import { Fingerprint64Set } from './clean/hashset.ts';
import { detectLanguage } from './clean/language.ts';
import { conversationFingerprint } from './clean/cleaner.ts';

/** Counts gathered in one streaming pass; memory is flat apart from the duplicate fingerprints. */
export interface DatasetStats {
  records: number;
  turns: number;
  userTurns: number;
  assistantTurns: number;
  tasks: Record<string, number>;
  sources: Record<string, number>;
  licences: Record<string, number>;
  languages: Record<string, number>;
  topics: Record<string, number>;
  labels: Record<string, number>;
  /** Turns per conversation → number of conversations. */
  turnsHistogram: Record<string, number>;
  /** Characters per conversation, in buckets (lower bound → count). */
  charsHistogram: Record<string, number>;
  chars: { total: number; meanPerRecord: number; meanUserTurn: number; meanAssistantTurn: number; max: number };
  duplicates: { exact: number };
  tags: Record<string, number>;
  emotions?: { analyser: string; sampled: number; distribution: Record<string, number> };
  pii?: { recordsWithPii: number; spans: number };
}

const CHAR_BUCKETS = [0, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000];

function bucketOf(n: number): string {
  let b = 0;
  for (const x of CHAR_BUCKETS) if (n >= x) b = x;
  return String(b);
}

const inc = (m: Record<string, number>, k: string, by = 1) => {
  m[k] = (m[k] ?? 0) + by;
};

export type EmotionFn = (text: string) => Promise<string[]> | string[];

export class StatsCollector {
  private readonly s: DatasetStats = {
    records: 0,
    turns: 0,
    userTurns: 0,
    assistantTurns: 0,
    tasks: {},
    sources: {},
    licences: {},
    languages: {},
    topics: {},
    labels: {},
    turnsHistogram: {},
    charsHistogram: {},
    chars: { total: 0, meanPerRecord: 0, meanUserTurn: 0, meanAssistantTurn: 0, max: 0 },
    duplicates: { exact: 0 },
    tags: {},
  };
  private userChars = 0;
  private assistantChars = 0;
  private readonly seen = new Fingerprint64Set();

  constructor(
    private readonly emotion?: { fn: EmotionFn; analyser: string; sample: number },
  ) {
    if (emotion) this.s.emotions = { analyser: emotion.analyser, sampled: 0, distribution: {} };
  }

  async add(conv: Conversation): Promise<void> {
    const s = this.s;
    s.records++;
    s.turns += conv.turns.length;
    inc(s.tasks, conv.task);
    inc(s.sources, conv.provenance.source);
    inc(s.licences, conv.provenance.licence);
    inc(s.turnsHistogram, String(conv.turns.length));
    if (conv.topic) inc(s.topics, conv.topic);
    for (const l of conv.labels ?? []) inc(s.labels, l);
    for (const t of conv.tags ?? []) if (!t.startsWith('lang:')) inc(s.tags, t);
    let chars = 0;
    let text = '';
    for (const t of conv.turns) {
      chars += t.content.length;
      if (t.role === 'user') {
        s.userTurns++;
        this.userChars += t.content.length;
      } else if (t.role === 'assistant') {
        s.assistantTurns++;
        this.assistantChars += t.content.length;
      }
      if (text.length < 2000) text += t.content + '\n';
    }
    s.chars.total += chars;
    if (chars > s.chars.max) s.chars.max = chars;
    inc(s.charsHistogram, bucketOf(chars));
    inc(s.languages, detectLanguage(text));
    const [hi, lo] = conversationFingerprint(conv);
    if (!this.seen.add(hi, lo)) s.duplicates.exact++;
    if (this.emotion && s.emotions && s.emotions.sampled < this.emotion.sample) {
      const firstUser = conv.turns.find((t) => t.role === 'user');
      if (firstUser) {
        s.emotions.sampled++;
        for (const e of await this.emotion.fn(firstUser.content)) inc(s.emotions.distribution, e);
      }
    }
  }

  /** Merges PII counts from a cleaning report, when a PII step ran. */
  setPii(pii: { recordsWithPii: number; spans: number }): void {
    this.s.pii = pii;
  }

  result(): DatasetStats {
    const s = this.s;
    s.chars.meanPerRecord = s.records ? round(s.chars.total / s.records) : 0;
    s.chars.meanUserTurn = s.userTurns ? round(this.userChars / s.userTurns) : 0;
    s.chars.meanAssistantTurn = s.assistantTurns ? round(this.assistantChars / s.assistantTurns) : 0;
    return JSON.parse(JSON.stringify(s)) as DatasetStats;
  }
}

const round = (x: number) => Math.round(x * 10) / 10;

/** A few lines for the terminal. */
export function formatStatsSummary(s: DatasetStats): string {
  const top = (m: Record<string, number>, n = 8) =>
    Object.entries(m)
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || '—';
  return [
    `records ${s.records} · turns ${s.turns} (user ${s.userTurns}, assistant ${s.assistantTurns}) · exact duplicates ${s.duplicates.exact}`,
    `chars: mean/record ${s.chars.meanPerRecord}, mean user turn ${s.chars.meanUserTurn}, mean assistant turn ${s.chars.meanAssistantTurn}, max ${s.chars.max}`,
    `languages: ${top(s.languages)}`,
    `tasks: ${top(s.tasks)} · sources: ${top(s.sources)}`,
    `topics: ${top(s.topics)}`,
    `labels: ${top(s.labels, 12)}`,
    ...(Object.keys(s.tags).length ? [`tags: ${top(s.tags)}`] : []),
    ...(s.emotions ? [`emotions (${s.emotions.analyser}, ${s.emotions.sampled} sampled): ${top(s.emotions.distribution)}`] : []),
    ...(s.pii ? [`PII: ${s.pii.recordsWithPii} records, ${s.pii.spans} spans`] : []),
  ].join('\n');
}

/** The project's emotion classifier, when src/emotion exports one; undefined otherwise. */
export async function loadEmotionClassifier(): Promise<{ fn: EmotionFn; analyser: string } | undefined> {
  try {
    const specifier = '../emotion/index.ts';
    const mod = (await import(specifier)) as Record<string, unknown>;
    // src/emotion: defaultModel() loads the committed classifier, readText(model, text) gives a reading.
    if (typeof mod.defaultModel === 'function' && typeof mod.readText === 'function') {
      const model: unknown = (mod.defaultModel as () => unknown)();
      const readText = mod.readText as (m: unknown, t: string) => { reading?: { predicted?: unknown } };
      return {
        analyser: 'src/emotion (defaultModel)',
        fn: (text) => {
          const predicted = readText(model, text).reading?.predicted;
          return Array.isArray(predicted) ? predicted.filter((x): x is string => typeof x === 'string') : [];
        },
      };
    }
    return undefined;
  } catch {
    return undefined;
  }
}
