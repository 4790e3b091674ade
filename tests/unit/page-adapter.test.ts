import { gzipSync } from 'node:zlib';
// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GrammarPart } from '../../engine/dictionary-format.ts';
import { renderSamplePage } from '../../fixtures/sample-page.ts';
import { Annotator } from '../../engine/annotator.ts';
import { GLOSSES_WITH_TEXTS, packMatching, splitDictionary, unpackMatching } from '../../engine/dictionary-split.ts';
import type { StoredUnit } from '../../engine/places.ts';
import { asDictionary, asMatchingDictionary } from '../../engine/load-dictionary.ts';
import { readPinyinWithPinyinPro } from '../../engine/pinyin-pro-reader.ts';
import { toneOf, withToneNumber } from '../../engine/tones.ts';
import { findArticleRoot, furnitureWithin } from '../../page/article-root.ts';
import { TermRenderer } from '../../page/render-terms.ts';
import { collectTextBlocks } from '../../page/text-blocks.ts';
import { publishersOf, tooltipContent } from '../../page/tooltip-content.ts';
import { readEvalCorpus } from '../../scripts/lib/eval-corpus.ts';
import { GENERATED_DICTIONARY } from '../../scripts/lib/paths.ts';
import { loadSampleSource } from '../../scripts/lib/sources.ts';

const dictionary = asDictionary(JSON.parse(readFileSync(GENERATED_DICTIONARY, 'utf8')));
const annotator = new Annotator({ dictionary, readPinyin: readPinyinWithPinyinPro });
const entries = new Map(dictionary.entries.map((entry) => [entry.id, entry]));
const { matching, texts } = splitDictionary(dictionary);
/** The entries as the page has them: matching fields only, the texts apart. */
const matchingEntries = new Map(matching.entries.map((entry) => [entry.id, entry]));

function setBody(html: string): void {
  // Test fixtures only: the extension itself never parses markup.
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
}

const serialize = () => new XMLSerializer().serializeToString(document.body);

describe('collectTextBlocks', () => {
  beforeEach(() => setBody(''));

  it('groups text nodes by block, splits at <br>, and skips fields, editors, code and scripts', () => {
    setBody(
      '<p><b>市委</b>书记杜小刚<br>主持会议</p><div>座谈会</div><textarea>市长</textarea>' +
        '<div contenteditable="true"><p>副市长</p></div><pre>局长</pre><script>var a = "省长";</script>',
    );
    const blocks = collectTextBlocks(document.body).map((block) => block.nodes.map((node) => node.nodeValue));
    expect(blocks).toEqual([['市委', '书记杜小刚'], ['主持会议'], ['座谈会']]);
  });

  it('reads nothing inside an editor even when asked to start there', () => {
    setBody('<div contenteditable="true"><p id="inside">副市长高亚光</p></div>');
    expect(collectTextBlocks(document.getElementById('inside') as Element)).toEqual([]);
  });
});

describe('TermRenderer', () => {
  beforeEach(() => setBody(''));

  it('wraps each annotation, across text nodes, with per-character pinyin, and restores the DOM exactly', () => {
    setBody('<p id="p">会上，<b>市委</b>书记杜小刚说，\n要推动高质量发展。</p>');
    const before = serialize();
    const renderer = new TermRenderer(document);
    for (const block of collectTextBlocks(document.body)) {
      renderer.render(block, annotator.annotate(block.nodes.map((node) => node.nodeValue ?? '')));
    }
    const terms = [...document.querySelectorAll('guanhua-term')];
    expect(terms.map((term) => [term.getAttribute('data-guanhua-id'), term.textContent])).toEqual([
      ['市委书记', '市委'],
      ['市委书记', '书记'],
      ['杜小刚', '杜小刚'],
      ['高质量发展', '高质量发展'],
    ]);
    expect([...terms[1]!.querySelectorAll('guanhua-char')].map((char) => [char.getAttribute('data-py'), char.getAttribute('data-pyn')])).toEqual([
      ['shū', 'shu1'],
      ['ji', 'ji5'],
    ]);
    expect(document.getElementById('p')?.textContent).toBe('会上，市委书记杜小刚说，\n要推动高质量发展。');
    expect(renderer.annotationOf.get(terms[0]!)).toBe(renderer.annotationOf.get(terms[1]!));
    renderer.restoreAll();
    expect(serialize()).toBe(before);
  });

  it('never writes text twice, even for marks that overlap', () => {
    setBody('<p id="p">清水乡前汪村村委会主任</p>');
    const renderer = new TermRenderer(document);
    const [block] = collectTextBlocks(document.body);
    const [title] = annotator.annotate(['清水乡前汪村村委会主任']);
    const town = { ...title!, end: { segment: 0, offset: 3 }, text: '清水乡', readings: title!.readings.slice(0, 3) };
    renderer.render(block!, [town, title!]);
    expect(document.getElementById('p')?.textContent).toBe('清水乡前汪村村委会主任');
    expect([...document.querySelectorAll('guanhua-term')].map((term) => term.textContent)).toEqual(['清水乡']);
  });

  it('lets the page write new text into a node it emptied, then drops its old marks', () => {
    setBody('<p id="p">副市长高亚光参加会议</p>');
    const original = document.getElementById('p')?.firstChild as Text;
    const renderer = new TermRenderer(document);
    const [block] = collectTextBlocks(document.body);
    renderer.render(block!, annotator.annotate([original.nodeValue ?? '']));
    expect(original.nodeValue).toBe('');
    original.nodeValue = '代市长赵建军';
    renderer.release(original, false);
    expect(document.getElementById('p')?.textContent).toBe('代市长赵建军');
    expect(document.querySelectorAll('guanhua-term')).toHaveLength(0);
  });
});

describe('findArticleRoot', () => {
  it('finds the article of the sample news page, not its navigation or sidebar', () => {
    const parsed = new DOMParser().parseFromString(renderSamplePage(loadSampleSource()), 'text/html');
    expect(findArticleRoot(parsed).tagName).toBe('MAIN');
  });

  it('takes in the headline printed above the text, but not the page around it', () => {
    const prose = '无锡市委常委会召开会议，研究部署安全生产工作，要求各地各部门压实责任，推动高质量发展，切实保障人民群众生命财产安全。'.repeat(2);
    setBody(`<table id="outer"><tr><td><table id="story"><tr><td class="bt">市委常委会研究部署安全生产工作</td></tr>
      <tr><td id="text"><p>${prose}</p><p>${prose}</p></td></tr></table>
      <div>【<a href="#">打印本页</a>】</div></td><td><ul><li><a href="#">${prose}</a></li></ul></td></tr></table>`);
    const root = findArticleRoot(document);
    expect(root.contains(document.querySelector('.bt'))).toBe(true);
    expect(root.closest('#story')).not.toBeNull();
    // Generated class names and an old page's bold line: the first plain short line above the text.
    setBody(`<div id="wrap"><div class="c_1">市委常委会研究部署安全生产工作</div><div class="c_2">来源：<a href="#">无锡日报</a></div>
      <div class="c_3"><p>${prose}</p><p>${prose}</p></div></div><div class="c_9"><a href="#">首页</a></div>`);
    expect(findArticleRoot(document).id).toBe('wrap');
    setBody(`<table><tr><td id="head"><font size="5"><b>市委常委会研究部署安全生产工作</b></font></td></tr>
      <tr><td><font>${prose}<br><br>${prose}</font></td></tr></table>`);
    expect(findArticleRoot(document).contains(document.getElementById('head'))).toBe(true);
    // A headline already inside the text's container: the container stays.
    setBody(`<div id="a"><h1>市委常委会研究部署安全生产工作</h1><p>${prose}</p><p>${prose}</p></div><div id="b"><h1>别的标题别的标题</h1></div>`);
    expect(findArticleRoot(document).id).toBe('a');
  });

  it('finds lists of links and navigation boxes inside the article, not links in its prose', () => {
    const prose = '市政府召开常务会议，审议通过多项文件，强调要以高质量发展为主题，扎实推进共同富裕示范引领区建设。';
    setBody(`<div id="root"><p id="prose">${prose}<a href="#">市发展改革委</a>${prose}</p>
      <ul id="related"><li><a href="#">市委常委会召开会议</a></li><li><a href="#">市政府召开常务会议</a></li><li><a href="#">市人大常委会主任会议</a></li></ul>
      <div id="navbox"><b>无锡新闻</b>：<a href="#">市委常委会召开会议</a> · <a href="#">市政府召开常务会议</a> · <a href="#">市纪委监委通报</a></div>
      <div class="share-bar">分享到：微信</div></div>`);
    const furniture = [...furnitureWithin(document.getElementById('root') as Element)].map((element) => element.id || element.className);
    expect(furniture.sort()).toEqual(['navbox', 'related', 'share-bar']);
  });

  it('falls back to the body for a page that is not an article', () => {
    setBody('<nav><a href="#">首页</a><a href="#">要闻</a></nav><p>短句。</p>');
    expect(findArticleRoot(document)).toBe(document.body);
  });
});

describe('splitDictionary', () => {
  it('parts the entries into matching fields and tooltip texts that put back together give the entries', () => {
    expect(matching.entries.every((entry) => !('explanation' in entry) && !('example' in entry))).toBe(true);
    // The grammar as it is, but for its editors' notes, which the engine never reads.
    const withoutNotes = Object.fromEntries(Object.entries(dictionary.grammar).map(([group, parts]) => [group, (parts as GrammarPart[]).map(({ note: _note, ...part }) => part)]));
    expect(matching.grammar).toEqual(withoutNotes);
    expect(Object.values(matching.grammar).flat().some((part) => 'note' in part)).toBe(false);
    expect('sources' in matching).toBe(false);
    const rejoined = matching.entries.map((entry) => ({ ...entry, ...texts.entries[entry.id] }));
    const withoutWhy = dictionary.entries.map(({ why: _why, ...entry }) => entry);
    expect(rejoined.map((entry) => JSON.stringify(Object.entries(entry).sort()))).toEqual(withoutWhy.map((entry) => JSON.stringify(Object.entries(entry).sort())));
  });
});

describe('glosses left to the tooltip texts', () => {
  it('are the glosses of formulas, idioms and other terms, and only those', () => {
    const kinds = (withGloss: boolean) => new Set(matching.entries.filter((entry) => (entry.gloss !== undefined) === withGloss).map((entry) => entry.kind));
    expect([...kinds(false)].sort()).toEqual(['formula', 'idiom', 'other']);
    expect([...kinds(true)].sort()).toEqual(['body', 'person', 'place', 'slogan', 'title']);
    expect(texts.entries['政府工作报告']?.gloss).toBe('Government Work Report');
    expect(texts.entries['市委书记']).not.toHaveProperty('gloss');
    // Packed: the glosses' column holds only the others, and the part names the kinds it leaves out.
    const packed = packMatching(matching) as { entryGlosses: string[]; glossesWithTexts: string[] };
    expect(packed.glossesWithTexts.sort()).toEqual(['formula', 'idiom', 'other']);
    expect(packed.entryGlosses).toHaveLength(matching.entries.filter((entry) => entry.gloss !== undefined).length);
    expect(packed.entryGlosses).not.toContain('Government Work Report');
  });

  it('are never read into what the engine composes: it marks the corpus alike from the bundled part and the whole dictionary', () => {
    const bundled = asMatchingDictionary(unpackMatching(JSON.parse(JSON.stringify(packMatching(matching)))));
    const fromBundle = new Annotator({ dictionary: bundled, readPinyin: readPinyinWithPinyinPro });
    const { items } = readEvalCorpus();
    expect(items.length).toBeGreaterThan(600);
    const excerpts = items.map((item) => item.excerpt.document.text);
    // The whole dictionary's marks, with '' for the glosses the bundle leaves to the texts.
    const expected = excerpts.flatMap((text) => annotator.annotateText(text)).map((annotation) => (annotation.source === 'entry' && GLOSSES_WITH_TEXTS.has(annotation.kind) ? { ...annotation, gloss: '' } : annotation));
    const actual = excerpts.flatMap((text) => fromBundle.annotateText(text));
    expect(actual.length).toBe(expected.length);
    const differing = actual.filter((annotation, index) => JSON.stringify(annotation) !== JSON.stringify(expected[index]));
    expect(differing.map((annotation) => `${annotation.text}: ${annotation.gloss}`)).toEqual([]);
    // Composed names that read entries' glosses are among them.
    expect(actual.some((annotation) => annotation.source === 'title-grammar' && annotation.gloss.startsWith('the strategy of '))).toBe(true);
  }, 60_000);

  it('may be missing only for those kinds: a matching part without a title\'s gloss, or a whole dictionary without any, is rejected', () => {
    const entry = (kind: string, gloss?: string) => ({ id: '某', kind, forms: [{ text: '某', pinyin: 'mǒu' }], ...(gloss !== undefined && { gloss }) });
    expect(asMatchingDictionary({ ...matching, entries: [entry('other')] }).entries).toHaveLength(1);
    expect(() => asMatchingDictionary({ ...matching, entries: [entry('title')] })).toThrow(/malformed entry/);
    expect(() => asMatchingDictionary({ ...matching, entries: [entry('other', 7 as unknown as string)] })).toThrow(/malformed entry/);
    expect(() => asDictionary({ ...dictionary, entries: [entry('other')] })).toThrow(/without a gloss/);
    expect(asDictionary({ ...dictionary, entries: [entry('other', 'something')] }).entries).toHaveLength(1);
  });
});

describe('packMatching', () => {
  it('leaves out the ids that repeat the first form, and unpacking gives the matching part back', () => {
    const packed = packMatching(matching) as { entryRuns: [string, unknown[]][] };
    expect(packed.entryRuns.flatMap(([, items]) => items).filter((entry) => typeof entry === 'object' && entry !== null && 'id' in entry)).toEqual([]);
    // No entry names its kind or holds its gloss; most are their text alone.
    expect(packed.entryRuns.map(([kind]) => kind)).toEqual(['body', 'formula', 'idiom', 'person', 'place', 'slogan', 'title', 'other']);
    expect(packed.entryRuns.flatMap(([, items]) => items).filter((entry) => typeof entry === 'string').length).toBeGreaterThan(matching.entries.length / 2);
    expect(packed.entryRuns.flatMap(([, items]) => items).some((entry) => typeof entry === 'object' && entry !== null && 'gloss' in entry)).toBe(false);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(matching).length * 0.97);
    expect(unpackMatching(JSON.parse(JSON.stringify(packed)))).toEqual(JSON.parse(JSON.stringify(matching)));
    // An id of its own stays.
    const own = { ...matching, entries: [{ ...matching.entries[0]!, id: 'own-id' }] };
    expect(unpackMatching(packMatching(own))).toEqual(own);
  });

  it('spells Traditional forms from a table of characters, keeping the forms the table would spell wrongly', () => {
    const entry = (text: string, traditional?: string[], pinyin = '') => ({ id: text, kind: 'other' as const, gloss: text, forms: [{ text, pinyin, ...(traditional && { traditional }) }] });
    const small = {
      ...matching,
      entries: [
        entry('发展', ['發展']),
        entry('发展中', ['發展中']),
        entry('头发', ['頭髮']),
        entry('台湾', ['臺灣', '台灣']),
        entry('台湾省', ['臺灣省', '台灣省']),
        entry('台风', ['颱風']),
        // No Traditional spelling, and the table has none for its characters.
        entry('干部'),
        entry('发展干部', ['發展幹部']),
        // None where the table would give one: kept as an empty list, and none again after unpacking.
        entry('发票'),
      ],
    };
    const packed = packMatching(small) as { entryRuns: [string, unknown[]][]; formTraditionalChars: Record<string, string> };
    expect(packed.formTraditionalChars).toMatchObject({ 发: '發', 台: '臺台', 湾: '灣' });
    // Only the forms the table spells wrongly keep their spellings.
    expect(packed.entryRuns[0]?.[1].map((packedEntry) => (typeof packedEntry === 'string' ? undefined : (packedEntry as { forms: { traditional?: string[] }[] }).forms[0]?.traditional))).toEqual([undefined, undefined, ['頭髮'], undefined, undefined, ['颱風'], undefined, ['發展幹部'], []]);
    expect(unpackMatching(JSON.parse(JSON.stringify(packed)))).toEqual(JSON.parse(JSON.stringify(small)));
    // The real dictionary: a quarter smaller gzipped.
    const size = (value: unknown) => gzipSync(JSON.stringify(value)).length;
    const withoutTable = { ...matching, entries: matching.entries.map(({ id, ...rest }) => (id === rest.forms[0]?.text ? rest : { id, ...rest })) };
    expect(size(packMatching(matching))).toBeLessThan(size(withoutTable) * 0.92);
  });

  it('reads forms from a table of characters, keeping the readings of polyphones the table would get wrong', () => {
    const entry = (text: string, pinyin: string) => ({ id: text, kind: 'other' as const, gloss: text, forms: [{ text, pinyin }] });
    const small = { ...matching, entries: [entry('长江', 'cháng jiāng'), entry('长期', 'cháng qī'), entry('市长', 'shì zhǎng'), entry('市场', 'shì chǎng'), entry('外防输入、内防扩散', 'wài fáng shū rù 、 nèi fáng kuò sàn')] };
    const packed = packMatching(small) as { entryRuns: [string, unknown[]][]; formReadings: Record<string, string> };
    expect(packed.formReadings).toMatchObject({ 长: 'cháng', 市: 'shì' });
    expect(packed.entryRuns[0]?.[1].map((packedEntry) => (typeof packedEntry === 'string' ? undefined : (packedEntry as { forms: { pinyin?: string }[] }).forms[0]?.pinyin))).toEqual([undefined, undefined, 'shì zhǎng', undefined, undefined]);
    expect(unpackMatching(JSON.parse(JSON.stringify(packed)))).toEqual(JSON.parse(JSON.stringify(small)));
  });

  it('reads the places from a table of their own characters, keeping a reading the table would get wrong (六盘水 liù), and smaller', () => {
    const packed = packMatching(matching) as { places: { units: StoredUnit[] }; placeReadings: Record<string, string>; formReadings: Record<string, string> };
    const unit = (stem: string) => packed.places.units.find((candidate) => candidate[0] === stem);
    // 六 is lù in most names of places (六安, 六合), liù in 六盘水 and in the forms (六稳六保): the
    // places' table holds only the readings that differ from the forms' table (无 wú, 锡 xī do not).
    expect(packed.formReadings).toMatchObject({ 无: 'wú', 锡: 'xī', 六: 'liù' });
    expect(packed.placeReadings).toMatchObject({ 六: 'lù' });
    expect(packed.placeReadings).not.toHaveProperty('无');
    expect(packed.placeReadings).not.toHaveProperty('锡');
    expect(unit('无锡')?.[1]).toBe('');
    expect(unit('六安')?.[1]).toBe('');
    expect(unit('六盘水')?.[1]).toBe('liù pán shuǐ');
    expect(unpackMatching(JSON.parse(JSON.stringify(packed)))).toEqual(JSON.parse(JSON.stringify(matching)));
    const size = (value: unknown) => gzipSync(JSON.stringify(value)).length;
    expect(size(packed.places) + size(packed.placeReadings)).toBeLessThan(size(matching.places) * 0.85);
  });

  it('passes what it does not recognise on, for the check to reject', () => {
    expect(unpackMatching(null)).toBeNull();
    expect(unpackMatching({ entries: 'no' })).toEqual({ entries: 'no' });
    expect(unpackMatching({ entryRuns: 'no' })).toEqual({ entryRuns: 'no' });
    expect(() => asMatchingDictionary(unpackMatching({ ...matching, entries: undefined, entryRuns: [['title', [{ forms: [] }]]], entryGlosses: ['gloss'] }))).toThrow(/malformed entry/);
    expect(() => asMatchingDictionary(unpackMatching({ ...matching, entries: undefined, entryRuns: [['title', [7]]], entryGlosses: ['gloss'] }))).toThrow(/malformed entry/);
    expect(() => asMatchingDictionary(unpackMatching({ ...matching, entries: undefined, entryRuns: ['not a run'], entryGlosses: [] }))).toThrow(/malformed entry/);
    // Fewer glosses than entries: the entry without one is rejected, not given another's.
    expect(() => asMatchingDictionary(unpackMatching({ ...matching, entries: undefined, entryRuns: [['title', ['市长', '书记']]], entryGlosses: ['Mayor'] }))).toThrow(/malformed entry/);
    expect(asMatchingDictionary(unpackMatching({ ...matching, entries: undefined, entryRuns: [['title', ['市长', '书记']]], entryGlosses: ['Mayor', 'Secretary'] })).entries.map((entry) => entry.gloss)).toEqual(['Mayor', 'Secretary']);
  });
});

describe('tooltipContent', () => {
  it("gives an entry's gloss, pinyin, source sentence and related terms", () => {
    const [annotation] = annotator.annotateText('新发展阶段');
    const content = tooltipContent(annotation!, entries, texts);
    expect(content).toMatchObject({ term: '新发展阶段', pinyin: 'xīn fā zhǎn jiē duàn', kind: 'slogan', glossBy: 'Xinhua' });
    expect(content.example?.source).toContain('无锡日报');
    expect(content.example?.date).toBe('2022-02-25');
    expect(content.related).toEqual(expect.arrayContaining(['新发展理念', '新发展格局']));
  });

  it('has the term, pinyin and gloss before the texts arrive, and says the rest is loading', () => {
    const [annotation] = annotator.annotateText('新发展阶段');
    const early = tooltipContent(annotation!, matchingEntries, undefined);
    expect(early).toMatchObject({ term: '新发展阶段', pinyin: 'xīn fā zhǎn jiē duàn', gloss: entries.get('新发展阶段')?.gloss, loading: true });
    expect(early.explanation).toBeUndefined();
    const full = tooltipContent(annotation!, matchingEntries, texts);
    expect(full.loading).toBeUndefined();
    expect(full.explanation).toBe(texts.entries['新发展阶段']?.explanation);
    // What the engine composed has all it needs without the texts.
    expect(tooltipContent(annotator.annotateText('县委书记')[0]!, matchingEntries, undefined).loading).toBeUndefined();
  });

  it('shows the Traditional form as on the page, and how a composed title was made', () => {
    const traditional = tooltipContent(annotator.annotateText('市委書記')[0]!, entries, texts);
    expect(traditional).toMatchObject({ term: '市委书记', asOnPage: '市委書記' });
    const composed = tooltipContent(annotator.annotateText('县委书记')[0]!, entries, texts);
    expect(composed).toMatchObject({ notInDictionary: true, gloss: 'Secretary of the CPC County Committee' });
    expect(composed.composedFrom?.map((part) => part.text)).toEqual(['县', '委', '书记']);
  });

  it('shows a quoted phrase that the general dictionary knows whole as an idiom as an idiom', () => {
    const [quoted] = annotator.annotateText('曲靖政坛“风平浪静”，').filter((annotation) => annotation.source === 'slogan-pattern');
    const whole = { text: '风平浪静', pinyin: 'fēng píng làng jìng', gloss: 'lit. breeze is still, waves are quiet (idiom); tranquil environment', from: 'cc-cedict' as const };
    expect(tooltipContent(quoted!, entries, texts, 'page', [whole])).toMatchObject({ kind: 'idiom', notInDictionary: true, words: [whole] });
    // Read in parts, or without the tag, it stays what the engine made of it.
    const parts = [
      { ...whole, text: '风平', gloss: 'calm' },
      { ...whole, text: '浪静', gloss: 'quiet waves' },
    ];
    expect(tooltipContent(quoted!, entries, texts, 'page', parts).kind).toBe('slogan');
    expect(tooltipContent(quoted!, entries, texts, 'page', [{ ...whole, gloss: 'tranquil environment' }]).kind).toBe('slogan');
  });
});

describe('publishersOf', () => {
  it.each([
    ['Xinhua (http://en.people.cn/n3/2020/1222/c90000-9801578.html)', 'Xinhua'],
    ['Xinhua (http://a.cn/x); China Keywords (http://b.cn/y)', 'Xinhua; China Keywords'],
    ['China Daily, Zhoushan subsite (http://zhoushan.chinadaily.com.cn/2022-04/13/c_742875.htm)', 'China Daily, Zhoushan subsite'],
  ])('names who uses the rendering, without the address: %s', (glossBy, expected) => {
    expect(publishersOf(glossBy)).toBe(expected);
  });
});

describe('tone numbers', () => {
  it.each([
    ['zhǎng', 'zhang3', 3],
    ['shì', 'shi4', 4],
    ['lǚ', 'lü3', 3],
    ['zhe', 'zhe5', 5],
    ['yī', 'yi1', 1],
    ['bó', 'bo2', 2],
  ])('%s → %s', (marked, numbered, tone) => {
    expect(withToneNumber(marked)).toBe(numbered);
    expect(toneOf(marked)).toBe(tone);
  });
});
