/**
 * Output-guard rules, matched per sentence of the engine's reply (NORMALISED text). They block
 * method or means details, hiding self-harm, encouragement of self-harm, pro-eating-disorder tips
 * and diagnostic claims. Written for CareLLM 2026-11-29.
 */
import type { GuardCategory } from '../protocol.ts';

export interface GuardRule {
  id: string;
  category: GuardCategory;
  re: RegExp;
  /** When this matches the same sentence, the rule does not apply (hedges, reflections, questions). */
  unless?: RegExp;
}

const G = '[^.。!?;\\n]';
const r = (src: string) => new RegExp(src, 'u');

export const GUARD_RULES: GuardRule[] = [
  // Method / means details
  { id: 'en.lethal-amount', category: 'method', re: r(`\\b(?:lethal|fatal|deadly)\\s+(?:dose|amount|quantity)\\b${G}{0,20}\\b(?:is|are|of|would be|around|about|roughly)\\b|\\b\\d+\\s*(?:mg|g|grams|milligrams|tablets|pills|capsules)\\b${G}{0,25}\\b(?:is|are|would be|can be|could be)\\s+(?:lethal|fatal|deadly|enough to (?:kill|die))\\b|\\b(?:take|swallow|taking|swallowing)\\s+(?:at least\\s+|about\\s+|around\\s+)?\\d+${G}{0,20}\\b(?:to die|to overdose|would kill|will kill|for it to be fatal)\\b`) },
  { id: 'en.method', category: 'method', re: r(`\\bcut\\s+(?:along|down|vertically|lengthwise|deep(?:ly)?|deeper)\\b|\\b(?:tie|make|tying|making)\\s+a\\s+noose\\b|\\bjump from (?:a height of|at least|\\d+)\\b|\\b(?:charcoal|carbon monoxide)${G}{0,20}\\b(?:closed|sealed|room|car)\\b|\\bexit bag\\b|\\bhelium\\b${G}{0,20}\\bbag\\b|\\bthe most (?:painless|effective|reliable|lethal) (?:way|method)\\b|\\bmost (?:lethal|effective) (?:methods?|ways?) (?:is|are|include)\\b`) },
  { id: 'en.hide', category: 'method', re: r(`\\b(?:wear|use|try|wearing|using)\\s+(?:long sleeves|bracelets|wristbands|makeup|concealer|bandages|a watch)\\b${G}{0,25}\\b(?:hide|cover|conceal)\\b${G}{0,15}\\b(?:cuts|scars|self[- ]?harm|marks|wounds|burns)\\b|\\b(?:hide|cover|conceal)\\s+(?:your|the)\\s+(?:cuts|scars|self[- ]?harm|marks|wounds|burns)\\s+(?:by|with|using|under)\\b`) },
  // Encouragement of self-harm
  {
    id: 'en.encourage',
    category: 'encouragement',
    re: r(`\\byou\\s+(?:should|could|might as well|need to|ought to|deserve to)\\s+(?:just\\s+)?(?:kill yourself|die|end (?:it|your life)|hurt yourself|cut yourself|starve yourself|suffer)\\b(?!\\s+with\\b)|\\b(?:go ahead|do it)\\b${G}{0,10}\\b(?:end it|kill yourself|end your life|cut)\\b|\\b(?:suicide|ending your life|killing yourself|self[- ]?harm|cutting|dying)\\s+(?:is|would be|could be|might be|seems like)\\s+(?:a |the |your )?(?:good|right|reasonable|valid|best|only|understandable|logical|rational)\\s+(?:choice|option|answer|way out|solution|decision)\\b|\\b(?:no one|nobody) (?:would|will) (?:miss|care about) you\\b|\\b(?:the world|everyone|your family) (?:would|will) be better (?:off )?without you\\b|\\bkys\\b`),
    unless: r(`\\b(?:feel|feels|feeling|think|thinking|believe|sounds like|it seems you|you said|you mentioned|part of you|thoughts? (?:that|like))\\b|\\bnot\\b`),
  },
  // Pro-eating-disorder tips
  { id: 'en.pro-ed', category: 'eating-disorder', re: r(`\\b(?:eat|eating|consume|keep it|stay)\\s+(?:less than|under|below|only|no more than|fewer than)\\s+\\d{2,3}\\s*(?:calories|cals|kcal)\\b|\\bskip(?:ping)?\\s+(?:meals|breakfast|lunch|dinner)\\s+(?:to|will help you)\\s+(?:lose|drop|get thin)\\b|\\b(?:purge|throw up|vomit)\\s+after\\s+(?:eating|meals|you eat)\\b|\\blaxatives?\\s+(?:to|for|can help(?: you)?)\\s+(?:lose|drop|weight|get thin)\\b|\\bchew and spit\\b|\\b(?:drink|drinking)\\s+(?:water|coffee|diet soda)\\s+to\\s+(?:suppress|curb|kill|fool)\\s+(?:your\\s+)?(?:hunger|appetite)\\b|\\bfast(?:ing)? for \\d+ days to lose\\b`), unless: r(`\\b(?:dont|do not|never|avoid|not|harmful|dangerous|unsafe)\\b`) },
  // Diagnostic claims
  {
    id: 'en.diagnosis',
    category: 'diagnosis',
    re: r(`\\byou\\s+(?:definitely\\s+|clearly\\s+|certainly\\s+|obviously\\s+|surely\\s+)?(?:have|ve got|are suffering from|suffer from|have got)\\s+(?:a\\s+|an\\s+)?(?:clinical\\s+|major\\s+|severe\\s+|mild\\s+|moderate\\s+|serious\\s+)?(?:depression|depressive disorder|bipolar(?: disorder)?|an? anxiety disorder|anxiety disorder|generali[sz]ed anxiety(?: disorder)?|gad|ptsd|ocd|adhd|borderline(?: personality disorder)?|bpd|schizophrenia|an? eating disorder|eating disorder|anorexia|bulimia|an? mental illness|a personality disorder|panic disorder|mdd)\\b|\\byou\\s+are\\s+(?:clinically depressed|bipolar|schizophrenic|anorexic|bulimic|psychotic|mentally ill)\\b|\\byour (?:diagnosis|condition) is\\b|\\bi (?:can )?diagnose you with\\b`),
    unless: r(`\\b(?:if|whether|do you|did you|have you|may|might|could|wonder|whether|not|cant|cannot)\\b|\\?`),
  },
  // Chinese
  { id: 'zh.method', category: 'method', re: r(`致死(?:量|剂量)(?:是|为|约|大约|大概|在)|(?:吃|服用|吞)\\d+${G}{0,6}(?:片|粒|克|毫克|mg)${G}{0,10}(?:会死|致死|就能死|足以致命)|\\d+(?:片|粒|克|毫克|mg)${G}{0,8}(?:就)?(?:会致死|足以致命|可以致死|会死)|(?:割|划)(?:的时候)?(?:要)?(?:竖着|深一点|沿着)|上吊(?:的)?(?:方法|步骤)(?:是|如下)|烧炭(?:要|需要|的时候)${G}{0,10}(?:密闭|关窗|封)|从\\d+(?:楼|层|米)(?:以上)?${G}{0,4}(?:跳|坠)${G}{0,6}(?:死|致命)|最(?:无痛|不痛苦|有效)的(?:自杀|死)(?:方法|方式)是`) },
  { id: 'zh.hide', category: 'method', re: r(`(?:穿|戴|用|涂)(?:长袖|手表|手链|护腕|遮瑕|粉底|创可贴)${G}{0,8}(?:遮|挡|藏|盖)(?:住)?${G}{0,4}(?:伤|疤|痕)`) },
  {
    id: 'zh.encourage',
    category: 'encouragement',
    re: r(`你(?:应该|就|可以|还是|干脆|不如|最好)(?:去)?(?:死|去死|自杀|结束(?:自己的)?生命|伤害自己)(?:吧|算了|好了)?|(?:自杀|死|结束生命)(?:是|才是)(?:一种|一个|最好的|唯一的)?(?:解脱|好的选择|正确的选择|出路|办法)|没有人会在乎你|世界没有你会更好|你死了(?:大家|别人)?会更好`),
    unless: r(`觉得|感觉|认为|好像|似乎|想法|念头|不是|并不|不应该|不要`),
  },
  { id: 'zh.pro-ed', category: 'eating-disorder', re: r(`每天(?:只)?吃(?:不超过)?\\d+(?:卡|大卡|千卡)|(?:吃完|饭后)(?:就)?(?:催吐|吐掉|抠喉)|泻药(?:来)?(?:减肥|帮助减重|瘦)|不吃(?:晚饭|早饭|午饭|饭)(?:就)?(?:能|可以|会)瘦|嚼(?:了)?(?:就)?吐|喝(?:水|咖啡)(?:来)?(?:压|抑制|骗)(?:住)?(?:食欲|饥饿)`), unless: r(`不要|别|避免|危险|有害|伤害`) },
  {
    id: 'zh.diagnosis',
    category: 'diagnosis',
    re: r(`你(?:肯定|一定|明显|显然|就是|确实)?(?:是|得了|患了|患有|有|患上了?)(?:重度|轻度|中度|严重的?)?(?:抑郁症|焦虑症|双相(?:情感)?障碍|双相|躁郁症|精神分裂症?|强迫症|创伤后应激障碍|ptsd|进食障碍|厌食症|暴食症|人格障碍|多动症|精神病|抑郁障碍|焦虑障碍|惊恐障碍)(?![吗么呢?])`),
    unless: r(`如果|是否|是不是|有没有|担心|怀疑|可能|不能|无法|吗|\\?`),
  },
];
