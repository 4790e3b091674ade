// @vitest-environment happy-dom
// The page runtime as a whole, in a DOM: what it marks, and how it keeps up with the page.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TooltipHost } from '../../components/tooltip-host.tsx';
import { Annotator } from '../../engine/annotator.ts';
import { packMatching, splitDictionary, unpackMatching } from '../../engine/dictionary-split.ts';
import { asDictionary, asMatchingDictionary } from '../../engine/load-dictionary.ts';
import { readPinyinWithPinyinPro } from '../../engine/pinyin-pro-reader.ts';
import { GuanhuaPage, type GuanhuaPageOptions } from '../../page/guanhua-page.ts';
import { PinyinOnDemand } from '../../page/pinyin-on-demand.ts';
import { GENERATED_DICTIONARY } from '../../scripts/lib/paths.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/schema.ts';
import type { TooltipActions, TooltipContent, TooltipView } from '../../shared/tooltip.ts';

const dictionary = asDictionary(JSON.parse(readFileSync(GENERATED_DICTIONARY, 'utf8')));
const annotator = new Annotator({ dictionary, readPinyin: readPinyinWithPinyinPro });
const { texts, matching } = splitDictionary(dictionary);
/** The matching part as the extension bundles it: packed, then read back. */
const bundled = asMatchingDictionary(unpackMatching(JSON.parse(JSON.stringify(packMatching(matching)))));

function paragraph(id: string, text: string): HTMLParagraphElement {
  return Object.assign(document.createElement('p'), { id, textContent: text });
}

function startPage(settings: Partial<Settings> = {}, options: Partial<GuanhuaPageOptions> = {}): GuanhuaPage {
  const page = new GuanhuaPage({
    document,
    annotator,
    dictionary,
    pinyin: PinyinOnDemand.loaded(readPinyinWithPinyinPro),
    createTooltip: (document, actions) => new TooltipHost(document, actions),
    loadTexts: () => Promise.resolve(texts),
    settings: { ...DEFAULT_SETTINGS, annotateScope: 'page', ...settings },
    saveWord: () => Promise.resolve(),
    isSaved: () => false,
    ...options,
  });
  page.start();
  return page;
}

/** Until the runtime has no work queued (the busy marker is gone). */
async function settled(): Promise<void> {
  for (let round = 0; round < 200; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (!document.documentElement.hasAttribute('data-guanhua-busy')) return;
  }
  throw new Error('the page runtime never settled');
}

/** A tooltip that records what it is asked to show. */
function recordingTooltip(): { view: TooltipView; shown: TooltipContent[] } {
  const shown: TooltipContent[] = [];
  let anchor: Element | null = null;
  const view: TooltipView = {
    get anchor() {
      return anchor;
    },
    contains: () => false,
    show(element, content) {
      anchor = element;
      shown.push(content);
    },
    hide: () => (anchor = null),
    destroy: () => (anchor = null),
  };
  return { view, shown };
}

const marks = (root: ParentNode = document) => [...root.querySelectorAll('guanhua-term')].map((term) => term.textContent);

describe('the page runtime', () => {
  let page: GuanhuaPage | undefined;

  afterEach(() => {
    vi.restoreAllMocks();
    page?.stop();
    document.body.replaceChildren();
  });

  it('re-reads text the page writes into a node it had marked, through its MutationObserver', async () => {
    document.body.replaceChildren(paragraph('p', '副市长高亚光参加会议'));
    page = startPage();
    await settled();
    expect(marks()).toContain('副市长');
    const original = [...(document.getElementById('p')?.childNodes ?? [])].find((node) => node.nodeType === Node.TEXT_NODE && node.nodeValue === '') as Text;
    expect(original).toBeDefined();
    // The page's own script updates the text node it holds a reference to.
    original.nodeValue = '代市长赵建军来到现场';
    await settled();
    expect(document.getElementById('p')?.textContent).toBe('代市长赵建军来到现场');
    expect(marks(document.getElementById('p') as Element)).toEqual(['代市长', '赵建军']);
  });

  it('leaves a block the engine throws on unmarked, and marks the rest of the page', async () => {
    document.body.replaceChildren(paragraph('a', '市委书记杜小刚主持会议'), paragraph('b', '不能读的段落'), paragraph('c', '市长赵建军出席'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing = (segments: readonly string[]) => segments.join('').includes('不能读');
    const brittle = Object.create(annotator) as Annotator;
    brittle.annotate = (segments, names) => {
      if (failing(segments)) throw new RangeError('a block the engine cannot read');
      return annotator.annotate(segments, names);
    };
    brittle.learnNames = (segments, names) => {
      if (failing(segments)) throw new RangeError('a block the engine cannot read');
      annotator.learnNames(segments, names);
    };
    page = startPage({}, { annotator: brittle });
    await settled();
    expect(marks(document.getElementById('a') as Element)).toContain('市委书记');
    expect(document.getElementById('b')?.textContent).toBe('不能读的段落');
    expect(marks(document.getElementById('c') as Element)).toContain('市长');
    expect(warn).toHaveBeenCalled();
  });

  it('marks paragraphs the page adds later', async () => {
    document.body.replaceChildren(paragraph('a', '市委书记杜小刚主持会议'));
    page = startPage();
    await settled();
    document.body.append(paragraph('b', '市长赵建军出席'));
    await settled();
    expect(marks(document.getElementById('b') as Element)).toContain('市长');
  });

  it('puts pinyin over every Chinese character with pinyin over all text, and only over terms without', async () => {
    document.body.replaceChildren(paragraph('p', '市委书记杜小刚主持会议'));
    page = startPage({ pinyinScope: 'all' });
    await settled();
    const readOf = (text: string) => [...document.querySelectorAll('[data-py]')].filter((char) => char.textContent === text).map((char) => char.getAttribute('data-py'));
    // 主持 and 会议 are no term: their characters carry pinyin only with pinyin over all text.
    expect(readOf('主')).toEqual(['zhǔ']);
    expect(readOf('议')).toEqual(['yì']);
    page.setSettings({ ...DEFAULT_SETTINGS, annotateScope: 'page', pinyinScope: 'terms' });
    await settled();
    expect(readOf('主')).toEqual([]);
    expect(readOf('书')).toEqual(['shū']);
  });

  it('loads the pinyin reader only when text outside the dictionary needs it, and waits for it busy', async () => {
    let loads = 0;
    let deliver: () => void = () => undefined;
    const onDemand = () =>
      new PinyinOnDemand(() => {
        loads += 1;
        return new Promise((resolve) => (deliver = () => resolve(readPinyinWithPinyinPro)));
      });
    // 市委书记 and 杜小刚 are in the dictionary: no reader.
    let pinyin = onDemand();
    document.body.replaceChildren(paragraph('a', '市委书记杜小刚主持会议'));
    page = startPage({}, { pinyin, annotator: new Annotator({ dictionary, readPinyin: pinyin.read }) });
    await settled();
    expect(marks()).toEqual(['市委书记', '杜小刚']);
    expect(loads).toBe(0);
    page.stop();

    // A name the dictionary does not hold: the run waits, still busy, and marks it once the reader is there.
    pinyin = onDemand();
    document.body.replaceChildren(paragraph('a', '市委书记杜小刚主持会议'), paragraph('b', '副市长李明远参加会议'));
    page = startPage({}, { pinyin, annotator: new Annotator({ dictionary, readPinyin: pinyin.read }) });
    for (let wait = 0; wait < 20 && loads === 0; wait += 1) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(loads).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.documentElement.hasAttribute('data-guanhua-busy')).toBe(true);
    expect(marks(document.getElementById('b') as Element)).toEqual([]);
    deliver();
    await settled();
    expect(loads).toBe(1);
    expect(marks(document.getElementById('b') as Element)).toEqual(['副市长', '李明远']);
    const readings = [...(document.getElementById('b') as Element).querySelectorAll('[data-py]')].map((char) => char.getAttribute('data-py'));
    expect(readings.slice(-3)).toEqual(['lǐ', 'míng', 'yuǎn']);
  });

  it('marks text outside the dictionary without pinyin when the reader cannot load, and says why', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const pinyin = new PinyinOnDemand(() => Promise.reject(new Error('no such file')));
    document.body.replaceChildren(paragraph('b', '副市长李明远参加会议'));
    page = startPage({}, { pinyin, annotator: new Annotator({ dictionary, readPinyin: pinyin.read }) });
    await settled();
    expect(marks()).toEqual(['副市长', '李明远']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('pinyin reader'), expect.any(Error));
  });

  it('marks a name printed before its title, as a headline prints it', async () => {
    document.body.replaceChildren(
      Object.assign(document.createElement('h1'), { textContent: '王忠林主持会议 孙述涛出席' }),
      paragraph('p', '省委常委、市委书记王忠林主持会议，市委副书记、市长孙述涛出席。'),
    );
    page = startPage();
    await settled();
    expect(marks(document.querySelector('h1') as Element)).toEqual(['王忠林', '孙述涛']);
  });

  it('works in short slices and lets the page run between them', async () => {
    document.body.replaceChildren(...Array.from({ length: 300 }, (_, index) => paragraph(`p${index}`, `市委书记杜小刚主持第${index}次会议`)));
    // A clock that moves a millisecond each time it is read: a slice of 8 ms is a handful of steps.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
    page = startPage();
    const marked = () => document.querySelectorAll('p:has(guanhua-term)').length;
    // The article is read and its names learnt first, in slices too; then the marks come.
    for (let wait = 0; wait < 500 && marked() === 0; wait += 1) await new Promise((resolve) => setTimeout(resolve, 0));
    // Some paragraphs are marked, not all: the page got the thread back between slices.
    expect(marked()).toBeGreaterThan(0);
    expect(marked()).toBeLessThan(300);
    await settled();
    expect(marked()).toBe(300);
  });

  it('reads an unlisted slogan word by word in its tooltip, asking once, and stops waiting when the lookup fails', async () => {
    document.body.replaceChildren(paragraph('p', '会议强调，要坚持“跨江融合发展”，推动“山海协同共进”'));
    const { view, shown } = recordingTooltip();
    const asked: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    page = startPage({}, {
      createTooltip: () => view,
      lookupGeneral: (text) => {
        asked.push(text);
        if (text !== '跨江融合发展') return Promise.reject(new Error('the general dictionary is gone'));
        return Promise.resolve({ 跨: [{ simplified: '跨', traditional: '跨', pinyin: 'kuà', senses: ['to step across'] }], 江: [{ simplified: '江', traditional: '江', pinyin: 'jiāng', senses: ['river'] }] });
      },
    });
    await settled();
    page.reveal('跨江融合发展');
    expect(shown.at(-1)).toMatchObject({ term: '跨江融合发展', notInDictionary: true, wordsLoading: true });
    await vi.waitFor(() => expect(shown.at(-1)?.words).toBeDefined());
    const words = shown.at(-1)?.words ?? [];
    expect(words.slice(0, 2)).toEqual([
      { text: '跨', pinyin: 'kuà', gloss: 'to step across', from: 'cc-cedict' },
      { text: '江', pinyin: 'jiāng', gloss: 'river', from: 'cc-cedict' },
    ]);
    expect(words.map((word) => word.text).join('')).toBe('跨江融合发展');
    expect(shown.at(-1)?.wordsLoading).toBeUndefined();
    // Opened again: read from what it has, not asked again.
    page.reveal('跨江融合发展');
    expect(shown.at(-1)?.words).toEqual(words);
    expect(asked).toEqual(['跨江融合发展']);
    // A failed lookup: the tooltip stops saying it is looking the words up.
    page.reveal('山海协同共进');
    await vi.waitFor(() => expect(shown.at(-1)?.wordsLoading).toBeUndefined());
    expect(shown.at(-1)).toMatchObject({ term: '山海协同共进', words: [] });
  });

  it('asks for the tooltip texts once, when the first tooltip opens, fills that tooltip in, and saves with the explanation', async () => {
    document.body.replaceChildren(paragraph('p', '市委书记杜小刚主持会议，研究部署安全生产工作，推动高质量发展'));
    let asked = 0;
    let deliver: (value: typeof texts) => void = () => undefined;
    const saved: TooltipContent[] = [];
    // A tooltip that records what it is asked to show, and hands over the actions of its buttons.
    const { view, shown } = recordingTooltip();
    let actions: TooltipActions | undefined;
    page = startPage({}, {
      createTooltip: (_document, given) => {
        actions = given;
        return view;
      },
      loadTexts: () => {
        asked += 1;
        return new Promise((resolve) => (deliver = resolve));
      },
      saveWord: (content) => {
        saved.push(content);
        return Promise.resolve();
      },
    });
    await settled();
    expect(asked).toBe(0);
    page.reveal('高质量发展');
    page.reveal('市委书记');
    expect(asked).toBe(1);
    expect(shown.map((content) => [content.term, content.loading])).toEqual([
      ['高质量发展', true],
      ['市委书记', true],
    ]);
    // Saving before the texts arrive waits for them.
    const saving = actions?.save(shown.at(-1) as TooltipContent);
    deliver(texts);
    await saving;
    expect(saved[0]?.explanation).toBe(texts.entries['市委书记']?.explanation);
    // The open tooltip is filled in; the one closed meanwhile is not reopened.
    expect(shown.at(-1)).toMatchObject({ term: '市委书记', explanation: texts.entries['市委书记']?.explanation });
    expect(shown.filter((content) => content.term === '高质量发展')).toHaveLength(1);
    page.reveal('高质量发展');
    expect(shown.at(-1)?.loading).toBeUndefined();
    expect(asked).toBe(1);
  });

  it('with the matching part as bundled, shows a gloss left to the texts once they arrive, and fills the popup\'s list with them', async () => {
    document.body.replaceChildren(paragraph('p', '会议听取政府工作报告，强调实事求是，坚持高质量发展，推动“座谈会融合发展”'));
    const { view, shown } = recordingTooltip();
    let asked = 0;
    let deliver: (value: typeof texts) => void = () => undefined;
    page = startPage({}, {
      annotator: new Annotator({ dictionary: bundled, readPinyin: readPinyinWithPinyinPro }),
      dictionary: bundled,
      createTooltip: () => view,
      loadTexts: () => {
        asked += 1;
        return new Promise((resolve) => (deliver = resolve));
      },
      lookupGeneral: () => Promise.resolve({}),
    });
    await settled();
    const glossOf = (terms: { text: string; gloss: string }[], text: string) => terms.find((term) => term.text === text)?.gloss;
    // An idiom's and another term's gloss are in the texts; a slogan's is at hand.
    expect(glossOf(page.foundTerms(), '政府工作报告')).toBe('');
    expect(glossOf(page.foundTerms(), '实事求是')).toBe('');
    expect(glossOf(page.foundTerms(), '高质量发展')).toBe(dictionary.entries.find((entry) => entry.id === '高质量发展')?.gloss);
    page.reveal('政府工作报告');
    expect(shown.at(-1)).toMatchObject({ term: '政府工作报告', gloss: '', loading: true });
    // The popup's list waits for the texts (asked once for both).
    const listed = page.glossedTerms();
    deliver(texts);
    const terms = await listed;
    expect(asked).toBe(1);
    expect(glossOf(terms, '政府工作报告')).toBe('Government Work Report');
    expect(glossOf(terms, '实事求是')).toBe(texts.entries['实事求是']?.gloss);
    await vi.waitFor(() => expect(shown.at(-1)).toMatchObject({ term: '政府工作报告', gloss: 'Government Work Report' }));
    // An unlisted slogan read word by word: Guanhua's own word 座谈会 with the gloss from the texts.
    page.reveal('座谈会融合发展');
    await vi.waitFor(() => expect(shown.at(-1)?.words).toBeDefined());
    expect(shown.at(-1)?.words?.[0]).toMatchObject({ text: '座谈会', gloss: texts.entries['座谈会']?.gloss, from: 'guanhua' });
  });
});
