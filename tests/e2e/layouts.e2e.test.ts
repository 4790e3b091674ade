// Guanhua on page layouts modelled on real government and news sites (fixtures/layouts.ts): with
// "Annotate: the article" it marks the article, headline and body, and nothing in navigation,
// breadcrumbs, sidebars, related-news lists, share bars or footers; the pinyin it adds never
// overlaps the line above.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { Annotator, NameMemory } from '../../engine/annotator.ts';
import { asDictionary } from '../../engine/load-dictionary.ts';
import { readPinyinWithPinyinPro } from '../../engine/pinyin-pro-reader.ts';
import { framedArticlePages, gbkPage, layoutFixtures, type LayoutFixture } from '../../fixtures/layouts.ts';
import { collectTextBlocks } from '../../page/text-blocks.ts';
import { GENERATED_DICTIONARY } from '../../scripts/lib/paths.ts';
import { cleanSessionPerTest, type Session, settledTermCount, startSession } from './harness.ts';

const fixtures = layoutFixtures();
const annotator = new Annotator({ dictionary: asDictionary(JSON.parse(readFileSync(GENERATED_DICTIONARY, 'utf8'))), readPinyin: readPinyinWithPinyinPro });

/**
 * The fixture's answer: how many terms the engine finds in the text of its article (the elements
 * marked data-article, without those marked data-not-article), read block by block.
 */
function expectedMarks(fixture: LayoutFixture): number {
  const window = new Window();
  window.document.write(fixture.html);
  const names = new NameMemory();
  let count = 0;
  for (const article of window.document.querySelectorAll('[data-article]')) {
    const skip = (node: unknown) => (node as { closest?: (selector: string) => unknown }).closest?.('[data-not-article]') != null;
    for (const block of collectTextBlocks(article as unknown as Node, skip as (node: Node) => boolean)) {
      count += annotator.annotate(block.nodes.map((node) => node.nodeValue ?? ''), names).length;
    }
  }
  window.close();
  return count;
}

describe('real page layouts in Chromium', () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession();
    for (const fixture of fixtures) session.server.setPage(`/layout/${fixture.name}.html`, { body: fixture.html });
    session.server.setPage('/layout/gbk.html', gbkPage());
    const framed = framedArticlePages();
    session.server.setPage('/layout/framed.html', { body: framed.outer });
    session.server.setPage('/layout/framed-inner.html', { body: framed.inner });
  });

  cleanSessionPerTest(() => session);

  it.each(fixtures.map((fixture) => [fixture.name, fixture.about]))('%s (%s): the article and only the article, headline included', async (name) => {
    const fixture = fixtures.find((candidate) => candidate.name === name) as LayoutFixture;
    const page = await session.open(session.url(`/layout/${name}.html`));
    await settledTermCount(page);
    const counts = await page.evaluate(() => {
      const marks = [...document.querySelectorAll('guanhua-term')];
      const inArticle = (mark: Element) => mark.closest('[data-article]') !== null && mark.closest('[data-not-article]') === null;
      const headline = document.querySelector('[data-headline]');
      return {
        inside: marks.filter(inArticle).length,
        outside: marks.filter((mark) => !inArticle(mark)).map((mark) => mark.textContent),
        headline: headline ? headline.querySelectorAll('guanhua-term').length : -1,
      };
    });
    expect(counts.outside).toEqual([]);
    expect(counts.inside).toBeGreaterThan(15);
    expect(counts.inside).toBeGreaterThanOrEqual(expectedMarks(fixture));
    expect(counts.headline).toBeGreaterThan(0);
    expect(await collisions(page)).toEqual([]);
    await page.close();
  });

  it('annotates an article held in an iframe of the same origin', async () => {
    const page = await session.open(session.url('/layout/framed.html'));
    const frame = page.frameLocator('#frame');
    await expect.poll(() => frame.locator('guanhua-term').count(), { timeout: 30_000 }).toBeGreaterThan(15);
    expect(await frame.locator('[data-headline] guanhua-term').count()).toBeGreaterThan(0);
    await frame.locator('guanhua-term[data-guanhua-id="市委书记"]').first().hover();
    await expect.poll(() => page.frames()[1]?.evaluate(() => document.querySelector('guanhua-tooltip') !== null)).toBe(true);
    await page.close();
  });

  it("leaves alone an iframe of another site, though it is Chinese", async () => {
    // localhost and 127.0.0.1 are two origins for the browser, one server for the test.
    const other = session.url('/layout/framed-inner.html').replace('127.0.0.1', 'localhost');
    session.server.setPage('/layout/cross-origin.html', { body: framedArticlePages().outer.replace('/layout/framed-inner.html', other) });
    const page = await session.open(session.url('/layout/cross-origin.html'));
    const frame = page.frames().find((candidate) => candidate.url().startsWith('http://localhost'));
    expect(frame).toBeDefined();
    await frame?.waitForLoadState('load');
    await page.waitForTimeout(1500);
    expect(await frame?.evaluate(() => document.querySelectorAll('guanhua-term').length)).toBe(0);
    await page.close();
  });

  it('annotates a page served in GBK as its UTF-8 twin', async () => {
    const count = async (path: string) => {
      const page = await session.open(session.url(path));
      const marks = await settledTermCount(page);
      const texts = await page.evaluate(() => [...document.querySelectorAll('guanhua-term')].map((mark) => mark.textContent).join('|'));
      await page.close();
      return { marks, texts };
    };
    const gbk = await count('/layout/gbk.html');
    expect(gbk.marks).toBeGreaterThan(15);
    expect(gbk).toEqual(await count(`/layout/${fixtures[0]?.name}.html`));
  });

  it.each(fixtures.map((fixture) => [fixture.name]))('%s with "the whole page" at pinyin size 150: every part marked, nothing clipped, no pinyin over the line above', async (name) => {
    await session.setSettings({ annotateScope: 'page', pinyinSize: 150 });
    const page = await session.open(session.url(`/layout/${name}.html`));
    await settledTermCount(page);
    const outside = await page.evaluate(() => [...document.querySelectorAll('guanhua-term')].filter((mark) => mark.closest('[data-article]') === null).length);
    // Each layout has related headlines, a navigation box or a panel full of titles outside its article.
    expect(outside).toBeGreaterThan(0);
    expect(await clipped(page)).toEqual([]);
    expect(await collisions(page)).toEqual([]);
    await page.close();
  });
});

/**
 * Marked characters whose pinyin (the padding above each character) overlaps text of the line
 * above: each character's pinyin area against the text boxes of every text node that stands higher.
 */
function collisions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const textBoxes: DOMRect[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node.nodeValue ?? '').trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) textBoxes.push(rect);
    }
    const found: string[] = [];
    for (const char of document.querySelectorAll('guanhua-char')) {
      const box = char.getBoundingClientRect();
      const pinyinBottom = box.top + parseFloat(getComputedStyle(char).paddingTop);
      const hit = textBoxes.find(
        (text) => text.top < box.top - 1 && text.bottom > box.top + 1 && Math.min(text.bottom, pinyinBottom) - box.top > 1 && text.left < box.right - 1 && text.right > box.left + 1,
      );
      if (hit) found.push(`${char.textContent} at ${Math.round(box.left)},${Math.round(box.top)}`);
    }
    return found;
  });
}

/** Marks cut off by a box that hides what overflows it. */
function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const mark of document.querySelectorAll('guanhua-term')) {
      const box = mark.getBoundingClientRect();
      for (let box2 = mark.parentElement; box2 && box2 !== document.body; box2 = box2.parentElement) {
        const style = getComputedStyle(box2);
        if (style.overflowY !== 'hidden' && style.overflowY !== 'clip') continue;
        const outer = box2.getBoundingClientRect();
        if (box.top < outer.top - 1 || box.bottom > outer.bottom + 1) found.push(mark.textContent ?? '');
      }
    }
    return found;
  });
}
