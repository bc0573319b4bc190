/**
 * PII patterns over the ORIGINAL text (offsets are UTF-16 units of the input). Digits may be
 * ASCII or full-width. Validation (ID check digit, Luhn, must-keep numbers) lives in ../pii.ts.
 * Written for CareLLM 2026-11-29. Formats: GB 11643-1999 (resident ID), ITU E.164 (+86),
 * NANP (US phone), SSA (SSN area-group-serial).
 */

import { EN_GIVEN_LOWER_NOT_NAME, EN_GIVEN_LOWER_WORDS, EN_GIVEN_NAMES_WIDE } from './pii-name-lexicon.ts';

export type PiiType = 'PHONE' | 'ID' | 'BANKCARD' | 'EMAIL' | 'URL' | 'IP' | 'WECHAT' | 'QQ' | 'ADDRESS' | 'NAME' | 'DOB' | 'SSN';

export interface PiiPattern {
  type: PiiType;
  id: string;
  re: RegExp;
  /** Capture group holding the value (default 0: the whole match). */
  group?: number;
  /** Higher wins when spans overlap. */
  priority: number;
  /** The pattern only runs on texts that this matches (a cheap pre-check: most messages have no digits). */
  needs?: RegExp;
  /** A value that this matches from its start is not PII (word lists kept out of the scanning regex: a long regex scans slower). */
  reject?: RegExp;
  /** For names in Latin letters: a first word that this matches drops the match; a later one ends the name before it. */
  rejectWord?: RegExp;
  /** The text before the value (at most 160 characters): a match drops it. The pattern keeps itself to the sentence (`[^.!?\n]*$`). */
  rejectBefore?: RegExp;
}

const D = '[0-9０-９]';
/** One Chinese numeral digit (round 19). */
const ZN = '[〇零○一二三四五六七八九幺两壹贰貳叁參肆伍陆陸柒捌玖]';
const SEP = '[ \\-－—–\u00a0\u3000]?';
/** Mobile groups may also be split by dots, slashes or underscores: 138.1234.5678, 147/5530/8219, 166_2087_1134. */
const MSEP = '[ \\-－—–.．/／_·\u00a0\u3000]?';
/** Extension after a landline: -123, 转123, ext. 123, x123; on the same line and not a time (session 21: "0755-86001234\nx\n22" and "转 22:30" are no extensions). */
const EXT = `(?:[-－]|[ \\t]?转[ \\t]?|[ \\t]?(?:ext|Ext|EXT|x)\\.?[ \\t]?)${D}{1,5}(?![:：][0-9０-９])`;
const NOT_DIGIT_BEFORE = '(?<![0-9０-９A-Za-z])';
const NOT_DIGIT_AFTER = '(?![0-9０-９])';
const CJK = '\\u4e00-\\u9fa5';
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳司马上官诸葛';
const NAME_STOP = '今是在的了住来从我你他她，。,.!！?？、 和也都就想叫姓';
const r = (src: string, flags = 'gu') => new RegExp(src, flags + 'd');

/** Month names, capitalised or not ("July 9th", "july 9th": months only count after a birth cue or next to a year). */
const MONTHS =
  '[Jj]an(?:uary)?|[Ff]eb(?:ruary)?|[Mm]ar(?:ch)?|[Aa]pr(?:il)?|[Mm]ay|[Jj]une?|[Jj]uly?|[Aa]ug(?:ust)?|[Ss]ep(?:t(?:ember)?)?|[Oo]ct(?:ober)?|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?';
const ZH_DIGIT = '[〇零○一二三四五六七八九]';
/** Month and day in digits or Chinese numerals (正月, 腊月, 初八, 二十三, 廿五). */
const ZH_MONTH = `(?:${D}{1,2}|十[一二]?|[一二三四五六七八九正冬腊])`;
const ZH_DAY = `(?:${D}{1,2}|初[一二三四五六七八九十]|[二三]十[一二三四五六七八九]?|廿[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])`;
/** Full dates: 1995-03-12, 1995年3月12日, 12/03/1995, 07/04/01, March 12(th), 1995, 12(th) (of) March 1995, 19950312. */
const DATE = [
  `(?:19|20|１９|２０)${D}{2}\\s*[-/.年]\\s*${D}{1,2}\\s*[-/.月]\\s*${D}{1,2}\\s*[日号]?`,
  `${D}{1,2}[/.\\-]${D}{1,2}[/.\\-](?:(?:19|20|１９|２０)${D}{2}|${D}{2})`,
  `(?<![A-Za-z])(?:${MONTHS})\\.?\\s+${D}{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}`,
  `${D}{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+(?:19|20)\\d{2}`,
  `(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])`,
  `(?:民國|民国)?${D}{2,3}\\s*年\\s*${D}{1,2}\\s*月\\s*${D}{1,2}\\s*[日号]?`,
  `${D}{1,2}-(?:${MONTHS})-(?:19|20)\\d{2}`,
  // 二〇〇七年五月四日, 1994年农历八月十五, 1965年腊月二十三
  `(?:(?:19|20|１９|２０)${D}{2}|一九${ZH_DIGIT}{2}|二[〇零○]${ZH_DIGIT}{2})\\s*年\\s*(?:农历|阴历|公历|阳历)?\\s*${ZH_MONTH}\\s*月\\s*${ZH_DAY}\\s*[日号]?`,
  // A two-digit year in Chinese numerals, only next to a birth cue: 九一年十月二十八号, 八九年腊月十二, 零三年正月初六.
  `(?<![〇零○一二三四五六七八九])${ZH_DIGIT}{2}\\s*年\\s*(?:农历|阴历|公历|阳历)?\\s*${ZH_MONTH}\\s*月\\s*${ZH_DAY}\\s*[日号]?`,
  // A holiday with a year: Christmas Day 2002, New Year's Eve 1999, Valentine's Day 2001.
  `(?:Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year['’]?s(?:\\s+(?:Day|Eve))?|Valentine['’]?s\\s+Day|Halloween|Boxing\\s+Day|Independence\\s+Day|St\\.?\\s+Patrick['’]?s\\s+Day|Thanksgiving(?:\\s+Day)?),?\\s+(?:19|20)\\d{2}`,
].join('|');

/** A building code in letters and digits before 栋/座/号楼: A座, B2座, C3栋, R2-B栋, A2-1号楼. */
const ZH_BLDG_CODE = `[A-Za-z]{1,2}(?:${D}{1,3}(?:[-－][A-Za-z0-9]{1,2})?)?`;
/** Building, unit, floor and room after a street number: 3栋2单元502室, 3栋1502, 3-2-502, 5楼, 16F-1603, 3号1801. */
const zhUnit = (sp: string): string =>
  `(?:${sp}${D}{1,4}(?:号楼|號樓|栋|棟|幢|座|号|號)|${sp}${ZH_BLDG_CODE}(?:号楼|號樓|栋|棟|幢|座)|${sp}${D}{1,4}[-－](?=${D}))?(?:${sp}${D}{1,3}(?:单元|單元|门|門)|${sp}[一二三四五六七八九十]{1,2}(?:单元|單元)|${sp}${D}{1,3}[-－](?=${D}))?(?:${sp}(?!${D}{3}[楼樓][上下])${D}{1,3}(?:楼|樓|层|層|[Ff](?![A-Za-z]))(?:之(?:${D}{1,2}|[一二三四五六七八九十]{1,2}))?)?(?:${sp}(?:[A-Za-z]{1,2}${D}{0,4}|${D}{1,5}|[〇零一二三四五六七八九]{3,4})(?:室|房|户)|(?<=${D}(?:楼|樓|层|層))[A-Za-z](?![A-Za-z超])|(?<=号楼|號樓|栋|棟|幢|座|塔|单元|單元|门|門|楼|樓|层|層|舍|斋|[一二三四五六七八九十0-9０-９]期|大厦|大廈|广场|廣場|中心|公寓)${sp}${D}{3,5}(?![0-9０-９年月日号点分岁元块个次天])|(?<=[0-9０-９](?:号|號))${D}{3,4}(?![0-9０-９年月日号號点分岁元块个次天米路站人公万千百楼樓层層栋棟])|(?<=[-－])${D}{1,5}(?![0-9０-９])|(?<=[0-9０-９][Ff楼樓层層])[-－]${D}{3,5}(?![0-9０-９])|${sp}${D}{1,5}(?:号|號))?`;
const ZH_UNIT = zhUnit('');
/** The same with a space allowed between parts: 华苑小区 23号楼 3门 501. */
const ZH_UNIT_SPACED = zhUnit('\\s?');
/** Province, city, district and town before a street (traditional forms too: 大安區). */
const ZH_ADMIN = `(?:[${CJK}]{2,7}(?:省|自治区))?(?:[${CJK}]{2,7}?(?:市|州|盟))?(?:[${CJK}]{1,7}?(?:区|區|县|縣|旗))?(?:[${CJK}]{1,7}?(?:镇|鎮|乡|鄉|街道))?`;
/** A city or a district (at least one), for forms that need a place before them. */
const ZH_ADMIN_REQUIRED = `(?:(?:[${CJK}]{2,7}(?:省|自治区))?[${CJK}]{2,7}?(?:市|州|盟)(?:[${CJK}]{1,7}?(?:区|區|县|縣|旗))?|(?:[${CJK}]{2,7}(?:省|自治区))?[${CJK}]{1,7}?(?:区|區|县|縣|旗))`;
/** A building or campus after the street number: 中信广场北塔, 科大天工大厦B座, 华中科技大学东九楼, 恒隆广场二期, 哈工大二校区. */
const ZH_BUILDING_SUFFIX = '(?:大厦|大廈|大楼|大樓|广场|廣場|中心|写字楼|大学|大學|学院|校区|小学|中学|学校|幼儿园|附中|附小|医院|卫生院|诊所|门诊部|小区|花园|公寓|新村|家园|公馆|国际|國際|商城|商场|酒店|宾馆|大院|城|苑|园区|产业园|科技园|园|府)';
const ZH_BUILDING_PART = `(?:${ZH_BLDG_CODE}|[东西南北中新老第]?[一二三四五六七八九十]{1,2}|[东西南北中新老][${CJK}]?|${D}{1,2})(?:座|塔|楼|樓|栋|棟|幢|期|校区|园|区|写字楼|号楼|舍|斋)`;
const ZH_BUILDING_NAME_CHAR = `(?![的了在是和我你他她那这附旁对])[${CJK}A-Za-z]`;
const ZH_BUILDING = `(?:\\s?${ZH_BUILDING_NAME_CHAR}{2,8}?${ZH_BUILDING_SUFFIX}{1,2}(?:${ZH_BUILDING_PART}){0,2}|\\s?${ZH_BUILDING_NAME_CHAR}{2,6}?(?:${ZH_BUILDING_PART}){1,2})`;
/**
 * Round 21: a house number in Chinese numerals (珞喻路一百五十二号, 一五二号, 四十八号); not a day of the month (十号, 二十三号),
 * not a line (一号线).
 */
const ZH_NUMERAL_HOUSE = `(?:[一二三四五六七八九两]百(?:[零〇]?[一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)?|[一二三四五六七八九][〇零一二三四五六七八九]{1,3}|[四五六七八九]十[一二三四五六七八九]?|三十[二三四五六七八九])(?:号|號)(?![线口车位楼樓線車])`;
/** Street number with lanes, a dash and an annex number: 283巷19弄4號, 136-5号, 2号附3号; round 23: 甲/乙 after the number (望京西路8号乙; 甲方 stays out), and 号 before 楼顶 (the roof). */
// Round 26: 甲/乙/丙 before the number too (学院路甲38号院, 复兴路乙12号).
const ZH_STREET_NUMBER = `(?:${ZH_NUMERAL_HOUSE}|(?:[甲乙丙](?=${D}))?(?:${D}{1,5}(?:巷|弄)){0,2}${D}{1,5}(?:[-－]${D}{1,4})?(?:号|號|弄)(?![线口车位]|[楼樓](?![顶頂]))(?:院|[甲乙丙](?![方级級肝状狀醛类類型等]))?(?:附${D}{1,3}(?:号|號))?(?:之(?:${D}{1,2}|[一二三四五六七八九十]{1,2}))?)`;
/**
 * An address written on in comma-separated parts after the street number or crossing: "…588号，宁波文化广场，3号楼1106",
 * "…交汇处，万科城，一期5栋A座2601". The part after the last comma must be a building number (号楼/栋/幢/座).
 */
const ZH_BUILDING_NUMBER = `(?:[一二三四五六七八九十]{1,2}期|${D}{1,2}期)?${D}{1,4}(?:号楼|號樓|栋|棟|幢|座)(?:[A-Za-z](?:座|栋|棟))?`;
/** Housing estate names: 阳光小区, 碧桂园, 金地公寓, 锦绣新村. */
const ESTATE = '(?:小区|花园|公寓|新村|家园|社区|苑|园|大厦|广场|公馆)';
/** Where an estate lies from a landmark: …477号，华星大厦对面那个小区7栋 (one address, one span). */
const ZH_LANDMARK_POS = '(?:斜对面|对面|旁边|隔壁|后面|背后|附近|前面|楼上|楼下|东边|西边|南边|北边)(?:那个|这个|那|的)?';
/** A side or gate of a landmark: 国贸中心东侧, 万达广场北门, 银泰城西口 (round 18). */
const ZH_LANDMARK_SIDE = '(?:[东西南北](?:侧|门|口|面|边)|[东西南北]{2}(?:侧|门|角))';
const ZH_COMMA_TAIL = `[，,]\\s?(?:${ZH_BUILDING_NAME_CHAR}{2,10}?(?:${ZH_BUILDING_SUFFIX}|家属院|院|社区)[，,]\\s?|${ZH_BUILDING_NAME_CHAR}{2,10}?${ZH_LANDMARK_POS}${ZH_BUILDING_NAME_CHAR}{0,6}?(?:宿舍楼?|${ESTATE}))?${ZH_BUILDING_NUMBER}${ZH_UNIT}`;
/**
 * A dormitory or estate after a campus or landmark, before its building number: …华中科技大学东区学生公寓12栋,
 * …现代快报大厦对面小区5幢, …万达广场旁边的阳光花园3栋.
 */
const ZH_ESTATE_AFTER = `(?:对面|斜对面|旁边|隔壁|后面|背后)?(?:的|那个|这个)?${ZH_BUILDING_NAME_CHAR}{0,6}?(?:宿舍楼?|${ESTATE})(?=\\s?${D})`;
const EN_UNIT = '(?:Apt|Apartment|Suite|Ste|Unit|Flat|Room|Rm|#)\\.?\\s*#?(?:\\d[0-9A-Za-z-]{0,6}|[A-Za-z]\\d{0,4}\\b)';
/** Round 24: a floor before or after the street ("2nd floor, 55 Water St, …", "55 Water St, 3rd Floor, …", "12/F, 88 Nathan Road"). */
const EN_FLOOR = '(?:\\d{1,2}(?:st|nd|rd|th)\\s+[Ff]loor|[Ff]loor\\s\\d{1,2}|\\d{1,2}\\/F|(?:[Gg]round|[Bb]asement|[Tt]op)\\s+[Ff]loor)(?![A-Za-z])';
/** The period after a street abbreviation (St., Ave.), not a full stop: kept only when the address goes on ("12 Oak St., Springfield", "Elm Rd. Apt 4"). */
const EN_ABBR_DOT = `(?:(?<=(?:St|Ave|Rd|Blvd|Ln|Dr|Ct|Pl|Sq|Hwy|Pkwy|Cir|NE|NW|SE|SW))\\.(?=,|\\s+(?:[a-z0-9#]|(?:Apt|Apartment|Suite|Ste|Unit|Flat|Room|Rm|NE|NW|SE|SW)\\b)))?`;
const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';

/** Not a given name after 我是<surname…>: roles and titles (张老师, 高中生, 王者…), common words and place names (上海, 郑州) starting with a surname character.
 * Round 23: time words with 上 (我是上周三来的, 我是上个月…). */
const NOT_NAME =
  '周一|周二|周三|周四|周五|周六|周日|周末|白眼|白莲|马屁|上周|上次|上个|上午|上月|上回|上学|上班|上课|上网|上初|上高|上大|上小学|上中学|上幼|麦当劳|麥當勞|麦片|麥片|麦克|麥克|麦田|麦子|麥子|麦穗|高中|高三|高二|高一|高考|高材|初中|大学|万人|何等|何必|白痴|金牛|方便|江苏|江西|单身|独生|马上|真的|黄牛|龙凤|毛头|孔雀|范本|林妹妹|王者|钟点|程序|司机|史上|石头|夏天|余生|安全|田径|任性|常常|向来|和平|孟婆|文员|贾宝玉|林黛玉|上海|黄石|黄山|黄冈|武汉|武威|石家庄|金华|江门|龙岩|马鞍山|邵阳|秦皇岛|高雄|林芝|唐山|许昌|郑州|周口|徐州|沈阳|白银|贺州|万州|张家口|张家界|杨浦|汤山';
const NOT_NAME_END = '住|老师|医生|同学|大夫|护士|阿姨|叔叔|先生|女士|小姐|总|经理|主任|校长|教授|律师|家长|妈妈|爸爸|哥|姐|弟|妹|人|粉|迷|控|党|族|生|员|家|的';
/** State / province (US, Canada, Australia) with ZIP or postcode, or a UK postcode. */
const REGION_TAIL = `(?:,?\\s+(?:${US_STATES}|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|NSW|VIC|QLD|TAS|ACT|NT)\\b(?:\\s+(?:\\d{4,5}(?:-\\d{4})?|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d))?|,?\\s+\\d{5}(?:-\\d{4})?|,?\\s+[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}\\b|,?\\s+(?:[AC-FHKNPRTV-Y]\\d{2}|D6W)\\s?[0-9AC-FHKNPRTV-Y]{4}\\b|,\\s+[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d\\b)?`;
/** Session 37: the listed given names in lower case, as people type them in chat (less EN_GIVEN_LOWER_NOT_NAME). */
const EN_GIVEN_LOWER = EN_GIVEN_NAMES_WIDE.split('|')
  .map((n) => n.toLowerCase())
  .filter((n) => !EN_GIVEN_LOWER_NOT_NAME.has(n));
const EN_GIVEN_NAMES_LOWER = EN_GIVEN_LOWER.join('|');
/** The same less the names that are everyday words in lower case (EN_GIVEN_LOWER_WORDS), for looser places. */
const EN_GIVEN_NAMES_LOWER_NOT_WORDS = EN_GIVEN_LOWER.filter((n) => !EN_GIVEN_LOWER_WORDS.has(n)).join('|');
/** Words written capitalised after "I'm" that are not names. */
const EN_NOT_NAME =
  'Sorry|Fine|Ok|Okay|Tired|Going|Just|So|Not|Really|Here|Back|Done|Good|Bad|Sad|Mad|Scared|Afraid|Alone|Lost|Stuck|Sick|Depressed|Anxious|Home|Sure|Still|Also|Always|Never|Feeling|Trying|Literally|Honestly|Currently|Very|Too|Pretty|Kinda|Like|Glad|Happy|Grateful|Thankful|Exhausted|Overwhelmed|Struggling|Worried|Nervous|Terrified|Broken|Numb|Empty|Hungry|Awake|Up|Out|In|On|At|A|An|The|No|Never|Ready|Free|Late|New|Old|Single|Married|Pregnant|Gay|Bi|Trans|Straight|Lesbian|Queer|Autistic|Bipolar|American|Chinese|British|English|Canadian|Australian|Indian|Asian|African|European|Mexican|Korean|Japanese|Christian|Catholic|Muslim|Jewish|Buddhist|Hindu|Atheist|Male|Female|Human|Nobody|Someone|Everyone|Sick|Ill|Well|Better|Worse|Fucked|Screwed|Dying|Dead|Done|Over|Through|Almost|About|Gonna|Getting|Starting|Thinking|Looking|Writing|Asking|Calling|Texting|Having|Doing|Being|Still|Only|Even|All|Quite|Extremely|Super|Suicidal|Stressed|Angry|Lonely|Confused|Ashamed|Embarrassed|Guilty|Hopeless|Worthless|Useless|Stupid|Ugly|Fat|Weak|Crying|Shaking|Panicking|Freaking|Losing|Sitting|Standing|Lying|Staying|Leaving|Moving|Working|Studying|Student|Teacher|Nurse|Doctor|Mom|Dad|Mum|Parent|Irish|Scottish|Welsh|French|German|Italian|Spanish|Russian|Polish|Dutch|Swedish|Brazilian|Filipino|Filipina|Vietnamese|Thai|Taiwanese|Malaysian|Singaporean|Nigerian|Kenyan|Black|White|Latina|Latino|Latinx|Hispanic|Aussie|Kiwi|Vegan|Vegetarian|Disabled|Deaf|Blind|Neurodivergent|Nonbinary|Agender|Pansexual|Asexual|Aro|Ace|Mormon|Sikh|Adopted|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yes|Yeah|Nah|Hi|Hello|Hey|Thinking|Sure|Afraid|Curious|Wondering|Worried';

/** Traditional forms of common surnames (陳美玲, 劉德華). */
const TRAD_SURNAMES = '麦麥陳劉張黃趙吳孫馬鄭謝韓馮鄧蕭萧葉蘇呂盧蔣許楊羅錢嚴龔萬賈湯鍾譚陸範閆閻賀顧龍鄒';
const ALL_SURNAMES = `${SURNAMES}${TRAD_SURNAMES}`;
/** Family, partners, friends and people at work or school, as written before their name (我妈叫…, 我室友唐甜，…). */
const ZH_RELATION =
  '妈妈|妈|媽媽|媽|母亲|爸爸|爸|父亲|老公|老婆|丈夫|妻子|前夫|前妻|前任|男朋友|女朋友|前男友|前女友|男友|女友|对象|哥哥|姐姐|弟弟|妹妹|[堂表](?:哥|姐|弟|妹)|哥|姐|弟|妹|儿子|女儿|爷爷|奶奶|外公|外婆|姥姥|姥爷|舅舅|舅妈|叔叔|婶婶|阿姨|姑姑|姨妈|室友|舍友|同学|同桌|同事|闺蜜|发小|好朋友|朋友|好友|老板|领导|上司|经理|主管|导师|班主任|辅导员|老师|邻居|房东|学长|学姐|学弟|学妹|网友|紧急联系人|联系人';
/** Characters that end a name written after a relation word (they are verbs, particles and pronouns that follow it). */
export const REL_NAME_STOP = '到的了是在和跟把被给对让说都也就又还不没要会很太最这那他她它我你们啊吧呢吗呀哦嘛叫姓每半借总打骂拉发非居竟现上已经刚才从';
/** What follows a name after a relation word: punctuation, or a verb, adverb or particle. */
const REL_NAME_NEXT =
  '[，,。.!！?？、；;：:\\s（(…]|$|推荐|介绍|人(?:很|挺|真|特别|超|不错|蛮)|[到把的借还说跟和也都就又总每被给对让不没要会打骂发在是他她这那刚才从已住一]|半夜|天天|一直|昨天|昨晚|今晚|今天|前天|前几天|这几天|老是|经常|根本|拉黑|非要|居然|竟然|现在|上次|上个|上周|去年|今年|以前|最近|突然|去世|生病|住院|出轨|产后|确诊|患|得了|离家|失踪|自杀|怀孕|辞职|失业|出事|喝醉|酗酒|吸毒|赌博|欠|骗|抛弃|离开|走了|回来|结婚|离婚|生了|生完|生下|动手|家暴|手机|手機|电话|電話|微信|当着|當著|当众|当面' +
  // Round 26: a school year or schooling after the name (我弟王浩然上初三, 我妹李思琪读高二, 我儿子张子轩念小学).
  '|(?:上|读|讀|念)(?:初[一二三四]|高[一二三]|大[一二三四]|小学|小學|初中|高中|中学|中學|大学|大學|幼儿园|幼兒園|研|职高|技校)|(?:初|高)[一二三](?:了|的时候|那年|[，,。！!])';
/** Given names that are common words (高兴, 周末, 曾经…) after a relation word. */
const ZH_REL_NOT_NAME =
  '高兴|严厉|严肃|高冷|高大|周末|周日|周六|周一|周二|周三|周四|周五|周围|周年|曾经|钱包|钱都|严格|严重|毛病|万一|何必|何况|江湖|白天|黄昏|石头|金钱|于是|任何|程度|许多|许久|陆续|余额|方便|方面|马上|常常|向来|和平|安全|田径|夏天|龙虾|林子$|叶子|雷区|秦朝|武汉|江苏|江西|高中|高考|高三|初中|大学|平时|平常|一般|一起|一直|司机|上班|上学|上网|熊孩子|孔雀|丁点|付钱|付出|戴口罩|顾不上|钟点|邵阳';
/** Repeated characters that are words, not names (天天, 刚刚, 看看, 谢谢). */
const ZH_REDUP_NOT_NAME =
  '天天|刚刚|常常|渐渐|慢慢|偷偷|悄悄|默默|好好|看看|想想|纷纷|弱弱|滔滔|白白|谢谢|哈哈|呵呵|嘿嘿|嘻嘻|明明|恰恰|往往|每每|仅仅|早早|久久|时时|处处|人人|家家|年年|月月|日日|夜夜|多多|统统|通通|连连|频频|屡屡|缓缓|轻轻|匆匆|急急|稍稍|微微|暗暗|隐隐|深深|远远|高高|大大|小小|紧紧|死死|快快|乖乖|冷冷|淡淡|狠狠|傻傻|呆呆|直直|个个|样样|步步|声声|口口|事事|哭哭|吵吵|说说|走走|等等|试试|问问|聊聊|玩玩|听听|尝尝|找找|坐坐|逛逛|抱抱|亲亲|摸摸|拍拍|笑笑|帮帮|我我|你你|他他|她她|嗯嗯|啊啊|呜呜|嘤嘤|哇哇|哦哦|对对|是是|好好|也也|都都|就就|老老|实实|清清|楚楚|干干|净净|平平|安安|开开|心心|欢欢|喜喜|生生|世世|密密|麻麻|星星|猩猩|狒狒|蝈蝈|蛐蛐|宝宝|娃娃|爸爸|妈妈|哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|姥姥|舅舅|叔叔|婶婶|姑姑|伯伯|公公|婆婆|太太|嫂嫂';
/** Round 21: roles written right before a person's full name (小组长陈晓雨, 患者家属张涛, 主治医生刘建国). */
const ZH_ROLE_BEFORE_NAME =
  '小组长|组长|班长|队长|群主|患者家属|病人家属|家属|班主任|辅导员|主治医生|主治医师|主管医生|管床医生|心理咨询师|咨询师|心理医生|治疗师|社工|督导|教练|室长|宿管|中介|师兄|师姐|带教老师|导师|房东|老板|领导|上司|主管|经理|同事|室友|舍友|同学|闺蜜|邻居|舅舅|表哥|表姐';
/** Titles written right after a person's name (孙雅琴医生, 王立新老师). */
export const ZH_NAME_TITLE = '老师|医生|医师|大夫|护士|主任|教授|律师|警官|社工|咨询师|阿姨|叔叔';
/** Three characters before a title that are not a name (高年级老师, 上一任老师, 金牌讲师). */
const ZH_TITLE_NOT_NAME = new RegExp(`^(?:${NOT_NAME}|${ZH_REL_NOT_NAME}|${ZH_REDUP_NOT_NAME}|谢谢|马屁|高年级|低年级|上一|下一|金牌|江湖|马来|韩国|石油|金融|方向|何时|曾经|万能|白衣|黄埔|宋代|唐代|明代|秦汉)`, 'u');
/** Round 23: words after 我是…老师/护士 that are not names (白班, 夜班, 高年级, 兼职). */
const ZH_SELF_ROLE_REJECT = new RegExp(`^(?:${NOT_NAME}|${ZH_REL_NOT_NAME}|${ZH_REDUP_NOT_NAME}|${ZH_RELATION}|白班|夜班|晚班|早班|高年级|低年级|兼职|实习|代课|任课|班主任|常驻|万金油)`, 'u');
/** Words written after a title that are not surnames (Mr. President, Dr. Now). */
const EN_NOT_TITLE_NAME =
  'Mr|Mrs|Ms|Miss|Mx|Dr|Prof|President|Prime|Speaker|Chairman|Nice|Right|Wrong|Now|Pepper|Peppers|Independent|Know|Clean|Perfect|Fix|Universe|Worldwide|Robot|Bean|Pimple|Plow|Take|Big|Freeze|Incredible|Popular|Who|Strange|Hyde|Jekyll|Potato|Sandman|Moneybags';
/** Session 39: words written in lower case after "mr."/"ms." that are not surnames ("mr. right", "ms. perfect"). */
const EN_TITLE_LOWER_NOT_NAME = new RegExp(
  `^(?:${EN_NOT_TITLE_NAME.toLowerCase()}|the|and|nobody|somebody|everybody|anybody|no|yes|sir|maam|brightside)$`,
  'u',
);
/** Pet and minority names after an explicit cue: 小雨, 阿杰, 宁宁 (repeated), 吉尔格勒, 达娃卓玛. */
const ZH_PET_NAME = `(?:小|阿)(?![时区心孩店哥姐朋伙学组说吃事米猫狗妹弟])[^${REL_NAME_STOP}\\s\\d\\p{P}A-Za-z]{1,2}`;
/** A name written in Latin letters (Sebastián, Ji-woo, O'Brien), one word. */
const EN_NAME_WORD = "[A-Z](?:['’][A-Z])?[a-zà-öø-ÿ]{1,15}(?:-[A-Za-z][a-zà-öø-ÿ]{1,15})?";
/** Round 21: a third short word of a full name (Lim Wei Kiat, Tan Mei Ling, Ng Kah Hui): only after two name words. */
const EN_NAME_3RD = "(?:\\s+(?!(?:The|And|But|So|Or|Im|Am|Is|In|At|On|My|From|Here|Now|Just|Not|Yes|No|Ok|Okay|Hi|Hey)\\b)[A-Z][a-z]{1,4}(?![A-Za-z'’]))?";
/** Words that are not names after a relation word or a title. */
export const EN_NOT_NAME_MORE = 'Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Today|Tomorrow|Tonight|Yesterday|You|Me|Him|Them|Us|It|Is|Was|And|But|Or|If|When|Because|Anyone|Anybody|Somebody|Everybody|Christmas|Easter|Thanksgiving|January|February|March|April|June|July|August|September|October|November|December|God|Jesus|Lord|Google|Facebook|Instagram|Twitter|Reddit|Discord|Snapchat|Tiktok|TikTok|Covid|Corona|Netflix|Amazon|Uber|Apple|Microsoft';
/** Family, partners, friends and people at work or school, before a name (my mum Deborah, call my aunt Ruth). */
export const EN_RELATION =
  'mate|pal|buddy|mum|mom|mother|mama|mommy|mummy|dad|father|papa|daddy|brother|bro|sister|sis|son|daughter|kid|child|husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc[eé]e?|ex|aunt|auntie|aunty|uncle|cousin|niece|nephew|grandma|grandpa|granny|grandad|granddad|grandmother|grandfather|nan|nana|friend|bestie|roommate|roomie|flatmate|housemate|classmate|coworker|co-worker|colleague|boss|manager|supervisor|teacher|tutor|coach|therapist|counsellor|counselor|psychiatrist|psychologist|doctor|neighbour|neighbor|landlord|landlady|stepmom|stepmum|stepdad|stepmother|stepfather|stepbrother|stepsister|twin|crush|sibling|spouse|carer|caregiver|midwife|doula|nanny|babysitter|childminder|health visitor|social worker|caseworker|case worker|key worker|support worker|care coordinator|mentor|sponsor|pastor|youth worker|homeroom teacher|form tutor|personal tutor|advisor|adviser|GP|nurse|dietitian|physio|psych|RA|lecturer|professor|instructor|trainer|godmother|godfather|stepson|stepdaughter';

/** People named by a role before 叫 (有个学生叫…): relation words and roles at school, work or in care. */
const ZH_ROLE = `学生|女生|男生|女孩子?|男孩子?|孩子|小孩|病人|患者|病友|来访者|客户|人|姑娘|小伙子?|${ZH_RELATION}`;
/** Characters of a given name after a relation word or a name cue. */
/** 刚 is a stop (王丽刚才…) but also ends names (赵志刚, 李建刚): kept as the last character before punctuation, the end or 我/你. */
const ZH_GIVEN = `(?:[^${REL_NAME_STOP}\\s\\d\\p{P}A-Za-z]|刚(?=[，,。.!！?？、；;\\s]|$|[我你](?!们?的)))`;
const ZH_GIVEN_FREE = `[^${REL_NAME_STOP}\\s\\d\\p{P}A-Za-z车]`;
/** Values that are words, roles or kin terms rather than names (高兴, 天天, 妈妈, 高中). */
const ZH_REL_REJECT = new RegExp(`^(?:${NOT_NAME}|${ZH_REL_NOT_NAME}|${ZH_REDUP_NOT_NAME}|${ZH_RELATION})`, 'u');
/** Words that start with a less common surname character (温柔, 宁愿, 游戏, 单身): not names after 我叫. */
const ZH_RARE_SURNAME_REJECT = /^(?:温柔|温暖|温和|温顺|宁愿|宁可|童年|季节|屈服|舒服|舒适|洪水|左边|左右|谷底|项目|施工|蒙古|凌晨|甘心|祝福|房子|房东|房间|卫生|岳父|岳母|鲁莽|席位|尚未|游戏|游泳|庞大|单身|单纯|单位|单独|纪念|齐全|柴火|乔装)/u;
/** After 我是: roles, slang and kin words that look like pet names (小白 a newcomer, 小透明, 小三, 宝宝). */
const ZH_PET_NOT_NAME = `小白|小透明|小菜|小三|小号|小辈|小职员|小仙女|小可爱|小朋友|小姑娘|小伙|小年轻|小公主|小人物|小丑|小编|小胖|小萌新|小人|小型|小户|小角色|小跟班|小老板|小股东|小主|小弱|小废物|阿姨|阿婆|阿公|阿伯|阿宅|${ZH_REDUP_NOT_NAME}|${ZH_RELATION}`;
const ZH_WOSHI_PET_REJECT = new RegExp(`^(?:${ZH_PET_NOT_NAME})`, 'u');
/** Words after 我是…的 that are not names (高个子, 万年老二, 何方神圣). */
const ZH_PLACE_DE_REJECT = new RegExp(`^(?:${NOT_NAME}|${ZH_REL_NOT_NAME}|${ZH_REDUP_NOT_NAME}|${ZH_RELATION}|高个|矮个|高手|万年|何方|白富美|金牌|龙头|钱袋|宋体|毛孩)`, 'u');
/** After 转告/告诉/留给: words that look like pet or full names (小红书, 小朋友, 大家, 任何人…). */
const ZH_RELAY_REJECT = new RegExp(`^(?:小红书|小程序|小视频|小作文|小卖部|小动物|小伙伴|小家伙|小学生|小组长|小区|小偷|小姨|小舅|小叔|小婶|小鬼|小贩|小孙|小队|小两口|小护士|小领导|小老板|${NOT_NAME}|${ZH_REL_NOT_NAME}|${ZH_PET_NOT_NAME})`, 'u');
const EN_NOT_NAME_WORD = new RegExp(`^(?:${EN_NOT_NAME}|${EN_NOT_NAME_MORE})$`, 'u');
/** Words written capitalised after "it's" that are not names (It's Monday., It's Over., It's Raining). */
const EN_ITS_NOT_NAME_WORD = new RegExp(`^(?:${EN_NOT_NAME}|${EN_NOT_NAME_MORE}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Halloween|Thanksgiving|Ramadan|Diwali|Over|Raining|Snowing|Cold|Hot|Late|Early|Hard|Easy|Insane|Crazy|Incredible|Unbelievable|Beautiful|Gorgeous|Adorable|Hilarious|Epic|Legendary|Awful|Terrible|Horrible|Amazing|Great|Weird|Strange|Scary|Funny|Annoying|Exhausting|Unfair|Impossible|Ridiculous|Serious|Important|Urgent|Complicated|Enough|Tough|Rough|Brutal|Heavy|Normal|Nice|Cool|Awesome|Perfect|Wrong|Right|Bullshit|Bs|True|Real|Time|Mine|Yours|Nothing|Everything|Something|Life|Love|Hell|Fate|Karma|Science|Math|Maths|English|Spanish|French|Chinese|Finals|Exam|Exams|Summer|Winter|Spring|Autumn|Fall|Morning|Night|Midnight|Noon|Weekend|Payday|Happening|Official|Gone|Broken|Lit|Vibes|Giving|Literally|Google|Instagram|Tiktok|Reddit|Discord|Netflix|Spotify)$`, 'u');
/** Round 23b: words after 我+relation that look like pet names (小声, 小产, 阿根廷). */
const ZH_REL_PET_REJECT = new RegExp(`${ZH_RELAY_REJECT.source}|^(?:小声|小心|小气|小便|小产|小腿|小腹|小肚|小半|小钱|小病|小毛|小事|小说|小月|小脸|小手|小嘴|小睡|小聚|小吃|小题|阿根|阿富|阿拉|阿联|阿尔|阿里|阿弥|阿司)`, 'u');
/** Round 23b: subjects, languages and tools written before 老师 (我是Java老师): not names. */
const EN_SUBJECT_NOT_NAME_WORD = new RegExp(`^(?:${EN_NOT_NAME}|${EN_NOT_NAME_MORE}|Java|Javascript|Python|Math|Maths|Physics|Chemistry|Biology|Science|Music|Art|Piano|Guitar|Violin|Drum|Drums|Yoga|Pilates|Dance|Drama|History|Geography|Economics|Excel|Photoshop|Swift|Ruby|Golang|Rust|Kotlin|Scratch|Lego|Tiktok|Coding|Golf|Tennis|Swim|Boxing)$`, 'u');
/** Round 23b: two characters between 儿子/女儿 and 今年…岁 that are not a name (满, 已经, 上学). */
const ZH_KID_NAME_REJECT = new RegExp(`^(?:${NOT_NAME}|${ZH_REL_NOT_NAME}|${ZH_RELATION}|满|快|才|已|还|差|虚|周|实|出|上|们|今|明|去|宝宝|宝贝)`, 'u');
/** Words after a sign-off that are not names ("Thanks, Doctor", "— Anonymous", "Love, Mom"). */
const EN_SIGNOFF_NOT_NAME_WORD = new RegExp(`^(?:${EN_NOT_NAME}|${EN_NOT_NAME_MORE}|Anonymous|Anon|Everyone|Everybody|All|Guys|Team|Doc|Doctor|Mate|Bro|Sis|Dude|Thanks|Thank|Sorry|Again|Love|Someone|Nobody|Myself|Whatever|Bye|Goodbye|Lol|Haha|Peace|Later|Night|Goodnight|Morning|Tonight|Tomorrow|Today|Yesterday|Mom|Mum|Dad|Mama|Papa|Grandma|Grandpa|Nan|Nana|Auntie|Uncle|Future|Unknown|Admin|Moderator|Mods?|Staff|Management|Nurse|Teacher|Coach|Great|Awesome|Amazing|Perfect|Nice|Cool|Brilliant|Wonderful|Terrible|Awful|Horrible|Ugh|Yeah|Yes|Nope|Nah|Sigh|Anyway|Anyways|Period|End|Fin|Lifeline|Samaritans|Hotline|Helpline|Crisis|Text|Call|Chat|Line|Shout|Mind|Regards|Wishes|Best|Hugs|Kisses|Xx|Xoxo)$`, 'u');
const EN_NOT_TITLE_NAME_WORD = new RegExp(`^(?:${EN_NOT_NAME}|${EN_NOT_NAME_MORE}|${EN_NOT_TITLE_NAME})$`, 'u');

/** A digit spelled out in English (a whole word). The count (7 to 15, under 10 only after a phone word) is checked in ../pii.ts. */
const EN_DIGIT_WORD = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?![A-Za-z])';
const HAS_DIGIT = /[0-9０-９]/u;
/** Between digits written one by one: a space, or a dash or dot with optional spaces around it. */
const DIGIT_GAP = '(?: ?[-－—.．/] ?| )';
/** A digit and a house-number or building character somewhere in the text. */
const ZH_STREET_NUMBER_HINT = /^(?=[^]*(?:[0-9０-９]|[一二三四五六七八九十百零〇][号號]))(?=[^]*[号號弄栋棟幢座楼樓室层層口])/u;

/** English words after "WeChat is / was" that are not an id ("WeChat is banned here", "her WeChat was blocked"). */
const ZH_FORM_NAME_REJECT = new RegExp(`^(?:${NOT_NAME}|${ZH_REL_NOT_NAME}|${ZH_REDUP_NOT_NAME}|${ZH_RELATION}|(?:欧阳|司马|上官|诸葛|.)[^某]?某|于(?:今|昨|前|近|去|本|次|当|上|下|凌|晚|早|中|午|入|术|门|[0-9０-９])|余(?:下|生|额))`, 'u');
/** Two characters after 我是/我叫 that are roles, groups or words, not given names (学渣, 宝妈, 独生, 留守, 社畜). */
const ZH_GIVEN_ONLY_REJECT = new RegExp(`^(?:${NOT_NAME}|${ZH_REL_NOT_NAME}|${ZH_REDUP_NOT_NAME}|${ZH_RELATION}|学渣|學渣|学霸|學霸|宝妈|寶媽|宝爸|独生|獨生|单亲|單親|留守|留学|留學|社畜|北漂|沪漂|南方|北方|外国|外國|华人|華人|女孩|男孩|真的|普通|文科|理科|工科|师范|師範|本科|专科|大专|中专|技校|转学|轉學|复读|復讀|应届|應屆|往届|在校|在读|辍学|休学|退学|新来|新來|刚来|剛來|楼主|樓主|博主|作者|过来|過來|单身|單身|离异|離異|丧偶|喪偶|病患|孕妇|孕婦|残疾|殘疾|抑郁|憂鬱|焦虑|焦慮|双相|雙相|同志|拉拉|直男|直女|跨性|内向|內向|外向|宅女|宅男|废物|廢物|垃圾|失败|失敗|多余|多餘|累赘|累贅|怪物|罪人|打工|上班|退休|无业|無業|失业|失業|全职|全職|兼职|兼職|自由|海归|海歸|农村|農村|城里|城裡|外地|本地|山东|山東|河南|四川|湖南|广东|廣東|东北|東北|台湾|台灣|香港|澳门|澳門)`, 'u');
const EN_NOT_ID_WORD =
  /^(?:banned|blocked|censored|monitored|restricted|required|mandatory|useless|annoying|terrible|horrible|awesome|amazing|better|easier|faster|cheaper|slower|popular|different|similar|everywhere|literally|basically|actually|really|probably|definitely|totally|honestly|always|usually|already|deleted|hacked|working|offline|online|broken|frozen|suspended|private|public|unknown|somewhere|everything|nothing|something|another|because|though|through|without|anyway|before|after|still|pretty|kinda|sorta|search|account|moments|groups?|messages?|contacts?|friends?|payment|wallet|official|channel|status|stickers?|videos?|voice|calls?|anymore|lately|recently|nowadays|either|instead|except|unless|myself|mostly|rarely|barely|hardly|sometimes|because)$/iu;

/** Words between the parts of a number told in pieces (139，中间1234，最后5678; 415 then 555 then 0132). */
const SPLIT_GAP = '(?:[ ,，、:：]{0,2}(?:和|跟|加|然后是?|接着是?|再是?|中间(?:四位)?(?:是)?|后面(?:四位)?(?:是)?|最后(?:四位)?(?:是)?|后四位(?:是)?|尾号(?:是)?|(?:and )?then|and|followed by|dash)[ ,，、:：]{0,2}|[ ,，、]{1,2}|\\n)';
/** A WeChat id: a letter, then 5 to 19 letters, digits, _ or - (a dot only between them), half- or full-width. */
const WX_ID = '[A-Za-zＡ-Ｚａ-ｚ](?:[-_A-Za-z0-9＿－Ａ-Ｚａ-ｚ０-９]|\\.(?=[A-Za-z0-9])){5,19}(?![-_A-Za-z0-9＿－Ａ-Ｚａ-ｚ０-９]|\\.[A-Za-z0-9])';

/**
 * Numbers read out in a voice transcript (round 16): digits spoken one by one in Chinese (三三零一…, 幺 for one, 两 for
 * two) or English (five three one two oh nine…), maybe in groups split by a space or a comma. The run is read as
 * digits in ../pii.ts (digitsOf) and the same checks decide as for written numbers (ID check digit, Luhn, hotlines).
 * Counted numbers (十六岁, 三万多, 六百分) have 十/百/千/万 in them and never match.
 */
const ZH_SPOKEN_DIGIT_CHARS = '〇零○一幺二两三四五六七八九';
const ZH_SPOKEN_GAP = '[ \\u3000,，、\\-]?';
const zhSpokenRun = (first: string, min: number, max: number, last = `[${ZH_SPOKEN_DIGIT_CHARS}]`): string =>
  `(?<![${ZH_SPOKEN_DIGIT_CHARS}十百千万][ \\u3000,，、\\-]?)${first}(?:${ZH_SPOKEN_GAP}[${ZH_SPOKEN_DIGIT_CHARS}]){${min - 2},${max - 2}}${ZH_SPOKEN_GAP}${last}(?!${ZH_SPOKEN_GAP}[${ZH_SPOKEN_DIGIT_CHARS}]|[十百千万亿块元岁分点号個个])`;
const HAS_ZH_SPOKEN_RUN = /[〇零○一幺二两三四五六七八九][ \u3000,，、-]?[〇零○一幺二两三四五六七八九][ \u3000,，、-]?[〇零○一幺二两三四五六七八九][ \u3000,，、-]?[〇零○一幺二两三四五六七八九]/u;
const EN_SPOKEN_RUN_GAP = '(?:[ ,\\-]{1,3}(?:(?:uh|um)[ ,]{1,2})?)';
const enSpokenRun = (min: number, max: number, first = EN_DIGIT_WORD): string =>
  `(?<![A-Za-z])(?<!${EN_DIGIT_WORD}[ ,.\\-]{1,3})${first}(?:${EN_SPOKEN_RUN_GAP}${EN_DIGIT_WORD}){${min - 1},${max - 1}}(?!${EN_SPOKEN_RUN_GAP}${EN_DIGIT_WORD})`;
const HAS_EN_SPOKEN_RUN = /(?:one|two|three|four|five|six|seven|eight|nine|zero|oh)[ ,-]+(?:one|two|three|four|five|six|seven|eight|nine|zero|oh)[ ,-]+(?:one|two|three|four|five|six|seven|eight|nine|zero|oh)/iu;
/** A QQ cue, then up to a few words (我扣扣号是 / my QQ number it's) before the spoken number. */
const QQ_SPOKEN_CUE = '(?:(?<![A-Za-z])[QqＱｑ]{2}|扣扣|企鹅)(?:[^\\n。！？!?.0-9０-９]{0,14}?)';
/** Spoken English numbers and dates. */
const EN_UNIT_WORD = '(?:one|two|three|four|five|six|seven|eight|nine)';
const EN_TEEN_WORD = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const EN_TENS_WORD = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const EN_ORDINAL_WORD =
  '(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|\\d{1,2}(?:st|nd|rd|th))';
const EN_YEAR_SPOKEN = `(?:nineteen\\s+(?:hundred\\s+(?:and\\s+)?)?(?:${EN_TENS_WORD}(?:[- ]${EN_UNIT_WORD})?|oh[- ]${EN_UNIT_WORD}|${EN_TEEN_WORD})|two\\s+thousand(?:\\s+(?:and\\s+)?(?:${EN_TEEN_WORD}|${EN_TENS_WORD}(?:[- ]${EN_UNIT_WORD})?|${EN_UNIT_WORD}))?|twenty\\s+(?:oh[- ]${EN_UNIT_WORD}|${EN_TEEN_WORD}|twenty(?:[- ]${EN_UNIT_WORD})?)|(?:19|20)\\d{2})(?![A-Za-z0-9])`;
/** "ninth of October nineteen ninety", "October the ninth", "March third two thousand one" (a year is optional). */
const EN_DATE_SPOKEN = `(?:${EN_ORDINAL_WORD}\\s+(?:of\\s+)?(?:${MONTHS})|(?:${MONTHS})\\s+(?:the\\s+)?${EN_ORDINAL_WORD})(?![A-Za-z])(?:,?\\s+${EN_YEAR_SPOKEN})?`;
/** A house or flat number in words: forty two, one twenty three, twelve oh five, three. */
const EN_NUMBER_SPOKEN = `(?:${EN_UNIT_WORD}\\s+hundred(?:\\s+(?:and\\s+)?(?:${EN_TENS_WORD}(?:[- ]${EN_UNIT_WORD})?|${EN_TEEN_WORD}|${EN_UNIT_WORD}))?|${EN_TENS_WORD}(?:[- ]${EN_UNIT_WORD})?|${EN_TEEN_WORD}|${EN_UNIT_WORD})(?:\\s+(?:${EN_TENS_WORD}(?:[- ]${EN_UNIT_WORD})?|${EN_TEEN_WORD}|${EN_UNIT_WORD}|oh|zero)){0,2}(?![A-Za-z])`;
const EN_STREET_SUFFIX =
  '(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Way|Place|Terrace|Close|Crescent|Square|Highway|Parkway|Circle|Trail|Loop|Row|Grove|Path|Ridge|Crossing|Cove|Bend|Alley)';
const US_STATE_NAMES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';
/** Mail providers that make "name at gmail dot com" an address without an email cue. */
const MAIL_PROVIDERS =
  '(?:gmail|googlemail|qq|foxmail|163|126|yeah|sina|sohu|139|aliyun|outlook|hotmail|live|msn|yahoo|ymail|icloud|aol|proton|protonmail|pm|gmx|yandex|zoho|fastmail|tutanota|naver|hanmail)';
/** A word before "at" that is a verb or a pronoun, not a mailbox name ("looked at gmail dot com"). */
const EMAIL_SPOKEN_REJECT =
  /^(?:look|looks|looking|looked|stare|staring|stared|go|going|went|is|was|it|that|this|me|them|him|her|you|us|be|been|log|logged|sign|signed|check|checking|checked|even|not|just|only|still|all|back|home|here|there|up|in|on|over|mad|good|bad|work|works|working|hit|hits)\s+at\s/iu;
/** Words spoken before a name (我是 嗯 赵磊, 我叫 那个 叫马天宇, "hi um this is …"). */
const ZH_FILLER = '(?:嗯+|呃+|额+|啊+|唔+|那个|这个|就是|emm+|um+|uh+)';
const EN_FILLER = '(?:u+m+|u+h+|erm|er|so|yeah|okay|ok|well)';
const EN_FILLER_NOT_NAME_WORD = new RegExp(
  `^(?:${EN_NOT_NAME}|${EN_NOT_NAME_MORE}|Hard|Crazy|Insane|Awful|Terrible|Hell|What|Why|How|Serious|Important|Urgent|Normal|Weird|Real|Life|Fun|Great|Nice|Wrong|Right|Exactly|Amazing|Horrible|Uh|Um|Erm|Er|Like|Well)$`,
  'u',
);

/** Round 18: capitalised words before 's that are not people (God's plan, Today's, Asperger's, Trader Joe's is a shop). */
const EN_POSSESSIVE_NOT_NAME_WORD = new RegExp(
  `^(?:${EN_NOT_NAME}|${EN_NOT_NAME_MORE}|Mother|Father|Mama|Papa|Grandma|Grandpa|Nan|Nana|Auntie|Uncle|Santa|Valentine|Women|Men|Children|Kids|People|Parkinson|Alzheimer|Asperger|Crohn|Hodgkin|Tourette|Huntington|Hashimoto|Raynaud|Bell|Addison|Cushing|Graves|Lyme|Down|Macy|Wendy|Denny|Kohl|Lowe|Chili|Domino|Nando|Sainsbury|Tesco|Morrison|Trader|Dunkin|Applebee|Grey|Schindler|Earth|World|Nature|Heaven|Hell|Satan|Christ|Allah|Buddha|America|Britain|England|China|Canada|Australia|London|Paris|Sydney|Everyone|Anyone|Nobody|Somebody|Else)$`,
  'u',
);
/** Words after "X's" that make X a person: their plan, number, house, family (round 18). */
const EN_PERSON_THING = '(?:backup|plan|number|phone|mum|mom|dad|mother|father|parents?|house|place|flat|apartment|room|birthday|wedding|funeral|party|car|kids?|son|daughter|wife|husband|girlfriend|boyfriend|partner|ex|sister|brother|friends?|family|text|texts|message|messages|calls?|fault|idea|side|name|address|email|account|contact|doctor|therapist|teacher|boss|baby|dog|cat|bed|bedroom|office|desk)(?![A-Za-z])';
/** Malaysian road words: Jalan, Lorong, Persiaran, Lebuh, Taman (round 18). */
const MY_ROAD = '(?:Jalan|Jln\\.?|Lorong|Lrg\\.?|Persiaran|Lebuh|Lebuhraya|Taman|Tmn\\.?)';
const MY_WORD = '[A-Z0-9][A-Za-z0-9]{0,15}(?:\\/[A-Za-z0-9]{1,6}){0,2}';
const MY_STATES = 'Selangor|Penang|Pulau Pinang|Johor|Perak|Sabah|Sarawak|Kedah|Kelantan|Melaka|Malacca|Negeri Sembilan|Pahang|Terengganu|Perlis|Putrajaya|Labuan|Kuala Lumpur|Wilayah Persekutuan';
/** Where someone lives or works, before a landmark address (住在, 家在, 上班的地方在, 公司在). */
const ZH_LIVE_CUE = '(?:住在|住|家在|家住|住址[是为:：]?|地址[是为:：]?|(?:上班|工作|租|住)的地方(?:在|是)|公司在|单位在|宿舍在|租在|搬到了?|搬去了?|寄到|送到)';
/** Common English topic words searched in WeChat (搜一下 depression): not ids. */
const EN_SEARCH_TOPIC = /^(?:depression|anxiety|therapy|psychology|meditation|mindfulness|insomnia|stress|panic|counseling|counselling|selfcare|health|mentalhealth|wellness|sleep|yoga|music|news|jobs?|english|study|recipes?|articles?|videos?|movies?|games?|help|support|hotline|crisis|doctor|hospital|school|college|university|shopping|weather|travel)$/iu;

/** Round 21b: words after a greeting or @ that are not a person's name (Hi Doctor, Dear Diary, Hey Siri, @Everyone). */
const EN_GREETING_NOT_NAME_WORD = new RegExp(
  `^(?:${EN_NOT_NAME}|${EN_NOT_NAME_MORE}|Anonymous|Everyone|Everybody|All|Guys|Team|Folks|Friends?|Doc|Doctor|Sir|Madam|Maam|Mate|Bro|Sis|Dude|Mom|Mum|Dad|Mama|Papa|Grandma|Grandpa|Nana|Auntie|Uncle|Diary|Journal|Self|Future|Past|Younger|Older|Stranger|Reader|Readers|Claude|Siri|Alexa|Cortana|Gemini|Bot|Robot|Therapist|Counsellor|Counselor|Nurse|Teacher|Coach|Boss|Babe|Baby|Honey|Darling|Love|Sweetie|Buddy|Pal|There|World|Universe|Lord|Father|Mother|Heavenly|Santa|Admin|Mods?|Moderators?|Support|Here|Me|Myself|Again|Singapore|America|Australia|Canada|London|England|Britain|Ireland|Scotland|Wales|India|China|Japan|Korea|Europe|Asia|Africa|Internet|Redditors?|Reddit|Tumblr|Twitter|Universe|Earth|Humanity|Humans?|Fam|Y'all|Yall|Ladies|Gents|Gentlemen|Boys|Girls|Kids|Mister|Miss|Officer|Google|Chatgpt|ChatGPT|Sorry|Thanks|Thank|Please|Help|Guess|Quick|Question|Update|Just|Um|Uh|Ok|Okay|Yeah|Yes|No|Hmm|Wait|Listen|Look|Hope|Hopefully)$`,
  'u',
);
/** Round 21b: names after Aunt/Uncle/Grandma that are a figure of speech (Uncle Sam, Aunt Flo, Uncle Tom). */
const EN_KIN_TITLE_NOT_NAME_WORD = new RegExp(`^(?:${EN_NOT_NAME}|${EN_NOT_NAME_MORE}|Sam|Flo|Tom|Jemima|Ben|Bob|Fester|Petunia|Vernon|Remus|Scrooge|Said|Says|Who|And|Is|Was)$`, 'u');
/** Round 21b: what follows 亲爱的/致 that is not a name (亲爱的妈妈, 亲爱的自己, 致过去的我, 亲爱的朋友们). */
const ZH_GREETING_REJECT = new RegExp(
  `^(?:${NOT_NAME}|${ZH_REL_NOT_NAME}|${ZH_REDUP_NOT_NAME}|${ZH_RELATION}|自己|未来|过去|过去的|曾经|那个|这个|亲爱|大家|各位|所有|朋友|宝贝|宝宝|老公|老婆|亲人|家人|世界|生活|你们|你|我|他|她|它|读者|医生|老师|同学|树洞|陌生|自|小时|小朋友|小伙伴|小可爱|小宝|小姐|小孩|阿姨|先生|女士|领导|网友|病友|亲|您|内心|心|灵魂|身体|孩子|人生|时光|岁月|青春|故乡|祖国|母亲|父亲|婆婆|公公|家|女儿|儿子|读|听|观众|粉丝|树|小树)`,
  'u',
);

/** Round 23b: two characters signed under a dash that are not a name (——晚安, ——匿名, ——完毕). */
const ZH_SIGNOFF_GIVEN_REJECT = new RegExp(`${ZH_GREETING_REJECT.source}|^(?:匿名|路人|树洞|谢谢|感谢|完毕|再见|晚安|早安|全文|结束|无名|深夜|凌晨|夜里|今晚|写于|于此|以上|共勉|加油|保重|珍重|一个|某某|某人)`, 'u');

/** Round 23c: 小/阿 words after 我跟/我和/还有 that are people by role, places or times, not pet names. */
const ZH_PET_WITH_REJECT = new RegExp(`${ZH_REL_PET_REJECT.source}|^(?:阿姨|阿婆|阿公|阿叔|阿伯|阿妈|阿爸|阿嬷|小姨|小舅|小叔|小姑|小婶|小宝|小朋|小两|小组|小伙|小学|小区|小孩|小猫|小狗|小弟|小妹|小哥|小姐|小时|小店|小号|小红书|小伙伴|小动物|小仓鼠|小兔)`, 'u');
/** Round 26: 小/阿 words called out at the start that are kin, roles or endearments, not names (小宝贝，/ 阿妈，/ 小同学，). */
const ZH_PET_VOCATIVE_REJECT = new RegExp(`${ZH_PET_WITH_REJECT.source}|^(?:小度|小艺|小冰|小娜|小宝贝|小傻瓜|小笨蛋|小可怜|小样|小子|小兄弟|小同学|小老弟|小老妹|小妞|小祖宗|小家伙|阿门|阿哥|阿姐|阿弟|阿妹|阿嫂|阿奶|阿爷|阿嬷|阿Sir)`, 'u');
/** Round 26: words after 我就是(那个) that start with a surname character but are roles or put-downs, not names (龙套, 金主, 高手). */
const ZH_JIUSHI_REJECT = new RegExp(`${ZH_GIVEN_ONLY_REJECT.source}|${ZH_REL_REJECT.source}|^(?:王八|龙套|金主|黄脸婆|毛毛虫|白月光|白眼狼|高富帅|白富美|高手|马大哈|雷锋|钱多|高兴|方法|方案|方式|武器|史诗|石头|江湖|孔乙己|龙傲天|毛病|罗圈|于心|任人|程咬金|陈世美|唐僧|宋江)`, 'u');
/** Round 23c: capitalised words after pt/patient/client that are not a person (patient Care Team, client Services). */
const EN_CLINICAL_NOT_NAME_WORD = new RegExp(`^(?:${EN_NOT_NAME}|${EN_NOT_NAME_MORE}|Care|Safety|Portal|Services?|Health|Advocate|Intake|Records?|Zero|Experience|Relations|Satisfaction|Rights|Information|Education|Support|Assessment|Plan|Notes?|Report|Centered|Centred|Name|ID|Number|Identifier|Questionnaire|History|Summary|Transport|Liaison|Access|Feedback)$`, 'u');
/** Round 23c: words opening a message before "ghosted me" that are not a person (Everyone, Life, Work, Anxiety). */
const EN_SOCIAL_NOT_NAME_WORD = new RegExp(`^(?:${EN_NOT_NAME}|${EN_NOT_NAME_MORE}|He|She|It|They|We|You|This|That|Someone|Somebody|Everyone|Everybody|Nobody|Noone|People|Friends?|Family|Work|Life|Anxiety|Depression|Grief|Panic|Reality|Karma|Mom|Mum|Dad|Mother|Father|Mama|Papa|Sister|Brother|Boss|Teacher|Therapist|Counselor|Counsellor|Nurse|Doctor|Everything|Nothing|Another|Guy|Girl|Man|Woman|Bestie|Crush|Ex|Partner|Boyfriend|Girlfriend|Husband|Wife|Roommate|Coworker|Manager|Amazon|Uber|Lyft|Netflix|Apple|Google|Facebook|Instagram|Insta|Twitter|Reddit|Tinder|Hinge|Bumble|Grindr|Discord|Snapchat|Venmo|Verizon|Chase|Spotify|School|College|Uni|Church|Everybody)$`, 'u');

/** Round 24: lowercase or capitalised words after "it's … again" / "… here again" that are not a returning user's name (it's me again, its raining again, back here again). */
const EN_AGAIN_NOT_NAME = new RegExp(
  `^(?:${EN_NOT_NAME}|${EN_NOT_NAME_MORE}|me|you|him|her|them|us|it|this|that|these|those|the|a|an|my|your|his|our|their|one|some|all|any|both|everyone|everybody|someone|somebody|anyone|nobody|noone|everything|nothing|something|so|too|very|really|just|only|still|also|always|never|ever|not|no|yes|yeah|yep|nah|ok|okay|fine|well|good|bad|worse|worst|better|best|same|back|over|up|down|out|in|on|off|here|there|home|away|around|late|early|night|morning|evening|afternoon|midnight|tonight|today|tomorrow|yesterday|now|then|time|day|week|weekend|month|year|season|payday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|spring|summer|autumn|fall|winter|hot|cold|warm|dark|light|quiet|loud|hard|easy|rough|heavy|real|true|bad|sad|mad|awful|hell|dark|raining|snowing|me|mom|mum|dad|mama|papa|mother|father|brother|sister|grandma|grandpa|nan|auntie|uncle|boss|ex|anxiety|depression|insomnia|panic|grief|pain|work|school|college|uni|class|exams?|finals|rent|chemo|therapy|rehab|court|hospital|life|stuff|thing|things|shit|crap|lol|lmao|haha|hey|hi|hello|yo|um|uh|and|but|or|because|cause|cos|guess|alone|awake|stuck|lost|sick|ill|drunk|high|sober|broke|single|sore|tired|stressed|alive|dead|gone|broken|done|ready|free|busy|bored|upset|angry|scared|afraid|lonely|numb|empty|hungry|sleepless|moody|sitting|lying|insomniac|bullshit|torture|hell|war|pointless|ridiculous|[a-z]+ing|[a-z]+ed|[a-z]+ly)$`,
  'iu',
);
/** Round 24: capitalised words after "a guy called", "the nurse was named" that are not a person (a nurse called Security, a group called Mind). */
const EN_CALLED_NOT_NAME_WORD = new RegExp(
  `^(?:${EN_NOT_NAME}|${EN_NOT_NAME_MORE}|Security|Dispatch|Police|Reception|Emergency|Ambulance|Control|Services?|Support|Help|Care|Social|Children|Child|Protective|Crisis|Team|Mum|Mom|Dad|Mother|Father|Back|Ahead|Out|Off|Over|Round|Later|Again|Him|Her|Me|Them|Names?|Stupid|Idiot|Loser|Crazy|Psycho|Weird|Weirdo|Freak|Liar|Slut|Whore|Bitch|Fat|Ugly|Dumb|Retard|Nerd|Baby|Babe|Honey|Sweetie|Darling|Mind|Heaven|Hell)$`,
  'u',
);
/** Round 24: Latin words after 叫我 that are not a name (叫我Baby, 他们叫我Loser). */
const ZH_JIAOWO_NOT_NAME_WORD = new RegExp(
  `^(?:${EN_NOT_NAME}|${EN_NOT_NAME_MORE}|Baby|Babe|Honey|Darling|Sweetie|Dear|Bro|Sis|Dude|Boss|Master|Sir|Madam|King|Queen|Princess|Prince|Daddy|Mommy|Mama|Papa|Sister|Brother|Loser|Idiot|Nerd|Freak|Weirdo|Dummy|Fatty|Stupid|Crazy|Psycho|Anonymous|Anon|Nobody|Someone|Everyone|Java|Python|Excel)$`,
  'u',
);

/** Round 24: people named by what they were called (a guy called …, the nurse was named …). */
const EN_PERSON_NOUN = '(?:guy|man|woman|lady|girl|boy|bloke|chap|fella|fellow|dude|lad|lass|person|volunteer|counsell?or|nurse|doctor|therapist|psychiatrist|psychologist|social worker|worker|officer|cop|policeman|policewoman|teacher|tutor|friend|kid|student|classmate|co-?worker|colleague|boss|manager|supervisor|neighbou?r|roommate|flatmate|housemate|boyfriend|girlfriend|patient|operator|advis[eo]r|caseworker|case worker|chaplain|paramedic|receptionist|pharmacist|listener|responder|agent|midwife|coach|pastor|priest|landlord|landlady|stranger)';
/** Round 25: care and helping roles before 叫/名叫 and a name (医生叫黄建国, 我的咨询师名叫陈静). */
const ZH_CARE_ROLE = '主治医生|主治医师|心理医生|精神科医生|医生|医师|大夫|心理咨询师|咨询师|治疗师|护士长|护士|社工|督导|辅导员|教练|律师|民警|警官|主管|组长|班长|队长';
/** Round 25: a payee, addressee or account holder (收款人Tom Li, 收件人陳怡君, 户名：张伟). */
const ZH_PAYEE_CUE = '收款人|收款方|收件人|收货人|收貨人|户名|戶名|开户名|開戶名|开户人|開戶人|持卡人|账户名|帳戶名|签收人|簽收人|寄件人|汇款人|匯款人';
/** Round 25: the clause between a relation and 叫 must not name a thing (我朋友开了家店，叫…; 我女儿养了一只猫，叫…). */
const ZH_REL_MID = `(?:(?![一两几这那某每][个個家只隻条條本部款种種首辆輛间間所座台件张張]|[家店]|开了|開了|推荐|推薦|养了|養了|买了|買了|玩|看|写|寫)[^，,。.!！?？;；\\n]){1,10}`;
/** Round 25: characters common in women's given names (美玲, 丽娟, 思琪), for a name written without its surname after 我老婆/我女儿. */
const ZH_F_GIVEN = '[美玲婷娜丽麗芳燕霞敏静靜秀娟慧淑惠珠翠雅芝萍琴莲蓮媛艳豔瑞佳嘉琼瓊珍莉桂璐娅婭琦晶妍茜珊莎黛倩婉娴嫻瑾颖穎瑶瑤怡蓓仪儀蓉蕊薇菁岚嵐婕馨韵韻琬茗滢瀅筠凝菲芸蕾琪诗詩思欣悦悅]';
/** Round 25: women's relations before such a name. */
const ZH_F_RELATION = '老婆|妻子|媳妇|媳婦|爱人|愛人|太太|女儿|女兒|闺女|女朋友|女友|前妻|前女友|妹妹|姐姐|闺蜜|閨蜜|室友|舍友';
/** Round 25: two such characters that are words, not names (美丽, 秀丽, 娇美). */
const ZH_F_GIVEN_NOT_NAME = /^(?:美丽|美麗|秀丽|秀麗|柔美|美梦|美夢|思念|婉约|美美|静静|靜靜)$/u;
/** Round 25: English words written capitalised after "my protagonist" that are not names. */
const EN_FICTION_NOT_NAME_WORD = new RegExp(`^(?:${EN_NOT_NAME}|${EN_NOT_NAME_MORE}|He|She|They|Who|Dies|Finally|Then|Eventually|Kills|Takes|Tries|Attempts|Overdoses)$`, 'u');
/**
 * Session 14 (2026-11-30): names of other people told without any introduction. A blind round of 120 chat lines
 * (11ae: 80 with names, 40 hard negatives) found almost none of them: "王浩然昨天跟我分手了", "我把所有事情都告诉了
 * 胡晓雯", "texting Mateo back feels impossible", "Priya and Tom left me out again".
 * Chinese: a common surname and two given characters (a full name; two-character names are too often words: 方法,
 * 高干) where a person stands: the subject of a person's verb at the start of a clause, the object of one
 * (跟/和/告诉/原谅/拉黑 …) or of a relation word anywhere (同事钱多多约我), or the next in a list with 、.
 * English names without introduction are not handled: a list of given names also took the fiction, role-play and
 * public figures our sets keep ("a girl named Mia", "Tom Hanks", "Uncle Sam").
 */
/** The single-character surnames (SURNAMES without the characters of 欧阳, 司马, 上官, 诸葛: 上面 is no name). */
const ZH_SINGLE_SURNAMES = SURNAMES.replace('欧阳司马上官诸葛', '');
/** A given name does not start with an adverb or a negation (钱本来就不够, 高都不敢). */
const ZH_BARE_GIVEN_START = '(?!本来|原来|后来|还是|已经|现在|一直|真的|确实|根本|其实|突然|终于|果然|居然|竟然|不|没|都|也|就|又|才)';
const ZH_PERSON_AFTER =
  '(?:说|讲|跟|和|同|把|给|对|让|又|还|也|就|都|总|总是|一直|老是|从来|从不|居然|竟然|根本|突然|已经|天天|每次|昨天|昨晚|今天|最近|借了|欠|骂|打了|发了|不理|没回|拉黑|删了|甩了|出轨|背叛|冷暴力|一句话|他|她|这个人|那个人|知道我|知道了|觉得我|以为我|帮我)';
const ZH_PERSON_BEFORE =
  `(?:跟|和|同|与|给|被|让|等了|只有|当着|除了|告诉了?|问了?|找了?|见到了?|碰到了?|遇到了?|喜欢|讨厌|恨|想念|想起|梦到|梦见|原谅|拉黑了?|删了|陪着?|嫁给|娶了|等|帮|求|羡慕|嫉妒|暗恋|追|甩了|再见到|见|(?:对方|那人|那个人|他|她|男生|女生|男孩|女孩)叫做?|${ZH_RELATION}|弟媳|嫂子|姐夫|妹夫|婆婆|公公|岳母|岳父|继母|继父|老同事|老同学|老朋友|前同事|同班)`;
const ZH_PERSON_NEXT = `(?:[，,。.!！?？、；;\\s]|$|${ZH_PERSON_AFTER}|的(?:消息|微信|电话|朋友圈|事|话|面)|比|来往|认真|一个小时|说好|了|吵|闹|打电话|聊天|分手|见面|在一起|一起|三个|两个|几个|约|找|请|喊|问|教|帮|带|陪|送|发|要|想|会|能|天天)`;
/** Words a surname character starts that are not names there (周末说, 高兴说, 马上就…); session 39: brands named after a founder (王老吉, 张小泉, 周大福). */
const ZH_BARE_WORDS = `^于|^(?:王老吉|张小泉|马应龙|王守义|周大福|周生生|胡庆余|谢馥春|高利贷|高门|高姿|高压|高鼻|高干|高档|高级|高端|高度|高峰|胡思|胡乱|方式|方法|方面|方向|方案|方便|顾大|毛线|毛病|韩国|韩剧|金蝉|金额|金钱|江夏|武昌|黄陂|蔡甸)|^(?:${NOT_NAME}|${ZH_REL_NOT_NAME}|${ZH_REDUP_NOT_NAME}|${ZH_RELATION}|周末|周围|周一|周二|周三|周四|周五|周六|周日|高兴|张开|黄色|林子|白天|江边|金钱|李子|杨树|万一|许多|于是|夏天|秦朝|安静|方向|方面|程度|程序|石头|毛病|毛衣|雷雨|孙子|孙女|龙虾|钱包|钱财|曾经|向来|向往|严重|严格|武器|戴着|莫名|孔子|汤圆|余额|陆续|谢谢|付出|付款|任何|任务|沈默|钟头|钟表|汪汪|范围|金额|金色|熊猫|段时间|雷声|史上|陶瓷|黎明|贺卡|顾客|于今|于是|丁点|苏醒|余下|杜绝|叶子|江湖|唐突|宋朝|谢天|韩剧|田地|于心|白白|白色|白纸|高高|高低|高手|高层|高铁|高速|林林|罗列|郑重|梁上|胡说|胡乱|何况|何时|何处|马路|马虎|朱红|徐徐|周到|周全|黄昏|杨柳|陈述|陈旧|刘海|张罗|张望|李白|王八|王国|王子|王牌)`;
/** A third character that ends place names and verbs (…国, …说): not a name's, when nothing else places it. */
const ZH_BARE_THIRD_CHAR = '^.{2}[死比带听说看给让把被跟和在是有要会能去来到了着过的得地湖区县镇村街路山江河潭甸陂湾港站馆院城省市州国岛寺庙桥门楼店厂体值线席鸭]$';
const ZH_BARE_NOT_NAME = new RegExp(`${ZH_BARE_WORDS}|${ZH_BARE_THIRD_CHAR}`, 'u');

/** Session 21 (read by ../pii-names.ts): the compound surnames, the single ones (with the traditional forms and less common
 * surnames that seldom start a word: 常浩然, 葛小红, 裴文宣), and the places a lexicon name counts in. */
export const ZH_COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛'];
export const ZH_LEXICON_SINGLE_SURNAMES = `${ZH_SINGLE_SURNAMES}${TRAD_SURNAMES}常葛齐康伍施洪包左吉邢裴荣翁靳焦甘符詹卓乔申冉桑牛燕尚庄柴艾耿岳聂辛阎饶鞠阮蓝席凌霍柯颜梅骆樊虞纪项屈倪滕殷宫欧穆巫鲍鲁晏戚谷苗邬祁俞褚柳郎麦卫毕庞蒙翟季舒祝童盛温宁易游景`;
/** Relations and roles right before a name (爷爷沈国华, 前夫段磊, 心理咨询师刘敏). */
export const ZH_LEXICON_RELATION_BEFORE = `${ZH_RELATION}|${ZH_ROLE_BEFORE_NAME}|${ZH_CARE_ROLE}|前夫|前妻|老伴|继父|继母|后妈|后爸|公公|婆婆|岳父|岳母|嫂子|姐夫|妹夫|弟媳|孙子|孙女|外孙|侄子|侄女|外甥|外甥女|未婚夫|未婚妻|喜欢的人|暗恋的人|初恋`;
/** Words that start with a given-name character: such a character is no part of the name before it (张浩明天, 沈华一个人). */
export const ZH_WORD_AFTER_GIVEN =
  /^(?:明天|明年|明白|明明|明显|一个|一直|一起|一样|一定|一下|一点|一次|一天|一般|一切|一些|一生|一边|一块|一路|一年|一声|一口|一句|一种|一位|一家|一旦|一向|一度|一再|一会|一晚|一整|一周|一辈|一眼|一脸|一身|一手|一把|一张|一条|一件|一遍|一阵|一顿|一场|一半|一共|一般|刚才|刚刚|刚好|刚到|刚开|刚从|天天|天都|天晚|成天|成绩|成了|成为|成功|成年|成长|文件|平时|平常|安排|安慰|安全|安静|安心|国外|国内|学校|学习|学期|学生|学会|学了|乐观|健身|健康|利用|信息|永远|兴趣|宝宝|宝贝|金钱|天气|小时|小孩|小区|小学|小心|小事|小姐|小伙|晓得|超级|超过|然后|然而|思考|建议|国家|东西|东北|清楚|清醒|美国|美食|舒服|聪明|怀疑|怀孕|珍惜|信任|信心|远离|远方|胜利|福利|礼物|孝顺|良心|兴奋|金额|银行|春节|春天|秋天|冬天|夏天|星期|月底|月初|海边|森林|山上|石头|立马|立刻|恩情|雪糕|晨跑|志愿|航班|毅力|哲学|武汉|英语|华为|飞机|红色|平静|正在|光明|光临|阳光|阳台|雷雨|奇怪|灵魂|彩色|初中|初三|初二|初一|希望|承认|承受|宣传|素质|纯粹|香港|香蕉|香味|勋章|阳性)/u;
/** What a lexicon name must not be: the bare-name words (not ZH_BARE_THIRD_CHAR: a lexicon name's place already counts,
 * and its third character is a given-name character, 王建国), relation and title word lists, and time words (周三). */
export const ZH_LEXICON_NAME_REJECT = new RegExp(
  `${ZH_BARE_WORDS}|${ZH_REL_REJECT.source}|${ZH_TITLE_NOT_NAME.source}|^(?:周[一二三四五六日天末]|丁香|宁静|温馨|平静|安宁|雷雨|雷电|雷霆|金秋|江山|龙凤|凤凰|福建|湖南|湖北|河南|河北|山东|山西|广东|广西|江苏|浙江|安徽|江西|云南|贵州|四川|海南|宁夏|青海|甘肃|陕西|吉林|辽宁|天津|上海|北京|重庆|香港|澳门|台湾|武汉|长沙|成都|杭州|南京|苏州|深圳|广州|厦门|青岛|大连|宁波|昆明|南宁|合肥|福州|济南|郑州|西安|兰州|银川|西宁|海口|三亚|珠海|佛山|东莞|温州|无锡|常州|徐州|扬州|南通|嘉兴|金华|台州|绍兴|金额|高兴|常常|庞大|温柔|温暖|温和|宁愿|宁可|童年|季节|舒服|祝福|盛开|易怒|游戏|游泳|卫生|卫星|毕业|蒙古|翟|柳树|梅花|燕子|岳父|岳母|牛奶|艾滋|查明|尚未|郎中|宫殿|欧洲|鲁莽|晏|谷底|苗条|苗头|俞|席位|凌晨|甘心|乔装|申请|冉冉|桑拿|庄重|柴火|靳|耿直|聂|辛苦|饶恕|阎王|鞠躬|蓝色|蓝天|霍乱|颜色|颜值|纪念|项目|屈服|殷勤|穆斯|戚|鲍鱼|左右|左边|包括|包容|洪水|施工|吉他|吉祥|荣幸|荣誉|翁|焦虑|焦急|符合|卓越|康复|康乃|伍|齐全|齐心)`,
  'u',
);

/**
 * Session 14: common given names (English and international) for names told without an introduction in English
 * text, taken only where a person stands: after a verb or preposition that takes a person ("texting Mateo back", "a
 * fight with Sofia", "except Fiona from accounts", "Priya and Tom") or before a person's verb at a sentence start
 * ("Ahmed said…", "Nadia found out"). Never after a fiction, role-play or fame word in the sentence (named, character,
 * actor, "Uncle Sam").
 */
// The list itself is EN_GIVEN_NAMES_WIDE in ./pii-name-lexicon.ts (session 21 widened it from about 200 names).
const EN_PERSON_BEFORE =
  '(?:with|to|told|tell|telling|texting|texted|text|called|calling|call|messaged|message|and|except|met|meet|blocked|unfollowed|invited|ask|asked|asking|miss|missing|hate|trust|forgive|dating|dated|married|marry|avoiding|avoid|ignored|ignoring|saw|seeing|me and|and me and)';
const EN_PERSON_AFTER =
  '(?:said|says|told|tells|texted|texts|called|calls|asked|asks|left|leaves|cancel+ed|cancels|found|finds|keeps|kept|hasn\\x27?t|hasnt|doesn\\x27?t|doesnt|won\\x27?t|wont|didn\\x27?t|didnt|never|always|just|thinks|thought|wants|wanted|made|makes|moved|blocked|ghosted|ignored|ignores|yelled|screamed|laughed|and I|and me|and my|and (?=[A-Z][a-z])|from (?:work|school|church|class|accounts|uni|college|the office))';
/** A fiction, role-play or fame word earlier in the sentence: the name is a character's or a public figure's. */
export const EN_NAME_FICTION_BEFORE =
  /\b(?:named|called|character|protagonist|heroine|hero|narrator|story|fanfic|novel|movie|film|show|series|book|actor|actress|singer|rapper|celebrity|president|prime minister|king|queen|prince|princess|saint|st|uncle|aunt|role-?play|pretend|counsel+or named|you are)\b[^.!?\n]*$/iu;

/**
 * Session 39: a story before a kin title and a name ("in the book, uncle tom …"). EN_NAME_FICTION_BEFORE also lists
 * "uncle" and "aunt" themselves (Uncle Sam, a role), so the kin-title rule keeps to the story words.
 */
const EN_KIN_NAME_STORY_BEFORE =
  /\b(?:character|protagonist|story|fanfic|novel|movie|film|show|series|book|role-?play|pretend)\b[^.!?\n]*$/iu;

/** Session 21: words after a name that make it a place or a thing (Victoria Park, Zhang Jiang Road, Emily Street). */
const EN_PLACE_AFTER_NAME =
  'Street|St|Road|Rd|Lu|Avenue|Ave|Lane|Drive|Court|Park|Square|Hall|House|Centre|Center|Hospital|Clinic|University|College|School|Academy|Church|Station|Airport|Bridge|Temple|Mountain|Lake|River|District|Province|Village|Town|City|County|Street|Line|Road|Restaurant|Cafe|Café|Hotel|Mall|Plaza|Tower|Building|Island|Bay|Beach|Foundation|Institute|Prize|Award|Cup|Trophy|Memorial|Museum|Library|Theatre|Theater|Stadium|Arena|Market|Noodles|Chicken|Tea|Dumplings|Hotpot|Square|Heights|Vista|World|Sunshine|Odyssey|Racing|Talk|Talks|News|Beam|Show|Hortons';
/** Session 21: public and fictional people our sets do not count as personal data, and a name followed by a place word. */
const EN_FULL_NAME_NOT_PUBLIC_LIST =
  /^(?:Taylor Swift|Tom Hanks|Tom Holland|Michael Jordan|Michael Jackson|Michael Phelps|Elon Musk|Barack Obama|Michelle Obama|Donald Trump|Joe Biden|Harry Potter|Harry Styles|Hermione Granger|Ron Weasley|Sherlock Holmes|John Lennon|Kurt Cobain|Amy Winehouse|Robin Williams|Justin Bieber|Bill Gates|Steve Jobs|Mark Zuckerberg|Albert Einstein|William Shakespeare|Ed Sheeran|Billie Eilish|Ariana Grande|Selena Gomez|Kanye West|Kim Kardashian|Oprah Winfrey|Emma Watson|Emma Stone|Chris Evans|Chris Pratt|Lionel Messi|Cristiano Ronaldo|Simone Biles|Serena Williams|Brene Brown|Jordan Peterson|Matthew Perry|Chester Bennington|Anthony Bourdain|Marilyn Monroe|Abraham Lincoln|George Washington|Winston Churchill|Stephen King|Stephen Hawking|Jane Austen|Virginia Woolf|Sylvia Plath|Ernest Hemingway|Vincent van Gogh|Walter White|Jesse Pinkman|Peter Parker|Bruce Wayne|Tony Stark|Luke Skywalker|Jon Snow|Holden Caulfield|Jay Gatsby|Ryan Reynolds|Ryan Gosling|Leonardo DiCaprio|Brad Pitt|Jennifer Aniston|Jennifer Lawrence|Keanu Reeves|Johnny Depp|Lady Gaga|Adele Adkins|Olivia Rodrigo|Dua Lipa|Sabrina Carpenter|Jimmy Fallon|Jordan Belfort|Andrew Tate|Joe Rogan|Sam Altman|Jeff Bezos|Warren Buffett|Charles Darwin|Sigmund Freud|Carl Jung|Martin Luther|Nelson Mandela|Vladimir Putin|Rishi Sunak|Keir Starmer|Boris Johnson|Kamala Harris|Hillary Clinton|Bill Clinton|Yao Ming|Li Na|Lang Lang|Xi Jinping|Mao Zedong|Deng Xiaoping|Ma Yun|Lu Xun|Li Bai|Zhang Ziyi|Ma Long|Lin Dan|Liu Xiang|Gu Ailing|Wang Yibo|Zhou Shen|Li Keqiang|Hu Jintao|Jiang Zemin|Zhou Enlai|Yang Liwei|Li Ziqi|Zhao Lusi|Xiao Zhan|Cai Xukun|Lu Han|Wu Yifan|Liu Cixin|Mo Yan|Yu Hua|Zhang Yimou|Ai Weiwei|Tu Youyou|Zhong Nanshan|Li Wenliang|Wong Kar|Lee Kuan|Chan Kong|Lee Jun|Sun Yat|Mario Kart|Mario Party|Mario Bros|James Bond|Tommy Gun|John Silvers|Oliver Tree|Andy Kaufman)(?![A-Za-z])/u;
const EN_FULL_NAME_NOT_PRIVATE = new RegExp(`${EN_FULL_NAME_NOT_PUBLIC_LIST.source}|\\s(?:${EN_PLACE_AFTER_NAME})$`, 'u');
/** Session 35: words of a form's own fields and services after its label ("Patient Care Team", "Contact Us"), no name. */
const EN_FORM_LABEL_NOT_NAME = new RegExp(
  `${EN_FULL_NAME_NOT_PRIVATE.source}|\\b(?:Care|Team|Services?|Support|Info(?:rmation)?|Details|Portal|Cent(?:er|re)|Department|Unit|Ward|Form|Number|Phone|Address|Email|Name|Relationship|Hotline|Line|Desk|Office|Us)\\b`,
  'u',
);
/** Session 21: words in Latin letters after a Chinese relation that are apps, products or roles, not names. */
const ZH_LATIN_NOT_NAME_WORD = new RegExp(`^(?:${EN_NOT_NAME}|${EN_NOT_NAME_MORE}|Siri|Alexa|Chat[Gg][Pp][Tt]|Python|Java|Excel|Word|Steam|Switch|Xbox|Kindle|Zoom|Teams|Slack|Notion|Bilibili|Douyin|Weibo|Taobao|Android|Windows|Mac|iPhone|Ipad|Boss|Leader|Manager|Team|Group|Emo|Pua|Pdf|Ppt|Ok|Okay|Vlog|Blog|Live|Online|Offline|Call|Wifi|Bug)$`, 'u');
/** Session 21: surnames of romanised Chinese names, Mandarin (pinyin) and Cantonese. He, Long, Fan, Song and Ding are left out: English words. */
const PINYIN_SURNAMES =
  'Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|Lin|Gao|Luo|Zheng|Liang|Xie|Tang|Han|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Pan|Yuan|Cai|Jiang|Yu|Du|Ye|Cheng|Wei|Su|Lu|Ren|Shen|Yao|Cui|Zhong|Tan|Jin|Shi|Jia|Xia|Fu|Fang|Bai|Zou|Meng|Xiong|Qin|Qiu|Yin|Xue|Yan|Duan|Lei|Hou|Tao|Gu|Mao|Hao|Gong|Shao|Wan|Qian|Wen|Kong|Qi|Kang|Dai|Niu|Chang|Ouyang|Situ|Shangguan|Zhuge';
const CANTONESE_SURNAMES =
  'Chan|Wong|Cheung|Lau|Leung|Lam|Tsang|Chow|Yip|Tse|Fung|Kwok|Mak|Lai|Siu|Choi|Tam|Yeung|Kwan|Law|Poon|Yuen|Tsui|Mok|Chung|Hui|Chiu|Fong|Ng|Ho|Lee|Cheng|Tang|Chu|Lo|Ko|Au|Kwong|Leong|Ip|Sze|Tong|Yau|Yim|Lui|Chiang|Shum|Tsoi|Wan|Wu|Ma';
const EN_ROMANISED_SURNAME_HINT = new RegExp(`(?<![A-Za-z])(?:${PINYIN_SURNAMES}|${CANTONESE_SURNAMES})\\s+[A-Z]`, 'u');
/** One pinyin syllable, capitalised or not (Wei, ming): an initial and a final. */
const PINYIN_FINAL = '(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|ü|v)';
const PINYIN_SYL_CAP = `(?:(?:(?:Zh|Ch|Sh|[ZCSR])(?!i[aenou])|[BPMFDTNLGKHJQXYW])${PINYIN_FINAL}|A(?:i|o|n|ng)?|E(?:n|r)?|Ou)`;
const PINYIN_SYL_LOW = `(?:(?:(?:zh|ch|sh|[zcsr])(?!i[aenou])|[bpmfdtnlgkhjqxyw])${PINYIN_FINAL})`;
/** A given name in pinyin: one or two syllables in one word (Wei, Xiaoming, Xiao-ming), not an English word. */
const PINYIN_GIVEN = `(?!(?:Man|Ran|Hang|Bang|Pie|Tie|Die|Lie|Sue|Shin|Chin|Sin|Tin|Bin|Pin|Fin|Din|Gin|Kin|Yen|Ten|Hen|Pen|Men|Den|Ban|Can|Fan|Pan|Tan|Van|Dan|Nan|Ran|Son|Don|Con|Ton|Bun|Fun|Gun|Nun|Pun|Run|Sun|Long|Song|Ding|Sing|King|Ring|Wing|Zing|Bong|Pong|Ha|Ma|Pa|Da|Ga)(?![A-Za-z-]))${PINYIN_SYL_CAP}(?:-?${PINYIN_SYL_LOW})?`;
/** One Cantonese given-name syllable as Hong Kong writes them (Ka, Wai, Siu, Ming, Yan, Tsz …). */
const CANTONESE_SYL =
  '(?:Ka|Wai|Siu|Ming|Yan|Kin|Man|Ho|Yee|Ling|Mei|Fong|Chun|Kwok|Wing|Hoi|Tsz|Ching|Hin|Lok|Yu|Kit|Sze|Wah|Kei|Shan|Tung|Chi|Fai|Hung|Kam|Kwan|Lai|Lun|Nga|Oi|Pui|Sum|Tak|Tin|Yin|Yiu|Yuk|Chau|Ying|Sin|Kai|Hei|Pak|Hang|Kuen|Keung|Po|Shing|Kwai|Ngai|Ngan|Wa|Hon|Chuen|Fat|Kiu|Mun|Nam|Sau|Suet|Tsun|Yat|Yung|Chee|Cheuk|Chak|Hiu|Lam|Long|Wun|Hing|Sing|Kwong|Yeung|Fung|Choi|Chung|Kong)(?![A-Za-z])';

export const PII_PATTERNS: PiiPattern[] = [
  { type: 'EMAIL', id: 'email', priority: 90, re: r(`(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}`) },
  // An email spelled out to get past filters, after an email cue: "my email is lily dot nguyen at proton dot me", "邮箱 tom_w [at] gmail [dot] com".
  // Session 30: "at" and "dot" in brackets, spaced or not ("nightowl_88[at]protonmail[dot]com", "x (at) qq (dot) com").
  { type: 'EMAIL', id: 'email-bracketed', priority: 90, needs: /[[({]\s*dot\s*[\])}]/iu, re: r(`(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]+\\s*[\\[({]\\s*(?:at|AT)\\s*[\\])}]\\s*[A-Za-z0-9\\-]+(?:\\s*(?:[\\[({]\\s*(?:dot|DOT)\\s*[\\])}]|\\.)\\s*[A-Za-z0-9\\-]+)*\\s*[\\[({]\\s*(?:dot|DOT)\\s*[\\])}]\\s*[A-Za-z]{2,}(?![A-Za-z])`) },
  { type: 'EMAIL', id: 'email-spelled', priority: 90, needs: /(?:\bdot\b|\[dot\]|\(dot\)|\.|点)/iu, re: r(`(?<=(?:[Ee]-?mail|[Ee]mial|[Ee]mal|[Ee]amil|[Mm]ail|邮箱|郵箱|電郵|电邮)(?:\\s*(?:address|addy))?(?:['’]s|\\s+is|\\s+was|\\s+me\\s+(?:at|on)|\\s*[:：是为係])?\\s{0,3})(?:[A-Za-z0-9_%+\\-]+(?:(?:\\s+(?:dot|\\[dot\\]|\\(dot\\))\\s+|\\.)[A-Za-z0-9_%+\\-]+){0,3})\\s*(?:\\s(?:at|AT)\\s|\\[(?:at|AT)\\]|\\((?:at|AT)\\)|＠|\\s*艾特\\s*)\\s*[A-Za-z0-9\\-]+(?:(?:\\s+(?:dot|DOT|\\[dot\\]|\\(dot\\))\\s+|\\.)[A-Za-z0-9\\-]+){0,2}(?:\\s+(?:dot|DOT|\\[dot\\]|\\(dot\\))\\s+|\\.|\\s*点\\s*)(?:com|net|org|edu|gov|me|io|co|cn|uk|hk|tw|jp|de|fr|au|ca|us|info|ac)(?![A-Za-z])`) },
  { type: 'URL', id: 'url', priority: 85, re: r(`(?:https?:\\/\\/|www\\.|(?<![A-Za-z0-9.@\\-])(?:t\\.cn|bit\\.ly|dwz\\.cn|url\\.cn|b23\\.tv|tinyurl\\.com|goo\\.gl)\\/)[^\\s<>"'，。、；！？）)\\[\\]${CJK}\\u3000-\\u303f\\uff00-\\uffef]+[^\\s<>"'，。、；！？）)\\[\\]${CJK}\\u3000-\\u303f\\uff00-\\uffef.,;:!?]`, 'giu') },
  // A link without http(s): a domain with a common top-level domain and a path (bilibili.com/video/…, v.douyin.com/…, medium.com/@…).
  { type: 'URL', id: 'url-bare', priority: 84, re: r(`(?<![A-Za-z0-9.@/_\\-])(?:[A-Za-z0-9\\-]+\\.)+(?:com|cn|net|org|edu|gov|io|me|co|ly|gl|cc|tv|ee|fm|gg|to|so|app|info|link|page|site|xyz|top|uk|hk|tw|jp|kr|de|fr|au|ca|us|be|it|es|nl|ru|in|sg|nz)(?:\\.[a-z]{2})?\\/[^\\s<>"'，。、；！？）)\\[\\]${CJK}\\u3000-\\u303f\\uff00-\\uffef]*[^\\s<>"'，。、；！？）)\\[\\]${CJK}\\u3000-\\u303f\\uff00-\\uffef.,;:!?]`, 'giu') },
  // Session 21: a personal site on a blog or page host, without a path (sadbeans.tumblr.com, kwu-dev.github.io).
  { type: 'URL', id: 'url-personal-host', priority: 84, needs: /\.(?:tumblr|github|blogspot|wordpress|substack|lofter|neocities|carrd|weebly|wixsite)\./iu, re: r(`(?<![A-Za-z0-9.@/_\\-])[A-Za-z0-9][A-Za-z0-9\\-]{1,40}\\.(?:tumblr\\.com|github\\.io|blogspot\\.com|wordpress\\.com|substack\\.com|lofter\\.com|neocities\\.org|carrd\\.co|weebly\\.com|wixsite\\.com)(?:\\/[^\\s<>"'，。、；！？）)\\]]*[^\\s<>"'，。、；！？）)\\].,;:!?])?`, 'giu') },
  { type: 'IP', id: 'ipv4', needs: HAS_DIGIT, priority: 80, re: r(`(?:${NOT_DIGIT_BEFORE}|(?<=(?<![A-Za-z])[Ii][Pp](?:[Vv]4)?))(?<!(?<![A-Za-z])[Vv](?:ersion|er)?\\.?\\s?|版本?号?[:：]?\\s?|(?:更新|升级|升級|降级|降級)(?:到|至|成)?了?\\s?|(?<![A-Za-z])(?:[Uu]pdated?|[Uu]pgraded?|[Dd]owngraded?|[Rr]olled back)\\s+to\\s)(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?!\\.?[0-9])`) },
  { type: 'IP', id: 'ipv6', priority: 80, re: r(`(?<![0-9A-Fa-f]|[0-9A-Fa-f]:)(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5}::[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})(?![0-9A-Fa-f:])`) },
  // Round 23: also grouped 6-4-4-4 (身份证 110105 1990 0307 2316), still check-digit validated.
  { type: 'ID', id: 'cn-resident-id', needs: HAS_DIGIT, priority: 75, re: r(`${NOT_DIGIT_BEFORE}${D}{6}${SEP}(?:1[89]|2[0０]|１[８９]|２０)${D}{2}${SEP}${D}{4}${SEP}${D}{3}[0-9０-９XxＸｘ]${NOT_DIGIT_AFTER}(?![A-Za-zＡ-Ｚａ-ｚ])`) },
  { type: 'BANKCARD', id: 'bank-card', needs: HAS_DIGIT, priority: 70, re: r(`${NOT_DIGIT_BEFORE}${D}{4}([ \\-]?)${D}{4}(?:\\1${D}{4}){1,2}(?:\\1${D}{1,3}|(?<=${D}{4}\\1${D}{4}\\1${D}{4})\\1${D}{5})?${NOT_DIGIT_AFTER}(?![ \\-][0-9０-９])`) },
  // Thirteen-digit cards in 4-4-5 groups (old Visa): 4929-4053-23524, 4929 4053 23524 (Luhn-checked).
  { type: 'BANKCARD', id: 'bank-card-4-4-5', needs: HAS_DIGIT, priority: 70, re: r(`${NOT_DIGIT_BEFORE}(?<![0-9０-９][ \\-])${D}{4}([ \\-])${D}{4}\\1${D}{5}${NOT_DIGIT_AFTER}(?![ \\-][0-9０-９])`) },
  // American Express and Diners groups: 3714 496353 98431, 3056 930902 5904 (Luhn-checked).
  { type: 'BANKCARD', id: 'bank-card-4-6-5', needs: HAS_DIGIT, priority: 70, re: r(`${NOT_DIGIT_BEFORE}3${D}{3}([ \\-])${D}{6}\\1${D}{4,5}${NOT_DIGIT_AFTER}`) },
  { type: 'SSN', id: 'us-ssn', needs: HAS_DIGIT, priority: 68, re: r(`${NOT_DIGIT_BEFORE}(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}${NOT_DIGIT_AFTER}`) },
  // Round 23: also after a comma ("used my social, 521 38 4470").
  { type: 'SSN', id: 'us-ssn-cued', needs: HAS_DIGIT, priority: 68, group: 1, re: r(`(?<![A-Za-z])(?:SSN|[Ss]sn|[Ss]ocial [Ss]ecurity(?: [Nn]umber| [Nn]o\\.?| #)?|[Ss]ocial)(?:\\s*(?:is|was|#|number|no\\.?|[:：,]))*\\s*((?!000|666|9\\d\\d)\\d{3}([ \\-]?)(?!00)\\d{2}\\2(?!0000)\\d{4})${NOT_DIGIT_AFTER}`) },
  { type: 'PHONE', id: 'cn-mobile', needs: HAS_DIGIT, priority: 65, re: r(`${NOT_DIGIT_BEFORE}(?:(?:[(（](?:\\+|＋|00|００)?(?:86|８６)[)）]|(?:\\+|＋|00|００)?(?:86|８６))${MSEP}|(?<![+＋]))(?:1|１)[3-9３-９](?:${D}${MSEP}${D}{4}${MSEP}${D}{4}|${D}{2}${MSEP}${D}{4}${MSEP}${D}{3}|${D}${MSEP}${D}{3}${MSEP}${D}{5})${NOT_DIGIT_AFTER}`) },
  { type: 'PHONE', id: 'cn-landline', needs: HAS_DIGIT, priority: 60, re: r(`${NOT_DIGIT_BEFORE}(?:(?:\\+|＋|00|００)(?:86|８６)${SEP}\\(?0?(?:[1-9]|[1-9]\\d{1,2})\\)?${SEP}|(?:[(（](?:0|０)${D}{2,3}[)）]|(?:0|０)${D}{2,3})${SEP})${D}{3,4}${SEP}${D}{4}(?:${EXT})?${NOT_DIGIT_AFTER}`) },
  { type: 'PHONE', id: 'us-phone', needs: HAS_DIGIT, priority: 55, re: r(`(?<![0-9A-Za-z])(?:\\+?1[ .\\-]?)?(?:\\([2-9]\\d{2}\\)\\s?|[2-9]\\d{2}[ .\\-])[2-9]\\d{2}[ .\\-]\\d{4}(?:${EXT})?${NOT_DIGIT_AFTER}`) },
  { type: 'PHONE', id: 'us-phone-plain', needs: HAS_DIGIT, priority: 55, re: r(`(?<![0-9A-Za-z#])(?=(?:\\+?1)?[2-9]\\d{2}[2-9]\\d{6}(?![0-9０-９]))(?<=(?:[Cc]all|[Tt]ext|[Pp]hone|[Cc]ell|[Nn]umber|[Rr]each me|[Tt]el|[Mm]obile|[Cc]ontact)[^0-9\\n]{0,20})(?:\\+?1)?[2-9]\\d{2}[2-9]\\d{6}${NOT_DIGIT_AFTER}`) },
  { type: 'PHONE', id: 'uk-mobile', needs: HAS_DIGIT, priority: 55, re: r(`(?<![0-9A-Za-z+])(?:(?:\\+|00)44\\s?(?:\\(0\\)\\s?)?|0)7\\d{3}(?:[ \\-]| {2})?\\d{3}\\s?\\d{3}${NOT_DIGIT_AFTER}`) },
  // Other countries with a "+" code, in groups: +852 9876 3102, +61 412 388 907, +353 87 214 6630 (at least 7 digits, checked in pii.ts).
  { type: 'PHONE', id: 'intl-phone', needs: HAS_DIGIT, priority: 54, re: r(`(?<![0-9A-Za-z+＋])(?:\\+|＋)(?!86|８６)[1-9]\\d{0,2}[ .\\-]?(?:\\(0\\)[ .\\-]?)?\\(?\\d{1,4}\\)?(?:[ .\\-]\\d{2,4}){1,4}(?:${EXT})?${NOT_DIGIT_AFTER}`) },
  // Session 21: the same with the "00" international prefix instead of "+" (0044 20 7946 0321, 00852 9876 3102, 001 415 555 0132):
  // a separator after the country code, so a bare 00123456 stays a number.
  { type: 'PHONE', id: 'intl-phone-00', needs: /(?<![0-9])00[1-9]/u, priority: 54, re: r(`(?<![0-9A-Za-z+＋])00(?!86)[1-9]\\d{0,2}[ .\\-](?:\\(0\\)[ .\\-]?)?\\(?\\d{1,4}\\)?(?:[ .\\-]\\d{2,4}){1,4}(?:${EXT})?${NOT_DIGIT_AFTER}`) },
  // Session 21: Taiwan landlines with a one-digit area code: (02) 2345-6789, 02-2345-6789, (04) 2234 5678 (mainland codes have two or three digits
  // after 0); without brackets only dashed, so a Malaysian 03-7627 2929 stays as written.
  { type: 'PHONE', id: 'tw-landline', needs: /0[2-8]/u, priority: 52, re: r(`(?<![0-9０-９A-Za-z+＋])(?:[(（]0[2-8][)）]\\s?\\d{3,4}[-\\s]?\\d{4}|0[2-8]-\\d{3,4}-\\d{4})${NOT_DIGIT_AFTER}(?![-\\s][0-9])`) },
  // Round 19: Indian mobiles in the usual 5-5 groups after +91 / 0091: +91 98201 47736, +91-98201-47736, 0091 98201 47736.
  { type: 'PHONE', id: 'in-mobile-5-5', needs: /91/u, priority: 54, re: r(`(?<![0-9A-Za-z+＋])(?:\\+|＋|00)91[ \\-]?[6-9]\\d{4}[ \\-]?\\d{5}${NOT_DIGIT_AFTER}`) },
  // E.164 written without separators: +14155550132, +447911123456, +85291234567 (8 to 15 digits after the plus).
  { type: 'PHONE', id: 'e164', needs: HAS_DIGIT, priority: 54, re: r(`(?<![0-9A-Za-z+＋])(?:\\+|＋)[1-9]\\d{7,14}${NOT_DIGIT_AFTER}`) },
  // Hong Kong, Macau and Taiwan numbers written with the country code but no plus: 852-9417-3360, 853 6612 3456, 886-912-345-678.
  { type: 'PHONE', id: 'hk-mo-tw-cc', needs: HAS_DIGIT, priority: 54, re: r(`(?<![0-9A-Za-z+＋])(?:85[23][ \\-][2-9]\\d{3}[ \\-]?\\d{4}|886[ \\-]9\\d{2}[ \\-]?\\d{3}[ \\-]?\\d{3})${NOT_DIGIT_AFTER}`) },
  // UK landlines: 01632 960 412, 0161 496 0000.
  { type: 'PHONE', id: 'uk-landline', needs: HAS_DIGIT, priority: 54, re: r(`(?<![0-9A-Za-z+])0[1-9]\\d{2,3}[ \\-]\\d{3}[ \\-]?\\d{3,4}${NOT_DIGIT_AFTER}`) },
  // A number with an extension word is a desk or office line: 555-0193 ext. 12, 03-2178 6645 ext 305, (020) 7946 0018 x204.
  { type: 'PHONE', id: 'phone-ext', needs: HAS_DIGIT, priority: 53, re: r(`(?<![0-9A-Za-z+])(?:\\(?0?\\d{1,4}\\)?[ \\-])?\\d{3,4}[ \\-]\\d{4}(?:[ \\t]?(?:[Ee]xt(?:ension)?|EXT)\\.?[ \\t]?|[ \\t][xX])\\d{1,5}${NOT_DIGIT_AFTER}`) },
  // Mainland mobiles in Chinese numerals (一三八 二零四一 六六九三, 幺三九…), written so that crawlers miss them.
  // Also in the financial forms (壹叁玖 壹贰叁肆 伍陆柒捌).
  { type: 'PHONE', id: 'cn-mobile-zh-numerals', priority: 52, needs: /[一幺壹][三四五六七八九叁參肆伍陆陸柒捌玖]/u, re: r(`(?<![〇零○一二三四五六七八九幺两壹贰貳叁參肆伍陆陸柒捌玖][ \u3000]?)[一幺壹]${SEP}[三四五六七八九叁參肆伍陆陸柒捌玖](?:${SEP}[〇零○一二三四五六七八九幺两壹贰貳叁參肆伍陆陸柒捌玖]){9}(?![ \u3000]?[〇零○一二三四五六七八九幺两壹贰貳叁參肆伍陆陸柒捌玖叉]|[十百千万拾佰仟萬])`) },
  // A mobile written partly in digits, partly in Chinese numerals (159 零七三一 2268, 1三8 0013 8000); all-digit and all-numeral forms are the patterns above.
  { type: 'PHONE', id: 'cn-mobile-mixed-numerals', priority: 52, needs: /[〇零○一二三四五六七八九幺两]/u, reject: /^(?:[^〇零○一二三四五六七八九幺两]+|[^0-9０-９]+)$/u, re: r(`(?<![0-9０-９〇零○一二三四五六七八九幺两A-Za-z])[1１一幺]${SEP}[3-9３-９三四五六七八九](?:${SEP}[0-9０-９〇零○一二三四五六七八九幺两]){9}(?!${SEP}[0-9０-９〇零○一二三四五六七八九幺两]|[十百千万])`) },
  // A mobile split over words after a phone word: 电话前三位139，中间1234，最后5678 / "my number is 415 then 555 then 0132".
  { type: 'PHONE', id: 'phone-split-words', priority: 52, needs: HAS_DIGIT, re: r(`(?<=(?:手机|电话|号码|手機|電話|號碼|联系方式|聯絡方式|(?<![A-Za-z])(?:[Nn]umber|[Pp]hone|[Cc]ell|[Mm]obile|[Cc]all me|[Tt]ext me))[^0-9０-９\\n]{0,10})(?<![0-9０-９])(?:1[3-9]\\d${SPLIT_GAP}\\d{4}|[2-9]\\d{2}${SPLIT_GAP}[2-9]\\d{2})${SPLIT_GAP}\\d{4}(?![0-9０-９])`) },
  // A mainland mobile with every digit spaced out, groups maybe set off by dashes or dots: 1 3 8 1 2 3 4 5 6 7 8, 1 5 9 - 0 7 3 1 - 2 2 6 8, 1-3-8-1-2-3-4-5-6-7-8.
  { type: 'PHONE', id: 'cn-mobile-spaced', needs: HAS_DIGIT, priority: 52, re: r(`(?<![0-9０-９]${DIGIT_GAP}?)(?<![0-9０-９A-Za-z])[1１]${DIGIT_GAP}[3-9３-９](?:${DIGIT_GAP}${D}){9}(?!${DIGIT_GAP}?[0-9０-９])`) },
  // Session 21: a US number read out digit by digit after a phone cue ("call 6 4 6 5 5 5 0 1 9 9").
  // Session 33: separators spread or slashed ("call 415 - 555 - 0120 after 6", "cell is 312/555/0194").
  { type: 'PHONE', id: 'us-phone-loose', needs: HAS_DIGIT, priority: 54, re: r(`(?<![0-9A-Za-z/])[2-9]\\d{2}(?: - |\\s?\\/\\s?)[2-9]\\d{2}(?: - |\\s?\\/\\s?)\\d{4}(?![0-9/])`) },
  { type: 'PHONE', id: 'us-phone-spaced', needs: HAS_DIGIT, priority: 52, re: r(`(?<=(?:[Cc]all|[Tt]ext|[Pp]hone|[Cc]ell|[Nn]umber|[Rr]each me)(?:\\s+(?:me|at|on|is))*\\s+)(?:1 )?[2-9](?: \\d){9}(?! ?\\d)`) },
  // Numbers spelled out in English words: "oh-seven-nine-five-six, three-one-two, eight-four-nine" (10+ words, or 7+ after a phone word).
  { type: 'PHONE', id: 'phone-spelled-en', priority: 52, needs: /(?:one|two|three|four|five|six|seven|eight|nine|zero|oh)[\s,.-]+(?:one|two|three|four|five|six|seven|eight|nine|zero|oh)/iu, re: r(`(?<![A-Za-z])(?<!${EN_DIGIT_WORD}[ ,.\\-]{1,3})${EN_DIGIT_WORD}(?:[ ,.\\-]{1,3}${EN_DIGIT_WORD}){6,40}(?![ ,.\\-]{1,3}${EN_DIGIT_WORD})`, 'giu') },
  // Eight-digit numbers (Hong Kong, Singapore, local landlines) after a phone word: "my hk mobile is 6238 4471", "number is 852 6738 2194", 我的号是8127 6650.
  // US seven-digit local numbers after an English phone cue: "call me at 555-0132", "my cell is 555.0132".
  { type: 'PHONE', id: 'us-local7-cued', needs: HAS_DIGIT, priority: 52, group: 1, re: r(`(?<![A-Za-z])(?:[Cc]all(?: me)?(?: at| on)?|[Tt]ext(?: me)?(?: at| on)?|(?:[Pp]hone|[Cc]ell|[Mm]obile|[Nn]umber|[Hh]ome|[Ww]ork|[Oo]ffice)(?: number)?(?: is|:)?|[Rr]each me at)\\s+(?<![0-9])([2-9]\\d{2}[-.]\\d{4})(?![0-9０-９]|[-.]\\d)`) },
  { type: 'PHONE', id: 'local8-cued', needs: HAS_DIGIT, priority: 53, group: 1, re: r(`(?:[Pp]hone|[Mm]obile|[Cc]ell|[Nn]umber|[Cc]all|[Tt]ext|[Ww]hats[Aa]pp|[Tt]el|[Rr]each|电话|电化|手机|号码|座机|手提|電話|手機|號碼|聯絡|联络|(?:我的|我|新|旧|私人)号)[^0-9０-９\\n]{0,20}?(?<![0-9０-９A-Za-z#]|[A-Za-z0-9][-_/.])((?:\\+?852[ \\-]?)?[2-9]\\d{3}[ \\-]?\\d{4})${NOT_DIGIT_AFTER}(?![-_/.][0-9０-９A-Za-z])`) },
  // Hong Kong mobiles (8 digits from 5, 6, 8 or 9) with the contact word after them: "6348 2710 WhatsApp 都得", "9123-4567 搵我", "5123 8890 係我手提".
  { type: 'PHONE', id: 'hk-mobile-cue-after', needs: HAS_DIGIT, priority: 53, group: 1, re: r(`(?<![0-9０-９A-Za-z#+＋]|[0-9０-９][ \\-])([5689]\\d{3}[ \\-]?\\d{4})${NOT_DIGIT_AFTER}(?![ \\-][0-9０-９])(?=\\s*(?:[（(]?\\s*)?(?:[Ww]hats[Aa]pp|WA(?![A-Za-z])|[Ss]ignal|[Tt]elegram|打俾我|打畀我|打給我|打给我|搵我|找我|call我|[Cc]all me|text me|係我(?:嘅)?(?:手提|電話|號碼)|系我(?:嘅)?(?:手提|電話)|是我(?:的)?(?:手机|手機|电话|電話|号码|號碼)))`) },
  // Also "WeChat, ID is kevin_lau88", "WeChat ID = x", full-width cues and ids (ｗｘ：ａｂｃ＿１２３).
  // Round 23: also after a question particle when the id has a digit or _ (可以加我vx吗 lucky_0815ab; 有vx吗 thanks stays).
  { type: 'WECHAT', id: 'wechat', priority: 88, group: 1, re: r(`(?:微信[号號]?|weixin|wechat(?:\\s*id)?|(?<![A-Za-z])(?:vx|wx)|(?<![Ａ-Ｚａ-ｚ])(?:ｖｘ|ｗｘ)|v信|微[❤♥💚💬🟢]\ufe0f?|v[❤♥💚]\ufe0f?|绿泡泡|绿色泡泡|微x|wei信|维信|威信|薇信|微性|微芯|wexin|weixn|wechart|wecaht|wechta|wehcat|wchat|(?<![A-Za-z])v(?=\\s*[:：])|(?<![A-Za-z])line(?=\\s*(?:id\\s*)?(?:是|为|号是)))\\s*(?:号码|号|id|ID|ＩＤ|[,，(（]\\s*(?:(?:my|the)\\s+)?(?:id|ID)\\s*(?=is\\s|was\\s|[:：=是为]))?\\s*(?:吧|呀|啊|哈|呗|(?:吗|嘛|呢)[?？]?(?=\\s*[A-Za-z][-_.A-Za-z0-9]{0,19}[_0-9]))?\\s*(?:是|为|係|系|:|：|=|is|was)?\\s*[「『“"'‘（(]?(${WX_ID})`, 'giu'), reject: EN_NOT_ID_WORD },
  // Session 21: WeChat's internal ids (wxid_k3n9p2xq7a21) are ids wherever they stand; the label rule above would read "wx" as its cue.
  { type: 'WECHAT', id: 'wechat-wxid', priority: 89, needs: /wxid_/iu, re: r(`(?<![A-Za-z0-9_])wxid_[A-Za-z0-9_-]{4,24}(?![A-Za-z0-9_-])`, 'giu') },
  // Session 32: 加个v / 加我v and an id with a digit, _ or - (加个v sunny-lin2020); "加个v领券" has no id.
  // Round 35c: the id written straight after the v ("加我vtangtang_0521"; not vx).
  { type: 'WECHAT', id: 'wechat-add-v-attached', priority: 88, group: 1, re: r(`(?:加(?:个|我)|私)\\s*[vV](?![xX])((?=[A-Za-z0-9_-]*[0-9_-])[A-Za-z][A-Za-z0-9_-]{5,19})(?![A-Za-z0-9_-])`) },
  { type: 'WECHAT', id: 'wechat-add-v', priority: 88, group: 1, re: r(`(?:加(?:个|我|一下|下)?|私)\\s*[vV](?![A-Za-z0-9])\\s*[:：]?\\s*((?=[A-Za-z0-9_-]*[0-9_-])[A-Za-z][A-Za-z0-9_-]{5,19})(?![A-Za-z0-9_-])`) },
  // wx 搜 Lmy-1123 / 微信搜索 zhang_san99 / vx搜一下 hello_kitty88: an id after a search word (with a digit, _ or -, so a public account's name or a keyword stays).
  { type: 'WECHAT', id: 'wechat-search', priority: 88, group: 1, re: r(`(?:微信|weixin|wechat|(?<![A-Za-z])(?:vx|wx)|(?<![Ａ-Ｚａ-ｚ])(?:ｖｘ|ｗｘ)|v信)\\s*(?:里|上|号)?\\s*(?:搜索?|搜一下|搜一搜|查找|查一下|search(?:\\s+for)?|look\\s+up)\\s*(?:号|id|ID)?\\s*[:：]?\\s*((?=[A-Za-zＡ-Ｚａ-ｚ][-_.＿－A-Za-z0-9Ａ-Ｚａ-ｚ０-９]{0,19}[-_＿－0-9０-９])${WX_ID})`, 'giu'), reject: EN_NOT_ID_WORD },
  // "WeChat is the only thing that works here, my ID is jake_in_sh88" / "加了她微信，她的号是lily_0312": an id named without the app word, after WeChat was named earlier in the sentence.
  { type: 'WECHAT', id: 'wechat-id-later', priority: 87, group: 1, needs: /wechat|weixin|微信/iu, reject: EN_NOT_ID_WORD, re: r(`(?:(?<![A-Za-z])(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[Ii][Dd]|username|user\\s?name|handle)(?:\\s+(?:is|was)|\\s*[:：])|(?:我|他|她)的?(?:号|号码|账号|id|ID)(?:是|为|[:：]))(?<=(?:[Ww]e[Cc]hat|WECHAT|[Ww]eixin|微信)[^\\n]{0,100})\\s*([A-Za-z](?:[-_A-Za-z0-9]|\\.(?=[A-Za-z0-9])){5,19})(?![-_A-Za-z0-9]|\\.[A-Za-z0-9])`) },
  // Session 21: also 账号, a number in brackets, 改成了, "QQ和微信都是", and digits grouped 3-3-4 or 4-3-3 (which the US phone rule would read).
  { type: 'QQ', id: 'qq', needs: HAS_DIGIT, priority: 88, group: 1, re: r(`(?:[QqＱｑ]{2}|扣扣|企鹅)\\s*(?:小号|大号|新号|号码|账号|帐号|號碼|號|号|(?<![A-Za-z])(?:number|num|no\\.?|id|ID)(?![A-Za-z])|#)?\\s*(?:吧|哦|呀|啊|吗|嘛|呢|呗|哈)?\\s*(?:(?:(?:和|跟)(?:微信|wx|vx)号?都|改成了?|换成了?)?(?:是|为|is|was|used to be)?\\s*[:：]?|[:：#])?\\s*[（(]?\\s*([1-9１-９](?:${D}{4,11}|(?: ${D}){4,11}|${D}{2,4}(?:[ -]${D}{3,4}){1,3}))${NOT_DIGIT_AFTER}(?! [0-9０-９])`, 'giu') },
  // 我的Q：593017248 / Q号2019384756 / 我的Q 5810273946 (QQ numbers have 5 to 12 digits).
  // Round 35c: "only uses QQ, his number is 763920158".
  { type: 'QQ', id: 'qq-number-is', needs: HAS_DIGIT, priority: 87, group: 1, re: r(`(?<![A-Za-z])QQ\\b[^.\\n]{0,30}\\b(?:number|id|account) is\\s+([1-9]\\d{4,10})(?!\\d)`) },
  { type: 'QQ', id: 'qq-short', needs: HAS_DIGIT, priority: 87, group: 1, re: r(`(?<![A-Za-zＡ-Ｚａ-ｚ])[QqＱｑ](?:(?:号码|号)\\s*[:：]?|\\s*[:：]|\\s)\\s*([1-9１-９]${D}{4,11})${NOT_DIGIT_AFTER}`) },
  // Round 19: a mobile number given right after the WeChat word is the WeChat id (加我微信13825496017 / 微信：139 1234 5678 / wx號係13512345678);
  // "微信号就是手机号15921884073" (the number follows 手机号) stays a phone.
  { type: 'WECHAT', id: 'wechat-mobile-id', needs: HAS_DIGIT, priority: 88, group: 1, re: r(`(?:微信[号號]?|weixin|wechat|(?<![A-Za-z])(?:vx|wx|VX|WX|Vx|Wx)|v信)\\s*(?:[号號])?\\s*(?:是|为|係|系|[:：])?\\s*((?:1|１)[3-9３-９]${D}${MSEP}${D}{4}${MSEP}${D}{4})${NOT_DIGIT_AFTER}`) },
  // Round 19: a second QQ number named by its kind after QQ was named (QQ大号1592038476被盗了，现在用小号3046718825 / 扣扣…新号是…).
  // Round 23: also a number after 换一个/又一个 once a QQ was named (QQ 1592038476 删了又换了个 2047391856).
  { type: 'QQ', id: 'qq-alt-number', needs: /[QqＱｑ]{2}|扣扣|企鹅/u, priority: 87, group: 1, re: r(`(?:小号|大号|新号|旧号|備用號|备用号|另一个号|(?:又|再)?换了?(?:一个|个)(?:号|新的)?|又(?:一个|来一个)|还有一个)\\s*(?:是|为|係|[:：])?\\s*([1-9１-９]${D}{4,11})${NOT_DIGIT_AFTER}(?![元块塊岁歲个個次天分秒])(?<=(?:[QqＱｑ]{2}|扣扣|企鹅)[^\\n]{0,60})`) },
  // Round 19: another person's WeChat id after WeChat was named: "my wechat is jm_rivera, my girlfriend's is sophie_xx_0408" /
  // "我的微信是…，我妹妹的是 lily_0312" (the id carries a digit or _ so "my sister's is amazing" stays).
  { type: 'WECHAT', id: 'wechat-someones-is', needs: /wechat|weixin|微信|(?<![A-Za-z])(?:vx|wx)/iu, priority: 87, group: 1, re: r(`(?:(?<![A-Za-z])(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\\s+[A-Za-z]{2,15}(?:'s|’s)\\s+(?:is|was)|(?:我|他|她)(?:的)?[\\u4e00-\\u9fff]{1,4}的(?:是|为|係))(?<=(?:[Ww]e[Cc]hat|WECHAT|[Ww]eixin|微信|(?<![A-Za-z])(?:vx|wx))[^\\n]{0,80})\\s*((?=[A-Za-z][-_.A-Za-z0-9]{0,19}[_0-9])[A-Za-z](?:[-_A-Za-z0-9]|\\.(?=[A-Za-z0-9])){5,19})(?![-_A-Za-z0-9]|\\.[A-Za-z0-9])`) },
  // Round 19: a mainland mobile read out in Chinese numerals in 3-4-4 groups set off by commas (幺八六，二七三一，五零四九).
  { type: 'PHONE', id: 'cn-mobile-zh-numerals-commas', priority: 52, needs: /[一幺壹][三四五六七八九叁參肆伍陆陸柒捌玖]/u, re: r(`(?<![〇零○一二三四五六七八九幺两壹贰貳叁參肆伍陆陸柒捌玖])[一幺壹][三四五六七八九叁參肆伍陆陸柒捌玖]${ZN}\\s?[，,、]\\s?${ZN}{4}\\s?[，,、]\\s?${ZN}{4}(?![〇零○一二三四五六七八九幺两壹贰貳叁參肆伍陆陸柒捌玖十百千万])`) },
  {
    // Round 26: after a city or district, a street number before 楼下 ends at 号 (成都市武侯区科华北路65号楼下: downstairs, not building 65).
    type: 'ADDRESS',
    id: 'zh-address', needs: ZH_STREET_NUMBER_HINT,
    priority: 50,
    re: r(`${ZH_ADMIN}[${CJK}A-Za-z0-9]{1,10}?(?:路|街|大道|大街|巷|弄|胡同)(?:${D}{1,2}|[一二三四五六七八九十]{1,2}|[东西南北中])?(?:段)?${ZH_STREET_NUMBER}(?:${ZH_BUILDING})?(?:${ZH_ESTATE_AFTER})?${ZH_UNIT_SPACED}(?:${ZH_COMMA_TAIL})?|${ZH_ADMIN}[${CJK}]{2,10}?${ESTATE}(?:[东西南北中]?[一二三四五六七八九十]{1,2}区|${D}{1,2}区)?(?:${D}{1,2}期)?${D}{1,4}(?:号楼|號樓|栋|棟|幢|座)${ZH_UNIT}|${ZH_ADMIN_REQUIRED}[${CJK}]{1,10}?(?:路|街|道|大道|大街)与[${CJK}]{1,8}?(?:路|街|道|大道|大街)(?:交叉口|交口|路口|交汇处|十字路口|交界处)(?:${ZH_BUILDING}(?:${ZH_LANDMARK_SIDE})?${ZH_UNIT_SPACED}(?:${ZH_COMMA_TAIL})?|${ZH_COMMA_TAIL})|${ZH_ADMIN_REQUIRED}(?:(?![的了在是和我你他她])[${CJK}A-Za-z]){2,12}?\\s?(?:${D}{1,4}|${ZH_BLDG_CODE})(?:(?<=[路街道巷弄]${D}{1,4})[号號](?=[楼樓]下)|号楼|號樓|栋|棟|幢|座)(?![顶頂])${ZH_UNIT_SPACED}`),
  },
  // Villages: 河南省周口市郸城县宁平镇张庄村三组, 某某县某某乡李家村5组, 温州市瑞安市塘下镇鲍田村5组32号 (a city, county or district and a town before 村, a group number after it).
  { type: 'ADDRESS', id: 'zh-address-village', priority: 50, needs: /村/u, re: r(`(?:[${CJK}]{2,7}(?:省|自治区))?(?:[${CJK}]{2,7}?(?:市|州|盟)(?:[${CJK}]{1,7}?(?:市|县|縣|区|區|旗))?|[${CJK}]{1,7}?(?:县|縣|区|區|旗))[${CJK}]{1,7}?(?:镇|鎮|乡|鄉|街道)(?:(?![的了在是和])[${CJK}]){1,6}?村(?:${D}{1,3}|[一二三四五六七八九十]{1,3})(?:组|組|队|隊|社|号|號)(?:${D}{1,5}(?:号|號))?`) },
  {
    // Streets named …道 (高新南七道, 南京道): 道 is also 知道/味道/频道, so only after a city or district, or an address cue.
    // Round 23: 楼顶 after a number is the roof, not a building (…和平道58号楼顶 ends at 号; see 号楼 in zh-address).
    // Session 21: a numbered road after a direction (高新南一道) is a road; 一道 alone is not (一道题).
    type: 'ADDRESS',
    id: 'zh-address-dao', needs: ZH_STREET_NUMBER_HINT,
    priority: 50,
    re: r(`(?:(?:[${CJK}]{2,7}(?:省|自治区))?(?:[${CJK}]{2,7}?(?:市|州|盟)(?:[${CJK}]{1,7}?(?:区|县|旗))?|[${CJK}]{1,7}?(?:区|县|旗))(?:[${CJK}]{1,7}?(?:镇|乡|街道))?|(?:香港|九龍|九龙|新界|港島|港岛|澳門|澳门)|(?<=住在?|住址[:：是为]?|地址[:：是为]?|家在))(?:(?![的了在是和])[${CJK}]){1,8}?(?<!知|味|频|跑|车|赛|管|隧|轨|通|走|过|坡|难|(?<![东西南北中])一|两|几|这|那|哪|多|少|航|水|食|尿|气|肠|霸|王|地|厚|说|报|称|步|栈|弯|匝|师|门|布|公|人行)道${D}{1,5}(?:号|號)(?![线口车位線車])(?:院|[甲乙丙](?![方级級肝状狀醛类類型等]))?(?:${ZH_BUILDING})?${ZH_UNIT}`),
  },
  {
    type: 'ADDRESS',
    id: 'en-address', needs: HAS_DIGIT,
    priority: 50,
    re: r(`(?<![0-9A-Za-z])(?:${EN_UNIT},\\s*(?:(?:\\d{1,2}\\/F|Floor\\s\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)\\s+Floor),\\s*)?(?=[A-Z][a-z]+\\s|\\d{1,5}[A-Za-z]?(?:[-–]\\d{1,5}[A-Za-z]?)?\\s+[A-Z])|${EN_FLOOR},\\s*(?=\\d{1,5}[A-Za-z]?(?:[-–]\\d{1,5}[A-Za-z]?)?\\s+[A-Z]))?(?:(?:[A-Z][a-z]+\\s+){1,3}(?:House|Court|Building|Tower|Towers|Lodge|Hall|Mansions|Cottage|Centre|Center|Apartments|Residences?),\\s+)?(?:${EN_UNIT},?\\s+|(?:(?:Unit|Apt|Flat|Suite)\\s*)?\\d{1,4}[A-Za-z]?\\/)?(?:(?:No|Blk|Block)\\.?\\s*)?\\d{1,5}[A-Za-z]?(?:[-–]\\d{1,5}[A-Za-z]?)?\\s+(?:(?:[A-Z][a-z]+|[NSEW]|NE|NW|SE|SW|\\d{1,3}(?:st|nd|rd|th))\\.?\\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Plaza|Terrace|Close|Crescent|Square|Sq|Highway|Hwy|Parkway|Pkwy|Circle|Cir|Alley|Row|Gardens|Grove|Walk|Mews|Trail|Quay|Parade|Esplanade|Loop|Pike|Turnpike|Ridge|Crossing|Cove|Bend|Path|Pde|Tce|Cres|Esp|Gr|Cl|Hts)\\b${EN_ABBR_DOT}(?:\\s\\d{1,4}(?=,))?(?:\\s(?:NE|NW|SE|SW|[NSEW](?![A-Za-z'’]))\\b${EN_ABBR_DOT})?(?:,?\\s*${EN_UNIT})?(?:,?\\s*${EN_FLOOR})?(?:,\\s*(?:[A-Z][a-z]+\\s+){1,2}(?:District|County|Borough|Township|Province|Prefecture))?(?:,\\s*(?:Dublin\\s\\d{1,2}W?(?![0-9A-Za-z])|(?:Co\\.?\\s|County\\s)?[A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,2}(?:\\s\\d{4,6}(?![0-9]))?|HK(?![$＄])|UK|USA|NZ)){0,2}${REGION_TAIL}`),
  },
  // A street named by one word (88 Kingsway, 3 Broadway, 12 Moorgate, 5 Strand): only with a unit or a city after it (Flat 7, 3 Kingsway, London WC2B 6XF).
  { type: 'ADDRESS', id: 'en-address-one-word-street', needs: HAS_DIGIT, priority: 50, re: r(`(?<![0-9A-Za-z])(?:${EN_UNIT},?\\s+)?\\d{1,5}[A-Za-z]?\\s+(?:[A-Z][a-z]+\\s+)?(?:[A-Z][a-z]*(?:way|gate)|Strand)\\b(?:,?\\s*${EN_UNIT})?(?:,\\s*(?:[A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,2}|HK(?![$＄])|UK)){1,2}${REGION_TAIL}`) },
  // Hong Kong style: Room 1203, Block 5, Mei Foo Sun Chuen, Kowloon (Flat B, 12/F, Tower 2, …).
  { type: 'ADDRESS', id: 'en-address-block', needs: HAS_DIGIT, priority: 50, re: r(`(?<![A-Za-z])(?:Room|Rm|Flat|Unit)\\.?\\s*[A-Z]?\\d{0,4}[A-Z]?(?<=[0-9A-Z]),\\s*(?:(?:\\d{1,2}\\/F|Floor\\s\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)\\s+Floor),\\s*)?(?:Block|Blk|Tower|Building|Bldg)\\.?\\s*[A-Z0-9]{1,3},\\s*(?:[A-Z][a-z]+\\s){0,4}[A-Z][a-z]+(?:,\\s*[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?){0,2}`, 'gu') },
  // French, Spanish, Italian, Portuguese forms (15 Rue Sainte-Catherine, 33000 Bordeaux) and German ones (Hauptstraße 5, 10115 Berlin).
  { type: 'ADDRESS', id: 'eu-address', needs: HAS_DIGIT, priority: 50, re: r(`(?<![0-9A-Za-z])\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?:Rue|Avenue|Boulevard|Bd|Place|Allée|Chemin|Quai|Impasse|Cours|Via|Viale|Piazza|Calle|Avenida|Rua|Carrer|Paseo)\\s+(?:(?:de|du|des|la|le|del|della|di|da|do|dos|das)\\s+|[ld]['’])*[A-Z][\\p{L}'’-]+(?:\\s(?:(?:de|du|des|la|le|del|di)\\s)?[A-Z][\\p{L}'’-]+){0,3}(?:,\\s*(?:\\d{4,5}\\s+)?[A-Z][\\p{L}-]+(?:\\s[A-Z][\\p{L}-]+)?)?|(?<![A-Za-z])[A-Z][\\p{L}]+(?:straße|strasse|gasse|weg|platz|allee)\\s\\d{1,4}[a-z]?(?![0-9A-Za-z])(?:,\\s*\\d{5}\\s+[A-Z][\\p{L}-]+)?`, 'gu') },
  // P.O. Box 1234(, Denver, CO 80201)
  { type: 'ADDRESS', id: 'en-po-box', needs: HAS_DIGIT, priority: 50, re: r(`(?<![A-Za-z])P\\.?\\s?O\\.?\\s+Box\\s+\\d{1,6}(?![0-9])(?:,\\s*[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?(?:\\s\\d{4}(?![0-9]))?)?${REGION_TAIL}`, 'gu') },
  // Hong Kong public and private estates: 沙田禾輋邨豐和樓1423室, 觀塘秀茂坪邨秀明樓12樓05室, 將軍澳尚德邨尚智樓2樓B室, 太古城3座12樓A室 (a block and a flat or floor needed).
  { type: 'ADDRESS', id: 'zh-address-hk-estate', needs: /[邨苑園园城]/u, priority: 50, re: r(`(?:(?![的了在是我你他她住喺])[${CJK}]){2,10}?(?:邨|屋苑|花園|花园|新城|城)(?:第?${D}{1,2}期)?(?:(?:(?![的了在是])[${CJK}]){1,4}?(?:樓|楼|閣|阁|苑)|(?:${D}{1,2}|[A-Za-z])座)(?:${D}{1,2}(?:樓|楼|字樓)(?:${D}{1,3}|[A-Za-z]){1,2}(?:室|號|号)?(?![0-9０-９])|${D}{2,5}(?:室|號|号)(?![0-9０-９])|${D}{3,5}(?![0-9０-９年月日号號点分岁元块个次天蚊]))`) },
  { type: 'NAME', id: 'zh-name', priority: 40, group: 1, re: r(`(?:我叫|俺叫|俺的名字(?:是|叫)|我的名字(?:是|叫)|我名字(?:是|叫)|本人(?:叫)?|我是|我係|(?<![你他她们])叫我|我姓名是|姓名[:：]?|姓[${ALL_SURNAMES}][，,]?\\s*(?:名)?叫)\\s*(?!${NOT_NAME})((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])[^${NAME_STOP}\\s\\d\\[\\]]{1,2})(?=[${NAME_STOP}\\s\\d]|就好|就行|就可以|吧|不是|$)(?<!${NOT_NAME_END})`) },
  // 我叫李想，: a given name that is also a common character (想, 来, 和), after an explicit name cue and before punctuation.
  { type: 'NAME', id: 'zh-name-cued', priority: 40, group: 1, re: r(`(?:我叫|俺叫|俺的名字(?:是|叫)|我的名字(?:是|叫)|我名字(?:是|叫)|本人(?:叫|姓名)?|我姓名是|姓名[:：]?|名字(?:是|叫|为)?[:：]?|(?:中文名|英文名|真名|本名|原名|全名|大名)(?:字)?(?:叫|是|为|[:：])?)\\s*(?!${NOT_NAME})((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])[${CJK}]{1,2}?)(?=[，。,.!！?？、；;:：\\s\\d/｜|]|和|今年|$)(?<!${NOT_NAME_END})`) },
  // Session 37: a given name typed in pinyin after a Chinese name cue ("我叫 tingting，你也可以叫我婷婷", "叫我 Xiaoyu 就好"); not a
  // ride ordered ("我叫didi了", "我叫taxi").
  { type: 'NAME', id: 'zh-name-pinyin-cued', priority: 39, group: 1, reject: /^(?:taxi|didi|dada|baba|mama|haha|hehe|xixi|gege|jiejie|meimei)$/iu, re: r(`(?:我叫|俺叫|我的名字(?:是|叫)|我名字(?:是|叫)|(?<![你他她们])叫我)[ \\t]*((?:${PINYIN_SYL_LOW}){2,3}|${PINYIN_SYL_CAP}(?:${PINYIN_SYL_LOW}){1,2})(?![A-Za-z'’-])(?=[ \\t]*(?:[，,。.!！?？、；;~]|$|就好|就行|吧))`) },
  // Round 23: a middle initial between first and last name ("name: Laura M. Biggs").
  { type: 'NAME', id: 'en-name', priority: 40, group: 1, re: r(`(?:[Mm]y name is|[Mm]y name's|[Nn]ame's|[Mm]y full name is|I'm called|I am called|[Cc]all me|(?:[Hh]i|[Hh]ello|[Hh]ey)[,!]?\\s+(?:I'm|I am|this is|it's)|(?:^|[.!?]\\s+)[Tt]his is(?!\\s+(?:${EN_NOT_NAME}|Today|Tomorrow|Tonight|Yesterday|God|Hard|Crazy|Insane|Awful|Terrible|Hell|It|What|Why|How|Me|My|Serious|Important|Urgent|Normal|Weird|Real|Life|Fun|Great|Nice|Wrong|Right|Exactly|Amazing|Horrible)\\b)|(?<![A-Za-z])[Nn]ame\\s*[:：])\\s+(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\b)(${EN_NAME_WORD}(?:(?:\\s+[A-Z]\\.)?\\s+(?!(?:And|But|I|Last|First|Middle|Address|Phone|Email|Age|Dob|Date|Gender|Sex|Cell|Mobile|Tel|Name|Birthday|Born)\\b)${EN_NAME_WORD}${EN_NAME_3RD})?)(?![A-Za-z])`) },
  // "I'm Sarah" / "I am Tom, 16": a capitalised word that is not a common adjective, state or group after I'm.
  { type: 'NAME', id: 'en-im-name', priority: 39, group: 1, re: r(`(?<![A-Za-z])(?:[Ii]['’]?m|[Ii] am)\\s+(?!(?:${EN_NOT_NAME})\\b)(${EN_NAME_WORD}(?:\\s+(?!(?:${EN_NOT_NAME}|And|But|I|Im|The|From)\\b)${EN_NAME_WORD})?)(?=\\s*(?:[,.!?;:)，。！？、；：]|$|\\s(?:and|but|from|here|btw|by the way|if (?:that|it) (?:matters|helps)|fwiw|lol|haha|tho|though|\\(|\\d|[a-z]+ing\\b|i\\b|im\\b|i'm\\b|I\\b|I'm\\b|my\\b|,)))`) },
  // Session 37: a listed given name in lower case after "i'm" / "im" / "call me", or "this is" / "it's" opening the
  // message or after a greeting ("hi im jake, 16", "hey, i'm sarah.", "call me emily"), before a pause or a clause end.
  { type: 'NAME', id: 'en-im-name-lower', priority: 38, group: 1, rejectBefore: EN_NAME_FICTION_BEFORE, re: r(`(?<![A-Za-z'’])(?:[Ii]['’]?m|[Ii] am|[Ii]['’]?m called|[Cc]all me|(?:^|(?<=[.!?,]\\s{0,3})|(?:[Hh]i|[Hh]ey|[Hh]ello|[Hh]iya)[,!]?\\s+)(?:this is|it['’]?s|its))\\s+(${EN_GIVEN_NAMES_LOWER})(?![A-Za-z'’-])(?=\\s*(?:[,.!?;:)~]|$|\\s(?:and|but|from|here|btw|lol|haha|tho|though|fwiw|\\d|i\\b|im\\b|i['’]m\\b|my\\b|aged?\\b|\\()))`) },
  // Session 37: a listed given name in lower case right after my/our/his/her + a relation ("my sister emma keeps calling",
  // "my bf is josh").
  { type: 'NAME', id: 'en-name-relation-lower', priority: 37, group: 1, rejectBefore: EN_NAME_FICTION_BEFORE, re: r(`(?<![A-Za-z])(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:(?:ex|older|younger|little|big|baby|best|late|step|twin|former|new|old|current|dear|eldest|oldest|youngest|elder)[-\\s])*(?:${EN_RELATION})\\s+(?:(?:is|was|called|named|is called|is named)\\s+)?(${EN_GIVEN_NAMES_LOWER})(?![A-Za-z-])`) },
  // Session 37: a listed given name in lower case where a person stands, after a verb or preposition that takes one
  // ("i miss tomas", "texting jake back", "me and ella"), as en-name-bare-object does for capitalised names.
  { type: 'NAME', id: 'en-name-bare-object-lower', priority: 36, group: 1, rejectBefore: EN_NAME_FICTION_BEFORE, re: r(`(?<=\\b${EN_PERSON_BEFORE}\\s)(${EN_GIVEN_NAMES_LOWER_NOT_WORDS})(?![A-Za-z'’-])`) },
  // "my name is john smith": lower-case names after an explicit name cue.
  { type: 'NAME', id: 'en-name-lower', priority: 38, group: 1, re: r(`(?:[Mm]y name is|[Mm]y names|[Mm]y name['’]s|[Nn]ame['’]s)\\s+(?!(?:not|no|none|nothing|the|a|an|on|in|irrelevant|unimportant|important|weird|hard|so|too|very|really|just|literally|kinda|like|what|whatever|private|secret|also|still|spelled|pronounced|written|cursed|known|mud|whenever|anytime|later|tomorrow|tonight|now|back|maybe|if|when|at|on|crazy|stupid|weak|[a-z]+ed|[a-z]+ing|[a-z]+ly)\\b)([a-z]{2,15}(?:\\s+(?!(?:and|but|i|im|from|btw|lol|haha|tho|though)\\b)[a-z]{2,15})?)(?=\\s*(?:[,.!?;:]|$|\\s(?:and|but|i|im|from|btw|lol|haha|\\d)))`) },
  // 我妈叫周桂芳 / 班主任叫赵卫东 / 紧急联系人：张秀英: a name after a relation word and 叫 (or a colon).
  { type: 'NAME', id: 'zh-name-relation-cued', priority: 40, group: 1, reject: ZH_REL_REJECT, re: r(`(?:${ZH_RELATION})(?:的名字)?(?:叫做?|名叫|的名字(?:是|叫)|名字(?:是|叫)|[:：])\\s*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2}|${ZH_PET_NAME}|([${CJK}])\\2)(?=${REL_NAME_NEXT}|[我你])(?<!${NOT_NAME_END})`) },
  // 我老公马骏把… / 我室友唐甜， / 前男友宋凯的…: a full name (surname first) or a repeated name right after a relation word.
  // Round 23: also with a kin modifier between (我双胞胎妹妹蒋悦都…, 我亲姐周婷生完孩子…).
  // Session 16: a peer named after a particle or a preposition, not only after 我 (台湾的朋友林怡君推荐…, 只跟同学郑浩说过).
  { type: 'NAME', id: 'zh-name-peer-after-particle', priority: 39, group: 1, reject: ZH_REL_REJECT, re: r(`(?<=[的跟和与给对让被找问陪向帮])(?:好|老)?(?:朋友|同学|同事|室友|闺蜜|发小|舍友|学姐|学长|学妹|学弟|表姐|表妹|表哥|表弟|堂姐|堂妹|堂哥|堂弟|邻居|同桌|男朋友|女朋友|男友|女友)((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2}?)(?=${REL_NAME_NEXT})(?<!${NOT_NAME_END})`) },
  { type: 'NAME', id: 'zh-name-relation', priority: 39, group: 1, reject: ZH_REL_REJECT, re: r(`(?:(?:我|俺)(?:们|的|们的)?(?:双胞胎|龙凤胎|亲生|亲|同父异母的?|同母异父的?)?|(?<![${CJK}]))(?:${ZH_RELATION})\\s*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2}|([${CJK}])\\2)(?=${REL_NAME_NEXT})(?<!${NOT_NAME_END})`) },
  // Round 21: a full name right after a role word, anywhere in a sentence (小组长陈晓雨让…, 我是患者家属张涛，…, 班主任王立新老师说…):
  // three characters (or a compound surname), before punctuation, a verb or a title.
  { type: 'NAME', id: 'zh-name-role', priority: 39, group: 1, reject: ZH_TITLE_NOT_NAME, re: r(`(?:${ZH_ROLE_BEFORE_NAME})\\s*((?:欧阳|司马|上官|诸葛)${ZH_GIVEN}{1,2}(?=${REL_NAME_NEXT}|${ZH_NAME_TITLE})|[${ALL_SURNAMES}]${ZH_GIVEN}{2}(?=${REL_NAME_NEXT}|${ZH_NAME_TITLE})|[${ALL_SURNAMES}]${ZH_GIVEN}(?=[，,。；;！!]))(?<!${NOT_NAME_END})`) },
  // Round 21: 我舅舅，蒋振华，座机… / 我的导师：李文博。: a name set off by a comma or colon after 我 + a relation word.
  { type: 'NAME', id: 'zh-name-relation-comma', priority: 39, group: 1, reject: ZH_REL_REJECT, re: r(`(?:我|俺)(?:们|的|们的)?(?:${ZH_RELATION}|${ZH_ROLE_BEFORE_NAME})[，,：:]\\s*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?=[，,。；;！!]|$)(?<!${NOT_NAME_END})`) },
  // Round 21: 群主是个叫钱梓豪的男生 / 有一位叫林思远的同事: a name after 个/位/名叫, before 的 and a person word.
  { type: 'NAME', id: 'zh-name-ge-jiao', priority: 39, group: 1, reject: ZH_REL_REJECT, re: r(`(?:个|位|名)叫做?\\s*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?=的(?:男|女|人|同|朋友|老|医|护|孩|学|小|姑娘|哥|姐|弟|妹|阿姨|叔|家伙|领导|客户|邻居|室友|舍友))(?<!${NOT_NAME_END})`) },
  // Round 21: 精神科的孙雅琴医生 / 找了张思远老师: a three-character name right before a title (张医生, 任课老师 stay).
  { type: 'NAME', id: 'zh-name-before-title', priority: 38, group: 1, reject: ZH_TITLE_NOT_NAME, re: r(`(?:^|(?<=[的是找跟和给问请位个叫了，,。：:\\s]))([${ALL_SURNAMES}](?![级课科班校院系届门代任])${ZH_GIVEN}(?![级课科班校院系届门代任])${ZH_GIVEN})(?=${ZH_NAME_TITLE})`) },
  // 我叫阿杰， / 我叫宁宁， / 叫我小北就好: a pet name or a repeated name after an explicit cue.
  { type: 'NAME', id: 'zh-name-pet', priority: 39, group: 1, reject: ZH_REL_REJECT, re: r(`(?:我叫|俺叫|俺的名字(?:是|叫)|我的名字(?:是|叫)|我名字(?:是|叫)|名叫|叫我|(?:嗨|hi|hello|你好|大家好|哈喽|哈啰)[，,!！\\s]*我是)\\s*(${ZH_PET_NAME}|([${CJK}])\\2)(?=[，,。！!？?、；;~～\\s]|$|就好|就行|吧|不是)`) },
  // 我叫吉尔格勒，蒙古族 / 我叫达娃卓玛，在… / 我叫欧阳娜娜不是…: a longer name without a common surname, with what follows a self-introduction.
  { type: 'NAME', id: 'zh-name-free', priority: 39, group: 1, reject: ZH_REL_REJECT, re: r(`(?:我叫|俺叫|俺的名字(?:是|叫)|我的名字(?:是|叫)|我名字(?:是|叫)|名叫)\\s*(?![什怎如何来去])(${ZH_GIVEN_FREE}{3,5})(?=[，,。！!？?、]\\s*(?:\\d|[一二三四五六七八九十]+岁|今年|来自|在|是|从|[${CJK}]{1,3}族|初|高|大|研)|不是)`) },
  // 我叫Vivian， / 我是Amy，: a Latin name after a Chinese cue.
  // Round 23: also before a space and what a self-introduction goes on with (我是Daniel 在深圳做销售, 我叫Ivy 今年20; 我是Java 程序员 stays).
  { type: 'NAME', id: 'zh-cue-latin-name', priority: 39, group: 1, rejectWord: EN_NOT_NAME_WORD, re: r(`(?:我叫|我是|我的名字(?:是|叫)|我名字(?:是|叫)|本人|(?:他|她)(?:的名字)?(?:叫做?|名叫))\\s*(${EN_NAME_WORD}(?:\\s${EN_NAME_WORD}${EN_NAME_3RD})?)(?=\\s*[，,。.!！?？、；;~～/／]|\\s*$|[ \\t\\u3000]+(?:在|今年|来自|來自|从|從|住在|${D}{1,2}岁))`) },
  // 我是台北的陳怡君， / 我是三班的王浩。 / 我是你们的志愿者秦朗，: a full name after 我是 + a place or group + 的 (+ a role), before punctuation.
  { type: 'NAME', id: 'zh-name-place-de', priority: 38, group: 1, reject: ZH_PLACE_DE_REJECT, re: r(`我是[${CJK}]{2,6}?的\\s*(?:志愿者|咨询师|心理咨询师|社工|辅导员|班主任|老师|护士|医生|客服|接线员)?((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?=[，,。.!！、；;\\s]|$)(?<!${NOT_NAME_END})`) },
  // Form and ticket fields, after a colon or a space: 乘车人 何子墨 身份证…, 乘机人：周若溪, 就诊人 林晓, 患者姓名：王建国, 联系人 陈红 电话… (an anonymised 林某 is no name).
  { type: 'NAME', id: 'zh-name-form-field', priority: 40, group: 1, reject: ZH_FORM_NAME_REJECT, re: r(`(?:乘车人|乘機人|乘车人姓名|乘机人|乘客姓名|旅客姓名|就诊人|就診人|就诊者|患者姓名|病人姓名|患者|病人|入住人|预订人|預訂人|预约人|預約人|持卡人|开户人|开户名|户名|投保人|被保险人|被保人|申请人|报名人|考生姓名|学生姓名|監護人|监护人|聯絡人|联系人|取票人|订票人)(?:[:：]\\s*|[ \\t\\u3000]+)((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?=[ \\t\\u3000]|[，,。.;；、|｜/（(]|$|身份证|身份證|证件|證件|电话|電話|手机|手機|性别|性別|[男女](?![生人孩士])|年龄|年齡|${D})(?<!${NOT_NAME_END})`) },
  // 我是思妤，大三 / 我叫宇辰，今年16 / 我是靜宜，在台中念書: a two-character given name with no surname, after 我是 or 我叫, before what a self-introduction goes on with.
  { type: 'NAME', id: 'zh-name-given-only', priority: 39, group: 1, reject: ZH_GIVEN_ONLY_REJECT, re: r(`(?:^|(?<=[，,。.!！?？~～\\s]))(?:我是|我叫)\\s*((?![大高初研本专小阿老一二三四五六七八九十这那])${ZH_GIVEN_FREE}{2})(?<!${NOT_NAME_END})(?=[，,]\\s*(?:大[一二三四]|研[一二三]|研究生|高[一二三]|初[一二三]|${D}{1,2}\\s*岁|[一二三四五六七八九十]{1,3}岁|今年|来自|來自|在[^，,。.!！?？\\n]{1,10}?(?:读|讀|念|上学|上學|工作|上班)))`) },
  // 我叫阿May， / 叫我小Ken就好: a pet name with a Latin given name after an explicit cue.
  { type: 'NAME', id: 'zh-name-pet-latin', priority: 39, group: 1, re: r(`(?:我叫|俺叫|俺的名字(?:是|叫)|我的名字(?:是|叫)|我名字(?:是|叫)|名叫|叫我|我是|(?<![A-Za-z])(?:[Tt]his is|I['’]?m|I am|[Mm]y name is|[Cc]all me|[Ii]t['’]s me,?)\\s)\\s*((?:小|阿)[A-Z][A-Za-z]{1,11})(?=[，,。！!？?、；;~～\\s,.!?]|$|就好|就行|吧)`) },
  // 我是初二（3）班许嘉怡的家长 / 我是三年级二班王子涵的妈妈: a pupil's name after the class, before 的 + a parent.
  { type: 'NAME', id: 'zh-name-class-parent', priority: 39, group: 1, reject: ZH_REL_REJECT, re: r(`(?:班|级|[)）])\\s*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?:同学)?的(?:妈妈|爸爸|母亲|父亲|家长|奶奶|爷爷|外婆|外公|姐姐|哥哥|监护人)`) },
  // 我叫 李 娜 / 名字叫 王 小 明: a full name written with spaces between its characters, after an explicit cue.
  { type: 'NAME', id: 'zh-name-spaced', priority: 40, group: 1, reject: ZH_REL_REJECT, re: r(`(?:我叫|俺叫|俺的名字(?:是|叫)|我的名字(?:是|叫)|我名字(?:是|叫)|名字叫|本人叫|名叫|姓名[:：]?)\\s*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])(?:[ \\u3000]${ZH_GIVEN}){1,2})(?=\\s*[，,。.!！?？、；;:：]|\\s*$|\\s+\\d)`) },
  // 收件人写王梓涵， / 联系人填张伟 / 收货人：李娜 / 紧急联系人是陈晓东: a name in a recipient or contact field.
  // Round 23: a full name written right after a recipient or sender word, before a number or a space (寄件人何嘉怡 139…; 收件人地址 stays).
  { type: 'NAME', id: 'zh-name-recipient-bare', priority: 40, group: 1, reject: ZH_REL_REJECT, re: r(`(?:收件人|收货人|收貨人|寄件人|签收人|簽收人)((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?=[ \\t\\u3000]*(?:[+＋(（]?${D}|手机|手機|电话|電話)|[，,])(?<!${NOT_NAME_END})`) },
  // Round 23: a teacher, doctor or counsellor naming themselves after the role: 我是高中老师韩雪 班里…, 我是社区医生孔明辉，.
  { type: 'NAME', id: 'zh-name-self-role', priority: 39, group: 1, reject: ZH_SELF_ROLE_REJECT, re: r(`我是[${CJK}]{0,4}?(?:老师|教师|医生|护士|心理咨询师|咨询师|社工|班主任|辅导员|志愿者)[ \\t\\u3000]*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?=[ \\t\\u3000，,。.!！、；;]|$)(?<!${NOT_NAME_END})`) },
  { type: 'NAME', id: 'zh-name-recipient', priority: 40, group: 1, reject: ZH_REL_REJECT, re: r(`(?:收件人|收货人|收貨人|寄件人|签收人|簽收人|联系人|聯絡人|联络人|紧急联系人|緊急聯絡人)(?:姓名|名字)?\\s*(?:写|寫|填|填的|是|为|為|叫|写的是|填的是|[:：])\\s*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2}|${ZH_PET_NAME})(?=${REL_NAME_NEXT}|手机|手機|电话|電話|[我你])(?<!${NOT_NAME_END})`) },
  // 我是Ray 何志伟， / 我叫Amy王， / 本人Kelvin 陳家豪: a Latin given name with a Chinese full name or surname after a self-introduction.
  { type: 'NAME', id: 'zh-cue-latin-zh-name', priority: 40, group: 1, rejectWord: EN_NOT_NAME_WORD, re: r(`(?:我叫|我是|我的名字(?:是|叫)|我名字(?:是|叫)|本人)\\s*(${EN_NAME_WORD}\\s?(?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{0,2})(?=\\s*[，,。.!！?？、；;~～]|\\s*$)`) },
  // Business cards and signature lines: 名片：张文博｜产品经理｜…, 签名档：林子轩 | …
  { type: 'NAME', id: 'zh-name-card', priority: 39, group: 1, reject: ZH_REL_REJECT, re: r(`(?:[:：]|^|\\n)\\s*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})\\s*[｜|]`) },
  // 喂，是我，小杰。 / 妈，是我，宁宁: the speaker naming themselves after 是我.
  { type: 'NAME', id: 'zh-name-its-me', priority: 39, group: 1, reject: ZH_REL_REJECT, re: r(`(?<![${CJK}])是我[，,]\\s*(${ZH_PET_NAME}|([${CJK}])\\2|(?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?=[，,。.!！~～]|$)`) },
  // "Hey, it's me, Jamie." / "it's me, Sam!"
  { type: 'NAME', id: 'en-name-its-me', priority: 39, group: 1, rejectWord: EN_SIGNOFF_NOT_NAME_WORD, re: r(`(?<![A-Za-z])[Ii]t['’]?s me[,!]?\\s+(${EN_NAME_WORD}(?:\\s+${EN_NAME_WORD})?)(?=\\s*[,.!?;]|\\s*$)`) },
  // "Diego's mother", "Lily's dad": a name before 's and a parent or carer.
  { type: 'NAME', id: 'en-name-parent-of', priority: 39, group: 1, rejectWord: EN_NOT_NAME_WORD, re: r(`(?<![A-Za-z])(${EN_NAME_WORD})['’]s\\s+(?:mother|mom|mum|father|dad|parent|guardian|stepmom|stepmum|stepdad|grandmother|grandma|grandfather|grandpa)(?![A-Za-z])`) },
  // "I'm Tyler, she's Denise," / "he's Marcus and": a name after she's / he's, before punctuation.
  { type: 'NAME', id: 'en-name-shes', priority: 38, group: 1, rejectWord: EN_SIGNOFF_NOT_NAME_WORD, re: r(`(?<![A-Za-z])(?:[Ss]he|[Hh]e)['’]s\\s+(${EN_NAME_WORD})(?=\\s*[,;]|\\s+and\\b)`) },
  // 我 boyfriend Jason Li 在美国 / 我的 roommate Emily 天天… / 她 ex 张伟又来了: a name right after a relation word written in English, after a Chinese pronoun.
  { type: 'NAME', id: 'zh-pron-en-relation', priority: 39, group: 1, reject: ZH_REL_REJECT, rejectWord: EN_NOT_NAME_WORD, re: r(`(?:我|他|她|我们|他们)的?\\s*(?<![A-Za-z])(?:${EN_RELATION})\\s+(${EN_NAME_WORD}(?:\\s${EN_NAME_WORD})?(?![A-Za-z])|(?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2}(?=${REL_NAME_NEXT})(?<!${NOT_NAME_END}))`) },
  // 请转告小敏， / 帮我告诉阿杰一声 / 最后一封信留给小棠： / 转告林子轩我没事: a pet or repeated name after a word of passing a message on (a full name only after 转告).
  { type: 'NAME', id: 'zh-name-relay', priority: 38, group: 1, reject: ZH_RELAY_REJECT, re: r(`(?:转告|转达给|告诉|通知|留给|写给|转交给|交给)\\s*((?<=(?:转告|转达给)\\s*)(?:${ZH_PET_NAME}|([${CJK}])\\2|(?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})|(?<!(?:转告|转达给)\\s*)(?:${ZH_PET_NAME}|([${CJK}])\\3))(?=[，,。.!！?？：:、；;\\s]|$|我|一声|一下)(?<!${NOT_NAME_END})`) },
  // Records and referrals: "Evan Price, DOB 1994-09-30", "Maria Lopez, born 3/4/1990", "Tom Reed, 34 y/o": a first and last name right before a DOB or age field.
  { type: 'NAME', id: 'en-name-record', priority: 39, group: 1, rejectWord: EN_NOT_NAME_WORD, re: r(`(?<![A-Za-z])(${EN_NAME_WORD}\\s+${EN_NAME_WORD}),\\s*(?=(?:DOB|D\\.O\\.B\\.?|[Dd]ate of [Bb]irth|[Bb]orn(?:\\s+on)?\\s*:?\\s*(?:\\d|${MONTHS})|[Aa]ge[:\\s]\\s*\\d|\\d{1,3}\\s*(?:y\\/?o|yo|yrs?(?: old)?|years? old)\\b|[MF],\\s*\\d))`) },
  // 签名：Grace 陈 / 姓名：Kevin 王， / 落款：Amy Zhang: a Latin given name with a Chinese or Latin surname after a signature or name field.
  { type: 'NAME', id: 'zh-field-latin-name', priority: 39, group: 1, rejectWord: EN_SIGNOFF_NOT_NAME_WORD, re: r(`(?:签名(?:档)?|署名|落款|姓名|名字|联系人|楼主)\\s*[:：]\\s*(${EN_NAME_WORD}(?:\\s?(?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])(?![${CJK}])|\\s${EN_NAME_WORD})?)(?![A-Za-z${CJK}])`) },
  // 英文名Jason / 她英文名叫 Tony / 英文名字是Eric Chen / "English name is Kevin": a Latin given name after 英文名.
  { type: 'NAME', id: 'zh-en-name-latin', priority: 40, group: 1, rejectWord: EN_NOT_NAME_WORD, re: r(`(?:英文名字?|洋名|(?<![A-Za-z])[Ee]nglish name)(?:叫做?|是|为|[:：]|\\s+is)?\\s*(${EN_NAME_WORD}(?:\\s${EN_NAME_WORD})?)(?![A-Za-z])`) },
  // 我们班有个学生叫黄一鸣， / 有个同事叫刘思远 / 有个男生叫Jason / 有个叫李明的同学: a private person introduced by a role and 叫.
  { type: 'NAME', id: 'zh-name-role-jiao', priority: 39, group: 1, reject: ZH_REL_REJECT, rejectWord: EN_NOT_NAME_WORD, re: r(`有一?(?:个|位|名)[${CJK}]{0,4}?(?:${ZH_ROLE})(?:名)?叫做?\\s*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2}|${ZH_PET_NAME}|([${CJK}])\\2|${EN_NAME_WORD}(?:\\s${EN_NAME_WORD})?(?![A-Za-z]))(?=${REL_NAME_NEXT}|[我你])(?<!${NOT_NAME_END})`) },
  { type: 'NAME', id: 'zh-name-role-jiao-bare', priority: 39, group: 1, reject: ZH_REL_REJECT, rejectWord: EN_NOT_NAME_WORD, re: r(`(?:的|我)(?:${ZH_ROLE})(?:名)?叫做?\\s*((?:欧阳|司马|上官|诸葛|司徒|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2}|${ZH_PET_NAME}|([${CJK}])\\2)(?=${REL_NAME_NEXT}|[我你])(?<!${NOT_NAME_END})`) },
  { type: 'NAME', id: 'zh-name-parent-of', priority: 39, group: 1, reject: ZH_REL_REJECT, re: r(`我是\\s*(?!全职|单亲|新手|二胎|宝|职场|年轻|一个|孩子|学生)((?:欧阳|司马|上官|诸葛|司徒|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2}?|${ZH_PET_NAME}|([${CJK}])\\2)(?:的)?(?:妈妈|爸爸|家长|奶奶|爷爷|外婆|外公|姥姥|姥爷)(?=[，,。！!？?、；;\\s]|$)`) },
  { type: 'NAME', id: 'zh-name-jiao-de-role', priority: 39, group: 1, reject: ZH_REL_REJECT, rejectWord: EN_NOT_NAME_WORD, re: r(`(?:有|认识|認識)一?(?:个|個|位|名)叫做?\\s*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2}|${ZH_PET_NAME}|([${CJK}])\\2|${EN_NAME_WORD}(?:\\s${EN_NAME_WORD})?)\\s*的[${CJK}]{0,4}?(?:${ZH_ROLE})`) },
  // 我老板叫Steven Liu，: a Latin name after a relation word and 叫.
  { type: 'NAME', id: 'zh-name-relation-latin', priority: 39, group: 1, rejectWord: EN_NOT_NAME_WORD, re: r(`(?:${ZH_RELATION})(?:的名字)?(?:叫做?|名叫|的名字(?:是|叫)|名字(?:是|叫)|[:：])\\s*(${EN_NAME_WORD}(?:\\s${EN_NAME_WORD})?)(?![A-Za-z])`) },
  // "my daughter's name is Lily", "her name is Hannah", "my real name is Zhou Wei".
  { type: 'NAME', id: 'en-name-possessive', priority: 40, group: 1, rejectWord: EN_NOT_NAME_WORD, re: r(`(?<![A-Za-z])(?:[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Mm]y|(?<![A-Za-z-])[A-Za-z][a-z]*(?:-[a-z]+){0,3}['’]s)\\s+(?:(?:real|full|first|last|legal|actual|given|middle|maiden|birth)\\s+)?name(?:\\s+(?:is|was)|['’]s)\\s+(${EN_NAME_WORD}(?:\\s+${EN_NAME_WORD}${EN_NAME_3RD})?)(?![A-Za-z])`) },
  // "my partner Kwame keeps…", "call my aunt Ruth", "my mum is Deborah Feng", "my roommate 张萌": a name right after a relation word.
  // Session 16: a relative named at the start of a sentence without "my" ("Dad is Robert Ashworth, 55 Linden Lane").
  { type: 'NAME', id: 'en-name-relation-sentence-start', priority: 39, group: 1, rejectWord: EN_NOT_NAME_WORD, re: r(`(?:^|[.!?]\\s+|\\n)(?:Dad|Mum|Mom|Mother|Father|Brother|Sister|Husband|Wife|Partner|Boyfriend|Girlfriend|Grandma|Grandpa|Gran|Nan)\\s+(?:is|was|[:=])\\s+(${EN_NAME_WORD}(?:\\s+${EN_NAME_WORD})?)(?![A-Za-z])`) },
  // Session 16: a form's contact line ("emergency contact: Grace Liu (sister)", "next of kin - Tom Hale").
  { type: 'NAME', id: 'en-name-contact-label', priority: 39, group: 1, rejectWord: EN_NOT_NAME_WORD, re: r(`(?<![A-Za-z])(?:[Ee]mergency [Cc]ontact|[Nn]ext of [Kk]in|[Cc]ontact [Nn]ame|[Cc]ontact [Pp]erson|[Gg]uardian|[Rr]eferee|[Pp]atient [Nn]ame)\\s*[:：-]\\s*(${EN_NAME_WORD}(?:\\s+${EN_NAME_WORD}){0,2})(?![A-Za-z])`) },
  // Session 16: the writer naming themself as "it's Tom." / "its Kayla btw" / "this is Priya from tuesday's group".
  { type: 'NAME', id: 'en-name-its-name', priority: 38, group: 1, rejectWord: EN_ITS_NOT_NAME_WORD, re: r(`(?:(?:^|(?<=[.!?\\n]\\s{0,2}))(?:[Ii]t[’']?s|[Hh]i,? it[’']?s)\\s+(?=${EN_NAME_WORD}(?:\\s*(?:[.!,;]|$)))|(?<![A-Za-z])(?:[Ii]t[’']?s|[Tt]his is)\\s+(?=${EN_NAME_WORD}\\s+(?:btw|here|again|from|speaking)\\b))(${EN_NAME_WORD})`) },
  { type: 'NAME', id: 'en-name-relation', priority: 39, group: 1, rejectWord: EN_NOT_NAME_WORD, re: r(`(?<![A-Za-z])(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:(?:uh|um|erm|like),?\\s+)?(?:(?!(?:is|was|and|but|the|a|an|own)\\s)[a-z]{2,6}\\s+(?=(?:${EN_RELATION})\\s))?(?:(?:ex|older|younger|little|big|baby|best|late|step|twin|former|new|old|current|dear|eldest|oldest|youngest|elder)[-\\s])*(?:${EN_RELATION})\\s+(?:(?:is|was|called|named)\\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?(${EN_NAME_WORD}(?:\\s+${EN_NAME_WORD}${EN_NAME_3RD})?(?![A-Za-z])|(?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])[${CJK}]{1,2}(?![${CJK}]))`) },
  // Round 23: a name with the relation in brackets after it: "Noah (my son) still asks…", "me and Faith (my sister)" ("Mom (my rock)" stays).
  { type: 'NAME', id: 'en-name-paren-relation', priority: 39, group: 1, rejectWord: EN_SIGNOFF_NOT_NAME_WORD, re: r(`(?<![A-Za-z])(${EN_NAME_WORD}(?:\\s+${EN_NAME_WORD})?)\\s*\\((?:my|our|his|her|their)\\s+(?:(?:older|younger|little|big|baby|best|step|twin|eldest|youngest|ex|late)[-\\s])?(?:${EN_RELATION})\\)`) },
  // "Mrs Okafor", "Ms. Park's email": the name after a title.
  { type: 'NAME', id: 'en-name-title', priority: 39, group: 1, rejectWord: EN_NOT_TITLE_NAME_WORD, re: r(`(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.?\\s+(${EN_NAME_WORD}(?:\\s+${EN_NAME_WORD}${EN_NAME_3RD})?)(?![A-Za-z])`) },
  // "hi, Marcus here".
  // "Myself Rahul Verma, 24 years" (Indian English introductions) and a name in apposition: "my real name, Kevin Tran, and…".
  { type: 'NAME', id: 'en-name-myself', priority: 39, group: 1, rejectWord: EN_NOT_NAME_WORD, re: r(`(?:(?:^|(?<=[.!?\\n]\\s{0,3}))[Mm]yself|(?<![A-Za-z])(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:(?:real|full|legal|actual|first)\\s+)?name,)\\s+(${EN_NAME_WORD}(?:\\s+${EN_NAME_WORD})?)(?=\\s*[,.;)(]|\\s*$|\\s+(?:here|from|and|aged?|\\d))`) },
  { type: 'NAME', id: 'en-name-here', priority: 39, group: 1, rejectWord: EN_NOT_NAME_WORD, re: r(`(?:[Hh]i|[Hh]ello|[Hh]ey|[Hh]iya)[,!]?\\s+(${EN_NAME_WORD}(?:\\s+${EN_NAME_WORD})?)\\s+here\\b`) },
  // Sign-offs at the end of a message: "Thanks, Jordan", "Best, Alex Romero (he/him)", "— M. Delacroix", "—— 小雨".
  // Round 23: a single hyphen before the closing name too ("you can do this. - Priya").
  { type: 'NAME', id: 'en-name-signoff', priority: 38, group: 1, rejectWord: EN_SIGNOFF_NOT_NAME_WORD, re: r(`(?:(?<![A-Za-z])(?:[Tt]hanks|[Tt]hank you|[Cc]heers|[Bb]est|[Bb]est wishes|[Rr]egards|[Bb]est regards|[Kk]ind regards|[Ll]ove|[Ss]incerely|[Ww]armly|[Tt]ake care|[Xx]x|[Xx]oxo)\\s*,\\s*|(?:^|(?<=[\\s.!?)。！？]))(?:—{1,2}|–|--|~|-(?=[ \\t]))\\s*)((?:[A-Z]\\.\\s?)?${EN_NAME_WORD}(?:\\s+${EN_NAME_WORD})?)(?=\\s*(?:\\([^()\\n]{0,30}\\))?\\s*[.!]?\\s*$|\\s*[|｜]|[ \\t]*\\n)`) },
  { type: 'NAME', id: 'zh-name-signoff', priority: 38, group: 1, reject: ZH_REL_REJECT, re: r(`(?:——|—|－－|--|~)\\s*(${ZH_PET_NAME}|(?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2}|([${CJK}])\\2)(?<!${NOT_NAME_END})\\s*[。.!！]?\\s*$`) },
  // 我是转学生，叫冯一帆，…: 叫 + a full name right after a self-introduction.
  // A signature on the last line: a name with the date (and time) it was written (\n张子涵 2024.11.09 凌晨3:12), or after "your old friend" (你的老朋友 蒋思琪).
  { type: 'NAME', id: 'zh-name-signoff-dated', priority: 38, group: 1, reject: ZH_REL_REJECT, re: r(`(?:^|\\n)[ \\t\\u3000]*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?<!${NOT_NAME_END})[ \\t\\u3000]*[，,]?[ \\t\\u3000]*(?:19|20)\\d{2}\\s?[./\\-年]\\s?\\d{1,2}\\s?[./\\-月]\\s?\\d{1,2}[日号]?(?:[ \\t\\u3000]*[^\\n]{0,12})?\\s*$`) },
  { type: 'NAME', id: 'zh-name-signoff-your', priority: 38, group: 1, reject: ZH_REL_REJECT, re: r(`(?:你的|您的|你们的|妳的)[^\\n\\s，,。]{0,4}?(?:朋友|老友|好友|同学|学生|女儿|儿子|孩子|闺蜜|兄弟|姐妹|室友|同事|来访者|病人|妈妈|爸爸)[ \\t\\u3000]*[，,：:]?[ \\t\\u3000]*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2}|${ZH_PET_NAME})(?<!${NOT_NAME_END})[ \\t\\u3000]*[。.!！~～]?\\s*$`) },
  { type: 'NAME', id: 'zh-name-intro-jiao', priority: 39, group: 1, reject: ZH_REL_REJECT, re: r(`我是[^，,。.!！?？\\n]{1,12}[，,]\\s*(?:名字)?叫\\s*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?=[，,。.!！?？、；;\\s]|$)(?<!${NOT_NAME_END})`) },
  // 他叫韦嘉， / 她叫李玉梅，58岁: a full name after 他/她叫, before punctuation.
  { type: 'NAME', id: 'zh-name-ta-jiao', priority: 39, group: 1, reject: ZH_REL_REJECT, re: r(`(?:他|她)(?:的名字)?(?:叫做?|名叫)\\s*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?=[，,。.!！?？、；;\\s（(]|$|[我你他她]们)(?<!${NOT_NAME_END})`) },
  // Round 23: a partner named by a break-up or a fight with them: 我和许嘉宁离婚两年了, 我跟孟子轩冷战一周 (我跟他分手, 我和周围的人吵架 stay).
  { type: 'NAME', id: 'zh-name-breakup', priority: 39, group: 1, reject: ZH_REL_REJECT, re: r(`(?:我|俺)(?:跟|和|与)\\s*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?=分手|分开|离婚|冷战|绝交|复合|闹翻|吵架|吵了|在一起|谈恋爱|交往|订婚|结婚)(?<!${NOT_NAME_END})`) },
  // Round 23: a full name greeted at the start of a message or line, or after a colon: 周雨桐你好，… / 草稿：孟凡你好 (王老师你好, 李医生您好 stay).
  { type: 'NAME', id: 'zh-name-hello', priority: 38, group: 1, reject: ZH_REL_REJECT, re: r(`(?:^|(?<=[\\n：:][ \\t\\u3000]*))((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?<!${NOT_NAME_END})[，,\\s]?(?:你好|您好)`) },
  // Round 23: a diary or journal titled with its writer's name: 许嘉怡的日记 / 蒋一帆的心情随笔 第三天 (高中的日记, 周末的日记 stay).
  { type: 'NAME', id: 'zh-name-diary-title', priority: 38, group: 1, reject: ZH_REL_REJECT, re: r(`(?:^|(?<=\\n))[ \\t\\u3000]*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?<!${NOT_NAME_END})的[${CJK}]{0,4}?(?:日记|日志|周记|随笔|手账|记录)`) },
  // 梁志伟（舅舅）: a full name with the relation in brackets after it.
  { type: 'NAME', id: 'zh-name-paren-relation', priority: 39, group: 1, reject: ZH_REL_REJECT, re: r(`(?<![${CJK}])((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})\\s*[（(](?:${ZH_RELATION}|母亲|父亲|本人|配偶|监护人)[）)]`) },
  // 我是馨馨的妈妈: a repeated or pet name before 的 + a parent or carer.
  { type: 'NAME', id: 'zh-name-parent-of', priority: 39, group: 1, reject: ZH_REL_REJECT, re: r(`我是\\s*(${ZH_PET_NAME}|([${CJK}])\\2|(?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?:同学)?的(?:妈妈|爸爸|母亲|父亲|家长|奶奶|爷爷|外婆|外公|姐姐|哥哥|监护人)`) },
  // Records and forms: 贺晨阳，男，32岁.
  { type: 'NAME', id: 'zh-name-record', priority: 39, group: 1, reject: ZH_REL_REJECT, re: r(`(?:(?<![${CJK}])|(?<=患者|病人|来访者|服务对象|服務對象|案主|个案|個案|当事人|當事人|求助者|咨询者|受助者|就诊者|学生|學生))((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})[，,、\\s]\\s*[男女](?:性)?[，,、\\s]\\s*\\d{1,3}\\s*岁`) },
  // Mixed zh/en self-introductions: "My name is 王梓涵,", "I'm 小鹿,", "this is 李想." (a Chinese full or pet name after an English cue).
  { type: 'NAME', id: 'en-cue-zh-name', priority: 40, group: 1, reject: ZH_REL_REJECT, re: r(`(?<![A-Za-z])(?:[Mm]y (?:full |real )?name is|[Mm]y name['’]s|[Nn]ame['’]s|I['’]m called|I am called|[Cc]all me|I['’]?m|I am|[Tt]his is|[Ii]t['’]s me,?)\\s*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])[${CJK}]{1,2}|${ZH_PET_NAME})(?![${CJK}])(?=\\s*(?:[,.!?;:，。！？、；：(（]|$|\\s(?:and|but|from|here|btw|\\d)))`) },
  // A Chinese or English name after a relation word written in English, in a Chinese or mixed sentence: my mom 叫 林美华, 我 landlord 叫 David Chan.
  { type: 'NAME', id: 'en-relation-jiao', priority: 40, group: 1, reject: ZH_REL_REJECT, rejectWord: EN_NOT_NAME_WORD, re: r(`(?<![A-Za-z])(?:[Mm]y|[Hh]is|[Hh]er|我的?|他的?|她的?)\\s*(?:${EN_RELATION})\\s*(?:叫做?|名叫|的名字(?:是|叫)|名字(?:是|叫))\\s*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2}(?![${CJK}])|(?:${ZH_PET_NAME}|([${CJK}])\\2)(?![${CJK}])|${EN_NAME_WORD}(?:\\s${EN_NAME_WORD})?(?![A-Za-z]))`) },
  // Older and forum ways to name oneself: 在下欧阳明轩，/ 鄙人张伟。/ 楼主：宋依依，/ 署名：李华 / 落款：王芳.
  { type: 'NAME', id: 'zh-name-self-formal', priority: 40, group: 1, reject: ZH_REL_REJECT, re: r(`(?=[在鄙本楼Ll署落签发留])(?:(?:^|(?<=[\\s，,。.!！?？：:；;]))(?:在下|鄙人|本人名叫)|(?:楼主|LZ|lz|署名|落款|签名(?:档)?|发帖人|留言人)\\s*[:：])\\s*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?=[，,。.!！?？、；;\\s|｜(（]|$)(?<!${NOT_NAME_END})`) },
  // 姓周名子航 / 我姓王，名叫晓東: the surname and the given name, each its own span.
  { type: 'NAME', id: 'zh-name-xing-ming-surname', priority: 40, group: 1, re: r(`姓\\s*([${ALL_SURNAMES}]|欧阳|司马|上官|诸葛)[，,]?\\s*名(?:叫|字叫|字是|为)?\\s*${ZH_GIVEN}{1,2}(?=[，,。.!！?？、；;\\s\\d]|$)`) },
  { type: 'NAME', id: 'zh-name-xing-ming-given', priority: 40, group: 1, re: r(`姓\\s*(?:[${ALL_SURNAMES}]|欧阳|司马|上官|诸葛)[，,]?\\s*名(?:叫|字叫|字是|为)?\\s*(${ZH_GIVEN}{1,2})(?=[，,。.!！?？、；;\\s\\d]|$)`) },
  // 叫我老周就行 / 大家叫我老王吧: the surname in a 老 + surname nickname.
  { type: 'NAME', id: 'zh-name-lao', priority: 39, group: 1, re: r(`叫我老([${ALL_SURNAMES}])(?=就|吧|好了|[，,。.!！~～\\s]|$)`) },
  // 我叫单可心，/ 我叫柳如烟。: surnames kept out of the general list (words start with them too), after an explicit name cue and before punctuation.
  { type: 'NAME', id: 'zh-name-cued-rare-surname', priority: 40, group: 1, reject: ZH_RARE_SURNAME_REJECT, re: r(`(?:我叫|俺叫|俺的名字(?:是|叫)|我的名字(?:是|叫)|我名字(?:是|叫)|本人(?:叫|姓名)|我姓名是|姓名[:：]|名字[:：]|(?:真名|本名|全名|大名)(?:叫|是|[:：]))\\s*([单尚柳柴殷乔游庞蒙凌甘宁祝翟房褚卫施齐岳童温聂季纪舒屈项祁阮闵晏樊俞裴伍鲁喻洪左柯席邢谷巩][${CJK}]{1,2}?)(?=[，,。.!！?？、；;:：\\s\\d]|今年|$)`) },
  // 爸，我是小宇，… / 我是阿杰。: a pet or repeated name after 我是 at the start of a clause, before punctuation (not 小白, 小透明, 小三…).
  { type: 'NAME', id: 'zh-name-woshi-pet', priority: 39, group: 1, reject: ZH_WOSHI_PET_REJECT, re: r(`(?:^|(?<=[，,。.!！?？~～\\s]|那个|这个|[呃嗯额]))我是\\s*(${ZH_PET_NAME}|([${CJK}])\\2)(?=[，,。.!！?？~～]|$|[啊呀哈](?![${CJK}]))`) },
  // Sign-offs on their own line without a comma: "xx Hannah", "Love Mia", "Cheers Tom".
  { type: 'NAME', id: 'en-name-signoff-line', priority: 38, group: 1, rejectWord: EN_SIGNOFF_NOT_NAME_WORD, re: r(`(?:^|(?<=\\n))[ \\t]*(?:[Xx]{1,4}|[Xx]oxo|[Ll]ove|[Cc]heers|[Tt]hanks|[Bb]est|[Rr]egards|[Hh]ugs)[ \\t]+(${EN_NAME_WORD}(?:[ \\t]+${EN_NAME_WORD})?)[ \\t]*[.!]?[ \\t]*$`) },
  // A Chinese name after an English sign-off: "Best, 张明远", "Thanks, 小雨", "— 李华 (Lily)".
  { type: 'NAME', id: 'en-signoff-zh-name', priority: 38, group: 1, reject: ZH_REL_REJECT, re: r(`(?:(?<![A-Za-z])(?:[Tt]hanks|[Tt]hank you|[Cc]heers|[Bb]est|[Bb]est wishes|[Rr]egards|[Bb]est regards|[Kk]ind regards|[Ll]ove|[Ss]incerely|[Ww]armly|[Tt]ake care|[Xx]x|[Xx]oxo)\\s*,?\\s*)((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2}|${ZH_PET_NAME})(?![${CJK}])(?=\\s*(?:[(（][^()（）\\n]{0,30}[)）])?\\s*[.!。！]?\\s*$)`) },
  // A full name in brackets at the end, after a sign-off: "signed, a very tired dad (Rob Whitfield)", "Best, 张明远 (Mingyuan)".
  { type: 'NAME', id: 'en-signoff-paren-name', priority: 38, group: 1, rejectWord: EN_SIGNOFF_NOT_NAME_WORD, re: r(`(?<![A-Za-z])(?:[Ss]igned|[Tt]hanks|[Tt]hank you|[Cc]heers|[Bb]est|[Rr]egards|[Ll]ove|[Ss]incerely|[Xx]x|[Xx]oxo|—|--)[^\\n()（）]{0,40}?[（(](${EN_NAME_WORD}(?:\\s+${EN_NAME_WORD})?)[)）]\\s*[.!。！]?\\s*$`) },
  // "my mum, Linda Hartley, won't …": a name set off by commas after a relation word.
  { type: 'NAME', id: 'en-name-relation-appositive', priority: 39, group: 1, rejectWord: EN_NOT_NAME_WORD, re: r(`(?<![A-Za-z])(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:(?:ex|older|younger|little|big|baby|best|late|step|twin|former|new|old|dear|eldest|youngest|elder)[-\\s])*(?:${EN_RELATION}),\\s+(${EN_NAME_WORD}(?:\\s+${EN_NAME_WORD})?)(?=\\s*[,—–(])`) },
  // "it's Jo here", "It's Riya — …", "hey it's Sam here": the writer's name after it's, before here or a dash.
  { type: 'NAME', id: 'en-name-its-here', priority: 39, group: 1, rejectWord: EN_SIGNOFF_NOT_NAME_WORD, re: r(`(?=[Ii]t['’]?s\\s)(?:^|(?<=[.!?\\n,]\\s{0,3})|(?<=(?:[Hh]i|[Hh]ello|[Hh]ey|[Hh]iya)[,!]?\\s))[Ii]t['’]?s\\s+(${EN_NAME_WORD}(?:\\s+${EN_NAME_WORD})?)\\s*(?:here\\b|[—–]|--)`) },
  {
    // A date with a birth cue before it (up to a few words away: "asks for DOB, I type 07/04/2001") or after it (1995年3月12日出生).
    // Round 23: only the first date after the cue ("born 5/6/2010, moved out 5/6/2015": the second is no birth date, and the
    // [DOB_X] mask of the first is no cue).
    type: 'DOB',
    id: 'dob',
    priority: 45,
    group: 1,
    re: r(`(?:出生(?:日期|年月日?|于|在|日)?|生日(?![会派聚宴趴礼蛋快])(?:是|为)?|生于|(?<![A-Za-z[])(?:[Bb]orn(?:\\s+on)?|DOB|[Dd]ob|D\\.O\\.B\\.?|[Dd]ate of [Bb]irth|[Bb]irth ?[Dd]ate|[Bb]irthday(?:\\s+is)?|[Bb]-?day(?:\\s+is)?|[Bb]['’]day(?:\\s+is)?|(?<![A-Za-z])(?<![Pp]lan )b\\.(?=\\s?(?:19|20)\\d{2}[-/.]\\d))(?![A-Za-z])(?!\\s*(?:party|parties|dinner|celebration|gift|present|cake|card|trip)\\b))[^。.!?？！\n0-9０-９[]{0,25}?(${DATE})(?![0-9０-９])`),
  },
  // Round 23: also with the person between (2001.07.15 我出生, 1999-3-8 她出生的).
  { type: 'DOB', id: 'dob-after', priority: 45, group: 1, re: r(`(?<![0-9０-９])(${DATE})\\s*(?:(?:我|他|她)\\s*(?=出生|出世))?(?:出生|生的|生人|出世|生日(?![会派聚宴趴礼蛋快])|生(?=[，,。.;；\\s]|$))`) },
  // A birthday without a year, right after its cue: 生日5月20号, 生日九月九号, 生日是农历八月十五, "birthday's on Feb 29", "DOB: 12 March".
  // Also a lunar month that needs no 日 (正月十五, 腊月初八) and a month/day in digits (生日02/14, 生日是 3.5).
  { type: 'DOB', id: 'dob-month-day', priority: 44, group: 1, re: r(`(?:生日(?![会派聚宴趴礼蛋快])|出生日期|生于)(?:是|为|在|[:：])?\\s*((?:农历|阴历|公历|阳历)?${ZH_MONTH}\\s*月\\s*${ZH_DAY}\\s*[日号]|(?:农历|阴历)${ZH_MONTH}\\s*月\\s*${ZH_DAY}|(?:正|腊|冬)月\\s*${ZH_DAY}|(?<![0-9０-９])(?:0?[1-9]|1[0-2])[/.\\-](?:0?[1-9]|[12]\\d|3[01])(?![0-9０-９]|[/.\\-]\\d|\\s*(?:天|周|个|days?|weeks?)))`) },
  // A month and day before "是我(的)生日" or "出生": 农历九月初八是我生日, 5月20号是我的生日, 正月十五出生.
  { type: 'DOB', id: 'dob-month-day-after', priority: 44, group: 1, re: r(`(?<![0-9０-９年])((?:(?:农历|阴历|公历|阳历)\\s*)?${ZH_MONTH}\\s*月\\s*${ZH_DAY}\\s*[日号]?)\\s*(?:是(?:我|他|她)的?生日|(?:我|他|她)?(?:出生|生的)(?![活物病气]))`) },
  // Year and month of birth after an explicit cue: 出生年月：1990年3月, 出生于1990年3月, DOB: 03/1990, born in March 1990.
  { type: 'DOB', id: 'dob-year-month', priority: 43, group: 1, re: r(`(?:出生年月|出生日期|出生于|生于|(?<![A-Za-z])(?:DOB|D\\.O\\.B\\.?|[Dd]ate of [Bb]irth|[Bb]orn(?:\\s+in)?))\\s*(?:是|为|[:：])?\\s*((?:19|20|１９|２０)${D}{2}\\s*(?:年\\s*${D}{1,2}\\s*月|[-/.]\\s*(?:0?[1-9]|1[0-2])(?![0-9０-９/.\\-]))|(?:0?[1-9]|1[0-2])\\/(?:19|20)\\d{2}|(?:${MONTHS})\\.?,?\\s+(?:19|20)\\d{2})(?![0-9０-９])`) },
  // "Today is my birthday, 1月9日": the date right after a today/tomorrow-is-my-birthday clause (今天是我生日，3月5号 / 明天是她的生日，十月二号).
  { type: 'DOB', id: 'dob-today-birthday', priority: 44, group: 1, re: r(`(?:今天|明天|昨天|后天|今日|聽日|听日|尋日)(?:是|係)(?:我|他|她)(?:的|嘅)?生日[，,、]\\s*((?:农历|阴历|公历|阳历)?${ZH_MONTH}\\s*月\\s*${ZH_DAY}\\s*[日号號]?)(?![0-9０-９])`) },
  // Year and month of birth before a birth word: 我是1999年5月出生的, 1988年12月生人, 2001年3月份出生.
  { type: 'DOB', id: 'dob-year-month-after', needs: HAS_DIGIT, priority: 43, group: 1, re: r(`(?<![0-9０-９])((?:19|20|１９|２０)${D}{2}\\s*年\\s*(?:0?[1-9]|1[0-2]|０?[１-９]|１[０-２])\\s*月)(?:份)?\\s*(?:出生|生的|生人|出世|生(?=[，,。.;；\\s]|$))`) },
  { type: 'DOB', id: 'dob-month-day-en', priority: 44, group: 1, re: r(`(?<![A-Za-z])(?:[Bb]irthday(?:['’]s)?|[Bb](?:-|['’])?day(?:['’]s)?|DOB|[Dd]ob|[Dd]ate of [Bb]irth|[Bb]orn)(?:\\s+(?:is|was))?(?:\\s+on)?\\s*[:：]?\\s*(?:the\\s+)?((?<![A-Za-z])(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS}))(?![A-Za-z0-9])`) },
  // Round 16: numbers read out in voice transcripts, as Chinese or English digit words (checked like written numbers in ../pii.ts).
  // 身份证号是三三零一零六一九九八零四一二二七三四 (叉 or X for a check digit of ten): an 18-digit resident ID, check digit verified.
  { type: 'ID', id: 'cn-resident-id-spoken', priority: 75, needs: HAS_ZH_SPOKEN_RUN, re: r(zhSpokenRun(`[${ZH_SPOKEN_DIGIT_CHARS}]`, 18, 18, `[${ZH_SPOKEN_DIGIT_CHARS}叉Xx]`)) },
  // 卡号报给他 六二二八四八零零三九一七二六三七 / "my card number five four one two …": a card read out (Luhn, or a card word before it).
  { type: 'BANKCARD', id: 'bank-card-spoken-zh', priority: 70, needs: HAS_ZH_SPOKEN_RUN, re: r(zhSpokenRun(`[${ZH_SPOKEN_DIGIT_CHARS}]`, 13, 19)) },
  { type: 'BANKCARD', id: 'bank-card-spoken-en', priority: 70, needs: HAS_EN_SPOKEN_RUN, re: r(enSpokenRun(13, 19), 'giu') },
  // 座机 零二八 八五四三 七七六一: a landline read out with its area code (0 + 9 to 11 digits; hotlines and service lines kept in ../pii.ts).
  { type: 'PHONE', id: 'cn-landline-spoken', priority: 52, needs: HAS_ZH_SPOKEN_RUN, re: r(zhSpokenRun(`[零〇○]${ZH_SPOKEN_GAP}[一幺二两三四五六七八九]`, 9, 11)) },
  // 打我家座机吧 八五四三 七七六一: a local number of 7 or 8 digits read out after a phone word.
  { type: 'PHONE', id: 'cn-local-spoken-cued', priority: 52, needs: HAS_ZH_SPOKEN_RUN, group: 1, re: r(`(?:座机|电话|號碼|号码|手机|打给我|打我)[^\\n。！？!?0-9０-９〇零○一幺二两三四五六七八九]{0,8}(${zhSpokenRun('[二两三四五六七八九]', 7, 8)})`) },
  // 我扣扣号是 三九七 六二零 五八一 / "my QQ number it's five three one two oh nine eight four": a QQ number read out.
  { type: 'QQ', id: 'qq-spoken', priority: 88, group: 1, needs: /[QqＱｑ]{2}|扣扣|企鹅/u, re: r(`${QQ_SPOKEN_CUE}(${zhSpokenRun('[一幺二两三四五六七八九]', 5, 12)}|${enSpokenRun(5, 12, '(?:one|two|three|four|five|six|seven|eight|nine)(?![A-Za-z])')})`) },
  // "my social which is uh five three one two two seven four oh eight": an SSN read out after "social"/"SSN" (area, group and serial checked).
  { type: 'SSN', id: 'us-ssn-spoken', priority: 68, group: 1, needs: /(?:SSN|[Ss]ocial)/u, re: r(`(?<![A-Za-z])(?:SSN|[Ss]sn|[Ss]ocial(?: [Ss]ecurity)?(?: [Nn]umber| [Nn]o\\.?| #)?)(?!\\s+(?:work|worker|workers|media|services?|anxiety|skills?|life|club|studies|network|events?|circle|credit|care|group|security (?:office|benefits|check)))[^\\n.!?0-9]{0,16}?(${enSpokenRun(9, 9)})`) },
  // "jenna dot marsh at gmail dot com", "chenhao八八 at qq dot com": an address spoken with "at" and "dot" at a known mail provider.
  { type: 'EMAIL', id: 'email-spoken-provider', priority: 89, reject: EMAIL_SPOKEN_REJECT, needs: /\sat\s/iu, re: r(`(?<![A-Za-z0-9._%+\\-〇零一二三四五六七八九])[A-Za-z0-9_%+\\-〇零一二三四五六七八九](?:[A-Za-z0-9._%+\\-〇零一二三四五六七八九]*[A-Za-z0-9_%+\\-〇零一二三四五六七八九])?(?:\\s+(?:dot|underscore|dash|hyphen)\\s+[A-Za-z0-9_%+\\-〇零一二三四五六七八九]+){0,3}(?:\\s+\\d{1,4})?\\s+(?:at|AT)\\s+${MAIL_PROVIDERS}(?:\\s+(?:dot|DOT)\\s+(?:com|net|cn|co|me|ch|de|uk|fr|jp|kr))?\\s+(?:dot|DOT)\\s+(?:com|net|org|cn|me|ch|de|uk|fr|jp|kr|io)(?![A-Za-z])`, 'giu') },
  // "my birthday's the ninth of October nineteen ninety", "born on March third, two thousand one": a spoken date after a birth cue.
  { type: 'DOB', id: 'dob-spoken-en', priority: 44, group: 1, re: r(`(?<![A-Za-z])(?:[Bb]irthday(?:['’]s)?|[Bb](?:-|['’])?day(?:['’]s)?|DOB|[Dd]ate of [Bb]irth|[Bb]orn)(?:\\s+(?:is|was))?(?:\\s+on)?\\s*[:：]?\\s*(?:(?:uh|um|like|the)\\s+){0,3}(${EN_DATE_SPOKEN})`) },
  // "I live at forty two Willow Creek Drive apartment three C Columbus Ohio": a house number in words, a street, a flat, a city and state.
  { type: 'ADDRESS', id: 'en-address-spoken', priority: 50, needs: /\b(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Way|Place|Terrace|Close|Crescent|Square|Highway|Parkway|Circle|Trail|Loop|Row|Grove|Path|Ridge|Crossing|Cove|Bend|Alley)\b/u, re: r(`(?<![A-Za-z])(?<=(?:^|[^A-Za-z])(?:at|to|on|is|address|live in|lives in|living in)\\s+(?:(?:uh|um)\\s+)?)${EN_NUMBER_SPOKEN}\\s+(?:[A-Z][a-z]+\\s+){1,3}${EN_STREET_SUFFIX}(?![A-Za-z])(?:,?\\s+(?:apartment|[Aa]pt\\.?|[Uu]nit|[Ss]uite|[Ff]lat|number)\\s+(?:${EN_NUMBER_SPOKEN}|\\d{1,5})(?:\\s?[A-Z](?![A-Za-z]))?)?(?:,?\\s+(?:[A-Z][a-z]+\\s+){0,2}(?:${US_STATE_NAMES}|${US_STATES})(?![A-Za-z]))?`) },
  // 我是 嗯 赵磊 / 我叫 那个 叫马天宇: a name after a self-introduction with fillers between.
  { type: 'NAME', id: 'zh-name-filler', priority: 40, group: 1, reject: ZH_REL_REJECT, re: r(`(?:我叫|我是|我的名字(?:是|叫)|我名字(?:是|叫)|本人)[\\s，,]*(?:${ZH_FILLER}[\\s，,.…]*){1,3}(?:我叫|叫|是)?\\s*(?!${NOT_NAME})((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?=[\\s，,。.!！?？、；;]|不是|$)(?<!${NOT_NAME_END})`) },
  // "hi um this is Priya Raman I'm …", "my name is uh Jake Moreno": an English self-introduction with fillers.
  { type: 'NAME', id: 'en-name-filler', priority: 40, group: 1, rejectWord: EN_FILLER_NOT_NAME_WORD, re: r(`(?<![A-Za-z])(?:(?:[Hh]i|[Hh]ello|[Hh]ey)[,!.]?\\s+(?:${EN_FILLER}[,.]?\\s+){1,3}(?:[Tt]his is|I['’]m|I am|[Ii]t['’]s|[Mm]y name is|[Mm]y name['’]s)|(?:[Mm]y name is|[Mm]y name['’]s|[Tt]his is|I['’]m|I am|[Cc]all me)[,]?\\s+(?:(?:u+m+|u+h+|erm|er)[,.]?\\s+){1,3})\\s*(${EN_NAME_WORD}(?:\\s+(?!And\\b|But\\b|I\\b)${EN_NAME_WORD})?)(?![A-Za-z'’])`) },
  // Round 18: "I'm so tired of being Ben's backup plan", "then Jess'll call you": a capitalised word with 's (before a person's thing) or 'll/'d, mid-sentence after a lowercase word (not after at/to/in: shops and places).
  { type: 'NAME', id: 'en-name-possessive-mid', priority: 37, group: 1, needs: /[A-Za-z]['’](?:s|ll|d)\s/u, rejectWord: EN_POSSESSIVE_NOT_NAME_WORD, re: r(`(?<=(?<![A-Za-z'’])[a-z]{2,12}\\s)(?<!(?<![A-Za-z])(?:at|to|in|into|from|near|of|the|an|by|visit|visited|outside|inside|called|named|watch|watched|watching|read|reading|play|playing|played|ordered)\\s)(${EN_NAME_WORD})(?=['’](?:s\\s+${EN_PERSON_THING}|ll\\s+[a-z]|d\\s+(?:call|text|come|be|know|say|said|like|love|want|kill|never|always|rather|better)(?![A-Za-z])))`) },
  // Singapore HDB blocks: Blk 123 Ang Mo Kio Ave 3 #05-67 Singapore 560123, Block 23 Tampines Street 21 #03-12, S520234.
  { type: 'ADDRESS', id: 'sg-address-block', priority: 51, needs: /\b(?:Blk|Block)\b/u, re: r(`(?<![A-Za-z])(?:Blk|Block)\\.?\\s*\\d{1,4}[A-Z]?\\s+(?:[A-Z][a-z]{1,15}\\s+){1,4}(?:Ave(?:nue)?|St(?:reet)?|Rd|Road|Dr(?:ive)?|Cres(?:cent)?|Close|Lane|Walk|Link|Way|Place|Central|North|South|East|West)\\.?(?:\\s+\\d{1,3}[A-Z]?(?![0-9]))?(?:,?\\s*#\\d{1,3}-\\d{1,5}[A-Z]?)?(?:,?\\s*(?:Singapore|S)\\s?\\(?\\d{6}\\)?(?![0-9]))?`) },
  // Malaysian addresses: No. 12, Jalan Ampang 3/4, 50450 Kuala Lumpur; 45 Lorong Maarof, Bangsar, 59000 Kuala Lumpur; 吉隆坡蕉赖 Jalan Cheras 第11巷 23号.
  { type: 'ADDRESS', id: 'my-address', priority: 51, needs: /(?:Jalan|Jln|Lorong|Lrg|Persiaran|Lebuh|Taman|Tmn)/u, re: r(`(?<![0-9A-Za-z])(?:(?:No|Lot)\\.?\\s*)?\\d{1,5}[A-Z]?(?:-\\d{1,3})?,?\\s+${MY_ROAD}\\s+${MY_WORD}(?:\\s${MY_WORD}){0,3}(?:,\\s*(?:Taman|Tmn\\.?|Bandar|Kampung|Kg\\.?|Seksyen|Section)\\s+${MY_WORD}(?:\\s${MY_WORD}){0,2})?(?:,\\s*[A-Z][a-z]{2,15}(?:\\s[A-Z][a-z]{2,15})?(?=,?\\s*\\d{5}\\s))?(?:,?\\s*\\d{5}\\s+[A-Z][a-z]{2,15}(?:\\s[A-Z][a-z]{2,15}){0,2})?(?:,\\s*(?:${MY_STATES}))?|(?:[${CJK}]{2,6}\\s?)?${MY_ROAD}\\s+[A-Z][A-Za-z]{1,15}(?:\\s[A-Z0-9][A-Za-z0-9]{0,15}){0,2}\\s?(?:第?${D}{1,3}巷\\s?)?${D}{1,5}(?:号|號)`) },
  // A landmark, its side or what lies near it, and a building number, where someone lives or works: 住在国贸中心东侧那栋楼3单元, 上班的地方在银泰城西门旁边那栋写字楼12层 (在国贸站等你 has no number and stays).
  { type: 'ADDRESS', id: 'zh-address-landmark-side', priority: 50, needs: HAS_DIGIT, re: r(`(?<=${ZH_LIVE_CUE}\\s?)${ZH_BUILDING_NAME_CHAR}{2,8}?(?:中心|广场|大厦|商场|公园|医院|大学|学院|学校|车站|地铁站|站|城|天地|百货|超市|银行|酒店|体育馆|图书馆)(?:${ZH_LANDMARK_SIDE}(?:${ZH_LANDMARK_POS})?|${ZH_LANDMARK_POS})(?:那栋|这栋|那幢|那座|那个|这个|的)?(?:楼|大楼|写字楼|居民楼|宿舍楼?|${ESTATE})?(?:${D}{1,4}(?:号楼|號樓|栋|棟|幢|座|单元|單元|楼|层|F)|[一二三四五六七八九十]{1,2}(?:号楼|栋|幢|单元))${ZH_UNIT}`) },
  // wx搜一下 xiaomao / 微信搜 lilyzhang 就能找到我: a letters-only id after a search word, when it ends the message or a person follows (搜一下 depression 有很多文章 stays).
  { type: 'WECHAT', id: 'wechat-search-letters', priority: 87, group: 1, reject: EN_SEARCH_TOPIC, re: r(`(?:微信|weixin|wechat|(?<![A-Za-z])(?:vx|wx)|v信)\\s*(?:里|上|号)?\\s*(?:搜索?|搜一下|搜一搜|查找|查一下|search(?:\\s+for)?|look\\s+up)\\s*(?:号|id|ID)?\\s*[:：]?\\s*([A-Za-z][A-Za-z]{5,19})(?![-_.A-Za-z0-9])(?=\\s*(?:$|[，,。.!！~～)）]|加我|找我|就能|就可以|就行|就好|就是我|添加|加一下|加好友|备注|通过|是我|and add|to add|to find))`, 'giu') },
  // Round 21b: a greeting or letter opening before a name, at the start of the message or a line: "Hey Marcus, I know…",
  // "Dear Sam:", 亲爱的晓雯：, 亲爱的陈思远， (Hi Doctor, Dear Diary, 亲爱的妈妈, 亲爱的自己 stay).
  { type: 'NAME', id: 'en-name-greeting', priority: 38, group: 1, rejectWord: EN_GREETING_NOT_NAME_WORD, re: r(`(?:^|(?<=\\n))[ \\t]*(?:[Hh]ey|[Hh]i|[Hh]iya|[Hh]ello|[Dd]ear|[Dd]earest|[Mm]y dear)[ \\t]+(${EN_NAME_WORD}(?:[ \\t]+${EN_NAME_WORD})?)[ \\t]*(?=[,:，：]|[ \\t]*[—–-][ \\t]|[ \\t]*\\n)`) },
  { type: 'NAME', id: 'zh-name-greeting', priority: 38, group: 1, reject: ZH_GREETING_REJECT, re: r(`(?:^|(?<=\\n))[ \\t\\u3000]*(?:亲爱的|親愛的|致)[ \\t]*((?<=[爱愛]的[ \\t]*)(?:${ZH_PET_NAME}|[^${REL_NAME_STOP}\\s\\d\\p{P}A-Za-z]{2}(?![^${REL_NAME_STOP}\\s\\d\\p{P}A-Za-z]))|(?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})[ \\t]*(?=[：:，,]|[ \\t]*\\n)`) },
  // Round 21b: an @mention of a person: "@陈思远 你别再…", "@Tom Ashby can you…" (e-mail addresses and @everyone/@所有人 stay).
  { type: 'NAME', id: 'zh-name-mention', priority: 38, group: 1, needs: /[@＠]/u, reject: ZH_REL_REJECT, re: r(`(?<![A-Za-z0-9._%+-])[@＠]((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?=[\\s，,：:。！!？?]|$)(?<!${NOT_NAME_END})`) },
  { type: 'NAME', id: 'en-name-mention', priority: 38, group: 1, needs: /[@＠]/u, rejectWord: EN_GREETING_NOT_NAME_WORD, re: r(`(?<![A-Za-z0-9._%+-])[@＠](${EN_NAME_WORD}(?:[ \\t]${EN_NAME_WORD})?)(?=[\\s,:;.!?，：]|$)`) },
  // Round 21b: a family title before a first name: "Aunt Rosa", "Uncle Dev", "Grandma Jean", "Cousin Mia" (Uncle Sam, Aunt Flo stay).
  { type: 'NAME', id: 'en-name-kin-title', priority: 38, group: 1, rejectWord: EN_KIN_TITLE_NOT_NAME_WORD, re: r(`(?<![A-Za-z])(?:Aunt|Auntie|Aunty|Uncle|Grandma|Grandpa|Granny|Nana|Nanna|Cousin)[ \\t]+(${EN_NAME_WORD})(?![A-Za-z'’])`) },
  // Round 21b: a Latin name right after a Chinese relation word: "my 室友 Kevin Zhou 一直…", 我老板 Steven 又…, 我男朋友Jason说….
  // Session 37: the same with a listed given name in lower case ("我男朋友 kevin 昨晚说…").
  { type: 'NAME', id: 'zh-relation-latin-name-lower', priority: 37, group: 1, re: r(`(?:(?<![A-Za-z])[Mm]y[ \\t]*|我|俺)(?:的)?(?:${ZH_RELATION})[ \\t]*(${EN_GIVEN_NAMES_LOWER})(?![A-Za-z'’-])`) },
  { type: 'NAME', id: 'zh-relation-latin-name', priority: 38, group: 1, rejectWord: EN_NOT_NAME_WORD, re: r(`(?:(?<![A-Za-z])[Mm]y[ \\t]*|我|俺)(?:的)?(?:${ZH_RELATION})[ \\t]*(${EN_NAME_WORD}(?:[ \\t]${EN_NAME_WORD})?)(?![A-Za-z'’])`) },
  // Round 21b: a first name said again with the surname: "I'm Rachel, Rachel Dunne" / "it's Sam… Sam Ortiz".
  { type: 'NAME', id: 'en-name-repeated-full', priority: 39, group: 2, rejectWord: EN_NOT_NAME_WORD, re: r(`(?<![A-Za-z])(${EN_NAME_WORD})(?:,|\\.{2,3}|…)[ \\t]+(\\1[ \\t]+${EN_NAME_WORD})(?![A-Za-z])`) },
  // Round 21b: a name on its own line under a thank-you line: "Thanks for listening.\nJamie Reyes\njreyes@…".
  { type: 'NAME', id: 'en-name-signoff-under-thanks', priority: 38, group: 1, rejectWord: EN_SIGNOFF_NOT_NAME_WORD, re: r(`(?<=(?:^|\\n)[ \\t]*(?:[Tt]hanks|[Tt]hank you|[Cc]heers|[Rr]egards|[Bb]est regards|[Kk]ind regards|[Ss]incerely|[Ww]armly|[Bb]est wishes|[Ll]ove|[Tt]ake care)[^\\n]{0,40}\\n)[ \\t]*(${EN_NAME_WORD}(?:[ \\t]+${EN_NAME_WORD})?)[ \\t]*(?=\\n|$)`) },
  // Round 21b: a signature with a date or a contact after it: "——林可欣 2024.5.3 夜", "Cheers, Declan — 086 419 2273 — sorry…".
  { type: 'NAME', id: 'zh-name-signoff-date', priority: 38, group: 1, reject: ZH_REL_REJECT, re: r(`(?:——|—|－－|--|~)[ \\t\\u3000]*(${ZH_PET_NAME}|(?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?<!${NOT_NAME_END})[ \\t\\u3000]*[，,]?[ \\t\\u3000]*(?:19|20)\\d{2}\\s?[./\\-年]\\s?\\d{1,2}\\s?[./\\-月]\\s?\\d{1,2}[日号]?[^\\n]{0,12}\\s*$`) },
  { type: 'NAME', id: 'en-name-signoff-contact', priority: 38, group: 1, rejectWord: EN_SIGNOFF_NOT_NAME_WORD, re: r(`(?<![A-Za-z])(?:[Tt]hanks|[Tt]hank you|[Cc]heers|[Bb]est|[Rr]egards|[Kk]ind regards|[Ll]ove|[Ss]incerely|[Tt]ake care|[Xx]x)[ \\t]*,[ \\t]*(${EN_NAME_WORD}(?:[ \\t]+${EN_NAME_WORD})?)[ \\t]*(?:[—–|｜]|--?)[ \\t]*(?=[+(]?[0-9]|[A-Za-z0-9._%+-]+@)`) },
  // Round 21b: a name, a comma and a birth date at the start of a line: 刘雨桐，2005年10月2日生，这是我妹妹 / 周小满，1999年出生.
  { type: 'NAME', id: 'zh-name-record-dob', priority: 39, group: 1, reject: ZH_REL_REJECT, re: r(`(?:^|(?<=[\\n。！!？?]\\s{0,2}))((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})[，,、\\s]\\s*(?:19|20)\\d{2}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*[日号])?)?\\s*(?:出生|生(?=[，,。.;；\\s]|$)|生人)`) },
  // Round 21b: a date before "(是)我生日" / "我的生日": 1999.08.23 我生日, 2001/3/14是她的生日.
  { type: 'DOB', id: 'dob-before-my-birthday', needs: HAS_DIGIT, priority: 44, group: 1, re: r(`(?<![0-9０-９])(${DATE})\\s*(?:是|就是)?\\s*(?:我|他|她|我妈|我爸|我妹|我弟|我姐|我哥|我女儿|我儿子)的?\\s*(?:生日|農曆生日|农历生日)(?![会派聚宴趴礼蛋快])`) },
  // Round 21b: a QQ number in groups after q/QQ + 是/为/:, and a number before "这是我QQ" / "(QQ)": 我q是 3301 8472 65, 2281904376 这是我QQ.
  { type: 'QQ', id: 'qq-grouped', needs: HAS_DIGIT, priority: 88, group: 1, re: r(`(?<![A-Za-zＡ-Ｚａ-ｚ])(?:[QqＱｑ]{1,2}|扣扣)(?:号码|号)?\\s*(?:是|为|:|：)\\s*([1-9１-９]${D}{3}(?:[ -]${D}{2,4}){1,2})${NOT_DIGIT_AFTER}(?![ -][0-9０-９])`) },
  { type: 'QQ', id: 'qq-before-label', needs: /[QqＱｑ]{2}|扣扣/u, priority: 87, group: 1, re: r(`(?<![0-9０-９A-Za-z])([1-9１-９]${D}{4,11})${NOT_DIGIT_AFTER}\\s*(?:[，,]\\s*)?(?:(?:这|這|那)?(?:是|就是)(?:我|我的|他|他的|她|她的)\\s*(?:QQ|qq|ＱＱ|扣扣)(?:号|號)?(?=[，,。.!！?？~～\\s]|$)|[(（]\\s*(?:QQ|qq|ＱＱ)\\s*[)）])`) },
  // Round 21b: a WeChat id after a dash: "add me on wechat — jordanlee_88", 微信 - lily_0921 (an id with a digit or underscore).
  // Session 33: an id after a colon later in the clause that named WeChat ("wechat is better: xiaoqi_mtl", "微信方便点：lin_0812").
  { type: 'WECHAT', id: 'wechat-colon-later', priority: 86, group: 1, needs: /wechat|weixin|微信/iu, reject: EN_NOT_ID_WORD, re: r(`(?:微信|(?<![A-Za-z])(?:wechat|weixin))[^\\n:：。.!?！？]{1,24}[:：]\\s*((?=[A-Za-z0-9_-]{0,19}[0-9_])[A-Za-z][A-Za-z0-9_-]{5,19})(?![A-Za-z0-9_-])`, 'giu') },
  { type: 'WECHAT', id: 'wechat-dash', priority: 87, group: 1, needs: /wechat|weixin|微信|vx|wx/iu, re: r(`(?:微信|(?<![A-Za-z])(?:wechat|weixin|vx|wx))(?:\\s*(?:id|ID|号))?[ \\t]*(?:[—–]{1,2}|--?)[ \\t]*((?=[A-Za-z0-9_-]{0,19}[0-9_])[A-Za-z][A-Za-z0-9_-]{5,19})(?![A-Za-z0-9_-])`, 'giu') },
  // Round 21b: Australian and UK mobiles written digit by digit: 0 4 1 9 / 6 6 2 / 0 8 1, 0 7 7 0 0 9 0 0 1 2 3.
  { type: 'PHONE', id: 'au-uk-mobile-spaced', needs: HAS_DIGIT, priority: 52, re: r(`(?<![0-9０-９]${DIGIT_GAP}?)(?<![0-9０-９A-Za-z])0${DIGIT_GAP}?(?:4(?:${DIGIT_GAP}${D}){8}|7(?:${DIGIT_GAP}${D}){9})(?!${DIGIT_GAP}?[0-9０-９])`) },
  // Round 21b: a Chinese street address with spaces around the numbers: 杭州市西湖区文三路 259 号 3 幢 1702, 南京市鼓楼区中山路 18 号 2 单元 301 室.
  // Session 21: also a named park or building before the building number (文三路 90 号东部软件园 3 号楼).
  { type: 'ADDRESS', id: 'zh-address-spaced-numbers', priority: 50, needs: /[0-9０-９]\s(?:号|號)|(?:号|號|栋|棟|幢|座|单元|單元)\s[0-9０-９]/u, re: r(`${ZH_ADMIN_REQUIRED}[${CJK}]{1,10}?(?:路|街|大道|大街|巷|弄|胡同)\\s?${D}{1,5}\\s(?:号|號)(?![线口车位楼樓線車])(?:(?:${ZH_BUILDING_NAME_CHAR}{2,8}?${ZH_BUILDING_SUFFIX})?\\s?${D}{1,4}\\s?(?:号楼|號樓|栋|棟|幢|座))?(?:\\s?${D}{1,3}\\s?(?:单元|單元))?(?:(?<=(?:号楼|號樓|栋|棟|幢|座|单元|單元)\\s?)\\s?${D}{3,5}(?:\\s?(?:室|房))?(?![0-9０-９]))?`) },
  // Round 21b: a Quebec address: 2210 rue Beaubien Est, Montréal QC H2G 1M9 / 45, boulevard René-Lévesque Ouest, Québec (QC) G1R 2B3.
  { type: 'ADDRESS', id: 'ca-fr-address', priority: 51, needs: /(?:rue|avenue|boulevard|boul\.|chemin|rang|côte)\s/u, re: r(`(?<![0-9A-Za-z])\\d{1,5}[A-Za-z]?,?\\s+(?:rue|avenue|boulevard|boul\\.|chemin|rang|côte)\\s+(?:(?:de\\s+la|du|des|de|d['’]|l['’]|Saint|Sainte|St|Ste)[\\s-]*)?[A-ZÀ-Ý][\\p{L}'’-]{1,20}(?:\\s+[A-ZÀ-Ý][\\p{L}'’-]{1,20}){0,3}(?:,?\\s*(?:app\\.?|apt\\.?|bureau|unité)\\s*\\d{1,5})?,\\s*[A-ZÀ-Ý][\\p{L}'’-]{1,20}(?:\\s[A-ZÀ-Ý][\\p{L}'’-]{1,20})?,?\\s+(?:QC|\\(QC\\)|Québec|Quebec)(?:,?\\s+[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d)?`) },
  // Round 23b: a pet name right after my relation word (我同桌小雨说…, 我表妹阿珍，…; session 32: at the start, 室友阿强昨晚…); 我妈小声说, 我姐小产了 stay.
  { type: 'NAME', id: 'zh-name-relation-pet', priority: 39, group: 1, reject: ZH_REL_PET_REJECT, re: r(`(?:(?:我|俺)(?:们|的|们的)?|(?<![${CJK}]))(?:${ZH_RELATION})\\s*(${ZH_PET_NAME.replace('{1,2}', '{1,2}?')})(?=${REL_NAME_NEXT})`) },
  // Round 23b: a child's given name before its age (女儿朵朵今年3岁, 儿子乐乐今年七岁); 儿子今年5岁 has no name.
  { type: 'NAME', id: 'zh-name-kid-age', priority: 39, group: 1, reject: ZH_KID_NAME_REJECT, re: r(`(?:儿子|女儿|闺女|孩子)(${ZH_GIVEN}{2})(?=今年\\s?(?:${D}{1,2}|[一二三四五六七八九十]{1,3})\\s?(?:岁|周岁))`) },
  // Round 23b: 老 + a surname, a person named at the start of a sentence (老陈去世以后…, 老吴就是我师傅); 老公/老师/老毛病 stay.
  { type: 'NAME', id: 'zh-name-lao-start', priority: 39, group: 1, re: r(`(?:^|(?<=[。！？!?\\n，,]\\s{0,2}))(老[${ALL_SURNAMES}])(?=走了|去世|没了|过世|就是|是我|他|她|说|跟我|对我|总是|一直|又|昨天|今天|前天|那天)`) },
  // Round 23b: a two-character given name signed under a dash on its own line at the end ("……\n——思彤"); ——晚安, ——匿名 stay.
  { type: 'NAME', id: 'zh-name-signoff-given', priority: 38, group: 1, reject: ZH_SIGNOFF_GIVEN_REJECT, re: r(`(?:^|\\n|(?<=[。！!~～]\\s{0,2}))[ \\t\\u3000]*(?:——|—|－－|--)[ \\t\\u3000]*([^${REL_NAME_STOP}\\s\\d\\p{P}\\p{S}A-Za-z]{2})[ \\t\\u3000]*[。.!！]?\\s*$`) },
  // Round 23b: a full name standing alone right before a mobile number (联系人：我哥，陈立新，138…; 信息 许文静 159 …); 周末，138… stays.
  { type: 'NAME', id: 'zh-name-before-mobile', priority: 39, group: 1, needs: HAS_DIGIT, reject: ZH_REL_REJECT, re: r(`(?:^|(?<=[，,：:。\\s]))((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?<!${NOT_NAME_END})[，,：:\\s]{1,3}(?=(?:[+＋]?86[-\\s]?)?1[3-9]${D}(?:[-\\s]?${D}){8}(?![0-9０-９]))`) },
  // Round 23b: a Chinese name after a Latin one and a slash following a name cue (我叫Joy Chan / 陈悦, "my name is Ken / 李健").
  { type: 'NAME', id: 'zh-name-alias-slash', priority: 39, group: 1, reject: ZH_REL_REJECT, re: r(`(?<=(?:我叫|我是|我的名字(?:是|叫)|我名字(?:是|叫)|本人|[Mm]y name is|I['’]m)\\s*${EN_NAME_WORD}(?:\\s${EN_NAME_WORD})?\\s*[/／]\\s*)((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])[${CJK}]{1,2}?)(?=[\\s，,。.!！?？]|$)`) },
  // Round 23b: a name someone goes by or was given ("I go by Mel at uni", "they named me Zhiwei", "everyone called me Ben", "real name Tom Baker", "call me 乐乐"); "called me stupid" stays.
  { type: 'NAME', id: 'en-name-alias', priority: 39, group: 1, rejectWord: EN_FILLER_NOT_NAME_WORD, reject: ZH_REL_REJECT, re: r(`(?<![A-Za-z])(?:I go by|I went by|(?:[Ss]he|[Hh]e|[Tt]hey) go(?:es)? by|named me|called me|calls me|call me|(?:[Rr]eal|[Bb]irth|[Ll]egal) name(?:\\s+is|['’]s|:)?)\\s+(${EN_NAME_WORD}(?:\\s+(?!(?:And|But|At|In|On|The)\\b)${EN_NAME_WORD})?(?![A-Za-z'’])|([${CJK}])\\2(?![${CJK}])|(?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])[${CJK}]{1,2}(?![${CJK}]))`) },
  // Round 23b: a Latin name before a title after 我是/我就是 (我就是Kevin老师 店里都这么叫; 我是Java老师, 我是English老师 stay).
  { type: 'NAME', id: 'zh-cue-latin-name-title', priority: 39, group: 1, rejectWord: EN_SUBJECT_NOT_NAME_WORD, re: r(`(?:我是|我就是)(?:那个)?\\s*(${EN_NAME_WORD})\\s?(?=${ZH_NAME_TITLE}|哥(?![哥们])|姐(?![姐妹]))`) },
  // Round 23b: a name in brackets after a relation word ("my mum (Carol) keeps…", "and brother (Theo)").
  { type: 'NAME', id: 'en-name-relation-bracket', priority: 39, group: 1, rejectWord: EN_SIGNOFF_NOT_NAME_WORD, re: r(`(?<![A-Za-z])(?:${EN_RELATION})\\s*\\((${EN_NAME_WORD}(?:\\s${EN_NAME_WORD})?)\\)`) },
  // Round 23b: a date next to a sex field in a comma or tab record ("C-17,Owen Price,M,1987-02-14,…", "李华，女，1990-05-06"): a DOB.
  { type: 'DOB', id: 'dob-record-sex', priority: 45, group: 1, needs: HAS_DIGIT, re: r(`(?:^|(?<=[,，\\t|\\n]))\\s*(?:M|F|Male|Female|男|女)\\s*[,，\\t|]\\s*(${DATE})\\s*(?=[,，\\t|\\n]|$)`) },
  { type: 'DOB', id: 'dob-record-sex-after', priority: 45, group: 1, needs: HAS_DIGIT, re: r(`(?:^|(?<=[,，\\t|\\n]))\\s*(${DATE})\\s*[,，\\t|]\\s*(?:M|F|Male|Female|男|女)\\s*(?=[,，\\t|\\n]|$)`) },
  // Round 23b: a spaced or dashed SSN a few words after "social"/"SSN" ("asked for my SSN so I gave them 523 41 7789"); "social worker … 415 55 0123" stays.
  { type: 'SSN', id: 'us-ssn-cued-far', priority: 68, group: 1, needs: /(?:SSN|[Ss]sn|[Ss]ocial)/u, re: r(`(?<![A-Za-z])(?:SSN|[Ss]sn|[Ss]ocial(?: [Ss]ecurity)?(?: [Nn]umber)?)(?!\\s+(?:work|worker|workers|media|services?|anxiety|skills?|life|club|studies|network|events?|circle|credit|care|group|cues?|butterfly|security (?:office|benefits|check)))[^\\n.!?0-9]{0,50}?(?<![0-9])((?!000|666|9\\d\\d)\\d{3}([ \\-])(?!00)\\d{2}\\2(?!0000)\\d{4})${NOT_DIGIT_AFTER}`) },
  // Round 23b: a Taiwanese address in English (No. 5, Aly. 3, Ln. 120, Sec. 4, Xinyi Rd., Da'an Dist., Taipei City 106).
  { type: 'ADDRESS', id: 'tw-address-en', priority: 51, needs: /\b(?:Rd|St|Blvd|Ave)\.?,/u, re: r(`(?<![A-Za-z0-9])No\\.\\s?\\d{1,5}(?:-\\d{1,3})?,\\s(?:(?:Aly|Ln)\\.\\s?\\d{1,4},\\s){0,2}(?:Sec\\.\\s?\\d{1,2},\\s)?(?:[A-Z][A-Za-z'’]{1,15}\\s){1,3}(?:[NSEW]\\.\\s)?(?:Rd|St|Blvd|Ave)\\.,\\s(?:[A-Z][A-Za-z'’]{1,15}\\s){1,2}(?:Dist|Township|Twp)\\.,\\s(?:[A-Z][a-z]{1,15}\\s)(?:City|County)(?:\\s\\d{3}(?:\\d{2,3})?)?`) },
  // Round 23c: a resident ID grouped in fours from the start (身份证 1101 0519 9003 0723 1X: the year split over two groups); check digit still validated.
  { type: 'ID', id: 'cn-resident-id-4s', needs: HAS_DIGIT, priority: 75, re: r(`${NOT_DIGIT_BEFORE}${D}{4}([ \\-])${D}{2}(?:1[89]|20)\\1${D}{4}\\1${D}{4}\\1${D}[0-9XxＸｘ]${NOT_DIGIT_AFTER}(?![A-Za-zＡ-Ｚａ-ｚ])`) },
  // Round 23c: a QQ number a few words after "那个号/我的号" when QQ was named before it (QQ空间…那个号还在1234567890; not 10000个赞).
  { type: 'QQ', id: 'qq-that-number', needs: /[QqＱｑ]{2}|扣扣|企鹅/u, priority: 87, group: 1, re: r(`(?:[那这]个号|我的号|[那这]号)(?:现在|还|也|一直|仍然|是|为|在|就是|[:：\\s]){0,4}([1-9１-９]${D}{4,11})${NOT_DIGIT_AFTER}(?![元块塊岁歲个個次天分秒人条條赞])(?<=(?:[QqＱｑ]{2}|扣扣|企鹅)[^\\n]{0,40})`) },
  // Round 23c: pet names after 我跟/我和/还有 (我和小蕾还有阿坤一起住; 我跟阿姨/小区/小时候 stay).
  // Round 26: a pet name called out at the start of a message (小美，你还记得我吗 / 阿杰，好久不见); not 小心，/阿姨，/小宝贝，.
  { type: 'NAME', id: 'zh-name-pet-vocative', priority: 38, group: 1, reject: ZH_PET_VOCATIVE_REJECT, re: r(`(?:^|(?<=\\n))[ \\t\\u3000]*(${ZH_PET_NAME})[ \\t]*[，,！!]\\s*(?=你|妳|您|还记得|還記得|好久不见|好久不見|在吗|在嗎|我是|是我|对不起|對不起|谢谢|謝謝)`) },
  // Round 26: a full name owned up to with 我就是/我才是 (我就是上面说的那个林晓，/ 我就是帖子里的那个陈宇); not 我就是那个龙套.
  { type: 'NAME', id: 'zh-name-jiushi', priority: 38, group: 1, reject: ZH_JIUSHI_REJECT, re: r(`(?:^|(?<=[，,。.!！?？~～\\s]|其实|對|对|没错|沒錯|嗯|是的))我(?:就|才|其实|真的)是(?:[^，,。.!！?？\\n]{0,10}?的)?(?:那个|那位)?\\s*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?=[，,。.!！?？~～]|\\s*$)(?<!${NOT_NAME_END})`) },
  { type: 'NAME', id: 'zh-name-pet-with', priority: 39, group: 1, reject: ZH_PET_WITH_REJECT, re: r(`(?:我(?:跟|和|与)|还有|以及)(${ZH_PET_NAME})(?=还有|以及|和|跟|一起|合租|同居|住|是|两个|俩|他|她|[，,、。！!？?\\s]|$)`) },
  // Round 23c: a name followed by an emoji after "I'm" (hi im Nate Sullivan 👋 …).
  { type: 'NAME', id: 'en-im-name-emoji', priority: 39, needs: /\p{Extended_Pictographic}/u, group: 1, re: r(`(?<![A-Za-z])(?:[Ii]['’]?m|[Ii] am)\\s+(?!(?:${EN_NOT_NAME})\\b)(${EN_NAME_WORD}(?:\\s+(?!(?:${EN_NOT_NAME}|And|But|I|Im|The|From)\\b)${EN_NAME_WORD})?)(?=\\s*\\p{Extended_Pictographic})`) },
  // Round 23c: a title spelled out before a full name (my therapist doctor Ellen Marsh, professor Ian Doyle); Doctor Who stays.
  { type: 'NAME', id: 'en-name-title-spelled', priority: 39, group: 1, rejectWord: EN_NOT_TITLE_NAME_WORD, re: r(`(?<![A-Za-z])(?:[Dd]octor|[Pp]rofessor)\\s+(${EN_NAME_WORD}\\s+${EN_NAME_WORD})(?![A-Za-z])`) },
  // Round 23c: a full name after "pt"/"patient"/"client" in a clinical note ("pt Sara Ng reports low mood"); patient Care Team stays.
  { type: 'NAME', id: 'en-name-clinical-note', priority: 39, needs: /(?:pt|patient|client)/iu, group: 1, rejectWord: EN_CLINICAL_NOT_NAME_WORD, re: r(`(?<![A-Za-z])(?:[Pp]t|PT|[Pp]atient|[Cc]lient)\\.?:?\\s+((?:${EN_NAME_WORD}\\s+|[A-Z]\\.\\s?(?!(?:Reports|Presents|Denies|States|Endorses|Appears|Is|Was|Has|Had)\\b))${EN_NAME_WORD})(?=\\s+[a-z]|\\s*[,.;:)"']|\\s*$)`) },
  // Round 23c: a name signed on the last line after a dash without a space ("…sleep now.\n-Rowan").
  { type: 'NAME', id: 'en-name-signoff-dash-tight', priority: 38, group: 1, rejectWord: EN_SIGNOFF_NOT_NAME_WORD, re: r(`(?<=[^:：\n]\n)(?<!\n[ \\t]*[-–—*•][^\n]*\n)[ \\t]*[-–—]{1,2}(${EN_NAME_WORD})[ \\t]*[.!]?[ \\t]*$`) },
  // Round 23c: a given name opening a message before a social act towards the writer (Priya ghosted me again; Nobody texted me stays).
  { type: 'NAME', id: 'en-name-start-social', priority: 38, group: 1, rejectWord: EN_SOCIAL_NOT_NAME_WORD, re: r(`(?:^|(?<=[.!?]\\s{1,3}|\\n))(${EN_NAME_WORD})(?=\\s+(?:(?:just|still|finally|never|again|also)\\s+)?(?:left me on read|left me on delivered|ghosted me|blocked me|unfollowed me|unmatched me|dumped me|broke up with me|cheated on me|texted me|stopped texting me|hasn['’]?t texted|never texted|won['’]?t text|didn['’]?t text|yelled at me|screamed at me)(?![A-Za-z]))`) },
  // Round 24: a surname said twice in a voice transcript (我叫王 王磊 三横王, 我姓李，李娜): the full name after the slip; 我是王 王老师的学生 stays.
  { type: 'NAME', id: 'zh-name-asr-repeat', priority: 40, group: 2, reject: ZH_REL_REJECT, re: r(`(?:我叫|我是|我的名字(?:是|叫)|我名字(?:是|叫)|我姓|本人叫?)\\s*(?!${NOT_NAME})(欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])[ \\t\\u3000，,、….]{1,3}(?!${NOT_NAME})(\\1${ZH_GIVEN}{1,2})(?<!${NOT_NAME_END})(?=[\\s，,。.!！?？、；;~～]|就好|就行|吧|$)`) },
  // Round 24: a Latin name after 叫我 (可以叫我Kiki, 大家都叫我Tony, 叫我 Amy 吧); 叫我Baby, 他们叫我Loser stay.
  { type: 'NAME', id: 'zh-jiaowo-latin-name', priority: 39, group: 1, rejectWord: ZH_JIAOWO_NOT_NAME_WORD, re: r(`(?:叫我|喊我|称呼我|稱呼我)\\s*(${EN_NAME_WORD})(?=\\s*(?:[，,。.!！?？、；;~～)）]|就好|就行|就可以|吧|好了|$))`) },
  // Round 24: a returning user naming themself ("hey its mike again", "this is jordan again", "kev here again"); "it's me again", "its raining again" stay.
  { type: 'NAME', id: 'en-name-again', priority: 38, group: 1, reject: EN_AGAIN_NOT_NAME, re: r(`(?:^|(?<=[.!?\\n]\\s{0,3}))(?:[Hh]ey|[Hh]i|[Hh]ello|[Hh]iya|[Hh]eya|[Yy]o)[,!.]?\\s+(?:[Ii]t['’]?s|[Tt]his is)\\s+([A-Za-z][a-z]{1,14})\\s+(?:here\\s+)?again(?![A-Za-z])`) },
  { type: 'NAME', id: 'en-name-again-cap', priority: 38, group: 1, reject: EN_AGAIN_NOT_NAME, re: r(`(?:^|(?<=[.!?\\n]\\s{0,3}))(?:[Ii]t['’]?s|[Tt]his is)\\s+(${EN_NAME_WORD})\\s+(?:here\\s+)?again(?![A-Za-z])`) },
  { type: 'NAME', id: 'en-name-again-here', priority: 38, group: 1, reject: EN_AGAIN_NOT_NAME, re: r(`(?:^|(?<=[.!?\\n]\\s{0,3}))(?:(?:[Hh]ey|[Hh]i|[Hh]ello|[Hh]iya|[Hh]eya|[Yy]o|[Oo]k|[Oo]kay|[Ss]o)[,!.]?\\s+)?([A-Za-z][a-z]{1,14})\\s+here\\s+again(?![A-Za-z])`) },
  // Round 24: a first name said, then the full name after a full stop ("its Marcus. Marcus Reed.", "I'm Dana. Dana Whitfield").
  { type: 'NAME', id: 'en-name-repeated-full-dot', priority: 39, group: 2, rejectWord: EN_NOT_NAME_WORD, re: r(`(?<=(?<![A-Za-z])(?:[Ii]t['’]?s|[Ii]['’]?m|[Ii] am|[Tt]his is|[Nn]ame['’]?s|[Nn]ame is|[Cc]all me)\\s+)(${EN_NAME_WORD})[.!][ \\t]+(\\1[ \\t]+${EN_NAME_WORD})(?![A-Za-z])`) },
  // Round 24: someone named by what they were called ("the guy was called Pete", "a nurse called Priya"); "a nurse called Security", "a story about a girl named Mia" stay.
  { type: 'NAME', id: 'en-name-called', priority: 38, group: 1, needs: /called|named/u, rejectWord: EN_CALLED_NOT_NAME_WORD, re: r(`(?<![A-Za-z])(?:(?:(?:[Aa]n?|[Ss]ome|[Tt]his|[Oo]ne)\\s+(?:(?:really|very|so|super|lovely|nice|kind|young|old|older|new|sweet|calm|great|little)\\s+)?${EN_PERSON_NOUN}|[Ss]omeone|[Ss]omebody)\\s+(?:called|named)|${EN_PERSON_NOUN}(?:\\s+(?:I|i)\\s+(?:spoke|talked|saw|see|met|had|got)(?:\\s+(?:to|with))?|\\s+(?:on|at)\\s+the\\s+(?:phone|line|other end|desk|call)|\\s+(?:who|that)\\s+(?:answered|picked up|helped me))?\\s+(?:was|is)\\s+(?:called|named)|${EN_PERSON_NOUN}(?:\\s+(?:at|from|in|on|with)\\s+(?:my|our|the|his|her|their)\\s+\\w+)?\\s+(?:named|called))\\s+(?<!(?:[Ss]tor(?:y|ies)|[Rr]ole-?\\s?play|[Cc]haracter|[Pp]retend|[Ii]magine|[Yy]ou['’]re|[Yy]ou are|[Aa]ct as|[Nn]ovel|[Bb]ook|[Mm]ovie|[Ff]ilm|[Pp]oem|[Ff]anfic|[Ss]cene|[Ss]cript)\\b[^.!?\\n]{0,90})(${EN_NAME_WORD}(?:\\s+(?!(?:And|But|At|In|On|The|Who|From)\\b)${EN_NAME_WORD})?)(?![A-Za-z'’])`) },
  // Round 24: a US SSN in 3-2-4 groups with spaces and no cue ("what happens if i type 461 72 3308"); a longer grouped number, a price or "call 415 55 0123" stays.
  { type: 'SSN', id: 'us-ssn-spaced', needs: HAS_DIGIT, priority: 68, re: r(`(?<![0-9０-９A-Za-z$＄£€#＃+＋.\\-/:])(?<![0-9０-９][ \\-.,/])(?<!(?:[Oo]rder|[Tt]racking|[Rr]ef|[Rr]eference|[Cc]ase|[Ii]nvoice|[Tt]icket|[Bb]ooking|[Cc]onfirmation|[Pp]olicy|[Cc]laim|[Aa]ccount|[Pp]arcel|单号|订单|编号)(?:\\s*(?:number|no\\.?|#|id|ID))?\\s*[:：#]?\\s*)(?<!(?:[Cc]all|[Tt]ext|[Rr]ing|[Dd]ial|[Pp]hone|[Cc]ell|[Mm]obile|[Tt]el|[Ff]ax|[Nn]umber|[Cc]ontact|[Rr]each|[Ww]hats[Aa]pp|电话|手机|打)(?:\\s+(?:me|him|her|them|us|on|at|is|was))*\\s*[:：]?\\s*)(?!666)[1-8]\\d{2} (?!00)\\d{2} (?!0000)\\d{4}(?![0-9０-９]|[ \\-.,/:][0-9０-９]|\\s?(?:%|mg|kg|km|ml|元|块|次))`) },
  // Round 25: a relation, a short clause about them, then 叫 and the name (我儿子今年初二，叫王浩然，); 我朋友开了家店，叫… stays.
  { type: 'NAME', id: 'zh-name-relation-later-jiao', priority: 39, group: 1, reject: ZH_REL_REJECT, re: r(`(?:我|俺)(?:们|的|们的)?(?:${ZH_RELATION})${ZH_REL_MID}?[，,]\\s*(?:名叫|叫做?|名字叫|大名叫)\\s*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?=[，,。.!！?？；;、\\s]|$)(?<!${NOT_NAME_END}|师傅|师父|老板|经理)`) },
  // Round 25: a name in brackets after a role or relation (有个学生(刘一诺，高二7班), 我的来访者（陈思远，17岁）).
  { type: 'NAME', id: 'zh-name-role-paren', priority: 39, group: 1, reject: ZH_REL_REJECT, re: r(`(?:${ZH_ROLE_BEFORE_NAME}|${ZH_RELATION}|学生|學生|来访者|來訪者|患者|病人|孩子|服务对象|服務對象|案主|个案|當事人|当事人)\\s*[（(]\\s*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?<!${NOT_NAME_END})\\s*(?=[，,、；;)）])`) },
  // Round 25: a doctor or other carer named with 叫 (医生叫黄建国，人挺好的); 医生叫我多休息 / 医生叫石膏拆了再来 stay.
  { type: 'NAME', id: 'zh-name-care-role-jiao', priority: 39, group: 1, reject: ZH_REL_REJECT, re: r(`(?:${ZH_CARE_ROLE})(?:的名字)?(?:叫做?|名叫|的名字(?:是|叫)|名字(?:是|叫))\\s*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?<!${NOT_NAME_END})(?=[，,。.!！?？、；;\\s）)]|$|人(?:很|挺|真|特别|超|不错|蛮))`) },
  // Round 25: a payee, addressee or account holder (收款人Tom Li, 收件人陳怡君就是我, 户名：张伟).
  { type: 'NAME', id: 'zh-name-payee', priority: 39, group: 1, reject: ZH_REL_REJECT, re: r(`(?:${ZH_PAYEE_CUE})\\s*(?:是|为|為|[:：])?\\s*((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?=${REL_NAME_NEXT})(?<!${NOT_NAME_END})`) },
  { type: 'NAME', id: 'en-name-payee', priority: 39, group: 1, rejectWord: EN_NOT_NAME_WORD, re: r(`(?:${ZH_PAYEE_CUE}|(?<![A-Za-z])(?:[Pp]ayee|[Rr]ecipient|[Aa]ccount (?:holder|name)|[Cc]ardholder)(?:\\s+(?:name|is))?\\s*[:：]?)\\s*(?:是|为|為|[:：])?\\s*(${EN_NAME_WORD}\\s${EN_NAME_WORD})(?![A-Za-z'’])`) },
  // Round 25: a wife's or daughter's given name without the surname (我老婆美玲生完二胎…, 我女儿思琪今年…); 我老婆美丽 stays.
  { type: 'NAME', id: 'zh-name-f-given', priority: 38, group: 1, reject: ZH_F_GIVEN_NOT_NAME, re: r(`(?:我|俺)(?:的)?(?:${ZH_F_RELATION})\\s*(${ZH_F_GIVEN}{2})(?=${REL_NAME_NEXT})`) },
  // Round 25: a Hong Kong flat on a road with no street number (沙田大學道翠竹樓7樓A室).
  { type: 'ADDRESS', id: 'zh-address-hk-road-building', priority: 50, needs: /[0-9０-９][樓楼]/u, re: r(`(?:(?![的了在是我你他她住喺和，])[${CJK}]){2,10}?(?:道(?<!(?:知|味|频|頻|跑|车|車|赛|賽|管|隧|轨|軌|通|走|过|過|坡|难|難|一|两|兩|几|幾|这|這|那|哪|多|少|航|水|食|尿|气|氣|肠|腸|霸|王|地|厚|说|說|报|報|称|稱|步|栈|弯|彎|匝|师|師|门|門|布|人行)道)|街|路(?<!(?:一|走|马|馬|道|思|套|网|網|线|線|电|電|退|出|半|来|來|去|回|后|後|前|心|活|铁|鐵|水|陆|陸|迷|带|帶|引|开|開|领|領|上)路))(?:(?![的了在是我你他她，])[${CJK}]){2,6}?(?:樓|楼|閣|阁|大廈|大厦|軒|轩|居|宿舍|中心|苑|園|园)${D}{1,2}(?:樓|楼)(?:[A-Za-z]|${D}{1,3})(?:室|號|号)?(?![A-Za-z0-9０-９])`) },
  // Round 25: the writer's own character named in a story they are writing ("Writing a novel where the protagonist Adelaide Finch …").
  { type: 'NAME', id: 'en-name-fiction-own', priority: 38, needs: /protagonist|character|heroine|narrator/iu, group: 1, rejectWord: EN_FICTION_NOT_NAME_WORD, re: r(`(?:(?<![A-Za-z])(?:[Mm]y|[Oo]ur)\\s+(?:protagonist|main character|heroine|narrator)|(?<![A-Za-z])(?:[Ww]riting|[Ww]rote|[Ww]rite)\\s+(?:a|an|my)\\s+(?:[a-z]+\\s+){0,2}(?:novel|story|book|screenplay|script|comic|play)(?:[^.!?\\n]{0,40}?\\s)?(?:protagonist|main character|heroine|narrator|lead character))(?:,|\\s+(?:is\\s+)?(?:named|called))?\\s+(${EN_NAME_WORD}(?:\\s+${EN_NAME_WORD})?)(?![A-Za-z'’])`) },
  // Session 14: names told without introduction (see ZH_PERSON_AFTER): a clause's subject, a verb's object, a list.
  { type: 'NAME', id: 'zh-name-bare-subject', priority: 37, group: 1, reject: ZH_BARE_NOT_NAME, re: r(`(?:^|(?<=[，,。.!！?？~～；;\\s]|昨天|昨晚|今天|最近|后来|结果|可是|但是|其实|因为|所以|然后|而且|就是|现在))((?:欧阳|司马|上官|诸葛|[${ZH_SINGLE_SURNAMES}])${ZH_BARE_GIVEN_START}${ZH_GIVEN}{2})(?<!${NOT_NAME_END})(?=${ZH_PERSON_AFTER})`) },
  { type: 'NAME', id: 'zh-name-bare-object', priority: 37, group: 1, reject: ZH_BARE_NOT_NAME, re: r(`(?<=${ZH_PERSON_BEFORE})((?:欧阳|司马|上官|诸葛|[${ZH_SINGLE_SURNAMES}])${ZH_BARE_GIVEN_START}${ZH_GIVEN}{2})(?<!${NOT_NAME_END})(?=${ZH_PERSON_NEXT})`) },
  { type: 'NAME', id: 'zh-name-bare-list', priority: 37, group: 1, reject: ZH_BARE_NOT_NAME, re: r(`(?<=(?:[${ZH_SINGLE_SURNAMES}]${ZH_GIVEN}{2})[、和])((?:欧阳|司马|上官|诸葛|[${ZH_SINGLE_SURNAMES}])${ZH_BARE_GIVEN_START}${ZH_GIVEN}{2})(?<!${NOT_NAME_END})(?=[、，,。\\s]|和|是|[两三四五六七八九十几]个|一起|${ZH_PERSON_AFTER})`) },
  { type: 'NAME', id: 'en-name-bare-object', priority: 37, group: 1, rejectWord: EN_NOT_NAME_WORD, rejectBefore: EN_NAME_FICTION_BEFORE, re: r(`(?<=\\b${EN_PERSON_BEFORE}\\s)((?:${EN_GIVEN_NAMES_WIDE})(?:\\s+(?!(?:${EN_NOT_NAME}|${EN_NOT_NAME_MORE}|And|Or|But|From|At|In|On|To|The|I)\\b)[A-Z][a-z]{2,15})?)(?![A-Za-z'’-])`) },
  { type: 'NAME', id: 'en-name-bare-subject', priority: 37, group: 1, rejectWord: EN_NOT_NAME_WORD, rejectBefore: EN_NAME_FICTION_BEFORE, re: r(`(?<=^|[.!?]\\s+|\n)((?:${EN_GIVEN_NAMES_WIDE})(?:\\s+(?!(?:${EN_NOT_NAME}|${EN_NOT_NAME_MORE}|And|Or|But|From|At|In|On|To|The|I)\\b)[A-Z][a-z]{2,15})?)(?=\\s+${EN_PERSON_AFTER}\\b)`) },
  // Session 21: a relation said to be called or named something ("my bf is called Will", "my sister's girlfriend is named Jasper").
  { type: 'NAME', id: 'en-name-relation-called', priority: 39, group: 1, rejectWord: EN_NOT_NAME_WORD, re: r(`(?<![A-Za-z])(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:(?:new|old|best|little|big|older|younger|ex|late)\\s+)?(?:${EN_RELATION})\\s+(?:is|was|\\x27s)\\s+(?:called|named)\\s+(${EN_NAME_WORD}(?:\\s${EN_NAME_WORD})?)(?![A-Za-z'’-])`) },
  // Round 34c: a relation named without "my" before what they say or do ("wife Carol says we'll be fine"); one of my
  // students or clients by name; "ask for Deb"; a relation's name without the apostrophe ("my wifes name is Kristen");
  // a name one goes by, now changed ("i used to go by Becca but now its Rowan").
  // Session 35 (round 38c): a relation and a name before a phone number, as in a contacts list ("sister Amira 313-555-0154",
  // "tía Lupe 210-555-0162"), and a name after a form's label, two words or more ("Contact: Ellen Nash (216) …", "Name
  // Olumide Adeyemi | born …", "Guardian Patricia Long, Address …").
  { type: 'NAME', id: 'en-name-relation-before-phone', priority: 38, group: 1, needs: HAS_DIGIT, rejectWord: EN_NOT_NAME_WORD, re: r(`(?:^|(?<=[\\s,;:(]))(?:[Mm]om|[Mm]um|[Dd]ad|[Ss]ister|[Bb]rother|[Aa]unt(?:ie)?|[Tt][ií]a|[Tt][ií]o|[Uu]ncle|[Cc]ousin|[Gg]randma|[Gg]randpa|[Nn]ana|[Bb]estie|best friend|[Ss]ponsor|[Ff]riend|[Nn]eighbou?r|[Hh]usband|[Ww]ife|[Pp]artner|[Bb]oyfriend|[Gg]irlfriend|[Cc]oach|[Tt]herapist|[Cc]ounsell?or)\\s+(${EN_NAME_WORD}(?:\\s+${EN_NAME_WORD})?)(?=\\s*[:,\\-–]?\\s*(?:\\+?1[\\s.-]?)?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4}(?!\\d))`) },
  { type: 'NAME', id: 'en-name-form-label', priority: 38, group: 1, rejectWord: EN_NOT_NAME_WORD, reject: EN_FORM_LABEL_NOT_NAME, re: r(`(?<![A-Za-z])(?:[Nn]ame|NAME|[Cc]ontact|[Gg]uardian|[Ee]mergency [Cc]ontact|[Nn]ext of [Kk]in|[Pp]atient|Pt)\\s*[:：]?\\s+(${EN_NAME_WORD}(?:\\s+[A-Z]\\.)?(?:\\s+${EN_NAME_WORD}){1,2})(?=\\s*(?:[|/,;(]|\\d|$))`) },
  { type: 'NAME', id: 'en-name-relation-bare-verb', priority: 38, group: 1, rejectWord: EN_NOT_NAME_WORD, re: r(`(?:^|(?<=[.!?,;]\\s{1,3}))(?:[Ww]ife|[Hh]usband|[Ss]on|[Dd]aughter|[Mm]om|[Mm]um|[Dd]ad|[Ss]ister|[Bb]rother|[Pp]artner|[Bb]oyfriend|[Gg]irlfriend|[Ff]ianc[eé]e?|MIL|FIL|SIL|BIL|[Cc]oach|[Ss]tep(?:mom|mum|dad|mother|father|sister|brother)|[Gg]randma|[Gg]randpa|[Nn]ana)\\s+(${EN_NAME_WORD})\\s+(?=(?:says|said|thinks|thought|keeps|wants|told|tells|left|is|was|took|takes|made|makes|got|gets|went|came|found|gave|sent|read|wrote|kept|hit|knows|won'?t|doesn'?t|didn'?t|never|always|just|still|[a-z]{3,}(?:es|ed))\\b)`) },
  { type: 'NAME', id: 'en-name-one-of-my', priority: 38, group: 1, rejectWord: EN_NOT_NAME_WORD, re: r(`(?<![A-Za-z])(?:[Oo]ne of )?(?:my|our)\\s+(?:students|clients|patients|kids|pupils|residents|campers|players|mentees)\\s+(${EN_NAME_WORD})(?![A-Za-z'’-])`) },
  { type: 'NAME', id: 'en-name-ask-for', priority: 38, group: 1, rejectWord: EN_NOT_NAME_WORD, re: r(`(?<![A-Za-z])(?:[Aa]sk|[Aa]sking) for\\s+(${EN_NAME_WORD})(?=\\s*(?:[.,!?]|$|\\b(?:please|pls|thanks|or|at|on)\\b))`) },
  { type: 'NAME', id: 'en-name-relations-name', priority: 39, group: 1, rejectWord: EN_NOT_NAME_WORD, re: r(`(?<![A-Za-z])(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er)\\s+(?:wifes|husbands|moms|mums|dads|sons|daughters|sisters|brothers|friends|partners|boyfriends|girlfriends|bfs|gfs|grandmas|grandpas)\\s+name\\s+is\\s+(${EN_NAME_WORD}(?:\\s${EN_NAME_WORD})?)(?![A-Za-z'’-])`) },
  { type: 'NAME', id: 'en-name-go-by-now', priority: 38, group: 1, rejectWord: EN_NOT_NAME_WORD, re: r(`\\bgo(?:es)? by\\s+${EN_NAME_WORD}\\s+but\\s+now\\s+(?:it'?s|its|it is|i'?m|im)\\s+(${EN_NAME_WORD})(?![A-Za-z'’-])`) },
  // Round 34c: "是我啊 小李" (the writer naming themself to someone who knows them), "叫大壮就行", a child's doubled name after
  // the relation ("我女儿朵朵6岁").
  { type: 'NAME', id: 'zh-name-its-me', priority: 38, group: 1, re: r(`是我(?:啊|呀|呐|嘛)?[\\s，,!！]+((?:小|老|阿)[^${REL_NAME_STOP}\\s\\d\\p{P}A-Za-z]{1,2})(?=[\\s，,。.!！?？]|$)`) },
  { type: 'NAME', id: 'zh-name-call-me-fine', priority: 38, group: 1, re: r(`(?:我)?叫(?:我)?(?!外卖|快递|救护|警察|医生|老师|家长|物业|保安|师傅|滴滴|跑腿|司机|代驾|客服|维修|开锁|家政|保洁|护士|同事|朋友|爸妈|老公|老婆)([^${REL_NAME_STOP}\\s\\d\\p{P}A-Za-z]{2})就(?:行|好|可以|成)(?:了)?`) },
  { type: 'NAME', id: 'zh-name-child-doubled', priority: 38, group: 1, re: r(`(?:女儿|儿子|闺女|外孙女?|孙子|孙女|侄女|侄子|外甥女?)(([\\u4e00-\\u9fff])\\2)(?=\\d|[一二三四五六七八九十]岁|[\\s，,。.!！?？今现才刚]|$)`) },
  // Round 35c: a speaker's name in a pasted chat log (【张磊】…), "我是初二3班的吴昊".
  // A bracket is a chat speaker only beside the writer's own 【我】 (Weibo titles use brackets too: 【段子】, 【卢梭】).
  { type: 'NAME', id: 'zh-name-chat-bracket', priority: 38, group: 1, re: r(`【((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})】(?=[^【]{0,200}【我】)`) },
  { type: 'NAME', id: 'zh-name-chat-bracket-after-me', priority: 38, group: 1, re: r(`(?<=【我】[^【]{0,200})【((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})】`) },
  { type: 'NAME', id: 'zh-name-of-class', priority: 38, group: 1, re: r(`我是[^，。,.!！?？\\s]{1,10}(?:班|系|级|年级|专业|部门|科室|小组|公司)的((?:欧阳|司马|上官|诸葛|[${ALL_SURNAMES}])${ZH_GIVEN}{1,2})(?=[，,。.!！?？\\s]|$)`) },
  // Session 21: a listed given name or a full name said to be someone's relation, set off by a comma, a dash or brackets or before "is my"
  // ("Sofia, my ex, posted…", "Kwame — my roommate — found me", "Ngozi is my mum", "Tran Thi Mai was my best friend";
  // "Music is my therapist" and "Lately, my sister…" stay).
  { type: 'NAME', id: 'en-name-is-my-relation', priority: 38, group: 1, rejectWord: EN_SIGNOFF_NOT_NAME_WORD, reject: EN_FULL_NAME_NOT_PRIVATE, rejectBefore: EN_NAME_FICTION_BEFORE, re: r(`(?:^|(?<=[.!?\\n"“(]\\s{0,3})|(?<=[,;:]\\s))((?!(?:Aunt|Auntie|Aunty|Uncle|Grandma|Grandpa|Granny|Nana|Mr|Mrs|Ms|Miss|Dr|Prof|Coach|Sister|Brother|Father|Mother|Saint|St|Dear|Dearest|Hi|Hey|Hello|Thanks|Love)\\b)(?:(?:${EN_GIVEN_NAMES_WIDE})(?:\\s${EN_NAME_WORD})?|${EN_NAME_WORD}(?:\\s${EN_NAME_WORD}){1,2})(?![A-Za-z]))(?=(?:\\s+(?:is|was|\\x27s)|,|\\s+[—–-]|\\s+\\()\\s+(?:my|our)\\s+(?:(?:best|old|older|younger|little|big|late|new|former|closest|only)\\s+)?(?:${EN_RELATION})\\b)`) },
  // Session 21: a listed given name opening a sentence before is, was, keeps, forgot and other verbs of what people do ("Marcus is the reason I can't sleep", "Nomvula keeps asking").
  { type: 'NAME', id: 'en-name-start-verb', priority: 37, group: 1, rejectWord: EN_NOT_NAME_WORD, rejectBefore: EN_NAME_FICTION_BEFORE, re: r(`(?:^|(?<=[.!?\\n]\\s{0,3}))((?:${EN_GIVEN_NAMES_WIDE})(?:\\s+[A-Z][a-z]{2,15})?)(?=\\s+(?:is|was|keeps|kept|forgot|forgets|has|had|says|said|thinks|knows|knew|hates|loves|left|found|told|won't|can't|doesn't|didn't|isn't|wasn't|never|always|still|and me|and I)\\b)`) },
  // Session 21: a name in Latin letters after a Chinese relation word or 我和/跟 ("前女友Amy删了我微信", "表哥Nguyen Van An在胡志明市", "我和Thandiwe在交换项目认识的"), not a product or an app.
  { type: 'NAME', id: 'zh-relation-latin-any', priority: 37, group: 1, rejectWord: ZH_LATIN_NOT_NAME_WORD, re: r(`(?:${ZH_RELATION}|${ZH_CARE_ROLE}|前男友|前女友|前任|前夫|前妻|我和|我跟|被)\\s?((?=[A-Z][a-zà-ÿ]{2})${EN_NAME_WORD}(?:\\s${EN_NAME_WORD}){0,2})(?![A-Za-z'’-])(?=\\s?[\u4e00-\u9fa5，,。])`) },
  // Session 21: a name given by its kind (小名, 真名, 外号, 网名): "我儿子小名叫平安", "他真名叫张浩宇", "我管男朋友叫大熊".
  { type: 'NAME', id: 'zh-name-kind-jiao', priority: 39, group: 1, re: r(`(?:(?:小名|乳名|真名|外号|绰号|昵称|大名|本名)(?:就)?叫做?|(?:我|我们)管(?![这那它此])[\u4e00-\u9fa5]{1,5}?叫做?)\\s*([\u4e00-\u9fa5]{2,3}?|${EN_NAME_WORD})(?=[，,。.!！?？、；;\\s]|$|的|吧)`) },
  // Session 21: a common given name (data/pii-name-lexicon.ts) before a person's verb in the middle of a sentence ("can you remind me what Priya said").
  { type: 'NAME', id: 'en-name-bare-subject-mid', priority: 37, group: 1, rejectWord: EN_NOT_NAME_WORD, rejectBefore: EN_NAME_FICTION_BEFORE, re: r(`(?<=[a-z,;:]\\s)((?:${EN_GIVEN_NAMES_WIDE})(?:\\s+(?!(?:${EN_NOT_NAME}|${EN_NOT_NAME_MORE}|And|Or|But|From|At|In|On|To|The|I)\\b)[A-Z][a-z]{2,15})?)(?=\\s+${EN_PERSON_AFTER}\\b)`) },
  // Session 21: a common given name and a surname anywhere ("my stepdad, Gary Pruitt.", "dad is Robert Hughes"), not a famous or fictional person's, not a place.
  // Session 29: a listed given name and a surname set before an email or a phone number, as in a contact line ("callback:
  // Emily Park, emilypark.writes@yahoo.com, 646-555-0112"): read even where the surname is also a place word (Park, Hill).
  { type: 'NAME', id: 'en-name-contact-line', priority: 36, group: 1, rejectWord: EN_SIGNOFF_NOT_NAME_WORD, re: r(`(?<![A-Za-z'’-])((?:${EN_GIVEN_NAMES_WIDE})\\s+(?!(?:Last|First|Middle|Address|Phone|Email|Age|Date|Gender|Cell|Mobile|Name|Birthday|Born)\\b)(?:Mc|Mac|O['’]|De|Van |Le)?[A-Z][a-z]{1,15}(?:-[A-Z][a-z]{2,15})?),\\s*(?=\\[(?:EMAIL|PHONE)_X\\]|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\\.[A-Za-z]|\\+?1?\\s?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]\\d{4}(?!\\d))`) },
  { type: 'NAME', id: 'en-name-full-lexicon', priority: 36, group: 1, rejectWord: EN_SIGNOFF_NOT_NAME_WORD, reject: EN_FULL_NAME_NOT_PRIVATE, rejectBefore: EN_NAME_FICTION_BEFORE, re: r(`(?<![A-Za-z'’-])((?:${EN_GIVEN_NAMES_WIDE})(?:\\s+[A-Z]\\.|\\s+(?:${EN_GIVEN_NAMES_WIDE})(?=\\s+[A-Z]))?\\s+(?:Mc|Mac|O['’]|De|Van |Le)?[A-Z][a-z]{2,15}(?:-[A-Z][a-z]{2,15})?)(?![A-Za-z'’-]|\\s+(?:${EN_PLACE_AFTER_NAME})\\b)`) },
  // Session 21: a romanised Chinese name, surname first ("Zhang Wei from my lab", "Liu Yang my ex", "Wong Siu Ming, my husband", "Chan Ka Wai").
  { type: 'NAME', id: 'en-name-pinyin', priority: 36, group: 1, needs: EN_ROMANISED_SURNAME_HINT, reject: EN_FULL_NAME_NOT_PRIVATE, rejectBefore: EN_NAME_FICTION_BEFORE, re: r(`(?<![A-Za-z'’-])((?:${PINYIN_SURNAMES})\\s+${PINYIN_GIVEN}|(?:${CANTONESE_SURNAMES})\\s+${CANTONESE_SYL}(?:[\\s-]${CANTONESE_SYL})?)(?![A-Za-z'’-]|\\s+(?:${EN_PLACE_AFTER_NAME})\\b)`) },
  // Session 38 (read round 40f): a nickname put in quotes after 叫我 ("网上大家都叫我“阿伟”", "我妈叫我“丫丫”"); a real name in
  // brackets ("小雪（真名李雪）"); a full name after a 小 + surname nickname ("我是小林，林子涵"); a given name typed in
  // lower case after 我叫 even where the word is also an everyday word elsewhere ("我叫mia"); a relative's name typed in
  // lower-case pinyin after 叫 ("我姑姑叫 liu mei"); "Contact: Lily - …".
  { type: 'NAME', id: 'zh-name-quoted-nickname', priority: 39, group: 1, re: r(`(?<![你他她们])叫我(?:做)?[“"「『]([\u4e00-\u9fffA-Za-z]{1,6})[”"」』]`) },
  { type: 'NAME', id: 'zh-name-real-bracket', priority: 40, group: 1, re: r(`[（(](?:真名|本名|大名|全名|真实姓名)(?:是|叫)?[:：]?[ \t]*([${ALL_SURNAMES}]${ZH_GIVEN}{1,2})(?=[）)])`) },
  { type: 'NAME', id: 'zh-name-after-nickname', priority: 39, group: 2, re: r(`(?:我是|我叫|叫我)(?:小|老|阿)([${ALL_SURNAMES}])[，,、 \t]+(\\1${ZH_GIVEN}{1,2})(?=[，,。.!！?？、；;\\s]|$)`) },
  { type: 'NAME', id: 'zh-name-latin-listed-cued', priority: 39, group: 1, re: r(`(?:我叫|俺叫|我的名字(?:是|叫)|我名字(?:是|叫)|(?<![你他她们])叫我)[ \\t]*(${[...EN_GIVEN_LOWER_NOT_NAME].join('|')})(?![A-Za-z'’-])(?=[ \\t]*(?:[，,。.!！?？、；;~]|$|就好|就行|吧))`) },
  { type: 'NAME', id: 'zh-relation-pinyin-full-lower', priority: 38, group: 1, re: r(`(?:我|俺)(?:的)?(?:${ZH_RELATION})(?:叫|名叫|名字叫|的名字是)[ \\t]*((?:${PINYIN_SURNAMES.toLowerCase()})[ \\t]+(?:${PINYIN_SYL_LOW}){1,2})(?![A-Za-z'’-])`) },
  // Session 39 (read round 42d): a relative's or friend's name typed in lower-case pinyin right after the relation word
  // or 和/跟, with or without a space ("我老公 xu jian 不让我去", "室友 liu yang 劝我", "我和 zhangwei 分手"); a title
  // written in lower case before a surname in lower case ("ms. rodriguez", "my coach, mr. thompson"); a surname after a
  // spelled title ("Professor Okonkwo"); a given name after a kin title in lower case ("grandpa joe", "my aunt linda").
  { type: 'NAME', id: 'zh-relation-pinyin-lower-bare', priority: 37, group: 1, reject: /^(?:ma ?ma|ye ?ye|peng ?you)$/u, re: r(`(?:(?:我|俺)?(?:的)?(?:${ZH_RELATION})|我和|我跟|和|跟)[ \\t]*((?:${PINYIN_SURNAMES.toLowerCase()})[ \\t]?(?:${PINYIN_SYL_LOW}){1,2})(?![A-Za-z'’-])(?=[ \\t]*(?:[\\u4e00-\\u9fff，,。！!？?、；;]|$))`) },
  { type: 'NAME', id: 'en-name-title-lower', priority: 38, group: 1, reject: EN_TITLE_LOWER_NOT_NAME, re: r(`(?<![A-Za-z])(?:mr|mrs|ms|dr)\\.\\s?([a-z][a-z'’-]{2,15})(?![A-Za-z])`) },
  { type: 'NAME', id: 'en-name-title-spelled-one', priority: 38, group: 1, rejectWord: EN_NOT_TITLE_NAME_WORD, re: r(`(?<![A-Za-z])(?:[Pp]rofessor|[Dd]octor)\\s+(${EN_NAME_WORD})(?![A-Za-z'’-]|\\s+[A-Z])`) },
  { type: 'NAME', id: 'en-name-kin-title-lower', priority: 37, group: 1, reject: /^(?:sam|flo|ben)$/u, rejectBefore: EN_KIN_NAME_STORY_BEFORE, re: r(`(?<![A-Za-z])(?:grandpa|grandma|granny|nana|uncle|aunt|auntie|aunty|cousin)\\s+(${EN_GIVEN_NAMES_LOWER})(?![A-Za-z'’-])`) },
  { type: 'NAME', id: 'en-contact-label-name', priority: 37, group: 1, reject: /^(?:Me|Us|Support|Info|Information|Email|E-mail|Phone|Mobile|Details|Number|Sales|Office|Reception|Admin|Help|Helpdesk|Customer|Service|Team|Page|Form|None|N\/A|Mum|Mom|Dad|Home|Work|School|The|Our|My|Your|Emergency|Police|Doctor|Hospital|Clinic)\b/u, re: r(`(?:^|\\n|[.;]\\s)(?:[Cc]ontact|[Ee]mergency contact|[Pp]oint of contact|[Cc]ontact person|联系人)[ \\t]*[:：][ \\t]*([A-Z][a-z'’-]{1,20}(?:[ \\t]+[A-Z][a-z'’-]+)?)(?=[ \\t]*(?:[-–—,，(（|]|$))`) },
];

/** Must-keep numbers besides the hotline file: emergency and service numbers. Digits only. */
export const KEEP_NUMBERS = [
  '110', '112', '119', '120', '122', '911', '999', '988', '12345', '12355', '12356', '12320', '18111', '1925', '1995', '741741', '116123',
];

/**
 * Round 23: the words of tables pasted as CSV, tab or "|" rows, read by ../pii-tables.ts: which header cells name a
 * name or date-of-birth column, which cells look like a name or a full date, and the "Last, First" record rows.
 */
export const TABLE_CUE = /姓名|名字|出生|生日|name|dob|d\.o\.b|birth/iu;
export const TABLE_NAME_HEADER =
  /^(?:姓名|名字|患者姓名|病人姓名|学生姓名|来访者姓名|(?:full|patient|client|participant|student|member|first|last)?[ _]?name|full[ _]?name)$/iu;
export const TABLE_DOB_HEADER =
  /^(?:出生日期|出生年月日?|生日|dob|d\.o\.b\.?|date[ _]of[ _]birth|birth[ _]?date|birthday)$/iu;
export const TABLE_ZH_NAME = /^[\u4e00-\u9fa5]{2,4}$/u;
export const TABLE_ZH_NOT_NAME = /^(?:匿名|未知|不详|无|暂无|男|女|本人|同上|略|某某|合计|总计|平均|小计)$|某/u;
export const TABLE_EN_NAME = /^[A-Z][a-z'’-]{1,20}(?:,? [A-Z][a-z'’-]{1,20}| [A-Z]\.){0,3}$/u;
export const TABLE_EN_NOT_NAME =
  /^(?:Anonymous|Anon|Unknown|Redacted|None|Null|Name|Test|Sample|Example|Patient|Client|Male|Female|Yes|No|Total|Sum|Average|Mean|Median|Subtotal)(?:\s|$)/u;
export const TABLE_DATE =
  /^(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))$/u;
export const TABLE_DELIMS = ['\t', '|', '｜', ',', '，'];
/** A "|" record row without a header: a "Last, First" cell next to an e-mail or a phone ("row | Osei, Ama | a.osei@… | +44 …"). */
export const ROW_LAST_FIRST = /^[A-Z][a-z'’-]{1,20}, [A-Z][a-z'’-]{1,20}$/u;
/** "Cork, Ireland", "Austin, Texas": a place, not "Last, First". */
export const ROW_PLACE_SECOND =
  /, (?:Ireland|England|Scotland|Wales|Britain|America|Canada|Australia|Zealand|China|India|Japan|Korea|Germany|France|Spain|Italy|Nigeria|Ghana|Kenya|Singapore|Malaysia|Philippines|Mexico|Brazil|Texas|California|Florida|Ohio|Georgia|Virginia|Washington|Oregon|Michigan|Illinois|Arizona|Nevada|Colorado|Ontario|Quebec|Victoria|Queensland|Kent|Essex|Surrey|Yorkshire|London|Dublin|Street|Road|Avenue|County|State|City|Province)$/u;
export const ROW_CONTACT = /@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|(?:\d[ -]?){7,}/u;

