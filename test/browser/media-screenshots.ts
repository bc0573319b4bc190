/**
 * Review screenshots of the composer's media states (light, dark, 375 px phone and desktop), on a
 * voice-capable server of its own with the fake microphone. Not a test: run it and look.
 *   node --import tsx test/browser/media-screenshots.ts [outDir]
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { MediaFixtures } from '../support/media-fixtures.ts';
import { launchOptions } from './launch.ts';
import { fakeMediaArgs, fakeMicWav, startFakeModel, startVoiceServer } from './media-helpers.ts';

const out = process.argv[2] ?? '/tmp/media-shots';
mkdirSync(out, { recursive: true });
const fixtures = new MediaFixtures();
const model = await startFakeModel();
const server = await startVoiceServer(7889, model.url);

async function shoot(
  name: string,
  opts: { width: number; height: number; locale: 'zh-CN' | 'en'; theme: 'light' | 'dark' },
) {
  const browser = await chromium.launch({
    ...launchOptions,
    args: [...launchOptions.args, ...fakeMediaArgs(fakeMicWav())],
  });
  const context = await browser.newContext({
    viewport: { width: opts.width, height: opts.height },
    colorScheme: opts.theme,
    permissions: ['microphone'],
  });
  await context.addInitScript((p) => {
    localStorage.setItem('carellm.locale', p.locale);
    localStorage.setItem('carellm.theme', p.theme);
  }, opts);
  const page = await context.newPage();
  const snap = (step: string) => page.screenshot({ path: path.join(out, `${name}-${step}.png`) });
  await page.goto(server.url);
  await page.locator('.welcome').waitFor();

  // A photo waiting to be sent.
  await page.getByTestId('media-file-input').setInputFiles({
    name: 'evening-walk.jpg',
    mimeType: 'image/jpeg',
    buffer: readFileSync(fixtures.jpegWithGps()),
  });
  await page
    .locator('#composer-input')
    .fill(opts.locale === 'zh-CN' ? '这是我散步的地方' : 'This is where I walk');
  await snap('1-pending');
  await page.keyboard.press('Enter');
  await waitReply(page, 1);

  // Recording.
  model.transcript =
    opts.locale === 'zh-CN' ? '我最近总是睡不着，心里很乱。' : 'I keep waking up at night and my mind races.';
  await page.getByTestId('record-button').click();
  await page.getByTestId('voice-timer').filter({ hasText: '0:02' }).waitFor();
  await snap('2-recording');
  await page.getByTestId('voice-send').click();
  await waitReply(page, 2);
  await page.locator('.message-assistant').nth(1).getByTestId('read-aloud').click();
  await page.getByTestId('speaking-bar').waitFor();
  await snap('3-transcript-speaking');
  await page.getByTestId('speaking-stop').click();

  // Hands-free, listening.
  await page.getByTestId('handsfree-button').click();
  await page.locator('[data-testid="voice-bar"][data-mode="hearing"]').waitFor({ timeout: 15_000 });
  await snap('4-handsfree-hearing');
  await page.getByTestId('handsfree-button').click();

  // A refused file.
  await page
    .getByTestId('media-file-input')
    .setInputFiles({ name: 'scan.heic', mimeType: 'image/heic', buffer: Buffer.from('x') });
  await snap('5-problem');

  // Voice unavailable (as on a server without transcription), with its note open.
  await page.route('**/api/voice', (r) =>
    r.fulfill({
      json: {
        transcription: {
          available: false,
          reason: {
            en: 'Voice input is off: no speech recognition is set up. Configure a local sherpa-onnx model folder (CARELLM_ASR_MODEL_DIR) or a back end that accepts audio.',
            'zh-CN':
              '语音输入已关闭：尚未配置语音识别。请配置本地 sherpa-onnx 模型文件夹（CARELLM_ASR_MODEL_DIR），或使用支持音频输入的后端。',
          },
        },
        tts: { voices: [] },
      },
    }),
  );
  await page.reload();
  await page.getByTestId('record-button').focus();
  await page.keyboard.press('Enter');
  await snap('6-voice-off');
  if (opts.width >= 600) {
    await page.locator('.topbar .settings-button').click();
    await page.getByTestId('speech-settings').scrollIntoViewIfNeeded();
    await snap('7-settings');
  }
  await browser.close();
}

async function waitReply(page: Page, n: number) {
  await page
    .locator('.message-assistant[data-status="complete"]')
    .nth(n - 1)
    .waitFor({ timeout: 30_000 });
}

try {
  await shoot('en-phone-light', { width: 375, height: 740, locale: 'en', theme: 'light' });
  await shoot('zh-phone-dark', { width: 375, height: 740, locale: 'zh-CN', theme: 'dark' });
  await shoot('zh-desktop-light', { width: 1280, height: 800, locale: 'zh-CN', theme: 'light' });
  console.log(`screenshots in ${out}`);
} finally {
  await server.close();
  await model.close();
  fixtures.cleanup();
}
