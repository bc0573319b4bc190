/**
 * Questions the assistant (or a counsellor in an imported conversation) asks about risk, and the short
 * answers that disclose it. A bare "yes" only means something next to the question it answers: "yes"
 * after "are you thinking of killing yourself?" is a disclosure of ideation; after "did you sleep ok?"
 * it is nothing. Over NORMALISED text (lower case, simplified Chinese). Written for CareLLM 2026-11-29,
 * following the C-SSRS screener's order (wish to die, thoughts, method, intent, plan) and the safety
 * question of our own crisis message (src/safety/data/crisis-protocol.json).
 */
import { LEISURE } from './crisis-modifiers.ts';

/**
 * Asks about a plan, a method, a time or the means at hand for hurting oneself: a "yes" to it is
 * imminent risk.
 */
export const PLAN_QUESTION =
  /(?:\bplann(?:ing|ed) (?:to|on) (?:hurt|harm|kill|end|act on)|(?:have|got) (?:the |any )?(?:pills|tablets|means|rope|knife|blade|gun|something) (?:with you|near you|nearby|at hand|around|you could use)|(?:something|anything) (?:near|around|close to|with) you (?:that )?you could use|(?:有没有|是否|有)(?:在)?(?:计划|打算|准备)(?:马上|今天|今晚|近期|很快)?(?:伤害|结束|自杀|去死)|(?:有没有|有)(?:伤害|结束|了结|自杀|去死|轻生)[^?？,，。]{0,8}?的(?:打算|计划|准备)|(?:身边|手边|手上|附近|家里)(?:有没有|有)(?:可以|能)?(?:用来)?(?:伤害|结束)(?:自己)?的?(?:东西|药|工具))[^?？]{0,60}[?？]/u;

/**
 * The same asks in words that only mean a plan to die in a conversation about it ("do you have a
 * plan?", "have you thought about how you'd do it?", "你有具体的计划吗？", "什么时候？").
 */
export const PLAN_QUESTION_IN_CONTEXT =
  /(?:(?:do|have|did) you (?:have|got|made|make|worked out|figured out|thought about|thought of) (?:a |any |an )?(?:specific |concrete |actual |real )?(?:plan|plans|way|method)\s*[?？]|how (?:you(?:d| would| might)|to) do (?:it|that)\s*[?？]|when (?:are|were) you (?:planning|thinking of|going) (?:to )?(?:do (?:it|that))?\s*[?？]|is it (?:tonight|today|soon)\s*[?？]|(?:decided|picked|chosen) (?:a |the )?(?:date|day|time|when)|(?:有没有|有无|是否)?(?:具体(?:的)?)(?:计划|打算|方法|时间)|(?:有没有|是否)?(?:想好|计划好|打算好|准备好)了?(?:要)?(?:怎么做|用什么|什么时候|哪天|时间)|(?:药|工具|东西)(?:准备好|买好|在身边)了?(?:吗|么|没)|什么时候(?:做|动手|行动)|是(?:今天|今晚|这几天)吗)[^?？]{0,40}[?？]?/u;

/** Words about suicide or self-harm anywhere in the assistant's message: the topic of the talk. */
export const RISK_TOPIC =
  /自杀|轻生|寻短见|自残|自伤|结束(?:自己的?)?生命|伤害自己|不想活|活不下去|想死|死的念头|kill(?:ing)? (?:yourself|themselves)|suicid|end(?:ing)? (?:(?:your|their) (?:own )?life|it all|things|everything)|tak(?:e|ing) (?:your|their) (?:own )?life|hurt(?:ing)? (?:yourself|themselves)|harm(?:ing)? (?:yourself|themselves)|self[- ]?harm|thoughts? (?:of|about) (?:death|dying|ending|not (?:wanting to|being) (?:live|alive|here))|wanting to die|wish(?:ed)? (?:you were|you could be) dead|better off dead|\bus(?:e|ing) (?:it|them|that|the \w+|a \w+|your \w+) on yourself/u;

/** "Are you safe right now?" asked on its own (the last question in the message). */
export const SAFETY_QUESTION =
  /(?:are you (?:safe|somewhere safe|in a safe place|okay to stay safe)(?: right now| at the moment| tonight| now)?|can you (?:keep|stay) (?:yourself )?safe(?: tonight| right now| for now)?|你(?:现在|此刻|目前)?(?:是)?(?:安全|在安全的地方)(?:吗|么|嘛)|你(?:现在|此刻)?(?:能|可以)(?:保证|保持)(?:自己)?(?:的)?安全(?:吗|么))\s*[?？]\s*$/u;

/** A short answer that says not safe, or cannot say so ("no", "not really", "不安全", "不知道"). */
export const UNSAFE_ANSWER =
  /^(?:no|nope|nah|not really|not (?:at all|sure|right now|tonight|really safe|safe)|idk|i dont know|dont think so|i dont think so|i cant|i wont|probably not|no im not|im not|not exactly|kinda not|不|不是|不安全|不太安全|不太|不算|不知道|说不准|不一定|没有|不能|做不到|保证不了|不敢保证|可能不)(?:[\s,.!。，！…]|$)/u;

/** The person says they are safe: no escalation from a "yes" that only answers "are you safe?". */
export const SAFE_CLAIM =
  /\b(?:i(?:m| am) (?:safe|okay|ok|fine|alright)|im safe|safe now|staying safe|i will stay safe)\b|我(?:现在|目前)?(?:是|很|挺|还)?安全|(?:没事|没问题)(?:的)?(?:[\s,.!。，！…]|$)/u;

/** Asks about suicidal thoughts or self-harm (C-SSRS 1–2, PHQ-9 item 9, our own check-in). */
export const RISK_QUESTION = new RegExp(`(?:${RISK_TOPIC.source})[^?？]{0,60}[?？]`, 'u');

/** Short ways to say yes (the answer opens with one). */
export const AFFIRMATION =
  /^(?:yes|yeah|yep|yea|yup|i have|i do|sometimes|often|maybe|kind of|kinda|a little|a bit|sort of|i think so|all the time|every day|有|有过|有的|是|是的|想过|嗯+|对|对的|会|偶尔|经常|有时候|有一点|一直都有|每天都)(?:[\s,.!。，！…]|$)/u;

/** A hedge before the answer ("honestly yes", "说实话有"): read what follows it. */
export const ANSWER_HEDGE =
  /^(?:honestly|tbh|ngl|not gonna lie|if im honest|to be honest|i wont lie|老实说|说实话|其实|讲真|不瞒你说|实话跟你说|实话说|坦白说)[\s,.!。，！…]*/u;

/** "I guess not", "probably not", "honestly no": a hedge that ends in no. */
export const HEDGED_NO = /^(?:(?:i guess|probably|maybe|i think|prob) not|no|not|never|nope|nah)\b/u;

/** More ways to say yes to a question about suicide, beyond the short words in AFFIRMATION. */
export const AFFIRMATION_MORE =
  /^(?:ya|yah|ye|yh|yes+|yeah+|i guess|i guess so|probably|lately yes|a lot|more than (?:i(?:d| would) like|ever)|constantly|every night|most days|有想过|想过几次|有时候会|有时会|确实有|确实|可能有|可能吧|也许|算是吧|算是|是吧|有吧|有啊|是啊|对啊|嗯嗯|有点|有一些|一直都|天天都|经常想|每天都想)(?:[\s,.!。，！…]|$)|^(?:天天想|每天想|天天在想|每天都在想|一直在想|一直想)/u;

/**
 * A Chinese yes run into what follows once spaces between CJK characters are dropped ("有 最近每天都有"
 * → "有最近每天都有", "会 经常", "有 就今晚"; session 19: "有 这几周一直在想", "有 挺认真想的"): the yes word, then how often
 * or when; or a "嗯"/"对" run into the yes itself ("嗯 有" → "嗯有", "对 想过", "嗯 天天在想"); a "嗯" run into what it
 * says ("嗯 免责期刚过"), not into thanks, a pause, a hedge or a question back ("嗯 谢谢你", "嗯 我也不知道", "嗯 你说呢").
 */
export const AFFIRMATION_ZH_RUN =
  /^(?:嗯+(?=[^\s不没别嗯…。.,，!！?？~]{2})(?!谢|我也|我不|还好|还行|你说|你呢|你觉得|好的|好吧|算了|随便|也许|可能|大概|一般|没事|哈|呵|嘿|等等|让我想|怎么说)|(?:嗯+|对|是的|是啊|对的|对啊)(?=有|会|想过|是|确实|经常|偶尔|有时|天天|每天|一直|老是|总是|挺|真的|认真|最近|这几|这段|这阵|就今|今晚|今天|明天)|(?:有|会|是|想过|有过|有的)(?=想过|想了|想到|想怎么|最近|经常|每天|天天|一直|有时|偶尔|老是|总是|常常|好几|很多次|不少|就今|就这|就明|今晚|今天|明天|这周|周末|这几|这段|这阵|这些|挺|真的|认真))/u;

/**
 * A frequency scale offered with the question (PHQ-9 item 9 asked in the chat: "0 not at all … 3 nearly
 * every day", "完全没有 / 有几天 / 一半以上的天数 / 几乎每天"). Answer options from the PHQ-9 (Kroenke,
 * Spitzer & Williams 2001; Chinese wording as in references.md section 5).
 */
export const SCALE_QUESTION =
  /several days|more than half (?:the|of the) days|nearly every day|not at all[^?？]{0,40}\b[1-3]\b|有几天|好几天|一半以上|超过一半|几乎每天|完全没有[^?？]{0,20}[1-3]|\b0\s*(?:[=:：-]|\(|（)?\s*(?:not at all|never|完全没有|从不|没有)/u;

/** A non-zero answer on that scale: an option number 1–3 or its words ("nearly every day", "我选2", "一半以上"). */
export const SCALE_ANSWER =
  /^(?:(?:i(?:d| would)? (?:say|pick|choose|chose|picked|go with)|option|answer|我选了?|选了?|我的答案是|答案是)?\s*[1-3](?:分|\s*(?:[-–—=:：]|\()?\s*(?:several days|more than half|nearly every day|有几天|一半以上|几乎每天))?|several days|a few days|some days|more than half(?: (?:the|of the) days)?|half the time|nearly every day|almost every day|most days|(?:有)?几天|好几天|有些天|一半以上(?:的天数|的日子)?|超过一半(?:的天数|的时间)?|几乎每天|差不多每天|基本每天)[吧啊呀呢]?(?:[\s,.!。，！…)）]|$)/u;

/**
 * Round 23: asks when ("你打算什么时候？", "is it this weekend?", "what time?"): in a talk about risk a time
 * named in reply is a plan with a time.
 */
export const WHEN_QUESTION =
  /什么时候|哪天|几点|哪一天|打算(?:在)?(?:今天|今晚|明天|这周|周末)|\bwhen\b|\bwhat (?:day|time)\b|\b(?:this|next) (?:weekend|week)\s*[?？]|\b(?:tonight|today|tomorrow)\s*[?？]/u;

/** A when-question about something everyday (a doctor's visit, a call, sleep): its time is no plan. */
export const EVERYDAY_WHEN =
  /看医生|去医院|复诊|咨询|预约|打电话|联系|回家|睡|吃饭|上班|上课|考试|见面|出门|聊|\b(?:doctor|therapist|counsell?or|gp|appointment|call|sleep|eat|work|school|class|talk|meet|home)\b/u;

/** A short reply that is a time: "今晚", "周三晚上", "saturday", "after my shift", "天亮之前". */
export const TIME_ANSWER =
  /^(?:就|应该|可能|大概|估计|probably|prob|maybe|i think|just)?\s?(?:今晚|今天|明天|明晚|后天|大后天|这周末?|下(?:周|个?星期|个?礼拜)[一二三四五六日天末]?|周[一二三四五六日末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|马上|现在|等会儿?|一会儿?|待会儿?|天亮(?:之)?前|半夜|凌晨|午夜|深夜|晚上|今夜|过几天|月底|生日(?:那天)?|[0-9一二三四五六七八九十两]+点|tonight|today|tomorrow|now|right now|soon|later|this weekend|next week|the weekend|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|midnight|after (?:my|the|everyone\w*|everybody\w*|they|work|school|dark|class)\b|before (?:dawn|morning|sunrise|they)|once (?:everyone\w*|everybody\w*|they|she|he)\b|at \d{1,2}\b)(?:晚上|早上|夜里|半夜|凌晨|下午|中午|那天)?(?:[\s,.!。，！…]|$)/u;

/**
 * Asks whether or how much the person has already taken ("你吃了多少？是刚才吃的吗？", "did you take something?"):
 * an amount, a recent time or a yes in reply is an overdose in progress. Self-harm asked about ("have you hurt
 * yourself recently?") is read by RISK_QUESTION: a yes there is a disclosure (high), not an act in progress.
 */
export const ACT_QUESTION =
  /(?:吃|吞|喝|服)了(?:多少|什么|几|吗)|(?:已经|是不是|是否)(?:吃|吞|喝|服)(?:了|过)|(?:刚才|什么时候)(?:吃|吞|喝)的|\b(?:did|have) you (?:already |just )?(?:take|taken|swallow\w*|drink|drunk|drank)\b|\bhow (?:many|much) (?:did|have) you (?:take|taken|swallow\w*|drink|drunk|drank)\b|\bwhat did you (?:take|swallow|drink)\b/u;

/** A reply naming an amount or that it was just now: "半瓶 十分钟前", "一瓶盖", "all of them", "like 20, an hour ago". */
export const ACT_ANSWER =
  /^(?:嗯+|对|是的?|yes|yeah|yep)?[\s,，]?(?:已经|刚刚|刚才|刚|都|全)?(?:吃了|喝了|吞了|割了|划了)?\s?(?:(?:大|小)?[0-9一二三四五六七八九十两几半整]+\s?(?:片|颗|粒|瓶|板|盒|盖|瓶盖|口|杯|刀|道|次|个|分钟前|小时前)|半(?:瓶|板|盒)|一整?(?:瓶|板|盒)|全部|都吃了|全吃了|刚刚|刚才|刚喝|刚吃|已经吃了|已经喝了|\b(?:all of them|the whole (?:bottle|box|pack|packet|strip)|half (?:the|a) (?:bottle|box)|(?:like |about |around )?\d+(?: pills| tablets| of them)?|just now|a few minutes ago|\d+ (?:min|mins|minutes|hours?) ago|an hour ago)\b)/u;

/**
 * Session 15: an everyday reason for being at the place, given with it ("在公司天台抽烟想方案呢", "on the roof fixing
 * the aerial"): no emergency.
 */
export const PLACE_EVERYDAY_ANSWER = new RegExp(
  `${LEISURE.source}|抽烟|抽根烟|打电话|透气|想方案|加班|上班|开会|工作|晾|收衣服|\\b(?:smok\\w*|vap\\w*|on (?:my|a) (?:break|call|lunch)|at work|working|fixing|repair\\w*)\\b`,
  'u',
);

/**
 * Session 15: an act told as already done, in reply to a question about hurting oneself ("你有没有想过伤害自己？" →
 * "嗯 已经吃了 半小时前", "have you thought about hurting yourself?" → "already did. took them an hour ago"): more than a
 * yes to the thoughts, an act in progress.
 */
export const ACT_DONE_ANSWER =
  /^(?:嗯+|对|是的?|有|yes|yeah|yep|ya)?[\s,，.]*(?:我)?(?:已经|刚刚|刚才|刚)(?:吃了|喝了|吞了|割了|划了|做了|动手了|跳了)|^(?:yes|yeah|yep|ya)?[\s,.]*(?:i )?(?:already|just) (?:took|did|cut|swallowed|drank|done|have|did it)\b/u;

/**
 * Session 15: the thing swallowed named right after the amount, and it is food or a small everyday object
 * ("吞了多少？" → "一颗枣核…卡喉咙了", "a whole bottle of water"): no overdose. Medicines, alcohol and poisons
 * are not listed, so "一瓶安眠药" and "半瓶白酒" still read as an act.
 */
export const EVERYDAY_SWALLOWED =
  /^\s?(?:的)?(?:晚饭|午饭|早饭|早餐|午餐|晚餐|夜宵|宵夜|外卖|饭了|枣核|果核|桃核|核|鱼刺|骨头|鸡骨头?|刺|糖|口香糖|泡泡糖|硬糖|糖果|果冻|硬币|纽扣|扣子|珠子|牙|饭|米饭|面|面条|粥|菜|水果|葡萄|樱桃|枣|瓜子|花生|饺子|包子|馒头|汤圆|蛋|鸡蛋|肉|鱼|虾|牛奶|奶|酸奶|茶|奶茶|咖啡|可乐|雪碧|水|温水|开水|矿泉水|饮料|果汁|汽水|冰|零食|饼干|巧克力|薯片|蛋糕|面包|维生素|维c|vc|钙片|鱼油|益生菌|蓝莓|草莓|西瓜|苹果|橘子|香蕉|冰淇淋|雪糕|汤|药膳)|^\s?(?:of )?(?:water|coffee|tea|juice|soda|coke|pop|milk|smoothie|gum|candy|candies|sweets|mints?|skittles|m&ms|gummies|gummy bears|chips|crisps|cookies|biscuits|pizza|grapes|cherr(?:y|ies)|cherry pits?|seeds?|fish ?bones?|bones?|coins?|buttons?|vitamins?|multivitamins?|fish oil|probiotics?|tic tacs?)\b/u;

/**
 * Numbered options offered in the assistant's message ("用数字告诉我：1 只是很难过，2 想过伤害自己，3 已经准备好要做了"):
 * the text after the number picked, up to the next option. `$1` is the number, `$2` the option's words.
 */
export const NUMBERED_OPTION = /(?:^|[\s,，;；:：。(（])([1-5])\s?(?:[.)）:：、=-]|是|代表)?\s?([^0-9,，;；。?？\n]{2,40})/gu;

/** A reply that only picks an option: "3", "选3", "3吧", "i'd say 2". */
export const OPTION_PICK =
  /^(?:i(?:d| would)? say |i pick |option |number |我选|选|是)?\s?([1-5])\s?(?:吧|啊|呢|号|分|了)?[\s.!。！…]*$/u;

/** An option that tells a plan or readiness; one that tells thoughts of harm reads high. */
export const PLAN_OPTION =
  /准备好|计划|打算|已经|做了|决定|就要|马上|ready|plan|going to|decided|about to|already|tonight/u;

/**
 * Round 23b: C-SSRS question 1, the wish to be dead or to sleep and not wake up ("你会不会希望自己一觉睡过去不再醒来？",
 * "do you ever wish you could fall asleep and never wake up?"): a yes is a passive death wish (low), not ideation.
 */
export const PASSIVE_WISH_QUESTION =
  /(?:(?:睡着|睡过去|一觉睡|一睡)(?:了)?(?:就|再也|以后)?(?:不|没)(?:再)?(?:醒|起来)|(?:不用|不要|不想)(?:再)?醒(?:来|过来)|(?:希望|想)(?:自己)?(?:消失|不存在|没出生|没被生下来)|\b(?:go to sleep|fall asleep|sleep) and (?:not|never) wake up|\bwish(?:ed)? (?:you )?(?:could )?(?:just )?(?:disappear|not exist|weren'?t (?:here|around|alive)|had never been born))[^?？]{0,40}[?？]/u;

/** Round 23b: how often, as a yes ("a few times", "once or twice", "好几次吧"). */
export const AFFIRMATION_FREQUENCY =
  /^(?:a few times|a couple (?:of )?times|once or twice|more than once|several times|a few|few times|many times|too many times|有几次|好几次|几次|一两次|有过几次|不止一次)(?:吧|了|啊)?(?:[\s,.!。，！…]|$|(?=yeah|yes|有|吧))/u;

/**
 * Round 23b: a time word opening the yes ("最近会 越来越…", "这几天有") once spaces are dropped; "最近有点累",
 * "最近会好一些", "最近有在吃药" are not a yes.
 */
export const AFFIRMATION_ZH_WHEN =
  /^(?:最近|这几天|这段时间|近来|这阵子|这些天)(?:会|有过|有|想过|确实|经常|总是|老是)(?!点|些好|好|少|不|所|在|事|空)/u;

/**
 * Round 23b: the person says they are already at the place or already started ("嗯 已经在了", "人已经到江边了",
 * "already here", "i'm there now"): after a question about hurting oneself, an act under way.
 */
export const ALREADY_THERE_ANSWER =
  /^(?:嗯+|对|是的?|yes|yeah|yep|yh|ya)?[\s,，.]*(?:我|人)?(?:已经|现在就?)(?:在|到|站在|坐在)(?:了|这|那|这里|那里|这儿|那儿|[^\s,，。]{1,6}(?:了|边|上|里))|^(?:yes|yeah|yep|yh|ya)?[\s,.]*(?:i'?m|im|i am)? ?(?:already (?:here|there)|(?:here|there) (?:already|now|rn))\b/u;

/**
 * Round 23b: asks whether what was taken was more than usual ("是平时的量，还是比平时多？", "more than you're
 * prescribed?"): an amount in packs, bottles or dozens in reply is an overdose.
 */
export const EXCESS_QUESTION =
  /比平时多|比平常多|超过(?:了)?(?:医生|说明书)?(?:规定|建议|开)?的?(?:量|剂量)|多吃了|过量|more than (?:usual|normal|prescribed|you(?:'re| are) (?:supposed|meant|prescribed)|the (?:dose|label))|extra (?:pills|tablets|doses?)|overdos/u;

/** An amount no one takes as a dose: packs, bottles, "all of them", a count of ten or more. */
export const BULK_AMOUNT =
  /[0-9一二三四五六七八九十两几半整]+\s?(?:板|瓶|盒)|半(?:瓶|板|盒)|一整|全部|都吃了|全吃了|[二三四五六七八九]十|十几|几十|\b(?:all of them|the whole|half (?:the|a) (?:bottle|box|pack|packet)|(?:like |about |around )?[1-9]\d+\b)/u;

/** The assistant urges emergency help ("请马上打120", "call poison control"): what it asked about is an emergency. */
export const EMERGENCY_URGE =
  /打120|拨打120|叫救护车|急救|催吐|去急诊|\bcall (?:911|999|112|000|an ambulance|poison control|emergency)|\bpoison control\b|\bgo to (?:the )?(?:er|a&e|emergency)\b/u;

/**
 * Round 23b: an either/or question with an option about ending one's life ("are these thoughts about wanting to
 * die, or about taking your life?", "是想死的念头，还是想结束生命？") answered by the active option.
 */
export const EITHER_OR = /\bor\b|还是|或者/u;
export const ACTIVE_OPTION_ECHO =
  /^(?:(?:more |probably |i think |honestly )?(?:ending (?:it|my life|things|everything)|killing myself|taking my (?:own )?life|(?:the )?(?:second|latter|last)(?: one)?|both)(?:[\s,.!…]|$)|(?:应该|可能|其实)?(?:是)?(?:后者|后面(?:那|这)?(?:个|种)|第二(?:个|种)|两(?:个|种)都(?:有|是)|都有(?!点|些)|主动(?:结束|的)|结束(?:自己的?)?生命|自杀))/u;

/**
 * Round 23b: a plan question answered by a time, with or without a yes in front ("嗯 下周三 在她家楼下",
 * "yeah, saturday"): spaces between CJK characters are gone, so the Chinese time runs into what follows; "今天还好",
 * "明天再说" are no time for a plan.
 */
export const PLAN_TIME_ANSWER =
  /^(?:嗯+|对|是的?|有|yes|yeah|yep|yh|ya)?[\s,，.]*(?:就|应该|可能|大概|估计|打算|准备)?(?:(?:今晚|今天|明天|明晚|后天|这周末?|下(?:周|个?星期|个?礼拜)[一二三四五六日天末]?|周[一二三四五六日末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|月底|生日那天|[0-9一二三四五六七八九十两]+号)(?!还好|再说|不|没|好多|挺好)|(?:tonight|today|tomorrow|this weekend|next week|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b)/u;

/**
 * Round 23c: the assistant says it is worried and asks where the person is ("我真的很担心你。你现在在哪里？",
 * "I'm scared for you. Where are you right now?"): its worry says the talk is about risk.
 */
export const WHERE_QUESTION =
  /你(?:现在|此刻|这会儿?|人)?(?:是)?在(?:哪|什么地方)|\bwhere (?:are you|r u|are u|exactly are you)(?: right now| now| at the moment| rn)?\s*[?？]/u;
export const WORRY_SAID =
  /担心你|为你担心|\b(?:i'?m|i am|im) (?:really |so |very |genuinely |a bit |quite )?(?:worried|scared|concerned|frightened) (?:about|for) you\b/u;

/**
 * Round 23c: a short reply naming a high place, water or tracks ("河边", "在大桥上", "roof of my building", "up here
 * already, top floor of the car park"): read only next to a where-question in a talk about risk.
 */
export const DANGER_PLACE_ANSWER =
  /^(?:嗯+|对|是的?|yes|yeah|yep|yh|ya)?[\s,，.]*(?:我|人)?(?:已经|现在)?(?:就)?(?:在|到了?|站在|坐在)?[^\s,，。?？]{0,6}?(?:江边|河边|海边|湖边|桥上|大桥|楼顶|天台|顶楼|铁轨|铁道|悬崖|崖边|水库|高架|站台边)|\b(?:roof|rooftop|bridge|overpass|cliff|(?:train |railway )?tracks|top floor|top of (?:the|a|my)|parking (?:garage|structure|deck)|car park|ledge|up here)\b/u;

/**
 * Round 23c: asks about a plan or a time together ("do you have a plan or a time in mind?", "你心里有计划或者时间吗？"):
 * in a talk about risk a time named in reply is a plan with a time.
 */
export const PLAN_OR_TIME_QUESTION =
  /\b(?:have|got) (?:a |any )?(?:plan|time|date|day)s? (?:or (?:a |any )?(?:plan|time|date|day|place) )?in mind\b|\bplan or (?:a |any )?(?:time|date|day)\b|(?:计划|打算)(?:或者|或|还是|和)(?:时间|日子|地点)|(?:时间|日子)(?:或者|或|还是|和)(?:计划|打算)|心里有(?:没有)?(?:计划|时间|日子)/u;

/**
 * Round 23c: asks what the person means to do with something they have ("what are you thinking of doing with it?",
 * "你打算拿这些药做什么？"): taking all of it in reply is an overdose planned.
 */
export const INTENT_WITH_QUESTION =
  /\bwhat (?:are you|were you|you'?re|you are|you were) (?:thinking of|thinking about|planning (?:on|to)|going to|gonna|wanting to|hoping to) (?:do|doing) with (?:it|them|that|those|these|the \w+)|你(?:想|打算|准备|要)(?:拿|用)(?:它|它们|这些|那些|这|那)[^?？,，。]{0,6}(?:做|干)(?:什么|啥)/u;
export const TAKE_ALL_ANSWER =
  /^(?:嗯+|对|yes|yeah|yh|ya)?[\s,，.]*(?:(?:i'?m |im |i am )?(?:going to |gonna |planning to |planning on |thinking of |just )?(?:take|taking|swallow\w*)\s(?:all|every (?:one|pill|last)|the (?:whole|rest|lot))\b(?! (?:of (?:it|them) )?(?:back|to (?:the|a) (?:pharmacy|chemist|doctor)))|(?:打算|准备|想)?(?:全部|全都|一次性?|一口气)(?:都|全)?(?:吃|吞)(?:掉|了|下去)?)/u;

/**
 * Round 23c: the means said to be ready or in hand, answering a question about using it on oneself ("it's loaded,
 * it's in my lap", "刀就在我手上"): an act at hand.
 */
export const MEANS_READY_ANSWER =
  /^(?:yes|yeah|yep|yh|ya|嗯+|对)?[\s,，.]*(?:(?:it'?s|its|it is|the (?:gun|rifle|pistol|knife|blade|rope|pills?)(?:'s| is)|gun'?s|rifle'?s) (?:loaded|ready|in my (?:hand|lap)|right (?:here|next to me|beside me))|(?:i'?m|im|i am) (?:sitting|holding|lying|standing) (?:here )?with it\b|(?:枪|刀|药|绳子|刀片)?(?:已经)?(?:上膛|装好子弹)了?|(?:枪|刀|药|绳子|刀片)(?:就|已经)?在(?:我)?(?:手上|手里|手边|腿上|身边))/u;

/**
 * Round 23c: the assistant asks what a vague word means ("what do you mean by relapsed?", "你说的又犯了是指什么？")
 * and the reply names self-harm ("cutting. twice this week", "割 昨天又割了").
 */
export const RELAPSE_CLARIFY_QUESTION =
  /\b(?:what (?:do |did )?you mean by|tell me (?:more )?(?:about|what you mean by))[^?？]{0,30}(?:relaps|slipp?(?:ed|ing)? up|slipped|did it again|fell off)|(?:又犯了|复发|没忍住|破戒|又开始了|又那样了)[^?？]{0,10}(?:是指|指的是|什么意思|是说)/u;
export const SELF_HARM_NAME_ANSWER =
  /^(?:(?:started |back to |been )?(?:cutting|burning)(?: myself)?(?: again)?|self[- ]?harm(?:ing)?|(?:又)?(?:割|划)(?:手|腕|自己|了)?|(?:又)?自残)(?:[\s,.!。，！…]|$|(?=昨|今|前|这))/u;

/**
 * Session 19: asks whether a question or story told of someone else, or as a hypothesis, is the writer's own ("Is this
 * about you?", "这是在说你自己吗？").
 */
export const ABOUT_WRITER_QUESTION =
  /(?:\bis (?:this|that|it|the question) (?:about|for) you(?:rself)?\b|\bare you (?:asking|talking) (?:about|for) yourself\b|\bare you (?:the friend|that friend|that person|the someone)\b|\bis (?:the|your|this) friend (?:actually )?you\b|\bdo you mean (?:yourself|you)\b|\bis (?:this|that) (?:something )?(?:youre|you are) (?:going through|feeling|thinking about)\b|(?:是|在)(?:说|问|讲)(?:你)?自己|是你自己(?:吗|么|嘛)|说的是你(?:自己)?(?:吗|么)|(?:那个|这个)?朋友(?:是不是|就是|其实是)你|是不是你自己|是你(?:自己)?的(?:想法|情况|事)(?:吗|么)|你(?:自己)?(?:也)?(?:有|在想)(?:这样|这种|类似|同样)的(?:想法|念头|感受)|\b(?:do|are|have) you (?:yourself )?(?:have|having|had|feel|feeling|felt) (?:these|those|this|that|such|similar) (?:thoughts|feelings|way)\b)[^?？]{0,30}[?？]/u;

/** Session 19: an answer that owns it ("yeah. obviously", "it's me", "there's no friend", "就是我", "其实是我自己"). */
export const OWNS_IT =
  /^(?:(?:yes|yeah|yep|yea|ya|ye|yh|yup|mhm|kinda|kind of|i guess|maybe|obviously|honestly|tbh|嗯+|是|是的|对|对的|对啊|是啊|嗯嗯)(?:[\s,.!。，！…]|$)|(?:(?:嗯+|对|是的|yeah|yes)[\s,.!。，！…]*)?(?:(?:its|it is|thats|that is) (?:me|about me|for me|mine)\b|(?:me|myself)(?:[\s,.!]|$)|there(?:s| is| isnt| is not) (?:no|any) friend|(?:其实)?(?:就)?是我(?:自己)?|说的就是我|我自己|没有(?:什么|这个)?朋友))/u;

/** …unless it names someone else or says no ("no, my sister", "不是我，是我室友"). */
export const NOT_OWNED =
  /^(?:no|nope|nah|not)\b|\b(?:not me|not about me|not mine|my (?:friend|mate|sister|brother|mum|mom|dad|cousin|roommate|flatmate|partner|bf|gf|boyfriend|girlfriend|son|daughter|kid|child|student|patient|client|husband|wife|coworker|co-worker|colleague|neighbou?r|boss|nan|gran|grandma|grandad|grandpa|aunt|uncle|niece|nephew))\b|不是我|^不是|^没有(?!(?:什么|这个)?朋友)|(?:我|帮)(?:朋友|同学|室友|闺蜜|同事|老公|老婆|男朋友|女朋友|男友|女友|对象|邻居|学生|孩子|儿子|女儿|表|堂|姐|妹|哥|弟|妈|爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|舅|姨|叔|姑|领导|老板|老师)/u;

/** The assistant's last turn asked after safety, said it was worried, or declined (session 23, the re-ask). */
export const HELD_BACK =
  /安全吗|安全么|担心|不能(?:提供|告诉|回答)|无法(?:提供|告诉|回答)|热线|\b(?:are you safe|worried|concerned|cant help with|can't help with|cannot help with|wont be able to|not able to (?:help|share|give)|crisis line|hotline|988|samaritans)\b/u;
