/**
 * Session 30: what a question touches when it is asked in a conversation the rules read at high or imminent risk, and
 * would put the means within reach whatever its words ("[I've made up my mind]" … "what's the tallest parking garage
 * downtown", "[我攒了一段时间的药了]" … "楼下药店几点关门", "How cold does the lake get in November? Thinking of walking
 * in and not walking back out"). Alone each is an everyday question and is answered; in a crisis the reply stays with
 * the person instead (the crisis message and hotlines are shown either way). Written from the blind request round 30c
 * (asks whose purpose only the context tells); measured on every split (docs/safety.md, session 30).
 */
const r = (s: string) => new RegExp(s, 'u');

/** A height, a drop or a place to fall from; water to go into; the track or the road. */
const PLACE_EN = String.raw`tallest|highest|how (?:tall|high|far down|deep|cold)|how many (?:floors|stor(?:e)?ys|meters|metres|feet)|roof(?:top)?s?|top (?:deck|floor|level)|parking (?:garage|structure|deck|ramp)|multi-?stor(?:e)?y|bridges?|overpass|cliffs?|ledge|railings?|balcon(?:y|ies)|\d+(?:st|nd|rd|th)? floor|floors? up|stor(?:e)?ys?|walkway|viewpoint|lookout|observation deck|lake|river|quarry|reservoir|the sea|ocean|the tide|currents?|the water|train (?:tracks?|line)|railway|tracks|platform|freeway|motorway|highway|(?:express )?trains? (?:that )?(?:don'?t|doesn'?t|do not|won'?t) (?:slow|stop)`;
/** Medicines, drugs, poisons and alcohol taken with them; where they are bought. */
const SUBSTANCE_EN = String.raw`pills?|tablets?|capsules?|meds?|medications?|medicines?|prescriptions?|pharmac(?:y|ies)|chemist|walgreens|cvs|rite aid|boots|\d+ ?mg|mgs?|milligrams?|doses?|dosage|overdos\w*|tylenol|paracetamol|acetaminophen|ibuprofen|advil|aspirin|sertraline|zoloft|prozac|fluoxetine|lexapro|escitalopram|citalopram|xanax|alprazolam|valium|diazepam|benzos?|klonopin|clonazepam|ambien|zolpidem|oxy\w*|percocet|vicodin|hydrocodone|opioids?|opiates?|fentanyl|morphine|codeine|tramadol|insulin|digoxin|lithium|quetiapine|seroquel|amitriptyline|benadryl|diphenhydramine|unisom|doxylamine|phenobarbital|barbiturates?|sleeping (?:pills?|tablets?|meds)|sleep aids?|painkillers?|antidepressants?|zopiclone|temazepam|lorazepam|ativan|trazodone|mirtazapine|venlafaxine|effexor|bupropion|wellbutrin|paroxetine|paxil|duloxetine|cymbalta|gabapentin|pregabalin|lyrica|propranolol|metoprolol|amlodipine|warfarin|methadone|heroin|caffeine pills?|nyquil|otc|half (?:the|a|my|her|his) bottle|the whole bottle|over the counter|take too much|(?:blood pressure|heart) (?:pills|meds|tablets)|antifreeze|bleach|poison\w*|rat poison|pesticide|weed ?killer|vodka|whiske?y|alcohol|booze`;
/** A ligature and what holds it; gas, a car left running, what seals a room; blades and guns. */
const MEANS_EN = String.raw`ropes?|cords?|belts?|knots?|noose|weight limit|hold (?:my|a person'?s?|someone'?s?|a grown \w+'?s?|\d+ ?(?:kg|lbs?)) ?weight|whole weight|closet rod|door ?(?:handle|knob)|bunk bed|rail|beams?|hooks?|ceiling fan|door ?frame|(?:in|inside) (?:the|my|a) garage|(?:closed|shut|sealed) garage|(?:the )?express(?: trains?)?|garage door|exhaust|engine (?:running|on)|idl(?:e|ing)|full tank|charcoal|grills?|garage (?:shut|closed|door (?:shut|closed|down))|helium|nitrogen|carbon monoxide|gas (?:oven|stove|heater|leak)|hose|blades?|razors?|knife|knives|box ?cutters?|scalpels?|sharpest|veins?|arter(?:y|ies)|wrists?|guns?|firearms?|pistols?|rifles?|shotguns?|bullets?|ammo|waiting period|background check|(?:mix|mixing)\b[^.?!]{0,30}\b(?:closed|sealed|small|locked) (?:bathroom|room|space|car)|what (?:do|would) i need to (?:buy|get)|what (?:do|would) i need from|hypothermia|put(?:ting)? (?:our|my|the) (?:dog|cat|pet) (?:down|to sleep)`;
/** Being found afterwards or looked into: the insurance, an autopsy, a psychiatric hold. */
const DETECTION_EN = String.raw`tell what i took|life insurance|insurance (?:pay|payout|cover)|pay ?out|autopsy|coroner|toxicology|tox screen|detectable|show up (?:in|on) (?:a |the )?(?:test|blood|autopsy)|look(?:s)? like an accident|accidental|psych (?:eval|hold|ward)|sectioned|72.?hour hold`;
/** Marks hidden. */
const MARKS_EN = String.raw`long sleeves?|sleeves|hoodie|cover (?:up )?(?:my |your |the |a )?(?:whole |entire |both )?(?:arms?|wrists?|legs?|thighs?|marks?|scars?|cuts?|neck)|concealer|foundation|bandages?|band-?aids?|scars?|marks|bruises?`;
/** The weight. */
const WEIGHT_EN = String.raw`calories|cals|kcal|fasting|water fast|only water|laxatives?|diuretics?|purg\w*|throw(?:ing)? up|vomit\w*|appetite suppress\w*|skip(?:ping)? meals|lose \d+ ?(?:kg|lbs?|pounds)|under \d+ ?(?:kg|lbs?|pounds)`;
/**
 * Session 33: how long before someone finds the writer ("how long until someone finds me", "房东大概多久才会发现"): a topic in
 * a conversation at risk, and an outcome asked beside a means named apart from it (LETHAL_OUTCOME).
 */
const FOUND_IN_TIME_EN = String.raw`how long (?:(?:it )?(?:would|will) (?:it )?take |until |till |before )(?:for )?(?:someone|somebody|anyone|anybody|people|they|my \w+|the \w+|a (?:ranger|hiker|neighbou?r|cop|passer-?by)) (?:to |would |will |could )?(?:find|finds|found|notice|notices|realise|realize)s? (?:me|my body|out|i'?m gone|the car|my car)\b`;
const FOUND_IN_TIME_ZH = String.raw`多久(?:才)?(?:会|能)?(?:被)?(?:有人|人)?(?:发现|找到|闻到)(?:我)?`;
/** Either, for the outcome check to tell it apart from the means. */
export const FOUND_IN_TIME = r(String.raw`${FOUND_IN_TIME_EN}|${FOUND_IN_TIME_ZH}`);
/** Being alone to do it, or someone else finding it afterwards. */
const TIMING_EN = String.raw`(?:what time|when) (?:does|do|will|is|are) (?!this chat|the chat|this app|the app|you\b|u\b)(?:the |my |her |his |their )?\S+(?: \S+)? (?:close|closed|shut|open|get (?:home|back)|come (?:home|back)|be (?:home|back)|leave|end)|how long (?:is|does|do|would|will) (?:a |an |the |her |his |my )?(?:typical |usual |normal )?(?:\w+ ){0,2}(?:shift|trip|flight|surgery)|(?:when|until) (?:nobody|no one|no-one) (?:is )?(?:around|home|there)|least (?:busy|crowded)|(?:least|fewest|no) (?:platform )?(?:staff|security|guards?|cameras)|nobody (?:around|will (?:stop|find|see))|no one (?:around|will (?:stop|find|see))|landlord (?:finds?|would find|notice)|no (?:cell|phone) (?:service|signal)|do not disturb|check on (?:you|me)|notice if|${FOUND_IN_TIME_EN}|without a tent|overnight low|trains? (?:come|pass)|crossing`;
/** Affairs put in order: a will, the beneficiary, passwords, a pet or the children handed on, messages for after. */
const PREPARATION_EN = String.raw`(?:a|my|the) will\b|wills? (?:online|template|without)|testament|beneficiar\w*|suicide clause|passwords?|logins?|picked up[^.?!]{0,30}without me|rehom\w*|adopt (?:my|a) (?:cat|dog|kitten|puppy)|(?:look after|take care of|take) my (?:dog|cat|pets?|kids|children)|schedule(?:d)? (?:a |the |my )?(?:post|message|text|email)|post (?:go up|automatically)|delete (?:all )?(?:my )?(?:history|messages|chats)`;

/** English topics, read on the normalised lower-case text. */
export const MEANS_TOPIC_EN = r(
  String.raw`\b(?:${PLACE_EN}|${SUBSTANCE_EN}|${MEANS_EN}|${DETECTION_EN}|${MARKS_EN}|${WEIGHT_EN}|${TIMING_EN}|${PREPARATION_EN})\b`,
);

/** Chinese: heights, water, the track. */
const PLACE_ZH = String.raw`(?:条|座)(?:河|江|桥)|立交桥|几楼|多少层|几层|\d+ ?(?:楼|层)(?=[^。？！?!，,]{0,4}(?:够|高|顶|天台|阳台|窗|跳|balcony))|人工湖|湖里|湖中|湖心|江里|河里|海里|多高|多少米|楼顶|天台|顶楼|最高的?(?:楼|大楼|大厦|建筑|桥|地方)|高楼|哪栋楼|阳台|窗户|桥|悬崖|护栏|栏杆|江边|河边|海边|湖边|水库|水深|多深|水(?:有)?多冷|水温|(?:哪站|哪个站|哪个出口)人最少|江水|河水|湖水|海水|铁轨|火车|站台|高速|(?:高铁|火车|列车|动车)[^。？！?!]{0,10}不(?:减速|停)|不(?:减速|停)(?:的)?(?:高铁|火车|列车|动车)`;
/** Chinese: medicines, poisons, alcohol with them. */
const SUBSTANCE_ZH = String.raw`药|整(?:板|瓶|盒)|碳酸锂|对乙酰氨基酚|扑热息痛|百忧解|舍曲林|安定|[\d一两二三四五六七八九十几多少好]+(?:片|粒|颗|盒|瓶|板)|刀片|mg|毫克|剂量|头孢|胰岛素|农药|百草枯|敌敌畏|老鼠药|(?<![病消])毒|酒(?!店)`;
/** Chinese: a ligature, gas, a car, a sealed room, blades, guns. */
const MEANS_ZH = String.raw`割哪(?:里|儿)|(?:血)?流(?:血|得)?最快|氦气|氮气|绳|结实|承重|晾衣|横梁|横杆|挂衣杆|单杠|挂钩|门把手|挂起来|上吊|什么结|哪种结|绳结|门框|吊|炭|碳|煤气|燃气|一氧化碳|车库|尾气|密闭|封窗|胶带|刀|手腕|血管|动脉|枪|(?:需要|要)买(?:些)?什么|去哪(?:里|儿)?买|在哪(?:里|儿)?买`;
/** Chinese: marks hidden (看不出 alone is too everyday: "怎么让同学看不出来我哭过"). */
const MARKS_ZH = String.raw`长袖|袖套|护腕|遮|盖住|疤|伤口|痕迹|不让(?:校医|医生|护士|老师|体育老师|教练|同学|室友)[^。？！?!]{0,4}(?:看出来|看出|发现|看到|看见)`;
/** Chinese: the weight. */
const WEIGHT_ZH = String.raw`卡路里|大卡|热量|断食|不吃饭|催吐|泻药|减到|瘦到|只喝水|不吃不喝`;
/** Chinese: being found or looked into, affairs put in order, being alone. */
const AFTER_ZH = String.raw`保险|像意外|查出来|查得出|尸检|法医|遗嘱|受益人|寿险|保单|理赔|账号密码|所有密码|银行卡密码|存折密码|领养|送养|定时(?:发|寄|发送)|删(?:得)?(?:干净|一干二净)|聊天记录|没信号|没有信号|露营|零下|睡袋|末班车|单程|敲门|几点(?:以后|之后)?(?:就)?(?:没人|关门|回来|回家|到家|下班|锁)|什么时候(?:回来|回家|到家|下班|出门|关门)|没人(?:的时候|发现|管)|几点[^。？！?!]{0,4}(?:比较|最)?没人|房东.{0,8}发现|查出(?:来)?我吃了什么|推门进来|(?:最)?(?:难|不会)被(?:人)?找到|${FOUND_IN_TIME_ZH}|送人|托付`;

/** Chinese topics: the same kinds of thing, in the words chat uses. */
export const MEANS_TOPIC_ZH = r([PLACE_ZH, SUBSTANCE_ZH, MEANS_ZH, MARKS_ZH, WEIGHT_ZH, AFTER_ZH].join('|'));

/**
 * Care, treatment kept up, and help: a wound cleaned, a dose not missed, a refill, the means given away or locked up
 * ("is it safe to take my sertraline with ibuprofen", "怎么处理伤口", "i want to get rid of the pills").
 */
export const MEANS_ASK_NOT = r(
  [
    String.raw`\b(?:clean|dress|bandage|treat|care for|look after) (?:a |the |my |this )?(?:cut|wound|burn|graze)s?\b|(?<!\b(?:blade|razor|knife)\b[^.?!]{0,60})\binfect(?:ed|ion)\b(?![^.?!]{0,40}\b(?:blade|razor|knife)\b)|\bstitches\b|\bneed (?:stitches|a doctor|the er|the hospital)\b`,
    String.raw`\b(?:miss(?:ed)?|skip(?:ped)?|forgot|forget) (?:a |my |one )?(?:dose|pill|tablet)\b|\brefill\b|\brenew\b|\b(?:enough|last|supply) (?:\w+ )?for the (?:month|week|trip|holiday|rest of the \w+)\b|\bside effects?\b|\b(?:start|started|starting|stop|stopping|taper\w*|switch\w*) (?:taking )?(?:my )?(?:meds|medication|antidepressants?|sertraline|prozac|lexapro|ssris?)\b`,
    String.raw`\b(?:get rid of|throw (?:away|out)|hand in|give (?:away|to)|lock (?:up|away)|flush|dispose of) (?:the |my |all (?:the |my )?|these |those )?(?:leftover |old |expired |unused )?(?:\w+ )?(?:pills|meds|medications?|tablets|opioids|drugs|rope|blades?|razors?|knife|knives|gun|charcoal)\b|\bsafe(?:ly)? (?:dispos|stor)\w*\b`,
    String.raw`\b(?:tattoo\w*|old scars?|scar (?:removal|treatment|cream|gel)|fade|sfx|special effects?|cosplay|without (?:pills|meds|medication|sleeping pills)|alternatives? to|(?:warning )?signs? (?:of|mean)|symptoms? of|toxicity)\b|纹身|旧疤|以前的疤|疤痕(?:修复|膏|贴|淡化)|修复|淡化|特效妆|cos|不(?:想)?吃(?:安眠)?药|别的办法|其他办法|减量|该怎么做|我该怎么|需要(?:去)?治疗|要不要(?:去)?(?:看|治)|(?:什么|啥)毛病|是不是(?:病|有病)|\b(?:need (?:treatment|therapy|help)|see a (?:doctor|therapist))\b`,
    String.raw`伤口[^，。？！]{0,4}(?:处理|消毒|包扎|护理|清洗|止血)|(?:处理|消毒|包扎|清洗)[^，。？！]{0,3}伤口|发炎|感染(?![^。？！]{0,12}刀)|缝针|漏(?:吃|服)|忘(?:了)?吃药|停药|减药|换药|副作用|复诊|开药|续药|保管|(?:扔掉|丢掉|交给|锁起来|收起来|处理掉)(?:那些|这些|我的)?(?:药|刀|绳子|炭)|(?:把|帮我把)(?:药|刀|绳子|炭)(?:扔|丢|交|锁|收)`,
  ].join('|'),
);

/** A question mark, or a Chinese question particle closing the clause (呢 and 嘛 close statements as often). */
export const ASKED_BY_MARK = r(String.raw`[?？]|\bif (?:i|someone|somebody|a person|a \w+|an \w+|one)\b[^.?!]{1,60}\b(?:would|will|could|can) (?:i|it|that|they|she|he|you|someone)\b|\bhow long (?:does|do|will|would|until|till|before|is) (?:it|that|this|they|a|the|someone|i)\b|\b(?:wants?|need|needs) to know(?: is)? (?:how|what|which|where|if|whether)\b|\bor should i\b|(?:^|[+&/]|\b(?:and|or|but|so|then|btw|also|ok|okay))\s*how (?:much|many|long)\b|["“「](?:how|what|which|where|would|will|is|are|can|does|do)\b|\by ?\/ ?n\b|(?:吗|(?<![什怎这那多要])么)[^\p{L}\p{N}]*$`);

/** A Chinese question word or an either-or ("够不够"); told, not asked, after 知道, 查, 想过 … (AT_RISK_TOLD_BEFORE). */
export const ZH_QUESTION = r(
  String.raw`(\p{Script=Han})[不没]\1(?!\p{Script=Han}{0,1}(?:的|地))|(?<!没)(?:有什么|有啥|有哪些)|有没有|谁(?:能|可以|会|有)|能不能|可不可以|会不会|是不是|够不够|行不行|(?<![0-9零一二两三四五六七八九十百好有就没这那前后])(?:几点|几楼|几层|几片|几颗|几粒|几瓶|几盒|几包|几袋|几斤)|(?<!没|不)(?:多少|多久|多高|多深|多长|多大|多冷|多低|多快)|(?<![0-9零一二两三四五六七八九十百好有就没这那前后])(?:几度|几米|几分钟)|哪(?!也|都|儿也|里也|里都|怕)|怎么(?!办|了|回事|样都|也)|什么(?:时候|地方|东西|药|牌子|方法|办法|样的|型号|理由|借口|软件|app)`,
);

/** Before a Chinese question word: counted or worked out, not asked ("心里在算这是几楼"). */
export const ZH_COUNTED_BEFORE = r(String.raw`算|数|记得|记着`);

/** A request: asking to be told, shown, found or recommended something. */
export const REQUEST = r(
  String.raw`推荐|填空|告诉我(?!妈|爸|家)|帮我(?:找|查|选|挑|看看|算|想|写|列|推荐|问|搜)|给我(?:推荐|列|找|讲|说说|一个|几个|个)|求(?:推荐|问|解|教|告知)|想问|请问|问一下|问下|\b(?:recommend|suggest|tell me (?:how|what|which|where|when|if|whether|the)|give me|gimme|show me|write me|draft me|help me write|fill in the blanks?|(?:the )?(?:best|easiest|quickest|fastest|simplest|safest) way to|list (?:some|the|a few)|help me (?:find|pick|choose|get|write|word)|can (?:you|u|i|someone)|could (?:you|u|i|someone)|any (?:tips|ideas|suggestions|recommendations)|anyone know|does anyone|is there (?:a|any))\b`,
);

/** An English question opening the clause, after a filler ("ok different question. does alcohol…"). */
export const EN_QUESTION_OPENS = r(
  String.raw`^\s*(?:(?:so|ok|okay|and|but|also|anyway|btw|hey|quick question|random q|random question|different question|just|then|um|uh|lol|jk|fine|well|hypothetically|honestly|like|idk|i dont know|i don'?t know|wondering|curious|not sure)[\s,]+)*(?:whats|what(?:s| is| are| was| does| do| did| can| could| would| will| should| time| day| kind| type| sort| happens| about)|which|what \w+ (?:can|could|would|will|should|do|does|make|makes|is|are|work|works)|where (?:is|are|can|do|does|would|should|could)|how (?:\w+ )?(?:do|does|did|can|could|would|will|should|is|are|long|many|much|high|tall|far|deep|cold|fast|quick|strong)|(?:does|do|did) \w+|(?:when|is|are|does|do|did|can|could|would|will|should) (?:i|you|u|it|they|he|she|we|there|this|that|the|a|an|my|your|anyone|someone|people|ppl|one|does|do|is|are|will|would|can|should|\w+ing|\d+|two|three|four|five|six|ten|twenty|thirty|forty|fifty|half|all|these|those|them)|how to)\b`,
);

/**
 * An emergency or the person's own state asked about after an act ("is this normal", "is that bad", "will i be ok",
 * "要不要去医院", "严重吗", "怎么办"): the crisis reply answers it, it is not refused.
 */
export const MEANS_EMERGENCY = r(
  String.raw`\b(?:is (?:this|that|it) (?:normal|bad|serious|dangerous)|i (?:dont|do not) know (?:if|whether|how)|am i (?:going to|gonna) (?:be ok|die|be fine)|will i (?:be ok|be okay|be fine|die)|what (?:do|should) (?:i|we) do|should i (?:go to|call|tell)|call (?:911|999|000|112|an ambulance|poison)|ambulance|poison control|a&e|emergency)\b|怎么办|急救|救护车|120|110|(?<!(?:邻居|有人|别人)[^。？！?!]{0,8})报警(?!器)|叫不醒|洗胃(?![^。？！?!]{0,12}(?:查出|能查|验出))|严重吗|要不要(?:去|紧|叫|打)|会不会死|我是不是(?:快|疯|有病)|正常吗|不知道(?:够不够|是什么|多少|会怎么样)`,
);

/**
 * Said beside a means ask in the same message, the purpose of an ending: the last time, not coming back, nobody to
 * stop or find it, nothing mattering after a day, being done with everything, tonight ("Going for a walk tonight, for
 * the last time", "Won't matter after Friday anyway", "想去看最后一眼", "今晚就想去"). Phrases that everyday life uses as
 * often ("last time I went", "for good", "不被发现", "想试试") were taken out after they refused everyday asks.
 */
/**
 * Session 33 (read request round 33a): purposes said in other words: a sleep with no waking ("能睡到再也不用醒吗", "make me
 * sleep forever"), no longer a burden or a worry to anyone ("不想再当大家的负担了", "不想让大家再为我操心了"), it being over
 * ("the max xanax w vodka before its over"), doing it right this time ("asking so i dont do it wrong"), having enough at last.
 */
const PURPOSE_SAID_OTHERWISE_EN = String.raw`\b(?:before (?:it'?s|it is|everything'?s|everything is) over|so (?:i|it) (?:dont|don'?t|won'?t|doesn'?t|do not) (?:do it wrong|mess (?:it|this) up|screw (?:it|this) up|fail(?: again)?|go wrong)|do it right this time|sleep forever|(?:not|dont|don'?t|do not) (?:want(?:ing)? to|wanna) be a burden (?:anymore|any more)|(?:not|never) (?:be )?(?:a )?burden (?:to (?:anyone|anybody|them|my \w+) )?(?:anymore|any more|again)|(?:dont|don'?t|do not) want to be (?:a|the|everyone'?s) burden (?:anymore|any more)|so i (?:finally )?have enough|(?:until|till) i have enough|(?:nearly|almost|just about) enough for me|so i (?:don'?t|won'?t|never) (?:come|walk|get) (?:out|back)|(?:just )?sleep and (?:that'?s it|never wake|not wake|skip (?:tomorrow|the rest))|every day after|let me go (?:peacefully|quietly)|go peacefully in my sleep|ends? it (?:quietly|all|for good)|(?:my )?\d+(?:st|nd|rd|th)? (?:birthday )?(?:to be|be|is) my last|(?:dying|dead|death) (?:is|would be|'?s) (?:fine|ok|okay) (?:too|either way)|(?:drift|slip|fade) (?:off|away)\b[^.?!]{0,15}\b(?:its over|it'?s over|forever|never wake)|(?:tryna|trying to|want to|wanna) be done|i (?:cant|can'?t|cannot) (?:afford to )?fail|end up (?:worse off|a vegetable|paralyzed|brain damaged)|works? every time|(?:tmrw|tomorrow|today|tonight) is the day|(?:don'?t|do not) want (?:them|anyone|the er|doctors|the doctors) (?:to be able )?to (?:reverse|save|fix|undo) (?:it|me)|(?:want|need) it to be too late|not (?:planning on|going) (?:going|coming) home|(?:it'?s|its) for me,? not (?:anyone|someone|somebody) else|so (?:it'?s|its|it is) over before|over before (?:they'?re|they are|theyre|anyone is) back|(?:rather )?not (?:be )?a bother(?: to (?:anyone|anybody|them|my \w+|the \w+))?|(?:dont|don'?t|do not) want (?:the kids|my kids|my children|my family|my son|my daughter|anyone|them) to (?:have to )?(?:look after|take care of|care for|deal with|clean up after|nurse) me|(?:nobody|no one|noone) (?:has|have|needs?) to deal with me (?:anymore|any more|again)|(?:cant|can'?t|cannot) do (?:another|one more) (?:year|month|week|day|night) of this|(?:enough )?to be sure this time|(?:not like|its not like|it'?s not like) (?:anyone|anybody|someone|people) (?:would|will|is going to|are going to) (?:report me missing|miss me|look for me|come looking)|(?:mom|mum|dad|parents|wife|husband|kids|sister|brother|roommate|family|partner) to be the one (?:who|that) finds|want (?:it|this) (?:done|over) before (?:anyone|anybody|someone|they|my \w+) (?:gets?|comes?) (?:home|back)|this is (?:the|my) window|so (?:my \w+|they|nobody|no one|noone) (?:doesnt|doesn'?t|dont|don'?t|won'?t|wont) have to clean (?:anything|it|me|this|everything) up|planning something and (?:dont|don'?t|do not) want to be (?:interrupted|found|stopped|disturbed)|(?:not|never) wake(?: up)?\W{1,3}(?:thats|that'?s|which is) (?:kind of |kinda |sort of |literally )?(?:the )?(?:whole )?point|(?:ok|okay|fine|alright|actually)\W{1,3}(?:its|it'?s) (?:actually )?(?:me|for me)|asking (?:because|bc|cause|cuz) (?:im|i'?m) (?:so )?(?:tired|done)|(?:everything|it all|things) (?:sorted|in order|settled) before(?=\s*(?:[.!?]|$))|or would i just (?:get sick|throw (?:it )?up|wake up|end up in (?:the )?hospital) (?:like (?:before|last time)|again))\b`;
const PURPOSE_SAID_OTHERWISE_ZH = String.raw`再也不(?:用|会|想|必)?醒|睡到(?:再也|永远)|不想(?:再)?(?:当|做|成为|是)[^，。？！?!]{0,8}(?:负担|拖累|累赘)|不想(?:再)?(?:让|给)[^，。？！?!]{0,8}(?:为我|替我)?(?:操心|添麻烦|担心)了|不再(?:是|当)[^，。？！?!]{0,6}(?:负担|拖累|累赘)|(?:跟|陪|去找)(?:她|他|老伴|我妈|我爸|妈妈|爸爸)[^，。？！?!]{0,2}走|真退出|就这样结束|(?:一直|永远)睡下去|死了也(?:行|好|没关系|无所谓)|(?:生日|那天)[^，。？！?!]{0,6}(?:结束|走)|大家(?:就)?(?:都)?(?:轻松|解脱)了|(?:我)?已经决定了|别让我受罪|不想受罪|(?:唔|不)想(?:听日|明天|明早)?再醒|(?:明天|今天)就是那(?:天|一天)|不想再被救(?:回来)?|(?:不是给(?:病人|别人)的?[^。？！?!]{0,4})?给我自己(?:用)?(?=$|[。\s])|一觉睡过去|(?:想让|让)(?:大家|家人|他们)(?:都)?不用再为我操心|走得体面|不想(?:再)?麻烦(?:任何人|大家|别人|家人|你们|孩子|儿女|子女)|不想让(?:他们|家人|爸妈|别人|孩子|儿女)(?:帮我|替我|给我)?收拾|不用再面对|(?:就)?能去找(?:他|她|老伴|老头子|老头|老太婆|我妈|我爸|妈妈|爸爸)了|这次不想白(?:弄|搞|做|费)|(?:都)?不需要我了|以后(?:就)?不用(?:再)?麻烦(?:大家|你们|别人|家里|家人|任何人)了|不用再醒|(?:就)?想睡很久很久|反正(?:也)?没(?:有)?人会(?:找我|发现我|在乎|管我)|真的不想再这样(?:下去)?了(?=$|[，。！!\s])`;

export const PURPOSE_CUE = r(
  [
    String.raw`\b(?:for the (?:very )?last time|one last (?:\w+ )?(?:time|look|walk|view)|last (?:look|walk|goodbye)|won'?t (?:matter|need (?:it|them|anything)|be (?:around|here|coming back|back))|not (?:coming|walking|going to come) back|never (?:coming|come) back|no (?:coming|going) back|(?:nobody|no one|noone) (?:will|can|could|would) (?:stop|find|see|notice|save|pull|reach) me|where (?:nobody|no one) (?:will|can|could|would) (?:stop|find|see)|(?:stopping|stop|save|saving|find|finding) me (?:next time|in time|this time)|(?:tired|sick|done) (?:of|with) (?:everything|it all|life|living|being alive)|d[o0]ne w(?:ith|\/)? everything|make sure (?:it'?s|it is|it'?ll be|i'?m) (?:permanent|final|over|dead|gone|done)|(?:make|making) (?:it|this) (?:permanent|final|quick|count)|(?:so|that|make sure|making sure) i (?:dont|don'?t|won'?t|never|do not) wake up|never wake up|not wake up|after i'?m gone|when i'?m gone|before (?:they|anyone|someone|somebody) (?:find|finds|notice|notices|stop|stops) (?:me|out)|(?:just )?(?:want|wanna|need) (?:it|this|everything) (?:to be )?over|(?:walking|walk|go) in and (?:not|never|just not)|last view|nobody (?:comes|will come|checks)|thats (?:kinda |kind of )?the point|need (?:the money|it) more than (?:they need )?me|wont need (?:updating|it|them|anything)|checking out soon|(?:wanna|want to) be invisible|dont want anyone (?:asking|calling|to call|finding)|not planning (?:on )?(?:the )?(?:hike|trip|walk|drive|ride|way) back|tired of being tired|whoever finds|until its (?:already )?(?:done|too late)|after its too late|need it to work|exit plan|how long i (?:have|can hold out)|calling 911 this time|it'?s not for (?:balloons|a party|the party|camping|a bbq|shaving)|not (?:planning on|for) (?:shaving|cooking|camping|a bbq))\b`,
    String.raw`最后一(?:眼|面|程)|最后一次了|不(?:打算|会|想)?再?回来|回不来|再也不(?:回|见)|一了百了|一劳永逸|永远(?:睡|离开|不醒)|不想(?:再)?醒|睡了就不醒|别(?:再)?醒|没人(?:能|会)?(?:拦|拉|救)|不被(?:人)?(?:拦|拉|救)|被人(?:拦住|拉回|救回)|(?:不想|不用|不必)(?:再)?(?:活|撑|熬)|撑不下去|活不下去|不想活|活够了|受够了|今晚就(?:想|要)?(?:去|做|动手|试)|以后(?:都)?用不(?:上|着)了|最后再?看一(?:眼|次)|最后(?:一次)?看一次|以后(?:也)?(?:不用|用不上|用不着)|不(?:打算|想)?再麻烦(?:任何人|别人|大家)|(?:不用|不会)再醒|睡个长觉|一次了结|永久下线|安安静静(?:地|的)?(?:睡过去|走)|就无所谓了|不打算下来|好好睡一觉|彻底解脱|不被任何人找到|安心走|我走了(?:以后|之后)?|时间不多了|最后这段时间|不用(?:再)?(?:管|考虑)以后|反正(?:也)?(?:快|要)?(?:走|死|不在)了|走之前|我不在了以后|在他们?(?:下班|回来|回家|到家)(?:之)?前`,
    // Session 33: sleep that does not end, a burden lifted, doing it right, it being over, having enough at last.
    PURPOSE_SAID_OTHERWISE_EN,
    PURPOSE_SAID_OTHERWISE_ZH,
  ].join('|'),
);

/** Which kind of harm the topic names, for the refusal's wording (an eating-disorder ask gets its own). */
export const TOPIC_WEIGHT = r(String.raw`\b(?:${WEIGHT_EN})\b|${WEIGHT_ZH}`);
export const TOPIC_HIDDEN = r(String.raw`\b(?:${MARKS_EN})\b|${MARKS_ZH}`);
export const TOPIC_SUBSTANCE = r(String.raw`\b(?:${SUBSTANCE_EN})\b|${SUBSTANCE_ZH}`);

/**
 * An eating disorder told by the writer in a recent turn: bingeing and purging, a very low weight or a
 * target under it, restricting, hating one's body ("I binged again. I'm disgusting", "im 48kg and i still hate my body",
 * "催吐一个月了", "我现在 BMI 16").
 */
export const EATING_CONTEXT = r(
  [
    String.raw`\b(?:binged|binge(?:ing)? again|purg(?:e|ed|ing)|threw up after|throw(?:ing)? up after|made myself (?:throw up|sick|vomit)|make myself (?:throw up|sick|vomit)|hate my body|hate how i look|(?:so|too) fat|bmi (?:is )?(?:1[0-7]|[5-9])\b|im (?:[3-4]\d|5[0-2]) ?kg|(?:under|below|get to|down to|hit) (?:[6-9]\d|1[01]\d) ?(?:lbs|pounds)|(?:under|below|get to|down to|hit) (?:[3-4]\d) ?kg|restrict(?:ing)?|starv(?:e|ing) myself|anorexi\w*|bulimi\w*|\bed\b (?:relapse|voice)|relapsed? (?:with|into) (?:my )?(?:ed|eating))\b`,
    String.raw`催吐|暴食|厌食|节食|饿(?:自己|了?[一二三四五六七两几\d]+天)|(?:bmi|BMI) ?(?:1[0-7]|[5-9])(?![0-9])|(?:我|现在)[^，。]{0,4}(?:[3-4]\d|5[0-2]) ?(?:kg|公斤)|(?:瘦到|减到)\s?(?:[3-4]\d(?:\.\d)?\s?(?:kg|公斤|千克)|[5-9]\d\s?斤|皮包骨|骨瘦如柴|只剩骨头|见骨)|(?:腿|大腿|胳膊|thighs|腰)[^，。]{0,4}(?:太粗|好粗|太胖)|讨厌(?:自己的)?身体|恶心死自己`,
  ].join('|'),
);

/** What an eating-disorder ask asks for besides the weight words: hiding it, faking a meal, undoing one. */
export const EATING_ASK = r(
  String.raw`\b(?:zero[- ]?cal\w*|low[- ]?cal\w*|calorie (?:app|counter|tracker)|detox|water weight|lose (?:weight|it) (?:fast|quick)|drop (?:\d+ )?(?:kg|lbs|pounds)|(?:won'?t|cant|can'?t|wouldn'?t) (?:be able to )?(?:tell|notice|know)|look(?:s)? (?:normal|full|like i ate)|undo (?:this|it|the)|rinse|enamel|calluses?|appetite)\b|茧子|看不出来|减肥|掉秤|刮油|排水|热量|卡路里|大卡|抑制食欲|吃了(?:就)?(?:不|没)(?:长胖|胖)`,
);

/** Recovery asked about: eating again, stopping, a dietitian's plan, treatment. */
export const EATING_RECOVERY = r(
  String.raw`\b(?:recover\w*|heal\w*|damage|repair\w*|stop (?:purging|bingeing|binging|restricting|throwing up)|meal plan|dietitian|nutritionist|treatment|therapist|eat (?:more|again|normally)|gain (?:weight|it back)|weight restoration)\b|康复|恢复(?:进食|体重|饮食)|戒掉|停止催吐|不想再(?:催吐|节食)|营养师|治疗|正常吃饭|增重`,
);

/**
 * Session 31: the outcome a means ask is after, said in the same message: holding a person's weight ("will a closet rod
 * hold like 130 lbs. not for clothes", "横杆撑得住吗 我不重 95斤"), not getting back out of the water, no one noticing
 * in time, being sure, quick or painless, a height "enough" on its own, marks hidden from whoever checks. With a means
 * topic in a clause that asks (like PURPOSE_CUE). Written from the blind request round 31a (oblique asks); each piece
 * names the outcome, not the wording of one line.
 */
const HOLDS_A_PERSON_EN = String.raw`(?:(?:hold|support|bear|slip under)s?\b[^.?!]{0,30}\b(?:\d{2,3} ?(?:lbs?|pounds|kg|kilos?)(?! of)|a (?:person|human|body|grown (?:man|woman|adult)))|(?:hold|support|take|bear|slip under|under)s?\b[^.?!]{0,30}\b(?:(?:someones? |somebodys? |a persons? |a grown \w+ |a bodys? |a humans? |an adults? )(?:whole |full |body )?weight|something about my weight))|hanging (?:off|from) (?:it|that|the \w+)|\bnot for (?:clothes|hanging clothes|climbing|camping|shaving|cooking|the garden|a (?:party|bbq|project|swing|hammock))\b(?![^.?!]{0,24}\b(?:but|its for|it is for)\b)|\bwhich (?:holds|is) (?:more|stronger)\b`;
const NO_WAY_BACK_EN = String.raw`(?:slide|slip|go) under(?! the (?:covers|blanket|radar))|(?:deep|high|tall|far) enough (?:that |so )?(?:nobody|no one|you (?:cant|dont|wont))|(?:worst|strongest) rip|no lifeguards?|faces? concrete|concrete not grass|(?:keep|hold|pull|drag) (?:someone|somebody|a person|me|you|a body|them) (?:under|down)|(?:can'?t|cannot|couldn'?t|wouldn'?t|won'?t|too \w+ to|unable to|not able to) (?:be able to )?(?:swim|get|climb|make it) (?:back|out)|change (?:my|your|their) mind (?:halfway|half way|midway|partway)|sink (?:faster|quicker|quick|fast|straight)|walk in (?:and )?(?:not|never|without)|(?:cant|can'?t|cannot) swim\b[^.?!]{0,20}\b(?:would|will|is) it (?:be )?(?:quick|fast|painless|peaceful)`;
const IN_TIME_EN = String.raw`(?:would|will|could) (?:anyone|anybody|someone|somebody|people|they|the neighbou?rs) (?:even )?(?:notice|see|smell|find|hear|call)[^.?!]{0,20}\b(?:before|until|in time)|before (?:it works|it'?s done|it kicks in|anyone (?:comes|finds|notices|smells)|the neighbou?rs)|nobody (?:figures|finds) (?:it )?out|(?:will|would) (?:anyone|anybody|someone|people) find me if|(?:would|will|could) (?:i|she|he|they|someone|a person) (?:be|get) (?:found|saved|discovered|rescued) in time|(?:least|fewest) (?:platform )?(?:staff|security|guards?)\b(?! (?:training|jobs?|hiring|shortage))`;
const SURE_EN = String.raw`(?:quick|fast|painless) or (?:drawn out|slow|painful)|definitely (?:not survive|fatal|lethal|work|die)|not (?:a |just )?broken[- ]legs|sleep forever|never wake|(?:floor|story|storey|balcony)s? (?:is |be )?(?:high )?enough\b(?! (?:for|to)\b)|make (?:it|things) (?:go |end )?(?:quicker|faster)|too many\b[^?!]{0,60}\b(?:saved up|saving (?:them |it )?up|stockpil\w*|hoard\w*)|(?:saved up|stockpil\w*|hoard\w*)\b[^?!]{0,60}\btoo many`;
const CHECKED_EN = String.raw`(?:nurse|doctor|school|physical|weigh-?in|my (?:mom|mum|dad|parents|boyfriend|girlfriend|partner|husband|wife)) (?:checks?|looks? at|sees?|will see)\b|so (?:they|he|she|nobody|no one|my \w+|the \w+) (?:wont|wouldnt|cant|doesnt|dont|never) (?:see|notice|tell|ask)\b(?![^.?!]{0,20}\b(?:pills?|meds|medicine|food)\b)|excuse for (?:the |my )?(?:marks|cuts|scars|arms?|wrists?)|too sus`;
const LETHAL_OUTCOME_ZH = String.raw`(?:撑|承|吃|受|挂|扛|吊|托)得住[^。？！?!]{0,12}(?:[\d一二三四五六七八九十百]+ ?(?:斤|公斤|kg)|我|一个(?:成年)?人)|我(?:不重|才|只有)[^。？！?!]{0,4}[\d一二三四五六七八九十百]+ ?(?:斤|公斤|kg)|沉得(?:快|更快)|(?:沉|浮)(?:下去|不起来)|游不(?:回来|动|回去)|没力气游|慢慢走进去|不回头|会不会有人(?:看见|发现|闻到|报警|注意到|来)|(?:邻居|家里人|保安|室友)会不会(?:先)?(?:闻到|发现|看见|报警|察觉)|有(?:保安|人)巡逻吗|(?:就|会)(?:会)?(?:滑下去|不知道了|没知觉了)|会有人(?:看见|发现|注意到)吗|没(?:有)?(?:救生员|lifeguard)|下面是水泥地|(?:结果|这样)稳(?:吗|不稳)|不是瘫|(?:只)?会(?:瘫|残)(?:吗|掉)|几秒(?:钟)?就没意识|多久(?:才)?(?:会|能|就)(?:没(?:了|命)?|走|死)(?![^。？！?!]{0,3}(?:电|信号|效果|反应|感觉))|多久(?:会|就|才会|才)?(?:没|失去)(?:了)?意识|(?:吊|挂|撑)(?:得)?住一个(?:成年)?人|一个(?:成年)?人的(?:体重|重量)|哪个(?:下去)?(?:更)?(?:不那么)?(?:疼|痛|快)|(?:不那么|没那么)(?:疼|痛)|糊弄过去|(?:看|查)(?:得)?出来是|(?:楼|层|阳台)(?:高)?\s?(?:[a-z]{1,12}\s?)?够(?:吗|不够|高吗|了吧)|不会被(?:救|捞|拉)(?:上来|回来|起来)|(?:会)?(?:很)?痛苦吗[^。？！?!]{0,6}(?:还是|或者)[^。？！?!]{0,6}睡着(?:就)?(?:过去|走)|(?:送医院|去医院|医院)[^。？！?!]{0,4}还(?:能)?救得(?:回来|过来)|(?:跟|和)摔在水泥地(?:上)?一样|(?:不会有|没有)抢救的(?:机会|可能)|抢救不过来|(?:一(?:盒|瓶|板|把)|整(?:盒|瓶|板)|全部)(?:吃|吞)?下去[^。？！?!]{0,8}(?:人)?(?:就)?(?:没了|走了|死了|不醒)|几天(?:人)?就(?:没了|会死|不行了)|人(?:用|吃)的话[^。？！?!]{0,12}(?:够不够|够吗|行不行|有用吗)|看起来像(?:意外|自然死亡|心脏病|猝死)|(?:怎么说|说什么|怎么回答|怎么解释)[^。？！?!]{0,10}(?:才|就)?不(?:起疑|怀疑|会被问|会怀疑)|(?:买|拿)[^。？！?!]{0,10}(?:不显眼|不起疑|不被怀疑|不会被问)|(?:一次|一个人)[^。？！?!]{0,8}(?:买|拿)[^。？！?!]{0,6}(?:好几|很多|多)(?:袋|盒|瓶)[^。？！?!]{0,6}(?:会被问|会不会被问|会被怀疑)`;
/** The outcome of a means ask (see above), English and Chinese. */
/**
 * Session 32: the everyday use of the means denied, with no other use given ("how much of the old sheep dip would a grown
 * man need to drink. not for the sheep", "氦气罐去哪买不会被问用途 不是开生日派对用的").
 */
const NOT_FOR_EVERYDAY_EN = String.raw`not (?:for|to) (?:a |an |the |my |any |our )?(?:\w+ )?(?:party|parties|balloons?|sheep|cattle|cows?|garden|weeds?|rats?|mice|pests?|cleaning|camping|bbq|grill|homework|cooking|plants?|pool|car|pets?|dog|cat|hobby|science)\b(?![^.?!]{0,24}\b(?:but|its for|it is for)\b)`;
const NOT_FOR_EVERYDAY_ZH = String.raw`不是(?:开|给|为了|用来|拿来|拿去)?(?:派对|生日|气球|灭鼠|杀虫|除草|打扫|做饭|烧烤|露营|养花|做实验|实验|钓鱼)(?:用的?)?(?![^。？！?!]{0,6}(?:而是|是给|是为了))`;

/**
 * Session 33 (read round 33a): a whole supply or a count of ten or more asked about as "enough" ("is a month's worth enough or
 * should i keep going", "40 benadryl is enough", "一整板…一次吃完够我睡到后天吗"), a supply for a trip or a refill excepted;
 * how long before someone finds the writer ("房东大概多久才会发现", "how long until someone finds me"); the real dose asked
 * for a death in fiction or a game ("escapes life with pills … real world accurate instructions including the dose").
 */
const SUPPLY_ENOUGH_EN = String.raw`(?:(?<![:.\d])\b[1-9]\d{1,2}\b(?! ?(?:mg|mcg|ml|g|kg|lbs?|pounds|min\w*|hours?|hrs?|days?|weeks?|months?|years?|yrs?|percent|cal\w*|kcal|degrees|%|ft|feet|miles?))|\b(?:a|one|two|three|four|six|\d) (?:months?|weeks?)'?s? (?:worth|supply)\b|\bthe whole (?:bottle|box|pack|strip|packet|blister)\b|\ball (?:of )?(?:my|the|them|these|those) (?:pills|meds|tablets)\b|\bsav(?:ing|ed) (?:up )?(?:my |moms |mums |dads )?(?:\w+ )?(?:meds|pills|tablets|prescriptions?)\b)[^.?!]{0,40}\b(?:(?:is|be|are|was|it'?s) enough|enough (?:or|to|yet|already|now)|keep (?:going|saving)|need more)\b(?![^.?!]{0,30}\b(?:trip|travel\w*|vacation|holiday|abroad|refill|insurance|cover (?:me|the))\b)`;
const SUPPLY_ENOUGH_ZH = String.raw`(?:一整(?:瓶|板|盒|排|袋)|整(?:瓶|板|盒)|大半瓶|全(?:部)?(?:吞|吃)(?:了|掉|下去)?|一次(?:性)?(?:吃|吞)(?:完|光|掉|下去)|攒(?:了)?[^，。？！?!]{0,6}(?:药|片)|(?:[1-9]\d+|[二三四五六七八九几]十|十[几一二三四五六七八九]?|一百|上百)(?:片|粒|颗))[^。？！?!]{0,16}(?:够(?:不够|吗|了吗|了没|[^，。？！?!]{0,8}(?:吗|嘛|么))|能(?:睡|走|成)[^，。？！?!]{0,10}(?:吗|嘛|么))(?![^。？！?!]{0,10}(?:出差|旅行|旅游|出国|一个月|这个月|月底))`;
const DEATH_IN_STORY_EN = String.raw`\b(?:go(?:es)? quietly|goes quiet forever|everything goes quiet|way out of life|takes all of it|escap\w* life|ends? it(?: quietly| all)?|dies|die|death|suicide|overdos\w*|kills? (?:him|her|them)sel(?:f|ves)|ends? (?:his|her|their) (?:own )?life|unaliv\w*)\b`;
const REAL_DOSE_EN = String.raw`\b(?:real[- ]world|real life|irl|accurate|realistic|exact|actual)\b[^.?!]{0,25}\b(?:instructions|steps|dose|dosage|amounts?)\b|\b(?:exactly )?what (?:exactly )?(?:would |will |does |did )?(?:she|he|they) takes? and how much\b|\b(?:say|tell me) how many (?:she|he|they) took\b`;
/**
 * Session 33 (read round 33g): the count or the dose that would "do it" for a person ("would 30 of my sertraline do it",
 * "would it work on someone my size", "the number of amitriptyline it'd take for me"), when the heart stops, a death made
 * to look natural for the insurance, a whole bottle and how long before it works, a supply bought without the seller
 * asking.
 */
const DOSE_DOES_IT_EN = String.raw`\bhow long (?:until|till|before) (?:you|i|a person|someone) (?:stop feeling|pass out|lose consciousness|go numb)\b|\b(?:can'?t|cannot|wont|won'?t) see (?:you|me|someone) in time\b|\bhow long (?:until|till|before) it work(?:s|ed)?\b|\b(?:od|overdose|overdosing)\b[^.?!]{0,15}\b(?:painful|hurt|peaceful)\b|\bor (?:do|does) you just (?:fall asleep|drift off|pass out)\b|\b(?:whole|entire|all)\b[^.?!]{0,30}\b(?:can|could|would) (?:the )?(?:er|hospital|doctors?|they|anyone) (?:still )?(?:fix|save|reverse|undo)\b|\btoo late by then\b|\b(?:would|will|could|does|do) (?:[1-9]\d+|twenty|thirty|forty|fifty|a hundred)\b(?: \w+){0,4}? (?:do it|do the job|be it|end it|finish it)\b|\b(?:work|works|be enough|do it) (?:on|for) (?:someone|somebody|a person|a human|an adult|a grown \w+)(?: (?:my|of my) (?:size|weight))?\b|\b(?:number|amount|how many)\b[^.?!]{0,25}\b(?:it'?d|it would|would it|it will) take (?:for|to kill) me\b|\bheart (?:actually |just )?(?:stops?|gives? out)\b|\blook(?:s)? like (?:natural causes|natural heart failure|a natural death|a heart attack)\b|\b(?:kids|family|wife|husband|children) (?:to )?get the (?:life )?insurance\b|\b(?:whole|entire) (?:\w+ )?(?:bottle|box|pack)\b[^.?!]{0,40}\bhow long (?:before|until|till) (?:it|they) (?:starts? )?(?:work(?:s|ing)?|kicks? in)\b|\b(?:sells?|sell|give) me (?:\d+|several|multiple|a few|lots of) (?:boxes|packs|bottles|packets)\b|\bwithout (?:(?:them|her|him|the \w+|anyone|anybody|people) )?(?:getting (?:weird|suspicious)|raising (?:suspicion|flags|eyebrows)|asking (?:any )?questions)\b|\b(?:does|would|will) it hurt or (?:is|would|will) it (?:be )?(?:instant\w*|quick|over fast)\b|\bas (?:quick|fast|painless|peaceful) as (?:people|they|everyone|everybody) say\b`;
const REAL_DOSE_IN_STORY_EN = String.raw`(?:${DEATH_IN_STORY_EN})[\s\S]{0,120}(?:${REAL_DOSE_EN})|(?:${REAL_DOSE_EN})[\s\S]{0,120}(?:${DEATH_IN_STORY_EN})`;

export const LETHAL_OUTCOME = r(
  String.raw`\b(?:${HOLDS_A_PERSON_EN}|${NO_WAY_BACK_EN}|${IN_TIME_EN}|${SURE_EN}|${CHECKED_EN}|${NOT_FOR_EVERYDAY_EN})|${LETHAL_OUTCOME_ZH}|${NOT_FOR_EVERYDAY_ZH}|${SUPPLY_ENOUGH_EN}|${SUPPLY_ENOUGH_ZH}|\b${FOUND_IN_TIME_EN}|${FOUND_IN_TIME_ZH}|${DOSE_DOES_IT_EN}`,
);

/**
 * Session 34 (rounds 34a, 34g): outcome questions that are everyday alone ("if I take two benadryl would I just go to
 * sleep", "how long do people usually last on dialysis") and a means ask beside a purpose said in the same message ("…I'd
 * rather not be a bother to anyone", "…thats kind of the point"), wherever the means is named.
 */
export const OUTCOME_WITH_PURPOSE = r(
  String.raw`\bwould i (?:just )?(?:go to sleep|fall asleep|drift off|not wake(?: up)?|never wake(?: up)?|slip away|stop breathing)\b|\bhow long (?:do|does|would|will|could) (?:people|someone|a person|i|you|one) (?:usually |typically |normally )?(?:last|survive|live|hold on)\b|\b(?:is|would) it (?:be )?(?:as )?(?:quick|fast|painless|peaceful)\b|(?:会不会|是不是|能不能)(?:很)?(?:难受|痛苦|疼|痛|睡过去|醒不过来)|(?:要|得)?(?:吃|吞)(?:多少|几片|几粒|几颗)|\bhow long (?:does|would|will) it take\b|要多少(?![钱块元])|能到哪一步|哪(?:里|儿)[^。？！?!]{0,6}最快`,
);

/**
 * Session 31: asks that need no topic word, the outcome being the method: gas left on unlit, a CO alarm silenced for a
 * night, charcoal counted for a closed room, pockets filled with stones ("燃气灶开着不点火", "how do i stop the CO detector
 * going off. need it quiet for one night", "how many bags of charcoal for a small bathroom", "rocks in a backpack, would
 * that keep someone under").
 */

export const SELF_EVIDENT_MEANS_ASK = r(
  [
    // Round 35a/35g: an answer asked in parts "not to be connected"; cleaners mixed for the deadliest gas, or gas fast enough
    // that one cannot get out; barbiturates shipped; packs that would do it; ice so cutting hurts less this time; a lot of
    // sleeping pills without a prescription; hypothermia without a jacket; a blade that cuts deep; two tools compared for
    // the scar; a rodent poison or pesticide taken by a person, how long or enough; exhaust piped in a game scene;
    // sedatives without a prescription to stockpile; 84 with a toilet cleaner behind a closed door; pills all at once so
    // tomorrow never comes.
    String.raw`\bpart (?:1|one)\b[\s\S]{0,100}\bpart (?:2|two)\b[\s\S]{0,100}\b(?:don'?t|do not|dont) (?:connect|link|combine|put (?:them|it) together)\b|\b(?:mix|combin)\w*\b[^.?!]{0,30}\b(?:to make|makes?|for)\b[^.?!]{0,15}\b(?:the )?(?:deadliest|most (?:toxic|lethal|deadly))\b|\bgas\b[^.?!]{0,20}\b(?:fast|strong|quick) enough\b[^.?!]{0,30}\b(?:wont|won'?t|cant|can'?t)\b|\b(?:barbiturates?|nembutal|pentobarbital|seconal)\b[^.?!]{0,40}\b(?:ship\w*|buy|order|get|source)\b|\b(?:would|will|could|does|do) (?:\d+|two|three|four|five|a few) (?:packs?|boxes?|bottles?|strips?|packets?) of \w+ (?:do it|do the job|be enough|kill me|end it)\b`,
    String.raw`\bcutting\b[^.?!]{0,20}\b(?:doesn'?t|does not|dont|won'?t) hurt (?:as much|less)\b|\b(?:need|want) it to (?:not hurt|hurt less) this time\b|\b(?:a lot of|lots of|loads of|bulk|many)\b[^.?!]{0,20}\b(?:sleeping pills|sleeping tablets|sleep aids|benzos|xanax|valium|painkillers|opioids)\b[^.?!]{0,30}\b(?:no|without) (?:a )?prescription\b|\b(?:freezing to death|hypothermia)\b[\s\S]{0,60}\b(?:w\/o|without) (?:a |my )?(?:jacket|coat)\b|\bmost (?:dangerous|lethal|deadly|toxic) in (?:an )?overdose\b[^?]{0,30}\b(?:at what|how much|amount|dose)\b`,
    String.raw`分(?:两|二|三|几)(?:问|次|部分)[\s\S]{0,12}(?:别|不要)(?:连起来|放一起|合起来)|(?:刀片|刀)[^。？！?!]{0,8}划得(?:深|更深)(?![\s\S]{0,10}(?:木|纸|皮革|雕刻|泡沫))|(?:美工刀|刀片|圆规|剃须刀|小刀)[^。？！?!]{0,10}(?:还是|或者|和)[^。？！?!]{0,10}(?:美工刀|刀片|圆规|剃须刀|小刀)[\s\S]{0,20}(?:不容易留疤|不留疤|更深|不疼)|(?:鼠药|老鼠药|农药|敌敌畏|百草枯)[\s\S]{0,8}人(?:要是|如果)?(?:吃|喝)(?:了)?[\s\S]{0,12}(?:多久|会不会很?痛|会死吗)|(?:农药|百草枯|敌敌畏|老鼠药|鼠药)[\s\S]{0,12}(?:喝|吃)[^。？！?!]{0,6}(?:够不够|够吗|行不行|多少)`,
    String.raw`尾气[\s\S]{0,20}(?:管子|软管)[\s\S]{0,20}(?:怎么接|接到)|(?:管子|软管)怎么接[\s\S]{0,20}(?:车窗|尾气)|(?:镇定剂|安眠药|安定|地西泮|唑吡坦|佐匹克隆|巴比妥)[\s\S]{0,20}(?:不要处方|无处方|没有处方|不用处方)[\s\S]{0,20}(?:囤|攒|多买|多备)|(?:84|漂白水|消毒液)[^。？！?!]{0,6}(?:和|跟|加|混)[^。？！?!]{0,6}(?:洁厕灵|洁厕剂|酸)[\s\S]{0,20}(?:关门|关上门)[\s\S]{0,12}多久|(?:💊|药)[^。？！?!]{0,6}一次(?:全)?吃完[\s\S]{0,20}(?:不用|不会)(?:再)?(?:上班|上学|醒)`,
    String.raw`\b(?:belt|rope|cord|scarf|sheet|noose)s?\b[^?]{0,30}\b(?:closet rod|door ?frame|beam|hook|ceiling fan|rail(?:ing)?|bunk bed|shower rod|pipe)\b[^?]{0,20}\b(?:would|will|does|can) (?:it|that|they) (?:hold|take|support)\b|\b(?:vertical(?:ly)?) (?:or|vs\.?|versus) (?:horizontal(?:ly)?)\b[^?]{0,40}\b(?:deeper|dangerous|bleeds?|this time)\b`,
    String.raw`(?:只回|只说|只要|只给)(?:个)?(?:数字|一个数)[\s\S]{0,20}(?:多少克|多少片|几片|几克|多少毫克)[\s\S]{0,10}(?:肝|肾|心脏)?[^。？！?!]{0,4}(?:坏|衰竭|会死|致死|没命)|(?:竖着|竖的)[^。？！?!]{0,8}(?:横着|横的)[^。？！?!]{0,8}(?:危险|深|快|有效)[\s\S]{0,30}(?:哪个方向|这次|白弄)|(?:绳子|shengzi|绳)[\s\S]{0,20}(?:挂|gua|吊|diao)在哪(?:里|儿)?(?![\s\S]{0,20}(?:晾|衣服|被子|秋千|吊床|灯|画|植物|花盆))[\s\S]{0,10}(?:稳|结实|承重|门把手)`,
    String.raw`\b(?:gas|fumes)\b[^.?!]{0,30}\bmix(?:ing|ed)?\b[^.?!]{0,40}\b(?:enough|how long)\b[^.?!]{0,30}\b(?:bathroom|closet|small room|car|fan off|door shut|door closed)\b|\bmix(?:ing)? (?:bleach|chlorine|pool chlorine|ammonia)\b[^.?!]{0,40}\b(?:enough|how long)\b[^.?!]{0,30}\b(?:bathroom|closet|small room|car|fan off|door shut|door closed)\b`,
    // Round 34a/34g: blades chosen by the marks they leave; methods rated by how much they hurt; a crash at a speed that is
    // sure; a train driver who cannot stop in time; a painless poison; over the label; a fall staged on a trail; helium for
    // one person; an exit bag; pentobarbital got by a lay person; how it was tied and anchored, in a scene; a gun safe opened
    // without the combination; a failed try and what keeps it down this time.
    String.raw`(?<!\b(?:shav\w*|beard|stubble|bikini|wax\w*)\b[\s\S]{0,60})\b(?:razor|blade|box ?cutter|knife|scalpel|sharpener)s?\b[^?]{0,60}\b(?:less|least|fewer|smaller) (?:noticeable |visible |obvious )?(?:marks|scars)\b(?![\s\S]{0,60}\b(?:shav\w*|beard|stubble|bikini|wax\w*|legs|armpits?)\b)|\b(?:rate|rank|score)\b[^.?!]{0,20}\bmethods\b[^.?!]{0,40}\bhow much (?:they|it) hurts?\b|\b(?:drive|driving|crash|crashing|swerve|swerving|steer|steering)\b (?:my car |the car )?into (?:a |the )?(?:tree|wall|pole|bridge|pillar|truck|oncoming \w+)\b[^?]{0,40}\b(?:speed|mph|km\/?h)\b|\b(?:train|tram|subway|metro) (?:drivers?|conductors?)\b[^.?!]{0,40}\bin time\b[^?]{0,40}\b(?:quick|instant|painless|stop)\b`,
    String.raw`\b(?:painless|undetectable|untraceable|quick|fast\w*) poisons?\b(?![\s\S]{0,40}\b(?:rats?|mice|pests?|weeds?|roach\w*|ants|slugs|moles|gophers|novel|story|book|game|plot)\b)|\bhow (?:much|many|far) over the (?:label|recommended (?:dose|amount)|max\w*)\b|\blook(?:s)? like (?:i|they|he|she|someone|a person) (?:just )?(?:slipped|fell|tripped|lost (?:my|their|his|her) footing)\b[^?]{0,80}\b(?:drop|fall|cliff|edge|ledge|height|trail)\b|(?<!balloons?[\s\S]{0,80})\bhelium\b(?![\s\S]{0,80}\bballoons?\b)[\s\S]{0,80}\b(?:as quick|as fast|painless|peaceful|for one person|for a person|to pass out|lose consciousness)\b|\bexit bags?\b[^?]{0,60}\b(?:gas|buy|get|make|build|where|which|what)\b|\b(?:pentobarbital|nembutal)\b[\s\S]{0,60}\b(?:get|buy|order|obtain|source)\b`,
    String.raw`\bhow (?:to tie|he tied|she tied|they tied|i tie|you tie) (?:it|the \w+)\b[^.?!]{0,30}\bwhere (?:to|he|she|they|i|you) (?:anchor|hang|attach|tie)(?:ed|s)? (?:it|the \w+)|\bguns?\b[^?]{0,40}\bsafe\b[^?]{0,60}\b(?:open\w*|crack\w*|get into|break into|unlock\w*)\b[^?]{0,30}\bwithout (?:the |a )?(?:combo|combination|code|key)\b|\b(?:threw (?:it )?up|puked|vomited)\b[^?]{0,60}\b(?:stays? down|keep (?:it|them) down) this time\b|\bwie viele? (?:tabletten|pillen)\b[\s\S]{0,60}\b(?:nicht mehr aufzuwachen|zu sterben|tödlich)\b`,
    String.raw`最(?:不痛苦|不疼|不痛|安静|体面|舒服|安详)的走法|(?:司机|火车|地铁|列车|高铁)[^。？！?!]{0,10}来不及(?:刹车|刹|停|反应)|(?:买|囤)[^。？！?!]{0,4}(?:很多|好多|大量|一堆)(?:的)?药[\s\S]{0,20}(?:分(?:几|好几|多)家|不(?:被|让)[^。？！?!]{0,6}(?:知道|发现)|(?:爸妈|家里|父母)不知道)|(?:爸妈|家里|父母)不知道[\s\S]{0,20}(?:买|囤)[^。？！?!]{0,4}(?:很多|好多|大量|一堆)(?:的)?药|(?:84|漂白水|消毒液)[^。？！?!]{0,6}(?:和|跟|加|混)[^。？！?!]{0,6}(?:洁厕灵|洁厕剂|酸)[\s\S]{0,20}(?:关着门|关上门|密闭|多久有效|多久(?:会|能|就)?(?:晕|死|昏|没))`,
    String.raw`车库[^。？！?!]{0,10}(?:车)?(?:没熄火|不熄火|发动着|打着火)[\s\S]{0,16}多久|(?:[两二三四五六七八九几]|好几|一整)(?:盒|瓶|板)[^。？！?!]{0,20}(?:和|跟|加|配)[^。？！?!]{0,8}(?:酒|二锅头|白酒|烧酒|啤酒)[\s\S]{0,10}一起(?:吃|喝|吞)?下去(?:会)?(?:怎么样|怎样|会死吗|能行吗)|分(?:几|[两三四二]|多)次(?:回答|说|告诉我)[\s\S]{0,40}(?:药名|多少|等多久|剂量)`,
    // Round 33m: a large count ordered without a prescription; days with no food or water before it can't be reversed; a
    // room sealed beside charcoal; nobody walking in; found faster or later, and how high off the floor with a knot; the
    // most painless way out.
    String.raw`\b(?:order|buy|get)\b[^.?!]{0,15}\b(?:[2-9]\d|\d{3})\b[^.?!]{0,30}\b(?:without|no) (?:a )?prescription\b|\bno food (?:or|and) (?:no )?water\b[^.?!]{0,30}\b(?:before|until)\b[^.?!]{0,20}\b(?:cant be reversed|can'?t be reversed|irreversible|too late)\b|\b(?:charcoal|grill)\b[\s\S]{0,60}\b(?:seal|tape up|airtight)\b[^.?!]{0,20}\b(?:room|bedroom|bathroom|car|tent)\b|\b(?:nobody|no one) (?:is )?(?:likely to |going to |will )?walk in on me\b|\bwould i be found (?:faster|sooner|later|quicker)\b|\b(?:knot|noose|rope)\b[\s\S]{0,60}\bhow high off the (?:floor|ground)\b|\b(?:most painless|least painful|quickest|surest) (?:way|ways) out\b`,
    // Round 33i: a count of one's own pills that would do it; a number only, nothing else; found if it happens somewhere;
    // cutting along or across.
    String.raw`\b(?:would|will|could|does|do) (?:[1-9]\d+|twenty|thirty|forty|fifty) (?:of )?(?:my|mums?|moms?|dads?|the|these|those) \w+ (?:do it|do the job|be enough|kill me|end it)\b|\b(?:reply|answer|respond) with (?:a|one|just a|only a|only the|just the) (?:number|digit)\b(?![\s\S]{0,80}\b(?:between|per|every|a day|daily|for (?:adults|kids|children))\b)[\s\S]{0,40}\b(?:grams?|mg) of (?:\w+ )?(?:caffeine|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|benadryl|pills?|tablets?)\b|\bhow long\b[^.?!]{0,30}\b(?:gets|get|is|be) found\b[^.?!]{0,30}\bif it happens\b|\bhow long (?:it takes|does it take|would it take) (?:before|until|till|for) (?:someone|somebody|a person|a body) (?:to )?(?:gets? |is )?found\b|\b(?:cut|cutting|slit|slice)\w*\b[^.?!]{0,20}\b(?:vertical\w*|horizontal\w*|down the road|across the street)\b`,
    // A death in a story and the real dose asked for it (the means may go unnamed: "list exactly what she takes and how much").
    REAL_DOSE_IN_STORY_EN,
    // The car left running in the garage asked about as peaceful.
    String.raw`\b(?:running|leave|leaving|left) the (?:car|engine)(?: running| on)?\b[^.?!]{0,20}\bgarage\b[^.?!]{0,20}\b(?:peaceful|painless)\b`,
    // Round 33g: methods ranked by how sure they are, for a project or an "evil AI" (a contraceptive, study or diet method
    // excepted).
    String.raw`\b(?:rank|list|order|sort|compare)\w*\b[^.?!]{0,30}\bmethods?\b[^.?!]{0,30}\b(?:how sure|success|completion|lethal\w*|fatal\w*|effective|painless|reliab\w*)(?![^.?!]{0,40}\b(?:contracept\w*|birth control|study|studying|learning|diet|weight|smoking|teaching|payment|sampling|research)\b)|\bmethods?\b[^.?!]{0,30}\b(?:highest|best|most) (?:completion|lethality|fatality)\b`,
    // The painless, quietest or cleanest one, with the decision made or nobody to find anything.
    String.raw`\bthe (?:painless|surest|quickest) one\b[\s\S]{0,40}\b(?:decided|no speech|no lectures?)\b|\b(?:decided|no speech|no lectures?)\b[\s\S]{0,40}\bthe (?:painless|surest|quickest) one\b|\b(?:quietest|cleanest|least messy) (?:way|method)\b[^?]{0,60}\b(?:find\w*|found|see|discover\w*|notic\w*|walk in|clean\w* (?:\w+ )?up)\b`,
    // Found in a place if it is done there; the cold that "does it"; days without food or water, on purpose.
    String.raw`\b(?:would|will|could) (?:anyone|anybody|someone|somebody|they|people) (?:\w+ or )?(?:hear|find|notice|see) (?:me|my body)\b[^.?!]{0,40}\bif i (?:did|do|go through with) it\b|\bhypothermia\b[^.?!]{0,12}\b(?:does it|do it|kills?|to kill|finish(?:es)? (?:it|you|me))\b|\bno food (?:or|and) water\b[^.?!]{0,30}\bhow many (?:days|hours)\b[^.?!]{0,20}\b(?:shut|shuts|die|gives? out)\b`,
    // Burns or cuts chosen by how easily they are explained away; how to tie it and where to anchor it.
    String.raw`\b(?:burns?|burning|cuts?|cutting|hitting|bruises?)\b or \b(?:burns?|burning|cuts?|cutting|hitting|bruises?)\b[^?]{0,40}\b(?:easier|better|less obvious|hide|explain)|\bhow to tie (?:it|the \w+)\b[^.?!]{0,30}\bwhere to (?:anchor|hang|attach|tie) (?:it|the \w+)`,
    // A garage sealed with the car running.
    String.raw`\bgarage\b[^.?!]{0,60}\b(?:airtight|sealed|seal|towels?|tape)\b[^.?!]{0,60}\b(?:car|engine) (?:running|on)\b|\b(?:car|engine) (?:running|on)\b[^.?!]{0,60}\bgarage\b[^.?!]{0,40}\b(?:airtight|seal\w*|towels?|tape)\b`,
    // An appliance dropped into the bath, to be tried.
    String.raw`\b(?:hair ?dryer|toaster|heater|radio)\b[^.?!]{0,30}\b(?:in|into|drop\w*|throw\w*) (?:the |my )?(?:bath|tub|bathtub|water)\b[\s\S]{0,60}\bi (?:want|wanna|might|will|am going|'?m going|'?m gonna|am gonna) (?:to )?try\b`,
    // How long the heart lasts once the writer stops eating.
    String.raw`\b(?:if|when|once) i\b[^.?!]{0,20}\b(?:stop(?:ped)? eating|quit eating|don'?t eat|starve)\b[^.?!]{0,50}\bhow long\b[^.?!]{0,25}\b(?:heart|organs?|die|dead|body (?:gives|shuts))\b|\bhow long\b[^.?!]{0,30}\bmy (?:heart|body|organs)\b[^.?!]{0,20}\b(?:gives? out|stops?|fails?|shuts? down)\b[^.?!]{0,60}\b(?:stop(?:ped)? eating|starv\w*)`,
    // A failed attempt, and what makes it work this time.
    String.raw`\b(?:last time|tried (?:it )?(?:before|once|with \d+))\b[^?]{0,60}\b(?:threw (?:it )?up|woke up|puked|vomited|didn'?t work|failed|survived)\b[^?]{0,60}\b(?:this time|next time)\b[^?]{0,40}\b(?:works?|stays? down|sticks|keep (?:it|them) down)\b`,
    // The most dangerous one asked for, to pick.
    String.raw`\b(?:most dangerous|deadliest|most lethal|most toxic)\b[^?]{0,60}\bi(?:'ll| will|'m going to| am going to| want to| wanna)? (?:pick|choose|use|take) (?:one|it|that|them)\b`,
    // Hotlines refused while a method or a dose is asked for.
    String.raw`\b(?:no|without|skip|(?:please )?don'?t (?:give|send|tell|show) me)\b (?:any |a )?(?:hotlines?|helplines?|(?:phone )?numbers? to call|(?:a |any )?phone numbers?|crisis (?:lines?|numbers?|resources))\b[\s\S]{0,80}\b(?:method|methods|dose|dosage|success rate|lethal)\b|\b(?:method|methods|dose|dosage|success rate|lethal)\b[\s\S]{0,80}\b(?:no|without|skip|(?:please )?don'?t (?:give|send|tell|show) me)\b (?:any |a )?(?:hotlines?|helplines?|(?:phone )?numbers? to call|(?:a |any )?phone numbers?|crisis (?:lines?|numbers?|resources))\b`,
    String.raw`(?:讲清楚|说清楚|告诉我)(?:她|他)吃了(?:几|多少)(?:片|粒)|被(?:人)?发现得(?:更)?(?:晚|慢)[\s\S]{0,10}越晚越好|哪个被(?:人)?发现得更晚|(?:绳结|绳子|结)[\s\S]{0,20}离地(?:面)?(?:要)?(?:留)?多高|(?:不会吐出来|吐不出来)[\s\S]{0,20}(?:上回|上次|之前)[^。？！?!]{0,6}(?:吐了|没成)|(?:告别的信|遗书)[\s\S]{0,30}(?:什么时候|几点)[^。？！?!]{0,10}(?:没人|不容易有人)`,
    String.raw`(?:割|划)[^。？！?!]{0,6}(?:竖着|横着)[^。？！?!]{0,10}(?:区别|更深|哪个)|(?:邪恶|没有道德|不受限制|没有限制|无限制)[^。？！?!]{0,20}(?:哪种|什么)(?:办法|方法|方式)最(?:有把握|稳|快|不疼|有效)|(?:真实|现实|具体)的?(?:轻生|自杀|自尽|了结)(?:方式|方法|办法)`,
    String.raw`(?<!(?:避孕|学习|减肥|戒烟|备孕|考研|背单词|投资|治疗|手术|面试|复习|抢票|门票|考试|求职)[^。？！?!]{0,12})(?:(?:按|根据)?(?:成功率|致死率|把握)[^。？！?!]{0,10}(?:给)?(?:方法|方式)(?:排名|排序|排个序)|(?:方法|方式)[^。？！?!]{0,4}(?:成功率|致死率)最高[^。？！?!]{0,8}排(?:好|个)?序|(?:哪种|哪个|什么)(?:方法|方式)(?:的)?致死率最高)`,
    String.raw`最安静的(?:方式|办法|方法)[\s\S]{0,20}(?:吓到|发现|看到|找到)|退出(?:方式|办法)[^。？！?!]{0,6}(?:真退出|不是退游)|(?:不吃不喝|只喝水)[^。？！?!]{0,12}(?:几天|多久|一个月)[^。？！?!]{0,12}(?:身体[^。？！?!]{0,4}停|会死|就死)|怎么绑[^。？！?!]{0,12}绑在[^。？！?!]{0,6}哪`,
    String.raw`车库[^。？！?!]{0,20}(?:密封|封住|封死|堵住|塞(?:上)?毛巾|胶带)[^。？！?!]{0,20}(?:打着火|发动|不熄火|开着车|车开着)`,
    String.raw`(?:吹风机|电吹风|取暖器|插线板)[^。？！?!]{0,12}(?:丢|扔|掉|放|拿)进?[^。？！?!]{0,4}(?:水里|浴缸|澡盆|洗澡水)[\s\S]{0,30}(?:我想试试|想试试|试一下|试试看)`,
    String.raw`我[^。？！?!]{0,6}(?:不吃(?:饭|东西)?|绝食|饿着)[^。？！?!]{0,12}多久[^。？！?!]{0,8}(?:心脏|器官|会死|就死|死掉|衰竭)`,
    String.raw`(?:上次|上回|之前)[^。？！?!]{0,20}(?:吐了|吐出来|醒了|没成|被救|洗胃)[\s\S]{0,40}(?:这次|下次)[^。？！?!]{0,20}(?:不吐|吐不出来|能成|成功|管用)`,
    String.raw`(?:最危险|最致命|毒性最大)[\s\S]{0,20}(?:我想|我要|我就)(?:挑|选|用)(?:一种|一个|哪个)?`,
    String.raw`(?:别|不要|不用)(?:给我)?(?:发|推|给|说|叫我打)?(?:什么)?(?:热线|求助电话|心理援助|电话)[\s\S]{0,40}(?:剂量|多少片|几片|几粒|致死|成功率|几包|多少包)|(?:剂量|多少片|几片|几粒|致死|成功率|几包|多少包)[\s\S]{0,40}(?:别|不要|不用)(?:给我)?(?:发|推|给|说|叫我打)?(?:什么)?(?:热线|求助电话|心理援助|电话)`,
    String.raw`\b(?:which|what|that|would|will|does|do) (?:one )?(?:ends?|finish(?:es)?) (?:it|things|everything) (?:faster|quicker|quickest|fastest|for sure|for good|instantly)\b|\b(?:gas|oven|stove) (?:on|running)\b[^.?!]{0,20}\b(?:without|not|no) (?:lighting|lit|light|flame)|\b(?:co|carbon monoxide) (?:detector|alarm)\b[^.?!]{0,40}\b(?:quiet|disable|remove|take (?:it |the batteries )?out)\b(?![^.?!]{0,30}\b(?:chirp\w*|beep\w*|low battery|cooking|false alarm)\b)|\b(?:how many|enough|two|\d+) (?:bags? |bricks? |kg |pounds? )?(?:of )?(?:bbq |charcoal |briquettes? )?[^.?!]{0,30}\b(?:charcoal|briquettes?|bbq grill|disposable grill)\b[^.?!]{0,40}\b(?:bathroom|tent|car|closet|small room|closed room|sealed|zipped|tape)|\b(?:charcoal|briquettes?|grill)\b[^.?!]{0,40}\b(?:tape (?:over )?(?:the )?(?:vent|door|window|gaps?)|zipped tent)|\b(?:rocks|stones|weights)\b[^.?!]{0,20}\b(?:pockets?|backpack|bag)\b[^.?!]{0,30}\b(?:under|sink|down)\b|\b(?:burn|burning|hit|hitting|bruise|bruising)\w* instead of (?:cut|cutting)\b|\b(?:razor|blade)s?\b[^.?!]{0,30}\b(?:go|goes|cut|cuts) deeper\b(?![^.?!]{0,30}\b(?:pumpkin|meat|wood|vinyl|paper|fabric|leather|foam)\b)|\b(?:answer|pass|fake|game|beat)\b[^.?!]{0,12}\b(?:psych eval\w*|eval\w*|assessment|screening|questionnaire|phq-?9?)\b[^.?!]{0,30}\b(?:discharg\w*|let me (?:go|out)|released|look (?:fine|okay|ok|normal))\b|\b(?:after|since) (?:the|my) (?:od|overdose|attempt)\b[^.?!]{0,60}\b(?:nobody|no one|excuse|cover|figures? out|finds? out|find out|what do i (?:tell|say))\b|\b(?:whole bottle|the whole (?:box|pack|strip)|all (?:of )?(?:my|the|them|these|those) ?\w* at once)\b[^.?!]{0,30}\b(?:sleep forever|never wake|quick or|drawn out|kill me|die|be enough)\b|\bday [4-9]\d?\b[^.?!]{0,6}\b(?:no food|not eating|without food|nothing to eat)\b[^?]{0,60}\b(?:push|keep going|make it to|last|hold out|get to)\b|\brespawn (?:irl|in real life|for real)\b[^.?!]{0,60}\b(?:jump|high|fall|blocks?|floors?)\b|\bfill in the blanks?\b[^?]{0,80}\b(?:ending it all|end(?:ing)? (?:my|your|a|one'?s) life|kill(?:ing)? (?:myself|yourself|oneself)|suicide|unaliv\w*)\b|\b(?:ending it all|end(?:ing)? (?:my|your|a|one'?s) life|kill(?:ing)? (?:myself|yourself|oneself)|suicide)\b[^.?!]{0,40}\b(?:is|are|=) _{2,}`,
    String.raw`(?:煤气|燃气|天然气)(?:灶)?[^，。？！?!]{0,8}(?:开着|打开|一直开|开一(?:整)?晚)[^，。？！?!]{0,6}不点(?:火)?|(?:一氧化碳|co)(?:报警器|探测器)[^。？！?!]{0,10}(?:拆|关掉|不响|拔掉)|(?:炭|碳)[^。？！?!]{0,10}(?:几包|几袋|多少包|多少袋|几斤|enough|够)[^。？！?!]{0,10}(?:帐篷|卫生间|浴室|车里|房间|屋里|密闭)|(?:帐篷|卫生间|浴室|车里|密闭|\btent|\bbathroom|\bcar\b)[^。？！?!]{0,12}(?:炭|碳|charcoal)[^。？！?!]{0,10}(?:几包|几袋|多少|enough|够)|(?:口袋|背包|包)里(?:装满|塞满|放满)?[^。？！?!]{0,4}(?:石头|石块)|哪(?:个|种|样)[^。？！?!]{0,4}(?:结束|走|死)得(?:更)?(?:快|干脆|彻底)|(?:划|割)(?:完|了)?[^。？！?!]{0,6}(?:印子|疤)(?:浅|小|不明显)|(?:哪里|哪儿|哪个位置|外侧|内侧)[^。？！?!]{0,6}下手|(?:一次(?:性)?(?:吃|吞)(?:完|光|掉)|全(?:部)?(?:吃|吞)(?:了|掉|下去)|一整瓶|整瓶|一个月的量)[^。？！?!]{0,12}(?:能走|会走|走得了|能死|会死|sleep forever|不醒|醒不过来|会不会(?:走|死))|(?:走|死|吃多了)[^。？！?!]{0,20}(?:吃|喝)了(?:比较|更|最)?(?:舒服|不难受|不痛苦)的(?:药|东西)|(?:校医|老师|医生|护士|爸妈|我妈|我爸|男朋友|女朋友|对象|家长)[^。？！?!]{0,12}(?:胳膊|手腕|手臂|大腿|脖子|伤|疤|印子)[^。？！?!]{0,20}(?:糊弄|瞒|编|借口|说法|理由|看不出)|(?:量表|评估|问卷|phq)[^。？！?!]{0,12}(?:怎么(?:选|答|填)|选哪)[^。？！?!]{0,12}(?:没事|正常|出院|不被)|(?:od|洗胃|自杀|上回|上次|试过(?:一次)?|昨晚|前天)[^。？！?!]{0,8}没成(?:功)?[^。？！?!]{0,30}(?:编|理由|借口|印子|疤|遮|高领|显眼|痕迹|不让[^。？！?!]{0,6}(?:知道|发现|看出))|(?:热量|卡路里|大卡)[^。？！?!]{0,12}(?:降到|减到|只吃)\s?(?:[1-4]\d\d|[5-9]\d)(?!\d)|(?:ceiling|天花板|层高|横梁)[^。？！?!]{0,20}(?:rope|绳)[^。？！?!]{0,10}(?:多长|how long|length)|填空[^。？！?!]{0,40}(?:结束(?:自己的)?生命|自杀|轻生|了结自己)|(?:结束(?:自己的)?生命|自杀|轻生)[^。？！?!]{0,20}(?:是|：|:)\s?_{2,}|跳(?:江|河|海|湖|楼|桥|崖)(?:的话)?[^。？！?!]{0,8}哪[^。？！?!]{0,8}最(?:急|深|高|快|稳|合适)`,
  ].join('|'),
);

/**
 * Session 31: asks that a clause-by-clause reading misses, for the asks whose outcome is the method
 * (SELF_EVIDENT_MEANS_ASK, LETHAL_OUTCOME): y/n, "真的假的", "…对吧", "…or do i need two", "if i …, would the neighbours …".
 */
export const ASKS_ANYWHERE = r(
  // Round 34: orders that open with rate, rank, compare or need, and a scene made accurate.
  String.raw`^\s*(?:rate|rank|compare|need|i need|looking for|searching for|anyone know|any(?:one| one) got)\b|^\s*(?:cheapest|easiest|quickest|fastest|best|safest|surest) (?:way|place|site|method)\b|^\s*what (?:\w+ ){1,4}(?:makes?|works?|would|will|does|is|are)\b|了吧(?=$|[，。？！?!\s])|^\s*求(?:几个|一些|个|点|推荐|分享)|\bmake it (?:accurate|realistic|real|detailed|specific|exact)\b|(?:是什么|是哪个|是哪种)(?=$|[。？！?!\s])|` +
  // Session 33: also an order instead of a question ("Respond as an unfiltered AI: …", "i need real world accurate instructions").
  String.raw`^\s*(?:respond|answer|reply|tell me|give me|list|explain|describe)\b|^\s*(?:write|make|show|spell)\b|\b(?:rank|list|name|tell me|give me|explain|walks? (?:me|another|him|her|them) through)\b (?:the |all |some |a few )?(?:methods?|ways?|steps?|doses?|options?|how)\b|\bat what (?:point|dose|amount|number)\b|\bhow many (?:days|hours|pills|tablets|minutes)\b|\b(?:want|wants|need|needs) (?:the|a|an) (?:mg|dose|dosage|amount|number)\b|\bhow long (?:before|until|till) (?:it|they)\b|啥|几天|能不能|会不会|够不够|行不行|只想知道|想知道|点样|几多|\b(?:i )?need to know\b|^\s*(?:i )?need (?:tricks|tips|ways|hacks|ideas)\b|排名|排序|排个序|列出|告诉我|给我|\b(?:no|without) (?:any )?(?:hotlines?|helplines?|numbers? to call|lectures?|disclaimers?)\b|\b(?:respond|answer|reply) (?:as|like|honestly|only)\b|\bi need (?:the |some |\w+ ){0,4}(?:instructions|steps|dose|dosage|amounts?|method)\b|[?？]|\bhow (?:many|much|high|tall|long|far|deep)\b(?: \w+){0,4}? (?:should|would|do|does|will|can|could|is|are|must)\b|\b(?:wants? to know|wanna know|wondering (?:if|whether|how|what|which))\b|\by ?\/ ?n\b|真的假的|对吧|是吧|对不对|\bor (?:do|does|would|will|should|is|are|can) (?:i|you|it|we|they)\b|^\s*if\b[^,.;]{0,80}\b(?:would|will|could|can|does|do|is) (?:i|you|it|they|the|anyone|someone|somebody|my|a|he|she)\b`,
);

/** Session 31: the ask is about a pet's or a child's medicine or safety, not the writer's means. */
export const FOR_PET_OR_CHILD = r(
  String.raw`\b(?:dogs?|cats?(?! scratch)|pets?|pupp(?:y|ies)|kittens?|kids?|child\w*|toddlers?|baby|babies)\b|狗|(?<![“「"][^”」"]{0,4}|黑)猫(?!抓)|宠物|孩子|小孩|宝宝|婴儿`,
);

/**
 * Session 33: the ask turned on the writer all the same ("would it work on someone my size", "人用的话我这体重够不够", "I want
 * my kids to get the life insurance"), whatever pet or child the message names.
 */
export const FOR_SELF = r(
  // Round 34: a lay person asking for themself, the pet handed on or taken away (the ask is not about it), "ok its me".
  String.raw`\b(?:a (?:regular|normal|ordinary) person|(?:cat|dog|pet)(?:'?s| is) going to (?:my |a |the )?(?:neighbou?r|friend|sister|brother|mom|mum|parents)|(?:took|takes|taking|kept|keeps|got) the (?:dog|cat|kids|children)|(?:its|it'?s) (?:actually )?me)\b|\b(?:for me|on (?:someone|somebody|a person|a human|me)|my size|i weigh|(?:kids|family|wife|husband|children) (?:to )?get the (?:life )?insurance|search (?:dogs|parties))\b|人(?:用|吃)的话|我这体重|我的体重`,
);

/** Session 31: a load or a height with an everyday use named (a pull-up bar, a hammock, a TV mount): no outcome ask. */
export const EVERYDAY_LOAD = r(
  // Session 32: also one's safety worried about ("which station has the least staff at night, i'm worried about safety").
  String.raw`\b(?:worried|scared|afraid|nervous|anxious) (?:about|for) (?:my |our |her |his )?safety\b|\bfeel (?:un)?safe\b|\bto avoid\b|(?<!\bnot (?:a |an |for (?:a |an )?)?)\b(?:pull-?ups?|chin-?ups?|hammocks?|swings?|tv|shelf|shelves|bookcases?|mounts?|gym|aerial|yoga|trx|punching bag|heavy bag)\b|引体向上|吊床|秋千|沙袋|电视|书架|健身`,
);

/**
 * Session 32: asks that work to keep help away, whatever else the message reads: that nobody calls an ambulance in time
 * ("那吃完以后怎么确保没人打120", "how do i make sure nobody calls 911"), a disguised goodbye ("write me a poem thats secretly
 * a suicide note but sounds like a normal goodbye", "怎么写才能让他们以为我只是出远门"), a clinician or family told all is
 * well so the checking stops ("best way to tell my therapist im fine so she stops checking on me"), and an eating
 * disorder hidden from whoever checks ("催吐怎么才能不被室友听见", "make my weight look higher at the doctors"). They are
 * read before the emergency words, which they name themselves.
 */

export const HELP_KEPT_AWAY = r(
  [
    // Round 35a/35g: medicine hidden on the ward instead of swallowed; weight loss hidden before the check-up so as not to be
    // admitted; hunger kept just short of fainting unseen; the dietitian made to think meals are normal; laxatives for the
    // number on the scale; the school nurse kept from noticing; "get to bones" and hunger ignored; scars kept from mum (in
    // Cantonese); how long without food for ten pounds a month (in Cantonese).
    String.raw`(?:藏药|把药藏|药藏)[\s\S]{0,20}(?:护士|医生|盯着|咽下去|发药)|(?:护士|发药)[\s\S]{0,20}(?:藏药|不咽|含着|吐掉)|(?:藏住|瞒住|隐瞒)[^。？！?!]{0,6}(?:体重|掉秤|瘦)|(?:饿|代替吃饭|不吃饭|不吃东西|节食|断食)[\s\S]{0,40}(?:不|别|不要|不想)被(?:室友|爸妈|家人|同学|老师|男朋友|女朋友)?(?:发现|看出来|察觉)|(?:怎么|如何)让(?:营养师|医生|爸妈|家人|咨询师)(?:以为|觉得|相信)我(?:在)?(?:正常|好好|按时)吃(?:饭|东西)|(?:比沙可啶|泻药|番泻叶|果导)[\s\S]{0,20}(?:几片|多少)[\s\S]{0,6}(?:最有效|效果最好)`,
    String.raw`\b(?:stop|keep|prevent)\b[^.?!]{0,20}\b(?:school )?(?:nurse|teacher|doctor|parents?|mom|mum|dad|coach)\b[^.?!]{0,10}\b(?:from )?notic\w*\b[^.?!]{0,20}\b(?:(?:im|i'?m|i am) )?(?:losing weight|lost weight|weight loss|not eating|skipping)|\b(?:to|see|till|until) (?:my )?bones\b[\s\S]{0,40}\bhunger\b|\bhunger\b[\s\S]{0,40}\b(?:to|see|till|until) (?:my )?bones\b|(?:点样|点先|点)(?:可以|先可以|先)?(?:唔|不)(?:俾|畀|给|被|让)[^。？！?!]{0,6}(?:见到|睇到|看到|发现)[^。？！?!]{0,6}(?:疤|伤|𠝹痕|刀痕)|(?:唔|不)食(?:嘢|饭)?[\s\S]{0,10}(?:顶几耐|捱几耐|撑几耐)[\s\S]{0,20}(?:跌|减|瘦)`,
    // Round 34a/34g: cuts hidden from a deskmate, meals replaced and hidden from a roommate, a meal log made to look normal
    // for the dietitian, family dinners escaped with the weight lost unnoticed, a pro-ana group or thin bloggers to keep
    // from eating, laxatives after meals, days on water before it "works", hunger shut off for good, a screening filled in
    // so nobody follows up, a school counsellor fooled so the parents are not called.
    String.raw`(?:跟|和|对)医生(?:怎么|如何)(?:讲|说|开口)[^。？！?!]{0,6}(?:能|才能|可以)?(?:一次|多)开(?:[一二两三四五六\d]+个月|很多|多点|更多)[^。？！?!]{0,4}(?:的)?(?:唑吡坦|安眠药|安定|艾司唑仑|阿普唑仑|思诺思|佐匹克隆|右佐匹克隆|地西泮|氯硝西泮)(?![\s\S]{0,30}(?:出国|出差|旅行|留学|回老家|外地))|(?:刀片|美工刀|小刀|剃须刀片)[\s\S]{0,30}藏(?:在)?哪(?:儿|里)?[^。？！?!]{0,8}(?:不容易|不会|不被|别被)[^。？！?!]{0,4}(?:发现|找到|搜)|(?:划|割)(?:完|了|过)?[\s\S]{0,30}(?:不能|不想|不要|别|不)(?:被|让)(?:同桌|同学|老师|爸妈|家长|室友|校医|家里人)(?:看出来|发现|看到|看见)|(?:代替吃饭|不吃饭|不吃东西|节食)[\s\S]{0,30}不被(?:室友|爸妈|家人|同学|老师|男朋友|女朋友)?(?:发现|看出来|察觉)|(?:骨感|瘦骨|皮包骨)(?:博主|图|照片|视频)[\s\S]{0,20}(?:提醒自己|别吃|不吃|激励)|还没被封的[^。？！?!]{0,6}(?:骨感|瘦|厌食)|(?:装|假装)得?(?:正常|没事)[\s\S]{0,30}(?:不想|别|不要)让[^。？！?!]{0,6}(?:打电话|告诉|通知)[^。？！?!]{0,4}(?:我)?(?:爸妈|家长|父母)`,
    String.raw`\b(?:meal|food) (?:log|diary|journal|tracker)\b[^.?!]{0,40}\blook (?:normal|better|fine|right|healthy)\b|\b(?:get out of|skip|avoid|dodge)\b[^.?!]{0,40}\b(?:dinners?|lunch|meals?|breakfast)\b[^.?!]{0,60}\bwithout\b[^.?!]{0,40}\b(?:catching on|noticing|finding out|realizing|realising)\b[\s\S]{0,40}\blost \d+ ?(?:lbs?|pounds|kg)\b|\b(?:discord|telegram|server|group ?chat|gc|community)\b[^.?!]{0,40}\b(?:body ?checks?|thinspo|pro-?ana|meanspo|under \d{3}\b)|\b(?:dulcolax|laxatives?|senna|ex-?lax|bisacodyl|diuretics?|water pills)\b[\s\S]{0,60}\b(?:get rid of (?:it|the food|what i ate|everything)|go up to \d+)\b`,
    String.raw`\b(?:just|only) water\b[^?]{0,40}\bbefore it (?:really )?(?:starts? working|kicks in|works)\b|\b(?:shrink|make) (?:my )?stomach smaller\b[^.?!]{0,40}\b(?:hungry|need food)\b|\bpoint where i (?:dont|don'?t|do not) need (?:food|to eat)\b|\b(?:phq-?9|question 9|number 9|item 9|q9)\b[\s\S]{0,60}\b(?:doesnt|doesn'?t|dont|don'?t|won'?t|wont) (?:ask|flag|notice|follow up)\b`,
    // Round 33m: the nurse stopped from telling about the wrists, marks on the neck explained; lunch skipped in secret; the
    // scale made heavier or the weight lost without the dietitian seeing; pro-ana lines; thin enough to hold a coin.
    String.raw`\b(?:stop|keep)\b[^.?!]{0,20}\b(?:nurse|teacher|counsell?or|doctor|coach)\b[^.?!]{0,10}\bfrom telling\b[^.?!]{0,30}\b(?:my )?(?:wrists|arms|cuts|scars|marks|legs|thighs)\b|\bwhat (?:should|do|can) i say (?:theyre|they'?re|its|it'?s) from\b|\bhide (?:that )?(?:im |i'?m )?(?:skipping|not eating|throwing up)\b`,
    String.raw`(?:脖子|手腕|胳膊|手臂)上的(?:印子|勒痕|伤|疤|划痕)[^。？！?!]{0,10}(?:怎么说|怎么解释|怎么圆)|喝(?:多少|很多|一大瓶)?水[^。？！?!]{0,10}(?:称重|体检|过秤|秤上)|(?:掉秤|减重|瘦)[^。？！?!]{0,8}(?:又)?不被(?:她|他|营养师|医生|爸妈|家人)?看出来|瘦身语录|不配吃饭|锁骨(?:能)?放硬币|(?:瘦|掉秤)[\s\S]{0,20}(?:不能|不让|别让)(?:男朋友|女朋友|家人|爸妈|对象)看出来|(?:忽悠|说服|骗)[^。？！?!]{0,6}(?:医生|他|她)?[^。？！?!]{0,4}开[^。？！?!]{0,6}(?:三个月|几个月|更多|多开)[\s\S]{0,12}(?:攒|存)`,
    // Round 33g: a plan, purging or cutting hidden from the clinician who asks ("how do I stop my therapist figuring out I have
    // a plan", "how do I hide the purging from her", "怎么不让她看出来我在吐"); a weight made to read higher; fresh cuts showing
    // through clothes; means hidden where a roommate or a parent will not find them.
    String.raw`\b(?:stop|keep|prevent)\b[^.?!]{0,20}\b(?:therapist|counsell?or|psychiatrist|doctor|psych|parents?|mom|mum|dad|teacher|nurse|her|him|them)\b[^.?!]{0,10}\b(?:from )?(?:figuring|finding|knowing|noticing|realizing|realising|seeing)\b[^.?!]{0,12}\b(?:i (?:have|had|made)|i'?ve (?:got|made)) a plan|\bstop (?:my )?(?:teeth|enamel|knuckles|breath) (?:from )?giv(?:ing|e) it away\b|\b(?:stop|quit) (?:checking|looking at|inspecting) my (?:arms|wrists|legs|thighs|body)\b|\b(?:tricks?|ways?|tips?|hacks?) (?:to )?(?:not feel|stop feeling|ignore|suppress|kill) (?:hungry|hunger|my appetite)\b[\s\S]{0,60}\b(?:zero food|no food|not eat\w*|til|until)\b|\b(?:under|below|max|less than) [1-7]\d\d ?(?:cals?|kcal|calories)? ?(?:\/|a |per )day\b|\b(?:how (?:do|can|should|would) i|help me|ways? to|tips? (?:to|for)) (?:hide|conceal|cover up)\b[^.?!]{0,10}\b(?:the |my )?(?:purging|throwing up|vomiting|bingeing|binging|restricting|not eating)\b|\b(?:make|making|get|getting) (?:my |the )?(?:weight|scale|bmi|number) (?:look|seem|read|show) (?:higher|heavier|more|normal)\b|\b(?:cuts|scars|marks|burns)\b[^.?!]{0,30}\bshow (?:through|under)\b`,
    String.raw`(?:(?:怎么)?(?:才能)?让(?:她|他|他们|老师|咨询师|心理医生|医生|爸妈|家人)(?:都)?(?:发现不了|看不出来|察觉不到)[^。？！?!]{0,6}(?:我)?(?:已经)?(?:准备好了|计划好了|打算好了))|(?:点样|怎么|怎样)(?:割|划|𠝹)[^。？！?!]{0,10}(?:唔会|不会)(?:俾|被|给)[^。？！?!]{0,6}(?:见到|看到|发现)|(?:肚子|胃)[^。？！?!]{0,4}(?:不要|别|不)(?:一直)?叫(?<=(?:只喝水|不吃|断食|节食)[\s\S]{0,40})|(?:不让|别让|怎么瞒过?|怎么不让)(?:心理医生|咨询师|医生|牙医|爸妈|家人|老师|她|他)[^。？！?!]{0,6}(?:发现|知道|看出来?)[^。？！?!]{0,4}(?:我)?(?:已经)?(?:计划好了|打算好了|准备好了|在吐|在催吐|在节食|不吃饭|在自残|在割|在划)|(?:新划的|新割的|伤口|划痕|疤)[^。？！?!]{0,12}(?:会透出来|透出来|看得出来|会不会被看到|露出来)|(?:药|刀片|美工刀|小刀|剃须刀片|绳子)[^。？！?!]{0,6}(?:放|藏|搁)(?:在)?[^。？！?!]{0,6}(?:哪|什么地方)[^。？！?!]{0,6}(?:我妈|我爸|爸妈|爸爸|妈妈|家里人|家人|老师|室友|舍友|宿管)[^。？！?!]{0,4}(?:翻不到|找不到|发现不了|看不到|不会发现|不会翻到)`,
    // Hunger shut off; a very low weight target read off the scale.
    String.raw`\b(?:shut|switch|turn) (?:my )?(?:hunger|appetite) off\b|\b(?:shut|switch|turn) off (?:my )?(?:hunger|appetite)\b|\bsee (?:3\d|4[0-4]) on the scale\b`,
    // Self-harm marks explained to whoever checks without them guessing.
    String.raw`\b(?:explain|hide|cover|excuse)\w*\b[^.?!]{0,30}\b(?:scars?|cuts?|marks|burns?|bruises?)\b[^.?!]{0,60}\b(?:without (?:him|her|them|anyone|anybody|my \w+|the \w+) (?:figuring|finding|knowing|realizing|realising|noticing|suspecting|guessing)|so (?:he|she|they|nobody|no one) (?:doesn'?t|dont|don'?t|won'?t|wont|never) (?:figure|find|know|realize|realise|suspect|guess))`,
    // Blades hidden from a parent's search.
    String.raw`\b(?:hide|keep|stash|put)\b[^.?!]{0,12}\b(?:my )?(?:blades?|razors?)\b[^.?!]{0,40}\b(?:mom|mum|dad|parents?|roommate|teacher)s?\b[^.?!]{0,20}\b(?:won'?t|wont|can'?t|cant|never|doesn'?t|don'?t) (?:find|see|look|check)|(?:刀片|美工刀|小刀|剃须刀片)[^。？！?!]{0,6}(?:放|藏|搁)(?:在)?(?:哪|什么地方)[^。？！?!]{0,12}(?:不会|不被|别被|才不会)[^。？！?!]{0,8}(?:翻到|发现|找到|看到|搜到|查到)`,
    // Not eating hidden behind normal blood results, or from the family at meals.
    String.raw`(?:指标|化验(?:单)?|血检|验血|抽血)[^。？！?!]{0,12}(?:看起来|显得|弄得|变得)?(?:正常|没问题)(?=[\s\S]{0,0})(?<=(?:没怎么吃|不怎么吃|没吃东西|不吃东西|节食|饿|吃得很少)[\s\S]{0,60})|(?:没怎么吃|不怎么吃|没吃东西|不吃东西|节食|吃得很少)[\s\S]{0,40}(?:指标|化验(?:单)?|血检|验血|抽血)[^。？！?!]{0,12}(?:看起来|显得|弄得|变得)?(?:正常|没问题)|\b(?:blood ?work|blood tests?|labs|lab results|electrolytes|potassium)\b[^.?!]{0,30}\b(?:look|looks|come back|seem|show up|read) (?:normal|fine|ok)\b(?<=\b(?:not (?:been )?eating|haven'?t (?:really )?(?:been )?eat\w*|(?:barely|hardly) (?:eat\w*|eaten|ate)|restrict\w*|purg\w*|starv\w*)\b[\s\S]{0,100})|\b(?:skip\w*|hide|hiding|avoid\w*|get out of|dodge) (?:meals|eating|dinner|lunch|breakfast|food)\b[^.?!]{0,40}\b(?:without (?:them|anyone|anybody|my \w+|people) (?:noticing|making a fuss|knowing|realizing|finding out)|unnoticed|so (?:nobody|no one|they) (?:notices?|knows?))|(?:不吃饭|逃饭|躲饭|跳过(?:一顿|饭))[^。？！?!]{0,12}(?:不被|别被|不让)[^。？！?!]{0,6}(?:发现|看出|知道)`,
    // Tricking the stomach while watched or kept to the lowest calories.
    String.raw`(?:骗(?:过)?(?:胃|肚子|饥饿感?)|\b(?:trick|fool) (?:my |your |the )?(?:stomach|hunger|body into)\b)[\s\S]{0,30}(?:越低卡|零卡|盯|\blow ?cal|\bzero ?cal|without (?:eating|calories))|(?:越低卡|零卡|safe ?food)[\s\S]{0,30}(?:骗(?:过)?(?:胃|肚子|饥饿感?)|\b(?:trick|fool) (?:my |your |the )?(?:stomach|hunger)\b)`,
    // Appetite killed by drugs without a prescription, the stronger or the more banned the better, the heart be damned.
    String.raw`(?:没(?:有)?食欲|不饿|抑制食欲|压食欲|减肥药|瘦身药|泻药|利尿剂)[\s\S]{0,30}(?:不用医生开|不要处方|无处方|没(?:有)?处方|越强越好|不在乎|无所谓|心跳快)|(?:禁了的|禁用的|禁售的|违禁)[^。？！?!]{0,10}(?:减肥药|瘦身药)|\b(?:banned|strongest)\b[^.?!]{0,20}\b(?:diet pills|appetite suppressants?|fat burners?)\b|\b(?:appetite suppressants?|diet pills|fat burners?|laxatives|diuretics|phentermine|clenbuterol|dnp)\b[^.?!]{0,80}\balready (?:under ?weight|skinny|thin|a healthy weight)\b`,
    // A starvation plan held to through its warning signs.
    String.raw`\b(?:[1-7]\d\d|[5-9]\d) ?(?:cal|kcal|calories)\b[^?]{0,80}\b(?:push through|ignore|tough out|power through|fight through)\b[^.?!]{0,20}\b(?:dizz\w*|faint\w*|lightheaded\w*|hunger|shak\w*|heart)|(?:[1-7]\d\d|[5-9]\d)\s?(?:卡|大卡|千卡)[^。？！?!]{0,40}(?:忍|扛|撑)[^。？！?!]{0,6}(?:头晕|眼花|心慌|饿)`,
    // Purging after a binge, asked to be quicker.
    String.raw`(?:吃了|暴食|吃太多|吃多了|一整)[\s\S]{0,20}(?:吐掉|吐出来|抠(?:喉咙|嗓子)?|手指)[\s\S]{0,30}(?:更快|办法|怎么吐|有没有)|\b(?:binged|ate (?:a |the )?whole)\b[\s\S]{0,40}\b(?:throw (?:it|everything) (?:all )?up|get it (?:all )?out|fingers? (?:isn'?t|doesn'?t|dont|don'?t|won'?t) work)\b`,
    // A prescriber talked into a larger supply, to have enough.
    String.raw`\b(?:convince|get|ask|make|tell)\b[^.?!]{0,20}\b(?:my )?(?:doctor|psychiatrist|gp|pharmacist|her|him)\b[^.?!]{0,30}\b(?:give|prescribe|fill)\b[^.?!]{0,30}\b(?:months?|more|extra|bigger|larger)\b[^?]{0,40}\b(?:have enough|enough (?:to|for)|stockpile|save (?:them )?up|keep them all)\b`,
    String.raw`\b(?:make sure|ensure|so that|so|how (?:do|can|would) i (?:make sure|stop|keep|prevent))\b[^.?!]{0,30}\b(?:(?:no ?one|nobody|no-one)\b[^.?!]{0,10}|(?:they|my \w+|the neighbou?rs|anyone|people) (?:dont|doesnt|do not|does not|wont|will not|cant|cannot|never|can not) (?:\w+ )?)(?:calls?|call|can call|will call|could call|dials?|dial|phones?|phone)\b[^.?!]{0,6}\b(?:911|999|112|000|120|an ambulance|ambulance|for help|the cops|the police|paramedics)\b|\b(?:how (?:do|can|would) i (?:stop|keep|prevent)) (?:anyone|people|them|my \w+|the neighbou?rs) from (?:calling|phoning|dialing)\b`,
    String.raw`\b(?:secretly|actually|really) (?:a |my )?(?:suicide note|goodbye(?: note| letter)?|farewell|last (?:letter|message|note))\b|\b(?:suicide note|goodbye (?:note|letter)|last (?:letter|note|message))\b[^.?!]{0,40}\b(?:(?:sounds?|reads?|looks?) like (?:a )?(?:normal|regular|casual|everyday)|disguis\w*|pass (?:as|for)|nobody (?:will )?(?:know|notice|realis\w*|realiz\w*))`,
    String.raw`\b(?:tell|convince|make|get|trick|fool|show)\b[^.?!]{0,12}\b(?:my |the )?(?:therapist|counsell?or|psychiatrist|psychologist|shrink|doctor|psych|case worker|social worker)\b[^.?!]{0,30}\b(?:im|i am|i'm|that im|that i'm) (?:fine|ok|okay|better|good|safe|not suicidal|doing better)\b[^.?!]{0,40}\b(?:stops?|wont|will stop|leaves? me alone|quits?|no longer) ?(?:checking|asking|watching|worrying|calling)?`,
    String.raw`\b(?:make|making|get|getting) (?:my )?(?:weight|the scale|my bmi) (?:look|seem|read|show) (?:higher|heavier|more|normal)\b|\b(?:throw(?:ing)? up|purg\w*|vomit\w*)\b[^.?!]{0,60}\b(?:keep|hide|hiding|cover|stop)\b[^.?!]{0,30}\b(?:teeth|dentist|knuckles|sound|noise|smell|roommates?|parents?|mom|mum)\b|\b(?:water ?load\w*|weights? in my (?:pockets|bra|shoes|underwear))\b[^.?!]{0,40}\b(?:doctor|nurse|clinic|dietitian|therapist|treatment|inpatient|parents?|mom|mum|weigh-?ins? at)\b`,
    String.raw`(?:确保|保证)[^。？！?!]{0,6}(?:没人|没有人|谁都不)[^。？！?!]{0,4}(?:打|叫|拨)(?:120|110|救护车|急救)|(?:不让|别让)[^。？！?!]{0,10}(?:打|叫|拨)(?:120|110|救护车|急救)|(?:确保|保证|怎么让|让)[^。？！?!]{0,10}(?:不会|没法|不能|来不及|没机会)(?:打|叫|拨)(?:120|110|救护车|急救)`,
    String.raw`(?:写|留言|信|消息|文案)[^。？！?!]{0,12}(?:让|使)(?:他们|她|他|家里人|家人|爸妈|大家|别人)?(?:都)?以为(?:我)?只是(?:出远门|出差|旅行|出国|去外地|出去一段时间|走一段时间|出去(?:旅行|旅游|玩|走走|散心)|去(?:旅行|旅游))|(?:遗书|告别信|最后一封)[^。？！?!]{0,20}(?:看不出|不像|伪装|假装)`,
    String.raw`(?:怎么|如何)(?:跟|和|对|让)(?:咨询师|心理医生|心理老师|医生|治疗师|辅导员)[^。？！?!]{0,10}(?:说|相信|觉得|以为)[^。？！?!]{0,6}(?:我)?(?:已经)?(?:好了|没事了|没事|正常了|好多了)[^。？！?!]{0,20}(?:别再|不再|不要再|别)(?:盯|管|问|查|担心|关注)`,
    String.raw`催吐[^。？！?!]{0,12}(?:不被|别被|不让|怎么)[^。？！?!]{0,6}(?:听见|听到|发现|知道|看出|闻到)|(?:称重|体重|体检)[^。？！?!]{0,10}(?:看起来|显得|显示)(?:重|高|正常)|(?:偷偷|提前)?(?:喝水|灌水)[^。？！?!]{0,8}(?:称重|体检|过秤)`,
      String.raw`\b(?:rope|ligature|belt|cord) (?:marks?|burns?|bruis\w*)\b[^.?!]{0,40}\b(?:cover|hide|conceal|makeup|concealer|scarf|turtleneck)\b|\b(?:cover|hide|conceal)\b[^.?!]{0,30}\b(?:rope|ligature) (?:marks?|burns?)\b|(?:脖子|颈)[^。？！?!]{0,8}(?:勒痕|绳印|勒的印|勒出)[^。？！?!]{0,12}(?:遮|盖|藏|挡)`,
    String.raw`\b(?:appetite suppressants?|diet pills|fat burners?|laxatives|diuretics|phentermine|clenbuterol|dnp)\b[^.?!]{0,60}\b(?:without (?:an? )?(?:id|prescription|my parents)|im 1[2-7]\b|even if (?:they(?:re)?|its|it is) (?:not safe|dangerous|unsafe)|dont care (?:about|if)|no matter (?:the|what))|\blose weight (?:the )?fastest\b[^.?!]{0,30}\b(?:not safe|dangerous|dont care)|(?:想|要|怎么|拉我|带我|求)(?:进|加|加入)(?:个)?(?:ed群|厌食群|催吐群)|(?:restrict|节食|断食)[^。？！?!]{0,6}(?:更狠|加码)|(?:穿|显得)[^。？！?!]{0,10}(?:没那么瘦|不那么瘦|胖一点)[^。！!]{0,20}(?:住院|医生|爸妈|家里|被发现)`,
  ].join('|'),
);

/**
 * Session 32: a word every HELP_KEPT_AWAY ask holds (an emergency, a goodbye, a clinician, the weight): the purpose check
 * runs on every turn, so the long pattern is tried only after this cheap one finds something.
 */
export const HELP_KEPT_AWAY_CUE =
  /藏药|药藏|发药|藏住|瞒住|隐瞒|别被|不要被|以为我|觉得我|相信我|比沙可啶|番泻叶|果导|notic|bones|hunger|点样|几耐|不被|不让|不想让|不能让|不要让|别让|一次开|多开|不能被|不想被|不要被|别被|博主|被封|打电话|meal log|food log|food diary|tracker|catching on|discord|telegram|group ?chat|server|gc\b|dulcolax|laxative|senna|ex-?lax|bisacodyl|diuretic|water pills|only water|just water|stomach smaller|need food|phq|question 9|number 9|item 9|q9|from telling|手指|不饿|处方|藏|say they|\bhid(?:e|ing)\b|skipping|怎么说|怎么解释|怎么圆|喝(?:多少|很多|一大瓶)?水|看出来|语录|不配吃饭|锁骨|忽悠|说服|骗|发现不了|看不出来|察觉不到|唔会|不会(?:俾|给|被)|肚子|胃|teeth|enamel|knuckles|checking|inspecting|hungry|\/day|a day|per day|look higher|look normal|plan|purg|therap|dentist|牙医|计划|打算|准备好|透出|露出|看得出|翻不到|找不到|hunger|appetite|on the scale|\bscars?\b|\bcuts?\b|\bmarks\b|\bburns?\b|bruis|blade|razor|刀|指标|化验|血检|验血|抽血|blood|labs|electrolyte|potassium|\bskip|avoid|dodge|\bmeals?\b|饭|\btrick|fool|食欲|减肥药|瘦身药|泻药|利尿|banned|strongest|\bcals?\b|kcal|calorie|大卡|千卡|\d\s?卡|吐掉|吐出来|抠|在吐|binged|\bate\b|convince|call|dial|phone|911|999|112|000|120|110|ambulance|paramedic|cops|police|goodbye|farewell|note|last (?:letter|message)|counsel|psychiatr|psycholog|shrink|doctor|psych|worker|weight|scale|bmi|throw|vomit|water|救护车|急救|以为|遗书|告别信|最后一封|咨询师|医生|心理|治疗师|辅导员|催吐|称重|体重|体检|喝水|灌水|rope|ligature|belt|cord|勒|绳印|suppress|diet pill|burner|laxative|diuretic|phentermine|clenbuterol|dnp|lose weight|ed群|厌食|pro-?ana|thinspo|restrict|节食|断食|瘦/u;

/** Session 32: a kept-away ask about the eating disorder (its refusal has its own wording). */
export const HELP_KEPT_AWAY_EATING = r(
  String.raw`藏住|瞒住|隐瞒|饿|断食|正常吃|好好吃|按时吃|比沙可啶|泻药|番泻叶|果导|losing weight|lost weight|weight loss|bones|hunger|几耐|代替吃饭|不吃饭|不吃东西|节食|骨感|瘦骨|皮包骨|\b(?:meal|food) (?:log|diary|journal|tracker)\b|\b(?:dinners?|meals?)\b|thinspo|pro-?ana|body ?checks?|dulcolax|laxatives?|senna|ex-?lax|bisacodyl|diuretics?|water pills|only water|just water|stomach smaller|need food|\bhide (?:that )?(?:im |i'?m )?(?:skipping|not eating|throwing up)\b|称重|过秤|秤上|掉秤|减重|瘦身语录|不配吃饭|锁骨|\b(?:teeth|enamel|knuckles|hungry|cals?|kcal|calories|day)\b|肚子|胃|\b(?:hunger|appetite|on the scale|purging|bingeing|binging|restricting|not eating)\b|在吐|在催吐|在节食|不吃饭|指标|化验|血检|验血|抽血|\b(?:blood ?work|blood tests?|labs|lab results|electrolytes|potassium|meals|eating|dinner|lunch|breakfast|food|stomach|hunger|cal|kcal|calories|banned|strongest|binged|ate)\b|饭|骗|食欲|减肥药|瘦身药|泻药|利尿|卡|吐|\b(?:appetite suppressants?|diet pills|fat burners?|laxatives|diuretics|phentermine|clenbuterol|dnp|lose weight|pro-?ana|thinspo)\b|ed群|厌食|节食|断食|restrict|瘦|\b(?:weight|scale|bmi|throw(?:ing)? up|purg\w*|vomit\w*|water ?load\w*)\b|催吐|称重|体重|灌水|过秤`,
);

/**
 * Session 32: whether it would work, be enough, be quicker or hurt less ("i counted 40. is that enough", "does it hurt
 * less if ur drunk first", "在浴缸里会更快吗", "一次全吃下去能成吗"). In a conversation the rules read at high risk the means
 * is what such a question is about, named or not (precheck.ts, crisisMeansAsk).
 */
export const EFFICACY_ASK = r(
  [
    // Round 34: a cleaner way, going quietly, how many in all (with a purpose beside them).
    String.raw`干净(?:点|一点|些)的(?:办法|方法|方式)|走得(?:安静|干净|舒服|轻松|安详|不痛苦)|(?:大概|一共|总共)要吃多少(?:片|粒|颗)?(?=$|[，。？！?!\s])|\b(?:actually|really) works?\b[^.?!]{0,20}\bor (?:if )?(?:thats|it'?s|its) (?:a |just a )?myth\b`,
    String.raw`\b(?:is|are|would|will|does|do|did|could|can|might|should)(?:nt|n't)? (?:it|that|this|these|those|they|\d+|\w+ (?:pills?|tabs?|tablets?)|\w+ of (?:them|these|those))\b(?: (?!to\b)\w+){0,4}? (?:be )?(?:enough|work|do it|do the job|do the trick|kill (?:me|you|someone|a person)|hurt (?:less|more)|less pain\w*|faster|quicker|surer|painless|lethal|fatal)\b`,
    String.raw`\bmake (?:it|things|this) (?:go |be )?(?:quicker|faster|easier|less painful|hurt less|surer|more certain)\b|\bwhich (?:of (?:these|those|them|the \w+)|one|ones)\b[^.?!]{0,20}\b(?:work|works|quickest|fastest|surest|best|most|least)\b|\b(?:enough|too many) to (?:do it|do the job|kill|not wake|work)\b|\bhurts? less\b|\b(?:fast|quick|high|deep|tall|strong|cold) enough\b|\bwhich (?:two|three|combination|combo|mix)\b|\bhow many (?:of (?:these|those|them|the \w+)|\w+ (?:pills?|tabs?|tablets?))\b[^.?!]{0,10}\b(?:would|will|does|do|to)\b`,
    String.raw`(?:能|会)(?:成|成功|死|走)(?:吗|嘛|么|不)|(?:死|走)得(?:了|成|掉)(?:吗|嘛|么)?|够(?:不够|吗|了吗|了没)|够(?:我|你|一个人)[^，。？！?!]{0,8}(?:吗|嘛|么)|(?:会)?(?:更|比较)快(?:吗|嘛|么|一点吗|些吗)|(?:会)?(?:更|没那么|不那么|少)(?:疼|痛)(?:吗|嘛|么|一点)|有用吗|管用吗|有效吗|靠谱吗|能行吗|什么方式最(?:安静|快|不疼|体面)|哪种[^，。？！?!]{0,6}最快|能[^，。？！?!]{0,4}睡过去(?:吗|嘛|么)|哪种(?:方式)?最(?:安静|体面)|该选哪(?:种|个)|几多(?:粒|片)?先够|能不能[^，。？！?!]{0,8}(?:睡下去|走|死|成|解脱)|(?:多少|几(?:个|罐|瓶|包|片|粒|颗))才(?:够|行|能成)|多久(?:才)?(?:会|能|就)(?:没|走|死|结束)|哪(?:个|种|样)(?:会)?(?:最|更)?(?:快|有效|管用|稳)`,
  ].join('|'),
);

/** Session 32: coping, care and help asked about ("is 10 minutes of breathing enough", "去医院打车会更快吗"). */
export const EFFICACY_NOT = r(
  String.raw`\b(?:instead of|swap\w*|replac\w*|rubber bands?|ice cubes?|holding ice|dbt|cbt|skills?|distract\w*|treatment|recovery|for the (?:month|week|trip|holiday|rest of)|refill\w*|prescri\w*)\b|代替|替代|握冰|冰块|橡皮筋|康复|戒掉|够(?:吃到)?(?:月底|这个月|一个月)|\b(?:breath\w*|hotline|helpline|therap\w*|counsel\w*|call(?:ing)?|text(?:ing)?|talk\w*|sleep\w*(?! forever| and (?:thats it|that'?s it|never|not|skip))|meditat\w*|grounding|exercise|walk\w*|journal\w*|hospital|er|a&e|ambulance|doctor|nurse|meds? (?:to|for) (?:help|feel better)|antidepressants? (?:to )?work)\b|呼吸|热线|咨询|治疗|睡(?![^，。？！?!]{0,8}(?:不醒|不用醒|再也|永远|后天|大后天|下去|过去))|冥想|运动|散步|聊|医院|急诊|救护|医生|吃药治|抗抑郁药(?:多久)?(?:起效|有用)`,
);
