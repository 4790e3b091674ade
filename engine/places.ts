// The administrative divisions as the dictionary stores them (compact: one array per unit) and
// as the engine uses them (PlaceRecord). English names come from the pinyin of the name without
// its level (无锡 → Wuxi, 六安 → Lu'an) unless the dictionary gives one (内蒙古 → Inner Mongolia).
import type { PlaceRecord } from './dictionary-format.ts';

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
  const steps = expandPlacesInSteps(stored, Infinity);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * The same, pausing (yield) after every `perStep` units: expanding all of them at once is the
 * longest step of building the engine.
 */
export function* expandPlacesInSteps(stored: StoredPlaces, perStep: number): Generator<void, PlaceRecord[]> {
  const records: PlaceRecord[] = [];
  /** The latest unit seen at each depth: the parent of what follows. */
  const latest: (PlaceRecord | undefined)[] = [];
  const groupEnds = new Set(Object.keys(stored.ethnicGroups).map((group) => group.at(-1) ?? ''));
  let done = 0;
  for (const [stem, stemPinyin, flags, english, traditional, unitType] of stored.units) {
    done += 1;
    if (done % perStep === 0) yield;
    const depth = Math.floor(flags / 100);
    const level = stored.levels[Math.floor((flags % 100) / 2)];
    if (!level) continue;
    const name = stem + level.suffix;
    const { base, ethnic } = baseOf(stem, stored.ethnicGroups, groupEnds);
    // 东乡族自治县 is named for its people alone: Dongxiang Autonomous County.
    const people = stored.ethnicGroups[stem];
    const placeEnglish = english || people || placeNameFromPinyin(stemPinyin, codePointLength(base));
    const ethnicWords = people || ethnic.length === 0 ? '' : joinEnglish(ethnic);
    const noun = ethnicWords && level.noun ? `${ethnicWords} ${level.noun}` : ethnicWords || level.noun;
    let parent: PlaceRecord | undefined;
    for (let above = depth - 1; above >= 0 && !parent; above -= 1) parent = latest[above];
    const spellings = traditional ? traditional.split('|') : traditionalByCharacter(name, stored.traditionalChars);
    // 通道县 for 通道侗族自治县, 黔南州 for 黔南布依族苗族自治州 (not 区 for a region: 内蒙古区 is never written).
    // A unit named for its people drops 族: 东乡县 for 东乡族自治县.
    const shortStem = people && base.endsWith('族') ? base.slice(0, -1) : base;
    const short = level.suffix.startsWith('自治') && level.suffix !== '自治区' ? shortStem + level.suffix.slice(-1) : undefined;
    // Every record has every field, in one order: thousands of them are read by the same code.
    const record: PlaceRecord = {
      name,
      bare: flags % 2 === 1 ? base : undefined,
      short,
      level: level.suffix,
      levelEnglish: ethnicWords ? `${ethnicWords} ${level.adjective}` : level.adjective,
      levelNoun: noun || undefined,
      english: placeEnglish,
      pinyin: `${stemPinyin} ${level.pinyin}`,
      traditional: spellings.length > 0 ? spellings : undefined,
      parent: parent?.name,
      type: unitType || (level.types[depth] ?? level.types[2]),
    };
    records.push(record);
    latest[depth] = record;
    latest.length = depth + 1;
  }
  return records;
}

/** How a place may be written (placeSpellings). */
export interface PlaceSpellings {
  /** The full name and its Traditional spellings. */
  full: string[];
  /** The name without its level, where news uses it alone (无锡, 無錫), with the readings of those characters joined by spaces. */
  bare?: { spellings: string[]; pinyin: string };
  /** The short name of an autonomous unit (通道县), with its readings. */
  short?: { spellings: string[]; pinyin: string };
}

/**
 * How a place may be written: its full name (and Traditional spellings), and, where news uses it
 * alone, its name without the level (无锡, 無錫) with the readings of those characters.
 */
export function placeSpellings(place: PlaceRecord): PlaceSpellings {
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
  return bare ? { full, bare, short } : { full, short };
}
