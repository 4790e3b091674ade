import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { buildDictionary } from '../../dictionary-build/build.ts';
import { sentencesOf } from '../../dictionary-build/sentences.ts';
import { readDictionaryInputs } from '../../scripts/lib/dictionary-inputs.ts';
import { loadSampleSource, loadSourceDocuments } from '../../scripts/lib/sources.ts';

const { dictionary } = buildDictionary(readDictionaryInputs());
const byForm = new Map(dictionary.entries.flatMap((entry) => entry.forms.map((form) => [form.text, entry] as const)));

// The terms the dictionary issue names from the seed article, by kind: a floor, not the whole.
const NAMED_IN_THE_ISSUE: Record<string, string[]> = {
  title: ['市委书记', '市委常委', '统战部部长', '副市长', '代市长', '市政府秘书长', '市公安局局长', '省长', '省领导', '市法院院长', '市慈善总会会长', '市政协党组成员'],
  body: ['市发展改革委', '统战部', '市国资委', '市工业和信息化局', '市地方金融监管局', '市社会矛盾纠纷调处服务中心', '省疫情联防联控指挥部'],
  slogan: ['共同富裕示范引领区', '碳达峰碳中和', '新发展阶段', '急难愁盼', '外防输入、内防扩散', '戴着口罩抓发展', '如履薄冰、严紧细实', '降碳减污扩绿增长', '优存量扩增量', '市长在线·民声留言板'],
  formula: ['十四五', '三大光荣使命', '四个确保', '八种能力', '两张清单', '党的二十大', '全国两会'],
  person: ['杜小刚', '赵建军', '周常青', '张镇'],
  // Named as a slogan by the dictionary issue; an idiom since idioms have their own kind (issue "Slogans").
  idiom: ['一着不让'],
  other: ['本报讯', '座谈会', '信访', '核酸检测', '市属国企'],
};

describe('coverage of the seed article', () => {
  it.each(Object.entries(NAMED_IN_THE_ISSUE))('has every %s the issue names', (kind, terms) => {
    expect(terms.filter((term) => byForm.get(term)?.kind !== kind)).toEqual([]);
  });

  it('gives people their role as the article prints it', () => {
    expect(byForm.get('杜小刚')?.role).toBe('市委书记');
    expect(byForm.get('赵建军')?.role).toBe('代市长');
  });

  it('gives every entry found in a source an example sentence from it', () => {
    const sentencesOfSource = loadSourceDocuments().map((document) => sentencesOf(document.text));
    for (const entry of dictionary.entries.filter((candidate) => candidate.example)) {
      const example = entry.example?.sentence.replace(/^…|…$/g, '') ?? '';
      const sentences = sentencesOfSource[entry.example?.source ?? -1] ?? [];
      expect(sentences.some((sentence) => sentence.includes(example)), entry.id).toBe(true);
      // A source in Traditional script gives its example as written: 陸委會 for the form 陆委会.
      expect(entry.forms.some((form) => [form.text, ...(form.traditional ?? [])].some((spelling) => example.includes(spelling))), entry.id).toBe(true);
    }
  });

  it('has slogans and formulas that each carry a literal breakdown', () => {
    const missing = dictionary.entries.filter((entry) => ['slogan', 'formula'].includes(entry.kind) && !entry.literal);
    expect(missing.map((entry) => entry.id)).toEqual([]);
  });
});

describe('Traditional forms', () => {
  const toTraditional = [Converter({ from: 'cn', to: 'tw' }), Converter({ from: 'cn', to: 'hk' })];
  const sentences = sentencesOf(loadSampleSource().text);

  it.each(['tw', 'hk'] as const)('match the seed article converted to Traditional (%s) wherever the Simplified forms match', (standard) => {
    const convert = toTraditional[standard === 'tw' ? 0 : 1] as (text: string) => string;
    const misses: string[] = [];
    let checked = 0;
    for (const sentence of sentences) {
      const traditional = convert(sentence);
      for (const entry of dictionary.entries) {
        for (const form of entry.forms) {
          if (!sentence.includes(form.text)) continue;
          checked += 1;
          const spellings = [form.text, ...(form.traditional ?? [])];
          if (!spellings.some((spelling) => traditional.includes(spelling))) misses.push(`${form.text} in ${traditional}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
    expect(misses).toEqual([]);
  });

  it('are listed for terms whose script differs', () => {
    expect(byForm.get('市委书记')?.forms[0]?.traditional).toContain('市委書記');
    expect(byForm.get('党的二十大')?.forms[0]?.traditional).toContain('黨的二十大');
    expect(byForm.get('高质量发展')?.forms[0]?.traditional).toContain('高質量發展');
    expect(byForm.get('十四五')?.forms[0]?.traditional).toBeUndefined();
  });

  it('include the spelling pages use where OpenCC reads a phrase otherwise (一個, not only 一箇)', () => {
    expect(byForm.get('一个中国原则')?.forms[0]?.traditional).toContain('一個中國原則');
  });

  it('keep 征 "journey" in Traditional where OpenCC writes 徵 "levy" (新時代新征程, not 新時代新徵程)', () => {
    expect(byForm.get('新时代新征程')?.forms[0]?.traditional).toEqual(['新時代新征程']);
    expect(byForm.get('新征程')?.forms[0]?.traditional).toBeUndefined();
    // 特征 "feature" is 特徵.
    expect(byForm.get('中国特色社会主义最本质的特征是中国共产党领导')?.forms[0]?.traditional?.[0]).toContain('特徵');
  });
});
