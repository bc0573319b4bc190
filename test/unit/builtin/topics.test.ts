import { describe, expect, it } from 'vitest';
import { analyseMessage, TOPIC_IDS, type TopicId } from '../../../src/engines/builtin/index.ts';
import { CONTENT } from '../../../src/engines/builtin/content/index.ts';

/** Everyday ways people name each topic (not copied from the lexicon lists). */
const SAMPLES: Record<'zh-CN' | 'en', Record<TopicId, string[]>> = {
  'zh-CN': {
    family: ['我爸妈天天催婚，烦死了', '家里人总是拿我跟表姐比'],
    relationships: ['和对象冷战三天了', '前任又来找我，我心里很乱'],
    work: ['老板又让我周末加班', '被裁员了，不知道下一步怎么走'],
    study: ['期末考试挂科了', '论文写不出来，导师天天催'],
    sleep: ['每天半夜醒来就再也睡不着', '熬夜成了习惯，作息全乱了'],
    anxiety: ['一想到明天要汇报就心慌', '总是担心会出事，坐立不安'],
    'low-mood': ['最近好丧，什么都不想做', '天天emo，开心不起来'],
    loneliness: ['来这个城市一年了还是没朋友', '感觉自己和周围格格不入'],
    'self-esteem': ['我觉得自己就是个废物', '总是自我怀疑，觉得配不上现在的工作'],
    grief: ['外婆去年过世了，我还是很想她', '我家猫去了喵星，我一直在哭'],
    health: ['体检报告有几项异常，我很担心', '胃疼了好几天，不敢去看医生'],
    money: ['这个月房租又交不起了', '信用卡欠了好多钱'],
  },
  en: {
    family: [
      'My parents keep pressuring me about getting married',
      'My sister and I haven’t spoken in months',
    ],
    relationships: [
      'My girlfriend and I had a huge fight last night',
      'I got ghosted by someone I really liked',
    ],
    work: ['My manager keeps piling on more tasks', 'I got laid off yesterday'],
    study: ['I bombed my midterm and I feel awful', 'My thesis is due next week and I’m nowhere near done'],
    sleep: ['I keep waking up at 3am and can’t get back to sleep', 'I’ve been up all night again'],
    anxiety: ['I’m so anxious about tomorrow', 'My heart is racing and I keep overthinking everything'],
    'low-mood': [
      'I’ve been feeling really down and nothing feels good',
      'I just feel empty and numb all the time',
    ],
    loneliness: ['I feel so lonely, there’s nobody to talk to', 'I always feel left out'],
    'self-esteem': ['I feel worthless compared to everyone', 'I hate myself for being so stupid'],
    grief: ['My dad passed away in the spring', 'We had to put down our dog last week'],
    health: ['The doctor found something on my scan', 'I’ve had a migraine for three days'],
    money: ['I can’t afford rent this month', 'I’m drowning in credit card debt'],
  },
};

describe('built-in engine: topic recognition', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    for (const topic of TOPIC_IDS) {
      it(`recognises ${topic} in ${locale}`, () => {
        for (const text of SAMPLES[locale][topic])
          expect(analyseMessage(text, locale).topics, text).toContain(topic);
      });
    }
  }

  it('does not see topics in small talk', () => {
    expect(analyseMessage('你好', 'zh-CN').topics).toEqual([]);
    expect(analyseMessage('hello there', 'en').topics).toEqual([]);
  });

  it('reads straight and curly apostrophes and full-width letters alike', () => {
    expect(analyseMessage("I can't sleep", 'en').topics).toContain('sleep');
    expect(analyseMessage('I can’t sleep', 'en').topics).toContain('sleep');
    expect(analyseMessage('ＫＰＩ完不成', 'zh-CN').topics).toContain('work');
  });

  it('echoes the person’s words in second person', () => {
    expect(analyseMessage('我最近和我妈总是吵架', 'zh-CN').echo).toBe('你最近和你妈总是吵架');
    expect(analyseMessage('My mom keeps yelling at me.', 'en').echo).toBe('your mom keeps yelling at you');
    expect(analyseMessage('I’m so tired and I was up all night', 'en').echo).toBe(
      'you’re so tired and you were up all night',
    );
    // Questions and quoted speech are not echoed back.
    expect(analyseMessage('我是不是很没用', 'zh-CN').echo).toBeNull();
  });

  it('tells yes from no, including look-alikes', () => {
    const intents = (t: string, l: 'zh-CN' | 'en' = 'zh-CN') => [...analyseMessage(t, l).intents];
    expect(intents('好')).toContain('accept');
    expect(intents('嗯嗯，可以')).toContain('accept');
    expect(intents('好累啊')).not.toContain('accept');
    expect(intents('不用了')).toContain('decline');
    expect(intents('算了吧')).toContain('decline');
    expect(intents('sure', 'en')).toContain('accept');
    expect(intents('not now', 'en')).toContain('decline');
    expect(intents('No one understands me', 'en')).not.toContain('decline');
  });

  it('keeps the feeling lists of both languages aligned by id', () => {
    expect(CONTENT.en.feelings.map((f) => f.id)).toEqual(CONTENT['zh-CN'].feelings.map((f) => f.id));
  });
});
