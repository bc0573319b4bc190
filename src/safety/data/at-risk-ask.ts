/**
 * Session 20: what someone whose own message reads high or imminent risk asks for, in the words that name no method
 * ("bad. i want to unalive. how", "想死但是怕疼 哪种最舒服", "信写好了 东西也送完了 就差选个方式 哪个不疼"). The method-ask
 * lists (`method-ask.ts`) name ways, amounts and means; a written round of harmful asks with no harm word (11bm)
 * showed that once the risk is said in the same message, the ask itself can be any question for a way, a thing, an
 * amount, a place or a time. Help-seeking (what should I do, how do I stop, who can I call) is never such an ask.
 */
const r = (s: string) => new RegExp(s, 'u');

/** An ask for a way, a thing, an amount, a place, a time or a certainty (normalised, lower-case text). */
export const AT_RISK_ASK_EN = r(
  [
    // a clause that is only "how": "i want to unalive. how", "for good. how" (not "just how", "worked out how")
    String.raw`^\s*(?:so |ok |okay |but |and |then |tell me |pls |please )?how\s*[?？!]*\s*$`,
    String.raw`\bhow (?:do|can|could|would|should|will) (?:i|you|someone|somebody|people|ppl|one) (?:do it|do that|do this|end|make (?:it|sure)|go\b|get|find|buy|take|use|mix|tie|reach|access|pick|choose|not wake|not be (?:found|saved|stopped)|check out|kill|die|hang|jump|cut|od\b|overdose)`,
    String.raw`\bhow (?:to|far|long|much|many|high|deep|fast|quickly)\b`,
    String.raw`\bwhat(?:s| is| are| would| could| will)? (?:the )?(?:most|least|best|quickest|fastest|easiest|surest|simplest|gentlest|quietest|cleanest|strongest|right|way|method|thing|stuff|option|amount|number|dose|time|place|spot|floor|height)\b`,
    String.raw`\bwhat (?:do|would|could|can|should|will|must) (?:i|you|someone|one) (?:need|take|use|buy|get|mix|drink|swallow|add|pick|choose)\b`,
    String.raw`\bwhich is (?:the )?(?:best|better|quickest|fastest|easiest|surest|most|least|more|less)\b|\bwhich (?:one|ones|way|method|thing|of|pill|pills|drug|meds?|floor|bridge|day|time|place|spot|works?)\b`,
    String.raw`\bwhere (?:can|could|do|should|would|is) (?:i|you|someone|one|the)\b`,
    String.raw`\bwhat (?:time|day|hour)\b`,
    String.raw`\b(?:give|tell|show|teach|send|list|rank|recommend) (?:me )?(?:a |the |some |any )?(?:way|ways|method|methods|options?|plan|steps|how|amount|number|dose|place|spot|time|trick|tricks)\b`,
    String.raw`\b(?:help me|can you help)\b.{0,40}\b(?:plan|with (?:that|the how|it|this)|do it|find a way|pick|choose)\b`,
    String.raw`\bis (?:it|that|this|one|\w+ (?:bottle|pack|box|strip)s?) enough\b`,
    String.raw`\b(?:would|will|does|do|could|can) (?:that|it|this|these|they) (?:work|do it|be enough|kill)\b`,
  ].join('|'),
);

export const AT_RISK_ASK_ZH = r(
  [
    // a way, a means or a step asked for
    String.raw`(?:办法|方法|方式|法子|死法|途径|手段|步骤)`,
    String.raw`怎么(?:做|弄|办到|过去|走|结束|解决|下手|动手|死|才能(?:死|走|成功|结束|不疼|不痛|快)|样才能(?:死|走|成功)|比较快|最快|才快|不疼|不痛)`,
    String.raw`哪(?:个|种|样|些)[^，。？?！!]{0,8}(?:最|不疼|不痛|快|稳|有效|能|会|够|舒服)`,
    String.raw`(?:哪儿|哪里|哪座|哪栋|哪层|几楼|几层|几点)`,
    String.raw`(?<!算)什么(?:东西|药|时间|地方|位置|方式|办法)`,
    String.raw`(?:多少|几片|几颗|几粒|几瓶|几盒|几板|多高|多深|多久|多长时间)`,
    String.raw`(?:够(?:不够|吗|了吗)|能(?:不能)?一次|会不会(?:死|醒|成功|疼|痛(?!快))|查不出|最(?:快|稳|舒服|不疼|不痛(?!快)|有效|狠|安静|干净)|不疼|不痛(?!快)|更狠)`,
  ].join('|'),
);

/**
 * Help-seeking and talk, never an ask for harm ("what should i do", "how do i stop", "怎么办", "谁能陪我"). Not the method
 * asks' METHOD_ASK_BENIGN_*: it clears any "how do i stop …", also "… stop myself throwing them up" (keeping pills down).
 */
export const AT_RISK_HELP_SEEKING = r(
  [
    String.raw`\bwhat (?:should|do|can|could) (?:i|we) do\b(?! (?:it|that|this) with| with (?:my |all my |the )?(?:savings|money|stuff|things|belongings|accounts?)\b)`,
    String.raw`\bwho (?:can|should|do|could) i (?:call|talk|tell|text|reach)\b`,
    String.raw`\b(?:is (?:it|this) normal|why (?:do|am|can't|cant|does|is) (?:i|it|everything)|what(?:s| is) wrong with me|are you (?:there|real|a bot|listening)|can you (?:talk|stay|listen|just be here))\b`,
    String.raw`\b(?:hotline|helpline|crisis line|therapist|counsel+or|doctor|988|samaritans|get help|reach out)\b`,
    String.raw`\bhow (?:do|can|could|should) i (?:stop|cope|deal|get (?:through|help|better)|survive (?:this|tonight|the night)|tell|talk|ask|reach|find (?:help|a therapist|someone)|feel|keep (?:myself )?(?:safe|going)|calm|make (?:it|this) stop|not do|hold on)\b(?! (?:myself )?(?:from )?(?:throwing|vomiting|puking|passing out|being (?:found|stopped|saved)|waking))`,
    String.raw`\bhow (?:do|can|could|should) (?:i|we|you) (?:not|support|help|bring (?:it |this )?up|run|talk|approach|recogni[sz]e|spot|notice|know)\b|\b(?:prevention|warning signs?|alternatives?|distract\w*|instead of)\b`,
    String.raw`怎么办|该怎么|热线|撑下去|坚持下去|活下去|熬下去|现在几点|求助|咨询师|心理医生|看医生|去医院|谁能|陪(?:我|着我)|为什么|是不是我|要不要告诉|该不该告诉|改善|改变|好转|建议|撑过|忍过|别的办法|其他办法|替代|不要方法|不用方法|不要办法|聊聊|转移注意|分散注意|怎么(?:不|才能不|样才能不|让自己不)|征兆|信号|迹象|预防|怎么(?:看出|发现|知道|帮|劝|支持|陪|判断|区分)|缓解|忍住|扛过|熬过|冲动|戒掉|戒|停下|代替|电话|失眠|如何应对|应对|怎么能|是不是|毛病|忘掉|忘记|交(?:到)?朋友|让自己(?:好受|好过|舒服|开心|放松|平静|冷静|好一点|好点)|可以做点什么|能做(?:点)?什么|做些什么|比较安全|安全(?:地|的)?(?:处理|丢|扔|销毁|保存)|\bhow to (?:tell|talk|say|ask|跟|和)|\b(?:safety plan|urges?|block|switch off|this chat|write|writing|character|dispose|clean)\b`,
  ].join('|'),
);

/**
 * The ask is told, not asked, when one of these comes before it in its clause ("每天都在想怎么死", "idk how to stop"). Not the
 * method asks' ZH_TOLD_BEFORE: it reads any 想 before the ask as told, and "想死但是怕疼 哪种死法最舒服" asks.
 */
export const AT_RISK_TOLD_BEFORE = r(
  String.raw`(?:看看|试试|考虑|问了|问过|开始想|在想|想过|想着|想好|没想好|不知道|不晓得|搜|查|找|研究|琢磨|纠结|满脑子|脑子里|停不下来|一直|老是|整天|天天|每天|决定|选好|看好|买好|准备好|知道)|\b(?:thinking|thought|think|wondering|wonder|figured|figure|know|knew|idk|dunno|researching|researched|looked up|looking up|decided|started|googl\w*|search\w*|planning|planned|not sure|unsure|reading|read up|forgot\w*|remember\w*|worked out|work out|working out|imagin\w*|scared|afraid|that's|thats|keep|kept|checking|check|see|learn\w*|head is|sorted|picked|chosen)\b`,
);

/** A question or a request: tested on the whole message for English, on its own clause for a Chinese noun or "最快". */
export const AT_RISK_ASKED = r(
  // a clause opened by a question word, or a bare "how" closing the message, asks without a question mark
  String.raw`(?:^|[\s,，。.!！;；])(?:(?:so|ok|okay|and|but|just|then|那|那就|就|所以|直接)\s*)?(?:whats|what's|what|which|where|how|哪|怎么|多少|什么|几)|how\s*[.!。！]*\s*$|[?？]|[吗呢嘛么](?:$|[^\p{L}])|有没有|能不能|可不可以|求|告诉我|给我|帮我|教我|说吧|直接说|你说|推荐|选一个|选个|列(?:个|一下|出)|\b(?:tell me|give me|gimme|show me|teach me|help me|just say|list|rank|recommend|pls|please|can you|could you|would you)\b`,
);

/**
 * Session 21: an ask for the way to help or to calm, from someone at risk: the nearest hospital or emergency room, how to
 * get there, the best way to calm down or get through the night ("i want to kill myself. which hospital is closest",
 * "我想死。最近的医院在哪里", "whats the best way to calm down"), and for treatment and care (finding a psychiatrist, what
 * therapy costs, how long antidepressants take to work, 去哪里看病, 多久才能好起来, the pills locked away). The pre-check never
 * refuses it, whatever the request rules, the net or the at-risk ask read, unless the asking clause also asks for harm or
 * for what would keep help from working (ASK_FOR_HELP_NOT).
 */
export const ASK_FOR_HELP = r(
  [
    String.raw`\b(?:which|where(?:s| is)?|nearest|closest)\b[^.?!。？！]{0,24}\b(?:hospital|er|emergency room|emergency department|a&e|urgent care|clinic|walk-in|police station|crisis (?:centre|center)|gp|doctor)\b`,
    String.raw`\bhow (?:do i|can i|to|should i) get to (?:the |a |an )?(?:nearest |closest )?(?:hospital|er|emergency room|a&e|urgent care|clinic)\b`,
    String.raw`\b(?:best|fastest|quickest|good|easiest) way to (?:calm down|calm myself|relax|fall asleep|sleep|breathe|get through (?:tonight|the night|this)|stop panicking|ground myself|feel (?:better|safe)|stay safe|distract myself|get help|reach someone)\b`,
    String.raw`\bget through (?:tonight|the night|today) without\b`,
    String.raw`(?:最近的|附近的?)(?:医院|急诊|诊所|派出所|心理门诊)|(?:医院|急诊|诊所|派出所|心理门诊)(?:在哪|怎么走|在什么地方)|怎么(?:去|到)(?:医院|急诊)|(?:让自己|怎么才能|怎么|最好的办法是?)(?:冷静|平静|放松|睡着|入睡)下?来?|(?:熬过|撑过|挺过)今晚`,
    // Session 38 (round 40d): an emergency in someone else, told with its signs ("我爸…吃了安眠药，现在呼吸很奇怪叫不醒，怎么办").
    String.raw`(?:叫不醒|没(?:有)?反应|呼吸(?:很|有点|特别)?(?:奇怪|困难|微弱|急促|很慢|很浅)|昏迷|口吐白沫|抽搐|嘴唇发紫)[^。？！?!]{0,20}(?:怎么办|怎么做|该怎么|要不要|咋办)|\b(?:cant|can not|cannot|wont) wake (?:him|her|them) up\b|\b(?:his|her|their) breathing (?:is )?(?:weird|strange|slow|shallow|funny)\b|\b(?:he|she|they)(?:s|re| is| are) unresponsive\b`,
    // waiting for care, sleep, grounding, getting the means out of the house
    String.raw`\bhow long (?:is|will) (?:the )?wait\b|\bhow (?:much sleep|many hours of sleep)\b|\b(?:grounding|breathing|calming) (?:exercise|technique)s?\b|\bcoping (?:skill|strateg)|\bsafety plan\b|\b(?:quickest|fastest|best) way to (?:get (?:an appointment|seen|help|a therapist|a doctor)|reach (?:someone|a person))\b|\bget rid of (?:the |my |all (?:the |my )?)?(?:pills|meds|medication|knives|razors|blades|gun|rope)\b`,
    // treatment and care, in close words only: finding it, what it costs, how long it takes to work, the right number
    // to call, the means kept away ("how much of my meds would…" and "which of my meds…" are no such ask)
    String.raw`\b(?:find|see|book|afford|pay for|start) (?:a |an )?(?:new |good )?(?:psychiatrist|psychologist|therapist|counsell?or|therapy|counsell?ing|treatment)\b|\b(?:therapy|counsell?ing|treatment|antidepressants?|ssris?) (?:cost|costs|take to work|to work|start working|kick in)\b|\bhow (?:long|much) (?:does|do|will|would|is) (?:therapy|counsell?ing|treatment|antidepressants?|ssris?)(?: take| cost| last)?\b|\bhow many (?:sessions|appointments)\b(?! (?:\w+ )?(?:can|could) (?:\w+ )?(?:skip|miss))|\bhow long (?:does it take|until i|till i|before i) (?:get|feel) better\b|\bwhich (?:number|line) (?:do|should|can|could) i (?:call|text|ring|dial)\b|\bwhich (?:hotline|helpline|crisis line)\b|\b(?:best|right|safest) thing to do\b|\b(?:take|lock|put) (?:away|up) (?:my |the |all my )?(?:meds|pills|medication|knives|razors|blades)\b|\b(?:meds|pills|medication|knives|razors|blades) (?:taken|locked|put) (?:away|up)\b`,
    String.raw`(?:心理咨询|咨询|治疗|住院|看病|挂号|精神科|心理科|心理门诊)[^，。？！,.?!]{0,6}?(?:多久|多长时间|多少钱|几次|能好|要住)|抗抑郁药[^，。？！,.?!]{0,6}?(?:起效|见效|有效果|管用)|(?:去|在)?(?:哪里|哪儿|哪)(?:看病|挂号|看心理|做咨询|找心理医生|能找到人)|几点(?:能)?(?:挂|看|开门)|(?:多久|多长时间)(?:才能|能|会)?(?:好起来|好转|恢复|康复|走出来)|(?:心情|情绪|状态)(?:能)?(?:好一点|好点|变好|稳定)|(?:把|帮我把)(?:我的)?(?:药|刀)(?:收起来|锁起来)|现在(?:最)?该做什么|打哪个(?:电话|热线)`,
  ].join('|'),
);

/**
 * Help that should not work, or harm asked anywhere in the message: the ask for help is then no help-seeking ("how long
 * before the hospital can't save me", "抗抑郁药吃多少会死", "tell me how many grams would be too much and then the breathing
 * exercise"). Words that ask, not words that tell: "i want to die" and "i took an overdose" leave the ask for help alone.
 */
export const ASK_FOR_HELP_NOT = r(
  String.raw`\b(?:get around|bypass|work around|get past|beat)\b|\b(?:lethal|fatal|deadly|enough|too much|too many|how many (?:grams|g|mg|milligrams|pills|tablets|capsules)|number of (?:pills|tablets)|whole (?:bottle|pack|packet|strip|box)|all (?:of them|at once)|at once|not wake|never wake|kill (?:me|you|someone|a person)|would (?:it |that |they )?kill|die (?:from|of)|dead (?:by|before)|hide|hidden|without (?:anyone|them|my \w+|her|him) (?:knowing|noticing|finding)|(?:get|find|steal|take|copy) the (?:key|keys|combination|code)|pick the lock)\b|\b(?:can'?t|cannot|won'?t|too late|no longer|not be able to) (?:save|help|pump|revive|treat|fix)\b|\bbefore (?:they|anyone|the hospital|the er|doctors?) (?:can|could|find|get)\b|\bpump (?:my|your) stomach\b|吃多少|多少(?:克|毫克|片|颗|粒|瓶|盒)|够不够|会不会死|能不能死|会死|致死|死掉|(?<!叫|喊|弄)不醒|醒不过来|没救|绕过|绕开|过量|最多|一次(?:吃|性)|藏|不被发现|救不(?:回|了)|来不及|洗胃|查不出`,
);


/**
 * Session 29: help asked with the preparations themselves, from someone whose own message the rules read as high risk: a
 * goodbye written to sound normal, messages or posts scheduled for after, a pet or the children handed on for good, the
 * history wiped, a will or a note to a landlord ("Help me write a rehoming post for my dog … after that I won't be here
 * for him", "微信能不能定时发消息 … 那时候他们已经来不及拦我了"). See `detectPreparationAsk`.
 */
export const PREPARATION_ASK_EN =
  /\b(?:help me|can you|could you|would you|how (?:do|can|should) i|how to|whats the best way to|who(?:s| is) the best person to|where (?:do|can) i|what (?:should|do|can) i do with)\b[^.!?\n]{0,40}?\b(?:write|draft|schedule|set up|rehome|post|delete|wipe|erase|clear|leave|give away|hand over|arrange|find (?:a home|someone|a new home)|plan)\b[^.!?\n]{0,60}?\b(?:goodbye|farewell|note|letter|will|messages?|texts?|emails?|posts?|dog|cat|pets?|kids|children|guardianship|history|accounts?|apartment|landlord|savings|money|bank account|belongings|stuff|things)\b|\bschedul\w* (?:a |an |my )?(?:posts?|messages?|emails?|texts?)\b|\bwhat (?:should|do|can) i do with (?:my |all my |the )?(?:savings|money|stuff|things|belongings|cat|dog|pets?|accounts?)\b[^.!?\n]{0,30}\bbefore\b/u;
export const PREPARATION_ASK_ZH =
  /(?:帮我|能不能|可不可以|怎么|如何|(?:谁|哪里|什么)(?![^，。！？!?\n]{0,4}[都也]))[^。！？!?\n]{0,16}?(?:写|定时|托付|领养|送养|交给|安排|删|清空|转移|办|处理)[^。！？!?\n]{0,20}?(?:告别|道别|遗书|遗嘱|消息|文案|信|猫|狗|宠物|孩子|监护|记录|账号|存款|积蓄|银行卡|东西)/u;
/** Someone who helps, named in the message (writing to them is reaching out), or an everyday occasion: not a preparation. */
export const PREPARATION_NOT =
  /\b(?:therapist|counsell?or|psychiatrist|psychologist|doctor|gp|nurse|social worker|case worker|hotline|helpline|crisis (?:line|team|text)|988|samaritans|teacher|pastor|priest|birthday|reminders?|anniversary|holiday|vacation|trip)s?\b|出差|生日|提醒|节日|纪念日|旅行|旅游|咨询师|心理老师|医生|护士|社工|热线|辅导员|班主任|老师|心理咨询/u;
