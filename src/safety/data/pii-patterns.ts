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
const NOT_DIGIT_BEFORE = '(?<![0-9０-９A-Za-z])';
const NOT_DIGIT_AFTER = '(?![0-9０-９])';
const CJK = '\\u4e00-\\u9fa5';
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳司马上官诸葛';
const NAME_STOP = '今是在的了住来从我你他她，。,.!！?？、 和也都就想叫姓';
const r = (src: string, flags = 'gu') => new RegExp(src, flags + 'd');

export const PII_PATTERNS: PiiPattern[] = [
  { type: 'EMAIL', id: 'email', priority: 90, re: r(`[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}`) },
  { type: 'URL', id: 'url', priority: 85, re: r(`(?:https?:\\/\\/|www\\.)[^\\s<>"'，。、；！？）)\\[\\]]+[^\\s<>"'，。、；！？）)\\[\\].,;:!?]`, 'giu') },
  { type: 'IP', id: 'ipv4', priority: 80, re: r(`${NOT_DIGIT_BEFORE}(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?![0-9.])`) },
  { type: 'IP', id: 'ipv6', priority: 80, re: r(`(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}(?![0-9A-Fa-f:])`) },
  { type: 'ID', id: 'cn-resident-id', priority: 75, re: r(`${NOT_DIGIT_BEFORE}${D}{6}${SEP}(?:1[89]|2[0０]|１[８９]|２０)${D}{2}${D}{4}${SEP}${D}{3}[0-9０-９Xx]${NOT_DIGIT_AFTER}(?![A-Za-z])`) },
  { type: 'BANKCARD', id: 'bank-card', priority: 70, re: r(`${NOT_DIGIT_BEFORE}${D}{4}([ \\-]?)${D}{4}(?:\\1${D}{4}){1,2}(?:\\1${D}{1,3})?${NOT_DIGIT_AFTER}(?![ \\-][0-9０-９])`) },
  { type: 'SSN', id: 'us-ssn', priority: 68, re: r(`${NOT_DIGIT_BEFORE}(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}${NOT_DIGIT_AFTER}`) },
  { type: 'PHONE', id: 'cn-mobile', priority: 65, re: r(`${NOT_DIGIT_BEFORE}(?:(?:\\+|＋|00)?(?:86|８６)${SEP})?(?:1|１)[3-9３-９]${D}${SEP}${D}{4}${SEP}${D}{4}${NOT_DIGIT_AFTER}`) },
  { type: 'PHONE', id: 'cn-landline', priority: 60, re: r(`${NOT_DIGIT_BEFORE}(?:(?:\\+|＋)(?:86|８６)${SEP}\\(?(?:[1-9]|[1-9]\\d{1,2})\\)?${SEP}|[(（]?(?:0|０)${D}{2,3}[)）]?${SEP})${D}{3,4}${SEP}${D}{4}${NOT_DIGIT_AFTER}`) },
  { type: 'PHONE', id: 'us-phone', priority: 55, re: r(`(?<![0-9A-Za-z])(?:\\+1[ .\\-]?)?(?:\\([2-9]\\d{2}\\)\\s?|[2-9]\\d{2}[ .\\-])[2-9]\\d{2}[ .\\-]\\d{4}${NOT_DIGIT_AFTER}`) },
  { type: 'WECHAT', id: 'wechat', priority: 88, group: 1, re: r(`(?:微信号?|weixin|wechat(?:\\s*id)?|vx|v信|wx|威信|薇信)\\s*(?:号|id|ID)?\\s*(?:是|为|:|：|is)?\\s*([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9])`, 'giu') },
  { type: 'QQ', id: 'qq', priority: 88, group: 1, re: r(`(?:qq|QQ|扣扣|企鹅)\\s*(?:号|号码)?\\s*(?:是|为|:|：|is)?\\s*([1-9１-９]${D}{4,11})${NOT_DIGIT_AFTER}`, 'giu') },
  {
    type: 'ADDRESS',
    id: 'zh-address',
    priority: 50,
    re: r(`(?:[${CJK}]{2,7}(?:省|自治区))?(?:[${CJK}]{2,7}?(?:市|州|盟))?(?:[${CJK}]{1,7}?(?:区|县|旗))?(?:[${CJK}]{1,7}?(?:镇|乡|街道))?[${CJK}A-Za-z0-9]{1,10}?(?:路|街|大道|大街|巷|弄|胡同)${D}{1,5}(?:号|弄)(?:院)?(?:${D}{1,4}(?:号楼|栋|幢|座|号))?(?:${D}{1,3}单元)?(?:${D}{1,5}(?:室|号|房))?|[${CJK}]{2,10}(?:小区|花园|公寓|新村|家园|苑)${D}{1,4}(?:号楼|栋|幢|座)(?:${D}{1,3}单元)?(?:${D}{1,5}(?:室|号|房)?)?`),
  },
  {
    type: 'ADDRESS',
    id: 'en-address',
    priority: 50,
    re: r(`(?<![0-9A-Za-z])\\d{1,5}\\s+(?:[A-Z][a-z]+\\.?\\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent|Square|Sq)\\b\\.?(?:,?\\s*(?:Apt|Apartment|Suite|Unit|Flat|#)\\.?\\s*[0-9A-Za-z]+)?(?:,\\s*[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?)?(?:,\\s*[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?)?`),
  },
  { type: 'NAME', id: 'zh-name', priority: 40, group: 1, re: r(`(?:我叫|我的名字(?:是|叫)|我名字(?:是|叫)|本人(?:叫)?|我是|我姓名是|姓名[:：]?)\\s*((?:欧阳|司马|上官|诸葛|[${SURNAMES}])[^${NAME_STOP}\\s\\d\\[\\]]{1,2})(?=[${NAME_STOP}\\s\\d]|$)`) },
  { type: 'NAME', id: 'en-name', priority: 40, group: 1, re: r(`(?:[Mm]y name is|[Mm]y name's|[Nn]ame's|[Mm]y full name is|I'm called|I am called|[Cc]all me|(?:[Hh]i|[Hh]ello|[Hh]ey)[,!]?\\s+(?:I'm|I am|this is|it's))\\s+([A-Z][a-z]{1,15}(?:\\s+(?!And\\b|But\\b|I\\b)[A-Z][a-z]{1,15})?)\\b`) },
  {
    type: 'DOB',
    id: 'dob',
    priority: 45,
    group: 1,
    re: r(`(?:出生(?:日期|年月日|于|在)?|生日(?:是)?|生于|出生年月|[Bb]orn(?:\\s+on)?|DOB|[Dd]ate of birth|[Bb]irthday(?:\\s+is)?)\\s*[:：是为]?\\s*((?:19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?|\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)\\d{2}|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}|\\d{1,2}\\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\s+(?:19|20)\\d{2})`),
  },
];

/** Must-keep numbers besides the hotline file: emergency and service numbers. Digits only. */
export const KEEP_NUMBERS = ['110', '112', '119', '120', '122', '911', '999', '988', '12345', '12355', '12356', '12320', '18111', '1925', '1995', '741741', '116123'];
