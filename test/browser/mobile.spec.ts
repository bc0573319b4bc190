import { expect, test } from '@playwright/test';
import { assistantMessages, prefer, send, waitForReply } from './helpers.ts';

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

test('on a 375 px phone the chat works and the sidebar opens and closes', async ({ page }) => {
  await prefer(page, { locale: 'zh-CN' });
  await page.goto('/');
  const sidebar = page.getByRole('navigation', { name: '对话列表' });
  await expect(sidebar).toBeHidden();
  await expect(page.getByTestId('help-button')).toBeVisible();
  await expect(page.getByTestId('disclaimer')).toBeVisible();

  await send(page, '我觉得很孤独，下班以后没人说话。');
  await waitForReply(page, 1);
  await expect(assistantMessages(page).first()).toHaveAttribute('data-status', 'complete');
  // Nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const sendBox = await page.locator('.composer-box').boundingBox();
  expect(sendBox && sendBox.x >= 0 && sendBox.x + sendBox.width <= 375).toBe(true);

  await page.getByRole('button', { name: '打开对话列表' }).click();
  await expect(sidebar).toBeVisible();
  await expect(sidebar.locator('.new-chat')).toBeVisible();
  await expect(sidebar.locator('.session-item.is-current')).toContainText('我觉得很孤独');
  await sidebar.getByRole('button', { name: '关闭对话列表' }).click();
  await expect(sidebar).toBeHidden();
  // Escape closes it too.
  await page.getByRole('button', { name: '打开对话列表' }).click();
  await expect(sidebar).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sidebar).toBeHidden();

  // Starting a new conversation from the sidebar closes it again.
  await page.getByRole('button', { name: '打开对话列表' }).click();
  await sidebar.locator('.new-chat').click();
  await expect(sidebar).toBeHidden();
  await expect(page.getByText('你好，我在这里倾听。')).toBeVisible();
});
