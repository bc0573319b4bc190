/**
 * Takes review screenshots of the UI (light, dark, 375 px phone, Chinese and English) against a
 * running server. Not a test: run it by hand and look at the pictures.
 *   node --import tsx test/browser/screenshots.ts [baseUrl] [outDir]
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { launchOptions } from './launch.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:7870';
const out = process.argv[3] ?? '/tmp/ui-shots';
mkdirSync(out, { recursive: true });

async function converse(page: Page, text: string): Promise<void> {
  const before = await page.locator('.message-assistant[data-status="complete"]').count();
  await page.locator('#composer-input').fill(text);
  await page.keyboard.press('Enter');
  await page.locator('.message-assistant[data-status="complete"]').nth(before).waitFor({ timeout: 20_000 });
}

async function shoot(
  name: string,
  opts: { width: number; height: number; locale: 'zh-CN' | 'en'; theme: 'light' | 'dark' },
) {
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
  await page.goto(base);
  await page.locator('.welcome').waitFor();
  await page.screenshot({ path: path.join(out, `${name}-welcome.png`) });
  const first =
    opts.locale === 'zh-CN'
      ? '最近工作压力很大，晚上总是睡不着，脑子停不下来。'
      : 'Work has been really stressful and I can’t sleep at night.';
  const second =
    opts.locale === 'zh-CN'
      ? '主要是担心项目做不完，老板会失望。'
      : 'Mostly I worry the project won’t be finished and my manager will be disappointed.';
  await converse(page, first);
  await converse(page, second);
  await page.screenshot({ path: path.join(out, `${name}-chat.png`) });
  await page.getByTestId('help-button').click();
  await page.locator('.hotline').first().waitFor();
  await page.screenshot({ path: path.join(out, `${name}-help.png`) });
  await page.keyboard.press('Escape');
  if (opts.width < 600) {
    await page
      .getByRole('button', { name: opts.locale === 'zh-CN' ? '打开对话列表' : 'Open the conversation list' })
      .click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, `${name}-sidebar.png`) });
    await page.keyboard.press('Escape');
  } else {
    await page.locator('.topbar .settings-button').click();
    await page.getByTestId('status-panel').waitFor();
    await page.screenshot({ path: path.join(out, `${name}-settings.png`) });
  }
  await browser.close();
}

/** The crisis panel, driven by a high-risk event the page receives (mocked: no safety layer needed). */
async function shootCrisis(
  name: string,
  opts: { width: number; height: number; locale: 'zh-CN' | 'en'; theme: 'light' | 'dark' },
) {
  const browser = await chromium.launch(launchOptions);
  const context = await browser.newContext({
    viewport: { width: opts.width, height: opts.height },
    colorScheme: opts.theme,
  });
  await context.addInitScript((p) => localStorage.setItem('carellm.locale', p.locale), {
    locale: opts.locale,
  });
  const page = await context.newPage();
  const reply =
    opts.locale === 'zh-CN'
      ? '听起来你现在非常痛苦，谢谢你愿意告诉我。你现在安全吗？'
      : 'It sounds like you are in a lot of pain. Thank you for telling me. Are you safe right now?';
  await page.route('**/api/sessions/*/messages', (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/event-stream' },
      body: [
        ['turn', { userMessageId: 'u' }],
        ['risk', { level: 'high', reasons: ['screenshot'], evidence: [] }],
        ['text-delta', { text: reply }],
        ['done', { messageId: 'a', status: 'complete', finishReason: 'stop' }],
      ]
        .map(([e, d]) => `event: ${e}\ndata: ${JSON.stringify(d)}\n\n`)
        .join(''),
    }),
  );
  await page.goto(base);
  await page
    .locator('#composer-input')
    .fill(opts.locale === 'zh-CN' ? '我真的撑不下去了' : 'I really can’t go on');
  await page.keyboard.press('Enter');
  await page.getByTestId('crisis-panel').locator('.hotline').first().waitFor();
  await page.screenshot({ path: path.join(out, `${name}-crisis.png`) });
  await page.getByTestId('crisis-panel').locator('details').first().locator('summary').click();
  await page.screenshot({ path: path.join(out, `${name}-crisis-open.png`) });
  await page.getByTestId('crisis-panel').locator('.crisis-minimise').click();
  await page.screenshot({ path: path.join(out, `${name}-crisis-min.png`) });
  await browser.close();
}

const only = process.env.SHOTS;
if (only === 'crisis') {
  await shootCrisis('zh-light', { width: 1280, height: 800, locale: 'zh-CN', theme: 'light' });
  await shootCrisis('en-phone-dark', { width: 375, height: 740, locale: 'en', theme: 'dark' });
  console.log(`screenshots in ${out}`);
  process.exit(0);
}
await shootCrisis('zh-light', { width: 1280, height: 800, locale: 'zh-CN', theme: 'light' });
await shootCrisis('en-phone-dark', { width: 375, height: 740, locale: 'en', theme: 'dark' });
await shoot('zh-light', { width: 1280, height: 800, locale: 'zh-CN', theme: 'light' });
await shoot('en-dark', { width: 1280, height: 800, locale: 'en', theme: 'dark' });
await shoot('zh-phone', { width: 375, height: 740, locale: 'zh-CN', theme: 'light' });
await shoot('en-phone-dark', { width: 375, height: 740, locale: 'en', theme: 'dark' });
console.log(`screenshots in ${out}`);
