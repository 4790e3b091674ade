import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanSessionPerTest, clickInTooltip, type ExtensionGlobal, SAMPLE_PATH, type Session, settledTermCount, startSession, tooltipCount, tooltipText } from './harness.ts';

describe('the popup in Chromium', () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession();
  });

  cleanSessionPerTest(() => session);

  it('changes an open article at once: pinyin off and on, tone numbers, a kind of term', async () => {
    const article = await session.open(session.url(SAMPLE_PATH));
    await expect.poll(() => article.locator('guanhua-term').count()).toBeGreaterThan(200);
    const popup = await session.open(session.popupUrl());

    await popup.getByRole('switch', { name: 'Show pinyin' }).click();
    await expect.poll(() => article.getAttribute('html', 'data-guanhua-pinyin')).toBe('hidden');
    await popup.getByRole('switch', { name: 'Show pinyin' }).click();
    await expect.poll(() => article.getAttribute('html', 'data-guanhua-pinyin')).toBe('shown');

    await popup.getByText('Numbers (zhang3)').click();
    await expect.poll(() => article.getAttribute('html', 'data-guanhua-tones')).toBe('numbers');

    await popup.getByRole('checkbox', { name: 'Person' }).uncheck();
    await expect.poll(() => article.locator('guanhua-term[data-guanhua-kind="person"]').count()).toBe(0);
    expect(await settledTermCount(article)).toBeGreaterThan(150);
    expect(await article.locator('guanhua-term[data-guanhua-kind="person"]').count()).toBe(0);
    expect(await article.locator('guanhua-term[data-guanhua-kind="title"]').count()).toBeGreaterThan(10);
    await popup.close();
    await article.close();
  });

  it("lists the active tab's terms from its content script, and shows one on the page when clicked", async () => {
    const article = await session.open(session.url(SAMPLE_PATH));
    await settledTermCount(article);
    const activeTab = () =>
      session.inWorker(async () => {
        const { chrome } = globalThis as unknown as ExtensionGlobal;
        const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
        return tab?.id ?? -1;
      });
    const articleTab = await activeTab();
    const popup = await session.open(session.popupUrl());
    // The popup, opened as a tab, asks about the active tab: make that the article again.
    await popup.evaluate((tabId) => (globalThis as unknown as ExtensionGlobal).chrome.tabs.update(tabId, { active: true }), articleTab);
    await popup.reload();
    const entries = popup.locator('.glossary__item');
    await expect.poll(() => entries.count()).toBeGreaterThan(100);
    const secretary = entries.filter({ hasText: '市委书记' }).first();
    expect(await secretary.textContent()).toContain('shì wěi shū ji');
    // A term whose gloss travels with the tooltip texts, not the matching data, is listed with it.
    expect(await entries.filter({ hasText: '座谈会' }).first().textContent()).toContain('symposium; discussion meeting');
    await secretary.click();
    await expect.poll(() => tooltipText(article, '.gloss')).toContain('Secretary of the CPC Municipal Committee');
    expect(await article.evaluate(() => document.activeElement?.getAttribute('data-guanhua-id'))).toBe('市委书记');
    await popup.close();
    await article.close();
  });

  it('saves a word from a tooltip, lists it, exports it as CSV and imports it back', async () => {
    const article = await session.open(session.url(SAMPLE_PATH));
    const term = article.locator('guanhua-term[data-guanhua-id="急难愁盼"]').first();
    await term.hover();
    await expect.poll(() => tooltipCount(article, 'button[aria-label^="Save"]')).toBe(1);
    await clickInTooltip(article, 'button[aria-label^="Save"]');
    await expect.poll(() => tooltipCount(article, 'button[aria-label="Saved to your word list"]')).toBe(1);

    const popup = await session.open(session.popupUrl());
    const saved = popup.locator('.words__item');
    await expect.poll(() => saved.count()).toBe(1);
    expect(await saved.textContent()).toContain('急难愁盼');
    expect(await saved.textContent()).toContain('jí nán chóu pàn');
    expect(await popup.locator('.words__sentence').textContent()).toContain('急难愁盼');

    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export CSV' }).click()]);
    const csvPath = path.join(tmpdir(), `guanhua-${Date.now()}.csv`);
    await download.saveAs(csvPath);
    const csv = readFileSync(csvPath, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('term,pinyin,gloss,kind,explanation,sentence,pageTitle,url,savedAt');
    expect(csv).toContain('急难愁盼,jí nán chóu pàn');

    const [anki] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export for Anki' }).click()]);
    const ankiPath = `${csvPath}.txt`;
    await anki.saveAs(ankiPath);
    expect(readFileSync(ankiPath, 'utf8')).toContain('急难愁盼<br>jí nán chóu pàn\t');

    await popup.getByRole('button', { name: 'Remove 急难愁盼' }).click();
    await expect.poll(() => saved.count()).toBe(0);

    const badPath = `${csvPath}.bad.csv`;
    writeFileSync(badPath, `${csv.split('\r\n')[0]}\r\n,empty term,x,x,x,x,x,x,2026-01-01\r\n`);
    await popup.setInputFiles('input[type="file"]', badPath);
    await expect.poll(() => popup.locator('.error').textContent()).toContain('Row 2: the term is empty');
    expect(await saved.count()).toBe(0);

    await popup.setInputFiles('input[type="file"]', csvPath);
    await expect.poll(() => saved.count()).toBe(1);
    expect(await popup.locator('.ok').textContent()).toContain('Imported 1 word');
    await popup.setInputFiles('input[type="file"]', csvPath);
    await expect.poll(() => popup.locator('.ok').textContent()).toContain('Imported 0 words (1 already in the list)');
    expect(await saved.count()).toBe(1);
    await popup.close();
    await article.close();
  });

  it('keeps every word saved from several tabs at once (the background writes the list, one save at a time)', async () => {
    const tabs = await Promise.all([0, 1, 2].map(() => session.open(session.url(SAMPLE_PATH))));
    const ids = ['市委书记', '急难愁盼', '共同富裕'];
    await Promise.all(
      tabs.map(async (tab, index) => {
        await settledTermCount(tab);
        await tab.locator(`guanhua-term[data-guanhua-id="${ids[index]}"]`).first().hover();
        await expect.poll(() => tooltipCount(tab, 'button[aria-label^="Save"]')).toBe(1);
      }),
    );
    await Promise.all(tabs.map((tab) => clickInTooltip(tab, 'button[aria-label^="Save"]')));
    const stored = async () =>
      session.inWorker(async () => {
        const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
        const { wordList } = await chrome.storage.local.get('wordList');
        return (wordList as { term: string }[] | undefined)?.map((word) => word.term).sort() ?? [];
      });
    await expect.poll(stored).toEqual([...ids].sort());
    await Promise.all(tabs.map((tab) => tab.close()));
  });

});
