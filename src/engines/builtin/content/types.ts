/**
 * Shape of the built-in counsellor's content. Each locale file (zh-CN.ts, en.ts) fills this shape;
 * code never holds user-facing wording. Sentence ids are derived from pool name + index, so keep the
 * order of existing entries stable and append new ones at the end.
 */

export const TOPIC_IDS = [
  'family',
  'relationships',
  'work',
  'study',
  'sleep',
  'anxiety',
  'low-mood',
  'loneliness',
  'self-esteem',
  'grief',
  'health',
  'money',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export const SKILL_IDS = [
  'paced-breathing',
  'grounding-54321',
  'thought-record',
  'behavioural-activation',
  'sleep-hygiene',
  'worry-time',
] as const;
export type SkillId = (typeof SKILL_IDS)[number];

export interface TopicContent {
  /** Short name used in summaries, e.g. "睡眠" / "sleep". */
  label: string;
  /**
   * Words and phrases people use for the topic. zh: matched as substrings. en: matched as whole
   * words (case-insensitive, simple plural/verb endings allowed); a trailing `*` matches any ending.
   */
  terms: string[];
  /** Validations that fit the topic; `{feel}` slots are not used here. */
  validations: string[];
  /** Open questions that explore the topic. */
  questions: string[];
}

export interface FeelingContent {
  /** Same id in every locale, so a feeling named in one language can be reflected in the other. */
  id: string;
  /** Surface forms (same matching rules as topic terms). Emoji allowed. */
  terms: string[];
  /** A predicate phrase that fits the `{feel}` slot of the `feel` pool, e.g. "很焦虑" / "anxious". */
  phrase: string;
  /** GoEmotions labels from the emotion stage that map to this feeling when the text names none. */
  emotions?: string[];
}

export interface SkillContent {
  /** Name shown to the person, e.g. "4-6 呼吸" / "paced breathing". */
  name: string;
  /** One clause saying what it is good for; fills `{pitch}` in offer sentences. */
  pitch: string;
  /** Markdown heading line for the teaching block. */
  title: string;
  /** Short numbered steps (rendered as a Markdown ordered list). */
  steps: string[];
  /** One sentence on where the skill comes from, in plain words. */
  why: string;
}

/** Word lists that recognise what kind of message the person sent. */
export interface IntentLexicon {
  accept: string[];
  decline: string[];
  /** Phrases that contain a decline word but are not a refusal ("no one", "不想上班"). Removed before matching. */
  notDecline: string[];
  thanks: string[];
  goodbye: string[];
  /** Phrases with a goodbye word that are not a goodbye ("didn't get to say goodbye"). */
  notGoodbye: string[];
  greeting: string[];
  botQuestion: string[];
  askHelp: string[];
  /** Asking for the exercise mentioned earlier ("那个练习", "that exercise"). */
  askSkill: string[];
  /** Check-in answers after trying a skill. */
  better: string[];
  notHelpful: string[];
}

/** Rules for turning a clause of the person's message into a second-person paraphrase. */
export interface EchoRules {
  /** Longest clause (in characters for zh, words for en) that is echoed whole. */
  maxLength: number;
  minLength: number;
  /** A clause starting with one of these joins the clause before it ("…，但又提不起劲"). */
  joinIfStarts: string[];
  /** Words stripped from the start of a clause ("但是", "and"...). */
  leadingFillers: string[];
  /** Words stripped from the end of a clause ("啊", "lol"...). */
  trailingFillers: string[];
  /** Whole-word (en) or substring (zh) swaps from first to second person, applied longest first. */
  swaps: Array<[string, string]>;
  /** A clause containing one of these addresses the counsellor or asks something; it is not echoed. */
  skipIfContains: string[];
  /** First words after which the echo may start in lower case (en: "I", "My", "The"...). */
  lowercaseStarters: string[];
  /** Words never quoted back as key words (function words, clinical labels we must not echo as a diagnosis). */
  stopwords: string[];
}

/** Patterns (case-insensitive regular expression sources) that recognise hints from the safety layer. */
export interface GuidanceHints {
  noSkills: string;
  stay: string;
  reachOut: string;
  askSafety: string;
  checkIn: string;
  checkInAsked: string;
}

/** Every pool is a list of sentence templates. Slots: {echo} {feel} {topic} {skill} {pitch} {list} {n}. */
export interface SentencePools {
  /** First turn: a short, warm opening before anything else. */
  welcomeOpen: string[];
  /** First turn when the person only said hello: who this is, honestly. */
  welcomeIntro: string[];
  /** First turn, open invitation. */
  openingQuestion: string[];
  /** Paraphrase of a clause of the person's message ({echo}). */
  echo: string[];
  /** Feeling reflection ({feel}). */
  feel: string[];
  /** Reflection when only the topic is known ({topic}). */
  topicReflect: string[];
  /** Reflection quoting key words ({list}). */
  keywords: string[];
  /** Summary of what was heard so far ({list}). */
  summary: string[];
  /** General validations. */
  validate: string[];
  /** General open questions. */
  question: string[];
  /** Questions that go deeper once the picture is clearer. */
  deepen: string[];
  /** Reply to a very short message ("嗯", "ok"). */
  shortAck: string[];
  shortInvite: string[];
  /** Offering a skill ({skill}, {pitch}); always ends by asking permission. */
  offer: string[];
  /** Extra permission line when the offer sentence itself does not ask. */
  offerAsk: string[];
  /** Before the steps ({skill}). */
  teachIntro: string[];
  /** After the steps: invite them to try and tell how it went. */
  teachOutro: string[];
  /** Respecting a declined offer. */
  declineRespect: string[];
  /** Check-in answers. */
  checkinBetter: string[];
  checkinNotHelpful: string[];
  checkinNeutral: string[];
  /** Follow-up question after a check-in. */
  checkinFollow: string[];
  /** Honest answer to "who/what are you". */
  aboutBot: string[];
  aboutLimits: string[];
  aboutBack: string[];
  /** Thanks in the middle of the conversation. */
  thanksMid: string[];
  /** Closing. */
  closeSummary: string[];
  closeSkill: string[];
  closeEncourage: string[];
  closeHelp: string[];
  closeBye: string[];
  /** Risk level low: gentle check-in. */
  lowCheck: string[];
  /** Risk high/imminent, after the fixed crisis message. */
  crisisStay: string[];
  crisisValidate: string[];
  crisisReach: string[];
  crisisSafety: string[];
  /** Last resort that is always new ({n} = turn number). */
  fallback: string[];
}

export interface LocaleContent {
  /** How lists of quoted key words are joined. */
  list: { open: string; close: string; sep: string; lastSep: string };
  topics: Record<TopicId, TopicContent>;
  feelings: FeelingContent[];
  skills: Record<SkillId, SkillContent>;
  intents: IntentLexicon;
  echo: EchoRules;
  guidance: GuidanceHints;
  pools: SentencePools;
}

export type PoolId = keyof SentencePools;
