import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanSessionPerTest, type ExtensionGlobal, SAMPLE_PATH, type Session, settledTermCount, startSession, tooltipCount, tooltipText } from './harness.ts';
import { bigPage, FORMS_PAGE, HOSTILE_CSS_PAGE, lateChinesePage, reactScripts, REACT_PAGE, traditionalSamplePage, UNLISTED_SLOGANS_PAGE } from '../../fixtures/pages.ts';

const serializeBody = (page: Page) => page.evaluate(() => new XMLSerializer().serializeToString(document.body));
const termCount = (page: Page) => page.locator('guanhua-term').count();

describe('the content script in Chromium', () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession();
    session.server.setPage('/traditional.html', { body: traditionalSamplePage() });
    session.server.setPage('/forms.html', { body: FORMS_PAGE });
    session.server.setPage('/hostile-css.html', { body: HOSTILE_CSS_PAGE });
    session.server.setPage('/react.html', { body: REACT_PAGE });
    session.server.setPage('/big.html', { body: bigPage() });
    session.server.setPage('/late.html', { body: lateChinesePage() });
    session.server.setPage('/unlisted-slogans.html', { body: UNLISTED_SLOGANS_PAGE });
    for (const [route, page] of Object.entries(reactScripts())) session.server.setPage(route, page);
  });

  cleanSessionPerTest(() => session);

  it("marks the seed's titles, bodies and slogans in the article, not in the navigation or sidebar", async () => {
    const page = await session.open(session.url(SAMPLE_PATH));
    await expect.poll(() => termCount(page)).toBeGreaterThan(200);
    expect(await page.locator('guanhua-term[data-guanhua-id="市委书记"]').getAttribute('data-guanhua-kind')).toBe('title');
    expect(await page.locator('guanhua-term[data-guanhua-id="市发展改革委"]').getAttribute('data-guanhua-kind')).toBe('body');
    expect(await page.locator('guanhua-term[data-guanhua-id="外防输入、内防扩散"]').getAttribute('data-guanhua-kind')).toBe('slogan');
    expect(await page.locator('nav guanhua-term, aside guanhua-term, header guanhua-term').count()).toBe(0);
    const readings = await page.locator('guanhua-term[data-guanhua-id="市委书记"] guanhua-char').evaluateAll((chars) => chars.map((char) => char.getAttribute('data-py')));
    expect(readings).toEqual(['shì', 'wěi', 'shū', 'ji']);
    await page.close();
  });

  it('shows the gloss and pinyin on hover, on keyboard navigation, and hides on Esc', async () => {
    const page = await session.open(session.url(SAMPLE_PATH));
    const term = page.locator('guanhua-term[data-guanhua-id="市委书记"]');
    await term.hover();
    await expect.poll(() => tooltipText(page)).toContain('Secretary of the CPC Municipal Committee');
    expect(await tooltipText(page)).toContain('shì wěi shū ji');
    expect(await tooltipText(page)).toContain('As used in');
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltipText(page)).toBeNull();

    await page.mouse.move(0, 0);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => tooltipText(page)).not.toBeNull();
    const focused = await page.evaluate(() => document.activeElement?.tagName.toLowerCase());
    expect(focused).toBe('guanhua-term');
    await page.close();
  });

  it('explains an unlisted slogan word by word, from its own words and CC-CEDICT', async () => {
    const page = await session.open(session.url('/unlisted-slogans.html'));
    await settledTermCount(page);
    const quoted = page.locator('#lead guanhua-term[data-guanhua-kind="slogan"]').first();
    expect(await quoted.textContent()).toBe('跨江融合发展');
    expect(await quoted.locator('guanhua-char').evaluateAll((chars) => chars.map((char) => char.getAttribute('data-py')))).toEqual(['kuà', 'jiāng', 'róng', 'hé', 'fā', 'zhǎn']);
    await quoted.hover();
    await expect.poll(() => tooltipText(page)).toContain("not in Guanhua's dictionary");
    // The words arrive from the background, which reads CC-CEDICT the first time it is asked.
    await expect.poll(() => tooltipText(page, '.words'), { timeout: 10_000 }).toContain('CC-CEDICT');
    expect(await tooltipCount(page, '.words li')).toBeGreaterThan(1);
    const words = (await tooltipText(page, '.words')) ?? '';
    expect(words).toContain('跨');
    expect(words).toMatch(/发展 fā zhǎn/u);

    await page.keyboard.press('Escape');
    const parallel = page.locator('#lead guanhua-term[data-guanhua-kind="slogan"]').nth(1);
    expect(await parallel.textContent()).toBe('政治定力、纪律定力、道德定力');
    await parallel.hover();
    await expect.poll(() => tooltipText(page, '.words'), { timeout: 10_000 }).toContain('定力');
    await page.close();
  });

  it('hides and shows pinyin at once from the setting, without touching the marks', async () => {
    const page = await session.open(session.url(SAMPLE_PATH));
    const before = await settledTermCount(page);
    expect(before).toBeGreaterThan(200);
    const pinyinOf = () =>
      page.evaluate(() => {
        const char = document.querySelector('guanhua-term[data-guanhua-id="市委书记"] guanhua-char');
        return char ? getComputedStyle(char, '::before').content : 'none';
      });
    expect(await pinyinOf()).toBe('"shì"');
    await session.setSettings({ pinyinVisible: false });
    await expect.poll(pinyinOf).toBe('none');
    await session.setSettings({ pinyinVisible: true, toneStyle: 'numbers' });
    await expect.poll(pinyinOf).toBe('"shi4"');
    expect(await termCount(page)).toBe(before);
    await page.close();
  });

  it('restores the page DOM exactly when switched off', async () => {
    await session.setSettings({ enabled: false });
    const page = await session.open(session.url(SAMPLE_PATH));
    await expect.poll(() => page.getAttribute('html', 'data-guanhua')).toBe('off');
    const pristine = await serializeBody(page);

    await session.setSettings({ enabled: true });
    expect(await settledTermCount(page)).toBeGreaterThan(200);
    expect(await serializeBody(page)).not.toBe(pristine);

    await session.setSettings({ enabled: false });
    await expect.poll(() => termCount(page)).toBe(0);
    expect(await serializeBody(page)).toBe(pristine);
    expect(await page.locator('guanhua-tooltip, #guanhua-page-style').count()).toBe(0);
    await page.close();
  });

  it('annotates a single-page app whose Chinese article appears two seconds after load', async () => {
    const page = await session.open(session.url('/late.html'));
    await page.waitForSelector('#app[data-rendered="yes"]', { timeout: 10_000 });
    await expect.poll(() => page.locator('#app guanhua-term[data-guanhua-kind="title"]').count(), { timeout: 10_000 }).toBeGreaterThan(3);
    expect(await page.getAttribute('html', 'data-guanhua')).toBe('zh');
    await page.close();
  });

  it('keeps the tooltip by its term when the page scrolls, and closes it when the term scrolls away', async () => {
    const page = await session.open(session.url(SAMPLE_PATH));
    await settledTermCount(page);
    // Opened from the keyboard, with the pointer away from the text: scrolling must not bring
    // another term under the pointer, which would rightly open that one instead.
    await page.mouse.move(0, 0);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => tooltipText(page, '.gloss')).not.toBeNull();
    const gap = () =>
      page.evaluate(() => {
        const host = document.querySelector('guanhua-tooltip') as HTMLElement;
        const anchor = document.activeElement as HTMLElement;
        return Math.round(host.getBoundingClientRect().top - anchor.getBoundingClientRect().bottom);
      });
    const before = await gap();
    await page.evaluate(() => window.scrollBy(0, 40));
    await expect.poll(gap).toBe(before);
    await page.evaluate(() => window.scrollBy(0, 5000));
    await expect.poll(() => tooltipText(page)).toBeNull();
    await page.close();
  });

  it('annotates a page in Traditional script', async () => {
    const page = await session.open(session.url('/traditional.html'));
    await expect.poll(() => termCount(page)).toBeGreaterThan(200);
    const term = page.locator('guanhua-term[data-guanhua-id="市委书记"]');
    expect(await term.textContent()).toBe('市委書記');
    await term.hover();
    await expect.poll(() => tooltipText(page, '.traditional')).toContain('市委書記');
    await page.close();
  });

  it('leaves form fields, editors and code untouched', async () => {
    const page = await session.open(session.url('/forms.html'));
    await expect.poll(() => page.locator('#prose guanhua-term').count()).toBeGreaterThan(2);
    expect(await page.locator('form guanhua-term, #editor guanhua-term, #code guanhua-term').count()).toBe(0);
    expect(await page.inputValue('#field')).toBe('市委书记杜小刚');
    await page.locator('#editor p').click();
    await page.keyboard.type('好');
    expect(await page.locator('#editor guanhua-term').count()).toBe(0);
    await page.close();
  });

  it('keeps its marks working under CSS that restyles span, ruby, rt and everything', async () => {
    const page = await session.open(session.url('/hostile-css.html'));
    await expect.poll(() => page.locator('#prose guanhua-term').count()).toBeGreaterThan(2);
    const styles = await page.locator('guanhua-term').first().evaluate((term) => {
      const style = getComputedStyle(term);
      return { display: style.display, visibility: style.visibility };
    });
    expect(styles).toEqual({ display: 'inline', visibility: 'visible' });
    await page.locator('guanhua-term').first().hover();
    await expect.poll(() => tooltipText(page, '.gloss')).not.toBeNull();
    await page.close();
  });

  it('survives a React page re-rendering the annotated text, and annotates the new text', async () => {
    const page = await session.open(session.url('/react.html'));
    await expect.poll(() => page.locator('#story guanhua-term').count()).toBeGreaterThan(1);
    await page.click('#count');
    await page.click('#count');
    await expect.poll(() => page.locator('#story').textContent()).toContain('点击次数：2');
    await page.click('#swap');
    await expect.poll(() => page.locator('#story guanhua-term[data-guanhua-id="代市长"]').count()).toBe(1);
    const story = await page.locator('#story').textContent();
    expect(story).toContain('代市长赵建军');
    expect(story).not.toContain('市委书记杜小刚');
    await page.click('#swap');
    await expect.poll(() => page.locator('#story guanhua-term[data-guanhua-id="市委书记"]').count()).toBe(1);
    expect(await page.title()).toBe('React');
    await page.close();
  });

  it('annotates a page of 10,000 paragraphs where the reader is, to the end', async () => {
    const page = await session.open(session.url('/big.html'));
    await expect.poll(() => page.locator('#p0 guanhua-term').count()).toBeGreaterThan(0);
    await page.locator('#p5000').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('#p5000 guanhua-term').count()).toBeGreaterThan(0);
    await page.locator('#p9999').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('#p9999 guanhua-term').count()).toBeGreaterThan(0);
    // That the work never blocks the page (short slices) is tested in tests/unit/guanhua-page.test.ts
    // with a controlled clock, and measured by npm run bench.
    await page.close();
  });

  it('shows the number of distinct terms on the toolbar badge', async () => {
    const page = await session.open(session.url(SAMPLE_PATH));
    await expect.poll(() => termCount(page)).toBeGreaterThan(200);
    const badge = () =>
      session.inWorker(async () => {
        const { chrome } = globalThis as unknown as ExtensionGlobal;
        const tabs = await chrome.tabs.query({});
        const texts = await Promise.all(tabs.map((tab) => (tab.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id }))));
        return texts.filter(Boolean);
      });
    await expect.poll(async () => Number((await badge())[0] ?? 0)).toBeGreaterThan(100);
    await page.close();
  });

});
