import { expect, type Page } from '@playwright/test';

export const SLOW_BASE = 'http://127.0.0.1:7878';

/**
 * Sets the UI language (and optionally theme) before the app's first script runs, once per tab:
 * a reload keeps whatever the UI itself stored since.
 */
export async function prefer(
  page: Page,
  prefs: { locale?: 'zh-CN' | 'en'; theme?: 'light' | 'dark' },
): Promise<void> {
  await page.addInitScript((p) => {
    if (sessionStorage.getItem('pw-prefs-set')) return;
    sessionStorage.setItem('pw-prefs-set', '1');
    if (p.locale) localStorage.setItem('carellm.locale', p.locale);
    if (p.theme) localStorage.setItem('carellm.theme', p.theme);
  }, prefs);
}

export const composer = (page: Page) => page.locator('#composer-input');
export const assistantMessages = (page: Page) => page.locator('.message-assistant');
export const userMessages = (page: Page) => page.locator('.message-user');

/** Types a message and sends it with Enter. */
export async function send(page: Page, text: string): Promise<void> {
  await composer(page).fill(text);
  await composer(page).press('Enter');
}

/** Waits until the n-th (1-based) assistant reply has finished streaming. */
export async function waitForReply(page: Page, n: number): Promise<void> {
  await expect(assistantMessages(page)).toHaveCount(n);
  await expect(assistantMessages(page).nth(n - 1)).not.toHaveAttribute('data-status', 'streaming', {
    timeout: 20_000,
  });
}

export function sessionIdFromUrl(page: Page): string {
  const m = /\/c\/([^/?#]+)/.exec(page.url());
  if (!m?.[1]) throw new Error(`no session id in ${page.url()}`);
  return m[1];
}

/**
 * Records, from inside the page, every state the last reply passes through: its text length
 * and whether the Stop button was on screen at that moment. Lets a test see streaming happen
 * without depending on how fast it happens.
 */
export async function recordStreaming(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __streamLog: { len: number; stop: boolean; status: string }[] };
    w.__streamLog = [];
    const observer = new MutationObserver(() => {
      const replies = document.querySelectorAll('.message-assistant');
      const last = replies[replies.length - 1];
      if (!last) return;
      const text = last.querySelector('.message-bubble')?.textContent ?? '';
      const stop = Boolean(document.querySelector('.composer-button.stop'));
      const status = last.getAttribute('data-status') ?? '';
      const prev = w.__streamLog[w.__streamLog.length - 1];
      if (!prev || prev.len !== text.length || prev.stop !== stop || prev.status !== status) {
        w.__streamLog.push({ len: text.length, stop, status });
      }
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
}

export async function streamLog(page: Page): Promise<{ len: number; stop: boolean; status: string }[]> {
  return page.evaluate(
    () =>
      (window as unknown as { __streamLog: { len: number; stop: boolean; status: string }[] }).__streamLog,
  );
}

/** An SSE body as the server would send it, for tests that need exact reply content. */
export function sseBody(events: Array<[string, unknown]>): string {
  return events.map(([event, data]) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`).join('');
}
