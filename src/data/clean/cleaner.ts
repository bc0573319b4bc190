import type { RiskLevel } from '../../core/types.ts';
import type { Conversation, Turn } from '../types.ts';
import { Fingerprint64Set, fingerprint, Hash64 } from './hashset.ts';
import { detectLanguage, type LanguageTag } from './language.ts';
import { MinHashLsh } from './minhash.ts';
import { normalizeText, type WidthMode } from './normalize.ts';
import { loadRedactor, loadRiskAssessor, type Redactor, type RiskAssessor } from './safety-adapter.ts';

export const CLEAN_STEPS = ['normalize', 'roles', 'length', 'lang', 'dedup', 'near-dup', 'pii', 'crisis', 'leakage'] as const;
export type CleanStepName = (typeof CLEAN_STEPS)[number];

export function parseCleanSteps(spec: string): CleanStepName[] {
  const steps = spec
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .map((s) => (s === 'neardup' || s === 'near-duplicates' ? 'near-dup' : s === 'exact' ? 'dedup' : s));
  for (const s of steps)
    if (!(CLEAN_STEPS as readonly string[]).includes(s))
      throw new Error(`unknown cleaning step "${s}" (known: ${CLEAN_STEPS.join(', ')})`);
  // Steps always run in the canonical order, whatever order they were given in.
  return CLEAN_STEPS.filter((s) => steps.includes(s));
}

export interface CleanOptions {
  steps: CleanStepName[];
  width?: WidthMode;
  /** `repair` merges same-role runs and drops empty turns; `reject` drops such conversations. */
  roles?: 'repair' | 'reject';
  minTurns?: number;
  maxTurns?: number;
  minChars?: number;
  /** Longest allowed single turn, in characters. */
  maxTurnChars?: number;
  /** Longest allowed conversation, in characters. */
  maxChars?: number;
  /** Longest allowed conversation in estimated tokens (see estimateTokens). */
  maxTokens?: number;
  /** Keep only these languages (empty: keep all, just tag). */
  languages?: LanguageTag[];
  nearDupThreshold?: number;
  crisis?: 'tag' | 'drop' | 'keep';
  /** Lowest risk level that counts as crisis content (default `high`). */
  crisisLevel?: RiskLevel;
  /** Reference (evaluation) sets: conversations that must not leak into the output. */
  leakageSets?: Array<{ name: string; conversations: AsyncIterable<Conversation> | Iterable<Conversation> }>;
  /** Injected implementations (tests, or callers that already hold them). */
  redactor?: Redactor;
  assessor?: RiskAssessor;
}

export interface StepReport {
  checked: number;
  changed: number;
  dropped: number;
  [extra: string]: unknown;
}

export interface CleanReport {
  steps: Partial<Record<CleanStepName, StepReport>>;
  kept: number;
  dropped: number;
  /** First few examples of what each step dropped (ids and reasons) for review. */
  examples: Array<{ step: CleanStepName; id: string; reason: string }>;
}

const RISK_ORDER: Record<RiskLevel, number> = { none: 0, low: 1, high: 2, imminent: 3 };
const MAX_EXAMPLES = 50;

/** Rough token count for length limits: one per Han character, one per 4 other non-space characters. */
export function estimateTokens(text: string): number {
  let han = 0;
  let other = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c >= 0x3400 && c <= 0x9fff) han++;
    else if (c > 0x20) other++;
  }
  return han + Math.ceil(other / 4);
}

/** The text a conversation is compared by (roles included, so a reply never equals a question). */
export function conversationKey(conv: Conversation): string {
  return conv.turns.map((t) => `${t.role}\u0001${t.content}`).join('\u0002');
}

const ROLE_CODE: Record<string, number> = { user: 1, assistant: 2, system: 3 };
const keyHash = new Hash64();

/**
 * 64-bit hash of what `conversationKey` holds (each turn's role and content, in order) without
 * building the key string. Each text is length-prefixed, so turns cannot run together.
 */
export function conversationFingerprint(conv: Conversation): [number, number] {
  const h = keyHash.reset();
  h.word(conv.turns.length);
  for (const t of conv.turns) {
    const code = ROLE_CODE[t.role];
    if (code !== undefined) h.word(code);
    else h.word(0).text(t.role);
    h.text(t.content);
  }
  return h.digest();
}

const allText = (conv: Conversation) => conv.turns.map((t) => t.content).join('\n');

type Outcome = Conversation | { drop: string };

/**
 * Applies the chosen cleaning steps to one conversation at a time, in a fixed order, and counts what
 * each step did. Memory stays flat except for dedup (11–21 bytes per kept record) and near-dup
 * (about 64 bytes of signature plus band entries per kept record).
 */
export class Cleaner {
  readonly report: CleanReport = { steps: {}, kept: 0, dropped: 0, examples: [] };
  private readonly exact = new Fingerprint64Set();
  private readonly lsh: MinHashLsh;
  private readonly leakExact = new Map<string, string>();
  private readonly leakFingerprints = new Fingerprint64Set();
  private readonly leakLsh: MinHashLsh;
  private readonly sync: boolean;

  private constructor(
    private readonly options: CleanOptions,
    private readonly redactor: Redactor | undefined,
    private readonly assessor: RiskAssessor | undefined,
  ) {
    this.lsh = new MinHashLsh({ threshold: options.nearDupThreshold ?? 0.7 });
    this.leakLsh = new MinHashLsh({ threshold: options.nearDupThreshold ?? 0.7 });
    this.sync = !options.steps.some((st) => st === 'pii' || st === 'crisis');
    for (const s of options.steps) this.report.steps[s] = { checked: 0, changed: 0, dropped: 0 };
  }

  /** Loads the safety adapters the chosen steps need (throws SafetyUnavailableError if absent). */
  static async create(options: CleanOptions): Promise<Cleaner> {
    const steps = new Set(options.steps);
    const redactor = steps.has('pii') ? (options.redactor ?? (await loadRedactor())) : undefined;
    const assessor = steps.has('crisis') && options.crisis !== 'keep' ? (options.assessor ?? (await loadRiskAssessor())) : undefined;
    const cleaner = new Cleaner(options, redactor, assessor);
    if (steps.has('leakage')) await cleaner.loadLeakageSets();
    return cleaner;
  }

  private async loadLeakageSets(): Promise<void> {
    let n = 0;
    for (const set of this.options.leakageSets ?? []) {
      for await (const conv of set.conversations) {
        const ref = `${set.name}:${conv.provenance.id}`;
        const [hi, lo] = fingerprint(this.normalised(allText(conv)));
        this.leakFingerprints.add(hi, lo);
        this.leakExact.set(`${hi}:${lo}`, ref);
        this.leakLsh.addOrMatch(ref, allText(conv));
        n++;
      }
    }
    const rep = this.step('leakage');
    rep.referenceRecords = n;
    rep.matches = [];
  }

  private normalised(text: string): string {
    return normalizeText(text, { width: 'nfkc' }).toLowerCase();
  }

  private step(name: CleanStepName): StepReport {
    return this.report.steps[name] as StepReport;
  }

  private async applyAsync(name: 'pii' | 'crisis', conv: Conversation): Promise<Outcome> {
    const o = this.options;
    switch (name) {
      case 'pii': {
        const redact = this.redactor as Redactor;
        const rep = this.step(name);
        let spans = 0;
        const byKind = ((rep.byKind as Record<string, number> | undefined) ?? (rep.byKind = {})) as Record<string, number>;
        const turns: Turn[] = [];
        for (const t of conv.turns) {
          const r = await redact(t.content);
          spans += r.spans.length;
          for (const s of r.spans) {
            const k = s.kind ?? s.type ?? 'pii';
            byKind[k] = (byKind[k] ?? 0) + 1;
          }
          turns.push(r.spans.length ? { ...t, content: r.redacted } : t);
        }
        rep.spans = ((rep.spans as number | undefined) ?? 0) + spans;
        if (spans > 0) {
          rep.changed++;
          this.tag(conv, 'pii:redacted');
        }
        return { ...conv, turns };
      }
      case 'crisis': {
        const rep = this.step(name);
        if ((o.crisis ?? 'tag') === 'keep') return conv;
        const assess = this.assessor as RiskAssessor;
        let level: RiskLevel = 'none';
        for (const t of conv.turns) {
          if (t.role !== 'user') continue;
          const r = await assess(t.content);
          if (RISK_ORDER[r.level] > RISK_ORDER[level]) level = r.level;
          if (level === 'imminent') break;
        }
        const by = ((rep.byLevel as Record<string, number> | undefined) ?? (rep.byLevel = {})) as Record<string, number>;
        by[level] = (by[level] ?? 0) + 1;
        if (RISK_ORDER[level] >= RISK_ORDER[o.crisisLevel ?? 'high']) {
          if (o.crisis === 'drop') return this.dropped(name, conv, `crisis content (${level})`);
          rep.changed++;
          this.tag(conv, `crisis:${level}`);
        }
        return conv;
      }
    }
  }

  private dropped(name: CleanStepName, conv: Conversation, reason: string): Outcome {
    this.step(name).dropped++;
    if (this.report.examples.length < MAX_EXAMPLES) this.report.examples.push({ step: name, id: conv.provenance.id, reason });
    return { drop: reason };
  }

  private tag(conv: Conversation, tag: string): void {
    (conv.tags ??= []).push(tag);
  }

  /** True when no chosen step is asynchronous (pii, crisis), so `processSync` can be used. */
  get synchronous(): boolean {
    return this.sync;
  }

  /**
   * `process` without a promise per record, for the steps that need none. Throws when a chosen step
   * is asynchronous (check `synchronous`).
   */
  processSync(input: Conversation): Conversation | null {
    if (!this.sync) throw new Error('the pii and crisis steps are asynchronous: use process()');
    let conv: Conversation = input;
    for (const name of this.options.steps) {
      this.step(name).checked++;
      const out = this.apply(name, conv);
      if ('drop' in out) {
        this.report.dropped++;
        return null;
      }
      conv = out;
    }
    this.report.kept++;
    return conv;
  }

  /** Cleans one conversation: the (possibly modified) conversation, or null when a step dropped it. */
  async process(input: Conversation): Promise<Conversation | null> {
    let conv: Conversation = input;
    for (const name of this.options.steps) {
      this.step(name).checked++;
      // Only the safety steps are asynchronous; the others run without a microtask hop.
      const pending = name === 'pii' || name === 'crisis' ? this.applyAsync(name, conv) : this.apply(name, conv);
      const out = pending instanceof Promise ? await pending : pending;
      if ('drop' in out) {
        this.report.dropped++;
        return null;
      }
      conv = out;
    }
    this.report.kept++;
    return conv;
  }

  private apply(name: CleanStepName, conv: Conversation): Outcome {
    const o = this.options;
    switch (name) {
      case 'normalize': {
        let changed = false;
        const turns = conv.turns.map((t) => {
          const content = normalizeText(t.content, { width: o.width ?? 'ascii' });
          if (content !== t.content) changed = true;
          return { ...t, content };
        });
        const system = conv.system !== undefined ? normalizeText(conv.system, { width: o.width ?? 'ascii' }) : undefined;
        if (system !== conv.system) changed = true;
        if (changed) this.step(name).changed++;
        return system !== undefined ? { ...conv, turns, system } : { ...conv, turns };
      }
      case 'roles': {
        if (conv.task === 'classification') return conv;
        const empty = conv.turns.filter((t) => t.content.trim() === '' && !(t.media ?? []).length).length;
        let runs = 0;
        for (let i = 1; i < conv.turns.length; i++) if (conv.turns[i]?.role === conv.turns[i - 1]?.role) runs++;
        const leadingAssistant = conv.turns[0]?.role === 'assistant';
        if (empty === 0 && runs === 0 && !leadingAssistant) return conv;
        if ((o.roles ?? 'repair') === 'reject')
          return this.dropped(name, conv, `${empty} empty turn(s), ${runs} same-role repeat(s)${leadingAssistant ? ', starts with assistant' : ''}`);
        const turns: Turn[] = [];
        for (const t of conv.turns) {
          if (t.content.trim() === '' && !(t.media ?? []).length) continue;
          const last = turns[turns.length - 1];
          if (last && last.role === t.role) {
            last.content = `${last.content}\n${t.content}`;
            if (t.media) last.media = [...(last.media ?? []), ...t.media];
          } else turns.push({ ...t });
        }
        while (turns[0]?.role === 'assistant') turns.shift();
        if (turns.length === 0) return this.dropped(name, conv, 'no turns left after removing empty turns');
        this.step(name).changed++;
        return { ...conv, turns };
      }
      case 'length': {
        const n = conv.turns.length;
        if (o.minTurns !== undefined && n < o.minTurns) return this.dropped(name, conv, `${n} turns < ${o.minTurns}`);
        if (o.maxTurns !== undefined && n > o.maxTurns) return this.dropped(name, conv, `${n} turns > ${o.maxTurns}`);
        const text = allText(conv);
        if (o.minChars !== undefined && text.length < o.minChars) return this.dropped(name, conv, `${text.length} chars < ${o.minChars}`);
        if (o.maxChars !== undefined && text.length > o.maxChars) return this.dropped(name, conv, `${text.length} chars > ${o.maxChars}`);
        if (o.maxTurnChars !== undefined) {
          const longest = Math.max(...conv.turns.map((t) => t.content.length));
          if (longest > o.maxTurnChars) return this.dropped(name, conv, `a turn has ${longest} chars > ${o.maxTurnChars}`);
        }
        if (o.maxTokens !== undefined) {
          const tokens = estimateTokens(text) + (conv.system ? estimateTokens(conv.system) : 0);
          if (tokens > o.maxTokens) return this.dropped(name, conv, `~${tokens} tokens > ${o.maxTokens}`);
        }
        return conv;
      }
      case 'lang': {
        const lang = detectLanguage(allText(conv));
        const rep = this.step(name);
        const by = ((rep.byLanguage as Record<string, number> | undefined) ?? (rep.byLanguage = {})) as Record<string, number>;
        by[lang] = (by[lang] ?? 0) + 1;
        if (o.languages && o.languages.length > 0 && !o.languages.includes(lang)) return this.dropped(name, conv, `language ${lang}`);
        this.tag(conv, `lang:${lang}`);
        return conv;
      }
      case 'dedup': {
        const [hi, lo] = conversationFingerprint(conv);
        if (!this.exact.add(hi, lo)) return this.dropped(name, conv, 'exact duplicate');
        return conv;
      }
      case 'near-dup': {
        const match = this.lsh.addOrMatch(conv.provenance.id, allText(conv));
        if (match) return this.dropped(name, conv, `near-duplicate of ${match.id} (~${match.similarity.toFixed(2)})`);
        return conv;
      }
      case 'pii':
      case 'crisis':
        throw new Error('asynchronous step run synchronously');
      case 'leakage': {
        const rep = this.step(name);
        const [hi, lo] = fingerprint(this.normalised(allText(conv)));
        let match: string | undefined;
        if (this.leakFingerprints.has(hi, lo)) match = this.leakExact.get(`${hi}:${lo}`);
        else {
          const near = this.leakLsh.match(allText(conv));
          if (near) match = `${near.id} (~${near.similarity.toFixed(2)})`;
        }
        if (match) {
          const matches = rep.matches as Array<{ id: string; matches: string }>;
          if (matches.length < MAX_EXAMPLES) matches.push({ id: conv.provenance.id, matches: match });
          return this.dropped(name, conv, `overlaps evaluation record ${match}`);
        }
        return conv;
      }
    }
  }
}
