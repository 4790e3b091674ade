// The built Firefox add-on (MV2) in a real, headless Firefox: the same user-facing checks as in
// Chromium where Firefox lets a test make them. What it cannot: read the tooltip's text (its
// shadow root is closed to page scripts, and WebDriver BiDi has no way through it as the DevTools
// protocol has in Chromium), so the tooltip is checked by its place and the Save button by what
// it saves.
import { readFileSync } from 'node:fs';
import type { Browser, ElementHandle, HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_KINDS } from '../../engine/dictionary-format.ts';
import { asDictionary } from '../../engine/load-dictionary.ts';
import { UNLISTED_NAMES_PAGE, WEATHER_PAGE } from '../../fixtures/pages.ts';
import { renderSamplePage } from '../../fixtures/sample-page.ts';
import { launchWithExtension } from '../../scripts/lib/launch-extension.ts';
import { launchFirefoxWithAddon, type FirefoxWithAddon } from '../../scripts/lib/launch-firefox.ts';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR, GENERATED_DICTIONARY } from '../../scripts/lib/paths.ts';
import { loadSampleSource } from '../../scripts/lib/sources.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';

const KINDS: readonly string[] = ENTRY_KINDS;
const dictionary = asDictionary(JSON.parse(readFileSync(GENERATED_DICTIONARY, 'utf8')));

/** The marks of each kind on a page, once its annotation work is done. */
async function settledCounts(page: Page): Promise<Record<string, number>> {
  await page.waitForFunction(() => document.documentElement.getAttribute('data-guanhua') === 'zh' && !document.documentElement.hasAttribute('data-guanhua-busy') && document.querySelector('guanhua-term') !== null, { timeout: 30_000 });
  return page.evaluate((kinds) => Object.fromEntries(kinds.map((kind) => [kind, document.querySelectorAll(`guanhua-term[data-guanhua-kind="${kind}"]`).length])), KINDS);
}

const serializeBody = (page: Page) => page.evaluate(() => new XMLSerializer().serializeToString(document.body));

describe('the built add-on in Firefox', () => {
  let server: StaticServer;
  let firefox: FirefoxWithAddon;
  let browser: Browser;
  const requests: string[] = [];

  /** A new tab on `url`, its requests recorded. */
  async function open(url: string): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    page.on('request', (request: HTTPRequest) => requests.push(request.url()));
    await page.goto(url);
    return page;
  }

  /**
   * The popup's page in a tab. Firefox never reports that navigation finished, and a script run
   * while the tab leaves about:blank fails: ask again until the popup itself is there.
   */
  async function openPopup(): Promise<Page> {
    const popup = await browser.newPage();
    popup.goto(`${firefox.extensionOrigin}popup.html`).catch(() => undefined);
    const deadline = Date.now() + 20_000;
    for (;;) {
      const ready = await popup
        .evaluate(() => location.protocol === 'moz-extension:' && document.querySelector('[role="switch"][aria-label="Annotate pages"]:not([disabled])') !== null)
        .catch(() => false);
      if (ready) return popup;
      if (Date.now() > deadline) throw new Error('The popup did not open');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Sets the popup's switch of this name (its aria-label or its label's text) by clicking it. */
  async function setSwitch(popup: Page, name: string, on: boolean): Promise<void> {
    const find = (wanted: string) =>
      [...document.querySelectorAll<HTMLInputElement>('input[role="switch"]')].find(
        (input) => input.getAttribute('aria-label') === wanted || input.closest('label')?.querySelector('.setting__name')?.textContent === wanted,
      ) ?? null;
    const handle = (await popup.evaluateHandle(find, name)).asElement() as ElementHandle<HTMLInputElement> | null;
    if (!handle) throw new Error(`The popup has no switch "${name}"`);
    if ((await handle.evaluate((input) => input.checked)) !== on) await handle.click();
    await popup.waitForFunction((wanted, state) => {
      const input = [...document.querySelectorAll<HTMLInputElement>('input[role="switch"]')].find(
        (candidate) => candidate.getAttribute('aria-label') === wanted || candidate.closest('label')?.querySelector('.setting__name')?.textContent === wanted,
      );
      return input?.checked === state;
    }, {}, name, on);
  }

  beforeAll(async () => {
    server = await startStaticServer({
      '/sample-article.html': { body: renderSamplePage(loadSampleSource()) },
      '/english.html': { body: WEATHER_PAGE },
      '/unlisted-names.html': { body: UNLISTED_NAMES_PAGE },
    });
    firefox = await launchFirefoxWithAddon(FIREFOX_BUILD_DIR);
    browser = firefox.browser;
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  // No test leaves a console error or an uncaught exception, in pages, content scripts or the add-on's pages.
  afterEach(() => {
    expect(firefox.errors).toEqual([]);
  });

  it('marks the sample article with the same terms of each kind as Chromium', async () => {
    const page = await open(`${server.origin}/sample-article.html`);
    const inFirefox = await settledCounts(page);
    await page.close();
    const chromium = await launchWithExtension({ extensionDir: CHROME_BUILD_DIR, headless: true });
    try {
      const chromiumPage = await chromium.context.newPage();
      await chromiumPage.goto(`${server.origin}/sample-article.html`);
      await chromiumPage.waitForSelector('html[data-guanhua="zh"]:not([data-guanhua-busy]) guanhua-term', { state: 'attached', timeout: 30_000 });
      const inChromium = await chromiumPage.evaluate((kinds) => Object.fromEntries(kinds.map((kind) => [kind, document.querySelectorAll(`guanhua-term[data-guanhua-kind="${kind}"]`).length])), KINDS);
      expect(inFirefox).toEqual(inChromium);
      expect(inFirefox.title).toBeGreaterThan(10);
    } finally {
      await chromium.close();
    }
  });

  it('reads a name outside the dictionary with pinyin-pro, loaded on demand', async () => {
    const page = await open(`${server.origin}/unlisted-names.html`);
    expect((await settledCounts(page)).person).toBeGreaterThan(0);
    const readings = await page.evaluate(() =>
      [...(document.querySelector('#lead guanhua-term[data-guanhua-kind="person"]')?.querySelectorAll('guanhua-char') ?? [])].map((char) => char.getAttribute('data-py')),
    );
    expect(readings).toEqual(['lǐ', 'míng', 'yuǎn']);
    await page.close();
  });

  it('reads CC-CEDICT in the background page when asked for the words of a phrase', async () => {
    const popup = await openPopup();
    // What the content script asks when an unlisted slogan's tooltip opens (shared/messages.ts).
    const words = (await popup.evaluate(() =>
      (globalThis as unknown as { browser: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({
        type: 'guanhua:general-words',
        text: '跨江融合发展',
      }),
    )) as Record<string, { pinyin: string; senses: string[] }[]>;
    expect(words['发展']?.[0]?.pinyin).toBe('fā zhǎn');
    expect(words['发展']?.[0]?.senses.length).toBeGreaterThan(0);
    expect(Object.keys(words)).toEqual(expect.arrayContaining(['跨', '江', '融合', '发展']));
    await popup.close();
  });

  it('opens the tooltip beside the term on hover, and saves the word with its Save button', async () => {
    const page = await open(`${server.origin}/sample-article.html`);
    await settledCounts(page);
    await page.hover('guanhua-term[data-guanhua-id="急难愁盼"]');
    const placed = () =>
      page.evaluate(() => {
        const host = document.querySelector('guanhua-tooltip') as HTMLElement | null;
        const term = document.querySelector('guanhua-term[data-guanhua-id="急难愁盼"]') as HTMLElement;
        if (!host || getComputedStyle(host).display === 'none') return null;
        const box = host.getBoundingClientRect();
        const anchor = term.getBoundingClientRect();
        return { gap: Math.round(Math.min(Math.abs(box.top - anchor.bottom), Math.abs(anchor.top - box.bottom))), width: box.width, right: box.right, top: box.top };
      });
    await page.waitForFunction(() => {
      const host = document.querySelector('guanhua-tooltip') as HTMLElement | null;
      return !!host && getComputedStyle(host).display !== 'none' && host.getBoundingClientRect().height > 100;
    });
    // The card grows when its explanation arrives (and may then sit above the term instead of
    // below): wait until it has stopped moving before aiming at its button.
    let box = await placed();
    for (let settled = 0; settled < 3; ) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      const next = await placed();
      settled = JSON.stringify(next) === JSON.stringify(box) ? settled + 1 : 0;
      box = next;
    }
    expect(box?.gap).toBeLessThan(12);
    expect(box?.width).toBeGreaterThan(200);
    // The Save button sits in the card's top right corner (components/tooltip.css), as the reader sees it.
    await page.mouse.move((box?.right ?? 0) - 29, (box?.top ?? 0) + 27);
    await page.mouse.click((box?.right ?? 0) - 29, (box?.top ?? 0) + 27);
    const popup = await openPopup();
    await popup.waitForFunction(() => document.querySelector('.words__item')?.textContent?.includes('急难愁盼') === true, { timeout: 10_000 });
    // What the tooltip showed is what it saved: the entry's pinyin and gloss.
    const entry = dictionary.entries.find((candidate) => candidate.id === '急难愁盼');
    const saved = await popup.$eval('.words__item', (item) => item.textContent);
    expect(saved).toContain(entry?.forms[0]?.pinyin);
    expect(saved).toContain(entry?.gloss);
    await popup.close();
    await page.close();
  });

  it('renders the popup, whose pinyin switch changes the open page at once', async () => {
    const page = await open(`${server.origin}/sample-article.html`);
    await settledCounts(page);
    const popup = await openPopup();
    expect(await popup.$eval('h1', (heading) => heading.textContent)).toContain('Guanhua');
    await setSwitch(popup, 'Show pinyin', false);
    await page.waitForFunction(() => document.documentElement.getAttribute('data-guanhua-pinyin') === 'hidden');
    await setSwitch(popup, 'Show pinyin', true);
    await page.waitForFunction(() => document.documentElement.getAttribute('data-guanhua-pinyin') === 'shown');
    await popup.close();
    await page.close();
  });

  it('restores the page DOM exactly when switched off from the popup', async () => {
    const popup = await openPopup();
    await setSwitch(popup, 'Annotate pages', false);
    const page = await open(`${server.origin}/sample-article.html`);
    await page.waitForFunction(() => document.documentElement.getAttribute('data-guanhua') === 'off');
    const pristine = await serializeBody(page);
    await setSwitch(popup, 'Annotate pages', true);
    await settledCounts(page);
    expect(await serializeBody(page)).not.toBe(pristine);
    await setSwitch(popup, 'Annotate pages', false);
    await page.waitForFunction(() => document.querySelector('guanhua-term, guanhua-tooltip, #guanhua-page-style') === null);
    expect(await serializeBody(page)).toBe(pristine);
    await setSwitch(popup, 'Annotate pages', true);
    await popup.close();
    await page.close();
  });

  it('leaves a page without Chinese untouched, with no trace of itself', async () => {
    const page = await open(`${server.origin}/english.html`);
    const before = await page.content();
    // The content script ran there: it answers the popup's question about the page.
    const popup = await openPopup();
    const replies = await popup.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).browser;
      const tabs = await api.tabs.query({});
      return Promise.all(tabs.map((tab) => api.tabs.sendMessage(tab.id ?? -1, { type: 'guanhua:page-terms' }).catch(() => null)));
    });
    expect(replies).toContainEqual({ state: 'not-chinese', hostname: '127.0.0.1', terms: [] });
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-guanhua'))).toBeNull();
    expect(await page.content()).toBe(before);
    await popup.close();
    await page.close();
  });

  it('made no request beyond the local test server and its own files', () => {
    expect(requests.length).toBeGreaterThan(0);
    // data: URLs (a font, an empty icon) are inline, not requests to anywhere.
    const local = [`${server.origin}/`, 'moz-extension://', 'data:'];
    expect(requests.filter((url) => !local.some((prefix) => url.startsWith(prefix)))).toEqual([]);
  });
});
