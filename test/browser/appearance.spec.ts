import { expect, test } from '@playwright/test';
import { prefer, send, sseBody } from './helpers.ts';

test('the dark theme toggles, follows the system by default, and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await prefer(page, { locale: 'en' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await page.getByTestId('theme-toggle').click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBg).not.toBe(lightBg);
  await expect(page.getByTestId('theme-toggle')).toHaveAccessibleName('Switch to light theme');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');

  // "Match system" in settings follows prefers-color-scheme.
  await page.locator('.topbar').getByRole('button', { name: 'Settings and status' }).click();
  await page.getByRole('radio', { name: 'Match system' }).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
});

test('the status panel shows the engine, its capabilities and which stages are placeholders', async ({
  page,
  request,
}) => {
  const info = (await (await request.get('/api/info')).json()) as {
    engine: { label: { en: string } };
    stages: Record<string, string>;
  };
  await prefer(page, { locale: 'en' });
  await page.goto('/');
  await expect(page.getByTestId('engine-pill')).toHaveText(info.engine.label.en);
  await page.getByTestId('engine-pill').click();
  const panel = page.getByTestId('status-panel');
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('engine-label')).toHaveText(info.engine.label.en);
  await expect(panel).toContainText('Accepted input');
  for (const [stage, name] of Object.entries(info.stages)) {
    const row = panel.locator(`[data-stage="${stage}"]`);
    await expect(row).toContainText(name);
    const placeholder = name.startsWith('placeholder') || name === 'pass-through';
    await expect(row).toContainText(placeholder ? 'Placeholder — not active yet' : 'Active');
  }
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});

test('a fallback notice from the engine is shown on that reply', async ({ page }) => {
  await page.route('**/api/sessions/*/messages', (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/event-stream; charset=utf-8' },
      body: sseBody([
        ['turn', { userMessageId: 'msg_u' }],
        ['risk', { level: 'none', reasons: [], evidence: [] }],
        [
          'notice',
          {
            code: 'engine-fallback',
            message: 'The model server is unavailable; the offline counsellor replied.',
          },
        ],
        ['text-delta', { text: 'I am here with you.' }],
        ['done', { messageId: 'msg_a', status: 'complete', finishReason: 'stop' }],
      ]),
    }),
  );
  await prefer(page, { locale: 'zh-CN' });
  await page.goto('/');
  await send(page, '你好');
  const notice = page.locator('.message-assistant [role="note"]');
  await expect(notice).toHaveAttribute('data-notice-code', 'engine-fallback');
  await expect(notice).toContainText('这条回复来自离线技能型咨询助手');
});

test('an error event is shown politely on the reply', async ({ page }) => {
  await page.route('**/api/sessions/*/messages', (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/event-stream; charset=utf-8' },
      body: sseBody([
        ['turn', { userMessageId: 'msg_u' }],
        ['text-delta', { text: 'Part of a reply' }],
        ['error', { code: 'ENGINE_IDLE_TIMEOUT', message: 'the model stopped responding' }],
        ['done', { messageId: 'msg_a', status: 'error', finishReason: 'error' }],
      ]),
    }),
  );
  await prefer(page, { locale: 'en' });
  await page.goto('/');
  await send(page, 'hello');
  const reply = page.locator('.message-assistant');
  await expect(reply).toHaveAttribute('data-status', 'error');
  await expect(reply.getByRole('alert')).toHaveText(
    'This reply couldn’t be completed: the model stopped responding',
  );
  await expect(reply).toContainText('Part of a reply');
});
