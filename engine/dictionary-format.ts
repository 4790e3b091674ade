// The shape of the bundled dictionary (dictionaries/generated/dictionary.json): the contract
// between the dictionary build, which writes it, and the engine, which reads it.
import type { StoredPlaces } from './places.ts';

export const ENTRY_KINDS = ['title', 'body', 'slogan', 'formula', 'person', 'place', 'idiom', 'other'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const DICTIONARY_FORMAT = 2;

export interface DictionaryForm {
  /** The form as written: the entry's term (first form) or an alternate, in Simplified script. */
  text: string;
  /**
   * One token per character (code point) of `text`, separated by single spaces: tone-marked
   * pinyin for a Han character, the character itself for anything else (digits, Latin, ·, 、).
   */
  pinyin: string;
  /** Traditional spellings of `text` (Taiwan and Hong Kong standards) where they differ; same length, same pinyin. */
  traditional?: string[];
}

export interface DictionaryExample {
  /** Index into `Dictionary.sources`. */
  source: number;
  /** The sentence of the source the term occurs in, column breaks removed (long sentences cut at clauses, marked …). */
  sentence: string;
}

export interface DictionaryEntry {
  /** The entry's Simplified term; unique. */
  id: string;
  kind: EntryKind;
  /** The term first, then its alternates. */
  forms: DictionaryForm[];
  gloss: string;
  /** Who uses `gloss` as the official rendering, when it is one. */
  glossBy?: string;
  literal?: string;
  explanation: string;
  related?: string[];
  /** People only: their post as the sources state it. */
  role?: string;
  /** The first sentence of the sources that uses the term, if any. */
  example?: DictionaryExample;
  /** Why the entry exists when it occurs in no source. */
  why?: string;
  /** Bodies only: its numbered sessions or plenary sessions are formulas (十三届全国人大四次会议). */
  sessions?: boolean;
}

export interface GrammarPart {
  part: string;
  english: string;
  pinyin: string;
  /** Traditional spellings of `part` where they differ (same length, same pinyin). */
  traditional?: string[];
  /** Posts only: the English of 副 + this post where it is not "Deputy <post>". */
  deputy?: string;
  /**
   * Posts and bodies: the English of this part after a given body, where it differs (a post after
   * 常委会 → Chairman; 办公室 after 领导小组 → Office). For a body, a key matches the end of the body
   * before it (乡村振兴领导小组 ends in 领导小组).
   */
  after?: Record<string, string>;
  /** Posts only: the English after a ministry (部长 → Minister: 水利部部长 "Minister of Water Resources"). */
  ministerial?: string;
  /** Bodies only: needs a level or an outer body before it (委 in 县委; 委 alone is nothing). */
  bound?: boolean;
  /**
   * Bodies only: its numbered sessions or plenary sessions are formulas (县十七届人大三次会议,
   * 省委十四届八次全会): congresses, their standing committees, CPPCC and Party committees.
   */
  sessions?: boolean;
  /** Bodies only: teams numbered by an ordinal before them (区委第三巡察组, 中央第一巡视组). */
  numbered?: boolean;
  /**
   * Bodies: a body without a level is still a body (公安局, 党组, 领导小组); others need one (办公室).
   * Posts: a title with nothing before it (宣传委员, a township Party committee's member for publicity);
   * others need a body, a modifier or their level (副书记, 区长).
   */
  standalone?: boolean;
  /**
   * Bodies only: never inside another body (政府, 人大): in 自治区党委政府 the government is the
   * region's, beside its Party committee, not the committee's.
   */
  outermost?: boolean;
  /**
   * Bodies only: after an organisation's name (中共, 政协, 民革 …) the body is that organisation's
   * own: 中共无锡市委, 民革省委会, 中国共产党广东省代表大会 (not 中国共产党天津市妇女联合会).
   */
  own?: boolean;
  /** Organisations only: its name goes before the committee in English ("CPC Wuxi Municipal Committee"), not after. */
  before?: boolean;
  /** Jurisdictions only: the level as a noun where it differs from `english` (市 Municipal → City), for 县（市、区）. */
  noun?: string;
  /**
   * Jurisdictions only: a class of unit, not a level (地级市 "prefecture-level city"): it stands
   * where a place does, its level is its last character (市), and the English says the class after
   * the name ("Secretary of the CPC Municipal Committee (of a prefecture-level city)").
   */
  class?: string;
  /** Jurisdictions only: a zone any place may name (平湖 + 经济技术开发区), not a level of the place's own. */
  zone?: boolean;
  /**
   * Bodies only: a unit that takes a proper name of its own before it, mostly its town's
   * (练塘 + 水务管理所, 剑门 + 派出所): read after a place, a verb that gives a post, or in a list of
   * posts and names.
   */
  named?: boolean;
  /** Bodies only: levels that never stand right before it (中央 before 政协 or 人大: those are 全国政协, 全国人大). */
  notAfter?: string[];
  /**
   * Bodies only: stands only right after one of these bodies (财政经济工作委员会 after 人大常委会,
   * 提案委员会 after 政协), never after a level alone: 市经济委员会 is not the CPPCC's committee.
   */
  within?: string[];
  /** Posts only: may follow a level or place without a body (县领导 "County leaders"). */
  afterLevel?: boolean;
  /** Posts only: follows only the bodies its `after` names (人大代表, not 市政府代表). */
  onlyAfter?: boolean;
  /** Posts only: the word before the body in English, where not "of" (代表 "Deputy to the …"). */
  preposition?: string;
  /**
   * Posts only: a level whose head the post names when it follows that level, or a place of that
   * level, with no body (自治区 + 主席: the chairman of the region's government).
   */
  headOf?: string;
  /**
   * Bodies only: the body's English after a topic of the grammar's `topics`, "{t}" standing for the
   * topic's English (领导小组 "Leading Group for {t}": 乡村振兴领导小组).
   */
  topic?: string;
  /** Bodies whose English takes a level ({j}): the English without one (党委 → "Party Committee"). */
  alone?: string;
  note?: string;
}

/** A unit of the administrative divisions (province, prefecture, county level), as the engine uses it (engine/places.ts). */
export interface PlaceRecord {
  /** The official name: 无锡市, 石林彝族自治县, 宁夏回族自治区. */
  name: string;
  /** The name without its level, where news uses it alone: 无锡, 石林, 宁夏. */
  bare?: string;
  /**
   * The name without its level and peoples, whether or not news uses it alone everywhere: 普陀 of
   * 普陀区 (two districts bear it), 宽城 of 宽城满族自治县. Read alone only in a document that has
   * named the place in full.
   */
  stem: string;
  /**
   * An autonomous prefecture's, county's or banner's name as news shortens it, without the ethnic
   * groups and with the last character of its level: 通道县, 黔南州. Whether or not `bare` is.
   */
  short?: string;
  /** The level as written at the end of the name: 市, 自治县, 自治区. */
  level: string;
  /** English of the level as an adjective before a body: "Municipal", "Yi Autonomous County". */
  levelEnglish: string;
  /** English of the level after the name where English keeps it: "District", "Yi Autonomous County"; absent for cities and provinces. */
  levelNoun?: string;
  /** English name: "Wuxi", "Shilin", "Ningxia". */
  english: string;
  /** One token per character of `name`. */
  pinyin: string;
  /** Traditional spellings of `name`, same length. */
  traditional?: string[];
  /** The full name of the unit it belongs to: 江苏省 for 无锡市. */
  parent?: string;
  /** What it is, for the gloss: "prefecture-level city", "autonomous county". */
  type: string;
}

export interface TitleGrammar {
  /** The Party, the CPPCC, the democratic parties, the Youth League: their committees follow (中共无锡市委, 民革省委会). */
  organisations: GrammarPart[];
  jurisdictions: GrammarPart[];
  bodies: GrammarPart[];
  posts: GrammarPart[];
  modifiers: GrammarPart[];
  /** What a leading group, headquarters or task force works on (疫情防控, 乡村振兴): only before a body with a `topic`. */
  topics: GrammarPart[];
}

export interface DictionarySource {
  id: string;
  publication: string;
  date: string;
}

export interface Dictionary {
  format: typeof DICTIONARY_FORMAT;
  notice: string;
  sources: DictionarySource[];
  entries: DictionaryEntry[];
  grammar: TitleGrammar;
  /**
   * Ordinary words (Simplified and Traditional) that the engine reads as plain words so that
   * they are not cut into false titles (城市长期 is 城市 + 长期, not 城 + 市长 + 期).
   */
  ordinaryWords: string[];
  /** The administrative divisions: places on their own, and the places of composed names. */
  places: StoredPlaces;
}
