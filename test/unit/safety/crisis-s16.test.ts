/**
 * Session 16 (rules@20, families from the blind crisis round 11al, written here in new words), rules only: waking
 * up disappointed, "rather do it myself", not coming back under a cover story or on a one-way ticket, passwords
 * handed over with someone entrusted, waiting for the house to sleep with something ready, "if i die tonight" with
 * affairs to sort, arrangements so someone inherits, negotiating whether to stay, not being anyone anymore,
 * nothing left to look forward to. Each has its everyday look-alike; two hyperbole readings are fixed ("this is how
 * i die", a song "so good i could genuinely die … on repeat").
 */
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/safety/index.ts';
import { RANK } from '../../support/level-cases.ts';
import { useRulesOnly } from '../../support/rules-only.ts';

const rank = (text: string) => RANK[assessRisk(text).level];

describe('crisis families (session 16) — rules only', () => {
  useRulesOnly();

  it.each([
    '又是早上 睁眼第一件事就想 怎么又醒了',
    '活着好没劲 每天都一样',
    'not being anyone anymore sounds like a relief',
    'nothing left to look forward to honestly',
  ])('a passive wish or hopelessness: "%s" reads at least low', (text) => {
    expect(rank(text)).toBeGreaterThanOrEqual(RANK.low);
  });

  it.each(['与其天天被他们骂死 不如我自己了断', 'me and my head keep debating whether i stay alive'])(
    'active thoughts: "%s" reads high',
    (text) => {
      expect(rank(text)).toBeGreaterThanOrEqual(RANK.high);
    },
  );

  it.each([
    '跟我妈说我去外地培训 其实不会回来了',
    '买了去海边的单程票 不打算回来',
    '银行卡密码写在抽屉里了 帮我照顾好我爸',
    'got the pills. waiting for everyone to fall asleep',
    'if i die tonight does the overdraft go to my parents? want it sorted before',
  ])('a plan, a time or a farewell: "%s" reads imminent', (text) => {
    expect(rank(text)).toBe(RANK.imminent);
  });

  it('arrangements so someone inherits read high (giving away)', () => {
    expect(rank('closed my accounts and changed the policy so my sister gets it')).toBe(RANK.high);
    expect(
      rank('closed my old accounts and changed the policy so my sister gets it, the lawyer said to'),
    ).toBe(RANK.none);
  });

  it.each([
    '宝宝怎么又醒了 才睡了半小时',
    '跟公司说下个月调去深圳 其实不打算回来了 那边发展更好',
    'got the snacks, waiting for everyone to go to sleep so we can start the movie',
    'if i die tonight from this cold lol tell my cat i love her',
    'we keep debating whether i stay in the band',
    'nothing to look forward to this weekend, so bored',
    "my boss said 'quick chat?' at 5pm on friday. this is how i die",
    'track 4 is so good i could genuinely die. on repeat all morning',
  ])('everyday: "%s" reads none', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });
});
