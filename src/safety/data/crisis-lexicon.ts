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
  | 'emoji'; // 🪦🔪💊 etc., needs context

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
};

export interface CrisisRule {
  id: string;
  category: CrisisCategory;
  re: RegExp;
  /** Overrides the category's level (a place said as "I am there now" reaches `high`). */
  level?: RiskLevel;
  /** A place or object also used for leisure (rooftop, bridge, rope): dropped next to a leisure cue. */
  leisure?: boolean;
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
const ZH_METHOD = '(?:跳楼|跳河|跳江|跳海|跳桥|跳崖|跳轨|跳下去|卧轨|上吊|烧炭|割腕|割脉|吞药|吞安眠药|吃安眠药|喝农药|服毒|开煤气|撞车)';
// Quantities that make swallowing pills an overdose.
const ZH_QUANT = '(?:一整瓶|整瓶|大半瓶|半瓶|一瓶|一把|一大把|一板|两板|整板|一盒|整盒|所有的?|全部的?|几十|[0-9]{2,}|一堆|好多|很多)';
const EN_QUANT = '(?:all|everything|a bottle|the whole bottle|a whole bottle|half (?:a|the) bottle|a bunch|a handful|a lot|[0-9]{2,}|twenty|thirty|forty|fifty|so many|too many|a box|a pack)';

export const CRISIS_RULES: CrisisRule[] = [
  // ---------- Chinese: active ideation (high) ----------
  { id: 'zh.want-die', category: 'ideation', hyperbole: true, re: r(`想(?:要)?(?:去)?死(?!你|您|他|她|它|我了|我啦|人|宝|鬼|磕|守|撑|活)`) },
  { id: 'zh.suicide-intent', category: 'ideation', re: r(`${ZH_INTENT}(?:过)?(?:要)?(?:去)?(?:自杀|轻生|寻死|安乐死)`) },
  { id: 'zh.suicide-thought', category: 'ideation', re: r(`(?:自杀|轻生|死)的?(?:念头|想法|冲动|倾向|计划)`) },
  { id: 'zh.suicide-bare', category: 'ideation', re: r(`自杀(?:算了|吧|了吧|好了)|寻死|轻生`) },
  { id: 'zh.zisha', category: 'ideation', re: r(`紫砂(?!壶|锅|杯|泥|陶|茶|煲|器|砂|盆|罐)|自鲨|自s(?![a-z])|\\bzisha\\b|\\bzs\\b|\\bjs\\b(?=了|算了)`) },
  { id: 'zh.dont-want-live', category: 'ideation', re: r(`不想(?:再)?(?:继续)?活(?:了|下去|着)?|不愿(?:意)?(?:再)?活(?:下去|着)?|活够了|不想活在这个世界`) },
  { id: 'zh.end-life', category: 'ideation', re: r(`(?:结束|了结|终结|放弃)(?:掉)?(?:自己|我)?(?:的)?(?:生命|这条命|性命|一生|余生|这一切|一切)|了结(?:自己|此生)|一了百了`) },
  { id: 'zh.leave-world', category: 'ideation', re: r(`(?:离开|告别|逃离)(?:这个|这)?(?:世界|人世|人间)|去另一个世界|去天堂找`) },
  { id: 'zh.go-die', category: 'ideation', re: r(`(?:我|自己)(?:还是|干脆|就|真该|应该|该)?(?:去)?死(?:了|掉)?(?:算了|吧|好了|得了)|死了(?:算了|得了)|死掉算了|不如死了(?:算了)?|还不如死|去死(?:算了|好了)`) },
  { id: 'zh.jump', category: 'ideation', hyperbole: true, re: r(`${ZH_INTENT}${G}{0,6}?${ZH_METHOD}|(?:从|在)${G}{0,8}(?:楼顶|天台|楼上|桥上|阳台|窗台|窗户)${G}{0,4}(?:跳下去|跳下|跳)`) },
  { id: 'zh.method-mention', category: 'ideation', re: r(`(?:我|自己)${G}{0,6}(?:跳楼|上吊|烧炭|卧轨|割腕|喝农药)(?!价|大甩卖|甩卖)`) },
  { id: 'zh.affirm-want-die', category: 'ideation', re: r(`(?:真的|是)想死|死了(?:就)?(?:解脱|轻松|清净)了?|只有死(?:才)?(?:能|可以)?`) },
  { id: 'zh.attempt', category: 'ideation', re: r(`自杀未遂|(?:自杀|轻生)过|(?:试过|尝试过?|尝试了)(?:去)?(?:自杀|轻生|结束生命)`) },
  { id: 'zh.together', category: 'ideation', re: r(`一起(?:去)?(?:死|自杀|烧炭|跳楼|跳海|跳河|离开这个世界)|约死|求死|找(?:个)?伴(?:一起)?(?:去)?(?:死|自杀|走)|征病友|结伴(?:自杀|去死)|死一死|(?:可以|要|想|就|准备|打算|还是)去死|自杀(?:没有|没)?(?:成功|失败)`) },
  { id: 'zh.jump-down', category: 'ideation', re: r(`(?:想|要|好想|真想|就想|准备|打算|忍不住想)(?:从这里|从这儿|从楼上|从上面)?跳(?:下去|下来)|跳(?:楼|河|海|崖|江|湖|桥)的(?:冲动|念头|想法)`) },
  { id: 'zh.method-talk', category: 'method', hyperbole: true, re: r(`死法|吊颈|割脉|服毒|跳崖|卧轨|烧炭|上吊|跳楼(?!价|大甩卖|甩卖|机)|跳海|跳河|跳江|(?:[0-9]+|几|[一二三四五六七八九十]+)(?:楼|层)${G}{0,4}跳${G}{0,6}(?:会|能)?死`) },
  { id: 'zh.die-by', category: 'ideation', hyperbole: true, re: r(`${ZH_INTENT}${G}{0,4}?(?:一头)?(?:撞死|摔死|淹死|吊死|撞墙死)|(?:想|要|好想)\\s?z\\s?s\\b`) },
  { id: 'zh.should-die', category: 'ideation', hyperbole: true, re: r(`(?:应该|应当|活该|只配|就该|只能|还不如)(?:去)?死(?:掉|了)?(?!机|线|心|角|党|磕|守|忠|活)|(?:叫|让|逼|催)我去死|自我了断|了断(?:自己|此生|残生)|(?:做|作)(?:个|一个)?了断|自行了断|寻短见`) },
  { id: 'zh.emoji-intent', category: 'ideation', re: r(`(?:想|要|去|准备)(?:去)?(?:🪦|⚰|🔫)`) },

  // ---------- Chinese: self-harm (high) ----------
  { id: 'zh.selfharm', category: 'selfharm', re: r(`自残|自伤|伤害自己|划自己|割自己|(?:割|划)(?:开|破|伤)?(?:了)?(?:自己的?)?(?:手腕|手臂|胳膊|腕|大腿|手)|(?:用|拿)(?:刀|刀片|美工刀|圆规)(?:子)?(?:割|划|扎)|(?:想|又|忍不住|开始)(?:去)?(?:割|划)(?:了)?(?:一下|几刀|自己)?|烫自己|打自己|撞墙|想(?:让自己)?(?:流血|疼)|🔪${G}{0,4}(?:手|腕|自己)`) },

  // ---------- Chinese: method seeking (high) ----------
  { id: 'zh.method-seek', category: 'method', re: r(`(?:怎么|怎样|如何|哪种|什么方式|什么方法|用什么|有什么办法)(?:(?!帮|劝|安慰|预防|防止|阻止|避免|面对|看待|理解|对待|开导|陪)${G}){0,4}(?:自杀|死|才能死|结束生命|了结)|(?:怎么|怎样|如何)死${G}{0,3}(?:不痛|不疼|快|舒服|没痛苦|没有痛苦)|吃(?:多少|几)(?:片|粒|颗|盒|瓶)?${G}{0,8}(?:会死|能死|致死|才会死|死得了)|致死量|(?:多高|几楼|几层)${G}{0,4}(?:跳下去|跳)${G}{0,3}(?:会|能|才)?死|(?:最|比较)(?:不痛苦|无痛|快)的?(?:死法|自杀方法|方法)`) },

  // ---------- Chinese: passive / hopeless / burden (low) ----------
  { id: 'zh.not-wake', category: 'passive', re: r(`不想(?:再)?(?:醒来|醒过来|醒了|睁开眼)|想(?:过)?(?:永远)?不(?:再)?醒(?:来|过来)?|睡着(?:了)?(?:就)?(?:再也)?(?:别|不要|不)(?:再)?醒|一睡不醒|一觉(?:睡过去|不醒)|(?:不用|不必|别再|不要再)醒(?:来|过来)?(?:就好了|多好|该多好)|睡过去(?:就)?(?:再也)?(?:不|别)(?:要)?醒|再也不(?:要)?醒(?:来|过来)?|醒不过来(?:就好了|也好)|永远(?:地)?睡(?:下去|过去|着)|长眠`) },
  { id: 'zh.better-dead', category: 'passive', re: r(`死了(?:也|倒|其实|反而){0,2}(?:挺好|不错|也好|更好|比较好|反而好|就好了|也无所谓)|死掉(?:也好|就好了|算了)|(?:被车撞死|出(?:个)?意外|得(?:个)?绝症|猝死)(?:就好了|也好|算了|也挺好)|不如(?:被车撞死|出意外|猝死)`) },
  { id: 'zh.disappear', category: 'passive', re: r(`(?:想|好想|只想|希望自己|希望我能)(?:就这样|彻底|永远)?消失|消失(?:就好了|算了|吧)|从(?:这个)?世界上?消失|不存在就好了|没出生(?:就好了)?|没有被生下来`) },
  { id: 'zh.no-meaning', category: 'hopeless', re: r(`活着(?:真的|好|真|太|也)?(?:没|没有)(?:什么)?(?:意思|意义|盼头|希望|劲)|活着(?:好|真|太|真的)?(?:累|痛苦|没劲|煎熬)|活着有什么(?:意思|意义|用)|人生(?:没有|没|毫无)(?:意义|希望)|(?:看不到|没有)(?:任何)?(?:希望|未来|出路)|没有(?:活下去的)?(?:理由|意义)|活不下去|撑不下去|熬不下去|人间不值得|生不如死|活腻了|我很绝望|好绝望|彻底绝望|绝望了`) },
  { id: 'zh.burden', category: 'burden', re: r(`(?:我|自己)(?:是|就是|只是|只会|一直是)?${G}{0,4}(?:的)?(?:负担|拖累|累赘|包袱)|拖累(?:了)?(?:大家|家人|别人|所有人|他们|爸妈|父母|你们)|(?:大家|家人|别人|所有人|家里|爸妈|父母)的(?:负担|拖累|累赘)|没有我${G}{0,6}(?:会更好|过得更好|更轻松|更幸福|会好)|(?:我)?死了(?:也|都)?(?:没人|没有人)(?:在乎|在意|会难过|会发现|关心|会伤心)|(?:我)?(?:不在了|死了)(?:也|都)?(?:无所谓|没关系)|(?:如果|要是|假如)我(?:不在了|走了|消失了|死了)|我(?:要是|如果|若是|哪天)(?:不在了|走了|消失了|死了)|我(?:不在了|消失了)(?:以后|之后|的话)|没(?:有)?人(?:会)?(?:在乎|在意|关心)(?:我|我的死活)|(?:我的)?存在(?:本身)?(?:就是|就|是)(?:个|一个)?(?:错误|多余)|我(?:就)?是(?:个)?多余的|多余的人|少了我[^。!?\\n]{0,8}(?:没|不会有)(?:什么)?(?:区别|影响|关系|差别)|不配活(?:着|下去)?|(?:消失|不在|死|走)${G}{0,8}(?:大家|家人|他们|爸妈|所有人|别人)${G}{0,3}(?:轻松|解脱|更好|好过|开心)`) },
  { id: 'zh.want-relief', category: 'passive', re: r(`(?:想|好想)(?:彻底)?解脱|终于(?:可以|能)?(?:解脱|安息|休息|不用再痛)了?|不想(?:再)?撑(?:下去)?了`) },

  // ---------- Chinese: imminent ----------
  { id: 'zh.means-saved', category: 'means', re: r(`(?:攒|囤|存|藏)(?:了|好|够)?${G}{0,8}(?:安眠药|药|片)|(?:安眠药|药片|药)${G}{0,6}(?:攒|囤|存|准备)(?:了|好|够)|(?:买|准备|搞到|弄到|备)(?:好)?(?:了)?${G}{0,6}(?:安眠药|绳子|炭|木炭|刀片|农药|百草枯|敌敌畏)|(?:绳子|木炭|炭|刀片|农药|百草枯|敌敌畏)${G}{0,4}(?:买好|准备好|备好|挂好|到手|已经买)`) },
  { id: 'zh.act-charcoal', category: 'act', re: r(`(?:炭|木炭|碳)${G}{0,4}(?:已经)?(?:点上|点着|点燃|烧起来|烧上)了?`) },
  { id: 'zh.act-od', category: 'act', re: r(`(?:吃了|吞了|喝了|吃下|吞下|服了|服下)${G}{0,6}${ZH_QUANT}${G}{0,4}(?:药|安眠药|片|粒)|(?:喝了|喝下)${G}{0,3}(?:农药|百草枯|敌敌畏|老鼠药)`) },
  { id: 'zh.act-od-ba', category: 'act', re: r(`把${G}{0,8}(?:药|安眠药|药片|止痛药)${G}{0,2}(?:全|都|全部|一次性|一口气){1,2}(?:吞|吃|喝)(?:了|下去|掉|光)`) },
  { id: 'zh.act-bleeding', category: 'act', re: r(`(?:已经)?割(?:得|的)?(?:很深|太深)|(?:一直在|正在|在)流血|血(?:流)?(?:止不住|停不下来)|已经割(?:了|开)`) },
  { id: 'zh.act-edge', category: 'act', leisure: true, re: r(`(?:站|坐|蹲)在(?:楼顶|天台|桥|窗台|阳台|楼)(?:的)?(?:边上|边缘|边|栏杆外|护栏外|外侧|外面)|(?:翻过|爬过|跨过|翻出)(?:了)?(?:栏杆|护栏|窗户)`) },
  { id: 'zh.location', category: 'location', leisure: true, re: r(`(?:在|站在|坐在|到了|爬上了?|来到|上了)(?:楼顶|天台|桥上|大桥上|江边|河边|海边|铁轨|顶楼|窗台上)`) },
  { id: 'zh.location-now', category: 'location', level: 'high', leisure: true, re: r(`(?:在|到)(?:楼顶|天台|桥上|大桥上|江边|河边|海边|铁轨|顶楼)(?:上)?了(?![吗呢吧])`) },
  { id: 'zh.means-at-hand', category: 'means-weak', re: r(`(?:刀|刀片|绳子|药|安眠药|炭)${G}{0,4}(?:在手上|在手里|握在手|拿在手(?:上|里)|就在手边|在身边|在我面前|摆在面前)|(?:门窗|窗户|门缝)${G}{0,3}(?:都)?(?:封好|封死|堵上|堵好|封上|贴好)了?`) },
  { id: 'zh.resolve', category: 'resolve', re: r(`不(?:想|要|用|必)被(?:救|发现|抢救)|别(?:救我|叫救护车|打120)|不要救我|就这样吧$|这次(?:不会|绝不)(?:再)?(?:停|犹豫|回头|手软|失败)|(?:我)?(?:已经)?(?:决定|下定决心)了|一切都(?:准备好|安排好|结束)了|都(?:准备|安排)好了|不会再(?:醒|回来)了`) },
  { id: 'zh.time-weak', category: 'time-weak', re: r(`今晚|今天晚上|今夜|明晚|明天|这周末|周[一二三四五六日末]|星期[一二三四五六日天]|过几天|就今天|最后一(?:晚|夜|天)`) },
  { id: 'zh.note', category: 'farewell', re: r(`遗书|遗言|绝笔|(?:给|替)(?:妈妈|妈|爸爸|爸|爸妈|父母|家人|孩子|老公|老婆|大家|每个人)(?:都)?(?:留了|留下|留好)(?:了)?(?:一封|几封|一张)?(?:信|字条|纸条|话)|最后一次(?:发|更新)(?:朋友圈|微博|动态)`) },
  { id: 'zh.farewell', category: 'farewell', re: r(`永别了?|再见了?(?:这个)?(?:世界|人间|人世)|别了(?:这个)?(?:世界|人间)|下辈子再见|来世再见|来生再见|这是我(?:的)?最后一(?:条|次|句|个)|最后一次(?:跟你|和你|跟大家|和大家)|(?:交代|安排|准备)(?:好)?(?:了)?后事|别了(?:世界|大家)|再也不见|替我(?:照顾|好好)|(?:我走了|我先走了)(?:以后|之后)`) },
  { id: 'zh.farewell-weak', category: 'farewell-weak', re: r(`再见了?(?:大家|各位|所有人|爸妈|爸爸妈妈)|再见了?(?=[。!~…]*$)|谢谢(?:大家|你们)(?:这些年|一直以来)|谢谢你(?:一直)?(?:陪我|听我说|这段时间)|对不起(?:大家|所有人|爸妈|爸爸妈妈|你们)|我(?:先|该|要)?走了|(?:替我)?照顾好(?:爸妈|我妈|我爸|我的猫|我的狗|猫|狗)|用不(?:上|着|到)了|写好了(?:一封)?信|信(?:都|已经)?写好了|给(?:爸妈|家人|每个人|大家|你们)(?:都)?写了(?:一封)?信`) },
  { id: 'zh.give-away', category: 'giving-away', re: r(`(?:把|将)(?:我的)?${G}{0,4}(?:东西|猫|狗|宠物|存款|钱|所有)${G}{0,6}(?:都)?(?:送人|送给|送走|送了|分给|托付)|(?:东西|猫|狗|宠物)(?:也|都)?(?:送人|送掉|送出去|分掉|托付(?:给)?)`) },
  { id: 'zh.give-away-weak', category: 'farewell-weak', re: r(`(?:把|将)(?:我的)?${G}{0,4}(?:衣服|书|旧)${G}{0,6}(?:都)?(?:送人|送给|送了)`) },
  { id: 'zh.plan', category: 'plan', re: r(`(?:想好|选好|定好|计划好|准备好)了?${G}{0,2}(?:怎么死|怎么走|方法|方式|地点|时间|日子|哪天)|(?:日子|时间|地点|方法|方式)${G}{0,4}(?:都)?(?:定好|选好|想好|准备好)了`) },
  { id: 'zh.time', category: 'time', re: r(`(?:今晚|今天晚上|今夜|明天|马上|等下|一会儿|现在)(?:就|我就)(?:吃|吞|喝)(?:掉|了|下去)?(?=[。!?…,~]|$)|(?:今晚|今天晚上|今天|明天|今夜|马上|等下|一会儿|这周末|过几天|就在今晚)${G}{0,6}(?:就|我就|要|准备|打算|会)?${G}{0,4}(?:动手|结束|了结|走了|离开|解脱|跳|去死|自杀|做个了断|了断)`) },
  { id: 'zh.emoji-means', category: 'means-weak', re: r(`(?:药|安眠药|绳子|刀|炭)${G}{0,6}(?:买好|买到|拿到|准备好|备好)了?|(?:买好|买到|准备好)了?${G}{0,4}(?:药|绳子|刀)|💊{3,}|💊${G}{0,6}(?:全部|都|攒|够了)`) },

  // ---------- English: active ideation (high) ----------
  { id: 'en.kill-myself', category: 'ideation', subject: 'self', hyperbole: true, re: r(`\\b(?:kill|killing|killed|off|offing|offed|end|ending|ended|unalive|unaliving|unalived|hang|hanging|hanged|drown|drowning|drowned|shoot|shooting|shot|poison|poisoning|poisoned|gas|gassing|suffocate|suffocating|starve|starving)\\s+myself\\b(?!\\s+laughing)`) },
  { id: 'en.kms', category: 'ideation', subject: 'self', re: r(`\\b(?:kms|ctb|unalive|unalived|unaliving|sewer\\s?slide|sewerslided?|self\\s?delete|selfdelete)\\b|\\bcatch(?:ing)? the bus\\b(?=${G}{0,20}\\b(?:final|forever|for good|end|die)\\b)`) },
  { id: 'en.want-die', category: 'ideation', hyperbole: true, re: r(`\\b(?:want|wants|wanted|wanna|wanting|ready|trying|tried|plan|plans|planning|going|gonna|deserve|deserves)\\s+(?:to\\s+)?(?:just\\s+)?(?:die|be dead|end (?:it all|my life|things|everything|it)|commit suicide|suicide|not be alive|not live)\\b(?!\\s+(?:of|from)\\s)`) },
  { id: 'en.actually-die', category: 'ideation', hyperbole: true, re: r(`\\b(?:actually|genuinely|seriously|for real|literally just)\\s+(?:want to\\s+|wanna\\s+)?(?:die|be dead|kill myself)\\b(?!\\s+(?:of|from|laughing)\\b)`) },
  { id: 'en.jump-intent', category: 'ideation', hyperbole: true, re: r(`\\b(?:going to|gonna|want to|wanna|about to|ready to|plan to|planning to|decided to)\\s+jump\\b(?!\\s+(?:rope|for joy|in the pool|into the pool|on the bandwagon|ahead|in|right in|at|to conclusions|on a call|on|back|start|the queue|the line|ship))|\\bpicturing (?:myself )?(?:jumping|hanging|dying|dead|killing myself)\\b`) },
  { id: 'en.plan-end', category: 'ideation', re: r(`\\b(?:planning|plan|plans|thinking|thought|considering|contemplating|decided)\\s+(?:on|about|of|to)\\s+(?:ending|killing|unaliving|offing|taking|end|kill|take)\\s+(?:it|things|myself|my life|it all|everything|my own life)\\b`) },
  { id: 'en.suicidal', category: 'ideation', re: r(`\\bsuicidal\\b|\\b(?:thinking|thought|thoughts|think|considering|contemplating|think|urges?)\\s+(?:about|of)\\s+(?:suicide|killing myself|ending (?:it|my life|it all)|dying|death a lot)\\b|\\bthoughts of (?:suicide|death|dying)\\b|\\b(?:commit|committing)\\s+suicide\\b`) },
  { id: 'en.dont-want-live', category: 'ideation', hyperbole: true, re: r(`\\b(?:dont|do not|no longer|never)\\s+(?:really\\s+|even\\s+)?(?:want|wanna|wish)\\s+to\\s+(?:live|be alive|exist|be here|go on|keep living|be on this earth|be around)(?:\\s+anymore)?\\b|\\bdone (?:with|living) (?:life|living|being alive)\\b|\\bim done with (?:life|everything|it all)\\b`) },
  { id: 'en.end-life', category: 'ideation', re: r(`\\b(?:end|ending|take|taking|finish)\\s+(?:my|my own)\\s+life\\b|\\bend it all\\b|\\bend everything\\b|\\bend (?:it|things) (?:tonight|today|now|soon|for good|once and for all)\\b`) },
  { id: 'en.jump', category: 'ideation', re: r(`\\b(?:jump|jumping|leap|leaping|throw myself)\\s+(?:off|from|in front of|into)\\s+(?:a |the |this |that |my )?(?:bridge|building|roof|rooftop|cliff|train|balcony|window|tower|overpass|traffic|car|bus|river)\\b|\\bwalk into (?:traffic|the sea|the ocean)\\b`) },
  { id: 'en.od-intent', category: 'ideation', re: r(`\\b(?:take|taking|gonna take|going to take|want to take)\\s+(?:all (?:of )?my|a bottle of|the whole bottle|enough)\\s+(?:pills|meds|medication|tablets)\\b|\\b(?:overdose|od)\\s+(?:on|tonight|again)\\b|\\b(?:want|going|gonna|plan|planning) (?:to )?(?:overdose|od)\\b`) },
  { id: 'en.attempt', category: 'ideation', re: r(`\\b(?:i|ive|i have|i had)\\s+(?:already\\s+)?(?:attempted|tried)\\s+(?:suicide|to (?:kill|end|unalive|off) myself|to end my life|to end it(?: all)?|to overdose|to hang myself)\\b|\\b(?:i|ive|i have|i had)\\s+(?:already\\s+)?attempted(?=\\s*(?:$|[,.!?;]|before|twice|once|\\d+ times|years|last|when|in \\d{4}|as a|at \\d+))|\\bsuicide attempts?\\b|\\bsurvived (?:a|my|an) (?:suicide )?attempt\\b`) },
  { id: 'en.emoji-selfharm', category: 'selfharm', re: r(`(?:🔪|🩸|✂)\\s*(?:my|myself)\\b`) },
  { id: 'en.emoji-intent', category: 'ideation', re: r(`\\b(?:want|wanna|gonna|going|ready|about)\\s+(?:to\\s+)?(?:🪦|⚰|🔫|💀🔫)`) },
  { id: 'en.death-better', category: 'ideation', re: r(`\\bdeath (?:is|seems|feels like) (?:the only|my only|the best|a) (?:way out|option|answer|escape|relief)\\b|\\bonly way out is (?:death|to die|dying)\\b`) },

  // ---------- English: self-harm (high) ----------
  { id: 'en.selfharm', category: 'selfharm', re: r(`\\b(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|scratch|scratching|punish|punishing|starve|starving|hit|hitting)\\s+(?:myself|my (?:wrists?|arms?|legs?|thighs?|skin|body))\\b|\\bself[- ]?harm(?:ing|ed)?\\b|\\bself[- ]?injur(?:y|e|ing)\\b|\\burges? to (?:cut|hurt myself|self harm|sh)\\b|\\brelapsed?\\b${G}{0,20}\\b(?:cutting|self harm|sh)\\b|\\b(?:cutting|sh) again\\b|\\b(?:cut|burned|burnt|hurt|scratched|hit)\\s+(?:myself\\s+)?again\\b|\\bfresh cuts\\b|\\bblades?\\b${G}{0,15}\\b(?:wrist|arm|thigh|skin)\\b`) },

  // ---------- English: method seeking (high) ----------
  { id: 'en.method-seek', category: 'method', re: r(`\\b(?:how|ways?|best way|easiest way|quickest way|fastest way|surest way|most effective way|which method)\\b${G}{0,30}\\b(?:kill myself|die|suicide|end my life|overdose|od|unalive)\\b|\\b(?:painless|least painful|quickest|quick and painless)\\s+(?:way|method|death)\\b|\\blethal dose\\b|\\bhow many\\b${G}{0,25}\\b(?:to die|to kill me|would kill me|is lethal|are lethal|to overdose|to od|be fatal|is fatal)\\b|\\bhow (?:high|tall)\\b${G}{0,25}\\b(?:jump|fall)\\b${G}{0,15}\\b(?:die|kill|fatal)\\b`) },

  // ---------- English: passive / hopeless / burden (low) ----------
  { id: 'en.not-wake', category: 'passive', re: r(`\\b(?:dont|do not|never)\\s+want to wake up\\b|\\b(?:hope|wish|pray)\\s+i\\s+(?:dont|never|wont|do not)\\s+wake up\\b|\\b(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up\\b|\\bnot wake up (?:tomorrow|again|in the morning)\\b|\\bwouldnt mind (?:dying|not waking up|if i died|being dead)\\b|\\bsleep forever\\b`) },
  { id: 'en.wish-dead', category: 'passive', re: r(`\\bwish(?:ed)?\\s+i\\s+(?:was|were|could be|had been)\\s+(?:dead|never born|gone|not here|not alive|not born)\\b|\\bwish i could (?:die|disappear|just disappear|sleep forever|just not exist|stop existing)\\b|\\b(?:want|wanna|wish) (?:to )?(?:disappear|vanish|not exist|stop existing|cease to exist)\\b(?!\\s+(?:into|for a|from social|off the grid|in a))|\\bif i (?:died|was gone|were gone|disappeared)\\b|\\b(?:better|be better) off dead\\b|\\bdeath (?:would be|sounds like) (?:a )?(?:relief|nice|peaceful|better)\\b|\\bdont care if i (?:die|live or die)\\b|\\bwish\\s+(?:i|id|i had|i would have)\\s+(?:never been born|never existed|not been born|never woken up|died)\\b|\\btired of (?:existing|living|being alive|life|being me|waking up)\\b|\\bif i (?:got|get|was|were) (?:hit|run over|killed)\\b${G}{0,40}\\b(?:wouldnt mind|dont care|wouldnt be (?:so )?bad|be fine|relief|fine with it)\\b|\\bwouldnt (?:mind|care) if i (?:died|didnt wake up|got hit|was gone|never woke up)\\b|\\b(?:easier|better|simpler)\\s+if i (?:just\\s+)?(?:didnt|did not|wasnt|was not|werent|were not)\\s+(?:exist|here|around|alive|born)\\b|\\bfinally (?:get (?:some )?peace|be free|be at peace|rest|stop hurting)\\b`) },
  { id: 'en.hopeless', category: 'hopeless', hyperbole: true, re: r(`\\bno (?:reason|point|purpose)\\s+(?:to|in)\\s+(?:live|living|going on|being alive|keep going|life|staying alive)\\b|\\bnothing (?:left )?to live for\\b|\\bwhats the point (?:of|in) (?:living|life|anything|going on|being alive|it all)\\b|\\b(?:life|living|my life|existence)\\s+(?:is|feels|seems)\\s+(?:so\\s+)?(?:pointless|meaningless|not worth (?:it|living)|hopeless|unbearable)\\b|\\bnot worth living\\b|\\bcant (?:go on|keep going|take (?:it|this) anymore|do this anymore|keep living like this)\\b|\\b(?:i feel|im|feeling|so|completely|utterly|totally)\\s+hopeless\\b|\\bhopelessness\\b|\\b(?:give|giving|gave) up on (?:life|living|everything|myself)\\b|\\bno way out\\b|\\btired of fighting\\b|\\bno fight left\\b|\\bcant fight (?:this|it) anymore\\b|\\bwhat(?:s| is) (?:even )?the point(?: anymore| of anything)?\\s*[?.!]*\\s*$|\\bno future for me\\b|\\bdont see (?:a|any) future\\b|\\bwhy (?:am i|do i keep) (?:still )?(?:alive|living|here)\\b|\\bwhy bother living\\b`) },
  { id: 'en.burden', category: 'burden', subject: 'speaker', re: r(`\\b(?:im|i am|i feel like|feel like|i feel|being|im just|im such)\\s+(?:such\\s+|just\\s+|only\\s+)?(?:a|an|the)\\s+(?:huge\\s+|big\\s+)?(?:burden|waste of space|waste of oxygen|waste of air|drain)\\b|\\bburden (?:to|on) (?:everyone|my family|them|you|people|others|my friends)\\b|\\b(?:everyone|they|my family|people|the world|my friends|my kids|you all|everybody)\\s+(?:would|will|d)\\s+(?:all\\s+)?be\\s+better\\s+(?:off\\s+)?without me\\b|\\bbetter off without me\\b|\\b(?:relieved|happier|better) if i (?:was|were) gone\\b|(?:我|自己)(?:是|就是)?(?:个|一个)?\\s?(?:burden|drain)\\b|\\b(?:no one|nobody) would (?:care|notice|miss me|even notice)\\b${G}{0,20}|\\b(?:no one|nobody) (?:cares|would care) if i (?:died|was gone|disappeared|lived)\\b|\\b(?:better off|be better|be happier|be easier)\\b${G}{0,15}\\bif i (?:died|was gone|were gone|wasnt here|werent here|disappeared)\\b`) },

  // ---------- English: imminent ----------
  { id: 'en.means', category: 'means', re: r(`\\b(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|collected|collecting|stashed|stashing|been saving)\\s+(?:up\\s+)?(?:my\\s+|all\\s+(?:my|the)\\s+|enough\\s+|a bunch of\\s+)?(?:sleeping pills|pills|meds|medication|tablets|painkillers)\\b|\\benough (?:pills|meds|tablets)\\b${G}{0,20}\\b(?:to|for)\\b|\\b(?:pills|meds|rope|noose|blade)\\s+(?:is\\s+|are\\s+)?(?:ready|lined up|in front of me|in my hand)\\b|\\b(?:tied|made|tying|bought)\\s+(?:a|the)\\s+noose\\b|\\bnoose\\b|\\b(?:gun|knife|blade|razor|pills|rope)\\s+(?:is\\s+|are\\s+)?(?:loaded\\s+(?:and\\s+)?)?(?:next to me|in my hand|in my mouth|to my head|on my lap|counted out)\\b|\\b(?:bought|got|buying)\\s+(?:a |the |some )?(?:rope|gun|blades?|charcoal|pills|razors?)\\b[^\\n]{0,25}\\bnot (?:for|to use for)\\b`) },
  { id: 'en.means-weak', category: 'means-weak', leisure: true, re: r(`\\b(?:bought|got|have|has|found|loaded)\\s+(?:a |the |my )?(?:rope|gun|razor blades?|blades|charcoal|pills|💊)\\b|\\bgun loaded\\b|\\b(?:got|have) (?:my|the|all the) (?:pills|meds|rope|💊|blades?) (?:ready|here)\\b|💊{3,}`) },
  { id: 'en.act', category: 'act', re: r(`\\b(?:just\\s+)?(?:took|swallowed|taken|downed|ate)\\s+${EN_QUANT}\\b${G}{0,20}\\b(?:pills|tablets|meds|of my|sleeping|painkillers|tylenol|paracetamol)\\b|\\b(?:im|i am)\\s+(?:standing\\s+)?(?:on|at)\\s+(?:the\\s+)?(?:edge|ledge)\\b|\\bbleeding (?:a lot|badly|heavily|wont stop|everywhere)\\b|\\bcut (?:too|really|so) deep\\b|\\b(?:i|just) (?:overdosed|odd|oded)\\b|\\bcant stop the bleeding\\b|\\b(?:swallowed|took|taken|downed)\\s+(?:everything|all (?:of )?(?:my|the|her|his) (?:pills|meds|medication|tablets|sleeping pills|antidepressants))\\b|\\b(?:it|this|the cut|the wound|blood|they)\\s+(?:wont|will not|doesnt|does not|isnt|cant|wouldnt)\\s+stop bleeding\\b|\\bcut (?:deeper|too deep|way too deep) than (?:usual|ever|i meant|before|i wanted)\\b`) },
  { id: 'en.act-edge', category: 'act', leisure: true, re: r(`\\b(?:already|just)\\s+(?:took|swallowed|downed|drank)\\s+(?:the|a|my)?\\s*(?:whole|entire|full)\\s+(?:bottle|pack|box|packet|strip)\\b|\\b(?:lying|laying)\\s+on\\s+(?:the\\s+)?(?:tracks|railway|road)\\b|\\b(?:standing|sitting|perched|stood|sat)\\s+(?:on|at)\\s+(?:the\\s+)?(?:edge|ledge|railing)\\b|\\bclimbed (?:over )?the (?:railing|fence|barrier)\\b`) },
  { id: 'en.resolve', category: 'resolve', re: r(`\\beverything is (?:ready|set|in place|planned|arranged)\\b|\\bi(?:ve| have)? (?:made|reached) (?:my|the|a|up my) (?:decision|mind)\\b|\\bmind is made up\\b|\\bno turning back\\b|\\bthis time (?:for real|i wont (?:fail|stop|back out))\\b|\\b(?:ive |i have )?told no one\\b|\\bno one knows\\b|\\bmy plan is (?:set|ready|made|in place)\\b|\\b(?:have|got) everything (?:ready|set|planned)\\b|\\b(?:already )?(?:picked|chose|found) (?:the|a) (?:bridge|building|spot|place|tree)\\b|\\bdont (?:want to be|try to) (?:saved|found|rescued)\\b|\\bdont call (?:anyone|911|an ambulance)\\b|\\bim done\\s*[.!]*\\s*$`) },
  { id: 'en.time-weak', category: 'time-weak', re: r(`\\btonight\\b|\\btomorrow\\b|\\bthis weekend\\b|\\b(?:on|after|by|this) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|\\bsoon\\b|\\bin (?:\\d+|a few|ten|five) (?:min|mins|minutes|hours?)\\b`) },
  { id: 'en.location', category: 'location', leisure: true, re: r(`\\b(?:im|i am)\\s+(?:on|at|up on|standing on|sitting on|on top of)\\s+(?:the|a|this|my)\\s+(?:roof|rooftop|bridge|cliff|tracks|railway|train tracks|top floor|balcony railing)\\b|\\b\\d+\\s+(?:floors|stories|storeys) up\\b|(?:^|[,.!?]\\s*)(?:standing|sitting)\\s+(?:on|at)\\s+(?:the\\s+)?(?:tracks|railway|ledge|edge|roof|rooftop|bridge|cliff)\\b`) },
  { id: 'en.farewell', category: 'farewell', re: r(`\\b(?:this is|consider this)(?: my)? (?:goodbye|farewell)\\b|\\bgoodbye (?:world|forever|cruel world)\\b|\\bfinal (?:goodbye|message|post|words)\\b|\\bmy last (?:message|post|words|goodbye|day|night on earth)\\b|\\bsuicide (?:note|letter)\\b|\\b(?:left|leaving)\\s+(?:a\\s+)?(?:note|letter|letters|notes)\\s+(?:for|to)\\s+(?:my (?:mom|mum|dad|parents|family|kids|children|wife|husband|partner|sister|brother)|everyone)\\b|\\b(?:wrote|written|writing|left)\\s+(?:a |my )?(?:goodbye|farewell)\\s+(?:note|letter|message)s?\\b|\\bwont be (?:here|around|alive) (?:tomorrow|much longer|by tomorrow|next week)\\b|\\bby the time (?:you|anyone|someone) (?:read|reads|see|sees|find|finds) this\\b|\\bsee you (?:all )?(?:on the other side|in another life|in the next life)\\b|\\btake care of (?:my (?:cat|dog|kids|family|mom|pets?))\\s+(?:for me\\s+)?when im gone\\b|\\bsaying my goodbyes\\b|\\bsay goodbye to (?:everyone|my family|you all) (?:before|one last)\\b`) },
  { id: 'en.farewell-weak', category: 'farewell-weak', re: r(`\\b(?:wrote|written|writing|left)\\s+(?:a|my)\\s+(?:note|letter|will)\\b|\\b(?:wrote|written|left|writing)\\s+(?:a\\s+)?(?:note|letter|letters|notes)\\s+(?:for|to)\\s+(?:my|everyone|each|all)\\b|\\bwhen im gone\\b|\\bgoodbye(?: (?:all|guys|everyone))?\\s*[.!]*\\s*$|\\bgoodbye (?:all|guys|everyone)\\b|\\bthanks? (?:you )?for everything\\b|\\b(?:wanted|want) to say (?:bye|goodbye)\\b|\\bim sorry\\s*[.!]*\\s*$|\\b(?:wont|will not|dont) need (?:it|them|this|these|any of (?:it|this|them)|my \\w+|anything) (?:after|anymore|where im going)\\b|\\bi love you all\\b${G}{0,10}\\b(?:goodbye|bye|sorry)\\b|\\bsorry for everything\\b`) },
  { id: 'en.give-away', category: 'giving-away', re: r(`\\b(?:giving|gave|give|given)\\s+(?:away|out)\\s+(?:all\\s+)?(?:of\\s+)?(?:my|all my)\\s+(?:stuff|things|belongings|possessions|pets?|cat|dog|clothes|books)\\b|\\b(?:giving|gave|give)\\s+(?:my|all my)\\s+(?:stuff|things|belongings|possessions|cat|dog|pets?)\\s+(?:away|to)\\b|\\bgiving (?:things|stuff|everything) away\\b|\\bfound (?:a )?(?:new )?homes? for my (?:cat|dog|pets?)\\b`) },
  { id: 'en.plan', category: 'plan', re: r(`\\b(?:i have|ive got|i made|made|i have made)\\s+a plan\\b${G}{0,30}|\\b(?:picked|chose|set|decided on)\\s+(?:a|the)\\s+(?:date|day|method|place|time)\\b|\\bplanned (?:it|everything) out\\b|\\bknow (?:how|when) (?:im going to|ill) do it\\b`) },
  { id: 'en.time', category: 'time', re: r(`\\btonights? (?:is |s )?the night\\b|\\bis the (?:night|day)\\b(?!\\s+(?:before|after|of|when|that|we|i|you))|\\btoday is the day\\b|\\b(?:doing|do|ending|end|finish|finishing) (?:it|this|things|everything) (?:tonight|today|tomorrow|this weekend|soon|now)\\b|\\b(?:tonight|today|tomorrow)\\s+(?:im|i am|ill|i will)\\s+(?:going to|gonna)?\\s*(?:do it|end it|go through with it|finally do it)\\b|\\bgo(?:ing)? through with it\\b|\\bit ends (?:tonight|today|now)\\b`) },
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
  { id: 'means+when', all: [['means-weak', 'location'], ['time', 'farewell-weak', 'resolve']], level: 'imminent' },
  { id: 'place+when', all: [['location'], ['time-weak']], level: 'high' },
  // A possible goodbye or means together with giving things away.
  { id: 'goodbye+giving', all: [['farewell-weak', 'means-weak', 'time', 'location'], ['giving-away']], level: 'imminent' },
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
