/**
 * Photos, bad files, reading replies aloud, and voice being off, on the default test server. That
 * server has no transcription path (built-in engine, no local model), so voice input must be
 * disabled there, with the reason. Recording itself is in media-voice.spec.ts.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { MediaFixtures } from '../support/media-fixtures.ts';
import { prefer, send, sessionIdFromUrl, sseBody, userMessages, waitForReply } from './helpers.ts';

const fixtures = new MediaFixtures();

test.afterAll(() => fixtures.cleanup());

/** The bytes of a stored attachment, fetched by the page itself (same origin, as the UI does). */
async function attachmentBytes(
  page: Page,
  url: string,
): Promise<{ type: string; head: string; hasExif: boolean; hasGps: boolean; size: number }> {
  return page.evaluate(async (u) => {
    const res = await fetch(u);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = Array.from(bytes, (b) => String.fromCharCode(b)).join('');
    return {
      type: res.headers.get('content-type') ?? '',
      head: Array.from(bytes.slice(0, 2), (b) => b.toString(16).padStart(2, '0')).join(''),
      hasExif: text.includes('Exif'),
      hasGps: text.includes('GPS'),
      size: bytes.length,
    };
  }, url);
}

test.describe('without a transcription path (default server)', () => {
  test('voice input is disabled, and says why in both languages', async ({ page }) => {
    await prefer(page, { locale: 'en' });
    await page.goto('/');
    const mic = page.getByTestId('record-button');
    await expect(mic).toHaveAttribute('aria-disabled', 'true');
    await expect(mic).toHaveAccessibleName('Voice input is unavailable');
    await expect(mic).toHaveAccessibleDescription(/Voice input is off: no speech recognition is set up/);
    await expect(page.getByTestId('handsfree-button')).toHaveCount(0);
    // aria-disabled (not disabled): it stays focusable, and pressing it explains instead of recording.
    await mic.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('voice-unavailable')).toContainText('CARELLM_ASR_MODEL_DIR');
    await expect(page.getByTestId('voice-bar')).toHaveCount(0); // nothing started recording

    await page.getByTestId('lang-switch').click();
    await expect(page.getByTestId('voice-unavailable')).toContainText('语音输入已关闭');
    await expect(mic).toHaveAccessibleName('语音输入不可用');

    await page.locator('.topbar .settings-button').click();
    await expect(page.getByTestId('voice-status')).toContainText('语音输入已关闭');
  });

  test('a photo uploads with the message, shows as a thumbnail, and is stored without EXIF', async ({
    page,
  }) => {
    await prefer(page, { locale: 'en' });
    await page.goto('/');
    const jpeg = fixtures.jpegWithGps();
    expect(fs.readFileSync(jpeg).includes(Buffer.from('GPS'))).toBe(true);
    await page
      .getByTestId('media-file-input')
      .setInputFiles({ name: 'walk.jpg', mimeType: 'image/jpeg', buffer: fs.readFileSync(jpeg) });
    const pending = page.getByTestId('pending-attachments');
    await expect(pending.locator('li[data-kind="image"]')).toContainText('walk.jpg');
    await send(page, 'This is where I walk when I feel low.');
    await waitForReply(page, 1);
    await expect(pending).toHaveCount(0);

    const img = userMessages(page).locator('[data-testid="attachment-image"] img');
    await expect(img).toHaveAttribute('src', /\/api\/sessions\/[^/]+\/attachments\/[^/]+$/);
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0))
      .toBe(true);
    await expect(img).toHaveAccessibleName('Photo you sent: walk.jpg');
    await expect(userMessages(page).locator('.message-bubble')).toHaveText(
      'This is where I walk when I feel low.',
    );

    const stored = await attachmentBytes(page, (await img.getAttribute('src'))!);
    expect(stored).toMatchObject({ type: 'image/jpeg', head: 'ffd8', hasExif: false, hasGps: false });
    expect(stored.size).toBeGreaterThan(500);

    // After a reload the photo is still there, from the server.
    await page.reload();
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0))
      .toBe(true);
  });

  test('a bad file gets a clear error and nothing is added', async ({ page, request }) => {
    await prefer(page, { locale: 'en' });
    await page.goto('/');
    const input = page.getByTestId('media-file-input');

    // Refused in the browser: not a photo or video at all.
    await input.setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('dear diary'),
    });
    await expect(page.getByTestId('media-problem')).toContainText('“notes.txt” can’t be sent');
    await expect(page.getByTestId('pending-attachments')).toHaveCount(0);
    await page.getByTestId('media-problem').getByRole('button').click();

    // Refused by the server, which checks the content: a ".jpg" that is really text.
    await input.setInputFiles({
      name: 'holiday.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('this is plain text, not a photo\n'.repeat(20)),
    });
    await expect(page.getByTestId('pending-attachments')).toContainText('holiday.jpg');
    await send(page, 'look at this');
    const alert = page.locator('.send-error');
    await expect(alert).toContainText(
      /could not be sent: (This file format is not supported|The file content does not match)/,
    );
    await expect(userMessages(page)).toHaveCount(0);
    await expect(page.locator('.message-assistant')).toHaveCount(0);
    // The text and the file stay, to fix and send again.
    await expect(page.locator('#composer-input')).toHaveValue('look at this');
    await expect(page.getByTestId('pending-attachments')).toContainText('holiday.jpg');
    const id = sessionIdFromUrl(page);
    const detail = (await (await request.get(`/api/sessions/${id}`)).json()) as { messages: unknown[] };
    expect(detail.messages).toEqual([]);
  });

  test('a reply can be read aloud (server speech here) and stopped', async ({ page }) => {
    await prefer(page, { locale: 'zh-CN' });
    await page.goto('/');
    await send(page, '最近睡不好');
    await waitForReply(page, 1);
    const button = page.locator('.message-assistant').getByTestId('read-aloud');
    await expect(button).toHaveText('朗读');
    const speech = page.waitForResponse((r) => r.url().endsWith('/api/speech'));
    await button.click();
    const res = await speech;
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('audio/wav');
    expect((res.request().postDataJSON() as { locale: string }).locale).toBe('zh-CN');
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('speaking-bar')).toBeVisible();
    await page.getByTestId('speaking-stop').click();
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByTestId('speaking-bar')).toHaveCount(0);
  });
});

test('streamed reply speech plays only for text the output guard passed', async ({ page }) => {
  // Count the audio chunks the page actually starts playing.
  await page.addInitScript(() => {
    const w = window as unknown as { __chunks: number };
    w.__chunks = 0;
    const start = AudioBufferSourceNode.prototype.start;
    AudioBufferSourceNode.prototype.start = function (...args: Parameters<typeof start>) {
      w.__chunks++;
      return start.apply(this, args);
    };
  });
  const pcm = Buffer.alloc(2400 * 2).toString('base64'); // 0.1 s of PCM16 at 24 kHz
  const audio = (transcript: string) => [
    'audio-delta',
    { data: pcm, sampleRate: 24000, format: 'pcm16', transcript },
  ];
  await page.route('**/api/sessions/*/messages', (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/event-stream; charset=utf-8' },
      body: sseBody([
        ['turn', { userMessageId: 'msg_u' }],
        ['risk', { level: 'none', reasons: [], evidence: [] }],
        // Audio first: it must wait for its text.
        audio('I hear you. ') as [string, unknown],
        ['text-delta', { text: 'I hear you. ' }],
        // Speech for a sentence the guard then blocks: never played.
        audio('Here is something unsafe.') as [string, unknown],
        ['safety', { kind: 'output-blocked', action: 'replaced' }],
        ['text-delta', { text: 'I can’t help with that, but I’m here with you.' }],
        audio(' And more.') as [string, unknown],
        ['done', { messageId: 'msg_a', status: 'complete', finishReason: 'stop' }],
      ]),
    }),
  );
  await prefer(page, { locale: 'en' });
  await page.goto('/');
  await send(page, 'hello');
  await waitForReply(page, 1);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __chunks: number }).__chunks)).toBe(1);
});
