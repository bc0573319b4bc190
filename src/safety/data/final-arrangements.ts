/**
 * Final arrangements (session 22, written for CareLLM 2026-12-01): the ways people say they have put their affairs in
 * order, one regex per kind, over normalised (lower-case, simplified) text. Not clinical wording: a cue list for
 * `final-arrangements.ts`, which counts kinds, never single cues. Giving away possessions and farewells are warning
 * signs of imminent suicide in the standard lists (e.g. the C-SSRS behaviour items and the warning signs published by
 * 988 Lifeline and WHO); the single cues here are everyday, so only two or more kinds in one message count.
 */

const G = '[^.!?。！？\\n]';
const r = (s: string) => new RegExp(s, 'u');

export const ARRANGEMENT_KINDS: ReadonlyArray<{ kind: string; re: RegExp }> = [
  {
    kind: 'dependant-placed',
    re: r(
      `(?:猫|狗|狗狗|猫猫|猫咪|宠物|孩子|女儿|儿子|闺女)(?:已经|都|也)?(?:托付|送到|交给|送去|留给|寄养在)|\\b(?:dog|cat|pup|puppy|kitten|pets?|bunny|rabbit|hamster|kids?|daughter|son)\\b${G}{0,20}\\b(?:is|are|s|now|stays?)\\b${G}{0,10}\\b(?:at|with) (?:my |her |his )?(?:mom|mum|mother|moms|mums|dad|dads|sister|sisters|brother|brothers|friend|friends|neighbou?rs?|grandma|grandmas|grandparents|parents|aunt|aunts)\\b|\\b(?:gave|rehomed|handed|dropped off) (?:my |the )?(?:dog|cat|pets?|kids?|daughter|son)\\b|\\bsaid goodbye to (?:my )?(?:dog|cat|pets?)\\b`,
    ),
  },
  {
    kind: 'rent-paid-ahead',
    re: r(
      `房租(?:已经|都|也)?(?:交|付|缴)(?:到|了|清)|\\bpaid (?:the |my )?(?:rent|bills?)\\b${G}{0,20}\\b(?:through|until|till|to the end|for the (?:month|year))\\b`,
    ),
  },
  {
    kind: 'debts-repaid',
    re: r(
      `欠(?:的|别人的|人家的)?(?:钱|债)(?:也|都|已经)?(?:还|还清|还完|还上)|\\b(?:paid (?:back|off)|repaid|settled) (?:all |every(?:one| debt)|my debts?|what i owe|the money i owe)`,
    ),
  },
  {
    kind: 'work-handed-over',
    re: r(
      `(?:工作|手头的事|项目)(?:都|也|已经)?交接(?:完|好|清楚)|\\bhanded (?:over|off) (?:all )?(?:my )?(?:work|projects?|tasks|accounts)\\b|\\bwrapped up everything at work\\b`,
    ),
  },
  {
    kind: 'place-cleared',
    re: r(
      `冰箱(?:也|都|已经)?清空|(?:房间|屋子|家里|出租屋)(?:都|也|已经)?(?:收拾|打扫)(?:干净|好)了|\\b(?:cleaned|cleared) (?:out )?(?:the|my) (?:apartment|flat|room|house|place)\\b|\\bemptied (?:the|my) (?:fridge|room)\\b`,
    ),
  },
  {
    kind: 'letter-left',
    re: r(
      `(?:留了|写了|写好|写完|定稿了?)(?:一)?(?:封|张)?(?:信|字条|纸条|遗书|邮件)|(?:那封|这封)信${G}{0,10}定稿|定时${G}{0,10}(?:发|发送)|\\b(?:left|wrote|written|finished|scheduled) (?:(?:a|an|the|her|him|them|my|each|every|one|last|goodbye|farewell) ){0,3}(?:note|letter|card|email)s?\\b`,
    ),
  },
  {
    kind: 'money-given',
    re: r(
      `(?:转了|转给|打了)${G}{0,6}(?:万|钱|积蓄|存款)|(?:存款|积蓄)(?:都)?(?:转|给|留)|\\bsold (?:my|all my|most of my) (?:stuff|things|belongings|car|bike)\\b|\\bgave (?:the|all the|my) (?:money|savings)\\b|\\btransferred (?:my |all my )?(?:savings|money)\\b`,
    ),
  },
  {
    kind: 'accounts-passed-on',
    re: r(
      `照片(?:都|也|已经)?备份|密码(?:都|也)?(?:告诉|发给|留给|写给)|\\bbacked up (?:all )?(?:my )?photos\\b|\\b(?:passwords?|pin|bank details)\\b${G}{0,20}\\b(?:to|for|with) (?:my )?(?:sister|brother|mom|mum|dad|wife|husband|partner|friend)\\b`,
    ),
  },
  {
    kind: 'goodbyes-said',
    re: r(
      `给(?:每个|所有)(?:朋友|人)(?:都)?发了|跟(?:每个人|大家|所有人)(?:都)?(?:说了|道了)(?:谢谢|再见|对不起)|\\b(?:said|texted|sent) (?:goodbye|bye|thanks?|thank you|i love you)\\b${G}{0,20}\\b(?:everyone|all my|each of my|every)\\b`,
    ),
  },
  {
    kind: 'last-message',
    re: r(`最后一条(?:朋友圈|消息|微博|动态)|\\b(?:last|final) (?:message|post|text|tweet)\\b`),
  },
];

/**
 * What explains arrangements as everyday: moving or a lease ending, travel, study abroad, leaving or starting a job,
 * retiring, going home for the holidays, a deployment, someone else's death and estate.
 */
export const ARRANGEMENT_EXPLAINED =
  /搬家|搬走|退租|租约|出国|留学|旅行|旅游|度假|毕业|入职|新工作|离职|辞职|跳槽|调岗|退休|去世|遗物|葬礼|后事|过年|回老家|房东|押金|验房|\b(?:last day|leaving (?:the|my|this) (?:job|company|team|office)|quit|quitting|resign\w*|notice period|new role|retir\w*|moving|move out|moved out|relocat\w*|new (?:job|city|place|apartment|flat)|lease|trip|vacation|holiday|travel\w*|deploy\w*|abroad|semester|passed away|funeral|estate|her (?:things|stuff|apartment)|his (?:things|stuff|apartment))\b/u;
