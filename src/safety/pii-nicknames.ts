/**
 * Chinese nicknames and names talked about as names (session 27), which the cued rules (data/pii-patterns.ts) and the
 * lexicon places (pii-names.ts) do not reach:
 *  - 老 or 阿/小 with Latin letters: "老K说让我别想太多", "阿May今天跟我说…", "小Ann" (not 阿Q, 阿Sir, a lone 小A);
 *  - a name said to be one's pet name or handle: "晓峰是我小名", "大熊是我给他起的外号";
 *  - a name corrected: "应该是赵一鸣，不是赵一明" (two full names with one surname, one character apart);
 *  - a name after "that person" and a dash or a colon: "我说不出口的那个人——马俊杰";
 *  - a Latin name on no list before 是我…<relation> or after a group and 的: "Oluwaseun是我在伦敦的合租室友",
 *    "小组作业的Rahul一直不交" (name-shaped as in pii-name-shape.ts).
 */
import { ZH_GIVEN_NAME_CHARS } from './data/pii-name-lexicon.ts';
import { ZH_LEXICON_RELATION_BEFORE, ZH_LEXICON_SINGLE_SURNAMES } from './data/pii-patterns.ts';
import type { NameSpan } from './pii-names.ts';
import { nameShaped } from './pii-name-shape.ts';

const GIVEN = `[${ZH_GIVEN_NAME_CHARS}]`;
const SURNAME_ANY = `(?:欧阳|司马|上官|诸葛|[${ZH_LEXICON_SINGLE_SURNAMES}])`;
const FULL_NAME = `${SURNAME_ANY}${GIVEN}{1,2}`;
/** What follows a nickname that names a person: a person's verb, 是我, or the clause's end. */
const PERSON_NEXT =
  '(?=说|跟我|和我|对我|让我|把我|给我|骂|打|拉黑|不理|又|也|还|都|总|一直|老是|天天|今天|昨天|最近|是我|叫我|他|她|[，,。！!？?；;、\\s]|$)';

const LATIN_NICKNAME = new RegExp(
  `(?<![A-Za-z\\u4e00-\\u9fa5])老[A-Z](?![A-Za-z])${PERSON_NEXT}|(?:阿|小)(?!Sir\\b)[A-Z][a-z]{1,10}(?![A-Za-z])`,
  'gu',
);
const IS_MY_HANDLE = new RegExp(
  `(?:^|(?<=[，,。！!？?；;\\s“"”」]))([\\u4e00-\\u9fa5]{2,3}?)(?=是我(?:的)?(?:小名|乳名|外号|绰号|昵称|网名|英文名|真名|名字)|是(?:我)?给[他她]起的(?:外号|小名|昵称))`,
  'gu',
);
/**
 * Session 30: 老 or 小 and a surname, the way colleagues, neighbours and landlords are called (老周, 小李, 老方), where a person
 * is meant: after someone's role or 和/跟 ("房东老孙", "和老周一起", "那个小林"), or before what a person does ("小李说", "小赵天天
 * 在背后…"). Never after a number (一小时, 两小时), nor a word (老师, 老公, 小时候, 小区, 小米, 小于).
 */
const SURNAME_NICK = new RegExp(
  `(?<![0-9零一二两三四五六七八九十百千几半多每])(?:老|小)(?!(?:时|区|米|于|白|马|黄|路|云|金|龙|花|鸟|雨|冬|春|秋|夏|丁|牛|熊|猪|狗|狐)(?![说让跟和对把给约问]))[${ZH_LEXICON_SINGLE_SURNAMES}](?![\u4e00-\u9fa5]?(?:子|儿|们|家|人|候|时|学|区|姐|组|说家))`,
  'gu',
);
const NICK_CONTEXT_BEFORE =
  /(?:我是|我叫|和|跟|同|与|让|被|给|陪|等|同事|房东|领导|老板|室友|舍友|宿舍|同学|朋友|邻居|那个|这个|单位里?|公司里?|我们?(?:班|组|科室|部门|宿舍)里?的?|班里|组里|司机|师傅|老乡|发小|兄弟|哥们|网友)\s?$/u;
const NICK_PERSON_AFTER =
  /^(?:说|讲|让我|跟我|和我|对我|把我|给我|约我|问我|叫我|帮我|骂|打|拉黑|不理|离职|借|走了|在背后|背后|天天|一直|总是|老是|又|也说|今天|昨天|前天|最近|一起|还说|还让|非要|居然|竟然)/u;

/**
 * Session 33 (read round 33c): 阿/小/大 and a given-name character (阿强, 小美, 大壮), and a surname with 姐/哥 (王姐, 陈哥), the
 * way friends, siblings and colleagues are called, where a person stands (NICK_CONTEXT_BEFORE, PET_NICK_BEFORE or
 * NICK_PERSON_AFTER): "跟阿强吵了", "我弟大壮说", "部门里的王姐", "我是小李", "小美已经三天没回我消息". Never words (小雨, 大学,
 * 小红书, 大家, 小小的), a longer word it starts (小天使, 大美女, 小清新: only a person's next word or a particle may follow),
 * nor the family words 师姐, 表哥, 帅哥.
 */
const PET_NICK = new RegExp(
  `(?<![0-9零一二两三四五六七八九十百千几半多每])(?:(?:阿|小|大)${GIVEN}|(?![师帅表堂学亲大小老])[${ZH_LEXICON_SINGLE_SURNAMES}](?:姐|哥))(?=$|[^\u4e00-\u9fa5]|[说讲跟和对让把给约问叫帮骂打拉不没已天总老又也还都就在是的居竟非最会要想今昨前]|一(?:直|起))`,
  'gu',
);
const PET_NICK_NOT =
  /^(?:小小|大大|小子|大卫|小兵|大雷|小雨|大雨|小雪|大雪|大学|小学|大海|大山|小山|大明|小明星|大红|小红|大国|小国|大成|小成|大平|小平|大安|小安|大乐|小乐|大福|小福|大洋|大金|小金|大石|小石|大龙|小龙|大宝|小宝|大伟|大华|大一|小一|大二|大三|大四|大同|大兴|大庆|大连|小康|大胜|大利|大义|大德|大信|大良|大春|大秋|大冬|小春|小秋|小冬|大晴|小晴|大月|小月|大星|小星|大光|大香|小香|大彩|小彩|大家|小家)$/u;
/** Before such a nickname: saying who one is, a sibling or spouse, or the clause it is saved or introduced under. */
const PET_NICK_BEFORE =
  /(?:我是|我叫|是|叫|我弟|我哥|我姐|我妹|弟弟|哥哥|姐姐|妹妹|老婆|老公|(?:部门|科室|班|组|公司|单位|宿舍)里?(?:的|那个)|介绍我来(?:这儿|这里)?的是|存的是|备注(?:是|成|叫)?|那个)\s?[“"「『]?$/u;
const PET_NICK_AFTER = /^[”"」』]?(?:已经|没回|不回|回我|找我|生完|放学|堵我|说我|跟我说|吵)/u;

/** Two names one character apart around 不是: two-character ones need given-name characters, three-character ones any. */
const CORRECTED = new RegExp(
  `(${FULL_NAME}|${SURNAME_ANY}[\\u4e00-\\u9fa5]{2})[，,\\s]*(?:不是|而不是|不叫)(${FULL_NAME}|${SURNAME_ANY}[\\u4e00-\\u9fa5]{2})(?![\\u4e00-\\u9fa5])`,
  'gu',
);
const THAT_PERSON = new RegExp(
  `(?<=(?:那个人|那个男的|那个女的|那个男生|那个女生|那个男人|那个女人|那个同学|这个人|那个家伙)\\s*(?:——|—|--|-|：|:|，|,)\\s*)(${FULL_NAME})(?=[，,。！!？?；;\\s]|$)`,
  'gu',
);
const LATIN_IS_MY = new RegExp(
  `(?<![A-Za-z])([A-Z][a-zà-öø-ÿ]{2,15})(?=\\s?是我[^，,。！!？?\\n]{0,8}?(?:${ZH_LEXICON_RELATION_BEFORE}))`,
  'gu',
);
const LATIN_AFTER_GROUP = new RegExp(
  `(?<=(?:作业|小组|组里|班里|宿舍|公司|部门|团队|项目组|实验室|社团)的\\s?)([A-Z][a-zà-öø-ÿ]{2,15})(?![A-Za-z])(?=\\s?(?:一直|总是|又|老是|说|跟我|对我|把|不|从来|每次|天天))`,
  'gu',
);

/** Two names one character apart: a typo corrected (赵一鸣 / 赵一明). */
function oneApart(a: string, b: string): boolean {
  if (a.length !== b.length || a[0] !== b[0]) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

/** Nicknames and corrected names, in text order (may overlap other finders; the caller keeps the first). */
export function nicknameSpans(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  if (/[\u4e00-\u9fa5]/u.test(text)) {
    for (const m of text.matchAll(LATIN_NICKNAME)) out.push({ start: m.index, end: m.index + m[0].length });
    for (const m of text.matchAll(IS_MY_HANDLE)) out.push({ start: m.index, end: m.index + m[1]!.length });
    for (const m of text.matchAll(CORRECTED)) {
      const short = m[1]!.length < 3 || m[2]!.length < 3;
      const lexical = (w: string) => new RegExp(`^${FULL_NAME}$`, 'u').test(w);
      if (!oneApart(m[1]!, m[2]!) || (short && !(lexical(m[1]!) && lexical(m[2]!)))) continue;
      out.push({ start: m.index, end: m.index + m[1]!.length });
      const second = m.index + m[0].lastIndexOf(m[2]!);
      out.push({ start: second, end: second + m[2]!.length });
    }
    for (const m of text.matchAll(THAT_PERSON)) out.push({ start: m.index, end: m.index + m[1]!.length });
    for (const m of text.matchAll(SURNAME_NICK)) {
      const end = m.index + m[0].length;
      if (
        NICK_CONTEXT_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index)) ||
        NICK_PERSON_AFTER.test(text.slice(end, end + 4))
      )
        out.push({ start: m.index, end });
    }
    for (const m of text.matchAll(PET_NICK)) {
      const end = m.index + m[0].length;
      if (PET_NICK_NOT.test(m[0])) continue;
      const before = text.slice(Math.max(0, m.index - 8), m.index);
      const after = text.slice(end, end + 4);
      if (
        NICK_CONTEXT_BEFORE.test(before) ||
        PET_NICK_BEFORE.test(before) ||
        NICK_PERSON_AFTER.test(after) ||
        PET_NICK_AFTER.test(after)
      )
        out.push({ start: m.index, end });
    }
    for (const re of [LATIN_IS_MY, LATIN_AFTER_GROUP])
      for (const m of text.matchAll(re))
        if (nameShaped(m[1]!)) out.push({ start: m.index, end: m.index + m[1]!.length });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
