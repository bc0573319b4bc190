/**
 * Questions the assistant (or a counsellor in an imported conversation) asks about risk, and the short
 * answers that disclose it. A bare "yes" only means something next to the question it answers: "yes"
 * after "are you thinking of killing yourself?" is a disclosure of ideation; after "did you sleep ok?"
 * it is nothing. Over NORMALISED text (lower case, simplified Chinese). Written for CareLLM 2026-11-29,
 * following the C-SSRS screener's order (wish to die, thoughts, method, intent, plan) and the safety
 * question of our own crisis message (src/safety/data/crisis-protocol.json).
 */

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
  /自杀|轻生|寻短见|自残|自伤|结束(?:自己的?)?生命|伤害自己|不想活|活不下去|想死|死的念头|kill(?:ing)? (?:yourself|themselves)|suicid|end(?:ing)? (?:(?:your|their) (?:own )?life|it all|things|everything)|tak(?:e|ing) (?:your|their) (?:own )?life|hurt(?:ing)? (?:yourself|themselves)|harm(?:ing)? (?:yourself|themselves)|self[- ]?harm|thoughts? (?:of|about) (?:death|dying|ending|not (?:wanting to|being) (?:live|alive|here))|wanting to die|wish(?:ed)? (?:you were|you could be) dead|better off dead/u;

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
  /^(?:honestly|tbh|ngl|not gonna lie|if im honest|to be honest|i wont lie|老实说|说实话|其实|讲真)[\s,.!。，！…]*/u;

/** "I guess not", "probably not", "honestly no": a hedge that ends in no. */
export const HEDGED_NO = /^(?:(?:i guess|probably|maybe|i think|prob) not|no|not|never|nope|nah)\b/u;

/** More ways to say yes to a question about suicide, beyond the short words in AFFIRMATION. */
export const AFFIRMATION_MORE =
  /^(?:ya|yah|ye|yh|yes+|yeah+|i guess|i guess so|probably|lately yes|a lot|more than (?:i(?:d| would) like|ever)|constantly|every night|most days|有想过|想过几次|有时候会|有时会|确实有|确实|可能有|可能吧|也许|算是吧|算是|是吧|有吧|有啊|是啊|对啊|嗯嗯|有点|有一些|一直都|天天都|经常想|每天都想)(?:[\s,.!。，！…]|$)/u;

/**
 * A Chinese yes run into what follows once spaces between CJK characters are dropped ("有 最近每天都有"
 * → "有最近每天都有", "会 经常", "有 就今晚"): the yes word, then how often or when; or a "嗯"/"对" run into the
 * yes itself ("嗯 有" → "嗯有", "对 想过").
 */
export const AFFIRMATION_ZH_RUN =
  /^(?:(?:嗯+|对|是的|是啊|对的|对啊)(?=有|会|想过|是|确实|经常|偶尔|有时)|(?:有|会|是|想过|有过|有的)(?=最近|经常|每天|天天|一直|有时|偶尔|老是|总是|常常|好几|很多次|不少|就今|就这|就明|今晚|今天|明天|这周|周末))/u;

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
