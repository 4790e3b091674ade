import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDictionary, type BuildInput } from '../../dictionary-build/build.ts';
import { formatProblem } from '../../dictionary-build/problems.ts';
import { parseSourceDocument } from '../../dictionary-build/source-document.ts';
import { readDictionaryInputs, serializeDictionary } from '../../scripts/lib/dictionary-inputs.ts';
import { simplifiedCharactersJson } from '../../dictionary-build/traditional.ts';
import { GENERATED_DICTIONARY, GENERATED_SIMPLIFIED_CHARACTERS } from '../../scripts/lib/paths.ts';

const SOURCE = parseSourceDocument(
  [
    '---',
    'id: test-source',
    'publication: 测试日报',
    'date: 2022-02-25',
    '---',
    '本报讯 市委书记杜小刚主持召开座谈会，坚持“戴着口罩抓发展”。',
    '',
  ].join('\n'),
  'sources/test.txt',
);

const TITLES = `- term: 市委书记
  gloss: Secretary of the CPC Municipal Committee
  explanation: The head of a city's Party committee.
`;

const VOCABULARY = `- term: 本报讯
  gloss: "this paper reports"
  explanation: Dateline opening a newspaper's own report.
- term: 座谈会
  gloss: forum
  explanation: A discussion meeting.
`;

const SLOGANS = `- term: 戴着口罩抓发展
  gloss: pursue development while wearing a mask
  literal: 戴着 wearing · 口罩 mask · 抓 grasp · 发展 development
  explanation: Keep the economy going under epidemic control.
`;

const PEOPLE = `- term: 杜小刚
  gloss: Du Xiaogang
  role: 市委书记
  explanation: Named as Party secretary.
`;

function input(overrides: Partial<Record<string, string>> = {}): BuildInput {
  const files: Record<string, string> = {
    'titles.yaml': TITLES,
    'vocabulary.yaml': VOCABULARY,
    'slogans.yaml': SLOGANS,
    'people.yaml': PEOPLE,
    ...overrides,
  };
  return {
    sources: [{ file: 'sources/test.txt', document: SOURCE }],
    entryFiles: Object.entries(files)
      .filter(([name]) => !['grammar', 'overrides', 'ignored', 'ordinary'].includes(name))
      .map(([name, text]) => ({ file: `entries/${name}`, text: text ?? '' })),
    titleGrammar: { file: 'title-grammar.yaml', text: overrides.grammar ?? 'posts:\n  - part: 书记\n    english: Secretary\n' },
    ordinaryWords: { file: 'ordinary-words.yaml', text: overrides.ordinary ?? '- 城市\n' },
    pinyinOverrides: { file: 'pinyin-overrides.yaml', text: overrides.overrides ?? '' },
    ignoredCandidates: { file: 'candidates-ignored.yaml', text: overrides.ignored ?? '' },
  };
}

function problemsOf(buildInput: BuildInput): string[] {
  return buildDictionary(buildInput).problems.map(formatProblem);
}

describe('buildDictionary on a small, valid input', () => {
  const { dictionary, problems } = buildDictionary(input());

  it('has no problems', () => {
    expect(problems).toEqual([]);
  });

  it('takes each entry kind from its file, with pinyin per character and an example', () => {
    const title = dictionary.entries.find((entry) => entry.id === '市委书记');
    expect(title).toMatchObject({
      kind: 'title',
      forms: [{ text: '市委书记', pinyin: 'shì wěi shū jì', traditional: ['市委書記'] }],
      example: { source: 0, sentence: '本报讯 市委书记杜小刚主持召开座谈会，坚持“戴着口罩抓发展”。' },
    });
    expect(dictionary.entries.find((entry) => entry.id === '杜小刚')).toMatchObject({ kind: 'person', role: '市委书记' });
    expect(dictionary.grammar.posts).toEqual([{ part: '书记', english: 'Secretary', pinyin: 'shū jì', traditional: ['書記'] }]);
    expect(dictionary.ordinaryWords).toEqual(['城市']);
    expect(dictionary.sources).toEqual([{ id: 'test-source', publication: '测试日报', date: '2022-02-25' }]);
  });
});

describe('buildDictionary reports each problem with its file and line', () => {
  it.each([
    ['malformed YAML', { 'titles.yaml': '- term: 市委书记\n  gloss: [unclosed\n' }, /^entries\/titles\.yaml:\d+: YAML: /],
    ['an unknown field', { 'titles.yaml': TITLES + '  glos: typo\n' }, 'entries/titles.yaml:4: unknown field "glos"'],
    ['a missing gloss', { 'vocabulary.yaml': VOCABULARY.replace('  gloss: forum\n', '') }, 'entries/vocabulary.yaml:4: entry "座谈会" has no "gloss"'],
    ['an entry file of no kind', { 'misc.yaml': TITLES.replace('市委书记', '市长') }, 'entries/misc.yaml:1: unknown entry file'],
    ['a duplicate term', { 'places.yaml': TITLES.replace('gloss: Secretary', 'gloss: Also secretary') }, 'entries/places.yaml:1: "市委书记" is already a term or form of entry "市委书记" (entries/titles.yaml:1)'],
    ['a duplicate form', { 'vocabulary.yaml': VOCABULARY + '- term: 书记会\n  forms: [座谈会]\n  gloss: x\n  explanation: y\n  why: test\n' }, 'entries/vocabulary.yaml:7: "座谈会" is already a term or form of entry "座谈会"'],
    ['a slogan without a literal breakdown', { 'slogans.yaml': SLOGANS.replace(/ {2}literal:.*\n/, '') }, 'entries/slogans.yaml:1: entry "戴着口罩抓发展": a slogan needs a "literal" breakdown'],
    ['a person without a role', { 'people.yaml': PEOPLE.replace('  role: 市委书记\n', '') }, 'entries/people.yaml:1: entry "杜小刚": a person needs a "role"'],
    ['a related term that is no entry', { 'titles.yaml': TITLES + '  related: [市长]\n' }, 'entries/titles.yaml:1: entry "市委书记": related "市长" is not the term of any entry'],
    ['an entry found in no source and without a why', { 'titles.yaml': TITLES + '- term: 县长\n  gloss: County Head\n  explanation: x\n' }, 'entries/titles.yaml:4: entry "县长" occurs in no source document'],
    ['an override with the wrong number of syllables', { overrides: '市委书记: shì wěi shū\n' }, 'pinyin-overrides.yaml:1: override for "市委书记" has 3 syllable(s) for 4 character(s)'],
    ['an override for a term that is no entry', { overrides: '局长: jú zhǎng\n' }, 'pinyin-overrides.yaml:1: override for "局长", which is neither'],
    ['an override that is not pinyin', { overrides: '市委书记: shi4 wei3 shu1 ji4\n' }, 'pinyin-overrides.yaml:1: override for "市委书记": "shi4" is not a tone-marked syllable'],
    ['an ordinary word that is an entry', { ordinary: '- 城市\n- 座谈会\n' }, 'ordinary-words.yaml:2: "座谈会" is a term or form of entry "座谈会"'],
    ['an ordinary word listed twice', { ordinary: '- 城市\n- 城市\n' }, 'ordinary-words.yaml:2: "城市" is already listed (line 1)'],
    ['a grammar "after" that is not a map', { grammar: 'posts:\n  - part: 主任\n    english: Director\n    after: Chairman\n' }, 'title-grammar.yaml:4: "after" must map bodies to English'],
    ['"sessions" on an entry that is no body', { 'titles.yaml': TITLES + '  sessions: true\n' }, 'entries/titles.yaml:4: "sessions: true" is for bodies only'],
    ['"sessions" on a grammar post', { grammar: 'posts:\n  - part: 主任\n    english: Director\n    sessions: true\n' }, 'title-grammar.yaml:4: "sessions: true" is for bodies only'],
    ['a gloss-by without a URL', { 'titles.yaml': TITLES + '  gloss-by: Xinhua\n' }, 'entries/titles.yaml:1: entry "市委书记": "gloss-by" needs the URL'],
    ['a post that follows only named bodies but names none', { grammar: 'posts:\n  - part: 代表\n    english: Deputy\n    only-after: true\n' }, 'title-grammar.yaml:2: "only-after: true" needs "after"'],
    ['"within" on a post', { grammar: 'posts:\n  - part: 主任\n    english: Director\n    within: 政协\n' }, 'title-grammar.yaml:2: "within" is for bodies'],
    ['"within" naming no Chinese body', { grammar: 'bodies:\n  - part: 提案委员会\n    english: Committee for Handling Proposals\n    within: CPPCC\n' }, 'title-grammar.yaml:2: "within" is for bodies'],
    ['"not-after" naming a level the grammar does not list', { grammar: 'jurisdictions:\n  - part: 村\n    english: Village\nbodies:\n  - part: 工作委员会\n    english: Working Committee\n    not-after: 村 社区\n' }, 'title-grammar.yaml:5: "not-after" is for bodies, and names jurisdictions listed before them'],
    ['"after" on a level', { grammar: 'jurisdictions:\n  - part: 市\n    english: Municipal\n    after:\n      省: City\n' }, 'title-grammar.yaml:2: "after" is for posts and bodies only'],
    ['"topic" on a post', { grammar: 'posts:\n  - part: 组长\n    english: Head\n    topic: Head of {t}\n' }, 'title-grammar.yaml:2: "topic" is for bodies'],
    ['a body\'s "topic" English without its slot', { grammar: 'bodies:\n  - part: 领导小组\n    english: Leading Group\n    topic: Leading Group\n' }, 'title-grammar.yaml:2: "topic" is for bodies'],
    ['"standalone" on a modifier', { grammar: 'modifiers:\n  - part: 副\n    english: Deputy\n    standalone: true\n' }, 'title-grammar.yaml:4: "standalone: true" is for bodies and posts only'],
    ['"before" on a body', { grammar: 'bodies:\n  - part: 委\n    english: Committee\n    before: true\n' }, 'title-grammar.yaml:4: "before: true" is for organisations only'],
    ['an uncovered candidate', { 'slogans.yaml': '' }, 'sources/test.txt:6: quoted candidate "戴着口罩抓发展"'],
    ['an ignore line that covers nothing', { ignored: '部署: the verb "deploy"\n' }, 'candidates-ignored.yaml:1: "部署" no longer covers any candidate'],
  ])('%s', (_name, overrides, expected) => {
    const problems = problemsOf(input(overrides));
    if (typeof expected === 'string') {
      expect(problems.some((problem) => problem.startsWith(expected)), problems.join('\n')).toBe(true);
    } else {
      expect(problems.some((problem) => expected.test(problem)), problems.join('\n')).toBe(true);
    }
  });

  it('counts a title the grammar composes as covered, and only then', () => {
    const grammar = ['jurisdictions:', '  - part: 市', '    english: Municipal', 'bodies:', '  - part: 委', '    english: CPC {j} Committee', '    bound: true', 'posts:', '  - part: 书记', '    english: Secretary', ''].join('\n');
    expect(problemsOf(input({ 'titles.yaml': '', grammar }))).toEqual([]);
    expect(problemsOf(input({ 'titles.yaml': '' })).some((problem) => problem.includes('title candidate "书记"'))).toBe(true);
  });

  it('reads a source in Traditional script in Simplified, and quotes it as written', () => {
    const traditional = parseSourceDocument(
      ['---', 'id: test-traditional', 'publication: 測試', 'date: 2022-02-25', 'script: Traditional', '---', '本報訊 市委書記杜小剛主持召開座談會，堅持「戴著口罩抓發展」。', ''].join('\n'),
      'sources/test-traditional.txt',
    );
    const built = buildDictionary({ ...input(), sources: [{ file: 'sources/test-traditional.txt', document: traditional }] });
    expect(built.problems.map(formatProblem)).toEqual([]);
    expect(built.dictionary.entries.find((entry) => entry.id === '座谈会')?.example?.sentence).toContain('座談會');
  });

  it('takes an example only where the entry itself is marked, the sources marked examples: first before the others', () => {
    const source = (id: string, text: string, extra = '') =>
      parseSourceDocument(['---', `id: ${id}`, 'publication: 测试', 'date: 2022-02-25', ...(extra ? [extra] : []), '---', text, ''].join('\n'), `sources/${id}.txt`);
    const vocabulary = VOCABULARY + '- term: 续会\n  gloss: follow-up meeting\n  explanation: x\n';
    const built = buildDictionary({
      ...input({ 'vocabulary.yaml': vocabulary, ordinary: '- 城市\n- 赓续\n' }),
      sources: [
        { file: 'sources/a.txt', document: source('a', '要赓续会同各方的传统。') },
        { file: 'sources/b.txt', document: source('b', '会后召开续会。') },
        { file: 'sources/c.txt', document: source('c', SOURCE.text, 'examples: first') },
      ],
    });
    const example = (id: string) => built.dictionary.entries.find((entry) => entry.id === id)?.example;
    expect(example('续会')).toEqual({ source: 1, sentence: '会后召开续会。' });
    expect(example('座谈会')?.source).toBe(2);
  });

  it('accepts an ignored candidate with its reason', () => {
    expect(problemsOf(input({ 'slogans.yaml': '', ignored: '戴着口罩抓发展: test reason\n' }))).toEqual([]);
  });

  it('accepts an entry found in no source when it says why', () => {
    const titles = TITLES + '- term: 县长\n  gloss: County Head\n  explanation: x\n  why: Used by the grammar tests.\n';
    const { dictionary, problems } = buildDictionary(input({ 'titles.yaml': titles }));
    expect(problems).toEqual([]);
    expect(dictionary.entries.find((entry) => entry.id === '县长')).toMatchObject({ why: 'Used by the grammar tests.' });
  });
});

describe('the bundled dictionary', () => {
  const { dictionary, problems } = buildDictionary(readDictionaryInputs());

  it('builds from dictionaries/ without a problem', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('is what dictionaries/generated/dictionary.json holds (run npm run dict:build if not)', () => {
    expect(readFileSync(GENERATED_DICTIONARY, 'utf8')).toBe(serializeDictionary(dictionary));
  });

  it('is what dictionaries/generated/simplified-characters.json holds (run npm run dict:build if not)', () => {
    expect(readFileSync(GENERATED_SIMPLIFIED_CHARACTERS, 'utf8')).toBe(simplifiedCharactersJson());
  });
});
