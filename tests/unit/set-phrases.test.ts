import { describe, expect, it } from 'vitest';
import { enumerationIn, findPhraseSpans, mineExtensions, mineSetPhrases } from '../../dictionary-build/set-phrases.ts';
import { WordModel } from '../../dictionary-build/short-entries.ts';

// A small word list in jieba's format, enough to split the test sentences as jieba does.
const MODEL = new WordModel(
  [
    '坚持 20000 v', '稳中求进 300 l', '统筹 3000 v', '兼顾 2000 v', '统筹兼顾 500 l', '原则 9000 n', '的 900000 uj',
    '稳 5000 a', '就业 8000 v', '金融 9000 n', '外贸 2000 n', '增强 9000 v', '底线 800 n', '思维 3000 n',
    '治理 4000 v', '能力 9000 n', '国家 9000 n', '体系 5000 n', '现代化 6000 n', '推进 9000 v', '全面 9000 a', '深化改革 900 l', '实事求是 900 i',
  ].join('\n'),
);

const spans = (sentence: string) => findPhraseSpans(sentence, MODEL).map(({ text, shape }) => `${shape}:${text}`);

describe('set phrases in a sentence', () => {
  it('finds quoted phrases and numbered formulas', () => {
    expect(spans('落实“六稳”“六保”任务，坚持四个全面。')).toEqual(expect.arrayContaining(['quoted:六稳', 'quoted:六保', 'numbered:四个全面']));
  });

  it('cuts the items of an enumeration at word boundaries, all of one length', () => {
    expect(enumerationIn('坚持稳中求进、统筹兼顾的原则', MODEL)).toEqual(['稳中求进', '统筹兼顾']);
    expect(enumerationIn('稳就业、稳金融、稳外贸', MODEL)).toEqual(['稳就业', '稳金融', '稳外贸']);
    // Items of different lengths in the middle are no enumeration of set phrases.
    expect(enumerationIn('稳就业、稳金融工作、稳外贸', MODEL)).toEqual([]);
  });

  it('finds named ways of thinking, -化 compounds and four-character units', () => {
    const found = spans('增强底线思维，推进治理能力现代化，坚持实事求是，全面深化改革');
    expect(found).toEqual(expect.arrayContaining(['frame:底线思维', 'hua:现代化', 'hua:治理能力现代化', 'four:实事求是', 'run:全面深化改革']));
    // A way of thinking does not take the verb before it.
    expect(found).not.toContain('frame:增强底线思维');
  });
});

describe('mining the sources', () => {
  const sources = [
    { id: 'a', sentences: ['坚持稳中求进、统筹兼顾的原则。', '增强底线思维。'] },
    { id: 'b', sentences: ['坚持稳中求进、统筹兼顾的原则，增强底线思维。', '落实“六稳”。'] },
    { id: 'c', sentences: ['落实“六稳”，稳中求进。'] },
  ];

  it('ranks phrases found in more documents first, with counts and the first sentence', () => {
    const mined = mineSetPhrases(sources, MODEL, { minCount: 2 });
    const first = mined[0];
    expect(first).toMatchObject({ text: '稳中求进', documents: 3, count: 3, example: { source: 'a', sentence: '坚持稳中求进、统筹兼顾的原则。' } });
    expect(mined.map(({ text }) => text)).toEqual(expect.arrayContaining(['底线思维', '六稳', '统筹兼顾']));
    const rank = (text: string) => mined.findIndex((phrase) => phrase.text === text);
    expect(rank('稳中求进')).toBeLessThan(rank('底线思维'));
  });

  it('leaves out what the dictionary knows and what occurs too rarely', () => {
    const mined = mineSetPhrases(sources, MODEL, { known: new Set(['稳中求进']), minCount: 2, minDocuments: 2 });
    const texts = mined.map(({ text }) => text);
    expect(texts).not.toContain('稳中求进');
    expect(texts).toContain('六稳');
    expect(mineSetPhrases(sources, MODEL, { minCount: 4 })).toEqual([]);
    // A common word stays a word, even between quotation marks.
    const quotedWord = [{ id: 'q', sentences: ['坚持“原则”，落实“六稳”。', '坚持“原则”，落实“六稳”。'] }];
    expect(mineSetPhrases(quotedWord, MODEL, { minCount: 2 }).map(({ text }) => text)).toEqual(['六稳']);
  });
});

describe('fragments', () => {
  it('leaves out a phrase that never occurs outside a longer one', () => {
    const sources = [
      { id: 'a', sentences: ['推进“国家治理体系现代化”。'] },
      { id: 'b', sentences: ['推进“国家治理体系现代化”，完善治理体系。'] },
    ];
    const texts = mineSetPhrases(sources, MODEL, { minCount: 2 }).map(({ text }) => text);
    expect(texts).toContain('国家治理体系现代化');
    // 治理体系 also stands alone in b, so it stays; 国家治理 never does.
    expect(texts).toContain('治理体系');
    expect(texts).not.toContain('国家治理');
  });
});

describe('masking what the dictionary has', () => {
  it('does not list the pieces of a term the dictionary has, and quotes the sentence as written', () => {
    const sources = [
      { id: 'a', sentences: ['坚持稳中求进工作总基调，稳中求进。'] },
      { id: 'b', sentences: ['坚持稳中求进工作总基调。'] },
    ];
    const plain = mineSetPhrases(sources, MODEL, { minCount: 2 });
    expect(plain.map(({ text }) => text)).toContain('稳中求进');
    const masked = mineSetPhrases(sources, MODEL, { minCount: 2, mask: ['稳中求进工作总基调'] });
    // 稳中求进 stands alone once only, outside the masked term.
    expect(masked.map(({ text }) => text)).not.toContain('稳中求进');
    expect(mineSetPhrases(sources, MODEL, { minCount: 1, mask: ['稳中求进工作总基调'] })[0]?.example.sentence).toBe('坚持稳中求进工作总基调，稳中求进。');
  });
});

describe('longer phrases around entries', () => {
  const model = new WordModel(
    ['以 90000 p', '人民 50000 n', '为 90000 p', '中心 20000 n', '的 900000 uj', '发展 50000 v', '思想 20000 n', '坚持 20000 v', '工作 50000 vn', '我 90000 r', '群众 20000 n', '办 20000 v', '实事 3000 n'].join('\n'),
  );
  const sources = [
    { id: 'a', sentences: ['坚持以人民为中心的发展思想。', '我为群众办实事。'] },
    { id: 'b', sentences: ['坚持以人民为中心的发展思想，做好工作。'] },
    { id: 'c', sentences: ['以人民为中心的发展思想。', '开展我为群众办实事活动。'] },
    { id: 'd', sentences: ['坚持以人民为中心。'] },
  ];

  it('finds whole words added to a form, in enough documents, and not the words of the prose around it', () => {
    const found = mineExtensions(sources, model, ['以人民为中心', '为群众办实事'], { minDocuments: 2 });
    const texts = found.map((extension) => extension.text);
    expect(texts).toContain('以人民为中心的发展思想');
    expect(texts).toContain('我为群众办实事');
    expect(found.find((extension) => extension.text === '以人民为中心的发展思想')).toMatchObject({ base: '以人民为中心', documents: 3, baseDocuments: 4 });
    // Ends on 的, starts with the verb 坚持, or only ever inside the longer phrase: none is listed.
    expect(texts).not.toContain('以人民为中心的');
    expect(texts.some((text) => text.startsWith('坚持'))).toBe(false);
    expect(texts).not.toContain('以人民为中心的发展');
  });

  it('leaves out what is known and what too few documents use', () => {
    expect(mineExtensions(sources, model, ['以人民为中心'], { known: new Set(['以人民为中心的发展思想']), minDocuments: 2 }).map((extension) => extension.text)).not.toContain(
      '以人民为中心的发展思想',
    );
    expect(mineExtensions(sources, model, ['为群众办实事'], { minDocuments: 3 })).toEqual([]);
  });
});
