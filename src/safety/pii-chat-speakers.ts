/**
 * Names of the people speaking in a pasted chat log (session 27): "婷婷：你能不能别再烦我了\n我：对不起\n婷婷：别道歉了",
 * "【小鹿】明天谁去医院陪我\n【阿坤】我去", "Jess: you're too much\nme: ok".
 *
 * A line that opens with a short label and a colon (or a label in 【】 or []) is a speaker's line. The labels are
 * names only when the lines read as a dialogue: the writer speaks in one of them (我, me, I), or one label speaks
 * again after another one did. A form ("症状：失眠\n时长：3个月") never repeats a label between others, so its
 * fields stay. Kin words, roles and pronouns (妈妈, 老板, 客服, Mom, Boss) are kept as they are: they name no one.
 */
import { ZH_KIN_OR_ROLE, type NameSpan } from './pii-names.ts';

/** A speaker's label at a line's start: 【小鹿】, [Jess], 婷婷：, Jess: (a short label; at most two Latin words). */
const SPEAKER_LINE =
  /^[ \t\u3000]*(?:【([^【】\n]{1,8})】|\[([^[\]\n]{1,12})\]|([\u4e00-\u9fa5]{1,4}|[A-Za-z][A-Za-z'’-]{0,15}(?: [A-Z][A-Za-z'’-]{0,15})?)[ \t]*[:：])/gmu;

const WRITER = /^(?:我|me|Me|ME|I|本人|自己)$/u;

/** Labels that are no one's name besides kin and role words (ZH_KIN_OR_ROLE): chat-app and form words, pronouns. */
const NOT_A_NAME =
  /^(?:[你他她它]们?|对方|自己|本人|老妈|老爸|宝宝|孩子|来访者|患者|病人|家长|客服|系统|助手|机器人|群主|管理员|问|答|时间|日期|地址|电话|手机|邮箱|备注|原话|内容|截图|截图内容|聊天记录|群聊记录|标题|主题|结果|诊断|医嘱|症状|用户|姓名|名字|性别|年龄|微信|短信|消息|留言|回复|评论|Q|A|Me|You|Him|Her|Them|User|Assistant|System|Bot|AI|Mom|Mum|Dad|Mother|Father|Mama|Papa|Grandma|Grandpa|Nana|Sister|Brother|Sis|Bro|Husband|Wife|Boyfriend|Girlfriend|Bf|Gf|Ex|Boss|Manager|Teacher|Therapist|Counsellor|Counselor|Doctor|Dr|Nurse|Friend|Note|Notes|Edit|Update|Context|Subject|From|To|Date|Time|Re|Cc|Tl;dr|Tldr|Ps|Unknown|Anonymous|Group|Text|Message|Reply|Screenshot|Quote|Lol|Also|And|But|So|Then|Now|Today|Tomorrow|Yesterday|Tonight)$/iu;

const NOT_A_LABEL =
  /[我你他她的]|(?:说|问|讲|回复|回|道|写|发|觉得|认为|想)$|^(?:I|[Ss]he|[Hh]e|[Tt]hey|[Ww]e|[Yy]ou)\s/u;

/** A time stamp that opens a chat line ("[23:12] 阿杰：…"): pasted logs put several lines on one this way. */
const TIME_STAMP = /(?<=^|\s|[:：])\[\d{1,2}:\d{2}(?::\d{2})?\]\s*/gu;

/** Speakers' names in a chat log, each line's label; none when the lines are no dialogue. */
export function chatSpeakerSpans(raw: string): NameSpan[] {
  // Session 35 (round 38c): time-stamped lines pasted onto one line start lines of their own (offsets kept).
  const text = raw.replace(TIME_STAMP, (m) => '\n' + ' '.repeat(m.length - 1));
  if (!text.includes('\n')) return [];
  const lines: Array<{ label: string; start: number }> = [];
  for (const m of text.matchAll(SPEAKER_LINE)) {
    const group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 3;
    const label = m[group]!.trim();
    const start = m.index + m[0].indexOf(label);
    // A label alone on its line is a heading ("截图内容："), and one that says or holds a pronoun is prose (他说：, 我妈：).
    const lineEnd = text.indexOf('\n', m.index);
    const rest = text.slice(m.index + m[0].length, lineEnd < 0 ? text.length : lineEnd);
    if (group === 3 && !rest.trim()) continue;
    if (!WRITER.test(label) && NOT_A_LABEL.test(label)) continue;
    lines.push({ label, start });
  }
  if (lines.length < 2) return [];
  const labels = lines.map((l) => l.label.toLowerCase());
  const writerSpeaks = labels.some((l) => WRITER.test(l) || l === 'me' || l === 'i');
  // One label again after another one spoke in between: A, B, A.
  const count = new Map<string, number>();
  let turnsTaken = false;
  labels.forEach((l, k) => {
    if (count.has(l) && labels[k - 1] !== l) turnsTaken = true;
    count.set(l, (count.get(l) ?? 0) + 1);
  });
  if (!writerSpeaks && !turnsTaken) return [];
  // In a dialogue every other speaker is someone (a heading alone on its line was left out above).
  const out: NameSpan[] = [];
  for (const { label, start } of lines) {
    if (WRITER.test(label) || NOT_A_NAME.test(label) || ZH_KIN_OR_ROLE.test(label)) continue;
    out.push({ start, end: start + label.length });
  }
  return out;
}
