/**
 * Session 14: an ambiguous disclosure explained in answer to a clarifying question. "刚喝了一整瓶" — "一整瓶什么？" —
 * "可乐啊，2升那种"; "bought rope today" — "what's the rope for?" — "climbing! first lead climb next week". The earlier
 * words named a thing, a place, an act or a goodbye, but no death, suicide or self-harm in so many words
 * (EXPLICIT_RISK_WORDS), and the person has now said what they meant. Without this the multi-turn floor kept such
 * conversations at `high` (the crisis protocol) for several turns: on our written multi-turn lines labelled `none`,
 * 47 of 79 false alarms were that floor.
 *
 * Every condition must hold; any doubt keeps the floor:
 * - the assistant's last turn asked a question, and the current turn is an answer of some length, not a bare
 *   "嗯"/"yes", a walk-back ("forget I said anything"), a re-assertion (SERIOUS), a hedge or the writer run down
 *   ("也可能干点别的 不知道", "它跟着我也是受罪": UNSETTLED_REPLY);
 * - the current turn has no risk signal of its own (a bare time word aside), no explicit risk word and no
 *   finality ("one last time", "最后一次");
 * - the recent user turns' signals are all of the ambiguous kinds (a thing, a place, an act, a goodbye, a time,
 *   the model's guess), and none of those turns uses an explicit risk word. Session 15 admits two more: a wish in
 *   other words ("跟这个世界说再见了") when the answer says it meant something else, and an impersonal question
 *   ("安眠药吃多少会出事啊"), explicit words or not, when the answer names whom or what it was for;
 * - the learned model reads the answer alone as no risk, and the earlier turns read together with the answer as
 *   no active risk. With no model loaded this never applies (the rules alone keep the floor).
 */
import type { ConversationTurn, CrisisSignal, TurnAssessment } from './risk.ts';
import type { CrisisCategory } from './data/crisis-lexicon.ts';
import {
  BARE_REPLY,
  EXPLICIT_RISK_WORDS,
  UNSETTLED_REPLY,
  FINALITY_EN,
  FINALITY_ZH,
  INSINUATION,
  MEANT_OTHERWISE_SAID,
  NOT_DEATH,
  SELF_OR_BODY,
  SERIOUS,
} from './data/crisis-modifiers.ts';
import {
  ACT_QUESTION,
  PLAN_QUESTION,
  PLAN_QUESTION_IN_CONTEXT,
  RISK_QUESTION,
  SAFE_CLAIM,
  SAFETY_QUESTION,
} from './data/assistant-questions.ts';
import { defaultCrisisModel, defaultExplainedModel } from './learned/model.ts';
import { normalise, textSize } from './normalize.ts';

/** Signal kinds whose words may be everyday: a thing, a place, an act, a goodbye, a time, the model's guess. */
const AMBIGUOUS_KINDS = new Set<CrisisCategory>([
  'means',
  'means-weak',
  'act',
  'selfharm',
  'giving-away',
  'farewell',
  'farewell-weak',
  'plan',
  'resolve',
  'time',
  'time-weak',
  'location',
  'emoji',
  'learned',
]);

/**
 * A signal of the answer's own that keeps the floor: any but a bare time word or one the rules read at `none` (session
 * 17: a medicine named in the explanation, "for my dad … cold & flu sachets which have paracetamol in too").
 */
const countsInAnswer = (s: CrisisSignal) => s.category !== 'time-weak' && s.level !== 'none';

/** Everyday idioms built on 死 ("死心", "笑死", "累死了"): not explicit risk words in an answer. */
const DEATH_IDIOM_ZH =
  /死心|笑死|累死|困死|热死|冷死|饿死|气死|吓死|烦死|忙死|尴尬死|社死|丢死人|死机|死党|死磕|死活|死循环|死线|半死不活|要死要活/gu;

/**
 * A user turn read against the recent disclosure it may explain: the turn (`normText`, normalised; `current` its
 * assessment), the recent user turns (`recentUserTexts`, newest first, with `recent` their assessments) and the
 * assistant's question before it (`lastTurn`, the last non-system turn).
 */
export interface LaterAnswer {
  normText: string;
  /** The current turn as written (its clauses are read one by one: normalising drops the spaces between them). */
  rawText: string;
  current: TurnAssessment;
  recentUserTexts: readonly string[];
  recent: readonly TurnAssessment[];
  lastTurn: ConversationTurn | undefined;
}

/** The assistant's last turn asked a question, and the answer reads none with no signal of its own that counts. */
function quietAnswerToQuestion(current: TurnAssessment, lastTurn: ConversationTurn | undefined): boolean {
  if (lastTurn?.role !== 'assistant' || !/[?？]/u.test(lastTurn.content)) return false;
  return current.level === 'none' && !current.signals.some(countsInAnswer);
}

/** The answer says the earlier words meant something else, in so many words or by laughing them off. */
const MEANT_OTHERWISE = new RegExp(
  `${MEANT_OTHERWISE_SAID.source}|不是你想的那样|让你担心|吓到你|别担心|\\b(?:sorry to worry|didnt mean|dont worry|lol|lmao|haha\\w*)\\b|😅|😂|🤣`,
  'u',
);

/** A question: a question mark, a question word or particle. */
const QUESTION =
  /[?？]|[吗呢么嘛]\s*$|多少|怎么|怎样|哪|什么|几(?:片|粒|颗|楼|层|米|天)|^(?:how|what|which|when|where|is|are|does|do|can|could|would|will|should)\b/u;
/**
 * The writer in the question: then it is told, not only asked ("我最近总是想到自杀…我该怎么办？"). Only an impersonal
 * question ("安眠药吃多少会出事啊", "how high does a building have to be") can be for someone else.
 */
const OWN_WISH = /我|自己|\b(?:i|im|ive|id|ill|me|my|myself|mine)\b/u;

function askedWithoutWish(normText: string): boolean {
  return QUESTION.test(normText) && !OWN_WISH.test(normText);
}

/** The answer names whom or what the question was for: another person, a course, a story. */
const PURPOSE_TOLD =
  /(?:给|帮|替)[^\s,，。]{1,5}(?:问的|问问|查的|查查)|(?:我|帮|给|替)(?:爸|妈|婆婆|公公|奶奶|爷爷|外婆|外公|姥姥|姥爷|孩子|儿子|女儿|老公|老婆|病人|患者)|(?:写|做|赶)(?:小说|论文|作业|剧本|报告|课题|课件|ppt)|作业|课程|论文|小说|剧本|生命教育|医生开的|医生给(?:我)?开的|医嘱|(?:药学|医学|护理|临床|药理|毒理)(?:专业)?|复习|备考|拔牙|拔智齿|智齿|补牙|根管|手术|打针|抽血|纹身|打耳洞|分娩|生孩子|顺产|\b(?:wisdom tooth|tooth|teeth|root canal|surgery|tattoo|piercing|jab|vaccine|blood test|labou?r|giving birth|prescribed|my (?:doctor|gp|psychiatrist) (?:said|told me|gave|prescribed))\b|\b(?:for (?:my )?(?:mum|mom|dad|gran\w*|nan|grandma|grandpa|kid|son|daughter|patients?|clients?|class|novel|book|essay|story|coursework|homework|thesis|course|module|exam|work|job)|coursework|homework|novel|essay|assignment|writing a|fiction|screenplay|lecture|module)\b/u;

/** The answer alone must read below this (the model's `risk` output: any level). */
const ANSWER_MAX_RISK = 0.2;
/** The earlier user turns read together with the answer must read below this (the `active` output). */
const JOINED_MAX_ACTIVE = 0.5;
/** An explanation says something: at least this many Han characters, counting a Latin word as two. */
const MIN_WEIGHT = 8;

const explicit = (text: string) => EXPLICIT_RISK_WORDS.test(normalise(text).text);
const explicitSignal = (s: CrisisSignal) =>
  explicit(s.text) || (s.category === 'selfharm' && SELF_OR_BODY.test(normalise(s.text).text));

/** Session 15: a yes that says the person is fine ("yeah im fine 😅 im a roofer") is not a bare assent. */
const YES_THEN_SAFE = new RegExp(
  `^(?:嗯|对|是的|是啊|是|yes|yeah|yep|yup|ya|ok|okay|mhm)[\\s,.!。，！~…]*(?:${SAFE_CLAIM.source})`,
  'u',
);

/** A bare reply, read after a leading yes that says the person is fine. */
function bareReply(normText: string): boolean {
  const safeYes = YES_THEN_SAFE.exec(normText);
  if (!safeYes && OPENS_DOING.test(normText) && substantive(normText)) return false;
  return BARE_REPLY.test(safeYes ? normText.slice(safeYes[0].length) : normText);
}

function substantive(normText: string): boolean {
  const { han, words } = textSize(normText);
  return han + 2 * words >= MIN_WEIGHT;
}

/**
 * Session 19: the assistant's last turn took the risk as given: it asked about a plan, safety, intent, the wound or
 * what was taken ("我非常担心你。你现在打算吃下去吗？", "最近一次是什么时候？伤口处理了吗？", "您现在安全吗？"). A worry said
 * alone still asks what was meant ("你去海边是想做什么呢？我有点担心你。"). After such a question the explanation model
 * counts only a denial or a meaning said (`deniedOrMeant`), not an activity named.
 */
const RISK_PRESUPPOSED =
  /安全吗|安全么|安全吧|伤害自己|结束(?:自己的?)?生命|自杀|轻生|伤口|包扎|止血|打算吃|\b(?:are you safe|hurt(?:ing)? yourself|harm(?:ing)? yourself|kill(?:ing)? yourself|suicid\w*|end(?:ing)? your life|wound|bleeding)\b/u;

/**
 * Session 19: words that accept the alarming reading rather than explain it: "not yet" (还没吃, "haven't yet"), the
 * wound hidden ("没人看得到", "long sleeves"; its care alone may follow a kitchen cut), arrangements for after one's
 * death ("丧事从简", "人走的时候要不要穿好看点", "存折在…密码是").
 */
const ACCEPTS_PREMISE =
  /^(?:嗯+|对)?[\s,，]*还没(?:吃|吞|喝|做|动手|去|跳)|^(?:not yet|havent yet|not yet but)\b|没人(?:看得到|看得见|会发现|发现)|长袖(?:遮|盖)|丧事|后事|寿衣|追悼会|骨灰|遗照|人走(?:的时候|之前|了以后|以后)|(?:存折|银行卡|卡)[^。.!?\n]{0,8}密码|\b(?:no one (?:will see|can see|sees)|long sleeves|my funeral|after (?:im|i am) gone|when im gone)\b/u;

function riskPresupposed(lastTurn: ConversationTurn | undefined): boolean {
  if (lastTurn?.role !== 'assistant') return false;
  const q = normalise(lastTurn.content).text;
  return (
    RISK_PRESUPPOSED.test(q) ||
    [RISK_QUESTION, PLAN_QUESTION, PLAN_QUESTION_IN_CONTEXT, SAFETY_QUESTION, ACT_QUESTION].some((re) =>
      re.test(q),
    )
  );
}

/** The answer says no, or that the words meant something else ("不是不是", "I meant my lease", "wrong chat"). */
function deniedOrMeant(normText: string): boolean {
  return (
    OPEN_DENIAL.test(normText) ||
    MEANT_OTHERWISE_SAID.test(normText) ||
    NOT_DEATH.test(normText) ||
    WRONG_CHAT.test(normText) ||
    SORRY_I_MEANT.test(normText) ||
    LAUGHED_OFF.test(normText)
  );
}

/**
 * Whether the current turn explains the recent ambiguous disclosure in answer to the assistant's question
 * (see LaterAnswer).
 */
export function clarifiesAmbiguity(answer: LaterAnswer): boolean {
  const { normText, current, recentUserTexts, recent, lastTurn } = answer;
  if (!quietAnswerToQuestion(current, lastTurn)) return false;
  if (!substantive(normText) || SERIOUS.test(normText) || INSINUATION.test(normText)) return false;
  // Session 19: an answer that takes the alarming reading as given explains nothing: "not yet" to what was asked about
  // taking, the wound hidden, arrangements for after one's death (`ACCEPTS_PREMISE`).
  if (ACCEPTS_PREMISE.test(normText)) return false;
  if (UNSETTLED_REPLY.test(normText)) return false;
  const earlier: CrisisSignal[] = recent.flatMap((p) => p.signals);
  if (earlier.length === 0) return false;
  // Session 15: a wish told in other words ("跟这个世界说再见了", "been planning my exit") is ambiguous too, but only
  // when the answer says it meant something else ("我是说卸载微博了", "exit from my job lol 😅").
  const meantOtherwise = MEANT_OTHERWISE.test(normText);
  const ambiguous = (s: CrisisSignal) =>
    AMBIGUOUS_KINDS.has(s.category) || (s.category === 'ideation' && meantOtherwise);
  // Session 15: a question asked without a wish of one's own ("安眠药吃多少会出事啊", "how high does a building have to
  // be") and then said to be for someone else, a course or a story ("给我婆婆问的", "architecture coursework") is
  // explained, explicit words or not; session 17: in the answer too ("我是药学专业的 … 老师说致死剂量范围要背").
  const askedForAnother =
    recentUserTexts.every((u) => askedWithoutWish(normalise(u).text)) &&
    (meantOtherwise || PURPOSE_TOLD.test(normText));
  // A walk-back ("算了", "forget it") unless the answer names whom or what the question was for ("你不方便说就算了 我翻书").
  if (bareReply(normText) && !askedForAnother) return false;
  // "no lol just enjoying the view one last time": finality is not an everyday answer. Death idioms are not explicit
  // words ("彻底死心", "笑死").
  if (!askedForAnother && EXPLICIT_RISK_WORDS.test(normText.replace(DEATH_IDIOM_ZH, ' '))) return false;
  if (finalWords(normText)) return false;
  if (!askedForAnother) {
    if (!earlier.every((s) => ambiguous(s) && !explicitSignal(s))) return false;
    if (recentUserTexts.some(explicit)) return false;
  }
  return modelReadsQuiet(normText, recentUserTexts);
}

/**
 * The crisis model reads the answer alone below `ANSWER_MAX_RISK`, and the recent user turns (most recent first) read
 * together with it below `JOINED_MAX_ACTIVE`; `clauses` are read one by one against the first bar too. Never with no
 * model loaded.
 */
function modelReadsQuiet(
  normText: string,
  recentUserTexts: readonly string[],
  clauses: string[] = [],
): boolean {
  const model = defaultCrisisModel();
  if (!model) return false;
  if ([normText, ...clauses].some((t) => model.score(t).p[0] >= ANSWER_MAX_RISK)) return false;
  const joined = normalise([...recentUserTexts].reverse().concat(normText).join('\n')).text;
  return model.score(joined).p[1] < JOINED_MAX_ACTIVE;
}

/**
 * Session 17: an alarming one-liner denied outright and explained as something everyday, in answer to the
 * assistant's question: "跳楼了跳楼了 快来" — "哈哈不是 是 black friday 的 AirPods 跳楼价"; "how many would it take to
 * actually do it" — "omg no 😭 wrong chat, i was asking my bf how many tins of paint"; "我在写遗书" — "剧本杀啦 我的角色要
 * 留一封遗书". On the blind rounds written this session, most of the multi-turn false alarms were this shape, and the
 * floor after explicit words (session 14) kept them at `high`.
 *
 * Every condition must hold; a walk-back without an explanation ("没有没有 开玩笑的 我没事") keeps the floor:
 * - the assistant's last turn asked a question, and the answer opens with a denial (OPEN_DENIAL), an apology or a laugh
 *   with an apology (LAUGHED_OFF), or an activity (OPENS_WITH_ACTIVITY), says the words went to the wrong chat, or says
 *   they were not about dying (NOT_DEATH);
 * - the answer has no risk signal of its own that counts: explicit words in it are the rules' to read, and they read
 *   none ("是 black friday 的 AirPods 跳楼价", "尴尬到想死的那种"); finality only where the rules set it aside as fiction,
 *   leisure or hyperbole;
 * - once its denial and reassurances are taken out, the answer still says something (an explanation, not a walk-back);
 * - no re-assertion, hedge or finality in it (SERIOUS, UNSETTLED_REPLY, FINALITY_*);
 * - the risk came from one short user turn (a one-liner can be a joke or a slip; a story told over turns cannot);
 * - no change of subject or question after means (walksBackOnly: assessRisk asks it first, for every explanation, and
 *   then keeps the floor at `high`); after something concrete (CONCRETE_KINDS) the answer says what the words were
 *   about, not only that they were not meant;
 * - the learned model reads the answer alone below ANSWER_MAX_RISK. With no model loaded this never applies.
 */
const OPEN_DENIAL =
  /^(?:(?:哈+|啊+|额|呃|诶|欸|天哪|我去|救命|说实话|其实|omg|oh my god|oh god|oh gosh|oh no|honestly|tbh|actually|well|lol|lmao|haha\w*|hah|oh|oops|sorry|抱歉|不好意思|😂|😅|🤣|😭|🙈|💀)[\s,.!。，！~…]*)*(?:夸张了|说夸张了|开玩笑的|开个玩笑|没那么严重|没那么夸张|不至于|不是不是|不不不|不是啦|不是的|不是(?=是|说|啦|那个|那样|你想)|没有没有|没有啦|没有的事|没事没事|(?:不是|没有|没|no+|nope|nah|god no|hell no|not like that|haha no)(?:[\s,.!。，！~…😂😅🤣😭🙈💀]|$))/u;
/** Denials and reassurances that say nothing about what was meant. */
const REASSURANCE =
  /不是不是|不不不|不是啦|不是的|不是|没有没有|没有啦|没有|没事没事|没事的|没事|我很好|我挺好的?|我还好|放心|别担心|不用担心|吓到你了?|让你担心了|抱歉|不好意思|对不起|哈+|啊+|开玩笑的?|随便说说|说着玩的?|\b(?:no+|nope|nah|omg|oh my god|lol|lmao|haha\w*|oops|sorry|im (?:fine|ok|okay|good|safe|alright)|i am (?:fine|ok|okay|safe)|dont worry|no worries|just (?:kidding|joking)|jk|my bad|for scaring (?:u|you)|to scare you|didnt mean to)\b|[😂😅🤣😭🙈💀]/gu;
/** Finality that is not the last time of a habit given up ("no lol just enjoying the view one last time"). */
function finalWords(normText: string): boolean {
  return (FINALITY_EN.test(normText) || FINALITY_ZH.test(normText)) && !LAST_OF_A_HABIT.test(normText);
}
/** A last time of a habit given up ("最后一次熬夜！！明天开始十一点睡", "last time skipping leg day"). */
const LAST_OF_A_HABIT =
  /(?:去|来|我们|一起)?(?:拍|看|逛|吃|玩|聚|打卡)(?:一下|个)?最后一次|最后一次(?:夜景|合影|合照|聚餐|聚会|打卡|团建)|最后一次(?:熬夜|喝奶茶|喝酒|吃|抽烟|打游戏|通宵|点外卖|迟到|减肥|剁手|买|找前任|找他|找她|联系(?:他|她|前任)|复合|求(?:他|她))|\blast (?:time|night) (?:i (?:stay up|pull an all-?nighter|skip|eat|drink|smoke|order)|staying up|skipping|eating|drinking|smoking|ordering)\b/u;
/** The answer opens by naming an activity the words came from ("剧本杀啦 我的角色要留一封遗书", "是学校生命教育课的作业"). */
const OPENS_WITH_ACTIVITY =
  /^(?:哈+|啊|额|嗯|噢|哦)?[\s,，。!！~]*(?:是|就是|其实是|那是|我是说|我说的是)?[^，。,.!?！？\n]{0,10}(?:生命教育|剧本杀|狼人杀|密室|作业|课|游戏|比赛|演出|排练|话剧|小说|剧本|团建|文案|朋友圈|签名|歌词|台词|配文|蹦极|跳伞|冬泳|攀岩|潜水|滑雪|跳水|露营|烧烤|烤肉|装修|剪头发|剪发|理发|手术|拔牙|漫画|动漫|番剧|电视剧|电影|综艺|manhwa|manga|anime)|^(?:lol|haha\w*|oh|ah)?[\s,.!]*(?:its|it is|it was|thats|that was|for|i mean|i meant)\s+(?:a |my |our |the |this )?(?:\w+\s){0,6}?(?:class|course|assignment|homework|game|play|rehearsal|workshop|exercise|murder mystery|drama|project|job|work|trend|challenge|meme|skit|prank|song|lyric|quote|line from|caption|bungee|skydiv\w*|climb\w*|dive|diving|camping|bbq|barbecue|haircut|surgery|renovation)\b/u;
/**
 * Session 18: the answer opens by saying what the person is doing ("chopping onions 😂 mandoline slicer got me", "yeah
 * im fixing the gutter", "just waiting for my mate"): an activity named, counted like OPENS_WITH_ACTIVITY.
 */
const OPENS_DOING =
  /^(?:lol|lmao|haha\w*|oh|ah|yeah|yes|yep|ya|nah|no|um|uh)?[\s,.!]*(?:(?:im|i am|i was|were|we are|we were)\s+)?(?:just\s+)?(?:chopping|slicing|dicing|peeling|cooking|baking|shaving|gardening|weeding|pruning|fixing|repairing|painting|decorating|climbing|hiking|fishing|sailing|training|rehears\w*|practi[cs]ing|filming|shooting|waiting (?:for|on) (?:my|a|our) (?:mate|friend|friends|bf|gf|boyfriend|girlfriend|mum|mom|dad|sister|brother|cousin|bus|train|taxi|uber|lift|ride|date|delivery|pizza|food|order)|on (?:a|my) (?:break|shift|lunch))\b/u;
/**
 * Session 18: the explanation taken back in the same answer ("chopping onions lol but honestly i did do it on purpose
 * too", "切菜切到的 但其实也是故意的"): deliberate after all.
 */
const TAKEN_BACK =
  /\bon purpose\b|\bdeliberately\b|\bintentionally\b|\b(?:but|though|tho)\b[^.!?\n]{0,30}\b(?:honestly|actually|tbh|for real|fr|i meant it|i did (?:it|do it|mean it))\b|故意|有意的|(?:但|不过|可是)(?:其实|说实话|老实说|说真的)/u;
/**
 * Session 18: an apology and what was meant, early in the answer ("哎呀吓到你了不好意思 我是说我养的孔雀鱼又死了一缸", "the
 * relationship!! god sorry, I meant with my boyfriend"), or "I meant …" as its first words.
 */
const SORRY_I_MEANT = new RegExp(
  `^[^.!?。！？\\n]{0,40}?(?:sorry|my bad|oops|不好意思|抱歉|对不起|吓到你)[\\s\\S]{0,30}?(?:${MEANT_OTHERWISE_SAID.source})|^[^.!?。！？\\n]{0,12}?(?:${MEANT_OTHERWISE_SAID.source})`,
  'u',
);
/** Laughed off with an apology ("LOL bottle of wine 🍷 it's my bday. sorry bot"). */
const LAUGHED_OFF =
  /^(?:lol|lmao|haha\w*|哈哈+|😂|🤣|😅)(?=[\s\S]*(?:\b(?:sorry|my bad|dont worry|didnt mean|no worries)\b|抱歉|不好意思|别担心|吓到你))|^(?:omg |oh god |oh no |oops )?(?:sorry|so sorry|my bad|抱歉|不好意思|对不起)(?:[\s,.!。，！~…😭😅🙈]|$)|\b(?:im|i am) (?:fine|ok|okay|good|safe) (?:lol|lmao|haha\w*|promise|i promise|honestly|fr)\b|我(?:真的)?没事(?:的)?(?:哈+|啦|放心)/u;
/** A change of subject after a disclosure. */
const TOPIC_CHANGE =
  /(?:^|[\s,，。.!！?？~…的了啊哈吧嗯哦呀])(?:对了|话说|顺便问)(?=[\s,，。.!！?？~…]|$|[我你他她那这一])|换个话题|不说这个了|\b(?:anyway|anyways|btw|by the way|on another note|random q|unrelated|moving on)\b/u;
/**
 * A question about getting at means right after the words were taken back ("楼下药店几点关门", "what time does walgreens
 * close tonight"): the walk-back is not believed.
 */
const MEANS_ACCESS_ASK =
  /药店|药房|五金店|几点关门|还开着|营业到|\b(?:pharmacy|pharmacies|chemist|walgreens|cvs|drugstore|hardware store|gun (?:shop|store)|still open|open (?:til|till|until)|what time does \w+(?: \w+)? close)\b/u;

/**
 * A walk-back that changes the subject or asks after means explains nothing, whatever else it says; assessRisk asks
 * this before any explanation (and then keeps the floor at `high`).
 */
export function walksBackOnly(normText: string): boolean {
  return TOPIC_CHANGE.test(normText) || MEANS_ACCESS_ASK.test(normText);
}
/** Disclosures of something concrete, which a bare denial does not explain. */
const CONCRETE_KINDS = new Set<CrisisCategory>([
  'means',
  'plan',
  'act',
  'selfharm',
  'farewell',
  'giving-away',
  'location',
]);
/** The words went to the wrong chat. */
const WRONG_CHAT =
  /发错(?:了|群|人|地方)|\b(?:wrong (?:chat|person|window|convo|thread)|sent (?:that|it) to the wrong)\b/u;
/** Set-aside reasons under which explicit words in the answer are its explanation, not its risk. */
const EXPLAINED_ASIDE = new Set(['fiction-or-media', 'leisure', 'hyperbole', 'everyday-goodbye']);
/** The risky user turn was a one-liner: at most this many Han characters, a Latin word counting two. */
const ONE_LINER_WEIGHT = 24;

export function deniedAndExplained(answer: LaterAnswer): boolean {
  const { normText, current, recentUserTexts, recent, lastTurn } = answer;
  if (!quietAnswerToQuestion(current, lastTurn)) return false;
  if (
    !OPEN_DENIAL.test(normText) &&
    !WRONG_CHAT.test(normText) &&
    !NOT_DEATH.test(normText) &&
    !OPENS_WITH_ACTIVITY.test(normText) &&
    !OPENS_DOING.test(normText) &&
    !LAUGHED_OFF.test(normText) &&
    !SORRY_I_MEANT.test(normText)
  )
    return false;
  // A hedge asked about something else ("a cat maybe?") is not a hedge about the risk: questions are left out.
  const told = normText.replace(/[^.!?。！？\n]*[?？]/gu, ' ');
  if (SERIOUS.test(normText) || UNSETTLED_REPLY.test(told) || TAKEN_BACK.test(normText)) return false;
  if (FINALITY_EN.test(normText) || FINALITY_ZH.test(normText)) {
    const explainedAway =
      current.suppressed.some((s) => EXPLAINED_ASIDE.has(s.reason)) ||
      LAST_OF_A_HABIT.test(normText) ||
      NOT_DEATH.test(normText);
    if (!explainedAway) return false;
  }
  if (!substantive(normText.replace(REASSURANCE, ' '))) return false;
  const risky = recent.map((p, i) => (p.signals.length > 0 ? i : -1)).filter((i) => i >= 0);
  if (risky.length !== 1) return false;
  // After something concrete (means, a plan, an act, a goodbye) a denial alone is no explanation: the answer must say
  // what the words were about (an activity, a purpose, another meaning, "not to life"). A change of subject is ruled
  // out before (walksBackOnly).
  const concrete = recent[risky[0]!]!.signals.some((s) => CONCRETE_KINDS.has(s.category));
  const anchored =
    OPENS_WITH_ACTIVITY.test(normText) ||
    OPENS_DOING.test(normText) ||
    PURPOSE_TOLD.test(normText) ||
    MEANT_OTHERWISE_SAID.test(normText) ||
    NOT_DEATH.test(normText) ||
    WRONG_CHAT.test(normText);
  if (concrete && !anchored) return false;
  const { han, words } = textSize(normalise(recentUserTexts[risky[0]!] ?? '').text);
  if (han + 2 * words > ONE_LINER_WEIGHT) return false;
  const model = defaultCrisisModel();
  return !!model && model.score(normText).p[0] < ANSWER_MAX_RISK;
}

/**
 * Session 23: the words put on someone else who had the phone ("是我弟弟拿我手机乱打的", "my little brother grabbed my
 * phone"): it says who, not what the words meant, and cannot be checked; the floor keeps at least a check-in…
 */
const TYPED_BY_ANOTHER =
  /(?:拿|用|抢|玩|偷看)(?:了)?我(?:的)?(?:手机|电脑|号|账号)|(?:手机|电脑|账号)被[^\s,，。]{0,6}(?:拿|抢|玩|盗|用)|\b(?:grabbed|took|had|stole|got hold of|was on|was using|hacked) my (?:phone|laptop|account|ipad)\b|\bmy (?:little |younger |big |older )?(?:brother|sister|son|daughter|kid|friend|cousin|roommate|flatmate)\w* (?:was )?(?:typing|texting|messing|playing)\b/u;

/** …unless it also says where the words came from ("她在学校听同学说了这句话就学着打出来", "he copied it from a meme"). */
const SOURCE_TOLD =
  /听(?:同学|别人|人|朋友|大人)?说|学(?:着|来的|的)|跟着|模仿|抄(?:的|来)|看(?:到|了)(?:的)?(?:视频|电视|动画|抖音|短视频)|\b(?:heard|learn(?:ed|t)|copied|copying|repeating|from (?:a|the) (?:meme|song|game|show|video|cartoon|tiktok))\b/u;

/**
 * Session 19: whether the explanation model may read this answer at all (its own score aside; the trainer chooses
 * its threshold under the same conditions). The answer must say no, or what the words meant, in a way the rules know
 * (`anchoredExplanation`; after a question that took the risk as given, a denial or a meaning only), say more than its
 * reassurance, and carry no risk of its own: no signal, nothing meant seriously, taken back, hinted at, final or
 * accepting the alarming reading; the crisis model must read it, and each of its clauses, below `ANSWER_MAX_RISK`, and
 * the recent user turns read together with it below `JOINED_MAX_ACTIVE`, as for the clarified reading. Session 23:
 * with `anchored` false the anchor is not asked for (nor, after a question that took the risk as given, the denial).
 */
export function explanationReadable(answer: LaterAnswer, anchored = true): boolean {
  const { normText, current, recentUserTexts } = answer;
  if (current.level !== 'none' || current.signals.length > 0) return false;
  if (TYPED_BY_ANOTHER.test(normText) && !SOURCE_TOLD.test(normText)) return false;
  if (!substantive(normText) || SERIOUS.test(normText) || TAKEN_BACK.test(normText)) return false;
  if (INSINUATION.test(normText)) return false;
  if (UNSETTLED_REPLY.test(normText)) return false;
  if (finalWords(normText)) return false;
  // The answer must say no, or what the words meant, in a way the rules know; the model judges only such answers.
  // Without it a calm continuation can read as everyday to the model ("i'm on the roof" — "yeah i'm waiting for the
  // right moment"; "are you thinking about suicide right now?" — "more than i want to admit … whats something for
  // tea lol"). A walk-back says more than its reassurance ("你想哪去了 哈哈开玩笑的" is not enough).
  // Session 23: `anchored` false reads an answer that only tells what the words were about ("in the kitchen lol,
  // mandoline slicer got me"); the model's bar for it is higher (`unanchored`).
  if (anchored && !anchoredExplanation(normText)) return false;
  if (!substantive(normText.replace(REASSURANCE, ' '))) return false;
  // After a question that took the risk as given, an activity named is no denial ("你有具体的计划吗？" — "下周去山里徒步
  // 摔下去就是意外 …").
  if (anchored && riskPresupposed(answer.lastTurn) && !deniedOrMeant(normText)) return false;
  if (ACCEPTS_PREMISE.test(normText)) return false;
  // Each clause too: an explanation can dilute what follows it ("the marriage!! sorry, I meant with my husband. he
  // won't have to put up with me much longer" reads 0.19 whole, its last sentence 0.74).
  return modelReadsQuiet(normText, recentUserTexts, clausesOf(answer.rawText));
}

/** A clause says something when it has this many Han characters, a Latin word counting two. */
const CLAUSE_MIN_WEIGHT = 4;

/** The answer's sentences and, in Chinese chat, its space-separated clauses (normalised). */
function clausesOf(raw: string): string[] {
  return raw
    .split(/[.!?。！？\n;；]+|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/u)
    .map((c) => normalise(c).text.trim())
    .filter((c) => {
      const { han, words } = textSize(c);
      return han + 2 * words >= CLAUSE_MIN_WEIGHT;
    });
}

/** The answer says no, that the words meant something else, or opens with what they were about. */
function anchoredExplanation(normText: string): boolean {
  return (
    deniedOrMeant(normText) ||
    OPENS_WITH_ACTIVITY.test(normText) ||
    OPENS_DOING.test(normText) ||
    PURPOSE_TOLD.test(normText)
  );
}

/**
 * Session 19: the explanation model (`models/crisis-explained.bin.gz`) reads the answer as explaining the earlier
 * words away ("the relationship!! god sorry, I meant with my boyfriend"), at or above its `explained` threshold. The
 * safety is in `explanationReadable`: out of fold no written risk line passed it at all, so the threshold (0.50, its
 * floor) only keeps counselling turns out. With either model missing it never applies.
 */
export function explainedByModel(answer: LaterAnswer): boolean {
  const model = defaultExplainedModel();
  const bar = model?.header.thresholds.explained;
  if (!model || bar === undefined) return false;
  const score = () => model.score(answer.normText).p[0];
  if (explanationReadable(answer)) return score() >= bar;
  // Session 23: an explanation the rules do not anchor (no denial, no "I meant", no activity named first) ends the floor
  // only at the model's higher `unanchored` bar, set above every written risk line and counselling turn out of fold.
  const loose = model.header.thresholds.unanchored;
  return loose !== undefined && explanationReadable(answer, false) && score() >= loose;
}
