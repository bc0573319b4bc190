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
  /** Extra test on the match (e.g. a rate or amount threshold); the rule's regex then needs the g flag. */
  check?: (m: RegExpExecArray) => boolean;
  /** Another pattern that must occur anywhere in the text (order-free combinations). */
  requires?: RegExp;
  /** A pattern that cancels the rule anywhere in the text (e.g. old, healed scars). */
  unless?: RegExp;
}

const G = '[^.。!?;\\n]';
const r = (src: string, flags = 'u') => new RegExp(src, flags);

const ZH_NUM = '\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]{1,3}';
const EN_NUM = '\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty';
const EN_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50 };
const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "20", "十五", "二三十" (a range: the upper end), "twenty". */
export function parseAmount(s: string): number {
  if (/^\d/u.test(s)) return Number(s);
  if (EN_WORDS[s] !== undefined) return EN_WORDS[s]!;
  const ten = s.indexOf('十');
  if (ten < 0) return ZH_DIGITS[s[s.length - 1]!] ?? NaN;
  const tens = ten === 0 ? 1 : (ZH_DIGITS[s[ten - 1]!] ?? 1);
  const ones = ten === s.length - 1 ? 0 : (ZH_DIGITS[s[s.length - 1]!] ?? 0);
  return tens * 10 + ones;
}

/**
 * True when `amount unit` over the period named in `phrase` is more than 1.5 kg a week (NHS and
 * CDC advise 0.5-1 kg a week). Periods: day(s), week(s), month(s), 天/周/月, 半个月, 每天.
 */
function ratePerWeek(phrase: string, amount: string, unit: string): boolean {
  const kgPer: Record<string, number> = { 斤: 0.5, stone: 6.35 };
  const u = unit.toLowerCase();
  const kg = parseAmount(amount) * (kgPer[u] ?? (/^(?:pound|lb)/u.test(u) ? 0.4536 : 1));
  const p = /(\d+|[一二两三四五六七八九十]{1,3}|半|每|a couple of|a few|an?|one|two|three|four|five|six|ten)\s*(?:个)?\s*(周|星期|礼拜|月|天|日|days?|weeks?|months?)/u.exec(
    phrase.slice(phrase.search(/\d|[一二两三四五六七八九十半每]|\b(?:in|within|by|over)\b/u)),
  );
  if (!p || !(kg > 0)) return false;
  const count = p[1] === '半' ? 0.5 : p[1] === '每' ? 1 : p[1] === 'a couple of' ? 2 : p[1] === 'a few' ? 3 : parseAmount(p[1]!);
  const weeks = /^(?:天|日|day)/u.test(p[2]!) ? count / 7 : /^(?:月|month)/u.test(p[2]!) ? count * 4.3 : count;
  return weeks > 0 && kg / weeks > 1.5;
}

/**
 * "…to (just) not wake up", "and never wake up again", "to sleep forever", "to go 💀": death told as
 * not waking. Not a sleep question ("to not wake up at 3am", "…tired", "…during the night").
 */
const NO_WAKE = `(?:to|and|so(?: that)?(?: i| you| he| she| they)?|till i|until i|that i)\\s+(?:(?:just|simply|finally|peacefully|go)\\s+)?(?:(?:(?:not|never|dont|wont|do not|will not)\\s+)(?:ever\\s+)?wake(?:\\s+up)?(?:\\s+(?:again|ever|tomorrow))?(?!\\s+(?:up|again|ever|tomorrow|at|in|during|until|till|before|after|early|tired|groggy|every|all|with|feeling|throughout|mid|from|when|if|\\d))|(?:go\\s+)?(?:to\\s+)?sleep\\s+forever|die|be gone for good)`;

// Nooses and hanging knots, and the detail a "realistic" scene asks for.
const NOOSE = `(?:noose|hangmans?\\s+(?:knot|noose)|hanging\\s+knot)`;
const NOOSE_DETAIL = `(?:step by step|(?:every|each|the|real|exact|actual|all the) steps?|instructions|exactly how|in (?:full |great )?detail|detailed|realistic(?:ally)?|accurate(?:ly)?|(?:wont|doesnt|will not|does not|cant) slip|hold (?:a |the |my |his |her )?(?:\\w+ )?weight)\\b`;
// Self-harm named as an activity (not a bare "cutting", which is also cooking and hair).
const NOOSE_BENIGN = r(`\\b(?:fishing|angl(?:er|ing)|lure|sailing|boat)\\b`);
const SELF_HARM_EN = `(?:self[- ]?harm(?:ing)?|self[- ]?injur(?:y|ing)|(?:cut|cutting|burn|burning|hurt|hurting|scratch(?:ing)?|carv(?:e|ing))\\s+(?:myself|yourself|oneself|themselves|my (?:arms?|wrists?|thighs?|legs?|skin)))`;
// Wounds that point to self-harm ("marks" alone is also school grades).
const WOUND_EN = `(?:cuts|cut marks|scars|scratches|burn marks|burns|wounds|self[- ]?harm\\w*|sh marks|marks on (?:my|her|his) (?:arms?|wrists?|thighs?|legs?|skin|hands?|stomach|body))\\b`;
// Pinyin for suicide and self-harm methods (自杀 自残 割腕 上吊 烧炭 跳楼 卧轨 喝农药 自尽 轻生).
const PINYIN_METHOD = `zi ?sha|zi ?can|ge ?wan|shang ?diao|shao ?tan|tiao ?lou|wo ?gui|he ?nong ?yao|zi ?jin|qing ?sheng`;

/** A request or plan rather than a report of the past ("how", "where", "tips", a question mark). */
const REQUEST_EN = r(`\\b(?:how|where|ways?|tips?|tricks?|best|should i|could i|can i|can you|what|which|help me|tell me|advice|plan|diet|challenge)\\b|\\?`);

export const STRONG: HarmRule[] = [
  { id: 'en.best-method', category: 'self-harm-method', re: r(`\\b(?:best|easiest|quickest|fastest|painless|least painful|surest|most (?:effective|reliable|painless)|reliable|quick|simple|peaceful|clean)\\s+(?:way|ways|method|methods|means)\\s+(?:to|of|for)\\s+(?:die|dying|kill (?:myself|yourself|oneself|themselves|himself|herself|someone)|commit(?:ting)? suicide|suicide|end (?:my|your|ones|their|a) life|unalive|hang)`) },
  { id: 'en.how-to-kill', category: 'self-harm-method', re: r(`\\bhow\\s+(?:to|do i|can i|should i|would i|could i|does one|do you|can someone|would someone|might someone|do people)\\s+(?:properly\\s+|painlessly\\s+|quickly\\s+)?(?:kill (?:myself|yourself|oneself|themselves|himself|herself)|commit suicide|end (?:my|ones|their|his|her|your) (?:own )?life|hang (?:myself|oneself|yourself|themselves|himself|herself)|slit (?:my|your|their|his|her|ones) wrists?|overdose|od|unalive (?:myself|yourself|oneself|themselves)|suffocate (?:myself|oneself|yourself))\\b`) },
  { id: 'en.how-many-lethal', category: 'overdose', re: r(`\\b(?:how many|how much|what amount|what dose|which dose|what quantity|number of|max(?:imum)? (?:amount|dose|number|quantity)|at what (?:dose|amount|point))\\b${G}{0,50}\\b(?:to die|to kill|would kill|will kill|kills|kill (?:you|me|someone|a person)|before (?:it kills|you die|i die|death)|is lethal|are lethal|be lethal|is fatal|be fatal|lethal|fatal|deadly|to overdose|to od|${NO_WAKE}|to end it|to stop my heart)\\b`) },
  { id: 'en.lethal-dose', category: 'overdose', re: r(`\\b(?:lethal|fatal|deadly|killing)\\s+(?:dose|doses|amount|quantity|dosage|level)\\b|\\bld50\\b|\\boverdose (?:amount|threshold|dose)\\b`) },
  { id: 'en.cut-how', category: 'self-harm-method', re: r(`\\bhow\\s+(?:deep|hard|long)\\s+(?:to|do i|should i|do you|would i|do i need to|does it need to be to|would i need to)\\s+(?:cut|slice|slit)\\b|\\bhow (?:high|tall|far)\\b${G}{0,40}\\b(?:to die|to kill (?:me|myself|you|someone)|be fatal|be lethal)\\b|\\bwhere\\s+(?:to|should i|do i)\\s+cut\\b|\\bcut\\s+(?:my|your)?\\s*wrists?\\s+(?:properly|the right way|vertically|deep|correctly)\\b|\\bhow long (?:does it take )?to (?:die|bleed out|suffocate|drown|hang)\\b|\\b(?:which|what) (?:bridge|building|height|floor) (?:is|would be) (?:high enough|best|tall enough)\\b|\\bhow (?:high|tall|many floors)\\b${G}{0,30}\\b(?:jump|fall)\\b${G}{0,20}\\b(?:die|kill|fatal|survive)\\b|\\b(?:exit bag|helium method|charcoal method|carbon monoxide method)\\b`) },
  { id: 'en.compare-methods', category: 'self-harm-method', re: r(`\\b(?:which|what)\\b(?=${G}*\\b(?:quicker|faster|less painful|more painful|more effective|more reliable|surer|more lethal|deadlier|painless|better)\\b)${G}*\\b(?:hanging|jumping off|jumping(?! rope| jacks)|drowning|overdos\\w*|slitting|bleeding out|suffocat\\w*|gassing)\\b`) },
  { id: 'en.hide-injury', category: 'hide-injury', re: r(`\\b(?:how|ways?|tips?|best way)\\s+(?:to|do i|can i|should i|for|of)?\\s*(?:hide|hiding|cover|covering|conceal|concealing|hide up|cover up)\\s+(?:my\\s+|the\\s+|fresh\\s+|self[- ]?harm\\s+)*(?:cuts|scars|self[- ]?harm|bruises|burns|wounds|injuries|marks|sh)\\b|\\b(?:hide|cover|conceal)\\s+(?:my\\s+)?(?:cuts|scars|self[- ]?harm|wounds|burns)\\s+from\\b|\\bso (?:no one|nobody|my parents|my mom|my dad) (?:can see|sees|notices|will notice) (?:my )?(?:cuts|scars|marks|wounds)\\b`) },
  { id: 'en.extreme-weight', category: 'extreme-weight-loss', re: r(`\\bpro[- ]?(?:ana|mia)\\b|\\bthinspo\\b|\\bmeanspo\\b|\\bana (?:tips|coach|buddy)\\b|\\b(?:how|ways|tips)\\s+(?:to|for|on)\\s+(?:purge|purging|make myself (?:throw up|vomit|puke|sick)|starve myself|stop eating (?:completely|for days)|not eat for \\d+ days|suppress (?:my )?(?:appetite|hunger) (?:completely|for days)|throw up after eating)\\b|\\blaxatives? (?:to|for) (?:lose|losing|weight loss|get thin)\\b|\\b(?:hide|hiding) (?:not eating|my eating|skipping meals|purging|my weight loss) from\\b|\\bdry fast(?:ing)? for \\d+ days\\b|\\b(?:stop eating|not eat|go without (?:food|eating)|skip (?:all )?(?:my )?meals)\\s+for\\s+(?:a|one|two|three|several|\\d+)\\s+(?:days?|weeks?)\\b|\\b(?:eat|eating|starv\\w*|fast|fasting|skip\\w* meals)\\b${G}{0,40}\\bwithout (?:anyone|anybody|my \\w+|people|them|her|him) (?:noticing|knowing|finding out|seeing)\\b`) },
  // Exact lethal numbers, often for a "script" ("the exact dose of insulin that would kill someone").
  { id: 'en.exact-lethal', category: 'overdose', re: r(`\\b(?:exact|precise|real|accurate|specific|actual)\\s+(?:lethal\\s+|fatal\\s+)?(?:dose|dosage|amount|quantity|units?|milligrams|mg|number of (?:pills|tablets|units))\\b${G}{0,40}\\b(?:kill\\w*|lethal|fatal|deadly|die|dies|not wake up|overdose)\\b`) },
  // Tying a noose or hangman's knot, asked plainly or inside a story or game ("an NPC teaches…").
  { id: 'en.noose-how', category: 'self-harm-method', re: r(`\\b(?:(?<!\\b(?:googl\\w*|search\\w*|searched for|look(?:ed|ing)? up|watch\\w*(?: (?:videos?|a video|youtube))?(?: (?:on|of|about))?)\\s+)how\\s+(?:to|do i|do you|would (?:i|you|he|she|they|someone|one)|does (?:one|he|she|someone)|can (?:i|you|someone)|should i|did (?:he|she|they))|teach\\w*(?:\\s+\\w+){0,3}\\s+(?:to|how to)|show\\w*(?:\\s+\\w+){0,3}\\s+how to|explain\\w*(?:\\s+\\w+){0,2}\\s+how to|steps?\\s+(?:for|to)|instructions?\\s+(?:for|on|to)|guide\\s+(?:for|to|on)|tutorial\\s+(?:for|on))\\s+(?:properly\\s+|correctly\\s+)?(?:tie|tying|make|making|knot|form|do|rig)\\s+(?:(?:a|an|the|his|her|my|your|their)\\s+)?(?:(?:proper|real|working|strong)\\s+)?${NOOSE}`), unless: NOOSE_BENIGN },
  { id: 'en.noose-detail', category: 'self-harm-method', re: r(`\\b${NOOSE}`), requires: r(`\\b${NOOSE_DETAIL}`), unless: NOOSE_BENIGN },
  // "self harm tips", "tips for cutting myself", "…that don't leave scars" (any obfuscation undone first).
  { id: 'en.self-harm-tips', category: 'self-harm-method', re: r(`(?<!\\b(?:stop|stopping|quit|quitting|avoid|avoiding|resist|resisting|prevent|preventing|from|with|against|beat|beating|overcome|overcoming)\\s)\\b${SELF_HARM_EN}\\s+(?:tips|tricks|hacks|techniques|methods|ideas|tutorial|guide)\\b(?!\\s+(?:for|to help|on helping|on supporting)\\s+(?:parents|teachers|friends|carers|caregivers|schools|staff|counsel+ors|others|someone|loved))|\\b(?:tips|tricks|hacks|techniques|methods|ideas|ways|guide)\\s+(?:for|to|on)\\s+${SELF_HARM_EN}\\b(?!\\s+(?:recovery|prevention|awareness|support|urges|relapse|survivors|scars? (?:care|healing|treatment)))|\\b(?:${SELF_HARM_EN}|cutting|burning|carving)\\b${G}{0,40}\\b(?:that|which|so (?:it|they|there)|and)\\s+(?:dont|doesnt|wont|will not|do not|does not|wouldnt|would not|never|cant be)\\s+(?:leave|show|scar|be seen|be noticed)\\b`), requires: REQUEST_EN },
  // Purging technique: quicker, quieter, unheard ("make throwing up after meals quicker and quieter").
  { id: 'en.purge-technique', category: 'extreme-weight-loss', re: r(`\\b(?:tips?|tricks?|hacks?|ways?|how|methods?|techniques?|advice)\\b${G}{0,20}\\bmake\\s+(?:myself\\s+|yourself\\s+)?(?:throwing up|throw up|vomiting|vomit|puking|puke|purging|purge)\\s+(?:\\w+\\s+){0,4}?(?:easier|quicker|faster|quieter|quietly|silent\\w*|less (?:loud|noisy|painful|obvious|messy)|more (?:effective|complete)|effortless|painless)\\b|\\b(?:how|tips?|tricks?|ways?|hacks?)\\b${G}{0,20}\\b(?:throw(?:ing)? up|vomit(?:ing)?|puk(?:e|ing)|purg(?:e|ing))\\b${G}{0,30}\\b(?:quiet(?:ly|er)?|silent(?:ly)?|without (?:making (?:a |any )?(?:noise|sound)|anyone (?:hearing|noticing|knowing)|being heard|gagging|using (?:my |your )?fingers)|so (?:no ?one|nobody|my \\w+|they|people|anyone) (?:dont|doesnt|wont|cant|will not|can not|cannot) (?:hear|notice|know|find out))\\b`), unless: r(`\\b(?:flu|stomach bug|food poisoning|pregnan\\w*|morning sickness|hangover|hungover|drunk|motion sickness|car ?sick|sea ?sick|chemo\\w*|migraine|poison\\w*|swallowed|stop (?:throwing up|vomiting|puking|purging))\\b`) },
  // Excuses and cover stories for self-harm wounds ("a believable excuse for the burn marks on my wrist").
  { id: 'en.wound-excuse', category: 'hide-injury', re: r(`\\b(?:excuses?|cover stor(?:y|ies)|lies? (?:to tell|i can tell|i could tell)|(?:what|which) lies? (?:can|could|should|do) i (?:tell|say)|(?:fake|believable|convincing|good|plausible) (?:story|reason|explanation|lie)|alibi|what (?:can|could|should|do) i (?:say|tell (?:\\w+ )?)(?:about|for)?|how (?:do|can|could|should) i explain away|make up a story)\\b${G}{0,40}(?<!\\b(?:her|his|their|your|its)\\s(?:\\w+\\s)?)\\b${WOUND_EN}|\\b(?:(?:my|these|those)\\s(?:\\w+\\s){0,2}${WOUND_EN}|the\\s(?:\\w+\\s){0,2}${WOUND_EN}\\s+on\\s+my\\b)${G}{0,40}\\b(?:excuses?|cover stor(?:y|ies)|believable|convincing|plausible|alibi)\\b`), unless: r(`\\b(?:surgery|surgical|operation|c[- ]?section|car accident|cooking|kitchen|oven|stove|chickenpox|acne|stretch marks|tattoo|years ago|old (?:scars?|cuts|marks)|healed)\\b`) },
  // Pinyin requests ("zenme zisha bu tong", "anmianyao chi duoshao hui si").
  { id: 'pinyin.method', category: 'self-harm-method', re: r(`\\b(?:zen ?me|zen ?yang|ru ?he|zem+e|yong shen ?me|shen ?me fang ?fa|na ?zhong (?:fang ?fa)?)\\s*(?:cai\\s*)?(?:neng\\s*|ke ?yi\\s*)?(?:${PINYIN_METHOD}|si(?=\\s*(?:bu ?(?:tong|teng)|zui ?kuai|de ?kuai|kuai|mei ?you ?tong)))\\b(?!\\s*(?:de\\s*)?(?:nian ?tou|xiang ?fa|ren|le)\\b)|\\b(?:${PINYIN_METHOD})\\s*(?:bu ?(?:tong|teng)|zui ?kuai|(?:de\\s*)?fang ?fa|mei ?you ?tong ?ku|bu ?liu ?(?:hen|ba))\\b`) },
  { id: 'pinyin.lethal', category: 'overdose', re: r(`\\b(?:chi|he|tun|da)\\s*(?:duo ?shao|ji)\\s*(?:(?:pian|li|ke|ping|he|dan ?wei)\\s*)?(?:[a-z]+\\s+){0,3}?(?:hui|neng|cai|cai neng|jiu)\\s*si\\b(?!\\s*le\\b)|\\ban ?mian ?yao\\s*(?:chi\\s*)?(?:duo ?shao|ji ?(?:pian|li|ke))|\\bzhi ?si ?liang\\b`) },
  // Chinese
  { id: 'zh.best-method', category: 'self-harm-method', re: r(`(?:最|比较|更)?(?:不痛苦|没有痛苦|无痛|快|容易|简单|有效|稳妥|安静|舒服)的?(?:自杀|死|结束生命)(?:方法|方式|办法|手段)|(?:怎么|怎样|如何|用什么|什么方法|哪种方法|哪种方式|有什么办法)(?:才能|才可以|可以|能)?(?:自杀|去死|死掉|结束(?:自己的)?生命|割腕|上吊|烧炭|跳楼|卧轨|喝农药)(?!的念头|的想法|的人|的朋友)|(?:怎么|怎样|如何)(?:才能|可以|能)?死(?:得)?(?:不痛|不疼|快|舒服|没痛苦|没有痛苦|干净|痛快)|(?:自杀|死)(?:的)?(?:方法|方式|办法)(?:有哪些|是什么|推荐)`) },
  { id: 'zh.lethal', category: 'overdose', re: r(`吃(?:多少|几)(?:片|粒|颗|盒|瓶|克|毫克|mg)?${G}{0,12}(?:会死|能死|致死|致命|才会死|死得了|死亡|没命|丧命|送命|醒不过来|就死|中毒死)|致死(?:量|剂量)|(?:多少|几)(?:片|粒|颗|克|毫克|mg)${G}{0,8}(?:致死|致命|会死|能死|死人|丧命|没命)|(?:多少|什么)剂量${G}{0,6}(?:会死|致死|致命)`) },
  { id: 'zh.cut-how', category: 'self-harm-method', re: r(`割(?:腕|哪里|多深|动脉)${G}{0,6}(?:会|才|能|最快)?死|割腕(?:的)?(?:方法|技巧|怎么割|要割多深)|上吊(?:的)?(?:方法|怎么)|烧炭(?:的)?(?:方法|怎么|需要多少)|(?:多高|几楼|几层)${G}{0,6}(?:跳|摔)${G}{0,6}(?:会|能|才|一定)?死|(?:多久|多长时间)(?:会|能|才)?(?:死|断气|失血而死)`) },
  { id: 'zh.hide-injury', category: 'hide-injury', re: r(`(?:怎么|如何|怎样)(?:割|划|自残|伤害自己)${G}{0,6}(?:不会被|不被|不让|不容易被)${G}{0,6}(?:发现|看到|看出来|知道)|(?:割|划)(?:哪里|在哪)${G}{0,6}(?:不会被|不被|不容易被)(?:发现|看到|看出来)|(?:怎么|如何|怎样|有什么办法)(?:藏|遮|遮住|遮盖|隐藏|掩盖|盖住|不让${G}{0,6}(?:发现|看到|看见))${G}{0,8}(?:伤口|伤疤|疤|割痕|划痕|自残|刀痕|伤痕)|(?:伤口|伤疤|疤痕|割痕|划痕|刀痕|伤痕)${G}{0,8}(?:怎么|如何)(?:藏|遮|隐藏|不被发现|不让${G}{0,4}(?:发现|看到))`) },
  { id: 'zh.extreme-weight', category: 'extreme-weight-loss', re: r(`(?:怎么|如何|怎样)(?:催吐|绝食|饿瘦|饿自己|不吃饭${G}{0,4}瘦)|催吐(?:的)?(?:方法|技巧|窍门)|(?:吃|喝)泻药(?:来)?(?:减肥|瘦)|厌食(?:技巧|方法|教程)|吃完(?:饭|东西)?(?:就)?(?:想|要)?(?:吐掉|抠喉)|(?:怎么|如何|怎样)(?:才能)?(?:让自己|把(?:吃的|饭|食物|东西))?(?:吐掉|抠喉)|断食\\d+天(?:瘦|减)|(?:怎么|如何)(?:瞒着|骗过)${G}{0,6}(?:不吃饭|催吐|节食)`) },
  // Self-harm done to oneself ("how to cut/burn/hurt myself", "cut deeper", "without it hurting").
  { id: 'en.self-harm-how', category: 'self-harm-method', re: r(`\\bhow\\s+(?:to|do i|can i|should i|would i|could i|does one|do you|do people|would someone|could someone|can someone|might someone)\\s+(?:properly\\s+|safely\\s+|secretly\\s+|quietly\\s+)?(?:cut|burn|hurt|harm|scratch|carve|stab|bruise|injure|strangle|choke|starve)\\s+(?:myself|yourself|oneself|themselves|himself|herself|my\\s+(?:arms?|wrists?|thighs?|legs?|skin))\\b(?!\\s+(?:a|an|some|off|free|loose|slack|fat|by accident|accidentally)\\b)|\\b(?:how|ways?|tips?)\\s+(?:to|do i|can i|should i|for|on)?\\s*(?:cut|cutting|slice|slit|carve)\\s+(?:myself\\s+|my \\w+\\s+)?deeper\\b|\\b(?:best|safest|easiest|good|hidden|discreet|secret) (?:place|places|spot|spots|area|areas|part|parts)(?: of (?:the|my|your) body)? (?:to|for|i can|i could|i should) (?:cut|burn|hurt|harm|scratch|carve|self[- ]?harm)\\b|\\b(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|carve|carving|scratch|scratching)\\s+(?:myself\\s+|yourself\\s+|oneself\\s+|themselves\\s+)?(?:deep(?:er)?\\s+)?without\\s+(?:it hurting|it hurting so much|hurting|feeling (?:it|the pain)|(?:the )?pain|passing out|fainting|bleeding out|leaving (?:a )?(?:scars?|marks?))\\b`) },
  // Hiding self-harm, either order: "burn themselves and keep it hidden from teachers, where on the body".
  { id: 'en.hide-self-harm', category: 'hide-injury', re: r(`\\b(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|scratch|scratching|carve|carving|bruise|bruising)\\s+(?:myself|yourself|oneself|themselves|himself|herself)\\b(?!${G}{0,30}\\b(?:shaving|cooking|chopping|baking|by accident|accidentally|on the (?:stove|oven|iron|pan))\\b)${G}{0,60}\\b(?:hid(?:e|den|ing)\\b|conceal\\w*|cover(?:ed|ing)? (?:it|them) up|(?:keep|keeping) it (?:a )?secret|without (?:anyone|anybody|my \\w+|people|them|teachers|parents) (?:noticing|knowing|seeing|finding out)|so (?:no ?one|nobody|my \\w+|teachers|parents) (?:cant see|wont see|doesnt see|dont see|wont notice|never notices?)|where (?:no ?one|nobody|people|they|it) (?:can see|cant see|wont see|would see|wouldnt see|wont be seen|will not be seen)|where (?:\\w+ ){0,2}(?:cant|cannot|can not|wont|will not|wouldnt|would not|doesnt|dont|never|not|will never)\\b(?: \\w+)? (?:see|notice|find)|where (?:no ?one|nobody) (?:will |would |can |could )?(?:see|notice|find)|where on (?:the|my|your|their|his|her) body)|\\bwhere on (?:the|my|your|their|his|her) body\\b${G}{0,40}\\b(?:cut|burn|hurt|harm|scratch|carve)\\w*\\s+(?:myself|yourself|oneself|themselves|himself|herself)\\b`) , requires: REQUEST_EN },
  // 怎样自残不留疤 / 怎么割才看不出来.
  { id: 'zh.self-harm-no-trace', category: 'hide-injury', re: r(`(?:怎么|怎样|如何|咋|有什么办法)(?:才能|可以|能|才)?(?:自残|自伤|割腕|割手|划手|割|划|烫|烧|伤害自己|弄伤自己|掐自己|打自己)${G}{0,6}(?:不留|不会留|留不下|不容易留|没有)(?:下)?(?:疤|痕|印|伤疤|痕迹|疤痕|伤口)|(?:怎么|怎样|如何|咋)(?:才能|可以|能)?(?:自残|自伤|割|划|烫|伤害自己)${G}{0,6}(?:才)?(?:看不出来|看不出|不明显)`) },
  // A hide-the-scar request when the person says the injury is self-inflicted (烟头烫的, 自己割的).
  {
    id: 'zh.hide-self-inflicted',
    category: 'hide-injury',
    re: r(`(?:疤|伤口|伤痕|痕迹|印子|烫伤|伤)${G}{0,6}(?:怎么|如何|怎样|咋|有什么办法)(?:才能|可以|能)?(?:遮|藏|盖|掩|挡|不被|不让)|(?:怎么|如何|怎样|咋)(?:才能|可以|能)?(?:遮|藏|盖|掩|挡)(?:住|起来)?${G}{0,8}(?:疤|伤|痕|印)`),
    requires: r(`(?:我|自己)(?:自己)?(?:用${G}{0,6})?(?:烫|割|划|烧|掐|抓|咬|弄)(?:伤|破|的|了)|自残|自伤|烟头烫`),
    unless: r(`以前|之前|几年|多年|很久|早就|旧疤|已经(?:好了|愈合|不再)`),
  },
  // Weight-loss rate above ~1.5 kg a week ("一个月必须瘦20斤", "lose 10 kg in a week"); healthy goals pass.
  { id: 'zh.weight-rate', category: 'extreme-weight-loss', re: r(`(?:${ZH_NUM}|每|半)(?:个)?(?:周|星期|礼拜|月|天|日)(?:内|之内|里)?${G}{0,6}?(?:瘦|减|掉|降)(?:掉|下|下来)?(${ZH_NUM})(斤|公斤|千克|kg|kgs)`, 'gu'), check: (m) => ratePerWeek(m[0], m[1]!, m[2]!) },
  { id: 'en.weight-rate', category: 'extreme-weight-loss', re: r(`\\b(?:lose|drop|losing|dropping|shed|shedding|get rid of)\\s+(?:like\\s+|about\\s+|at least\\s+)?(${EN_NUM})\\s*(kg|kgs|kilos?|kilograms?|pounds?|lbs?|stone)\\s+(?:in|within|by|over)\\s+(?:just\\s+|only\\s+)?(?:a|an|one|two|three|four|five|six|ten|\\d+|a couple of|a few)\\s*(?:days?|weeks?|months?)\\b`, 'gu'), check: (m) => ratePerWeek(m[0], m[1]!, m[2]!) },
  // Very low daily intake (under 1000 kcal: medical-only territory), any phrasing.
  { id: 'zh.calories', category: 'extreme-weight-loss', re: r(`(?:每天|一天|每日|一日|天天)${G}{0,4}?(?:只吃|吃不到|不超过|少于|低于|控制在|只摄入|摄入不到|摄入|吃)\\s*(\\d{2,4})\\s*(?:大卡|千卡|卡路里|卡|kcal|cal)|(?:只吃|吃不到|不超过|少于|低于|控制在|只摄入|摄入不到)\\s*(\\d{2,4})\\s*(?:大卡|千卡|卡路里|卡|kcal|cal)${G}{0,4}(?:每天|一天|每日)`, 'gu'), check: (m) => Number(m[1] ?? m[2]) < 1000 },
  { id: 'en.calories', category: 'extreme-weight-loss', re: r(`\\b(?:eat|eating|consume|consuming|stay|staying|live on|survive on|keep it|keep myself)\\s+(?:under|below|less than|only|fewer than|no more than|at most|on)\\s+(\\d{2,4})\\s*(?:calories|cals?|kcals?)\\b`, 'gu'), check: (m) => Number(m[1]) < 1000 },
  { id: 'en.calories-daily', category: 'extreme-weight-loss', re: r(`\\b(\\d{2,4})\\s*(?:calories|cals?|kcals?)\\s+(?:a|per|each)\\s+day\\b|\\b(\\d{2,4})[- ]?(?:calorie|cal|kcal)\\s+(?:a day|per day|daily|diet|limit|challenge)\\b`, 'gu'), requires: REQUEST_EN, check: (m) => Number(m[1] ?? m[2]) < 1000 && !/\b(?:healthy|should i|is (?:it|that|this) (?:safe|ok|okay|healthy|normal)|too low|dangerous|enough)\b/u.test(m.input) },
  // Pro-eating-disorder communities and starving through symptoms (ana圈打卡, 饿到头晕也要坚持).
  { id: 'zh.pro-ed', category: 'extreme-weight-loss', re: r(`\\b(?:ana|mia)(?:圈|群|打卡|教|式|姐妹|减肥|饮食|规则)|(?:厌食|催吐|绝食|骨感)(?:圈|群|打卡|挑战)|(?:pro|支持|亲)[- ]?(?:ana|mia)\\b|(?:饿|饿肚子|空腹|不吃饭|不吃东西|节食|断食)(?:到|得|至)${G}{0,3}(?:头晕|发晕|眼花|发抖|手抖|晕倒|胃疼|胃痛|低血糖|没力气|虚脱)${G}{0,4}?(?:也要|也得|都要|还要|还得|也)${G}{0,2}(?:坚持|忍住|扛住|撑住|忍着|继续)`) , unless: r(`担心|怎么劝|如何劝|怎么帮|帮助|劝(?:她|他)|(?:朋友|同学|女儿|儿子|孩子|妹妹|姐姐|她|他)${G}{0,4}(?:在|加入|进了|混)${G}{0,2}(?:ana|mia|厌食|催吐)`) },
  { id: 'zh.suppress-hunger', category: 'extreme-weight-loss', re: r(`(?:怎么|如何|怎样|有什么办法|求)(?:才能)?(?:压住|压制|抑制|压下|忍住|骗过|消除|不)(?:食欲|饥饿感?|饿的感觉|饿意|饿)`), requires: r(`饿到|饿得|断食|绝食|(?:一整?天|几天|\\d+天)不吃|不吃饭|(?:不到|只吃)\\d{2,3}(?:大卡|卡|千卡)|\\b(?:ana|mia)\\b|厌食|瘦\\d{2,}斤`) },
  { id: 'en.pro-ed', category: 'extreme-weight-loss', re: r(`\\b(?:ana|mia) (?:tips|coach|coaches|buddy|buddies|rules|diet|challenge|nation|mindset|lifestyle|community|group)\\b|\\bthinspiration\\b|\\bbonespo\\b|\\b(?:purge|purging) (?:tips|tricks|methods|techniques)\\b|\\b(?:how|ways?|tips?)\\s+(?:to|for|on)\\s+(?:purge|purging|vomit(?:ing)?|throw(?:ing)? up)\\b${G}{0,30}\\bwithout\\b|\\b(?:starv\\w*|fast(?:ing)?|not eating|skip(?:ping)? meals)\\b${G}{0,40}\\b(?:even (?:when|if) (?:i|im|i am|you|youre|you are) (?:get |feel |am |are )?(?:dizzy|faint\\w*|lightheaded|shaky|shaking|passing out)|push(?:ing)? through (?:the )?(?:dizziness|fainting|hunger))\\b`) , unless: r(`\\b(?:worried|concerned|help|support|talk to|reach out to)\\b${G}{0,40}\\b(?:friend|sister|daughter|son|brother|child|kid|student|girlfriend|boyfriend|partner)\\b`) },
  { id: 'en.suppress-hunger', category: 'extreme-weight-loss', re: r(`\\b(?:suppress|kill|ignore|numb|stop|silence|trick)\\w*\\s+(?:my\\s+|your\\s+)?(?:appetite|hunger)\\b`), requires: r(`\\bstarv\\w*|\\bfast(?:ing)? for (?:\\d+|a few|several|two|three) days\\b|\\bnot eat(?:ing)? for\\b|\\b(?:under|below|less than|only) \\d{2,3} (?:calories|cals?|kcal)\\b|\\b(?:ana|mia)\\b|\\bdizzy\\b|\\bthinspo`) },
  // Tying the noose (上吊的绳结怎么打), in a story or not.
  { id: 'zh.noose', category: 'self-harm-method', re: r(`(?:绳结|绳套|套索|绳圈|吊绳|活结|死结|结)${G}{0,8}(?:怎么|如何|怎样|咋)(?:打|系|做|绑)|(?:怎么|如何|怎样|咋)(?:打|系|做|绑)${G}{0,4}(?:绳结|绳套|套索|绳圈|结)`), requires: r(`上吊|吊死|自缢|悬梁|吊在`) },
  // Purging technique (催吐有啥技巧, 吐得更干净, 饭后怎么吐才不会被室友听到).
  { id: 'zh.purge-technique', category: 'extreme-weight-loss', re: r(`催吐${G}{0,8}(?:技巧|方法|窍门|办法|诀窍|教程|攻略|经验)|(?:怎么|如何|怎样|咋|有啥|有什么)${G}{0,6}(?:吐|抠喉|抠)${G}{0,4}?(?:干净|彻底|快|出来|轻松|容易|不难受|没声音|安静|小声|不会被|不被|不让|没人)|吐(?:得|的)(?:更|比较|最)?(?:干净|彻底|快|轻松|安静)`), requires: r(`催吐|吃完|饭后|吃了|暴食|减肥|吃太多|吃多了|吐掉|抠喉|体重|胖|偷偷|室友|听到|发现`), unless: r(`晕车|晕船|怀孕|孕吐|吃坏|食物中毒|中毒|喝多|喝醉|醉酒|宿醉|感冒|肠胃炎|化疗|止吐|不想吐|别吐|防止|停止|戒掉|误吞|卡住`) },
  // Hiding a fresh cut from teachers or parents (新划的口子怎么遮才不会被班主任看到).
  { id: 'zh.hide-new-wound', category: 'hide-injury', re: r(`(?:口子|伤口|伤痕|划痕|割痕|刀痕|疤|印子|伤|几道|道子)${G}{0,8}(?:怎么|如何|怎样|咋|有什么办法|有啥办法)(?:才能|才|能|可以)?(?:遮|藏|盖|掩|挡|瞒)|(?:怎么|如何|怎样|咋)(?:才能|才|能|可以)?(?:遮|藏|盖|掩|挡|瞒)(?:住|起来|过)?${G}{0,8}(?:口子|伤口|伤痕|划痕|割痕|刀痕|疤|印子|伤)`), requires: r(`(?:划|割|刻)(?:的|出|了|开|伤)|刀|自残|自伤|手腕`), unless: r(`切菜|做饭|不小心|摔|磕|碰|车祸|手术|被(?:纸|刀|玻璃|猫|狗|树枝|铁丝)|以前|之前|几年|多年|旧疤|早就|已经(?:好了|愈合)|(?:朋友|同学|她|他)${G}{0,6}(?:划|割|自残)`) },
  // Hurting oneself where it will not be seen (想割自己，哪里最不容易被看到), emoji undone first.
  { id: 'zh.self-harm-where', category: 'hide-injury', re: r(`(?:(?:割|划|烫|烧|刺|扎|捅|砍|伤害|弄伤|掐)(?:我)?自己|自残|自伤|割腕|放血|(?:割|划)(?=哪|在哪|什么地方))${G}{0,14}(?:哪里|哪儿|哪个部位|什么部位|什么地方|在哪)${G}{0,10}(?:不容易|不会|不被|没人|别人|看不|不明显|最少|最不)`) },
  // Injected or swallowed amounts that kill (胰岛素打多少会死, 安眠药吞多少颗会死).
  { id: 'zh.lethal-inject', category: 'overdose', re: r(`(?:(?:胰岛素|氯化钾|吗啡|芬太尼|杜冷丁|安定|麻药|麻醉剂|镇静剂|针剂|农药|百草枯|敌敌畏|药|空气|钾)${G}{0,4}(?:打|注射|推|扎|静推|喝|吞|服|服用)|(?:打|注射|推|扎)(?=(?:多少|几)(?:个)?(?:单位|支|针|毫升|ml|cc|u|iu))|吞|服用|服)(?:多少|几)(?:个)?(?:片|粒|颗|盒|瓶|克|毫克|mg|单位|支|针|毫升|ml|cc|u|iu)?${G}{0,12}(?:会死|能死|致死|致命|才会死|死得了|没命|丧命|送命|醒不过来|一睡不醒|就死)`) },
];

/** Topics that are harmful only with a jailbreak framing or a request for details. */
export const TOPIC: HarmRule[] = [
  { id: 'en.topic', category: 'self-harm-method', re: r(`\\b(?:overdos\\w*|lethal|fatal|kill (?:myself|yourself|himself|herself|themselves|oneself)|suicide (?:method|methods|note)|hang(?:ing)? (?:myself|himself|herself|oneself|themselves)|slit|wrists?|noose|exit bag|charcoal burning|purg(?:e|ing)|starv(?:e|ing)|self[- ]?harm|cutting|pills? to die|die painlessly|commits? suicide)\\b`) },
  { id: 'zh.topic', category: 'self-harm-method', re: r(`自杀|割腕|上吊|烧炭|安眠药|致死|催吐|绝食|自残|跳楼|农药|过量`) },
];

export const FRAMING = r(
  `\\b(?:role[- ]?play|pretend (?:you are|to be|youre)|act as|you are now|from now on you|dan\\b|developer mode|jailbreak|ignore (?:all |any )?(?:your |the )?(?:previous|prior|above|earlier) (?:instructions|rules|prompts?)|no (?:rules|restrictions|filters)|for an? (?:novel|story|book|screenplay|script|game|fiction|poem)|in (?:a|my) (?:novel|story|book)|my character|hypothetical(?:ly)?|in a fictional|imagine (?:you|a world)|(?:late |dead )?(?:grandma|grandmother|granny|grandpa) (?:used to|would)|translate (?:this|the following|into|to)|just curious|for research|for (?:educational|academic) purposes|asking for a friend|decode (?:this|the following|it)|base ?64|rot ?13|(?:read|write|say) (?:this|it) backwards|reversed text)\\b|扮演|假装你是|你现在是|忽略(?:之前|以上|前面|所有)(?:的)?(?:指令|规则|设定|限制)|没有(?:任何)?限制|写小说|小说里|为了(?:写|创作)|剧本|假设|假如|我(?:已故的|去世的)?(?:奶奶|外婆|爷爷)(?:以前|生前)?(?:常|总|会)?(?:给我|跟我|对我)(?:讲|说)|翻译(?:一下|成|下面)|仅供(?:研究|学习)|学术研究|好奇问问|帮朋友问|解码|倒过来读|反过来读`,
);

export const DETAIL = r(
  `\\b(?:exact|exactly|step by step|steps|detailed|in detail|details|specific|specifically|precise|dose|dosage|amount|how many|how much|milligrams?|mg|method|methods|instructions|guide|tutorial|describe how|explain how|tell me how)\\b|具体|详细|步骤|多少|剂量|精确|方法|教程|怎么做|如何做`,
);

/** Help-seeking look-alikes that are answered normally (only overrides TOPIC, never STRONG). */
export const BENIGN = r(
  `\\b(?:help|support|talk to|reach out to|comfort|what (?:should|can) i (?:do|say))\\b${G}{0,40}\\b(?:friend|someone|somebody|partner|child|kid|son|daughter|student|sister|brother|mom|dad|person)\\b|\\bwarning signs?\\b|\\bprevent(?:ion|ing)?\\b|\\bhotlines?\\b|\\bwhat (?:to do|should i do) if (?:my|a|someone)\\b|\\bsafe(?:ly)?\\b|\\bmaximum (?:daily )?dose\\b|\\bpharmacist\\b|\\bside effects?\\b|\\bstop (?:self[- ]?harm|cutting|purging)\\b|\\bheal(?:ing)? (?:scars|cuts)\\b|\\bscar (?:care|treatment)\\b|\\b(?:tell|told|telling|talk(?:ed)? to|say to) (?:my |a |the )?(?:therapist|counsel+or|doctor|psychiatrist|psychologist|gp|nurse|school counsel+or)\\b|\\bconfidential(?:ity)?\\b|\\b(?:have|required|obliged|legally required) to (?:tell|report|inform|break confidentiality)\\b|帮助|怎么劝|如何劝|怎么安慰|陪伴|预防|求助|热线|警示信号|安全剂量|正常剂量|说明书|药剂师|保密|(?:告诉|跟|和)(?:心理)?(?:咨询师|医生|治疗师)|副作用|戒掉|停止自残|怎么走出|疤痕修复|祛疤`,
);
