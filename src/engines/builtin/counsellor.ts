/**
 * The built-in counsellor: decides what this reply does (welcome, reflect, validate, ask, offer a
 * skill, teach it, check in, close, stay with a person in crisis) and writes it from the locale's
 * content. Pure and deterministic: the same history and context give the same reply, byte for byte.
 */
import type { Locale, RiskLevel } from '../../core/types.ts';
import type { EngineMessage, EngineRequest } from '../types.ts';
import { analyseMessage, type MessageAnalysis } from './analyse.ts';
import {
  CONTENT,
  DEFAULT_SKILLS,
  SKILLS_FOR_TOPIC,
  TOPIC_IDS,
  type LocaleContent,
  type PoolId,
  type SkillId,
  type TopicId,
} from './content/index.ts';
import {
  OFFER_OPEN,
  priorState,
  type EngineState,
  type PriorState,
  type Stage,
  type Template,
} from './state.ts';

export interface CounsellorReply {
  text: string;
  state: EngineState;
}

/** Gap (in replies) before another skill may be offered, and the most offers per session. */
const OFFER_GAP = 5;
const MAX_OFFERS = 3;
/** Substantive messages heard before the first unasked-for offer. */
const OFFER_AFTER = 3;
const SUMMARY_GAP = 5;
/** Topics after which the closing points gently to professional help. */
const HELP_TOPICS: TopicId[] = ['low-mood', 'anxiety', 'grief', 'loneliness', 'self-esteem', 'health'];

/** FNV-1a, 32 bit: small, stable, good enough to spread choices over variants. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Chooses sentence variants: never a used template, never a sentence said before in the session. */
class Picker {
  readonly newIds: string[] = [];
  private readonly sentences: string[] = [];

  constructor(
    private readonly seed: string,
    private readonly used: Set<string>,
    private readonly previous: string[],
    private readonly locale: Locale,
  ) {}

  pick(key: string, templates: Template[], slots: Record<string, string> = {}): string | null {
    const n = templates.length;
    if (n === 0) return null;
    const offset = hash(`${this.seed}|${key}`) % n;
    for (const allowUsed of [false, true]) {
      for (let k = 0; k < n; k++) {
        const t = templates[(offset + k) % n];
        if (!t) continue;
        const hasSlot = /\{[a-z]+\}/.test(t.text);
        if (this.used.has(t.id) && !(allowUsed && hasSlot)) continue;
        const text = this.render(t.text, slots);
        if (text === null || this.isRepeat(text)) continue;
        this.used.add(t.id);
        this.newIds.push(t.id);
        this.sentences.push(text);
        return text;
      }
    }
    return null;
  }

  private render(template: string, slots: Record<string, string>): string | null {
    let missing = false;
    const text = template.replace(/\{([a-z]+)\}/g, (_, k: string) => {
      const v = slots[k];
      if (v === undefined || v === '') missing = true;
      return v ?? '';
    });
    if (missing) return null;
    return this.locale === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  }

  private isRepeat(text: string): boolean {
    return this.sentences.includes(text) || this.previous.some((p) => p.includes(text));
  }
}

function pool(content: LocaleContent, id: PoolId): Template[] {
  return content.pools[id].map((text, i) => ({ id: `${id}#${i}`, text }));
}

function topicPool(content: LocaleContent, topic: TopicId, kind: 'validations' | 'questions'): Template[] {
  return content.topics[topic][kind].map((text, i) => ({ id: `topic:${topic}:${kind}#${i}`, text }));
}

function quoteList(content: LocaleContent, items: string[]): string {
  const q = items.map((w) => `${content.list.open}${w}${content.list.close}`);
  if (q.length <= 1) return q.join('');
  return `${q.slice(0, -1).join(content.list.sep)}${content.list.lastSep}${q[q.length - 1]}`;
}

interface Hints {
  noSkills: boolean;
  stay: boolean;
  reachOut: boolean;
  askSafety: boolean;
  checkIn: boolean;
  /** The safety layer already asked the check-in question in this reply. */
  checkInAsked: boolean;
}

function readGuidance(content: LocaleContent, guidance: unknown): Hints {
  const text = Array.isArray(guidance)
    ? guidance.filter((g): g is string => typeof g === 'string').join('\n')
    : '';
  const t = (src: string) => text !== '' && new RegExp(src, 'i').test(text);
  const g = content.guidance;
  return {
    noSkills: t(g.noSkills),
    stay: t(g.stay),
    reachOut: t(g.reachOut),
    askSafety: t(g.askSafety),
    checkIn: t(g.checkIn),
    checkInAsked: t(g.checkInAsked),
  };
}

/**
 * Session topics, most present first. What the person came with (the first message that names a
 * topic) counts a little extra; ties go to the topic mentioned first.
 */
function sessionTopics(analyses: MessageAnalysis[]): TopicId[] {
  const score = new Map<TopicId, number>();
  const firstSeen = new Map<TopicId, number>();
  let presenting = true;
  analyses.forEach((a, i) => {
    for (const [t, n] of Object.entries(a.topicHits) as [TopicId, number][]) {
      score.set(t, (score.get(t) ?? 0) + n + (presenting ? 0.5 : 0));
      if (!firstSeen.has(t)) firstSeen.set(t, i * 100 + a.topics.indexOf(t));
    }
    if (a.topics.length > 0) presenting = false;
  });
  return [...score.keys()].sort(
    (a, b) =>
      (score.get(b) ?? 0) - (score.get(a) ?? 0) ||
      (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0) ||
      TOPIC_IDS.indexOf(a) - TOPIC_IDS.indexOf(b),
  );
}

function sessionKeywords(analyses: MessageAnalysis[]): string[] {
  const out: string[] = [];
  for (const a of analyses)
    for (const k of a.keywords) {
      const i = out.indexOf(k);
      if (i >= 0) out.splice(i, 1);
      out.push(k);
    }
  // "哭" adds nothing next to "想哭": keep the longer words.
  return out.filter((k) => !out.some((o) => o !== k && o.includes(k))).slice(-12);
}

/**
 * Topics of this message in the order to respond to them. A topic the person dwells on (two or
 * more words for it) leads; then topics the session is already about; then passing mentions.
 * Topic-specific validations and questions only ever come from topics the message names.
 */
function messageFocus(current: MessageAnalysis, earlier: TopicId[]): TopicId[] {
  const strongNew = current.topics.filter((t) => !earlier.includes(t) && (current.topicHits[t] ?? 0) >= 2);
  const continuing = earlier.filter((t) => current.topics.includes(t));
  // A single passing word for a new topic ("at university…") is not enough to talk about that topic.
  return earlier.length === 0 ? current.topics : [...new Set([...strongNew, ...continuing])];
}

/** Skills follow what the session is about (what the person came with first), then this message. */
function skillOrder(current: MessageAnalysis, earlier: TopicId[], all: TopicId[]): TopicId[] {
  const strongNew = current.topics.filter((t) => !earlier.includes(t) && (current.topicHits[t] ?? 0) >= 2);
  return [...new Set([...strongNew, ...earlier, ...current.topics, ...all])];
}

function chooseSkill(order: TopicId[], prior: Pick<PriorState, 'offered' | 'taught'>): SkillId | null {
  const candidates = [...order.flatMap((t) => SKILLS_FOR_TOPIC[t]), ...DEFAULT_SKILLS];
  return candidates.find((s) => !prior.offered.includes(s) && !prior.taught.includes(s)) ?? null;
}

/** Feeling to reflect: named in the text, else from the emotion stage (when it is a real analyser). */
function feelingOf(
  a: MessageAnalysis,
  content: LocaleContent,
  emotion: EngineRequest['context']['emotion'],
): string | null {
  const id = a.feelings.find((f) => !a.echoFeelings.includes(f));
  if (id) return content.feelings.find((f) => f.id === id)?.phrase ?? null;
  if (a.feelings.length === 0 && emotion && !emotion.placeholder) {
    for (const label of emotion.predicted) {
      const f = content.feelings.find((x) => x.emotions?.includes(label));
      if (f) return f.phrase;
    }
  }
  return null;
}

export function composeReply(
  request: Pick<EngineRequest, 'locale' | 'messages' | 'context'>,
): CounsellorReply {
  const locale: Locale = request.locale === 'en' ? 'en' : 'zh-CN';
  const content = CONTENT[locale];
  const messages: EngineMessage[] = request.messages.filter((m) => m.role !== 'system');
  const last = messages[messages.length - 1];
  const history = last?.role === 'user' ? messages.slice(0, -1) : messages;
  const prior = priorState(history, content);
  const turn = prior.turns + 1;

  const userTexts = messages.filter((m) => m.role === 'user').map((m) => m.content);
  const analyses = userTexts.map((t) => analyseMessage(t, locale));
  const current =
    last?.role === 'user'
      ? (analyses[analyses.length - 1] ?? analyseMessage('', locale))
      : analyseMessage('', locale);
  const topics = sessionTopics(analyses);
  const earlierTopics = sessionTopics(analyses.slice(0, -1));
  const focus = messageFocus(current, earlierTopics);
  const keywords = sessionKeywords(analyses);
  const substantiveCount = analyses.filter((a) => a.substantive).length;

  const risk: RiskLevel = request.context.risk?.level ?? 'none';
  const hints = readGuidance(content, request.context.guidance);
  const crisis = risk === 'high' || risk === 'imminent';
  const gentleCheck = !crisis && !hints.checkInAsked && (risk === 'low' || hints.checkIn);
  const skillsAllowed = !crisis && !hints.noSkills;

  const seed = `${locale}\u0001${messages.map((m) => `${m.role}:${m.content}`).join('\u0002')}`;
  const picker = new Picker(seed, new Set(prior.used), prior.previousReplies, locale);
  const P = (id: PoolId, slots?: Record<string, string>) => picker.pick(id, pool(content, id), slots);

  const paragraphs: string[][] = [[]];
  const moves: string[] = [];
  const say = (move: string, sentence: string | null) => {
    if (sentence) {
      paragraphs[paragraphs.length - 1]?.push(sentence);
      moves.push(move);
    }
  };
  const block = (lines: string) => paragraphs.push([lines], []);

  const state = {
    stage: 'explore' as Stage,
    offered: [...prior.offered],
    taught: [...prior.taught],
    declined: [...prior.declined],
    pending: null as SkillId | null,
    lastOfferTurn: prior.lastOfferTurn,
    lastSummaryTurn: prior.lastSummaryTurn,
  };

  const mainTopic: TopicId | undefined = focus[0];
  const feel = feelingOf(current, content, request.context.emotion);

  /** Reflection of this message; returns how many sentences it used. */
  const reflect = (): number => {
    let n = 0;
    if (current.echo) {
      const s = P('echo', { echo: current.echo });
      say('reflect-echo', s);
      if (s) n++;
    }
    if (feel) {
      const s = P('feel', { feel });
      say('reflect-feeling', s);
      if (s) n++;
    }
    if (n === 0 && mainTopic) {
      const s = P('topicReflect', { topic: content.topics[mainTopic].label });
      say('reflect-topic', s);
      if (s) n++;
    }
    const words = current.keywords.length > 0 ? current.keywords : current.salient;
    if (n === 0 && words.length > 0) {
      const s = P('keywords', { list: quoteList(content, words.slice(0, 3)) });
      say('reflect-keywords', s);
      if (s) n++;
    }
    return n;
  };

  const validate = () => {
    const s =
      (mainTopic && picker.pick(`v:${mainTopic}`, topicPool(content, mainTopic, 'validations'))) ||
      P('validate');
    say('validate', s);
  };

  const question = (deep: boolean) => {
    if (gentleCheck) {
      const s = P('lowCheck');
      if (s) return say('check-in-safety', s);
    }
    const topicQ = mainTopic
      ? picker.pick(`q:${mainTopic}`, topicPool(content, mainTopic, 'questions'))
      : null;
    const s = topicQ || (deep ? P('deepen') : null) || P('question') || P('deepen');
    say('question', s);
  };

  const summaryDue = () =>
    substantiveCount >= 3 &&
    keywords.length >= 3 &&
    (state.lastSummaryTurn === null || turn - state.lastSummaryTurn >= SUMMARY_GAP);

  const summarise = (): boolean => {
    const s = P('summary', { list: quoteList(content, keywords.slice(-3)) });
    say('summary', s);
    if (s) state.lastSummaryTurn = turn;
    return s !== null;
  };

  const teach = (skill: SkillId) => {
    const sc = content.skills[skill];
    say('teach-intro', P('teachIntro', { skill: sc.name }));
    block(sc.title);
    block(sc.steps.map((step, i) => `${i + 1}. ${step}`).join('\n'));
    say('teach-why', sc.why);
    say('teach-outro', P('teachOutro'));
    if (!state.taught.includes(skill)) state.taught.push(skill);
    if (!state.offered.includes(skill)) state.offered.push(skill);
    state.stage = 'teach';
  };

  const offer = (skill: SkillId) => {
    const sc = content.skills[skill];
    say('offer', P('offer', { skill: sc.name, pitch: sc.pitch }));
    if (state.declined.length > 0) say('offer-ask', P('offerAsk'));
    state.offered.push(skill);
    state.pending = skill;
    state.lastOfferTurn = turn;
    state.stage = 'offer';
  };

  const close = () => {
    state.stage = 'close';
    if (current.intents.has('thanks') && turn <= 2) say('thanks', P('thanksMid'));
    const firstWords = sessionKeywords(analyses.slice(0, -1)).slice(0, 3);
    if (firstWords.length > 0)
      say('close-summary', P('closeSummary', { list: quoteList(content, firstWords) }));
    const lastSkill = state.taught[state.taught.length - 1];
    if (lastSkill) say('close-skill', P('closeSkill', { skill: content.skills[lastSkill].name }));
    say('close-encourage', P('closeEncourage'));
    if (topics.some((t) => HELP_TOPICS.includes(t)) || risk !== 'none') say('close-help', P('closeHelp'));
    say('close-bye', P('closeBye'));
  };

  const intents = current.intents;
  const pendingSkill = prior.pending;
  const askedSkill =
    intents.has('ask-skill') && !pendingSkill
      ? [...state.offered].reverse().find((s) => !state.taught.includes(s))
      : undefined;
  const wantsClose =
    intents.has('goodbye') ||
    (intents.has('thanks') &&
      !intents.has('decline') &&
      turn >= 3 &&
      prior.stage !== 'teach' &&
      (locale === 'en' ? current.size <= 20 : current.size <= 30));

  if (crisis) {
    // The safety layer has already put the fixed crisis message first: stay, validate, point to help, ask about safety.
    state.stage = 'crisis';
    say('crisis-stay', P('crisisStay'));
    say('crisis-validate', (feel && P('feel', { feel })) || P('crisisValidate'));
    say('crisis-reach', P('crisisReach'));
    say('crisis-safety', P('crisisSafety'));
  } else if (intents.has('bot-question')) {
    state.stage = 'about';
    say('about-bot', P('aboutBot'));
    say('about-limits', P('aboutLimits'));
    if (current.substantive) reflect();
    say('about-back', P('aboutBack') || P('question'));
  } else if (pendingSkill && intents.has('accept') && skillsAllowed) {
    teach(pendingSkill);
  } else if (pendingSkill && intents.has('decline')) {
    if (!state.declined.includes(pendingSkill)) state.declined.push(pendingSkill);
    if (wantsClose) {
      close();
    } else {
      say('decline-respect', P('declineRespect'));
      if (current.substantive) reflect();
      question(substantiveCount >= 4);
    }
  } else if (askedSkill && skillsAllowed) {
    teach(askedSkill);
  } else if (wantsClose) {
    close();
  } else if (prior.stage === 'teach') {
    state.stage = 'check-in';
    if (intents.has('thanks')) say('thanks', P('thanksMid'));
    const ack = intents.has('not-helpful')
      ? P('checkinNotHelpful')
      : intents.has('better')
        ? P('checkinBetter')
        : P('checkinNeutral');
    say('check-in', ack);
    if (current.substantive && current.echo) say('reflect-echo', P('echo', { echo: current.echo }));
    say('check-in-question', P('checkinFollow') || P('question'));
  } else if (turn === 1 && !current.substantive) {
    state.stage = 'welcome';
    say('welcome', P('welcomeOpen'));
    say('welcome-intro', P('welcomeIntro'));
    say('opening-question', P('openingQuestion'));
  } else if (!current.substantive || (current.short && !feel)) {
    state.stage = prior.stage === 'close' ? 'close' : 'explore';
    if (intents.has('thanks')) say('thanks', P('thanksMid'));
    else say('short-ack', P('shortAck'));
    if (current.echo) say('reflect-echo', P('echo', { echo: current.echo }));
    say('short-invite', P('shortInvite') || P('question'));
  } else {
    if (turn === 1) {
      state.stage = 'welcome';
      say('welcome', P('welcomeOpen'));
    } else {
      state.stage = substantiveCount <= 2 ? 'explore' : 'reflect';
    }
    const skill =
      skillsAllowed && !gentleCheck ? chooseSkill(skillOrder(current, earlierTopics, topics), state) : null;
    const offerNow =
      skill !== null &&
      state.offered.length < MAX_OFFERS &&
      (state.lastOfferTurn === null || turn - state.lastOfferTurn >= OFFER_GAP) &&
      (intents.has('ask-help') || substantiveCount >= OFFER_AFTER);
    if (current.short) {
      reflect();
      if (offerNow && skill) offer(skill);
      else say('short-invite', P('shortInvite') || P('question'));
    } else if (offerNow && skill) {
      const n = reflect();
      if (!(summaryDue() && summarise()) && n < 2) validate();
      offer(skill);
    } else {
      const n = reflect();
      if (!(summaryDue() && summarise()) && n < 2) validate();
      question(substantiveCount >= 4);
    }
  }

  if (moves.length === 0) say('fallback', P('fallback', { n: String(turn) }));
  // The person talked past an offer: keep it open a little longer, unless this reply moved on.
  if (
    state.pending === null &&
    pendingSkill &&
    !state.taught.includes(pendingSkill) &&
    !state.declined.includes(pendingSkill) &&
    (state.stage === 'explore' || state.stage === 'reflect') &&
    prior.lastOfferTurn !== null &&
    turn - prior.lastOfferTurn < OFFER_OPEN + 1
  ) {
    state.pending = pendingSkill;
  }

  const joiner = locale === 'en' ? ' ' : '';
  const text = paragraphs
    .filter((p) => p.length > 0)
    .map((p) => p.join(joiner))
    .join('\n\n');

  return {
    text,
    state: {
      v: 1,
      engine: 'builtin',
      turn,
      stage: state.stage,
      topics,
      keywords,
      offered: state.offered,
      taught: state.taught,
      declined: state.declined,
      pending: state.pending,
      lastOfferTurn: state.lastOfferTurn,
      lastSummaryTurn: state.lastSummaryTurn,
      used: [...prior.used, ...picker.newIds],
      moves,
      risk,
    },
  };
}
