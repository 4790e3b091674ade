import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../engine/annotation.ts';
import { Annotator } from '../../engine/annotator.ts';
import type { Dictionary, DictionaryEntry } from '../../engine/dictionary-format.ts';
import { asDictionary } from '../../engine/load-dictionary.ts';
import { readPinyinWithPinyinPro } from '../../engine/pinyin-pro-reader.ts';
import { GENERATED_DICTIONARY } from '../../scripts/lib/paths.ts';
import { loadSampleSource } from '../../scripts/lib/sources.ts';

const dictionary = asDictionary(JSON.parse(readFileSync(GENERATED_DICTIONARY, 'utf8')));
const annotator = new Annotator({ dictionary, readPinyin: readPinyinWithPinyinPro });
const seed = loadSampleSource().text;

/** "text[kind]" for each annotation, * marking what the engine composed. */
function summary(annotations: Annotation[]): string[] {
  return annotations.map((annotation) => `${annotation.text}[${annotation.kind}${annotation.composed ? '*' : ''}]`);
}

function withEntries(...entries: DictionaryEntry[]): Annotator {
  const extended: Dictionary = { ...dictionary, entries: [...dictionary.entries, ...entries] };
  return new Annotator({ dictionary: extended, readPinyin: readPinyinWithPinyinPro });
}

function entry(id: string, pinyin: string, kind: DictionaryEntry['kind'] = 'other'): DictionaryEntry {
  return { id, kind, forms: [{ text: id, pinyin }], gloss: `test ${id}`, explanation: 'test entry' };
}

describe('the seed article exactly as printed, line breaks kept', () => {
  const annotations = annotator.annotateText(seed);
  // Positions in the text with whitespace removed, where the dictionary's forms can be searched.
  const squeezed: number[] = [];
  let compact = '';
  for (let index = 0; index < seed.length; index += 1) {
    if (/\s/.test(seed[index] ?? '')) continue;
    squeezed[index] = compact.length;
    compact += seed[index];
  }
  const spans = annotations.map((annotation) => ({
    annotation,
    start: squeezed[annotation.start.offset] ?? -1,
    end: (squeezed[annotation.end.offset - 1] ?? -2) + 1,
  }));

  it('finds every form of every entry everywhere it occurs, whole and not cut across', () => {
    const problems: string[] = [];
    let occurrences = 0;
    for (const { id, forms } of dictionary.entries) {
      for (const { text } of forms) {
        for (let at = compact.indexOf(text); at >= 0; at = compact.indexOf(text, at + 1)) {
          occurrences += 1;
          const end = at + text.length;
          const cover = spans.find((span) => span.start <= at && span.end >= end);
          const crossing = spans.filter((span) => (span.start < at && span.end > at && span.end < end) || (span.start > at && span.start < end && span.end > end));
          if (!cover) problems.push(`${id}: "${text}" at ${at} is not annotated`);
          else if (cover.start === at && cover.end === end && cover.annotation.id !== id) problems.push(`${id}: "${text}" is annotated as ${cover.annotation.id}`);
          for (const span of crossing) problems.push(`${id}: "${text}" at ${at} is cut by "${span.annotation.text}"`);
        }
      }
    }
    expect(occurrences).toBeGreaterThan(250);
    expect(problems).toEqual([]);
  });

  it('reports only dictionary entries in it', () => {
    expect(annotations.filter((annotation) => annotation.source !== 'entry').map((annotation) => annotation.text)).toEqual([]);
  });

  it('matches across column breaks and keeps them in the text', () => {
    const title = annotations.find((annotation) => annotation.id === '市委书记');
    expect(title?.text).toBe('市委书\n记');
    expect(title?.readings).toEqual(['shì', 'wěi', 'shū', 'ji']);
    expect(title?.end.offset).toBe(seed.indexOf('记杜小刚') + 1);
    expect(annotations.find((annotation) => annotation.id === '市属国企')?.text).toBe('市属国\n\n企');
  });

  it('annotates stacked titles and the person after them, with the role from the dictionary', () => {
    const start = seed.indexOf('市委常委');
    const slice = annotations.filter((annotation) => annotation.start.offset >= start && annotation.start.offset < start + 20);
    expect(summary(slice)).toEqual(['市委常委[title]', '统战部部长[title]', '周常青[person]', '副市\n长[title]', '高亚光[person]']);
    expect(dictionary.entries.find((candidate) => candidate.id === '周常青')?.role).toBe('市委常委、统战部部长');
  });
});

describe('titles composed from the title grammar (examples from other cities)', () => {
  it.each([
    ['县委书记', 'Secretary of the CPC County Committee'],
    ['区长', 'District Head'],
    ['副区长', 'Deputy District Head'],
    ['市交通运输局局长', 'Director of the Municipal Transport Bureau'],
    ['常务副省长', 'Executive Vice Governor'],
    ['市人大常委会主任', "Chairman of the Standing Committee of the Municipal People's Congress"],
    ['市政协主席', 'Chairman of the Municipal Committee of the CPPCC'],
    ['省委副书记', 'Deputy Secretary of the CPC Provincial Committee'],
    ['市委统战部部长', 'Head of the United Front Work Department of the CPC Municipal Committee'],
    ['县卫健委主任', 'Director of the County Health Commission'],
    ['区人民法院院长', "President of the District People's Court"],
    ['镇党委书记', 'Secretary of the CPC Town Committee'],
    ['市委書記', 'Secretary of the CPC Municipal Committee'],
    ['縣委書記', 'Secretary of the CPC County Committee'],
  ])('%s → %s', (title, english) => {
    const [annotation, ...rest] = annotator.annotateText(`${title}。`);
    expect(rest).toEqual([]);
    expect(annotation).toMatchObject({ text: title, kind: 'title', gloss: english });
  });

  it('marks composed titles as composed and says how they were put together', () => {
    const [annotation] = annotator.annotateText('县委书记');
    expect(annotation).toMatchObject({ id: '', composed: true, source: 'title-grammar', readings: ['xiàn', 'wěi', 'shū', 'ji'] });
    expect(annotation?.parts).toEqual([
      { text: '县', english: 'County', role: 'jurisdiction' },
      { text: '委', english: 'Party Committee', role: 'body' },
      { text: '书记', english: 'Secretary', role: 'post' },
    ]);
  });

  it('prefers the dictionary to the grammar for a title it lists whole', () => {
    expect(annotator.annotateText('市委书记')[0]).toMatchObject({ id: '市委书记', composed: false });
  });

  it('annotates each post of an enumeration and the unlisted names after them, pinyin only', () => {
    const annotations = annotator.annotateText('会上，市委副书记、市长徐军，副市长、市公安局局长张三，省领导王一、李二参加。');
    expect(summary(annotations)).toEqual([
      '市委副书记[title*]',
      '市长[title]',
      '徐军[person*]',
      '副市长[title]',
      '市公安局局长[title]',
      '张三[person*]',
      '省领导[title]',
      '王一[person*]',
      '李二[person*]',
    ]);
    const name = annotations[2];
    expect(name).toMatchObject({ id: '', gloss: 'Xu Jun', readings: ['xú', 'jūn'], source: 'name-after-title' });
    expect(name).not.toHaveProperty('role');
  });

  it('reads surnames with surname readings', () => {
    const [, name] = annotator.annotateText('县长单小明主持会议');
    expect(name).toMatchObject({ text: '单小明', readings: ['shàn', 'xiǎo', 'míng'], gloss: 'Shan Xiaoming' });
  });
});

describe('precision: no false titles, no wrong splits', () => {
  it.each([
    ['城市长期发展，市场增长，市民成长'],
    ['袁长乐同志长期从事教育工作'],
    ['社会长期稳定，全部长期项目'],
    ['法院书记员记录了庭审'],
  ])('finds nothing in %s', (text) => {
    expect(summary(withEntries(entry('求是', 'qiú shì')).annotateText(text))).toEqual([]);
  });

  it("reads 袁长乐's 长 as cháng, as part of a name, not a title", () => {
    const annotations = annotator.annotateText('市长袁长乐主持会议');
    expect(summary(annotations)).toEqual(['市长[title]', '袁长乐[person*]']);
    expect(annotations[1]?.readings).toEqual(['yuán', 'cháng', 'lè']);
  });

  it('splits 市政协 as 市 + 政协, not 市政 + 协', () => {
    expect(annotator.annotateText('市政协主席')[0]?.parts?.map((part) => part.text)).toEqual(['市', '政协', '主席']);
    expect(summary(annotator.annotateText('市政协常委参加'))).toEqual(['市政协常委[title*]']);
    expect(annotator.annotateText('市政协常委')[0]?.gloss).toBe('Member of the Standing Committee of the Municipal Committee of the CPPCC');
  });

  it('splits 强调度 as 强 + 调度', () => {
    const engine = withEntries(entry('调度', 'diào dù'));
    expect(summary(engine.annotateText('要强调度、重保障'))).toEqual(['调度[other]']);
  });

  it('finds the journal 求是 only where it is not part of 实事求是', () => {
    const engine = withEntries(entry('求是', 'qiú shì'));
    expect(summary(engine.annotateText('《求是》杂志发表文章，坚持实事求是'))).toEqual(['求是[other]', '实事求是[idiom]']);
  });

  it('does not take a verb after a title for a name', () => {
    expect(summary(annotator.annotateText('书记强调，区长指出'))).toEqual(['书记[title]', '区长[title*]']);
  });
});

describe('numbered formulas the dictionary does not list', () => {
  it('annotates them with pinyin and what can be read from them', () => {
    const annotations = annotator.annotateText('落实五个管住，完成十项重点任务，开展“三个年”活动。');
    expect(summary(annotations)).toEqual(['五个管住[formula*]', '十项重点任务[formula*]', '三个年[formula*]']);
    expect(annotations[0]).toMatchObject({
      id: '',
      readings: ['wǔ', 'gè', 'guǎn', 'zhù'],
      literal: '五 five · 个 (measure word) · 管住 guǎn zhù',
    });
    expect(annotations[0]?.gloss).toContain('not in Guanhua');
  });

  it('reads 〇, the numeral zero, in a term that holds it', () => {
    const [goal] = annotator.annotateText('展望二〇三五年远景目标');
    expect(goal?.readings.slice(0, 5)).toEqual(['èr', 'líng', 'sān', 'wǔ', 'nián']);
  });

  it('leaves counted things alone', () => {
    expect(summary(annotator.annotateText('两个月后，一个人，三个方面，这是一个好办法，五个人参加。'))).toEqual([]);
    // 大队 is a brigade, numbered: 执法三大队 is no formula of three.
    expect(summary(annotator.annotateText('执法三大队自今年5月起'))).toEqual([]);
    expect(summary(annotator.annotateText('选举分两个阶段进行'))).toEqual([]);
  });

  it('ends a formula before a word of time after it', () => {
    expect(summary(annotator.annotateText('落实五项措施之后，十条意见以来'))).toEqual(['五项措施[formula*]', '十条意见[formula*]']);
    // …nor a one-character word of place: 在六大优势中 "among the six advantages".
    expect(summary(annotator.annotateText('在六大优势中，'))).toEqual(['六大优势[formula*]']);
    expect(summary(annotator.annotateText('落实八项规定之后，'))).toEqual(['八项规定[formula]']);
  });

  it('prefers a listed formula', () => {
    expect(annotator.annotateText('全力做到“四个确保”')[0]).toMatchObject({ id: '四个确保', composed: false });
  });

  it('reads a party congress by its number, led by the party or from the 16th on', () => {
    const annotations = annotator.annotateText('中共六大以后，民革十三大，十九大报告提出，自十六大以来');
    expect(summary(annotations)).toEqual(['中共六大[formula*]', '民革十三大[formula*]', '十九大[formula*]', '十六大[formula*]']);
    expect(annotations.map((annotation) => annotation.gloss)).toEqual([
      'the 6th National Congress of the CPC',
      'the 13th National Congress of the Revolutionary Committee of the Chinese Kuomintang',
      'the 19th National Congress of the CPC',
      'the 16th National Congress of the CPC',
    ]);
    expect(annotator.annotateText('中國共產黨第五次全國代表大會')[0]?.gloss).toBe('the 5th National Congress of the CPC');
    // In digits, only after the Party's name: 17大项目 are 17 major projects, C919大型客机 an airliner.
    expect(summary(annotator.annotateText('全县共有17大项目，国产C919大型客机'))).toEqual([]);
    expect(summary(annotator.annotateText('学习贯彻党的19大精神'))).toEqual(['党的19大[formula*]']);
  });

  it('does not read major tasks or projects as congresses', () => {
    expect(summary(annotator.annotateText('评出十大人物，实施百大项目，完成十二大任务'))).toEqual([]);
    // A formula the dictionary lists is its entry, not an unlisted one.
    expect(summary(annotator.annotateText('打好三大攻坚战'))).toEqual(['三大攻坚战[formula]']);
    expect(summary(annotator.annotateText('打好五大攻坚战'))).toEqual(['五大攻坚战[formula*]']);
  });

  it('does not start a listed formula inside a number or an ordinal', () => {
    expect(summary(annotator.annotateText('做好六保工作，落实三农政策'))).toEqual(['六保[formula]', '三农[formula]']);
    expect(summary(annotator.annotateText('第十六保护区，第三农场'))).toEqual([]);
  });
});

describe('text as it really appears on pages', () => {
  it('matches across text nodes of one block and maps back to each node', () => {
    const annotations = annotator.annotate(['会上，', '市委', '书记', '杜小刚主持']);
    expect(annotations.map(({ start, end, text }) => ({ start, end, text }))).toEqual([
      { start: { segment: 1, offset: 0 }, end: { segment: 2, offset: 2 }, text: '市委书记' },
      { start: { segment: 3, offset: 0 }, end: { segment: 3, offset: 3 }, text: '杜小刚' },
    ]);
  });

  it('treats full-width and ASCII separators in slogans alike', () => {
    for (const text of ['外防输入、内防扩散', '外防输入，内防扩散', '外防输入,内防扩散', '外防输入; 内防扩散', '外防输入：内防扩散']) {
      expect(annotator.annotateText(text)[0]).toMatchObject({ id: '外防输入、内防扩散', text });
    }
  });

  it('finds the same terms in Traditional script as in Simplified', () => {
    const toTraditional = Converter({ from: 'cn', to: 'tw' });
    const traditional = toTraditional(seed);
    const ids = (annotations: Annotation[]) => annotations.map((annotation) => annotation.id);
    expect(ids(annotator.annotateText(traditional))).toEqual(ids(annotator.annotateText(seed)));
    expect(annotator.annotateText('黨的二十大和全國兩會')[0]?.text).toBe('黨的二十大');
    // 台 as Hong Kong writes 臺, where OpenCC would write 檯 "desk" (總檯).
    expect(annotator.annotateText('據中央廣播電視總台報道')[0]).toMatchObject({ text: '中央廣播電視總台', kind: 'body' });
  });
});

describe('properties', () => {
  // Surnames, ordinals, brackets and the level words of towns among them: 县委向 at the end of a block once threw.
  const chinese = fc.constantFrom(...'市委书记长副代省县区局部会政协人大常委主任二十五个管住杜小刚王向张于任第巡察组历次全镇村乡街道、，“”（）　\n 的和在为'.split(''));
  const text = fc.array(fc.oneof(chinese, fc.string({ maxLength: 3 })), { maxLength: 60 }).map((parts) => parts.join(''));
  const segments = fc.array(text, { minLength: 1, maxLength: 5 });

  it('never throws, never overlaps, and maps every annotation back to exactly its characters', () => {
    fc.assert(
      fc.property(segments, (input) => {
        const copy = [...input];
        const annotations = annotator.annotate(input);
        expect(input).toEqual(copy);
        let previous = { segment: -1, offset: 0 };
        for (const annotation of annotations) {
          const { start, end } = annotation;
          const startsAfterPrevious = start.segment > previous.segment || (start.segment === previous.segment && start.offset >= previous.offset);
          expect(startsAfterPrevious).toBe(true);
          let text = '';
          for (let segment = start.segment; segment <= end.segment; segment += 1) {
            const value = input[segment] ?? '';
            text += value.slice(segment === start.segment ? start.offset : 0, segment === end.segment ? end.offset : value.length);
          }
          expect(annotation.text).toBe(text);
          expect(annotation.readings).toHaveLength([...text].filter((char) => !/[\s\u200b\ufeff]/u.test(char)).length);
          previous = end;
        }
      }),
      { numRuns: 800 },
    );
  });

  it('keeps one mark where two rules read the same characters (a town and village a title took in)', () => {
    const annotations = annotator.annotateText('清水乡前汪村村委会主任王五');
    expect(annotations.map((annotation) => `${annotation.text}[${annotation.kind}]`)).toEqual(['清水乡前汪村村委会主任[title]', '王五[person]']);
  });
});

describe('asDictionary', () => {
  it('rejects a damaged or stale dictionary with a clear message', () => {
    expect(() => asDictionary(null)).toThrowError('not a JSON object');
    expect(() => asDictionary({ ...dictionary, format: 0 })).toThrowError('this engine reads format 2');
    expect(() => asDictionary({ ...dictionary, entries: [{ id: 3 }] })).toThrowError('malformed entry');
  });
});

describe('an engine built in steps', () => {
  it('pauses between its steps and annotates as the engine built at once does', async () => {
    let pauses = 0;
    const stepped = await Annotator.create({ dictionary, readPinyin: readPinyinWithPinyinPro }, () => {
      pauses += 1;
      return Promise.resolve();
    });
    // Entries a few at a time, then the ordinary words, the places' index and the title grammar.
    expect(pauses).toBeGreaterThan(4);
    // Places (江苏省, 无锡市, 通道县, 無錫) are read from the index when a text first reaches them.
    const text = '市委书记杜小刚主持召开会议，江苏省人民政府、无锡市委常委会、通道县委、無錫市，推动高质量发展和共同富裕。';
    expect(stepped.annotateText(text)).toEqual(annotator.annotateText(text));
  });
});
