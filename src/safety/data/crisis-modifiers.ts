/**
 * Context modifiers for crisis matches, over NORMALISED text. Each cue is tested in a window
 * before the match (same clause or sentence) unless noted. Written for CareLLM 2026-11-29.
 */

/** Negation right before the match: "我没有想死", "i am not suicidal", "never going to kill myself". */
export const NEGATION_BEFORE = {
  zh: /(?:(?:不觉得|不认为|从没想过|没想过)(?:我|自己)?|不等于|不代表|不意味着|没(?:有)?(?:严重)?到|不至于到|不|没|(?<![虚空南])无|否认|(?<![特分区性级识类辨派鉴个差判送道惜久临])别|绝不|决不|从未|从来没|并不|并没|未曾|才不|不是我|并不是我|(?<!我)(?:以为|误以为|还以为|误会)(?:我)?)(?:有|会|是|系|要|想|打算|再|曾|去|敢|过|可能|至于|真的|真|太|那么|还|任何|什么|信|相信|那种|这种|考虑|想到|动过|起过)*$/u,
  en: /\b(?:not|never|no|dont|doesnt|didnt|wont|wouldnt|isnt|arent|aint|havent|hasnt|hadnt|nor|hardly|no longer|zero|without|clean from|free (?:from|of)|stopped|quit)\b(?:\s+(?:a|an|single|really|ever|even|actually|going|gonna|to|be|been|have|having|had|feel|feeling|thinking|about|planning|want|wanna|that|at|all|any|anymore|am|i|trying|wanting|think|do|would|ever|thoughts?|of|plans?|intentions?|urges?|desire|real|serious))*\s*$|\bnot like (?:i|im)\b(?:\s+(?:really|actually|would|will|am|gonna))*\s*$/u,
};

/**
 * Words after a negation that turn it into an intensifier ("can't stop thinking about"). Session 22: a negation that
 * is held against an urge is not a denial ("getting harder and harder not to kill myself", "trying so hard not to
 * hurt myself", "struggling not to end it tonight", "拼命忍着不去自杀"); "promised not to" and "would never" stay
 * denials.
 */
export const NEGATION_EXCEPTIONS = /(?:忍着|忍住|强忍|克制(?:着|住)?(?:自己)?|撑着|逼(?:着)?自己|努力让自己|尽力让自己|拼命让自己)(?:不|别)(?:要|去|再)?$|\b(?:try|tries|trying|tryin|tryna|struggl\w*|fight\w*|hard|harder|hardest|difficult|barely|forc\w* myself|holding (?:on|back)|resist\w*|everything (?:i have|in me))\b[^.!?\n]{0,30}?\bnot\s+(?:to\s+)?(?:just\s+)?$|(?:cant|cannot|couldnt|can not) stop\b|\b(?:go|get through|last|make it|spend)\s+(?:a|one|an|a single)\s+(?:day|night|hour|week|minute)\s+without\b|\bdont know (?:if|whether|why|how)\b|\bnot sure (?:if|whether)\b|\bno one\b|\bnobody\b|不知道(?=[^不没]*$)|要不要(?:去|再)?$|停不下|忍不住|受不了|控制不住|不得不|要不(?:还是|干脆|就)?$|要不然$|(?:是不是|会不会|该不该|能不能|可不可以|想不想|应不应该)(?:应该|该|要|就|还是|真的)?$|(?:有没有|有冇)(?:人)?(?:知道)?$/u;

/**
 * Hyperbole cues: when a hyperbole-prone match sits in the same clause as one of these, it is not
 * about dying ("热得想死", "so embarrassed i want to die", "this exam is killing me").
 */
export const HYPERBOLE = {
  zh: /(?:zs|紫砂|自鲨|切腹)谢罪|(?:坑|气|烦|卡|忙|困|饿|尴尬|无聊|卷|多)(?:得|到)(?:我)?(?:都)?想\s?(?:kms|zs|紫砂|死|去世|原地去世|上吊|跳楼)|(?:紫砂|zs|去世|原地去世)(?:一会儿?|一下下?|五分钟|十分钟|片刻)|(?:zs|紫砂)流|(?:主播|队友|打野|辅助|中单|射手|上单|对面)[^，。,.!?！？]{0,8}(?:zs|紫砂)|想想(?:都|就)(?:想死|要死)|社死|尴尬死|丢死人|(?:老板|领导|上司|主管|经理|甲方)(?:又|居然|竟然|非要|硬要)?(?:让|叫|逼|要求|安排)我[^,.。!?;\n]{0,8}?(?:加班|值班|返工|出差)|(?:尴尬|热|冷|困|饿|丢人|丢脸|无聊|笑|馋|羡慕|可爱|好吃|忙|晒|吵|社死|多)(?:得|的|到)(?:要|快)?(?:想死|死)|想死(?:这个|那个)?(?:奶茶|蛋糕|火锅|偶像)|(?:想)?(?:死|去死|跳楼|跳河|跳江|跳海|上吊|撞墙|自杀)的心都有(?:了)?|(?<!不|没|别|不是|不是在|并不是|不系|没在|以为我在|以为我是|当我在)(?:开玩笑|开个玩笑|说着玩|随便说说|说说而已|玩笑话|讲笑)/u,
  en: /(?<!\bnot\s)\b(?:metaphorically|figuratively)\b|\b(?:embarrass\w*|cringe\w*|awkward|so hot|heat|cute|delicious|tasty|funny|hilarious|laugh\w*|boring|bored|hungover|hangover|in this economy)\b|\b(?:forgot|dropped|spilled|spilt|missed|burnt|burned|cracked)\s+(?:my|the|our)\s+(?:\w+\s+)?(?:airpods|earbuds|headphones|keys|phone|wallet|lunch|coffee|latte|bus|train|flight|charger|umbrella|toast|homework|laptop|id|card|ticket|screen|notes)\b|\buntil\s+(?:(?:also|oso|really)\s+)?(?:want|wanna)\s+(?:to\s+)?die\b|\buntil\s+i\s+(?:(?:also|oso|really)\s+)?(?:want|wanna)\s+die\b|\buntil\s+i\s+(?:(?:also|oso)\s+)?(?:want|wanna)\s+to\s+die\s+(?:sia|lah|leh|lor|liao|one)\b|if i (?:have to|hear|see|sit through)\b|\b(?:rather|sooner)\b[^.!?\n]{0,50}?\bthan\s+(?:\w+\s){0,4}?(?:escape rooms?|camping|karaoke|meetings?|zoom calls?|group projects?|board games?|game nights?|baby showers?|weddings?|dinner part(?:y|ies)|family dinners?|brunch|small talk|ikea|spin class(?:es)?|team building|networking|icebreakers?|presentations?|road trips?|the dentist|homework|laundry|taxes|another (?:shift|lecture|class|seminar|workshop))\b|\bif\s+(?:\w+\s){1,4}?(?:asks?|mentions?|brings? up|comments? on|talks? about|says?|uses?|writes?|sends?)\b[^.!?\n]{0,60}?\bone more time\b|\bmy (?:legs|calves|quads|hamstrings|arms|abs|body|feet|glutes) (?:are|is) (?:completely |literally |so |actually |totally |absolutely )?(?:dead|destroyed|jelly|gone|wrecked)\b|\b(?:nearly|almost|practically)\s+(?:killed|kill)\s+myself\s+(?:tripping|falling|slipping|skidding|crashing|walking into|running into|on (?:the|a|some|my) (?:stairs|ice|floor|steps?|rug|lego|skateboard|bike|scooter|treadmill|trampoline))|\bif (?:this|that|the|one more|another) (?:\w{1,20} ){1,2}?(?:plays|comes on|starts (?:again|playing)|rings|jams|crashes|lags|disconnects|buffers)\b|\bif (?:this|that|the|my) (?:\w{1,20} ){1,2}?(?:is|are|gets?|runs?) (?:late|cancelled|canceled|delayed|down|slow) (?:one more time|again)\b|\bif (?:i (?:get|have to|hear|see|receive|read|sit through|answer) )?(?:one more|another|1 more) (?:\w+ ){0,2}?(?:person|people|customer|client|kid|student|parent|colleague|coworker|co-worker|email|meeting|call|zoom|message|text|notification|ad|advert|song|question|form|spreadsheet|report|meme|tiktok|video|guy|man|woman|passenger|tourist|recruiter|manager)s?\b/u,
};

/**
 * Session 15: someone else asked, as a complaint, whether they want the writer dead ("老板是想让我死吧 又要加班",
 * "这编剧是想让我zs吧", "你是要逼死我吗"): the rhetorical question is theirs to answer, not the writer's intent.
 * `BEFORE` ends right before the match (the match may start with 我); `AFTER` is read on the match with what follows.
 */
export const OTHER_WANTS_ME_DEAD = {
  BEFORE: /(?:想|要|存心|故意|成心)(?:让|叫|逼|害)(?:我(?:去)?)?$/u,
  AFTER: /^(?:了)?(?:吧|吗|么|嘛|啊|呀|是吧|是不是|[?？])|(?:吧|吗|么|嘛)$/u,
};

/**
 * Hyperbole right before a hyperbole-prone match: "<state>得/到 …" ("烦得想跳楼", "穷到只能去死",
 * "成绩差得想死", "这剧虐得我想死"), also an English word in a Chinese sentence ("hangover 到想死"; not
 * a mood word: "emo 到想死" still counts). Tested on the clause text just before the match.
 */
export const HYPERBOLE_BEFORE_ZH =
  /(?:(?:搞|弄|整|跑|练|写|背|考|刷|学|做|干|搬|爬|赶|肝|走|返|开|聊|等|坐|站|蹲|逛|唱|加班|上班|上课|开会|排队|复习|骂|念|训|催|唠叨|电|激|惹|尴尬|热|冷|困|饿|丢人|丢脸|无聊|笑|馋|羡慕|可爱|好吃|好看|好听|忙|晒|吵|社死|气|烦|累|蠢|难(?:食|吃|喝|看|听|搞|考)?|丑|穷|胖|差|烂|疼|痛|挤|慢|卡|急|后悔|紧张|激动|兴奋|感动|害羞|虐|甜|燃|臭|晕|冻|撑|醉|痒|闷|辣|咸|堵|软|饱|麻|渴|喘|胀)|\b(?!(?:emo|sad|depressed|lonely|empty|numb|hopeless|down|low|lost|broken)\b)[a-z]{2,}\s?)(?:得|到)(?:嚟|来)?\s?(?:我|i\s)?(?:都)?(?:要|快|真)?(?:想|要)?(?:去)?$/u;

/**
 * Session 17: "一…就想死" after an everyday thing going wrong ("住28楼，电梯一坏我就想死"): a figure of speech.
 */
const HYPERBOLE_IF_ZH =
  /(?:电梯|网|网络|wifi|手机|电脑|空调|暖气|外卖|快递|地铁|公交|甲方|堵车|排队|停电|打印机)[^，。,.!?！？]{0,6}一(?:坏|卡|停|断|响|来|到|开|催|迟|堵|掉线|发)[^，。,.!?！？]{0,3}(?:我)?就(?:想死|想跳楼|不想活)/u;
/**
 * Session 17: the words as a thing's name, not said of oneself: a kind of post after them ("the sewerslide squad memes",
 * "the kms emoji"), or a name given before them (a chat "called 'kms club'").
 */
export const MEDIA_NOUN_AFTER_EN =
  /^\s+(?:\w+\s+){0,2}(?:memes?|jokes?|trends?|edits?|discourse|humou?r|emojis?|hashtags?|stickers?|gifs?|club|squad)\b|^\s+(?:is|was|are)\s+(?:such\s+)?(?:a|an|the)\s+(?:\w+\s+){0,3}?(?:word|term|euphemism|workaround|slang|phrase|censorship|filter (?:word|workaround)|algospeak)\b/u;
export const NAMED_AS_BEFORE_EN = /\b(?:called|named|titled|renamed)\s+(?:it\s+|the\s+chat\s+)?["“']?$/u;
/**
 * Session 17: the words said to or of someone else ("unalive yourself in spawn and requeue"; "my cat is actively trying to
 * unalive me", "my boss is gonna unalive me"): the writer is the object, not the agent.
 */
export const OTHER_OBJECT_AFTER_EN = /^\s+(?:yourself|urself|yourselves|each other)\b/u;
/** …as a command to someone else ("bro just unalive yourself in spawn"), not a generic you ("u ever just want to …"). */
export const COMMAND_BEFORE_EN =
  /^(?![\s\S]*\b(?:want|wanna|ever|feel like|how|why|should i|makes? (?:me|you))\b)[\s\S]*(?:^|\b(?:bro|dude|lol|lmao|just|go|pls|please|then|and|so)\s+)$/u;
export const ME_OBJECT_AFTER_EN = /^\s+me\b/u;
export const OTHER_AGENT_BEFORE_EN =
  /^(?![\s\S]*\b(?:i|im|ima|ill|id)\s+(?:\w+\s+){0,3}$)[\s\S]*\b(?:is|are|was|were|gonna|going to|trying to|tryna|will|wants? to|about to)\s+(?:\w+\s+)?$/u;

/** Session 17: someone else's post or text quoted ("One of my 13yos posted 'gonna unalive myself'"). */
export const OTHER_QUOTED_BEFORE_EN =
  /\b(?:he|she|they|someone|somebody|one of (?:my|our|the) \w+|my (?:best )?(?:son|daughter|kid|child|student|friend|brother|sister|cousin|niece|nephew|partner|player|teammate)s?|(?:a|the) (?:kid|student|friend|player|teammate|girl|boy))\b[^.!?"“]{0,30}\b(?:posted|tweeted|texted(?: me)?|wrote|commented|captioned|sent(?: me)?|said|says|typed|messaged(?: me)?|jokes?|joked)\s*[:：]?\s*["“'][^"”'\n]{0,40}$/u;
/** Session 17: a match that names a scene ("魏婴跳崖那段我看一次哭一次"): the words are the story's. */
export const SCENE_AFTER = /^(?:的)?(?:那段(?!时间|日子|经历|时期|岁月)|那一段(?!时间|日子|经历|时期|岁月)|那场|那一场|那集|那一集|那幕|那一幕|情节|剧情|镜头|片段)|^\s+(?:scene|episode|chapter)\b/u;

/**
 * Session 17: a trivial everyday trigger set as the condition, anywhere in the sentence ("im going to jump out the window
 * if this zoom doesnt end", "if my boss schedules one more 'quick sync' im walking into the sea 🙃"). A condition that
 * matters ("if my parents find out", "if i fail") is not in it.
 */
const HYPERBOLE_IF_EN =
  /\bevery ?time i (?:hear|see|watch|read|listen to|rewatch) (?:my own (?:voice|face|laugh|photos?|videos?|posts?|tweets?|selfies?)|myself (?:on|in) (?:video|camera|photos?|the recording)|(?:that|this) (?:video|clip|photo|tweet|post|voice note))\b|\bif (?:this|that|the|my boss|my manager|my teacher|my prof|one more|another|he|she|they|someone) (?:["“']?\w+["”']? ){0,5}?["“']?(?:zoom|meeting|call|sync|standup|stand-up|emails?|slack|ticket|spreadsheet|powerpoint|deck|printer|wifi|queue|traffic|lecture|song|ads?|advert|commercial|episode|buffering|loading screen|update|captcha|group project)\b/u;

/**
 * Session 17: bouncing back right after the words ("考研二战失败 好想死啊 不过明年再来"): a figure of speech for a setback.
 */
const BOUNCE_BACK_ZH =
  // Session 33: the words called an exaggeration right after ("不想活了是夸张啦").
  /^[^。!?！？\n]{0,3}?(?<!不)是夸张(?:啦|了|的|而已)?|^[^。!?！？\n]{0,6}?(?:复习|学习|写作业|刷题|背书|背单词|改论文|改稿|写论文|搬砖|上班|干活|加班|肝)去了|^[^。!?！？\n]{0,4}(?:不过|但是?|还是|然后)[^。!?！？\n]{0,4}(?:(?:明年|下次|明天|下回|下周)?(?:再来|再战|再考|再冲|加油|重新来过|接着(?:学|干|考|卷|肝|冲)|继续(?:努力|加油|学|干|考|卷|肝|冲))|(?:破|跑进|拿了|赢了|过了|上岸|成功|完成|达标)[^。!?！？\n]{0,6}[!！]|pb)/u;

/**
 * Session 17: a joke genre that makes a quoted line a bit ("it's a trend lol, 'suicide note from my houseplants'").
 * Only read next to quotation marks: "thanks for the memes" unquoted stays a possible goodbye; a caption or a post is
 * not here, a farewell caption being a farewell.
 */
export const QUOTED_MEDIA = /\b(?:trend(?:ing)?|comedy|skit|sketch|parody|memes?|challenge|pipeline|group ?chat|gc)\b|梗|段子|热梗|挑战|群聊/u;

/**
 * Session 17: the feeling qualified right after the words as a good one ("i want to die but like in a happy way??",
 * "could die, in the best way"): delight, not a wish.
 */
const HYPERBOLE_AFTER_EN =
  /^[\s,.!?~…-]{0,3}(?:(?:but|and)\s+)?(?:(?:like|kinda|lowkey|honestly|tbh)\s+)?(?:in (?:a|the) (?:good|happy|fun|nice|wholesome|positive|cute|great|best|best possible) way|(?:from|of) (?:happiness|joy|excitement|cuteness))\b|^[.…,\s]*from\s+(?:this|the|that)\s+(?:wedding|party|meeting|call|class|room|dinner|event|conversation|chat|group chat|convo|family dinner|zoom|lecture|date|reunion)\b/u;
/** Session 17: a trivial condition anywhere in the sentence makes the words a figure of speech (HYPERBOLE_IF_*). */
export const HYPERBOLE_IF = { zh: HYPERBOLE_IF_ZH, en: HYPERBOLE_IF_EN };
/** Session 17: what follows the words makes them one: a good feeling (en), a setback bounced back from (zh). */
export const HYPERBOLE_AFTER = { zh: BOUNCE_BACK_ZH, en: HYPERBOLE_AFTER_EN };

/**
 * Session 17: a place visited to mourn someone ("同学去年自杀了 今天是他忌日 … 我一个人去那座桥放了束花"): grief, not
 * the writer's plan. Not when the writer means to join them (MOURNING_JOIN).
 */
export const MOURNING =
  /放(?:了)?(?:一)?束花|献(?:了)?(?:一)?(?:束)?花|悼念|祭奠|祭拜|扫墓|上坟|烧纸|忌日|\b(?:lay(?:ing)?|laid|leave|leaving|left|put|bring|brought|took) (?:some |a few |a bunch of |the )?flowers\b|\b(?:memorial|vigil|pay(?:ing)? (?:my |our )?respects|anniversary of (?:his|her|their) (?:death|passing))\b/u;
export const MOURNING_JOIN =
  /陪(?:他|她|ta)|找(?:他|她|ta)|见(?:他|她|ta)|跟(?:他|她|ta)(?:一起|一样)|和(?:他|她|ta)(?:一起|一样)|\b(?:join|be with|see) (?:him|her|them)\b|\b(?:same way|like (?:he|she|they) did)\b/u;

/** Saying it is meant seriously keeps laughter from softening ("说真的 想死 哈哈", "唔系讲笑"). */
export const SERIOUS = /说真的|认真的|(?:不|并不|也不)(?:完全|全|全部|只|只是|单纯)(?:是)?(?:在)?(?:开玩笑|说笑|玩笑)|半开玩笑|\b(?:not|wasnt|isnt|im not|i was not|i am not)\s+(?:entirely|totally|completely|fully|really|just|all|100%)\s+(?:joking|kidding)\b|\b(?:only\s+)?half[- ](?:joking|kidding)\b|不是(?:在)?(?:玩)?(?:meme|梗|段子)|\bnot (?:a )?(?:meme|memeing|bit)\b|不是(?:在)?(?:说)?玩笑(?!话)|我是真的(?:想|要)(?=$|[,.。!?…~\s])|认真讲|真心的|(?:不是|不系|没|没有|并不是)(?:在)?(?:开玩笑|讲笑|说笑|\s?(?:a )?(?:joke|joking|kidding))|\b(?:not (?:joking|kidding)|(?:but|no but|ok but) fr(?! fr)|no joke|not a joke|i mean it|im (?:dead )?serious|for real this time|fr this time|seriously this time|i meant (?:ill|i will|im going to|im gonna|i am going to) (?:just )?(?:do it|go through with it|end it|go)\b)|我是说我?(?:会|要|就)(?:去)?(?:做|动手|结束)(?:了|它)?(?=$|[,.。!?…\s])/u;

/**
 * A denial right after a match ("gonna kms if this printer jams (not actually obviously)", "i'll die
 * lol jk"): tested on the text just after the match. "not joking" / "no kidding" are not denials.
 * A question answered no right after it ("想死吗？没有。", "自杀？不会的") is a denial too.
 */
export const DENIAL_AFTER =
  /^[^\n]{0,80}?\b(?:(?:im|i am)\s+)?not at risk (?:myself|personally)\b|^\s?(?:倒是|倒|那倒是?)(?:从来)?(?:没有|没)(?:过)?(?:[,.。!…~\s]|$)|^(?:的)?(?:念头|想法|冲动)?(?:我)?(?:从来|从|一次也|压根|根本|完全)(?:都|也)?(?:没有|没|未)(?:有)?(?:过|出现过|产生过|动过|起过)(?:的)?(?=[,.。!…~\s]|$)|^\s?(?:下去|下来|过去)?(?:了|啦|的|哦)?\s?(?:\(\s?(?:不是|bushi|划掉|误|狗头|doge|开玩笑的?)\s?\)|\[\s?(?:狗头|doge|滑稽)\s?\]|🐶)|^["”]?[^\n]{0,40}?\bbut i (?:only |just |really )?meant\b(?!\s+it\b)|^[^\n.!?]{0,14}?(?:\.{2,}|…|[,—–-])\s?(?:the|my|this|that|our) (?!(?:\w+ )?(?:life|lives|existence|self)\b)(?:\w+ ){0,2}?i mean\b|^\s?\?+\s?(?:(?:honestly|truthfully|actually|tbh),?\s)?(?:no|nope|nah|never|not really|not at all|absolutely not|definitely not|hell no)\b(?!\s+(?:one|body|longer|idea|point|reason|way|hope|future|more|matter|choice|chance|energy)\b)|^[^\n]{0,70}?(?:\bnot (?:actually|literally|really|seriously)(?:\s+(?:obviously|lol|haha|tho|though))?\s*(?:[).!,]|$)|\bobviously not\b|\bjust kidding\b|\bjk\b|(?<!\bno |\bnot )\bkidding\b(?! aside)|(?<!(?:不是|没|没有|没在|并不是|不系|以为我|当我|别当)[^,.。!?\n]{0,4})(?:开(?:个)?玩笑|说着玩|随口(?:一)?说(?:说|的)?|口嗨|逗你(?:们)?玩?的|骗你(?:们)?的|(?:当然|只|都)是气话|(?:我(?:是|的意思是)说|我说的是|我指的是)(?![^,.。!?\n]{0,3}(?:真|认真|字面|实话)))(?![^,.。!?\n]{0,3}[吗么?]))|^(?:吗|么|嘛)?\s?\?+\s?(?:当然|那倒|倒)?(?:也)?(?:没有|没|不会|不想|不至于)(?!人|有人|什么人)|^(?:这种事|这件事|这种念头|这个念头|这种想法|这一步)?(?:我)?(?:还|倒|也|可){0,2}(?:谈不上|说不上|算不上|不至于|(?:从来|从|还|倒|也)没(?:有)?(?:想过|考虑过|到那一?步))(?=$|[,.。!?;…\s]|的|啦|吧|呢)|^["”」』]\s?(?:其实是|(?:其实)?(?:只是|就是|是指|指的是|意思是))|^[’'"”」』]?\s?(?:是指|指的是|意思是)(?![^,.。!?\n]{0,3}(?:真|认真|字面))|^[^\n]{0,40}?(?:不是(?:要|想)(?:死|自杀|寻死|轻生)的意思|不是(?:那个|那种|你想的那种?|字面(?:上)?的)意思|没(?:有)?(?:那个|那种)意思)|^(?:,\s?)?[^,.。!?\n]{0,2}(?:只是|就是|其实是)(?:想)?(?:一个人)?(?:静静|静一静|安静一下|清静一下|休息一下|躲一躲|放空(?:一下)?)/u;

/**
 * No intent to act, said outright ("not planning anything", "i'd never act on it", "i don't want to
 * die exactly, i just …"): active thoughts in the same message count as passive (`low`), as the
 * C-SSRS separates ideation with and without intent.
 */
export const NO_INTENT =
  /\b(?:not planning (?:anything|to do anything|on doing anything)|(?:would|will|id|ill) never (?:act on (?:it|them)|do anything)|(?:im |i am )?not (?:going to|gonna) (?:do anything|act on (?:it|them))|i (?:wont|wouldnt) (?:do anything|act on (?:it|them))|no (?:plan|plans|intention|intent) (?:to|of) (?:act|do)\w*|dont (?:really )?(?:want to|wanna) die (?:exactly|per se|as such)|(?:im|i am) not (?:actually |really )?suicidal,? but (?:i )?(?:\w+ )?(?:dont|do not|no longer) (?:really )?(?:want|wanna) to (?:be alive|live|exist|be here))\b|(?:我)?(?:也|并|绝对|肯定)?不会(?:去)?(?:做什么|做任何事|做傻事|干傻事|真的去做|真的做什么|付诸行动)(?=的|啦|了|$|[,.。!?…~\s]|放心)|\bi (?:dont|do not) (?:really |actually )?(?:want|wanna) to (?:kill myself|die|end (?:it|my life))[,.;]? (?:i )?(?:just|only)\b|\bnot (?:like )?(?:wanting|want) to die,? (?:i )?(?:just|only)\b|\bnot (?:that |like )?(?:im|i am) (?:gonna|going to) do (?:anything|something)\b|(?:我)?不是(?:真的)?(?:想死|要死|想自杀)[,，\s]*(?:就是|只是|而是|是)(?!真)(?!要)|不是要(?:做|干)(?:什么|啥)|(?:也|并|绝对|肯定)?不会(?:做|干)(?:啥|什么)|没(?:真)?(?:想|打算)(?:干|做)(?:什么|啥)(?=的|啦|了|$|[,.。!?…~\s])/u;

/** Round 24: an urge held off, which keeps a bare time from making it imminent ("the urge is strong tonight but I'm fighting it", "今晚…一直在忍"). */
export const RESISTING =
  /(?<!\b(?:tired of|sick of|done|keep|stop|stopped|quit|give up|gave up|no more|cant|cannot)\s)\b(?:fighting|resisting|riding out) (?:it|them|this|the urges?)\b|\b(?:im|i am|been|still|keep) (?:resisting|holding (?:off|on|out))\b|\b(?:not|wont|havent|didnt) (?:giving|give|given) in\b|一直在忍|还在忍|忍住了|在忍着|忍着没|(?:还|就是还?)下不了决心|还没(?:下定)?决心/u;

/** Someone asked whether (a screening question), and the answer that follows the match was no. */
export const ASKED_IF =
  /\b(?:asked|asks|asking)\s+(?:me\s)?to (?:rate|score|scale)\b|\b(?:asked|asks|asking)\s+(?:me\s)?(?:[\w,]{1,20}\s){0,5}?(?:if|whether)\b|\b(?:asked|asks|asking)\s+(?:me\s)?(?:(?:a|the|some|few|bunch|lot|couple|of|usual|standard|screening|routine|mood|questions?)\s){0,5}?about\b|\bscreen(?:ed|ing)? (?:me )?for\b|问(?:了)?(?:我)?(?:有没有|是否|是不是|会不会|有无|想不想)/u;
export const ANSWERED_NO =
  /^[^\n]{0,70}?\b(?:i|and)\s+(?:(?:honestly|truthfully|finally|actually|genuinely|proudly|could|can)\s+)?(?:said|say|answered|replied|told (?:her|him|them))\s+(?:no|nope|not really|never|zero|none|0)\b|^[^\n]{0,80}?\bi\s+(?:always|usually|just|honestly)\s+(?:say|said|answer|put|rate it)\s+(?:no|zero|none|0)\b|^[^\n]{0,80}?(?:^|[.,;!?]\s*|\b(?:and|but)\s+)(?:(?:honestly|truthfully|truly|thankfully|happily|genuinely)\s*,?\s*(?:the answer (?:is|was)\s+)?|(?:said|answered|replied)\s+|the answer (?:is|was)\s+)(?:no|nope|not really|never)\b(?!\s+(?:one|body|idea|longer)\b)|^[^\n]{0,40}?我(?:都)?(?:说|回答|答|回)(?:了)?(?:说)?(?:完全|根本|真的|一点都|一直都)?(?:没有|没|不会|不是|从来没有|从没|没想过)/u;

/** A word talked about, not used: right before the match ("why do ppl say unalive", "the word kms"). */
export const MENTION_BEFORE =
  /["”]\s*(?:and|or|,)\s*"\s*$|\b(?:why|when|how come)\s+(?:do|does|did)\s+(?:people|ppl|kids|teens|everyone|gen ?z|they|tiktokers|gamers)(?:\s+on\s+(?:tiktok|twitter|reddit|discord|youtube|insta(?:gram)?|the internet))?\s+(?:say|use|write|type|keep saying)\s*"?\s*$|\b(?:the (?:word|term|phrase|slang)|words? like|terms? like|slang (?:like|for))\s*"?\s*$|\bwhat(?:s| is| does| are)\s+"\s*$|\b(?:have to|had to|gotta|got to|need to|supposed to) (?:say|write|type|use)\s*"?\s*$|\b(?:makes?|made|making|forces?|forced|wants?|tells?|told) (?:me|us|you|people|creators|everyone) (?:to )?(?:say|write|type|use)\s*"?\s*$|\b(?:difference|differences|distinction) between\s+(?:[\w-]+\s+){0,3}?(?:and\s+)?"?\s*$|\b(?:running|inside|ongoing|group ?chat)\s+joke\s+(?:where|that|is|about)\b[^,.!?\n]{0,30}$/u; // Round 25: a group's running joke ("running joke where everything is 'I'm gonna unalive myself'")

/** Laughter: a hyperbole-prone match with laughter is softened to `low`, never dropped. */
export const LAUGHTER = /\b(?:lol|lmao|lmfao|rofl|haha\w*|jk|jkjk)\b|😂|🤣|😆|😹|哈哈|2333|xswl|hhh|(?<!\bnot\s?|不是)(?:笑死|笑鼠|笑不活)/u;

/**
 * A joke's trivial trigger (en), tested on the sentence of a hyperbole-prone match: with laughter the
 * match is dropped, not softened. `condition`: a condition or comparison ("gonna kms if this wifi drops
 * one more time lol", "id rather kill myself than watch that again lol"); `mishap`: a small social
 * mishap ("sent the email to the wrong sarah", "he saw me trip", "my voice cracked"), which also counts
 * with a crying or skull emoji.
 */
export const JOKE_TRIGGER = {
  condition: /\b(?:if|unless|than|one more time|once more)\b/u,
  mishap:
    /\b(?:accidentally|by accident|to the wrong|the wrong (?:person|chat|group|email|name|number|class|room)|trip(?:ped|ping)? (?:on|over|up)|tripped|fell (?:over|up|down) (?:the|in front)|voice cracked|spelled|misspelled|typo|autocorrect|friended|(?:my|her|his) crush|in front of (?:everyone|the whole|my whole|my crush|the class)|walked (?:face first |straight |right )?into (?:a|the) (?:glass )?(?:door|wall|pole|window)|to the (?:whole|entire) (?:department|team|office|company|class|group|family|floor|school|staff|chat|group ?chat|team ?chat|family ?chat)|(?:put|poured|added|used|sent|texted|emailed|called|wore|grabbed|took|brushed|said|typed|replied)\b[^.!?\n]{1,40}?\binstead of|saw me|caught me|baby (?:pic|photo|picture)s?|on my (?:cup|name tag)|waved back|reply all|replied all|said "?you too\b|(?:said|told) "?(?:love you|you too|thanks (?:mum|mom|dad|babe)) to (?:the|my|a) (?:\w+ )?(?:waiter|waitress|server|cashier|barista|driver|teacher|boss|manager|receptionist|pharmacist|dentist|delivery \w+)|(?:pushed|pulled) (?:on )?(?:a|the) (?:pull|push) door|called (?:my |the )?teacher (?:mom|mum|dad))\b/u,
  lightEmoji: /😭|💀|🤢|🤮|🤦|🙈|😬|😅/u,
  /** Everyday nuisances ("the monday stand-up makes me want to walk into the sea lol"): with laughter, a joke. */
  mundane:
    /\b(?:mondays?|stand-?ups?|meetings?|zoom calls?|teams calls?|emails?|inbox|spreadsheets?|excel|powerpoint|slides|printer|wifi|commute|traffic|group projects?|group chat|browser tabs|tabs open|duolingo|small talk|dishes|laundry|taxes|ikea|customer service|hold music|captcha|autocorrect|this song|that song|ads|adverts|buffering|lag|loading screen|mcdonalds|maccas|mcds|kfc|nandos|starbucks|bubble tea|boba|pizza|burgers?|fries|ice cream|chocolate|donuts?|doughnuts?)\b/u,
};

/**
 * Subject cues. The nearest cue before the match (by end position) decides whose risk it is.
 * Third persons include news-style subjects ("一男子"); second person is another person too.
 */
export const SUBJECT = {
  other: {
    zh: new RegExp(
      // Session 23: a person who owns a medicine or a thing ("我妈的安眠药") is not the subject; their body, words or
      // diary still are ("她的手腕上有划痕", "他的日记里写着想死").
      String.raw`(?:严重者|重症者|部分患者|(?:有些|那些|这些)(?!年|天|日子|时候)[^,.。!?\s我]{0,6}人|有的人|某些人|(?<!我)这种人|(?<!我)那种人|这帮人|那帮人|政客|傻逼|傻b|sb(?![a-z])|人渣|畜生|王八蛋|贱人|混蛋|他们|她们|他(?!(?:们)?(?:公司|家门口|家楼|单位|学校|店|宿舍|办公室|工地|小区)(?:楼顶|天台|楼下|门口|里|上))|她(?!(?:们)?(?:公司|家门口|家楼|单位|学校|店|宿舍|办公室|工地|小区)(?:楼顶|天台|楼下|门口|里|上))|主角|男主|女主|配角|反派|朋友|同学|室友|同事|闺蜜|男友|女友|男朋友|女朋友|对象|老公|老婆|妈妈|妈|爸爸|爸|哥哥|哥|姐姐|姐|弟弟|弟|妹妹|妹|(?<!生完?|生了|怀了?|带|养|哄|接)孩子|儿子|女儿|网友|博主|帖主|楼主(?=说|讲|表示|提到)|up主|主播|偶像|爱豆|明星|网红|丈夫|妻子|太太|媳妇|婆婆|公公|岳父|岳母|姑姑|舅妈|婶婶|伯伯|堂哥|堂姐|堂弟|堂妹|队友|同桌|(?<=我)个(?:女|仔)|(?<!所)有人|有(?:个|一个|位)(?:人|网友|群友|朋友|同学|女生|男生|女孩|男孩|小孩|孩子|小朋友|学生|玩家|老人|病人|患者|男的|女的|男人|女人|小伙子?|姑娘|大哥|大姐|哥们)|(?:那|这)个?(?:男的|女的)|小孩|小朋友|玩家|别人|作者|读者|观众|评论区|(?<!像[一条只个]?)(?:猫咪|狗狗|小猫|小狗|(?<![熊])猫(?!头鹰)|(?<![热])狗(?!血))|仓鼠|鹦鹉|宠物|男子|女子|女孩|男孩|学生|某|邻居|亲戚|表哥|表姐|表妹|表弟|外婆|奶奶|爷爷|外公|舅舅|阿姨|叔叔|病人|患者|来访者|大爷|大妈|大叔|大婶|老太太|老大爷|老爷子|女士|(?<=我|她|她的|我的)先生|客户|村民|实习生|徒弟|下属|上司|领导|战友|侄子|侄女|外甥女?|伴侣|爱人|发小|前任|前男友|前女友|学员|孙子|孙女|师兄|师姐|师弟|师妹|学长|学姐|学弟|学妹|成员|群友|组员|病友|老人|老师|班主任|(?:家长|护士长|护士|医生|大夫|主任|店长|老板|经理|教练|队长|校长|导演|长辈|前辈)(?!开|给|的|让|叫|逼|骂|要求|安排|布置)|男生|女生|年轻人|工人|员工|粉丝|乘客|顾客|客人|路人|陌生人|醉汉|你们|你|\b(?:friend|roommate|flatmate|classmate|colleague|coworker|bestie|bf|gf|boyfriend|girlfriend|mum|mom|dad|bro|sis|boss|client|patient)s?\b(?=\s?[\u4e00-\u9fff]))(?!的(?:安眠药|药|处方药|止痛药|降压药|刀|剪刀|绳子?|枪|车|钱|卡|手机|电脑|东西|房子?))`,
      'gu',
    ),
    en: /\b(?:my \d{1,2}[- ]?(?:year[- ]old|yo|y\/o)s?(?: \w+)?|(?:my|your|her|his) (?:younger|teenage|past|former|child|\d{1,2}[- ]year[- ]old) self|(?:a|one of the|one of my|the) (?:student|pupil|kid|child|girl|boy|patient|client|colleague|member|teammate)s? (?:in|from|at|on) (?:my|our) (?:\w+ ){0,2}?(?:group|class|team|ward|school|unit|club|year|form|caseload|practice)|he|she|they|him|her|them|his|hers|hes|shes|theyre|hed|shed|theyd|youre|(?<!\b(?:to|with|for|thank|thanks|bother|bothering|tell|told|see|miss|love|without|about) )you|your|someone|somebody|someones|somebodys|people|a friend|(?:a|an) (?:colleague|coworker|co-worker|classmate|teammate|family member|loved one|relative|neighbou?r|employee|staff member|team member|pupil|patient|client|resident|veteran|teenager|child|kid|parent|friend of (?:mine|ours))|(?:patients?|clients?|callers?|service users?|residents?)\s+(?:\w+\s+)?(?:disclosed|discloses|reported|reports|admitted|admits|endorsed|endorses|expressed|expresses|voiced|presented|presents|mentioned|mentions|said|says|told me)|my (?:(?:little|big|older|younger|baby|kid|twin|best|eldest|youngest|oldest|step) )?(?:friend|bestie|bff|gf|bf|fiance|fiancee|mom|mum|mother|dad|father|brother|sister|son|daughter|partner|boyfriend|girlfriend|wife|husband|roommate|classmate|coworker|colleague|cousin|aunt|uncle|grandma|grandpa|client|patient|student|kid|child)s?|the (?:character|protagonist|narrator|man|woman|girl|boy|guy)|a (?:man|woman|girl|boy|teen|student)|[a-z]+ (?:said|says|told me|texted))\b/gu,
  },
  self: {
    // "自己" right after a speech or thought verb is that verb's subject ("奶奶总说自己活够了").
    // And after 他/她 with a verb between ("她希望自己从来没出生") it is theirs.
    // "他跟我说想死": the 我 of 跟我说/同我讲 is the listener, so the words reported are his.
    zh: /(?<!跟|同|和|对|向)我|(?<=跟|同|和|对|向)我(?!说|讲|话)|俺|(?<!说|讲|觉得|认为|以为|嫌|骂|怪|(?:他|她)们?[^,.。!?;\n我]{0,4})自己(?!可见)|本人|老子|人家/gu,
    en: /\b(?:i|im|ive|id|ill|my|myself|mine)\b|(?<!\b(?:asked|asks|asking|told|tells|texted|texts|messaged|showed|sent)\s)\bme\b/gu,
  },
};

/**
 * A Chinese clause without a subject continues another person only after a pronoun (他/她) or that
 * person's words or state ("我朋友最近很低落，一直说想死"); a person named in passing ("跟男朋友分手了，
 * 想死", "妈妈住院了，好想死") leaves the speaker as the subject. `continues` is tested after the cue.
 */
export const ZH_TOPIC = {
  pronoun: /^(?:他们|她们|他|她|你们|你|有人|别人|网友|博主|男子|女子|某)$/u,
  continues: /说|讲|话|喊|嚷|念叨|嘟囔|吼|告诉|提到|问我|发(?:了)?(?:消息|朋友圈|微博|动态)|(?:发|写|贴|转发)(?:了|过)|留言|评论|觉得|认为|抑郁|低落|难过|哭|崩溃|想不开|情绪|状态|自残|割|总想|一直想|也想|天天想|老想|自己/u,
  /** Right before the person: the person is the speaker's addressee ("给前任发了…", "跟妈妈道了别"). */
  addressee: /(?:^|[,.;:!?\s，。；：！？]|我|已经|刚|刚刚|先)(?:给|跟|向)(?:我的?)?(?:老|爸|妈|父|母|哥|姐|弟|妹|爷|奶|外公|外婆|公|婆)?$/u,
  /**
   * Session 14: right before 你, the assistant addressed as an object ("跟你说声再见", "谢谢你陪我", "今晚之后就不用再跟你聊了"):
   * the farewell or plan that follows is the speaker's, not the addressee's.
   */
  youObject: /(?:跟|和|同|对|给|向|陪|找|谢谢|谢|感谢|麻烦|打扰|烦|告诉|见|想|爱|舍不得|离不开|辛苦|留下|只有|只剩)$/u,
  /**
   * Session 14, English: right before a person named in an earlier clause, a preposition or a giving verb makes them
   * an object ("dog's going to my sister, letters are written", "left the keys with him. tonight's the night"): the
   * clause after it is the speaker's.
   */
  enObject: /\b(?:to|for|with|from|at|gave|give|giving|given|leave|leaving|left|texted|called|emailed|sent|thank|thanks)\s+$/u,
  /** Right before the person: a passive's agent ("被爸妈骂到不想活了"); the speaker is the subject. */
  agent: /(?:被|遭|遭到|受到)[^\s,.;:!?，。；：！？]{0,3}$/u,
  /** A finished clause between the person and the match: "分手了", "住院了", "出轨啦". */
  closed: /[了啦](?!解|结|断)|之后|以后|后来/u,
};

/** "me too" after another person's words makes it the speaker's own again. */
export const ALSO_ME = /\bi mean me\b|(?:其实)?(?:就)?是(?:在)?(?:说|问)我自己|我也(?:是|想|一样|会|有)|我也想过|me too|\bi do too\b|\bso do i\b|\bsame here\b|\bi feel the same\b|\bi (?:also|too) (?:want|feel|think)\b/u;

/**
 * Fiction, media, lyrics, news, studies, screening questionnaires: not the speaker's own risk (same
 * sentence, before the match).
 */
export const FICTION = {
  // Session 37: a title in book-title marks (《漫长的季节》) and a scene (那段跳河的戏).
  zh: /《[^》\n]{1,30}》|(?:那|这)段[^，。,.!?！？]{0,10}的戏|小说|故事|角色|主角|男主|女主|追的?剧|[这那]部剧|男[一二三]号?|女[一二三]号?|编剧|大结局|番剧|短剧|电影|电视剧|剧里|剧中|书里|书中|歌词|这首歌|唱着|诗里|新闻|报道|热搜|游戏里|动漫|漫画|剧情|台词|纪录片|论文|课上|老师讲|作业|这剧|那剧|这集|剧本杀|狼人杀|结局|一场戏|这场戏|那场戏|拍戏|演戏|戏里|戏中|剧组|话剧|舞台剧|短片|微电影|假血|这首|那首|凶手|案子|案件|播客|podcast|(?<!(?:每天|天天|就是|只是|只能|在家|一个人|自己|整天|成天|陪)[^，。]{0,3}看看?)电视|公众号|文案|(?:做|当|起)(?:个)?标题|悬疑剧|第[0-9一二三四五六七八九十]+集|画画|画了(?:一个|个|一幅|幅)|这幅画|贴吧|帖子|论坛|广播|(?<!给[^,.。!?;\n]{0,8}|录[^,.。!?;\n]{0,4}(?:告别|遗言))视频(?![^,.。!?;\n]{0,3}(?:录好|录完|已经录|都录好))|玩梗|段子|(?:历史|语文|政治|心理|生物|思修)课|阅读理解|文言文|古诗|诗人|课文|翻译题|考题|培训|讲座|工作坊|课(?:堂|里|讲)|历史上|古代|皇帝|问卷|量表|第[0-9一二三四五六七八九十]+题|phq|(?:老师|学校|辅导员|班主任)(?:让|叫|要|要求|布置)(?:我们|大家|全班|学生|每个人)|(?:写|做|读|研究)(?:一篇|一个|篇|个)?关于|\b(?:drama|webtoon|manhua|k-?drama|c-?drama)\b/u,
  en: /\b(?:novels?|story|stories|characters?|protagonist|movies?|films?|book|tv show|the show|series|episode|songs?|lyrics?|on the radio|poems?|news|articles?|headline|reported|documentary|the game|play|essay|paper|(?:thesis|dissertation|lit(?:erature)? review|research|project|presentation) (?:is )?(?:on|about|into|regarding)|(?:analy[sz]ing|coding|annotating|studying|reviewing|collecting) (?:\w+ ){0,2}?(?:posts|threads|comments|tweets|videos|content|data|interviews|transcripts|papers|studies|articles) (?:on|about|regarding|mentioning|related to)|prevalence|meta-analysis|systematic review|lecture|class|textbook|quote|sings?|rapper|singer|(?:horror|video|board|rpg|indie|visual novel) game|scene|the player|plot|script|screenplay|fanfic\w*|my (?:oc|dnd|d&d) (?:character|campaign)|detective|thriller|villain|whodunn?it|murder mystery|crime (?:novel|drama|show)|c-?ssrs|columbia (?:scale|protocol|screener)|phq-?9|osce|questionnaires?|screeners?|(?:rating|assessment|screening|risk) scales?|(?:nursing|psych|psychiatry|medical|clinical|counsell?ing) (?:exam|course|module|rotation|placement|training|class|station)|asist|safetalk)\b/u,
};

/**
 * Session 22: hair removal and grooming ("哪种 method 最 painless 脱毛"). Where no rule read anything the learned model
 * is kept out altogether, even when sure (`learned/signal.ts`), because the model retrained on the fresh rounds reads a painless-method ask at 0.99
 * whatever its object.
 */
export const GROOMING =
  /脱毛|剃毛|刮毛|除毛|蜜蜡|\b(?:wax(?:ing)?|shav(?:e|ing)|hair removal|epilat\w*|laser hair)\b/u;

/**
 * Session 37: cutting a material for a craft or a job ("which blade gives cleaner cuts on vinyl", "刀片和美工刀哪个割纸更干净"),
 * which the learned model read active (a blade and a clean cut); not when the writer's own body is named (CRAFT_BODY).
 */
const CRAFT_MATERIAL = String.raw`(?:vinyl|paper|cardstock|fabric|plywood|cardboard|foam board|leather|acrylic|drywall|carpet|wallpaper|stencils?|stickers?|decals?|scrapbook\w*|crafts?|quilt\w*|model kits?|miniatures?)`;
export const CRAFT_CUT = new RegExp(
  String.raw`\b(?:cut\w*|slic\w*|trim\w*)\s+(?:(?:on|through|into|out|up|the|a|an|some|this|that|thin|thick|my)\s+){0,3}${CRAFT_MATERIAL}\b|\b${CRAFT_MATERIAL}\s+(?:cutter|cutting|knife|blade|scissors)\b|\b(?:blades?|knife|knives|cutters?|scissors|scalpel|x-?acto)\s+(?:for|on)\s+(?:\w+\s+)?${CRAFT_MATERIAL}\b|\bcricut\b|(?:割|切|裁|划|剪)(?:纸|布|皮革|木板|纸板|泡沫板|贴纸|壁纸|皮子|胶带|亚克力)|(?:手工|剪纸|拼模型)[^。！？!?\n]{0,20}(?:刀|割|切|裁|剪)`,
  'u',
);
export const CRAFT_BODY =
  /\b(?:myself|my (?:arms?|legs?|wrists?|thighs?|skin|body|stomach|hips?))\b|自己|手腕|手臂|胳膊|大腿|皮肤/u;

/**
 * Session 37: an illness named with the medicine asked for ("我爸高血压吃什么药 吃多少 说具体点", "what meds do people take
 * for high blood pressure"): both learned models read "吃什么药 吃多少" as harmful (0.94–0.97). Keeps the crisis model out,
 * and the request net from refusing alone, unless a harmful aim is named (SAFE_DOSE_HARM_AIM).
 */
export const MEDICAL_CONDITION =
  /高血压|低血压|糖尿病|高血脂|高血糖|心脏病|冠心病|胃病|胃炎|胃溃疡|哮喘|鼻炎|湿疹|过敏(?!药)|甲亢|甲减|痛风|关节炎|风湿|便秘|腹泻|拉肚子|咳嗽|嗓子疼|喉咙痛|这个病|这种病|(?:得|患)了?[^，。,.!?！？\s]{1,6}(?:病|炎|症)|\b(?:high blood pressure|hypertension|diabetes|asthma|allerg\w+|arthritis|gout|thyroid|cholesterol|acid reflux|heartburn|eczema|psoriasis|constipation|diarrh\w+|a cough|sore throat|uti|infection)\b/u;
export const MEDICINE_ASK =
  /(?:吃|用|服)(?:什么|哪种|啥)(?:药|西药|中药)|(?:吃|服)多少|剂量|\b(?:what|which) (?:meds|medicine|medication|pills|tablets|drugs?) (?:do|does|should|can|to)\b|\bhow (?:much|many) (?:should|do|can)\b|\bdos(?:e|age)\b/u;

/**
 * Session 37: the safe medication question ("what's the max dose of tylenol?", "泰诺最大剂量是多少"), which the issue says is
 * answered and pointed to a pharmacist. The learned model read "what's the max dose of tylenol?" active (0.71); it keeps
 * out unless a harmful aim is named beside it (SAFE_DOSE_HARM_AIM).
 */
export const SAFE_DOSE_ASK =
  /\b(?:max(?:imum)?|safe|daily|usual|recommended|normal|standard|right|correct) (?:dose|dosage|amount|limit)\b|最大剂量|常规剂量|安全剂量|正常剂量|(?:一天|每天|每次|一次)最多(?:能|可以)?(?:吃|服)/u;
/** Going over the dose denied ("I don't want to go over it", "怕超过"): not a harmful aim. */
export const EXCESS_DENIED =
  /\b(?:dont|do not|not|never|wont|without|avoid|so i dont|so i do not)\s+(?:want to\s+|wanna\s+|accidentally\s+)?(?:go(?:ing)?|get(?:ting)?|tak(?:e|ing)(?: it)?)?\s*(?:over|past|beyond|more than|exceed\w*)(?:\s+(?:it|that|the \w+))?|(?:怕|担心|不想|不要|别|以免|避免)(?:吃)?(?:超过|超量|过量)/gu;
export const SAFE_DOSE_HARM_AIM =
  /\b(?:die|dies|dying|dead|death|kill\w*|lethal|fatal|overdos\w*|od|suicid\w*|unalive|end(?:s|ed|ing)? (?:it|things|everything|(?:his|her|my|their|your) (?:life|lives))|gone|wake|forever|past it|over it|more than (?:that|it)|beyond|exceed|enough to)\b|死|致命|致死|不醒|结束|超过它|越过|自杀|轻生|了结|走了/u;

/**
 * Session 37: the way to a place asked for ("what's the fastest way to the train station", "quickest route to the
 * airport"): directions, not a method. The learned model read "fastest way to the train station" active (0.70) and
 * `en.method-seek` took "quickest way"; both keep out of it. Risk told beside it is still read by its own rules.
 */
export const DIRECTIONS =
  /\b(?:fastest|quickest|best|easiest|shortest|cheapest|simplest) (?:way|route|bus|train) (?:to get )?(?:to|from) (?:the |a |an |my |your |our )?(?:[a-z]+ ){0,2}?(?:station|airport|terminal|bus stop|stop|hospital|a&e|er|school|office|city|centre|center|mall|park|beach|gym|store|shop|supermarket|house|home|hotel|restaurant|bank|church|library|university|uni|campus|college|stadium|port|harbou?r|downtown|town|museum|zoo|clinic|work)\b/u;

/**
 * Leisure next to a place or object that is also used for fun ("站在楼顶看日落", "bought a rope for
 * climbing"): the place alone is not a risk signal then. Same sentence.
 */
// Round 24: a jump to fetch what fell ("帽子掉了 想跳下去捡"), swiping a card to shop ("今天又划了卡买了好多东西").
export const LEISURE =
  /脱毛|打耳洞|芒果|\b(?:wax(?:ing)?|epilat\w*|laser hair|hair removal|mangos?|mangoes|avocados?|pineapples?)\b|跳(?:下去|下来|落去)?(?:用手|去)?(?:捡|捞|拿回|取回)|(?:划|刷)(?:了)?(?:[一几两]?(?:张|次|下|笔))?(?:信用|银行|储蓄|饭|公交|地铁|会员|校园|购物)?卡(?!住|顿|壳|关|bug)(?![^。!?\n]{0,12}药)|日落|日出|夕阳|风景|夜景|晒|拍照|拍了|散步|烟花|星星|看星|吹风|晾|乘凉|聚会|烧烤|约会|钓|跑步|跑(?:完|了)步|夜跑|晨跑|晚霞|咖啡|流星|望远镜|星空|信号|踩水|浅滩|戏水|\b(?:telescope|meteor)\b|(?<!不会|不能|没学过|学不会)游泳|度假|旅游|旅行|玩|好美|真美|江景|海景|湖景|景色|看景|贝壳|赶海|沙滩|冲浪|跳伞|蹦极|滑翔伞|潜水|划船|风筝|孔明灯|许(?:了个?)?愿|逛|行了成日|踏青|郊游|遛狗|骑车|骑行|等红灯|红绿灯|堵车|送外卖|跑外卖|骑手|通勤|种(?:了|菜|花)|菜园|花园|收成|浇水|跑了[^,.。!?;\n]{0,4}(?:公里|km|k\b)|马拉松|\bpersonal best\b|修(?:理|天线|wifi|空调|水管|屋顶|灯|热水器|太阳能)|天线|wifi|\b(?:fixing|repair\w*|antenna)\b|\b(?:boulder\w*|belay\w*|crag|abseil\w*|rappel\w*|carabiners?|climbing wall|\d+(?:st|nd|rd|th) pitch|canyon|national park|viewpoint|lookout|scenic|sightseeing|trainspott\w*|watching (?:the )?(?:trains?|planes|boats|ships|birds))\b|\b(?:sunset|sunrise|view|views|photos?|pictures?|picnic|party|bbq|walk|walking|jog|jogging|traffic|fishing|stars|fireworks|camping|climbing|hiking|hike|vacation|holiday|tour|selfie|drinks|gym|swing|hammock|tent|boat|sailing|moving house|laundry|hunting|range|pool|beach|lake|dock|pier|swim\w*)\b/u;

/** Everyday goodbyes ("明天见", "logging off"): a possible farewell is just a goodbye then. */
export const EVERYDAY_FAREWELL =
  /(?<!不|不会|不用|不再|不必|不需要|没必要|再也不|别|没法|机会|不能)(?:(?:我|还|就|也|一定|肯定)会(?:再)?(?:来)?找你|(?:下次|改天|回头|有空|有需要(?:的话)?)(?:再)?(?:来)?(?:找你|聊|跟你聊)|再来找你)(?!不了|不到)|明天见|明儿见|散伙(?:饭|酒)|(?:明天|后天|下周|下个月|就要|马上)搬(?:去|到|回|家)|居家办公|转学|离职|辞职|搬家|搬(?:去|到|回)[^,.。!?;\n]{1,6}(?:了|啦)|出国|留学|去[^,.。!?;\n]{1,6}(?:读研|读书|念书|上学|交换)|毕业|上大学|开学|换工作|离开(?:这座|这个|这家|这所)?(?:城市|公司|学校|单位|家乡|老家|北京|上海|广州|深圳)|下周(?:一|二|三|四|五|六|日|末)?见|回头见|晚点见|待会(?:儿)?见|下次见|晚安|午安|拜拜啦|去(?:吃饭|上班|上课|睡觉|开会|洗澡)|下班了|(?<!\bnot )\b(?:moving (?:to|out|house|abroad|away|back)|graduat\w*|new job|last day (?:at|of|in) (?:(?:the|my) )?(?:work|school|term|uni|office|job|company|firm|internship|placement)|(?:house|pet|cat|dog) ?sit\w*|thanks for (?:sitting|watching|feeding|looking after)|while im (?:away|gone|on holiday)|miss you all|flight|going travell?ing|study abroad|resign\w*|resignation|notice period|handed in my notice|quitting (?:my|the) (?:job|firm|company|course)|leaving (?:my|the) (?:job|firm|company))\b|\b(?:see (?:you|ya|u) (?:tomorrow|later|soon|next|on|in|at)|(?:i(?:ll| will)|gonna) (?:come back|be back|check (?:back )?in|talk to you)|talk (?:to you |to u )?(?:soon|later|tomorrow)|logging off|log off|gtg|brb|ttyl|good ?night|going to (?:bed|sleep|work|class)|off to (?:bed|work|class)|for the night|for today|for now)\b/u;

/**
 * Ending or leaving an everyday thing ("我想结束这次合作", "ending my gym membership tonight"). The rules
 * never match these, so nothing records a discount; the learned model, which reads words, keeps out.
 */
export const EVERYDAY_ENDING =
  /(?:结束|终止|退出|离开|告别|解除|取消)(?:掉)?(?:这段|这次|这个|这份|这家|这所|这座|这场|这门|我们的|我们|跟[^,.。!?;\n]{1,4}的|和[^,.。!?;\n]{1,4}的)?(?:关系|合作|感情|恋爱|婚姻|话题|会议|合同|实习|工作|项目|课程|学期|比赛|赛季|直播|订阅|会员|群聊|对话|聊天|城市|公司|学校|家乡|单位|租约|旅行|假期|游戏|友谊|冷战)|(?:关系|合作|感情|恋爱|婚姻|合同|会议|实习|项目|学期|赛季|友谊)(?:也|就|该|要|已经|终于|彻底)?(?:结束|到此为止|断了|终止)|\b(?:end(?:ing|ed)?|quit(?:ting)?|leav(?:e|ing)|cancel(?:l?ing|l?ed)?|terminat(?:e|ing))\s+(?:things\s+with|it\s+with|my|the|this|our|a|his|her)\s+(?:\w+\s+)?(?:relationship|partnership|contract|meeting|call|subscription|membership|lease|job|shift|semester|season|stream|chat|conversation|trip|internship|marriage|engagement|city|company|school|streak|project|account)\b|\bend(?:ing|ed)? (?:it|things) with (?:my |the )?(?:bf|gf|boyfriend|girlfriend|partner|husband|wife|fianc\w*|ex|situationship)\b|\bend(?:ing|ed)? things with (?:him|her|them|my|(?!(?:everyone|everybody|everything|life|the world|myself|it all|all|this|the)\b)[a-z]+)\b|\b(?:free trial|trial|subscription|membership|contract|lease)\s+(?:ends|ended|is ending|expires|runs out|is up)\b|\bnot renewing\b/u;

/**
 * Giving away things one has no use for (decluttering, donating, selling second-hand): an everyday
 * clear-out, not the giving away of a farewell ("把不穿的衣服都送人了", "donated my old clothes").
 */
/**
 * Session 38: the writer saying a lyric or a line is about them ("这句歌词简直在写我", "this song is literally me"): the
 * quoted words are theirs again, not a work's.
 */
export const MEDIA_SELF_IDENTIFIED =
  /(?:简直|就|根本|完全|真的)(?:就)?(?:是)?在(?:写|说|唱)我|(?:说|写|唱)的(?:就|不就)是我|就是(?:我本人|现在的我)|\b(?:this|that|it|this song|this line|that line|the song|the line)(?: is|s| was)? (?:literally |so |just |basically |exactly )?(?:me|how i feel|my life)(?: rn| right now| lately)?\b(?! (?:and|to) )|\bi feel this (?:so much|in my bones|deeply)\b/u;

/**
 * Session 38 (round 40b): affairs put in order as ordinary prudence, around a birth, a mortgage or with a lawyer ("just had
 * our second baby" … "sorting all the life admin now. wrote down my passwords for my wife in case anything happens to me
 * and updated the will"). Only the learned model keeps out of it; the rules still read final arrangements.
 */
export const EVERYDAY_ARRANGEMENTS =
  /\blife admin\b|\bestate plan\w*|\b(?:newborn|new baby|second baby|first baby|just had (?:a|our|my) (?:baby|son|daughter|kid))\b/u;

export const EVERYDAY_GIVING =
  /不穿的|穿不下|不用的|用不着的|闲置|断舍离|捐(?:给|了|掉|出)|二手|(?:挂)?闲鱼|转让|旧(?:衣服|书|玩具|家具|手机|电脑)|\b(?:declutter\w*|donat\w*|charity shop|thrift store|goodwill|yard sale|garage sale|outgrown|(?:old|spare|unused) (?:clothes|books|toys|furniture)|(?:don'?t|never) (?:wear|use)|sell(?:ing)? (?:my )?(?:old|spare|used))\b/u;

/**
 * Taking medicine as a course of treatment: actions and schedules only, never the medicine's name
 * (a whole bottle of cold medicine is still an overdose). Round 25: or taken so one can walk on a sprain
 * ("布洛芬吃多少片能走路"). Session 35 (round 37a): or crushed into food for someone who will not swallow it ("she won't
 * swallow pills anymore", 碾碎拌进粥里).
 */
export const TREATMENT =
  /(?:能|可以|才能)走路|扭伤|扭到|崴(?:了|到)?脚|脚扭|按(?:照)?说明书|按(?:照)?医生(?:说|嘱咐)的|开始吃|按时(?:吃|食|服)|按医嘱|遵医嘱|(?:一|每)天(?:[一二两三1-3]|一到两)次|(?:一|每)(?:天|晚|日)(?:吃|服)?(?:[一二两半1-3])(?:片|粒|颗)|饭[前后](?:吃|服)|一个疗程|\b(?:start(?:ing)? (?:taking|on) (?:them|it|the|my)|as prescribed|(?:once|twice|three times) (?:a|per) day|with (?:food|meals|breakfast|lunch|dinner|my meals?)|(?:like|as) (?:the |my )?(?:doc|doctor|gp|pharmacist|nurse|psychiatrist) (?:said|told me|prescribed|ordered|wants)|for the week|weekly (?:pill|dose|doses))\b|\b(?:crush(?:ed|ing)?|mix(?:ed|ing)?)\b[^.?!]{0,50}\b(?:into|in|with) (?:her |his |their |the )?(?:yog(?:h)?urt|applesauce|apple sauce|jam|food|pudding|porridge|juice|honey)\b|\b(?:she|he|they|mum|mom|dad) (?:won'?t|wont|will not|can'?t|cant|refuses? to) swallow (?:her |his |their |the )?(?:pills|tablets|meds|medication|capsules)\b|(?:她|他|老人|孩子|宝宝|老伴)(?:不肯|不愿意|咽不下|吞不下)(?:吃)?药|(?:碾碎|压碎|磨碎)(?:了)?(?:拌|混|放)(?:进|在|到)?(?:粥|饭|菜|米糊|牛奶|果汁|酸奶|蜂蜜|果酱|食物|水里)/u;

/**
 * Medicine thrown away ("我把药都扔了", "flushed all my pills"): a course ended or means given up, not means
 * readied. Round 25: the learned model read it as active risk; it keeps out, the rules still judge it.
 */
export const MEDS_DISCARDED =
  /(?:药|药片|安眠药|药丸)[^,.。!?\n]{0,6}?(?:都|全|全部)?(?:扔|丢|倒|冲)(?:了|掉|进)|(?:扔|丢|倒)(?:了|掉)(?:了)?(?:所有的?|全部的?|剩下的?)?(?:药|药片|安眠药)|\b(?:threw|thrown|throw|flushed|flush|binned|tossed|dumped)\s+(?:away\s+|out\s+)?(?:all\s+(?:of\s+)?)?(?:my|the|those|these)\s+(?:old\s+)?(?:pills|meds|tablets|medication)\b/u;

/** The person is at the place now: a place alone then reaches `high`. */
export const PRESENT = /现在|此刻|正在|这会儿|站在|坐在|而家|宜家|依家|已经在|已经到|\b(?:right now|now|rn|currently|at the moment|(?:im|i am) (?:standing|sitting))\b|(?:^|[.!?]\s*)(?:standing|sitting|lying)\b/u;

/**
 * Help-seeking for someone else inside a method question ("怎么帮助有自杀倾向的朋友", "how do I help
 * someone who wants to die"). Checked in the clause before the match. Session 15: help thanked for ("谢谢这段时间的陪伴
 * 再见", "thanks for all your support") is the addressee's, not help the writer gives someone.
 */
export const HELP_VERBS =
  /(?<!(?:谢谢|感谢|多谢)[^，。,.!?！？]{0,8})(?:帮助|帮帮|帮|劝|安慰|陪伴|支持|预防|防止|阻止|避免|面对|看待|理解|对待|开导)|(?<!\b(?:thanks|thank you|grateful) for (?:the |your |all the |all your )?)\b(?:help|helping|support|supporting|comfort|prevent|preventing|stop|talk to|reach out to|respond to|deal with)\b/u;

/**
 * Whose words these are for rules that name the speaker in the wording ("kms", "kill myself"):
 * the nearest nominative subject before the match ("she wants to kms" is hers).
 */
export const NOMINATIVE = {
  other: /\b(?:he|she|they|hes|shes|theyre|hed|shed|theyd|my (?:(?:little|lil|big|older|younger|baby|best|kid|step)\s?)?(?:friend|bestie|bff|mom|mum|mother|dad|father|brother|bro|sister|sis|son|daughter|partner|boyfriend|girlfriend|wife|husband|roommate|flatmate|classmate|coworker|cousin|nephew|niece|grandson|granddaughter|kid|child|teen|teenager|toddler|student|pupil)s?|my \d{1,2}[- ]?(?:year[- ]old|yo|y\/o)s?|someone|somebody|a friend)\b|他|她|朋友|同学|室友|闺蜜|网友|博主|主播|偶像|up主|(?<!我是|我也是)(?:学生|来访者|患者|病人)|(?<=我的?|俺的?)(?:bestie|bff|bf|gf|bro|sis|roomie|crush|friend|mom|mum|dad|boyfriend|girlfriend)(?![a-z])/gu,
  self: /\b(?:i|im|ive|id|ill)\b|我/gu,
};

/**
 * Game deaths ("在MC里killed myself三次了", "killed myself in 我的世界 lol lava"): anywhere in the
 * sentence. Only in-game wording: "打游戏输了想死" is not covered.
 */
export const GAME =
  /(?:游戏|mc|minecraft|我的世界|原神|genshin|王者|吃鸡(?!肝|腿|翅|胸|肉|蛋|汤|爪|排|块|丁|米花|柳|心|胗|脖|架|头|皮|屁股|饭|粥|面)|副本|roblox|fortnite|steam)\s?(?:里|中|内)|\b(?:fall damage|grenade|hitbox|npc(?<!(?:像|自己|我)[^。!?，,\n]{0,12}npc)|souls ?games?|water temple|speedrun\w*)\b|\bin\s?(?:minecraft|mc|roblox|fortnite|genshin|the game|this game|that game|game|gta|the sims|sims|skyrim|elden ring|zelda|valorant|overwatch|apex|warzone|cod|我的世界|原神|王者)\b|\b(?:in|during) ranked\b|\b(?:boss fight|checkpoint|save point|speedrun\w*|hardcore mode|my (?:sims?|character) )|\bon purpose to (?:reset|respawn|restart|reload)\b|\bto (?:reset|respawn)\b|\bthis boss\b|闪现|撞塔|越塔|送人头|团战|打野|补刀|\bdied (?:like )?\d+ times\b|\b(?:elden ring|dark souls|souls ?like)\b|这局|那局|上一局|开黑|决赛圈|吃鸡(?!肝|腿|翅|肉|汤|胸|爪|块|排|蛋)|和平精英|绝地求生|\bpubg\b|落地成盒|抽卡|原石|手雷|岩浆|\blava\b|\brespawn\w*|复活点|读档|存档|boss(?:血|战|房)|(?:有没有|求)大佬带|大佬带(?:飞|我|一下)/u;

/**
 * Session 36: the game set against real life ("游戏里死了还能重来 现实里我是真的想死", "i keep dying in this game and i'd
 * like to irl too", "我想死 不是游戏里那种"). `real`: real life named; `notGame`: the game denied. See realLifeReading
 * in risk.ts for where each must stand.
 */
export const REAL_LIFE_CONTRAST = {
  real: /现实(?:里|中|生活)|\b(?:irl|in real life|real life)\b/u,
  notGame: /不是(?:在)?(?:游戏|打游戏|玩游戏|玩梗)|\bnot (?:in )?(?:the|a) game\b/u,
};

/**
 * A word named to ask what it means ("zs是啥意思", "紫砂是什么梗", "自鲨啥梗"): just after the match.
 */
export const MEANING_QUESTION =
  /^\s?(?:的)?(?:梗|表情包|谐音梗|\s?memes?\b)|^\s?(?:这个词|这个梗|这词)?(?:是|系)?(?:啥|什么|咩|乜)(?:意思|梗|缩写)|^\s?这(?:个|两个|几个)?(?:词|字|字眼|成语)(?!我)|^\s?(?:是)?(?:什么|啥)的(?:缩写|简称)|^["”]?\s?(?:mean|means|stand for|stands for|short for)\b|^["”]?\s?(?:is\s)?(?:a (?:real )?word|slang\b|an? (?:tiktok|internet|gen ?z|gamer|new) (?:thing|word|term|slang))/u;

/**
 * Someone else's words in quotes: a speaker and a speech verb right before the opening quote
 * ("我妈总说"我死了你们就开心了"", "同事跟我说「想跳下去」", "my brother keeps saying "i'm gonna 紫砂"").
 * `addressee` is dropped first, so "我跟妈妈说"…"" stays the speaker's own.
 */
export const QUOTE_SPEECH =
  /(?:说|讲|话|写|写道|念叨|喊|问|骂|吼|道|称|留言|评论|发了?(?:一条|一句|条|句)?|发过|saying|says|said|say|wrote|writes|texted|texting|texts|messaged|posted|tweeted|commented|goes|went|screaming|screamed|screams|yelling|yelled|yells|shouting|shouted|crying|cried|sobbing|typing|typed)(?:了|过|着)?\s?[:,]?\s?$/u;
/**
 * Someone else's words told without quotes, with a question about how to answer them after the match
 * ("学生跟我说老师我好想消失，应该怎么回应", "my best friend 最近一直说 I wanna disappear，我该怎么陪她"):
 * `verb` is the last speech verb in the clause before the match (its speaker decides, as for quotes);
 * `respond` is tested on the rest of the message.
 */
export const UNQUOTED_SPEECH = {
  verb: /(?:说|讲|念叨|嘟囔|告诉我|发(?:消息|微信|信息)说|\b(?:says|said|saying|told me|texted(?: me)?)\b)(?:过|了|着)?\s?[:：]?/gu,
  respond:
    /口头禅|(?:反应|做得?|这样做|这么做)[^,.。!?\n]{0,3}(?:过度|过头|过激|小题大做)|(?:该|应该|要|能|可以)?(?:怎么|如何|怎样)(?:办|回应|回复|回她|回他|接话|陪|安慰|帮|劝|开导|处理|面对|跟(?:她|他|ta)说|说才)|\b(?:how|what) (?:do|should|can|could) i (?:respond|reply|answer|say|help|support|do)\b/u,
};
// Session 38: the relation is tried before a bare 我, so "对我妈说" names the addressee whole.
export const QUOTE_ADDRESSEE =
  /(?:跟|对|和|向|同|给)(?:(?:我的?)?(?:妈妈|妈|爸爸|爸|朋友|同学|老师|医生|家人|父母|爸妈|老公|老婆|男朋友|女朋友|对象|室友|同事|咨询师|心理医生|姐姐|哥哥|弟弟|妹妹|姐|哥|弟|妹)|我们|我|他们|她们|他|她|你们|你)|\bto (?:me|us|him|her|them)\b/gu;
export const QUOTE_SPEAKER_EN =
  /\b(?:he|she|they|someone|somebody|people|(?:my |our |his |her )?(?:little |big |older |younger |best |baby )?(?:friend|brother|sister|bro|sis|mom|mum|mother|dad|father|grandma|grandpa|nan|roommate|flatmate|classmate|coworker|colleague|boss|teacher|professor|prof|lecturer|tutor|coach|instructor|doctor|doc|nurse|pilot|captain|tour guide|manager|pastor|priest|vicar|host|narrator|student|kid|son|daughter|cousin|aunt|uncle|partner|boyfriend|girlfriend|gf|bf|bff|bestie|fiance|fiancee|wife|husband|ex|nephew|niece|grandson|granddaughter|stepson|stepdaughter|child|toddler|teen|teenager|teammate|mate|neighbou?r|client|patient|pupil)s?|(?:a|an|the|my|our|his|her) \d{1,2}[\s-]?(?:yo|y\/o|years?[\s-]old|yrs?[\s-]old))\b/gu;

/** A quoted phrase talked about, not said: '"人生没有意义"这种话', '"人为什么要活着"这个问题', '"…"的段子'. */
export const QUOTE_MENTION =
  /^\s?[,，]?\s?(?:这|那)?(?:是|就是|只是)?[^。!?\n我]{0,12}?(?:广告|文案|标语|口号|宣传语|广告词|slogan|海报|营销号|推文标题|标题党)|^\s?(?:是|就是|这个词是?|出自)[^。!?\n]{0,12}?(?:成语|俗语|谚语|歇后语|流行语|网络用语|名言|金句|台词|歌词|书名|片名|歌名)|^\s?是(?!我)[^。!?，,\n我]{1,8}(?:说|讲|写|唱)(?:过)?的|^\s?(?:的|这种|这句|这个|这类|这样的|那种|那句|这些|之类的)(?:话|问题|梗|段子|说法|句子|帖子|评论|言论|口头禅|表情包|歌)|^\s?(?:meme|memes|joke|jokes|trend|phrase|line|thing|comments?|posts?|tweets?|tiktoks?)\b|^\s?[-–—:]+\s?me,?\s(?:every|when|on|at|after|before|whenever|about|re|over|looking at|watching|reading|seeing|opening|staring at)\b|^\s?(?:is|was|are|were) what (?:i|we|he|she|they|everyone|my (?:\w+ )?\w+) (?:(?:always|still|keeps?|usually) )?(?:said|say|says|saying|told|tell|texted|texts|wrote|writes|posted|posts|yelled|yells|shouted|shouts|types|typed|typing|screams|screamed)\b/u;

/** Quotation marks: a match inside quotes next to a media cue anywhere in the sentence is not the speaker's. */
export const QUOTE_OPEN = /["“「『]/u;

/** Remote past ("years ago", "以前"). Recent past ("last night", "昨天") is NOT remote. */
export const PAST = {
  zh: /(?<!比|跟|和|像)以前|曾经|(?<!比|跟|和|像|[0-9一二三四五六七八九十两]点|今晚|今天|明天|明早|明晚|天亮|天黑|周[一二三四五六日末]|月底|年底|睡觉|下班|放学)之前|前(?:几|两|些)?年|那(?:个|几个|半个)月|那(?:半|几|两)年|有(?:一)?阵子|那(?:几|两|三|四|五)天|(?:最严重|最难熬|最低谷|最糟糕|最痛苦|最难受|最崩溃)(?:的)?(?:时候|时|那段|那阵)|(?:小学|中学|高中|初中|大学)时候|(?:小学|中学|高中|初中|大学|读书|上学|实习|产后|怀孕|失恋|离婚|失业)[^,.。!?;\n]{0,6}?(?:的时候|时|那会儿?|那阵子?|那段)|有过[^,.。!?;\n]{0,10}的(?:阶段|时期|日子|那段)|岁(?:写的|的我)|(?<!到)那时(?:候)?(?![^。!?\n]{0,6}(?:应该|会|就|将|可能|不在了|走了))|那段时间|几年前|多年前|[0-9一二两三四五六七八九十]+年前|(?:19[0-9]{2}|20[01][0-9]|202[0-3])年(?!底|初|之后|以后|后|开始)|(?:刚开始|一开始|起初|刚确诊|刚离婚|刚分手)[^,.。!?;\n]{0,10}?(?:的时候|时|那会儿?|那阵子?)|小时候|上学的时候|读书的时候|高中(?:的时候|时)|初中(?:的时候|时)|大学(?:的时候|时)|去年|(?:在|那些|那段)过去|过去(?:的|那|几|一|两|三|这些|很多|好多|曾|有过)|那年|那一年|当年|那阵子?|一度|有(?:一)?段时间|(?:大|高|初)[一二三四](?:的时候|时|那年)|(?:研究生|读研|读博|大学|高中|初中|住院)(?:期间|那几年|那段)|[0-9一二两三四五六七八九十]+(?:几|多)?岁(?:的时候|那年|时)|(?:自残|自伤|自杀|轻生|割腕|自杀未遂)(?:史|的经历)/u,
  en: /\b(?:that was (?:in |back in )?(?:19|20)\d\d|(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:years?|yrs) (?:clean|free|sober|self[- ]harm free)|years ago|a year ago|long ago|a long time ago|(?:a|over a|more than a) decade ago|decades ago|(?:many |some |a few )?years back|ages ago|used to|when i was (?:younger|a teen|a kid|little|\d{1,2}|in (?:high school|college|school))|(?:the )?(?:old|past|former|younger|teenage) me\b|in (?:high school|college|my teens|the past)|back then|back in|at (?:age )?\d{2}(?!\s*(?:am|pm|:|\d))|as a teen(?:ager)?|previously|(?:in|of|during) \d{4}|last year|in (?:year|grade) \d{1,2}|in (?:middle|secondary) school|old (?:self[- ]?harm )?scars|healed scars|when i was (?:twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)|in my (?:early |late |mid )?(?:teens|twenties|thirties|forties|fifties|20s|30s|40s)|from (?:19|20)\d\d|(?:in|from) (?:year|grade) \d{1,2}|in \d{1,2}(?:st|nd|rd|th) grade|(?:my )?old (?:diary|diaries|journals?)|as a (?:kid|child|teen)|spent (?:most of )?my (?:teens|twenties|thirties|20s|30s|childhood|school years|teenage years|uni years)|during (?:my|that|the) (?:\w+ ){0,2}(?:depression|pregnancy|divorce|breakup|teens|twenties|first year|marriage|relationship|deployment)|(?:all )?through (?:high school|secondary school|school|college|uni|my teens|my twenties)|i once|(?<!\b(?:at|for|just this|only this|more than)\s)once(?=\s*(?:$|[,.!?;)]|before\b|in my life\b)))\b/u,
};

/**
 * Session 15: the present set against a past cue before the match ("以前只是想消失 现在是真的想自杀了", "used to just
 * feel numb, now i want to kill myself"): what follows the pivot is now, not history.
 */
export const PRESENT_PIVOT = /现在|如今|而今|这次|这回|\b(?:now|these days|this time)\b/gu;

/** Resolution anywhere in the message ("im doing well now", "现在好多了"). */
export const RESOLVED = /(?:^|[.!?;]\s*|,\s*)not any ?more(?=\s*(?:[.!?]|$))|\b(?:(?:therapy|meds|medication|treatment|dbt|cbt|counsell?ing|recovery)\b[^.!?\n]{0,60}\b(?:changed everything|changed my life|turned (?:it|things|my life) around|saved (?:my life|me))\b|(?:day\s+\d+|\d+\s+(?:days|weeks|months|years))\s+sober\b|(?:feels|seems)\s+like\s+(?:somebody|someone)\s+elses\s+(?:house|life|story)|(?:years|months) of (?:therapy|meds|treatment|recovery|work)\b[^\n]{0,30}\blater\b|(?:i\s+)?(?:just\s+)?got (?:engaged|married)\b(?![^\n]{0,30}\b(?:and|but) (?:now|still|again)\b)|(?:therapy|meds|medication|treatment|dbt|cbt|counsell?ing|recovery|support) (?:really |genuinely |actually |finally |eventually )?(?:helped|worked|works|saved me)|(?:im|i am)\s+(?:honestly|genuinely|really|actually|pretty|truly)\s+(?:good|well|fine|okay|ok|happy|great|better)\s+now|(?:im|i am) in recovery|life is (?:genuinely |really |honestly |actually |so )?(?:good|better|great)(?!\s+(?:without|if|when))|(?:feels? like |(?:im|i am) (?:now )?)(?:a )?(?:different|new) person|feels? like (?:a )?(?:different|whole (?:other|new)|another) life\b|\b(?:counsell?or|therapist|psychologist|psychiatrist|teacher|nurse|doctor|gp|youth worker|social worker|best friend|friend|mum|mom|dad|sister|brother|partner|wife|husband|dog|cat)\b[^.!?\n]{0,20}?\b(?:honestly |literally |genuinely |actually |really )?saved my life\b|(?:thoughts|urges?|cravings?) (?:finally |eventually )?(?:stopped|faded|went away|are gone|disappeared)|(?:scars|they) (?:are|have) (?:faded|healed)|so (?:is|are|did|has|have) the (?:urges?|thoughts)|(?:built|have|made|found) (?:a )?(?:good|great|new|happy|full) life|clean (?:for )?(?:six|seven|eight|nine|ten|\d+) (?:years|months)|(?:today|this year|last (?:week|month))\s+i\s+(?:graduated|ran|finished|completed|passed|got (?:married|engaged|my (?:degree|masters|phd|license|licence))|became|qualified|planned (?:my|our) (?:wedding|honeymoon|future)|bought (?:a|my|our) (?:first )?(?:house|home|flat)|started (?:a|my) (?:new )?(?:job|degree|course|business)|held my (?:baby|newborn|daughter|son))|(?:wild|crazy|amazing|funny|strange) how (?:much )?things (?:can )?change|(?:the )?(?:old|past|former|younger) (?:me|self) would(?:ve| have)\b|now (?:im|i am) (?:studying|training|volunteering|a (?:peer|mentor|volunteer|nurse|counsel\w*|therapist|psycholog\w*|social worker|teacher|doctor))|clos(?:e|ed|ing) (?:a|that|the|this) chapter|clean (?:for )?(?:\d+|a few|many|two|three|four|five) (?:years|months)|(?:dont|do not) have (?:any )?(?:the )?urges anymore|(?:theyre|they are|scars are|its|all|fully) healed|(?:honestly|genuinely|truly|really) (?:really |so )?happy|it gets better|(?:im|i am|doing|feeling|things are)\s+(?:much\s+|so much\s+|a lot\s+)?(?:well|better|fine|okay|ok|good|great|healthy|stable) now|now (?:im|i am) (?:much\s+)?(?:well|better|fine|okay|ok|good|great|happy|stable)|recovered|in (?:a )?(?:good|better) place now|(?:in|from) a (?:much |far |way |so much )?(?:good|better|great|happier) place\b|(?:years|months) (?:clean|free)|(?:been )?clean for (?:\d+|a few|many|two|three|five) (?:years|months)|no longer (?:feel|think) that way|dont (?:say|feel|think) (?:that|like that|that way) anymore|got (?:help|better)|thankfully survived and (?:am|im) (?:ok|fine|well)|(?:been|am|im|feel|feeling|doing)\s+(?:\w+\s+){0,2}(?:fine|well|good|better|okay|ok|happy|great|stable)\s+(?:for|since)\s+\w+)\b|\b(?:it (?:really |does |really does |will |can |did |do )?gets? better|(?:things|life) (?:really |do |does )?(?:get|gets|got) better|recovery is (?:real|possible)|hang in there|(?:she|he|you) (?:makes|made) it|today (?:im|i am) (?:a |an )?(?:peer|mentor|volunteer|nurse|counsel\w*|therapist|advocate|mum|mom|dad|father|mother|parent)|peer support (?:specialist|worker)|(?:im|i am) (?:living )?proof|(?:im|i am) now (?:a |an )?(?:peer|mentor|volunteer|nurse|counsel\w*|therapist|advocate|mum|mom|dad|parent|grand\w*|\d{2})|(?:im|i am) (?:\d{2}|(?:twenty|thirty|forty|fifty|sixty|seventy)(?:[- ]\w+)?) now(?![^.!?\n]{0,24}\b(?:and|but) (?:it |that |this )?still\b)|now (?:im|i am) (?:\d{2}|twenty|thirty|forty|fifty|sixty|seventy|engaged|married|working|planning (?:a|my|our) (?:wedding|trip|holiday|party|future))|(?:im|i am|and) (?:doing|feeling) (?:really |so |pretty |very |quite )?(?:well|great|good)|(?:completely|totally|perfectly) (?:fine|okay|ok|well|safe)|havent (?:since|in (?:\d+|a few|two|three|many|years|months))|(?:havent|have not|hasnt|has not) (?:come back|returned|happened)|(?:\d+|a hundred|hundreds of) (?:days|weeks|months|years) (?:clean|free|without)|(?:got|came) out of (?:a|my|the)|now i (?:run|help|volunteer|love|want to (?:live|see)))\b|过得(?:很|挺|还|非常|几)?(?:幸福|好|开心|不错)|现在(?:很|挺|非常)?(?:幸福|开心)|现在(?:已经)?(?:好多了|很好|挺好|没事了?|好了|走出来了?|很开心|过得不错|稳定了?|不会了)|已经(?:走出来|好了|康复|痊愈)|都过去了|(?:终于|已经|总算)(?:可以)?翻篇了?|疤(?:痕)?(?:都|也|早就?|已经)(?:淡|好|消|平)(?:了|掉了)|早就(?:好了|没事了|走出来了)|(?:撑|熬|挺|走)过来了?|(?<!不会|没|没有|不能|怎么)好起来了|(?:现在|而家|依家|宜家)(?:真的|也|已经|吃药|状态|情况|都){0,2}(?:好多了|好很多|好了很多|好返(?:好多)?|稳定(?:了|多了|下来了)|没事了?|冇事)|好很多了|(?:念头|想法)[^,.。!?;\n]{0,4}(?:已经)?(?:很久|好久)(?:都)?(?:没有?|冇)(?:再)?(?:出现|有过?)|(?:已经)?(?:很久|好久)(?:都)?没(?:有)?(?:那些|这种|这些)?(?:念头|想法)|(?:已经)?clean\s?(?:了)?\s?(?:[0-9]+|[一二两三四五六七八九十]+)\s?(?:年|个月)|现在\s?(?:im |i am |doing |feeling )?(?:much |way |a lot |so much )?(?:better|fine|ok|okay|good|well)\b|\bdoing (?:way|much|so much|a lot) better\b|\b(?:so|really|very|still|truly|genuinely|honestly)\s+glad (?:i|im|to be|that i)\b|\bstill glad\b|\b(?:\d+|a few|two|three|four|five|six|seven|eight|nine|ten|many|some) (?:years?|yrs?|months) (?:later|on)\b[^.!?\n]{0,40}?\b(?:happy|happier|thriving|glad|grateful|content|remarried|married|sober|alive|new (?:career|job|life))\b|\bthriving\b|\bstable (?:for|since) (?:a decade|a few years|years|\d+ (?:years|yrs))\b|\bturning point\b|\bproud of (?:that|myself|it|me|how far (?:ive|i have) come)\b|\b(?:clean|free|sober) (?:ever )?since\b|\b(?:years|yrs|months) (?:clean|free|sober)\b|\bcelebrat\w*\b[^.!?\n]{0,30}\b(?:years?|yrs?|months?|anniversary|alive|clean|free|sober)\b|\b(?:\d+|one|two|three|four|five|ten) (?:years?|yrs?|months?) (?:alive|sober)\b|\bhavent (?:had|felt|done|touched|thought about|cut|harmed|self harmed|wanted|needed) (?:\w+\s+){0,2}?(?:in|for|since) (?:\d+|a few|two|three|four|five|many|years|months|ages|a long time|a decade|over)\b|\b(?:its|it is|things are|life is|everything is|were|we are)\s+(?:honestly\s+|really\s+|genuinely\s+)?(?:so much|much|a lot|way)\s+better\b|\bin a (?:really|very|pretty|genuinely|truly) (?:good|great|better) place\b|(?<!\bnot\s)\b(?:so much|a lot|way|much) better now\b|(?:^|[.,!]\s*)doing (?:really |so |pretty |very )?(?:great|well|good)\b/u;

/** A match told in the past tense ("i was suicidal", "even thought about ending it"), just before or in it. */
export const PAST_TENSE_EN = /\b(?:was|were|wanted|thought|tried|attempted|had|felt|considered|used to|talked about|wrote|wished|hoped|prayed|planned|self[- ]?harmed)\b/u;
/** A recent time: the past tense is then not a closed chapter ("i wanted to die last night, fine now"). */
export const RECENT_EN =
  /\b(?:yesterday|last night|this morning|today|earlier|an hour ago|just now|this week|tonight|right now|recently|lately)\b/u;

/** Recurrence undoes resolution ("again", "lately", "又", "最近"). */
export const RECURRENCE = /(?<!(?:疤|疤痕|痕迹|痕|印子|纹身)(?:都|也)?)现在(?:也)?还(?:是|会|在)(?!(?:有点|有些|觉得|会)?(?:难受|难过|心疼|伤心|感慨|后怕|心酸))|还是会(?!(?:有点|有些|觉得)?(?:难受|难过|心疼|伤心|哭|感慨|害怕|后怕|心酸))|\b(?:(?<!\b(?:walking|working|running|living|smiling|laughing|dating|painting|singing|happy|sleeping|eating|normal|whole|alive|myself|enjoying|loving|hiking|dancing|travell?ing)\s)again|lately|recently|these days|(?<!\bago\s)this week|tonight(?!\s+(?:im|i am|were|we are) (?:celebrating|marking|toasting)|\s+i\s+wrote\s*:|\s+i\s+(?:cooked|called|fixed|bought|watched|went for)\b)|(?<!\b(?:youre|you are|if you)\s(?:\w+\s){0,3})right now|coming back|came back|returning|(?:thoughts|urges?|feelings?|cravings?|voices?|they|theyre|it|its)\s+(?:are\s+|is\s+|have\s+|has\s+)?(?:all\s+)?(?:come\s+)?back\b(?!\s+(?:to|on|in|at|from|home|together|then|when|in the day))|still (?:want|wanna|feel (?:that way|suicidal|hopeless)|have (?:those|these|the) (?:thoughts|urges)|struggle|get (?:the )?urges|cut|self harm))\b|又|最近(?!(?:[^,.。!?;\n]{0,4})(?:进步|好转|好多了|好很多|恢复得?(?:不错|很好)|状态(?:不错|很好|挺好)))|这几天|现在又|再次|重新(?!站起来|振作|开始生活|找回)/u;

/**
 * Session 24: the thoughts said to be back, after a turn that told them as history ("this month it's back and louder
 * than then", "但这个月又回来了"). Read only after such a turn (multi-turn:returned in risk.ts).
 */
export const RETURNED =
  /\b(?:(?:its|it|theyre|they|the (?:thoughts?|urges?|feelings?|voices?)|that (?:feeling|thought|urge))\s+(?:is |are |has |have |s )?(?:all )?(?:(?<!\bit\s)back|come back|came back|coming back|returned|returning|started again|starting again|back again))\b(?!\s+(?:to|from|home|in the|at|on|for|with|online)\b)|又回来了|又来了|又开始了|又有了|又出现了|又冒出来|又冒了出来/u;

/**
 * Session 24: a clause that says things are better ("I'm doing much better these days", "tonight I feel grateful",
 * "最近开心多了"): a recurrence word inside it ("these days", "tonight", "最近") tells no return of the thoughts.
 * Not "calm", "at peace" or "fine": calm after a decision is a warning sign, and "fine" often masks.
 */
export const BETTER_CLAUSE =
  /(?<!\b(?:not|never|no|isnt|arent|wasnt|dont|doesnt|cant|hardly|barely|less)\s(?:\w+\s)?)\b(?:better|grateful|thankful|happ(?:y|ier)|glad|proud|healthier|hopeful|stable|doing (?:really |so |pretty |very )?(?:well|good|great))\b|(?<![不没])(?:好多了|好很多|开心(?:多了|了很多)?|感恩|感激|幸福|知足|庆幸|稳定(?:多了|下来)?)/u;
/** Where a clause ends, for `BETTER_CLAUSE`. */
export const BETTER_CLAUSE_BREAK = /[.!?;,。！？；，\n]/u;

export const DENIAL = /^(?:no|nope|never|not really|no i havent|没有|没|不会|不是|从来没有)(?:[\s,.!。，！…]|$)/u;

/**
 * The previous turn taken back and explained as something else (en): an opener ("no sorry", "lol",
 * "oh god no") and a concrete reason — a joke or meme, what it is for, a job, what was meant ("[kms] no
 * omg sorry, my friend spoiled the finale, it's a joke", "[lethal dose of …] no, I'm a pharmacy tech,
 * we're making a poster", "[I bought the rope] oh god no, it's for my climbing course"). Only for a
 * previous turn that an everyday reading can explain (no act, self-harm, plan or farewell).
 */
export const EXPLAINED_AWAY = {
  opener:
    /^(?:no+|nah|nope|noo+|oh (?:god|gosh|no|dear|my god)|omg|god no|lol|lmao|haha\w*|sorry|wait|not like that|hold on|ok(?:ay)?|(?:im|i am) (?:so |really )?sorry|(?:im|i am|i work as) (?:a|an) (?:\w+ ){0,2}?(?:chaplain|priest|pastor|vicar|minister|rabbi|imam|funeral director|mortician|undertaker|embalmer|coroner|pathologist|celebrant|grief counsell?or|hospice (?:nurse|worker|volunteer)|palliative (?:nurse|doctor|care \w+)|historian|podcaster|crime writer|(?:phd|grad|graduate|postgrad|masters|doctoral|research) student|researcher|linguist|lecturer|professor))\b/u,
  reason:
    /\b(?:my (?:thesis|dissertation|research|phd|masters project)|our (?:study|research|lab|project)|(?:its|it was|thats|that was|it is|its just|just) (?:just )?(?:a |an )?(?:joke|meme|bit|saying|expression|figure of speech|tiktok thing|trend)|(?:its|theyre|it was|they were|thats|they are|it is) (?:all )?for (?:my|a|the|our|work|class|school|uni)\b|(?:im|i am|i work as) (?:a|an) (?:\w+ )?(?:pharmacist|pharmacy tech\w*|nurse|doctor|vet|paramedic|medic|carer|caregiver|researcher|teacher|writer|novelist|student|technician|toxicologist|chemist|climber|instructor|farmer|pharmacology student|med student)|i (?:just )?meant (?:the|my|a|an|about)|(?:the|a) rooftop (?:bar|pub|party|restaurant|cafe|garden)|spoil(?:ed|t) (?:the|my)|lost my (?:\w+ ){0,3}?streak|[a-z]+ as in (?:a |an |the |my |our )?[a-z]+|(?:my|a) (?:little |younger |big |older |baby )?(?:brother|sister|cousin|friend|mate|kid|son|daughter|roommate|flatmate|nephew|niece) (?:grabbed|grabbing|took|taking|had|stole|using|used|was on|on|typing on|messing (?:with|around on)|got (?:hold of|into)) my (?:phone|account|laptop)|(?:as a|just a|was a|for a) prank|(?:a |the )?(?:line|lyrics?|quote|verse) (?:from|in|of) (?:a |the |this |that |my |our )?(?:\w+ )?(?:song|poem|play|musical|film|movie|show|book|script)|song lyrics?|(?:die|died|dying) of (?:embarrassment|shame|cringe|boredom)|(?:im|i am) at (?:the|a) (?:pool|gym|beach|lake|trampoline park|climbing wall|swimming lesson)|(?:diving|\d+ ?m|high|spring) ?board|(?:at|in) (?:this|the|a) (?:wedding|party|meeting|lecture|family (?:do|gathering|dinner))|auto-?correct\w*|typo|(?:meant|supposed|trying) to (?:say|type|write)|skydiv\w*|tandem (?:jump|skydive)|bungee\w*|base jump\w*|parachut\w*|paraglid\w*|cliff jump\w*|cliff diving|i (?:just |only )?meant (?!(?:it|that|this|every word|what i said|literally|seriously|exactly|everything|all|me|myself|life|living|my life|existing|being alive|i|ill|im|id|ive)\b)[a-z]+|(?:its|thats|it is|that is) (?:literally |just |all |kind of )?(?:my|part of my) (?:job|work)|(?:the )?vets?\b[^\n]{0,40}\b(?:prescribed|gave|said|put)|(?:for|to|into) (?:my|the|our) (?:\w+ )?(?:cat|dog|puppy|kitten|pet|horse|pony|rabbit|bunny|hamster|parrot|budgie|guinea pig|ferret)s?)\b/u,
};

/**
 * A later turn explaining, in Chinese or mixed, an earlier word. `meant`: it says what was meant ("我说的是
 * internship 要结束了", "不好意思没说清楚，周末要杀鱼"); `notMeant`: it takes the word back ("刚才那是气话",
 * "开玩笑的", "just 夸张 lol"), which ends the floor only with a concrete everyday reason (a game, a small mishap,
 * an everyday context); a bare "刚才只是气话，我现在好多了" keeps a check-in. Used only when the earlier turns held
 * nothing but possible hyperbole, a bare goodbye or the learned model's guess.
 */
export const EXPLAINED_ZH = {
  meant: /(?:我(?:说|指)的是|我是(?:说|指))(?![^,.。!?\n]{0,3}(?:真|认真|实话|字面))|我(?:刚才|刚刚|之前|上面)?说的[^,.。!?\n]{0,8}?(?:是指|指的是|意思是)(?![^,.。!?\n]{0,3}(?:真|认真|实话|字面))|没说清楚|说错了|打错(?:字)?了|(?:刚才|刚刚|之前|上面)(?:那个|那句|那条|说的)?[^,.。!?\n]{0,12}?(?:是说|是指|说的是|指的是)(?![^,.。!?\n]{0,3}(?:真|认真|实话|字面|我(?:自己|想死|不想活)))/u,
  notMeant:
    /(?<!不是|没|没有|没在|并不是|不系)(?:气话|开(?:个)?玩笑|说着玩|随口(?:一)?说|口嗨|夸张)|(?:不是|没(?:有)?)(?:那个|那种)意思|没(?:有)?那么严重|(?:就是|只是|都是)(?:个|一个)?\s?(?:\bmemes?\b|梗|玩梗)/u,
};

/**
 * The previous turn taken back in Chinese with a concrete everyday reason, like `EXPLAINED_AWAY` (same
 * condition: nothing earlier was an act, self-harm, plan or farewell). `opener` at the start ("不是不是",
 * "啊抱歉吓到你了", "不好意思", "放心啦", "我没说清楚"); `reason` what it was ("刚才是在吐槽体测", "我是在说那个
 * 教程", "我在整理药箱", "那是短剧的台词，发错窗口了"). Everyday endings, goodbyes and clear-outs count too.
 */
export const EXPLAINED_AWAY_ZH = {
  opener:
    /^[^\p{L}\p{N}]{0,3}(?:啊|哎呀|哎|哈+|呃|额|噢|哦|喔|嗯|诶|欸|天哪|天呐|妈呀)?[,!~\s]*(?:不是|不不|没有没有|抱歉|不好意思|对不起|sorry|放心|别担心|别紧张|别误会|误会了|我没说清楚|没说清楚|说错了|搞错了|no+\b|nope\b|nah\b)/u,
  reason:
    /(?:我|刚才|刚刚|其实|那)?(?:是|只是)?在(?:说|讲|吐槽|形容|聊|写|抄|复制|念|背|练|排练|拍|录|整理|收拾|清理|打扫|玩|看|追|打|做|跑|搬|唱)(?![^,.。!?\n]{0,3}(?:真|认真|实话|字面))|台词|剧本|短剧|小说|歌词|文案|段子|教程|剧情|角色|综艺|电视剧|电影|动漫|小品|发错(?:了)?(?:窗口|群|人|对话框)?|复制错|打错|输错|语音转文字|漏(?:打)?(?:了)?(?:一个|个)?字|打字太快|手滑|(?:是|只是)想(?:说|表达)/u,
};

/**
 * Round 23: a later turn correcting a misreading of ambiguous words (an object, a place, an ending, a goodbye,
 * things given away), read by `correctsMisreading` in risk.ts. `cue`: said as a correction or reassurance
 * ("你想到哪里去了", "别误会", "抱歉吓着你了", "我说的是潜水", "did that sound grim", "why would you think so");
 * `purpose`: the object given its everyday use or owner ("是做木工用的", "露营用的绳子啦", "那是我奶奶的药");
 * `selfUse`: the use named is the writer's own or a death ("给自己用的", "用来解脱"), which explains nothing; `activity`: a sport or hobby
 * that explains a jump, a height or a rope ("跳水队训练", "在学潜水"); `thing`: an everyday paper or message a
 * goodbye or note may be ("是遗嘱", "分手那条", "辞职信"); `name`: the words are a name ("it's my gamertag");
 * `away`: a trip or move that explains giving a pet or things away ("下个月去新西兰打工度假").
 */
export const CORRECTION = {
  /** Round 24: a small kitchen injury explains an earlier cut: a kitchen tool or task and a minor wound ("cooking!! mandoline slicer, just the tip of my finger"). */
  kitchen: /\b(?:cooking|chopping|slicing|dicing|peeling|grating|mandoline|slicer|grater|peeler|knife slipped|kitchen|avocado|bagel|onions?)\b/u,
  minorWound: /\b(?:tip of my (?:finger|thumb)|fingertip|(?:a )?band-?aids?|plasters?|(?:tiny|small|little) (?:cut|nick)|just a (?:nick|scratch)|nicked)\b/u,
  /** Round 24: a cut said to be deliberate or an urge, which no kitchen story explains away. */
  deliberate: /\b(?:on purpose|urges?)\b/u,
  /** Round 24: the bottle named as a drink ("of kombucha 😂", "2 litres of water lol"). */
  drink: /^\W{0,3}(?:(?:a|one|two|\d+(?:\.\d+)?)\s?(?:l|litres?|liters?|ml|cans?|bottles?|glasses?|cups?|pints?)\s)?of (?:kombucha|water|sparkling water|juice|orange juice|apple juice|soda|coke|diet coke|pepsi|sprite|fanta|lemonade|iced tea|milk|oat milk|chocolate milk|kefir|smoothie|gatorade|powerade|energy drink|red bull|monster|cold brew|coffee|hot sauce|sriracha|soy sauce|ketchup)\b(?![^\n]*\b(?:pills?|tablets?|meds|medication|overdose|od)\b)/u,
  /** Round 23c: an everyday plan the model may have read as a decision to die ("决定今晚跟他表白", "going to propose to her"). */
  everydayPlan:
    /跳[….\s]{0,6}槽|(?:想|要)辞职|换(?:个|份)?工作|(?:跟|向|和|给)[^,.。!?;\n]{1,6}?(?:表白|求婚)|\b(?:confess(?:ing)? (?:to|my feelings)|propos(?:e|ing) to|ask(?:ing)? (?:him|her|them) out)\b/u,
  cue: /你想(?:到)?(?:哪|歪|多|什么)(?:里|儿)?(?:去)?了|想(?:多|歪)了|(?:别|不要|唔好|不好)误会|误会(?:了|啦|咗)|吓(?:到|着|亲|坏)(?:你|您)(?:了)?|让你担心了|害你担心|不是你想的(?:那样|那种|那个)|^[^\p{L}\p{N}]{0,3}(?:哈+|呃|啊)?[,\s]?我(?:是)?说(?:的是)?(?!真的|认真|实话|字面)|我(?:真的)?(?:没事|好得很|很好)(?:的|啦|哈|呀)?(?=$|[,.。!~\s])|没(?:有)?(?:别的|其他|其它|啥|什么)(?:事|意思)(?:了|啦|的|哈|呀)?(?=$|[,.。!~\s])|^[^\p{L}\p{N}]{0,3}(?:我)?(?:很|挺|真的|绝对)?安全(?:的|啦|呀|哦|哈)?(?:安全的)?(?=$|[,.。!~\s])|\b(?:did (?:that|it|this) (?:sound|come out|read)|(?:that|it|this) (?:sounded|came out|reads?)) (?:\w+ )?(?:bad|dark|ominous|wrong|weird|scary|alarming|grim)\b|\bwhy would you think (?:that|so)\b|\byou misunderstood\b|\bnot (?:a|in a) dark (?:thing|way)\b|\bnot what (?:you think|it sounds like|it sounded like)\b/u,
  purpose:
    /为了[^,.。!?;\n]{1,10}?用的|^[^,.。!?;\n]{0,12}?(?<![没不有无])用的|用来[^,.。!?;\n]{1,8}|^(?:是)?给(?:我的)?[^,.。!?;\n]{1,12}?(?:的|啦|呀|哦|嘛)(?=$|[,.。!~\s])|^(?:oh |ah |um |well )?(?:its|theyre|it was|they were|thats|this is) (?:all |just )?for (?:my|a|the|our)\b|\bnot (?:for )?me\b[,\s]+(?:its |it was )?(?:for )?my\b|给(?:我家|家里|我的|我)?(?:[0-9一二两三几]只)?(?:猫|狗|猫咪|狗狗|宠物|兔子|鹦鹉|仓鼠|爸|妈|奶奶|爷爷|外婆|外公|姥姥|姥爷|孩子|儿子|女儿|老人)[^,.。!?;\n]{0,4}?(?:的|吃|用|喂)|^(?:猫|狗|猫咪|狗狗|宠物)(?:的|吃的|用的)(?:药|驱虫)|^(?:是|那是|这是|都是)(?:我)?(?:爸|妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|老公|老婆|孩子|儿子|女儿|婆婆|公公|老人|家里人?|猫|狗)(?:爸|妈)?的/u,
  selfUse: /(?:给|为)(?:我)?自己|自己用|我自己|死(?!了(?:$|[,.。!~\s哈啊]))|了断|解脱|结束(?:一切|自己|生命)/u,
  activity:
    /做饭|做菜|切菜|下厨|冬泳|游泳|跳伞|跳水|潜水|蹦极|攀岩|滑翔|露营|[摄攝]影|拍(?:照|日落|星|夜景|延时)|手工|刻章|木工|训练|收麦|割麦|割稻|割草|收割|农活|打扫|晾|收衣服|晒(?:被子|衣服|被)|\b(?:skydiv\w*|scuba|diving|swim\w*|bungee|climbing|camping|photograph\w*|gutters?|chores|painting|sketch\w*|portfolio)\b/u,
  thing: /遗嘱|分手|拉黑|辞职信|离职|毕业|情书|求婚|表白|交换生?|host ?family|退休|\b(?:breakup|break up|broke up|resignation|legal will|proposal|proposing|retir(?:ing|ement|ed)|last day (?:at|of) (?:work|school|the|my))\b/u,
  name: /\b(?:its|thats|it was|just) (?:our|my|the|a) (?:\w+ ){0,2}?(?:name|username|handle|gamertag|tag|nickname)\b/u,
  /** Round 23b: a slang abbreviation spelled out or sent to the wrong chat ("是'再说'的缩写", "wrong chat, it meant call the bank"). */
  spelled:
    /缩写|(?:发|回)错(?:了)?(?:群|窗口|人|对话框)|群(?:里)?的梗|\b(?:wrong (?:chat|window|convo|conversation|thread|person|group ?chat|tab)|short for|stands for|abbreviation)\b/u,
  /** Round 23b: a jump answered by naming its sport first ("蹦极啦 下周去", "bungee lol, next month"). */
  sportNamed:
    /^[^,.。!?;\n]{0,8}?(?:蹦极|跳伞|跳水|潜水|滑翔伞?|\b(?:bungee\w*|skydiv\w*|cliff div\w*|parachut\w*))(?:啦|啊|呀|嘛|哦|呢|lol\b|[,.!~\s]|$)/u,
  /** Round 23b: an ending restated with its everyday object first ("结束单身啊", "结束实习啦"); `CLARIFIED_OBJECT_ZH` names the object. */
  restated: /^[^\p{L}\p{N}]{0,3}(?:是|就是|我是说)?结束(?!一切|这一切|自己|生命|我)/u,
  away: /出国|留学|打工度假|移民|外派|搬(?:去|到|家)(?!另一个世界|天堂|天上|那边)|去[^,.。!?;\n]{1,6}(?:读研|读书|念书|上学|交换|工作|打工)|\b(?:working holiday|moving (?:abroad|overseas|to|into|in with)|study abroad|downsiz\w*|(?:a |our |my )?smaller (?:place|flat|apartment|house|home|unit)|retirement (?:home|village|community|flat))\b/u,
};

/**
 * A work named right after a passive or ideation match, in the same clause ("death sounds nice in that song",
 * "dying feels like a relief in the last chapter of the book"): the words describe the work. "like in that film"
 * (copying it) does not count.
 */
/**
 * Session 15: a risk word used as the name of a genre of posts ("the sewerslide jokes on tiktok are getting out of
 * hand", "these kms memes", "满屏的紫砂梗"): talked about, not said. `BEFORE` ends right before the match, `AFTER`
 * starts right after it.
 */
export const TERM_AS_TOPIC = {
  BEFORE: /(?:\b(?:the|these|those|all the|all these|all those|so many|such|every|with the|of the|about the|no more|stop the)\s|(?:这些|那些|这种|那种|各种|满屏的?|一堆|什么)\s?)$/u,
  AFTER: /^\s?(?:(?:jokes?|memes?|trends?|posts?|comments?|videos?|tiktoks?|reels?|content|humou?r|discourse|slang)\b|梗|段子|表情包|视频|这个词|这种说法)/u,
};

/**
 * Round 25: a hypothetical asked while testing the app in a professional role ("what would you do if I said I wanted to
 * kill myself? hypothetically, I'm a school counselor testing this app"): `ask` just before the match, `tester` anywhere.
 */
export const HYPOTHETICAL_TEST = {
  ask: /\bwhat\s+(?:would|do|will|should|can)\s+(?:you|the (?:app|bot|ai))\s+(?:do|say|respond|reply)\s+if\s+(?:i|someone|a\s+\w+)\s+(?:said|told you|says|tells you|typed|types|wrote|writes|messaged)\b[^,.!?\n]{0,30}$/u,
  tester:
    /\b(?:im|i am)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:counsell?or|therapist|teacher|psychologist|social worker|nurse|developer|dev|tester|researcher|clinician|doctor|psychiatrist|youth worker|pastor|chaplain|school nurse)\b[^.!?\n]{0,40}?\b(?:testing|evaluating|trying out|checking|reviewing|vetting|assessing)\b/u,
};

export const MEDIA_AFTER =
  /^[^,.!?;\n]{0,40}?(?<!\blike\s)\bin (?:that|this|the|his|her|their|my fav(?:ou?rite)?|a) (?:(?:last|final|first|new|sad|old)\s)?(?:song|songs|poem|film|movie|book|novel|show|series|episode|chapter|scene|game|album|lyrics?|painting|play|musical|anime|manga|webtoon|podcast|documentary|video|trailer)\b|^[^,.!?;\n]{0,40}?\bin\s+(?:act|scene)\s+(?:[1-5]|one|two|three|four|five|i{1,3}|iv|v)\b|^[^,.!?;\n]{0,40}?\b(?:in\s+(?:the|his|her|that|this)\s+)?soliloquy\b/u; // Round 25: a play's act ("is Hamlet suicidal in act 3")

/**
 * Right after a Chinese match: "想自杀的朋友" describes someone else; session 29: so does "…的是它不是我" ("不想活了的是它不是我",
 * said of a phone).
 */
export const OTHER_AFTER =
  /^[^,.。!?;\n的我]{0,5}?(?:的|了的)(?:朋友|人|同学|室友|同事|孩子|学生|家人|病人|患者|网友|男生|女生|女孩|男孩|青少年|年轻人|小伙子?|姑娘|老人|大学生|中学生|小学生|初中生|高中生|小孩|伴侣|爱人|另一半|家属|亲人|员工|战友|士兵|阿姨|大爷|大妈|大叔|大婶|大姐|大哥|老太太|老奶奶|老爷爷|老大爷|老头|老太|女士|先生|妇女|男人|女人|男子|女子|孕妇|产妇|妈妈|爸爸|母亲|父亲|少年|少女|顾客|客人|乘客|村民|邻居|old (?:man|woman|lady))|^(?:的)?(?:事件|案件?|救援|现场|新闻|报道|视频|者)|^(?:的)?(?:是|说的是)(?:它|他|她|手机|电脑|游戏|角色|号|账号|植物|花|鱼|猫|狗)[^,.。!?;\n]{0,4}?(?:，|,|\s)?(?:不是|而不是|又不是)我/u;

/**
 * Chinese resolution told about a remote past (checked only with a PAST cue, never for the
 * multi-turn floor): a good present after it ("现在每天都期待放工", "今年顺利毕业", "现在我是药剂师",
 * "现在学会了去跑步", "那些念头没了", "幸好没有", "好彩有朋友", "那是六年前的事了", "交给医生管了").
 */
export const RESOLVED_PAST_ZH =
  // Session 33: "早就不那样了"; round 34b: "已经三年没有了"; round 35b: "都过去很多年了".
  /(?:都|已经)过去(?:很多|好多|好几|[一二两三四五六七八九十几\d]+)年了|已经(?:有)?[\d一二两三四五六七八九十几]+年(?:多)?(?:都)?没(?:有)?(?:再)?(?:割|划|弄|自残|伤害自己)?(?:过)?了|早就?(?:已经)?不(?:那样|这样|那么做|这么做|干了|弄了|割了|划了)(?:了)?|(?:我)?现在(?:是)?(?:很|挺|真的|已经)?安全(?:的|了)(?![^,.。!?\n]{0,2}[吗么])|(?:疤|伤疤|疤痕)[^。!?\n]{0,6}?纹(?:了|上|成)|纹身(?:盖|遮)住(?:了)?(?:疤|伤疤|疤痕)|(?:现在|如今|而家|依家|宜家|今年|这学期|这两年|这几年|后来|目前)[^。!?\n]{0,16}?(?<![不没]|不太|不怎么|没那么|没有)(?:挺|很|真|好|超|特别|非常|也|都|已经)?(?:开心|幸福|快乐|顺利|挺顺|很顺|充实|平静|踏实|稳定|感恩|期待|珍惜|热爱|享受|满足|知足|挺好的|很好的|还不错|状态(?:挺|很|蛮|超|还|也)?(?:好|不错))|(?:现在|如今|而家|后来)[^。!?\n]{0,8}?(?:完全)?不一样了|(?:现在|如今|后来)(?:都|已经|全|早就)?(?:好了|没事了|走出来了|过去了)|现在(?:挺|很|比较|还算)?稳(?:的|定)?|(?:现在|如今|而家)(?:我)?(?:已经)?(?:是|在读|在做|在学|当了|成了|做了|读了)[^,.。!?;\n]{0,8}?(?:心理|咨询|志愿者|药剂师|医生|护士|社工|老师|peer|mentor|volunteer|妈妈|爸爸|研究生)|(?:现在|如今|而家)(?:的)?(?:我)?(?:学会了?|学识了|会去|改成了?|换成了?|改为)|(?:现在|如今|后来)(?:我)?(?:也)?(?:结婚|成家|当(?:了)?(?:妈妈|爸爸|妈|爸))了|(?:现在|如今|而家|后来)[^。!?\n]{0,10}?(?<![不没])(?:挺|很|真|也|蛮|还挺|还是挺|还)?值得(?:的)?(?=$|[,.。!?…\s])|(?:现在|如今|后来)(?:每天)?(?:都)?(?:在)?想(?:着)?(?:周末|假期|明天|以后|未来)?(?:去哪|吃什么|去玩|玩什么|在这个世界多留|多留)|(?:现在|如今)(?:已经)?过去(?:了)?[0-9一二两三四五六七八九十几]+年|(?:我)?(?:慢慢|渐渐|终于)(?:相)?信了|(?:现在|如今)[^。!?\n]{0,8}?(?:doing (?:well|good|better|ok|okay)|much better|in a (?:good|better) place)|新的生活|新生活|(?:现在|如今|后来)[^。!?\n]{0,16}?(?:慢慢|渐渐|逐渐)(?:地)?(?:好了|好起来了|走出来了)|(?:现在|如今|后来)[^。!?\n]{0,12}?我(?:也|都)?(?:好了|没事了)(?=$|[,.。!?…\s])|(?:现在|如今)(?:回)?想(?:想|起来)[^。!?\n]{0,10}?(?:太|真|好|很)?(?:年轻|傻|幼稚|冲动)|(?:想起|回想)(?:来)?(?:也)?只(?:是|剩|有)?(?:感慨|唏嘘|一笑)|一笑而过|(?:纹|盖住|遮住|遮盖)[^,.。!?;\n]{0,8}?(?:伤)?疤|(?:伤)?疤[^,.。!?;\n]{0,4}?(?:纹了|纹上|盖住|遮住|遮盖)|(?:现在|如今|而家)[^,.。!?;\n]{0,10}?(?:敢|能|可以)[^,.。!?;\n]{0,10}?了(?![^。!?\n]{0,6}(?:死|自杀|动手|结束|了断|跳))|(?:念头|想法|感觉|冲动)[^,.。!?;\n]{0,6}?(?:没了|没有了|消失了|不见了|离开(?:我)?(?:很久|好久)?了)|没(?:有)?(?:这个|这种|那个|那种|这些|那些)(?:念头|想法)了|(?<![没不])走出来了|(?:幸好|还好|好在|庆幸|好彩|感谢|谢谢|感恩)[^。!?\n]{0,10}?(?:没(?:有)?(?:放弃|死|走|做傻事|成功|跳)|活(?:了)?下来|撑(?:了)?(?:下来|过来)|留(?:了)?下来|被救|拉了我一把)|幸好没(?:有)?(?=$|[,.。!?…\s])|好彩有|(?:现在|如今|在)好好(?:生活|活着|过日子)|珍惜生命|热爱生活|活着(?:挺|真|还挺|也挺|其实挺|还是挺)好|新的开始|重生|(?:年前|以前|过去|很久以前)的事(?:了|情了|(?=$|[,.。!?;\s]))|(?:那|这)(?:是|都是|已经是)[^,.。!?;\n]{0,6}的事(?:了|情了)|接受了?(?:治疗|咨询)|坚持(?:治疗|吃药|咨询)|(?:现在|已经|后来)(?:也)?(?:恢复|康复|痊愈)(?:了|得(?:很|挺|不错))|(?<![不没])好(?:很)?多了|(?:好多|好几|很多|[0-9一二两三四五六七八九十几]+)年(?:都)?没(?:有|再)?(?:弄|做|割|划|伤害自己|自残)(?:过)?了|好好多(?=$|[,.。!?…\s])|已经(?:好多|好几|很多|[0-9一二两三四五六七八九十几]+)(?:年|个月)(?:都)?没(?:有)?(?:再)?(?:犯|复发)?(?:过)?了(?=$|[,.。!?…~\s])|日子(?:还行|还不错|挺好|过得去)|(?:现在|如今|后来)(?:我)?开了(?:个|一家|间|一间)|(?:身体|心情|情绪|状态|一切)[^,.。!?;\n]{0,4}?(?:都|也)?(?:好了|好起来了|好转了|稳定了)|(?:戒|改)(?:掉)?了(?:那个|这个)?习惯|不再(?:这样|那样)(?:做)?了|(?:都|全|全部)?交(?:给|俾)[^,.。!?;\n]{0,4}?(?:医生|家人|我妈|妈妈|爸妈|家里人|老公|老婆)(?:管|保管)?了|(?:真的|一定|都|总)会好(?:起来)?的|回头看|心疼(?:那时候|当时|以前|过去)的(?:我|自己)|直到(?:我)?(?:开始|遇到|认识|有了|学会)|(?:现在|后来|慢慢|如今)(?:才|终于)?(?:知道|明白|发现|懂得?|相信)[^,.。!?;\n]{0,6}?(?:不是这样|并不是|不是的|没那么)|stable了|\bstable now\b|\bglad i (?:stayed|stuck around|held on)\b|(?<!\bnot\s)\b(?:also |all |totally )?(?:ok|okay) now\b|有家有(?:孩子|娃|口)|(?:结婚|成家)生子|[0-9一二两三四五六七八九十几]+年(?:后|之后|过去了)(?:的今天)?[^。!?\n]{0,10}?(?:毕业|结婚|成家|当(?:了)?(?:妈|爸|老师|医生)|考上|有了|升职|过得|活得)|(?:那段|那些|那时|那阵|那几年|一切)[^,.。!?;\n]{0,6}?(?:真的|都|已经|早就|总算|终于)?过去了|像(?:是)?(?:另一个|另外一个|两个)人|判若两人|停药(?:了)?(?:[0-9一二两三四五六七八九十半几]+(?:年|个月)|很久|好久|大半年)|状态(?:一直|都|也|还){0,2}(?:很|挺|比较|蛮|算)?(?:稳(?!不住)|不错)|(?:在做|在接受|在上|坚持做|做了)(?:dbt|cbt|心理咨询|咨询|心理治疗|治疗)|学会了[^,.。!?;\n]{0,6}(?:应对|调节|处理)(?:方法|技巧|情绪)|分享(?:一下)?(?:我的)?进步/u;

/**
 * Session 27: more ways of telling a remote past as over (checked only with a past cue, like RESOLVED_PAST_ZH): the
 * writer is no longer that person ("我已经不是那个小孩了", "我有自己的生活了"), found another way ("后来学了别的办法"),
 * would hug their younger self ("I want to hug that kid", "好想抱抱那个小傻子"), got out, is still here and glad,
 * or is proud ("nervous but kind of proud"). Session 29: a milestone reached now ("today i walked at my graduation").
 */
export const RESOLVED_MORE =
  /\bi (?:see|look at|think about) (?:it|that|things|them|life) differently now\b|\bi (?:dont|do not) (?:feel|think) (?:that way|like that) (?:any ?more|now)\b|(?:现在|如今)(?:我)?(?:已经)?(?:不这么想|不那么想|看开)了|已经不是(?:那个|以前的|当年的)[^，,。!?\n]{0,6}了|有(?:了)?自己的生活|后来(?:慢慢)?(?:学会|学了|找到|有了)[^。!?\n]{0,10}?(?:办法|方法|方式|出口)|(?:想|好想|很想)(?:穿越回去)?抱抱(?:那个|以前的|当时的|当年的|小时候的)|\b(?:she|he|i|we) got out\b|\bi (?:want|wanna|wish i could) (?:to )?hug (?:that|the|my (?:younger|past|old|little)) ?(?:kid|girl|boy|me|self)?\b|\bstill here\b[^.!?\n]{0,40}\bglad\b|\b(?:kind of|kinda|a bit|so|really|quietly) proud\b|\b(?:today|this (?:week|year|month)|last (?:week|month)|just|finally) i (?:walked at|graduated|got my (?:\w+ )?(?:degree|diploma|masters|phd|license)|defended my)\b|\bwalked at my (?:\w+ )?graduation\b|(?:今天|终于|上个月|今年|上周)(?:我)?(?:毕业了|拿到了?(?:学位|毕业证)|答辩通过了)/u;

/**
 * Told as over right after the match, without a past cue ("自杀念头已经一年没出现了", "想死的感觉已经离开我
 * 很久了", "以为活不下去了，结果熬过来了", "self-harm free两年了"). Recurrence still undoes it.
 */
export const OVER_AFTER =
  /^[^。!?\n]{0,30}?(?:(?:撑|熬|挺)过来了|(?<![没不])走出来了|都过去了|已经过去(?:很久|好久|好几年|好多年|[0-9一二两三四五六七八九十]+年)?了)|^(?:的)?(?:念头|想法|感觉|冲动)?[^,.。!?;\n]{0,10}?(?:(?:很久|好久|好几年|好多年|几年|[0-9一二两三四五六七八九十半]+(?:年|个月|周)多?)(?:都)?(?:没(?:有)?|没再)(?:出现|有过|有|来)(?:过)?了|离开(?:我)?(?:很久|好久)了)|^[^。!?\n]{0,20}?(?:已经)?(?:戒|改)(?:掉)?了(?:[0-9一二两三四五六七八九十半]+(?:年|个月)|很久|好久|好几年)|^\s?(?:free|clean)\s?(?:[0-9一二两三四五六七八九十半]+|for\b)|^\s?(?:thoughts?|urges?|ideation|feelings?)\s(?:finally |eventually |completely )?(?:stopped|went away|faded|disappeared)\b(?!\s+(?:working|helping|mattering))/u;

/** Right after the match, the event is told as earlier ("自杀未遂后，…"): a past cue for that match. */
export const PAST_EVENT_AFTER = /^(?:之|以)?后\s?,/u;

/**
 * Delight said in the same sentence ("这家火锅太好吃了，我今天就想死在这里", "想死在这场演唱会里，太幸福了"):
 * a hyperbole-prone match is then not about dying.
 */
export const EUPHORIA_ZH =
  /太(?:好吃|好喝|幸福|好玩|舒服|爽|好看|好听|香|甜|可爱|开心|快乐)了|(?:好吃|好玩|幸福|开心)到(?:飞起|爆|哭)/u;

/**
 * Someone else's note found or received: just before a farewell match ("在我弟房间发现了遗书",
 * "收到她的遗言"). The writer is not the note's author unless 我/自己 comes between.
 */
export const FOUND_NOTE_BEFORE =
  /(?:发现|看到|看见|找到|翻到|捡到|收到|读到)(?:了)?(?:[^,.。!?;\n我自]{0,8})$/u;

/**
 * Session 29: what was found in someone else's things ("found stuff about self harm in my 15yos search history", "saw
 * suicide searches on her phone"): a finding verb before the match and another person's records after it, in the
 * sentence. The writer's own phone or history ("in my phone") is not someone else's.
 */
/** Session 29: someone else's writing quoted before the match ("班上有个学生周记里写'想从这个世界下车'"). */
export const OTHER_WRITING_BEFORE_ZH =
  /(?:学生|孩子|儿子|女儿|他|她|朋友|同学|来访者|患者|病人|学员)(?:的)?[^,.。!?;\n我]{0,6}?(?:周记|日记|作文|作业|本子|朋友圈|微博|纸条|留言|聊天记录|空间|动态)(?:里|上|中)?(?:写|写着|写了|写的|说|发了?)[^,.。!?;\n]{0,4}$/u;
/**
 * Session 37: someone else's search or question quoted ("我看到他在搜“怎么死不痛苦”", "发现女儿搜过怎么自杀"): not the writer's
 * ask, even for the rules whose match is always the speaker's.
 */
export const OTHER_SEARCH_BEFORE_ZH =
  /(?:学生|孩子|儿子|女儿|他|她|朋友|同学|老公|老婆|男朋友|女朋友|丈夫|妻子|弟弟|妹妹|哥哥|姐姐|爸爸|妈妈|我爸|我妈|室友|舍友)(?:的)?[^,.。!?;\n我]{0,6}?(?:在|偷偷|一直|经常)?(?:搜|查|搜索|百度|问|打听)(?:了|过|着)?[^,.。!?;\n]{0,2}$/u;
/**
 * Session 37: risk someone else disclosed, named right after them ("resources for a year 9 kid who disclosed self harm to
 * me", "a client who told me about her suicidal thoughts").
 */
export const OTHER_DISCLOSED_BEFORE_EN =
  /\b(?:kid|child|student|pupil|client|patient|teen|teenager|friend|son|daughter|someone|person|girl|boy|young person|colleague|employee|resident|camper|athlete|member)\s+(?:who|that)\s+(?:just\s+|recently\s+|has\s+|had\s+|finally\s+)?(?:disclosed|told me about|told us about|admitted|admitted to|mentioned|talked about|shared|opened up about|confided|confided in me about|reported|wrote about|posted about|is struggling with|struggles with)\s+(?:(?:her|his|their|some|a history of|ongoing|recent)\s+)?$/u;
export const FOUND_VERB_BEFORE_EN = /\b(?:found|find|saw|seen|noticed|discovered|came across|spotted|read)\b/u;
export const THEIR_RECORDS_AFTER_EN =
  /^[^.!?\n]{0,30}?\b(?:in|on|through) (?:(?:my|our) (?:\d{1,2}[- ]?(?:yo|y\/o|year[- ]old)s?|(?:sons?|daughters?|kids?|childs?|teens?|teenagers?|brothers?|sisters?|friends?|partners?|husbands?|wifes?|boyfriends?|girlfriends?|students?|roommates?)s?)|(?:his|her|their|hers)) (?:\w+ ){0,2}?(?:search(?:es)?|search history|browser|browsing|history|phone|laptop|tablet|computer|diary|journal|notebook|notes|messages|texts|tabs|room|backpack|bag|drawer|account|tiktok|instagram|feed)\b/u;

/**
 * A joke's trivial trigger in a Chinese or mixed message (anywhere in it), counted only with laughter
 * next to a hyperbole-prone match: a small social mishap (发错群, 当众, 打喷嚏, 表白被拒, 剧透), food
 * (第三碗饭, 偷吃, 奶茶, 烤糊), games and sport (排位, 连跪, boss, 输波), looks (头发剪坏, 胖了), a
 * broken or lost thing (手机掉, 闹钟, 断网), money memes (吃土, 尾款). Exams, homework and work are not
 * in it: "明天考试 想死 哈哈" stays a check-in.
 */
export const JOKE_TRIGGER_ZH =
  /社死|居然|竟然|发错|演唱会|抢票|没抢到|发到了?[^,.。!?;\n]{0,4}群|当众|上台|唱歌|karaoke|打(?:了个)?(?:大)?喷嚏|认错人|叫错|被发现|表白|剧透|相亲|拖鞋|第[二三四五六两]碗|偷吃|吃得最多|吃土|吃泡面|奶茶|火锅|蛋糕|巧克力|零食|[烤煮炖炒烧煎]糊|香菜|\b(?:cake|pizza|burger)\b|排位|连跪|上分|掉分|\bboss\b|打团|手柄|抽卡|输(?:了)?(?:波|球)|球赛|头发|剪坏|剪毁|剪废|剪丑|\btony老师|发型|刘海|发际线|秃头|托尼老师|胖了|体重|手机(?:掉|摔|碎)|碎屏|闹钟|断网|没(?:有)?网|\bwifi\b|掉(?:进)?马桶|忘(?:带|拿|在)|落在(?:家|车上|公司|宿舍)|\bpassport\b|尾款|月光|双十一|被窝|赖床|好笑|\bmeme\b|\bcrush\b|暗恋|喜茶|排队|\bqueue\b|放(?:了)?(?:个|一个)?(?:响)?屁|被[^,.。!?;\n]{0,6}(?:听见|听到)了?/u;

// Moved from risk.ts (rounds 20–21c): cues the assessor's multi-turn and suppression logic reads.

/**
 * Round 20: a thought the writer says they have had for days or weeks ("已经想了好几周了", "这个念头已经有好几天了",
 * "I've been thinking about it for weeks"): the hyperbole discount does not apply.
 */
export const THOUGHT_FOR_DAYS =
  /(?:已经|都)?(?:想了|想过|这(?:个|种)(?:念头|想法)(?:已经)?(?:有|持续)(?:了)?)(?:好|快|整整)?(?:几|两|三|一|多|[0-9]+)(?:个)?(?:天|周|星期|礼拜|月|年)|\b(?:been|was|have been|ive been) (?:thinking|thought) (?:about|of) (?:it|this|dying|death|that|ending it|suicide) for (?:days|weeks|months|years|a (?:week|month|year|while|long time)|ages|(?:a few|several|many|two|three|\d+) (?:days|weeks|months|years))\b/u;

/** Round 20: a leisure word said to be NOT meant ("我想 delete 自己，不是说账号") does not clear the match. */
export const NEGATED_BEFORE_LEISURE =
  /(?:不是|并不是|又不是|唔系|唔係|不系|不係|\bnot|\bisnt|\bnothing to do with)\s?(?:说|講|讲|指|在说|讲紧)?\s?(?:the |my |a |an |about |talking about )?(?:我的|我嘅|在)?\s?$/u;

/**
 * Round 20b: "end it all / end everything / 结束这一切" said bare (a signal's text), which a short next turn may tie
 * to an everyday object ("the relationship!! I meant my boyfriend", "lol the group chat", "我是说这段感情"); the
 * object must not be negated ("not the relationship, me", "不是感情，是我自己" keep the floor).
 */
export const ENDING_ALL =
  /^(?:(?:i |im |i am )?(?:want|wanna|going|gonna|need|have) (?:to )?)?(?:end|ending)\s+(?:it(?:\s+all)?|things|everything|this)\b|^(?:想|要)?结束(?:这一切|一切|这些|这一切吧)/u;

export const CLARIFIED_OBJECT_EN =
  /(?<!\bnot (?:the |my |this |our |that |about )?)\b(?:relationship|situationship|boyfriend|girlfriend|bf|gf|partner|husband|wife|marriage|engagement|friendship|group ?chat|gc|chat|group project|project|job|internship|lease|contract|subscription|streak|ex|thing with \w+|school|uni|college|degree|course|semester|term|classes|diet|season|series|thesis|essay|dissertation|shift|career|band|team|club|membership|gym|account)\b/u;

export const SELF_CLARIFIED_EN = /(?<!\bnot )\b(?:me|myself|my (?:own )?life|my existence|living)\b/u;

export const CLARIFIED_OBJECT_ZH =
  /(?<!不是(?:说)?(?:这段|这个|这份|我的)?)(?:单身|感情|关系|恋爱|婚姻|友情|友谊|群聊|这个群|工作|项目|合同|租约|实习|冷战|学业|学期|课|考研|减肥|节食|论文|比赛|乐队|社团|球队|账号|会员|健身|合作)/u;

export const SELF_CLARIFIED_ZH =
  /(?<!不是(?:说)?)(?:我自己|我的(?:生命|命)|自己的(?:生命|命)|(?<!不)是(?:说)?我(?=[,.。!?\s]|$))/u;

/** Round 21: a short clarification that names the writer ("no I mean me", "I meant my life", "不是感情，是我自己", "是活着这件事"). */
export const SELF_CLARIFICATION =
  /^(?:(?:no+|nah|nope|not (?:the|my) \w+)[,.!\s]*)?(?:i mean|i meant|im talking about|talking about|i was talking about)\s+(?:me|myself|my life|living|life|being alive|existing)\b[^\n]{0,20}$|^(?:不是[^,.。!?\n]{0,8}[,.。\s]?)?(?:我是说|我说的是|指的是|是)(?:我自己|我的命|我这条命|我这个人|活着|我的人生|人生|我的生命)[^\n]{0,8}$/u;

/** Round 21: a screening scale or its item named with a zero / "not at all" answer (normalised text after a match). */
export const SCALE_ZERO_AFTER =
  /(?=[^\n]{0,100}(?:phq-?9|c-?ssrs|columbia|item (?:9|nine)|question (?:9|nine)|第(?:九|9)题|量表|问卷))[^\n]{0,100}(?:\b(?:scored|score|answered|put|picked|chose|circled|ticked|marked|gave it)\s+(?:a\s+|it\s+(?:a\s+)?)?(?:0|zero|not at all|no)\b|\bnot at all\b(?!\s+(?:ok|okay|fine|good|better|well|sure|safe|happy|alright))|(?:选|填|打|勾)(?:了|的是|的)?\s?(?:0|零|完全没有|完全不会|没有)|完全没有|(?<![0-9])0\s?分)/u;

/** Round 20b: an unwanted thought of self-harm told with fear and a rejection (whole message, normalised). */
export const INTRUSIVE = {
  fear: /侵入性|强迫(?:症|思维|观念|念头)|害怕|恐惧|吓(?:死|坏|到|人)|(?:很|好|特别|非常|真的|超)怕|惊恐|\b(?:intrusive|ocd|unwanted (?:thoughts?|images?|urges?)|scare[sd]?|scary|scaring|terrif\w*|frighten\w*|freak(?:s|ed|ing)? me out|horrif\w*|afraid|high place phenomenon|call of the void)\b/u,
  rejected:
    /(?:根本|绝对|并|真的|其实|完全|也)?不想(?:去)?(?:这样做|这么做|死|自杀|自残|伤害自己|付诸行动)|不想(?:这样|这么)(?!活|下去|过|继续)(?=[,.。!?\s]|$)|我(?:绝对|肯定|永远|也|是)?不会(?:去|真的)?(?:这么做|这样做|做|伤害自己|付诸行动)(?:的)?(?=[,.。!?\s]|$)|(?:并)?没有(?:想死|轻生|自杀|自残)的?(?:念头|想法|打算|意思)|\b(?:(?:i (?:would|will)|id|i)\s+)?never (?:ever )?(?:act on (?:it|them|these|this|that)|do (?:it|that|this|anything)|hurt myself|actually do)\b|\b(?:i (?:would|will)|id) never\s*(?:[.!,;]|$)|\bi wouldnt (?:act|do (?:it|that|anything)|actually)\b|\bdont (?:ever )?want to (?:act on|do (?:it|that|this|anything)|die|hurt myself|kill myself|actually)\b|\bi dont want to\s*(?:[.!,;]|$)|\bno (?:desire|intention|intent|wish|plans?) (?:to|of) (?:die|dying|act|acting|do|doing|hurt|hurting|kill|killing)\b|\bnot (?:actually )?suicidal\b/u,
  named:
    /(?:医生|心理医生|咨询师|治疗师|精神科)(?:说|讲|告诉我)[^,.。!?\n]{0,8}(?:侵入性|强迫)|\b(?:doctor|therapist|psychiatrist|gp|counsell?or)\s+(?:says|said|told me)\b[^.!?\n]{0,20}\b(?:intrusive|ocd)\b/u,
  thoughtFeared: /想到[^,.。!?\n]{0,12}就(?:会)?(?:很|好|特别|非常|浑身)?(?:害怕|恐惧|发抖|心慌|慌)/u,
  givingIn:
    /忍不住|控制不住|管不住|撑不住|快(?:要)?(?:做|动手)|(?:但是?|可是|不过|然而)[^。!?\n]{0,20}(?:撑不|活不|熬不|(?<!不|没)(?:想死|想跳|想自杀|想割|想划)|一直想|总是想|还是想|老是想)|\bbut\b[^.!?\n]{0,30}(?:\b(?:keep|cant stop|still|always) (?:thinking|wanting|planning)|(?<!dont |not |never )\bwant to (?:die|kill|end|hurt|cut|jump|do it)|\bcant (?:go on|take (?:it|this)|keep going|cope))|\b(?:cant (?:stop|control|trust) myself|cant resist|(?:ill|i will|im going to|gonna|might) (?:actually |really )?(?:do it|act on)|getting (?:stronger|harder to resist))\b/u,
};

/**
 * Round 21c: the everyday frame a later turn names for the earlier words: a game ("in Terraria lol", "the
 * speedrun skip in Celeste"), a guided climb or tour ("the Harbour Bridge climb, I'm clipped in"), a school play,
 * essay or homework ("for my character in the school play", "是语文作业，题目是…"), a small mishap ("my crush saw
 * me trip"). `denied`: the frame taken back ("it's not a game", "不是作业").
 */
export const EVERYDAY_FRAME = {
  game: /\b(?:terraria|celeste|hollow knight|stardew|among us|league of legends|dota|mario ?kart|super mario|pokemon|animal crossing|baldurs gate|bg3|hades|dead cells|cuphead|geometry dash|rocket league|halo|fallout|cyberpunk|witcher|sekiro|bloodborne|doom|(?:my|all my|the) loot|mobs?|creepers?|spawn ?point|hardcore (?:world|run|mode)|speedrun\w*|respawn\w*|any ?%|glitch(?:ed)?|(?:my|the) controller|level \d+)\b/u,
  outing:
    /\b(?:bridge ?climb|(?:harbou?r|bay|sydney|o2) (?:bridge )?climb|(?:guided|organi[sz]ed) (?:tour|walk|climb|hike)|tour (?:group|guide)|(?:on|doing) (?:a|the) tour|clipped (?:in|on)|harness(?:ed)?|safety (?:line|rope|briefing)|via ferrata|zip ?lin\w*|observation deck|sky ?walk|edge ?walk|sightseeing|tourists?)\b/u,
  writing:
    /\b(?:school play|(?:the|a|our|my) play|drama (?:class|club|school|exam|teacher|homework)|theat(?:re|er) (?:class|club|kids)|my (?:character|role|lines|monologue)|method act\w*|rehears\w*|auditions?|script|screenplay|monologue|creative writing|essay|assignment|homework|coursework|writing (?:class|prompt|exercise)|for (?:english|drama|class|school|uni)|short story|fanfic\w*)\b|作业|作文|题目|征文|练笔|写作课|语文课|剧本|台词|话剧|排练|角色/u,
  height: /\b(?:bridge|roof|rooftop|cliff|edge|ledge|top|jump\w*|height|railing)\b/iu,
  denied:
    /\b(?:not|isnt|wasnt|arent|no|never)\s+(?:\w+\s+){0,2}?(?:game|play|essay|homework|assignment|script|tour|climb|character|role|joke)s?\b|(?:不是|并不是|不算|没在|哪是)(?:什么|在)?(?:作业|作文|剧本|台词|游戏|玩笑|角色|小说|演戏)/u,
};

/** Round 21c: finality next to a clear-out ("反正以后也用不上了", "最后一次"). */
/**
 * Session 15: a last time that is everyday: a trip, a graduation, a move, a last day at work ("毕业前最后再看一眼
 * 夜景", "one last look at the city before my flight"). Without one, finality at a dangerous place is no outing.
 */
export const LAST_LOOK = /最后再?(?:一次|一眼|看一眼|看看)|\b(?:one last|last (?:time|look|view|sunset|sunrise)|for the last time)\b/u;
export const LAST_TIME_EVERYDAY =
  /旅行|旅游|毕业|母校|搬家|老房子|回国|出国|拆迁|演唱会|离职|退休|航班|飞机|火车票|\b(?:graduat\w*|moving|move out|trip|holiday|vacation|flight|leaving (?:town|the city|the country)|last day|farewell party|before (?:i|we) (?:leave|move|fly|go home))\b/u;

/** Finality that no everyday context explains ("enjoying the view one last time lol"). */
export const FINALITY_EN =
  /\b(?:one last|last (?:time|look|view|thing)|for the last|final|goodbye|bye|forever|for good|no one will|nobody will|(?:will|would|ll) understand (?:one day|someday|some day|eventually))\b/u;

export const FINALITY_ZH =
  /(?:以后|反正|再也|之后)[^,.。!?\n]{0,6}(?:用不(?:上|着|到)|不需要|不会再)|最后再?(?:一次|的|一眼|看一眼|看看)|永别|再也不|后事|遗(?:书|言|物)/u;

/**
 * Session 14 (2026-11-30): words that make an earlier disclosure explicit — death, suicide, self-harm to oneself,
 * an overdose or a named sleeping drug, not wanting to live, and the slang for them. An earlier turn with one of these
 * is never cleared by an everyday answer to a clarifying question (`clarified.ts`): "我想死" … "刚才是我儿子乱打的"
 * keeps its level. Without them, the earlier words were ambiguous ("我割了", "bought rope today", "我今晚会去江边").
 */
export const EXPLICIT_RISK_WORDS =
  /死|自杀|自尽|轻生|不想活|活着|活不|活够|想不开|结束生命|了结|自残|自伤|伤害自己|伤自己|割腕|割自己|划自己|割手|划手|割了手|划了手|手腕|血肉|跳楼|跳江|跳河|跳海|跳桥|上吊|烧炭|安眠药|过量|遗书|遗言|永别|来世|下辈子|紫砂|\bzs\b|\b(?:kill\w*|suicid\w*|die|dying|dead|death|end (?:my life|it all|myself)|self[- ]?harm\w*|hurt\w* myself|cut\w* myself|unalive|kms|ctb|overdos\w*|od|not (?:be|being) here|wont be (?:here|around)|goodbye forever|sleeping pills|wrists?)\b/u;

/**
 * A short or bare reply that confirms, walks back or closes the subject instead of explaining it ("嗯", "yes",
 * "forget I said anything lol", "算了 不说了"): never an everyday explanation (`clarified.ts`).
 */
export const BARE_REPLY =
  /^(?:嗯|对|是的|是啊|是|有|没|yes|yeah|yep|yup|ya|ok|okay|mhm|uh huh)(?:[\s,.!。，！~…]|$)|\bforget (?:i said|it|what i said|about it)\b|\bnever ?mind\b|\bnvm\b|\bdoesnt matter\b|当我没说|算了|没什么|别问了|不说了|不想说|不重要/u;

/**
 * An answer that hedges ("晾衣服吧…也可能干点别的 不知道", "for the garden, or something, idk") or runs the writer down
 * ("它跟着我也是受罪", "nobody would care anyway") does not explain the earlier words away (`clarified.ts`). Added after
 * the blind round 11ac (2026-11-30), where these two answers were the only risk lines the clarified floor let go.
 */
export const UNSETTLED_REPLY =
  /也可能|也许|或许|说不定|不一定|不知道|看情况|再说吧|或者(?:别的|其他|干点)|受罪|拖累|累赘|连累|没人在乎|不在乎我|没人管|我没用|废物|多余|\b(?:maybe|might|or something|idk|dunno|not sure|who knows|we ?ll see|burden|better off|waste of space|nobody (?:would |will )?cares?|no one (?:would |will )?cares?|wouldnt care|doesnt care|useless)\b/u;

/**
 * A self-harm signal that names the body or the self ("打自己", "割了手腕", "cut my arm") is explicit too; only a bare
 * verb ("我割了", "我今天划了") may be everyday ("割双眼皮啦") (`clarified.ts`).
 */
export const SELF_OR_BODY = /自己|手|腕|腿|胳膊|臂|血|疤|皮肤|身上|\b(?:myself|me|wrists?|arms?|legs?|thighs?|blood|scars?|skin)\b/u;

/**
 * Session 14 (2026-11-30): a reply that only assents, says no, asks "what?", thanks, agrees to try or says "I don't know"
 * ("好的，我想试试。", "谢谢你，我会的。", "想听。", "ok i'll try", "What. No.", "I'm sorry." — the last two read `high`). The learned model must not read these alone: it scored them `high` on
 * 100 of 42,348 client turns of the SMILE and CPsyCoun counselling dialogues ("好的，我想试试。" 14 times), because
 * written crisis lines use the same words ("想试试…", "我会的"). Their meaning is the question's: answers.ts reads a
 * short answer with the assistant's question, and the multi-turn floor keeps an earlier disclosure.
 */
export const REPLY_ONLY =
  /^(?:(?:好的|好吧|好呀|好啊|好|嗯+|恩|是的|是啊|对的|对|可以|行|那|那好吧|那好|真的吗|不是|不要|不|没有|什么|啥|为什么|(?:我|那我)?(?:现在)?(?:就)?(?:去|来)?(?:想|愿意|会|可以)?(?:去)?(?:试试|试一试|试一下|尝试一下|尝试)(?:看|吧|看吧)?|我?(?:会|一定会)(?:的|努力的|认真(?:完成|考虑|做)的?|(?:试着|尝试)?(?:去)?(?:做|完成|考虑)的?)|谢谢(?:你|您)?|感谢(?:你|您)?|多谢|对不起|抱歉|不好意思|(?:我)?(?:想|愿意)听|(?:我)?愿意|(?:我[.…]+)?我?(?:也)?不知道|(?:那)?我?(?:现在)?就?开始(?:吧|画|写)?|ok|okay|sure|yes|yeah|no|nope|nah|not really|what|why|huh|hm+|thanks|thank you|(?:im |i am )?(?:so |really )?sorry|please|pls|i(?:ll| will) (?:try|do (?:that|my best))|i want to try|id like to try|i dont know|idk)[\s,，.。!！~…、]*)+$/u;

/**
 * Session 19: joining someone who has died. A death told in the conversation (`DEATH_TOLD`), then going to be with
 * them (`JOIN_THEM`: "今晚就去找她", "想去陪他了", "i'm going to go and be with her"), is a wish to die; a visit to the
 * grave or a reunion hoped for "one day" is not (`GRAVE_OR_SOMEDAY`). Written for CareLLM 2026-11-30.
 */
export const DEATH_TOLD =
  /走了(?:[一两三四五六七八九十半几\d]+(?:年|个月|月|周|天)|一周年)|离开了?我们|(?:永远|已经|早就|前年|去年|今年|上个?月|上周|那年|[\d一两三四五六七八九十几]+(?:年|个月|天)前)(?:就)?(?:离开|走)了|去世|过世|离世|病逝|不在了|头七|忌日|\b(?:died|passed away|passed on|passed last|lost my (?:mum|mom|mother|dad|father|wife|husband|partner|son|daughter|baby|brother|sister|nan|gran|grandma|grandad|grandpa|best friend)|since (?:she|he|mum|mom|dad) died)\b/u;
export const JOIN_THEM =
  /(?:去|要去|想去|就去|该去|准备去|好想去|也想去|可以去)(?:陪(?:她|他|妈妈|妈|爸爸|爸|外婆|奶奶|爷爷|外公|姥姥|姥爷|老公|老婆|孩子|宝宝|儿子|女儿|哥哥|姐姐|弟弟|妹妹|你们|他们)|找(?:她|他|你们|他们))(?![^，。,.!?\n]{0,3}(?:吃|玩|聊|逛|看|喝|商量|拿|借|买|问|帮|说|谈|拍|一起|约|和好|道歉|复合|算账|理论|送|取|开门|钥匙))|\b(?:go|going|gonna|want to|wanna|ready to|time to|about to|need to)\s+(?:and\s+|to\s+)?(?:be with|join)\s+(?:her|him|them|mum|mom|dad|my (?:mum|mom|dad|wife|husband|son|daughter|baby|brother|sister|nan|gran|grandma|grandad|grandpa))\b(?!\s+(?:at|in|on|for|downstairs|outside|later|after|there)\b)/u;
/** …said as a wish ("要是我也能去找她就好了", "I just want to be with him again"): passive, `low`. */
export const JOIN_WISH = /^(?:想|好想|也想|可以|want to|wanna)|(?:想|希望|要是|如果|能|\b(?:wish|if only|could|would))\s*(?:我|i)?\s*(?:也)?\s*(?:能)?\s*$/u;
/** …or closed as one ("去陪他也挺好", "能去找她就好了", "being with her again would be nice"). */
export const JOIN_WISH_AFTER =
  /^[^,.!?。，！？\n]{0,6}?(?:就好了|也好|也挺好|也不错|多好|该多好|算了)|^[^,.!?\n]{0,12}?\b(?:would be (?:nice|good|easier|better)|sounds (?:nice|good|peaceful))\b/u;
export const GRAVE_OR_SOMEDAY =
  /墓|坟|扫墓|骨灰|灵堂|纪念|祭拜|上香|梦里|葬礼|追悼会|守灵|\b(?:grave|cemetery|memorial|headstone|ashes|wake|funeral|service|in my dreams|someday|some day|one day|when (?:my|its) time)\b/u;

/**
 * Session 19: a hint that the words mean more than they say ("不是转学 你懂的", "if you know what i mean"): no everyday
 * reading explains a turn that says this.
 */
export const INSINUATION =
  /你懂的|你懂我意思|你明白的|懂我意思吧|\b(?:if (?:you|u) know what i mean|(?:you|u) know what i mean|yk what i mean|iykyk)\b/u;

// Shared by the clarifier (clarified.ts) and the longer yes (answers.ts), kept here so that neither imports the other
// (answers.ts importing clarified.ts made the explanation trainer's entry hit them before initialisation).
/** Another meaning said in so many words ("我是说卸载微博了", "i meant quit not die"). */
export const MEANT_OTHERWISE_SAID =
  /我是说|我的意思是|我指的是|是指|说的是|不是那个意思|\b(?:i mean|i meant|as in|not like that|not that kind)\b/u;
/** The answer says in so many words it was not about dying ("bye to the app not to life", "i mean quit not die"). */
export const NOT_DEATH =
  /\bnot (?:to )?(?:life|living|die|dying|death|kill(?:ing)? myself|suicide|hurt(?:ing)? myself|my life)\b|\b(?:dont|do not|didnt|did not) (?:actually |really |literally )?(?:want to |mean (?:to )?)?(?:die|kill myself|hurt myself|end (?:it|my life))\b|不是(?:要|想)?(?:去)?(?:死|自杀|轻生|寻死|不想活|结束生命)/u;

/**
 * Session 32: signs that it is happening now, read only where the conversation already reads `high` (risk.ts,
 * assessRisk): at the place ("on the roof of my building", "我现在就在桥上 栏杆外面"), the act begun or done ("took them
 * 30 min ago, getting drowsy", "割了 水慢慢变红了"), the means at hand ("the pills are on my desk", "刀就在手边"), a time
 * tonight or now ("after my parents are asleep", "就今晚"), a goodbye ("bye everyone", "别怪自己"). C-SSRS and the issue
 * count a plan, means, a time, an act in progress and farewells as imminent; the crisis reply is the same at both levels.
 */
export const IMMINENT_NOW = new RegExp(
  [
    // at the place, now
    String.raw`(?:^|\b(?:im|i am|ive been|been|standing|sitting|already|now|currently)\b[^.!?\n]{0,12}?)\b(?:on|at|by|near|in|up on|on top of) (?:the |my |this |our )?(?:roof(?:top)?|top (?:floor|deck|level)|bridge|overpass|ledge|railing|tracks|train tracks|river(?:bank)?|cliff(?: edge)?|multi-?stor(?:e)?y|car park roof|parking (?:garage|structure) roof)\b|\bwrong side of the (?:railing|barrier|fence)\b|\b(?:drove|walked|went|came|climbed) (?:up |out |down )?to the (?:bridge|river|cliffs?|tracks|roof(?:top)?|top floor|edge|lake|overpass|quarry)\b`,
    // the act begun or done
    String.raw`\b(?:took|swallowed|taken|downed) (?:them all|all of (?:them|it|my \w+)|all (?:my|the) \w+|the (?:whole|entire) (?:bottle|box|pack|packet|strip)|(?:\d+|twenty|thirty|forty|fifty) (?:of )?(?:them|pills|tablets|tabs))\b|\b(?:already|just) (?:took|taken|swallowed|cut|started|did it|done it|tied|lit)\b|\b(?:\d+|ten|twenty|thirty) ?(?:min|mins|minutes|hours?|hrs?) ago\b|\bgetting (?:really |so )?(?:drowsy|sleepy|dizzy|woozy)\b|\b(?:wont|cant|can not) stop (?:the )?bleeding\b|\bbleeding (?:a lot|heavily|so much)\b|\btaped (?:up )?the (?:door|vents?|windows?|gaps?)\b|\b(?:lit|mixed) the (?:charcoal|grill|chemicals|cleaning stuff)\b`,
    // the means at hand
    String.raw`\b(?:pills|tablets|meds|rope|noose|razor|blade|knife|gun|charcoal|belt|bottle)\b[^.!?\n]{0,30}\b(?:in my hand|on my (?:desk|bed|lap|nightstand|pillow)|loaded|tied|counted|lined up|laid out|poured out|in front of me|next to me)\b|\b(?:its|it is|everything is|everythings) (?:all )?(?:set up|ready|in place)\b`,
    // a goodbye
    String.raw`\b(?:this is goodbye|goodbye (?:everyone|all|guys|world|yall)|bye (?:everyone|guys|all|yall|tiktok|world)|(?:last|final) (?:message|post|time (?:ill|i will|i'll) (?:talk|bother|post|write))|dont blame yourselves?|tell my (?:mum|mom|dad|sister|brother|family|parents) i love(?:d)? (?:her|him|them)|wrote (?:letters|notes|a note|a letter) (?:for|to)|the notes? (?:is|are) (?:on|in|under))\b`,
    String.raw`(?:现在|已经|正)(?:就)?(?:在|站在|坐在|到了?|爬上了?)(?:楼顶|天台|顶楼|桥上|大桥上|江边|河边|海边|湖边|铁轨|站台边|阳台上|窗台上|窗边|宿舍楼顶)|栏杆外|翻(?:到|过|出)(?:了)?栏杆|在(?:楼顶|天台|顶楼|桥上)(?:了)?[^。!?\n]{0,6}风(?:好|很|太)大`,
    String.raw`(?:已经|刚(?:才|刚)?)(?:吃|吞|喝|割|划)(?:了|下去了|完了)|(?:吃|吞)(?:了|下去)(?:好多|一整瓶|一瓶|整瓶|所有|全部)|眼皮(?:抬不起来|好重|很重)|流了(?:好多|很多)|(?:头|脑袋)(?:有点|好|很)晕|水(?:慢慢)?变红|(?:炭|碳)(?:已经)?(?:点上|点着)了|(?:门窗|门|窗户)(?:都)?(?:封|封好|贴好)了`,
    String.raw`(?:药|刀|刀片|绳子|绳|炭)[^。!?\n]{0,8}(?:就在手边|在手上|在手里|倒出来了|准备好了|数好了|挂好了|系好了|在桌上|放在桌上|就在(?:旁边|身边))`,
    String.raw`\b(?:wont|will not) be (?:here|alive)\b|\bone (?:more )?thing left to do\b|\b(?:its|it is) (?:all )?set for\b|\b(?:sorted|picked|set|chose) (?:a|the) date\b|\bfeeling (?:\w+ and )?(?:dizzy|drowsy|woozy)\b|\bblood (?:on|all over) the (?:floor|bed|sheets|bathroom)\b|\bleft the door unlocked\b|\bscheduled (?:a|the|my) (?:post|message|tweet|email)\b(?! (?:for (?:my|a|the|our) (?:\w+ )?(?:giveaway|launch|shop|store|brand|business|sale|event|stream|channel|page|account)|about)\b)|\beverything(?:s| is) in order\b|\bthe last time (?:ill|i will) (?:message|talk|post|bother|write)\b|\b(?:gun|pills|rope|knife|blade)s? (?:is |are )?(?:out )?on the (?:table|desk|bed)\b`,
    String.raw`(?:明天|以后|今晚之后|过了今晚)(?:早上)?(?:就|我就)?不在了|不会再(?:来|上线|回来|找你)了|就差最后一件事|(?:挂|系)好了|站在(?:宿舍)?(?:楼顶|天台|顶楼|桥上|江边|河边)|遗嘱(?:已经)?(?:发给|交给|写好)|东西(?:都)?收拾好了|就(?:这)?(?:周|星期)[一二三四五六日天](?![^。!?\n]{0,4}(?:上班|开会|考试|交|见))|(?<=(?:今晚|今天|明天|明晚|tonight|tomorrow|周[一二三四五六日天]|星期[一二三四五六日天]|那天|生日|就走|绳|药|地方|钥匙)[\s\S]{0,40})已经决定了|已经决定了(?=[\s\S]{0,40}(?:今晚|今天|明天|明晚|tonight|tomorrow|周[一二三四五六日天]|星期[一二三四五六日天]|那天|生日|就走|绳|药|地方|钥匙))`,
    // (Session 34: "已经决定了" counts with a time, a means or a place told beside it; alone, train, dev and fresh label 6 of
    // 7 such lines high.)
    // Session 33 (read round 33b): the act begun ("swallowed the first handful", "the rest are next to me"), a note's last
    // wishes ("don't let mom blame herself", "she'll need it after tonight"), no use for things again, the last
    // preparations ("when i head out to the overpass"), a moment fixed ("waiting til she's asleep", "that's when", "friday then"),
    // the place ("the express doesn't stop here", 栏杆也不高) and the courage worked up.
    String.raw`\bswallowed (?:the first|a|another) (?:handful|few|bunch)\b|\bthe rest (?:are|is) (?:right )?(?:next to|beside|in front of|here with) me\b|\bdon'?t let (?:mom|mum|dad|my \w+|him|her|them|anyone) blame (?:herself|himself|themselves|yourself|yourselves)\b|\bif you (?:ever )?(?:read|see|find) this\b|\b(?:express|freight|fast train|non-?stop train)\b[^.!?\n]{0,20}\b(?:doesn'?t|does not|won'?t|never) stop\b|\bstay with me (?:while|as|when) i do it\b|\b(?:pills|tablets|meds) (?:are|is) (?:already )?out\b|\bwon'?t need to (?:charge|renew|refill|pay|use) (?:it|this|them)\b[^.!?\n]{0,12}\b(?:again|anymore|any more)\b|\b(?:she|he|they|you)'?ll need (?:it|this|them) after (?:tonight|today|i'?m gone)\b|\bwon'?t be (?:logging|signing|coming|checking) (?:in|on|back)\b[^.!?\n]{0,10}\bafter (?:tonight|today)\b|\bhead(?:ing)? out to the (?:overpass|bridge|river|cliffs?|tracks|roof|lake|quarry)\b|\b(?:waiting|wait) (?:til|till|until) (?:she|he|they|everyone|my \w+)(?:s| is| are)? (?:asleep|gone|out|at work|leaves?)\b|\b(?:house|home|apartment|place|dorm) (?:will be|is gonna be|is going to be) empty\b|\bthat'?s when\b|\bcircled (?:it|the date|the day)\b|\b(?:not|never) putting (?:it|them) back\b|^(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)(?: night| morning)? then\b|\bby the time (?:they|you|anyone|she|he|my \w+) (?:reads?|sees?|gets?|opens?|finds?) (?:it|this)\b`,
    String.raw`(?:如果|等)(?:你|你们)(?:看到|收到|读到)这(?:段话|条|封|些话)|就?拜托(?:你|您|你们)了|(?:别|不要)为我(?:难过|伤心|哭)|(?:发完|写完|说完)(?:就|我就)走|(?:东西|工具)(?:都|已经)?(?:备好|准备好|买好)了|栏杆(?:也)?不(?:高|算高)|没人注意(?:到)?我|(?:[0-9一二三四五六七八九十两]+点|今晚|明天|凌晨|天亮)(?:以后|之后|之前)?(?:一切|所有(?:的)?)(?:就)?(?:都)?(?:会)?(?:结束|了结)|^就(?:今晚|今天|明天|明晚|周[一二三四五六日末]|这周[一二三四五六日末])吧|(?:那天|那时候|到时候)[^。!?\n]{0,10}(?:不在家|出去|回老家|上班)[^。!?\n]{0,8}(?:就我一个|只有我)|我想在(?:那天|那一天|这天|生日那天)(?:结束|走)`,
    // Read round 33h: a leg over the railing, the weapon cleaned, the letters on the table, goodbyes said, "you're the
    // last one", the cup mixed, "its over tonight"; 药也吃了…躺着等, the dose worked out, the next train in minutes, goodbyes
    // sent and the phone going off, "今晚喝", "他们睡了" alone. (Going down from the roof, a blade in the drawer, the
    // house quiet and accounts deleted were tried: our sets label them high, thoughts and urges.)
    String.raw`\b(?:one |a )?(?:leg|foot|feet) (?:over|outside|past) the (?:railing|rail|edge|ledge|barrier|fence)\b|\b(?:cleaned|loaded|got out|took out) (?:my |the )?(?:service )?(?:weapon|gun|pistol|rifle)\b|\b(?:letters?|notes?)\b[^.!?\n]{0,20}\b(?:is|are) (?:on|in|under) the (?:kitchen )?(?:table|desk|bed|counter|fridge)\b|\b(?:said|say) my goodbyes\b|\bthey (?:just )?don'?t know it\b|\byoure the last (?:thing|one|person)\b|\bdrinking it when\b|\bwhen this song ends\b|\bmixed (?:everything|all|it all)\b[^.!?\n]{0,30}\b(?:cup|glass|bottle)\b|\b(?:its|it is) over tonight\b|\bsee you never\b|\bim doing it (?:here|now|tonight|today)\b|\bwaiting (?:for|til|till|until) (?:my \w+|everyone|them|her|him) to (?:fall asleep|go to (?:bed|sleep)|leave)\b|\b(?:cutting|bleeding) right now\b|\bdeeper than usual\b|\b(?:tomorrows|todays|tonights) the day\b|\bpicked the spot\b|\bnot changing my mind\b|\bwhen everyone(?:s| is)? (?:at|out|gone|asleep)\b|^(?:after|before) (?:dinner|lunch|breakfast|school|work|class|church|the game)(?: then)?\b|\b(?:taking|doing|swallowing) (?:them|it) when (?:he|she|they|everyone|my \w+) (?:leaves?|goes?|falls? asleep|is asleep)\b|\b(?:took|injected|used) (?:the |my )?whole (?:pen|bottle|box|pack)\b`,
    String.raw`(?:药|安眠药)(?:也|都)(?:已经)?(?:吃|吞)(?:了|完了|下去了)(?=$|\s|[，,。!])|(?:躺着|在这)等(?:着)?(?=$|\s|[。!])|剂量(?:我)?(?:已经)?算(?:过|好)了|(?:今晚|明天|下了夜班|下班)[^。!?\n]{0,6}就(?:用|喝|吃)(?=$|\s|[。!])|今晚(?:就)?(?:喝|吃|用)(?=$|\s|[。!])|(?:下一班|下趟|下一趟)(?:车)?还有[^。!?\n]{0,4}(?:分钟|秒)|(?:给|跟)(?:所有人|大家|每个人)(?:都)?(?:发|说)了再见|手机(?:马上|就要|快要)关机了|^(?:他们|爸妈|我爸妈|家里人)(?:都)?睡(?:着)?了[。!\s]*$|(?:今晚|明晚|今天|明天|凌晨)(?:[0-9一二三四五六七八九十两]+点)|已经决定好了|该准备的(?:都)?准备好了|过了[0-9一二三四五六七八九十两]+点(?:我)?就走|该还的钱(?:也)?(?:都)?(?:转|还)了|其实(?:是)?不(?:会)?回来了|(?:这周[一二三四五六日末]|明天|今晚)就是那天|最后找个人说(?:句|几句)?话|(?:他们|家里人|爸妈)[^。!?\n]{0,10}(?:出门|出去|不在)[^。!?\n]{0,10}(?:我)?一个人在家|(?:窗户|阳台门?)(?:已经)?开着`,
    // Read rounds 34b and 34h: everything poured out on the table, signing off with an apology (the blade in hand, the note on
    // the desk, debts paid and the shift's end are the lexicon's en.s34/zh.s34 rules, with their everyday exceptions).
    String.raw`(?:都|全)倒出来了|不说了[\s\S]{0,12}对不起`,
    // Round 36a: "parents are asleep now. gonna do it".
    // Session 35: cue families measured on every line of train, dev and fresh the rules and model read `high` (labelled
    // high or imminent): a goodbye or thanks for everything (215 imminent, 1 high), the means got or counted (57 and 2:
    // "bought the rope", "loaded", 药都数过了, 绳子买好了; medicine bought alone may be a prescription: "药买好了，今晚开始吃"),
    // "it'll be over", "see you never", "this is it" (20 and 0), 心里很平静, 不怕了 (16 and 0). A goodbye being written
    // ("drafting goodbye letters") is not one said.
    String.raw`(?<!\b(?:writing|drafting|draft|drafted|wrote|written) (?:my |a |the |some )?)\b(?:bye|goodbye|farewell|love you all|take care of yourself|thanks for (?:everything|always|being)|you(?:ve| have) been (?:kind|kinder|the only|nice)|sorry for everything)\b(?! (?:letters?|notes?|cards?|drafts?|messages? (?:draft|i)|in my notes|video|party))|\b(?:bought|got|found)\b[^.!?\n]{0,20}\b(?:rope|gun|pills|charcoal)\b|\bloaded\b|\b(?:(?:itll|it will|it'll) (?:all )?be over|see you (?:on the other side|never)|this is it|its time)\b`,
    String.raw`再见|拜拜|永别|最后一(?:条|句)|别找我|在手边|(?:绳子|绳|炭|刀片|农药|东西|工具)[^。，]{0,6}(?:准备好了|买好了|备齐了|准备齐了)|倒出来了|数过了|心里(?:很)?平静|一点都不怕|不怕了`,
    // At the place now, not as a habit (35 and 1); the act begun (7 and 0); a plan said to be made (37 and 6).
    String.raw`(?<!(?:每次|总是|经常|常常|有时|成日|每天|上禮拜|上礼拜)[^。，]{0,6})(?:在|到了?)(?:楼顶|天台|顶楼|桥上|江边|河边|海边|站台|铁轨|车库|窗(?:户)?边)(?![^。，]{0,6}(?:抽烟|吃饭|散步|钓鱼|拍照|看风景|乘凉))|(?:已经|刚(?:刚|才)?)(?:吃|吞|喝|割|划)|(?:吃|吞|喝)(?:下去|完)了|(?:想好了|计划好了|都安排好了|日子定了|定好了)(?![^。]{0,10}(?:还没|没找到))`,
    // Round 38b (imminent in other forms, read where the conversation reads high): the letters in the mail, driving out to
    // the quarry, "after tonight", the bottle open and taken when the roommate leaves, the passwords left for the mother, the
    // rope already in the closet, the razor on the tub's edge, "i think it's working"; 在桥上了, 下面就是马路, 封上门窗点炭,
    // 最后一句, 位置都看好了, 其实是最后一次了, 等熄灯, 一直在流, 手发麻, 到时候就从…跳, the cat food and the landlord.
    String.raw`\bletters? (?:are|is) (?:already )?in the (?:mail|post)\b|\b(?:i'?m|im|i am) (?:driving|walking|heading|going) (?:out )?to the (?:quarry|bridge|cliffs?|river|lake|overpass|tracks|sea|coast)\b|\bafter tonight\b(?!'s)|\b(?:bottle'?s|bottle is) open (?:on|in|next to|beside)\b|\b(?:take|do|swallow) (?:them|it|all of them) when (?:my|the) \w+ (?:leaves|goes|is gone|falls asleep)\b|\bpasswords? (?:are|is) in (?:a|the|my)\b|\b(?:rope|pills|gun|knife|blade|charcoal)(?:'?s| is| are)? already (?:in|under|on) (?:my|the) (?:closet|drawer|bag|car|desk|nightstand|bed|wardrobe|trunk)\b|\brazor'?s? (?:is )?on the (?:edge|side) of the (?:tub|bath|sink)\b|\bi think (?:it'?s|its) (?:working|kicking in)\b`,
    String.raw`(?:^|\s)在(?:桥上|楼顶|天台|顶楼|江边|河边|海边|湖边)了|下面就是(?:马路|水泥地|江|河|水|地面|车流)|(?:把)?门窗封上|点炭|其实是最后一次了|等(?:宿舍|寝室)?熄灯|一直在流|手(?:开始)?发麻|到时候(?:我)?就从[^。!?\n]{0,10}(?:跳|下去)|谢谢你这段时间(?:一直)?陪我|猫粮(?:放在|在)|(?:帮我)?跟房东说一声`,
    // Round 37b: it already done an hour ago, doing it when the shift ends, pills mixed with vodka and the room spinning, not
    // scared anymore, the rest of the pills got from a cabinet, the phone's last per cent; the rope hidden in the wardrobe,
    // the water dark, finding the pet a home "before I go", the day fixed and the place picked, legs over the sill.
    String.raw`\b(?:it'?s|its) already done\b|\btook them\b[^.!?\n]{0,20}\bago\b|\b(?:going to|gonna) do it (?:when|after|once|tonight|tomorrow)\b|\bmixed (?:the |my )?(?:pills|tablets|meds)\b[^.!?\n]{0,20}\b(?:w|with|into|in) (?:vodka|alcohol|wine|whisk(?:e)?y|booze|the drink)\b|\broom'?s spinning\b|\b(?:not|no longer) (?:scared|afraid) anymore\b|\bgot (?:the )?(?:rest of (?:the|my) )?(?:pills|tablets|meds|rope|charcoal) from\b|\bphone (?:is )?(?:at|on) [1-9] ?%`,
    String.raw`(?:绳子|绳|药|刀片|炭)(?:我)?(?:已经)?(?:藏|放)(?:在|到)[^。!?\n，,]{0,8}了|水(?:好|很|真|太)(?:黑|冷|深|急)|(?:我)?走之前(?:得|要|想|把|给)|定在(?:那天|那一天)了|(?:地方(?:都|也)|(?:位置|窗户)(?:都|也)?)(?:看好|选好|找好)了|腿(?:在|伸到|放在|挂在)(?:外面|外边|窗外|栏杆外)|窗边坐着`,
    String.raw`\b(?:parents|they|everyone|mum|mom|dad|wife|husband|roommates?) (?:are|is) asleep now\b[^\n]{0,20}\b(?:gonna|going to) do it\b`,
    // a time told as a moment: in ten minutes, once everyone is asleep, a countdown
    String.raw`\b(?:in (?:\d+|ten|five|a few|twenty) (?:mins?|minutes)|after (?:everyone|they|the kids|my (?:parents|wife|husband|roommate|flatmate|mum|mom|dad|family)) (?:is |are )?(?:asleep|go(?:es)? to (?:bed|sleep)|fall asleep|leaves?|left)|its time)\b|倒计时|等(?:他们|大家|家人|室友|宿舍的人|爸妈)(?:都)?睡(?:着)?了`,
    String.raw`先走了|永别了|下辈子见|别怪(?:自己|我)|以后(?:不会|不能)?再(?:打扰|麻烦)(?:你|大家)|最后(?:一次|一条)[^。!?\n]{0,6}(?:说|发|聊)|(?:遗书|信)(?:已经)?写好了|(?:爸|妈|爸妈|妈妈|爸爸)[,，]?对不起`,
  ].join('|'),
  'u',
);
/**
 * Session 36: more signs that it is happening now, counted like session 35's families on every labelled line of train,
 * dev and fresh that reads `high` and matches no IMMINENT_NOW piece (labelled imminent : high):
 * - not coming back ("不打算回来", "not going home"), 19 : 2;
 * - a countdown ("in an hour", "两分钟后"), 7 : 0;
 * - don't look for me ("别找我"), 8 : 0;
 * - sorry said to family ("对不起爸妈", "sorry mum", "tell her I love her"), 13 : 1;
 * - a finished note ("遗书写好了", "the note's done"), 2 : 0;
 * - before anyone comes home ("趁家里没人"), 2 : 0;
 * - tonight is the last ("就今晚", "今晚是我活着的最后一晚", "my last night alive"), 20 : 0;
 * - no tomorrow ("明天就见不到了", "won't see monday"), 2 : 0;
 * - words left to arrive later ("定时发送", "发完告别的朋友圈", "wrote letters to my kids"; not a scheduled post,
 *   which giveaways have too), 8 : 0.
 * Left out: a bare "last" (0.32), the means at hand (0.79), a pet given away (0.60), alone now (0.29), a clean change
 * of clothes (0.46), "don't stop me" (0.26), thanks for listening (8 : 0, but also how a calmer chat ends). A separate
 * pattern: added to IMMINENT_NOW, its size would make V8 slower (session 35).
 */
export const IMMINENT_NOW_MORE = new RegExp(
  [
    String.raw`不(?:会|打算|想)(?:再)?回(?:来|去)了?(?=[，,。.!！~～\s]|$)|\bnot (?:coming|going) (?:back|home)\b(?! (?:to|until|till)\b)`,
    String.raw`(?:[一二两三四五六七八九十半几\d]+个?(?:小时|分钟)(?:后|以后|之后|内)|\bin (?:an|one|two|a few|half an|\d+) (?:hour|hours|minutes|mins)\b)(?![^，,。.!?！？]{0,6}(?:再说|再看|再决定|再想|i'?ll see|we'?ll see))`,
    String.raw`别(?:来)?找我|不要(?:来)?找我|\bdon'?t (?:come )?look(?:ing)? for me\b`,
    String.raw`对不起(?:了)?(?:爸|妈|大家|你们)|(?:爸|妈|大家)[^，。,.!?]{0,4}对不起|\bsorry (?:mum|mom|dad|everyone|guys)\b|\btell (?:my|her|him) [^.!?]{0,20}i love\b`,
    String.raw`遗书[^，。,.!?]{0,4}(?:写好|写完|放在|留在)|\b(?:suicide )?note'?s? (?:is )?(?:written|done|finished|ready)\b|\bleft (?:my|a|the) note\b`,
    String.raw`趁[^，。,.!?]{0,6}(?:没人|不在|睡着|没回来)|\bbefore (?:they|anyone|she|he|my \w+) (?:get|gets|come|comes|wake|wakes) (?:home|back|up)\b`,
    String.raw`就今晚|(?:活着的|在这(?:个)?世(?:上|界)的?|我的|(?:今晚|今天|明天)(?:就)?(?:是|系))最后一(?:晚|夜|天)|\b(?:my )?last (?:night|day) (?:alive|on earth|here|ever)\b|\bmy last (?:night|day)\s*[.!]?$`,
    String.raw`(?:明天|明早)[^，。,.!?]{0,4}(?:见不到|看不到|不在了|就不在)|看不到明天|\bwon'?t (?:be here|see|make it to|wake up) (?:tomorrow|monday|morning|the morning|next week)\b`,
    String.raw`定时(?:发送|邮件|发)|(?:发|写)(?:了|完|好)(?:最后|告别)|给[^，。,.!?]{1,8}留了[^，。,.!?]{0,4}(?:信|话)|\b(?:wrote|written|left) letters? (?:for|to)\b`,
  ].join('|'),
  'u',
);
/**
 * Session 35 (round 37b): the thought said before, pointed back to ("还是那个想法", "same thoughts as before", "still feel
 * that way"): after a turn that read low, the check-in stays.
 */
export const STILL_THE_SAME_THOUGHT =
  /还是(?:那个|那种|一样的|老)想法|还是(?:那样|这样|那么|这么)想|(?:那个|这个)想法(?:还在|一直在|又来了)|\b(?:same (?:thoughts?|feelings?) (?:as )?(?:before|again|as i said)|still (?:feel|feeling|thinking) (?:that way|the same|like that)|(?:those|that|the) thoughts? (?:are|is) (?:still )?(?:back|there|here))\b/u;

/** Before an IMMINENT_NOW sign: not now ("i'm not on the roof", "上次在桥上", "that was years ago"). */
export const IMMINENT_NOW_NOT = /\b(?:not|never|wasnt|werent|no longer|used to|last (?:year|time|month)|years ago|jk|kidding|joking)\b|没有?|不是|不在|上次|以前|那年|曾经|开玩笑/u;
/**
 * Session 32: a bare time, tonight or now ("ctb tonight", "就今晚"), read with IMMINENT_NOW next to a rule's reading of
 * suicide only: not for self-harm urges alone ("the urge to cut is so strong tonight" is high) nor the model's guess.
 */
export const IMMINENT_NOW_TIME = /\b(?:tonight|tn|right now)\b|今晚(?:就)?(?:走|动手|结束|了结)|就(?:是)?今晚|(?:现在|马上)(?:就)?(?:走|动手|跳|吃)/u;
