import { describe, expect, it } from 'vitest';
import { countChineseShare, isHan, measureChineseShare } from '../../engine/chinese-text.ts';
import { isChineseText } from '../../engine/is-chinese-text.ts';
import { loadSampleSource } from '../../scripts/lib/sources.ts';

describe('measureChineseShare', () => {
  it('counts Han characters among letters, ignoring digits, punctuation and spaces', () => {
    expect(measureChineseShare('市委书记 abc, 2022！')).toEqual({ han: 4, letters: 7, share: 4 / 7 });
  });

  it('counts a character outside the Basic Multilingual Plane once', () => {
    expect(measureChineseShare('𠮷野家')).toMatchObject({ han: 3, letters: 3 });
    expect(isHan('𠮷')).toBe(true);
    expect(isHan('ア')).toBe(false);
  });

  it('gives a share of 0 for text without letters', () => {
    expect(measureChineseShare('')).toEqual({ han: 0, letters: 0, share: 0 });
    expect(measureChineseShare('2022-02-25 ，。')).toEqual({ han: 0, letters: 0, share: 0 });
  });
});

describe('isChineseText', () => {
  it('accepts the seed news article', () => {
    expect(isChineseText(loadSampleSource().text)).toBe(true);
  });

  it('rejects English text that quotes a Chinese name', () => {
    const text =
      'The mayor of Wuxi (无锡市市长) met investors on Friday to discuss new projects in the city, ' +
      'including a science park and several transport links planned for the coming years.';
    expect(isChineseText(text)).toBe(false);
  });

  it('rejects a page whose only Chinese is a language-switch link', () => {
    expect(isChineseText('Home News Sport 中文')).toBe(false);
  });

  it('accepts a Chinese article even with an English menu around it', () => {
    const menu = 'Home | World | Business | Technology | Contact us | Subscribe | Sign in | ';
    expect(isChineseText(menu + '市委书记杜小刚主持召开重点央企、知名民企、外资企业、金融机构洽谈签约工作座谈会。')).toBe(true);
  });

  it('accepts Traditional Chinese', () => {
    expect(isChineseText('市委書記主持召開座談會，聽取前期工作情況匯報，研究部署下階段工作舉措。')).toBe(true);
  });
});

describe('counting letters by code point ranges', () => {
  it('counts as \\p{L} does on the text of news pages in many scripts', () => {
    const samples = [
      '本报讯 2月25日下午，市委书记杜小刚主持召开座谈会。“急难愁盼”、【要闻】《人民日报》……',
      'The city council met on Tuesday (14:30) to discuss the new plan — 3 bus lines & a path!',
      'Le conseil municipal s’est réuni à Zürich; Ærø, Øresund, naïve façade.',
      'Городской совет собрался во вторник. Ελληνικά γράμματα.',
      '東京都知事は、令和６年度の予算案を発表した。ソウル특별시청에서 회의가 열렸다.',
      '全角ＡＢＣ１２３，！？　表情😀🇨🇳 ※ ◆ → ①',
      '𠮷野家 and 𪚥',
    ];
    for (const text of samples) {
      const expected = [...text].filter((char) => /\p{L}/u.test(char)).length;
      const counts = { han: 0, letters: 0 };
      countChineseShare(text, counts);
      expect(counts.letters, text).toBe(expected);
      expect(counts.han, text).toBe([...text].filter((char) => /\p{Script=Han}/u.test(char)).length);
    }
  });

  it('stops at the limit, counting a surrogate pair as one', () => {
    const counts = { han: 0, letters: 0 };
    expect(countChineseShare('𠮷野家abc', counts, 2)).toBe(2);
    expect(counts).toEqual({ han: 2, letters: 2 });
  });
});
