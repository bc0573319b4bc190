import { expect, test, type Page } from '@playwright/test';
import { prefer, send, sseBody, waitForReply } from './helpers.ts';

function mockTurn(page: Page, level: 'low' | 'high') {
  return page.route('**/api/sessions/*/messages', (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/event-stream; charset=utf-8' },
      body: sseBody([
        ['turn', { userMessageId: 'msg_u' }],
        ['risk', { level, reasons: ['test'], evidence: [] }],
        ['text-delta', { text: 'I am here with you.' }],
        ['done', { messageId: 'msg_a', status: 'complete', finishReason: 'stop' }],
      ]),
    }),
  );
}

test('a high-risk event pins the crisis panel; it can be minimised, never dismissed', async ({ page }) => {
  await mockTurn(page, 'high');
  await prefer(page, { locale: 'zh-CN' });
  await page.goto('/');
  await send(page, '（测试）');
  const panel = page.getByTestId('crisis-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: '你不必独自面对' })).toBeVisible();
  await expect(panel.locator('.hotline[data-number="12356"] a')).toHaveAttribute('href', 'tel:12356');
  await expect(panel.locator('details summary')).toHaveCount(2);

  await panel.getByRole('button', { name: '收起' }).click();
  await expect(panel).toHaveClass(/is-minimised/);
  await expect(panel).toContainText('求助资源');
  await expect(panel).toContainText('12356');
  await panel.getByRole('button', { name: /展开求助资源/ }).click();
  await expect(panel.locator('.hotline[data-number="12356"]')).toBeVisible();
});

test('a low-risk event pins nothing', async ({ page }) => {
  await mockTurn(page, 'low');
  await prefer(page, { locale: 'en' });
  await page.goto('/');
  await send(page, '(test)');
  await expect(page.locator('.message-assistant')).toHaveAttribute('data-status', 'complete');
  await expect(page.getByTestId('crisis-panel')).toHaveCount(0);
});

test('a crisis message pins the crisis panel, which stays after a reload', async ({ page, request }) => {
  const info = (await (await request.get('/api/info')).json()) as { stages: { safety: string } };
  test.skip(
    info.stages.safety === 'placeholder-safety',
    'The safety layer is not wired into this server yet (/api/info stages.safety is placeholder-safety).',
  );
  await prefer(page, { locale: 'zh-CN' });
  await page.goto('/');
  await send(page, '我不想活了，今晚就结束一切');
  const panel = page.getByTestId('crisis-panel');
  await expect(panel).toBeVisible();
  await expect(panel.locator('.hotline[data-number="12356"]')).toBeVisible();
  await waitForReply(page, 1);

  await page.reload();
  await expect(panel).toBeVisible();
  await expect(panel.locator('.hotline[data-number="12356"]')).toBeVisible();
  await panel.getByRole('button', { name: '收起' }).click();
  await page.reload();
  // Minimised survives a reload, and the panel is still there.
  await expect(panel).toHaveClass(/is-minimised/);
  await expect(panel).toContainText('12356');
});

test('someone else at risk: the reply carries help-a-friend guidance, and no crisis panel is pinned', async ({
  page,
}) => {
  await prefer(page, { locale: 'zh-CN' });
  await page.goto('/');
  await send(page, '我朋友说她不想活了，我该怎么帮她');
  const note = page.getByTestId('help-friend');
  await expect(note).toBeVisible();
  await expect(note).toContainText('如果是身边的人可能有危险');
  await expect(note).toContainText('12356');
  await expect(page.getByTestId('crisis-panel')).toHaveCount(0);
});
