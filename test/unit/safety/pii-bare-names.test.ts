/**
 * Session 14: Chinese full names told without any introduction, where a person stands (the subject of a person's
 * verb, the object of one, after a relation word, in a list), are redacted; words that start with a surname
 * character are not.
 */
import { describe, expect, it } from 'vitest';
import { findPii } from '../../../src/safety/index.ts';

const names = (text: string) =>
  findPii(text)
    .filter((s) => s.type === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('Chinese full names without an introduction', () => {
  it.each([
    ['赵思远昨天又在群里骂我，我不知道怎么回', ['赵思远']],
    ['我把心里话都告诉了郑雨桐，她转头就说出去了', ['郑雨桐']],
    ['每次跟孙嘉豪吵完架我都睡不着', ['孙嘉豪']],
    ['老同学何志明约我周末吃饭，我不太想去', ['何志明']],
    ['我和林晓雪、许一帆是室友', ['林晓雪', '许一帆']],
    ['我不想再见到韩子墨了', ['韩子墨']],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want);
  });

  it.each([
    '用什么方法才能让自己不那么焦虑',
    '把钱都交给高利贷，我完了',
    '对方知道了以后一直不理我',
    '对于自己的未来我很迷茫',
    '周末说好了一起去爬山',
    '我家在黄陂区，离市区很远',
    '跟高中同学去吃火锅了',
    '我和毛线团一样乱',
  ])('%s has no name', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('English given names where a person stands', () => {
  it.each([
    ['had another big fight with Sofia last night', ['Sofia']],
    ['Ahmed said he would call and then he never did', ['Ahmed']],
    ['I keep texting Mateo but he leaves me on read', ['Mateo']],
    ['Priya and Tom went without me again', ['Priya', 'Tom']],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want);
  });

  it.each([
    'the lead actor Tom Hanks said it best',
    'Uncle Sam wants you',
    "let's write a story about a girl named Mia who feels invisible",
    'you are a kind counselor named Sam. role-play a first session with me',
    'not like Michael Jordan lol',
    'see you in May',
    'Will you help me?',
  ])('%s has no name', (text) => {
    expect(names(text)).toEqual([]);
  });
});
