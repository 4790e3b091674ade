// The administrative divisions as the dictionary stores them (compact: one array per unit) and
// as the engine uses them (PlaceRecord). English names come from the pinyin of the name without
// its level (无锡 → Wuxi, 六安 → Lu'an) unless the dictionary gives one (内蒙古 → Inner Mongolia).
import type { PlaceRecord } from './dictionary-format.ts';
import { canonicalCode } from './normalize.ts';

/** A level as written at the end of a unit's name. */
export interface PlaceLevel {
  /** 市, 自治县, 特别行政区. */
  suffix: string;
  /** Before a body: "Municipal", "Autonomous County". */
  adjective: string;
  /** After the name, where English keeps it: "District", "Autonomous County". */
  noun?: string;
  /** What a unit of this level is, at province, prefecture and county level. */
  types: [string, string, string];
}

/**
 * One unit: [the name without its level (无锡, 石林彝族), its reading, flags, English name where it
 * is not the pinyin, Traditional spellings of the whole name joined by | where the character map
 * does not give them]. flags = depth × 100 + level index × 2 + (1 when the name without level and
 * ethnic groups stands for the place alone). Depth is 0 for province, 1 prefecture, 2 county level;
 * a unit belongs to the nearest unit before it of smaller depth.
 */
/** Stem, its pinyin, depth × 100 + level × 2 (+1 where the bare name stands alone), English, Traditional spellings, type where it is not the level's. */
export type StoredUnit = [string, string, number, string?, string?, string?];

export interface StoredPlaces {
  levels: (PlaceLevel & { pinyin: string })[];
  /** 彝族 → Yi: the ethnic groups in the names of autonomous units. */
  ethnicGroups: Record<string, string>;
  /** Simplified character → its Traditional (Taiwan, then Hong Kong) where they differ. */
  traditionalChars: Record<string, string>;
  units: StoredUnit[];
  /**
   * Common two-character words that end in the first character of a place's two-character name
   * (before) or begin with its last (after), grouped by that character (pairsOf): where one of each
   * stands on either side (稳定|安全 around 定安, 加大|城乡 around 大城), the name is read across two words.
   */
  wordEdges?: { before: string; after: string };
}

const TONE_MARKS = /[\u0300-\u0302\u0304\u030c]/g;

/** "lù ān" → "Lu'an", "wú xī" → "Wuxi": Hanyu Pinyin as place names are written. `count` limits the syllables read. */
export function placeNameFromPinyin(pinyin: string, count = Infinity): string {
  let joined = '';
  let read = 0;
  for (let from = 0; from < pinyin.length && read < count; ) {
    let to = pinyin.indexOf(' ', from);
    if (to === -1) to = pinyin.length;
    if (to > from) {
      const plain = toneless(pinyin.slice(from, to));
      joined += joined && /^[aeo]/.test(plain) ? `'${plain}` : plain;
      read += 1;
    }
    from = to + 1;
  }
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** Syllables without tone marks; a few hundred syllables make up thousands of names, so each is worked out once. */
const TONELESS = new Map<string, string>();
function toneless(syllable: string): string {
  let plain = TONELESS.get(syllable);
  if (plain === undefined) {
    plain = syllable.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
    TONELESS.set(syllable, plain);
  }
  return plain;
}

/** The name without ethnic groups: 石林彝族 → 石林; a place name keeps at least two characters (内蒙古). */
export function baseOf(stem: string, groups: Readonly<Record<string, string>>, lastChars?: ReadonlySet<string>): { base: string; ethnic: string[] } {
  // Most names end in no group's last character: one lookup instead of a pass over the groups.
  if (lastChars && !lastChars.has(stem.at(-1) ?? '')) return { base: stem, ethnic: [] };
  let base = stem;
  const ethnic: string[] = [];
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const [group, english] of Object.entries(groups)) {
      if (base.endsWith(group) && [...base].length - [...group].length >= 2) {
        base = base.slice(0, base.length - group.length);
        ethnic.unshift(english);
        stripped = true;
        break;
      }
    }
  }
  return { base, ethnic };
}

/** The number of characters (code points) of a string. */
function codePointLength(text: string): number {
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    // The second half of a surrogate pair is not counted.
    if (unit < 0xdc00 || unit > 0xdfff) length += 1;
  }
  return length;
}

/** "Tujia and Miao", "Bonan, Dongxiang and Salar". */
function joinEnglish(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The Traditional spellings (Taiwan, Hong Kong) of a name, character by character, where they differ. */
export function traditionalByCharacter(name: string, map: Readonly<Record<string, string>>): string[] {
  let taiwan = '';
  let hongKong = '';
  for (const char of name) {
    const forms = map[char];
    if (forms === undefined) {
      taiwan += char;
      hongKong += char;
      continue;
    }
    const [first = char, second = first] = forms;
    taiwan += first;
    hongKong += second;
  }
  const spellings: string[] = [];
  if (taiwan !== name) spellings.push(taiwan);
  if (hongKong !== name && hongKong !== taiwan) spellings.push(hongKong);
  return spellings;
}

export function expandPlaces(stored: StoredPlaces): PlaceRecord[] {
  const index = new PlaceIndex(stored);
  return stored.units.map((_, unit) => index.record(unit)).filter((record): record is PlaceRecord => record !== undefined);
}

/** In `parents`, for a unit whose flags name no level of the list: it is no place. */
const NO_LEVEL = -2;

/**
 * The places, expanded one unit at a time when a text needs them. Building all 3,000 and more
 * records and their spellings at start-up cost a page about 50 ms; a news article names a few
 * dozen places, so the engine asks only for the units whose spellings start with a character the
 * text contains (`unitsStartingWith`), and the rest are never expanded.
 */
/**
 * Pairs of canonical code points, one number each, from groups of two-character words separated by
 * spaces, each group the shared character first: "定稳决" is 稳定 and 决定 (shared second), "安全定"
 * is 安全 and 安定 (shared first).
 */
function pairsOf(groups: string | undefined, sharedSecond: boolean): Set<number> {
  const pairs = new Set<number>();
  const code = (char: string) => canonicalCode(char.codePointAt(0) as number);
  for (const group of (groups ?? '').split(' ')) {
    const [shared, ...others] = [...group];
    if (shared === undefined) continue;
    for (const other of others) pairs.add(sharedSecond ? code(other) * 0x110000 + code(shared) : code(shared) * 0x110000 + code(other));
  }
  return pairs;
}

const COUNTY = '县'.codePointAt(0) as number;
/** What county-level cities and districts are, many of them counties before (监利县 until 2020, 萧山县 until 1988). */
const FORMER_COUNTIES: ReadonlySet<string> = new Set(['county-level city', 'district']);
/**
 * After 县, the start of a word of levels (县区, 县域, 县级, 县乡, 县市) or a bracketed other level
 * (瑞安县（市）委书记): the name before it is not that of a county.
 */
const LEVEL_WORDS_AFTER_COUNTY: ReadonlySet<number> = new Set(Array.from('区域级乡市镇(（', (char) => char.codePointAt(0) as number));

/**
 * 1 where a county-level city or a district, its name written without its level, goes on with 县 at
 * `at` as the county it was (监利县纪委, 萧山县委): older texts name it so. 0 otherwise.
 */
export function formerCountyAt(place: PlaceRecord, codes: ArrayLike<number>, at: number, end = codes.length): number {
  return at < end && codes[at] === COUNTY && FORMER_COUNTIES.has(place.type) && !LEVEL_WORDS_AFTER_COUNTY.has(codes[at + 1] as number) ? 1 : 0;
}

export class PlaceIndex {
  /** The unit each unit belongs to, -1 for none, NO_LEVEL for a unit that is no place. */
  private readonly parents: Int32Array;
  private readonly records: (PlaceRecord | undefined)[];
  private readonly spellings: (PlaceSpellings | undefined)[];
  /** The last unit of each full name (where two units share a name, the later one answers), made on the first question. */
  private unitsByName: Map<string, number> | undefined;
  /** The units, in order, any of whose spellings starts with a canonical code point. */
  private readonly startingWith = new Map<number, number[]>();
  private readonly groupEnds: ReadonlySet<string>;
  /** The ethnic groups' names ending in 族, with their English, made on the first question. */
  private peoples: Map<string, string> | undefined;
  /** StoredPlaces.wordEdges as pairs of code points, made on the first question. */
  private edges: { before: Set<number>; after: Set<number> } | undefined;
  private traditionalCodes: Set<number> | undefined;

  /** One pass over the list, as light as it can be: it runs on every page the engine starts on. */
  constructor(private readonly stored: StoredPlaces) {
    const { units, levels, traditionalChars } = stored;
    const count = units.length;
    this.parents = new Int32Array(count).fill(-1);
    this.records = new Array<PlaceRecord | undefined>(count);
    this.spellings = new Array<PlaceSpellings | undefined>(count);
    this.groupEnds = new Set(Object.keys(stored.ethnicGroups).map((group) => group.at(-1) ?? ''));
    const startWith = (code: number, unit: number) => {
      const canonical = canonicalCode(code);
      const group = this.startingWith.get(canonical);
      if (!group) this.startingWith.set(canonical, [unit]);
      else if (group[group.length - 1] !== unit) group.push(unit);
    };
    /** The latest unit seen at each depth: the parent of what follows. */
    const latest: number[] = [];
    for (let unit = 0; unit < count; unit += 1) {
      const stored = units[unit] as StoredUnit;
      const flags = stored[2];
      if (!levels[Math.floor((flags % 100) / 2)]) {
        this.parents[unit] = NO_LEVEL;
        continue;
      }
      const depth = Math.floor(flags / 100);
      for (let above = depth - 1; above >= 0; above -= 1) {
        const parent = latest[above];
        if (parent !== undefined) {
          this.parents[unit] = parent;
          break;
        }
      }
      latest[depth] = unit;
      latest.length = depth + 1;
      // Every spelling (full, bare, short; Simplified and Traditional) starts as the full name or one of its Traditional spellings does.
      const stem = stored[0];
      const first = stem.codePointAt(0) as number;
      startWith(first, unit);
      const traditional = stored[4];
      if (traditional) {
        for (let at = 0; at < traditional.length; at = traditional.indexOf('|', at) + 1 || traditional.length) startWith(traditional.codePointAt(at) as number, unit);
      } else {
        const forms = traditionalChars[String.fromCodePoint(first)];
        if (forms) for (const form of forms) startWith(form.codePointAt(0) as number, unit);
      }
    }
  }

  /** Whether a character is the Traditional spelling of one the places write otherwise in Simplified (縣, 區, 東, 廣). */
  isTraditional(code: number): boolean {
    this.traditionalCodes ??= new Set(Object.values(this.stored.traditionalChars).flatMap((spellings) => Array.from(spellings, (char) => char.codePointAt(0) as number)));
    return this.traditionalCodes.has(code);
  }

  /** The pairs of characters that begin and end frequent words, made on first use. */
  private wordEdges(): { before: Set<number>; after: Set<number> } {
    this.edges ??= { before: pairsOf(this.stored.wordEdges?.before, true), after: pairsOf(this.stored.wordEdges?.after, false) };
    return this.edges;
  }

  /** Whether the character before a name at `at` and its first are a frequent word (完成 + 县: 完成县十八届…). */
  crossesWordBefore(codes: ArrayLike<number>, at: number): boolean {
    return at >= 1 && this.wordEdges().before.has((codes[at - 1] as number) * 0x110000 + (codes[at] as number));
  }

  /** Whether the last character of a two-character name at `at` and the character after it are a frequent word (南开 + 开放). */
  crossesWordAfter(codes: ArrayLike<number>, at: number): boolean {
    return at + 2 < codes.length && this.wordEdges().after.has((codes[at + 1] as number) * 0x110000 + (codes[at + 2] as number));
  }

  /**
   * Whether a two-character name at `at` stands across two frequent words (稳定安全: 稳定 + 安全, not
   * the county of 定安): the character before it and its first make one, its last and the
   * character after it another.
   */
  crossesWords(codes: ArrayLike<number>, at: number): boolean {
    return this.crossesWordBefore(codes, at) && this.crossesWordAfter(codes, at);
  }

  /**
   * The ethnic group whose name, ending in 族, stands at `at` (怒族, 彝族, 蒙古族), with its English:
   * the peoples an ethnic township is named for (匹河怒族乡). Not 各族 "all ethnic groups".
   */
  ethnicGroupAt(codes: ArrayLike<number>, at: number): { length: number; english: string } | undefined {
    this.peoples ??= new Map(Object.entries(this.stored.ethnicGroups).filter(([name]) => name.endsWith('族') && name !== '各族'));
    for (let length = 5; length >= 2; length -= 1) {
      if (at + length > codes.length) continue;
      let name = '';
      for (let index = at; index < at + length; index += 1) name += String.fromCodePoint(codes[index] as number);
      const english = this.peoples.get(name);
      if (english !== undefined) return { length, english };
    }
    return undefined;
  }

  /** The code points any spelling of a unit may start with. */
  firstCodes(): Iterable<number> {
    return this.startingWith.keys();
  }

  /** The units (indexes) with a spelling that may start with `code`, in the order of the list. */
  unitsStartingWith(code: number): readonly number[] {
    return this.startingWith.get(code) ?? [];
  }

  /** The unit of a full name; where two share it, the later in the list. */
  byName(name: string): PlaceRecord | undefined {
    const unit = this.namedUnits().get(name);
    return unit === undefined ? undefined : this.record(unit);
  }

  /**
   * Whether a unit of the full name `name` lies within the unit named `outer`, at any depth: 上海市 +
   * 普陀区 (Shanghai's Putuo, not Zhoushan's), not 汝南县 + 驻马店市 (a county, then its own city).
   */
  liesWithin(name: string, outer: string): boolean {
    for (const unit of this.unitsStartingWith(name.codePointAt(0) as number)) {
      if (this.parents[unit] === NO_LEVEL || this.nameOf(unit) !== name) continue;
      for (let parent = this.parents[unit] as number; parent >= 0; parent = this.parents[parent] as number) {
        if (this.nameOf(parent) === outer) return true;
      }
    }
    return false;
  }

  /** Whether more than one unit bears this full name (普陀区 of Shanghai and of Zhoushan). */
  isSharedName(name: string): boolean {
    this.namedUnits();
    return this.sharedNames?.has(name) ?? false;
  }

  private sharedNames: Set<string> | undefined;

  private namedUnits(): Map<string, number> {
    if (!this.unitsByName) {
      this.unitsByName = new Map();
      this.sharedNames = new Set();
      for (let unit = 0; unit < this.parents.length; unit += 1) {
        if (this.parents[unit] === NO_LEVEL) continue;
        const name = this.nameOf(unit);
        if (this.unitsByName.has(name)) this.sharedNames.add(name);
        this.unitsByName.set(name, unit);
      }
    }
    return this.unitsByName;
  }

  /** A unit as the engine uses it; undefined for a unit whose level the list does not define. */
  record(unit: number): PlaceRecord | undefined {
    const cached = this.records[unit];
    if (cached !== undefined || unit < 0 || unit >= this.parents.length || this.parents[unit] === NO_LEVEL) return cached;
    const record = this.expand(unit);
    this.records[unit] = record;
    return record;
  }

  /** How a unit may be written (placeSpellings), worked out once. */
  spellingsOf(unit: number): PlaceSpellings | undefined {
    const cached = this.spellings[unit];
    if (cached !== undefined) return cached;
    const record = this.record(unit);
    if (!record) return undefined;
    const spellings = placeSpellings(record);
    this.spellings[unit] = spellings;
    return spellings;
  }

  /** A unit's full name: its stem and level. */
  private nameOf(unit: number): string {
    const [stem, , flags] = this.stored.units[unit] as StoredUnit;
    return stem + (this.stored.levels[Math.floor((flags % 100) / 2)]?.suffix ?? '');
  }

  private expand(unit: number): PlaceRecord {
    const { stored } = this;
    const [stem, stemPinyin, flags, english, traditional, unitType] = stored.units[unit] as StoredUnit;
    const depth = Math.floor(flags / 100);
    const level = stored.levels[Math.floor((flags % 100) / 2)] as StoredPlaces['levels'][number];
    const name = this.nameOf(unit);
    const { base, ethnic } = baseOf(stem, stored.ethnicGroups, this.groupEnds);
    // 东乡族自治县 is named for its people alone: Dongxiang Autonomous County.
    const people = stored.ethnicGroups[stem];
    const placeEnglish = english || people || placeNameFromPinyin(stemPinyin, codePointLength(base));
    const ethnicWords = people || ethnic.length === 0 ? '' : joinEnglish(ethnic);
    const noun = ethnicWords && level.noun ? `${ethnicWords} ${level.noun}` : ethnicWords || level.noun;
    const parent = this.parents[unit] as number;
    const spellings = traditional ? traditional.split('|') : traditionalByCharacter(name, stored.traditionalChars);
    // 通道县 for 通道侗族自治县, 黔南州 for 黔南布依族苗族自治州 (not 区 for a region: 内蒙古区 is never written).
    // A unit named for its people drops 族: 东乡县 for 东乡族自治县.
    const shortStem = people && base.endsWith('族') ? base.slice(0, -1) : base;
    const short = level.suffix.startsWith('自治') && level.suffix !== '自治区' ? shortStem + level.suffix.slice(-1) : undefined;
    // Every record has every field, in one order: the same code reads all of them.
    return {
      name,
      bare: flags % 2 === 1 ? base : undefined,
      stem: base,
      short,
      level: level.suffix,
      levelEnglish: ethnicWords ? `${ethnicWords} ${level.adjective}` : level.adjective,
      levelNoun: noun || undefined,
      english: placeEnglish,
      pinyin: `${stemPinyin} ${level.pinyin}`,
      traditional: spellings.length > 0 ? spellings : undefined,
      parent: parent >= 0 ? this.nameOf(parent) : undefined,
      type: unitType || (level.types[depth] ?? level.types[2]),
    };
  }
}

/** How a place may be written (placeSpellings). */
export interface PlaceSpellings {
  /** The full name and its Traditional spellings. */
  full: string[];
  /** The name without its level, where news uses it alone (无锡, 無錫), with the readings of those characters joined by spaces. */
  bare?: { spellings: string[]; pinyin: string };
  /** The short name of an autonomous unit (通道县), with its readings. */
  short?: { spellings: string[]; pinyin: string };
  /** …and the same with the whole level, its peoples left out (黔东南自治州 for 黔东南苗族侗族自治州). */
  autonomous?: { spellings: string[]; pinyin: string };
}

/**
 * How a place may be written: its full name (and Traditional spellings), and, where news uses it
 * alone, its name without the level (无锡, 無錫) with the readings of those characters.
 */
function placeSpellings(place: PlaceRecord): PlaceSpellings {
  const full = place.traditional ? [place.name, ...place.traditional] : [place.name];
  if (place.bare === undefined && place.short === undefined) return { full };
  const readings = place.pinyin.split(' ');
  /** The first `length` characters of each spelling of the full name (Traditional ones included). */
  const starts = (length: number) => full.map((name) => [...name].slice(0, length).join(''));
  const bareLength = [...(place.bare ?? '')].length;
  const bare = place.bare === undefined ? undefined : { spellings: starts(bareLength), pinyin: readings.slice(0, bareLength).join(' ') };
  if (place.short === undefined) return bare ? { full, bare } : { full };
  // The short name's stem, then the last character of the level as each spelling writes it.
  const stemLength = [...place.short].length - 1;
  const spellings = [...new Set(starts(stemLength).map((stem, index) => stem + ([...(full[index] ?? '')].at(-1) ?? '')))];
  const short = { spellings, pinyin: [...readings.slice(0, stemLength), readings.at(-1) ?? ''].join(' ') };
  const levelLength = [...place.level].length;
  const autonomousSpellings = [...new Set(starts(stemLength).map((stem, index) => stem + [...(full[index] ?? '')].slice(-levelLength).join('')))];
  const autonomous = { spellings: autonomousSpellings, pinyin: [...readings.slice(0, stemLength), ...readings.slice(-levelLength)].join(' ') };
  return bare ? { full, bare, short, autonomous } : { full, short, autonomous };
}
