// Titles and bodies the dictionary does not list whole, composed from the title grammar:
//
//   [organisation] [place] [level] [term] [body]… [modifier]… post   a title: 县委书记, 无锡市委书记,
//                                                                      常务副省长, 民革省委会主委
//   [organisation] [place] [level] [term] body…                       a body:  市信访局, 省委常委会,
//                                                                      广州市第十六届人大常委会
//   … body [term] session                                              a formula: 省委十四届八次全会
//
// A dictionary body (国务院, 水利部) may stand where a grammar body does (国务院总理, 水利部部长);
// a level may carry bracketed alternatives (县（区）委书记) or head a list of levels (县、市、区人民政府);
// a place from the list of administrative divisions may stand before the level (无锡市委), before a
// zone it names (平湖经济技术开发区) or before a post that names the level (宝鸡市长); the Party's or
// another organisation's name makes the committee that follows its own (中国共产党广东省委员会,
// 团市委). The English follows one style, documented in dictionaries/README.md.
import type { ComposedPart } from './annotation.ts';
import type { GrammarPart, PlaceRecord, TitleGrammar } from './dictionary-format.ts';
import type { MatchingEntry } from './dictionary-split.ts';
import { CodeFlags, CodeSet } from './code-set.ts';
import { isHanCode } from './han.ts';
import { canonicalKey, keyAt, SEPARATOR } from './normalize.ts';
import { formerCountyAt, type PlaceIndex } from './places.ts';
import { congressAt, localCongressAt, numberedOrdinal, numberStartCodes, ordinalAt, plenumAt, sessionAt, sessionOrdinal, termAt, textOf, type NumberedPart } from './terms-and-sessions.ts';
import { NO_MATCHES, Trie, type TrieMatch } from './trie.ts';

/** Bodies nest (市委统战部: the department of the committee); deeper than this is not a name. */
const MAX_BODIES = 3;
/** 常务副, 第一 + 副 …: two modifiers at most. */
const MAX_MODIFIERS = 2;
/** Places within places before a name: 福建省 + 厦门市 + 海沧区 (province, city, district). */
const MAX_PLACE_DEPTH = 2;
/** The English of a post that names its level: "County Head" (县长), "Prefecture Head" (州长). */
const LEVEL_HEAD = /^(?:County|District|Prefecture|Township|Town|Banner|League) Head$/u;
/**
 * Levels written together that begin no list: 市区 "urban area", 市镇 and 市乡 "towns", and the end
 * of a name before its level (蔡市镇 is the town of 蔡市). After another level they list (县市区).
 */
const NOT_RUNS = new Set(['市区', '市镇', '市乡']);
/** 省市县委: the levels that may be listed by writing them together. */
const RUN_LEVELS = new Set(['省', '州', '市', '县', '区', '乡', '镇']);
/** 州 "prefecture", which lists with the levels after it (州市县) only where no name runs into it. */
const PREFECTURE = '州';
const BEFORE_PREFECTURE_LIST = new Set([...'各全省'].map((char) => char.codePointAt(0) as number));
/** 中央 "the central authorities": a body of its own before 、, never the first of a list of levels. */
const CENTRAL = '中央';
/** 两级, 三级, 四级 after a list of that many levels: each numeral's count and reading. */
const LEVEL_COUNTS = new Map(
  (
    [
      ['两', 2, 'liǎng'],
      ['兩', 2, 'liǎng'],
      ['二', 2, 'èr'],
      ['三', 3, 'sān'],
      ['四', 4, 'sì'],
    ] as const
  ).map(([char, count, reading]) => [char.codePointAt(0) as number, { count, reading }]),
);
const GRADE = '级'.codePointAt(0) as number;
/** 县（市、区）: alternatives in one bracket. */
const MAX_BRACKETED = 3;

const OPEN = '('.codePointAt(0) as number;
const CLOSE = ')'.codePointAt(0) as number;
/** 党的十九届五中全会: "the Party's", before a term and a plenary session of its Central Committee. */
const PARTYS: readonly { key: number[]; part: GrammarPart }[] = (
  [
    ['党的', 'dǎng de'],
    ['黨的', 'dǎng de'],
  ] as const
).map(([text, pinyin]) => ({ key: canonicalKey(text), part: { part: text, english: "the Party's", pinyin } }));
/** 全 "the whole", which makes the level after it a prefix (全市, 全县), and words ending in it (健全, 安全, 万全). */
const WHOLE = '全'.codePointAt(0) as number;
const ENDS_IN_WHOLE: ReadonlySet<number> = new Set(Array.from('健完安齐保周成十两万顾俱', (c) => c.codePointAt(0) as number));
/** Whether 全 "the whole" stands right before `at` as a word of its own (全市, not 健全 + 市场). */
export function followsWhole(codes: ArrayLike<number>, at: number): boolean {
  return at > 0 && codes[at - 1] === WHOLE && !(at > 1 && ENDS_IN_WHOLE.has(codes[at - 2] as number));
}
/** 代表 "delegate", after a Party congress (省第十四次党代会代表). */
const DELEGATE = '代表';
/** The Party's names as an organisation before a place (中共宁波市第十四次代表大会). */
const CPC_NAMES: ReadonlySet<string> = new Set(['中共', '中国共产党']);
/** The level words a county's or district's name of one character is written with (成县, 和县). */
export const LEVEL_ENDS = new CodeSet([...'县縣区區市旗'].map((char) => char.codePointAt(0) as number));
/** What can start a name at a code point: a level, a place, an organisation, a body, modifier or post on its own, a term. */
const START_LEVEL = 1;
const START_PLACE = 2;
const START_CPC = 4;
const START_BARE = 8;
const START_NUMBER = 16;
/** Where a body's English takes the level and place: 委 "CPC {j} Committee". */
const LEVEL_SLOT = '{j}';
/** Heads whose deputy is "Vice …" in English; every other deputy is "Deputy …". */
const VICE_HEADS = new Set(['Mayor', 'Governor', 'Chairman', 'President', 'Premier', 'Minister', 'Chairperson']);

/** A title or body; a formula where a numbered session follows a body (十三届全国人大四次会议). */
export type ComposedKind = 'title' | 'body' | 'formula' | 'place';

export interface ComposedName {
  kind: ComposedKind;
  /** Canonical characters consumed. */
  length: number;
  parts: { part: GrammarPart; role: ComposedPart['role'] }[];
  english: string;
  /** Bodies with their level: the level a list carries on to the bodies after it (市发展改革局、商务局). */
  jurisdiction?: Jurisdiction;
  /** Whether the level came from the body before it in a list, not from the name's own text. */
  inherited?: boolean;
}

/**
 * A composed name as composeAt gives it. Most are not kept (a dictionary entry of the same span
 * wins), so the English is made the first time it is read.
 */
class Composed implements ComposedName {
  readonly kind: ComposedKind;
  readonly length: number;
  readonly parts: ComposedName['parts'];
  readonly jurisdiction?: Jurisdiction;
  readonly inherited?: boolean;
  #english: string | undefined;
  readonly #makeEnglish: () => string;

  constructor({ english, ...name }: Omit<ComposedName, 'english'> & { english: () => string }) {
    this.kind = name.kind;
    this.length = name.length;
    this.parts = name.parts;
    if (name.jurisdiction) this.jurisdiction = name.jurisdiction;
    if (name.inherited) this.inherited = name.inherited;
    this.#makeEnglish = english;
  }

  get english(): string {
    return (this.#english ??= this.#makeEnglish());
  }
}

/** The pinyin of a composed name, one reading per character: made only for the names the engine keeps. */
export function composedReadings(name: ComposedName): string[] {
  return name.parts.flatMap(({ part }) => part.pinyin.split(' '));
}

/** The level (and place) a name starts with, as the English needs it. */
export interface Jurisdiction {
  /** "Municipal", "Wuxi Municipal", "County (District)". */
  adjective: string;
  /** The place's own name, for posts that name their level: 宝鸡市长 "Mayor of Baoji". */
  placeName?: string;
  /** The place's level (市 for 宝鸡市): a post naming that level may follow the place (宝鸡市副市长). */
  placeLevel?: string;
  /** Whether it is a bracketed set of levels (乡（镇）), which may take 长 directly. */
  bracketed: boolean;
  /** A bare place name not (yet) followed by its level: it takes only a post naming that level (宝鸡 + 市长). */
  awaitsLevel?: string;
  /** A class of unit in place of a place (地级市): said after the whole name. */
  unitClass?: string;
}

/** What may stand before the level and place: a term (十三届全国人大), the Party's name (中国共产党广东省委员会). */
interface Lead {
  parts: ComposedName['parts'];
  /** 第十三届: the term of the outermost body, wherever it stands before the bodies. */
  term?: NumberedPart;
  /**
   * Whether the term stands in front of the whole name (十三届全国人大): then it belongs to a
   * session (十三届全国人大四次会议) but is no part of the body or title alone (十届省委 is 省委).
   */
  leadingTerm?: boolean;
  /**
   * After 中共, 中国共产党, 政协, 民革, 团 …: the outermost body is the organisation's (委员会 "CPC …
   * Committee", 委会 "… Committee of the Revolutionary Committee of the Chinese Kuomintang").
   */
  organisation?: GrammarPart;
}

interface Prefix extends Lead {
  at: number;
  jurisdiction?: Jurisdiction;
  /** The jurisdiction is carried on from the body before in a list (市发展和改革局、商务局). */
  inherited?: boolean;
}

/**
 * A prefix made from a lead, with every field present and in the same order: the search makes
 * tens of thousands of these on a long page, and spreads of objects of varying shapes cost more
 * than the search around them.
 */
function prefixOf(lead: Lead, at: number, parts: ComposedName['parts'], jurisdiction: Jurisdiction | undefined): Prefix {
  return { parts, term: lead.term, leadingTerm: lead.leadingTerm, organisation: lead.organisation, at, jurisdiction, inherited: undefined };
}

/** A lead with every field present, as prefixOf's. */
function leadOf(parts: ComposedName['parts'], term?: NumberedPart, leadingTerm?: boolean, organisation?: GrammarPart): Lead {
  return { parts, term, leadingTerm, organisation };
}

const NO_LEAD: Lead = leadOf([]);
const STANDING_COMMITTEES = ['常委会', '常务委员会'];
/** The level of national bodies (国家统计局, 国家发展改革委). */
const NATIONAL_LEVEL = '国家';
/** The CPPCC's names before its committee: 政协第十四届全国委员会. */
const CPPCC_NAMES: ReadonlySet<string> = new Set(['政协', '中国人民政治协商会议']);

interface Search {
  codes: ArrayLike<number>;
  end: number;
  cutsWord: (at: number, length: number) => boolean;
  /** The text's own code points, where the search needs to tell separators apart (县、区 is a list, 景区，街道 not). */
  original: ArrayLike<number> | undefined;
  /** The longest name so far; its English is made once the search is over (most offers are outgrown). */
  best: (Omit<ComposedName, 'english'> & { english: () => string }) | undefined;
  start: number;
}

/** The canonical keys of a part: its text and its Traditional spellings. */
function keysOfPart(part: GrammarPart): number[][] {
  let keys = KEYS_OF_PART.get(part);
  if (!keys) {
    keys = [canonicalKey(part.part)];
    for (const spelling of part.traditional ?? []) keys.push(canonicalKey(spelling));
    KEYS_OF_PART.set(part, keys);
  }
  return keys;
}
/** keysOfPart's answers: the composer asks for the keys of each part more than once as it is built. */
const KEYS_OF_PART = new WeakMap<GrammarPart, number[][]>();

/**
 * A set of pairs of code points. Not one number per pair: two code points take 42 bits, past
 * the small integers an engine stores without allocating, and a Set of thousands of such numbers
 * was the slowest part of building the composer.
 */
class PairSet {
  private readonly seconds = new Map<number, Set<number>>();

  add(first: number, second: number): void {
    const set = this.seconds.get(first);
    if (set) set.add(second);
    else this.seconds.set(first, new Set([second]));
  }

  has(first: number, second: number): boolean {
    return this.seconds.get(first)?.has(second) === true;
  }
}

/** A set of triples of code points, as PairSet. */
class TripleSet {
  private readonly pairs = new Map<number, Map<number, Set<number>>>();

  add(first: number, second: number, third: number): void {
    let seconds = this.pairs.get(first);
    if (!seconds) this.pairs.set(first, (seconds = new Map()));
    const thirds = seconds.get(second);
    if (thirds) thirds.add(third);
    else seconds.set(second, new Set([third]));
  }

  has(first: number, second: number, third: number): boolean {
    return this.pairs.get(first)?.get(second)?.has(third) === true;
  }
}

function partTrie(parts: readonly GrammarPart[]): Trie<GrammarPart> {
  const trie = new Trie<GrammarPart>();
  for (const part of parts) {
    for (const key of keysOfPart(part)) trie.add(key, part);
  }
  return trie;
}

/** A part's English as a reader sees it listed on its own: 委 → "Party Committee", not the template. */
export function partEnglish(part: GrammarPart): string {
  if (!part.english.includes(LEVEL_SLOT)) return part.english;
  return part.alone ?? part.english.replace(LEVEL_SLOT, '').replace('CPC ', 'Party ').replace(/\s+/g, ' ').trim();
}

/**
 * A body's English with its level and place: 委 + "Wuxi Municipal" → "CPC Wuxi Municipal Committee".
 * The outermost body also takes the term and the Party's name of its prefix: "Standing Committee of
 * the 16th Guangzhou Municipal People's Congress", "14th CPC Provincial Committee".
 */
function bodyEnglish(body: GrammarPart, jurisdiction: Jurisdiction | undefined, lead: Lead = NO_LEAD): string {
  const level = jurisdiction?.adjective ?? '';
  const ordinal = lead.term ? numberedOrdinal(lead.term.value) : '';
  // 十三届全国人大常委会: a listed "Standing Committee of the National People's Congress" takes the term inside.
  const standing = 'Standing Committee of the ';
  if (ordinal && !level && body.english.startsWith(standing) && !body.english.includes(LEVEL_SLOT)) {
    return `${standing}${ordinal} ${body.english.slice(standing.length)}`;
  }
  let template = body.english.includes(LEVEL_SLOT) ? body.english : `${LEVEL_SLOT} ${body.english}`;
  if (!level && !ordinal && body.alone) template = body.alone;
  // Only a body the grammar calls the organisation's own takes its name: in 中国共产党天津市妇女联合会党组
  // the Party's name goes with the Party group at the end, not with the women's federation.
  const organisation = body.own ? lead.organisation : undefined;
  if (organisation?.before && template.startsWith(LEVEL_SLOT) && !template.includes(organisation.english)) {
    template = `${organisation.english} ${template}`;
  } else if (organisation && !organisation.before) {
    // 团市委: the Youth League's committee, not the Party's.
    template = template.replace(/^CPC /u, '');
    if (template.startsWith(LEVEL_SLOT) && !template.includes(organisation.english)) template = `${template} of the ${organisation.english}`;
  }
  let slot = level;
  const named = organisation?.before ? organisation.english : 'CPC';
  if (ordinal && template.startsWith(`${named} ${LEVEL_SLOT}`)) template = `${ordinal} ${template}`;
  else if (ordinal) slot = `${ordinal} ${level}`;
  return template.replace(LEVEL_SLOT, slot).replace(/\s+/g, ' ').trim();
}

/** A numbered team's English: the ordinal before the level, as "the First Central Inspection Team". */
function numberedEnglish(ordinal: string, team: GrammarPart): { english: string; alone: string } {
  const alone = `${ordinal} ${team.alone ?? team.english.replace(LEVEL_SLOT, '')}`.replace(/\s+/gu, ' ').trim();
  return { english: team.english.includes(LEVEL_SLOT) ? `${ordinal} ${team.english}` : `${ordinal} ${LEVEL_SLOT} ${team.english}`, alone };
}

/** "Standing Committee of the CPC Municipal Committee": the innermost body first. */
function chainEnglish(bodies: readonly GrammarPart[], prefix: Prefix | undefined): string {
  const [outer, ...inner] = bodies;
  if (!outer) return '';
  // 领导小组 + 办公室: the office of a group or headquarters is its "Office", of a government its "General Office".
  const inAfter = (body: GrammarPart, index: number) => {
    const before = (index === 0 ? outer : inner[index - 1]) as GrammarPart;
    const key = body.after && Object.keys(body.after).find((ending) => before.part.endsWith(ending));
    return key === undefined ? body : { ...body, english: body.after?.[key] as string };
  };
  const names = [bodyEnglish(outer, prefix?.jurisdiction, prefix), ...inner.map((body, index) => bodyEnglish(inAfter(body, index), undefined))];
  return names.reverse().join(' of the ');
}

function titleEnglish(parts: ComposedName['parts'], prefix: Prefix): string {
  const { jurisdiction } = prefix;
  const bodies = parts.filter((item) => item.role === 'body').map((item) => item.part);
  const modifiers = parts.filter((item) => item.role === 'modifier').map((item) => item.part);
  const post = parts.find((item) => item.role === 'post')?.part;
  if (!post) return '';
  const lastBody = bodies.at(-1);
  const outer = bodies[0];
  const ministry = post.ministerial !== undefined && outer !== undefined && bodies.length === 1 && outer.english.startsWith('Ministry of ');
  let head = ministry ? (post.ministerial as string) : ((lastBody && post.after?.[lastBody.part]) ?? post.english);
  // 县人民政府县长: after the body the level is said once, "Head of the County People's Government".
  if (bodies.length > 0) head = head.replace(LEVEL_HEAD, 'Head');
  let modifierWords = modifiers.map((modifier) => modifier.english);
  const deputy = modifiers.findIndex((modifier) => modifier.part.endsWith('副'));
  if (deputy >= 0) {
    // 副市长 is "Vice Mayor", 副局长 "Deputy Director"; 常务副省长 "Executive Vice Governor".
    const own = head === post.english ? post.deputy : undefined;
    head = own ?? (VICE_HEADS.has(head) ? `Vice ${head}` : `Deputy ${head}`);
    modifierWords = modifierWords.map((words, index) => (index === deputy ? words.replace(/\s*Deputy$/, '') : words));
  }
  const title = [...modifierWords.filter(Boolean), head].join(' ');
  if (ministry && outer) return `${title} of ${outer.english.slice('Ministry of '.length)}`;
  if (bodies.length > 0) return `${title} ${post.preposition ?? 'of'} the ${chainEnglish(bodies, prefix)}`;
  if (jurisdiction?.bracketed) return `${jurisdiction.adjective} ${title}`;
  // 自治区主席 "Chairman of the Autonomous Region".
  const headed = post.headOf === undefined || bodies.length > 0 ? undefined : parts.find(({ part, role }) => role === 'jurisdiction' && part.part === post.headOf)?.part.noun;
  if (headed !== undefined && !jurisdiction?.placeName) return `${title} of the ${headed}`;
  // 县领导 "County leaders"; 石林彝族自治县领导 "leaders of Shilin Yi Autonomous County".
  if (post.afterLevel && jurisdiction) return jurisdiction.placeName ? `${title} of ${jurisdiction.placeName}` : `${jurisdiction.adjective} ${title}`;
  if (!jurisdiction?.placeName) return title;
  // 宝鸡市长 "Mayor of Baoji"; 丹凤县长 "Head of Danfeng County", not "County Head of Danfeng".
  const levelHead = /^(.*?)\s*(\S+) Head$/.exec(title);
  return levelHead ? `${[levelHead[1], 'Head'].filter(Boolean).join(' ')} of ${jurisdiction.placeName}` : `${title} of ${jurisdiction.placeName}`;
}

/** Whether the name so far ends in the given level, written (自治区) or as a place's own (广西壮族自治区). */
function headsLevel(prefix: Prefix, level: string): boolean {
  if (prefix.jurisdiction === undefined || prefix.jurisdiction.bracketed || prefix.jurisdiction.awaitsLevel !== undefined) return false;
  const last = prefix.parts.at(-1);
  return prefix.jurisdiction.placeLevel === level || (last?.role === 'jurisdiction' && last.part.part === level);
}

/** "Danfeng County", "Wuxi": the place as English names it. */
function placeNameWithLevel(place: PlaceRecord): string {
  return place.levelNoun ? `${place.english} ${place.levelNoun}` : place.english;
}

export interface TitleComposerOptions {
  grammar: TitleGrammar;
  /** Dictionary bodies that may take a post (国务院 → 国务院总理). */
  entries?: readonly MatchingEntry[];
  /** The places a name may start with, read from the index when a text reaches them. */
  places?: PlaceIndex;
}

export class TitleComposer {
  private readonly levels: Trie<GrammarPart>;
  private readonly bodies: Trie<GrammarPart>;
  private readonly entryBodies: Trie<GrammarPart>;
  private readonly modifiers: Trie<GrammarPart>;
  private readonly posts: Trie<GrammarPart>;
  /** What a leading group or headquarters works on (乡村振兴 + 领导小组). */
  private readonly topics: Trie<GrammarPart>;
  private readonly places: Trie<{ place: PlaceRecord; part: GrammarPart; bare: boolean }>;
  /** The one-character levels (市, 县 …): a post that starts with one names its level (市长). */
  private readonly levelChars: Set<string>;
  /** The post that follows a bracketed level directly: 乡（镇）长. */
  private readonly head: GrammarPart | undefined;
  /** 常委会 and 常务委员会: a standing committee, whose meetings are sessions only where it is a congress's or the CPPCC's. */
  private readonly standingCommittees: ReadonlySet<GrammarPart>;
  /** The dictionary's bodies as parts (entryBodies' values). */
  private readonly entryBodyParts: ReadonlySet<GrammarPart>;
  /** 长 and 長: the code points of the head post. */
  private readonly headCodes: Set<number>;
  /** 部长 written as 长 after a department: 组织部长, 宣传部长, 外交部长. */
  private readonly departmentHead: GrammarPart | undefined;
  /** 长 after a bureau, 局 written once for the bureau and its head: 民政局长, 公安局长 "Director". */
  private readonly bureauHead: GrammarPart | undefined;
  /** 长 after a section, 科 written once for the section and its chief: 组织科长 "Section Chief". */
  private readonly sectionHead: GrammarPart | undefined;
  /** Organisations whose committees follow their name (中共无锡市委, 民革省委会), each spelling keyed. */
  private readonly organisations: { key: number[]; part: GrammarPart }[];
  /**
   * What may follow a level or place: code points of one-character parts, brackets and terms
   * (continues), and the first two code points of longer bodies, posts and modifiers (continuesTwo).
   */
  private readonly continues = new Set<number>();
  private readonly continuesTwo = new PairSet();
  /**
   * How a name with no level or place may begin (信访局, 副书记, 党组书记): the two code points of a
   * part of two characters, or a one-character modifier and what may follow it (bareStarts), and
   * the first three of a longer part (bareStartsThree). 发展 and 工作 begin thousands of phrases of
   * a long page; 发展改革委 and 工作专班 few.
   */
  private readonly bareStarts = new PairSet();
  private readonly bareStartsThree = new TripleSet();
  /** For every code point a name can start with, which parts can start there (START_* flags): one lookup rules out most positions of a text. */
  private readonly starts = new CodeFlags();

  /**
   * The parts a proper name of its own may stand before, by their text as a composed name's parts
   * give it: named units (练塘 + 水务管理所) and zones (临港 + 开发区).
   */
  readonly namedUnits: ReadonlySet<string>;
  readonly zones: ReadonlySet<string>;

  constructor({ grammar, entries = [], places }: TitleComposerOptions) {
    this.namedUnits = new Set(grammar.bodies.filter((body) => body.named).map((body) => body.part));
    this.zones = new Set(grammar.jurisdictions.filter((level) => level.zone).map((level) => level.part));
    this.levels = partTrie(grammar.jurisdictions);
    this.organisations = (grammar.organisations ?? []).flatMap((part) => keysOfPart(part).map((key) => ({ key, part })));
    this.bodies = partTrie(grammar.bodies);
    this.modifiers = partTrie(grammar.modifiers);
    this.posts = partTrie(grammar.posts);
    this.topics = partTrie(grammar.topics ?? []);
    this.levelChars = new Set(grammar.jurisdictions.map((part) => part.part).filter((part) => [...part].length === 1));
    this.head = grammar.posts.find((post) => post.part === '长');
    this.standingCommittees = new Set(grammar.bodies.filter((body) => STANDING_COMMITTEES.includes(body.part)));
    this.headCodes = new Set(this.head ? keysOfPart(this.head).map((key) => key[0] as number) : []);
    const minister = grammar.posts.find((post) => post.part === '部长');
    this.departmentHead = this.head && minister && { ...minister, part: this.head.part, pinyin: this.head.pinyin, traditional: this.head.traditional ?? [] };
    const director = grammar.posts.find((post) => post.part === '局长');
    this.bureauHead = this.head && director && { ...director, part: this.head.part, pinyin: this.head.pinyin, traditional: this.head.traditional ?? [] };
    const chief = grammar.posts.find((post) => post.part === '科长');
    this.sectionHead = this.head && chief && { ...chief, part: this.head.part, pinyin: this.head.pinyin, traditional: this.head.traditional ?? [] };
    // Dictionary bodies as parts: "the central authorities (the Party Central Committee …)" →
    // "Central Authorities", a name to put after "of the".
    const entryBodies = entries
      .filter((entry) => entry.kind === 'body')
      .flatMap((entry) => {
        const english = titleCase((entry.gloss ?? '').replace(/\s*\([^)]*\)/g, '').replace(/^the\s+/i, '').trim());
        return entry.forms.map(
          (form): GrammarPart => ({
            part: form.text,
            english,
            pinyin: form.pinyin,
            ...(form.traditional && { traditional: form.traditional }),
            ...(entry.sessions === true && { sessions: true }),
            // A national body named in full is a body without a level: 水利部 + 党组.
            standalone: true,
          }),
        );
      });
    this.entryBodies = partTrie(entryBodies);
    this.entryBodyParts = new Set(entryBodies);
    this.places = new Trie();
    this.placeIndex = places;
    if (places) for (const code of places.firstCodes()) this.places.defer(code, () => this.addPlacesStartingWith(places, code));
    const flagged: [Trie<unknown>, number][] = [
      [this.levels, START_LEVEL],
      [this.places, START_PLACE],
      [this.bodies, START_BARE],
      [this.entryBodies, START_BARE],
      [this.modifiers, START_BARE],
      [this.posts, START_BARE],
      [this.topics, START_BARE],
    ];
    for (const [trie, flag] of flagged) {
      for (const code of trie.firstCodes()) this.starts.add(code, flag);
    }
    this.indexContinuations(grammar, entryBodies);
    for (const { key } of [...this.organisations, ...PARTYS]) this.starts.add(key[0] as number, START_CPC);
    for (const code of numberStartCodes()) this.starts.add(code, START_NUMBER);
  }

  /** The spellings of places that start with `code` (deferred to the first text that reaches them). */
  /** The list of divisions, for the words a place's name is not read across. */
  private readonly placeIndex: PlaceIndex | undefined;

  private addPlacesStartingWith(places: PlaceIndex, code: number): void {
    const add = (spellings: readonly string[], value: { place: PlaceRecord; part: GrammarPart; bare: boolean }) => {
      for (const spelling of spellings) {
        const key = canonicalKey(spelling);
        if (key[0] === code) this.places.add(key, value);
      }
    };
    for (const unit of places.unitsStartingWith(code)) {
      const place = places.record(unit);
      const spellings = places.spellingsOf(unit);
      if (!place || !spellings) continue;
      const { full, bare, short } = spellings;
      add(full, { place, part: { part: place.name, english: place.english, pinyin: place.pinyin }, bare: false });
      // 通道县 + 委: the short name with its level reads as the full one.
      if (short) add(short.spellings, { place, part: { part: short.spellings[0] ?? place.name, english: place.english, pinyin: short.pinyin }, bare: false });
      if (bare) add(bare.spellings, { place, part: { part: place.bare ?? '', english: place.english, pinyin: bare.pinyin }, bare: true });
    }
  }

  /**
   * The cheap tests that rule out most positions before any search: what may follow a level or
   * place, and how a name with no level or place may begin (its first two characters).
   */
  private indexContinuations(grammar: TitleGrammar, entryBodies: readonly GrammarPart[]): void {
    const keysOf = (parts: readonly GrammarPart[]) => parts.flatMap(keysOfPart);
    const entryBodyKeys = keysOf(entryBodies);
    const topicKeys = keysOf(grammar.topics ?? []);
    const bodyKeys = [...keysOf(grammar.bodies), ...entryBodyKeys, ...topicKeys];
    const postKeys = keysOf(grammar.posts);
    const modifierKeys = keysOf(grammar.modifiers);
    // After a level or place: a one-character part (委, 副, 长), a bracket or a term may follow
    // whatever comes next; a longer part only with its own second character.
    for (const key of [...bodyKeys, ...postKeys, ...modifierKeys]) {
      if (key.length === 1) this.continues.add(key[0] as number);
      else this.continuesTwo.add(key[0] as number, key[1] as number);
    }
    for (const code of [OPEN, ...numberStartCodes(), ...this.headCodes]) this.continues.add(code);
    const bigram = (first: number, second: number) => this.bareStarts.add(first, second);
    const start = (key: readonly number[]) => {
      if (key.length === 2) bigram(key[0] as number, key[1] as number);
      else if (key.length > 2) this.bareStartsThree.add(key[0] as number, key[1] as number, key[2] as number);
    };
    const unbound = grammar.bodies.filter((body) => !body.bound);
    for (const key of [...keysOf(unbound), ...entryBodyKeys, ...postKeys, ...topicKeys]) start(key);
    // 副 + 书记, 常务 + 副 …: a one-character modifier goes before any post or modifier.
    const followers = [...postKeys, ...modifierKeys].map((key) => key[0] as number);
    for (const key of modifierKeys) {
      if (key.length >= 2) start(key);
      else for (const code of followers) bigram(key[0] as number, code);
    }
  }

  /** Whether a name may go on at `at` after a place: a body, post, level or (not too deep) another place. */
  private goesOnAfterPlace(codes: ArrayLike<number>, at: number, end: number, depth: number): boolean {
    if (at >= end) return false;
    const next = this.starts.get(codes[at]);
    return this.mayContinue(codes, at) || (next & START_LEVEL) !== 0 || (depth < MAX_PLACE_DEPTH && (next & START_PLACE) !== 0);
  }

  /** Whether a body, post, modifier, bracket or term may begin at `at`, after a level or place. */
  private mayContinue(codes: ArrayLike<number>, at: number): boolean {
    const first = codes[at] as number;
    return this.continues.has(first) || (at + 1 < codes.length && this.continuesTwo.has(first, codes[at + 1] as number));
  }

  /** Whether a name with no level or place may begin at `at`. */
  private mayStartBare(codes: ArrayLike<number>, at: number, end: number): boolean {
    if (at + 1 >= end) return false;
    const first = codes[at] as number;
    const second = codes[at + 1] as number;
    return this.bareStarts.has(first, second) || (at + 2 < end && this.bareStartsThree.has(first, second, codes[at + 2] as number));
  }

  /** The second characters of the units' names that begin like `code` (长 → 安 of 长安区, 沙 of 长沙市 …). */
  private secondCharacters = new Map<number, Set<number>>();

  /** Whether the name of a unit of the list may begin at `at` (长安 of 长安子午, 长宁): its first two characters. */
  private unitNameBeginsAt(codes: ArrayLike<number>, at: number): boolean {
    const first = codes[at] as number;
    let seconds = this.secondCharacters.get(first);
    if (!seconds) {
      seconds = new Set();
      for (const unit of this.placeIndex?.unitsStartingWith(first) ?? []) {
        // Every spelling, Simplified and Traditional (長安區 as 长安区).
        for (const spelling of this.placeIndex?.spellingsOf(unit)?.full ?? []) {
          const key = canonicalKey(spelling);
          if (key[0] === first && key[1] !== undefined) seconds.add(key[1]);
        }
      }
      this.secondCharacters.set(first, seconds);
    }
    return seconds.has(codes[at + 1] as number);
  }

  /** A post that names its own level: 省长, 市长, 区长, 县长, 镇长. */
  private isLevelPost(post: GrammarPart): boolean {
    return this.levelChars.has([...post.part][0] ?? '');
  }

  /** Whether a level word (市, 县, 街道 …) begins at `at`. */
  levelAt(codes: ArrayLike<number>, at: number, end: number): boolean {
    return this.levelLengthAt(codes, at, end) > 0;
  }

  /** The length of the level word (市, 省级, 街道 …) that begins at `at`, 0 where none does. */
  levelLengthAt(codes: ArrayLike<number>, at: number, end: number): number {
    return this.levels.longestAt(codes, at, end)?.length ?? 0;
  }

  /**
   * The longest title or body composable at `codes[start]`, if any. `cutsWord(at, length)` says
   * whether a post read at `at` would cut an ordinary word in two (书记 in 法院书记员).
   */
  composeAt(
    codes: ArrayLike<number>,
    start: number,
    end = codes.length,
    cutsWord: (at: number, length: number) => boolean = () => false,
    listLevel?: { jurisdiction: Jurisdiction; adjoining: boolean },
    original?: ArrayLike<number>,
  ): ComposedName | undefined {
    let starts = this.starts.get(codes[start]);
    // 全市政府系统, 全县人大工作: after 全 "the whole" a level is that prefix's (全市 "the whole
    // city"), not the first word of a body's name (市政府, 县人大).
    if (followsWhole(codes, start) && this.levelAt(codes, start, end)) starts &= ~(START_LEVEL | START_BARE);
    if (starts === 0) return undefined;
    // Most positions that may start a name may start only a place, and no place that a name goes on
    // from starts there: ask the places first.
    if (starts === START_PLACE && !this.nameGoesOnAfterPlace(codes, start, end)) return undefined;
    const search: Search = { codes, end, cutsWord, original, best: undefined, start };
    // 市发展和改革局、商务局: a body listed after one with a level has that level, though unwritten.
    if (listLevel && starts & START_BARE) this.listedBodies(search, listLevel.jurisdiction, listLevel.adjoining);
    this.searchPrefixes(search, start, starts, NO_LEAD);
    const best = search.best;
    return best && new Composed(best);
  }

  /**
   * A post alone as the next item of a list of posts (市委书记、常委、委员职务; 人大常委会主任、副主任、
   * 委员): its body is the title's before it, so the post is a title though it names none. Not a
   * post that follows only some bodies or a level (代表, 领导).
   */
  listedPostAt(codes: ArrayLike<number>, start: number, end = codes.length): ComposedName | undefined {
    const search: Search = { codes, end, cutsWord: () => false, original: undefined, best: undefined, start };
    const prefix = prefixOf(NO_LEAD, start, [], undefined);
    for (const post of this.posts.matchesAt(codes, start, end)) {
      if (post.value.onlyAfter || post.value.afterLevel || post.value === this.head) continue;
      const parts = [{ part: post.value, role: 'post' as const }];
      this.offer(search, 'title', start + post.length, parts, () => titleEnglish(parts, prefix), prefix);
    }
    // …or a post of a body inside the same organ (检察员、检察委员会委员).
    this.afterBodies(search, prefix, start, [], 0);
    return search.best?.kind === 'title' ? new Composed(search.best) : undefined;
  }

  /** Whether a place starts at `start` that a name goes on from (a loop: this is asked at most positions of a text). */
  private nameGoesOnAfterPlace(codes: ArrayLike<number>, start: number, end: number): boolean {
    const places = this.places.matchesAt(codes, start, end);
    for (let index = 0; index < places.length; index += 1) {
      if (this.goesOnAfterPlace(codes, start + (places[index] as TrieMatch<unknown>).length, end, 0)) return true;
    }
    return false;
  }

  /**
   * Bodies (not titles) after a listed body with a level, with that level; right after it, without
   * a separator, only a body that is never inside another (自治区党委政府: the region's government).
   */
  private listedBodies(search: Search, jurisdiction: Jurisdiction, adjoining: boolean): void {
    const found: Search = { ...search, best: undefined };
    this.afterBodies(found, { ...prefixOf(NO_LEAD, search.start, [], jurisdiction), inherited: true }, search.start, [], 0);
    const outer = found.best?.parts.find(({ role }) => role === 'body')?.part;
    if (found.best?.kind === 'body' && (!adjoining || outer?.outermost)) search.best = found.best;
  }

  /**
   * Each way a name can begin at `at`, in order: with a level, with a place (and its level), after
   * the Party's name or a term, and bare. Each is searched as soon as it is found; generators and
   * arrays of prefixes cost more than the search at most positions of a text.
   */
  private searchPrefixes(search: Search, at: number, starts: number, lead: Lead): void {
    const { codes, end } = search;
    if (starts & START_LEVEL) {
      for (const level of this.levels.matchesAt(codes, at, end)) {
        const parts = [...lead.parts, { part: level.value, role: 'jurisdiction' as const }];
        if (level.value.class === undefined) this.withBrackets(search, at + level.length, parts, level.value.english, lead);
        else this.unitClass(search, at + level.length, parts, level.value, lead);
      }
    }
    if (starts & START_PLACE) this.placePrefixes(search, at, lead, 0);
    if (starts & START_CPC && !lead.organisation && !lead.term) {
      // 中共无锡市委, 中国共产党第十九届中央委员会: the Party's name before a place, a level or a term.
      for (const { key, part } of this.organisations) {
        if (!keyAt(codes, at, key)) continue;
        const next = at + key.length;
        const after = leadOf([...lead.parts, { part, role: 'jurisdiction' }], undefined, undefined, part);
        this.congress(search, next, after.parts, part.english);
        this.searchPrefixes(search, next, this.starts.get(codes[next]) & (START_LEVEL | START_PLACE | START_NUMBER), after);
      }
      // 党的十九届五中全会: only a term and a plenary session follow.
      for (const { key, part } of PARTYS) {
        if (!keyAt(codes, at, key)) continue;
        this.plenum(search, at + key.length, leadOf([...lead.parts, { part, role: 'jurisdiction' }]));
        this.congress(search, at + key.length, [...lead.parts, { part, role: 'jurisdiction' }], 'CPC');
      }
    }
    if (starts & START_NUMBER && !lead.term) {
      // 十三届全国人大常委会, 十九届四中全会: a term before the name.
      const term = termAt(codes, at, end);
      if (term) {
        const next = at + term.length;
        const after = leadOf([...lead.parts, { part: term.part, role: 'term' }], term, lead.parts.length === 0, lead.organisation);
        this.searchPrefixes(search, next, this.starts.get(codes[next]) & ~(START_NUMBER | (lead.organisation ? START_BARE | START_CPC : 0)), after);
        this.plenum(search, at, lead);
      }
      if (lead.parts.length === 0) this.congress(search, at, [], undefined);
      // 第三巡察组副组长: a numbered team with nothing before it.
      if (lead.parts.length === 0 && ordinalAt(codes, at, end)) this.afterBodies(search, prefixOf(lead, at, lead.parts, undefined), at, [], 0);
    }
    // Last, so that where the grammar and a dictionary body give the same span, the grammar's English wins.
    if (starts & START_BARE && !lead.organisation && this.mayStartBare(codes, at, end)) this.afterBodies(search, prefixOf(lead, at, lead.parts, undefined), at, [], 0);
  }

  /** 中共六大, 党的第二十次全国代表大会, 民革十三大, 十九大: a party's national congress, by number. */
  private congress(search: Search, at: number, parts: ComposedName['parts'], party: string | undefined): void {
    const congress = congressAt(search.codes, at, search.end, party !== undefined);
    if (!congress) return;
    const english = `the ${congress.part.english} of the ${party ?? 'CPC'}`;
    this.offer(search, 'formula', at + congress.length, [...parts, { part: congress.part, role: 'session' }], () => english);
  }

  /** 十九届四中全会, 中共十九届四中全会: a plenary session of the Central Committee, by term and number. */
  private plenum(search: Search, at: number, lead: Lead): void {
    const { codes, end } = search;
    const term = termAt(codes, at, end);
    const plenum = term && plenumAt(codes, at + term.length, end);
    if (!term || !plenum) return;
    const parts = [...lead.parts, { part: term.part, role: 'term' as const }, { part: plenum.part, role: 'session' as const }];
    const english = `${plenum.part.english} of the ${numberedOrdinal(term.value)} CPC Central Committee`;
    this.offer(search, 'formula', at + term.length + plenum.length, parts, () => english);
  }

  private searchFrom(search: Search, prefix: Prefix): void {
    if (prefix.at >= search.end || !this.mayContinue(search.codes, prefix.at)) return;
    this.afterBodies(search, prefix, prefix.at, [], 0);
    if (prefix.term) return;
    // 省第十三次党代会, 贵州省第十三次党代会: the Party congress of that level, by its number.
    const { jurisdiction } = prefix;
    const congress = jurisdiction && this.hasLevel(prefix) && !jurisdiction.bracketed ? localCongressAt(search.codes, prefix.at, search.end, CPC_NAMES.has(prefix.organisation?.part ?? '')) : undefined;
    if (congress && jurisdiction) {
      const english = `the ${numberedOrdinal(congress.value)} ${jurisdiction.adjective} Party Congress`;
      const parts = [...prefix.parts, { part: congress.part, role: 'session' as const }];
      this.offer(search, 'formula', prefix.at + congress.length, parts, () => english);
      // 省第十四次党代会代表: a delegate to it.
      const delegate = this.posts.matchesAt(search.codes, prefix.at + congress.length, search.end).find((post) => post.value.part === DELEGATE);
      if (delegate) {
        const delegateParts = [...parts, { part: delegate.value, role: 'post' as const }];
        this.offer(search, 'title', prefix.at + congress.length + delegate.length, delegateParts, () => `Delegate to ${english}`);
      }
      // 县第十三次党代会第五次会议: the congress's yearly session, by its number.
      const session = sessionAt(search.codes, prefix.at + congress.length, search.end);
      if (session?.type === 'session') {
        const sessionParts = [...parts, { part: session.part, role: 'session' as const }];
        this.offer(search, 'formula', prefix.at + congress.length + session.length, sessionParts, () => `${session.part.english} of ${english}`);
      }
    }
    // 广州市第十六届人大常委会, 省十三届人大: a term between the place or level and the body.
    const term = termAt(search.codes, prefix.at, search.end);
    if (!term) return;
    const parts = [...prefix.parts, { part: term.part, role: 'term' as const }];
    this.afterBodies(search, { ...prefixOf(prefix, prefix.at + term.length, parts, prefix.jurisdiction), term, inherited: prefix.inherited }, prefix.at + term.length, [], 0);
  }

  /** A place and its level: 无锡市, 无锡 + 市, 琼中 + 县 (for 琼中黎族苗族自治县), 白河县 + 县, 温州市 + 鹿城区. */
  private placePrefixes(search: Search, start: number, lead: Lead, depth: number, outer?: PlaceRecord): void {
    const { codes, end } = search;
    for (const { length, value } of this.places.matchesAt(codes, start, end)) {
      const { place, part, bare } = value;
      const after = start + length;
      // 福建省厦门市: a place after a place lies within it; 驻汝南县驻马店市人大代表 names a county, then
      // its own city (Zhumadian's deputies stationed in Runan), no place within a place. (Only the
      // reverse is ruled out: 哈尔滨市太平区 names a district the list of today no longer holds.)
      if (outer && this.placeIndex?.liesWithin(outer.name, place.name)) continue;
      // 完成县十八届人大: a county named by one character that ends the word before it.
      if (depth === 0 && length === 2 && start > 0 && isHanCode(codes[start - 1]) && this.placeIndex?.crossesWordBefore(codes, start) && LEVEL_ENDS.has(codes[start + 1])) continue;
      // Most places in a text are followed by nothing a name can go on with: decide that first.
      if (!this.goesOnAfterPlace(codes, after, end, depth)) continue;
      const parts = [...lead.parts, { part, role: 'place' as const }];
      const jurisdiction: Jurisdiction = {
        adjective: `${place.english} ${place.levelEnglish}`,
        placeName: placeNameWithLevel(place),
        placeLevel: place.level,
        bracketed: false,
      };
      if (!bare) {
        this.searchFrom(search, prefixOf(lead, after, parts, jurisdiction));
        // 温州市鹿城区委, 福建省厦门市海沧区纪委: a place within a place; the innermost names the body.
        if (depth < MAX_PLACE_DEPTH) this.placePrefixes(search, after, leadOf(parts, lead.term, lead.leadingTerm, lead.organisation), depth + 1, place);
      }
      // 无锡 + 市 + 委, 琼中 + 县 + 委 (琼中黎族苗族自治县), 白河县 + 县 + 委.
      for (const level of this.levels.matchesAt(codes, after, end)) {
        // 平湖 + 经济技术开发区: a zone the place names, with its own administration.
        const zone = level.value.zone === true;
        // 监利县纪委, 萧山县委: a county-level city or a district that was a county, by its old name.
        const formerCounty = bare && formerCountyAt(place, codes, after, end) === level.length;
        if (!zone && !formerCounty && !place.level.endsWith(level.value.part)) continue;
        // The level as written: 琼中 + 县 is "Qiongzhong County", though its full name is an autonomous county.
        const adjective = bare || zone ? `${place.english} ${level.value.english}` : jurisdiction.adjective;
        const placeName = zone ? adjective : jurisdiction.placeName;
        // The zone itself, where no body or post of it follows: 武汉经济技术开发区 "Wuhan Economic and
        // Technological Development Zone", a place.
        if (zone) this.offer(search, 'place', after + level.length, [...parts, { part: level.value, role: 'jurisdiction' }], () => adjective);
        this.searchFrom(
          search,
          prefixOf(lead, after + level.length, [...parts, { part: level.value, role: 'jurisdiction' }], {
            ...jurisdiction,
            adjective,
            placeLevel: level.value.part,
            ...(placeName !== undefined && { placeName }),
          }),
        );
      }
      // 内蒙古党委, 广西政府: a province-level name often stands for the whole unit, level and all;
      // 天津滨海新区, 内蒙古兴安盟: and for the province before a place within it.
      if (bare && place.parent === undefined) {
        this.searchFrom(search, prefixOf(lead, after, parts, jurisdiction));
        if (depth < MAX_PLACE_DEPTH) this.placePrefixes(search, after, leadOf(parts, lead.term, lead.leadingTerm, lead.organisation), depth + 1, place);
      }
      // 宝鸡 + 市长: any other bare name takes only a post that names its level.
      if (bare) this.searchFrom(search, prefixOf(lead, after, parts, { ...jurisdiction, adjective: '', awaitsLevel: place.level }));
    }
  }

  /**
   * 地级市 + 党委常委, 设区市 + 副市长, 直辖市 + 市委书记: a class of unit stands where a place
   * does, with the level it ends in (市), which may be written again.
   */
  private unitClass(search: Search, at: number, parts: ComposedName['parts'], unit: GrammarPart, lead: Lead): void {
    const { codes, end } = search;
    const level = [...unit.part].at(-1) ?? '';
    const jurisdiction: Jurisdiction = { adjective: unit.english, placeLevel: level, bracketed: false, ...(unit.class !== undefined && { unitClass: unit.class }) };
    this.searchFrom(search, prefixOf(lead, at, parts, jurisdiction));
    for (const again of this.levels.matchesAt(codes, at, end)) {
      if (again.value.part !== level) continue;
      this.searchFrom(search, prefixOf(lead, at + again.length, [...parts, { part: again.value, role: 'jurisdiction' }], jurisdiction));
    }
  }

  /** A level, then perhaps bracketed alternatives: 县（区）, 县（市、区）. */
  private withBrackets(search: Search, at: number, parts: ComposedName['parts'], english: string, lead: Lead): void {
    const { codes, end } = search;
    if (codes[at] === SEPARATOR) return this.levelList(search, at, parts, lead);
    if (RUN_LEVELS.has(parts.at(-1)?.part.part ?? '') && RUN_LEVELS.has(this.levels.longestAt(codes, at, end)?.value.part ?? '')) this.levelList(search, at, parts, lead);
    // 县高新区党工委书记, 市经开区管委会主任: the level's own zone, its bodies and posts after it.
    if (parts.length === lead.parts.length + 1) {
      for (const zone of this.levels.matchesAt(codes, at, end)) {
        if (zone.value.zone !== true) continue;
        const adjective = `${english} ${zone.value.english}`;
        this.searchFrom(search, prefixOf(lead, at + zone.length, [...parts, { part: zone.value, role: 'jurisdiction' }], { adjective, bracketed: false, placeName: adjective }));
      }
    }
    if (at >= end || !this.mayContinue(codes, at)) return;
    this.searchFrom(search, prefixOf(lead, at, parts, { adjective: english, bracketed: false }));
    if (codes[at] !== OPEN) return;
    const alternatives: GrammarPart[] = [];
    let next = at + 1;
    while (alternatives.length < MAX_BRACKETED) {
      const level = this.levels.longestAt(codes, next, end);
      if (!level) return;
      alternatives.push(level.value);
      next += level.length;
      if (codes[next] === CLOSE) break;
      if (codes[next] !== SEPARATOR) return;
      next += 1;
    }
    if (codes[next] !== CLOSE) return;
    const bracket: GrammarPart = {
      part: `（${alternatives.map((part) => part.part).join('、')}）`,
      english: `(${alternatives.map((part) => part.noun ?? part.english).join(', ')})`,
      pinyin: ['(', ...alternatives.flatMap((part, index) => [...(index > 0 ? ['、'] : []), ...part.pinyin.split(' ')]), ')'].join(' '),
    };
    this.searchFrom(search, prefixOf(lead, next + 1, [...parts, { part: bracket, role: 'jurisdiction' }], { adjective: `${english} ${bracket.english}`, bracketed: true }));
  }

  /**
   * 县、市、区人民政府, 省市县委: levels listed before the body or post they share, apart by 、 or
   * (one-character levels) written together, each a level of its own (no class of unit, nothing
   * bracketed); 县、乡两级 is no name, as nothing follows; see NOT_RUNS for what begins no list.
   */
  private levelList(search: Search, at: number, parts: ComposedName['parts'], lead: Lead): void {
    const { codes, end, original } = search;
    const first = parts.at(-1)?.part;
    // 中共中央、全国人大常委会: after a party's name its level is its own body, not the first of a
    // list; and 中央 is one on its own before a list of local levels (中央、省委, 中央、省市县委).
    if (!first || lead.organisation || first.part === CENTRAL) return;
    // 各州市县, 省、州市: a list begun by 州 stands after a word of quantity, a province or no Han
    // character; after another (某州市委, 全州市场) 州 ends a name or a word.
    if (first.part === PREFECTURE && isHanCode(codes[at - 2]) && !BEFORE_PREFECTURE_LIST.has(codes[at - 2] as number)) return;
    const levels: GrammarPart[] = [first];
    /** The listed levels' pinyin, one token per character, 、 included. */
    let pinyin = '';
    let next = at;
    while (levels.length <= MAX_BRACKETED) {
      const comma = original?.[next] === SEPARATOR;
      const previous = levels.at(-1) as GrammarPart;
      const level = this.levels.longestAt(codes, next + (comma ? 1 : 0), end);
      if (!level || level.value.class !== undefined || levels.includes(level.value)) return;
      if (!comma && !(RUN_LEVELS.has(previous.part) && RUN_LEVELS.has(level.value.part) && !(levels.length === 1 && NOT_RUNS.has(`${previous.part}${level.value.part}`)))) return;
      levels.push(level.value);
      pinyin = [pinyin, comma ? '、' : '', level.value.pinyin].filter(Boolean).join(' ');
      next += (comma ? 1 : 0) + level.length;
      // 省市县三级领导干部: the count of the levels listed is no rank (三级调研员), and goes with the list.
      const count = LEVEL_COUNTS.get(codes[next] as number);
      const counted = count?.count === levels.length && codes[next + 1] === GRADE ? 2 : 0;
      const after = next + counted;
      if (original?.[next] === SEPARATOR || after >= end || !this.mayContinue(codes, after)) continue;
      const written = textOf(codes, at, after - at);
      const names = levels.map((part) => part.english);
      const listed: GrammarPart = { part: written, english: names.slice(1).join(', '), pinyin: counted ? `${pinyin} ${count?.reading ?? ''} jí` : pinyin };
      // "Provincial and Municipal People's Congress", "County, Municipal and District People's Government".
      const adjective = `${names.slice(0, -1).join(', ')} and ${names.at(-1) as string}`;
      this.searchFrom(search, prefixOf(lead, after, [...parts, { part: listed, role: 'jurisdiction' }], { adjective, bracketed: false }));
    }
  }

  private afterBodies(search: Search, prefix: Prefix, at: number, bodies: GrammarPart[], count: number): void {
    this.tryBody(search, prefix, at, bodies);
    this.afterModifiers(search, prefix, at, bodies, [], 0);
    if (count >= MAX_BODIES) return;
    const { codes, end } = search;
    let candidates = this.bodies.matchesAt(codes, at, end);
    // Dictionary bodies are national or named in full: they take no level in front (市 + 国务院 is nothing).
    const entryBodies = count === 0 && !prefix.jurisdiction && !prefix.organisation ? this.entryBodies.matchesAt(codes, at, end) : NO_MATCHES;
    // Sorted ascending and read backwards, so that of two the same length the grammar body comes first.
    if (entryBodies.length > 0) candidates = [...entryBodies, ...candidates].sort((a, b) => a.length - b.length);
    // 区委第三巡察组: an ordinal numbers a team; the team and its number are one body.
    const ordinal = ordinalAt(codes, at, end);
    if (ordinal) {
      const numbered = this.bodies.matchesAt(codes, at + ordinal.length, end).filter((body) => body.value.numbered === true);
      if (numbered.length > 0) {
        candidates = [
          ...candidates,
          ...numbered.map(({ length, value }) => ({
            length: ordinal.length + length,
            value: { ...value, part: textOf(codes, at, ordinal.length + length), ...numberedEnglish(sessionOrdinal(ordinal.value), value), pinyin: `${ordinal.pinyin} ${value.pinyin}`, traditional: [] },
          })),
        ].sort((a, b) => a.length - b.length);
      }
    }
    // 乡村振兴领导小组: a topic, then the body that works on it, are one body.
    for (const topic of this.topics.matchesAt(codes, at, end)) {
      for (const body of this.bodies.matchesAt(codes, at + topic.length, end)) {
        const { topic: english, ...value } = body.value;
        if (english === undefined) continue;
        const length = topic.length + body.length;
        candidates = [
          ...candidates,
          { length, value: { ...value, part: textOf(codes, at, length), english: english.replace('{t}', topic.value.english), pinyin: `${topic.value.pinyin} ${value.pinyin}`, traditional: [] } },
        ].sort((a, b) => a.length - b.length);
      }
    }
    // Longest first (matches come shortest first): 纪委监委 as one body, before 纪委 + 监委 of the same length.
    for (let index = candidates.length - 1; index >= 0; index -= 1) {
      const body = candidates[index] as TrieMatch<GrammarPart>;
      // A bound body (委, 政府) needs a level or an outer body before it: 县委, not 委 alone.
      if (body.value.bound && count === 0 && !this.hasLevel(prefix)) continue;
      if (body.value.outermost && count > 0) continue;
      if (body.value.within && !body.value.within.includes(this.outerBody(prefix, bodies))) continue;
      // 中央 + 政协 is nothing: the national committee is 全国政协.
      if (count === 0 && body.value.notAfter?.includes(prefix.parts.at(-1)?.part.part ?? '') === true) continue;
      // 党组 in 村党组织书记: an ordinary word runs past the body (党组织), so the body is not there.
      if (search.cutsWord(at, body.length)) continue;
      bodies.push(body.value);
      this.afterBodies(search, prefix, at + body.length, bodies, count + 1);
      bodies.pop();
    }
  }

  /** The body the next one stands within: the last, or 政协 for its own 委员会 (政协第十二届贵州省委员会 + 提案委员会). */
  private outerBody(prefix: Prefix, bodies: readonly GrammarPart[]): string {
    if (bodies.length === 1 && prefix.organisation && this.isCongressOrCppcc(prefix, bodies)) return prefix.organisation.part;
    return bodies.at(-1)?.part ?? '';
  }

  /**
   * Whether the bodies so far are a people's congress or a CPPCC committee (人大, 全国政协, 政协 +
   * 委员会), whose standing committee's numbered meetings are sessions.
   */
  private isCongressOrCppcc(prefix: Prefix, bodies: readonly GrammarPart[]): boolean {
    const outer = bodies[0];
    if (!outer || bodies.length > 1) return false;
    if (outer.outermost && outer.sessions) return true;
    return outer.own === true && outer.sessions === true && prefix.organisation !== undefined && CPPCC_NAMES.has(prefix.organisation.part);
  }

  /** Whether the name so far has its level (市, 无锡市, 县（区）), which bound bodies and lone bodies need. */
  private hasLevel(prefix: Prefix): boolean {
    return prefix.jurisdiction !== undefined && prefix.jurisdiction.awaitsLevel === undefined;
  }

  /**
   * A body standing alone needs its level or its term (市信访局, 县委, 江苏省人民政府, 十三届全国人大)
   * unless the grammar says it is a body on its own (信访局, 党组, 领导小组); 委 or 办公室 alone are
   * not. Any body may be followed by a numbered session (人大常委会第二十六次会议).
   */
  private tryBody(search: Search, prefix: Prefix, at: number, bodies: readonly GrammarPart[]): void {
    if (bodies.length === 0) return;
    this.trySession(search, prefix, at, bodies);
    // A body that needs an outer one has it: 国务院 + 安全生产督导组, 指挥部 + 综合组.
    const outer = bodies.length > 1 && bodies.at(-1)?.bound === true;
    const levelled = this.hasLevel(prefix) || prefix.term !== undefined || (prefix.parts.length === 0 && (bodies[0]?.standalone === true || outer));
    // 全国政协、最高人民法院、最高人民检察院党组: after the last body of a list an organ inside it is every
    // body's (their Party groups); a dictionary body takes one only where it stands alone.
    if (bodies.length > 1 && this.entryBodyParts.has(bodies[0] as GrammarPart) && (search.original ?? search.codes)[search.start - 1] === SEPARATOR) return;
    if (prefix.leadingTerm || !levelled || at - search.start < (search.best?.length ?? 0)) return;
    const parts = [...prefix.parts, ...bodies.map((part) => ({ part, role: 'body' as const }))];
    const chain = [...bodies];
    this.offer(search, 'body', at, parts, () => chainEnglish(chain, prefix), prefix);
  }

  /** 省委十四届八次全会, 县十七届人大三次会议, 国务院第十次常务会议: a body, perhaps its term, then a numbered session. */
  private trySession(search: Search, prefix: Prefix, at: number, bodies: readonly GrammarPart[]): void {
    const { codes, end } = search;
    const termAfter = prefix.term ? undefined : termAt(codes, at, end);
    const sessionStart = at + (termAfter?.length ?? 0);
    /**
     * A numbered session at `from` of `bodies` and, after the term, `standing` (their standing
     * committee, or none): the term's place in the name differs, its English not.
     */
    const offerSession = (from: number, standing?: GrammarPart) => {
      const session = sessionAt(codes, from, end);
      if (!session) return;
      const termParts = termAfter ? [{ part: termAfter.part, role: 'term' as const }] : [];
      const parts = [
        ...prefix.parts,
        ...bodies.map((part) => ({ part, role: 'body' as const })),
        ...termParts,
        ...(standing ? [{ part: standing, role: 'body' as const }] : []),
        { part: session.part, role: 'session' as const },
      ];
      // A copy: the search goes on to change `bodies` before the English is read.
      const chain = standing ? [...bodies, standing] : [...bodies];
      const termed: Prefix = termAfter ? { ...prefix, term: termAfter } : prefix;
      this.offer(search, 'formula', from + session.length, parts, () => `${session.part.english} of the ${chainEnglish(chain, termed)}`);
    };
    // 全国政协十四届常委会第一次会议: the term between a congress or CPPCC committee and its standing committee.
    if (termAfter && this.isCongressOrCppcc(prefix, bodies)) {
      for (const standing of this.bodies.matchesAt(codes, sessionStart, end)) {
        if (this.standingCommittees.has(standing.value)) offerSession(sessionStart + standing.length, standing.value);
      }
    }
    // Only the meetings of congresses and committees are formulas: 市委常委会第185次会议 is the standing
    // committee and a meeting; a standing committee's are where it is a congress's or the CPPCC's.
    const last = bodies.at(-1);
    if (!last?.sessions && !(last && this.standingCommittees.has(last) && this.isCongressOrCppcc(prefix, bodies.slice(0, -1)))) return;
    offerSession(sessionStart);
  }

  private afterModifiers(search: Search, prefix: Prefix, at: number, bodies: readonly GrammarPart[], modifiers: GrammarPart[], count: number): void {
    const { codes, end } = search;
    let posts = this.posts.matchesAt(codes, at, end);
    if (this.head && this.headCodes.has(codes[at] as number)) {
      // 乡（镇）长: the head of a bracketed set of levels; 组织部长: 部 shared by the department and its head.
      if (prefix.jurisdiction?.bracketed && bodies.length === 0) posts = [...posts, { length: 1, value: this.head }];
      const department = bodies.at(-1)?.part;
      if (this.departmentHead && modifiers.length === 0 && department && /[部]$/u.test(department)) posts = [...posts, { length: 1, value: this.departmentHead }];
      if (this.bureauHead && modifiers.length === 0 && department && /局$/u.test(department)) posts = [...posts, { length: 1, value: this.bureauHead }];
      if (this.sectionHead && modifiers.length === 0 && department && /科$/u.test(department)) posts = [...posts, { length: 1, value: this.sectionHead }];
      // 井陉县长, 朝阳区长: a place written with its level, then 长, the head of that level (县长)
      // sharing its level word, as 宝鸡 + 市长 is read from a place named bare.
      // (Not where a unit's name begins at 长: 长安区长安子午水源, 西城区长宁….)
      if (bodies.length === 0 && modifiers.length === 0 && prefix.parts.at(-1)?.role === 'place' && prefix.jurisdiction?.awaitsLevel === undefined && !this.unitNameBeginsAt(codes, at)) {
        // (The post is the level's, 县长, read for its 长 alone: zhǎng.)
        const shared = this.posts.matchesAt(codes, at - 1, end).find((match) => match.length === 2 && this.isLevelPost(match.value));
        if (shared) posts = [...posts, { length: 1, value: { ...shared.value, pinyin: shared.value.pinyin.split(' ').slice(1).join(' ') } }];
      }
    }
    for (const post of posts) {
      if (!this.validPost(prefix, bodies, modifiers, post.value)) continue;
      // (Of the same length, offer decides: 国家统计局 of the dictionary over 国家 + 统计局 of the grammar.)
      // A modifier vouches for the post where a word would run on from its end: 常务副市长 + 江训开,
      // though 长江 is a word (城市长期 has none, and stays unmarked).
      if (at + post.length - search.start < (search.best?.length ?? 0) || (modifiers.length === 0 && search.cutsWord(at, post.length))) continue;
      const parts = [
        ...prefix.parts,
        ...bodies.map((part) => ({ part, role: 'body' as const })),
        ...modifiers.map((part) => ({ part, role: 'modifier' as const })),
        { part: post.value, role: 'post' as const },
      ];
      this.offer(search, 'title', at + post.length, parts, () => titleEnglish(parts, prefix), prefix);
    }
    if (count >= MAX_MODIFIERS) return;
    for (const modifier of this.modifiers.matchesAt(codes, at, end)) {
      modifiers.push(modifier.value);
      this.afterModifiers(search, prefix, at + modifier.length, bodies, modifiers, count + 1);
      modifiers.pop();
    }
  }

  private validPost(prefix: Prefix, bodies: readonly GrammarPart[], modifiers: readonly GrammarPart[], post: GrammarPart): boolean {
    // A term counts a body's terms: 十三届 + 副书记 is nothing; before the whole name, it belongs to no title.
    if (prefix.leadingTerm || (prefix.term && bodies.length === 0)) return false;
    if (bodies.length > 0) {
      // 人大代表, not 市政府代表: a post that follows only the bodies it names.
      if (post.onlyAfter && post.after?.[bodies.at(-1)?.part ?? ''] === undefined) return false;
      // 市委主要领导 are leaders; in 在中央政治局常委会领导下 领导 is the verb "to lead".
      if (post.afterLevel && modifiers.length === 0) return false;
      return post !== this.head && ((post !== this.departmentHead && post !== this.bureauHead) || modifiers.length === 0);
    }
    if (post.onlyAfter) return false;
    // 县领导, 区级领导, 石林彝族自治县领导: a post that follows a level or place directly.
    if (post.afterLevel) return this.hasLevel(prefix);
    if (post === this.head) return prefix.jurisdiction?.bracketed === true;
    // Without a body: a post with a modifier (副书记, 常务副主任), a post that is a title alone
    // (宣传委员), or one that names its level (区长; 宝鸡 + 市长); never a level + post (县 + 书记).
    if (prefix.parts.length === 0 && (modifiers.length > 0 || post.standalone === true)) return true;
    // 自治区主席, 广西壮族自治区副主席: the head of that level's government.
    if (post.headOf !== undefined && headsLevel(prefix, post.headOf)) return true;
    if (!this.isLevelPost(post)) return false;
    if (prefix.parts.length === 0) return true;
    // A place before a post of its own level: 宝鸡 + 市长, 无锡市 + 副市长, 琼中 + 县长 — not 县 + 市长.
    return prefix.jurisdiction?.placeLevel?.endsWith([...post.part][0] ?? '') === true;
  }

  /**
   * Whether `parts`, begun by a national body of the dictionary (国家统计局), should replace a name of
   * the same span the grammar made from 国家 and its own body: the dictionary gives the body's
   * official English ("National Bureau of Statistics", not "National Statistics Bureau").
   */
  private nationalByItsName(parts: ComposedName['parts'], best: { parts: ComposedName['parts'] }): boolean {
    const first = parts[0];
    const before = best.parts[0];
    return first?.role === 'body' && this.entryBodyParts.has(first.part) && before?.role === 'jurisdiction' && before.part.part === NATIONAL_LEVEL;
  }

  private offer(search: Search, kind: ComposedKind, end: number, parts: ComposedName['parts'], english: () => string, prefix?: Prefix): void {
    const length = end - search.start;
    if (length < (search.best?.length ?? 0) || (length === search.best?.length && !this.nationalByItsName(parts, search.best))) return;
    const jurisdiction = kind === 'body' && prefix && this.hasLevel(prefix) ? prefix.jurisdiction : undefined;
    const unitClass = prefix?.jurisdiction?.unitClass;
    const said = unitClass === undefined ? english : () => `${english()} (of a ${unitClass})`;
    search.best = { kind, length, parts, english: said, ...(jurisdiction && { jurisdiction }), ...(prefix?.inherited && { inherited: true }) };
  }
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'or', 'for', 'in', 'on', 'to', 'a', 'an', 'at', 'by', 'with']);

/** "subdistrict office" → "Subdistrict Office": a dictionary body's gloss as part of a composed name. */
function titleCase(english: string): string {
  return english
    .split(' ')
    .map((word, index) => (index > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}
