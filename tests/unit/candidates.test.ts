import { describe, expect, it } from 'vitest';
import { findCandidates, judgeCandidates, type Candidate } from '../../dictionary-build/candidates.ts';
import { excerptAround, sentencesOf } from '../../dictionary-build/sentences.ts';
import { loadSampleSource } from '../../scripts/lib/sources.ts';

const keys = (candidates: Candidate[]) =>
  candidates.map((candidate) => `${candidate.kind}:${candidate.sentence.slice(candidate.keyStart, candidate.keyEnd)}`);

describe('findCandidates', () => {
  it('finds title endings, longest first, and body endings outside them', () => {
    const sentence = '副市长、市公安局局长张镇，市政府秘书长陈寿彬参加接访。';
    expect(keys(findCandidates(sentence))).toEqual(['title:市长', 'body:局', 'title:局长', 'body:政府', 'title:秘书长']);
  });

  it('finds numbered formulas, quoted or not, and bare numerals', () => {
    expect(keys(findCandidates('全力做到“四个确保”，落实五个管住，紧紧围绕“十四五”发展。'))).toEqual([
      'formula:四个确保',
      'quoted:四个确保',
      'formula:五个管住',
      'formula:十四五',
      'quoted:十四五',
    ]);
  });

  it('does not take counted things for formulas', () => {
    expect(keys(findCandidates('已答复办结1534件，一个月来共收到留言，两件诉求事项。')).filter((key) => key.startsWith('formula'))).toEqual([]);
  });

  it('finds parallel four-character phrases and short quotations, not long ones', () => {
    const sentence = '坚持如履薄冰、严紧细实，“营商环境没有最好只有更好”，他说“这是一段很长很长的不属于任何术语的引语内容”。';
    expect(keys(findCandidates(sentence))).toEqual(['parallel:如履薄冰、严紧细实', 'quoted:营商环境没有最好只有更好']);
  });
});

describe('judgeCandidates', () => {
  const sentence = '市委书记杜小刚参加部署会议。';
  const candidates = findCandidates(sentence);

  it('counts a candidate covered when an entry form spans its key', () => {
    const verdicts = judgeCandidates(candidates, { forms: ['市委书记', '书记会'], ignored: new Map() });
    expect(verdicts.map((verdict) => [verdict.candidate.context, verdict.coveredBy])).toEqual([
      ['市委书记杜', { form: '市委书记' }],
      ['市委书记杜小刚', { form: '市委书记' }],
      ['市委书记杜小刚参加部署会议', undefined],
      ['市委书记杜小刚参加部署会议', undefined],
    ]);
  });

  it('counts a candidate covered by a reviewed ignore line that spans its key', () => {
    const verdicts = judgeCandidates(candidates, {
      forms: ['市委书记'],
      ignored: new Map([
        ['部署', 'the verb "arrange"'],
        ['会议', 'a meeting'],
      ]),
    });
    expect(verdicts.every((verdict) => verdict.coveredBy !== undefined)).toBe(true);
    expect(verdicts.at(-1)?.coveredBy).toEqual({ ignored: '会议' });
  });
});

describe('sentences of a source document', () => {
  const sentences = sentencesOf(loadSampleSource().text);

  it('join the column breaks and keep headlines and bylines', () => {
    expect(sentences[0]).toBe(
      '本报讯 2月25日下午，市委书记杜小刚主持召开重点央企、知名民企、外资企业、金融机构、部分高校洽谈签约工作座谈会，听取前期工作情况汇报，研究部署下阶段工作举措。',
    );
    expect(sentences).toContain('解决群众“急难愁盼”');
    expect(sentences).toContain('（陈菁菁）');
    expect(sentences.some((sentence) => sentence.includes('\n'))).toBe(false);
  });

  it('are cut to the clauses around a term when long, marked with …', () => {
    const sentence = sentences.find((candidate) => candidate.includes('三大光荣使命')) ?? '';
    const at = sentence.indexOf('三大光荣使命');
    const excerpt = excerptAround(sentence, at, at + 6, 60);
    expect(sentence.length).toBeGreaterThan(60);
    expect(excerpt.length).toBeLessThanOrEqual(62);
    expect(excerpt).toContain('坚决扛起“三大光荣使命”');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerptAround('短句。', 0, 2, 60)).toBe('短句。');
  });
});
