/**
 * PII patterns over the ORIGINAL text (offsets are UTF-16 units of the input). Digits may be
 * ASCII or full-width. Validation (ID check digit, Luhn, must-keep numbers) lives in ../pii.ts.
 * Written for CareLLM 2026-11-29. Formats: GB 11643-1999 (resident ID), ITU E.164 (+86),
 * NANP (US phone), SSA (SSN area-group-serial).
 */

export type PiiType = 'PHONE' | 'ID' | 'BANKCARD' | 'EMAIL' | 'URL' | 'IP' | 'WECHAT' | 'QQ' | 'ADDRESS' | 'NAME' | 'DOB' | 'SSN';

export interface PiiPattern {
  type: PiiType;
  id: string;
  re: RegExp;
  /** Capture group holding the value (default 0: the whole match). */
  group?: number;
  /** Higher wins when spans overlap. */
  priority: number;
}

const D = '[0-9０-９]';
const SEP = '[ \\-－\u00a0]?';
/** Mobile groups may also be split by dots: 138.1234.5678. */
const MSEP = '[ \\-－.．\u00a0]?';
/** Extension after a landline: -123, 转123, ext. 123, x123. */
const EXT = `(?:[-－]|\\s?转\\s?|\\s?(?:ext|Ext|EXT|x)\\.?\\s?)${D}{1,5}`;
const NOT_DIGIT_BEFORE = '(?<![0-9０-９A-Za-z])';
const NOT_DIGIT_AFTER = '(?![0-9０-９])';
const CJK = '\\u4e00-\\u9fa5';
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳司马上官诸葛';
const NAME_STOP = '今是在的了住来从我你他她，。,.!！?？、 和也都就想叫姓';
const r = (src: string, flags = 'gu') => new RegExp(src, flags + 'd');

const MONTHS =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
/** Full dates: 1995-03-12, 1995年3月12日, 12/03/1995, 07/04/01, March 12(th), 1995, 12(th) (of) March 1995, 19950312. */
const DATE = [
  `(?:19|20|１９|２０)${D}{2}\\s*[-/.年]\\s*${D}{1,2}\\s*[-/.月]\\s*${D}{1,2}\\s*[日号]?`,
  `${D}{1,2}[/.\\-]${D}{1,2}[/.\\-](?:(?:19|20|１９|２０)${D}{2}|${D}{2})`,
  `(?:${MONTHS})\\.?\\s+${D}{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}`,
  `${D}{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+(?:19|20)\\d{2}`,
  `(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])`,
  `${D}{2}\\s*年\\s*${D}{1,2}\\s*月\\s*${D}{1,2}\\s*[日号]?`,
  `${D}{1,2}-(?:${MONTHS})-(?:19|20)\\d{2}`,
].join('|');

/** Building, unit, floor and room after a street number: 3栋2单元502室, 3栋1502, 3-2-502, 5楼. */
const ZH_UNIT = `(?:${D}{1,4}(?:号楼|栋|幢|座|号)|${D}{1,4}[-－](?=${D}))?(?:${D}{1,3}(?:单元|门)|${D}{1,3}[-－](?=${D}))?(?:${D}{1,3}(?:楼|层))?(?:${D}{1,5}(?:室|房|户)|(?<=号楼|栋|幢|座|单元|门|楼|层|[-－])${D}{3,5}(?![0-9０-９])|${D}{1,5}号)?`;
/** Housing estate names: 阳光小区, 碧桂园, 金地公寓, 锦绣新村. */
const ESTATE = '(?:小区|花园|公寓|新村|家园|苑|园|大厦|广场|公馆)';
const EN_UNIT = '(?:Apt|Apartment|Suite|Ste|Unit|Flat|Room|Rm|#)\\.?\\s*#?(?:\\d[0-9A-Za-z-]{0,5}|[A-Za-z]\\d{0,4}\\b)';
const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';

/** Not a given name after 我是<surname…>: roles and titles (张老师, 高中生, 王者…), and common words starting with a surname character. */
const NOT_NAME =
  '高中|高三|高二|高一|高考|高材|初中|大学|万人|何等|何必|白痴|金牛|方便|江苏|江西|单身|独生|马上|真的|黄牛|龙凤|毛头|孔雀|范本|林妹妹|王者|钟点|程序|司机|史上|石头|夏天|余生|安全|田径|谭|任性|常常|向来|和平|孟婆|文员|贾宝玉|林黛玉';
const NOT_NAME_END = '老师|医生|同学|大夫|护士|阿姨|叔叔|先生|女士|小姐|总|经理|主任|校长|教授|律师|家长|妈妈|爸爸|哥|姐|弟|妹|人|粉|迷|控|党|族|生|员|家|的';
/** State / province (US, Canada, Australia) with ZIP or postcode, or a UK postcode. */
const REGION_TAIL = `(?:,?\\s+(?:${US_STATES}|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|NSW|VIC|QLD|TAS|ACT|NT)\\b(?:\\s+(?:\\d{4,5}(?:-\\d{4})?|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d))?|,?\\s+\\d{5}(?:-\\d{4})?|\\s+[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}\\b)?`;
/** Words written capitalised after "I'm" that are not names. */
const EN_NOT_NAME =
  'Sorry|Fine|Ok|Okay|Tired|Going|Just|So|Not|Really|Here|Back|Done|Good|Bad|Sad|Mad|Scared|Afraid|Alone|Lost|Stuck|Sick|Depressed|Anxious|Home|Sure|Still|Also|Always|Never|Feeling|Trying|Literally|Honestly|Currently|Very|Too|Pretty|Kinda|Like|Glad|Happy|Grateful|Thankful|Exhausted|Overwhelmed|Struggling|Worried|Nervous|Terrified|Broken|Numb|Empty|Hungry|Awake|Up|Out|In|On|At|A|An|The|No|Never|Ready|Free|Late|New|Old|Single|Married|Pregnant|Gay|Bi|Trans|Straight|Lesbian|Queer|Autistic|Bipolar|American|Chinese|British|English|Canadian|Australian|Indian|Asian|African|European|Mexican|Korean|Japanese|Christian|Catholic|Muslim|Jewish|Buddhist|Hindu|Atheist|Male|Female|Human|Nobody|Someone|Everyone|Sick|Ill|Well|Better|Worse|Fucked|Screwed|Dying|Dead|Done|Over|Through|Almost|About|Gonna|Getting|Starting|Thinking|Looking|Writing|Asking|Calling|Texting|Having|Doing|Being|Still|Only|Even|All|Quite|Extremely|Super|Suicidal|Stressed|Angry|Lonely|Confused|Ashamed|Embarrassed|Guilty|Hopeless|Worthless|Useless|Stupid|Ugly|Fat|Weak|Crying|Shaking|Panicking|Freaking|Losing|Sitting|Standing|Lying|Staying|Leaving|Moving|Working|Studying|Student|Teacher|Nurse|Doctor|Mom|Dad|Mum|Parent|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yes|Yeah|Nah|Hi|Hello|Hey|Thinking|Sure|Afraid|Curious|Wondering|Worried';

export const PII_PATTERNS: PiiPattern[] = [
  { type: 'EMAIL', id: 'email', priority: 90, re: r(`(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}`) },
  { type: 'URL', id: 'url', priority: 85, re: r(`(?:https?:\\/\\/|www\\.|(?<![A-Za-z0-9.@\\-])(?:t\\.cn|bit\\.ly|dwz\\.cn|url\\.cn|b23\\.tv|tinyurl\\.com|goo\\.gl)\\/)[^\\s<>"'，。、；！？）)\\[\\]${CJK}\\u3000-\\u303f\\uff00-\\uffef]+[^\\s<>"'，。、；！？）)\\[\\]${CJK}\\u3000-\\u303f\\uff00-\\uffef.,;:!?]`, 'giu') },
  { type: 'IP', id: 'ipv4', priority: 80, re: r(`(?:${NOT_DIGIT_BEFORE}|(?<=(?<![A-Za-z])[Ii][Pp](?:[Vv]4)?))(?<![Vv](?:ersion|er)?\\s?)(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?!\\.?[0-9])`) },
  { type: 'IP', id: 'ipv6', priority: 80, re: r(`(?<![0-9A-Fa-f]|[0-9A-Fa-f]:)(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5}::[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})(?![0-9A-Fa-f:])`) },
  { type: 'ID', id: 'cn-resident-id', priority: 75, re: r(`${NOT_DIGIT_BEFORE}${D}{6}${SEP}(?:1[89]|2[0０]|１[８９]|２０)${D}{2}${D}{4}${SEP}${D}{3}[0-9０-９Xx]${NOT_DIGIT_AFTER}(?![A-Za-z])`) },
  { type: 'BANKCARD', id: 'bank-card', priority: 70, re: r(`${NOT_DIGIT_BEFORE}${D}{4}([ \\-]?)${D}{4}(?:\\1${D}{4}){1,2}(?:\\1${D}{1,3})?${NOT_DIGIT_AFTER}(?![ \\-][0-9０-９])`) },
  { type: 'SSN', id: 'us-ssn', priority: 68, re: r(`${NOT_DIGIT_BEFORE}(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}${NOT_DIGIT_AFTER}`) },
  { type: 'SSN', id: 'us-ssn-cued', priority: 68, group: 1, re: r(`(?<![A-Za-z])(?:SSN|[Ss]ocial [Ss]ecurity(?: [Nn]umber| [Nn]o\\.?| #)?|[Ss]ocial)(?:\\s*(?:is|was|#|number|no\\.?|[:：]))*\\s*((?!000|666|9\\d\\d)\\d{3}([ \\-]?)(?!00)\\d{2}\\2(?!0000)\\d{4})${NOT_DIGIT_AFTER}`) },
  { type: 'PHONE', id: 'cn-mobile', priority: 65, re: r(`${NOT_DIGIT_BEFORE}(?:[(（]?(?:\\+|＋|00|００)?(?:86|８６)[)）]?${MSEP})?(?:1|１)[3-9３-９](?:${D}${MSEP}${D}{4}${MSEP}${D}{4}|${D}{2}${MSEP}${D}{4}${MSEP}${D}{3}|${D}${MSEP}${D}{3}${MSEP}${D}{5})${NOT_DIGIT_AFTER}`) },
  { type: 'PHONE', id: 'cn-landline', priority: 60, re: r(`${NOT_DIGIT_BEFORE}(?:(?:\\+|＋)(?:86|８６)${SEP}\\(?(?:[1-9]|[1-9]\\d{1,2})\\)?${SEP}|[(（]?(?:0|０)${D}{2,3}[)）]?${SEP})${D}{3,4}${SEP}${D}{4}(?:${EXT})?${NOT_DIGIT_AFTER}`) },
  { type: 'PHONE', id: 'us-phone', priority: 55, re: r(`(?<![0-9A-Za-z])(?:\\+?1[ .\\-]?)?(?:\\([2-9]\\d{2}\\)\\s?|[2-9]\\d{2}[ .\\-])[2-9]\\d{2}[ .\\-]\\d{4}${NOT_DIGIT_AFTER}`) },
  { type: 'PHONE', id: 'us-phone-plain', priority: 55, re: r(`(?<=(?:[Cc]all|[Tt]ext|[Pp]hone|[Cc]ell|[Nn]umber|[Rr]each me|[Tt]el|[Mm]obile|[Cc]ontact)[^0-9\\n]{0,20})(?<![0-9A-Za-z#])(?:\\+?1)?[2-9]\\d{2}[2-9]\\d{6}${NOT_DIGIT_AFTER}`) },
  { type: 'PHONE', id: 'uk-mobile', priority: 55, re: r(`(?<![0-9A-Za-z+])(?:(?:\\+|00)44\\s?(?:\\(0\\)\\s?)?|0)7\\d{3}[ \\-]?\\d{3}\\s?\\d{3}${NOT_DIGIT_AFTER}`) },
  { type: 'WECHAT', id: 'wechat', priority: 88, group: 1, re: r(`(?:微信号?|weixin|wechat(?:\\s*id)?|(?<![A-Za-z])(?:vx|wx)|v信|威信|薇信)\\s*(?:号码|号|id|ID)?\\s*(?:是|为|:|：|is)?\\s*([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9])`, 'giu') },
  { type: 'QQ', id: 'qq', priority: 88, group: 1, re: r(`(?:qq|QQ|扣扣|企鹅)\\s*(?:号|号码)?\\s*(?:是|为|:|：|is)?\\s*([1-9１-９]${D}{4,11})${NOT_DIGIT_AFTER}`, 'giu') },
  {
    type: 'ADDRESS',
    id: 'zh-address',
    priority: 50,
    re: r(`(?:[${CJK}]{2,7}(?:省|自治区))?(?:[${CJK}]{2,7}?(?:市|州|盟))?(?:[${CJK}]{1,7}?(?:区|县|旗))?(?:[${CJK}]{1,7}?(?:镇|乡|街道))?[${CJK}A-Za-z0-9]{1,10}?(?:路|街|大道|大街|巷|弄|胡同)(?:${D}{1,2}|[一二三四五六七八九十]{1,2})?(?:段)?${D}{1,5}(?:号|弄)(?![线口车位])(?:院)?(?:[${CJK}]{2,8}?${ESTATE}(?=[0-9０-９]))?${ZH_UNIT}|(?:[${CJK}]{2,7}(?:省|自治区))?(?:[${CJK}]{2,7}?(?:市|州|盟))?(?:[${CJK}]{1,7}?(?:区|县|旗))?[${CJK}]{2,10}?${ESTATE}${D}{1,4}(?:号楼|栋|幢|座)${ZH_UNIT}`),
  },
  {
    // Streets named …道 (高新南七道, 南京道): 道 is also 知道/味道/频道, so only after a city or district, or an address cue.
    type: 'ADDRESS',
    id: 'zh-address-dao',
    priority: 50,
    re: r(`(?:(?:[${CJK}]{2,7}(?:省|自治区))?(?:[${CJK}]{2,7}?(?:市|州|盟)(?:[${CJK}]{1,7}?(?:区|县|旗))?|[${CJK}]{1,7}?(?:区|县|旗))(?:[${CJK}]{1,7}?(?:镇|乡|街道))?|(?<=住在?|住址[:：是为]?|地址[:：是为]?|家在))(?:(?![的了在是和])[${CJK}]){1,8}?(?<!知|味|频|跑|车|赛|管|隧|轨|通|走|过|坡|难|一|两|几|这|那|哪|多|少|航|水|食|尿|气|肠|霸|王|地|厚|说|报|称|步|栈|弯|匝|师|门|布|公|人行)道${D}{1,5}号(?![线口车位])(?:院)?${ZH_UNIT}`),
  },
  {
    type: 'ADDRESS',
    id: 'en-address',
    priority: 50,
    re: r(`(?<![0-9A-Za-z])(?:${EN_UNIT},?\\s+|(?:Unit|Apt|Flat|Suite)\\s*\\d{1,4}[A-Za-z]?\\/)?(?:No\\.?\\s*)?\\d{1,5}[A-Za-z]?\\s+(?:(?:[A-Z][a-z]+|\\d{1,3}(?:st|nd|rd|th))\\.?\\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent|Square|Sq|Highway|Hwy|Parkway|Pkwy|Circle|Cir|Alley|Row|Gardens|Grove|Walk|Mews|Trail)\\b\\.?(?:,?\\s*${EN_UNIT})?(?:,\\s*(?:[A-Z][a-z]+\\s+){1,2}(?:District|County|Borough|Township|Province|Prefecture))?(?:,\\s*[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?)?${REGION_TAIL}`),
  },
  // P.O. Box 1234(, Denver, CO 80201)
  { type: 'ADDRESS', id: 'en-po-box', priority: 50, re: r(`(?<![A-Za-z])P\\.?\\s?O\\.?\\s+Box\\s+\\d{1,6}(?![0-9])(?:,\\s*[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?)?${REGION_TAIL}`, 'gu') },
  { type: 'NAME', id: 'zh-name', priority: 40, group: 1, re: r(`(?:我叫|我的名字(?:是|叫)|我名字(?:是|叫)|本人(?:叫)?|我是|(?<![你他她们])叫我|我姓名是|姓名[:：]?|姓[${SURNAMES}][，,]?\\s*(?:名)?叫)\\s*(?!${NOT_NAME})((?:欧阳|司马|上官|诸葛|[${SURNAMES}])[^${NAME_STOP}\\s\\d\\[\\]]{1,2})(?=[${NAME_STOP}\\s\\d]|就好|就行|就可以|吧|$)(?<!${NOT_NAME_END})`) },
  // 我叫李想，: a given name that is also a common character (想, 来, 和), after an explicit name cue and before punctuation.
  { type: 'NAME', id: 'zh-name-cued', priority: 40, group: 1, re: r(`(?:我叫|我的名字(?:是|叫)|我名字(?:是|叫)|本人(?:叫|姓名)?|我姓名是|姓名[:：]?)\\s*(?!${NOT_NAME})((?:欧阳|司马|上官|诸葛|[${SURNAMES}])[${CJK}]{1,2}?)(?=[，。,.!！?？、；;:：\\s\\d]|今年|$)(?<!${NOT_NAME_END})`) },
  { type: 'NAME', id: 'en-name', priority: 40, group: 1, re: r(`(?:[Mm]y name is|[Mm]y name's|[Nn]ame's|[Mm]y full name is|I'm called|I am called|[Cc]all me|(?:[Hh]i|[Hh]ello|[Hh]ey)[,!]?\\s+(?:I'm|I am|this is|it's)|(?:^|[.!?]\\s+)This is(?!\\s+(?:${EN_NOT_NAME}|Hard|Crazy|Insane|Awful|Terrible|Hell|It|What|Why|How|Me|My|Serious|Important|Urgent|Normal|Weird|Real|Life|Fun|Great|Nice|Wrong|Right|Exactly|Amazing|Horrible)\\b)|(?<![A-Za-z])[Nn]ame\\s*[:：])\\s+([A-Z][a-z]{1,15}(?:\\s+(?!And\\b|But\\b|I\\b)[A-Z][a-z]{1,15})?)\\b`) },
  // "I'm Sarah" / "I am Tom, 16": a capitalised word that is not a common adjective, state or group after I'm.
  { type: 'NAME', id: 'en-im-name', priority: 39, group: 1, re: r(`(?<![A-Za-z])(?:[Ii]['’]?m|[Ii] am)\\s+(?!(?:${EN_NOT_NAME})\\b)([A-Z][a-z]{1,15}(?:\\s+(?!(?:${EN_NOT_NAME}|And|But|I|Im|The|From)\\b)[A-Z][a-z]{1,15})?)(?=\\s*(?:[,.!?;:)]|$|\\s(?:and|but|from|here|btw|by the way|\\d|[a-z]+ing\\b|i\\b|im\\b|i'm\\b|I\\b|I'm\\b|,)))`) },
  // "my name is john smith": lower-case names after an explicit name cue.
  { type: 'NAME', id: 'en-name-lower', priority: 38, group: 1, re: r(`(?:[Mm]y name is|[Mm]y names|[Mm]y name['’]s|[Nn]ame['’]s)\\s+(?!(?:not|no|none|nothing|the|a|an|on|in|irrelevant|unimportant|important|weird|hard|so|too|very|really|just|literally|kinda|like|what|whatever|private|secret|also|still|spelled|pronounced|written|cursed|known|mud|whenever|anytime|later|tomorrow|tonight|now|back|maybe|if|when|at|on|crazy|stupid|weak|[a-z]+ed|[a-z]+ing|[a-z]+ly)\\b)([a-z]{2,15}(?:\\s+(?!(?:and|but|i|im|from|btw|lol|haha|tho|though)\\b)[a-z]{2,15})?)(?=\\s*(?:[,.!?;:]|$|\\s(?:and|but|i|im|from|btw|lol|haha|\\d)))`) },
  {
    // A date with a birth cue before it (up to a few words away: "asks for DOB, I type 07/04/2001") or after it (1995年3月12日出生).
    type: 'DOB',
    id: 'dob',
    priority: 45,
    group: 1,
    re: r(`(?:出生(?:日期|年月日?|于|在|日)?|生日(?:是|为)?|生于|(?<![A-Za-z])(?:[Bb]orn(?:\\s+on)?|DOB|D\\.O\\.B\\.?|[Dd]ate of [Bb]irth|[Bb]irth ?[Dd]ate|[Bb]irthday(?:\\s+is)?)(?![A-Za-z]))[^。.!?？！\n0-9０-９]{0,25}?(${DATE})(?![0-9０-９])`),
  },
  { type: 'DOB', id: 'dob-after', priority: 45, group: 1, re: r(`(?<![0-9０-９])(${DATE})\\s*(?:出生|生的|生人|出世)`) },
];

/** Must-keep numbers besides the hotline file: emergency and service numbers. Digits only. */
export const KEEP_NUMBERS = ['110', '112', '119', '120', '122', '911', '999', '988', '12345', '12355', '12356', '12320', '18111', '1925', '1995', '741741', '116123'];
