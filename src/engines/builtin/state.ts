/**
 * The engine keeps no memory between calls. Its bookkeeping travels on each assistant message as
 * `meta.engine`; when that is missing (imported history, another engine answered, meta lost), the
 * same facts are recovered from the text of earlier replies.
 */
import type { RiskLevel } from '../../core/types.ts';
import type { EngineMessage } from '../types.ts';
import {
  SKILL_IDS,
  TOPIC_IDS,
  type LocaleContent,
  type PoolId,
  type SkillId,
  type TopicId,
} from './content/index.ts';

/** Replies after an offer during which a yes or no still answers it. */
export const OFFER_OPEN = 2;

export type Stage =
  'welcome' | 'explore' | 'reflect' | 'offer' | 'teach' | 'check-in' | 'close' | 'crisis' | 'about';

/** What one reply records about the session so far (the `metadata` part's data). */
export interface EngineState {
  v: 1;
  engine: 'builtin';
  /** Number of this reply in the session (1 = first). */
  turn: number;
  stage: Stage;
  /** Topics of the whole session, most present first. */
  topics: TopicId[];
  /** The person's key words across the session (most recent last). */
  keywords: string[];
  offered: SkillId[];
  taught: SkillId[];
  declined: SkillId[];
  /** Skill offered in this reply and waiting for a yes or no. */
  pending: SkillId | null;
  lastOfferTurn: number | null;
  lastSummaryTurn: number | null;
  /** Ids of every sentence template used so far, this reply included. */
  used: string[];
  /** What this reply did, in order (for research logs and tests). */
  moves: string[];
  risk: RiskLevel;
}

export interface Template {
  id: string;
  text: string;
}

const STAGES: Stage[] = [
  'welcome',
  'explore',
  'reflect',
  'offer',
  'teach',
  'check-in',
  'close',
  'crisis',
  'about',
];

/** Every sentence template of a locale with its stable id. */
export function allTemplates(content: LocaleContent): Template[] {
  const out: Template[] = [];
  for (const pool of Object.keys(content.pools) as PoolId[]) {
    content.pools[pool].forEach((text, i) => out.push({ id: `${pool}#${i}`, text }));
  }
  for (const topic of TOPIC_IDS) {
    content.topics[topic].validations.forEach((text, i) =>
      out.push({ id: `topic:${topic}:validations#${i}`, text }),
    );
    content.topics[topic].questions.forEach((text, i) =>
      out.push({ id: `topic:${topic}:questions#${i}`, text }),
    );
  }
  return out;
}

const matcherCache = new WeakMap<LocaleContent, Array<{ id: string; re: RegExp }>>();

function templateMatchers(content: LocaleContent): Array<{ id: string; re: RegExp }> {
  let m = matcherCache.get(content);
  if (!m) {
    m = allTemplates(content).map((t) => {
      const escaped = t.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{[a-z]+\\\}/g, '[\\s\\S]+?');
      return { id: t.id, re: new RegExp(escaped) };
    });
    matcherCache.set(content, m);
  }
  return m;
}

/** Template ids whose text appears in an earlier reply. */
export function templatesInText(content: LocaleContent, text: string): string[] {
  return templateMatchers(content)
    .filter((m) => m.re.test(text))
    .map((m) => m.id);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function skills(v: unknown): SkillId[] {
  return strings(v).filter((s): s is SkillId => (SKILL_IDS as readonly string[]).includes(s));
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Reads `meta.engine` defensively; null when it is not this engine's bookkeeping. */
export function parseState(meta: Record<string, unknown> | undefined): Partial<EngineState> | null {
  const raw = meta?.engine;
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (r.engine !== 'builtin' || r.v !== 1) return null;
  const pending =
    typeof r.pending === 'string' && (SKILL_IDS as readonly string[]).includes(r.pending)
      ? (r.pending as SkillId)
      : null;
  return {
    stage: STAGES.includes(r.stage as Stage) ? (r.stage as Stage) : 'explore',
    offered: skills(r.offered),
    taught: skills(r.taught),
    declined: skills(r.declined),
    pending,
    lastOfferTurn: num(r.lastOfferTurn),
    lastSummaryTurn: num(r.lastSummaryTurn),
    used: strings(r.used),
  };
}

/** Dialogue bookkeeping carried from earlier replies into this one. */
export interface PriorState {
  /** Replies so far. */
  turns: number;
  stage: Stage | null;
  offered: SkillId[];
  taught: SkillId[];
  declined: SkillId[];
  pending: SkillId | null;
  lastOfferTurn: number | null;
  lastSummaryTurn: number | null;
  used: Set<string>;
  /** Texts of earlier replies, for the never-repeat check. */
  previousReplies: string[];
}

/** Recovers the bookkeeping from the history (everything before the current user message). */
export function priorState(history: EngineMessage[], content: LocaleContent): PriorState {
  const assistants = history.filter((m) => m.role === 'assistant');
  const state: PriorState = {
    turns: assistants.length,
    stage: null,
    offered: [],
    taught: [],
    declined: [],
    pending: null,
    lastOfferTurn: null,
    lastSummaryTurn: null,
    used: new Set(),
    previousReplies: assistants.map((m) => m.content),
  };
  let from = 0;
  for (let i = assistants.length - 1; i >= 0; i--) {
    const parsed = parseState(assistants[i]?.meta);
    if (parsed) {
      Object.assign(state, { ...parsed, used: new Set(parsed.used) });
      from = i + 1;
      break;
    }
  }
  // Replies without bookkeeping: read what they did from their text.
  let open: SkillId | null = state.pending;
  for (let i = from; i < assistants.length; i++) {
    const text = assistants[i]?.content ?? '';
    const ids = templatesInText(content, text);
    for (const id of ids) state.used.add(id);
    const pool = (p: PoolId) => ids.some((id) => id.startsWith(`${p}#`));
    const turn = i + 1;
    const isLast = i === assistants.length - 1;
    let stage: Stage = 'explore';
    if (pool('declineRespect') && open) {
      if (!state.declined.includes(open)) state.declined.push(open);
      open = null;
    }
    for (const id of SKILL_IDS) {
      const skill = content.skills[id];
      const firstStep = skill.steps[0] ?? '';
      if (firstStep && text.includes(firstStep)) {
        if (!state.taught.includes(id)) state.taught.push(id);
        if (open === id) open = null;
        stage = 'teach';
      } else if (pool('offer') && text.includes(skill.name)) {
        if (!state.offered.includes(id)) state.offered.push(id);
        state.lastOfferTurn = turn;
        open = id;
        stage = 'offer';
      }
    }
    if (pool('summary')) state.lastSummaryTurn = turn;
    if (pool('closeBye')) stage = 'close';
    if (pool('crisisSafety') || pool('crisisReach')) stage = 'crisis';
    if (stage === 'close' || stage === 'crisis') open = null;
    state.stage = stage;
    // An offer the person talked past stays open for a couple of replies (as in counsellor.ts).
    state.pending =
      open && state.lastOfferTurn !== null && turn - state.lastOfferTurn <= OFFER_OPEN ? open : null;
    if (isLast) break;
  }
  for (const t of state.taught) if (!state.offered.includes(t)) state.offered.push(t);
  return state;
}
