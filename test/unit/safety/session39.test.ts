/**
 * Session 39: what the blind read rounds 42a, 42b and 42d showed (see docs/safety.md "Session 39"). Lines made up for
 * these tests in the families the rounds showed (none copied from a set), each with look-alikes that must keep their
 * reading.
 */
import { describe } from 'vitest';
import { readsAs } from '../../support/level-cases.ts';
import { findsNames, findsNoName } from '../../support/pii-spans.ts';

describe('session 39: Spanish mixed in, and ideation named as one’s own state', () => {
  readsAs('>=high', [
    'la verdad tengo ganas de matarme y no sé con quién hablar',
    'no quiero seguir viviendo, i just cant anymore',
    'my ideation has been really loud this week and i am scared of it',
    'been struggling with suicidal ideation again since the breakup',
  ]);
  readsAs('imminent', [
    'voy a suicidarme hoy, ya no aguanto',
    'ya decidí. quiero quitarme la vida y ya tengo las pastillas en el cajón',
  ]);
  readsAs('none', [
    'my clients ideation is getting worse and i need supervision on it',
    'writing my thesis on suicidal ideation in nursing students, any good papers?',
    'mi abuela siempre dice que la quiero matar de risa con mis chistes',
  ]);
});

describe('session 39: 想噶, and a wish to die said not to be a joke', () => {
  readsAs('>=high', ['真的想噶了 别劝我', '我想去世，不是开玩笑，是真的撑不住了']);
  readsAs('none', ['你是不是想噶 这么辣也敢吃', '想噶点零食当夜宵', '笑死 这题难到我原地去世']);
});

describe('session 39: passive wishes in new words', () => {
  readsAs('>=low', [
    'no one would show up to my funeral anyway',
    "when i'm gone no one will miss me, that's just facts",
    'life is literally telling me i was not supposed to exist',
    "i'm kind of jealous of people who die in their sleep",
    "if the biopsy comes back bad i honestly won't fight it",
    '看到有人车祸走了，我第一反应是为什么死的不是我',
    '真不明白每天图什么还要活着',
    '这样的日子还要熬到什么时候',
  ]);
  readsAs('none', [
    'my grandpa joked nobody would come to his funeral, then the whole town showed up',
    "the biopsy came back clear and i'm so relieved",
    '这个项目的日子还要熬两周就上线了',
    '新闻里那场车祸好惨，大家开车都注意点',
  ]);
});

describe('session 39: a last message in new words', () => {
  readsAs('imminent', [
    '要是我明早没回你消息，就别找我了',
    "forgive me. signing off for good. it's not anyone's fault",
  ]);
  readsAs('none', [
    'deleting instagram and logging off for good, bye everyone, see you irl',
    '明天出差信号不好，要是没回你消息别着急',
  ]);
});

describe('session 39: PII (read round 42d)', () => {
  findsNames([
    ['我男朋友 chen hao 昨天又不回我消息', 'chen hao'],
    ['我和 wanglei 冷战一周了', 'wanglei'],
    ['the new teacher ms. okafor asked me to stay after class', 'okafor'],
    ['I emailed Professor Lindqvist about an extension', 'Lindqvist'],
    ['miss my uncle dave so much', 'dave'],
    ['我们宿舍就我、刘思雨、陈嘉怡和赵梦琪四个人', '赵梦琪'],
  ]);
  findsNoName([
    '周大福的金镯子是我外婆留给我的',
    'he keeps calling himself mr. nobody lol',
    '我跟 mama 说了 她不理解',
  ]);
});
