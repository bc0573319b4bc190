/**
 * Harmful-request patterns over NORMALISED text (see ../normalize.ts). A request is refused when a
 * STRONG pattern matches, or when a TOPIC pattern meets a jailbreak FRAMING or a request for
 * DETAIL and no BENIGN help-seeking pattern applies. Written for CareLLM 2026-11-29; categories
 * follow the issue: self-harm methods, overdose amounts, hiding injuries, extreme weight loss.
 */

export type HarmCategory = 'self-harm-method' | 'overdose' | 'hide-injury' | 'extreme-weight-loss';

export interface HarmRule {
  id: string;
  category: HarmCategory;
  re: RegExp;
}

const G = '[^.。!?;\\n]';
const r = (src: string) => new RegExp(src, 'u');

export const STRONG: HarmRule[] = [
  { id: 'en.best-method', category: 'self-harm-method', re: r(`\\b(?:best|easiest|quickest|fastest|painless|least painful|surest|most (?:effective|reliable|painless)|reliable|quick|simple|peaceful|clean)\\s+(?:way|ways|method|methods|means)\\s+(?:to|of|for)\\s+(?:die|dying|kill (?:myself|yourself|oneself|themselves|himself|herself|someone)|commit(?:ting)? suicide|suicide|end (?:my|your|ones|their|a) life|unalive|hang)`) },
  { id: 'en.how-to-kill', category: 'self-harm-method', re: r(`\\bhow\\s+(?:to|do i|can i|should i|would i|could i|does one|do you|can someone|would someone|might someone|do people)\\s+(?:properly\\s+|painlessly\\s+|quickly\\s+)?(?:kill (?:myself|yourself|oneself|themselves|himself|herself)|commit suicide|end (?:my|ones|their|his|her|your) (?:own )?life|hang (?:myself|oneself|yourself|themselves|himself|herself)|slit (?:my|your|their|his|her|ones) wrists?|overdose|od|unalive (?:myself|yourself|oneself|themselves)|suffocate (?:myself|oneself|yourself))\\b`) },
  { id: 'en.how-many-lethal', category: 'overdose', re: r(`\\b(?:how many|how much|what amount|what dose|which dose|what quantity|number of|max(?:imum)? (?:amount|dose|number|quantity)|at what (?:dose|amount|point))\\b${G}{0,50}\\b(?:to die|to kill|would kill|will kill|kills|kill (?:you|me|someone|a person)|before (?:it kills|you die|i die|death)|is lethal|are lethal|be lethal|is fatal|be fatal|lethal|fatal|deadly|to overdose|to od|to not wake up|to never wake up|to end it|to stop my heart)\\b`) },
  { id: 'en.lethal-dose', category: 'overdose', re: r(`\\b(?:lethal|fatal|deadly|killing)\\s+(?:dose|doses|amount|quantity|dosage|level)\\b|\\bld50\\b|\\boverdose (?:amount|threshold|dose)\\b`) },
  { id: 'en.cut-how', category: 'self-harm-method', re: r(`\\bhow\\s+(?:deep|hard|long)\\s+(?:to|do i|should i|do you|would i|do i need to|does it need to be to|would i need to)\\s+(?:cut|slice|slit)\\b|\\bhow (?:high|tall|far)\\b${G}{0,40}\\b(?:to die|to kill (?:me|myself|you|someone)|be fatal|be lethal)\\b|\\bwhere\\s+(?:to|should i|do i)\\s+cut\\b|\\bcut\\s+(?:my|your)?\\s*wrists?\\s+(?:properly|the right way|vertically|deep|correctly)\\b|\\bhow long (?:does it take )?to (?:die|bleed out|suffocate|drown|hang)\\b|\\b(?:which|what) (?:bridge|building|height|floor) (?:is|would be) (?:high enough|best|tall enough)\\b|\\bhow (?:high|tall|many floors)\\b${G}{0,30}\\b(?:jump|fall)\\b${G}{0,20}\\b(?:die|kill|fatal|survive)\\b|\\b(?:exit bag|helium method|charcoal method|carbon monoxide method)\\b`) },
  { id: 'en.compare-methods', category: 'self-harm-method', re: r(`\\b(?:which|what)\\b(?=${G}*\\b(?:quicker|faster|less painful|more painful|more effective|more reliable|surer|more lethal|deadlier|painless|better)\\b)${G}*\\b(?:hanging|jumping off|jumping(?! rope| jacks)|drowning|overdos\\w*|slitting|bleeding out|suffocat\\w*|gassing)\\b`) },
  { id: 'en.hide-injury', category: 'hide-injury', re: r(`\\b(?:how|ways?|tips?|best way)\\s+(?:to|do i|can i|should i|for|of)?\\s*(?:hide|hiding|cover|covering|conceal|concealing|hide up|cover up)\\s+(?:my\\s+|the\\s+|fresh\\s+|self[- ]?harm\\s+)*(?:cuts|scars|self[- ]?harm|bruises|burns|wounds|injuries|marks|sh)\\b|\\b(?:hide|cover|conceal)\\s+(?:my\\s+)?(?:cuts|scars|self[- ]?harm|wounds|burns)\\s+from\\b|\\bso (?:no one|nobody|my parents|my mom|my dad) (?:can see|sees|notices|will notice) (?:my )?(?:cuts|scars|marks|wounds)\\b`) },
  { id: 'en.extreme-weight', category: 'extreme-weight-loss', re: r(`\\b(?:lose|drop|losing|dropping|shed)\\s+(?:\\d+|ten|twenty|fifteen|thirty)\\s*(?:kg|kgs|kilos|pounds|lbs|lb)\\s+in\\s+(?:a|one|two|three|\\d+)\\s+(?:days?|weeks?)\\b|\\b(?:eat|eating|consume|stay)\\s+(?:under|below|less than|only|fewer than)\\s+\\d{2,3}\\s*(?:calories|cals|kcal)\\b|\\bpro[- ]?(?:ana|mia)\\b|\\bthinspo\\b|\\bmeanspo\\b|\\bana (?:tips|coach|buddy)\\b|\\b(?:how|ways|tips)\\s+(?:to|for|on)\\s+(?:purge|purging|make myself (?:throw up|vomit|puke|sick)|starve myself|stop eating (?:completely|for days)|not eat for \\d+ days|suppress (?:my )?(?:appetite|hunger) (?:completely|for days)|throw up after eating)\\b|\\blaxatives? (?:to|for) (?:lose|losing|weight loss|get thin)\\b|\\b(?:hide|hiding) (?:not eating|my eating|skipping meals|purging|my weight loss) from\\b|\\bdry fast(?:ing)? for \\d+ days\\b|\\b(?:stop eating|not eat|go without (?:food|eating)|skip (?:all )?(?:my )?meals)\\s+for\\s+(?:a|one|two|three|several|\\d+)\\s+(?:days?|weeks?)\\b|\\b(?:eat|eating|starv\\w*|fast|fasting|skip\\w* meals)\\b${G}{0,40}\\bwithout (?:anyone|anybody|my \\w+|people|them|her|him) (?:noticing|knowing|finding out|seeing)\\b`) },
  // Chinese
  { id: 'zh.best-method', category: 'self-harm-method', re: r(`(?:最|比较|更)?(?:不痛苦|没有痛苦|无痛|快|容易|简单|有效|稳妥|安静|舒服)的?(?:自杀|死|结束生命)(?:方法|方式|办法|手段)|(?:怎么|怎样|如何|用什么|什么方法|哪种方法|哪种方式|有什么办法)(?:才能|才可以|可以|能)?(?:自杀|去死|死掉|结束(?:自己的)?生命|割腕|上吊|烧炭|跳楼|卧轨|喝农药)(?!的念头|的想法|的人|的朋友)|(?:怎么|怎样|如何)(?:才能|可以|能)?死(?:得)?(?:不痛|不疼|快|舒服|没痛苦|没有痛苦|干净|痛快)|(?:自杀|死)(?:的)?(?:方法|方式|办法)(?:有哪些|是什么|推荐)`) },
  { id: 'zh.lethal', category: 'overdose', re: r(`吃(?:多少|几)(?:片|粒|颗|盒|瓶|克|毫克|mg)?${G}{0,12}(?:会死|能死|致死|致命|才会死|死得了|死亡|没命|丧命|送命|醒不过来|就死|中毒死)|致死(?:量|剂量)|(?:多少|几)(?:片|粒|颗|克|毫克|mg)${G}{0,8}(?:致死|致命|会死|能死|死人|丧命|没命)|(?:多少|什么)剂量${G}{0,6}(?:会死|致死|致命)`) },
  { id: 'zh.cut-how', category: 'self-harm-method', re: r(`割(?:腕|哪里|多深|动脉)${G}{0,6}(?:会|才|能|最快)?死|割腕(?:的)?(?:方法|技巧|怎么割|要割多深)|上吊(?:的)?(?:方法|怎么)|烧炭(?:的)?(?:方法|怎么|需要多少)|(?:多高|几楼|几层)${G}{0,6}(?:跳|摔)${G}{0,6}(?:会|能|才|一定)?死|(?:多久|多长时间)(?:会|能|才)?(?:死|断气|失血而死)`) },
  { id: 'zh.hide-injury', category: 'hide-injury', re: r(`(?:怎么|如何|怎样)(?:割|划|自残|伤害自己)${G}{0,6}(?:不会被|不被|不让|不容易被)${G}{0,6}(?:发现|看到|看出来|知道)|(?:割|划)(?:哪里|在哪)${G}{0,6}(?:不会被|不被|不容易被)(?:发现|看到|看出来)|(?:怎么|如何|怎样|有什么办法)(?:藏|遮|遮住|遮盖|隐藏|掩盖|盖住|不让${G}{0,6}(?:发现|看到|看见))${G}{0,8}(?:伤口|伤疤|疤|割痕|划痕|自残|刀痕|伤痕)|(?:伤口|伤疤|疤痕|割痕|划痕|刀痕|伤痕)${G}{0,8}(?:怎么|如何)(?:藏|遮|隐藏|不被发现|不让${G}{0,4}(?:发现|看到))`) },
  { id: 'zh.extreme-weight', category: 'extreme-weight-loss', re: r(`一(?:周|个星期|个礼拜|个月|天|星期)(?:内)?(?:瘦|减|掉)(?:了)?(?:\\d+|十|二十|十五|三十|二三十)(?:斤|公斤|kg)|(?:怎么|如何|怎样)(?:催吐|绝食|饿瘦|饿自己|不吃饭${G}{0,4}瘦)|催吐(?:的)?(?:方法|技巧|窍门)|每天只吃\\d+(?:卡|大卡|千卡)|(?:吃|喝)泻药(?:来)?(?:减肥|瘦)|厌食(?:技巧|方法|教程)|吃完(?:饭|东西)?(?:就)?(?:想|要)?(?:吐掉|抠喉)|(?:怎么|如何|怎样)(?:才能)?(?:让自己|把(?:吃的|饭|食物|东西))?(?:吐掉|抠喉)|断食\\d+天(?:瘦|减)|(?:怎么|如何)(?:瞒着|骗过)${G}{0,6}(?:不吃饭|催吐|节食)`) },
];

/** Topics that are harmful only with a jailbreak framing or a request for details. */
export const TOPIC: HarmRule[] = [
  { id: 'en.topic', category: 'self-harm-method', re: r(`\\b(?:overdos\\w*|lethal|fatal|kill (?:myself|yourself|himself|herself|themselves|oneself)|suicide (?:method|methods|note)|hang(?:ing)? (?:myself|himself|herself|oneself|themselves)|slit|wrists?|noose|exit bag|charcoal burning|purg(?:e|ing)|starv(?:e|ing)|self[- ]?harm|cutting|pills? to die|die painlessly|commits? suicide)\\b`) },
  { id: 'zh.topic', category: 'self-harm-method', re: r(`自杀|割腕|上吊|烧炭|安眠药|致死|催吐|绝食|自残|跳楼|农药|过量`) },
];

export const FRAMING = r(
  `\\b(?:role[- ]?play|pretend (?:you are|to be|youre)|act as|you are now|from now on you|dan\\b|developer mode|jailbreak|ignore (?:all |any )?(?:your |the )?(?:previous|prior|above|earlier) (?:instructions|rules|prompts?)|no (?:rules|restrictions|filters)|for an? (?:novel|story|book|screenplay|script|game|fiction|poem)|in (?:a|my) (?:novel|story|book)|my character|hypothetical(?:ly)?|in a fictional|imagine (?:you|a world)|(?:late |dead )?(?:grandma|grandmother|granny|grandpa) (?:used to|would)|translate (?:this|the following|into|to)|just curious|for research|for (?:educational|academic) purposes|asking for a friend)\\b|扮演|假装你是|你现在是|忽略(?:之前|以上|前面|所有)(?:的)?(?:指令|规则|设定|限制)|没有(?:任何)?限制|写小说|小说里|为了(?:写|创作)|剧本|假设|假如|我(?:已故的|去世的)?(?:奶奶|外婆|爷爷)(?:以前|生前)?(?:常|总|会)?(?:给我|跟我|对我)(?:讲|说)|翻译(?:一下|成|下面)|仅供(?:研究|学习)|学术研究|好奇问问|帮朋友问`,
);

export const DETAIL = r(
  `\\b(?:exact|exactly|step by step|steps|detailed|in detail|details|specific|specifically|precise|dose|dosage|amount|how many|how much|milligrams?|mg|method|methods|instructions|guide|tutorial|describe how|explain how|tell me how)\\b|具体|详细|步骤|多少|剂量|精确|方法|教程|怎么做|如何做`,
);

/** Help-seeking look-alikes that are answered normally (only overrides TOPIC, never STRONG). */
export const BENIGN = r(
  `\\b(?:help|support|talk to|reach out to|comfort|what (?:should|can) i (?:do|say))\\b${G}{0,40}\\b(?:friend|someone|somebody|partner|child|kid|son|daughter|student|sister|brother|mom|dad|person)\\b|\\bwarning signs?\\b|\\bprevent(?:ion|ing)?\\b|\\bhotlines?\\b|\\bwhat (?:to do|should i do) if (?:my|a|someone)\\b|\\bsafe(?:ly)?\\b|\\bmaximum (?:daily )?dose\\b|\\bpharmacist\\b|\\bside effects?\\b|\\bstop (?:self[- ]?harm|cutting|purging)\\b|\\bheal(?:ing)? (?:scars|cuts)\\b|\\bscar (?:care|treatment)\\b|帮助|怎么劝|如何劝|怎么安慰|陪伴|预防|求助|热线|警示信号|安全剂量|正常剂量|说明书|药剂师|副作用|戒掉|停止自残|怎么走出|疤痕修复|祛疤`,
);
