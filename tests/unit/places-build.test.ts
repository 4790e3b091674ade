import { describe, expect, it } from 'vitest';
import { buildPlaces, parsePlacesFile, placeWordEdges } from '../../dictionary-build/places.ts';
import { expandPlaces } from '../../engine/places.ts';

const PLACES = `levels:
  - suffix: 省
    adjective: Provincial
    types: [province, province, province]
  - suffix: 市
    adjective: Municipal
    types: [municipality, prefecture-level city, county-level city]
ethnic-groups: {}
english: {}
skip: {}
add:
  台湾省:
    台北市: { english: Taipei, type: special municipality }
    基隆市: { english: Keelung, type: city }
`;

describe('places the list of divisions does not break down', () => {
  it('follow the unit they belong to, with their own English and type', () => {
    const { places: source, problems } = parsePlacesFile(PLACES, 'places.yaml');
    expect(problems).toEqual([]);
    const tools = { read: (text: string) => [...text].map(() => 'x').join(' '), traditional: () => [], isOrdinaryWord: () => false };
    const built = buildPlaces([{ code: '710000', name: '台湾省' }], source, tools, 'places.yaml');
    expect(built.problems).toEqual([]);
    const records = expandPlaces(built.places);
    expect(records.map((record) => [record.name, record.english, record.type, record.parent])).toEqual([
      ['台湾省', 'Xx', 'province', undefined],
      ['台北市', 'Taipei', 'special municipality', '台湾省'],
      ['基隆市', 'Keelung', 'city', '台湾省'],
    ]);
  });

  it('are read alone when no ordinary word, or when listed under "bare", which must name a place', () => {
    const tools = { read: (text: string) => [...text].map(() => 'x').join(' '), traditional: () => [], isOrdinaryWord: (word: string) => word === '基隆' };
    const alone = (yaml: string) => {
      const { places: source } = parsePlacesFile(yaml, 'places.yaml');
      const built = buildPlaces([{ code: '710000', name: '台湾省' }], source, tools, 'places.yaml');
      return { problems: built.problems.map((problem) => problem.problem), bare: expandPlaces(built.places).filter((record) => record.bare !== undefined).map((record) => record.bare) };
    };
    expect(alone(PLACES).bare).toEqual(['台湾', '台北']);
    expect(alone(`${PLACES}bare:\n  基隆: Keelung, the city news names\n`).bare).toEqual(['台湾', '台北', '基隆']);
    expect(alone(`${PLACES}bare:\n  新竹: not in this list\n`).problems).toEqual(['"新竹" under "bare" is no place\'s name without its level']);
  });

  it('need their English and type', () => {
    const { problems } = parsePlacesFile(PLACES.replace('{ english: Keelung, type: city }', '{ english: Keelung }'), 'places.yaml');
    expect(problems.map((problem) => problem.problem)).toEqual(['each unit under "add" is "名称: { english: …, type: … }", listed under the unit it belongs to']);
  });

  it('keep, for the names that stand alone, the common words they could be read across', () => {
    const { places: source } = parsePlacesFile(PLACES, 'places.yaml');
    const tools = { read: (text: string) => [...text].map(() => 'x').join(' '), traditional: () => [], isOrdinaryWord: () => false };
    const { places } = buildPlaces([{ code: '710000', name: '台湾省' }], source, tools, 'places.yaml');
    // 台北 and 基隆 stand alone: 平台 ends in 台, 北部 and 隆重 begin with 北 and 隆; 世界 and 基础 touch
    // no name that way, and 台湾 is a name itself.
    const edges = placeWordEdges(places, ['平台', '北部', '世界', '隆重', '台湾', '基础']);
    // Grouped by the character they share with the names, written first.
    expect(edges).toEqual({ before: '台平', after: '北部 隆重' });
    // With the Traditional spellings of the words and the names: 平臺 ends in 臺, the first character of 臺北.
    const traditional = (text: string) => (text === '平台' ? ['平臺'] : text === '台北' ? ['臺北'] : []);
    expect(placeWordEdges(places, ['平台', '北部'], [], traditional)).toEqual({ before: '台平 臺平', after: '北部' });
  });
});
