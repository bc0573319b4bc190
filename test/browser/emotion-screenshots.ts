/**
 * Review screenshots of the emotion panel, the check-in pages and the emotion report (light, dark,
 * 375 px phone, Chinese and English) against a running server. Not a test: run it by hand and look.
 *   node --import tsx test/browser/emotion-screenshots.ts [baseUrl] [outDir]
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { launchOptions } from './launch.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:7870';
const out = process.argv[3] ?? '/tmp/ui-shots/emotion';
mkdirSync(out, { recursive: true });

type Opts = { width: number; height: number; locale: 'zh-CN' | 'en'; theme: 'light' | 'dark' };

const TEXT = {
  'zh-CN': [
    '最近工作压力很大，晚上总是睡不着，觉得很孤独。',
    '我真的很难过，什么都提不起劲。',
    '每天都很焦虑，担心项目做不完。',
  ],
  en: [
    'I feel so sad and lonely today.',
    'Work has been really stressful and I can’t sleep at night.',
    'I keep worrying that everything will go wrong and I feel anxious all the time.',
  ],
};

async function converse(page: Page, text: string): Promise<void> {
  const before = await page.locator('.message-assistant[data-status="complete"]').count();
  await page.locator('#composer-input').fill(text);
  await page.keyboard.press('Enter');
  await page.locator('.message-assistant[data-status="complete"]').nth(before).waitFor({ timeout: 20_000 });
}

async function answer(page: Page, answers: number[]): Promise<void> {
  const groups = page.locator('.question fieldset');
  for (const [i, a] of answers.entries()) await groups.nth(i).locator('.option').nth(a).click();
}

async function shoot(name: string, opts: Opts) {
  const browser = await chromium.launch(launchOptions);
  const context = await browser.newContext({
    viewport: { width: opts.width, height: opts.height },
    colorScheme: opts.theme,
  });
  await context.addInitScript(
    (p) => {
      localStorage.setItem('carellm.locale', p.locale);
      localStorage.setItem('carellm.theme', p.theme);
    },
    { locale: opts.locale, theme: opts.theme },
  );
  const page = await context.newPage();
  const phone = opts.width < 600;
  await page.goto(base);
  await page.locator('.welcome').waitFor();
  for (const text of TEXT[opts.locale]) await converse(page, text);
  await page.locator('[data-testid="emotion-labels"]').first().waitFor({ state: 'attached' });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, `${name}-chat-panel.png`) });
  if (phone) {
    await page.getByTestId('panel-toggle').click();
    await page.waitForTimeout(250);
    await page.screenshot({ path: path.join(out, `${name}-panel-sheet.png`) });
    await page.keyboard.press('Escape');
  } else {
    await page.locator('.suggestion-card summary').first().click();
    await page.locator('.side-panels').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.screenshot({ path: path.join(out, `${name}-panel-lower.png`) });
  }
  const sessionUrl = page.url();

  await page.goto(`${sessionUrl}/check-in`);
  await page.getByTestId('checkin-page').waitFor();
  await page.screenshot({ path: path.join(out, `${name}-checkin.png`) });
  await page.goto(`${sessionUrl}/check-in/phq9`);
  await page.locator('.question').first().waitFor();
  await answer(page, [1, 2, 1, 1]);
  await page.screenshot({ path: path.join(out, `${name}-phq9-form.png`) });
  await answer(page, [1, 2, 1, 1, 0, 1, 1, 0, 0]);
  await page.locator('button[type="submit"]').click();
  await page.getByTestId('screening-result').waitFor();
  await page.screenshot({ path: path.join(out, `${name}-phq9-result.png`), fullPage: false });

  await page.goto(`${sessionUrl}/check-in/gad7`);
  await page.locator('.question').first().waitFor();
  await answer(page, [2, 2, 1, 2, 1, 1, 2]);
  await page.locator('button[type="submit"]').click();
  await page.getByTestId('screening-result').waitFor();

  await page.goto(`${sessionUrl}/report`);
  await page.getByTestId('report-disclaimer').waitFor();
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(out, `${name}-report.png`) });
  await page.screenshot({ path: path.join(out, `${name}-report-full.png`), fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: path.join(out, `${name}-report-print.png`), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // Item 9 above 0: the crisis panel is pinned at once.
  await page.goto(`${sessionUrl}/check-in/phq9`);
  await page.locator('.question').first().waitFor();
  await answer(page, [1, 1, 1, 1, 0, 0, 0, 0, 1]);
  await page.locator('button[type="submit"]').click();
  await page.getByTestId('crisis-panel').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, `${name}-phq9-crisis.png`) });
  await browser.close();
}

/** A check-in offer under a reply (mocked event: the offer needs three turns of low mood). */
async function shootOffer(name: string, opts: Opts) {
  const browser = await chromium.launch(launchOptions);
  const context = await browser.newContext({
    viewport: { width: opts.width, height: opts.height },
    colorScheme: opts.theme,
  });
  await context.addInitScript((p) => localStorage.setItem('carellm.locale', p.locale), {
    locale: opts.locale,
  });
  const page = await context.newPage();
  const zh = opts.locale === 'zh-CN';
  await page.route('**/api/sessions/*/messages', (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/event-stream' },
      body: [
        ['turn', { userMessageId: 'u1' }],
        ['risk', { level: 'none', reasons: [], evidence: [] }],
        [
          'safety',
          {
            kind: 'check-in',
            action: 'offer-screening',
            instrument: 'phq9',
            text: zh
              ? '要不要做一个简短的自我检查？是关于过去两周的几个问题（PHQ-9 抑郁症筛查量表），大约两分钟。'
              : 'Would you like a short check-in? It is a few questions about the last two weeks (PHQ-9 (Patient Health Questionnaire-9)) and takes about two minutes.',
          },
        ],
        [
          'text-delta',
          {
            text: zh
              ? '谢谢你告诉我这些。这几周听起来真的很辛苦。'
              : 'Thank you for telling me. These weeks sound really hard.',
          },
        ],
        ['done', { messageId: 'a1', status: 'complete', finishReason: 'stop' }],
      ]
        .map(([e, d]) => `event: ${e}\ndata: ${JSON.stringify(d)}\n\n`)
        .join(''),
    }),
  );
  await page.goto(base);
  await page.locator('#composer-input').fill(zh ? '这几周一直很低落。' : 'I have felt low for weeks.');
  await page.keyboard.press('Enter');
  await page.getByTestId('checkin-offer').waitFor();
  await page.screenshot({ path: path.join(out, `${name}-offer.png`) });
  await browser.close();
}

const only = process.env.SHOTS;
const runs: [string, Opts][] = [
  ['zh-light', { width: 1280, height: 800, locale: 'zh-CN', theme: 'light' }],
  ['en-dark', { width: 1280, height: 800, locale: 'en', theme: 'dark' }],
  ['zh-phone', { width: 375, height: 740, locale: 'zh-CN', theme: 'light' }],
  ['en-phone-dark', { width: 375, height: 740, locale: 'en', theme: 'dark' }],
];
for (const [name, opts] of runs) {
  if (only && !name.startsWith(only)) continue;
  await shoot(name, opts);
  await shootOffer(name, opts);
}
console.log(`screenshots in ${out}`);
