import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../engine/annotation.ts';
import type { EntryKind } from '../../engine/dictionary-format.ts';
import { parseAnswers, parseExcerpt, type CorpusItem } from '../../evaluation/corpus.ts';
import { belowFloor, floorOf } from '../../evaluation/floor.ts';
import { rate, scoreCorpus, type AnnotateLine } from '../../evaluation/score.ts';

const FILLER = '会议强调要认真贯彻落实各项部署。'.repeat(14);

function excerptFile(text: string, header: Record<string, string> = {}): string {
  const fields = {
    id: 'city-test-2024-01-02',
    category: 'municipal',
    script: 'simplified',
    title: '测试',
    url: 'https://www.example.gov.cn/a.html',
    publication: '某市人民政府',
    date: '2024-01-02',
    licence: 'PRC Copyright Law art. 5',
    ...header,
  };
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n${text}\n`;
}

function item(lines: string[], answers: string): CorpusItem {
  const text = [...lines, FILLER].join('\n');
  const parsed = parseExcerpt(excerptFile(text), 'test.txt', 'city-test-2024-01-02');
  expect(parsed.problems).toEqual([]);
  const parsedAnswers = parseAnswers(answers, 'test.yaml', text);
  expect(parsedAnswers.problems).toEqual([]);
  return { excerpt: parsed.excerpt!, answers: parsedAnswers.answers! };
}

/** An annotator that marks the given strings wherever they occur, with the given kinds. */
function marking(marks: Record<string, EntryKind>, readings: Record<string, string> = {}): AnnotateLine {
  return (line) => {
    const found: Annotation[] = [];
    for (const [text, kind] of Object.entries(marks)) {
      for (let at = line.indexOf(text); at >= 0; at = line.indexOf(text, at + text.length)) {
        found.push({
          start: { segment: 0, offset: at },
          end: { segment: 0, offset: at + text.length },
          text,
          kind,
          id: text,
          gloss: `gloss of ${text}`,
          readings: (readings[text] ?? '').split(' ').filter(Boolean),
          source: 'entry',
          composed: false,
        });
      }
    }
    return found.sort((a, b) => a.start.offset - b.start.offset);
  };
}

describe('excerpt files', () => {
  it('accepts a complete header and a text of 200–800 characters', () => {
    const { excerpt, problems } = parseExcerpt(excerptFile(FILLER), 'x.txt', 'city-test-2024-01-02');
    expect(problems).toEqual([]);
    expect(excerpt?.lines).toHaveLength(1);
  });

  it('names each missing or wrong header field', () => {
    const { problems } = parseExcerpt(excerptFile(FILLER, { url: '', category: 'gossip', script: 'both' }), 'x.txt', 'city-other-2024-01-02');
    const messages = problems.map((problem) => problem.problem).join('\n');
    expect(messages).toContain('header lacks "url"');
    expect(messages).toContain('category "gossip"');
    expect(messages).toContain('script "both"');
    expect(messages).toContain('does not match the file name');
  });

  it('rejects texts too short or too long, and CC BY-SA text without attribution', () => {
    expect(parseExcerpt(excerptFile('太短了。'), 'x.txt', 'city-test-2024-01-02').problems[0]?.problem).toMatch(/has 4 characters/);
    expect(parseExcerpt(excerptFile(FILLER.repeat(4)), 'x.txt', 'city-test-2024-01-02').problems[0]?.problem).toMatch(/has 896 characters/);
    const wiki = parseExcerpt(excerptFile(FILLER, { licence: 'CC BY-SA 4.0' }), 'x.txt', 'city-test-2024-01-02');
    expect(wiki.problems.map((problem) => problem.problem)).toContain('CC BY-SA text needs an "attribution" line');
  });
});

describe('answer files', () => {
  const text = '县（区）委书记张三出席会议，强调实事求是。';

  it('takes a term written exactly as in the excerpt, with one syllable per Han character', () => {
    const answer = (term: string) =>
      parseAnswers(`status: checked\nterms:\n  - text: ${term}\n    kind: title\n    english: Secretary of the CPC County (District) Committee\n    pinyin: xiàn qū wěi shū ji\n`, 'a.yaml', text);
    const { answers, problems } = answer('县（区）委书记');
    expect(problems).toEqual([]);
    expect(answers?.terms[0]?.pinyin).toEqual(['xiàn', 'qū', 'wěi', 'shū', 'ji']);
    // ASCII brackets are not what the excerpt prints.
    expect(answer('县(区)委书记').problems.map((problem) => problem.problem)).toEqual(['"县(区)委书记" does not occur in the excerpt']);
  });

  it('reports, with its line, a term not in the text, a wrong syllable count, an unknown kind and an unknown field', () => {
    const { problems } = parseAnswers(
      [
        'status: draft',
        'terms:',
        '  - text: 市长',
        '    kind: title',
        '    english: Mayor',
        '    pinyin: shì zhǎng',
        '  - text: 张三',
        '    kind: person',
        '    english: Zhang San',
        '    pinyin: zhāng',
        '  - text: 会议',
        '    kind: event',
        '    english: meeting',
        '    pinyin: huì yì',
        '    colour: red',
      ].join('\n'),
      'a.yaml',
      text,
    );
    expect(problems.map((problem) => `${problem.line}: ${problem.problem}`)).toEqual([
      '3: "市长" does not occur in the excerpt',
      '7: "张三": pinyin has 1 syllables for 2 Han characters',
      '15: unknown field "colour" in terms',
      '11: "会议": kind "event" is not one of title, body, slogan, formula, person, place, idiom, other',
    ]);
  });

  it('refuses a must-not that contradicts a term, and one without a reason', () => {
    const { problems } = parseAnswers(
      'status: checked\nterms:\n  - text: 实事求是\n    kind: idiom\n    english: seek truth from facts\n    pinyin: shí shì qiú shì\nmust-not:\n  - text: 实事求是\n  - text: 求是\n    in: 实事求是\n    why: inside the idiom\n',
      'a.yaml',
      text,
    );
    expect(problems.map((problem) => problem.problem)).toEqual([
      'must-not "实事求是" has no why',
      '"实事求是" is both a term and a must-not; give the must-not an "in" or an "as" that differs from the term\'s kind',
    ]);
  });

  it('refuses a term listed twice, even with different spacing', () => {
    const { problems } = parseAnswers(
      'status: checked\nterms:\n  - text: 张三\n    kind: person\n    english: Zhang San\n    pinyin: zhāng sān\n  - text: 张 三\n    kind: person\n    english: Zhang San\n    pinyin: zhāng sān\n',
      'a.yaml',
      text,
    );
    expect(problems.map((problem) => problem.problem)).toContain('"张 三" is listed twice');
  });

  it('requires a status', () => {
    expect(parseAnswers('terms: []\n', 'a.yaml', text).problems.map((problem) => problem.problem)).toContain('no status (draft or checked)');
  });
});

const ANSWERS = `status: checked
terms:
  - text: 市委书记
    kind: title
    english: Secretary of the CPC Municipal Committee
    pinyin: shì wěi shū ji
  - text: 县（区）委书记
    kind: title
    english: Secretary of the CPC County (District) Committee
    pinyin: xiàn qū wěi shū ji
  - text: 王勇
    kind: person
    english: Wang Yong
    pinyin: wáng yǒng
  - text: 放管服
    kind: slogan
    english: streamlining administration, delegating power, strengthening regulation and improving services
    pinyin: fàng guǎn fú
  - text: 民生
    kind: slogan
    english: the people's livelihood
    pinyin: mín shēng
  - text: 座谈会
    kind: other
    english: forum
    pinyin: zuò tán huì
  - text: 江苏
    kind: place
    english: Jiangsu
    pinyin: jiāng sū
    optional: true
must-not:
  - text: 民生
    in: 居民生活
    why: 居民 + 生活
  - text: 深思熟虑
    as: slogan
    why: an idiom
`;

describe('scoring', () => {
  const corpus = [
    item(
      [
        '市委书记王勇安排全市县（区）委书记座谈会，关注民生和居民生活。',
        '江苏推进“放管服”改革，深思熟虑。',
      ],
      ANSWERS,
    ),
  ];

  it('counts exact marks of the right kind as found and right', () => {
    const report = scoreCorpus(corpus, marking({ 市委书记: 'title', 王勇: 'person', '“放管服”': 'slogan', 民生和: 'slogan' }, { 市委书记: 'shì wěi shū jì' }));
    // 市委书记, 王勇, 放管服 found; 县(区)委书记 and the first 民生 not. 江苏 and 座谈会 are optional.
    expect(report.overall.recall).toEqual({ hits: 3, total: 5 });
    expect(report.byKind.title?.recall).toEqual({ hits: 1, total: 2 });
    expect(report.marks.find((mark) => mark.text === '“放管服”')?.verdict).toBe('right');
    expect(report.marks.find((mark) => mark.text === '民生和')?.verdict).toBe('crossing');
    expect(report.overall.precision).toEqual({ hits: 3, total: 4 });
    expect(report.pinyin).toEqual({ hits: 0, total: 3 });
    expect(report.pinyinDisagreements[0]).toMatchObject({ text: '市委书记', expected: 'shì wěi shū ji', marked: 'shì wěi shū jì' });
  });

  it('tells fragments, wrong kinds, must-not hits, unlisted names and unjudged vocabulary apart', () => {
    const report = scoreCorpus(corpus, marking({ 委书记: 'title', 王勇: 'title', 居民: 'other', 深思熟虑: 'slogan', 全市: 'place' }));
    const verdicts = Object.fromEntries(report.marks.map((mark) => [mark.text, mark.verdict]));
    expect(verdicts).toEqual({ 委书记: 'fragment', 王勇: 'wrong-kind', 居民: 'unjudged', 深思熟虑: 'must-not', 全市: 'unlisted' });
    expect(report.mustNotHits).toBe(1);
    // Vocabulary the answers do not list is neither right nor wrong: it is left out of precision.
    expect(report.overall.precision).toEqual({ hits: 0, total: 5 });
    const causes = Object.fromEntries(report.terms.filter((term) => !term.found).map((term) => [term.text, term.cause]));
    expect(causes).toMatchObject({ 市委书记: 'fragment-only', 王勇: 'wrong-kind', 放管服: 'not-marked' });
  });

  it('never expects a term inside a must-not context, and hits a must-not only on its exact span', () => {
    const report = scoreCorpus(corpus, marking({ 民生: 'slogan' }));
    const minSheng = report.marks.filter((mark) => mark.text === '民生').map((mark) => mark.verdict);
    expect(minSheng).toEqual(['right', 'must-not']);
    expect(report.terms.filter((term) => term.text === '民生')).toHaveLength(1);
  });

  it('reads the longest listed term first, so a term inside a longer one is not expected on its own', () => {
    const report = scoreCorpus(corpus, marking({ 县: 'place' }));
    expect(report.terms.map((term) => term.text)).toContain('县（区）委书记');
    expect(report.marks[0]).toMatchObject({ verdict: 'fragment', term: { text: '县（区）委书记' } });
  });

  it('counts a merged mark as a miss of both terms it swallows', () => {
    const report = scoreCorpus(corpus, marking({ 市委书记王勇安: 'title' }));
    expect(report.terms.filter((term) => term.cause === 'merged').map((term) => term.text)).toEqual(['市委书记', '王勇']);
    expect(report.marks[0]?.verdict).toBe('crossing');
  });

  it('takes a name inside vocabulary as right whether the name or the whole phrase is marked', () => {
    const meeting = [
      item(
        ['国务院总理李强主持召开国务院常务会议。'],
        `status: checked
terms:
  - text: 国务院
    kind: body
    english: State Council
    pinyin: guó wù yuàn
  - text: 国务院常务会议
    kind: other
    english: executive meeting of the State Council
    pinyin: guó wù yuàn cháng wù huì yì
`,
      ),
    ];
    const body = scoreCorpus(meeting, marking({ 国务院: 'body' }));
    expect(body.overall.recall).toEqual({ hits: 2, total: 2 });
    expect(body.overall.precision).toEqual({ hits: 2, total: 2 });
    const whole = scoreCorpus(meeting, marking({ 国务院常务会议: 'other' }));
    // The first 国务院 (in 国务院总理) is not marked; the one inside the meeting's name is explained by it.
    expect(whole.overall.recall).toEqual({ hits: 1, total: 2 });
    expect(whole.marks.map((mark) => mark.verdict)).toEqual(['right']);
    const part = scoreCorpus(meeting, marking({ 常务会议: 'other', 李强主持: 'person' }));
    expect(part.marks.map((mark) => mark.verdict)).toEqual(['unlisted', 'unjudged']);
  });

  it('reports per category and holds figures to a floor', () => {
    const good = scoreCorpus(corpus, marking({ 市委书记: 'title', 王勇: 'person' }));
    expect(good.byCategory.municipal?.recall).toEqual({ hits: 2, total: 5 });
    const floor = floorOf(good);
    expect(floor.recall.overall).toBe(0.4);
    expect(belowFloor(floor, floor)).toEqual([]);
    const worse = floorOf(scoreCorpus(corpus, marking({ 市委书记: 'title', 深思熟虑: 'slogan' })));
    expect(belowFloor(worse, floor)).toEqual([
      'recall of overall: 20.0 %, below the floor of 40.0 %',
      'recall of person: 0.0 %, below the floor of 100.0 %',
      'precision of overall: 50.0 %, below the floor of 100.0 %',
      'precision of person: nothing to measure any more (floor 100.0 %)',
      'must-not hits: 1, above the ceiling of 0',
    ]);
    expect(rate({ hits: 0, total: 0 })).toBe(1);
  });
});
