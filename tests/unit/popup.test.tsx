// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/Popup.tsx';
import type { PageLink } from '../../components/page-link.ts';
import type { PageTermsReply } from '../../shared/messages.ts';
import { DEFAULT_SETTINGS } from '../../settings/schema.ts';
import { loadSettings } from '../../settings/store.ts';
import { addWords, getWordList } from '../../settings/word-list.ts';

/** Storage reads and change events are asynchronous: let Preact re-render until `check` holds. */
async function eventually(check: () => void): Promise<void> {
  await vi.waitFor(async () => {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    check();
  });
}

function pageLink(reply: PageTermsReply | null): PageLink & { revealed: string[] } {
  const revealed: string[] = [];
  return { revealed, terms: async () => reply, reveal: async (key) => void revealed.push(key) };
}

const NEWS_PAGE: PageTermsReply = {
  state: 'zh',
  hostname: 'news.example.cn',
  terms: [
    { id: '市委书记', text: '市委书记', pinyin: 'shì wěi shū ji', gloss: 'Secretary of the CPC Municipal Committee', kind: 'title', count: 1 },
    { id: '共同富裕', text: '共同富裕', pinyin: 'gòng tóng fù yù', gloss: 'common prosperity', kind: 'slogan', count: 4 },
  ],
};

function mainSwitch(root: HTMLElement): HTMLInputElement {
  const input = root.querySelector<HTMLInputElement>('input[aria-label="Annotate pages"]');
  if (!input) throw new Error('no main switch');
  return input;
}

function switchNamed(root: HTMLElement, name: string): HTMLInputElement {
  const label = [...root.querySelectorAll('label.setting')].find((candidate) => candidate.textContent?.includes(name));
  const input = label?.querySelector<HTMLInputElement>('input');
  if (!input) throw new Error(`no switch named ${name}`);
  return input;
}

describe('Popup', () => {
  let root: HTMLElement;

  beforeEach(() => {
    fakeBrowser.reset();
    root = document.createElement('div');
    document.body.append(root);
  });

  afterEach(() => {
    render(null, root);
    root.remove();
  });

  async function open(link: PageLink = pageLink(NEWS_PAGE)): Promise<void> {
    render(<Popup link={link} />, root);
    await eventually(() => expect(mainSwitch(root).disabled).toBe(false));
  }

  it('shows Guanhua on by default, with every control labelled', async () => {
    await open();
    expect(root.querySelector('h1')?.textContent).toContain('Guanhua');
    expect(mainSwitch(root).checked).toBe(true);
    for (const input of root.querySelectorAll('input')) {
      const named = input.getAttribute('aria-label') || input.closest('label')?.textContent?.trim();
      expect(named, input.outerHTML).toBeTruthy(); // eslint-disable-line no-restricted-syntax -- reading, for the message
    }
  });

  it('credits CC-CEDICT and its licence in an About section, with no link that would leave the popup', async () => {
    await open();
    const about = root.querySelector('section[aria-label="About"]');
    expect(about?.textContent).toContain('CC-CEDICT');
    expect(about?.textContent).toContain('CC BY-SA 4.0');
    expect(about?.textContent).toContain('not derived from it');
    expect(about?.querySelectorAll('a')).toHaveLength(0);
  });

  it('stores every change at once', async () => {
    await open();
    await act(async () => mainSwitch(root).click());
    await act(async () => switchNamed(root, 'Show pinyin').click());
    await act(async () => root.querySelector<HTMLInputElement>('input[type="radio"][value="numbers"]')?.click());
    await eventually(() => expect(mainSwitch(root).checked).toBe(false));
    expect(await loadSettings()).toMatchObject({ enabled: false, pinyinVisible: false, toneStyle: 'numbers' });
  });

  it("lists this page's terms, most frequent first, and shows one on the page when clicked", async () => {
    const link = pageLink(NEWS_PAGE);
    await open(link);
    await eventually(() => expect(root.querySelectorAll('.glossary__item')).toHaveLength(2));
    const items = [...root.querySelectorAll('.glossary__item')];
    expect(items.map((item) => item.querySelector('.glossary__term')?.textContent)).toEqual(['共同富裕', '市委书记']);
    expect(items[0]?.textContent).toContain('gòng tóng fù yù');
    expect(items[0]?.textContent).toContain('×4');
    await act(async () => (items[1] as HTMLElement).click());
    expect(link.revealed).toEqual(['市委书记']);
  });

  it('switches Guanhua off for the current site, and back on from the list of sites', async () => {
    await open();
    await eventually(() => expect(root.textContent).toContain('On for news.example.cn'));
    await act(async () => switchNamed(root, 'On for news.example.cn').click());
    await eventually(() => expect(root.textContent).toContain('Sites switched off'));
    expect((await loadSettings()).disabledSites).toEqual(['news.example.cn']);
    await act(async () => root.querySelector<HTMLElement>('button[aria-label="Switch Guanhua back on for news.example.cn"]')?.click());
    await eventually(() => expect(root.textContent).not.toContain('Sites switched off'));
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('says so when the page has no Chinese, or Guanhua cannot run there', async () => {
    await open(pageLink({ state: 'not-chinese', hostname: 'weather.example.com', terms: [] }));
    await eventually(() => expect(root.textContent).toContain('This page has no Chinese text'));
    render(null, root);
    await open(pageLink(null));
    await eventually(() => expect(root.textContent).toContain('Guanhua cannot run on this page'));
  });

  it('says once that corrupt settings were reset, keeping the valid ones', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, toneStyle: 'sideways', pinyinSize: 9000, toneColors: true } });
    await open();
    await eventually(() => expect(root.querySelector('.notice')?.textContent).toContain('tone style, pinyin size'));
    expect(switchNamed(root, 'Colour by tone').checked).toBe(true);
    render(null, root);
    await open();
    expect(root.querySelector('.notice')).toBeNull();
  });

  it('says once which switched-off sites it could not read, keeps the others, and shows a Chinese domain as written', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, disabledSites: ['news.example.cn', 'not a host!', '例子.中国'] } });
    await open();
    await eventually(() => expect(root.querySelector('.notice')?.textContent).toContain('“not a host!”'));
    expect(root.textContent).toContain('例子.中国');
    expect(root.querySelector('button[aria-label="Switch Guanhua back on for 例子.中国"]')).not.toBeNull();
    expect((await loadSettings()).disabledSites).toEqual(['news.example.cn', 'xn--fsqu00a.xn--fiqs8s']);
    render(null, root);
    await open();
    expect(root.querySelector('.notice')).toBeNull();
  });

  it('lists saved words and removes one', async () => {
    await addWords([{ term: '急难愁盼', pinyin: 'jí nán chóu pàn', gloss: 'pressing concerns', kind: 'slogan', explanation: '', sentence: '解决群众“急难愁盼”', pageTitle: 'Wuxi', url: 'https://example.cn/a', savedAt: '2026-11-26T10:00:00Z' }]);
    await open();
    await eventually(() => expect(root.querySelector('.words__term')?.textContent).toBe('急难愁盼'));
    await act(async () => root.querySelector<HTMLElement>('button[aria-label="Remove 急难愁盼"]')?.click());
    await eventually(() => expect(root.querySelector('.words__term')).toBeNull());
    expect(await getWordList()).toEqual([]);
  });
});
