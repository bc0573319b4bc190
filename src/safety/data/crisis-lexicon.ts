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
  /猫|狗|宠物|去世|离世|病逝|安乐死|考完|考试|考研|高考|中考|期末|答辩|毕业|论文|放假|下班|交了|过了|上岸|ddl|deadline|项目|上线|不醉不归|庆祝|🍻|🎉|🥳/u;
// The idiom 一了百了 said about an everyday decision ("一了百了，直接把这台破车卖了换新的").
const ZH_DONE_EVERYDAY =
  /考完|答辩完|毕业了|上岸|辞职|离职|裸辞|跳槽|卖了|换新|换(?:个|一)|搬家|分手了|删了|拉黑|开(?:店|民宿)|清仓|扔了|再也不用(?:碰|学|考|写|做|上|见)/u;
const ZH_EVERYDAY_USE =
  /烧烤|烤肉|烤串|烤炉|炭火|腌料|bbq|露营|野营|野炊|野餐|火锅|取暖|生火|攀岩|晾|搬家|打包|行李|帐篷|捆|绑货|种花|花盆|开烤|围炉|烤火|烤红薯|烤地瓜|煮茶|剃须|刮胡|晕车|感冒药|创可贴|急救包|药箱|份量|(?:爷爷|奶奶|外公|外婆|姥姥|姥爷|老人|孩子|宝宝|猫|狗)的|给(?:我)?(?:爸|妈|爷爷|奶奶|外公|外婆|孩子|宝宝|猫|狗)[^,.。!?;\n]{0,6}(?:换|用|吃|喂)/u;
// Everyday bleeding and cuts: nosebleeds, blood tests, kitchen and shaving accidents, first-aid class.
const ZH_EVERYDAY_INJURY =
  /鼻血|抽血|献血|体检|切菜|切水果|切到|做饭|削(?:水果|苹果|皮)|拆快递|刮胡子|剃须|急救|缝针|拔牙|牙龈|月经|经期|生理期|姨妈|摔(?:倒|了|破)|磕(?:到|破)|擦伤|不小心|礁石/u;
// Sleeping in: "十二点之前我不会再醒来了，勿扰", "不想醒，就想睡到中午".
const ZH_SLEEP_IN = /除非|闹钟|勿扰|😴|睡到|补觉|懒觉|赖床|自然醒|别叫我|别吵我|外卖|起床/u;
const ZH_PLACE_EVERYDAY =
  /住在|家在|我家|办公|公司|宿舍|开会|上班|餐厅|酒吧|咖啡|健身|游泳|冬泳|钓鱼|日落|日出|夕阳|风景|夜景|拍照|烟花|看星|散步|跑步|晒|乘凉|吹风|聚会|烧烤|约会|排队|等车|等人|秋千/u;
const ZH_EVERYDAY_GIVING =
  /旧东西|旧衣服|旧书|旧的|闲置|不要的|用不着的|断舍离|二手|搬家|新家|出国|留学|移民|出差|旅游|旅行|寄养|放假|回老家|几天|一周|一个星期/u;
const EN_QUANT = '(?:all|everything|a bottle|the whole bottle|a whole bottle|half (?:a|the) bottle|a bunch|a handful|a lot|[0-9]{2,}|twenty|thirty|forty|fifty|so many|too many|a box|a pack)';
// Medicines people overdose on (en): used by means, method and act rules.
const EN_DRUG = '(?:pills|meds|medication|tablets|painkillers|sleeping pills|antidepressants|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|morphine|oxy(?:codone|contin)?|opioids|fentanyl|insulin|codeine|tramadol|xanax|benzos|diazepam|valium|lithium|seroquel|quetiapine|amitriptyline|sertraline|zopiclone|melatonin)';

// Everyday contexts for English rules whose words have ordinary uses (same sentence): jumping as a
// sport, a blade or knife in a craft or kitchen, a small everyday injury, moving out.
const EN_JUMP_SPORT =
  /\b(?:bungee|bungy|skydiv\w*|parachut\w*|base jump\w*|high dive|diving board|trampoline|tandem|paraglid\w*|hang ?glid\w*|zip ?lin\w*|ski\w*|snowboard\w*|parkour|show ?jump\w*|horse|hurdles?|long jump|high jump|triple jump|the pool|for charity)\b|🪂/u;
const EN_HANDS_BUSY =
  /\b(?:cricut|crafts?|crafting|lino\w*|carv\w*|whittl\w*|chopping|chop|cook\w*|kitchen|recipe|dinner|sewing|fabric|scrapbook\w*|print\w*|project|hobby|sculpt\w*|wood\w*|pumpkin|veg\w*|onions?|garden\w*|prun\w*|shav\w*|climbing|belay\w*|camping|fishing|hunting|range|glitter)\b/u;
const EN_MINOR_INJURY =
  /\b(?:paper ?cut|shaving|shave|razor burn|gums?|floss\w*|nose ?bleeds?|nose|tooth|teeth|dentist|period|menstrual|scraped?|grazed?|splinter|knife slipped|chopping|fell (?:off|over)|tripped|hangnail|cuticle|stubbed|piercing|tattoo)\b/u;
const EN_MOVING_ON =
  /\b(?:moving (?:out|in|house|away|to|back)|move out|new (?:flat|place|house|apartment|job|school)|got (?:a|the) job|graduat\w*|pay (?:you|them|it) back|own place)\b/u;

export const CRISIS_RULES: CrisisRule[] = [
  // ---------- Chinese: active ideation (high) ----------
  { id: 'zh.want-die', category: 'ideation', hyperbole: true, re: r(`想(?:要)?(?:去)?死(?!你|您|他|她|它|我了|我啦|人|宝|鬼|磕|守|撑|活)`) },
  { id: 'zh.suicide-intent', category: 'ideation', re: r(`${ZH_INTENT}(?:过)?(?:要)?(?:去)?(?:自杀|轻生|寻死|安乐死)`) },
  { id: 'zh.suicide-thought', category: 'ideation', re: r(`(?:自杀|轻生|死)的?(?:念头|想法|冲动|倾向|计划)`) },
  { id: 'zh.suicide-bare', category: 'ideation', re: r(`自杀(?:算了|吧|了吧|好了)|寻死|轻生`) },
  { id: 'zh.zisha', category: 'ideation', re: r(`紫砂(?!壶|锅|杯|泥|陶|茶|煲|器|砂|盆|罐)|自鲨|自s(?![a-z])|\\bzisha\\b|\\bzs\\b|\\bjs\\b(?=了|算了)`) },
  { id: 'zh.dont-want-live', category: 'ideation', hyperbole: true, re: r(`不想(?:再)?(?:继续)?(?:活|生存)(?:了|下去|落去|着)?(?!(?:了)?(?:也|又|但也|可是也)不(?:想|敢)死)|不愿(?:意)?(?:再)?活(?:下去|着)?|活够了|不想活在这个世界`) },
  { id: 'zh.end-life', category: 'ideation', re: r(`(?:结束|了结|终结|放弃)(?:掉)?(?:自己|我)?(?:的)?(?:生命|这条命|性命|一生|余生|这一切|一切)|了结(?:自己|此生)|(?:想|干脆)一了百了`) },
  // The bare idiom also ends everyday troubles (quitting a job, selling the old car, the last exam).
  { id: 'zh.end-all-idiom', category: 'ideation', leisure: ZH_DONE_EVERYDAY, re: r(`(?<!(?:辞职|离职|裸辞|辞了|分手|删|拉黑|退学|卖|搬)${G}{0,8})一了百了(?!的)`) },
  { id: 'zh.leave-world', category: 'ideation', re: r(`(?:离开|告别|逃离)(?:这个|这)?(?:世界|人世|人间)|去另一个世界|去天堂找`) },
  { id: 'zh.go-die', category: 'ideation', re: r(`(?:我|自己)(?:还是|干脆|就|真该|应该|该)?(?:去)?死(?:了|掉)?(?:算了|吧|好了|得了)|死了(?:算了|得了)|死掉算了|不如死了(?:算了)?|还不如死|去死(?:算了|好了)`) },
  { id: 'zh.jump', category: 'ideation', hyperbole: true, re: r(`${ZH_INTENT}${G}{0,6}?${ZH_METHOD}|(?:从|在)${G}{0,8}(?:楼顶|天台|楼上|桥上|阳台|窗台|窗户)${G}{0,4}(?:跳下去|跳下|跳)`) },
  { id: 'zh.method-mention', category: 'ideation', re: r(`(?:我(?!们)|自己)${G}{0,6}(?:跳楼|上吊|烧炭|卧轨|割腕|喝农药)(?!价|大甩卖|甩卖)`) },
  { id: 'zh.affirm-want-die', category: 'ideation', re: r(`(?:真的|是)想死|死了(?:就)?(?:解脱|轻松|清净)了?|只有死(?:才)?(?:能|可以)?`) },
  { id: 'zh.attempt', category: 'ideation', re: r(`自杀未遂|(?:自杀|轻生)过|(?:试过|尝试过?|尝试了)(?:去)?(?:自杀|轻生|结束生命)`) },
  { id: 'zh.together', category: 'ideation', re: r(`一起(?:去)?(?:死|自杀|烧炭|跳楼|跳海|跳河|离开这个世界)|约死|求死|找(?:个)?伴(?:一起)?(?:去)?(?:死|自杀|走)|征病友|结伴(?:自杀|去死)|死一死|(?:可以|要|想|就|准备|打算|还是)去死|自杀(?:没有|没)?(?:成功|失败)`) },
  { id: 'zh.jump-down', category: 'ideation', hyperbole: true, re: r(`(?:想|要|好想|真想|就想|准备|打算|忍不住想)(?:从这里|从这儿|从楼上|从上面)?跳(?:下去|下来)|跳(?:楼|河|海|崖|江|湖|桥)的(?:冲动|念头|想法)`) },
  { id: 'zh.method-talk', category: 'method', hyperbole: true, re: r(`死法|吊颈|割脉|服毒|跳崖|卧轨|烧炭|上吊|(?<!价格|价钱|价位|股价|房价|成绩)跳楼(?!价|大甩卖|甩卖|机|式)|跳海|跳河|跳江|(?:[0-9]+|几|[一二三四五六七八九十]+)(?:楼|层)${G}{0,4}跳${G}{0,6}(?:会|能)?死`) },
  { id: 'zh.die-by', category: 'ideation', hyperbole: true, re: r(`${ZH_INTENT}${G}{0,4}?(?:一头)?(?:撞死|摔死|淹死|吊死|撞墙死)|(?:想|要|好想)\\s?z\\s?s\\b`) },
  { id: 'zh.should-die', category: 'ideation', hyperbole: true, re: r(`(?:应该|应当|活该|只配|就该|只能|还不如)(?:去)?死(?:掉|了)?(?!机|线|心|角|党|磕|守|忠|活)|(?:叫|让|逼|催)我去死|自我了断|了断(?:自己|此生|残生)|(?:做|作)(?:个|一个)?了断|自行了断|寻短见`) },
  { id: 'zh.emoji-intent', category: 'ideation', re: r(`(?:想|要|去|准备)(?:去)?(?:🪦|⚰|🔫)|(?:🪦|⚰|☠)${G}{0,10}(?:好想|想|要|准备)(?:去|到)(?:那里|那儿|那边|那)`) },

  // ---------- Chinese: self-harm (high) ----------
  { id: 'zh.selfharm', category: 'selfharm', re: r(`自残|自伤|伤害自己|划自己|割自己|(?:割|划)(?:开|破|伤)?(?:了)?(?:自己的?)?(?:手腕|手臂|胳膊|腕|大腿|手(?!指|机|套|表|脚))|(?:用|拿)(?:刀|刀片|美工刀|圆规)(?:子)?(?:割|划|扎)(?!开)|(?:想|又|忍不住|开始)(?:去)?(?:割|划)(?!了?${G}{0,3}(?:双眼皮|眼皮|包皮|阑尾|痔疮|韭菜|草|麦|头发|肉|菜|水|船|拳|手机|屏幕|卡))(?:了)?(?:一下|几刀|自己)?|烫自己|打自己|撞墙|想(?:让自己)?(?:流血|疼)|🔪${G}{0,4}(?:手|腕|自己)`) },

  // ---------- Chinese: method seeking (high) ----------
  { id: 'zh.method-seek', category: 'method', re: r(`(?:怎么|怎样|如何|哪种|什么方式|什么方法|用什么|有什么办法)(?:(?!帮|劝|安慰|预防|防止|阻止|避免|面对|看待|理解|对待|开导|陪)${G}){0,4}(?:自杀|死|才能死|结束生命|了结)|(?:怎么|怎样|如何)死${G}{0,3}(?:不痛|不疼|快|舒服|没痛苦|没有痛苦)|吃(?:多少|几)(?:片|粒|颗|盒|瓶)?${G}{0,8}(?:会死|能死|致死|才会死|死得了)|致死量|(?:多高|几楼|几层)${G}{0,4}(?:跳下去|跳)${G}{0,3}(?:会|能|才)?死|(?:最|比较)(?:不痛苦|无痛|快)的?(?:死法|自杀方法|方法)`) },

  // ---------- Chinese: passive / hopeless / burden (low) ----------
  { id: 'zh.not-wake', category: 'passive', leisure: ZH_SLEEP_IN, re: r(`不想(?:再)?(?:醒来|醒过来|醒了|睁开眼)|想(?:过)?(?:永远)?不(?:再)?醒(?:来|过来)?|睡着(?:了)?(?:就)?(?:再也)?(?:别|不要|不)(?:再)?醒|一睡不醒|一觉(?:睡过去|不醒)|(?:不用|不必|别再?|不要再?)醒(?:了|来|过来)?(?:也挺好|也好|就好了|多好|该多好|算了)|不想(?:再)?醒(?=$|[,.。!?…~\\s])|睡过去(?:就)?(?:再也)?(?:不|别)(?:要)?醒|再也不(?:要)?醒(?:来|过来)?|醒不过来(?:就好了|也好)|永远(?:地)?睡(?:下去|过去|着)|长眠`) },
  { id: 'zh.better-dead', category: 'passive', re: r(`死了(?:也|倒|其实|反而){0,2}(?:挺好|不错|也好|更好|比较好|反而好|就好了|也无所谓)|死掉(?:也好|就好了|算了)|(?:被车撞死|出(?:个)?意外|得(?:个)?绝症|猝死)(?:就好了|也好|算了|也挺好)|不如(?:被车撞死|出意外|猝死)`) },
  { id: 'zh.disappear', category: 'passive', re: r(`(?:想|好想|只想|希望自己|希望我能)(?:就这样|彻底|永远)?消失(?!几天|一(?:阵子?|会儿?|下|段时间|天|周|个月)|[0-9两三四五六七八九十]+(?:天|周|个月))|消失(?:就好了|算了|吧)|从(?:这个)?世界上?消失|不存在就好了|(?:干脆|宁愿|希望(?:自己|我)?|好想|只想)不存在|没(?:有)?(?:出生|出世)(?:就好了)?|没有被生下来|(?:是不是|也许|可能)?(?:就)?不该(?:被)?(?:出生|出世|生下来|来到这个世界)|不该(?:把我)?生下来|后悔(?:被)?生下来|(?:全)?世界(?:上)?(?:都)?(?:没有|没了)我(?!这|那|的|一样)`) },
  { id: 'zh.no-meaning', category: 'hopeless', re: r(`活着(?:真的|好|真|太|也|很){0,2}(?:没|没有)(?:什么|啥|多大|任何)?(?:意思|意义|盼头|希望|劲)|活着(?:好|真|太|真的|很|也){0,2}(?:累|痛苦|没劲|煎熬)|活着有什么(?:意思|意义|用)|人生(?:没有|没|毫无)(?:意义|希望)|(?:看不到|没有)(?:任何)?(?:希望|未来|出路)|没有(?:活下去的)?(?:理由|意义)|活不下去|撑不下去|熬不下去|人间不值得(?![,\\s]*(?:但|可是|不过)${G}{0,8}值得)|生不如死|活腻了|我很绝望|好绝望|彻底绝望|绝望了`) },
  { id: 'zh.burden', category: 'burden', re: r(`(?:我|自己)(?:是|就是|只是|只会|一直是)?${G}{0,4}(?:的)?(?:负担|拖累|累赘|包袱)|拖累(?:了)?(?:大家|家人|别人|所有人|他们|爸妈|父母|你们|老婆孩子|老婆|老公|孩子|妻子|丈夫|家里|家庭)|(?:大家|家人|别人|所有人|家里|爸妈|父母)的(?:负担|拖累|累赘)|没有我${G}{0,6}(?:会更好|过得更好|更轻松|更幸福|会好)|(?:我)?(?:死|消失|不在)了(?:也|都)?(?:没人|没有人)(?:会)?(?:在乎|在意|难过|发现|关心|伤心|知道|记得)|(?:我)?(?:不在了|死了)(?:也|都)?(?:无所谓|没关系)|(?:如果|要是|假如)我(?:不在了|走了|消失了|死了|没了)|我(?:要是|如果|若是|哪天)(?:不在了|走了|消失了|死了|没了)|我(?:不在了|消失了)(?:以后|之后|的话)|没(?:有)?人(?:会)?(?:在乎|在意|关心)(?:我|我的死活)|(?:我的)?存在(?:本身)?(?:就是|就|是)(?:个|一个)?(?:错误|多余)|我(?:就)?是(?:个)?多余的|多余的人|少了我[^。!?\\n]{0,8}(?:没|不会有)(?:什么)?(?:区别|影响|关系|差别)|不配活(?:着|下去)?|(?:消失|不在|死|走)${G}{0,8}(?:大家|家人|家里人|他们|她们|你们|爸妈|所有人|别人|老婆|老公|孩子)${G}{0,3}(?:轻松|解脱|更好|好过|开心|好点|好一点|好些)|多我一个不多|少我一个不少|(?:这个世界|这个家|世界上|家里)(?:有我没我|有没有我)(?:都)?(?:一样|无所谓|没(?:有)?(?:区别|差别))`) },
  { id: 'zh.want-relief', category: 'passive', re: r(`(?:想|好想)(?:彻底)?解脱|不想(?:再)?撑(?:下去)?了`) },
  { id: 'zh.finally-free', category: 'passive', leisure: ZH_DONE_WITH_TASK, re: r(`终于(?:可以|能)?(?:解脱|安息|休息|不用再痛)了?`) },

  // ---------- Chinese: imminent ----------
  { id: 'zh.means-saved', category: 'means', leisure: ZH_EVERYDAY_USE, re: r(`(?:攒|囤|存|藏|储)(?:了|好|够)?${G}{0,8}(?:安眠药|药|片|pills)|(?:安眠药|药片|药|pills)${G}{0,6}(?:攒|囤|存|储|准备)(?:了|好|够)|(?:买|准备|搞到|弄到|备)(?:好)?(?:了)?${G}{0,6}(?:安眠药|绳子|炭|木炭|刀片|农药|百草枯|敌敌畏)|(?:绳子|木炭|炭|刀片|农药|百草枯|敌敌畏)${G}{0,4}(?:买好|准备好|备好|挂好|到手|已经买)`) },
  { id: 'zh.act-charcoal', category: 'act', leisure: ZH_EVERYDAY_USE, re: r(`(?:炭|木炭|碳)${G}{0,4}(?:已经)?(?:点上|点着|点燃|烧起来|烧上)了?`) },
  { id: 'zh.act-od', category: 'act', re: r(`(?:吃了|吞了|喝了|吃下|吞下|服了|服下|食了|食下|吃完|吞完|食完)${G}{0,6}${ZH_QUANT}${G}{0,4}(?:药|安眠药|片|粒)|(?:喝了|喝下)${G}{0,3}(?:农药|百草枯|敌敌畏|老鼠药)`) },
  { id: 'zh.act-od-ba', category: 'act', re: r(`把${G}{0,8}(?:药|安眠药|药片|止痛药)${G}{0,2}(?:全|都|全部|一次性|一口气){1,2}(?:吞|吃|喝)(?:了|下去|掉|光)`) },
  { id: 'zh.act-bleeding', category: 'act', leisure: ZH_EVERYDAY_INJURY, re: r(`(?:已经)?割(?:得|的)?(?:很深|太深)|(?:一直在|正在|在)流血|血(?:流)?(?:止不住|停不下来)|已经割(?:了|开)`) },
  { id: 'zh.act-edge', category: 'act', leisure: true, re: r(`(?:站|坐|蹲)在(?:楼顶|天台|桥|窗台|阳台|楼)(?:的)?(?:边上|边缘|边|栏杆外|护栏外|外侧|外面)|(?:翻过|爬过|跨过|翻出)(?:了)?(?:栏杆|护栏|窗户)`) },
  { id: 'zh.location', category: 'location', leisure: true, re: r(`(?<!住|[^而宜依]家)(?:在|站在|坐在|到了|爬上了?|来到|上了)\\s?(?:楼顶|天台|桥上|大桥上|江边|河边|海边|铁轨|顶楼|窗台上|rooftop|roof|bridge)|^(?:我)?(?:在)?(?:楼顶|天台|桥上|大桥上|江边|河边|海边|铁轨(?:上|边)?|顶楼|窗台上)(?:呢|啊)?[。!…\\s]*$`) },
  { id: 'zh.location-now', category: 'location', level: 'high', leisure: true, re: r(`(?:在|到)(?:楼顶|天台|桥上|大桥上|江边|河边|海边|铁轨|顶楼)(?:上)?了(?![吗呢吧])`) },
  { id: 'zh.means-at-hand', category: 'means-weak', re: r(`(?:刀|刀片|绳子|药|安眠药|炭)${G}{0,4}(?:在手上|在手里|握在手|拿在手(?:上|里)|就在手边|在身边|在我面前|摆在面前)|(?:门窗|窗户|门缝)${G}{0,3}(?:都)?(?:封好|封死|堵上|堵好|封上|贴好)了?`) },
  { id: 'zh.resolve', category: 'resolve', re: r(`不(?:想|要|用|必)被(?:救|发现|抢救)|别(?:救我|叫救护车|打120)|不要救我|就这样吧$|这次(?:不会|绝不)(?:再)?(?:停|犹豫|回头|手软|失败)|(?:我)?(?:已经)?(?:决定|下定决心)了|一切都(?:准备好|安排好|结束)了|都(?:准备|安排)好了|不会再(?:醒|回来)了`) },
  { id: 'zh.time-weak', category: 'time-weak', re: r(`今晚|今天晚上|今夜|明晚|明天|这周末|周[一二三四五六日末]|星期[一二三四五六日天]|过几天|就今天|最后一(?:晚|夜|天)`) },
  { id: 'zh.note', category: 'farewell', re: r(`遗书|遗言|绝笔|(?:给|替)(?:妈妈|妈|爸爸|爸|爸妈|父母|家人|孩子|老公|老婆|大家|每个人)(?:都)?(?:留了|留下|留好)(?:了)?(?:一封|几封|一张)?(?:信|字条|纸条|话)|最后一次(?:发|更新)(?:朋友圈|微博|动态)`) },
  { id: 'zh.farewell', category: 'farewell', re: r(`永别(?!了?\\s?,?\\s?我的(?!家人|亲人|爸|妈|父母|朋友|孩子|宝贝|爱人|老公|老婆|猫|狗|世界))了?|再见了?(?:这个)?(?:世界|人间|人世)|别了(?:这个)?(?:世界|人间)|下辈子再见|来世再见|来生再见|这是我(?:的)?最后一(?:条|次|句|个)|最后一次(?:跟你|和你|跟大家|和大家)|(?:交代|安排|准备)(?:好|完)(?:了)?(?:我的|自己的)?后事|后事${G}{0,3}(?:都|已经)?(?:交代|安排|准备|处理)(?:好|完)了?|别了(?:世界|大家)|再也不见|替我(?:照顾|好好)|(?:我走了|我先走了)(?:以后|之后)`) },
  { id: 'zh.farewell-weak', category: 'farewell-weak', re: r(`再见了?(?:大家|各位|所有人|爸妈|爸爸妈妈)|再见了?(?=[。!~…]*$)|谢谢(?:大家|你们)(?:这些年|一直以来)|谢谢你(?:一直)?(?:陪我|听我说|这段时间)|对不起(?:大家|所有人|爸妈|爸爸妈妈|你们)|我(?:先|该|要)?走了|(?:替我)?照顾好(?:爸妈|我妈|我爸|我的猫|我的狗|猫|狗)|用不(?:上|着|到)了|写好了(?:一封)?信|信(?:都|已经)?写好了|给(?:爸妈|家人|每个人|大家|你们)(?:都)?写了(?:一封)?信`) },
  { id: 'zh.give-away', category: 'giving-away', leisure: ZH_EVERYDAY_GIVING, re: r(`(?:把|将)(?:我的)?${G}{0,4}(?:东西|猫|狗|宠物|存款|钱|所有)${G}{0,6}(?:都)?(?:送人|送给|送走|送了|分给|托付)|(?:东西|猫|狗|宠物)(?:也|都)?(?:送人|送掉|送出去|分掉|托付(?:给)?)`) },
  { id: 'zh.give-away-weak', category: 'farewell-weak', leisure: ZH_EVERYDAY_GIVING, re: r(`(?:把|将)(?:我的)?${G}{0,4}(?:衣服|书|旧)${G}{0,6}(?:都)?(?:送人|送给|送了)`) },
  { id: 'zh.plan', category: 'plan', re: r(`(?:想好|选好|定好|计划好|准备好)了?${G}{0,2}(?:怎么死|怎么走|方法|方式|地点|时间|日子|哪天)|(?:日子|时间|地点|方法|方式)${G}{0,4}(?:都)?(?:定好|选好|想好|准备好)了`) },
  { id: 'zh.time', category: 'time', re: r(`(?:今晚|今天晚上|今夜|明天|马上|等下|一会儿|现在)(?:就|我就)(?:吃|吞|喝)(?:掉|了|下去)?(?=[。!?…,~]|$)|(?:今晚|今天晚上|今天|明天|今夜|马上|等下|一会儿|这周末|过几天|就在今晚)${G}{0,6}(?:就|我就|要|准备|打算|会)?${G}{0,4}(?:动手|结束|了结|走了|离开|解脱|跳|去死|自杀|做个了断|了断)`) },
  { id: 'zh.emoji-means', category: 'means-weak', re: r(`(?:药|安眠药|绳子|刀|炭)${G}{0,6}(?:买好|买到|拿到|准备好|备好)了?|(?:买好|买到|准备好)了?${G}{0,4}(?:药|绳子|刀)|💊{3,}|💊${G}{0,6}(?:全部|都|攒|够了)`) },

  // ---------- Chinese, added 2026-11-29 from dev misses (each a family, see risk-families tests) ----------
  // "结束自己" / "了结我自己": ending oneself (not "结束自己的实习").
  { id: 'zh.end-self', category: 'ideation', subject: 'self', re: r(`(?:结束|了结|终结)(?:掉)?(?:我)?自己(?!的|一个人)`) },
  // "想s" (想死 abbreviated), Chinese structure with an English verb ("就 end it", "好想 die").
  { id: 'zh.want-s', category: 'ideation', hyperbole: true, re: r(`(?:想|好想|真想|很想|要)\\s?s(?![a-z0-9]|码|号|级|型|版)|(?:就|准备|打算)\\s?(?:end it(?: all)?|end myself|kms|unalive(?: myself)?)\\b(?!\\s?(?:这|那|the|this|that))|(?:想|好想|真想|准备|打算)\\s?die\\b`) },
  // The speaker as object, other people expected in the sentence: "要是没有我就好了", "总给别人添麻烦".
  { id: 'zh.burden-me', category: 'burden', subject: 'speaker', re: r(`(?:要是|如果|假如)?(?:没有|没)我(?:的话)?(?:就好了|多好|该多好|会更好)|(?:我)?(?:总是|一直|只会|老是)(?:在)?给(?:别人|大家|家人|家里|所有人|你们|爸妈)(?:添|带来)麻烦|没(?:有)?人(?:会)?(?:发现|注意到|知道|记得|在乎)我(?:消失|不在|死)(?:了)?`) },
  // On a high place now and wanting to jump from it: "我在天台 好想跳下去" (place + intent).
  { id: 'zh.jump-from-here', category: 'ideation', level: 'imminent', leisure: true, hyperbole: true, re: r(`在(?:楼顶|天台|楼上|桥上|阳台|窗台|顶楼|江边|河边|海边)(?:上)?${G}{0,4}(?:想|要|好想|真想|准备|打算)${G}{0,2}(?:跳|跳下去|跳落去|跳河|跳江|跳海)(?![槽舞绳远高水伞])`) },
  // A letter for family written (the family are the recipients, not the subject).
  { id: 'zh.letter-for-family', category: 'farewell-weak', subject: 'speaker', re: r(`给(?:爸妈|爸爸|妈妈|家人|父母|每个人|大家|你们|孩子|老公|老婆)(?:的)?(?:信|字条|纸条)${G}{0,4}(?:都|已经)?(?:写好|写完|留好|放好)了?`) },
  // Ambivalence: "不想活也不想死", "活不下去又死不了" (passive, not active intent).
  { id: 'zh.ambivalent', category: 'passive', re: r(`不想(?:再)?活(?:了)?(?:也|又|但也|可是也)不(?:想|敢)死|活不下去(?:也|又)死不了`) },
  // Life described as a burden or sentence: "活着就是在还债", "活着就是个负担", "这辈子就这样了".
  { id: 'zh.life-is', category: 'hopeless', re: r(`活着${G}{0,4}(?:就是|就像|只是|本身就是)(?:在)?(?:个|一个|一种|一场)?(?:负担|还债|受罪|受苦|煎熬|折磨|惩罚|痛苦|酷刑|坐牢)|(?:这辈子|这一生)(?:也)?(?:就这样了|算是完了|没希望了)(?![吗?])|(?:日子|生活|人生|这辈子|活着|未来)${G}{0,6}(?:没|没有)(?:什么|啥|任何)?(?:盼头|指望)|对(?:未来|生活|人生|明天|以后)${G}{0,4}(?:期待|希望|盼头|指望|憧憬)${G}{0,2}(?:都|也)?(?:没有|没了|全无)|对(?:未来|生活|人生)(?:毫无|没有|没什么|不抱)(?:任何)?(?:期待|希望|盼头)`) },
  // What is the point of me: "我这人存在的意义是啥", "为什么还活着", Cantonese "做人有咩意思".
  { id: 'zh.why-live', category: 'hopeless', re: r(`(?:我|我这(?:个)?人|自己)(?:的)?存在(?:的)?(?:意义|价值)(?:是|系|到底是|究竟是)?(?:什么|啥|咩|乜|在哪|何在)|(?:我)?(?:为什么|为啥|凭什么)(?:还)?(?:要)?活着(?!的)|活着(?:到底|究竟)?(?:是)?为了(?:什么|啥)|做人(?:有|有什么|有咩|有乜|有啥|有何)(?:意思|意义|用)|做人(?:好)?没(?:意思|意义)`) },
  // Passive wishes: not wanting tomorrow, an accident or illness taking me, waking up as a disappointment.
  { id: 'zh.passive-wish', category: 'passive', re: r(`不想(?:让)?明天(?:到来|来临|来)|(?:希望|但愿)明天(?:永远)?(?:不要|别|不会)(?:到来|来)|(?:车|卡车|火车|货车)${G}{0,4}(?:要是|如果)?(?:不停|没停|冲过来|撞过来|撞上来|撞死我)${G}{0,2}(?:就好了|多好|也好|该多好|算了)|(?:一场|这场)?(?:病|意外|车祸|地震|空难|灾难|癌症|绝症)(?:把我)?带走(?:我)?(?:就好了|也好|算了|多好|吧)|(?:醒来|睁眼|睁开眼)${G}{0,10}(?:怎么|为什么|为啥)(?:又|还)(?:醒|活着)|(?:可惜|失望|遗憾)${G}{0,4}(?:又|还)醒(?:了|来了)|(?:为什么|为啥|怎么)(?:我)?还活着(?!的)|(?:想|好想|只想)睡(?:一个|个)?(?:很长很长|长长|永远不(?:会)?醒)的?觉|睡(?:一觉)?(?:睡)?到世界末日|死了(?:之后|以后)(?:会不会|是不是)(?:就)?(?:好些|好点|好一点|更好|轻松|解脱)`) },

  // Self-harm acts: "烟头烫了自己", "用刀片划", Cantonese "又 cut 咗" / "𠝹咗自己" (咗 → 了, 𠝹 → 割).
  { id: 'zh.selfharm-act', category: 'selfharm', re: r(`(?:烫|割|划|烧|扎|刺|捅)(?:了|伤了?|破了?|烂了?)(?:我)?自己|(?:用|拿)\\s?(?:烟头|打火机|刀片?|美工刀|圆规|剪刀|玻璃|针|blade|razor)\\s?${G}{0,4}(?:烫|割|划|扎|刺|烧|cut)(?!开|纸|快递|箱)|(?:又|又开始|忍不住)(?:用|拿)(?:刀片|美工刀|圆规|烟头)了(?!${G}{0,3}(?:刮|剃|切|削|裁|拆|修|做|画))|(?:又|再次?|忍不住)\\s?(?:cut|割|self\\s?harm)(?!\\s?(?:了)?\\s?${G}{0,3}(?:头发|头|发|刘海|hair|fringe|class|课|线|队|post|片|歌|菜|肉|双眼皮|眼皮|包皮|阑尾|痔疮|韭菜|草|麦))\\s?(?:了)?`) },

  // Acts in progress or just done: wrists cut open, pills swallowed (刚吞完药, 吃了三十多片, took 成樽 pills).
  { id: 'zh.act-cut-open', category: 'act', re: r(`(?:手腕|腕|动脉|血管|脉)${G}{0,3}(?:划|割|切)(?:开|断)了|(?:划|割|切)(?:开|断)(?:了)?(?:自己的?)?(?:手腕|动脉|血管)`) },
  { id: 'zh.act-swallowed', category: 'act', re: r(`(?:刚|刚刚|刚才|已经|都)${G}{0,2}吞(?:完|了|下去了?|下了|光了)[^,.。!?;\\n一两半]{0,4}(?:药|安眠药)|(?:药|安眠药|药片)${G}{0,2}(?:都|全|全部)吞(?:完|光|下去|了)|(?:吃|吞|服|食)(?:了|下|掉|完|光|下去了?)${G}{0,4}(?:[0-9]{2,}|[一二三四五六七八九]?十[几多]?|[两一二三四五六七八九]?百)(?:多)?(?:片|粒)(?!${G}{0,2}(?:饼干|薯片|巧克力|糖|口香糖|面包|披萨|西瓜|吐司|肉|饺子|维生素|维c|vc|钙|鱼油|益生菌|叶酸|花生|瓜子|豆|葡萄|坚果|药膳))|(?:吃|吞|服|食)(?:了|下|掉|完|光|下去了?)${G}{0,4}(?:[0-9]{2,}|[一二三四五六七八九]?十[几多]?|[两一二三四五六七八九]?百)(?:多)?颗${G}{0,2}(?:药|安眠药)|(?:took|taken|吃了|吞了|食了|吞完|吃完)\\s?成(?:樽|瓶|盒|板|排)`) },
  // Swallowing a whole box or bottle without naming pills: counts with resolve ("你别管我") or a time.
  { id: 'zh.ate-whole', category: 'means-weak', re: r(`(?:吃|吞|食)(?:下去|下|了|完|光|掉)(?:了)?${G}{0,2}(?:一整|整)(?:瓶|盒|板)(?!${G}{0,4}(?:饼干|薯片|巧克力|冰淇淋|零食|蛋糕|糖|泡面|牛奶|可乐|啤酒|酒|饮料|水|奶|酸奶|草莓|葡萄|水果|樱桃|坚果|辣条|寿司|饺子|披萨|果冻))`) },
  // At the edge now: outside the railing, feet over the drop.
  { id: 'zh.act-railing', category: 'act', leisure: ZH_PLACE_EVERYDAY, re: r(`(?:站在|坐在|翻到|爬到|翻出|跨到|已经在)${G}{0,3}(?:栏杆|护栏|桥栏|围栏)(?:的)?外(?:面|边|侧)?`) },
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
  { id: 'zh.farewell-more', category: 'farewell', leisure: ZH_SLEEP_IN, re: r(`(?:再也不会|永远不会|不会再)醒(?:来|过来)?了|(?:今晚|明天|明早)(?:我)?(?:就)?不会(?:再)?醒(?:来|过来)?了|这是(?:我的?)?最后一(?:条|句|段)(?:消息|信息|微博|朋友圈|动态|话)?(?=$|[。!…\\s])|(?:到时候|那时(?:候)?|等你(?:们)?(?:看到|收到|读到)${G}{0,6}|(?:你|你们|大家)(?:看到|收到|读到)这(?:条|封|段|些)${G}{0,4}(?:的时候|时))${G}{0,6}我(?:应该)?(?:已经)?(?:不在了|离开这个世界了|死了|不在这个世界上了)|(?:是|系)我(?:的)?\\s?(?:goodbye|farewell|告别|诀别|遗言)`) },
  { id: 'zh.farewell-weak-more', category: 'farewell-weak', re: r(`(?:跟|和|向)(?:所有人|大家|每个人|家人|爸妈|朋友们?)(?:都)?(?:告别|道别|道过别|说过再见|说了再见)(?:过)?了|告别(?:短信|信|的?消息|视频|信息)|(?:写|立)(?:好|了)(?:了)?遗嘱|遗嘱${G}{0,3}(?:写好|立好|写完)了|will\\s?(?:已经)?写好|安排(?:一下)?(?:我的|自己的)?后事|去(?:海边|江边|河边|悬崖|大桥)的?单程票|(?<!今年|今天|本周|这周|这个月)最后一次\\s?(?:say|说|讲|道)?\\s?(?:晚安|再见|拜拜|bye|goodbye|good night)|bye\\s?(?:大家|各位)|(?<=[\\u4e00-\\u9fff][^a-z]{0,12})bye\\s?(?:everyone|all)\\b|拜拜(?:了)?(?:大家|各位|所有人)`) },
  // Last night of my life: "今晚是最后一晚了" (a time for doing it).
  { id: 'zh.time-last', category: 'time', re: r(`(?:今晚|今夜)是(?:我(?:的)?)?(?:人生)?(?:的)?最后一(?:晚|夜)|今天是(?:我(?:的)?)?(?:人生|生命)(?:中)?(?:的)?最后一天|今天是我(?:的)?最后一天|(?:今晚|今天|明天|今夜)(?:我)?就\\s?(?:done|end|结束了|解脱了)`) },
  // Pets or children handed over for good: "cat 交俾 Jess 照顾" (俾 → 给).
  { id: 'zh.give-away-care', category: 'giving-away', leisure: ZH_EVERYDAY_GIVING, re: r(`(?:猫|狗|宠物|cat|dog|孩子)\\s?(?:交给|托付给|拜托给|送给)\\s?[a-z\\u4e00-\\u9fff]{1,8}\\s?(?:照顾|养|带)`) },

  // ---------- English: active ideation (high) ----------
  { id: 'en.kill-myself', category: 'ideation', subject: 'self', hyperbole: true, re: r(`\\b(?:kill|killing|killed|off|offing|offed|end|ending|ended|unalive|unaliving|unalived|hang|hanging|hanged|drown|drowning|drowned|shoot|shooting|shot|poison|poisoning|poisoned|gas|gassing|suffocate|suffocating|starve|starving)\\s+myself\\b(?!\\s+(?:laughing|in the (?:foot|feet))\\b)(?!(?<=\\bcould (?:just )?kill myself)\\s+for\\b)`) },
  { id: 'en.kms', category: 'ideation', subject: 'self', re: r(`\\b(?:kms|ctb|unalive|unalived|unaliving|sewer\\s?slide|sewerslided?|self\\s?delete|selfdelete)\\b(?!\\s*(?:this|that|the|these|those|这个|那个|这|那)\\s*(?!(?:weekend|week|time|year|month|morning|afternoon|evening|night|moment|second|minute|day|friday|monday|tuesday|wednesday|thursday|saturday|sunday|summer|winter|semester|term)\\b)[a-z\\u4e00-\\u9fff])|\\bcatch(?:ing)? the bus\\b(?=${G}{0,20}\\b(?:final|forever|for good|end|die)\\b)|\\bcatch(?:ing)? the (?:bus|train)\\b(?=[^\\n]{0,25}(?:🪦|⚰|☠|\\bnot the (?:actual|real|literal|normal|regular) (?:bus|train|one)\\b))`) },
  { id: 'en.want-die', category: 'ideation', hyperbole: true, re: r(`\\b(?:want|wants|wanted|wanna|wanting|ready|trying|tried|plan|plans|planning|deserve|deserves)\\s+(?:to\\s+)?(?:just\\s+)?(?:die|be dead|end (?:it all|my life|things|everything|it)|commit suicide|suicide|not be alive|not live)\\b(?!\\s+(?:of|from)\\s)|\\b(?:going|gonna)\\s+(?:to\\s+)?(?:just\\s+)?(?:end (?:it all|my life|things|everything|it)|commit suicide|suicide)\\b`) },
  { id: 'en.actually-die', category: 'ideation', hyperbole: true, re: r(`\\b(?:actually|genuinely|seriously|for real|literally just)\\s+(?:want to\\s+|wanna\\s+)?(?:die|be dead|kill myself)\\b(?!\\s+(?:of|from|laughing)\\b)`) },
  { id: 'en.jump-intent', category: 'ideation', hyperbole: true, leisure: EN_JUMP_SPORT, re: r(`\\b(?:going to|gonna|want to|wanna|about to|ready to|plan to|planning to|decided to)\\s+jump\\b(?!\\s+(?:rope|for joy|in the pool|into the pool|on the bandwagon|ahead|in|right in|at|to conclusions|on a call|on|back|start|the queue|the line|ship|out of (?:a|the) (?:plane|helicopter|aircraft)))|\\bpicturing (?:myself )?(?:jumping|hanging|dying|dead|killing myself)\\b`) },
  { id: 'en.plan-end', category: 'ideation', re: r(`\\b(?:planning|plan|plans|thinking|thought|considering|contemplating|decided)\\s+(?:on|about|of|to)\\s+(?:ending|killing|unaliving|offing|taking|end|kill|take)\\s+(?:it|things|myself|my life|it all|everything|my own life)\\b(?!\\s+(?:with|between|off)\\b)`) },
  { id: 'en.suicidal', category: 'ideation', re: r(`\\bsuicidal\\b(?<!\\b(?:what (?:does|do|is|are)|define|definition of|meaning of|the term|difference (?:is )?between) "?(?:the term "?|passive |active |passive and active |active and passive )?suicidal)(?!\\s+(?:ideation"?\\s+)?(?:mean|means|meant|refers?|stands? for)\\b)(?!\\s+(?:posts?|content|comments?|messages?|tweets?|videos?|memes?|friends?|persons?|people|patients?|clients?|teens?|students?|kids?|children|users?|callers?)\\b)|\\b(?:thinking|thought|thoughts|think|considering|contemplating|think|urges?)\\s+(?:about|of)\\s+(?:suicide|killing myself|ending (?:it|my life|it all)|dying|death a lot)\\b|\\bthoughts of (?:suicide|death|dying)\\b|\\b(?:commit|committing)\\s+suicide\\b`) },
  { id: 'en.dont-want-live', category: 'ideation', hyperbole: true, re: r(`\\b(?:dont|do not|no longer|never)\\s+(?:really\\s+|even\\s+)?(?:want|wanna|wish)\\s+to\\s+(?:live|be alive|exist|be here|go on|keep living|be on this earth|be around)(?:\\s+anymore)?\\b|\\bdone (?:with|living) (?:life|living|being alive)\\b|\\bim done with (?:life|everything|it all)\\b`) },
  { id: 'en.end-life', category: 'ideation', re: r(`\\b(?:end|ending|take|taking|finish)\\s+(?:my|my own)\\s+life\\b|\\bend it all\\b|\\bend everything\\b|\\bend (?:it|things) (?:tonight|today|now|soon|for good|once and for all)\\b`) },
  { id: 'en.jump', category: 'ideation', leisure: EN_JUMP_SPORT, re: r(`\\b(?:jump|jumping|leap|leaping|throw myself)\\s+(?:off|from|in front of|into)\\s+(?:a |the |this |that |my )?(?:bridge|building|roof|rooftop|cliff|train|balcony|window|tower|overpass|traffic|car|bus|river)\\b|\\bwalk into (?:traffic|the sea|the ocean)\\b`) },
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
  { id: 'en.selfharm', category: 'selfharm', re: r(`(?<!\\baccidentally\\s)\\b(?:cut|cutting|burn|burning|burned|burnt|hurt|hurting|harm|harming|harmed|scratch|scratching|punish|punishing|punished|starve|starving|starved|hit|hitting)\\s+(?:myself|my (?:wrists?|arms?|legs?|thighs?|skin|body))\\b(?!\\s+(?:on (?:a|an|the|some|my|this|that)\\b|while\\b|when\\b|shaving|cooking|chopping|slicing|cutting|opening|peeling|ironing|baking|by accident|accidentally|if i (?:run|lift|play|train|keep (?:running|lifting|training))\\b|at (?:the )?(?:gym|practice|training)\\b|(?:playing|lifting|running|training|skiing|skating|climbing|tripping|falling)\\b|with (?:a |an |the |my )?(?:iron|oven|stove|pan|kettle|curling|straightener|hot|boiling|paper|tin|can|glass|razor while)))|(?<!\\b(?:item|question) (?:\\d+|nine) (?:is )?(?:about|on) )\\bself[- ]?harm(?:ing|ed)?\\b(?!\\s+(?:stats|statistics|data|research|pics|pictures|photos|images|posts?|content|videos?|awareness|prevention|policy|training|questions?|items?|screening|rates?)\\b)|\\bself[- ]?injur(?:y|e|ing)\\b|\\burges? to (?:cut|hurt myself|self harm|sh)\\b|\\brelapsed?\\b${G}{0,20}\\b(?:cutting|self harm|sh)\\b|\\b(?:cutting|sh) again\\b|(?<!\\b(?:got|get|gets|getting|was|been|be)\\s)\\b(?:cut|burned|burnt|hurt|scratched|hit)\\s+(?:myself\\s+)?again\\b(?!\\s+(?:from|by|for) (?:the |my |our )?(?:team|squad|roster|list|show|cast|band|club|line-?up|auditions?|tryouts?|program(?:me)?|competition)\\b)|\\bfresh cuts\\b|\\bcut (?:deeper|worse) than (?:usual|ever|before|last time)\\b|\\bblades?\\b${G}{0,15}\\b(?:wrist|arm|thigh|skin)\\b`) },
  // Self-injury told by its effect ("till it bled / bruised", "wanted it to hurt"), reckless driving
  // meant to crash, and hiding what was done to one's arms. Itching (eczema, bites) is excluded.
  { id: 'en.selfharm-acts', category: 'selfharm', re: r(`\\b(?:punch\\w*|bang\\w*|hit|hitting|slam\\w*|scratch\\w*|pinch\\w*|bit|bite|biting|smash\\w*)\\s+(?:walls?|myself|my (?:head|arms?|legs?|skin|face|fists?|thighs?|wrists?|hands?|knuckles))\\b${G}{0,25}\\b(?:till|until|so hard|hard enough)\\b${G}{0,12}\\b(?:bled|bleeds|bleed|bleeding|bruise\\w*|broke|marks?|swell\\w*|raw)\\b(?![^\\n]{0,40}\\b(?:itch\\w*|eczema|bites?|rash|hives|psoriasis|allerg\\w*|mosquito\\w*))|\\b(?:wanted|want|needed|need|wanting)\\s+(?:it|myself|my (?:arms?|body|skin))\\s+to (?:hurt|bleed|feel pain|sting)\\b(?!\\s+(?:less|the least)\\b)|\\b(?:drive|drove|driving|ride|rode|riding)\\b${G}{0,30}\\bhoping (?:i(?:ll| will|d)?|to) (?:crash|die|get hit|wreck|not make it|hit something)\\b|\\b(?:drive|drove|driving)\\b${G}{0,30}\\binto (?:a |the )?(?:tree|wall|oncoming traffic|lorry|truck|barrier) on purpose\\b|\\b(?:sleeves|hoodies?|jumpers?|sweaters?|bracelets?|bandages?|hide|hiding|cover|covering|no ?one (?:can |will )?sees?|nobody (?:can |will )?sees?|notices?)\\b${G}{0,40}\\bwhat i(?:ve| have)? (?:did|do|done) to (?:my (?:arms?|wrists?|thighs?|legs?|skin|body|stomach)|myself)\\b`) },
  // Code-switched self-harm: an English act word with Chinese/Cantonese ("又 cut 咗", "blade 𠝹咗自己").
  { id: 'en.selfharm-mix', category: 'selfharm', re: r(`(?:又|又再|再次)\\s*(?:cut|burn|sh|relapse)\\b(?!\\s*(?:咗|了|左)?\\s*(?:头|发|刘海|hair|fringe|bangs|class|课|堂|line|queue))|\\b(?:cut|burn)\\s*(?:咗|了|左)\\s*(?:again|自己|手|手臂|手腕|大腿)|\\b(?:blade|razor|knife|lighter)s?\\b${G}{0,6}(?:自己|手腕|手臂|大腿)`) },

  // ---------- English: method seeking (high) ----------
  { id: 'en.method-seek', category: 'method', re: r(`\\b(?!how (?:many|much|often|common|likely)\\s(?:\\w{1,20}\\s){0,2}?(?:people|doctors|nurses|vets|farmers|men|women|teens|teenagers|students|kids|children|adults|veterans|americans|brits|patients|young people|each|every|per|a year)\\b)(?:how|ways?|best way|easiest way|quickest way|fastest way|surest way|most effective way|which method)\\b${G}{0,30}\\b(?:kill myself|die|suicide|end my life|overdose|od|unalive)\\b|\\b(?:painless|least painful|quickest|quick and painless)\\s+(?:way|method|death)\\b|\\blethal dose\\b|\\bhow many\\b${G}{0,25}\\b(?:to die|to kill me|would kill me|is lethal|are lethal|to overdose|to od|be fatal|is fatal)\\b|\\b(?:how (?:high|tall)|what height|how many (?:floors|stories|storeys|metres|meters|feet))\\b${G}{0,25}\\b(?:jump|fall|drop)\\w*\\b${G}{0,25}\\b(?:die|kill|fatal|lethal|(?:for it |to )(?:definitely |actually |surely )?work|be sure|guarantee)\\w*|\\bhow (?:many|much)\\s+(?:of\\s+)?(?:my\\s+|these\\s+|the\\s+|your\\s+)?(?:\\w+\\s+)?${EN_DRUG}\\b${G}{0,12}\\b(?:it takes|would it take|does it take|would do it|would be enough|is enough|to take to|before (?:i|you) (?:die|stop|pass out|dont wake))\\b(?!${G}{0,8}\\b(?:to (?:work|kick in|help|feel|get rid|treat|relieve|cure|stop the|sleep|lower|bring)|for (?:a|an|my|the|\\d|pain|sleep|cramps|headaches?|carbs)))`) },
  // "been thinking about how." — the how left unsaid, at the end of a clause, after dark talk.
  { id: 'en.method-how', category: 'method', re: r(`\\b(?:thinking|thought|planning|planned|researching|researched|looked up|looking up|googling|googled)\\s+(?:about\\s+)?how\\s*(?:[!?,]|\\.(?![.\\w])|$)`) },

  // ---------- English: passive / hopeless / burden (low) ----------
  { id: 'en.not-wake', category: 'passive', re: r(`\\b(?:dont|do not|never)\\s+want to wake up\\b|\\b(?:hope|wish|pray)\\s+i\\s+(?:dont|never|wont|do not)\\s+wake up\\b(?!\\s+(?:too |so )?(?:early|late|before|at \\d|with|in (?:time|the night|a bad)|the (?:baby|kids|dog|neighbou?rs)|everyone|anyone|my|hungover|sore|sick|grumpy)\\b)|\\b(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up\\b|\\bnot wake up (?:tomorrow|again|in the morning)\\b|\\bwouldnt mind (?:dying|not waking up|if i died|being dead)\\b|\\bsleep forever\\b(?!\\s+(?:this|on|after|until|till|tomorrow|today|no alarms?|once|when|the whole|all (?:day|weekend))\\b)`) },
  { id: 'en.wish-dead', category: 'passive', re: r(`\\bwish(?:ed)?\\s+i\\s+(?:was|were|could be|had been)\\s+(?:dead|never born|gone|not here|not alive|not born)\\b|\\bwish i could (?:just\\s+)?(?:die|disappear|sleep forever|not exist|stop existing|cease to exist|vanish)\\b|\\b(?:want|wanna|wish) (?:to )?(?:(?:disappear|vanish)\\b(?!\\s+(?:into|for a|from social|off the grid|in a|from (?:this|that|the|my) (?!world\\b|earth\\b|planet\\b|universe\\b|face\\b|existence\\b)))|(?:not exist|stop existing|cease to exist)\\b)|\\bwish i (?:wasnt|werent|was not|were not) (?:here|alive|born|around)\\b(?!\\s+(?:at|in|for|with|during|right now for)\\b)|\\b(?:would be|itd be|be) (?:so )?(?:nice|easier|better) to (?:just )?(?:not exist|stop existing|cease to exist|not wake up|never wake up)\\b|\\bif i (?:died|was gone|were gone|disappeared)\\b|\\b(?:better|be better) off dead\\b|\\bdeath (?:would be|sounds like) (?:a )?(?:relief|nice|peaceful|better)\\b|\\bdont care if i (?:die|live or die)\\b|\\bwish\\s+(?:i|id|i had|i would have)\\s+(?:never been born|never existed|not been born|never woken up|died)\\b|\\btired of (?:existing|living|being alive|life|being me|waking up)\\b|\\bif i (?:got|get|was|were) (?:hit|run over|killed)\\b${G}{0,40}\\b(?:wouldnt mind|dont care|wouldnt be (?:so )?bad|be fine|relief|fine with it)\\b|\\bwouldnt (?:mind|care) if i (?:died|didnt wake up|got hit|was gone|never woke up)\\b|\\b(?:easier|better|simpler)\\s+if i (?:just\\s+)?(?:didnt|did not|wasnt|was not|werent|were not)\\s+(?:exist|here|around|alive|born)\\b|\\bfinally (?:get (?:some )?peace|be free|be at peace|rest|stop hurting)\\b`) },
  { id: 'en.hopeless', category: 'hopeless', hyperbole: true, re: r(`\\bno (?:reason|point|purpose)\\s+(?:to|in)\\s+(?:live|living|going on|being alive|keep going|life|staying alive)\\b|\\bnothing (?:left )?to live for\\b|\\bwhats the point (?:of|in) (?:living|life|anything|going on|being alive|it all)\\b|\\b(?:life|living|my life|existence)\\s+(?:is|feels|seems)\\s+(?:so\\s+)?(?:pointless|meaningless|not worth (?:it|living)|hopeless|unbearable)\\b|\\bnot worth living\\b|\\bcant (?:go on|keep going|take (?:it|this) anymore|do this anymore|keep living like this)\\b|\\b(?:i feel|im|feeling|so|completely|utterly|totally)\\s+hopeless\\b|\\bhopelessness\\b|\\b(?:give|giving|gave) up on (?:life|living|everything|myself)\\b|\\bno way out\\b|\\btired of fighting\\b|\\bno fight left\\b|\\bcant fight (?:this|it) anymore\\b|\\bwhat(?:s| is) (?:even )?the point(?: anymore| of anything)?\\s*[?.!]*\\s*$|\\bwhat(?:s| is) (?:even )?the point (?:anymore|of (?:anything|it all|any of (?:it|this))|of (?:even )?trying(?: anymore)?(?=\\s*(?:[?.!]|$)))\\b|\\bwhat(?:s| is) (?:even )?the point\\s*(?:啊|呀|咩|啦|嘛|呢)|\\b(?:everything|it all|all of it)\\s+(?:feels|seems|is)\\s+(?:so\\s+|just\\s+|completely\\s+)?(?:pointless|meaningless)\\b|\\bnothing (?:feels|seems|is) worth (?:it|anything|doing|living for)\\b|\\b(?:dont know|idk|no idea|not sure) why i (?:keep going|keep trying|even bother|keep living|am (?:still )?(?:alive|here))\\b(?=\\s*(?:[,.!?;]|$|anymore|at all|honestly|tbh))|\\bnothing (?:ever |will ever |is ever going to |will )?gets? better\\b|\\bchecked out (?:of|from) (?:life|living)\\b|\\bcant keep doing this(?: anymore)?\\s*[.!]*\\s*$|\\bno future for me\\b|\\bdont see (?:a|any) future\\b|\\bwhy (?:am i|do i keep) (?:still )?(?:alive|living|here)\\b|\\bwhy bother living\\b`) },
  { id: 'en.burden', category: 'burden', subject: 'speaker', re: r(`\\b(?:im|i am|i feel like|feel like|i feel|(?<!\\b(?:scared|afraid|worried|terrified|fear|fearful|anxious|nervous|thought)\\b[^.!?\\n]{0,40}\\b(?:of|about) )being|im just|im such)\\s+(?:such\\s+|just\\s+|only\\s+)?(?:a|an|the)\\s+(?:huge\\s+|big\\s+)?(?:burden|waste of space|waste of oxygen|waste of air|drain)\\b|\\bburden (?:to|on) (?:everyone|my family|them|you|people|others|my friends)\\b|\\b(?:everyone|they|my family|people|the world|my friends|my kids|you all|everybody)\\s+(?:would|will|d)\\s+(?:all\\s+)?be\\s+better\\s+(?:off\\s+)?without me\\b|\\bbetter off without me\\b|\\b(?:relieved|happier|better) if i (?:was|were) gone\\b|(?:我|自己)(?:是|就是)?(?:个|一个)?\\s?(?:burden|drain)\\b|\\b(?:better off|be better|be happier|be easier)\\b${G}{0,15}\\bif i (?:died|was gone|were gone|wasnt here|werent here|disappeared)\\b`) },
  // Nobody would miss me: thwarted belonging, not burden, so it does not make passive+burden high.
  { id: 'en.unmissed', category: 'hopeless', subject: 'speaker', re: r(`\\b(?:no one|nobody|noone) would (?:care|notice|miss me|even notice)\\b${G}{0,20}|\\b(?:no one|nobody|noone) (?:cares|would care) if i (?:died|was gone|disappeared|lived)\\b`) },
  // Passive wishes told as something happening to me: a bus, an illness, god taking me, a crash.
  { id: 'en.passive-event', category: 'passive', hyperbole: true, re: r(`\\bif (?:a|some|the) (?:bus|car|truck|lorry|train|plane|meteor|asteroid|tumou?r|cancer|illness)\\s+(?:hit|hits|ran over|runs over|killed|kills|took|takes|got|ran|runs)\\s+me(?: over| out)?\\b${G}{0,40}\\b(?:wouldnt|would not|wont|dont|not) (?:be )?(?:mind|mad|upset|care|complain|sad|bothered|fight it)\\b|\\b(?:wouldnt|would not) (?:mind|care|be mad) if (?:a|some) (?:bus|car|truck|lorry|train) (?:hit|ran over|killed) me\\b|\\b(?:pray|praying|prayed|hope|hoping|wish|wishing|begging)\\s+(?:that\\s+)?(?:god|the lord|jesus|allah|death|the universe)\\s+(?:(?:would|will|could|just)\\s+){0,2}(?:takes?|took|call|calls)\\s+me\\b(?!\\s+(?:back|home to|to (?:the|a|my)\\b))|\\b(?:hoping|hope|wish|praying)\\s+(?:that\\s+)?(?:the|my) (?:plane|flight|bus|car|train|ceiling)\\s+(?:crashes|falls|goes down|derails|collapses)\\b${G}{0,30}\\bso (?:i|that i)\\b|\\b(?:hoping|hope|wish) i (?:get|got) (?:hit|run over|cancer|something terminal)\\b|\\b(?:just )?want (?:it all|everything|all of it|the world) to (?:just )?stop\\b`) },
  // Why am I still here; I only take up space; the world would go on without me.
  { id: 'en.still-here', category: 'passive', subject: 'self', re: r(`\\bwhat am i (?:still|even still) doing here\\b(?!\\s+(?:at|in|with)\\b)|\\bwhy am i still (?:here|around)\\s*(?:[?.!]|$)`) },
  { id: 'en.take-up-space', category: 'burden', subject: 'speaker', re: r(`\\b(?:im|i am|i feel like im|feel like im|i)\\s+(?:just\\s+|only\\s+)?(?:taking up|take up|wasting) (?:space|air|oxygen)\\b|\\b(?:the world|everyone|life|everything) would (?:keep (?:spinning|going|turning)|go on|carry on|be fine|be the same) without me\\b`) },

  // ---------- English: imminent ----------
  { id: 'en.means', category: 'means', re: r(`\\b(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|collected|collecting|stashed|stashing|been saving)\\s+(?:up\\s+)?(?:my\\s+|all\\s+(?:my|the)\\s+|enough\\s+|a bunch of\\s+|(?:\\d+|a few|two|three|four|six|several) (?:months?|weeks?)(?: worth)? of (?:my\\s+)?)?${EN_DRUG}\\b(?!\\s+(?:from|at)\\s+(?:the\\s+)?(?:pharmacy|chemist|doctor|gp|hospital|clinic|boots|cvs|walgreens)\\b)|\\b(?:the |my |all (?:my|the) )?${EN_DRUG}\\s+(?:saved|stashed|stockpiled|hoarded|put aside|set aside)(?:\\s+up)?\\b(?!\\s+(?:(?:my|his|her|their|our|your) li(?:fe|ves)|me)\\b)|\\benough (?:pills|meds|tablets)\\b${G}{0,20}\\b(?:to|for)\\b|\\b(?:pills|meds|rope|noose|blade)s?\\s+(?:is\\s+|are\\s+)?(?:ready|lined up)\\b(?!\\s+(?:for (?:pick ?up|collection)|to (?:pick up|collect)|at the)\\b)|\\b(?:tied|made|tying|bought)\\s+(?:a|the)\\s+noose\\b|\\bnoose\\b|\\b(?:bought|got|buying)\\s+(?:a |the |some )?(?:rope|gun|blades?|charcoal|pills|razors?)\\b[^\\n]{0,25}\\bnot (?:for|to use for)\\b`) },
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
  { id: 'en.act', category: 'act', re: r(`\\b(?:just\\s+)?(?:took|swallowed|taken|downed|ate)\\s+${EN_QUANT}\\b${G}{0,20}\\b(?:pills|tablets|meds|of my|sleeping|painkillers|tylenol|paracetamol)\\b(?!\\s+(?:this morning|today|for (?:the day|today)|on time|like (?:a|i)|with (?:breakfast|lunch|dinner|food|a meal)|as (?:usual|prescribed|normal)|at (?:breakfast|lunch|dinner|\\d)|every)\\b)|\\bcut (?:too|really|so) deep\\b|\\b(?:i|just) (?:overdosed|odd|oded)\\b|\\b(?:swallowed|took|taken|downed)\\s+(?:everything|all (?:of )?(?:my|the|her|his) (?:pills|meds|medication|tablets|sleeping pills|antidepressants))\\b(?!\\s+(?:this morning|today|for (?:the day|today)|on time|like (?:a|i)|with (?:breakfast|lunch|dinner|food|a meal)|as (?:usual|prescribed|normal)|at (?:breakfast|lunch|dinner|\\d)|every)\\b)|\\bcut (?:deeper|too deep|way too deep) than (?:i meant|i wanted|i intended)\\b`) },
  // On a ledge, bleeding, a blade or gun in hand: dropped next to climbing, a small everyday injury,
  // a craft or a kitchen in the same sentence ("on the ledge, 3rd pitch", "paper cut won't stop bleeding").
  { id: 'en.act-ledge', category: 'act', leisure: true, re: r(`\\b(?:im|i am)\\s+(?:standing\\s+)?(?:on|at)\\s+(?:the\\s+)?(?:edge|ledge)\\b`) },
  { id: 'en.act-bleeding', category: 'act', leisure: EN_MINOR_INJURY, re: r(`\\bbleeding (?:a lot|badly|heavily|wont stop|everywhere)\\b|\\bcant stop the bleeding\\b|\\b(?:it|this|the cut|the wound|blood|they)\\s+(?:wont|will not|doesnt|does not|isnt|cant|wouldnt)\\s+stop bleeding\\b`) },
  { id: 'en.means-hand', category: 'means', leisure: EN_HANDS_BUSY, re: r(`\\b(?:gun|knife|blade|razor|pills|meds|rope|noose)s?\\s+(?:is\\s+|are\\s+)?(?:loaded\\s+(?:and\\s+)?)?(?:next to me|in my hand|in my mouth|to my head|on my lap|counted out|in front of me)\\b`) },
  { id: 'en.act-edge', category: 'act', leisure: true, re: r(`\\b(?:already|just)\\s+(?:took|swallowed|downed|drank)\\s+(?:the|a|my)?\\s*(?:whole|entire|full)\\s+(?:bottle|pack|box|packet|strip)\\b|\\b(?:lying|laying)\\s+on\\s+(?:the\\s+)?(?:tracks|railway|road)\\b|(?<!\\b(?:keep|kept|often|sometimes|always|used to)\\s)\\b(?:standing|sitting|perched|stood|sat)\\s+(?:on|at)\\s+(?:the\\s+)?(?:edge|ledge|railing)\\b|\\bclimbed (?:over )?the (?:railing|fence|barrier)\\b`) },
  // Car exhaust in a closed garage; "took them … like 40 of them"; code-switched quantities ("took 成樽 pills").
  { id: 'en.act-more', category: 'act', re: r(`\\b(?:in|inside) (?:the|my) car\\b[^.!?\\n]{0,25}\\bgarage\\b[^.!?\\n]{0,30}\\b(?:engine|motor|car)s? (?:is |still )?(?:running|on)\\b|\\bgarage\\b[^.!?\\n]{0,30}\\b(?:engine|motor)s? (?:is |still )?running\\b(?!${G}{0,30}\\b(?:warm|defrost|charg))|\\b(?:hose|pipe|tube)\\b${G}{0,25}\\bexhaust\\b|\\bexhaust\\b${G}{0,25}\\b(?:hose|pipe|tube)\\b|\\b(?:took|swallowed|downed|taken|ate|necked)\\s+(?:them all|them|it all|all of them|the lot)\\b\\W{0,3}(?:like|about|around|maybe|nearly|almost|over)?\\s*(?:[0-9]{2,}|twenty|thirty|forty|fifty|sixty|a hundred)\\b|\\b(?:took|swallowed|downed|ate|吞咗|食咗)\\s*(?:成樽|成瓶|一樽|整瓶|一瓶|半瓶|成排|一排|成盒|整盒|一盒|全部|所有)\\s*(?:pills|meds|tablets|${EN_DRUG}|药|安眠药)`) },
  { id: 'en.resolve', category: 'resolve', re: r(`\\beverything is (?:ready|set|in place|planned|arranged)\\b|\\bi(?:ve| have)? (?:made|reached) (?:my|the|a|up my) (?:decision|mind)\\b|\\bmind is made up\\b|\\bno turning back\\b|\\bthis time (?:for real|i wont (?:fail|stop|back out))\\b|\\b(?:ive |i have )?told no one\\b|\\bno one knows\\b|\\b(?:have|got) everything (?:ready|set|planned)\\b|\\b(?:im |i am )?not (?:coming|going) (?:down|back|home)\\b|\\bwont be coming (?:back|home|down)\\b|\\b(?:its|it is) time\\s*[.!]*\\s*$|\\b(?:ive |i have )?made (?:my )?peace\\b|\\b(?:im|i am) (?:doing|gonna do|going to do) it(?: now| tonight| today)?\\s*(?:[.!]|$)|\\b(?:ive |i have |i )?already (?:started|begun)\\s*(?:[.!]|$)|\\bwhen (?:my |the )?(?:flatmate|roommate|housemate|parents|mum|mom|dad|wife|husband|partner|family|everyone)s?\\s+(?:is\\s+|are\\s+)?(?:away|out|gone|asleep|at work)\\b|\\b(?:bathroom|bedroom) door (?:is )?locked\\b|\\b(?:already )?(?:picked|chose|found) (?:the|a) (?:bridge|building|spot|place|tree)\\b|\\bdont (?:want to be|try to) (?:saved|found|rescued)\\b|\\bdont call (?:anyone|911|an ambulance)\\b|\\bim done\\s*[.!]*\\s*$`) },
  // Others misled about where I am ("my mom thinks i'm at school"): said about others, so `speaker`.
  { id: 'en.conceal', category: 'resolve', subject: 'speaker', re: r(`\\b(?:thinks?|think|believes?) (?:that )?im (?:at|in) (?:school|work|class|uni|college|a friends|my friends|bed|the library)\\b|\\bthinks? im asleep\\b`) },
  // At a dangerous place and saying it is now ("on the bridge now", "standing on the overpass rn"):
  // the labelling guide puts this with acts in progress.
  { id: 'en.location-now', category: 'act', leisure: true, re: r(`(?:^|[,.!?]\\s*|\\b(?:im|i am)\\s+)(?:(?:standing|sitting|up)\\s+)?(?:on|at)\\s+(?:the\\s+)?(?:roof|rooftop|bridge|overpass|flyover|viaduct|tracks|train tracks|railway|railway line|cliff|ledge|edge)\\b${G}{0,20}\\b(?:now|rn|right now)\\b`) },
  { id: 'en.time-weak', category: 'time-weak', subject: 'speaker', re: r(`\\bat midnight\\b|\\bfor (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|\\btonight\\b(?<!\\b(?:did it|did that|happened|relapsed|earlier|again|cut|burned|burnt|hurt myself|slipped)\\stonight)|\\btomorrow\\b|\\bthis weekend\\b|\\b(?:on|after|by|this) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|\\bsoon\\b|\\bin (?:\\d+|a few|ten|five) (?:min|mins|minutes|hours?)\\b`) },
  { id: 'en.location', category: 'location', leisure: true, re: r(`\\b(?:im|i am)\\s+(?:on|at|up on|standing on|sitting on|on top of)\\s+(?:the|a|this|my)\\s+(?:roof|rooftop|bridge|cliff|tracks|railway|train tracks|railway line|top floor|balcony railing|overpass|flyover|viaduct|dam|car park roof|parking garage roof)\\b(?!\\s+(?:club|game|bar|pub|restaurant|cafe|terrace|garden|pool|party|cinema|tournament))|\\b(?:im|i am)\\s+(?:on|at|up on|standing on|sitting on)\\s+the\\s(?:[a-z]{1,20}\\s){1,2}?(?:bridge|viaduct|dam|cliffs?)\\b(?!\\s+(?:club|game|bar|pub|restaurant|cafe|station|road|street|hotel|stop|market)\\b)|\\b\\d+\\s+(?:floors|stories|storeys) up\\b|(?:^|[,.!?]\\s*)(?:standing|sitting)\\s+(?:on|at)\\s+(?:the\\s+)?(?:tracks|railway|ledge|edge|roof|rooftop|bridge|cliff|overpass|flyover|viaduct)\\b|(?:^|[,.!?]\\s*)(?:on|at|up on)\\s+(?:the\\s+)?(?:roof|rooftop|bridge|overpass|flyover|tracks|train tracks|railway|cliff|ledge)\\b(?=${G}{0,12}\\b(?:now|rn|right now)\\b)|(?:喺|在|到了|上了)\\s*(?:the\\s+)?(?:rooftop|roof|bridge|tracks|ledge|overpass)\\b`) },
  { id: 'en.farewell', category: 'farewell', re: r(`\\b(?:this is|consider this)(?: my)? (?:goodbye|farewell)\\b(?!["”]?\\s*[-–—:]+\\s*me\\b)(?!\\s+to\\s+(?!(?:you|yall|everyone|everybody|all|the world|this world|life|my (?:family|friends|kids|loved ones|life))\\b))|\\bgoodbye (?:world|forever|cruel world)\\b(?!\\s*,?\\s*(?:to\\s+)?(?:my\\s+)?(?:old|dear|sweet|beloved|favou?rite|little|stupid)\\s)(?!\\s+(?:to|for|of)\\s+(?!(?:you|yall|everyone|everybody|all|the world|this world|life|my (?:family|friends|kids|loved ones|life))\\b))|\\bfinal (?:goodbye|message|post|words)\\b(?!\\s+(?:to|for|of)\\s+(?!(?:you|yall|everyone|everybody|all|the world|this world|life|my (?:family|friends|kids|loved ones|life))\\b))|\\bmy last (?:words|goodbye|night on earth)\\b|\\bmy last (?:message|post|day)\\b(?!\\s+(?:on (?!earth|this (?:earth|planet|world))|of|in|at|till|until|before|for|from|as|got|was|had|with|here)\\b)|\\bsuicide (?:note|letter)\\b|\\b(?:left|leaving)\\s+(?:a\\s+)?(?:note|letter|letters|notes)\\s+(?:for|to)\\s+(?:my (?:mom|mum|dad|parents|family|kids|children|wife|husband|partner|sister|brother)|everyone)\\b|\\b(?:wrote|written|writing|left)\\s+(?:a |my )?(?:goodbye|farewell)\\s+(?:note|letter|message)s?\\b(?!\\s+(?:to|for)\\s+(?:my\\s+|our\\s+|the\\s+)?(?:classmates|colleagues|coworkers|co-workers|team|teammates|students|pupils|teachers?|class|office|boss|manager|neighbou?rs|flatmates|housemates|yearbook|leaving card)\\b)|\\bwont be (?:here|around|alive) (?:tomorrow|much longer|by tomorrow|next week)\\b(?!\\s+(?:today|tonight|at (?:work|the|school|home)|in (?:the )?(?:office|class)|this (?:morning|afternoon|evening)|because|cos|bc|as i)\\b)|\\bby the time (?:you|anyone|someone) (?:read|reads|see|sees|find|finds) this\\b|\\bsee you (?:all )?(?:on the other side|in another life|in the next life)\\b(?!\\s*\\(?\\s*of\\b)|\\btake care of (?:my (?:cat|dog|kids|family|mom|pets?))\\s+(?:for me\\s+)?when im gone\\b|\\bsaying my goodbyes\\b|\\bsay goodbye to (?:everyone|my family|you all) (?:before|one last)\\b`) },
  { id: 'en.farewell-weak', category: 'farewell-weak', re: r(`\\bbye (?:everyone|everybody|all|guys|yall|friends|world|discord|reddit|server|chat)\\b|\\b(?:ok |okay |well |alright )?bye(?: then| now)?\\s*[.!]*\\s*$|\\bgoodbye (?:discord|reddit|server|chat|twitter|tumblr|internet|friends|everybody|yall|all of you|my friends)\\b|\\bsee you never\\b|\\bits been (?:fun|real|nice knowing (?:you|yall|everyone)|a good run|a ride)\\b|\\b(?:just )?wanted (?:someone|somebody|one person|someone real) to know\\b|\\b(?:wanted|want|needed) to (?:say|tell) (?:it|this) to (?:someone|somebody|anyone)\\b|\\b(?:the |my )?(?:letters?|notes?) (?:are|is) (?:written|done|ready|sealed|on the (?:table|desk|bed))\\b|\\b(?:my |the )?wills? (?:is |are )?(?:signed|done|written|sorted|ready|updated)\\b|\\b(?:signed|wrote|written|made|updated|finished) my will\\b|\\bpasswords? (?:are |is )?(?:in|on|written|left)\\b${G}{0,20}\\b(?:envelope|note|desk|drawer|for (?:my|you|them))\\b|\\bbefore i go\\s*(?:[.!,]|$)|\\blove (?:you|u) all\\b|\\bwill\\s*(?:已经|都)?\\s*(?:写好|签好|立好)|(?:我嘅|我的)\\s*(?:last |final )?goodbye\\b|\\b(?:wrote|written|writing|left)\\s+(?:a|my)\\s+(?:note|letter|will)\\b|\\b(?:wrote|written|left|writing)\\s+(?:a\\s+)?(?:note|letter|letters|notes)\\s+(?:for|to)\\s+(?:my|everyone|each|all)\\b|\\bwhen im gone\\b|\\bgoodbye(?: (?:all|guys|everyone))?\\s*[.!]*\\s*$|\\bgoodbye (?:all|guys|everyone)\\b|\\bthanks? (?:you )?for everything\\b|\\b(?:wanted|want) to say (?:bye|goodbye)\\b|\\bim sorry\\s*[.!]*\\s*$|\\b(?:wont|will not|dont) need (?:it|them|this|these|any of (?:it|this|them)|my \\w+|anything) (?:after|anymore|where im going)\\b|\\bi love you all\\b${G}{0,10}\\b(?:goodbye|bye|sorry)\\b|\\bsorry for everything\\b`) },
  { id: 'en.give-away', category: 'giving-away', re: r(`\\b(?=giv|gav|fou)(?![^\\n]{0,70}\\b(?:while (?:im|i am|were|we are|i go|im away)|for (?:the|a|\\d+|two|three|a few|few|one) (?:weeks?|days?|nights?|weekend|months?)|until i (?:get back|return|come back)|(?:looking after|watching|minding|sitting) (?:him|her|them|it) (?:while|for|until)|dog ?sit|cat ?sit|pet ?sit))(?:\\b(?:giving|gave|give|given)\\s+(?:away|out)\\s+(?:all\\s+)?(?:of\\s+)?(?:my|all my)\\s+(?:stuff|things|belongings|possessions|pets?|cat|dog|clothes|books)\\b|\\b(?:giving|gave|give)\\s+(?:my|all my)\\s+(?:stuff|things|belongings|possessions|cat|dog|pets?)\\s+(?:away|to)\\b|\\bgiving (?:things|stuff|everything) away\\b|\\bfound (?:a )?(?:new )?homes? for my (?:cat|dog|pets?)\\b)|\\b(?:gave|given|giving|give)\\s+(?:most|all|half|the rest|some|loads|a lot)\\s+of\\s+(?:it|them|my (?:stuff|things|belongings|possessions|clothes|books))\\s+away\\b|\\b(?:rehom\\w*|giving away|gave away|found (?:a )?(?:new )?homes? for)\\s+(?:my|all my|our)\\s+(?:\\w+\\s+)?(?:dog|cat|pets?|rabbit|hamster|bird|guitar|stuff|things)\\b${G}{0,10}\\b(?:because|cos|cuz|since|as|bc|cause)\\b${G}{0,10}\\b(?:wont|will not|not going to|wont be able to)\\s+be (?:around|here|alive)\\b${G}{0,40}|\\b(?:tying|tied|tie) up (?:all )?(?:my )?loose ends\\b(?!${G}{0,30}\\b(?:at work|before (?:my|the|i (?:leave|go on|start))|for (?:work|the project|the holiday|my leave)|on the project|maternity|holiday|vacation|the move))|\\b(?:getting|got|putting|put) my affairs in order\\b|\\b(?:cat|dog|pets?)s?\\s*(?:交给|交俾|托付给|送给)`) },
  { id: 'en.plan', category: 'plan', re: r(`\\b(?:i have|ive got|i made|made|i have made)\\s+a plan(?=\\s*(?:$|[.,!?;…]|and\\b|now\\b|already\\b|tho\\b|though\\b)|\\s+(?:to|for how to)\\s+(?:end|kill|die|do it|take|jump|hang|overdose|od|off)\\b)|\\b(?:picked|chose|set|decided on)\\s+(?:a|the)\\s+(?:date|day|method|place|time)\\b(?!\\s+(?:for|of|with)\\s+(?:the|our|my|a|an|his|her|their|this|that)\\b)|\\bplanned (?:it|everything) out\\b|\\bknow (?:how|when) (?:im going to|ill) do it\\b`) },
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
