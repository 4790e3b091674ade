import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UNLISTED_NAMES_PAGE } from '../../fixtures/pages.ts';
import { ANNOTATOR_GLOBAL } from '../../shared/annotator-contract.ts';
import { ENGLISH_PATH, SAMPLE_PATH, settledTermCount, startSession, tooltipText, type ExtensionGlobal, type Session } from './harness.ts';

describe('the built extension in Chromium', () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  // No test leaves a console error or an uncaught exception on any page, extension pages included.
  afterEach(() => {
    expect(session.errors).toEqual([]);
  });

  it('runs its content script on a Chinese news page served from 127.0.0.1', async () => {
    const page = await session.open(session.url(SAMPLE_PATH));
    await expect.poll(() => page.locator('guanhua-term[data-guanhua-kind="title"]').count()).toBeGreaterThan(10);
    expect(await page.getAttribute('html', 'data-guanhua')).toBe('zh');
    await page.close();
  });

  it('recognises a page without Chinese and leaves no trace on it', async () => {
    const page = await session.open(session.url(ENGLISH_PATH));
    const before = await page.content();
    // The content script answers the popup's question about the page: it ran, and decided.
    const replies = async () =>
      session.inWorker(async () => {
        const { chrome } = globalThis as unknown as ExtensionGlobal;
        const tabs = await chrome.tabs.query({});
        return Promise.all(tabs.map((tab) => chrome.tabs.sendMessage(tab.id ?? -1, { type: 'guanhua:page-terms' }).catch(() => null)));
      });
    await expect.poll(replies).toContainEqual({ state: 'not-chinese', hostname: '127.0.0.1', terms: [] });
    expect(await page.getAttribute('html', 'data-guanhua')).toBeNull();
    expect(await page.evaluate(() => performance.getEntries().filter((entry) => entry.name.startsWith('guanhua')).length)).toBe(0);
    expect(await page.content()).toBe(before);
    await page.close();
  });

  it('gives a hostile page script nothing to find, load or press', async () => {
    const page = await session.open(session.url(SAMPLE_PATH));
    await settledTermCount(page);
    const found = await page.evaluate(
      async ({ extensionId, global }) => {
        const url = `chrome-extension://${extensionId}/annotator.js`;
        const fetched = await fetch(url).then(
          (response) => `HTTP ${response.status}`,
          () => 'refused',
        );
        const loaded = await new Promise<string>((resolve) => {
          const script = document.createElement('script');
          script.src = url;
          script.onload = () => resolve('loaded');
          script.onerror = () => resolve('refused');
          document.head.append(script);
        });
        // Open a tooltip with synthetic events and press its buttons as a script would.
        const term = document.querySelector('guanhua-term');
        term?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
        term?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        const host = document.querySelector('guanhua-tooltip');
        for (const button of host?.shadowRoot?.querySelectorAll('button') ?? []) button.click();
        return {
          fetched,
          loaded,
          global: typeof (window as unknown as Record<string, unknown>)[global],
          marks: performance.getEntries().filter((entry) => entry.name.startsWith('guanhua')).length,
          tooltip: host === null ? 'none' : host.shadowRoot === null ? 'closed' : 'open',
        };
      },
      { extensionId: session.browser.extensionId, global: ANNOTATOR_GLOBAL },
    );
    expect(found).toEqual({ fetched: 'refused', loaded: 'refused', global: 'undefined', marks: 0, tooltip: expect.stringMatching(/^(none|closed)$/) });
    const { wordList } = await session.inWorker(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get('wordList'));
    expect(wordList ?? []).toEqual([]);
    // The page's own errors from the refused loads are expected here; nothing else may be logged.
    session.errors.splice(0, session.errors.length, ...session.errors.filter((error) => !error.includes('annotator.js') && !error.includes('ERR_')));
    await page.close();
  });

  it('leaves Alt+Shift+↓ to a text field the reader is typing in', async () => {
    const page = await session.open(session.url(SAMPLE_PATH));
    await settledTermCount(page);
    await page.evaluate(() => document.body.prepend(Object.assign(document.createElement('textarea'), { id: 'notes' })));
    await page.locator('#notes').click();
    await page.keyboard.type('笔记 notes');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await page.keyboard.type('!');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('notes');
    expect(await page.inputValue('#notes')).toContain('笔记 notes');
    expect(await tooltipText(page)).toBeNull();
    await page.close();
  });

  it('loads nothing but the detector on a Chinese page where Guanhua is off, and starts when switched on', async () => {
    await session.setSettings({ enabled: false });
    const start = session.requests.length;
    const page = await session.open(session.url(SAMPLE_PATH));
    await expect.poll(() => page.getAttribute('html', 'data-guanhua')).toBe('off');
    await page.waitForTimeout(500);
    expect(session.requests.slice(start).filter((url) => url.endsWith('/annotator.js'))).toEqual([]);
    await session.setSettings({ enabled: true });
    await expect.poll(() => page.locator('guanhua-term[data-guanhua-kind="title"]').count()).toBeGreaterThan(10);
    // Chrome reports the load under the dynamic id and again under the extension's own.
    expect(session.requests.slice(start).filter((url) => url.endsWith('/annotator.js')).length).toBeGreaterThan(0);
    await page.close();
  });

  it('loads pinyin-pro only on a page with names outside the dictionary, and reads them with it', async () => {
    session.server.setPage('/unlisted-names.html', { body: UNLISTED_NAMES_PAGE });
    const readerLoads = (from: number) => session.requests.slice(from).filter((url) => url.endsWith('/pinyin-reader.js'));
    const start = session.requests.length;
    const sample = await session.open(session.url(SAMPLE_PATH));
    expect(await settledTermCount(sample)).toBeGreaterThan(200);
    expect(readerLoads(start)).toEqual([]);
    await sample.close();

    const page = await session.open(session.url('/unlisted-names.html'));
    await settledTermCount(page);
    const name = page.locator('#lead guanhua-term[data-guanhua-kind="person"]').first();
    expect(await name.textContent()).toBe('李明远');
    expect(await name.locator('guanhua-char').evaluateAll((chars) => chars.map((char) => char.getAttribute('data-py')))).toEqual(['lǐ', 'míng', 'yuǎn']);
    expect(readerLoads(start).length).toBeGreaterThan(0);
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
    await expect.poll(() => article.locator('guanhua-term').count()).toBe(0);
    await toggle.click();
    await expect.poll(() => article.getAttribute('html', 'data-guanhua')).toBe('zh');
    await expect.poll(() => article.locator('guanhua-term[data-guanhua-kind="title"]').count()).toBeGreaterThan(10);

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

    // The extension's own files, under its id or (annotator.js) its per-session dynamic id.
    const allowed = [session.server.origin + '/', 'chrome-extension://'];
    const made = session.requests.slice(start);
    expect(made.length).toBeGreaterThan(0);
    expect(made.filter((url) => !allowed.some((prefix) => url.startsWith(prefix)))).toEqual([]);
    expect(session.errors).toEqual([]);
    await popup.close();
    await article.close();
  });
});
