import { expect, test } from '@playwright/test';
import { SLOW_BASE, assistantMessages, prefer, send, sessionIdFromUrl } from './helpers.ts';

// A server whose replies stream slowly, so the reply is certainly still running when Stop is pressed.
test.use({ baseURL: SLOW_BASE });

test('Stop interrupts the reply; it is kept, marked interrupted, after a reload', async ({
  page,
  request,
}) => {
  await prefer(page, { locale: 'zh-CN' });
  await page.goto('/');
  await send(page, '我这几天心情很低落。');
  const reply = assistantMessages(page).first();
  const stop = page.getByRole('button', { name: '停止生成' });
  await expect(stop).toBeVisible();
  await expect(reply.locator('.message-bubble')).not.toHaveText('', { timeout: 15_000 });
  await stop.click();

  await expect(reply).toHaveAttribute('data-status', 'interrupted');
  await expect(reply).toContainText('已停止——这条回复被中断了。');
  await expect(page.getByRole('button', { name: '发送' })).toBeVisible();
  const partial = (await reply.locator('.message-bubble').textContent()) ?? '';
  expect(partial.length).toBeGreaterThan(0);

  const id = sessionIdFromUrl(page);
  await expect
    .poll(async () => {
      const body = (await (await request.get(`/api/sessions/${id}`)).json()) as {
        messages: { role: string; status: string }[];
      };
      return body.messages.filter((m) => m.role === 'assistant').map((m) => m.status);
    })
    .toEqual(['interrupted']);

  await page.reload();
  await expect(reply).toHaveAttribute('data-status', 'interrupted');
  await expect(reply).toContainText('已停止');
  expect(((await reply.locator('.message-bubble').textContent()) ?? '').startsWith(partial.slice(0, 1))).toBe(
    true,
  );
});
