// Towns, townships, subdistricts and villages: below the county level no list ships with
// Guanhua (the official one names some 40,000 towns and 600,000 villages), so the engine reads
// them from where they stand. A name of two to four characters ending in 镇, 乡, 街道 or 村 is a
// place when it follows a place directly (永定区罗塔坪乡, 清水乡前汪村), is one of a list of such
// names (古镇镇、小榄镇、沙溪镇), or stands where the sentence makes it a place (与万佛山镇相邻,
// 菁芜洲镇位于…). Elsewhere the same shape is mostly a word (贫困村, 城镇, 各乡镇).
import { CodeSet } from './code-set.ts';
import { isHanCode } from './han.ts';
import { keyAt, QUOTE } from './normalize.ts';
import { isSurnameCode, VERBS_AFTER_NAME } from './person-names.ts';
import { LEVEL_ENDS } from './title-composer.ts';

export interface TownMatch {
  start: number;
  /** Characters of the name before the level word (before the people's names of an ethnic township). */
  nameLength: number;
  length: number;
  level: TownLevel;
  /** An ethnic township's or town's peoples, in English (匹河怒族乡: Nu), after its name. */
  ethnic?: string[];
  /** What the place is, in English, where its level is not written with it (马桥 of 寺坪、马桥等5个乡镇). */
  levelEnglish?: string;
}

/** The ethnic group whose name stands at `at` (怒族, 彝族), with its English; the engine passes its table. */
export type EthnicAt = (codes: ArrayLike<number>, at: number) => { length: number; english: string } | undefined;

/** The peoples' names from `at` on (彝族苗族 of 彝族苗族乡), one or two, and where they end. */
function peoplesAt(codes: ArrayLike<number>, at: number, ethnicAt: EthnicAt): { end: number; english: string[] } {
  const english: string[] = [];
  let end = at;
  for (let count = 0; count < 2; count += 1) {
    const group = ethnicAt(codes, end);
    if (!group) break;
    english.push(group.english);
    end += group.length;
  }
  return { end, english };
}

/**
 * An ethnic township or town right after a place: a name of two or three characters, its peoples,
 * then 乡 or 镇 (福贡县匹河怒族乡, 石林县圭山彝族乡). Where the level word begins a body or title already
 * read (匹河怒族乡人民政府), `levelFree` may be false and the name's end is still returned.
 */
function ethnicTownAt(codes: ArrayLike<number>, at: number, end: number, free: (at: number) => boolean, ethnicAt: EthnicAt, levelFree = true): TownMatch | undefined {
  for (let nameLength = NAME_LENGTH.min; nameLength <= 3; nameLength += 1) {
    const peoples = peoplesAt(codes, at + nameLength, ethnicAt);
    if (peoples.english.length === 0) continue;
    const level = levelWordAt(codes, peoples.end, end);
    if (!level || (level.level !== 'town' && level.level !== 'township') || (levelFree && !free(peoples.end))) continue;
    let open = true;
    for (let inside = at + nameLength; inside < peoples.end; inside += 1) if (!free(inside)) open = false;
    if (!open || !isName(codes, at, at + nameLength, free)) continue;
    return { start: at, nameLength, length: peoples.end + level.length - at, level: level.level, ethnic: peoples.english };
  }
  return undefined;
}

/**
 * The ethnic township whose level word stands at `levelStart` and begins a title or body read
 * already (匹河怒族 of 福贡县匹河怒族乡人民政府), its name right after a place; or undefined.
 */
export function ethnicTownBefore(codes: ArrayLike<number>, levelStart: number, free: (at: number) => boolean, placeEnds: ReadonlySet<number>, ethnicAt: EthnicAt): TownMatch | undefined {
  for (let back = 3; back <= 9 && back <= levelStart; back += 1) {
    const start = levelStart - back;
    if (!placeEnds.has(start)) continue;
    const town = ethnicTownAt(codes, start, levelStart + 2, free, ethnicAt, false);
    // 乡 and 镇 are one character.
    if (town && town.start + town.length - 1 === levelStart) return town;
  }
  return undefined;
}

export type TownLevel = 'town' | 'township' | 'subdistrict' | 'village' | 'community';

const codesOf = (text: string) => [...text].map((char) => char.codePointAt(0) as number);
const LEVELS: { key: number[]; level: TownLevel }[] = [
  { key: codesOf('街道'), level: 'subdistrict' },
  { key: codesOf('镇'), level: 'town' },
  { key: codesOf('鎮'), level: 'town' },
  { key: codesOf('乡'), level: 'township' },
  { key: codesOf('鄉'), level: 'township' },
  { key: codesOf('村'), level: 'village' },
  // Inner Mongolia's township and village of herders: 萨麦苏木, 固日班图拉嘎嘎查.
  { key: codesOf('苏木'), level: 'township' },
  { key: codesOf('蘇木'), level: 'township' },
  { key: codesOf('嘎查'), level: 'village' },
];

export const TOWN_LEVEL_ENGLISH: Record<TownLevel, string> = { town: 'Town', township: 'Township', subdistrict: 'Subdistrict', village: 'Village', community: 'Community' };
/** 社区: a residents' community, read only after a county's or district's name without its level (东海社区, not Donghai County). */
const COMMUNITY = codesOf('社区');

const NAME_LENGTH = { min: 2, max: 4 } as const;
/** Mongolian names before 苏木 and 嘎查 run longer: 呼热图淖尔苏木, 固日班图拉嘎嘎查. */
const MONGOLIAN_NAME_MAX = 6;
const MONGOLIAN_LEVEL_FIRSTS = new Set(codesOf('苏蘇嘎'));
/** The longest name before the level word at `levelStart`. */
const nameMaxBefore = (codes: ArrayLike<number>, levelStart: number) => (MONGOLIAN_LEVEL_FIRSTS.has(codes[levelStart] as number) ? MONGOLIAN_NAME_MAX : NAME_LENGTH.max);
/**
 * Characters no name of a town or village holds where the engine reads one: determiners and
 * function words (各乡镇, 该村, 所辖村, 辖…村, 全镇, 和村, 经…镇党委研究, 到…镇) and the first characters of words that describe
 * a village rather than name it (贫困村, 示范村, 重点镇, 中心村, 行政村, 自然村, 试点村, 特色小镇, 美丽乡村).
 */
const NOT_IN_NAME = new Set(codesOf('各该本全所每其和与及或等的在对向由从将把被为是到赴经經贫示重中行自试特先后美文乡县縣市区區省州镇鎮村部整帮脱边辖轄让讓'));
/** A level word right after a place the engine read without it (上饶 of 上饶县, a county since merged): the place runs on. */
const PLACE_LEVELS = new Set(codesOf('县縣市区區'));

/** Where places end, a level word the engine read without its place taken in (上饶 + 县 of 上饶县, a county since merged). */
function withLevelWords(codes: ArrayLike<number>, placeEnds: Set<number>, free: (at: number) => boolean): Set<number> {
  for (const end of [...placeEnds]) if (PLACE_LEVELS.has(codes[end] as number) && free(end)) placeEnds.add(end + 1);
  return placeEnds;
}
const INSIDE_NO_NAME = new Set(codesOf('县縣区區'));
/** 年, 月 and 日 of a date written in digits. */
const DATE_UNITS = new Set(codesOf('年月日号號'));
const isDigitCode = (code: number | undefined) => code !== undefined && code >= 0x30 && code <= 0x39;
const SEPARATOR = '、'.codePointAt(0) as number;
/** "And", before the last item of a list: 和, 及, 与. */
const LIST_ENDS = new Set(codesOf('和及与與'));

/** The level word that ends just before `end`, if any. */
function levelEndingAt(codes: ArrayLike<number>, end: number): TownLevel | undefined {
  for (const { key, level } of LEVELS) {
    const start = end - key.length;
    if (keyAt(codes, start, key)) return level;
  }
  return undefined;
}

/** The level word written at `at`, whatever follows it. */
function levelWordAt(codes: ArrayLike<number>, at: number, end: number): { length: number; level: TownLevel } | undefined {
  for (const { key, level } of LEVELS) {
    if (keyAt(codes, at, key, end)) return { length: key.length, level };
  }
  return undefined;
}

/**
 * The level word at `at` that ends a name: not one that starts a word (乡村, 乡镇, 村民), though a
 * village may stand before a word that starts with 村 (老王脚村村集体经济: 老王脚村 + 村集体经济).
 */
function levelAt(codes: ArrayLike<number>, at: number, end: number): { length: number; level: TownLevel } | undefined {
  const word = levelWordAt(codes, at, end);
  const next = codes[at + 1] as number;
  if (word?.level === 'village' && next === VILLAGE) return word;
  // 古交镇乡村建设: 镇 ends the name, and 乡村 "countryside" begins the next word.
  if (word?.level === 'town' && RURAL.has(next) && codes[at + 2] === VILLAGE) return word;
  // 蒋集镇村支部书记, 东疏镇村干部: after a name, 镇村 is the town, then its villages' post or people.
  if (word?.level === 'town' && next === VILLAGE) return word;
  // 杨米涧镇镇罗堡村, 银涂镇镇长: no word doubles 镇, so the second begins a village's name or a post.
  if (word?.level === 'town' && next === codes[at]) return word;
  if (word?.level === 'township' && TOWNSHIP_WORDS.has(next)) return undefined;
  return word && word.length === 1 && CONTINUING.has(next) ? undefined : word;
}
/** After 乡 alone: characters that make it a word (乡建 rural construction, 乡贤, 乡风, 乡音, 乡下). */
const TOWNSHIP_WORDS = new Set(codesOf('建贤賢风風音下'));
const RURAL = new Set(codesOf('乡鄉'));
/** 村 "village", which may also begin the word after a village's name. */
const VILLAGE = '村'.codePointAt(0) as number;

/**
 * Words a level word ends that describe rather than name (新型农村, 商贸强镇, 工业重镇, 特色小镇,
 * 民族乡, 美丽乡村): a name whose last character makes one with the level word is no name.
 */
const DESCRIBING = new Set([
  ...['农村', '乡村', '城镇', '小镇', '古镇', '大镇', '重镇', '强镇', '名镇', '集镇', '乡镇', '村镇', '新村', '族乡', '渔村', '业村', '城乡'],
  ...['治村', '扶村', '贫村', '困村', '境村', '点村', '范村', '进村', '散村'],
]);
/** The titles towns and villages are awarded, no names: 卫生镇 "hygienic town", 生态村, 园林城镇. */
const DESIGNATIONS = new Set(['卫生', '衛生', '生态', '生態', '园林', '園林', '科普']);
/** Characters that, after a level word, make it part of a word: 乡村, 乡镇, 村民, 乡亲, 村级, 村庄. */
const CONTINUING = new Set(codesOf('村鎮镇乡鄉民级級亲親里土情愁庄莊'));
/** Function words and counters that no name holds: 冬枣等乡村, 五个示范村, 北至白龙镇 ("north as far as"), 针对我乡 ("our township"). */
const NEVER_IN_NAME = new Set(codesOf('等及和与與的个個或并並之至我'));

const MARKET = '集'.codePointAt(0) as number;
/** Characters of words for villages and towns, which no market town's name holds: 农村集镇, 乡村集镇. */
const RURAL_WORDS = new Set(codesOf('村乡鄉镇鎮城'));
/**
 * 蒋集镇, 孟姑集镇: a town named after the market (集) of a family, common in Shandong, Henan, Anhui
 * and Jiangsu, where 集镇 "market town" would otherwise make the name a description.
 */
function marketTown(codes: ArrayLike<number>, start: number, end: number): boolean {
  if (codes[end - 1] !== MARKET || end - start < 2 || !isSurnameCode(codes[start])) return false;
  for (let at = start; at < end; at += 1) if (RURAL_WORDS.has(codes[at] as number)) return false;
  return true;
}

/**
 * 曲阜市吴村镇, 王村镇: a town named after the village (村) of a family, common in Shandong, Shanxi
 * and Henan, where 村镇 "villages and towns" would otherwise make the name a description: a surname
 * and 村, then 镇, right after the level of its county or city or where no word runs into it (not 文明村镇).
 */
function familyVillageTown(codes: ArrayLike<number>, start: number, end: number): boolean {
  return end - start === 2 && codes[end - 1] === VILLAGE && TOWN_WORDS.has(codes[end] as number) && isSurnameCode(codes[start]) && (!isHanCode(codes[start - 1]) || LEVEL_ENDS.has(codes[start - 1]));
}

const TOWN_WORDS = new Set(codesOf('镇鎮'));
/** A name that begins with the level word its town's name ends with (杨米涧镇 + 镇罗堡村, a village). */
function doubledLevel(codes: ArrayLike<number>, start: number): boolean {
  return TOWN_WORDS.has(codes[start] as number) && codes[start - 1] === codes[start];
}

/** 村镇 "villages and towns", which in a list of towns may be a name's 村 and its level (西村镇). */
const VILLAGE_TOWN = '村镇';
function isName(codes: ArrayLike<number>, start: number, end: number, free: (at: number) => boolean, listed = false): boolean {
  for (let at = start; at < end; at += 1) {
    if (!isHanCode(codes[at]) || !free(at)) return false;
  }
  if (NOT_IN_NAME.has(codes[start] as number) && !doubledLevel(codes, start)) return false;
  // 2018年太平镇: a date's 年, 月 or 日 after its digits begins no name.
  if (DATE_UNITS.has(codes[start] as number) && isDigitCode(codes[start - 1])) return false;
  const pair = String.fromCodePoint(codes[end - 1] as number, codes[end] as number);
  if (DESCRIBING.has(pair) && !(listed && pair === VILLAGE_TOWN) && !marketTown(codes, start, end) && !familyVillageTown(codes, start, end)) return false;
  for (let at = start; at < end; at += 1) if (NEVER_IN_NAME.has(codes[at] as number)) return false;
  // A verb that follows names is no name either: 王渠则镇调研村集体经济 is a visit, no 调研村; nor
  // is a title a town is given (湖南省卫生镇 "Hunan Hygienic Town", 生态镇).
  if (end - start === 2 && (VERBS_AFTER_NAME.has(String.fromCodePoint(codes[start] as number, codes[start + 1] as number)) || DESIGNATIONS.has(String.fromCodePoint(codes[start] as number, codes[start + 1] as number)))) return false;
  // A zone, district or county inside it (无锡新区鸿山街道) makes it more than a town's name; a city
  // may be part of one (蔡市镇).
  for (let at = start + 1; at < end; at += 1) if (INSIDE_NO_NAME.has(codes[at] as number)) return false;
  return true;
}

/**
 * The towns and villages of a stream of canonical characters. `free(at)` says whether no term is
 * marked at `at`; `placeEnds` holds where a marked place ends, and gets the ends of the towns found
 * (a village follows its town: 清水乡前汪村). `original` is the text's own code points, where a list's 、
 * is told from a comma.
 */
export function townsAt(
  codes: ArrayLike<number>,
  length: number,
  free: (at: number) => boolean,
  placeEnds: Set<number>,
  original: ArrayLike<number> = codes,
  ethnicAt?: EthnicAt,
): TownMatch[] {
  const found: TownMatch[] = [];
  const takenAt = new Uint8Array(length);
  const taken = (at: number) => takenAt[at] === 1;
  /** placeEnds by position, for the scan below (a town found adds its end ahead of the scan). */
  const endsAt = new Uint8Array(length + 1);
  // Every town found is a place its village, or a title, may follow (清水乡前汪村).
  /** Where a subdistrict or town read here ends: a community may follow it (城关街道广大社区). */
  const townEndsAt = new Uint8Array(length + 1);
  const take = (town: TownMatch) => {
    found.push(town);
    takenAt.fill(1, town.start, town.start + town.length);
    placeEnds.add(town.start + town.length);
    endsAt[town.start + town.length] = 1;
    if (town.level !== 'village' && town.level !== 'community') townEndsAt[town.start + town.length] = 1;
  };
  withLevelWords(codes, placeEnds, free);
  for (const end of placeEnds) if (end <= length) endsAt[end] = 1;
  for (let at = 0; at < length; at += 1) {
    if (endsAt[at] === 0 || taken(at)) continue;
    // After a place: the shortest name that a level word ends, or an ethnic township's.
    let read = false;
    for (let nameLength = NAME_LENGTH.min; nameLength <= MONGOLIAN_NAME_MAX; nameLength += 1) {
      if (nameLength > nameMaxBefore(codes, at + nameLength)) continue;
      const level = levelAt(codes, at + nameLength, length) ?? (townEndsAt[at] === 1 && keyAt(codes, at + nameLength, COMMUNITY, length) ? { length: COMMUNITY.length, level: 'community' as const } : undefined);
      if (!level || !free(at + nameLength) || !isName(codes, at, at + nameLength, free)) continue;
      take({ start: at, nameLength, length: nameLength + level.length, level: level.level });
      read = true;
      break;
    }
    const ethnic = !read && ethnicAt ? ethnicTownAt(codes, at, length, free, ethnicAt) : undefined;
    if (ethnic) take(ethnic);
  }
  // A list that goes on after a town, read after its place (江阴市新桥镇、华士镇) or marked already
  // (普兰镇、下司马镇: 普兰 is a county's name, and 普兰镇 a town): every town's end is a place's end.
  const listStarts: { end: number; level: TownLevel }[] = [];
  for (const end of placeEnds) {
    const level = original[end] === SEPARATOR ? levelEndingAt(codes, end) : undefined;
    if (level) listStarts.push({ end, level });
  }
  for (const start of listStarts) {
    let end = start.end;
    while (original[end] === SEPARATOR) {
      const item = townStartingAt(codes, end + 1, length, (at) => free(at) && !taken(at), sameLevel(start.level), true);
      if (!item) break;
      take(item);
      end = item.start + item.length;
    }
    // …赵茂村、胡茂村和耿庄村: the last after "and".
    const last = LIST_ENDS.has(original[end] as number) && end > start.end ? townStartingAt(codes, end + 1, length, (at) => free(at) && !taken(at), sameLevel(start.level)) : undefined;
    if (last) take(last);
  }
  // 一、赤岗街道: a heading that is a town's name alone, after its ordinal (a risk-area notice lists
  // its areas under their subdistricts).
  const heading = headingStart(original, length);
  const headed = heading === undefined ? undefined : townStartingAt(codes, heading, length, (at) => free(at) && !taken(at), (_, after) => after === length);
  if (headed) take(headed);
  for (const town of listedTowns(codes, original, length, (at) => free(at) && !taken(at))) take(town);
  for (const town of framedTowns(codes, length, (at) => free(at) && !taken(at))) take(town);
  for (const town of chainedTowns(codes, length, (at) => free(at) && !taken(at))) take(town);
  for (const town of countedTowns(codes, original, length, (at) => free(at) && !taken(at))) take(town);
  for (const town of roadSubdistricts(codes, length, (at) => free(at) && !taken(at))) take(town);
  return found.sort((a, b) => a.start - b.start);
}

const ROAD_SUBDISTRICT = codesOf('路街道');
/** The side of a road named with its part (延吉东路 "Yanji East Road"). */
const ROAD_SIDES = new Map([...'东東西南北中'].map((char, index) => [char, ['East', 'East', 'West', 'South', 'North', 'Middle'][index] as string]));

/**
 * A subdistrict named after a road (`chars` its name, 路 last: 四平路, 延吉东路): how many characters
 * of the name its English romanizes, and what follows them ("Road", "East Road"); undefined for
 * any other name.
 */
export function roadOfName(chars: readonly string[]): { nameLength: number; english: string } | undefined {
  if (chars.length < 3 || chars.at(-1) !== '路') return undefined;
  const side = chars.length >= 4 ? ROAD_SIDES.get(chars.at(-2) ?? '') : undefined;
  return side ? { nameLength: chars.length - 2, english: `${side} Road` } : { nameLength: chars.length - 1, english: 'Road' };
}
/** Characters that make a common word with 路 after them, no road's name: 公路, 铁路, 道路, 马路, 思路 … */
const ROAD_WORD_ENDS = new Set(codesOf('公铁鐵道马馬线線思出网網水陆陸航门門电電套走一沿进進退支'));
/**
 * Subdistricts named after a road (四平路街道, 平凉路街道, 延吉东路街道, as Shanghai names them):
 * the road's name of two or three characters, where the text does not run into it (a mark, the
 * start, or a word that no name begins with: 与四平路街道).
 */
function roadSubdistricts(codes: ArrayLike<number>, length: number, free: (at: number) => boolean): TownMatch[] {
  const found: TownMatch[] = [];
  for (let road = 2; road + ROAD_SUBDISTRICT.length <= length; road += 1) {
    if (codes[road] !== ROAD_SUBDISTRICT[0] || !keyAt(codes, road, ROAD_SUBDISTRICT, length) || ROAD_WORD_ENDS.has(codes[road - 1] as number)) continue;
    for (const nameLength of [3, 2]) {
      const start = road - nameLength;
      if (start < 0) continue;
      const before = codes[start - 1];
      if (start > 0 && isHanCode(before) && free(start - 1) && !NOT_IN_NAME.has(before as number)) continue;
      if (!isName(codes, start, road, free) || !free(road) || !free(road + 1) || !free(road + 2)) continue;
      found.push({ start, nameLength: nameLength + 1, length: nameLength + ROAD_SUBDISTRICT.length, level: 'subdistrict' });
      break;
    }
  }
  return found;
}

/** Chinese ordinals of a heading: 一、 … 十二、. */
const HEADING_NUMERALS = new Set([...'一二三四五六七八九十'].map((char) => char.codePointAt(0) as number));
/** The longest heading read as a town's name: an ordinal, 、 and the name with its level. */
const HEADING_MAX = 14;
/** Where the name of a short heading begins after its ordinal and 、, or undefined where the text is no such heading. */
function headingStart(original: ArrayLike<number>, length: number): number | undefined {
  if (length > HEADING_MAX) return undefined;
  let at = 0;
  while (at < length && HEADING_NUMERALS.has(original[at] as number)) at += 1;
  return at > 0 && original[at] === SEPARATOR ? at + 1 : undefined;
}

/** Words a place is said to border on: 东与万佛山镇相邻, 南与牙屯堡镇交界. */
const BORDERS = ['相邻', '交界', '毗连', '毗邻', '接壤', '相连', '相接', '接界'].map(codesOf);
/**
 * Words that say where a place lies or what it holds, or that it holds a meeting: 菁芜洲镇位于县境中部,
 * 某镇下辖13个行政村, 云龙乡及所辖村, 戴庙镇召开….
 */
const PLACE_PREDICATES = ['位于', '地处', '下辖', '辖区', '境内', '所辖', '及所辖', '召开', '举办', '举行', '舉辦', '舉行'].map(codesOf);
/** Verbs of going somewhere, before a place: 前往达板镇, 来到补洛乡. */
const GOING = ['前往', '来到', '來到', '走进', '走進', '走访', '走訪', '赶赴', '趕赴', '奔赴', '莅临', '蒞臨', '赴'].map(codesOf);
/**
 * 深入 "go deep into" a place, but also "thoroughly" before a verb (深入推动, 深入开展), 到 "to",
 * also "until" and "down to" (到2025年, 落实到村), and 来 "come": only with a verb of inspection
 * after the place (深入东塬乡调研, 到丁香镇开展调研, 来虹桥镇平安村调研).
 */
const INTO = [codesOf('深入'), codesOf('到'), codesOf('来'), codesOf('來')];
const INSPECTING = ['调研', '調研', '考察', '检查', '檢查', '督导', '督導', '走访', '走訪', '指导', '指導', '看望', '慰问', '慰問', '开展', '開展'].map(codesOf);
const WITH = '与'.codePointAt(0) as number;
const VERBS_OF_GOING = [...INTO, ...GOING];
/** 了 after a verb: 走访了. */
const PERFECTIVE = '了'.codePointAt(0) as number;
/** The first characters of the level words. */
const LEVEL_FIRSTS = new CodeSet(LEVELS.map(({ key }) => key[0] as number));
/** The characters a frame of framedTowns begins with. */
/** The bounds of an area in a notice: 东至108国道，北至白龙镇 "north as far as Bailong Town". */
const BOUNDS = ['东至', '東至', '西至', '南至', '北至'].map(codesOf);
const FRAME_FIRSTS = new CodeSet([...GOING, ...INTO, ...PLACE_PREDICATES, ...BOUNDS].map((word) => word[0] as number).concat(WITH));
/** Function words a town's name never holds, so that a name may begin right after them (对云龙乡…, 在达板镇). */
const BEFORE_NAME = new Set(codesOf('对對在从從向与與和及于於'));

/** The first of `words` written at `at`, if any. */
function firstWordAt(codes: ArrayLike<number>, at: number, words: readonly number[][]): readonly number[] | undefined {
  for (let index = 0; index < words.length; index += 1) if (keyAt(codes, at, words[index] as number[])) return words[index];
  return undefined;
}

function wordAt(codes: ArrayLike<number>, at: number, words: readonly number[][]): boolean {
  return firstWordAt(codes, at, words) !== undefined;
}

/**
 * Towns the sentence frames as places: 与 + a name + 相邻 (or 交界, 毗连, 接壤 …), and a name that
 * begins at a boundary and is followed by 位于, 地处, 下辖 … (菁芜洲镇位于县境中部).
 */
function framedTowns(codes: ArrayLike<number>, length: number, free: (at: number) => boolean): TownMatch[] {
  const found: TownMatch[] = [];
  for (let at = 0; at < length; at += 1) {
    // One lookup rules out most positions: no frame begins with their character.
    if (!FRAME_FIRSTS.has(codes[at])) continue;
    // (来到 is a verb of going, not 来 "come" and 到: 来到了波洲镇.)
    const went = firstWordAt(codes, at, GOING);
    const into = went ? undefined : firstWordAt(codes, at, INTO);
    const going = into ?? went;
    if (going) {
      // 深入 and 到 only before a verb of inspection after the place.
      // 走访了洋溪镇: the verb's 了 stands between it and the place; 前往視察榮光村: so may a verb of
      // looking, which no name begins with.
      const afterVerb = at + going.length + (codes[at + going.length] === PERFECTIVE ? 1 : 0);
      const start = afterVerb + (firstWordAt(codes, afterVerb, LOOKING_AFTER_GOING)?.length ?? 0);
      const town = townStartingAt(codes, start, length, free, (_, after) => !into || wordAt(codes, after, INSPECTING));
      if (town) found.push(town);
      // …and the village written right after its town (来到了波洲镇长塘坪村).
      const village = town && town.level !== 'village' ? townStartingAt(codes, town.start + town.length, length, free, isVillage) : undefined;
      if (village) found.push(village);
      at += going.length - 1;
      continue;
    }
    if (codes[at] === WITH) {
      const town = townStartingAt(codes, at + 1, length, free, (_, after) => wordAt(codes, after, BORDERS));
      if (town) found.push(town);
      continue;
    }
    const bound = firstWordAt(codes, at, BOUNDS);
    if (bound) {
      const town = townStartingAt(codes, at + bound.length, length, free, notVillage);
      if (town) found.push(town);
      at += bound.length - 1;
      continue;
    }
    // The name must begin where the text does not run on (a comma, the start of a line, a mark).
    const town = wordAt(codes, at, PLACE_PREDICATES) ? townEndingAt(codes, at, free, true) : undefined;
    if (town) found.push(town);
  }
  return found;
}

const notVillage = (level: TownLevel) => level !== 'village';
const isVillage = (level: TownLevel) => level === 'village';

/**
 * A town and one of its villages written together, where a name may begin (at a clause's start,
 * after 在, 对, 从 …, or after a verb of going): 在仰韶镇阳光村, 深入城郊乡上洋村. Two level words in a
 * row, each after a name, name places; either alone could be a word (阳光村 "sunshine village").
 */
function chainedTowns(codes: ArrayLike<number>, length: number, free: (at: number) => boolean): TownMatch[] {
  const found: TownMatch[] = [];
  for (let at = 0; at < length; at += 1) {
    if (!free(at) || !isHanCode(codes[at])) continue;
    // A verb of going or of looking may stand first (深入城郊乡…村, 先后深入寺坪镇…村, 察看富泉乡…村):
    // the name begins after it, whatever stands before the verb.
    const verb = CHAIN_VERB_FIRSTS.has(codes[at]) ? firstWordAt(codes, at, CHAIN_VERBS) : undefined;
    const before = codes[at - 1];
    if (!verb && at > 0 && isHanCode(before) && free(at - 1) && !BEFORE_NAME.has(before as number)) continue;
    const start = at + (verb?.length ?? 0);
    // One lookup rules out most positions: a level word stands two to four characters on.
    if (!LEVEL_FIRSTS.has(codes[start + 2]) && !LEVEL_FIRSTS.has(codes[start + 3]) && !LEVEL_FIRSTS.has(codes[start + 4])) continue;
    const town = townStartingAt(codes, start, length, free, notVillage);
    if (!town) continue;
    // A village after its town, or a community after its subdistrict or town (北环路街道明珠社区).
    const village = townStartingAt(codes, start + town.length, length, free, isVillage) ?? communityStartingAt(codes, start + town.length, length, free);
    if (!village) continue;
    found.push(town, village);
    at = village.start + village.length - 1;
  }
  return found;
}

/** After 等 "and so on" and a count, the level of the places just listed: 寺坪、马桥、歇马等5个乡镇. */
const COUNTED_LEVELS: { key: number[]; level: TownLevel; english?: string }[] = [
  { key: codesOf('乡镇'), level: 'town', english: '(a township or town)' },
  { key: codesOf('鄉鎮'), level: 'town', english: '(a township or town)' },
  { key: codesOf('行政村'), level: 'village', english: '(a village)' },
  { key: codesOf('社区'), level: 'community', english: '(a community)' },
  { key: codesOf('街道'), level: 'subdistrict', english: '(a subdistrict)' },
  { key: codesOf('镇'), level: 'town', english: '(a town)' },
  { key: codesOf('鎮'), level: 'town', english: '(a town)' },
  { key: codesOf('乡'), level: 'township', english: '(a township)' },
  { key: codesOf('鄉'), level: 'township', english: '(a township)' },
  { key: codesOf('村'), level: 'village', english: '(a village)' },
];
const ETC = '等'.codePointAt(0) as number;
const COUNTERS = new Set(codesOf('个個'));
const COUNT_DIGITS = new Set(codesOf('0123456789一二三四五六七八九十两'));

/**
 * Places named bare in a list before 等, a count and their level: 寺坪、马桥、歇马、马良、店垭等5个乡镇,
 * 深入何家畔、吉岘、西华池等乡镇. Two or more items of two to four free characters between 、; the first
 * begins after a verb of going or looking, or is as long as the item after it. Not where an item
 * already ends in a level word (…等8个村 after 菁芜洲村、龙坪村: the list pass reads those), nor 乡 of 乡村.
 */
function countedTowns(codes: ArrayLike<number>, original: ArrayLike<number>, length: number, free: (at: number) => boolean): TownMatch[] {
  const found: TownMatch[] = [];
  for (let at = 0; at < length; at += 1) {
    if (codes[at] !== ETC) continue;
    let after = at + 1;
    while (COUNT_DIGITS.has(codes[after] as number)) after += 1;
    if (after > at + 1) {
      if (!COUNTERS.has(codes[after] as number)) continue;
      after += 1;
    }
    const counted = COUNTED_LEVELS.find(({ key }) => keyAt(codes, after, key, length));
    if (!counted || (counted.key.length === 1 && CONTINUING.has(codes[after + 1] as number))) continue;
    const items: { start: number; end: number }[] = [];
    let end = at;
    for (;;) {
      let start = end;
      while (start > 0 && end - start < 6 && isHanCode(codes[start - 1]) && free(start - 1) && original[start - 1] !== SEPARATOR) start -= 1;
      if (original[start - 1] === SEPARATOR) {
        if (end - start < NAME_LENGTH.min || end - start > NAME_LENGTH.max) break;
        items.push({ start, end });
        end = start - 1;
        continue;
      }
      // The first: right after a verb of going or looking (深入何家畔, 先后来到骆集: the verb that ends
      // nearest the item), or as long as the item after it.
      let afterVerb = -1;
      for (let from = start; from <= end - NAME_LENGTH.min; from += 1) {
        if (CHAIN_VERBS.some((verb) => from - verb.length >= start && keyAt(codes, from - verb.length, verb))) afterVerb = from;
      }
      const next = items.at(-1);
      const nextLength = next ? next.end - next.start : 0;
      if (afterVerb >= 0) start = afterVerb;
      else if (end - start > NAME_LENGTH.max || (next && end - start > nextLength)) start = end - nextLength;
      if (end - start >= NAME_LENGTH.min && end - start <= NAME_LENGTH.max) items.push({ start, end });
      break;
    }
    if (items.length < 2) continue;
    if (items.some(({ start, end }) => LEVEL_FIRSTS.has(codes[end - 1]) || !isName(codes, start, end, free))) continue;
    for (const { start, end } of items.reverse()) found.push({ start, nameLength: end - start, length: end - start, level: counted.level, levelEnglish: counted.english });
  }
  return found;
}

/** Verbs of looking at a place, before a town and its village: 察看富泉乡蜚安村, 实地调研…. */
const LOOKING = ['察看', '查看', '视察', '視察', '考察', '调研', '調研'].map(codesOf);
/** What may stand between a verb of going and the place it names (前往視察榮光村, 深入检查…). */
const LOOKING_AFTER_GOING = [...LOOKING, ...INSPECTING];
const CHAIN_VERBS = [...VERBS_OF_GOING, ...LOOKING];
const CHAIN_VERB_FIRSTS = new CodeSet(CHAIN_VERBS.map((word) => word[0] as number));

/** A residents' community whose name (two to four free characters) starts at `start`: 明珠社区. */
function communityStartingAt(codes: ArrayLike<number>, start: number, end: number, free: (at: number) => boolean): TownMatch | undefined {
  for (let nameLength = NAME_LENGTH.min; nameLength <= NAME_LENGTH.max; nameLength += 1) {
    if (!keyAt(codes, start + nameLength, COMMUNITY, end) || !free(start + nameLength)) continue;
    if (!isName(codes, start, start + nameLength, free)) return undefined;
    return { start, nameLength, length: nameLength + COMMUNITY.length, level: 'community' };
  }
  return undefined;
}

/**
 * Lists of two or more names with the same level word, joined by 、 (written so: a comma joins
 * clauses, 落实到村，工作到村组): 古镇镇、小榄镇、沙溪镇.
 */
function listedTowns(codes: ArrayLike<number>, original: ArrayLike<number>, length: number, free: (at: number) => boolean): TownMatch[] {
  const found: TownMatch[] = [];
  for (let at = 0; at < length; at += 1) {
    if (original[at] !== SEPARATOR) continue;
    const first = townEndingAt(codes, at, free);
    if (!first) continue;
    const items = [first];
    let next = at;
    while (original[next] === SEPARATOR) {
      const item = townStartingAt(codes, next + 1, length, free, sameLevel(first.level), true);
      if (!item) break;
      items.push(item);
      next = item.start + item.length;
    }
    if (items.length >= 2) found.push(...items);
    at = next;
  }
  return found;
}

/**
 * The town whose level word ends just before `end`: its name back to a boundary, or two
 * characters; with `atBoundary`, only a name that begins at a boundary, whatever its length.
 */
function townEndingAt(codes: ArrayLike<number>, end: number, free: (at: number) => boolean, atBoundary = false): TownMatch | undefined {
  for (const { key, level } of LEVELS) {
    const levelStart = end - key.length;
    if (levelStart < NAME_LENGTH.min || !keyAt(codes, levelStart, key) || !free(levelStart)) continue;
    let start = levelStart;
    const joins = (at: number) => isHanCode(codes[at]) && free(at) && !BEFORE_NAME.has(codes[at] as number);
    const nameMax = nameMaxBefore(codes, levelStart);
    while (start > 0 && levelStart - start < nameMax && joins(start - 1)) start -= 1;
    // 到西一镇: a word that no name begins with stands before the name, not in it; so does a verb of
    // going before a long Mongolian name (深入萨麦苏木).
    while (levelStart - start > NAME_LENGTH.min && NOT_IN_NAME.has(codes[start] as number)) start += 1;
    const going = nameMax > NAME_LENGTH.max ? firstWordAt(codes, start, VERBS_OF_GOING) : undefined;
    if (going && levelStart - start - going.length >= NAME_LENGTH.min) start += going.length;
    // Text runs on before the name (介绍孟垓村), or four characters stand there: take the two next
    // to the level word, the commonest length of these names.
    const runsOn = start > 0 && joins(start - 1);
    if (atBoundary && runsOn) return undefined;
    if (runsOn || (!atBoundary && levelStart - start > 3 && nameMax === NAME_LENGTH.max)) start = levelStart - NAME_LENGTH.min;
    // 杨米涧镇镇罗堡村: the village's name begins with the second 镇.
    if (start > 1 && doubledLevel(codes, start - 1)) start -= 1;
    if (levelStart - start < NAME_LENGTH.min || !isName(codes, start, levelStart, free)) return undefined;
    return { start, nameLength: levelStart - start, length: end - start, level };
  }
  return undefined;
}

/**
 * The town whose name starts at `start`: the shortest name a free level word ends that `accepts`
 * takes (given the level and where the word after it begins), if that name is a name.
 */
function townStartingAt(
  codes: ArrayLike<number>,
  start: number,
  end: number,
  free: (at: number) => boolean,
  accepts: (level: TownLevel, after: number) => boolean,
  listed = false,
): TownMatch | undefined {
  for (let nameLength = NAME_LENGTH.min; nameLength <= MONGOLIAN_NAME_MAX; nameLength += 1) {
    if (nameLength > nameMaxBefore(codes, start + nameLength)) continue;
    const level = levelAt(codes, start + nameLength, end);
    if (!level || !free(start + nameLength) || !accepts(level.level, start + nameLength + level.length)) continue;
    // In a list after a town read already, 村镇 may be a name's 村 and its level (芝田镇、西村镇、涉村镇).
    if (!isName(codes, start, start + nameLength, free, listed)) return undefined;
    return { start, nameLength, length: nameLength + level.length, level: level.level };
  }
  return undefined;
}

/** Verbs that give a post, before a town's name and the post (担任练塘镇党委委员, 时任清水乡党委书记). */
const POST_VERBS = ['担任', '擔任', '兼任', '曾任', '时任', '時任', '现任', '現任', '原任', '历任', '歷任', '出任', '调任', '調任'].map(codesOf);
/** Whether a verb that gives a post ends right before `at`. */
const postVerbBefore = (codes: ArrayLike<number>, at: number) => POST_VERBS.some((verb) => keyAt(codes, at - verb.length, verb));

/**
 * A town at the start of a clause whose village's name follows, then a village post: 北山镇 of
 * 北山镇仁村村党支部书记, 三溪口街道 of 三溪口街道下坦村党支部书记. `villageTitle` is where the post
 * (a composed title that starts with 村) begins. The town's and the village's names are two or
 * three free Han characters each, and before the town stands no Han character the engine left
 * unmarked (a clause's start, punctuation, or a mark): elsewhere a word before a bare level (组织村
 * 党支部书记) is likelier than a name.
 */
export function townBeforeVillage(
  codes: ArrayLike<number>,
  villageTitle: number,
  free: (at: number) => boolean,
  isWord: (start: number, length: number) => boolean,
): TownMatch | undefined {
  for (let villageLength = NAME_LENGTH.min; villageLength <= 3; villageLength += 1) {
    const village = villageTitle - villageLength;
    if (village < 1 || !isName(codes, village, villageTitle, free) || isWord(village, villageLength)) continue;
    for (const { key, level } of LEVELS) {
      if (level === 'village') continue;
      const levelStart = village - key.length;
      if (levelStart < 0 || !keyAt(codes, levelStart, key) || !free(levelStart)) continue;
      for (let nameLength = NAME_LENGTH.min; nameLength <= 3; nameLength += 1) {
        const start = levelStart - nameLength;
        if (start < 0 || (start > 0 && isHanCode(codes[start - 1]) && free(start - 1))) continue;
        if (!isName(codes, start, levelStart, free) || isWord(start, nameLength)) continue;
        return { start, nameLength, length: nameLength + key.length, level };
      }
    }
  }
  return undefined;
}

/**
 * Towns named at the start of a clause or right after a mark, the level word taken whether or not a
 * title begins with it (，张王镇隆重举行, 、张王镇党委书记): candidates only. One such name means
 * little; the same name opening clauses twice in a document is a town (NameMemory.countTown).
 */
export function clauseTowns(
  codes: ArrayLike<number>,
  length: number,
  free: (at: number) => boolean,
  isWord: (start: number, length: number) => boolean,
): TownMatch[] {
  const found: TownMatch[] = [];
  for (let at = 0; at < length; at += 1) {
    if (!free(at) || (at > 0 && isHanCode(codes[at - 1]) && free(at - 1))) continue;
    for (let nameLength = NAME_LENGTH.min; nameLength <= 3; nameLength += 1) {
      const level = levelAt(codes, at + nameLength, length);
      if (!level || level.level === 'village' || !isName(codes, at, at + nameLength, free) || isWord(at, nameLength)) continue;
      // A name in quotation marks all by itself is a project's or a brand's (“数智黔乡”工程).
      if (codes[at - 1] === QUOTE && codes[at + nameLength + level.length] === QUOTE) break;
      found.push({ start: at, nameLength, length: nameLength + level.length, level: level.level });
      at += nameLength + level.length - 1;
      break;
    }
  }
  return found;
}

/** Prepositions that may stand between a clause's start and a town's organ: 经勐戛镇党委研究. */
const CLAUSE_PREPOSITIONS = new Set(codesOf('经經'));
/** A town's own organs, after its level word: 国庆乡党委, 大沁他拉镇人民政府, 盈浦街道党工委. */
/** A village's own Party organisations, before which its name may open a clause (刘家佐村党支部书记). */
const VILLAGE_ORGANS = ['党支部', '黨支部', '党总支', '黨總支', '党委', '黨委'].map(codesOf);
const TOWN_ORGANS = ['党委', '黨委', '党工委', '黨工委', '人民政府', '政府', '办事处', '辦事處'].map(codesOf);

/**
 * The start of a town's name at the start of a clause, right before its level word and one of the
 * town's own organs (，国庆乡党委及所辖…, ，东郭镇党委书记), two or three free Han characters that make
 * no word, with no free Han character before them (or only 经); or -1. A name opening a clause before a bare level word means
 * little (clauseTowns); before the town's Party committee or government it names that town.
 */
export function townOpeningClause(
  codes: ArrayLike<number>,
  levelStart: number,
  end: number,
  free: (at: number) => boolean,
  isWord: (start: number, length: number) => boolean,
  beforeTitle = false,
): number {
  const level = levelWordAt(codes, levelStart, end);
  // A village only before one of its posts, and only by a family's name (刘家佐村党支部书记): before
  // 村 a clause opens with words as often (新任村党支部书记, 组织村党支部书记).
  const village = level?.level === 'village';
  if (!level || (village && !beforeTitle) || !wordAt(codes, levelStart + level.length, village ? VILLAGE_ORGANS : TOWN_ORGANS)) return -1;
  const opens = (at: number) => at === 0 || !(isHanCode(codes[at - 1]) && free(at - 1));
  for (let length = NAME_LENGTH.min; length <= 3; length += 1) {
    const start = levelStart - length;
    // 经 "upon (the decision of)" may open the clause first: ，经勐戛镇党委研究.
    if (start < 0 || !(opens(start) || (CLAUSE_PREPOSITIONS.has(codes[start - 1] as number) && opens(start - 1)))) continue;
    // (Nor three whose last two are a word: 要围绕镇党委 "must centre on the town Party committee".)
    if (!isName(codes, start, levelStart, free) || isWord(start, length) || (levelStart - start === 3 && isWord(start + 1, 2))) return -1;
    // Before a title a clause opens with 会议由 or 最后 as often as with a name: there the name neither
    // ends in a function word nor begins with a word (会议由镇党委书记, 最后镇党委副书记; 东郭镇党委书记).
    if (beforeTitle && (NOT_IN_NAME.has(codes[levelStart - 1] as number) || isWord(start, 2))) return -1;
    if (village && !isSurnameCode(codes[start])) return -1;
    return start;
  }
  return -1;
}

/**
 * The start of a unit's own name standing just before `unitStart` (练塘 of 青浦区练塘水务管理所, 临港
 * of 周口临港开发区): two or three free Han characters that make no word, right after a place, a
 * verb that gives a post, or `listed(at)` (the 、 of a list of posts and names before `at`); or -1.
 */
export function unitNameBefore(
  codes: ArrayLike<number>,
  unitStart: number,
  free: (at: number) => boolean,
  placeEnds: ReadonlySet<number>,
  isWord: (start: number, length: number) => boolean,
  listed: (at: number) => boolean,
): number {
  for (let length = NAME_LENGTH.min; length <= 3; length += 1) {
    const start = unitStart - length;
    if (start < 0 || !isName(codes, start, unitStart, free) || isWord(start, length)) continue;
    if (placeEnds.has(start) || postVerbBefore(codes, start) || listed(start)) return start;
  }
  return -1;
}

/** townStartingAt's test for the next item of a list: the same level as the first. */
const sameLevel = (wanted: TownLevel) => (level: TownLevel) => level === wanted;

/**
 * The level word of a town, township, subdistrict or village that ends a name at `at` (镇 of
 * 古交镇, 村 of 嘉陵村), not one that starts a word (乡村, 乡镇, 村民). For a county's or city's name
 * read without its level: followed by one of these, it names a town or village (古交镇 is a town
 * of Xinjiang County, not 古交市; 嘉陵村 a village, not Jialing District; 东海社区 a residents'
 * community, not Donghai County).
 */
/** Whether a village's name of two to four Han characters and 村 follow at `at` (白丘北村, 长塘坪村). */
export function villageFollows(codes: ArrayLike<number>, at: number, end: number): boolean {
  if (CONTINUING.has(codes[at] as number)) return false;
  for (let length = 1; length <= 4 && at + length < end; length += 1) {
    const inside = codes[at + length - 1] as number;
    if (!isHanCode(inside) || RURAL_WORDS.has(inside) || NEVER_IN_NAME.has(inside)) return false;
    if (length >= 2 && codes[at + length] === VILLAGE) return true;
  }
  return false;
}

export function townLevelAfterName(codes: ArrayLike<number>, at: number, end: number): { length: number; level: TownLevel } | undefined {
  if (at > 0 && keyAt(codes, at, COMMUNITY, end)) return { length: COMMUNITY.length, level: 'community' };
  const level = levelAt(codes, at, end);
  // 城镇, 城乡: the name's last character and the level word make a word (新增城镇就业, 扩大城乡…),
  // unless a village's name follows the township (平城乡白丘北村).
  if (!level || at === 0) return undefined;
  if (DESCRIBING.has(String.fromCodePoint(codes[at - 1] as number, codes[at] as number)) && !villageFollows(codes, at + level.length, end)) return undefined;
  return level;
}

/** The level word a composed title or body starts with (乡 of 乡党委书记, 街道 of 街道办事处), if any. */
export function townLevelAt(codes: ArrayLike<number>, at: number, end: number): TownLevel | undefined {
  return levelWordAt(codes, at, end)?.level;
}

/**
 * A village's name and its own 村 where a village post's 村 doubles it (福成村 of 福成村村委会副主任),
 * the name beginning a clause or following a mark or a function word (在, 对 …): two to four free
 * characters that are no frequent word. With one 村 a verb is as likely as a name before the post
 * (，加强村党组织建设, ，督促村党支部书记), so none is read. Returns where the name starts and how
 * many of its characters are the name proper (without its 村), or undefined.
 */
export function villageNameBeforePost(
  codes: ArrayLike<number>,
  villageTitle: number,
  free: (at: number) => boolean,
  isWord: (start: number, length: number) => boolean,
): { start: number; nameLength: number } | undefined {
  const nameEnd = villageTitle - 1;
  if (codes[villageTitle] !== VILLAGE || codes[nameEnd] !== VILLAGE || !free(nameEnd)) return undefined;
  for (let length = NAME_LENGTH.min; length <= NAME_LENGTH.max; length += 1) {
    const start = nameEnd - length;
    if (start < 0) break;
    const before = codes[start - 1];
    const opens = start === 0 || !isHanCode(before) || !free(start - 1) || BEFORE_NAME.has(before as number);
    if (opens && isName(codes, start, nameEnd, free) && !isWord(start, length)) return { start, nameLength: length };
  }
  return undefined;
}

/** Verbs of going whose last character may stand right before a village's name (到, 深入, 赴, 走进). */
const GOING_TO = new Set(codesOf('到入赴进進'));

/**
 * A village's name before one of its bodies alone (、布摆村委会, 在甲甸村委会, 深入大冲村委会): two or
 * three free Han characters that are no frequent word, after a mark, a mark of Guanhua's, a function
 * word (在, 对 …) or a verb of going. Only before a body: before a post, a verb is likelier
 * (，督促村党支部书记), and a village the document names in full is read there already. Returns
 * where the name starts, or -1.
 */
export function villageNameBeforeBody(
  codes: ArrayLike<number>,
  levelStart: number,
  free: (at: number) => boolean,
  isWord: (start: number, length: number) => boolean,
): number {
  if (codes[levelStart] !== VILLAGE) return -1;
  for (let length: number = NAME_LENGTH.min; length <= 3; length += 1) {
    const start = levelStart - length;
    if (start < 0) break;
    const before = codes[start - 1];
    const opens = start === 0 || !isHanCode(before) || !free(start - 1) || BEFORE_NAME.has(before as number) || GOING_TO.has(before as number);
    if (opens) return isName(codes, start, levelStart, free) && !isWord(start, length) ? start : -1;
  }
  return -1;
}

/**
 * The start of a town's name standing just before `levelStart` (东港 of 锡山区东港镇党委书记): two or
 * three free Han characters right after a place or a verb that gives a post, or -1.
 */
export function townNameBefore(
  codes: ArrayLike<number>,
  levelStart: number,
  free: (at: number) => boolean,
  placeEnds: ReadonlySet<number>,
  isWord: (start: number, length: number) => boolean,
): number {
  // After a verb that gives a post (担任练塘镇党委委员): the name between the verb and the level.
  for (let length = NAME_LENGTH.min; length <= 3; length += 1) {
    const start = levelStart - length;
    if (!postVerbBefore(codes, start)) continue;
    let open = true;
    for (let at = start; at < levelStart; at += 1) if (!isHanCode(codes[at]) || !free(at)) open = false;
    if (open && isName(codes, start, levelStart, free) && !isWord(start, length)) return start;
  }
  let start = levelStart;
  while (start > 0 && levelStart - start <= 3 && isHanCode(codes[start - 1]) && free(start - 1) && !placeEnds.has(start)) start -= 1;
  const length = levelStart - start;
  if (length < NAME_LENGTH.min || length > 3) return -1;
  // Otherwise only right after a place (锡山区东港镇党委书记): elsewhere a word before a bare level is
  // far likelier than a town's name (组织村党支部书记, 新任村党支部书记).
  if (!placeEnds.has(start)) return -1;
  // A verb or another word before a bare level (要求乡党委书记) is no town's name.
  return isName(codes, start, levelStart, free) && !isWord(start, length) ? start : -1;
}
