import { describe, expect, it } from 'vitest';
import { en } from '../../../web/src/i18n/en.ts';
import { zhCN } from '../../../web/src/i18n/zh-CN.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  it('have exactly the same keys in zh-CN and English', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty strings', () => {
    for (const dict of [en, zhCN]) {
      for (const [key, value] of Object.entries(dict)) expect(value.trim(), key).not.toBe('');
    }
  });

  it('use the same {placeholders} for each key in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('really are translated: only names, language labels and symbols read the same in both', () => {
    const same = Object.keys(en).filter((k) => en[k as keyof typeof en] === zhCN[k as keyof typeof en]);
    expect(same.filter((k) => !k.startsWith('lang.')).sort()).toEqual([
      'app.name',
      'message.assistant',
      'settings.none',
    ]);
  });
});
