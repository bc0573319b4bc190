/**
 * Round 25 (PII, outside-evaluator round 11y): a name after a relation and a short clause (我儿子今年初二，叫王浩然), a masked
 * name in a case note (服务对象张某红，女，41岁), a name in brackets after a role (有个学生(刘一诺，高二7班)), a carer named with 叫
 * (医生叫黄建国), a payee or addressee (收款人Tom Li, 收件人陳怡君), a wife's or daughter's given name alone (我老婆美玲生完二胎),
 * a Hong Kong flat on a road with no street number (沙田大學道翠竹樓7樓A室), an initial and surname after "client"
 * (J. Whitaker), and the writer's own character in a story they are writing. All lines are made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findPii } from '../../../src/safety/index.ts';

const spans = (t: string) => findPii(t).map((s) => `${s.type}:${s.text}`);

describe('round 25 PII families: found', () => {
  it.each([
    // A relation, a clause about them, then 叫 and the name.
    ['我儿子今年初二，叫王浩然，这学期成绩掉了', 'NAME:王浩然'],
    ['我女儿今年五岁，叫李思琪，最近总做噩梦', 'NAME:李思琪'],
    ['我男朋友在上海工作，名叫陈宇，我们异地三年了', 'NAME:陈宇'],
    ['我弟弟，叫张子轩，他说不想上学了', 'NAME:张子轩'],
    ['我妹妹高三，叫周雨桐。', 'NAME:周雨桐'],
    // A masked or full name in a case record.
    ['服务对象张某红，女，41岁，独居', 'NAME:张某红'],
    ['案主李某某，男，16岁，父母离异', 'NAME:李某某'],
    ['当事人王某，女，30岁', 'NAME:王某'],
    // A name in brackets after a role or relation.
    ["有个学生(刘一诺，高二7班)周记里写'别找我'", 'NAME:刘一诺'],
    ['我的来访者（陈思远，17岁）一直失眠', 'NAME:陈思远'],
    ['同事(王磊，技术部)说我太敏感', 'NAME:王磊'],
    // A carer named with 叫.
    ['就诊号A20240611-0038，医生叫黄建国，人挺好的。', 'NAME:黄建国'],
    ['我的咨询师名叫陈静，她很温柔', 'NAME:陈静'],
    ['主治医生叫王海涛。', 'NAME:王海涛'],
    // A payee, addressee or account holder.
    ['刚刚转账转错了 卡号6228480045213799005 收款人Tom Li，我的天', 'NAME:Tom Li'],
    ['收件人陳怡君就是我，電話0935-217-486', 'NAME:陳怡君'],
    ['户名：张伟，开户行工商银行', 'NAME:张伟'],
    ['Payee: Sarah Connor, amount 200', 'NAME:Sarah Connor'],
    // A wife's or daughter's given name without the surname.
    ['我老婆美玲生完二胎后一直不太对', 'NAME:美玲'],
    ['我老婆丽娟最近总是失眠', 'NAME:丽娟'],
    ['我女儿思琪今年十岁', 'NAME:思琪'],
    // A Hong Kong flat on a road with no street number.
    ['我叫阿May，在香港讀大學，住沙田大學道翠竹樓7樓A室，宿舍好細', 'ADDRESS:沙田大學道翠竹樓7樓A室'],
    ['住喺旺角彌敦道恆豐大廈12樓B室', 'ADDRESS:旺角彌敦道恆豐大廈12樓B室'],
    ['我住何文田忠孝街富澤閣5樓3室', 'ADDRESS:何文田忠孝街富澤閣5樓3室'],
    // An initial and surname after a clinical cue.
    ['Therapist note draft — client J. Whitaker, DOB 09/14/1979, session 6 of 12.', 'NAME:J. Whitaker'],
    ['Patient A. Nguyen, 34, presents with panic', 'NAME:A. Nguyen'],
    ['pt R. Patel-Shah reports low mood', 'NAME:R. Patel-Shah'],
    // The writer's own character.
    ['Writing a novel where the protagonist Adelaide Finch overdoses in chapter 12.', 'NAME:Adelaide Finch'],
    ["I'm writing a short story and my protagonist, Mara Quinn, hurts herself", 'NAME:Mara Quinn'],
    ['my main character named Lena dies in the end', 'NAME:Lena'],
  ])('%s', (text, want) => {
    expect(spans(text)).toContain(want);
  });
});

describe('round 25 PII families: kept', () => {
  it.each([
    // 叫 naming a thing or telling someone to do something.
    '我朋友开了家店，叫江南春，生意不好',
    '我女儿养了一只猫，叫黄豆，',
    '我妈生气了，叫王医生过来',
    '我老公出差了，叫黄师傅，',
    '我爸喝醉了，叫我滚',
    '医生叫我多休息',
    '医生叫石膏拆了再来',
    '护士叫张阿姨去拿药',
    '医生叫黄疸高的话就住院',
    '医生叫马上住院',
    // Brackets that hold no name.
    '我妈（江西人）脾气急',
    '老师（张老师）说我退步了',
    '同学（高三）都在卷',
    // Payee words without a name.
    '收件人写错了',
    '收款人是我妈',
    '收款人是黄牛',
    '持卡人本人',
    '收款人Alipay，',
    // Words, not given names.
    '我老婆美丽大方',
    '我老婆静静地坐着',
    // Not an address.
    '不知道翠竹樓7樓A室係邊',
    '走路去翠竹樓7樓',
    // Not names.
    'Client B. Reports sleeping better',
    'writing a fanfic where the protagonist Harry Potter dies',
    'I love the protagonist Harry Potter',
    'my protagonist is 15 and self harms',
    'I am Tired',
    '我是学生',
    '订单号 20240611-0038',
    '主角林黛玉很可怜',
  ])('%s', (text) => {
    expect(spans(text).filter((s) => s.startsWith('NAME:') || s.startsWith('ADDRESS:'))).toEqual([]);
  });
});
