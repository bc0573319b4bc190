import { expect, test, type Page } from '@playwright/test';
import { prefer, send, sessionIdFromUrl, sseBody, userMessages, waitForReply } from './helpers.ts';

/** Answers a questionnaire on the page: the n-th answer picks the option with that value. */
async function answerAll(page: Page, answers: number[], labels: string[]): Promise<void> {
  for (const [i, value] of answers.entries()) {
    const group = page.getByRole('group', { name: new RegExp(`Question ${i + 1} of ${answers.length}`) });
    await group.getByRole('radio', { name: labels[value]!, exact: true }).check();
  }
}

const PHQ_OPTIONS = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];

test('a PHQ-9 with item 9 = 0 shows the score, the band and its meaning; no crisis panel', async ({
  page,
}) => {
  await prefer(page, { locale: 'en' });
  await page.goto('/');
  await page.getByTestId('nav-checkin').click();
  await expect(page).toHaveURL(/\/check-in$/);
  await page.getByRole('link', { name: /^Begin PHQ-9/ }).click();
  await expect(page).toHaveURL(/\/check-in\/phq9$/);
  await expect(page.getByRole('group')).toHaveCount(9);

  // Submitting with questions open says how many, and changes nothing.
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('alert')).toHaveText('Please answer every question — 9 still open.');

  // 2+1+1+1+0+0+1+1+0 = 7: mild (5–9).
  await answerAll(page, [2, 1, 1, 1, 0, 0, 1, 1, 0], PHQ_OPTIONS);
  await expect(page.getByText('9 of 9 answered').first()).toBeVisible();
  await page.getByRole('button', { name: 'See my result' }).click();

  const result = page.getByTestId('screening-result');
  await expect(result).toBeVisible();
  await expect(page.getByTestId('screening-score')).toHaveText('7 of 27');
  await expect(page.getByTestId('screening-band')).toHaveText('Mild');
  await expect(result).toContainText('some mild difficulties');
  await expect(result).toContainText('not a diagnosis');
  await expect(result).toHaveAttribute('data-crisis', 'false');
  await expect(page.getByTestId('crisis-panel')).toHaveCount(0);
  // The trend lists this result.
  await expect(page.getByTestId('trend-phq9').locator('.trend-list li').first()).toContainText('7 of 27');
});

test('a PHQ-9 with item 9 > 0 pins the crisis panel at once, and the conversation keeps it', async ({
  page,
}) => {
  await prefer(page, { locale: 'en' });
  await page.goto('/');
  await send(page, 'It has been a long week.');
  await waitForReply(page, 1);
  const id = sessionIdFromUrl(page);
  await expect(page.getByTestId('crisis-panel')).toHaveCount(0);

  await page.getByTestId('nav-checkin').click();
  await expect(page).toHaveURL(new RegExp(`/c/${id}/check-in$`));
  await page.getByRole('link', { name: /^Begin PHQ-9/ }).click();
  // Total 1 (minimal), but item 9 is "Several days".
  await answerAll(page, [0, 0, 0, 0, 0, 0, 0, 0, 1], PHQ_OPTIONS);
  await page.getByRole('button', { name: 'See my result' }).click();

  const panel = page.getByTestId('crisis-panel');
  await expect(panel).toBeVisible();
  await expect(panel.locator('.hotline').first()).toBeVisible();
  await expect(page.getByTestId('screening-band')).toHaveText('Minimal');
  await expect(page.getByTestId('screening-result')).toHaveAttribute('data-crisis', 'true');

  await page.getByRole('link', { name: 'Back to the conversation' }).click();
  await expect(page).toHaveURL(new RegExp(`/c/${id}$`));
  await expect(panel).toBeVisible();
  // Flagged on the server: still pinned after a reload.
  await page.reload();
  await expect(panel).toBeVisible();
});

test('outside a conversation, item 9 > 0 pins the crisis panel too', async ({ page }) => {
  await prefer(page, { locale: 'zh-CN' });
  await page.goto('/check-in/phq9');
  const options = ['完全不会', '好几天', '一半以上的天数', '几乎每天'];
  for (let i = 0; i < 9; i++) {
    const group = page.getByRole('group', { name: new RegExp(`第 ${i + 1} 题，共 9 题`) });
    await group.getByRole('radio', { name: options[i === 8 ? 2 : 0]!, exact: true }).check();
  }
  await page.getByRole('button', { name: '查看结果' }).click();
  const panel = page.getByTestId('crisis-panel');
  await expect(panel).toBeVisible();
  await expect(panel.locator('.hotline[data-number="12356"]')).toBeVisible();
  await expect(page.getByTestId('screening-result')).toContainText('请现在就联系一个人');
  // It stays on screen when the person goes on to the start page.
  await page.getByTestId('nav-report').click();
  await expect(panel).toBeVisible();
});

test('the emotion panel reads a sad message: labels, cues, and the words marked in the message', async ({
  page,
}) => {
  await prefer(page, { locale: 'en' });
  await page.goto('/');
  await send(page, 'I feel so sad and lonely today');
  await waitForReply(page, 1);

  const panel = page.getByTestId('emotion-panel');
  const labels = panel.getByTestId('emotion-labels');
  await expect(labels.locator('li[data-label="sadness"]')).toHaveClass(/is-likely/);
  await expect(labels.locator('li[data-label="sadness"]')).toContainText('Sadness');
  await expect(panel.getByTestId('indicators').locator('[data-indicator="low_mood"]')).toContainText(
    'feeling down',
  );
  await expect(panel.getByTestId('indicators').locator('[data-indicator="loneliness"]')).toBeVisible();
  await expect(panel).toContainText('not a diagnosis');
  const marks = userMessages(page).first().locator('mark');
  await expect(marks.filter({ hasText: /^sad$/ })).toHaveCount(1);
  await expect(marks.filter({ hasText: /^lonely$/ })).toHaveCount(1);
  // The message text itself is unchanged by the marks.
  await expect(userMessages(page).first().locator('.message-plain')).toHaveText(
    'I feel so sad and lonely today',
  );

  // After a reload the reading comes from the stored analyses; the labels read in Chinese too.
  await page.getByTestId('lang-switch').click();
  await page.reload();
  await expect(labels.locator('li[data-label="sadness"]')).toContainText('悲伤');
  await expect(userMessages(page).first().locator('mark').first()).toBeVisible();

  // Suggestions offer feedback.
  const first = panel.getByTestId('suggestions').locator('.suggestion-card').first();
  await first.getByRole('button', { name: '有帮助' }).click();
  await expect(first.getByRole('status')).toContainText('谢谢');
});

test('the panel collapses (remembered) and, on a phone, opens as a bottom sheet', async ({ page }) => {
  await prefer(page, { locale: 'en' });
  await page.goto('/');
  await send(page, 'I feel so sad and lonely today');
  await waitForReply(page, 1);
  await expect(page.getByTestId('emotion-labels')).toBeVisible();
  await page.getByTestId('panel-collapse').click();
  await expect(page.getByTestId('emotion-panel')).toHaveCount(0);
  await page.reload();
  await expect(userMessages(page)).toHaveCount(1);
  await expect(page.getByTestId('emotion-panel')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the emotion panel' }).click();
  await expect(page.getByTestId('emotion-labels')).toBeVisible();

  await page.setViewportSize({ width: 375, height: 740 });
  await expect(page.getByTestId('emotion-panel')).toBeHidden();
  await page.getByTestId('panel-toggle').click();
  await expect(page.getByTestId('emotion-labels')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('emotion-panel')).toBeHidden();
});

test('a placeholder reading is shown as not available, and a check-in offer opens the form', async ({
  page,
}) => {
  await page.route('**/api/sessions/*/messages', (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/event-stream; charset=utf-8' },
      body: sseBody([
        ['turn', { userMessageId: 'msg_u' }],
        ['risk', { level: 'none', reasons: [], evidence: [] }],
        ['emotion', { labels: [], predicted: [], analyser: 'placeholder', placeholder: true }],
        [
          'safety',
          {
            kind: 'check-in',
            action: 'offer-screening',
            instrument: 'gad7',
            text: 'Would you like a short check-in? (GAD-7)',
          },
        ],
        ['text-delta', { text: 'That sounds like a lot to carry.' }],
        ['done', { messageId: 'msg_a', status: 'complete', finishReason: 'stop' }],
      ]),
    }),
  );
  await prefer(page, { locale: 'en' });
  await page.goto('/');
  await send(page, 'I keep worrying about everything');
  await expect(page.getByTestId('emotion-unavailable')).toContainText('not available');
  await expect(page.getByTestId('emotion-labels')).toHaveCount(0);

  const offer = page.locator('.message-assistant').getByTestId('checkin-offer');
  await expect(offer).toContainText('Would you like a short check-in? (GAD-7)');
  await offer.getByRole('button', { name: 'Start check-in' }).click();
  await expect(page).toHaveURL(/\/c\/[^/]+\/check-in\/gad7$/);
  await expect(page.getByRole('group')).toHaveCount(7);
  await page.goBack();
  await expect(page.getByTestId('checkin-offer')).toHaveCount(0);
});

test('"Not now" puts a check-in offer away', async ({ page }) => {
  await page.route('**/api/sessions/*/messages', (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/event-stream; charset=utf-8' },
      body: sseBody([
        ['turn', { userMessageId: 'msg_u' }],
        [
          'safety',
          { kind: 'check-in', action: 'offer-screening', instrument: 'phq9', text: '要不要做个自我检查？' },
        ],
        ['text-delta', { text: '我在听。' }],
        ['done', { messageId: 'msg_a', status: 'complete', finishReason: 'stop' }],
      ]),
    }),
  );
  await prefer(page, { locale: 'zh-CN' });
  await page.goto('/');
  await send(page, '最近一直很低落');
  const offer = page.getByTestId('checkin-offer');
  await expect(offer.getByRole('button', { name: '开始自我检查' })).toBeVisible();
  await offer.getByRole('button', { name: '以后再说' }).click();
  await expect(offer).toHaveCount(0);
});

test('the report page shows the disclaimer, charts and a download of the HTML report', async ({
  page,
  request,
}) => {
  await prefer(page, { locale: 'en' });
  await page.goto('/');
  await send(page, 'I feel so sad and lonely today');
  await waitForReply(page, 1);
  const id = sessionIdFromUrl(page);
  await page.getByTestId('nav-report').click();
  await expect(page).toHaveURL(new RegExp(`/c/${id}/report$`));
  await expect(page.getByTestId('report-disclaimer')).toContainText('not a diagnosis');
  await expect(page.locator('.tone-chart')).toBeVisible();
  await expect(page.getByTestId('report-distribution')).toContainText('Sadness');
  await expect(page.getByTestId('key-moments')).toContainText('I feel so sad and lonely today');
  const href = await page.getByTestId('report-download').getAttribute('href');
  expect(href).toContain(`sessionId=${id}`);
  expect(href).toContain('download=1');
  const res = await request.get(href!);
  expect(res.headers()['content-disposition']).toContain('attachment');
  expect(await res.text()).toContain('id="report-data"');

  // The all-conversations report, from the sidebar entry without a conversation.
  await page.getByRole('radio', { name: 'All conversations' }).click();
  await expect(page).toHaveURL(/\/report$/);
  await expect(page.getByTestId('report-disclaimer')).toBeVisible();
});

test('hostile text in a message stays inert on the report page', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const hostile = 'I feel so sad and hopeless <img src=x onerror=alert(1)> <script>alert(2)</script>';
  await prefer(page, { locale: 'en' });
  await page.goto('/');
  await send(page, hostile);
  await waitForReply(page, 1);
  await page.getByTestId('nav-report').click();
  await expect(page.getByTestId('report-disclaimer')).toBeVisible();
  const moments = page.getByTestId('key-moments');
  await expect(moments).toContainText('<img src=x onerror=alert(1)>');
  await expect(moments).toContainText('<script>alert(2)</script>');
  await expect(page.locator('.report-page img, .report-page script')).toHaveCount(0);
  await expect(page.locator('[onerror]')).toHaveCount(0);
  await page.waitForTimeout(300); // a broken image's onerror would have fired by now
  expect(dialogs).toEqual([]);
});
