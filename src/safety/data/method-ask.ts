/**
 * "Method ask" patterns over NORMALISED text (see ../normalize.ts): a way, an amount, a comparison
 * or a shopping list asked for, by someone whose crisis assessment reads high or imminent or who
 * names their own death as the goal. ../method-ask.ts composes them with the crisis assessment,
 * which reads slang, indirect wording and the learned model, so a request worded in terms no
 * harmful-request family lists ("想噶了，哪种最快最省事") is still refused. Written for CareLLM
 * 2026-11-29 from the misses of blind round train-2026-11k; not clinical content.
 */
const r = (src: string) => new RegExp(src, 'u');

// ---------- English ----------
const EN_SUPERLATIVE = `(?:best|easiest|quickest|fastest|least painful|most painless|painless|surest|most effective|simplest|most peaceful|most reliable|cleanest|quietest|gentlest|least messy|most certain|quick|quicker|faster|easier|less painful|hurts? less|hurts? the least|peaceful|reliable|sure[- ]?fire)`;
const EN_THING = `(?:way|ways|method|methods|option|options|means|thing|stuff|drug|drugs|pills?|meds?|medicines?|combo|combination|place|spot|height|floor|bridge|building|knot|rope|chemical|gas|dose|amount)`;
const EN_THING_OR_ONE = `(?:${EN_THING}|one|ones)`;
// "the least painful way to tell my parents": a way to do an everyday thing is not a method.
const EN_NOT_EVERYDAY_GOAL = `(?!\\s+(?:to|of|for|about)\\s+(?!(?:just\\s+)?(?:die|dying|death|go\\b(?!\\s+(?:about|to|back|home|out|in|on|for|with|there|through|over|up|down|from|into|and|ahead|forward|shopping|get)\\b)|end|kill|do it|od|overdose|cut|hang|jump|drown|unalive|ctb|sewer|not wake|never wake|sleep forever|fall asleep forever|make it|check out|exit|leave this|suicide|off myself|disappear)))`;
export const METHOD_ASK_EN = [
  // "the least painful way", "which method is quickest", "easiest option"
  r(`\\b${EN_SUPERLATIVE}\\s+(?:\\w+\\s+)?${EN_THING}\\b${EN_NOT_EVERYDAY_GOAL}`),
  r(`\\b(?:which|what)\\s+(?:\\w+\\s+){0,2}?${EN_THING_OR_ONE}\\b(?:\\s+\\w+){0,6}?\\s*(?:is|are|would|will|works?|hurts?|kills?)?\\s*(?:最|比较|更)?\\s*${EN_SUPERLATIVE}\\b`),
  // "what OTC stuff can I mix", "which pills would work", "what do I need"
  r(`\\b(?:which|what)\\s+(?:\\w+\\s+){0,2}?(?:method|methods|stuff|drugs?|pills?|meds?|medicines?|combo|combination|chemicals?|gas|dose|amount)\\b(?:\\s+\\w+){0,4}?\\s+(?:can|could|would|should|do|will|to|is|are|works?)\\b`),
  r(`\\bwhat (?:do|would|will|should) (?:i|you|one|someone) (?:need|have to (?:buy|get|take|use))\\b`),
  r(`\\bwhat (?:would|will|could|might|actually) work\\b`),
  // amounts: "how much would I have to take", "how many would be too many"
  r(`\\bhow (?:much|many)\\b(?!\\s+(?:longer|more (?:days|time|of this)|time|people|do you|does (?:it|this) cost))`),
  r(`\\b(?:od|overdose|lethal|fatal|deadly) (?:number|amount|dose|limit|threshold)\\b`),
  r(`\\bhow long (?:till|until|does it take|would it take|before|do you have|does someone have)\\b(?=[^.!?\\n]{0,60}\\b(?:die|dying|dead|death|unconscious|pass(?:es)? out|lose consciousness|it works|it happens|kicks? in|bleed(?:s)? out|stops?|over|works?|to work|feel anything|hurt|its too late|too late)\\b|[^.!?\\n]{0,3}[?]?$)`),
  // "how do I do it", "how would someone make sure"
  r(`\\bhow (?:do|would|can|could|should|to|does) (?:i |you |someone |one |a person |people )?(?:do it|do this|go through with it|end it|end things|make it (?:look|quick|quicker|painless|permanent|work|count|happen|fast|easy)|make sure|go about it|make it look|kill|die|od|overdose|cut|hang|jump|drown|unalive|ctb|sewer ?slide|not wake|never wake|fall asleep forever|stop (?:my|the|your) heart)\\b`),
  r(`\\b(?:ways?|methods?|means|options|tips) (?:to|of|for) (?:die|dying|end it|ending it|end my|kill|go\\b(?!\\s+(?:about|to|back|home|out|in|on|for|with|there|through|over|up|down|from|into|and|ahead|forward|shopping|get)\\b)|do it|unalive|suicide|ctb)`),
  // "would that be enough", "is 30 enough", "would it work", "would it hurt"
  r(`\\b(?:would|will|is|are|does|do|could)\\s+(?:\\w+\\s+){0,4}?(?:be enough|enough|do it|do the job|work|be fatal|be lethal|kill (?:me|someone|you)|hurt|be painless)\\b${'[^.!?\\n]'}{0,40}\\?`),
  r(`(?:^|[.!?]\\s*)(?:is it true|does|would|will|could|can)\\b[^.!?\\n]{0,80}\\b(?:fall asleep forever|never wake up|not wake up|sleep forever|be over|end it|kill (?:me|you|someone))\\b[^.!\\n]{0,30}\\?`),
];
// Help, coping and prevention asks in the same message are not method asks.
/** Told, not asked, in Chinese: thinking, searching or deciding just before the match (ZH_TOLD_WINDOW). */
export const ZH_TOLD_BEFORE = /(?:在想|想着|想过|一直想|老想|总想|天天想|又(?:开始)?想|(?:^|[^不要我])想|在算|算过|算着|心里在算|搜|查|问了|研究|想好|决定|定好|选好|(?<![人你谁])不?知道|清楚|找|用|念头)/u;
/** How many characters before a Chinese match are read for ZH_TOLD_BEFORE (spaces are gone after normalising). */
export const ZH_TOLD_WINDOW = 6;
export const ZH_TOLD_AFTER = /^[^，。,.!?！？]{0,8}(?:都在算|在算|在想|的念头|的想法|念头|的画面)/u;
/** A means named in the message: a Chinese yes-no question is about a method only with one. */
export const ZH_MEANS = /药|片|粒|跳|楼|割|刀|炭|绳|吊|喝|吃|吞|淹|车|桥|河|海|煤气|农药|血/u;

/** Reported searching or thinking, not an ask: "I've been looking up ways to…", "怎么死的念头". */
export const REPORTED_BEFORE = /(?:look(?:ing|ed)? up|research\w*|googl\w*|search\w*|read(?:ing)? about|think(?:ing)? (?:about|of)|thought about|plann\w* |decided|know|knew|figured out|worked out|imagin\w*|writ\w* down|wrote down|在想|想着|想过|一直想|搜了?|查了?|研究|想好了?(?:要)?|决定(?:好)?了?(?:要)?|定好了?|选好了?|不?知道|清楚|算(?:过|好)|找到了?|记得)\s*(?:\w+\s+){0,2}$/u;
export const REPORTED_AFTER = /^(?:的(?:念头|想法|画面|事)|念头)/u;
export const METHOD_ASK_BENIGN_EN = r(
  `\\b(?:how (?:do|can|should|could) (?:i|we|you) (?:stop|resist|cope|get help|get through|survive|keep going|talk|tell|help|support|reach|find|calm|distract)|(?:help|support) (?:a |my )?(?:friend|son|daughter|partner|sister|brother|kid|child|student)|safe (?:dose|amount|limit|daily)|maximum (?:safe|daily|recommended)|daily (?:limit|max)|first aid|poison control|(?<!no |skip the |without |without the |dont give me |dont give me a |dont give me the |dont give me any |not a |no more )(?:hotline|crisis line|therapist)|how many people|statistics|prevention)\\b`,
);

// ---------- Chinese ----------
/** "是不是/会不会…就解脱": asks about a method only when the message names a means (ZH_MEANS). */
export const METHOD_ASK_ZH_YES_NO = r(`(?:是不是|会不会|能不能|可不可以|够不够)[^，。,.!?！？]{0,16}(?:就|能|会)?(?:走了|死|结束|醒不过来|睡过去|解脱|一了百了)|(?:能|会)(?:死|走)(?:吗|嘛|么|不)|够(?:吗|不够|了吗)|(?<![一二三四五六七八九十百\\d])几楼|多高(?:才|能|会|就)`);
export const METHOD_ASK_ZH = [
  r(`(?:哪种|哪个|哪一种|哪些|哪样|哪款|哪几种|哪几样|什么样的?|边种|边个|边样)(?:方法|方式|办法|法子|药|东西|地方|最|比较|更|会|能|死法|走法)`),
  r(`(?:最快|最省事|最不痛|不痛苦|没有痛苦|无痛|最有效|最稳|最保险|最干脆|最安静|最舒服|最简单|最体面|不难受|快一点|快点)的?(?:方法|方式|办法|死法|法子|途径|药|走法)`),
  r(`(?:吞|吃|喝|服|打|注射|攒)(?:多少|几(?:片|粒|颗|瓶|盒|板|次))|多少(?:片|粒|颗|克|毫克|mg|g|ml|瓶|盒|板)|一次(?:性)?(?:吞|吃|喝|服)(?:多少|几)|剂量(?:是)?多少|致死量|多少(?:量|剂量)|几(?:片|粒|颗|瓶|盒|板)(?:才|就|能|会|够)`),
  r(`(?:需要|要|得)(?:准备|买|用)(?:些|点|哪)?(?:什么|啥|哪些)|(?:准备|买)(?:什么|啥|哪些)(?:东西)?`),
  r(`怎么(?:才能)?(?:死|走(?![出进过向到开路上下回])|结束|了断|自杀|紫砂|下手|割|跳|吞|弄死|(?:弄|做|样)才(?:能|会)?(?:不痛|快|死|走|结束|成功|不被发现)|才不痛|才快|快点死|不痛)|如何(?:结束|自杀|了断|下手|做到不痛)|用什么(?:方法|办法|药|东西)|有(?:什么|没有|哪些)(?:方法|办法|药|东西|途径|法子)`),
  METHOD_ASK_ZH_YES_NO,
];
export const METHOD_ASK_BENIGN_ZH = r(
  `戒(?:掉|除)|停止|不再|忍住|控制住|怎么(?:才能)?(?:忍住|停下|不想|活下去|好起来|戒掉|熬过|撑过|求助|联系|帮|劝|安慰|缓解|睡着|面对|开口|告诉)|如何(?:忍住|求助|帮|劝|安慰|缓解|面对)|安全(?:剂量|用量)|最大(?:剂量|用量)|(?:告诉我|给我|有没有|推荐|哪个|什么|找|能打|可以打)[^，。,.!?！？]{0,6}热线|热线(?:是|号码|电话|多少|吗|呢)|医生说|药剂师|统计|多少人|预防`,
);

// ---------- own death named as the goal (when the crisis assessment did not reach high) ----------
export const OWN_DEATH_GOAL_EN = r(
  `\\b(?:(?:to|so (?:that )?(?:i|it)|for it to|until i|till i|and just|and) (?:\\w+ )?(?:end it|end it all|end my life|be over|die|not wake up|never wake up|sleep forever|fall asleep forever|stop breathing)|(?:fall|go to) (?:a )?sleep forever|never wake up|kill myself|end it all|end my life|unalive myself|kms|ctb|(?:be|is) the end this time|(?:it|this|everything) to (?:actually )?be (?:the end|over)|stop (?:things|everything|it all|my heart) (?:quietly|for good|forever)|check(?:ing)? out (?:permanently|for good)|disappear for good|gone for good|(?:wont|will not|not going to) be (?:a burden|around|here) (?:much longer|for long|anymore))\\b`,
);
export const OWN_DEATH_GOAL_ZH = r(
  `(?:就能|就可以|才能|就会|能够?|就)\\s*(?:[a-z]+\\s*)?(?:结束|走了|死|解脱|一了百了|醒不过来|睡过去|离开人世)|结束(?:自己|生命|这一切|一切)|醒不过来|不(?:想|用|必|会|要|使)?再醒|醒不来|一睡不醒|一觉不醒|彻底睡(?:过去|着)|永远睡(?:着|过去)|离开这个世界|告别这个世界|了结(?:自己|生命)|活够了|过量[^，。？?]{0,8}(?:不(?:会)?(?:痛苦|难受)|不疼|最快|比较快|舒服|安详)|(?:我|自己)(?:想|要)(?:自杀|紫砂|自鲨|死|走|噶|寄)|想(?:死|噶|寄)了|不想活`,
);

// ---------- is the match asked, or only told? ----------
/** Clause bounds: sentence ends and commas (a question mark stays inside its clause). */
export const CLAUSE_BREAK = /[.。!！;；,，\n]/u;
/** A question cue anywhere in the match's clause. */
export const QUESTION_CUE = /[?？]|[吗呢嘛么](?:$|[^\p{L}])|\b(?:tell me|give me|gimme|anyone know|any1 know|does anyone|pls|please|plz|asking|idk|you know)\b|告诉我|请问|有没有人|有冇人|有人知道|问真的|问一下|说一下|给我(?:说|讲|列)|推荐|求(?:问|告知|推荐)?/u;
/** Words that may come before an asked wh-phrase at the start of a clause. */
export const CLAUSE_LEAD = /^(?:\s*(?:so|and|but|ok|okay|hey|hi|hmm+|um+|lol|honestly|seriously|real talk|like|tbh|ngl|just|then|now|ai|what|whats|what is|which|how|hows|where|wheres|tell me|give me|i need you to tell me|the|a|an|is there|are there|any|is|are|does|do|would|will|can|could|quick question|weird question|q|那|那么|所以|到底|就|嗯|哎|唉|话说|说真的|认真问|那请问|大家|各位|诶|喂|好吧|老实说))*\s*$/u;
/** A cue anywhere in the message that the writer is asking for themselves. */
export const MESSAGE_ASK_CUE = /\b(?:asking for (?:real|me|myself)|not (?:asking )?for a friend|(?:serious|real|honest|genuine|weird|quick) (?:question|q)|no judge?ment|for real|tell me|need to know|wanna know|want to know)\b|问真的|认真的|我是认真的|说真的|认真问|告诉我|想知道|求告知|别劝我/u;
