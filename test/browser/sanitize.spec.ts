import { expect, test } from '@playwright/test';
import { prefer, send, sseBody, userMessages, waitForReply } from './helpers.ts';

const HOSTILE = 'hello <img src=x onerror=alert(1)> and [x](javascript:alert(1)) <script>alert(2)</script>';

test('HTML and javascript: links in a message render inert', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await prefer(page, { locale: 'en' });
  await page.goto('/');
  await send(page, HOSTILE);
  await waitForReply(page, 1);
  await page.reload();
  await expect(userMessages(page)).toHaveCount(1);

  // Shown as the literal text the person typed, never as markup.
  await expect(userMessages(page).first()).toContainText('<img src=x onerror=alert(1)>');
  await expect(userMessages(page).first()).toContainText('[x](javascript:alert(1))');
  await expect(page.locator('.message-list img')).toHaveCount(0);
  await expect(page.locator('[onerror]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(page.locator('.message-list script')).toHaveCount(0);
  await page.waitForTimeout(300); // give a broken image's onerror the chance to fire
  expect(dialogs).toEqual([]);
});

test('Markdown in a reply is rendered, and unsafe parts of it are not', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const reply = [
    '**Grounding** helps.\n\n',
    '- one\n- two\n\n',
    'Raw: <img src=x onerror=alert(1)> <b onclick="alert(3)">bold</b>\n\n',
    '[x](javascript:alert(1)) [y](data:text/html,<script>alert(4)</script>) [z](JAVASCRIPT:alert(5)) ',
    '[safe](https://example.org/help) ![pic](https://example.org/p.png)',
  ];
  await page.route('**/api/sessions/*/messages', (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/event-stream; charset=utf-8' },
      body: sseBody([
        ['turn', { userMessageId: 'msg_u' }],
        ['risk', { level: 'none', reasons: [], evidence: [] }],
        ...reply.map((text): [string, unknown] => ['text-delta', { text }]),
        ['done', { messageId: 'msg_a', status: 'complete', finishReason: 'stop' }],
      ]),
    }),
  );
  await prefer(page, { locale: 'en' });
  await page.goto('/');
  await send(page, 'show me');
  const bubble = page.locator('.message-assistant .markdown');
  await expect(bubble.locator('strong')).toHaveText('Grounding');
  await expect(bubble.locator('li')).toHaveCount(2);
  await expect(bubble.locator('a[href="https://example.org/help"]')).toHaveAttribute('rel', /noopener/);
  await expect(bubble.locator('a[href="https://example.org/help"]')).toHaveAttribute('target', '_blank');

  await expect(page.locator('.message-list img')).toHaveCount(0);
  await expect(page.locator('[onerror], [onclick]')).toHaveCount(0);
  await expect(bubble.locator('b')).toHaveCount(0);
  for (const a of await bubble.locator('a').all()) {
    expect(await a.getAttribute('href')).toMatch(/^https:\/\//);
  }
  await expect(bubble.getByText('x', { exact: true })).toBeVisible();
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});
