/**
 * Crisis lexicon: patterns over NORMALISED text (see ../normalize.ts: lower-case, simplified
 * Chinese, half-width punctuation, apostrophes removed, no spaces between CJK characters).
 *
 * Levels follow the C-SSRS screener's ladder (references.md §5): wish to be dead / hopelessness
 * (low) → active thoughts or self-harm intent (high) → method, plan, means, time, farewell or an act
 * in progress (imminent). Slang lists: community usage (紫砂/zs homophones for 自杀, "kms", "ctb",
 * "unalive", "sewerslide" algospeak). Written for CareLLM, 2026-11-29; review with a clinician
 * before a release. Tuned only on bench/data/safety/crisis.dev.jsonl and SOS-1K folds 1–5.
 */
import type { RiskLevel } from '../../core/types.ts';
import { LEISURE } from './crisis-modifiers.ts';

export type CrisisCategory =
  | 'passive' // wish to be dead, not wanting to wake up
  | 'hopeless' // no point living, no way out
  | 'burden' // better off without me
  | 'ideation' // active thoughts of suicide
  | 'selfharm' // self-harm intent or act
  | 'method' // asking for or choosing a method
  | 'giving-away' // giving possessions away
  | 'means' // has the means ready (pills saved, rope bought)
  | 'plan' // plan or date fixed
  | 'act' // act in progress
  | 'farewell' // goodbye / note
  | 'means-weak' // possible means, needs context
  | 'farewell-weak' // possible goodbye, needs context
  | 'time' // a time for "doing it", needs context
  | 'time-weak' // a bare time ("tonight", "就今晚"), counts only with active ideation
  | 'resolve' // resolve or readiness ("this time I won't stop", "everything is ready"), needs context
  | 'location' // at a high place, needs context
  | 'emoji' // 🪦🔪💊 etc., needs context
  | 'learned'; // the learned model's signal (src/safety/learned); never part of a combination

/** Level a category reaches on its own. Weak categories only count in combination. */
export const CATEGORY_LEVEL: Record<CrisisCategory, RiskLevel> = {
  passive: 'low',
  hopeless: 'low',
  burden: 'low',
  ideation: 'high',
  selfharm: 'high',
  method: 'high',
  'giving-away': 'high',
  means: 'imminent',
  plan: 'imminent',
  act: 'imminent',
  farewell: 'imminent',
  'means-weak': 'none',
  'farewell-weak': 'none',
  time: 'none',
  'time-weak': 'none',
  resolve: 'none',
  location: 'low',
  emoji: 'none',
  learned: 'low',
};

export interface CrisisRule {
  id: string;
  category: CrisisCategory;
  re: RegExp;
  /** Overrides the category's level (a place said as "I am there now" reaches `high`). */
  level?: RiskLevel;
  /**
   * A place or object also used for leisure (rooftop, bridge, rope): dropped next to a leisure cue
   * (`true`: the shared LEISURE list; a RegExp: the rule's own everyday contexts, same sentence).
   */
  leisure?: boolean | RegExp;
  /**
   * `self`: the wording names the speaker as subject ("kill myself", "kms"): only a nearer
   * nominative subject ("she wants to kms") makes it someone else's. `speaker`: the speaker is in
   * the wording as object ("better off without me"), so other people in the sentence are expected.
   * Otherwise the nearest subject decides.
   */
  subject?: 'self' | 'any' | 'speaker';
  /** Often used as hyperbole; suppressed by hyperbole cues, softened by laughter. */
  hyperbole?: boolean;
}

/** Combinations across the current message and the recent turns that raise the level. */
export interface CrisisCombo {
  id: string;
  /** Every group must be present; a group is satisfied by any of its categories. */
  all: CrisisCategory[][];
  level: RiskLevel;
}

// Clause-internal gap (no clause punctuation).
const G = '[^,.。!?;\\n]';
const ZH_INTENT = '(?:想|想要|要|好想|很想|真想|超想|打算|准备|决定|计划|考虑|会|去|该|干脆|不如|只想|一直想|总想|总是想|老想|有点想|都想|就想|真的想|想过|想到了?|想着|在想|有过|产生了?|动了|萌生了?|又想)';
const r = (src: string) => new RegExp(src, 'gu');
// Ways of dying or self-harm named as an act (zh); shared by intent and mention rules.
const ZH_METHOD = '(?:跳楼|跳河|跳江|跳海|跳桥|跳崖|跳轨|跳下去|跳落去|卧轨|上吊|烧炭|割腕|割脉|吞药|吞安眠药|吃安眠药|食安眠药|喝农药|服毒|开煤气|撞车|(?:开|冲)(?:下去|进(?:江|河|海|湖)里?)|走进(?:海|江|河|湖)里)';
// Quantities that make swallowing pills an overdose.
const ZH_QUANT = '(?:一整瓶|整瓶|大半瓶|半瓶|一瓶|一把|一大把|一板|两板|整板|一盒|整盒|所有的?|全部的?|几十|[0-9]{2,}|一堆|好多|很多)';
// Everyday contexts for rules whose words also have ordinary uses (checked in the same sentence):
// relief after a finished task, charcoal or rope for a barbecue or camping, giving old things away.
const ZH_DONE_WITH_TASK =
  /辞职|离职|自然醒|猫|狗|宠物|去世|离世|病逝|安乐死|考完|考试|考研|高考|中考|期末|答辩|毕业|论文|放假|下班|交了|过了|上岸|ddl|deadline|项目|上线|不醉不归|庆祝|🍻|🎉|🥳/u;
// The idiom 一了百了 said about an everyday decision ("一了百了，直接把这台破车卖了换新的").
const ZH_DONE_EVERYDAY =
  /考完|答辩完|毕业了|上岸|辞职|离职|裸辞|跳槽|卖了|换新|换(?:个|一)|搬家|分手了|删了|拉黑|开(?:店|民宿)|清仓|扔了|再也不用(?:碰|学|考|写|做|上|见)|把(?!自己|我)[^,.。!?;\n]{1,8}(?:剪|剃|扔|卖|删|换|退|拆|烧|戒|染)(?:了|掉)/u;
const ZH_EVERYDAY_USE =
  /烧烤|烤肉|烤串|烤炉|炭火|腌料|bbq|露营|野营|野炊|野餐|火锅|取暖|生火|攀岩|晾|搬家|打包|行李|帐篷|捆|绑货|种花|花盆|开烤|围炉|烤火|烤红薯|烤地瓜|煮茶|吊床|秋千|跳绳|拔河|羊肉串|鸡翅|能烤|下楼吃|剃须|刮胡|晕车|感冒药|创可贴|急救包|药箱|份量|(?:爷爷|奶奶|外公|外婆|姥姥|姥爷|老人|孩子|宝宝|猫|狗)的|给(?:我)?(?:爸|妈|爷爷|奶奶|外公|外婆|孩子|宝宝|猫|狗)[^,.。!?;\n]{0,6}(?:换|用|吃|喂)/u;
// Everyday bleeding and cuts: nosebleeds, blood tests, kitchen and shaving accidents, first-aid class.
const ZH_EVERYDAY_INJURY =
  /鼻血|抽血|献血|体检|切菜|切水果|切到|做饭|削(?:水果|苹果|皮)|拆快递|刮胡子|剃须|急救|缝针|拔牙|牙龈|月经|经期|生理期|姨妈|摔(?:倒|了|破)|磕(?:到|破)|擦伤|不小心|礁石/u;
// Sleeping in: "十二点之前我不会再醒来了，勿扰", "不想醒，就想睡到中午".
const ZH_SLEEP_IN = /除非|闹钟|勿扰|😴|睡到|补觉|懒觉|赖床|自然醒|别叫我|别吵我|外卖|起床|被窝|太舒服|周末|假期|放假|\bweekends?\b|\bsleep (?:in|till|until)\b/u;
// A happy event planned: a proposal, a party, a trip ("都准备好了，今晚十点，地点也选好了，我要向她求婚！").
// Not a birthday: people choose it as the date ("日子定好了，就在我生日那天").
const ZH_HAPPY_EVENT = /求婚|婚礼|派对|惊喜|聚会|约会|旅行|旅游|面试|演出|表白|毕业典礼|年会|💍|🎉/u;
// Charcoal for cooking, jumping for sport or into a pool, jumping down to fetch something.
const ZH_METHOD_EVERYDAY =
  /烧烤|烤肉|烤串|\bbbq\b|barbecue|火锅|取暖|露营|野炊|围炉|烤火|炭火|蹦床|蹦极|跳伞|跳水|泳池|游泳池|滑翔|跳下去(?:捡|拿|取|接)|捡(?:衣服|东西|球)|(?:是|在)一楼/u;
// Entering another world: a game, a novel, a dream ("离开这个世界 进入游戏的世界").
const ZH_OTHER_WORLD = /(?:进入|回到|去|穿越到?|沉浸在|活在|住进)[^,.。!?;\n]{0,8}(?:游戏|小说|二次元|书|梦|动漫|虚拟|元宇宙|番)/u;
// A knife at hand for cooking ("刀在手上 今晚做 hotpot, 切菜中").
const ZH_KITCHEN = /切菜|做饭|做菜|厨房|hotpot|火锅|\bcook\w*|菜谱|切水果|削(?:水果|苹果|皮)|剁|洋葱|切肉|备菜|食材/u;
// Things cut open with a knife, just after a cutting verb ("用刀划了好几下，这个快递箱的胶带真结实").
const ZH_CUT_THINGS = '[^。!?\\n]{0,12}(?:快递|纸箱|箱子|胶带|包装|西瓜|水果|蛋糕|泡沫|皮革|橡皮|模型|木头|绳子)';
const ZH_PLACE_EVERYDAY =
  /住在|家在|我家|办公|公司|宿舍|开会|上班|餐厅|酒吧|咖啡|健身|游泳|冬泳|钓|日落|日出|夕阳|风景|夜景|拍照|烟花|看星|散步|跑步|晒|乘凉|吹风|聚会|烧烤|约会|排队|等车|等人|秋千/u;
const ZH_EVERYDAY_GIVING =
  /搬去|搬到|新城市|轻装上阵|旧东西|旧衣服|旧书|旧的|闲置|不要的|用不着的|断舍离|二手|搬家|新家|出国|留学|移民|出差|旅游|旅行|寄养|放假|回老家|几天|一周|一个星期/u;
// Round 5 (zh): everyday trips to the water or a roof ("现在去江边散步", "出发去海边玩"), and everyday
// goodbyes after thanks or an apology ("谢谢大家观看，再见了", "抱歉我先走一步，明天要早起").
const ZH_GO_EVERYDAY = new RegExp(
  `${LEISURE.source}|${ZH_PLACE_EVERYDAY.source}|玩|逛|跑|骑|走走|溜达|兜风|游(?!戏)|拍|看(?:海|日|风景|烟花|比赛)|钓|野餐|吃|喝|聚|上课|上班|开会|接(?:人|你|他|她|孩子)|买|取|集合|参加|活动|团建|锻炼|遛|写生|采风|值班|巡逻|施工|检修`,
  'u',
);
const EVERYDAY_GOODBYE_ZH =
  /明天见|下次见|回头见|改天|下周见|观看|收看|直播|关注|点赞|下课|散会|会议|下班|上车|登机|赶(?:车|飞机|地铁)|早起|有事|加班|接孩子|吃饭|洗澡|睡觉|去忙|\b(?:see (?:you|u|ya) (?:tomorrow|later|soon|next)|ttyl|gtg|brb|class|meeting|work)\b/u;
const EN_QUANT = '(?:all|everything|a bottle|the whole bottle|a whole bottle|half (?:a|the) bottle|a bunch|a handful|a lot|[0-9]{2,}|twenty|thirty|forty|fifty|so many|too many|a box|a pack)';
// Medicines people overdose on (en): used by means, method and act rules.
const EN_DRUG = '(?:pills|meds|medication|tablets|painkillers|sleeping pills|antidepressants|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|morphine|oxy(?:codone|contin)?|opioids|fentanyl|insulin|codeine|tramadol|xanax|benzos|diazepam|valium|lithium|seroquel|quetiapine|amitriptyline|sertraline|zopiclone|melatonin)';

// Everyday contexts for English rules whose words have ordinary uses (same sentence): jumping as a
// sport, a blade or knife in a craft or kitchen, a small everyday injury, moving out.
const EN_JUMP_SPORT =
  /\b(?:bungee|bungy|skydiv\w*|parachut\w*|base jump\w*|high dive|diving board|trampoline|tandem|paraglid\w*|hang ?glid\w*|zip ?lin\w*|ski\w*|snowboard\w*|parkour|show ?jump\w*|horse|hurdles?|long jump|high jump|triple jump|the pool|for charity|cliff ?div\w*|cliff ?jump\w*|scuba|snorkel\w*|springboard|\d+\s?m (?:board|platform|tower)|swim (?:coach|team|meet|practice|lesson)s?)\b|🪂/u;
const EN_HANDS_BUSY =
  /\b(?:cricut|crafts?|crafting|lino\w*|carv\w*|whittl\w*|chopping|chop|cook\w*|kitchen|recipe|dinner|sewing|fabric|scrapbook\w*|print\w*|project|hobby|sculpt\w*|wood\w*|pumpkin|veg\w*|onions?|garden\w*|prun\w*|shav\w*|climbing|belay\w*|camping|fishing|hunting|range|glitter)\b/u;
const EN_MINOR_INJURY =
  /\b(?:paper ?cut|fingers?|thumbs?|fingertip|kitchen|onions?|bagel|avocado|mandoline|toe|shaving|shave|razor burn|gums?|floss\w*|nose ?bleeds?|nose|tooth|teeth|dentist|period|menstrual|scraped?|grazed?|splinter|knife slipped|chopping|fell (?:off|over)|tripped|hangnail|cuticle|stubbed|piercing|tattoo)\b/u;
// "the edge" as a place, not "on edge" (nervous) or "the edge of my seat/bed".
const EN_EDGE =
  '(?<=\\bthe\\s)(?:edge|ledge)\\b(?!\\s+of\\s+(?:(?:my|your|his|her|our|their|the|a|this)\\s+(?:seat|chair|bed|sofa|couch|desk|table|bath|bathtub|tub|stage|page|screen|mattress|cliffhanger)s?\\b|tears|sleep|glory|sanity|reason|(?:a )?breakdown|something|greatness|madness|insanity))';
// Everyday contexts of a "goodbye": going to sleep, a dying phone battery, a spicy-food challenge.
const EN_FAREWELL_EVERYDAY =
  /\b(?:see (?:u|you|ya) in (?:\d+|a few|an?)\s?(?:hrs?|hours?|mins?|minutes)|nap\w*|phone (?:is )?(?:at|on) \d+|battery|charger|ghost pepper|carolina reaper|hot sauce|spicy|wings? challenge|one chip challenge)\b|😴|🌶/u;
// Medicines handled for someone else or kept as a supply (a pill organiser, a trip abroad).
const EN_MED_EVERYDAY =
  /\b(?:organi[sz]er|pill ?box|dosette|blister packs?|(?:\d+|once|twice) a day|grandpa\w*|grandma\w*|granny|grandad\w*|nan(?:s|a)?|(?:mum|mom|dad|sons?|daughters?|kids?)s? (?:meds|pills)|caregiv\w*|carer|patients?|run(?:ning)? out|abroad|flight\w*|travel\w*|holiday|vacation|refills?|prescriptions?|insurance|pharmacy (?:is )?clos\w*)\b/u;
// Sport and exams next to "I have a plan" ("i have a plan and i'm killing it saturday, half marathon PR").
const EN_PLAN_EVERYDAY =
  /\b(?:marathon|half marathon|race|pr|pb|training plan|workout|gym|exams?|revision|interview|presentation|wedding|party|trip|diet|budget|business|killing it|crush(?:ing)? it|nail(?:ing)? it)\b|🏃/u;
const EN_MOVING_ON =
  /\b(?:moving (?:out|in|house|away|to|back)|move out|new (?:flat|place|house|apartment|job|school)|got (?:a|the) job|graduat\w*|pay (?:you|them|it) back|own place)\b/u;
// Round 5 (en): a wider list of medicines for acts told by their object ("took all my lithium").
const EN_DRUG_WIDE = `(?:${EN_DRUG.slice(3, -1)}|medicine|adderall|gabapentin|pregabalin|propranolol|prozac|zoloft|lexapro|ambien|klonopin|ativan|benadryl|nyquil|percocet|vicodin|methadone|heroin|prescription|sleepers|capsules)`;
// Medicine taken as a dose or thrown out, right after an ingestion verb ("took all my meds this morning").
const EN_DOSE_AFTER =
  '(?!\\s+(?:this morning|today|on time|like (?:a|i|im|the doctor)|with (?:breakfast|lunch|dinner|food|a meal)|as (?:usual|prescribed|normal|directed)|at (?:breakfast|lunch|dinner|\\d)|every|in the (?:morning|bin|trash)|to the|back)\\b)';
// Ways of dying by a vehicle or a fall, as the object of a driving or stepping verb.
const EN_CRASH_OBJECT =
  '(?:a |the |an |that |oncoming |some )?(?:tree|wall|river|lake|bridge|barrier|(?:oncoming )?traffic|(?:\\w+ )?lane|lorry|truck|semi|bus|pole|lamppost|ditch|cliff|overpass|sea|quarry|canal|median|pillar|embankment|abutment|train|tube)\\b';
// Everyday use of a rope or a gun next to the words ("rope's tied to the beam so the punching bag hangs").
const EN_ROPE_GUN_EVERYDAY =
  /\b(?:punching bag|swing|hammock|tent|tarp|boat|canoe|kayak|trailer|roof rack|climb\w*|gym|hunt\w*|deer|duck|range|clay|skeet|target|season|cleaning|clean it|holster|licen[cs]e|christmas|decorations?|lights|laundry|washing line|clothesline|dog|horse|goat|cow)\b/u;

export const CRISIS_RULES: CrisisRule[] = [
  // ---------- Chinese: active ideation (high) ----------
  { id: 'zh.want-die', category: 'ideation', hyperbole: true, re: r(`想(?:要)?(?:去)?死(?!你|您|他|她|它|我了|我啦|人|宝|鬼|磕|守|撑|活|海|机|线|党|角|神|刑|循环)`) },
  { id: 'zh.suicide-intent', category: 'ideation', re: r(`${ZH_INTENT}(?:过)?(?:要)?(?:去)?(?:自杀|轻生|寻死|安乐死)(?!式)`) },
  { id: 'zh.suicide-thought', category: 'ideation', re: r(`(?:自杀|轻生|死)的?(?:念头|想法|冲动|倾向|计划)`) },
  { id: 'zh.suicide-bare', category: 'ideation', re: r(`自杀(?:算了|吧|了吧|好了)|寻死|轻生`) },
  { id: 'zh.zisha', category: 'ideation', hyperbole: true, re: r(`紫砂(?!壶|锅|杯|泥|陶|茶|煲|器|砂|盆|罐)|自鲨|自s(?![a-z])|\\bzisha\\b|\\bzs\\b|\\bjs\\b(?=了|算了)`) },
  { id: 'zh.dont-want-live', category: 'ideation', hyperbole: true, re: r(`不想(?:再)?(?:继续)?(?:活|生存)(?:了|下去|落去|着)?(?!(?:了)?(?:也|又|但也|可是也)不(?:想|敢)死)(?!成|得像|在(?!这个世界|这世界|世上|世界上|人间|这个世上))|不愿(?:意)?(?:再)?活(?:下去|着)?|活够了|不想活在这个世界`) },
  { id: 'zh.end-life', category: 'ideation', re: r(`(?:结束|了结|终结|放弃)(?:掉)?(?:自己|我)?(?:的)?(?:生命|这条命|性命|一生|余生|这一切|一切)(?!内卷|烦恼|混乱|加班|工作|关系|的)|了结(?:自己|此生)|(?:想|干脆)一了百了(?!${G}{0,2}把(?!自己|我))`) },
  // The bare idiom also ends everyday troubles (quitting a job, selling the old car, the last exam).
  { id: 'zh.end-all-idiom', category: 'ideation', hyperbole: true, leisure: ZH_DONE_EVERYDAY, re: r(`(?<!(?:辞职|离职|裸辞|辞了|分手|删|拉黑|退学|卖|搬)${G}{0,8})一了百了(?!的)`) },
  // Leaving this world for a game, a book or a dream ("离开这个世界了 进入游戏的世界") is a hobby.
  { id: 'zh.leave-world', category: 'ideation', leisure: ZH_OTHER_WORLD, re: r(`(?:(?:离开|告别|逃离)(?:这个|这)?(?:世界|人世|人间)|(?:跟|和|向)(?:这个)?(?:世界|人间)(?:说)?(?:再见|告别|道别|拜拜))(?!${G}{0,2}(?:[一两三几]|[0-9]+)(?:天|周|个?星期|个?月|阵子|下))|去另一个世界|去天堂找|人生(?:这(?:个|场)游戏)?(?:不玩了|退游|下线了)|退出人生|地球online(?:下线|退游)`) },
  { id: 'zh.go-die', category: 'ideation', hyperbole: true, re: r(`(?:我|自己)(?:还是|干脆|就|真该|应该|该)?(?:去)?死(?:了|掉)?(?:算了|吧|好了|得了)|死了(?:算了|得了)|死掉算了|不如死了(?:算了)?|还不如死|去死(?:算了|好了)`) },
  { id: 'zh.jump', category: 'ideation', hyperbole: true, leisure: ZH_METHOD_EVERYDAY, re: r(`${ZH_INTENT}${G}{0,6}?${ZH_METHOD}|(?:从|在)${G}{0,8}(?:楼顶|天台|楼上|桥上|阳台|窗台|窗户)${G}{0,4}(?:跳下去|跳下|跳)`) },
  { id: 'zh.method-mention', category: 'ideation', hyperbole: true, re: r(`(?:我(?!们)|自己)(?:(?!闺蜜|朋友|同学|室友|同事|妈|爸|哥|姐|弟|妹|男友|女友|男朋友|女朋友|对象|老公|老婆|孩子|儿子|女儿|家人|他|她)${G}){0,6}(?:跳楼|上吊|烧炭|卧轨|割腕|喝农药)(?!价|大甩卖|甩卖)`) },
  { id: 'zh.really-want-die', category: 'ideation', hyperbole: true, re: r(`(?:真的|是)想死(?!你|您|他|她|它|人|海|机)`) },
  { id: 'zh.affirm-want-die', category: 'ideation', re: r(`死了(?:就)?(?:解脱|轻松|清净)了?|只有死(?:才)?(?:能|可以)?`) },
  { id: 'zh.attempt', category: 'ideation', re: r(`自杀未遂|(?:自杀|轻生)过|(?:试过|尝试过?|尝试了)(?:去)?(?:自杀|轻生|结束生命)`) },
  { id: 'zh.together', category: 'ideation', re: r(`一起(?:去)?(?:死|自杀|烧炭|跳楼|跳海|跳河|离开这个世界)|约死|求死|找(?:个)?伴(?:一起)?(?:去)?(?:死|自杀|走)|征病友|结伴(?:自杀|去死)|死一死|自杀(?:没有|没)?(?:成功|失败)`) },
  { id: 'zh.go-die-verb', category: 'ideation', hyperbole: true, re: r(`死一死|(?:可以|要|想|就|准备|打算|还是)去死(?!海|机|线|党|角|神|刑|循环|磕|守|撑|活)`) },
  { id: 'zh.jump-down', category: 'ideation', hyperbole: true, leisure: ZH_METHOD_EVERYDAY, re: r(`(?:想|要|好想|真想|就想|准备|打算|忍不住想)(?:从这里|从这儿|从楼上|从上面)?跳(?:下去|下来)|跳(?:楼|河|海|崖|江|湖|桥)的(?:冲动|念头|想法)`) },
  { id: 'zh.method-talk', category: 'method', hyperbole: true, leisure: ZH_METHOD_EVERYDAY, re: r(`死法|吊颈|割脉|服毒|跳崖|卧轨|烧炭|上吊|(?<!价格|价钱|价位|股价|房价|成绩)跳楼(?!价|大甩卖|甩卖|机|式)|跳海|跳河|跳江|(?:[0-9]+|几|[一二三四五六七八九十]+)(?:楼|层)${G}{0,4}跳${G}{0,6}(?:会|能)?死`) },
  { id: 'zh.die-by', category: 'ideation', hyperbole: true, re: r(`${ZH_INTENT}${G}{0,4}?(?:一头)?(?:撞死|摔死|淹死|吊死|撞墙死)|(?:想|要|好想)\\s?z\\s?s\\b`) },
  { id: 'zh.should-die', category: 'ideation', hyperbole: true, re: r(`(?:应该|应当|活该|只配|就该|只能|还不如)(?:去)?死(?:掉|了)?(?!机|线|心|角|党|磕|守|忠|活)|(?:叫|让|逼|催)我去死|自我了断|了断(?:自己|此生|残生)|(?:做|作)(?:个|一个)?了断|给自己(?:个|一个)?了断|自行了断|寻短见`) },
  { id: 'zh.emoji-intent', category: 'ideation', re: r(`(?:想|要|去|准备)(?:去)?(?:🪦|⚰|🔫)|(?:🪦|⚰|☠)${G}{0,10}(?:好想|想|要|准备)(?:去|到)(?:那里|那儿|那边|那)`) },

  // ---------- Chinese: self-harm (high) ----------
  // "想撞墙" is mostly a figure of speech: hyperbole-prone, on its own.
  { id: 'zh.selfharm-wall', category: 'selfharm', hyperbole: true, re: r(`撞墙`) },
  { id: 'zh.selfharm', category: 'selfharm', re: r(`(?<!(?:简直|等于|无异于|相当于|纯属|堪比|无疑|这不|这就|那就)(?:是|在)?)(?:自残|自伤)|伤害自己|划自己|割自己|(?:割|划)(?:开|破|伤)?(?:了)?(?:自己的?)?(?:手腕|手臂|胳膊|腕|大腿|手(?!指|机|套|表|脚))|(?:用|拿)(?:刀|刀片|美工刀|圆规)(?:子)?(?:割|划|扎)(?!开)(?!${ZH_CUT_THINGS})|(?:想|又|忍不住|开始)(?:去)?(?:割|划)(?!了?${G}{0,3}(?:西瓜|瓜|水果|蛋糕|绳|纸|箱|胶带|布|线|木|双眼皮|眼皮|包皮|阑尾|痔疮|韭菜|草|麦|头发|肉|菜|水|船|拳|手机|屏幕|卡))(?:了)?(?:一下|几刀|自己)?|烫自己|打自己|想(?:让自己)?(?:流血|疼)|🔪${G}{0,4}(?:手|腕|自己)`) },

  // ---------- Chinese: method seeking (high) ----------
  { id: 'zh.method-seek', category: 'method', re: r(`(?:怎么|怎样|如何|哪种|什么方式|什么方法|用什么|有什么办法)(?:(?!帮|劝|安慰|预防|防止|阻止|避免|面对|看待|理解|对待|开导|陪)${G}){0,4}(?:自杀|死|才能死|结束生命|了结)|(?:怎么|怎样|如何)死${G}{0,3}(?:不痛|不疼|快|舒服|没痛苦|没有痛苦)|吃(?:多少|几)(?:片|粒|颗|盒|瓶)?${G}{0,8}(?:会死|能死|致死|才会死|死得了)|致死量|(?:多高|几楼|几层)${G}{0,4}(?:跳下去|跳)${G}{0,3}(?:会|能|才)?死|(?:最|比较)(?:不痛苦|无痛|快)的?(?:死法|自杀方法|方法)`) },

  // ---------- Chinese: passive / hopeless / burden (low) ----------
  { id: 'zh.not-wake', category: 'passive', leisure: ZH_SLEEP_IN, re: r(`不想(?:再)?(?:醒来|醒过来|醒了|睁开眼)|想(?:过)?(?:永远)?不(?:再)?醒(?:来|过来)?|睡着(?:了)?(?:就)?(?:再也)?(?:别|不要|不)(?:再)?醒|一睡不醒|一觉(?:睡过去|不醒)|(?:不用|不必|别再?|不要再?)醒(?:了|来|过来)?(?:也挺好|也好|就好了|多好|该多好|算了)|不想(?:再)?醒(?=$|[,.。!?…~\\s])|睡过去(?:就)?(?:再也)?(?:不|别)(?:要)?醒|再也不(?:要)?醒(?:来|过来)?|醒不过来(?:就好了|也好)|永远(?:地)?睡(?:下去|过去|着)|长眠`) },
  { id: 'zh.better-dead', category: 'passive', re: r(`死了(?:也|倒|其实|反而){0,2}(?:挺好|不错|也好|更好|比较好|反而好|就好了|也无所谓)|死掉(?:也好|就好了|算了)|(?:被车撞死|出(?:个)?意外|得(?:个)?绝症|猝死)(?:就好了|也好|算了|也挺好)|不如(?:被车撞死|出意外|猝死)`) },
  { id: 'zh.disappear', category: 'passive', hyperbole: true, re: r(`(?:想|好想|只想|希望自己|希望我能)(?:就这样|彻底|永远)?消失(?!几天|一(?:阵子?|会儿?|下|段时间|天|周|个月|个星期|星期)|[0-9两三四五六七八九十]+(?:天|周|个月))|消失(?:就好了|算了|吧)|从(?:这个)?世界上?消失|不存在就好了|(?:干脆|宁愿|希望(?:自己|我)?|好想|只想)不存在|没(?:有)?(?:出生|出世)(?!在)(?:就好了)?|没有被生下来|(?:是不是|也许|可能)?(?:就)?不该(?:被)?(?:出生|出世|生下来|来到这个世界)|不该(?:把我)?生下来|后悔(?:被)?生下来|(?:全)?世界(?:上)?(?:都)?(?:没有|没了)我(?!这|那|的|一样)`) },
  { id: 'zh.no-meaning', category: 'hopeless', hyperbole: true, re: r(`活着(?:真的|好|真|太|也|很){0,2}(?:没|没有)(?:什么|啥|多大|任何)?(?:意思|意义|盼头|希望|劲)|活着(?:好|真|太|真的|很|也){0,2}(?:累|痛苦|没劲|煎熬)|活着有什么(?:意思|意义|用)|人生(?:没有|没|毫无)(?:意义|希望)|(?:看不到|没有)(?:任何)?(?:希望|未来|出路)|没有(?:活下去的)?(?:理由|意义)|活不下去|撑不下去|熬不下去|人间不值得(?![,\\s]*(?:但|可是|不过)${G}{0,8}值得)|生不如死|活腻了|我很绝望|好绝望|彻底绝望|绝望了`) },
  { id: 'zh.burden', category: 'burden', hyperbole: true, re: r(`(?:我|自己)(?:是|就是|只是|只会|一直是)?${G}{0,4}(?:的)?(?:负担|拖累|累赘|包袱)|拖累(?:了)?(?:大家|家人|别人|所有人|他们|爸妈|父母|你们|老婆孩子|老婆|老公|孩子|妻子|丈夫|家里|家庭)|(?:大家|家人|别人|所有人|家里|爸妈|父母)的(?:负担|拖累|累赘)|没有我${G}{0,6}(?:会更好|过得更好|更轻松|更幸福|会好)|(?:我)?(?:死|消失|不在)了(?:也|都)?(?:没人|没有人)(?:会)?(?:在乎|在意|难过|发现|关心|伤心|知道|记得)|(?:我)?(?:不在了|死了)(?:也|都)?(?:无所谓|没关系)|(?:如果|要是|假如)我(?:不在了|走了|消失了|死了|没了)|我(?:要是|如果|若是|哪天)(?:不在了|走了|消失了|死了|没了)|我(?:不在了|消失了)(?:以后|之后|的话)|没(?:有)?人(?:会)?(?:在乎|在意|关心)(?:我|我的死活)(?!${G}{0,1}(?:吃|穿|今天|发型|衣服|头发|的(?:发型|衣服|穿搭)))|(?:我的)?存在(?:本身)?(?:就是|就|是)(?:个|一个)?(?:错误|多余)|我(?:就)?是(?:个)?多余的|多余的人|少了我[^。!?\\n]{0,8}(?:没|不会有)(?:什么)?(?:区别|影响|关系|差别)|不配活(?:着|下去)?|(?:消失|不在|死|走)${G}{0,8}(?:大家|家人|家里人|他们|她们|你们|爸妈|所有人|别人|老婆|老公|孩子)${G}{0,3}(?:轻松|解脱|更好|好过|开心|好点|好一点|好些)|多我一个不多|少我一个不少|(?:这个世界|这个家|世界上|家里)(?:有我没我|有没有我)(?:都)?(?:一样|无所谓|没(?:有)?(?:区别|差别))`) },
  { id: 'zh.want-relief', category: 'passive', re: r(`(?:想|好想)(?:彻底)?解脱|不想(?:再)?撑(?:下去)?了`) },
  { id: 'zh.finally-free', category: 'passive', leisure: ZH_DONE_WITH_TASK, re: r(`终于(?:可以|能)?(?:解脱|安息|休息|不用再痛)了?`) },

  // ---------- Chinese: imminent ----------
  { id: 'zh.means-saved', category: 'means', leisure: ZH_EVERYDAY_USE, re: r(`(?:攒|囤|存|藏|储)(?:了|好|够)?${G}{0,8}(?:安眠药|药|片|pills)|(?:安眠药|药片|药|pills)${G}{0,6}(?:攒|囤|存|储|准备)(?:了|好|够)|(?:买|准备|搞到|弄到|备)(?:好)?(?:了)?${G}{0,6}(?:安眠药|绳子|炭|木炭|刀片|农药|百草枯|敌敌畏)|(?:绳子|木炭|炭|刀片|农药|百草枯|敌敌畏)${G}{0,4}(?:买好|准备好|备好|挂好|到手|已经买)`) },
  { id: 'zh.act-charcoal', category: 'act', leisure: ZH_EVERYDAY_USE, re: r(`(?:炭|木炭|碳)${G}{0,4}(?:已经)?(?:点上|点着|点燃|烧起来|烧上)了?`) },
  { id: 'zh.act-od', category: 'act', re: r(`(?:吃了|吞了|喝了|吃下|吞下|服了|服下|食了|食下|吃完|吞完|食完)${G}{0,6}${ZH_QUANT}${G}{0,4}(?:药|安眠药|片|粒)|(?:喝了|喝下)${G}{0,3}(?:农药|百草枯|敌敌畏|老鼠药)`) },
  { id: 'zh.act-od-ba', category: 'act', re: r(`把${G}{0,8}(?:药|安眠药|药片|止痛药)${G}{0,2}(?:全|都|全部|一次性|一口气){1,2}(?:吞|吃|喝)(?:了|下去|掉|光)`) },
  { id: 'zh.act-bleeding', category: 'act', leisure: ZH_EVERYDAY_INJURY, re: r(`(?:已经)?割(?:得|的)?(?:很深|太深|好深|这么深|那么深|超深)|(?:流|流了)(?:好多|很多|一地|满地)(?:的)?血|(?:手上|手腕上?|地上|浴缸里?|满手)(?:全是|都是)血|(?:一直在|正在|在)流血|血(?:流)?(?:止不住|停不下来)|已经割(?:了|开)`) },
  { id: 'zh.act-edge', category: 'act', leisure: true, re: r(`(?:站|坐|蹲)在(?:楼顶|天台|桥|窗台|阳台|楼)(?:的)?(?:边上|边缘|边|栏杆外|护栏外|外侧|外面)|(?:翻过|爬过|跨过|翻出)(?:了)?(?:栏杆|护栏|窗户)`) },
  { id: 'zh.location', category: 'location', leisure: true, re: r(`(?<!住|[^而宜依]家)(?:在|站在|坐在|到了|爬上了?|来到|上了)\\s?(?:楼顶|天台|桥上|大桥上|江边|河边|海边|铁轨|顶楼|窗台上|rooftop|roof|bridge)|^(?:我)?(?:在)?(?:楼顶|天台|桥上|大桥上|江边|河边|海边|铁轨(?:上|边)?|顶楼|窗台上)(?:呢|啊)?[。!…\\s]*$`) },
  { id: 'zh.location-now', category: 'location', level: 'high', leisure: true, re: r(`(?:在|到|站|坐|爬上|上)(?:楼顶|天台|桥上|大桥上|江边|河边|海边|铁轨|顶楼)(?:上)?了(?![吗呢吧])|(?:在|到|坐在|站在)[0-9一二三四五六七八九十]{1,3}(?:楼|层)(?:的)?(?:窗台|天台|楼顶|顶楼|楼边|栏杆)|\\b(?:im|i am)\\s+(?:on|at)\\s+(?:the\\s+)?(?:天台|楼顶|顶楼|桥上|大桥|桥|铁轨)`) },
  { id: 'zh.means-at-hand', category: 'means-weak', leisure: ZH_KITCHEN, re: r(`(?:刀|刀片|绳子|药|安眠药|炭)${G}{0,4}(?:在手上|在手里|握在手|拿在手(?:上|里)|就在手边|在身边|在我面前|摆在面前)|(?:门窗|窗户|门缝)${G}{0,3}(?:都)?(?:封好|封死|堵上|堵好|封上|贴好)了?`) },
  { id: 'zh.resolve', category: 'resolve', leisure: ZH_HAPPY_EVENT, re: r(`不(?:想|要|用|必)被(?:救|发现|抢救)|别(?:救我|叫救护车|打120)|不要救我|就这样吧$|这次(?:不会|绝不)(?:再)?(?:停|犹豫|回头|手软|失败)|(?:我)?(?:已经)?(?:决定|下定决心)了|一切都(?:准备好|安排好|结束)了|都(?:准备|安排)好了|不会再(?:醒|回来)了`) },
  // Not the time of an everyday duty ("明天还要早八", "周一要上班").
  { id: 'zh.time-weak', category: 'time-weak', re: r(`(?:今晚|今天晚上|今夜|明晚|明天|这周末|周[一二三四五六日末]|星期[一二三四五六日天]|过几天|就今天|最后一(?:晚|夜|天))(?!${G}{0,2}(?:还要|又要|要|得)?(?:上班|上课|早八|早课|考试|开会|加班|上学|返工|返学|交作业|面试|值班|早起))`) },
  { id: 'zh.note', category: 'farewell', re: r(`遗书|遗言|绝笔|(?:给|替)(?:妈妈|妈|爸爸|爸|爸妈|父母|家人|孩子|老公|老婆|大家|每个人)(?:都)?(?:留了|留下|留好)(?:了)?(?:一封|几封|一张)?(?:信|字条|纸条|话)|最后一次(?:发|更新)(?:朋友圈|微博|动态)`) },
  { id: 'zh.farewell', category: 'farewell', re: r(`永别(?!了?\\s?,?\\s?我的(?!家人|亲人|爸|妈|父母|朋友|孩子|宝贝|爱人|老公|老婆|猫|狗|世界))了?|再见了?(?:这个)?(?:世界|人间|人世)|别了(?:这个)?(?:世界|人间)|下辈子再见|来世再见|来生再见|这是我(?:的)?最后一(?:条|次|句|个)|最后一次(?:跟你|和你|跟大家|和大家)|(?:交代|安排|准备)(?:好|完)(?:了)?(?:我的|自己的)?后事|后事${G}{0,3}(?:都|已经)?(?:交代|安排|准备|处理)(?:好|完)了?|别了(?:世界|大家)|再也不见|替我(?:照顾|好好)|(?:我走了|我先走了)(?:以后|之后)`) },
  { id: 'zh.farewell-weak', category: 'farewell-weak', re: r(`再见了?(?:大家|各位|所有人|爸妈|爸爸妈妈)|再见了?(?=[。!~…]*$)|谢谢(?:大家|你们)(?:这些年|一直以来)|谢谢你(?:一直)?(?:陪我|听我说|这段时间)|对不起(?:大家|所有人|爸妈|爸爸妈妈|你们)|我(?:先|该|要)?走了|(?:替我)?照顾好(?:爸妈|我妈|我爸|我的猫|我的狗|猫|狗)|用不(?:上|着|到)了|写好了(?:一封)?信|信(?:都|已经)?写好了|给(?:爸妈|家人|每个人|大家|你们)(?:都)?写了(?:一封)?信`) },
  { id: 'zh.give-away', category: 'giving-away', leisure: ZH_EVERYDAY_GIVING, re: r(`(?:把|将)(?:我的)?${G}{0,4}(?:东西|猫|狗|宠物|存款|钱|所有)${G}{0,6}(?:都)?(?:送人|送给|送走|送了|分给|托付)|(?:东西|猫|狗|宠物)(?:也|都)?(?:送人|送掉|送出去|分掉|托付(?:给)?)`) },
  { id: 'zh.give-away-weak', category: 'farewell-weak', leisure: ZH_EVERYDAY_GIVING, re: r(`(?:把|将)(?:我的)?${G}{0,4}(?:衣服|书|旧)${G}{0,6}(?:都)?(?:送人|送给|送了)`) },
  { id: 'zh.plan', category: 'plan', leisure: ZH_HAPPY_EVENT, re: r(`(?:想好|选好|定好|计划好|准备好)了?${G}{0,2}(?:怎么死|怎么走|方法|方式|地点|时间|日子|哪天)|(?:日子|时间|地点|方法|方式)${G}{0,4}(?:都)?(?:定好|选好|想好|准备好)了`) },
  { id: 'zh.time', category: 'time', re: r(`(?:今晚|今天晚上|今夜|明天|马上|等下|一会儿|现在)(?:就|我就)(?:吃|吞|喝)(?:掉|了|下去)?(?=[。!?…,~]|$)|(?:今晚|今天晚上|今天|明天|今夜|马上|等下|一会儿|这周末|过几天|就在今晚)${G}{0,6}(?:就|我就|要|准备|打算|会)?${G}{0,4}(?:动手|结束|了结|走了|离开|解脱|跳|去死|自杀|做个了断|了断)`) },
  { id: 'zh.emoji-means', category: 'means-weak', re: r(`(?:药|安眠药|绳子|刀|炭)${G}{0,6}(?:买好|买到|拿到|准备好|备好)了?|(?:买好|买到|准备好)了?${G}{0,4}(?:药|绳子|刀)|💊{3,}|💊${G}{0,6}(?:全部|都|攒|够了)`) },

  // ---------- Chinese, added 2026-11-29 from dev misses (each a family, see risk-families tests) ----------
  // "结束自己" / "了结我自己": ending oneself (not "结束自己的实习").
  { id: 'zh.end-self', category: 'ideation', subject: 'self', re: r(`(?:结束|了结|终结)(?:掉)?(?:我)?自己(?!的|一个人)`) },
  // "想s" (想死 abbreviated), Chinese structure with an English verb ("就 end it", "好想 die").
  { id: 'zh.want-s', category: 'ideation', hyperbole: true, re: r(`(?:想|好想|真想|很想|要)\\s?s(?![a-z0-9]|码|号|级|型|版)|(?:就|准备|打算)\\s?(?:end it(?: all)?|end myself|kms|unalive(?: myself)?)\\b(?!\\s?(?:这|那|the|this|that))|(?:想|好想|真想|准备|打算)\\s?die\\b`) },
  // The speaker as object, other people expected in the sentence: "要是没有我就好了", "总给别人添麻烦".
  { id: 'zh.burden-me', category: 'burden', subject: 'speaker', hyperbole: true, re: r(`(?:要是|如果|假如)?(?:没有|没)我(?:的话)?(?:就好了|多好|该多好|会更好)|(?:我)?(?:总是|一直|只会|老是)(?:在)?给(?:别人|大家|家人|家里|所有人|你们|爸妈)(?:添|带来)麻烦|没(?:有)?人(?:会)?(?:发现|注意到|知道|记得|在乎)我(?:消失|不在|死)(?:了)?`) },
  // On a high place now and wanting to jump from it: "我在天台 好想跳下去" (place + intent).
  { id: 'zh.jump-from-here', category: 'ideation', level: 'imminent', leisure: true, hyperbole: true, re: r(`在(?:楼顶|天台|楼上|桥上|阳台|窗台|顶楼|江边|河边|海边)(?:上)?${G}{0,4}(?:想|要|好想|真想|准备|打算)${G}{0,2}(?:跳|跳下去|跳落去|跳河|跳江|跳海)(?![槽舞绳远高水伞])`) },
  // A letter for family written (the family are the recipients, not the subject).
  { id: 'zh.letter-for-family', category: 'farewell-weak', subject: 'speaker', re: r(`给(?:爸妈|爸爸|妈妈|家人|父母|每个人|大家|你们|孩子|老公|老婆)(?:的)?(?:信|字条|纸条)${G}{0,4}(?:都|已经)?(?:写好|写完|留好|放好)了?`) },
  // Ambivalence: "不想活也不想死", "活不下去又死不了" (passive, not active intent).
  { id: 'zh.ambivalent', category: 'passive', re: r(`不想(?:再)?活(?:了)?(?:也|又|但也|可是也)不(?:想|敢)死|活不下去(?:也|又)死不了`) },
  // Life described as a burden or sentence: "活着就是在还债", "活着就是个负担", "这辈子就这样了".
  { id: 'zh.life-is', category: 'hopeless', re: r(`活着${G}{0,4}(?:就是|就像|只是|本身就是)(?:在)?(?:个|一个|一种|一场)?(?:负担|还债|受罪|受苦|煎熬|折磨|惩罚|痛苦|酷刑|坐牢)|(?:这辈子|这一生)(?:也)?(?:就这样了|算是完了|没希望了)(?![吗?])|(?:日子|生活|人生|这辈子|活着|未来)${G}{0,6}(?:没|没有)(?:什么|啥|任何)?(?:盼头|指望)|对(?:未来|生活|人生|明天|以后)${G}{0,4}(?:期待|希望|盼头|指望|憧憬)${G}{0,2}(?:都|也)?(?:没有|没了|全无)|对(?:未来|生活|人生)(?:毫无|没有|没什么|不抱)(?:任何)?(?:期待|希望|盼头)`) },
  // Not wanting to go on living like this ("不想再活成这样了"); "不想活成我爸那样" is about a way of life.
  { id: 'zh.life-like-this', category: 'hopeless', re: r(`(?:不想|不要)(?:再)?(?:这样)?活(?:成|得)(?:这样|这个样子|这副(?:鬼)?样子|这么(?:累|痛苦|辛苦|窝囊|憋屈))`) },
  // What is the point of me: "我这人存在的意义是啥", "为什么还活着", Cantonese "做人有咩意思".
  { id: 'zh.why-live', category: 'hopeless', re: r(`(?:我|我这(?:个)?人|自己)(?:的)?存在(?:的)?(?:意义|价值)(?:是|系|到底是|究竟是)?(?:什么|啥|咩|乜|在哪|何在)|(?:我)?(?:为什么|为啥|凭什么)(?:还)?(?:要)?活着(?!的)|活着(?:到底|究竟)?(?:是)?为了(?:什么|啥)|做人(?:有|有什么|有咩|有乜|有啥|有何)(?:意思|意义|用)|做人(?:好)?没(?:意思|意义)`) },
  // Passive wishes: not wanting tomorrow, an accident or illness taking me, waking up as a disappointment.
  { id: 'zh.passive-wish', category: 'passive', re: r(`不想(?:让)?明天(?:到来|来临|来)|(?:希望|但愿)明天(?:永远)?(?:不要|别|不会)(?:到来|来)(?![^。!?\\n]{0,10}(?:考试|上班|开会|交|ddl|deadline|总结|早八|面试|作业))|(?:车|卡车|火车|货车)${G}{0,4}(?:要是|如果)?(?:不停|没停|冲过来|撞过来|撞上来|撞死我)${G}{0,2}(?:就好了|多好|也好|该多好|算了)|(?:一场|这场)?(?:病|意外|车祸|地震|空难|灾难|癌症|绝症)(?:把我)?带走(?:我)?(?:就好了|也好|算了|多好|吧)|(?:醒来|睁眼|睁开眼)${G}{0,10}(?:怎么|为什么|为啥)(?:又|还)(?:醒|活着)|(?:可惜|失望|遗憾)${G}{0,4}(?:又|还)醒(?:了|来了)|(?:为什么|为啥|怎么)(?:我)?还活着(?!的)|(?:想|好想|只想)睡(?:一个|个)?(?:很长很长|长长|永远不(?:会)?醒)的?觉|睡(?:一觉)?(?:睡)?到世界末日|死了(?:之后|以后)(?:会不会|是不是)(?:就)?(?:好些|好点|好一点|更好|轻松|解脱)`) },

  // Self-harm acts: "烟头烫了自己", "用刀片划", Cantonese "又 cut 咗" / "𠝹咗自己" (咗 → 了, 𠝹 → 割).
  { id: 'zh.selfharm-act', category: 'selfharm', re: r(`(?:烫|割|划|烧|扎|刺|捅)(?:了|伤了?|破了?|烂了?)(?:我)?自己|(?:用|拿)\\s?(?:烟头|打火机|刀片?|美工刀|圆规|剪刀|玻璃|针|blade|razor)\\s?${G}{0,4}(?:烫|割|划|扎|刺|烧|cut)(?!开|纸|快递|箱)(?!${ZH_CUT_THINGS})|(?:又|又开始|忍不住)(?:用|拿)(?:刀片|美工刀|圆规|烟头)了(?!${G}{0,3}(?:刮|剃|切|削|裁|拆|修|做|画))|(?:又|再次?|忍不住)\\s?(?:cut|割|self\\s?harm)(?!\\s?(?:了)?\\s?${G}{0,3}(?:头发|头|发|刘海|hair|fringe|class|课|线|队|post|片|歌|菜|肉|双眼皮|眼皮|包皮|阑尾|痔疮|韭菜|草|麦))\\s?(?:了)?`) },

  // Acts in progress or just done: wrists cut open, pills swallowed (刚吞完药, 吃了三十多片, took 成樽 pills).
  { id: 'zh.act-cut-open', category: 'act', re: r(`(?:手腕|腕|动脉|血管|脉)${G}{0,3}(?:划|割|切)(?:开|断)了|(?:划|割|切)(?:开|断)(?:了)?(?:自己的?)?(?:手腕|动脉|血管)`) },
  { id: 'zh.act-swallowed', category: 'act', re: r(`(?:刚|刚刚|刚才|已经|都)${G}{0,2}吞(?:完|了|下去了?|下了|光了)[^,.。!?;\\n一两半]{0,4}(?:药|安眠药)|(?:药|安眠药|药片)${G}{0,2}(?:都|全|全部)吞(?:完|光|下去|了)|(?:吃|吞|服|食)(?:了|下|掉|完|光|下去了?)${G}{0,4}(?:[0-9]{2,}|[一二三四五六七八九]?十[几多]?|[两一二三四五六七八九]?百)(?:多)?(?:片|粒)(?!${G}{0,2}(?:饼干|薯片|巧克力|糖|口香糖|面包|披萨|西瓜|吐司|肉|饺子|维生素|维c|vc|钙|鱼油|益生菌|叶酸|花生|瓜子|豆|葡萄|坚果|药膳))|(?:吃|吞|服|食)(?:了|下|掉|完|光|下去了?)${G}{0,4}(?:[0-9]{2,}|[一二三四五六七八九]?十[几多]?|[两一二三四五六七八九]?百)(?:多)?颗${G}{0,2}(?:药|安眠药)|(?:took|taken|吃了|吞了|食了|吞完|吃完)\\s?成(?:樽|瓶|盒|板|排)`) },
  // Swallowing a whole box or bottle without naming pills: counts with resolve ("你别管我") or a time.
  { id: 'zh.ate-whole', category: 'means-weak', re: r(`(?:吃|吞|食)(?:下去|下|了|完|光|掉)(?:了)?${G}{0,2}(?:一整|整)(?:瓶|盒|板)(?!${G}{0,4}(?:饼干|薯片|巧克力|冰淇淋|零食|蛋糕|糖|泡面|牛奶|可乐|啤酒|酒|饮料|水|奶|酸奶|草莓|葡萄|水果|樱桃|坚果|辣条|寿司|饺子|披萨|果冻))`) },
  // At the edge now: outside the railing, feet over the drop.
  { id: 'zh.act-railing', category: 'act', leisure: ZH_PLACE_EVERYDAY, re: r(`(?:站在|坐在|翻到|爬到|翻出|跨到|已经在)${G}{0,3}(?:栏杆|护栏|桥栏|围栏)(?:的)?外(?:面|边|侧)?|在${G}{0,8}(?:栏杆|护栏|桥栏|围栏)(?:的)?外(?:面|边|侧)?(?:坐着|站着)`) },
  // At a high place or water now, with what the person sees: "在桥上了，水好黑", "在顶楼 二十八层 下面好小".
  { id: 'zh.place-detail', category: 'act', leisure: ZH_PLACE_EVERYDAY, re: r(`(?:在|到|坐在|站在|爬上|上了)(?:楼顶|天台|顶楼|桥上|大桥上|桥边|江边|河边|海边|铁轨|窗台上?|阳台上?|rooftop|roof|bridge)(?:上)?(?:了)?[^。!?\\n]{0,14}?(?:水(?:好|很|真|特别|太)?(?:黑|冷|深|急)|下面(?:好|很|真|太)?(?:小|高|远|黑)|[0-9一二三四五六七八九十]{1,3}(?:楼|层)(?!的|高的)|(?:脚|腿)(?:已经)?悬空|往下看)`) },

  // Plans tied to a moment: "写完这条我就跳了", "数到十就吞", "等天亮就跳".
  { id: 'zh.plan-moment', category: 'plan', re: r(`(?:写完|发完|说完|打完|讲完)这(?:条|段|些|封|句)${G}{0,6}(?:我)?就(?:要)?(?:跳(?:下去|楼|河|江|海|了)?(?![槽舞绳远高水伞])|去死|吞|动手|了结|下去了)|(?:数到|倒数)[0-9一二三四五六七八九十]+${G}{0,2}(?:我)?就(?:吞|喝|动手|跳下去)|(?:等天(?:一)?亮|天一亮|等天黑|等(?:他们|她们|家人|爸妈|大家)睡着|喝完这(?:瓶|杯|罐)|抽完这(?:根|支)(?:烟)?)${G}{0,4}(?:我)?就(?:要)?(?:跳下去|跳楼|去死|吞|动手|了结|结束自己)`) },
  // Means ready: rope tied, 🪢✅ on a checklist, "药已经 ready 了".
  { id: 'zh.means-ready', category: 'means', leisure: ZH_EVERYDAY_USE, re: r(`(?:绳子?|rope|绳索)\\s?(?:已经)?(?:绑|挂|系)好(?:了)?|🪢\\s?✅|✅\\s?🪢`) },
  { id: 'zh.means-ready-weak', category: 'means-weak', re: r(`(?:药|安眠药|绳子|炭|刀片)\\s?(?:已经|都)?\\s?ready|pills\\s?(?:已经|都)\\s?ready`) },

  // Resolve: nobody can stop me, not coming back, leave me be (weak: counts with a means, place or goodbye).
  { id: 'zh.resolve-more', category: 'resolve', subject: 'speaker', re: r(`谁(?:也|都)(?:拦|阻止)不(?:住|了)(?:我)?|(?:谁都别|谁也别|不要|不好|别)拦(?:着)?我|我(?:已经)?准备好了(?=$|[。!…\\s])|我想好了(?=$|[。!…\\s])|不(?:打算|会|想)(?:再)?回来了|(?:你)?别管我(?:了)?(?=$|[。!…\\s])|不要管我|不用管我`) },
  // Farewells: said goodbye to everyone, "这是最后一条", absence at the time it is read, "係我嘅 goodbye".
  { id: 'zh.farewell-more', category: 'farewell', leisure: ZH_SLEEP_IN, re: r(`(?:再也不会|永远不会|不会再)醒(?:来|过来)?了|(?:今晚|明天|明早)(?:我)?(?:就)?不会(?:再)?醒(?:来|过来)?了|这是(?:我的?)?最后一(?:条|句|段)(?:消息|信息|微博|朋友圈|动态|话)?(?=$|[。!…\\s])|(?:到时候|那时(?:候)?|等你(?:们)?(?:看到|收到|读到)${G}{0,6}|(?:你|你们|大家|他们)(?:看到|收到|读到|发现)(?:这(?:条|封|段|些|个帖子))?${G}{0,4}(?:的时候|时))${G}{0,6}我(?:应该)?(?:已经)?(?:不在了|离开这个世界了|死了|不在这个世界上了|在(?:江|河|海|湖)里了?)|(?:是|系)我(?:的)?\\s?(?:goodbye|farewell|告别|诀别|遗言)`) },
  { id: 'zh.farewell-weak-more', category: 'farewell-weak', re: r(`(?:跟|和|向)(?:所有人|大家|每个人|家人|爸妈|朋友们?)(?:都)?(?:告别|道别|道过别|说过再见|说了再见)(?:过)?了|告别(?:短信|信|的?消息|视频|信息)|(?:写|立)(?:好|了)(?:了)?遗嘱|遗嘱${G}{0,3}(?:写好|立好|写完)了|will\\s?(?:已经)?写好|安排(?:一下)?(?:我的|自己的)?后事|去(?:海边|江边|河边|悬崖|大桥)的?单程票|(?<!今年|今天|本周|这周|这个月)最后一次\\s?(?:say|说|讲|道)?\\s?(?:晚安|再见|拜拜|bye|goodbye|good night)|bye\\s?(?:大家|各位)|(?<=[\\u4e00-\\u9fff][^a-z]{0,12})bye\\s?(?:everyone|all)\\b|拜拜(?:了)?(?:大家|各位|所有人)`) },
  // Last night of my life: "今晚是最后一晚了" (a time for doing it).
  { id: 'zh.time-last', category: 'time', re: r(`(?:今晚|今夜)是(?:我(?:的)?)?(?:人生)?(?:的)?最后一(?:晚|夜)|今天是(?:我(?:的)?)?(?:人生|生命)(?:中)?(?:的)?最后一天|今天是我(?:的)?最后一天|(?:今晚|今天|明天|今夜)(?:我)?就\\s?(?:done|end|结束了|解脱了)`) },
  // Pets or children handed over for good: "cat 交俾 Jess 照顾" (俾 → 给).
  { id: 'zh.give-away-care', category: 'giving-away', leisure: ZH_EVERYDAY_GIVING, re: r(`(?:猫|狗|宠物|cat|dog|孩子)\\s?(?:交给|托付给|拜托给|送给)\\s?[a-z\\u4e00-\\u9fff]{1,8}\\s?(?:照顾|养|带)`) },

  // ---------- Chinese, round 4: families from the training lines' misses (see risk-families tests) ----------
  // Hurting oneself by hitting, scratching, pinching, strangling or scalding, told with intent or damage:
  // "拿指甲把手背抓烂了", "用头撞了好几下桌角", "拿皮带勒自己的脖子", "故意用开水烫手". Itching is not.
  { id: 'zh.selfharm-injure', category: 'selfharm', leisure: /痒|湿疹|蚊子|过敏|皮炎|荨麻疹|按摩|刮痧|拔罐|拳击|练拳|沙袋/u, re: r(`(?:故意|忍不住|控制不住|又|一直)${G}{0,4}(?:用|拿)?${G}{0,4}(?:撞|抓|掐|勒|烫|咬|捶|砸|弹)${G}{0,6}(?:自己|手背|手臂|胳膊|手腕|大腿|脖子|头|脸)|(?:用|拿)(?:头|拳头|指甲|皮筋|皮带|绳子|开水|烟头)${G}{0,6}(?:撞|抓|掐|勒|烫|弹|砸|捶)(?:了)?${G}{0,4}(?:自己|手|手臂|胳膊|手背|手腕|大腿|脖子|头|桌|墙)|(?:掐|勒|抓|咬)(?:住|伤|破|烂)?(?:了)?自己(?:的)?(?:脖子|手|手臂|胳膊|大腿)?|(?:抓|掐|咬|捶|撞|弹|勒)(?:到|得)${G}{0,3}(?:出血|流血|烂|青紫|发紫|淤青|发黑)`) },
  // A blade already against the body: "刀已经在手腕上了", "刀片抵在脖子上".
  { id: 'zh.blade-on-body', category: 'means', re: r(`(?:刀|刀片|剪刀|玻璃|碎片)${G}{0,3}(?:已经)?(?:在|抵在|贴在|放在|架在|按在)(?:我的?)?(?:手腕|脖子|喉咙|动脉)(?:上)?`) },
  // The urge to jump down, not named as a method: "想往下跳的冲动好强", "有点想往下跳".
  { id: 'zh.jump-urge', category: 'ideation', hyperbole: true, leisure: ZH_METHOD_EVERYDAY, re: r(`(?:想|要|好想|真想|就想|有点想|忍不住想|冲动)${G}{0,2}往下跳(?![槽舞绳远高水伞])|往下跳的(?:冲动|念头|想法)|往下看${G}{0,6}(?:想|好想|有点想)跳(?![槽舞绳远高水伞])`) },
  // Looking up a method: "在网上搜自杀方法", "查哪种农药毒性最强", "哪种method最不痛苦", "什么药吃了能一睡不醒".
  { id: 'zh.method-search', category: 'method', re: r(`(?:搜|查|搜索|百度|谷歌|google|研究)(?:了|过)?${G}{0,6}(?:自杀|轻生)(?:的)?(?:方法|方式|手段)|(?:哪种|哪个|什么)(?:农药|毒药|药|试剂)(?:的)?毒性最(?:强|大)|(?:哪种|什么)\\s?(?:method|方法|方式)${G}{0,4}(?:最)?(?:不痛苦|无痛|不疼|快)|(?:什么|哪种|哪些)(?:药|安眠药|试剂|农药)${G}{0,4}(?:吃|喝|吞)(?:了|下去)?${G}{0,2}(?:能|会|就)?(?:一睡不醒|死掉?|致死)|(?:搜|查)${G}{0,4}哪(?:座|个|栋)(?:桥|楼)最高`) },
  // Gone by the time others wake or read this: "明早我妈起床的时候，我应该已经不在了", "…我应该已经在河里了".
  { id: 'zh.gone-by-then', category: 'farewell', re: r(`我(?:应该|可能|大概|估计)(?:已经)?(?:不在了|不在这个世界上了|离开这个世界了|在(?:江|河|海|湖)里了?)`) },
  // Dying to make a point: "死给你们看" (a joke with laughter and a trivial cause).
  { id: 'zh.die-to-show', category: 'ideation', hyperbole: true, re: r(`死给(?:你|你们|他|她|他们|她们|大家)看`) },
  // ---------- Round 5 (zh/mix, recall) ----------
  // Killing oneself said with a verb and 自己 as its object: "我想杀了我自己", "想把自己了结掉", "打算毕业前把
  // 自己解决掉", "就想让自己病死", "一死了之".
  { id: 'zh.kill-self', category: 'ideation', hyperbole: true, leisure: /忘(?:了|记)|怎么又|居然|竟然|笨|蠢|丢三落四|手残|又迟到|钥匙|🙄|🤦/u, re: r(`(?:杀|杀死|杀掉|弄死|干掉|毒死)(?:了|掉)?(?:我)?自己(?!的|一个人)|把(?:我)?自己(?:给)?(?:杀|了结|解决|干掉|寄|结束)(?:了|掉)|把(?:我)?自己(?:给)?(?:弄死|饿死|毒死|淹死|吊死|掐死|杀死|勒死|冻死)|(?:我)?不想要(?:这条|我的)?命了|(?:这条|我的)命(?:我)?不(?:想)?要了|结束(?:掉)?(?:自己|我)的(?:人生|这一生)(?!规划|新篇章|阶段|的)|(?:想|要|就想|故意)${G}{0,4}让自己(?:慢慢)?(?:死掉|去死|死|病死|饿死|冻死)|一死(?:了之|百了)|寻短见`) },
  // Medicine already inside ("药都吃了", "农药已经喝了一口", "药和酒一起下去了", "药已经在胃里了",
  // "药吞下去了，好困", "啲藥食晒喇"): an act in progress.
  { id: 'zh.act-ingested', category: 'act', leisure: /降压|降糖|血压|血糖|放心|中药|复诊|疗程|退烧|感冒|头疼|头痛|胃药|消炎|医生|医嘱|按时|饭后|饭前|发烧|咳嗽|过敏|失眠|睡不着|瓜子|花生|糖|零食|维生素|钙片|益生菌/u, re: r(`(?:农药|百草枯|敌敌畏|老鼠药|除草剂)${G}{0,2}(?:已经|也|都)?(?:喝|吃|吞)(?:了|下去|下|完|光)|(?:药|安眠药|药片|药丸)${G}{0,3}(?:都|全|全部|一起|晒)(?:都)?(?:吃|吞|服|食)(?:了|完|光|下去|晒|咗|埋)|(?:药|安眠药)(?:和|跟|同)酒${G}{0,2}(?:一起|一块儿?|都|全)?(?:下去|下肚|喝了|吃了|吞了)|(?:酒|红酒|白酒)(?:和|跟|同)(?:药|安眠药)${G}{0,2}(?:一起|一块儿?|都|全)?(?:下去|下肚|喝了|吃了|吞了)|(?:药|安眠药|药片)${G}{0,2}(?:已经)?(?:在胃里|在嘴里|下肚)|(?:安眠药|药片|药)(?:已经|都|刚|刚刚|全部|全)?(?:吃|吞|服)下去了|(?:药|安眠药|药片)${G}{0,4}(?:倒进|塞进|放进)(?:了)?嘴里|(?:吃|吞|食)了(?:一大把|一整瓶|整瓶|一整板|好几板|一整盒)(?=[,。!…\\s]|$)|(?:药|安眠药|药片|pills)${G}{0,4}(?:已经|都)?\\s?(?:吃|吞|食|服|take|taken|took)(?:了|下去了?|咗|下了)?${G}{0,8}?(?:好困|很困|好晕|头晕|头好晕|头很重|头好重|发麻|好想睡|眼皮|眼瞓|dizzy|sleepy|等(?:它|佢)?发作)`) },
  // Gas, charcoal or exhaust going ("煤气已经打开了", "炭在烧了", "炭燒緊", "车库里发动机没关").
  { id: 'zh.act-gas', category: 'act', leisure: /做饭|做菜|炒|煮|炖|汤|水开|等水|开水|厨房|饭|面条|饺子|锅|烧水|热水|洗澡|忘(?:了|记)关|没关(?:吗|嘛|好)|关了吗|检查|泄漏|漏气|报警器|维修|师傅|缴费|充值|灶|烧烤|烤肉|烤串|火锅|取暖|露营|围炉|烤火|羊肉|bbq/u, re: r(`(?:煤气|燃气)(?:罐)?${G}{0,2}(?:已经|也|都)?(?:打开|开着|开了)(?:了)?|打开(?:了)?(?:煤气|燃气)|(?:炭|木炭|碳|炭火)${G}{0,3}(?:在烧|烧着|烧紧|燒緊|烧起|燒起|点起来|点了|着了)|(?:车库|车里)${G}{0,12}(?:发动机|引擎|车)(?:一直)?(?:开着|发动着|没关|没熄火)|(?:管子|软管)${G}{0,4}(?:接好|接上|插好)了`) },
  // Hanging prepared ("绳子打好结了", "绳子系在后院的树上了，凳子放好了", "把脖子套进去了").
  { id: 'zh.means-hanging', category: 'means', leisure: ZH_EVERYDAY_USE, re: r(`绳(?:子|索)?${G}{0,3}(?:已经)?(?:打好结|打了(?:个)?结|系在|挂在|绑在)${G}{0,8}(?:梁|树|吊扇|门|暖气|栏杆|衣柜|管道|挂钩|上)|(?:吊扇|横梁|房梁)${G}{0,4}(?:够|很|挺)?结实|(?:脖子|头)(?:已经)?(?:套进|伸进)(?:去|了)|套(?:在|上)(?:了)?(?:我的?)?脖子`) },
  // Cutting in progress ("刀已经划下去了", "血流了一地", "血一直冒", "割完了，靠在墙上").
  { id: 'zh.act-cut', category: 'act', leisure: ZH_EVERYDAY_INJURY, re: r(`(?:刀|刀片)${G}{0,3}(?:已经)?(?:划|割)(?:下去|开|进去)了|血(?:已经)?流(?:了)?(?:一地|满地|好多|很多|不止|满)|血(?:一直|还在|不停地?)(?:在)?(?:冒|流|往外)|(?:已经)?割完了`) },
  // Self-harm told by the body part ("又在手腕上划了", "拿刀在胳膊上写字", "手臂又添新伤了", "抠到流血了，故意的").
  { id: 'zh.selfharm-body', category: 'selfharm', leisure: new RegExp(`${ZH_EVERYDAY_INJURY.source}|被|纹身|刺青|画画|画了|彩绘|手绘|针灸|树枝|荆棘|猫|狗|笔|记(?!得)|备忘|蚊子|包|痒|过敏|红印|印子`, 'u'), re: r(`(?:在|往)(?:手腕|手臂|胳膊|小臂|大腿|腿|手背|脚踝|肚子)上?${G}{0,2}(?:又)?(?:划|割|刻|烫|写字|刻字)(?:了|出|开|破|字|下|一|几|个)|(?:手腕|手臂|胳膊|大腿|腿上)(?:上)?又(?:多|添)了?(?:几道|一道|新伤|伤|新的)|(?:故意|又)${G}{0,4}(?:抠|抓|掐|扯|咬)${G}{0,8}(?:出血|流血)|(?:抠|抓|掐|扯|咬)${G}{0,8}(?:出血|流血)${G}{0,3}故意|(?:没忍住|忍不住)(?:又)?${G}{0,6}(?:划|割)了|划了(?:[0-9]+|[一二三四五六七八九十两几]+|好几|七八|十几)道`) },
  // Affairs handed over: bank cards, passwords and savings left to family ("把银行卡和密码写在便签上贴在冰箱门上了",
  // "QQ号密码留给弟弟了", "存款都转给我妈了", "我把password和银行卡都留给我妹了"), debts settled, things
  // given away "以后用不上了", one's own affairs arranged (后事).
  { id: 'zh.arrange', category: 'giving-away', subject: 'speaker', leisure: new RegExp(`${ZH_EVERYDAY_GIVING.source}|帮我(?:存|管|保管|理财|做|打|上|签|代)|军训|日常|代练|挂机|礼物|生日|像|一样|似的|保管|理财|首付|彩礼|装修|医药费|手术|学费|生活费|零花|网购|外卖|代付|代购|充值|(?:爷爷|奶奶|外公|外婆|姥姥|姥爷|爸|妈|他|她|朋友|同事)的后事|办后事|丧事|葬礼|旅行|旅游|出差|住院期间|考试期间|出国|留学|忘了|怕忘|记不住|共享|蹭网|wifi|快递|取件|验证码`, 'u'), re: r(`(?:密码|password)${G}{0,10}(?:都|全)?(?:留给|交给|发给|写给|告诉|给了)(?:了)?${G}{0,4}(?:妈|爸|妹|弟|姐|哥|老婆|老公|女儿|儿子|孩子|家人|朋友|室友|闺蜜|兄弟)|(?:银行卡|工资卡|存折|账号|account|支付宝|微信|qq)${G}{0,6}(?:密码|password)${G}{0,6}(?:都|全)?(?:写在|放在|留在|都在|存在|贴在|in)${G}{0,8}(?:便签|备忘录|信封|抽屉|纸条|note|桌上|冰箱|枕头|床头)|(?:存款|积蓄|存的钱|(?<!零)攒的钱|所有的钱|这些年的?(?:工资|钱)|(?:这|几)(?:两|几|些)?年的?(?:工资|钱)|钱)${G}{0,3}(?:都|全|全部)(?:转给|留给|交给|给了|捐了|捐给|过户给|转到)|(?:房子|车|房本|存折)${G}{0,6}(?:都)?过户给|(?:交代|安排|料理)(?:好|完)了?(?:我的?|自己的?)?(?:身后事|后事)|(?:我的?|自己的?)(?:身后事|后事)${G}{0,3}(?:都|已经)?(?:交代|安排|写)好|(?:身后事|后事)(?:都|已经)(?:交代|安排|写)好|(?:送|给|捐|卖|分|挂闲鱼|出了|转手)[^。!?;\\n]{0,20}(?:以后|反正|往后)(?:我)?(?:也|都)?(?:用不上|用不着|用不到|不会再(?:用|弹|玩|穿|看|登|需要)|唔会用|用唔到)`) },
  // Going to a dangerous place now ("现在去江边", "我现在出门，去那座桥", "已经在去桥上的路上", "出发去楼顶").
  { id: 'zh.go-to-place', category: 'location', level: 'high', leisure: ZH_GO_EVERYDAY, re: r(`(?:现在|这就|马上|一会儿就?|等下就?|今晚就?|出发|出门|动身)(?:就)?(?:开车|打车|坐车|走路|骑车)?(?:去|到|上|回)(?:那座|那个|那片|学校|医院|宿舍|公司|小区|家里?的)?${G}{0,3}?(?:江边|河边|海边|湖边|桥上|大桥|桥|楼顶|天台|顶楼|悬崖|水库|铁轨|山顶)|在去(?:那座|那个)?${G}{0,4}?(?:桥|江边|河边|海边|湖边|楼顶|天台|顶楼|悬崖|水库)${G}{0,3}的路上|去那座(?:桥|大桥|楼|山|悬崖)`) },
  // At a high place named with its building ("我在宿舍楼顶", "我在实验楼天台", "在水库大坝上", "在十九楼阳台外面").
  { id: 'zh.location-more', category: 'location', leisure: ZH_GO_EVERYDAY, re: r(`(?:我|已经|现在|正)(?:现在|已经|一个人)?在(?:学校|医院|宿舍|实验|教学|公司|小区|商场|写字|办公|图书馆|工地|村口|水库|家里|出租屋)?${G}{0,3}?(?:楼的?)?(?:楼顶|天台|顶楼|大坝|悬崖边?|崖边|铁轨(?:边|旁边?)|井边|塔吊|江堤|河堤|海堤|阳台外面?|窗户?外面|(?:大)?桥中间|站台边|高架桥?(?:的)?边上)(?:上)?`) },
  // Resolve: not coming back, not to be found ("别来找我", "不想下去了", "这次不回来了", "只要往前一步").
  { id: 'zh.resolve-found', category: 'resolve', subject: 'speaker', re: r(`(?:别|不要|不用|唔好|不好)(?:再)?(?:来)?(?:找|救|搵)我了?(?!要|帮|玩|借|问|聊|吃|拿|打|签|办|买|带|做|修|写|改|谈)|不想(?:再)?(?:下去|回去|回家)了|(?:不会|不打算|不想)(?:再)?(?:下去|下来|回头)了|(?:不会|不打算|不)(?:再)?回(?:去|家|来)了|(?:我)?(?:要|准备|就要|马上|这就)跳了|(?:腿|脚)(?:已经)?(?:悬|伸|挂)(?:在)?(?:外面|出去)|(?:已经)?不后悔|不等了|就差(?:一下|一步|最后一步)|(?:只要|再)?往前(?:一步|走一步)|不买回程票|单程票|不会再(?:开|登|上线|回复)了`) },
  // Thanks or sorry with a goodbye ("谢谢你们 再见了", "对不起妈妈 下辈子再做你的孩子", "老公 对不起 照顾好孩子 我先走了").
  { id: 'zh.farewell-thanks', category: 'farewell', subject: 'speaker', leisure: EVERYDAY_GOODBYE_ZH, re: r(`最后(?:一次)?(?:跟|和|同|给)(?:你们|大家|你|各位)(?:说|讲)(?:声|一声|句)?\\s?(?:bye|goodbye|再见|拜拜|谢谢|对不起)|(?:谢谢|感谢|多谢|对不起|对唔住|抱歉)${G}{0,12}[,\\s]*(?:再见了|永别了?|我(?:先)?走了|先走一步|下辈子见|来世见)(?=[。!~…\\s👋🙏]*$)|下辈子(?:再)?(?:做|当)(?:你的|你们的)|(?:我)?先走一步了?${G}{0,6}(?:对不起|对唔住|抱歉|照顾好|拜托)|(?:对不起|对唔住|抱歉|照顾好${G}{0,6})${G}{0,8}(?:我)?先走一步`) },
  // Life without a reason or a point ("活着到底有什么意义", "没什么活下去的理由了", "不知道还为了什么撑着").
  { id: 'zh.no-reason', category: 'hopeless', hyperbole: true, leisure: /哲学|论文|题目|作文|辩论|话题|书单|课上|这门课|讲座|演讲|读后感/u, re: r(`活着(?:到底|究竟|还|又)(?:有|能有)(?:什么|啥|乜)(?:意思|意义|用|盼头)|(?:没有|没|没什么|冇|找不到|不知道)(?:什么|任何|乜)?(?:活下去|活着|生存|撑下去)(?:的)?(?:理由|意义|动力|必要)|(?:为了什么|为什么|为啥)(?:还)?(?:要)?(?:撑着|撑下去|活下去|生存落去)|生存(?:冇|没有?)意义|(?:对)?(?:这个|呢个)?世界(?:已经)?(?:冇|没有?)(?:乜|什么|任何)?留恋`) },
  // Not meant to exist ("我是不是本来就不该活在这世上", "我活着就是个错误", "真希望自己从来没存在过").
  { id: 'zh.should-not-exist', category: 'passive', re: r(`(?:我|自己)(?:是不是)?(?:本来|根本|压根)?(?:就)?不(?:该|应该|配)(?:存在(?!感)|活在这|活着|活在世上|被生(?:下来|出来)|出生|来到这个世界)|(?:我)?活着(?:就是|本身就是)(?:个|一个)?错误|(?:希望|但愿|宁愿)(?:自己|我)(?:从来|从)?(?:没|没有|不曾)(?:存在|出生|被生下来)过?|(?:要是|如果)(?:当初)?(?:没(?:有)?被生(?:下来|出来)|没出生)(?:就好了|多好)`) },
  // A fatal accident or illness wished for ("有时候过马路会想 车撞过来也无所谓", "要是哪天掉河里没人捞就好了",
  // "睡觉的时候希望来场地震把我带走", "要是能在睡梦里离开就好了").
  { id: 'zh.wish-accident', category: 'passive', re: r(`(?:被车撞|车撞过来|出(?:个|场)?(?:车祸|事故|意外)|得(?:个|了)?(?:绝症|重病|癌症)|掉下去|掉(?:进)?(?:河|海|江)里|一睡不醒|(?:就这么|就这样)?睡过去|一下子就没了|死在病床上|(?:病死|走了|没了))${G}{0,8}(?:就好了|也好|也挺好|也无所谓|也行|也能接受|也算解脱|多好)|(?:地震|车祸|意外|老天爷?)${G}{0,6}(?:把我(?:也)?(?:带走|收走))|(?:怎么|为什么)(?:还)?不把我(?:也)?(?:带走|收走)|(?:在)?睡梦(?:里|中)(?:离开|走|死)${G}{0,3}就好了`) },
  // The next train as the moment ("我坐在铁轨边上，下一班车十分钟后到", "等下一班车").
  { id: 'zh.time-train', category: 'time', re: r(`(?:下一班|下一趟|下一辆|下班)(?:车|火车|列车|地铁|高铁)${G}{0,8}(?:到|来|经过|过来|开过来)|等(?:下一班|下一趟|下一辆)(?:车|火车|列车)?|下一辆${G}{0,3}(?:我)?(?:一定|就)`) },
  // Jumping as the way out ("跳下去就都结束了", "跳下去应该很快").
  { id: 'zh.jump-end', category: 'ideation', leisure: ZH_METHOD_EVERYDAY, re: r(`(?:从这(?:里|儿))?跳(?:下去|落去)(?:就|一切|应该|会)${G}{0,3}(?:结束|解脱|安静|轻松|很快|不痛|不疼|没事了)`) },
  // Jumping with a time and nothing else ("明天就跳", "今晚下班就去跳", "这条发出去我就跳").
  { id: 'zh.jump-when', category: 'plan', leisure: new RegExp(`${ZH_METHOD_EVERYDAY.source}|工作|公司|offer|面试|老板|舞|绳|槽|远|高|水|伞`, 'u'), re: r(`(?:今晚|今天|明天|明早|等下|一会儿|马上|现在|下班|放学)${G}{0,4}(?:就|我就)(?:去)?跳(?:下去|了|楼|河|江|海)?(?=[。!…\\s⚰🪦]*$|[,])`) },
  // In the water or at the very edge ("我已经走到水里了", "水已经到腰了", "已经站在边上了", "站在外沿上").
  { id: 'zh.act-water-edge', category: 'act', leisure: /蹦极|跳伞|跳水|教练|浮潜|潜水|浮|游泳|冬泳|泳|戏水|赶海|冲浪|踩水|捞|钓|洗|玩|拍|看|漂流|划船|皮划艇|抓鱼|螃蟹|贝壳|孩子|小朋友/u, re: r(`(?:已经|我已经)(?:走|下|泡|站)?(?:到|进|在)(?:了)?(?:江|河|海|湖|水库)(?:水)?里(?:了)?|(?:走进|走到|走入)(?:了)?(?:江|河|海|湖|水库)(?:里|中)(?:了)|水(?:已经)(?:到|没过|淹到)(?:了)?(?:膝盖|腰|胸口|脖子|下巴)|(?:已经)(?:站|坐)在(?:边上|边缘|外沿|崖边)了|站在(?:楼顶|天台|顶楼)?(?:的)?外沿|(?:站|坐|挂)在${G}{0,4}(?:楼|层)的?窗(?:户)?外`) },
  // Sorry or thanks said as a last word in mixed messages ("已经在桥上了 sorry mom", "thank you for everything",
  // "对不起，爸爸妈妈"), or a last login ("最后一次登录了").
  { id: 'mix.farewell-weak', category: 'farewell-weak', subject: 'speaker', leisure: new RegExp(`${ZH_DONE_EVERYDAY.source}|\\b(?:telling|tell) (?:you|them|u)\\b|\\bswitch\\w*|\\bmajors?\\b|专业|出柜|coming out|告诉(?:你们|爸妈)|\\b(?:moving|quitting|dropping out)\\b`, 'u'), re: r(`(?<=[\\u4e00-\\u9fff]${G}{0,20})\\bsorry\\s?(?:mom|mum|dad|mama|papa|everyone|guys)\\b|\\bsorry\\s?(?:mom|mum|dad|mama|papa|everyone|guys)\\b(?=${G}{0,20}[\\u4e00-\\u9fff])|\\bsorry\\s?(?:爸|妈|爸妈)|对(?:不起|唔住)[,\\s]*(?:爸爸妈妈|爸妈|所有(?:爱我的)?人|大家|妈妈?|爸爸?)(?=[。!…\\s]*$)|最后一次(?:登录|上线|登|上号)`) },
  // Mixed Chinese and English: English words for dying inside a Chinese frame and back ("想 suicide", "不想live了",
  // "好想disappear", "活着好tired", "life好meaningless", "I want to 结束 everything", "so tired of 活着").
  { id: 'mix.ideation', category: 'ideation', hyperbole: true, leisure: ZH_DONE_EVERYDAY, re: r(`(?:想|好想|很想|真想|真的想|要|打算|准备|考虑|在考虑)\\s?(?:suicide|kill myself|end my life|end it all|end me)\\b(?!\\s?(?:with|at) (?:this|my|the) (?:job|work|class|course|relationship|project))|不想(?:再)?\\s?(?:live|活)\\s?(?:了|anymore)|\\b(?:want|wanna|going|gonna|plan|planning|thinking about|considering)\\s+(?:to\\s+)?(?:死|自杀|去死|跳楼|结束(?:自己|生命|一切)?)|(?:查|搜)(?:了)?${G}{0,8}?(?:怎么|how to)?\\s?(?:od|overdose|suicide|methods?)\\b|\\b(?:search|google)\\w*\\s?(?:了)?\\s?(?:自杀|怎么死|怎样死)|\\bhow many\\s?(?:安眠药|药|片)`) },
  { id: 'mix.passive', category: 'passive', hyperbole: true, leisure: ZH_SLEEP_IN, re: r(`(?:(?:想|好想|只想|很想|希望)\\s?(?:我\\s?)?(?:能\\s?)?(?:just\\s)?(?:disappear|vanish|cease to exist|not exist)|\\bwish\\s?(?:(?:i|我)\\s?(?:could|can)?\\s?)?(?:just\\s)?消失)(?!\\s?(?:into|from (?:work|social|the group)|a few|for a|for the|几天|一(?:下|会|阵|个月|个星期|周|天)|[0-9两三几]+(?:天|周|个月)))|不想\\s?(?:exist|存在)(?!感)了?|(?:不想|别|不要)\\s?wake up|wish\\s?(?:我|i)?\\s?(?:没|never)\\s?(?:exist|出生|存在)|\\b(?:so )?tired of\\s?(?:活着|生活|人生)|(?:活着|人生)\\s?(?:好|很|真|太|真的)?\\s?(?:tired|tiring|exhausting|meaningless|pointless|empty)\\b|\\blife\\s?(?:好|很|真|太|真的)?\\s?(?:没意思|没意义|没劲)|\\blife\\s?(?:好|很|真|太|真的)\\s?(?:tired|tiring|meaningless|pointless|empty)|what'?s the point\\s?(?:of\\s)?活着|活着\\s?有\\s?point|人生\\s?game over|\\bgame over\\s?人生`) },
  { id: 'mix.farewell', category: 'farewell', leisure: new RegExp(`${EVERYDAY_GOODBYE_ZH.source}|闭关|温书|复习|考完|detox|戒网|休息|暂停|停更|断网|一个月|\\b(?:break|hiatus|exams?)\\b`, 'u'), re: r(`(?:sorry|goodbye|bye|farewell|see you never|love (?:you|u) all)\\s?(?:mom|mum|dad|everyone|all|guys|forever)?${G}{0,6}(?:我走了|我先走了?|先走一步|再见了?|永别|下辈子见)|(?:我走了|再见了?|永别了?|下辈子见|我先走了)${G}{0,6}(?:sorry|goodbye|bye forever|bye everyone|see you never|farewell)|我的\\s?(?:last|final)\\s?(?:message|post|story|goodbye)|my\\s?(?:last|final)\\s?(?:朋友圈|微博|限动|动态)|(?:last|final)\\s?(?:message|post|story)\\s?(?:了|大家|给)|最后一(?:条|篇|个|则)\\s?(?:post|story|message|ig|限动|小红书)`) },

  // ---------- English: active ideation (high) ----------
  { id: 'en.kill-myself', category: 'ideation', subject: 'self', hyperbole: true, re: r(`\\b(?:kill|killing|killed|off|offing|offed|end|ending|ended|unalive|unaliving|unalived|hang|hanging|hanged|drown|drowning|drowned|shoot|shooting|shot|poison|poisoning|poisoned|gas|gassing|suffocate|suffocating|starve|starving)\\s+myself\\b(?!\\s+(?:laughing|in the (?:foot|feet)|trying|working|studying|cramming|running around|(?:just )?to (?:finish|get|make|meet|learn|remember|keep up|pass|impress|please))\\b)(?!(?<=\\bdrown\\w*\\s+myself)\\s+in\\s+(?!(?:the\\s+|a\\s+|this\\s+|that\\s+)?(?:river|lake|sea|ocean|bath|bathtub|tub|pool|water|canal|pond)\\b))(?!(?<=\\bstarv\\w*\\s+myself)\\s+(?:until|till|til|before|for)\\s+(?:\\w+\\s+){0,3}?(?:buffet|dinner|lunch|brunch|breakfast|feast|thanksgiving|christmas|wedding|party|all you can eat|bbq|barbecue|tasting menu|date night|reunion)\\b)(?!(?<=\\bcould (?:just )?kill myself)\\s+for\\b)`) },
  { id: 'en.kms', category: 'ideation', subject: 'self', hyperbole: true, re: r(`\\b(?:kms|ctb|unalive|unalived|unaliving|sewer\\s?slide|sewerslided?|self\\s?delete|selfdelete)\\b(?!\\s*(?:this|that|the|these|those|这个|那个|这|那|我的|你的|他的|她的)\\s*(?!(?:weekend|week|time|year|month|morning|afternoon|evening|night|moment|second|minute|day|friday|monday|tuesday|wednesday|thursday|saturday|sunday|summer|winter|semester|term)\\b)[a-z\\u4e00-\\u9fff])|\\bcatch(?:ing)? the bus\\b(?=${G}{0,20}\\b(?:final|forever|for good|end|die)\\b)|\\bcatch(?:ing)? the (?:bus|train)\\b(?=[^\\n]{0,25}(?:🪦|⚰|☠|\\bnot the (?:actual|real|literal|normal|regular) (?:bus|train|one)\\b))`) },
  { id: 'en.want-die', category: 'ideation', hyperbole: true, re: r(`\\b(?:want|wants|wanted|wanna|wanting|ready|trying|tried|plan|plans|planning|deserve|deserves)\\s+(?:to\\s+)?(?:just\\s+)?(?:die|be dead|end (?:it all|my life|things|everything|it)|commit suicide|suicide|not be alive|not live)\\b(?!\\s+(?:of|from)\\s)(?!\\s+on (?:this|that|the|a|my) hill\\b)(?!(?<=\\bdead)\\W{0,6}(?:dead\\s+)?(?:asleep|cent(?:re|er)|serious|set on|last|tired|even|silent|quiet|wrong|right)\\b)(?!(?<=\\bend (?:it all|it|things|everything))\\s+(?:with|between)\\b)|\\b(?:going|gonna)\\s+(?:to\\s+)?(?:just\\s+)?(?:end (?:it all|my life|things|everything|it)|commit suicide|suicide)\\b(?!\\s+(?:with|between)\\b)(?!(?<=\\blife)\\s+savings\\b)`) },
  { id: 'en.actually-die', category: 'ideation', hyperbole: true, re: r(`\\b(?:actually|genuinely|seriously|for real|literally just)\\s+(?:want to\\s+|wanna\\s+)?(?:die|be dead|kill myself)\\b(?!\\s+(?:of|from|laughing)\\b)`) },
  { id: 'en.jump-intent', category: 'ideation', hyperbole: true, leisure: EN_JUMP_SPORT, re: r(`\\b(?:going to|gonna|want to|wanna|about to|ready to|plan to|planning to|decided to)\\s+jump\\b(?!\\s+(?:rope|for joy|in the pool|into the pool|on the bandwagon|ahead|in|right in|at|to conclusions|on a call|on|back|start|the queue|the line|ship|out of (?:a|the) (?:plane|helicopter|aircraft)))|\\bpicturing (?:myself )?(?:jumping|hanging|dying|dead|killing myself)\\b`) },
  { id: 'en.plan-end', category: 'ideation', re: r(`\\b(?:planning|plan|plans|thinking|thought|considering|contemplating|decided)\\s+(?:on|about|of|to)\\s+(?:ending|killing|unaliving|offing|taking|end|kill|take)\\s+(?:it|things|myself|my life|it all|everything|my own life)\\b(?!\\s+(?:with|between|off)\\b)`) },
  { id: 'en.suicidal', category: 'ideation', re: r(`\\bsuicidal\\b(?<!\\b(?:what (?:does|do|is|are)|define|definition of|meaning of|the term|difference (?:is )?between) "?(?:the term "?|passive |active |passive and active |active and passive )?suicidal)(?!\\s+(?:ideation"?\\s+)?(?:mean|means|meant|refers?|stands? for)\\b)(?!\\s+(?:posts?|content|comments?|messages?|tweets?|videos?|memes?|friends?|persons?|people|patients?|clients?|teens?|students?|kids?|children|users?|callers?)\\b)|\\b(?:thinking|thought|thoughts|think|considering|contemplating|think|urges?)\\s+(?:about|of)\\s+(?:suicide|killing myself|ending (?:it|my life|it all)|dying|death a lot)\\b|\\bthoughts of (?:suicide|death|dying)\\b|\\b(?:commit|committing)\\s+suicide\\b`) },
  { id: 'en.dont-want-live', category: 'ideation', hyperbole: true, re: r(`\\b(?:dont|do not|no longer|never)\\s+(?:really\\s+|even\\s+)?(?:want|wanna|wish)\\s+to\\s+(?:live|be alive|exist(?!\\s+(?:on (?:social media|the internet|here|this app|insta\\w*|twitter|tiktok|facebook|discord|reddit|snap\\w*)|online)\\b)|be here|go on|keep living|be on this earth|be around)(?:\\s+anymore)?\\b|\\bdone (?:with|living) (?:life|living|being alive)\\b|\\bim done with (?:life|everything|it all)\\b`) },
  { id: 'en.end-life', category: 'ideation', re: r(`\\b(?:end|ending|take|taking|finish)\\s+(?:my|my own)\\s+life\\b(?!\\s+(?:savings|story|insurance|back|into my own hands|in (?:a |my )?new direction|to the next level)\\b)|\\bend it all\\b(?!\\s+with\\s+(?:(?:this|that|my|the)\\s+)?(?:job|work|company|boss|course|major|class|degree|project|relationship|boyfriend|girlfriend|bf|gf|ex|him|her|them|team|app|account)\\b)|\\bend everything\\b|\\bend (?:it|things) (?:tonight|today|now|soon|for good|once and for all)\\b`) },
  { id: 'en.jump', category: 'ideation', hyperbole: true, leisure: EN_JUMP_SPORT, re: r(`\\b(?:jump|jumping|leap|leaping|throw myself)\\s+(?:off|from|in front of|into)\\s+(?:a |the |this |that |my )?(?:bridge|building|roof|rooftop|cliff|train|balcony|window|tower|overpass|traffic|car|bus|river)\\b|\\bwalk into (?:traffic|the sea|the ocean)\\b`) },
  { id: 'en.od-intent', category: 'ideation', re: r(`\\b(?:take|taking|gonna take|going to take|want to take)\\s+(?:all (?:of )?my|a bottle of|the whole bottle|enough)\\s+(?:pills|meds|medication|tablets)\\b|(?<!\\b(?:can|could) (?:you|u|one|people|a person|someone|kids|dogs?|cats?) )\\b(?:overdose|od)\\s+(?:on|tonight|again)\\b|\\b(?:want|going|gonna|plan|planning) (?:to )?(?:overdose|od)\\b`) },
  { id: 'en.attempt', category: 'ideation', re: r(`\\b(?:i|ive|i have|i had)\\s+(?:already\\s+)?(?:attempted|tried)\\s+(?:suicide|to (?:kill|end|unalive|off) myself|to end my life|to end it(?: all)?|to overdose|to hang myself)\\b|\\b(?:i|ive|i have|i had)\\s+(?:already\\s+)?attempted(?=\\s*(?:$|[,.!?;]|before|twice|once|\\d+ times|years|last|when|in \\d{4}|as a|at \\d+))|\\bsuicide attempts?\\b|\\bsurvived (?:a|my|an) (?:suicide )?attempt\\b`) },
  { id: 'en.emoji-selfharm', category: 'selfharm', re: r(`(?:🔪|🩸|✂)\\s*(?:my|myself)\\b`) },
  { id: 'en.emoji-intent', category: 'ideation', re: r(`\\b(?:want|wanna|gonna|going|ready|about)\\s+(?:to\\s+)?(?:🪦|⚰|🔫|💀🔫)`) },
  { id: 'en.death-better', category: 'ideation', re: r(`\\bdeath (?:is|seems|feels like) (?:the only|my only|the best|a) (?:way out|option|answer|escape|relief)\\b|\\bonly way out is (?:death|to die|dying)\\b`) },
  // "why not just end it", "i mean ending it. properly", "ending it for good".
  { id: 'en.end-it', category: 'ideation', subject: 'self', re: r(`\\b(?:why not|should i|might as well|may as well|maybe i should|i should|gonna|going to|want to|wanna|about to|ready to|time to)\\s+(?:just\\s+)?end (?:it|it all|things|everything)\\b(?!\\s+(?:with|here|early|for (?:today|tonight|now)|between|off)\\b)|\\bending (?:it|things|everything|it all)\\b\\W{0,3}(?:properly|for good|for real|permanently|once and for all)\\b|\\b(?:i mean|i meant|im talking about|talking about|thinking about|considering)\\s+ending (?:it|things|everything|it all)\\b(?!\\s+(?:with|between)\\b)`) },
  // Won't be a problem / around much longer: said about oneself, without a time.
  { id: 'en.not-long', category: 'ideation', subject: 'self', leisure: EN_MOVING_ON, re: r(`\\b(?:i|ill|i will)?\\s*(?:wont|will not|aint|not gonna|not going to) be (?:a (?:problem|burden|bother|nuisance)|in (?:your|anyones|the) way|bothering (?:you|anyone|anybody)|(?:here|around) to (?:${G}{1,25}?))\\s*(?:for )?(?:much longer|for long|long now)\\b`) },
  // A firearm taken out "to the barn/woods" in thought; habitual lingering at an edge or platform.
  { id: 'en.gun-thought', category: 'ideation', leisure: true, re: r(`\\b(?:thinking|thought|think|keep thinking|imagining|picturing)\\s+(?:about|of)\\s+(?:taking|getting|using|grabbing|loading|picking up)\\s+(?:out\\s+)?(?:my|the|dads|my dads|his|grandpas)\\s+(?:shot)?(?:gun|rifle|pistol|revolver|firearm)\\b|\\b(?:keep|kept|often|sometimes|always)\\s+(?:standing|lingering|waiting|leaning)\\s+(?:at|on|near|over|by)\\s+(?:the\\s+)?(?:edge|ledge|railing)\\b${G}{0,30}\\b(?:on purpose|too long|a bit too long|wondering|thinking)\\b`) },

  // ---------- English: self-harm (high) ----------
  { id: 'en.selfharm', category: 'selfharm', re: r(`(?<!\\baccidentally\\s)\\b(?:cut|cutting|burn|burning|burned|burnt|hurt|hurting|harm|harming|harmed|scratch|scratching|punish|punishing|punished|starve|starving|starved|hit|hitting)\\s+(?:myself|my (?:wrists?|arms?|legs?|thighs?|skin|body))\\b(?!\\s+(?:on (?:a|an|the|some|my|this|that)\\b|while\\b|when\\b|shaving|cooking|chopping|slicing|cutting|opening|peeling|ironing|baking|by accident|accidentally|if i (?:run|lift|play|train|keep (?:running|lifting|training))\\b|at (?:the )?(?:gym|practice|training)\\b|(?:playing|lifting|running|training|skiing|skating|climbing|tripping|falling|doing|dancing)\\b|(?:a|an|some|another)\\s+(?:\\w+\\s+){0,2}?(?:slice|piece|portion|wedge|break|slack|deal|helping|chunk|hunk|serving|cut)\\b|(?:bad|badly|so bad|really bad)\\s+(?:at|doing|playing|lifting|dancing|in)\\b|(?:until|till|til|before|for)\\s+(?:\\w+\\s+){0,3}?(?:buffet|dinner|lunch|brunch|breakfast|feast|thanksgiving|wedding|all you can eat|tasting menu)\\b|with (?:a |an |the |my )?(?:iron|oven|stove|pan|kettle|curling|straightener|hot|boiling|paper|tin|can|glass|razor while)))|(?<!\\b(?:item|question) (?:\\d+|nine) (?:is )?(?:about|on) )\\bself[- ]?harm(?:ing|ed)?\\b(?!\\s+(?:stats|statistics|data|research|pics|pictures|photos|images|posts?|content|videos?|awareness|prevention|policy|training|questions?|items?|screening|rates?)\\b)|\\bself[- ]?injur(?:y|e|ing)\\b|\\burges? to (?:cut|hurt myself|self harm|sh)\\b|\\brelapsed?\\b${G}{0,20}\\b(?:cutting|self harm|sh)\\b|\\b(?:cutting|sh) again\\b|(?<!\\b(?:got|get|gets|getting|was|been|be)\\s)\\b(?:cut|burned|burnt|hurt|scratched|hit)\\s+(?:myself\\s+)?again\\b(?!\\s+(?:from|by|for) (?:the |my |our )?(?:team|squad|roster|list|show|cast|band|club|line-?up|auditions?|tryouts?|program(?:me)?|competition)\\b)|\\bfresh cuts\\b|\\bcut (?:deeper|worse) than (?:usual|ever|before|last time)\\b|\\bblades?\\b${G}{0,15}\\b(?:wrist|arm|thigh|skin)\\b`) },
  // Self-injury told by its effect ("till it bled / bruised", "wanted it to hurt"), reckless driving
  // meant to crash, and hiding what was done to one's arms. Itching (eczema, bites) is excluded.
  // Round 5 (en): self-harm told by the body part, the marks, the tool, a relapse or "on purpose" ("been
  // cutting my stomach", "burnt my wrist with a hot spoon", "fresh cuts on my thighs", "relapsed, used a
  // pencil sharpener blade", "slammed my hand in the car door on purpose"). Kitchen, garden, skin and
  // pet injuries are everyday ones.
  { id: 'en.selfharm-effect', category: 'selfharm', leisure: new RegExp(`\\b(?:paper ?cut|fingers?|thumbs?|fingertip|kitchen|onions?|bagel|avocado|mandoline|toe|shaving|shave|razor burn|gums?|nose ?bleeds?|tooth|teeth|dentist|splinter|knife slipped|chopping|fell (?:off|over)|tripped|hangnail|cuticle|stubbed|piercing|tattoo|oven|stove|hob|microwave|tray|pan|kettle|iron(?:ing)?|toaster|grill|bbq|bushes|brambles|thorns|roses?|eczema|psoriasis|itch\\w*|mosquito\\w*|bites?|rash|sunburn\\w*|cat|kitten|dog|puppy|accident\\w*|lava|respawn|game)\\b`, 'u'), re: r(`\\b(?:cut|cutting|burn(?:ed|t|ing)?|scratch(?:ed|ing)?|scrap(?:ed|ing)|slic(?:ed|ing)|gouge\\w*)\\s+(?:into\\s+)?(?:myself\\s+)?my\\s+(?:own\\s+)?(?:stomach|thighs?|legs?|arms?|wrists?|hips?|ankles?|skin|chest|forearms?|belly)\\b|\\bcarv(?:ed|ing)\\b${G}{0,25}\\binto my (?:wrists?|arms?|skin|thighs?|legs?|stomach)\\b|\\b(?:fresh|new|deep|more) (?:cuts|burns|wounds)\\b|\\b(?:hiding|hide|hid|cover(?:ing)? up) (?:the|my) (?:cuts|marks|scars|burns|wounds)\\b(?!\\s+(?:from|after) (?:the|my) (?:surgery|operation|accident|c-section|bike))|\\b(?:thighs?|arms?|wrists?|legs?|stomach) (?:is |are )?covered in (?:cuts|scars|burns)\\b|\\brelaps\\w*\\b[^.!?\\n]{0,40}\\b(?:cut\\w*|blade|razor|burn\\w*|self ?harm\\w*)\\b|\\b(?:\\d+|ninety|sixty|thirty|forty|fifty) days? clean\\b${G}{0,30}\\b(?:threw|ruined|gone|lost|broke|relaps)\\w*|\\b(?:hurt|cut|burn\\w*|scratch\\w*|hit|punch\\w*|slam\\w*|bang\\w*|smash\\w*|starv\\w*|reopen\\w*)\\s+(?:myself|my\\s+(?:own\\s+)?(?:stomach|thighs?|legs?|arms?|wrists?|hips?|ankles?|skin|chest|forearms?|belly|hands?|face|head|knuckles|fists?)|(?:the|a) (?:walls?|doors?|mirror))\\b${G}{0,40}\\bon purpose\\b|\\breopen\\w* (?:the|my|old) (?:wounds|cuts|scars)\\b|\\b(?:cut|cutting|burn\\w*|scratch\\w*|scrap\\w*|carv\\w*|hurt\\w*)\\s+(?:myself|my\\s+(?:own\\s+)?(?:stomach|thighs?|legs?|arms?|wrists?|hips?|ankles?|skin|chest|forearms?|belly|hands?|face|head|knuckles|fists?))\\b${G}{0,30}\\b(?:with|used) (?:a|the|my)\\s+(?:\\w+\\s+)?(?:blade|razor|compass|lighter|sharpener|curling iron|hot spoon|scissors)\\b`) },
  { id: 'en.selfharm-acts', category: 'selfharm', re: r(`\\b(?:punch\\w*|bang\\w*|hit|hitting|slam\\w*|scratch\\w*|pinch\\w*|bit|bite|biting|smash\\w*)\\s+(?:walls?|myself|my (?:head|arms?|legs?|skin|face|fists?|thighs?|wrists?|hands?|knuckles))\\b${G}{0,25}\\b(?:till|until|so hard|hard enough)\\b${G}{0,12}\\b(?:bled|bleeds|bleed|bleeding|bruise\\w*|broke|marks?|swell\\w*|raw)\\b(?![^\\n]{0,40}\\b(?:itch\\w*|eczema|bites?|rash|hives|psoriasis|allerg\\w*|mosquito\\w*))|\\b(?:wanted|want|needed|need|wanting)\\s+(?:it|myself|my (?:arms?|body|skin))\\s+to (?:hurt|bleed|feel pain|sting)\\b(?!\\s+(?:less|the least)\\b)|\\b(?:drive|drove|driving|ride|rode|riding)\\b${G}{0,30}\\bhoping (?:i(?:ll| will|d)?|to) (?:crash|die|get hit|wreck|not make it|hit something)\\b|\\b(?:drive|drove|driving)\\b${G}{0,30}\\binto (?:a |the )?(?:tree|wall|oncoming traffic|lorry|truck|barrier) on purpose\\b|\\b(?:sleeves|hoodies?|jumpers?|sweaters?|bracelets?|bandages?|hide|hiding|cover|covering|no ?one (?:can |will )?sees?|nobody (?:can |will )?sees?|notices?)\\b${G}{0,40}\\bwhat i(?:ve| have)? (?:did|do|done) to (?:my (?:arms?|wrists?|thighs?|legs?|skin|body|stomach)|myself)\\b`) },
  // Code-switched self-harm: an English act word with Chinese/Cantonese ("又 cut 咗", "blade 𠝹咗自己").
  { id: 'en.selfharm-mix', category: 'selfharm', re: r(`(?:又|又再|再次)\\s*(?:cut|burn|sh|relapse)\\b(?![^。!?\\n]{0,20}(?:蛋糕|糖|甜|奶茶|零食|减肥|戒烟|烟|酒|游戏|熬夜))(?!\\s*(?:咗|了|左)?\\s*(?:头|发|刘海|hair|fringe|bangs|class|课|堂|line|queue))|\\b(?:cut|burn)\\s*(?:咗|了|左)\\s*(?:again|自己|手|手臂|手腕|大腿)|\\b(?:blade|razor|knife|lighter)s?\\b${G}{0,6}(?:自己|手腕|手臂|大腿)`) },

  // ---------- English: method seeking (high) ----------
  { id: 'en.method-seek', category: 'method', re: r(`\\b(?!how (?:many|much|often|common|likely)\\s(?:\\w{1,20}\\s){0,2}?(?:people|doctors|nurses|vets|farmers|men|women|teens|teenagers|students|kids|children|adults|veterans|americans|brits|patients|young people|each|every|per|a year)\\b)(?:how|ways?|best way|easiest way|quickest way|fastest way|surest way|most effective way|which method)\\b${G}{0,30}\\b(?:kill myself|die|suicide|end my life|overdose|od|unalive)\\b|\\b(?:painless|least painful|quickest|quick and painless)\\s+(?:way|method|death)\\b|\\blethal dose\\b|\\bhow many\\b${G}{0,25}\\b(?:to die|to kill me|would kill me|is lethal|are lethal|to overdose|to od|be fatal|is fatal)\\b|\\b(?:how (?:high|tall)|what height|how many (?:floors|stories|storeys|metres|meters|feet))\\b${G}{0,25}\\b(?:jump|fall|drop)\\w*\\b${G}{0,25}\\b(?:die|kill|fatal|lethal|(?:for it |to )(?:definitely |actually |surely )?work|be sure|guarantee)\\w*|\\bhow (?:many|much)\\s+(?:of\\s+)?(?:my\\s+|these\\s+|the\\s+|your\\s+)?(?:\\w+\\s+)?${EN_DRUG}\\b${G}{0,12}\\b(?:it takes|would it take|does it take|would do it|would be enough|is enough|to take to|before (?:i|you) (?:die|stop|pass out|dont wake))\\b(?!${G}{0,8}\\b(?:to (?:work|kick in|help|feel|get rid|treat|relieve|cure|stop the|sleep|lower|bring)|for (?:a|an|my|the|\\d|pain|sleep|cramps|headaches?|carbs)))`) },
  // "been thinking about how." — the how left unsaid, at the end of a clause, after dark talk.
  { id: 'en.method-how', category: 'method', re: r(`\\b(?:thinking|thought|planning|planned|researching|researched|looked up|looking up|googling|googled)\\s+(?:about\\s+)?how\\s*(?:[!?,]|\\.(?![.\\w])|$)`) },

  // ---------- English: passive / hopeless / burden (low) ----------
  { id: 'en.not-wake', category: 'passive', re: r(`\\b(?:dont|do not|never)\\s+want to wake up\\b|\\b(?:hope|wish|pray)\\s+i\\s+(?:dont|never|wont|do not)\\s+wake up\\b(?!\\s+(?:too |so )?(?:early|late|before|at \\d|with|in (?:time|the night|a bad)|the (?:baby|kids|dog|neighbou?rs)|everyone|anyone|my|hungover|sore|sick|grumpy)\\b)|\\b(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up\\b|\\bnot wake up (?:tomorrow|again|in the morning)\\b|\\bwouldnt mind (?:dying|not waking up|if i died|being dead)\\b|\\bsleep forever\\b(?!\\s+(?:this|on|after|until|till|tomorrow|today|no alarms?|once|when|the whole|all (?:day|weekend))\\b)`) },
  { id: 'en.wish-dead', category: 'passive', hyperbole: true, re: r(`\\bwish(?:ed)?\\s+i\\s+(?:was|were|could be|had been)\\s+(?:dead|never born|gone|not here|not alive|not born)\\b(?!(?<=dead)\\W{0,6}(?:dead\\s+)?(?:asleep|cent(?:re|er)|serious|set on|last|tired|even|silent|quiet|wrong|right)\\b)|\\bwish i could (?:just\\s+)?(?:die|disappear|sleep forever|not exist|stop existing|cease to exist|vanish)\\b|\\b(?:want|wanna|wish) (?:to )?(?:(?:disappear|vanish)\\b(?!\\s+(?:into|for a|from social|off the grid|in a|from (?:this|that|the|my) (?!world\\b|earth\\b|planet\\b|universe\\b|face\\b|existence\\b)))|(?:not exist|stop existing|cease to exist)\\b)|\\bwish i (?:wasnt|werent|was not|were not) (?:here|alive|born|around)\\b(?!\\s+(?:at|in|for|with|during|right now for)\\b)|\\b(?:would be|itd be|be) (?:so )?(?:nice|easier|better) to (?:just )?(?:not exist|stop existing|cease to exist|not wake up|never wake up)\\b|\\bif i (?:died|was gone|were gone|disappeared)\\b(?!\\s+(?:from|for)\\s+(?:the|this|my|a|an|\\d+|ten|five|a few)\\b)|\\b(?:better|be better) off dead\\b|\\bdeath (?:would be|sounds like) (?:a )?(?:relief|nice|peaceful|better)\\b|\\bdont care if i (?:die|live or die)\\b|\\bwish\\s+(?:i|id|i had|i would have)\\s+(?:never been born|never existed|not been born|never woken up|died)\\b|\\btired of (?:existing|living|being alive|life|being me|waking up)\\b|\\bif i (?:got|get|was|were) (?:hit|run over|killed)\\b${G}{0,40}\\b(?:wouldnt mind|dont care|wouldnt be (?:so )?bad|be fine|relief|fine with it)\\b|\\bwouldnt (?:mind|care) if i (?:died|didnt wake up|got hit|was gone|never woke up)\\b|\\b(?:easier|better|simpler)\\s+if i (?:just\\s+)?(?:didnt|did not|wasnt|was not|werent|were not)\\s+(?:exist|here|around|alive|born)\\b|\\bfinally (?:get (?:some )?peace|be free|be at peace|rest|stop hurting)\\b`) },
  { id: 'en.hopeless', category: 'hopeless', hyperbole: true, re: r(`\\bno (?:reason|point|purpose)\\s+(?:to|in)\\s+(?:live|living|going on|being alive|keep going|life|staying alive)\\b|\\bnothing (?:left )?to live for\\b|\\bwhats the point (?:of|in) (?:living|life|anything|going on|being alive|it all)\\b|\\b(?:life|living|my life|existence)\\s+(?:is|feels|seems)\\s+(?:so\\s+)?(?:pointless|meaningless|not worth (?:it|living)|hopeless|unbearable)\\b|\\bnot worth living\\b|\\bcant (?:go on|keep going|take (?:it|this) anymore|do this anymore|keep living like this)\\b|\\b(?:i feel|im|feeling|so|completely|utterly|totally)\\s+hopeless\\b|\\bhopelessness\\b|\\b(?:give|giving|gave) up on (?:life|living|everything|myself)\\b|\\bno way out\\b|\\btired of fighting\\b|\\bno fight left\\b|\\bcant fight (?:this|it) anymore\\b|\\bwhat(?:s| is) (?:even )?the point(?: anymore| of anything)?\\s*[?.!]*\\s*$|\\bwhat(?:s| is) (?:even )?the point (?:anymore|of (?:anything|it all|any of (?:it|this))|of (?:even )?trying(?: anymore)?(?=\\s*(?:[?.!]|$)))\\b|\\bwhat(?:s| is) (?:even )?the point\\s*(?:啊|呀|咩|啦|嘛|呢)|\\b(?:everything|it all|all of it)\\s+(?:feels|seems|is)\\s+(?:so\\s+|just\\s+|completely\\s+)?(?:pointless|meaningless)\\b|\\bnothing (?:feels|seems|is) worth (?:it|anything|doing|living for)\\b|\\b(?:dont know|idk|no idea|not sure) why i (?:keep going|keep trying|even bother|keep living|am (?:still )?(?:alive|here))\\b(?=\\s*(?:[,.!?;]|$|anymore|at all|honestly|tbh))|\\bnothing (?:ever |will ever |is ever going to |will )?gets? better\\b|\\bchecked out (?:of|from) (?:life|living)\\b|\\bcant keep doing this(?: anymore)?\\s*[.!]*\\s*$|\\bno future for me\\b|\\bdont see (?:a|any) future\\b(?!\\s+(?:for (?:myself|me|us)\\s+)?(?:in|at(?! all\\b)|with)\\s)(?!\\s+for (?:us|him|her|them|this (?:relationship|company|job|team|band|project))\\b)|\\bwhy (?:am i|do i keep) (?:still )?(?:alive|living|here)\\b|\\bwhy bother living\\b`) },
  { id: 'en.burden', category: 'burden', subject: 'speaker', re: r(`\\b(?:im|i am|i feel like|feel like|i feel|(?<!\\b(?:scared|afraid|worried|terrified|fear|fearful|anxious|nervous|thought)\\b[^.!?\\n]{0,40}\\b(?:of|about) )being|im just|im such)\\s+(?:such\\s+|just\\s+|only\\s+)?(?:a|an|the)\\s+(?:huge\\s+|big\\s+)?(?:burden|waste of space|waste of oxygen|waste of air|drain)\\b|\\bburden (?:to|on) (?:everyone|my family|them|you|people|others|my friends)\\b|\\b(?:everyone|they|my family|people|the world|my friends|my kids|you all|everybody)\\s+(?:would|will|d)\\s+(?:all\\s+)?be\\s+better\\s+(?:off\\s+)?without me\\b(?!\\s+(?:in|on|at)\\s+(?:the|this|that|our|my)\\s+(?!(?:world|lives?|family|house|home|picture)\\b))|\\bbetter off without me\\b(?!\\s+(?:in|on|at)\\s+(?:the|this|that|our|my)\\s+(?!(?:world|lives?|family|house|home|picture)\\b))|\\b(?:relieved|happier|better) if i (?:was|were) gone\\b|(?:我|自己)(?:是|就是)?(?:个|一个)?\\s?(?:burden|drain)\\b|\\b(?:better off|be better|be happier|be easier)\\b${G}{0,15}\\bif i (?:died|was gone|were gone|wasnt here|werent here|disappeared)\\b`) },
  // Nobody would miss me: thwarted belonging, not burden, so it does not make passive+burden high.
  { id: 'en.unmissed', category: 'hopeless', subject: 'speaker', re: r(`\\b(?:no one|nobody|noone) would (?:care|notice|miss me|even notice)\\b(?!\\s+if (?:he|she|they|his|her|my \\w+)\\b)(?!${G}{0,12}\\bgone (?:from|for)\\s+(?:the|this|my|a|an|\\d+|ten|five|a few)\\b)${G}{0,20}|\\b(?:no one|nobody|noone) (?:cares|would care) if i (?:died|was gone|disappeared|lived)\\b`) },
  // Passive wishes told as something happening to me: a bus, an illness, god taking me, a crash.
  { id: 'en.passive-event', category: 'passive', hyperbole: true, re: r(`\\bif (?:a|some|the) (?:bus|car|truck|lorry|train|plane|meteor|asteroid|tumou?r|cancer|illness)\\s+(?:hit|hits|ran over|runs over|killed|kills|took|takes|got|ran|runs)\\s+me(?: over| out)?\\b${G}{0,40}\\b(?:wouldnt|would not|wont|dont|not) (?:be )?(?:mind|mad|upset|care|complain|sad|bothered|fight it)\\b|\\b(?:wouldnt|would not) (?:mind|care|be mad) if (?:a|some) (?:bus|car|truck|lorry|train) (?:hit|ran over|killed) me\\b|\\b(?:pray|praying|prayed|hope|hoping|wish|wishing|begging)\\s+(?:that\\s+)?(?:god|the lord|jesus|allah|death|the universe)\\s+(?:(?:would|will|could|just)\\s+){0,2}(?:takes?|took|call|calls)\\s+me\\b(?!\\s+(?:back|home to|to (?:the|a|my)\\b))|\\b(?:hoping|hope|wish|praying)\\s+(?:that\\s+)?(?:the|my) (?:plane|flight|bus|car|train|ceiling)\\s+(?:crashes|falls|goes down|derails|collapses)\\b${G}{0,30}\\bso (?:i|that i)\\b|\\b(?:hoping|hope|wish) i (?:get|got) (?:hit|run over|cancer|something terminal)\\b|\\b(?:just )?want (?:it all|everything|all of it|the world) to (?:just )?stop\\b`) },
  // Why am I still here; I only take up space; the world would go on without me.
  { id: 'en.still-here', category: 'passive', subject: 'self', re: r(`\\bwhat am i (?:still|even still) doing here\\b(?!\\s+(?:at|in|with)\\b)|\\bwhy am i still (?:here|around)\\s*(?:[?.!]|$)`) },
  // Round 5 (en): passive wishes said as indifference, hope, waiting or no future ("wouldn't be the worst
  // thing if I didn't make it", "lowkey hope I don't make it to 25", "just waiting for it all to be over",
  // "I'm over being alive", "wish I could fall asleep forever", "can't see a future").
  { id: 'en.passive-more', category: 'passive', hyperbole: true, re: r(`\\b(?:wouldnt|would not|wont|would|itd|it would|id)\\s+(?:really\\s+)?(?:be the worst thing|mind|care|be (?:so )?(?:bad|sad|upset)|be (?:fine|ok|okay|relieved)|be relieved)\\b[^.!?\\n]{0,15}\\bif i (?:just\\s+)?(?:didnt|dont|never|did not|got sick and (?:just\\s+)?(?:died|didnt|never)|got hit|died)\\b|\\bif i (?:just\\s+)?(?:didnt|dont|did not|never) (?:wake up|woke up|make it|made it|come home|came home|come back|recover)\\b[^.!?\\n]{0,40}\\b(?:fine|ok|okay|relieved|relief|at least|wouldnt mind|wouldnt care|dont care|peaceful|not the worst|better|happy)\\b|\\b(?:hope|hoping|pray|praying|wish)\\s+(?:that\\s+)?i\\s+(?:just\\s+)?(?:dont|never|wont|do not)\\s+(?:wake up\\b(?!\\s+(?:too |so )?(?:early|late|before|at \\d|with|in (?:time|the night|a bad)|on time|hungover|sore|sick|grumpy|my|the|him|her|them|you|everyone|anyone|mum|mom|dad)\\b)|make it (?:to|through|past|home|out)\\b(?!\\s+(?:the (?:meeting|party|class|lecture|game|show|gig|concert|wedding|office|shop|station|airport|end of (?:the )?(?:movie|film|show|meeting|class))|on time|in time)\\b))|\\b(?:hope|hoping|wish|praying)\\s+(?:that\\s+)?(?:something|anything)\\s+(?:bad\\s+)?(?:happens|would happen|will happen) to me\\b|\\b(?:hope|hoping)\\s+(?:that\\s+)?i(?:ll| will)?\\s+(?:get|got)\\s+hit\\b|\\b(?:waiting|wait) (?:for (?:it all|everything|my life|life|all of this|this life) to (?:be over|end|stop)|for (?:the end|death|it to be over)\\s*(?:[.!,]|$)|to die\\b)(?![^.!?\\n]{0,30}\\b(?:reunion|meeting|party|exams?|shift|class|lecture|wedding|dinner|trip|flight|semester|term|hours|minutes|season|match|game|movie|film)\\b)|\\b(?:existing|waiting|surviving|living)\\s+until i die\\b|\\b(?:over|done with|sick of|fed up with)\\s+(?:being alive|existing)\\b|\\basleep forever\\b|\\bsleep for (?:a hundred|100|a thousand|1000) years\\b|\\bwish i could (?:just\\s+)?(?:fade|fading) (?:out|away)\\b|\\bim (?:just\\s+)?fading away\\b|\\b(?:didnt|never|did not) ask(?:ed)? to be born\\b|\\b(?:cant|dont|cannot|can not) see (?:a |any |my |much of a )?future\\b(?!\\s+(?:for (?:myself|me)\\s+)?(?:in|at (?!all\\b)|with|as|here|there|for (?:us|this|the|it|them|him|her))\\b)|\\bno future for me\\b|\\bcant see myself (?:making it|living|being alive|getting) (?:to|past|until)\\b|\\b(?:want|wanna) to not be here\\b|\\bstop being a person\\b|\\bdont see (?:the |much |any )?point (?:in |of )?(?:being alive|living(?!\\s+(?:with|in|on|at|near|together|here|there|like)\\b)|carrying on|going on|getting up|making it|existing|waking up)\\b|\\bwhy (?:am i|im) (?:even )?alive\\b|\\bwhy bother (?:living|being alive|waking up)\\b`) },
  // Better off with someone else or with the money ("she'd be better off with a different mother", "they'd
  // be better off with the life insurance than with me", "everyone would be happier if I wasn't here").
  { id: 'en.burden-more', category: 'burden', subject: 'speaker', re: r(`\\b(?:kids?|children|sons?|daughters?|baby|family|wife|husband|partner|girlfriend|boyfriend|shed|hed|theyd|everyone|they|she|he)\\s+(?:would\\s+|will\\s+)?(?:all\\s+)?be\\s+(?:better off|happier)\\s+with (?:a different|another|someone else|the (?:life )?insurance)\\b|\\b(?:would|d|will)\\s+(?:all\\s+)?be\\s+(?:better off|happier|lighter|easier)\\s+if i (?:wasnt|werent|was not|were not|had never|hadnt|never|d never|d just)\\b`) },
  { id: 'en.take-up-space', category: 'burden', subject: 'speaker', re: r(`\\b(?:im|i am|i feel like im|feel like im|i)\\s+(?:just\\s+|only\\s+)?(?:taking up|take up|wasting) (?:space|air|oxygen)\\b|\\b(?:the world|everyone|life|everything) would (?:keep (?:spinning|going|turning)|go on|carry on|be fine|be the same) without me\\b`) },

  // ---------- English: imminent ----------
  { id: 'en.means', category: 'means', leisure: EN_MED_EVERYDAY, re: r(`\\b(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|collected|collecting|stashed|stashing|been saving)\\s+(?:up\\s+)?(?:my\\s+|all\\s+(?:my|the)\\s+|enough\\s+|a bunch of\\s+|(?:\\d+|a few|two|three|four|six|several) (?:months?|weeks?)(?: worth)? of (?:my\\s+)?)?${EN_DRUG}\\b(?!\\s+(?:from|at)\\s+(?:the\\s+)?(?:pharmacy|chemist|doctor|gp|hospital|clinic|boots|cvs|walgreens)\\b)|\\b(?:the |my |all (?:my|the) )?${EN_DRUG}\\s+(?:saved|stashed|stockpiled|hoarded|put aside|set aside)(?:\\s+up)?\\b(?!\\s+(?:(?:my|his|her|their|our|your) li(?:fe|ves)|me)\\b)|\\benough (?:pills|meds|tablets)\\b${G}{0,20}\\b(?:to|for)\\b|\\b(?:pills|meds|rope|noose|blade)s?\\s+(?:is\\s+|are\\s+)?(?:ready|lined up)\\b(?!\\s+(?:for (?:pick ?up|collection)|to (?:pick up|collect)|at the)\\b)|\\b(?:tied|made|tying|bought)\\s+(?:a|the)\\s+noose\\b|\\bnoose\\b|\\b(?:bought|got|buying)\\s+(?:a |the |some )?(?:rope|gun|blades?|charcoal|pills|razors?)\\b[^\\n]{0,25}\\bnot (?:for|to use for)\\b`) },
  { id: 'en.means-weak', category: 'means-weak', leisure: true, re: r(`\\b(?:bought|got|have|has|found|loaded)\\s+(?:a |the |my )?(?:rope|gun|razor blades?|blades|charcoal|pills|💊)\\b|\\bgun loaded\\b|\\b(?:got|have) (?:my|the|all the) (?:pills|meds|rope|💊|blades?) (?:ready|here)\\b|💊{3,}`) },
  // Means or a plan said without what for: a rope tied to a beam (means); "the razor's out", "counted
  // them twice", "been stockpiling since march", "my plan is set", "bought the stuff" (weak: they need a
  // time, goodbye or resolve next to them, or thoughts earlier in the chat).
  { id: 'en.means-tied', category: 'means', leisure: true, re: r(`\\b(?:tied|tying|hung|hanging|fixed|secured|looped)\\s+(?:a|the|my)\\s+(?:rope|cord|belt|cable|sheet)s?\\s+(?:to|around|over|from|on)\\s+(?:a|the|my)\\s+(?:beam|rafters?|ceiling|loft|banister|bannister|stair ?rail|door(?:frame)?|hook|fan|branch|tree|pipe|railing|light fitting|wardrobe)\\b|\\b(?:rope|cord|belt)\\s+(?:is\\s+)?(?:tied|hung|up|around|over)\\s+(?:to\\s+|on\\s+|from\\s+)?(?:the|a)\\s+(?:beam|rafters?|banister|hook|branch|ceiling)\\b`) },
  { id: 'en.means-out', category: 'means-weak', leisure: true, re: r(`\\b(?:the\\s+|my\\s+)?(?:razor|blade|knife|rope|gun|pills|meds|tablets)s?\\s+(?:is\\s+|are\\s+)?(?:out|laid out|set out|lined up|all here|on (?:the|my) (?:desk|table|bed|counter|nightstand))\\b|\\bcounted (?:them|the pills|my pills|out the pills|them out)(?: all)?(?:\\s+(?:twice|again|three times|\\d+ times))?\\b|\\b(?:been|ive been|im|i am|i have been)\\s+(?:stockpiling|hoarding|stashing|saving them)\\b(?!\\s+(?:money|cash|toilet|food|snacks|for (?:a|the|my) (?:trip|holiday|car|house|wedding)))|\\b(?:already|just)\\s+(?:took|swallowed|downed|taken)\\s+(?:them|all of them|the lot)\\b|\\b(?:my |the )?plan(?: is|s) (?:set|ready|made|in place|final|all set)\\b|\\b(?:have|got|ive got) everything i need\\b|\\b(?:bought|got|ordered|picked up)\\s+(?:the|all the)\\s+stuff\\b(?!\\s+(?:for|to|from|at)\\b)`) },
  // "the whole box this time" next to pills: an overdose planned bigger than before.
  { id: 'en.od-escalate', category: 'method', re: r(`\\b(?:the|a) (?:whole|entire|full) (?:box|bottle|pack|packet|strip)\\b(?<=(?:💊|\\b(?:pills|meds|tablets|painkillers)\\b)[^\\n]{0,80})${G}{0,8}\\bthis time\\b`) },
  // Code-switched means: an English word for the means with a Chinese "ready/saved" ("rope 绑好咗",
  // "pills 我储咗一个月", "药已经 ready 了").
  { id: 'en.means-mix', category: 'means', re: r(`\\b(?:rope|pills|meds|tablets|blade|charcoal)s?\\s*(?:我)?(?:已经|都|全部)?\\s*(?:绑好|挂好|准备好|买好|到手|储|攒|囤|存好|ready)|(?:药|安眠药|绳子|刀片|炭)\\s*(?:已经|都)?\\s*ready\\b`) },
  { id: 'en.act', category: 'act', re: r(`\\b(?:just\\s+)?(?:took|swallowed|taken|downed|ate)\\s+${EN_QUANT}\\b(?!\\s+(?:out|off|down|back|apart|away)\\b)${G}{0,20}\\b(?:pills|tablets|meds|of my|sleeping|painkillers|tylenol|paracetamol)\\b(?!\\s+(?:this morning|today|for (?:the day|today)|on time|like (?:a|i)|with (?:breakfast|lunch|dinner|food|a meal)|as (?:usual|prescribed|normal)|at (?:breakfast|lunch|dinner|\\d)|every)\\b)|\\bcut (?:too|really|so) deep\\b|\\b(?:i|just) (?:overdosed|odd|oded)\\b|\\b(?:swallowed|took|taken|downed)\\s+(?:everything|all (?:of )?(?:my|the|her|his) (?:pills|meds|medication|tablets|sleeping pills|antidepressants))\\b(?!\\s+(?:out|off|down|back|apart|away)\\b)(?!\\s+(?:this morning|today|for (?:the day|today)|on time|like (?:a|i)|with (?:breakfast|lunch|dinner|food|a meal)|as (?:usual|prescribed|normal)|at (?:breakfast|lunch|dinner|\\d)|every)\\b)|\\bcut (?:deeper|too deep|way too deep) than (?:i meant|i wanted|i intended)\\b`) },
  // On a ledge, bleeding, a blade or gun in hand: dropped next to climbing, a small everyday injury,
  // a craft or a kitchen in the same sentence ("on the ledge, 3rd pitch", "paper cut won't stop bleeding").
  { id: 'en.act-ledge', category: 'act', leisure: true, re: r(`\\b(?:im|i am)\\s+(?:standing\\s+)?(?:on|at)\\s+(?:the\\s+)?${EN_EDGE}`) },
  { id: 'en.act-bleeding', category: 'act', leisure: EN_MINOR_INJURY, re: r(`\\bbleeding (?:a lot|badly|heavily|wont stop|everywhere)\\b|\\bcant stop the bleeding\\b|\\b(?:it|this|the cut|the wound|blood|they)\\s+(?:wont|will not|doesnt|does not|isnt|cant|wouldnt)\\s+stop bleeding\\b`) },
  { id: 'en.means-hand', category: 'means', leisure: new RegExp(`${EN_HANDS_BUSY.source}|${EN_MED_EVERYDAY.source}`, 'u'), re: r(`\\b(?:gun|knife|blade|razor|pills|meds|rope|noose)s?\\s+(?:is\\s+|are\\s+)?(?:loaded\\s+(?:and\\s+)?)?(?:next to me|in my hand|in my mouth|to my head|on my lap|counted out|in front of me)\\b`) },
  // Round 5 (en), from the training lines' misses. An overdose or poison told by its object: "took all
  // my lithium", "swallowed the rest of the oxycodone", "took my whole prescription", "drank the bleach".
  { id: 'en.act-ingest', category: 'act', re: r(`\\b(?:took|swallowed|downed|ate|injected|taken|necked|chugged|popped)\\s+(?:all|every (?:single |last )?one|the rest|the lot|most)\\s+(?:of\\s+)?(?:(?:my|the|those|these|his|her|[a-z]+s)\\s+){0,2}(?:[a-z]+\\s+){0,2}?${EN_DRUG_WIDE}\\b${EN_DOSE_AFTER}|\\b(?:took|swallowed|downed|ate|injected|taken|necked|drank|chugged)\\s+(?:my|the|a)\\s+(?:whole|entire|full)\\s+(?:prescription|supply|stash|bottle|pack|box|packet|strip|blister|vial|pen)\\b(?=\\s*(?:$|[.,!;…]|and\\b|plus\\b|about\\b|like\\b|rn\\b|an? hour|[0-9]|of\\s+(?:(?:my|the|[a-z]+s)\\s+)?(?:[a-z]+\\s+)?${EN_DRUG_WIDE}\\b))|(?<!\\b(?:nearly|almost|accidentally|never|once|kids?|toddler|dog|cat)\\s)\\b(?:drank|swallowed|downed|drinking|necked|chugged|ingested)\\s+(?:(?:the|some|a (?:bottle|glass|cup|mug) of|half (?:a|the) bottle of)\\s+)?(?:bleach|antifreeze|weed ?killer|pesticide|rat poison|paraquat|drain cleaner|poison|cyanide|sodium nitrite)\\b`) },
  // Exhaust in a closed garage told as the state of things ("sitting in the garage with the engine on",
  // "car's running in the shut garage", "engine's on, garage door is shut").
  { id: 'en.act-garage', category: 'act', re: r(`\\b(?:car|engine|motor|truck)(?:s|\\s+is)?\\s+(?:still\\s+)?(?:running|on)\\b[^.!?\\n]{0,12}(?:[.,]\\s*)?[^.!?\\n]{0,20}\\b(?:(?:closed|shut|locked) garage|garage(?: door)?(?:s|\\s+is)?\\s+(?:shut|closed|down|locked)|in the garage)\\b|\\b(?:in|inside) the (?:closed |shut |locked )?garage\\b[^\\n]{0,30}?\\b(?:car|engine|motor)(?:s|\\s+is)?\\s+(?:still\\s+)?(?:running|on)\\b(?![^.!?\\n]{0,30}\\b(?:warm|defrost|charg|fix|repair|tune|mechanic))`) },
  // A way of dying by a vehicle, water or a fall, thought about or wanted: "thinking about driving into a
  // tree", "so easy to just swerve into the lorry lane", "keep picturing stepping in front of the bus".
  { id: 'en.method-thought', category: 'ideation', hyperbole: true, re: r(`(?<!\\bintrusive\\s)\\b(?:think\\w*|thought|fantasi[sz]\\w*|imagin\\w*|daydream\\w*|obsess\\w*|picture|picturing|urges? to|tempted to|so easy to|easy to|want to|wanna|wanted to|going to|gonna|about to|could just|keep|kept)\\s+(?:(?:a lot|so much|constantly|again|every day|seriously|about|of|just|how (?:easy|good) it would be to)\\s+){0,3}(?:(?:driv|crash|steer|swerv|plow|plough|veer)(?:ing|e)?\\s+(?:(?:my|the|our)\\s+(?:car|truck|rig|van|lorry|bike|motorbike)\\s+)?(?:straight\\s+)?(?:into|off|in front of|across)\\s+${EN_CRASH_OBJECT}|(?:step|stepp|walk|throw|throwing)(?:ing)?\\s+(?:myself\\s+)?(?:out\\s+)?(?:in front of|into|off)\\s+${EN_CRASH_OBJECT}|(?:jump|jumping)\\s+(?:off|from|in front of)\\s+${EN_CRASH_OBJECT}|(?:hanging|drowning|shooting|poisoning)\\s+myself\\b|overdosing\\b|eating (?:my|a|the) gun\\b)`) },
  // The means set up: a rope tied, a gun loaded ("rope's tied to the beam", "loaded the gun. just sitting
  // with it", "dad's gun is unlocked").
  { id: 'en.means-set', category: 'means', leisure: EN_ROPE_GUN_EVERYDAY, re: r(`\\b(?:the |my |a )?(?:rope|noose|belt|cord|ligature)(?:s|\\s+is|\\s+are)?\\s+(?:already\\s+)?(?:tied|hung|up|set up|secured|around my neck)\\b|\\b(?:ive |i have |i )?(?:tied|hung) (?:it|the rope|the noose|a noose|the belt)\\b(?!\\s+(?:to the (?:boat|car|trailer|roof)|up))|(?<!\\b(?:glue|nail|staple|heat|water|nerf|paint|paintball|airsoft|spray|caulk\\w*|grease|squirt|bubble|toy|foam|massage|tape)\\s)\\b(?:the |my |dads |his )?(?:gun|rifle|shotgun|pistol|revolver)(?:s|\\s+is)?\\s+(?:loaded|unlocked|cocked)\\b|\\bloaded (?:the|my|dads|his|grandpas) (?:gun|rifle|shotgun|pistol|revolver)\\b`) },
  { id: 'en.act-edge', category: 'act', leisure: true, re: r(`\\b(?:already|just)\\s+(?:took|swallowed|downed|drank)\\s+(?:the|a|my)?\\s*(?:whole|entire|full)\\s+(?:bottle|pack|box|packet|strip)\\b|\\b(?:lying|laying)\\s+on\\s+(?:the\\s+)?(?:tracks|railway|road)\\b|(?<!\\b(?:keep|kept|often|sometimes|always|used to)\\s)\\b(?:standing|sitting|perched|stood|sat)\\s+(?:on|at)\\s+(?:the\\s+)?(?:${EN_EDGE}|railing\\b)|\\bclimbed (?:over )?the (?:railing|fence|barrier)\\b`) },
  // Car exhaust in a closed garage; "took them … like 40 of them"; code-switched quantities ("took 成樽 pills").
  { id: 'en.act-more', category: 'act', re: r(`\\b(?:in|inside) (?:the|my) car\\b[^.!?\\n]{0,25}\\bgarage\\b[^.!?\\n]{0,30}\\b(?:engine|motor|car)s? (?:is |still )?(?:running|on)\\b|\\bgarage\\b[^.!?\\n]{0,30}\\b(?:engine|motor)s? (?:is |still )?running\\b(?!${G}{0,30}\\b(?:warm|defrost|charg))|\\b(?:hose|pipe|tube)\\b${G}{0,25}\\bexhaust\\b|\\bexhaust\\b${G}{0,25}\\b(?:hose|pipe|tube)\\b|\\b(?:took|swallowed|downed|taken|ate|necked)\\s+(?:them all|them|it all|all of them|the lot)\\b\\W{0,3}(?:like|about|around|maybe|nearly|almost|over)?\\s*(?:[0-9]{2,}|twenty|thirty|forty|fifty|sixty|a hundred)\\b|\\b(?:took|swallowed|downed|ate|吞咗|食咗)\\s*(?:成樽|成瓶|一樽|整瓶|一瓶|半瓶|成排|一排|成盒|整盒|一盒|全部|所有)\\s*(?:pills|meds|tablets|${EN_DRUG}|药|安眠药)`) },
  { id: 'en.resolve', category: 'resolve', re: r(`\\beverything is (?:ready|set|in place|planned|arranged)\\b|\\bi(?:ve| have)? (?:made|reached) (?:my|the|a|up my) (?:decision|mind)\\b|\\bmind is made up\\b|\\bno turning back\\b|\\bthis time (?:for real|i wont (?:fail|stop|back out))\\b|\\b(?:ive |i have )?told no one\\b|\\bno one knows\\b|\\b(?:have|got) everything (?:ready|set|planned)\\b|\\b(?:im |i am )?not (?:coming|going) (?:down|back|home)\\b|\\bwont be coming (?:back|home|down)\\b|\\b(?:its|it is) time\\s*[.!]*\\s*$|\\b(?:ive |i have )?made (?:my )?peace\\b|\\b(?:im|i am) (?:doing|gonna do|going to do) it(?: now| tonight| today)?\\s*(?:[.!]|$)|\\b(?:ive |i have |i )?already (?:started|begun)\\s*(?:[.!]|$)|\\bwhen (?:my |the )?(?:flatmate|roommate|housemate|parents|mum|mom|dad|wife|husband|partner|family|everyone)s?\\s+(?:is\\s+|are\\s+)?(?:away|out|gone|asleep|at work)\\b|\\b(?:bathroom|bedroom) door (?:is )?locked\\b|\\b(?:already )?(?:picked|chose|found) (?:the|a) (?:bridge|building|spot|place|tree)\\b|\\bdont (?:want to be|try to) (?:saved|found|rescued)\\b|\\bdont call (?:anyone|911|an ambulance)\\b|\\bim done\\s*[.!]*\\s*$`) },
  // Others misled about where I am ("my mom thinks i'm at school"): said about others, so `speaker`.
  { id: 'en.conceal', category: 'resolve', subject: 'speaker', re: r(`\\b(?:thinks?|think|believes?) (?:that )?im (?:at|in) (?:school|work|class|uni|college|a friends|my friends|bed|the library)\\b|\\bthinks? im asleep\\b`) },
  // At a dangerous place and saying it is now ("on the bridge now", "standing on the overpass rn"):
  // the labelling guide puts this with acts in progress.
  { id: 'en.location-now', category: 'act', leisure: true, re: r(`(?:^|[,.!?]\\s*|\\b(?:im|i am)\\s+)(?:(?:standing|sitting|up)\\s+)?(?:on|at)\\s+(?:the\\s+)?(?:(?:roof|rooftop|bridge|overpass|flyover|viaduct|tracks|train tracks|railway|railway line|cliff)\\b|${EN_EDGE})${G}{0,20}\\b(?:now|rn|right now)\\b`) },
  { id: 'en.time-weak', category: 'time-weak', subject: 'speaker', re: r(`\\bat midnight\\b|\\bfor (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|\\btonight\\b(?<!\\b(?:did it|did that|happened|relapsed|earlier|again|cut|burned|burnt|hurt myself|slipped)\\stonight)|\\btomorrow\\b|\\bthis weekend\\b|\\b(?:on|after|by|this) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|\\bsoon\\b|\\bin (?:\\d+|a few|ten|five) (?:min|mins|minutes|hours?)\\b`) },
  // Round 5 (en): water, quarries and the top of a building as places ("I'm at the river", "I'm on the roof
  // of the hospital car park", "parked at the top of the garage"); with a time, goodbye or resolve the
  // combinations make it imminent. A day out, fireworks or a lost car are everyday.
  { id: 'en.location-more', category: 'location', leisure: /\b(?:swim\w*|fish\w*|kayak\w*|canoe\w*|paddl\w*|sail\w*|boat\w*|picnic|bbq|walk\w*|dogs?|jog\w*|sunset|sunrise|views?|photos?|pictures?|selfie|holiday|vacation|trip|friends|family|kids|ducks?|swans?|party|camping|hik\w*|climb\w*|tour\w*|date|lunch|dinner|ice cream|surf\w*|div(?:e|ing)|snorkel\w*|lifeguard|fireworks?|parked|level \d+|forgot|remember|concert|festival|work|shift|meeting|repair\w*|fix\w*|inspect\w*|roofer|builder|contractor|eat\w*|chips|coffee|drinks?|read\w*|book|sunbath\w*|tan\w*)\b|😭|😂/u, re: r(`\\b(?:im|i am|sitting|standing|parked)\\s+(?:at|on|in|on top of|at the top of)\\s+(?:the|a)\\s+(?:river|lake|quarry|sea|ocean|canal|reservoir|harbou?r|cliffs?|top of (?:the|my|a) (?:building|car park|parking garage|multi-?storey|tower|hospital)|roof of (?:the|my|a) (?:\\w+ )?(?:building|car park|parking garage|hospital|school|tower|block))\\b(?![^\\n]{0,80}\\b(?:kids|children|family|friends|dogs?|swim\\w*|picnic|fishing|paddl\\w*|boat\\w*|holiday|vacation|trip)\\b)`) },
  { id: 'en.act-legs-over', category: 'act', re: r(`\\b(?:legs|feet) (?:are )?(?:dangling|hanging|over)\\s+(?:off\\s+|over\\s+)?(?:the\\s+)?(?:bridge|railing|ledge|roof|parapet)\\b|\\b(?:bridge|balcony) railing with my (?:legs|feet)\\b`) },
  { id: 'en.location', category: 'location', leisure: true, re: r(`\\b(?:im|i am)\\s+(?:on|at|up on|standing on|sitting on|on top of)\\s+(?:the|a|this|my)\\s+(?:roof|rooftop|bridge|cliff|tracks|railway|train tracks|railway line|top floor|balcony railing|overpass|flyover|viaduct|dam|car park roof|parking garage roof)\\b(?!\\s+(?:club|game|bar|pub|restaurant|cafe|terrace|garden|pool|party|cinema|tournament))|\\b(?:im|i am)\\s+(?:on|at|up on|standing on|sitting on)\\s+the\\s(?:[a-z]{1,20}\\s){1,2}?(?:bridge|viaduct|dam|cliffs?)\\b(?!\\s+(?:club|game|bar|pub|restaurant|cafe|station|road|street|hotel|stop|market)\\b)|\\b\\d+\\s+(?:floors|stories|storeys) up\\b|(?:^|[,.!?]\\s*)(?:standing|sitting)\\s+(?:on|at)\\s+(?:the\\s+)?(?:tracks|railway|${EN_EDGE}|roof|rooftop|bridge|cliff|overpass|flyover|viaduct)\\b|(?:^|[,.!?]\\s*)(?:on|at|up on)\\s+(?:the\\s+)?(?:roof|rooftop|bridge|overpass|flyover|tracks|train tracks|railway|cliff|${EN_EDGE})\\b(?=${G}{0,12}\\b(?:now|rn|right now)\\b)|(?:喺|在|到了|上了)\\s*(?:the\\s+)?(?:rooftop|roof|bridge|tracks|ledge|overpass)\\b`) },
  { id: 'en.farewell', category: 'farewell', leisure: EN_FAREWELL_EVERYDAY, re: r(`\\b(?:this is|consider this)(?: my)? (?:goodbye|farewell)\\b(?!["”]?\\s*[-–—:]+\\s*me\\b)(?!\\s+to\\s+(?!(?:you|yall|everyone|everybody|all|the world|this world|life|my (?:family|friends|kids|loved ones|life))\\b))|\\bgoodbye (?:world|forever|cruel world)\\b(?!\\s*,?\\s*(?:to\\s+)?(?:my\\s+)?(?:old|dear|sweet|beloved|favou?rite|little|stupid)\\s)(?!\\s+(?:to|for|of)\\s+(?!(?:you|yall|everyone|everybody|all|the world|this world|life|my (?:family|friends|kids|loved ones|life))\\b))|\\bfinal (?:goodbye|message|post|words)\\b(?!\\s+(?:to|for|of)\\s+(?!(?:you|yall|everyone|everybody|all|the world|this world|life|my (?:family|friends|kids|loved ones|life))\\b))|\\bmy last (?:words|goodbye|night on earth)\\b|\\bmy last (?:message|post|day)\\b(?!\\s+(?:on (?!earth|this (?:earth|planet|world))|of|in|at|till|until|before|for|from|as|got|was|had|with|here)\\b)|\\bsuicide (?:note|letter)\\b|\\b(?:left|leaving)\\s+(?:a\\s+)?(?:note|letter|letters|notes)\\s+(?:for|to)\\s+(?:my (?:mom|mum|dad|parents|family|kids|children|wife|husband|partner|sister|brother)|everyone)\\b|\\b(?:wrote|written|writing|left)\\s+(?:a |my )?(?:goodbye|farewell)\\s+(?:note|letter|message)s?\\b(?!\\s+(?:to|for)\\s+(?:my\\s+|our\\s+|the\\s+)?(?:classmates|colleagues|coworkers|co-workers|team|teammates|students|pupils|teachers?|class|office|boss|manager|neighbou?rs|flatmates|housemates|yearbook|leaving card)\\b)|\\bwont be (?:here|around|alive) (?:tomorrow|much longer|by tomorrow|next week)\\b(?!\\s+(?:today|tonight|at (?:work|the|school|home)|in (?:the )?(?:office|class)|this (?:morning|afternoon|evening)|because|cos|bc|as i)\\b)|\\bby the time (?:you|anyone|someone) (?:read|reads|see|sees|find|finds) this\\b|\\bsee you (?:all )?(?:on the other side|in another life|in the next life)\\b(?!\\s*\\(?\\s*of\\b)|\\btake care of (?:my (?:cat|dog|kids|family|mom|pets?))\\s+(?:for me\\s+)?when im gone\\b|\\bsaying my goodbyes\\b|\\bsay goodbye to (?:everyone|my family|you all) (?:before|one last)\\b`) },
  { id: 'en.farewell-weak', category: 'farewell-weak', re: r(`\\bbye (?:everyone|everybody|all|guys|yall|friends|world|discord|reddit|server|chat)\\b|\\b(?:ok |okay |well |alright )?bye(?: then| now)?\\s*[.!]*\\s*$|\\bgoodbye (?:discord|reddit|server|chat|twitter|tumblr|internet|friends|everybody|yall|all of you|my friends)\\b|\\bsee you never\\b|\\bits been (?:fun|real|nice knowing (?:you|yall|everyone)|a good run|a ride)\\b|\\b(?:just )?wanted (?:someone|somebody|one person|someone real) to know\\b|\\b(?:wanted|want|needed) to (?:say|tell) (?:it|this) to (?:someone|somebody|anyone)\\b|\\b(?:the |my )?(?:letters?|notes?) (?:are|is) (?:written|done|ready|sealed|on the (?:table|desk|bed))\\b|\\b(?:my |the )?wills? (?:is |are )?(?:signed|done|written|sorted|ready|updated)\\b|\\b(?:signed|wrote|written|made|updated|finished) my will\\b|\\bpasswords? (?:are |is )?(?:in|on|written|left)\\b${G}{0,20}\\b(?:envelope|note|desk|drawer|for (?:my|you|them))\\b|\\bbefore i go\\s*(?:[.!,]|$)|\\blove (?:you|u) all\\b|\\bwill\\s*(?:已经|都)?\\s*(?:写好|签好|立好)|(?:我嘅|我的)\\s*(?:last |final )?goodbye\\b|\\b(?:wrote|written|writing|left)\\s+(?:a|my)\\s+(?:note|letter|will)\\b|\\b(?:wrote|written|left|writing)\\s+(?:a\\s+)?(?:note|letter|letters|notes)\\s+(?:for|to)\\s+(?:my|everyone|each|all)\\b|\\bwhen im gone\\b|\\bgoodbye(?: (?:all|guys|everyone))?\\s*[.!]*\\s*$|\\bgoodbye (?:all|guys|everyone)\\b|\\bthanks? (?:you )?for everything\\b|\\b(?:wanted|want) to say (?:bye|goodbye)\\b|\\bim sorry\\s*[.!]*\\s*$|\\b(?:wont|will not|dont) need (?:it|them|this|these|any of (?:it|this|them)|my \\w+|anything) (?:after|anymore|where im going)\\b|\\bi love you all\\b${G}{0,10}\\b(?:goodbye|bye|sorry)\\b|\\bsorry for everything\\b`) },
  { id: 'en.give-away', category: 'giving-away', re: r(`\\b(?=giv|gav|fou)(?![^\\n]{0,70}\\b(?:while (?:im|i am|were|we are|i go|im away)|for (?:the|a|\\d+|two|three|a few|few|one) (?:weeks?|days?|nights?|weekend|months?)|until i (?:get back|return|come back)|(?:looking after|watching|minding|sitting) (?:him|her|them|it) (?:while|for|until)|dog ?sit|cat ?sit|pet ?sit))(?:\\b(?:giving|gave|give|given)\\s+(?:away|out)\\s+(?:all\\s+)?(?:of\\s+)?(?:my|all my)\\s+(?:stuff|things|belongings|possessions|pets?|cat|dog|clothes|books)\\b|\\b(?:giving|gave|give)\\s+(?:my|all my)\\s+(?:stuff|things|belongings|possessions|cat|dog|pets?)\\s+(?:away|to)\\b|\\bgiving (?:things|stuff|everything) away\\b|\\bfound (?:a )?(?:new )?homes? for my (?:cat|dog|pets?)\\b)|\\b(?:gave|given|giving|give)\\s+(?:most|all|half|the rest|some|loads|a lot)\\s+of\\s+(?:it|them|my (?:stuff|things|belongings|possessions|clothes|books))\\s+away\\b|\\b(?:rehom\\w*|giving away|gave away|found (?:a )?(?:new )?homes? for)\\s+(?:my|all my|our)\\s+(?:\\w+\\s+)?(?:dog|cat|pets?|rabbit|hamster|bird|guitar|stuff|things)\\b${G}{0,10}\\b(?:because|cos|cuz|since|as|bc|cause)\\b${G}{0,10}\\b(?:wont|will not|not going to|wont be able to)\\s+be (?:around|here|alive)\\b${G}{0,40}|\\b(?:tying|tied|tie) up (?:all )?(?:my )?loose ends\\b(?!${G}{0,30}\\b(?:at work|before (?:my|the|i (?:leave|go on|start))|for (?:work|the project|the holiday|my leave)|on the project|maternity|holiday|vacation|the move))|\\b(?:getting|got|putting|put) my affairs in order\\b|\\b(?:cat|dog|pets?)s?\\s*(?:交给|交俾|托付给|送给)`) },
  { id: 'en.plan', category: 'plan', leisure: EN_PLAN_EVERYDAY, re: r(`\\b(?:i have|ive got|i made|made|i have made)\\s+a plan(?=\\s*(?:$|[.,!?;…]|and\\b|now\\b|already\\b|tho\\b|though\\b)|\\s+(?:to|for how to)\\s+(?:end|kill|die|do it|take|jump|hang|overdose|od|off)\\b)|\\b(?:picked|chose|set|decided on)\\s+(?:a|the)\\s+(?:date|day|method|place|time)\\b(?!\\s+(?:for|of|with)\\s+(?:the|our|my|a|an|his|her|their|this|that)\\b)|\\bplanned (?:it|everything) out\\b|\\bknow (?:how|when) (?:im going to|ill) do it\\b`) },
  { id: 'en.time', category: 'time', subject: 'speaker', re: r(`\\b(?:its|it is|itll be|it will be|its gonna be|its going to be|its happening|it happens)\\s+(?:tonight|today|tomorrow|this weekend|at midnight|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b(?!\\s+(?:at \\d|at the|in the))|\\b(?:taking|take|swallow|swallowing|doing|do)\\s+(?:them|it|all of them)\\s+(?:at midnight|tonight|at \\d{1,2}(?::\\d\\d)?\\s*(?:am|pm)?)\\b(?![^\\n]{0,30}\\b(?:with food|as prescribed|every|daily|doctor|dose|with (?:a )?meal))|\\bwhen the (?:next )?(?:train|lorry|truck|bus) (?:comes|passes|goes by|arrives|gets here)\\b|\\b(?:next )?train (?:comes|is coming|arrives|passes) in \\d+\\s*(?:min|mins|minutes)\\b|(?:tonight|today|今晚|今天|明天)\\s*(?:就|我就)\\s*(?:done|end it|do it|kms|ctb)\\b|\\btonights? (?:is |s )?the night\\b|\\bis the (?:night|day)\\b(?!\\s+(?:before|after|of|when|that|we|i|you))|\\btoday is the day\\b|\\b(?:doing|do|ending|end|finish|finishing) (?:it|this|things|everything) (?:tonight|today|tomorrow|this weekend|soon|now)\\b|\\b(?:tonight|today|tomorrow)\\s+(?:im|i am|ill|i will)\\s+(?:going to|gonna)?\\s*(?:do it|end it|go through with it|finally do it)\\b|\\bgo(?:ing)? through with it\\b|\\bit ends (?:tonight|today|now)\\b`) },
];

export const CRISIS_COMBOS: CrisisCombo[] = [
  // Thoughts plus something concrete (means, plan, time, place, goodbye, resolve) → imminent.
  {
    id: 'ideation+concrete',
    all: [
      ['ideation', 'passive', 'hopeless', 'burden', 'selfharm', 'method', 'emoji'],
      ['means', 'means-weak', 'plan', 'time', 'location', 'farewell-weak', 'giving-away', 'farewell', 'resolve'],
    ],
    level: 'imminent',
  },
  // Active thoughts with a bare time ("想死，就今晚", "ctb tonight") → imminent.
  { id: 'ideation+when', all: [['ideation', 'selfharm', 'method'], ['time-weak']], level: 'imminent' },
  // Means at hand or a dangerous place, with a time for "doing it", a goodbye or resolve → imminent.
  // A bare "tonight" is not enough next to medicine ("药买好了，今晚开始吃").
  // `means` too, so pills saved in an earlier turn plus "today is the day" now escalate.
  { id: 'means+when', all: [['means', 'means-weak', 'location'], ['time', 'farewell-weak', 'resolve']], level: 'imminent' },
  // Means said ready in an earlier turn, then a bare "tonight" as the answer to "when?" → imminent.
  // (Within one message `means` is imminent already; a bare time next to `means-weak` still is not.)
  { id: 'means+bare-time', all: [['means'], ['time-weak']], level: 'imminent' },
  { id: 'place+when', all: [['location'], ['time-weak']], level: 'high' },
  // A possible goodbye or means together with giving things away.
  { id: 'goodbye+giving', all: [['farewell-weak', 'means-weak', 'time', 'location'], ['giving-away']], level: 'imminent' },
  // Things given away with a time ("东西都送人了 … 今晚") → imminent.
  { id: 'giving+when', all: [['giving-away'], ['time-weak']], level: 'imminent' },
  // A goodbye with resolve or a time for "doing it" → imminent; with a bare "last night"/"tonight" → high.
  { id: 'goodbye+resolve', all: [['farewell-weak'], ['resolve', 'time']], level: 'imminent' },
  { id: 'goodbye+when', all: [['farewell-weak'], ['time-weak']], level: 'high' },
  // Death emoji with hopelessness or a death wish.
  { id: 'emoji+low', all: [['emoji'], ['passive', 'hopeless', 'burden']], level: 'high' },
  // A death wish together with feeling a burden (interpersonal theory of suicide).
  { id: 'passive+burden', all: [['passive', 'hopeless'], ['burden']], level: 'high' },
];

/** Death / self-harm emoji; weak signals that only count in combination. */
export const DEATH_EMOJI = /🪦|⚰|🔪|🩸|💊|🪢|🔫|☠/gu;
