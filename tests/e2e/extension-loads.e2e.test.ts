import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH_PATH, SAMPLE_PATH, startSession, type Session } from './harness.ts';

describe('the built extension in Chromium', () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('runs its content script on a Chinese news page served from 127.0.0.1', async () => {
    const page = await session.open(session.url(SAMPLE_PATH));
    await expect.poll(() => page.getAttribute('html', 'data-guanhua')).toBe('zh');
    await page.close();
  });

  it('recognises a page without Chinese and leaves it alone', async () => {
    const page = await session.open(session.url(ENGLISH_PATH));
    await expect.poll(() => page.getAttribute('html', 'data-guanhua')).toBe('not-chinese');
    await page.close();
  });

  it('renders the popup from its extension page', async () => {
    const popup = await session.open(session.popupUrl());
    await expect.poll(() => popup.textContent('h1')).toContain('Guanhua');
    const toggle = popup.getByRole('switch', { name: 'Annotate pages' });
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await popup.close();
  });

  it('applies the popup switch to an open page without a reload', async () => {
    const article = await session.open(session.url(SAMPLE_PATH));
    await expect.poll(() => article.getAttribute('html', 'data-guanhua')).toBe('zh');
    // Count navigations: a reload would reset this marker.
    await article.evaluate(() => Object.assign(window, { notReloaded: true }));

    const popup = await session.open(session.popupUrl());
    const toggle = popup.getByRole('switch', { name: 'Annotate pages' });
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    await toggle.click();
    await expect.poll(() => article.getAttribute('html', 'data-guanhua')).toBe('off');
    await toggle.click();
    await expect.poll(() => article.getAttribute('html', 'data-guanhua')).toBe('zh');

    expect(await article.evaluate(() => 'notReloaded' in window)).toBe(true);
    await popup.close();
    await article.close();
  });

  it('makes no network request beyond the local test server, with no errors', async () => {
    const start = session.requests.length;
    const article = await session.open(session.url(SAMPLE_PATH));
    await expect.poll(() => article.getAttribute('html', 'data-guanhua')).toBe('zh');
    const popup = await session.open(session.popupUrl());
    await popup.getByRole('switch', { name: 'Annotate pages' }).click();
    await popup.getByRole('switch', { name: 'Annotate pages' }).click();
    await article.reload();
    await expect.poll(() => article.getAttribute('html', 'data-guanhua')).toBe('zh');

    const allowed = [session.server.origin + '/', `chrome-extension://${session.browser.extensionId}/`];
    const made = session.requests.slice(start);
    expect(made.length).toBeGreaterThan(0);
    expect(made.filter((url) => !allowed.some((prefix) => url.startsWith(prefix)))).toEqual([]);
    expect(session.errors).toEqual([]);
    await popup.close();
    await article.close();
  });
});
