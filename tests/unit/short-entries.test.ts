import { describe, expect, it } from 'vitest';
import { buildDictionary, type BuildInput } from '../../dictionary-build/build.ts';
import { formatProblem } from '../../dictionary-build/problems.ts';
import { parseWordList, WordModel } from '../../dictionary-build/short-entries.ts';
import { parseSourceDocument } from '../../dictionary-build/source-document.ts';

// A word list in jieba's format ("word count tag"), with counts in the proportions jieba gives.
const WORD_LIST = [
  '其中 34173 r',
  '共同 10510 d',
  '中共 3136 j',
  '其 71322 r',
  '共 22996 d',
  '同 30000 p',
  '中 100000 f',
  '为 295952 p',
  '为主 11807 v',
  '主任 13853 b',
  '主 14838 b',
  '任 16831 r',
  '主委 31 n',
  '委员 9071 n',
  '军民 1771 n',
  '民生 452 n',
  '生产 32898 vn',
  '军 27200 n',
  '民 20000 n',
  '生 22579 vn',
  '产 10000 n',
  '江泽民 2415 nr',
  '城镇 2194 ns',
  '北京 34488 ns',
  'PM2 500 eng',
].join('\n');

describe('the frequency word list', () => {
  it('keeps common Chinese words of two or more characters, counted often enough, that are not names', () => {
    const words = parseWordList(WORD_LIST, 1000).map(({ word }) => word);
    expect(words).toContain('其中');
    expect(words).toContain('军民');
    expect(words).not.toContain('民生'); // counted 452 times
    expect(words).not.toContain('江泽民'); // a person's name (nr)
    expect(words).not.toContain('为'); // one character
    expect(words).not.toContain('PM2');
  });

  it('keeps the nouns of places, marked as such: a common one (城镇) and a name (北京) alike', () => {
    const words = parseWordList(WORD_LIST, 1000);
    expect(words.filter(({ placeNoun }) => placeNoun).map(({ word }) => word)).toEqual(['城镇', '北京']);
    expect(words.find(({ word }) => word === '其中')?.placeNoun).toBeUndefined();
  });

  it('splits text into its most probable words', () => {
    const model = new WordModel(WORD_LIST);
    const words = (text: string) => model.segment(text).map(({ start, end }) => text.slice(start, end));
    expect(words('其中共同')).toEqual(['其中', '共同']);
    expect(words('为主任')).toEqual(['为', '主任']);
    expect(words('军民生产')).toEqual(['军民', '生产']);
    expect(model.hasWord('其中共同', 1, 3)).toBe(false);
  });
});

const SOURCE = parseSourceDocument(['---', 'id: test-source', 'publication: 测试日报', 'date: 2022-02-25', 'coverage: mined', '---', '保障民生。主委出席。主任讲话。', ''].join('\n'), 'sources/test.txt');

function input(entries: Record<string, string>, ordinary = '- 城市\n'): BuildInput {
  return {
    sources: [{ file: 'sources/test.txt', document: SOURCE }],
    entryFiles: Object.entries(entries).map(([name, text]) => ({ file: `entries/${name}`, text })),
    titleGrammar: { file: 'title-grammar.yaml', text: 'posts:\n  - part: 书记\n    english: Secretary\n' },
    ordinaryWords: { file: 'ordinary-words.yaml', text: ordinary },
    pinyinOverrides: { file: 'pinyin-overrides.yaml', text: '' },
    ignoredCandidates: { file: 'candidates-ignored.yaml', text: '' },
    frequentWords: { file: 'words.txt', words: parseWordList(WORD_LIST, 1000), model: new WordModel(WORD_LIST) },
  };
}

const MINSHENG = `- term: 民生
  gloss: people's livelihood
  literal: 民 people · 生 life
  explanation: Living conditions.
`;

describe('the build, on short entries', () => {
  it('fails where a short entry fires across a common word, naming the word to list', () => {
    const problems = buildDictionary(input({ 'slogans.yaml': MINSHENG })).problems.map(formatProblem);
    expect(problems).toEqual([expect.stringMatching(/^entries\/slogans\.yaml:1: short form "民生" of entry "民生" is marked in "军民生产", where "军民" is a common word .*list "军民" in ordinary-words\.yaml$/)]);
  });

  it('passes once the common word is listed as ordinary', () => {
    expect(buildDictionary(input({ 'slogans.yaml': MINSHENG }, '- 城市\n- 军民\n')).problems).toEqual([]);
  });

  it('leaves a collision alone where listing the word would hide another term (为主 before 主任)', () => {
    const titles = `- term: 主委
  gloss: Chair (of a democratic party's committee)
  explanation: x
- term: 主任
  gloss: Director
  explanation: x
`;
    // 为主委员 marks 主委, but 为主 listed as ordinary would hide 主任 in 选为主任.
    expect(buildDictionary(input({ 'titles.yaml': titles })).problems).toEqual([]);
    const withoutDirector = buildDictionary(input({ 'titles.yaml': titles.slice(0, titles.indexOf('- term: 主任')) })).problems.map(formatProblem);
    expect(withoutDirector).toEqual([expect.stringContaining('short form "主委" of entry "主委" is marked in "为主委员", where "为主" is a common word')]);
  });
});
