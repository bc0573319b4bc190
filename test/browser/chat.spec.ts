import { expect, test } from '@playwright/test';
import {
  assistantMessages,
  composer,
  prefer,
  recordStreaming,
  send,
  sessionIdFromUrl,
  streamLog,
  userMessages,
  waitForReply,
} from './helpers.ts';

test('a Chinese message streams, stays after reload, and the UI switches to English', async ({ page }) => {
  await prefer(page, { locale: 'zh-CN' });
  await page.goto('/');
  await expect(page.getByText('你好，我在这里倾听。')).toBeVisible();
  await expect(page.getByTestId('disclaimer')).toContainText('不能替代专业帮助');
  await expect(page.getByTestId('engine-pill')).toContainText('离线技能型咨询助手');

  // Shift+Enter adds a line and sends nothing.
  await composer(page).fill('第一行');
  await composer(page).press('Shift+Enter');
  await composer(page).pressSequentially('第二行');
  await expect(composer(page)).toHaveValue('第一行\n第二行');
  await expect(userMessages(page)).toHaveCount(0);

  await recordStreaming(page);
  await send(page, '最近工作压力很大，晚上总是睡不着。');
  await expect(page).toHaveURL(/\/c\/ses_/);
  await expect(userMessages(page).first()).toContainText('最近工作压力很大');
  await waitForReply(page, 1);
  await expect(assistantMessages(page).first()).toHaveAttribute('data-status', 'complete');

  // The reply grew in several steps while the Stop button was shown, then the button went away.
  const log = await streamLog(page);
  const partials = log.filter((s) => s.status === 'streaming' && s.len > 0);
  expect(new Set(partials.map((s) => s.len)).size).toBeGreaterThanOrEqual(3);
  expect(partials.every((s) => s.stop)).toBe(true);
  const lengths = partials.map((s) => s.len);
  expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  await expect(page.getByRole('button', { name: '停止生成' })).toHaveCount(0);
  const reply = (await assistantMessages(page).first().locator('.message-bubble').textContent()) ?? '';
  expect(reply.length).toBeGreaterThanOrEqual(Math.max(...lengths));
  // The whole reply was announced politely for screen readers.
  await expect(page.getByTestId('live-region')).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByTestId('live-region')).toContainText('回复完毕');

  // The sidebar names the session after the first message.
  const id = sessionIdFromUrl(page);
  await expect(page.locator(`[data-session-id="${id}"]`)).toContainText('最近工作压力很大');

  await page.reload();
  await expect(userMessages(page)).toHaveCount(1);
  await expect(userMessages(page).first()).toContainText('最近工作压力很大，晚上总是睡不着。');
  await expect(assistantMessages(page)).toHaveCount(1);
  await expect(assistantMessages(page).first()).toHaveAttribute('data-status', 'complete');
  await expect(assistantMessages(page).first().locator('.message-bubble')).toHaveText(reply);

  // Switch to English: every visible UI string changes, and the choice survives a reload.
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('help-button')).toHaveText('Get help now');
  await expect(composer(page)).toHaveAttribute('placeholder', 'Write a message…');
  await expect(page.getByTestId('disclaimer')).toContainText('not a substitute for professional help');
  await expect(page.getByTestId('engine-pill')).toContainText('Offline skills-based counsellor');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByTestId('help-button')).toHaveText('Get help now');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('help-button')).toHaveText('立即求助');
});

test('a session can be renamed, exported and deleted (with confirmation)', async ({ page, request }) => {
  await prefer(page, { locale: 'en' });
  await page.goto('/');
  await send(page, 'I have been feeling lonely since I moved.');
  await waitForReply(page, 1);
  const id = sessionIdFromUrl(page);
  const item = page.locator(`[data-session-id="${id}"]`);

  await item.getByRole('button', { name: /Actions for/ }).click();
  await page.getByRole('menuitem', { name: 'Rename' }).click();
  const input = page.getByRole('textbox', { name: 'New name for the conversation' });
  await expect(input).toBeFocused();
  await input.fill('Moving house');
  await input.press('Enter');
  await expect(item).toContainText('Moving house');
  await expect(page.locator('.session-heading')).toHaveText('Moving house');
  expect((await (await request.get(`/api/sessions/${id}`)).json()).title).toBe('Moving house');

  // Export links point at the API's attachments.
  await item.getByRole('button', { name: /Actions for/ }).click();
  const md = page.getByRole('menuitem', { name: 'Download as Markdown' });
  await expect(md).toHaveAttribute('href', `/api/sessions/${id}/export?format=markdown`);
  const download = page.waitForEvent('download');
  await md.click();
  expect((await download).suggestedFilename()).toBe(`carellm-${id}.md`);

  // Escape closes the menu; a cancelled delete keeps the session.
  await item.getByRole('button', { name: /Actions for/ }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await item.getByRole('button', { name: /Actions for/ }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this conversation?' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await request.get(`/api/sessions/${id}`)).status()).toBe(200);

  await item.getByRole('button', { name: /Actions for/ }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(item).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText('Hello, I’m here to listen.')).toBeVisible();
  expect((await request.get(`/api/sessions/${id}`)).status()).toBe(404);
});

test('an unknown session address says so and offers a new conversation', async ({ page }) => {
  await prefer(page, { locale: 'en' });
  await page.goto('/c/ses_doesnotexist');
  await expect(page.getByRole('alert')).toContainText('This conversation no longer exists.');
  await page.locator('.load-error').getByRole('button', { name: 'New conversation' }).click();
  await expect(page).toHaveURL(/\/$/);
});
