// The annotation engine: text in, annotations out. Pure TypeScript — no DOM, no browser API —
// so the content script, the command line and the tests all run the same code.
//
// One block of text arrives as segments (one per DOM text node, in document order). The engine
// reads them as one stream of canonical characters, whitespace skipped, and at each position takes
// the longest of: a dictionary form, a title composed from the title grammar, an unlisted numbered
// formula, or an ordinary word (which is consumed but not annotated). A title may be followed by
// a name. Matching is longest-leftmost over tries built once, so time is linear in the text.
// Two passes follow, linear too: towns and villages read from where they stand
// (town-pattern.ts), and slogans read from their shape (slogan-pattern.ts).
import type { Annotation, ComposedPart, ReadPinyin, TextPosition } from './annotation.ts';
import type { DictionaryForm, PlaceRecord } from './dictionary-format.ts';
import type { MatchingDictionary, MatchingEntry } from './dictionary-split.ts';
import { continuesNumeral, formulaAt, numberWord } from './formula-pattern.ts';
import { numberedOrdinal, numberStartCodes, sessionAt, termAt } from './terms-and-sessions.ts';
import { sloganPatterns } from './slogan-pattern.ts';
import { clauseTowns, ethnicTownBefore, roadOfName, TOWN_LEVEL_ENGLISH, townBeforeVillage, townLevelAfterName, townLevelAt, townNameBefore, townOpeningClause, townsAt, unitNameBefore, villageFollows, villageNameBeforeBody, villageNameBeforePost, type TownLevel, type TownMatch } from './town-pattern.ts';
import { formerCountyAt, PlaceIndex } from './places.ts';
import { canonicalCode, canonicalKey, isHanChar, isHanCode, keyAt, QUOTE, SEPARATOR, SKIP } from './normalize.ts';
import { beginsNoName, endsName, isSurname, isSurnameCode, mayEndMarriedName, mayStartGivenName, NAME_INTRODUCERS, NAME_INTRODUCING_ENTRIES, NAME_LIST_INTRODUCERS, nameLengthAt, romanizeName, surnameLengthOf, VERBS_AFTER_NAME } from './person-names.ts';
import { composedReadings, followsWhole, LEVEL_ENDS, partEnglish, TitleComposer, type ComposedName, type Jurisdiction } from './title-composer.ts';
import { CodeSet } from './code-set.ts';
import { Trie } from './trie.ts';

type Lexeme =
  /** `pinyin`: the readings joined by spaces, split into `readings` when the first mark is made (most lexemes never are). */
  | { type: 'entry'; entry: MatchingEntry; form: DictionaryForm; pinyin: string; readings: readonly string[] | undefined }
  | { type: 'place'; place: PlaceRecord; pinyin: string; readings: readonly string[] | undefined }
  /** A word after which a name follows (记者 华榕): read as ordinary, then a name is expected. */
  | { type: 'ordinary'; introducesName?: boolean; listsNames?: boolean };

/**
 * The names read in one document so far: a name once read after a title (市长徐军) is a name
 * wherever it comes back (徐军强调…), and a town once read where it stands (菁芜洲镇位于…) is a
 * town wherever it comes back. One per page or file; the engine never shares it between them.
 */
/**
 * Names of places that are also words news uses far more often, even in a document that names the
 * place: 城关 "the town gate" (金城关, a county seat's 城关镇), 滨海 "coastal" (滨海湿地, 滨海大道),
 * 长安 the old capital and Beijing's avenue (汉长安城, 长安街).
 */
const WORDS_BEFORE_PLACES: ReadonlySet<string> = new Set(['城关', '滨海', '长安']);

export class NameMemory {
  /** Towns by their text (canonical characters): how long the name before the level word is, and the level. */
  private readonly towns = new Map<string, { nameLength: number; level: TownLevel }>();
  private readonly townFirsts = new Set<number>();
  private townLengths: number[] = [];

  rememberTown(codes: ArrayLike<number>, { start, length, nameLength, level }: TownMatch): void {
    const key = keyOf(codes, start, length);
    if (this.towns.has(key)) return;
    this.towns.set(key, { nameLength, level });
    this.townFirsts.add(codes[start] as number);
    if (!this.townLengths.includes(length)) this.townLengths = [...this.townLengths, length].sort((a, b) => b - a);
  }

  /** How often each candidate town has opened a clause (clauseTowns), by its text. */
  private readonly townCounts = new Map<string, number>();

  /** Counts a town named at a clause's start; the second time, it is remembered as a town. */
  countTown(codes: ArrayLike<number>, town: TownMatch): void {
    const key = keyOf(codes, town.start, town.length);
    const count = (this.townCounts.get(key) ?? 0) + 1;
    this.townCounts.set(key, count);
    if (count === TOWN_EVIDENCE) this.rememberTown(codes, town);
  }

  /** Whether any town is remembered: most documents read none, and their blocks skip the search. */
  get hasTowns(): boolean {
    return this.towns.size > 0;
  }

  /** A remembered town at `start`, longest first. */
  townAt(codes: ArrayLike<number>, start: number, end: number): TownMatch | undefined {
    if (!this.townFirsts.has(codes[start] as number)) return undefined;
    for (const length of this.townLengths) {
      const town = start + length <= end ? this.towns.get(keyOf(codes, start, length)) : undefined;
      if (town) return { start, length, ...town };
    }
    return undefined;
  }

  /** Places the document has named in full, by their names without the level (普陀 of 普陀区). */
  private readonly places = new Map<string, { place: PlaceRecord; length: number; readings: readonly string[] }>();
  private readonly placeFirsts = new Set<number>();
  private readonly placeNames = new Set<string>();
  private placeLengths: number[] = [];

  /**
   * Remembers a place named in full (普陀区, 宽城满族自治县), so that its name alone reads as that
   * place later in the document ("为普陀发展"), where it stands for more than one place or is also
   * a word, and so is not read alone elsewhere.
   */
  rememberPlace(place: PlaceRecord): void {
    // A place a document names again and again is remembered once.
    if (this.placeNames.has(place.name)) return;
    this.placeNames.add(place.name);
    const length = [...place.stem].length;
    if (length < 2 || [...place.name].length <= length || WORDS_BEFORE_PLACES.has(place.stem)) return;
    const readings = place.pinyin.split(' ').slice(0, length);
    for (const spelling of [place.name, ...(place.traditional ?? [])]) {
      const key = canonicalKey([...spelling].slice(0, length).join(''));
      if (key.length !== length) continue;
      const text = keyOf(key, 0, length);
      if (this.places.has(text)) continue;
      this.places.set(text, { place, length, readings });
      this.placeFirsts.add(key[0] as number);
      if (!this.placeLengths.includes(length)) this.placeLengths = [...this.placeLengths, length].sort((a, b) => b - a);
    }
  }

  /** A place named in full earlier whose name alone stands at `start`, longest first. */
  placeAt(codes: ArrayLike<number>, start: number, end: number): { place: PlaceRecord; length: number; readings: readonly string[] } | undefined {
    if (!this.placeFirsts.has(codes[start] as number)) return undefined;
    for (const length of this.placeLengths) {
      const found = start + length <= end ? this.places.get(keyOf(codes, start, length)) : undefined;
      if (found) return found;
    }
    return undefined;
  }

  private readonly names = new Set<string>();
  /** First characters of the names: most positions of a text are ruled out by one lookup. */
  private readonly firsts = new Set<number>();
  /** Lengths of the names, longest first. */
  private lengths: number[] = [];

  remember(codes: ArrayLike<number>, start: number, length: number): void {
    this.names.add(keyOf(codes, start, length));
    this.firsts.add(codes[start] as number);
    if (!this.lengths.includes(length)) this.lengths = [...this.lengths, length].sort((a, b) => b - a);
  }

  /** The length of a remembered name at `start`, longest first; 0 when none. */
  lengthAt(codes: ArrayLike<number>, start: number, end: number): number {
    if (!this.firsts.has(codes[start] as number)) return 0;
    for (const length of this.lengths) {
      if (start + length <= end && this.names.has(keyOf(codes, start, length))) return length;
    }
    return 0;
  }
}

/** The first code point of a spelling as the lexicon keys it (skipped characters passed over). */
function firstCode(spelling: string): number | undefined {
  for (const char of spelling) {
    const code = canonicalCode(char.codePointAt(0) as number);
    if (code !== SKIP) return code;
  }
  return undefined;
}

function keyOf(codes: ArrayLike<number>, start: number, length: number): string {
  let key = '';
  for (let index = start; index < start + length; index += 1) key += String.fromCodePoint(codes[index] as number);
  return key;
}

/** The input as the matcher reads it: canonical code points, each tied back to where it came from. */
interface Stream {
  codes: Int32Array;
  segment: Int32Array;
  offset: Int32Array;
  /** UTF-16 length of the original character (1, or 2 for a surrogate pair). */
  width: Uint8Array;
  /** 1 where a space (not a line break) stood before the character: names in a byline end there (记者 华榕 季志远). */
  spaceBefore: Uint8Array;
  /** The character as written (“ and ” both read as one canonical quotation mark). */
  original: Int32Array;
  length: number;
}

function readStream(segments: readonly string[]): Stream {
  const capacity = segments.reduce((total, text) => total + text.length, 0);
  const stream: Stream = {
    codes: new Int32Array(capacity),
    segment: new Int32Array(capacity),
    offset: new Int32Array(capacity),
    width: new Uint8Array(capacity),
    spaceBefore: new Uint8Array(capacity),
    original: new Int32Array(capacity),
    length: 0,
  };
  let space = false;
  for (let segment = 0; segment < segments.length; segment += 1) {
    const text = segments[segment] as string;
    for (let offset = 0; offset < text.length; ) {
      const code = text.codePointAt(offset) as number;
      const width = code > 0xffff ? 2 : 1;
      const canonical = canonicalCode(code);
      if (canonical !== SKIP) {
        const at = stream.length;
        stream.codes[at] = canonical;
        stream.segment[at] = segment;
        stream.offset[at] = offset;
        stream.width[at] = width;
        stream.spaceBefore[at] = space ? 1 : 0;
        stream.original[at] = code;
        stream.length = at + 1;
        space = false;
      } else if (code !== 0x0a && code !== 0x0d) {
        space = true;
      }
      offset += width;
    }
  }
  return stream;
}

function sliceSegments(segments: readonly string[], start: TextPosition, end: TextPosition): string {
  if (start.segment === end.segment) return (segments[start.segment] ?? '').slice(start.offset, end.offset);
  let text = (segments[start.segment] ?? '').slice(start.offset);
  for (let segment = start.segment + 1; segment < end.segment; segment += 1) text += segments[segment] ?? '';
  return text + (segments[end.segment] ?? '').slice(0, end.offset);
}

/** How many characters after a title the name check looks at: a compound surname and two given, or a dotted name (艾力更·依明巴海). */
const NAME_WINDOW = 16;

export interface AnnotatorOptions {
  dictionary: MatchingDictionary;
  /**
   * Pinyin for text the dictionary does not hold: unlisted formulas and names. It may throw (a
   * reader not loaded yet); `annotate` then throws the same error and has changed nothing but the
   * names it remembered, so the block can be annotated again once the reader is there.
   */
  readPinyin: ReadPinyin;
}

interface Span {
  start: number;
  length: number;
}

/** Two lists of marks, each in order of position and not overlapping the other, as one list in order. */
function mergeInOrder<T extends { span: Span }>(a: readonly T[], b: readonly T[]): T[] {
  const merged: T[] = [];
  let j = 0;
  for (const item of a) {
    while (j < b.length && (b[j] as T).span.start < item.span.start) merged.push(b[j++] as T);
    merged.push(item);
  }
  while (j < b.length) merged.push(b[j++] as T);
  return merged;
}

/** Makes a mark of a span of the stream, with its fields and readings (annotate's `make`). */
type MakeMark = (span: Span, fields: Omit<Annotation, 'start' | 'end' | 'text' | 'readings'>, readings: readonly string[]) => Annotation;

/**
 * A place that begins a title or body is part of it, also where the grammar could not compose the
 * two and a town's name was read between them: 青浦区盈浦街道党工委委员 "Member of the Yingpu
 * Subdistrict Party Working Committee, Qingpu District". (A place within a place stays two places:
 * 温州市 + 鹿城区, as readers mostly mark them.)
 */
/** The posts of other countries' leaders, by their Chinese in both scripts, with their English after a country. */
const FOREIGN_HEADS: ReadonlyMap<string, string> = new Map(
  (
    [
      [['总统', '總統'], 'President'],
      [['副总统', '副總統'], 'Vice President'],
      [['总理', '總理'], 'Prime Minister'],
      [['副总理', '副總理'], 'Deputy Prime Minister'],
      [['首相'], 'Prime Minister'],
      [['国王', '國王'], 'King'],
      [['外长', '外長', '外交部长', '外交部長'], 'Foreign Minister'],
      [['国务卿', '國務卿'], 'Secretary of State'],
    ] as const
  ).flatMap(([texts, english]) => texts.map((text) => [text, english] as const)),
);
/** Country names that English writes with "the" (the United States, the Republic of Korea). */
const WITH_THE = /^(United|Republic|Democratic|Kingdom|Netherlands|Philippines|Islamic|Federal)\b/u;

/**
 * A country of the dictionary right before a leader's post is one title with it: 韩国总统 "President
 * of the Republic of Korea", 日本首相 "Prime Minister of Japan", 美国国务卿. The name read after it is
 * glossed as a foreign name: its pinyin is the sound of the Chinese, not the person's own name.
 */
/** The levels whose own two sessions news names by the level alone: 省两会, 市两会, 县两会. */
const SESSION_LEVELS = new Map<number, { english: string; reading: string }>(
  (
    [
      ['省', 'provincial', 'shěng'],
      ['市', 'municipal', 'shì'],
      ['县', 'county', 'xiàn'],
      ['縣', 'county', 'xiàn'],
      ['区', 'district', 'qū'],
      ['區', 'district', 'qū'],
    ] as const
  ).map(([level, english, reading]) => [level.codePointAt(0) as number, { english, reading }]),
);
const NATIONAL_SESSIONS = '全国两会';
/**
 * 两会 after a level that no mark holds (传达省两会精神, 全省两会): that level's own two sessions, of its
 * people's congress and its CPPCC committee, not the national ones the entry names.
 */
/** The State Taxation Administration, whose local bureaus are named as its own (国家税务总局鄂州市税务局). */
const TAX_ADMINISTRATION = '国家税务总局';
const TAX_BUREAU_PARTS: ReadonlySet<string> = new Set(['税务局', '稅務局']);

/** The span over the marks at `index - 1` and `index` where the first ends right where the second starts. */
function touchingPair(spans: readonly Span[], index: number): Span | undefined {
  const outer = spans[index - 1];
  const inner = spans[index];
  return outer && inner && outer.start + outer.length === inner.start ? { start: outer.start, length: outer.length + inner.length } : undefined;
}

/** Puts one mark over `whole` in place of the two at `index - 1` and `index`. */
function replacePair(annotations: Annotation[], spans: Span[], index: number, whole: Span, mark: Annotation): void {
  annotations.splice(index - 1, 2, mark);
  spans.splice(index - 1, 2, whole);
}

/**
 * 国家税务总局鄂州市税务局, 国家税务总局上海市税务局局长: since 2018 each local tax bureau is named as the
 * State Taxation Administration's, the administration's name first; one body (or title) with it.
 */
function joinTaxBureaus(annotations: Annotation[], spans: Span[], make: MakeMark): void {
  for (let index = annotations.length - 1; index > 0; index -= 1) {
    const outer = annotations[index - 1] as Annotation;
    const inner = annotations[index] as Annotation;
    const whole = touchingPair(spans, index);
    if (outer.id !== TAX_ADMINISTRATION || !whole || inner.source !== 'title-grammar') continue;
    const parts = inner.parts ?? [];
    if (!parts.some(({ role, text }) => role === 'body' && TAX_BUREAU_PARTS.has(text)) || parts[0]?.role === 'body') continue;
    const { start: _start, end: _end, text: _text, readings, ...fields } = inner;
    const joined = [{ text: outer.text, english: outer.gloss, role: 'body' as const }, ...parts];
    replacePair(annotations, spans, index, whole, make(whole, { ...fields, gloss: `${inner.gloss}, ${outer.gloss}`, parts: joined }, [...outer.readings, ...readings]));
  }
}

function localSessions(codes: ArrayLike<number>, annotations: Annotation[], spans: Span[], make: MakeMark): void {
  for (const [index, annotation] of annotations.entries()) {
    const span = spans[index] as Span;
    if (annotation.id !== NATIONAL_SESSIONS || span.length !== 2 || span.start === 0) continue;
    const level = SESSION_LEVELS.get(codes[span.start - 1] as number);
    const previous = spans[index - 1];
    if (!level || (previous && previous.start + previous.length > span.start - 1)) continue;
    const whole = { start: span.start - 1, length: span.length + 1 };
    const { start: _start, end: _end, text: _text, readings, ...fields } = annotation;
    const levelText = String.fromCodePoint(codes[span.start - 1] as number);
    const gloss = `the ${level.english} two sessions (of its people's congress and CPPCC committee)`;
    const parts = [
      { text: levelText, english: level.english, role: 'jurisdiction' as const },
      { text: annotation.text, english: 'two sessions', role: 'session' as const },
    ];
    annotations[index] = make(whole, { ...fields, id: '', gloss, composed: true, source: 'title-grammar', parts }, [level.reading, ...readings]);
    spans[index] = whole;
  }
}

function joinForeignHeads(annotations: Annotation[], spans: Span[], make: MakeMark): void {
  for (let index = annotations.length - 1; index > 0; index -= 1) {
    const country = annotations[index - 1] as Annotation;
    const head = annotations[index] as Annotation;
    const english = FOREIGN_HEADS.get(head.text);
    if (country.kind !== 'place' || country.source !== 'entry' || head.kind !== 'title' || english === undefined) continue;
    const span = touchingPair(spans, index);
    if (!span) continue;
    const name = country.gloss.replace(/\s*\([^)]*\)/gu, '').trim();
    const parts = [
      { text: country.text, english: name, role: 'place' as const },
      { text: head.text, english, role: 'post' as const },
    ];
    const fields = { kind: 'title' as const, id: '', gloss: `${english} of ${WITH_THE.test(name) ? 'the ' : ''}${name}`, source: 'title-grammar' as const, composed: true, parts };
    replacePair(annotations, spans, index, span, make(span, fields, [...country.readings, ...head.readings]));
    // The name after it is a foreign one written by sound (马克龙): its pinyin is no romanised name.
    const next = annotations[index];
    const nextSpan = spans[index];
    if (next?.kind === 'person' && next.source !== 'entry' && nextSpan && nextSpan.start === span.start + span.length) {
      const { start: _start, end: _end, text: _text, readings, ...rest } = next;
      annotations[index] = make(nextSpan, { ...rest, gloss: 'a foreign name, written in Chinese by its sound' }, readings);
    }
  }
}

function joinPlaces(annotations: Annotation[], spans: Span[], make: MakeMark, namedUnit: (text: string) => boolean, liesWithin: (inner: string, outer: string) => boolean): void {
  for (let index = annotations.length - 1; index > 0; index -= 1) {
    const outer = annotations[index - 1] as Annotation;
    const inner = annotations[index] as Annotation;
    const whole = touchingPair(spans, index);
    if (outer.kind !== 'place' || !whole) continue;
    // Only a title or body whose first part is a town's name read before it (townsInTitles), or a
    // title that 原 begins right after a town (垦东街道原党工委书记, leadingModifiers).
    const first = inner.parts?.[0];
    const formerAfterTown = first?.role === 'modifier' && outer.source === 'place-pattern';
    // 保定 + 军分区, 朝阳 + 派出所: a unit that takes a name of its own, here a place's.
    const unitOfPlace = first?.role === 'body' && inner.parts?.length === 1 && namedUnit(first.text);
    if ((inner.kind !== 'title' && inner.kind !== 'body') || inner.source !== 'title-grammar' || (first?.role !== 'place' && !formerAfterTown && !unitOfPlace)) continue;
    // (A place before a place it lies in is no place of it: 驻汝南县 + 驻马店市人大代表.)
    if (first?.role === 'place' && outer.source === 'place-list' && liesWithin(outer.text, first.text)) continue;
    const outerName = outer.gloss.replace(/ \(.*\)$/u, '');
    const { start: _start, end: _end, text: _text, readings, ...fields } = inner;
    const parts = [{ text: outer.text, english: outerName, role: 'place' as const }, ...(inner.parts ?? [])];
    const gloss = unitOfPlace ? `${outerName} ${inner.gloss}` : `${inner.gloss}, ${outerName}`;
    replacePair(annotations, spans, index, whole, make(whole, { ...fields, gloss, parts }, [...outer.readings, ...readings]));
  }
}

/**
 * 美丽安徽 "Beautiful Anhui", 平安新疆 "Peaceful Xinjiang", 法治浙江: a word of a national goal
 * (美丽中国, 平安中国, 法治中国) and a province's or city's name is that place's own form of
 * the goal, a slogan rather than the place: one mark of two parts. Only a place of the list
 * of divisions, with nothing marked in the word before it. (数字福建, 数字咸宁 name a programme of the
 * place's, which readers of the corpus mark as the place inside it: left so.)
 */
function placeSlogans(codes: ArrayLike<number>, annotations: Annotation[], spans: Span[], make: MakeMark): void {
  for (let index = annotations.length - 1; index >= 0; index -= 1) {
    const place = annotations[index] as Annotation;
    const span = spans[index] as Span;
    const goal = place.kind === 'place' && place.source === 'place-list' ? PLACE_GOALS.find(({ keys }) => keys.some((key) => keyAt(codes, span.start - key.length, key))) : undefined;
    const before = spans[index - 1];
    if (!goal || (before && before.start + before.length > span.start - 2)) continue;
    // The region's name as its short name says it: 平安新疆 is Peaceful Xinjiang.
    const name = place.gloss.replace(/ \(.*\)$/u, '').replace(/( (Uygur|Hui|Zhuang))? Autonomous Region$/u, '');
    const word = String.fromCodePoint(codes[span.start - 2] as number, codes[span.start - 1] as number);
    const whole = { start: span.start - 2, length: span.length + 2 };
    const fields = {
      kind: 'slogan' as const,
      id: '',
      gloss: `${goal.english} ${name}`,
      // Put together from its two parts, which the tooltip lists: no word-by-word reading from the
      // general dictionary (whose first 唐山 is an old name of China, not the city).
      source: 'title-grammar' as const,
      composed: true,
      parts: [
        { text: word, english: goal.word, role: 'modifier' as const },
        { text: place.text, english: name, role: 'place' as const },
      ],
      literal: goal.national
        ? `${word} ${goal.word} · ${place.text} ${name}: the place's own form of ${goal.national} "${goal.english} China"`
        : `${word} ${goal.word} · ${place.text} ${name}: the place's own campaign for clean government`,
    };
    annotations.splice(index, 1, make(whole, fields, [...goal.readings, ...place.readings]));
    spans.splice(index, 1, whole);
  }
}

/** 屯 "hamlet": a natural village below a village's committee, named before it (西盘龙屯). */
const HAMLET = '屯'.codePointAt(0) as number;

/**
 * The dictionary's entry for a village's committee, whose short form news writes after a village's
 * name (布摆村委会); the full 村民委员会 is the law's and the general one's (领导和支持村民委员会).
 */
const VILLAGE_COMMITTEE = '村民委员会';
const VILLAGE_COMMITTEE_SHORT: ReadonlySet<string> = new Set(['村委会', '村委會']);

const STRATEGY = canonicalKey('战略');
const STRATEGY_READINGS = ['zhàn', 'lüè'];
/**
 * What may follow 战略 "strategy" where it ends a slogan's name (实施强省会战略，, 强省会战略的若干意见,
 * 统一到强省会战略上来): not the first character of a longer word (战略性, 战略合作, 战略支点, 战略部署).
 */
const AFTER_STRATEGY = new CodeSet([...'的上和与與及等为為是中'].map((char) => char.codePointAt(0) as number));

/**
 * A slogan of the dictionary named as a strategy (强省会 + 战略, 教育优先发展 + 战略): one slogan, "the
 * strategy of …", where no mark follows and 战略 ends a word. (Where the dictionary holds the whole,
 * 乡村振兴战略, the entry has matched it already.)
 */
function strategies(codes: ArrayLike<number>, length: number, annotations: Annotation[], spans: Span[], make: MakeMark): void {
  for (let index = annotations.length - 1; index >= 0; index -= 1) {
    const slogan = annotations[index] as Annotation;
    const span = spans[index] as Span;
    const end = span.start + span.length;
    if (slogan.kind !== 'slogan' || slogan.source !== 'entry' || !keyAt(codes, end, STRATEGY, length)) continue;
    const after = codes[end + STRATEGY.length];
    if (after !== undefined && isHanCode(after) && !AFTER_STRATEGY.has(after)) continue;
    const next = spans[index + 1];
    if (next && next.start < end + STRATEGY.length) continue;
    const whole = { start: span.start, length: span.length + STRATEGY.length };
    const name = slogan.text.replace(/\s+/gu, '');
    const fields = {
      kind: 'slogan' as const,
      id: '',
      gloss: `the strategy of ${slogan.gloss}`,
      source: 'title-grammar' as const,
      composed: true,
      parts: [
        { text: name, english: slogan.gloss, role: 'modifier' as const },
        { text: '战略', english: 'strategy', role: 'body' as const },
      ],
    };
    annotations.splice(index, 1, make(whole, fields, [...slogan.readings, ...STRATEGY_READINGS]));
    spans.splice(index, 1, whole);
  }
}

/** The clauses of a phrase cut at 、, where there are two or more of one length (兴业、惠民、优政); none otherwise. */
function parallelClauses(original: ArrayLike<number>, span: Span): Span[] {
  const clauses: Span[] = [];
  let start = span.start;
  for (let at = span.start; at <= span.start + span.length; at += 1) {
    if (at < span.start + span.length && original[at] !== LIST_COMMA) continue;
    clauses.push({ start, length: at - start });
    start = at + 1;
  }
  return clauses.length >= 2 && clauses.every((clause) => clause.length === (clauses[0] as Span).length) ? clauses : [];
}

/**
 * The marks in order with none overlapping another, as the engine promises its callers: should two
 * rules still read the same characters, the longer mark stays. A page can show only one.
 */
function withoutOverlaps(annotations: Annotation[], spans: readonly Span[]): Annotation[] {
  let overlapping = false;
  for (let index = 1; index < spans.length && !overlapping; index += 1) {
    const before = spans[index - 1] as Span;
    overlapping = (spans[index] as Span).start < before.start + before.length;
  }
  if (!overlapping) return annotations;
  const kept: { annotation: Annotation; span: Span }[] = [];
  for (const [index, annotation] of annotations.entries()) {
    const span = spans[index] as Span;
    const last = kept.at(-1);
    if (!last || span.start >= last.span.start + last.span.length) kept.push({ annotation, span });
    else if (span.length > last.span.length) kept[kept.length - 1] = { annotation, span };
  }
  return kept.map(({ annotation }) => annotation);
}

/** A quoted list of this many items or more is one slogan with the slogans inside it. */
const QUOTED_LIST_ITEMS = 3;

/** The index of the first span (in order, not overlapping) that ends after `at`. */
function firstEndingAfter(spans: readonly Span[], at: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const span = spans[middle] as Span;
    if (span.start + span.length <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Which characters the marks cover (1), and where the marked places end. */
interface Coverage {
  covered: Uint8Array;
  placeEnds: Set<number>;
}

function coverageOf(length: number, annotations: readonly Annotation[], spans: readonly Span[]): Coverage {
  const covered = new Uint8Array(length);
  const placeEnds = new Set<number>();
  for (const [index, span] of spans.entries()) {
    covered.fill(1, span.start, span.start + span.length);
    if ((annotations[index] as Annotation).kind === 'place') placeEnds.add(span.start + span.length);
  }
  return { covered, placeEnds };
}

const inside = (inner: Span, outer: Span) => inner.start >= outer.start && inner.start + inner.length <= outer.start + outer.length;

/** Kinds of entries an unlisted slogan may take in: words it is made of, not names. */
const VOCABULARY_KINDS: ReadonlySet<string> = new Set(['slogan', 'idiom', 'other']);
/** 部, the end of a ministry's or department's name. */
const MINISTRY_END = '部'.codePointAt(0) as number;
/** Entries that, running past a part of a title or body, cut it off (Annotator.cutsWord). */
const CUTTING_KINDS: ReadonlySet<string> = new Set(['slogan', 'idiom']);
const MEETING = canonicalKey('会议');
/** The length of an item of a parallel enumeration (engine/slogan-pattern.ts). */
const PARALLEL_ITEM = 4;

/** A mark made after the matching pass: a town, an unlisted slogan or formula. */
interface ExtraMark {
  span: Span;
  fields: Omit<Annotation, 'start' | 'end' | 'text' | 'readings'>;
  readings: string[];
}

/** Entries added to the lexicon between two pauses (2,000 entries at once took about 25 ms in Node). */
const ENTRIES_PER_STEP = 500;
/**
 * Ends of an organ's name that make a body read before them the start of a longer name the
 * engine does not know: 中央 in 中央审查委员会, 中共中央 in 中共中央华南分局, 民革市委会 in
 * 民革市委会参政议政工委会, 省政府 in 省政府行政复议办公室. Long, unambiguous ends only: 局 or 部
 * alone end too many words.
 */
const ORGAN_ENDS = ['委员会', '委員會', '工委会', '工委會', '工委', '分局', '办公室', '辦公室', '服务中心', '服務中心', '联络处', '聯絡處', '代表处', '代表處', '分处', '分處', '大队', '大隊'].map(canonicalKey);
/** The enumeration comma of a list of names (王一、李二), as printed. */
const LIST_COMMA = '、'.codePointAt(0) as number;
/** Brackets around a credit of names: （李洪昌 马亚鸽）. */
const OPENING_BRACKETS = new CodeSet([...'（('].map((char) => char.codePointAt(0) as number));
const CLOSING_BRACKETS = new CodeSet([...'）)'].map((char) => char.codePointAt(0) as number));
/** Prepositions, which end no name of three before a title (杨静对…书记: 对 "towards"). */
const PREPOSITIONS = new CodeSet([...'对對向为為在与與和及给給把被从從'].map((char) => char.codePointAt(0) as number));
/** Characters that join two places: 洋县至西乡 "from Yang County to Xixiang", 洋县和西乡 "and". */
const BETWEEN_PLACES = new CodeSet([...'至到和与與及或往经經'].map((char) => char.codePointAt(0) as number));
/**
 * 县政协召开九届二十五次常委会议, 十三届十三次全体会议: a meeting of a congress or committee named by its
 * term and number alone, the body named before it in the sentence; the term, the session and their lengths.
 */
function termSessionAt(codes: ArrayLike<number>, start: number, end: number) {
  // (Asked at every position: most start no number.)
  if (!NUMBER_STARTS.has(codes[start])) return undefined;
  const term = termAt(codes, start, end);
  const session = term ? sessionAt(codes, start + term.length, end) : undefined;
  // (Not a government's executive meeting, 第十届第二十七次常务会议, which readers name as vocabulary.)
  return term && session && session.type !== 'executive' ? { term, session, length: term.length + session.length } : undefined;
}

/** The code points a term's number can start with: 第, a numeral, a digit. */
const NUMBER_STARTS = new CodeSet(numberStartCodes());
/** Words of quantity before a level: 各镇 "each town", 全乡 "the whole township", 每村 "every village". */
const QUANTIFIERS = new CodeSet([...'各全每本该該两兩'].map((char) => char.codePointAt(0) as number));
/** Level words of towns and villages, which end a name rather than begin one (虹桥镇平安村). */
const TOWN_LEVEL_WORDS = new CodeSet([...'镇鎮乡鄉村'].map((char) => char.codePointAt(0) as number));
/**
 * Whether the town's or village's level word that ends a "name" before `at` is repeated by the post
 * that begins there (郑陆镇 + 镇长, 乡 + 乡长, 村 + 村主任): the name is that place's, not a person's.
 */
/** 街道 "subdistrict", whose 街 may end what looks like a name (柯岩街 of 柯岩街道). */
const SUBDISTRICT_WORD = canonicalKey('街道');
const levelRepeatedAt = (codes: ArrayLike<number>, at: number) => TOWN_LEVEL_WORDS.has(codes[at - 1]) && codes[at] === codes[at - 1];
const ZHEN = new CodeSet([...'镇鎮'].map((char) => char.codePointAt(0) as number));
/** Characters that make a word with 镇 after them (小镇, 古镇, 重镇, 城镇, 乡镇 …), or end a list before it (等镇). */
const WORDS_OF_ZHEN = new CodeSet([...'小古大重强強名集乡鄉村城市新等的'].map((char) => char.codePointAt(0) as number));
/** Whether a village's or town's level word stands within three characters from `at` (镇平 + 安村). */
const villageLevelNear = (codes: ArrayLike<number>, at: number) => TOWN_LEVEL_WORDS.has(codes[at]) || TOWN_LEVEL_WORDS.has(codes[at + 1]) || TOWN_LEVEL_WORDS.has(codes[at + 2]);
/** Words a place's name follows, which end no town's name (在镇平, 到乡宁, 赴镇原). */
const BEFORE_PLACE_WORDS = new CodeSet([...'在到赴来去至从從向对對与與和及于於往经經由为為是把被让讓'].map((char) => char.codePointAt(0) as number));
const AND = canonicalKey('和')[0] as number;
/** The English of the levels whose units may be named after a road (四平路街道, 五一路社区). */
const ROAD_LEVELS: ReadonlySet<string> = new Set([TOWN_LEVEL_ENGLISH.subdistrict, TOWN_LEVEL_ENGLISH.community]);
/** 中央 "the central authorities", which is the central level where a list of levels follows. */
const CENTRE = canonicalKey('中央');
/** What joins levels in a list: 中央和省, 中央、省、市, 中央及省. */
const LEVEL_LIST_JOINS = new CodeSet([...'和、及与與'].map((char) => char.codePointAt(0) as number));
/** What a list of levels qualifies, not an authority that acts: 各级媒体, 新闻媒体, 级环保督察 (in either script). */
const KINDS_AFTER_LEVELS = ['各级', '级', '新闻', '媒体', '主流媒体', '各級', '級', '新聞', '媒體', '主流媒體'].map((word) => canonicalKey(word));
/** The words of national goals that go before a place's name too (placeSlogans), with their English as the goal's. */
const PLACE_GOALS = [
  { keys: [canonicalKey('美丽'), canonicalKey('美麗')], word: 'beautiful', english: 'Beautiful', national: '美丽中国', readings: ['měi', 'lì'] },
  { keys: [canonicalKey('平安')], word: 'safe, peaceful', english: 'Peaceful', national: '平安中国', readings: ['píng', 'ān'] },
  { keys: [canonicalKey('法治')], word: 'rule of law', english: 'Law-based', national: '法治中国', readings: ['fǎ', 'zhì'] },
  // 清廉山东, 清廉潍坊: a province's or city's own campaign for clean government, with no national form.
  { keys: [canonicalKey('清廉')], word: 'clean, honest', english: 'Clean', national: undefined, readings: ['qīng', 'lián'] },
];
/** 向 "toward" and a direction: 向南开放 "opening to the south" is not 南开 + 放, though 向南京 is Nanjing. */
const TOWARD = canonicalKey('向')[0] as number;
const DIRECTIONS = new CodeSet([...'东西南北東'].map((char) => char.codePointAt(0) as number));
const towardDirectionAt = (codes: ArrayLike<number>, at: number) => at > 0 && codes[at - 1] === TOWARD && DIRECTIONS.has(codes[at]);
/**
 * 来 "come" + a place's one-character short name + what one comes there to do: 来凤投资 "come to
 * Fengyang (凤) to invest", 来蓉创业; not the county 来凤 of a bare two-character name.
 */
const COME = canonicalKey('来')[0] as number;
const COMING_TO = ['投资', '投資', '兴业', '興業', '创业', '創業', '考察', '落户', '落戶', '置业', '置業', '就业', '就業', '旅游', '旅遊', '观光', '觀光', '发展', '發展'].map(canonicalKey);
const comingToAt = (codes: ArrayLike<number>, at: number) => codes[at] === COME && COMING_TO.some((word) => keyAt(codes, at + 2, word));
/**
 * 市管干部, 县管领导干部, 省管企业: a level that manages cadres or firms, not the level of the place
 * before it; so is one that begins 县域, 市域 "the county's (city's) whole area" (内乡县域经济).
 */
const MANAGING_LEVELS = new CodeSet([...'市县縣省区區'].map((char) => char.codePointAt(0) as number));
const AREA_LEVELS = new CodeSet([...'市县縣省'].map((char) => char.codePointAt(0) as number));
const MANAGES = canonicalKey('管')[0] as number;
const AREA = canonicalKey('域')[0] as number;
const MANAGED = ['干部', '幹部', '领导', '領導', '企业', '企業', '国企', '國企'].map(canonicalKey);
/**
 * 巴中市民 "Bazhong's residents": the city's level word begins 市民 "city residents", not where 民
 * begins another word (市民政局, 市民族宗教局, 市民营经济, 市民生实事, 市民主党派).
 */
const CITY_LEVEL = canonicalKey('市')[0] as number;
const PEOPLE = canonicalKey('民')[0] as number;
const NOT_RESIDENTS = new CodeSet([...'政族宗营營生主兵航俗间間'].map((char) => char.codePointAt(0) as number));
const residentsAt = (codes: ArrayLike<number>, at: number) => codes[at] === CITY_LEVEL && codes[at + 1] === PEOPLE && !NOT_RESIDENTS.has(codes[at + 2] as number);
const isPlaceLexeme = (value: Lexeme) => value.type === 'place' || (value.type === 'entry' && value.entry.kind === 'place');
/** 情 "conditions" after a level (定远县情 "Dingyuan's county conditions", 市情, 省情), not in 情况 or 情形 "situation". */
const CONDITIONS = canonicalKey('情')[0] as number;
const NOT_CONDITIONS = new CodeSet([...'况況形'].map((char) => char.codePointAt(0) as number));
const managedByLevelAt = (codes: ArrayLike<number>, at: number) =>
  (AREA_LEVELS.has(codes[at]) && codes[at + 1] === AREA) ||
  (AREA_LEVELS.has(codes[at]) && codes[at + 1] === CONDITIONS && !NOT_CONDITIONS.has(codes[at + 2])) ||
  (MANAGING_LEVELS.has(codes[at]) && codes[at + 1] === MANAGES && MANAGED.some((word) => keyAt(codes, at + 2, word)));
const WHOLE = canonicalKey('全')[0] as number;
/** Surnames that after another character end a word or are a verb: 关于, 分别任, 大陆, 了解香港, 有关深圳, 面向香港, 平安新疆, 实施定安. */
const WORD_END_SURNAMES: ReadonlySet<number> = new Set([...'于任陆陸解关關向安施'].map((char) => char.codePointAt(0) as number));
/** 〇, the numeral zero (二〇三五年). */
const NUMERAL_ZERO = '〇'.codePointAt(0) as number;
/** 为 "as" in 任命张三为局长. */
const APPOINTED_AS = '为'.codePointAt(0) as number;
/** 任 "to serve as" in 决定任命李胜平任市发展和改革委员会主任、张建平任市民政局局长. */
const SERVING_AS = '任'.codePointAt(0) as number;
/** 的: 免去林剑英的县财政局局长职务. */
const POSSESSIVE = '的'.codePointAt(0) as number;
/** What may stand before a name in a list of appointments: 任命甲为…，乙为…；丙为…. */
const APPOINTMENT_BOUNDARIES = new CodeSet([...'，,；;、：:。'].map((char) => char.codePointAt(0) as number));
/** 及, 和 (以及, 和): a list of names that attends may follow them (县长刘堂军以及马梁、王西华参加). */
const JOINING_NAMES = new CodeSet([...'及和與与'].map((char) => char.codePointAt(0) as number));
/** The titles of national leaders that news writes after the name (李强总理, 赵乐际委员长). */
const LEADER_TITLES_AFTER_NAME: ReadonlySet<string> = new Set(['总书记', '总理', '副总理', '委员长', '副委员长', '国务委员', '主席', '副主席']);
/** The bare posts of local heads that news writes after a name (陈禺县长, 王建国书记), and Hong Kong's councillors (黃定光議員). */
const LOCAL_HEADS_AFTER_NAME: ReadonlySet<string> = new Set(['书记', '書記', '议员', '县长', '縣長', '市长', '市長', '区长', '區長', '镇长', '鎮長', '乡长', '鄉長', '省长', '省長', '州长', '州長', '旗长', '旗長']);
/** Words before a person one speaks to or of by surname and post: 向郭主任汇报, 请夏主任, 与李主席. */
const ADDRESSING = new CodeSet([...'向对對请請与與和及由给給被让讓把同'].map((char) => char.codePointAt(0) as number));
/** Posts that head whatever body is named before them, and so are marked alone only after a boundary or a mark. */
const HEADS_OF_WHAT_PRECEDES: ReadonlySet<string> = new Set(['主任', '主席', '国王']);
/**
 * The last characters of organs' names (局, 部, 处, 厅, 庭, 组, 中心, 办, 署, 政府) and 驻 "posted to": a
 * post right after one that no mark ends with heads an organ the engine cannot read (發展局局長,
 * 觀光部部長, 第二庭副庭长, 指挥中心副指挥长, 监委驻…纪检监察组组长), and is left unmarked with it.
 */
const ORGAN_ENDS_BEFORE_POST = new CodeSet([...'局部处處厅廳庭组組心办辦署府驻駐'].map((char) => char.codePointAt(0) as number));
/** The last characters of bureaus' names (局, 署), and what joins two fields in one bureau's name (海事及水務局, 商务和粮食局). */
const BUREAU_ENDS = new CodeSet([...'局署'].map((char) => char.codePointAt(0) as number));
const JOINING_FIELDS = new CodeSet([...'及和'].map((char) => char.codePointAt(0) as number));
/**
 * Whether a post at `at` follows such an ending, itself after a name's character; not after a word
 * of quantity (各部部长 "the ministers", 本局局长) or alone, nor where two ranks of organ are named
 * together (推动厅局长坐诊: 厅局长 "heads of departments and bureaus").
 */
const afterUnreadOrgan = (codes: ArrayLike<number>, at: number) =>
  at > 1 &&
  ORGAN_ENDS_BEFORE_POST.has(codes[at - 1]) &&
  isHanCode(codes[at - 2]) &&
  !QUANTIFIERS.has(codes[at - 2] as number) &&
  !(ORGAN_ENDS_BEFORE_POST.has(codes[at]) && codes[at] !== codes[at - 1]);
/**
 * The syllables Tibetan names are written with in Chinese (尼玛卓玛, 扎西顿珠, 次仁旦增): a name of four
 * characters in a list is read only when all four are among them (有关部门 is no name).
 */
const TIBETAN_NAME_CHARS = new CodeSet([...'扎西顿珠次仁旦增巴桑格央宗拉措达瓦曲多吉平罗布洛加才让久美德庆白玛索朗贡觉嘎琼强尼卓普赤列群培坚参江村边阿丹'].map((char) => char.codePointAt(0) as number));
function isTibetanName(codes: ArrayLike<number>, start: number, length: number): boolean {
  for (let at = start; at < start + length; at += 1) if (!TIBETAN_NAME_CHARS.has(codes[at])) return false;
  return true;
}
/**
 * The syllables Mongolian names are written with (敖日格勒, 巴特尔朝鲁, 阿拉腾其木格): a name of four,
 * one word with no surname (Aorigele), read like a Tibetan one only where all four are among them
 * and one is a syllable Chinese names hardly use (敖 … 勒), so that 朝鲁孟根 is and 巴特图门 is not
 * taken for a Han surname and given name.
 */
const MONGOLIAN_NAME_CHARS = new CodeSet([...'敖日格勒巴特尔其木图门乌力吉额德尼苏和呼斯楞那仁达赖宝音朝鲁孟根阿拉腾布赫满都胡毕哈沁'].map((char) => char.codePointAt(0) as number));
const MONGOLIAN_MARKS = new CodeSet([...'敖勒尔额楞腾赫沁'].map((char) => char.codePointAt(0) as number));
function isMongolianName(codes: ArrayLike<number>, start: number, length: number): boolean {
  let marked = false;
  for (let at = start; at < start + length; at += 1) {
    if (!MONGOLIAN_NAME_CHARS.has(codes[at])) return false;
    if (MONGOLIAN_MARKS.has(codes[at])) marked = true;
  }
  return marked;
}
/** The end of a development zone's name after its words: 经济开发区, 开发区. */
const ZONE_NAME_ENDS = ['经济开发区', '經濟開發區', '开发区', '開發區'].map(canonicalKey);
const HEAD = canonicalKey('长')[0] as number;
/** 长 "head" in either script (市长, 市長). */
const HEADS = new CodeSet([...'长長'].map((char) => canonicalKey(char)[0] as number));
/** 区 "district" in either script. */
const DISTRICTS = new CodeSet([...'区區'].map((char) => char.codePointAt(0) as number));
/**
 * Characters that make a word with 区 after them: 地区, 社区, 战区, 片区, 辖区, 山区, 园区, 景区, 示范区,
 * 集聚区, and 旗区 "banners and districts" of Inner Mongolia's cities (旗区政府, 旗区长) (not 作: 当作区长).
 */
const AREA_WORD_STARTS = new CodeSet([...'地社战戰片辖轄山灾災矿礦湖园園城景街老牧林垦墾厂廠校港聚验驗范範旗'].map((char) => char.codePointAt(0) as number));
const COMMITTEE_MEMBERS = ['委员', '委員'].map(canonicalKey);
const COMMITTEE_ENDS = new CodeSet([...'会會'].map((char) => char.codePointAt(0) as number));
/** Whether 委员 "member" ends right before `at` and 会 follows it: 委员会 "committee" runs on. */
const committeeRunsOn = (codes: ArrayLike<number>, at: number) =>
  COMMITTEE_ENDS.has(codes[at] as number) && COMMITTEE_MEMBERS.some((member) => keyAt(codes, at - member.length, member));
const HEAD_CHARACTERS = new CodeSet([...'长長'].map((char) => char.codePointAt(0) as number));
const GRADES = new CodeSet([...'级級'].map((char) => char.codePointAt(0) as number));
/** Whether a post ending in 长 "head" ends right before `at` and 级 "grade" follows it: 正县长级, 副处长级 is a cadre's rank, not the post. */
const rankRunsOn = (codes: ArrayLike<number>, at: number) => GRADES.has(codes[at] as number) && HEAD_CHARACTERS.has(codes[at - 1] as number);
/** Characters that begin a word of the village's after 村 (村集体, 村干部, 村务, 村委, 村组, 村两委, 村居). */
const VILLAGE_WORDS = new CodeSet([...'集干幹务務委组組两兩居'].map((char) => char.codePointAt(0) as number));
/** The level words that end a town's name: a name of three characters ending in one is likelier a town (张王镇). */
const TOWN_ENDS = new CodeSet([...'镇鎮乡鄉'].map((char) => char.codePointAt(0) as number));
/** 国家 at the start of a body the grammar names at the national level (国家发展改革委). */
const NATIONAL = canonicalKey('国家');
const NATIONAL_TRADITIONAL = canonicalKey('國家');
const NATIONAL_READINGS = ['guó', 'jiā'];
/** 司 "department" of a ministry, and 公, the first character of 公司 "company". */
const DEPARTMENT = canonicalKey('司')[0] as number;
const COMPANY_FIRST = canonicalKey('公')[0] as number;
/** At most this many characters from the ministry's end to 司 (就业收入分配和消费司). */
const DEPARTMENT_NAME_MAX = 12;
/** Characters no department's name holds: 的, and words that begin a clause (在, 对, 将, 是, 等). */
const NOT_IN_DEPARTMENT = new CodeSet([...'的在对對将將是等向把被为為'].map((char) => char.codePointAt(0) as number));
/** The posts of a department, with their readings (長 is zhǎng, which a reader of the characters alone may miss). */
const DEPARTMENT_POSTS: UnitPost[] = [
  ...['副司长', '副司長'].map((text) => ({ key: canonicalKey(text), english: 'Deputy Director-General', readings: ['fù', 'sī', 'zhǎng'] })),
  ...['司长', '司長'].map((text) => ({ key: canonicalKey(text), english: 'Director-General', readings: ['sī', 'zhǎng'] })),
  ...['有关负责人', '有關負責人'].map((text) => ({ key: canonicalKey(text), english: 'an official', readings: ['yǒu', 'guān', 'fù', 'zé', 'rén'] })),
  ...['负责人', '負責人'].map((text) => ({ key: canonicalKey(text), english: 'Head', readings: ['fù', 'zé', 'rén'] })),
];
/** A post of a unit inside a body, with its readings. */
interface UnitPost {
  key: number[];
  english: string;
  readings: string[];
}
/** 股 and 科, the sections of a bureau or department, and how long a section's name is (科技股, 行政政法股). */
const SECTION_ENDS = new CodeSet([...'股科处處'].map((char) => char.codePointAt(0) as number));
const SECTION_NAME = { min: 2, max: 10 };
/** The heads of a section, each with the section character its post repeats (股 + 股长). */
const SECTION_POSTS: (UnitPost & { section: number; division?: boolean })[] = [
  ...['副股长', '副股長'].map((text) => ({ key: canonicalKey(text), section: canonicalKey('股')[0] as number, english: 'Deputy Section Chief', readings: ['fù', 'gǔ', 'zhǎng'] })),
  ...['股长', '股長'].map((text) => ({ key: canonicalKey(text), section: canonicalKey('股')[0] as number, english: 'Section Chief', readings: ['gǔ', 'zhǎng'] })),
  ...['副科长', '副科長'].map((text) => ({ key: canonicalKey(text), section: canonicalKey('科')[0] as number, english: 'Deputy Section Chief', readings: ['fù', 'kē', 'zhǎng'] })),
  ...['科长', '科長'].map((text) => ({ key: canonicalKey(text), section: canonicalKey('科')[0] as number, english: 'Section Chief', readings: ['kē', 'zhǎng'] })),
  // A department's division and its head: 四川省卫生厅基层卫生与妇幼保健处副处长.
  ...['副处长', '副處長'].map((text) => ({ key: canonicalKey(text), section: canonicalKey(text)[1] as number, english: 'Deputy Division Director', readings: ['fù', 'chù', 'zhǎng'], division: true })),
  ...['处长', '處長'].map((text) => ({ key: canonicalKey(text), section: canonicalKey(text)[0] as number, english: 'Division Director', readings: ['chù', 'zhǎng'], division: true })),
];
const titleCaseFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** 驻 "stationed in", before the country a mission is in (驻美国大使馆). */
const STATIONED = new CodeSet([...'驻駐'].map((char) => char.codePointAt(0) as number));
/** A diplomatic mission or its head after 驻 and a country, longest first: 驻日本大使馆, 驻美国大使. */
const MISSIONS = [
  ...['总领事馆', '總領事館'].map((text) => ({ key: canonicalKey(text), kind: 'body' as const, noun: 'Consulate General', to: 'in', readings: ['zǒng', 'lǐng', 'shì', 'guǎn'] })),
  ...['大使馆', '大使館'].map((text) => ({ key: canonicalKey(text), kind: 'body' as const, noun: 'Embassy', to: 'in', readings: ['dà', 'shǐ', 'guǎn'] })),
  ...['领事馆', '領事館'].map((text) => ({ key: canonicalKey(text), kind: 'body' as const, noun: 'Consulate', to: 'in', readings: ['lǐng', 'shì', 'guǎn'] })),
  ...['总领事', '總領事'].map((text) => ({ key: canonicalKey(text), kind: 'title' as const, noun: 'Consul General', to: 'in', readings: ['zǒng', 'lǐng', 'shì'] })),
  ...['代表处', '代表處'].map((text) => ({ key: canonicalKey(text), kind: 'body' as const, noun: 'Representative Office', to: 'in', readings: ['dài', 'biǎo', 'chù'] })),
  ...['大使'].map((text) => ({ key: canonicalKey(text), kind: 'title' as const, noun: 'Ambassador', to: 'to', readings: ['dà', 'shǐ'] })),
  ...['使馆', '使館'].map((text) => ({ key: canonicalKey(text), kind: 'body' as const, noun: 'Embassy', to: 'in', readings: ['shǐ', 'guǎn'] })),
];
/** 华 "China" after 驻: 驻华大使 "Ambassador to China". */
const CHINA = new CodeSet([...'华華'].map((char) => char.codePointAt(0) as number));
/** The sending state before 驻, which the mission's English names: 中国驻美国大使馆 "Chinese Embassy in the United States". */
const SENDING_STATES = [
  ...['中华人民共和国', '中華人民共和國', '中国', '中國'].map((text) => ({ key: canonicalKey(text), english: 'Chinese' })),
  ...['中華民國', '中华民国'].map((text) => ({ key: canonicalKey(text), english: 'Republic of China (Taiwan)' })),
];
const ROAD = canonicalKey('路');
const STREET = canonicalKey('街');
const AVENUE = canonicalKey('大道');
const HIGH_STREET = canonicalKey('大街');
const LANE = canonicalKey('巷');
const ESTATES = ['小区', '小區'].map(canonicalKey);
/**
 * Whether a street's name goes on at `at` after a place's name without its level: 路, 街 (not 街道
 * "subdistrict"), 大道, 大街, 巷, perhaps after 中, 东, 西, 南, 北 or a number (原州中路, 莲池二路);
 * or a housing estate's, 小区 (凤阳小区).
 */
function streetAt(codes: ArrayLike<number>, at: number): boolean {
  let next = at;
  if (STREET_SIDES.has(codes[next])) next += 1;
  const after = codes[next + 1];
  // Not 路径 "path" (广东路径), 路线 "route", 街头 "the streets" (到成都街头), 街区 "quarter", 街道 "subdistrict".
  if (keyAt(codes, next, ROAD)) return !NOT_ROAD.has(after);
  if (keyAt(codes, next, STREET)) return !NOT_STREET.has(after);
  return keyAt(codes, next, AVENUE) || keyAt(codes, next, HIGH_STREET) || keyAt(codes, next, LANE) || ESTATES.some((estate) => keyAt(codes, at, estate));
}
/**
 * A village's name that a county's bare name begins, with a word of the land and 村 after it
 * (青羊沟村 "Qingyang Gully Village", 嘉陵湾村): the county is no place there, and the village is
 * read where it stands.
 */
function villageRunsOnAt(codes: ArrayLike<number>, at: number): boolean {
  return LAND_WORDS.has(codes[at]) && codes[at + 1] === VILLAGE_WORD;
}
const VILLAGE_WORD = '村'.codePointAt(0) as number;
/** The last characters of a town's level word: 镇, 乡, 道 of 街道. */
const TOWN_ENDS_BEFORE = new CodeSet([...'镇鎮乡鄉道'].map((char) => char.codePointAt(0) as number));
/** Whether 村 or 社区 at `at` ends a village's or community's name there (not 村民, 村级 …). */
function villageNamedAt(codes: ArrayLike<number>, at: number, end: number): boolean {
  const level = townLevelAfterName(codes, at, end)?.level;
  return level === 'village' || level === 'community';
}
/** Words of the land that villages are named by: gully, bay, flat, dam, ridge, hamlet, fort, stockade … */
const LAND_WORDS = new CodeSet([...'沟溝湾灣坪坝壩岭嶺庄莊堡屯寨桥橋冲衝岗崗塘坡峪洼窪滩灘铺鋪垭埡坳'].map((char) => char.codePointAt(0) as number));
/**
 * A side or a number between the name and 路 (原州中路, 莲池二路, 新安后街, 横街 and 前街 of southern
 * towns); not 一, as in 一路 "all the way".
 */
const STREET_SIDES = new CodeSet([...'中东西南北二三四五六七八九前后後横橫'].map((char) => char.codePointAt(0) as number));
const NOT_ROAD = new CodeSet([...'径徑线線子网網演数數'].map((char) => char.codePointAt(0) as number));
const NOT_STREET = new CodeSet([...'道头頭区區面坊景巷'].map((char) => char.codePointAt(0) as number));
/** Whether a word that follows a person's name stands at `at` (同志, 主持, 强调…). */
function verbAfterNameAt(codes: ArrayLike<number>, at: number, end: number): boolean {
  if (at + 2 > end) return false;
  return VERBS_AFTER_NAME.has(String.fromCodePoint(codes[at] as number, codes[at + 1] as number));
}
/** How many characters on each side of a name of four are looked at for Traditional script. */
const MARRIED_NAME_CONTEXT = 8;
/** A name that opens this many clauses of a document with a town's level word is a town (张王镇). */
const TOWN_EVIDENCE = 2;
/** Modifiers that may stand before a whole title (leadingModifiers), with their English and readings. */
const LEADING_MODIFIERS = [
  { text: '代理', english: 'Acting', readings: ['dài', 'lǐ'], afterAppointing: true, needsFollower: false },
  // Hong Kong's and Macao's word: 將出任署理行政長官; as a verb after a name (由林鄭月娥署理行政長官職務) it stays out.
  { text: '署理', english: 'Acting', readings: ['shǔ', 'lǐ'], afterAppointing: true, needsFollower: false },
  { text: '原', english: 'Former', readings: ['yuán'], afterAppointing: false, needsFollower: true },
].map((modifier) => ({ ...modifier, key: canonicalKey(modifier.text) }));
/** 为 of 任命…为代理市长, 任 of 出任署理行政長官: the post one is appointed to follows. */
const APPOINTED_TO = new CodeSet([...'为為任'].map((char) => char.codePointAt(0) as number));
/** The Party's short name, which a word ending in 中 and a count after it can make up: 督查激励中共获得19项. */
const SHORT_PARTY = canonicalKey('中共');
/**
 * Verbs of a count after 共 "in all" (活动中共发放, 检查中共发现问题, 激励中共获得19项): after 中共 they
 * say the 中 ends the word before and the 共 begins the count. The Party's short name stands
 * before its bodies, a place or a congress, never before one of these.
 */
const COUNTED_AFTER_IN_ALL = [
  ...'获得 获 计 发现 发放 完成 收到 受理 办理 查处 排查 走访 接待 举办 出动 审结 筹集 征集 收集 慰问 救助 签约 签订 培训'.split(' '),
  ...'獲得 獲 計 發現 發放 收到 辦理 查處 走訪 舉辦 出動 審結 籌集 徵集 慰問 簽約 簽訂 培訓'.split(' '),
].map((word) => canonicalKey(word));
/**
 * Words that end a list of names at the start of a clause: 出席会议, 主持, 等同志, 等市领导出席 (not
 * 等人, which begins 等人参 "ginseng and so on").
 */
const ATTENDING = [
  ...['出席', '列席', '参加', '主持', '等同志', '參加'],
  // Elected at a congress: 史根治、张家明、岳爱云当选为副市长, 丁广治等42位同志当选为委员.
  ...['当选', '當選'],
  // Seated on the rostrum: 李宇飞、梁勇强、高会军在主席台就座.
  ...['在主席台就座', '在主席台前排就座', '在主席臺就座'],
  ...['等领导', '等市领导', '等省领导', '等县领导', '等区领导', '等州领导', '等領導', '等市領導', '等省領導', '等縣領導', '等區領導', '等州領導'],
].map((word) => canonicalKey(word));
/** A count of people before a colon and a list of names: …的3人：娄绍光、李无文、杨秀清。 */
const PERSON = '人'.codePointAt(0) as number;
const COUNTS: ReadonlySet<number> = new Set([...'0123456789一二两三四五六七八九十兩'].map((char) => char.codePointAt(0) as number));
/** Labels that open a credit in brackets before a colon: （记者：杨国才 吴凤至）. */
const CREDIT_LABELS = ['记者', '記者', '通讯员', '通訊員'].map((word) => canonicalKey(word));
const COLONS: ReadonlySet<number> = new Set([...'：:'].map((char) => char.codePointAt(0) as number));
const WHITE_SPACE: ReadonlySet<number> = new Set([...' \u3000\t\n\r'].map((char) => char.codePointAt(0) as number));
const SENTENCE_ENDS: ReadonlySet<number> = new Set([...'。；;！？'].map((char) => char.codePointAt(0) as number));
const ATTENDING_FIRSTS: ReadonlySet<number> = new Set(ATTENDING.map((word) => word[0] as number));
/** How far a list of names is looked along for its word of attending. */
const MAX_LIST_RUN = 160;
/** 等 "and others" after a list of names, and how far its verb of attending may follow it. */
const OTHERS = canonicalKey('等')[0] as number;
const OTHERS_RUN = 24;
/** At most this many names are read in such a list (a session's presidium lists a few dozen). */
const MAX_LISTED_NAMES = 40;
/** 决定 "decides" before a name and its post: 决定郑皓副区长代理区长职务. */
const DECIDED = canonicalKey('决定');
/** 辞去 "resigns from", before the post a name gives up (、熊隆东辞去市监察委员会主任职务). */
const RESIGNS = ['辞去', '辭去', '不再担任', '不再擔任'].map((word) => canonicalKey(word));
/** Elected to a post: 卢亮当选为深泽县人民法院院长. */
const ELECTED_AS = ['当选为', '當選為', '当选', '當選'].map((word) => canonicalKey(word));
const LEAVING_OR_TAKING = [...RESIGNS, ...ELECTED_AS];
/** Words around a name: 接受何金清辞去…职务的请求, 给予石力党内严重警告处分. */
const NAME_FRAMES: [number[], number[]][] = [
  [canonicalKey('接受'), canonicalKey('辞去')],
  [canonicalKey('接受'), canonicalKey('辭去')],
  // A discipline notice's penalty: 决定给予邵曰苍党内警告处分, 给予李某政务撤职处分.
  ...['党内', '黨內', '政务', '政務', '撤销', '撤銷', '开除', '開除', '留党', '留黨'].flatMap((penalty): [number[], number[]][] => [
    [canonicalKey('给予'), canonicalKey(penalty)],
    [canonicalKey('給予'), canonicalKey(penalty)],
  ]),
];
/** The last characters of the frames' first words (受 of 接受, 予 of 给予): most positions have none before them. */
const NAME_FRAME_ENDS = new Set(NAME_FRAMES.map(([before]) => before.at(-1) as number));
const COMRADE = canonicalKey('同志');
/** 摄 "photographed by" after a photographer's name (黄家财 摄, （克日久根 摄）). */
const PHOTOGRAPHED = '摄'.codePointAt(0) as number;
const PHOTOGRAPHED_TRADITIONAL = '攝'.codePointAt(0) as number;

/**
 * A photographer's name in a credit: two to four Han characters that begin at a boundary (the
 * start, a bracket, a space) and stand before a space and 摄, then the credit's end. The name
 * needs no known surname: 克日久根 is a Yi name.
 */
function photoCreditAt(codes: ArrayLike<number>, stream: Stream, start: number, end: number): number {
  if (!isHanCode(codes[start])) return 0;
  const before = start === 0 ? undefined : stream.original[start - 1];
  if (!(start === 0 || stream.spaceBefore[start] === 1 || before === FULL_OPEN_BRACKET || before === OPEN_BRACKET || !isHanCode(before))) return 0;
  for (let length = 2; length <= 4 && start + length < end; length += 1) {
    if (!isHanCode(codes[start + length - 1])) return 0;
    const credit = start + length;
    if (stream.spaceBefore[credit] !== 1 || (codes[credit] !== PHOTOGRAPHED && codes[credit] !== PHOTOGRAPHED_TRADITIONAL)) continue;
    const after = credit + 1 < end ? stream.original[credit + 1] : undefined;
    if (after === undefined || after === FULL_CLOSE_BRACKET || after === CLOSE_BRACKET || stream.spaceBefore[credit + 1] === 1 || !isHanCode(after)) return length;
  }
  return 0;
}
const FULL_OPEN_BRACKET = '（'.codePointAt(0) as number;
const OPEN_BRACKET = '('.codePointAt(0) as number;
const FULL_CLOSE_BRACKET = '）'.codePointAt(0) as number;
const CLOSE_BRACKET = ')'.codePointAt(0) as number;

/** 各级: "at every level", before organs named in general. */
const EVERY_LEVEL = canonicalKey('各级');
/** 女 "female", in brackets after a woman's name in a list (戴立华（女）、). */
const FEMALE = canonicalKey('女')[0] as number;
/** 是, 为, 有 between a title and the names of those who hold it (执行主席是：…, 主席团成员为：…). */
const LISTED_ARE = new CodeSet([...'是为為有'].map((char) => char.codePointAt(0) as number));
/** What a note on the order of a list of names holds: 按姓氏笔画为序, 以姓名笔画排列. */
const ORDER_NOTES = ['笔画', '筆畫', '姓氏', '姓名'].map(canonicalKey);
const MAX_ORDER_NOTE = 12;
/**
 * Where the names begin after a note on their order and its colon (（按姓名笔画排列）：), or after a
 * colon alone; 0 where neither stands at `at`.
 */
function orderNoteEnd(codes: ArrayLike<number>, original: ArrayLike<number>, at: number, end: number): number {
  if (COLONS.has(original[at] as number)) return at + 1;
  if (!OPENING_BRACKETS.has(original[at] as number)) return 0;
  for (let close = at + 1; close < Math.min(end, at + MAX_ORDER_NOTE); close += 1) {
    if (!CLOSING_BRACKETS.has(original[close] as number)) continue;
    let noted = false;
    for (let inside = at + 1; !noted && inside < close; inside += 1) noted = ORDER_NOTES.some((word) => keyAt(codes, inside, word, close));
    if (!noted) return 0;
    return COLONS.has(original[close + 1] as number) ? close + 2 : close + 1;
  }
  return 0;
}
/** 兼 "concurrently", in brackets after a post held beside another: 党工委书记（兼）. */
const CONCURRENTLY = canonicalKey('兼')[0] as number;
/** Marks that may stand between a title and the name after it: a closing quotation mark, an opening bracket. */
const NAME_GAP_MARKS = new CodeSet([...'”」』（('].map((char) => char.codePointAt(0) as number));
/** At most this many characters between a body and the end of the longer name it begins. */
const ORGAN_GAP = 5;
/**
 * Characters that begin a verb, determiner or preposition after a body (全国人大设立民族委员会,
 * 人大各委员会, 对有关的下属委员会) or join two names (的, 和, 与, 及): no longer name runs through them.
 */
const NOT_IN_ORGAN_NAME = new Set([...'各设有对向由在从将把被为是等的和与及其'].map((char) => char.codePointAt(0) as number));
/** Passed by Annotator.create alone: the constructor leaves the building to it. */
const IN_STEPS = Symbol('in steps');

export class Annotator {
  private readonly lexicon = new Trie<Lexeme>();
  private composer!: TitleComposer;
  private places!: PlaceIndex;
  /** The ethnic group named at a position (PlaceIndex.ethnicGroupAt), for ethnic townships. */
  private readonly ethnicAt = (codes: ArrayLike<number>, at: number) => this.places.ethnicGroupAt(codes, at);
  private readPinyin: ReadPinyin;
  /** Set while learnNames reads a block: only the matching that finds names runs. */
  private namesOnly = false;

  constructor(options: AnnotatorOptions, mode?: typeof IN_STEPS) {
    this.readPinyin = options.readPinyin;
    if (mode !== IN_STEPS) for (const _ of this.buildSteps(options.dictionary));
  }

  /**
   * The same engine, built in steps with `pause()` between them: building it whole is one task
   * of about 75 ms in a browser, longer than a page should wait for its main thread.
   */
  static async create(options: AnnotatorOptions, pause: () => Promise<void>): Promise<Annotator> {
    const annotator = new Annotator(options, IN_STEPS);
    for (const _ of annotator.buildSteps(options.dictionary)) await pause();
    return annotator;
  }

  private *buildSteps(dictionary: MatchingDictionary): Generator<void> {
    // Every word goes into the lexicon when a text first reaches its first character (Trie.defer):
    // a page reads a few hundred of the thousands of first characters. Within a character the
    // order is kept, and the first value of a key stays: entries, then ordinary words (全州 in
    // prose is "the whole prefecture", not the county 全州), then places.
    const groups = new Map<number, (string | Lexeme)[]>();
    const later = (spelling: string, lexeme: Lexeme) => {
      const code = firstCode(spelling);
      if (code === undefined) return;
      const group = groups.get(code);
      if (group) group.push(spelling, lexeme);
      else groups.set(code, [spelling, lexeme]);
    };
    for (const [index, entry] of dictionary.entries.entries()) {
      if (index > 0 && index % ENTRIES_PER_STEP === 0) yield;
      for (const form of entry.forms) {
        const lexeme: Lexeme = { type: 'entry', entry, form, pinyin: form.pinyin, readings: undefined };
        later(form.text, lexeme);
        for (const spelling of form.traditional ?? []) later(spelling, lexeme);
      }
    }
    const introducesName: Lexeme = { type: 'ordinary', introducesName: true };
    for (const word of NAME_INTRODUCERS) later(word, introducesName);
    const listsNames: Lexeme = { type: 'ordinary', introducesName: true, listsNames: true };
    for (const word of NAME_LIST_INTRODUCERS) later(word, listsNames);
    const ordinary: Lexeme = { type: 'ordinary' };
    for (const word of dictionary.ordinaryWords) later(word, ordinary);
    for (const [code, group] of groups) {
      this.lexicon.defer(code, () => {
        for (let index = 0; index < group.length; index += 2) this.lexicon.add(canonicalKey(group[index] as string), group[index + 1] as Lexeme);
      });
    }
    yield;
    // Places last, and only those a text reaches (PlaceIndex): where an entry or ordinary word and a place coincide, the entry or word stays.
    const places = new PlaceIndex(dictionary.places);
    this.places = places;
    for (const code of places.firstCodes()) this.lexicon.defer(code, () => this.addPlacesStartingWith(code));
    yield;
    this.composer = new TitleComposer({ grammar: dictionary.grammar, entries: dictionary.entries, places });
  }

  /** The spellings of places that start with `code`, into the lexicon (deferred to the first text that reaches them). */
  private addPlacesStartingWith(code: number): void {
    const places = this.places;
    const units = places.unitsStartingWith(code);
    const add = (spellings: readonly string[], lexeme: Lexeme) => {
      for (const spelling of spellings) {
        const key = canonicalKey(spelling);
        if (key[0] === code) this.lexicon.add(key, lexeme);
      }
    };
    for (const unit of units) {
      const place = places.record(unit);
      const spellings = places.spellingsOf(unit);
      if (!place || !spellings) continue;
      add(spellings.full, { type: 'place', place, pinyin: place.pinyin, readings: undefined });
      if (spellings.bare) add(spellings.bare.spellings, { type: 'place', place, pinyin: spellings.bare.pinyin, readings: undefined });
    }
    // After every full name: a unit's full name wins over another's short one (the first value of a key stays).
    for (const unit of units) {
      const place = places.record(unit);
      const { short, autonomous } = places.spellingsOf(unit) ?? {};
      if (place && short) add(short.spellings, { type: 'place', place, pinyin: short.pinyin, readings: undefined });
      if (place && autonomous) add(autonomous.spellings, { type: 'place', place, pinyin: autonomous.pinyin, readings: undefined });
    }
  }

  /**
   * Annotations of one block of text given as segments (e.g. one per DOM text node). `names`
   * carries the names read in earlier blocks of the same document.
   */
  annotate(segments: readonly string[], names?: NameMemory): Annotation[] {
    const stream = readStream(segments);
    const { codes, length } = stream;
    const annotations: Annotation[] = [];
    /** Where each annotation stands in the stream. */
    const spans: Span[] = [];
    let expectName = false;

    const positionsOf = (span: Span) => {
      const last = span.start + span.length - 1;
      const start = { segment: stream.segment[span.start] as number, offset: stream.offset[span.start] as number };
      const end = { segment: stream.segment[last] as number, offset: (stream.offset[last] as number) + (stream.width[last] as number) };
      return { start, end };
    };
    /** The characters of a span without the whitespace between them. */
    const readText = (span: Span) => {
      const { start, end } = positionsOf(span);
      return sliceSegments(segments, start, end).replace(/\s+/gu, '');
    };
    const make = (span: Span, fields: Omit<Annotation, 'start' | 'end' | 'text' | 'readings'>, readings: readonly string[]) => {
      const { start, end } = positionsOf(span);
      // Most marks read every character as their entry does: they share its readings (read-only)
      // rather than copy them; a copy is made from the first character read otherwise.
      let copy: string[] | undefined;
      for (let index = 0; index < span.length; index += 1) {
        const code = codes[span.start + index];
        // 〇, the numeral zero of 二〇三五年, is read (líng) though it is not in the ideograph blocks.
        const reading = isHanCode(code) || code === NUMERAL_ZERO ? (readings[index] ?? '') : '';
        if (!copy && reading === readings[index]) continue;
        copy ??= readings.slice(0, index);
        copy[index] = reading;
      }
      const annotationReadings = copy ?? (readings.length === span.length ? readings : readings.slice(0, span.length));
      const annotation = fields as Annotation;
      annotation.start = start;
      annotation.end = end;
      annotation.text = sliceSegments(segments, start, end);
      annotation.readings = annotationReadings;
      return annotation;
    };
    const emit = (span: Span, fields: Omit<Annotation, 'start' | 'end' | 'text' | 'readings'>, readings: readonly string[]) => {
      annotations.push(make(span, fields, readings));
      spans.push(span);
    };
    /** A name ends where a space stands (记者 华榕 季志远), though a line break may split one (column breaks). */
    const nameAt = (at: number) => {
      if (at >= length) return 0;
      let end = at + 1;
      while (end < length && !stream.spaceBefore[end]) end += 1;
      // 区长 余 松: a name of two characters set out with a space between them, as a lone
      // character before a lone character.
      if (end === at + 1 && end < length && isHanCode(codes[end]) && (end + 1 >= length || stream.spaceBefore[end + 1] === 1 || !isHanCode(codes[end + 1]))) end += 1;
      const name = this.nameAt(codes, at, end);
      return name === 3 && this.marriedNameAt(codes, stream.original, at, end) ? 4 : name;
    };
    /**
     * In a list of names, one whose surname the engine does not know stands between two it reads
     * (高义、虎强、李喜安); never first, right after a title.
     */
    const listedNameAt = (at: number) => {
      const name = nameAt(at) || (stream.original[at - 1] === LIST_COMMA ? this.nameBetweenNames(codes, stream.original, at, length, nameAt) : 0);
      // After 、 in a list of posts and names (副所长杨明军、华新水务管理所副所长王飚、朱家角水务管理所…): a
      // title or body that begins inside the "name" and runs past it, or an organ's name right after
      // it, says the name is a place's, not a person's. (A post alone may follow a name: 、李飞副秘书长;
      // and after 免去 a name comes before its post: 免去张国洪普陀区委书记职务.)
      const listed = stream.original[at - 1] === LIST_COMMA;
      // 、郑陆镇镇长郁国兴: that town's name, not a person's; nor 柯岩街 of 、柯岩街道鲁镇社区, a subdistrict's.
      if (name > 1 && (levelRepeatedAt(codes, at + name) || keyAt(codes, at + name - 1, SUBDISTRICT_WORD, length))) return 0;
      // ，苏锡通园区党工委委员: a zone's own name before the zone and its post, not a person's.
      if (name > 1 && this.zoneStartsAt(codes, at + name, length, cutsWord)) return 0;
      for (let inside = at + 1; listed && inside <= at + name && name > 0; inside += 1) {
        const organ = this.composer.composeAt(codes, inside, length, cutsWord, undefined, stream.original);
        if (!organ || inside + organ.length <= at + name) continue;
        if (inside < at + name || organ.parts.some(({ role }) => role === 'body')) return 0;
      }
      return name;
    };
    let byline = false;
    /** Whether the last mark ends at `at`. */
    const markEndsAt = (at: number) => {
      const last = spans.at(-1);
      return last !== undefined && last.start + last.length === at;
    };
    /** Whether the last mark is a place that ends at `at`. */
    const placeEndsAt = (at: number) => markEndsAt(at) && annotations.at(-1)?.kind === 'place';
    /**
     * Whether `at` follows a title and the 、 of a list of posts (市委书记、常委、委员职务), or a person
     * and 任 or 为 "as" (省长黄强任组长, 任命张三为局长): a post may stand alone there.
     */
    const listedPostAt = (at: number) => {
      const last = spans.at(-1);
      if (last === undefined || last.start + last.length !== at - 1) return false;
      const kind = annotations.at(-1)?.kind;
      if (stream.original[at - 1] === LIST_COMMA) return kind === 'title';
      return (codes[at - 1] === SERVING_AS || codes[at - 1] === APPOINTED_AS) && kind === 'person';
    };
    /** Whether a Han character no mark ends with stands right before `at` (亲临江苏: 亲 runs on into 临). */
    const runsOnBefore = (at: number) => at > 0 && isHanCode(codes[at - 1]) && !markEndsAt(at);
    /** Whether nothing but white space follows the mark at `at`. */
    const closesText = (at: number) => {
      for (let next = at + 1; next < length; next += 1) if (!WHITE_SPACE.has(stream.original[next] as number)) return false;
      return true;
    };
    /**
     * The names of a credit in brackets at the end of an article, two or more, apart by spaces and
     * nothing else: （李洪昌 马亚鸽）; one name only where the credit ends the text after a sentence.
     * Empty where the brackets hold anything else.
     */
    const creditIn = (open: number): Span[] => {
      const names: Span[] = [];
      // （记者：杨国才 吴凤至）: a label and its colon may open the credit.
      const label = CREDIT_LABELS.find((word) => keyAt(codes, open + 1, word, length) && COLONS.has(stream.original[open + 1 + word.length] as number));
      for (let at = open + 1 + (label ? label.length + 1 : 0); at < length; ) {
        // One name alone only as the last thing of the text, after a sentence: …会议精神。（曲姗姗）
        if (CLOSING_BRACKETS.has(stream.original[at] as number)) return names.length >= 2 || (names.length === 1 && closesText(at) && SENTENCE_ENDS.has(stream.original[open - 1] as number)) ? names : [];
        const name = nameAt(at);
        const next = at + name;
        if (name === 0 || (next < length && stream.spaceBefore[next] !== 1 && !CLOSING_BRACKETS.has(stream.original[next] as number))) return [];
        names.push({ start: at, length: name });
        at = next;
      }
      return [];
    };
    /** The names of a list read ahead (namesBeforeAttending, creditIn), not yet marked. */
    let listed: Span[] = [];
    const cutsWord = this.cutsWord(codes, length);
    /** 市发展和改革局、商务局: after a listed body with its level, the next body may leave the level unwritten. */
    let listLevel: { at: number; jurisdiction: Jurisdiction; adjoining: boolean } | undefined;

    for (let i = 0; i < length; ) {
      let lexeme = this.lexicon.longestAt(codes, i, length);
      // 金华市管干部: 市管干部 "cadres the city manages" takes the level word; the place is 金华 (内乡县域: 内乡).
      // (Not where a place begins at 民: 武威市民勤县 is 武威市 + 民勤县, not Wuwei's residents.)
      if (lexeme && isPlaceLexeme(lexeme.value) && (managedByLevelAt(codes, i + lexeme.length - 1) || (residentsAt(codes, i + lexeme.length - 1) && !this.placeStartsAt(codes, i + lexeme.length, length)))) {
        const shorter = lexeme.length - 1;
        // (杞县域内: a county named by one character keeps its level, the only name it has.)
        lexeme = this.lexicon.matchesAt(codes, i, length).find((match) => match.length === shorter && isPlaceLexeme(match.value)) ?? (shorter < 2 ? lexeme : undefined);
      }
      const composed =
        this.composer.composeAt(codes, i, length, cutsWord, listLevel?.at === i ? listLevel : undefined, stream.original) ?? (listedPostAt(i) ? this.composer.listedPostAt(codes, i, length) : undefined);
      const formula = formulaAt(codes, i, i > 0 && codes[i - 1] === QUOTE, length);
      const termSession = termSessionAt(codes, i, length);
      // 来到了波洲镇长塘坪村: 镇 ends a town's name the engine does not know, 长 begins its village's
      // (长塘坪村), which the towns pass reads; no town head.
      const villageAfterLevel = TOWN_LEVEL_WORDS.has(codes[i] as number) && codes[i + 1] === HEAD && runsOnBefore(i) && villageFollows(codes, i + 1, length);
      // 战区指挥部, 地区主要领导, 社区长者: 区 that ends a word before it (战区 "sector", 地区 "region",
      // 社区 "community") is no district's level.
      const areaWordBefore = DISTRICTS.has(codes[i] as number) && i > 0 && AREA_WORD_STARTS.has(codes[i - 1] as number) && runsOnBefore(i);
      // 石莲镇、区卫生健康委党委: a town's level word that ends the name before it, then 、, is that
      // town's, not the first of a list of levels (镇、区 …); unless a word of quantity stands
      // before it (各镇、村党组织).
      const townEndsBeforeList = TOWN_LEVEL_WORDS.has(codes[i] as number) && stream.original[i + 1] === LIST_COMMA && runsOnBefore(i) && !QUANTIFIERS.has(codes[i - 1] as number);
      // 中央和省市各级媒体, 中央、省、市新闻媒体: 中央 first in a list of levels is the central level,
      // neither the central authorities of the dictionary nor a body (中央和省委 keeps it: a body follows).
      // (No closure over `i` here: one would make every read of it in this loop slower.)
      const centreInList = codes[i] === CENTRE[0] && keyAt(codes, i, CENTRE) && this.levelsListedAfter(codes, stream.original, i + CENTRE.length, length);

      // A term of the dictionary that starts with a numeral (六保, 三农, 三品) does not start inside a
      // number or an ordinal (十六保护, 第三农业, 第三品种).
      // A place of the dictionary is not read across two common words either (依法 + 国家 is no 法国).
      // A ministry of the dictionary whose 部 begins 部门 is that word's (财政部门 "finance
      // departments" is no Ministry of Finance). Nor does a body or title begin with the level of
      // 全市 "the whole city" (全市政府系统 holds no 市政府).
      const entryLength =
        lexeme?.value.type === 'entry' &&
        !continuesNumeral(codes, i) &&
        // (Not where a place ends right before it: 江苏省长江水污染 is 江苏省 + 长江, whatever 省长 and 江水 make.)
        !(lexeme.length === 2 && lexeme.value.entry.kind === 'place' && this.places.crossesWords(codes, i) && !placeEndsAt(i)) &&
        !(lexeme.value.entry.kind === 'body' && this.endsInWord(codes, i + lexeme.length, length)) &&
        !((lexeme.value.entry.kind === 'body' || lexeme.value.entry.kind === 'title') && followsWhole(codes, i) && this.composer.levelAt(codes, i, length)) &&
        !(lexeme.value.entry.kind === 'title' && (committeeRunsOn(codes, i + lexeme.length) || rankRunsOn(codes, i + lexeme.length))) &&
        // 市长途客运公司: a title of the dictionary whose last character begins an ordinary word (长途) is
        // no title, as a composed one is not.
        !(lexeme.value.entry.kind === 'title' && cutsWord(i, lexeme.length)) &&
        !(lexeme.value.entry.kind === 'title' && villageAfterLevel) &&
        // 市长韩国富主持: right after a title, a place of the dictionary that a longer name begins is the person's.
        !(lexeme.value.entry.kind === 'place' && expectName && nameAt(i) > lexeme.length) &&
        // 四平新型工业化经济开发区: a slogan that begins a development zone's name is that name's.
        !(lexeme.value.entry.kind === 'slogan' && ZONE_NAME_ENDS.some((end) => keyAt(codes, i + lexeme.length, end))) &&
        !(lexeme.length === CENTRE.length && centreInList) &&
        // 市府检联动: a body of two gives way to a longer term of the dictionary at its second character
        // (府检联动 "government–procuratorate coordination"), not the city government.
        !(lexeme.length === 2 && lexeme.value.entry.kind === 'body' && this.longEntryStartsAt(codes, i + 1, length)) &&
        // 在锡林郭勒盟, 在锡山区: a place of two of the dictionary that begins with a word of going or
        // being (在锡 "in Wuxi") gives way to a place of the list written with its level that begins at
        // its second character (not 赣江源区: 江源区).
        !(lexeme.length === 2 && lexeme.value.entry.kind === 'place' && BEFORE_PLACE_WORDS.has(codes[i]) && this.levelledPlaceStartsAt(codes, i + 1, length))
          ? lexeme.length
          : 0;
      // Right after a title a name is expected: a place that is only the start of a longer name
      // (杨浦 of 常务副县长杨浦才) is not read; nor a two-character name standing across two common
      // words (稳定安全 is not the county of 定安), nor a name that begins a street's (莲池路, 原州中路).
      const placeLength =
        lexeme?.value.type === 'place' &&
        !this.namePrecedes(codes, i, lexeme.value, placeEndsAt(i)) &&
        !(expectName && nameAt(i) > lexeme.length) &&
        // 组长江海作动员讲话: right after a title, a bare name of two that is a name of two is the person.
        !(expectName && lexeme.length === 2 && lexeme.value.pinyin.length < lexeme.value.place.pinyin.length && nameAt(i) === 2) &&
        !(lexeme.length === 2 && lexeme.value.pinyin.length < lexeme.value.place.pinyin.length && this.places.crossesWords(codes, i)) &&
        !(lexeme.length === 2 && towardDirectionAt(codes, i) && this.places.crossesWordAfter(codes, i)) &&
        !(lexeme.length === 2 && lexeme.value.pinyin.length < lexeme.value.place.pinyin.length && runsOnBefore(i) && comingToAt(codes, i)) &&
        !(placeEndsAt(i) && this.outsideProvinceBefore(codes, i, lexeme.length, spans.at(-1))) &&
        // 屏東縣泰武鄉: a bare name of two ending in a town's level word, one character after a place,
        // is the end of a township's name there (泰武鄉), not the county named like it (Wuxiang); unless
        // that character joins the two (洋县至西乡 "from Yang County to Xixiang").
        // (Or after the 、 of a list of towns: 城关镇、迎丰镇 is no Fengzhen.)
        !(lexeme.length === 2 && TOWN_ENDS.has(codes[i + 1] as number) && runsOnBefore(i) && (placeEndsAt(i - 1) || stream.original[i - 2] === LIST_COMMA) && !BETWEEN_PLACES.has(codes[i - 1] as number)) &&
        // 美丽幸福清徐: a bare name of two across the word before it (幸福 + 福清) gives way to a place
        // starting at its second character (清徐).
        !(lexeme.length === 2 && lexeme.value.pinyin.length < lexeme.value.place.pinyin.length && this.places.crossesWordBefore(codes, i) && this.placeStartsAt(codes, i + 1, length)) &&
        !(lexeme.length === 2 && lexeme.value.pinyin.length < lexeme.value.place.pinyin.length && runsOnBefore(i) && this.provinceStartsAt(codes, i + 1, length)) &&
        // 虹桥镇平安村: a town's level word, not the first character of a bare name (镇平 County),
        // where a village's follows (推动镇远古城 is Zhenyuan).
        !(lexeme.length === 2 && lexeme.value.pinyin.length < lexeme.value.place.pinyin.length && TOWN_LEVEL_WORDS.has(codes[i]) && runsOnBefore(i) && !BEFORE_PLACE_WORDS.has(codes[i - 1]) && villageLevelNear(codes, i + 2)) &&
        // 粤桂东西部协作: a bare name of two that runs on from the character before it gives way to a
        // term of the dictionary of four or more starting at its second character (东西部协作), not
        // Guidong County.
        !(lexeme.length === 2 && lexeme.value.pinyin.length < lexeme.value.place.pinyin.length && runsOnBefore(i) && this.longEntryStartsAt(codes, i + 1, length)) &&
        // 西盘龙屯: a bare name before 屯 "hamlet" is the hamlet's (a natural village of Guangxi or the
        // northeast), not the county or district named like it.
        !(lexeme.value.pinyin.length < lexeme.value.place.pinyin.length && codes[i + lexeme.length] === HAMLET) &&
        // 天津市青西区: a district named by one character (西区, Panzhihua's) does not begin inside the
        // name before it.
        !(lexeme.length === 2 && [...lexeme.value.place.stem].length === 1 && DISTRICTS.has(codes[i + 1] as number) && runsOnBefore(i)) &&
        // 对镇安全生产工作: a town's level word before a frequent word (安全), not a bare name (Zhen'an
        // County); unless a place starts in that word (镇海港区 is Zhenhai's port area, not 海港区).
        !(lexeme.length === 2 && lexeme.value.pinyin.length < lexeme.value.place.pinyin.length && TOWN_LEVEL_WORDS.has(codes[i]) && this.places.crossesWordAfter(codes, i) && !this.placeStartsAt(codes, i + 1, length)) &&
        // 完成县十八届…, 部署和县…: a county named by one character that ends the word before it, or is "and".
        !(lexeme.length === 2 && LEVEL_ENDS.has(codes[i + 1]) && runsOnBefore(i) && (codes[i] === AND || this.places.crossesWordBefore(codes, i))) &&
        !(lexeme.value.pinyin.length < lexeme.value.place.pinyin.length && streetAt(codes, i + lexeme.length)) &&
        // 二道桥镇: a bare name of two, one character, then 镇 begins a town's name (no town's name is
        // one character); not before a word of 镇 (无锡古镇 "Wuxi's old town", 江南小镇) or a joining word (西乡和镇巴).
        !(lexeme.length === 2 && lexeme.value.pinyin.length < lexeme.value.place.pinyin.length && isHanCode(codes[i + 2]) && ZHEN.has(codes[i + 3] as number) && !WORDS_OF_ZHEN.has(codes[i + 2] as number) && !BETWEEN_PLACES.has(codes[i + 2] as number)) &&
        !(lexeme.length === 2 && lexeme.value.pinyin.length < lexeme.value.place.pinyin.length && villageRunsOnAt(codes, i + 2) && this.isCountyLevel(lexeme.value.place)) &&
        // 长安街道荆竹山村: a bare name before 村, one character after a town's level word, is the end of
        // the longer name of a village of that town (荆竹山村), not the village named after the county.
        !(lexeme.length === 2 && lexeme.value.pinyin.length < lexeme.value.place.pinyin.length && runsOnBefore(i) && TOWN_ENDS_BEFORE.has(codes[i - 2]) && villageNamedAt(codes, i + 2, length)) &&
        // 黑岛镇山南头村: right after a town's level word, a bare name that begins a village's name is
        // that village's (山南头村), not the city named like it.
        !(lexeme.value.pinyin.length < lexeme.value.place.pinyin.length && TOWN_ENDS_BEFORE.has(codes[i - 1] as number) && villageFollows(codes, i, length)) &&
        // 杞县平城乡: right after a county, a bare name before 乡 or 镇 is a town's of that county.
        // (平城乡白丘北村: a village after it, the towns pass reads the town.)
        !(lexeme.value.pinyin.length < lexeme.value.place.pinyin.length && placeEndsAt(i) && TOWN_ENDS.has(codes[i + lexeme.length] as number) && !villageFollows(codes, i + lexeme.length + 1, length))
          ? lexeme.length
          : 0;
      const ordinaryLength = lexeme?.value.type === 'ordinary' ? lexeme.length : 0;
      // 上海世博會執行委員會: a post that ends in 委员 "member" before 会 is the start of a committee's name.
      // An ordinary word of the same span is the word (镇办 "towns and subdistricts", not a town's office).
      const composedLength =
        composed && !areaWordBefore && !villageAfterLevel && !townEndsBeforeList && !(centreInList && composed.length === CENTRE.length) && !(composed.length === 2 && composed.kind === 'body' && this.longEntryStartsAt(codes, i + 1, length)) && !(composed.kind === 'title' && this.placeRunsFromHead(codes, i, composed, length)) && !(composed.kind === 'title' && (committeeRunsOn(codes, i + composed.length) || rankRunsOn(codes, i + composed.length))) && !(lexeme?.value.type === 'ordinary' && lexeme.length === composed.length) ? composed.length : 0;
      // 五大连池市, 三明: a place of the list as long as the numbered formula read there is the place.
      const formulaLength = formula && placeLength < formula.length ? formula.length : 0;
      const sessionLength = termSession?.length ?? 0;
      const longest = Math.max(entryLength, placeLength, ordinaryLength, composedLength, formulaLength, sessionLength);

      if (longest === 0) {
        // 为普陀发展: a place the document has named in full (普陀区委书记), by its name alone.
        // (Not where the places' own rules turned down a name read here: 健康福建 is no Fujian.)
        const named = expectName || lexeme?.value.type === 'place' ? undefined : names?.placeAt(codes, i, length);
        // (A town's or village's name that begins with it is the town pass's: 盐田街道.)
        // (Nor where a place of the list starts at its second character: 郁江南宁市段 is 南宁市, not 江南.)
        if (named && !townLevelAfterName(codes, i + named.length, length) && !(named.length === 2 && this.places.crossesWords(codes, i)) && !(runsOnBefore(i) && this.places.crossesWordBefore(codes, i)) && !(named.length === 2 && runsOnBefore(i) && this.placeStartsAt(codes, i + 1, length))) {
          emit({ start: i, length: named.length }, { kind: 'place', id: '', gloss: this.placeGloss(named.place), source: 'place-list', composed: true }, named.readings);
          i += named.length;
          continue;
        }
        // 执行主席是（按姓名笔画排列）：旷立伟、…: the names listed after a title, 是 and a note on their order.
        if (expectName && (LISTED_ARE.has(codes[i] as number) || OPENING_BRACKETS.has(stream.original[i] as number))) {
          const note = orderNoteEnd(codes, stream.original, LISTED_ARE.has(codes[i] as number) ? i + 1 : i, length);
          if (note > 0) {
            i = note;
            continue;
          }
        }
        // A name after a title in quotation marks (“第一书记”周利军), or in brackets after 本报讯（韩章慧）.
        if (expectName && NAME_GAP_MARKS.has(stream.original[i] as number)) {
          // 党工委书记（兼）许洪斌: "(concurrently)" between the post and the name.
          i += OPENING_BRACKETS.has(stream.original[i] as number) && codes[i + 1] === CONCURRENTLY && CLOSING_BRACKETS.has(stream.original[i + 2] as number) ? 3 : 1;
          continue;
        }
        const last = spans.at(-1);
        const afterBody = last !== undefined && last.start + last.length === i && annotations.at(-1)?.kind === 'body';
        while (listed.length > 0 && (listed[0] as Span).start < i) listed.shift();
        const atBoundary = i === 0 || afterBody || APPOINTMENT_BOUNDARIES.has(codes[i - 1] as number) || stream.spaceBefore[i] === 1 || JOINING_NAMES.has(codes[i - 1] as number);
        if (listed.length === 0 && !expectName && atBoundary) listed = this.namesBeforeAttending(codes, stream.original, i, length, listedNameAt, cutsWord);
        if (listed.length === 0 && !expectName && OPENING_BRACKETS.has(stream.original[i] as number)) listed = creditIn(i);
        const name =
          listed[0]?.start === i
            ? (listed.shift() as Span).length
            : expectName
              ? listedNameAt(i)
              : this.nameBeforeAppointment(codes, i, length, cutsWord) ||
                (afterBody || keyAt(codes, i - DECIDED.length, DECIDED) ? this.nameBeforeTitle(codes, i, length, cutsWord) : 0) ||
                (atBoundary ? this.nameBeforeLeaderTitle(codes, i, length, cutsWord) : 0) ||
                this.nameInFrame(codes, i, length, nameAt) ||
                photoCreditAt(codes, stream, i, length);
        const known = name === 0 && names ? names.lengthAt(codes, i, length) : 0;
        if (name > 0 || known > 0) {
          const span = { start: i, length: name || known };
          const raw = readText(span);
          const readings = this.readPinyin(raw, { personName: true });
          emit(
            span,
            {
              kind: 'person',
              id: '',
              // A Tibetan name is two names of two syllables (Nima Zhuoma), or one (Jiancan), with no
              // surname; a married name of four is two surnames, then the given name (Yang He Beiyin).
              gloss:
                span.length === 4 && isMongolianName(codes, span.start, 4) && !isTibetanName(codes, span.start, 4)
                  ? romanizeName(readings, 4)
                  : span.length === 4 && !isTibetanName(codes, span.start, 4) && surnameLengthOf(raw) === 1 && isSurname([...raw][1] ?? '')
                  ? `${romanizeName(readings.slice(0, 1), 1)} ${romanizeName(readings.slice(1), 1)}`
                  : romanizeName(
                      readings,
                      span.length === 4 && isTibetanName(codes, span.start, 4)
                        ? 2
                        : span.length === 2 && isTibetanName(codes, span.start, 2) && !isSurname(raw.charAt(0))
                          ? 2
                          : surnameLengthOf(raw),
                    ),
              source: name > 0 ? 'name-after-title' : 'name-in-document',
              composed: true,
            },
            readings,
          );
          if (name > 0) names?.remember(codes, i, name);
          i += span.length;
          // 戴立华（女）、戴新贤: "(female)" after a name in a list of people.
          if (OPENING_BRACKETS.has(stream.original[i] as number) && codes[i + 1] === FEMALE && CLOSING_BRACKETS.has(stream.original[i + 2] as number) && codes[i + 3] === SEPARATOR) i += 3;
          // A list of names after one title (省领导王一、李二), or in a byline (记者 华榕 季志远).
          expectName = codes[i] === SEPARATOR && listedNameAt(i + 1) > 0;
          if (expectName) i += 1;
          else expectName = byline = byline && stream.spaceBefore[i] === 1 && nameAt(i) > 0;
          continue;
        }
        expectName = false;
        i += 1;
        continue;
      }

      // A body that begins a longer name the engine cannot read (中央审查委员会) is left unmarked,
      // that name with it: a fragment glossed as a whole organ would say something the text does not.
      const bodyLength =
        (entryLength === longest && lexeme?.value.type === 'entry' && lexeme.value.entry.kind === 'body') ||
        (composedLength === longest && composed?.kind === 'body' && entryLength < longest)
          ? longest
          : 0;
      // 地方各级人民政府, 各级党委: organs in general, which no reader can name; a level of its own
      // makes one body (各级市委 is not written).
      if (bodyLength > 0 && keyAt(codes, i - EVERY_LEVEL.length, EVERY_LEVEL) && !(composedLength === longest && composed?.jurisdiction)) {
        expectName = false;
        listLevel = undefined;
        i += bodyLength;
        continue;
      }
      const unknownEnd = bodyLength > 0 ? this.unknownOrganEnd(codes, i + bodyLength, length) : 0;
      if (unknownEnd > 0) {
        expectName = false;
        listLevel = undefined;
        i = unknownEnd;
        continue;
      }

      // Ties go to the dictionary, then the grammar, the formula pattern, the places; ordinary words
      // last. A body in a list that takes its level from the one before beats an entry of its span.
      if (entryLength === longest && lexeme?.value.type === 'entry' && !(composedLength === longest && composed?.inherited)) {
        const { entry } = lexeme.value;
        const readings = (lexeme.value.readings ??= lexeme.value.pinyin.split(' '));
        // 主任, 主席 alone right after text no mark covers (管理处主任) end a longer title the engine
        // cannot read: "Director" of what the text does not say is left unmarked with it.
        // (Not where a surname alone stands before it, as one addresses the person: 向郭主任汇报, ：夏主任.)
        const lastEnd = (spans.at(-1)?.start ?? -1) + (spans.at(-1)?.length ?? 0);
        const addressed = i > 1 && lastEnd < i && isSurnameCode(codes[i - 1]) && (!isHanCode(codes[i - 2]) || ADDRESSING.has(codes[i - 2] as number));
        if (((HEADS_OF_WHAT_PRECEDES.has(entry.id) && isHanCode(codes[i - 1]) && !addressed) || (entry.kind === 'title' && afterUnreadOrgan(codes, i))) && i > 0 && lastEnd !== i) {
          // …though a name after it is still a name (管理处主任吴军因…).
          expectName = true;
          i += entryLength;
          continue;
        }
        if (entryLength === SHORT_PARTY.length && keyAt(codes, i, SHORT_PARTY) && COUNTED_AFTER_IN_ALL.some((verb) => keyAt(codes, i + entryLength, verb, length))) {
          // 中 ends the word before; 共 "in all" is read with the count.
          expectName = false;
          i += 1;
          continue;
        }
        // 國家生態環境部, 国家住房和城乡建设部: "the state's", as Hong Kong, Macao and Taiwan and some
        // mainland texts write it before a ministry, is part of its name there.
        const national = entry.kind === 'body' && codes[i + entryLength - 1] === MINISTRY_END && !markEndsAt(i) && (keyAt(codes, i - NATIONAL.length, NATIONAL) || keyAt(codes, i - NATIONAL.length, NATIONAL_TRADITIONAL));
        emit(
          national ? { start: i - NATIONAL.length, length: NATIONAL.length + entryLength } : { start: i, length: entryLength },
          { kind: entry.kind, id: entry.id, gloss: entry.gloss ?? '', source: 'entry', composed: false },
          national ? [...NATIONAL_READINGS, ...readings] : readings,
        );
        i += entryLength;
        expectName = entry.kind === 'title' || NAME_INTRODUCING_ENTRIES.has(entry.id);
        if (entry.kind === 'person' && codes[i] === SEPARATOR && listedNameAt(i + 1) > 0) {
          // A listed person followed by an unlisted one: 市领导蒋敏、王某.
          expectName = true;
          i += 1;
        }
      } else if (composedLength === longest && composed) {
        if (composed.kind === 'title' && afterUnreadOrgan(codes, i) && !markEndsAt(i)) {
          // As for a post of the dictionary above: 管理局副局長 heads an organ not read.
          expectName = true;
          i += composedLength;
          continue;
        }
        // 海事及水務局局長, 工商及科技局, 县商务和粮食局: a bureau named for two fields joined by 及 or 和,
        // the first unread; the bureau of the second alone is a fragment of it, and is left unmarked.
        const first = composed.parts[0];
        if (first?.role === 'body' && BUREAU_ENDS.has(first.part.part.codePointAt(first.part.part.length - 1) as number) && JOINING_FIELDS.has(codes[i - 1] as number) && isHanCode(codes[i - 2]) && !markEndsAt(i - 1)) {
          expectName = composed.kind === 'title';
          i += composedLength;
          continue;
        }
        emit(
          { start: i, length: composedLength },
          {
            kind: composed.kind,
            id: '',
            gloss: composed.english,
            source: 'title-grammar',
            composed: true,
            parts: composed.parts.map(({ part, role }) => ({ text: part.part, english: partEnglish(part), role })),
          },
          composedReadings(composed),
        );
        for (const { part, role } of composed.parts) {
          const place = role === 'place' ? this.places.byName(part.part) : undefined;
          if (place) names?.rememberPlace(place);
        }
        expectName = composed.kind === 'title';
        i += composedLength;
        if (composed.kind === 'body' && composed.jurisdiction) {
          const separated = codes[i] === SEPARATOR;
          listLevel = { at: separated ? i + 1 : i, jurisdiction: composed.jurisdiction, adjoining: !separated };
        }
      } else if (formulaLength === longest && formula) {
        const raw = readText({ start: i, length: formulaLength });
        const readings = this.readPinyin(raw);
        const wordsOffset = formula.wordsStart - i;
        const chars = [...raw];
        const words = chars.slice(wordsOffset).join('');
        const wordsPinyin = readings.slice(wordsOffset).join(' ');
        const numeral = chars.slice(0, wordsOffset - 1).join('');
        const measure = chars[wordsOffset - 1] ?? '';
        emit(
          { start: i, length: formulaLength },
          {
            kind: 'formula',
            id: '',
            gloss: `the ${numberWord(formula.number)} “${words}” (${wordsPinyin}): a numbered formula not in Guanhua's dictionary`,
            source: 'formula-pattern',
            composed: true,
            literal: `${numeral} ${numberWord(formula.number)} · ${measure} (measure word) · ${words} ${wordsPinyin}`,
          },
          readings,
        );
        expectName = false;
        i += formulaLength;
      } else if (sessionLength === longest && termSession) {
        const { term, session } = termSession;
        emit(
          { start: i, length: sessionLength },
          {
            kind: 'formula',
            id: '',
            gloss: `${session.part.english} of the ${numberedOrdinal(term.value)} term (of the congress or committee the text names)`,
            source: 'title-grammar',
            composed: true,
            parts: [
              { text: term.part.part, english: term.part.english, role: 'term' },
              { text: session.part.part, english: session.part.english, role: 'session' },
            ],
          },
          [...term.part.pinyin.split(' '), ...session.part.pinyin.split(' ')],
        );
        expectName = false;
        i += sessionLength;
      } else if (placeLength === longest && lexeme?.value.type === 'place') {
        const { place } = lexeme.value;
        const readings = (lexeme.value.readings ??= lexeme.value.pinyin.split(' '));
        // A county's or city's name without its level, then 镇, 乡 or 街道: a town of that name (古交镇).
        const bare = lexeme.value.pinyin.length < place.pinyin.length;
        // 监利县: a county-level city or district by the county it was.
        if (bare && formerCountyAt(place, codes, i + placeLength, length)) {
          const span = { start: i, length: placeLength + 1 };
          emit(span, { kind: 'place', id: '', gloss: `${place.english} County`, source: 'place-pattern', composed: true }, [...readings, ...this.readPinyin(readText({ start: i + placeLength, length: 1 }))]);
          expectName = false;
          i += span.length;
          continue;
        }
        const after = bare ? townLevelAfterName(codes, i + placeLength, length) : undefined;
        // A village or community takes the name of a county or district (嘉陵村, 东海社区), hardly of a
        // city (宜宾村集体经济 is Yibin's village collective economy) unless right after its town
        // (海口镇海林村), and not before a word of the village's (村集体, 村干部, 村务).
        const villageLike = after?.level === 'village' || after?.level === 'community';
        const afterTown = placeEndsAt(i) && TOWN_ENDS.has(codes[i - 1] as number);
        const town = villageLike && ((place.level.endsWith('市') && !afterTown) || VILLAGE_WORDS.has(codes[i + placeLength + after.length] as number)) ? undefined : after;
        if (town) {
          const span = { start: i, length: placeLength + town.length };
          const levelReadings = this.readPinyin(readText({ start: i + placeLength, length: town.length }));
          const gloss = `${place.english} ${TOWN_LEVEL_ENGLISH[town.level]}`;
          emit(span, { kind: 'place', id: '', gloss, source: 'place-pattern', composed: true }, [...readings, ...levelReadings]);
          expectName = false;
          i += span.length;
          continue;
        }
        emit({ start: i, length: placeLength }, { kind: 'place', id: '', gloss: this.placeGloss(place), source: 'place-list', composed: true }, readings);
        // Named with its level (普陀区, 石柱县): its name alone may follow.
        if (placeLength > [...place.stem].length) names?.rememberPlace(place);
        expectName = false;
        i += placeLength;
      } else {
        // 记者 华榕: a reporter's name follows. A credit's label ends in its colon (编辑：王润珠), which
        // the match reads as any separator: not after a comma (审核，杜绝…).
        const label = ordinaryLength > 0 && codes[i + ordinaryLength - 1] === SEPARATOR;
        expectName = byline =
          lexeme?.value.type === 'ordinary' && lexeme.value.introducesName === true && (!label || COLONS.has(stream.original[i + ordinaryLength - 1] as number));
        // 班子成员丁裕、葛仲欢…, 选举龙超云、张群…为: a team's members or those elected only where a list of
        // names (、, not a comma: 严肃换届选举纪律，), 为 "as" or a verb that follows names comes after the
        // name (not 班子成员包管理区, 选举方式).
        if (expectName && lexeme?.value.type === 'ordinary' && lexeme.value.listsNames) {
          const name = listedNameAt(i + ordinaryLength);
          const after = i + ordinaryLength + name;
          expectName = byline = name > 0 && (stream.original[after] === LIST_COMMA || codes[after] === APPOINTED_AS || verbAfterNameAt(codes, after, length));
        }
        i += ordinaryLength;
      }
    }
    // Where the marks stand and where places end; the towns found add their ends (清水乡前汪村…).
    const coverage = coverageOf(stream.length, annotations, spans);
    const read = townsAt(stream.codes, stream.length, (at) => coverage.covered[at] === 0, coverage.placeEnds, stream.original, this.ethnicAt);
    // (Not a place named bare in a list: its level is not written with it.)
    for (const town of read) if (town.levelEnglish === undefined) names?.rememberTown(codes, town);
    // The names pass learns the towns too, so that a headline before the sentence that reads the town gets it.
    if (this.namesOnly) {
      if (names) for (const town of clauseTowns(codes, length, (at) => coverage.covered[at] === 0, this.isWordAt(codes))) names.countTown(codes, town);
      return annotations;
    }
    const again = names?.hasTowns ? this.rememberedTowns(stream, coverage, read, names) : [];
    // A village and its post may follow a town read again (北山镇 + 仁村村党支部书记), as after any town.
    for (const town of again) coverage.placeEnds.add(town.start + town.length);
    /** Towns read where they name a village's town before its post (townsInTitles). */
    const villageTowns: TownMatch[] = [];
    /** The titles that took a town's name in: a town read inside one is the title's (清水乡前汪村村委会主任). */
    const townsTakenIn: Span[] = [];
    for (const { index, name, readings, gloss, parts, composed } of this.townsInTitles(stream, annotations, spans, coverage, readText, villageTowns, names)) {
      const annotation = annotations[index] as Annotation;
      const span = spans[index] as Span;
      const whole = { start: name.start, length: span.start + span.length - name.start };
      const { start: _start, end: _end, text: _text, readings: titleReadings, ...fields } = annotation;
      const own = composed && { id: '', source: 'title-grammar' as const, composed: true };
      annotations[index] = make(whole, { ...fields, ...own, gloss, parts }, [...readings, ...titleReadings]);
      spans[index] = whole;
      townsTakenIn.push(whole);
    }
    for (const town of villageTowns) names?.rememberTown(codes, town);
    // A town read twice (by its place and again before its village's post) is marked once.
    const towns = [...read, ...again, ...villageTowns]
      .filter((town) => !townsTakenIn.some((title) => town.start >= title.start && town.start < title.start + title.length))
      .sort((a, b) => a.start - b.start)
      .filter((town, index, sorted) => index === 0 || (sorted[index - 1] as TownMatch).start !== town.start)
      .map((town) => this.townMark(town, readText));
    if (towns.length > 0) {
      // Both lists are in order of position: merge them.
      const merged = mergeInOrder(
        annotations.map((annotation, index) => ({ annotation, span: spans[index] as Span })),
        towns.map((town) => ({ annotation: make(town.span, town.fields, town.readings), span: town.span })),
      );
      annotations.length = 0;
      spans.length = 0;
      for (const { annotation, span } of merged) {
        annotations.push(annotation);
        spans.push(span);
      }
    }
    this.leadingModifiers(stream, annotations, spans, make);
    this.ministryDepartments(stream, annotations, spans, readText, make);
    this.bodySections(stream, annotations, spans, readText, make);
    this.missions(stream, annotations, spans, readText, make);
    joinPlaces(annotations, spans, make, (text) => this.composer.namedUnits.has(text), (inner, outer) => this.placeLiesWithin(inner, outer));
    localSessions(codes, annotations, spans, make);
    joinTaxBureaus(annotations, spans, make);
    placeSlogans(codes, annotations, spans, make);
    strategies(codes, length, annotations, spans, make);
    joinForeignHeads(annotations, spans, make);
    const slogans = this.unlistedSlogans(stream, annotations, spans, readText);
    if (slogans.length === 0) return withoutOverlaps(annotations, spans);
    // Each unlisted slogan takes the place of the words marked inside it.
    const kept: { annotation: Annotation; span: Span }[] = [];
    let next = 0;
    for (const [index, annotation] of annotations.entries()) {
      const span = spans[index] as Span;
      while (next < slogans.length && (slogans[next] as ExtraMark).span.start + (slogans[next] as ExtraMark).span.length <= span.start) next += 1;
      const slogan = slogans[next];
      if (!slogan || !inside(span, slogan.span)) kept.push({ annotation, span });
    }
    const merged = mergeInOrder(
      kept,
      slogans.map((slogan) => ({ annotation: make(slogan.span, slogan.fields, slogan.readings), span: slogan.span })),
    );
    return withoutOverlaps(
      merged.map(({ annotation }) => annotation),
      merged.map(({ span }) => span),
    );
  }

  /**
   * Composed titles and bodies that start with a town's level word and have the town's name before
   * them, after a place: 上饶县清水乡党委书记 "Secretary of the CPC Qingshui Township Committee". For each, its
   * index, the name's span, and the gloss and parts with the name put in.
   */
  private townsInTitles(
    stream: Stream,
    annotations: readonly Annotation[],
    spans: readonly Span[],
    { covered, placeEnds }: Coverage,
    readText: (span: Span) => string,
    towns: TownMatch[],
    names: NameMemory | undefined,
  ) {
    const isWord = this.isWordAt(stream.codes);
    /** `composed`: the mark was a dictionary entry and is now a name the engine put together. */
    const found: { index: number; name: Span; readings: string[]; gloss: string; parts: ComposedPart[]; composed?: true }[] = [];
    /** The name before a mark, put into its English before `english` and into its parts. */
    /** `nameLength`: how many of the name's characters its English romanizes (福成 of 福成村, whose 村 is "Village"). */
    const named = (index: number, name: Span, english: string, town?: TownMatch, nameLength = name.length) => {
      const annotation = annotations[index] as Annotation;
      const at = annotation.gloss.search(new RegExp(`\\b${english.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\b`, 'u'));
      if (at < 0) return;
      const text = readText(name);
      const readings = this.readPinyin(text).slice(0, name.length);
      // 平凉路街道党工委 "Pingliang Road Subdistrict …".
      const road = ROAD_LEVELS.has(english) ? roadOfName([...text].slice(0, nameLength)) : undefined;
      // An ethnic township's peoples after its name: "Pihe Nu Ethnic Township".
      const romanized = town?.ethnic
        ? `${romanizeName(readings.slice(0, town.nameLength), town.nameLength)} ${town.ethnic.join(' and ')} Ethnic`
        : road
          ? `${romanizeName(readings.slice(0, road.nameLength), road.nameLength)} ${road.english}`
          : romanizeName(readings.slice(0, nameLength), nameLength);
      found.push({
        index,
        name,
        readings,
        gloss: `${annotation.gloss.slice(0, at)}${romanized} ${annotation.gloss.slice(at)}`,
        parts: [{ text: readText(name), english: romanized, role: 'place' }, ...(annotation.parts ?? [])],
      });
    };
    /** After 、 in a list of posts and names: 副所长杨明军、华新水务管理所副所长王飚. */
    const listed = (at: number) => {
      const before = spans.findIndex((other) => other.start + other.length === at - 1);
      return stream.original[at - 1] === LIST_COMMA && before >= 0 && annotations[before]?.kind === 'person';
    };
    const free = (at: number) => covered[at] === 0;
    for (const [index, span] of spans.entries()) {
      const annotation = annotations[index] as Annotation;
      // 、布摆村委会, 在甲甸村委会: a village's name before its committee, an entry of the dictionary.
      if (annotation.source === 'entry' && annotation.id === VILLAGE_COMMITTEE && VILLAGE_COMMITTEE_SHORT.has(annotation.text)) {
        const start = villageNameBeforeBody(stream.codes, span.start, free, isWord);
        if (start < 0) continue;
        const name = { start, length: span.start - start };
        const readings = this.readPinyin(readText(name)).slice(0, name.length);
        const romanized = romanizeName(readings, name.length);
        found.push({
          index,
          name,
          readings,
          gloss: `${romanized} Village Committee`,
          parts: [
            { text: readText(name), english: romanized, role: 'place' },
            { text: annotation.text, english: 'Villagers\' Committee', role: 'body' },
          ],
          composed: true,
        });
        continue;
      }
      if (annotation.source !== 'title-grammar') continue;
      // 练塘 + 水务管理所, 临港 + 开发区: a unit or zone with a name of its own before it.
      const first = annotation.parts?.[0];
      const unit = first && ((first.role === 'body' && this.composer.namedUnits.has(first.text)) || (first.role === 'jurisdiction' && this.composer.zones.has(first.text)));
      if (unit) {
        // A zone's name not in a list of posts (a word before a zone is likelier there).
        const start = unitNameBefore(stream.codes, span.start, free, placeEnds, isWord, first.role === 'body' ? listed : () => false);
        if (start >= 0) named(index, { start, length: span.start - start }, first.english);
        continue;
      }
      const level = townLevelAt(stream.codes, span.start, span.start + span.length);
      if (!level) continue;
      let start = townNameBefore(stream.codes, span.start, free, placeEnds, isWord);
      // 北山镇仁村村党支部书记: with no place before, a town at the start of the clause names the
      // village's town; the town is marked as a place, and the title takes it in (joinPlaces).
      const town = start < 0 && level === 'village' ? townBeforeVillage(stream.codes, span.start, free, isWord) : undefined;
      if (town) {
        start = town.start + town.length;
        towns.push(town);
      }
      // 福成村村委会副主任: a village's name and its own 村 opening a clause before a post whose 村
      // doubles it (with one 村 a verb is as likely: ，加强村党组织建设).
      const village = start < 0 && level === 'village' ? villageNameBeforePost(stream.codes, span.start, free, isWord) : undefined;
      if (village) {
        named(index, { start: village.start, length: span.start - village.start }, TOWN_LEVEL_ENGLISH[level], undefined, village.nameLength);
        continue;
      }
      // ，国庆乡党委, ，东郭镇党委书记: a name opening a clause before the town's own Party committee or
      // government, or a post of it (there only a name that holds no word: 会议由, 最后 open clauses too).
      if (start < 0) start = townOpeningClause(stream.codes, span.start, span.start + span.length, free, isWord, annotation.kind === 'title');
      // 福贡县匹河怒族乡人民政府: an ethnic township's name and peoples after a place.
      const ethnic = start < 0 && (level === 'township' || level === 'town') ? ethnicTownBefore(stream.codes, span.start, free, placeEnds, this.ethnicAt) : undefined;
      if (ethnic) {
        named(index, { start: ethnic.start, length: span.start - ethnic.start }, TOWN_LEVEL_ENGLISH[level], ethnic);
        continue;
      }
      // 张王镇党委书记: a town the document has named before (NameMemory) takes the title in.
      const levelLength = level === 'subdistrict' ? 2 : 1;
      for (let nameLength = 2; start < 0 && names?.hasTowns && nameLength <= 3; nameLength += 1) {
        const known = names.townAt(stream.codes, span.start - nameLength, span.start + levelLength);
        let open = known?.length === nameLength + levelLength;
        for (let at = span.start - nameLength; open && at < span.start; at += 1) open = free(at);
        if (open) start = span.start - nameLength;
      }
      if (start >= 0) named(index, { start, length: span.start - start }, TOWN_LEVEL_ENGLISH[level]);
    }
    return found;
  }

  /**
   * A department (司) of a national ministry or commission, named between the ministry and its post:
   * 外交部亚西及非洲司司长 "Director-General of a department of the Ministry of Foreign Affairs",
   * 国家统计局国民经济综合统计司副司长. The department's own name has no English in the dictionary and
   * is read with its pinyin. Only after a body of the dictionary or one the grammar names at the
   * national level, and only where a post of the department follows (司长, 副司长, 负责人) or the
   * text stops after 司: elsewhere a 司 ends other words (公司 "company").
   */
  private ministryDepartments(stream: Stream, annotations: Annotation[], spans: Span[], readText: (span: Span) => string, make: MakeMark): void {
    const { codes, original } = stream;
    for (let index = annotations.length - 1; index >= 0; index -= 1) {
      const annotation = annotations[index] as Annotation;
      const span = spans[index] as Span;
      if (annotation.kind !== 'body' || !(annotation.source === 'entry' || keyAt(codes, span.start, NATIONAL) || keyAt(codes, span.start, NATIONAL_TRADITIONAL))) continue;
      const from = span.start + span.length;
      const next = spans[index + 1];
      let department = 0;
      for (let at = from + 1; at < from + DEPARTMENT_NAME_MAX && at < codes.length; at += 1) {
        if (!isHanCode(codes[at]) || NOT_IN_DEPARTMENT.has(codes[at]) || (next && next.start <= at && codes[at] !== DEPARTMENT)) break;
        if (codes[at] === DEPARTMENT && at > from && codes[at - 1] !== COMPANY_FIRST) {
          department = at + 1;
          break;
        }
      }
      if (department === 0) continue;
      const post = DEPARTMENT_POSTS.find(({ key }) => keyAt(codes, department, key));
      if (!post && isHanCode(original[department])) continue;
      this.joinUnit(stream, annotations, spans, readText, make, { index, unitEnd: department, post, unit: 'Department', of: 'a department of the' });
    }
  }

  /**
   * 南县财政局 + 行政政法股 + 股长, 市委农村部 + 新农村科 + 科长: a section (股, 科) of a body, named
   * by two to eight characters, then its head. Only with the post: a section's name alone is
   * too like the words after a body (财政局统计数据) to read.
   */
  private bodySections(stream: Stream, annotations: Annotation[], spans: Span[], readText: (span: Span) => string, make: MakeMark): void {
    const { codes } = stream;
    for (let index = annotations.length - 1; index >= 0; index -= 1) {
      if ((annotations[index] as Annotation).kind !== 'body') continue;
      const from = (spans[index] as Span).start + (spans[index] as Span).length;
      for (let at = from; at <= from + SECTION_NAME.max && at < stream.length; at += 1) {
        const post = at >= from + SECTION_NAME.min && SECTION_ENDS.has(codes[at]) ? SECTION_POSTS.find(({ key, section }) => section === codes[at] && keyAt(codes, at + 1, key)) : undefined;
        if (post) {
          const division = post.division === true;
          this.joinUnit(stream, annotations, spans, readText, make, { index, unitEnd: at + 1, post, unit: division ? 'Division' : 'Section', of: division ? 'a division of the' : 'a section of the' });
          break;
        }
        if (!isHanCode(codes[at]) || NOT_IN_DEPARTMENT.has(codes[at])) break;
      }
    }
  }

  /**
   * The body marked at `index`, the unit named after it up to `unitEnd` (a ministry's department, a
   * bureau's section) and the unit's post, as one mark; every mark inside gives way to it.
   */
  private joinUnit(
    stream: Stream,
    annotations: Annotation[],
    spans: Span[],
    readText: (span: Span) => string,
    make: MakeMark,
    { index, unitEnd, post, unit, of: ofWhat }: { index: number; unitEnd: number; post: UnitPost | undefined; unit: string; of: string },
  ): void {
    const annotation = annotations[index] as Annotation;
    const span = spans[index] as Span;
    const from = span.start + span.length;
    const end = unitEnd + (post?.key.length ?? 0);
    let last = index + 1;
    while (last < spans.length && (spans[last] as Span).start < end) last += 1;
    if (last > index + 1 && (spans[last - 1] as Span).start + (spans[last - 1] as Span).length > end) return;
    const whole = { start: span.start, length: end - span.start };
    const body = annotation.gloss.replace(/\s*\([^)]*\)/g, '').trim();
    const named = { start: from, length: unitEnd - from };
    const readings = [...annotation.readings, ...this.readPinyin(readText(named)).slice(0, named.length), ...(post?.readings ?? [])];
    const parts: ComposedPart[] = [
      ...(annotation.parts ?? [{ text: annotation.text, english: body, role: 'body' as const }]),
      { text: readText(named), english: unit, role: 'body' },
      ...(post ? [{ text: readText({ start: unitEnd, length: post.key.length }), english: post.english, role: 'post' as const }] : []),
    ];
    const of = `${ofWhat} ${body.replace(/^the /u, '')}`;
    const fields = { kind: post ? ('title' as const) : ('body' as const), id: '', gloss: post ? `${post.english} of ${of}` : titleCaseFirst(of), source: 'title-grammar' as const, composed: true, parts };
    annotations.splice(index, last - index, make(whole, fields, readings));
    spans.splice(index, last - index, whole);
    // The name after the post, as after any title (司长付凌晖, 股长宋力).
    if (post && post.key.length <= 3) this.nameAfterPost(stream.codes, end, index, annotations, spans, readText, make);
  }

  /** The name right after a post a pass has just put together at `index` (司长付凌晖, 大使谢锋), where no mark stands. */
  private nameAfterPost(codes: ArrayLike<number>, end: number, index: number, annotations: Annotation[], spans: Span[], readText: (span: Span) => string, make: MakeMark): void {
    const name = this.nameAt(codes, end, codes.length);
    if (name === 0 || (spans[index + 1]?.start ?? Infinity) < end + name) return;
    const nameSpan = { start: end, length: name };
    const raw = readText(nameSpan);
    const nameReadings = this.readPinyin(raw, { personName: true });
    annotations.splice(index + 1, 0, make(nameSpan, { kind: 'person', id: '', gloss: romanizeName(nameReadings, surnameLengthOf(raw)), source: 'name-after-title', composed: true }, nameReadings));
    spans.splice(index + 1, 0, nameSpan);
  }

  /**
   * A diplomatic mission or its head: 驻, a country the engine marked as a place, then 大使馆, 大使,
   * 总领事馆 … (驻日本大使馆 "Embassy in Japan", 中国驻美国大使 "Chinese Ambassador to the United
   * States"), with the sending state when it is written before 驻; the name after a head, as after
   * any title (驻美国大使谢锋).
   */
  private missions(stream: Stream, annotations: Annotation[], spans: Span[], readText: (span: Span) => string, make: MakeMark): void {
    const { codes } = stream;
    // Where 驻 stands before a country: a place the engine marked, or 华 "China" (驻华大使), which no mark covers.
    const stations: { stationed: number; country: Span; english: string; readings: readonly string[] }[] = [];
    for (const [index, annotation] of annotations.entries()) {
      const span = spans[index] as Span;
      if (annotation.kind === 'place' && span.start > 0 && STATIONED.has(codes[span.start - 1] as number)) {
        stations.push({ stationed: span.start - 1, country: span, english: annotation.gloss.replace(/\s*\([^)]*\)/g, '').trim(), readings: annotation.readings });
      }
    }
    for (let at = 0; at + 2 < stream.length; at += 1) {
      if (!STATIONED.has(codes[at]) || !CHINA.has(codes[at + 1])) continue;
      const covering = spans.find((span) => span.start + span.length > at);
      if (covering && covering.start < at + 2) continue;
      stations.push({ stationed: at, country: { start: at + 1, length: 1 }, english: 'China', readings: ['huá'] });
    }
    stations.sort((a, b) => b.stationed - a.stationed);
    for (const station of stations) {
      const { stationed, country } = station;
      const after = country.start + country.length;
      const mission = MISSIONS.find(({ key }) => keyAt(codes, after, key));
      if (!mission) continue;
      const end = after + mission.key.length;
      // The marks from the one at or after 驻 up to the end of the mission's name.
      let first = spans.findIndex((span) => span.start + span.length > stationed);
      if (first < 0) first = spans.length;
      let last = first;
      while (last < spans.length && (spans[last] as Span).start < end) last += 1;
      if (last > first && (spans[last - 1] as Span).start + (spans[last - 1] as Span).length > end) continue;
      // The sending state right before 驻: China or Taiwan, marked or not, or another country marked
      // as a place (巴西驻成都总领事馆 "Consulate General of Brazil in Chengdu").
      const named = SENDING_STATES.find(({ key }) => keyAt(codes, stationed - key.length, key));
      const previous = first > 0 ? (spans[first - 1] as Span) : undefined;
      const marked = previous && previous.start + previous.length === stationed && annotations[first - 1]?.kind === 'place' ? (annotations[first - 1] as Annotation) : undefined;
      const stateLength = named ? named.key.length : marked ? (previous as Span).length : 0;
      const start = stationed - stateLength;
      while (first > 0 && (spans[first - 1] as Span).start >= start) first -= 1;
      if (first > 0 && (spans[first - 1] as Span).start + (spans[first - 1] as Span).length > start) continue;
      const of = !named && marked ? ` of ${marked.gloss.replace(/\s*\([^)]*\)/g, '').trim()}` : '';
      const the = /^(United|Republic|Kingdom|Holy|Netherlands|Philippines|Czech)/u.test(station.english) ? 'the ' : '';
      const gloss = `${named ? `${named.english} ` : ''}${mission.noun}${of} ${mission.to} ${the}${station.english}`;
      const head = { start, length: stationed + 1 - start };
      const readings = [...this.readPinyin(readText(head)).slice(0, head.length), ...station.readings, ...mission.readings];
      const parts: ComposedPart[] = [
        ...(stateLength > 0 ? [{ text: readText({ start, length: stateLength }), english: named?.english ?? of.slice(4), role: 'jurisdiction' as const }] : []),
        { text: readText(country), english: station.english, role: 'place' },
        { text: readText({ start: after, length: mission.key.length }), english: mission.noun, role: mission.kind === 'title' ? 'post' : 'body' },
      ];
      const whole = { start, length: end - start };
      annotations.splice(first, last - first, make(whole, { kind: mission.kind, id: '', gloss, source: 'title-grammar', composed: true, parts }, readings));
      spans.splice(first, last - first, whole);
      if (mission.kind === 'title') this.nameAfterPost(codes, end, first, annotations, spans, readText, make);
    }
  }

  /**
   * 代理 "acting" and 原 "former" before a title at the start of a clause are part of it:
   * 、代理漳州市人民政府市长 "Acting Mayor of …", ，原村委会主任刘宝青 "Former Director of …". Elsewhere
   * 代理 is mostly the verb (郑皓副区长代理区长职务 "acts as"), and 原 ends a word (草原, 平原) or says
   * what a post was called (原省委书记改称副书记): 原 is taken only where a name or another post follows.
   */
  private leadingModifiers(stream: Stream, annotations: Annotation[], spans: Span[], make: MakeMark): void {
    const { codes, original } = stream;
    for (const [index, annotation] of annotations.entries()) {
      if (annotation.kind !== 'title') continue;
      const span = spans[index] as Span;
      const modifier = LEADING_MODIFIERS.find(({ key }) => keyAt(codes, span.start - key.length, key));
      if (!modifier) continue;
      const start = span.start - modifier.key.length;
      const before = codes[start - 1];
      const previous = spans[index - 1];
      if (previous && previous.start + previous.length > start) continue;
      // 垦东街道原党工委书记: after a town read where it stands, 原 is the title's (joinPlaces then joins them).
      const afterTown = previous !== undefined && previous.start + previous.length === start && annotations[index - 1]?.source === 'place-pattern';
      if (start > 0 && isHanCode(before) && !(modifier.afterAppointing && APPOINTED_TO.has(before as number)) && !afterTown) continue;
      const end = span.start + span.length;
      const nameAfter = annotations[index + 1]?.kind === 'person' && spans[index + 1]?.start === end;
      if (modifier.needsFollower && !nameAfter && original[end] !== LIST_COMMA) continue;
      const whole = { start, length: span.length + modifier.key.length };
      const { start: _start, end: _end, text: _text, readings, ...fields } = annotation;
      const parts = fields.parts && [{ text: modifier.text, english: modifier.english, role: 'modifier' as const }, ...fields.parts];
      annotations[index] = make(whole, { ...fields, gloss: `${modifier.english} ${annotation.gloss}`, ...(parts && { parts }) }, [...modifier.readings, ...readings]);
      spans[index] = whole;
    }
  }

  /** Whether a word of the lexicon or a verb that often stands before a title fills a span: no town's name. */
  private isWordAt(codes: ArrayLike<number>): (start: number, length: number) => boolean {
    return (start, length) => {
      const word = this.lexicon.longestAt(codes, start, start + length);
      return (word?.length === length && word.value.type !== 'place') || VERBS_AFTER_NAME.has(keyOf(codes, start, length));
    };
  }

  /**
   * The mark of a town, township, subdistrict or village the list of divisions does not hold, read
   * from where it stands (engine/town-pattern.ts): after a place, in a list of its own kind, where
   * the sentence frames it as a place, or where the document read it before.
   */
  private townMark(town: TownMatch, readText: (span: Span) => string): ExtraMark {
    const span = { start: town.start, length: town.length };
    const text = readText(span);
    const readings = this.readPinyin(text);
    // 四平路街道 "Siping Road Subdistrict", 延吉东路街道 "Yanji East Road Subdistrict", 五一路社区 "Wuyi Road Community".
    const road = (town.level === 'subdistrict' || town.level === 'community') && town.levelEnglish === undefined ? roadOfName([...text].slice(0, town.nameLength)) : undefined;
    const nameLength = road?.nameLength ?? town.nameLength;
    const name = `${romanizeName(readings.slice(0, nameLength), nameLength)}${road ? ` ${road.english}` : ''}`;
    // 匹河怒族乡 "Pihe Nu Ethnic Township".
    const peoples = town.ethnic ? ` ${town.ethnic.join(' and ')} Ethnic` : '';
    return {
      span,
      fields: { kind: 'place', id: '', gloss: `${name}${peoples} ${town.levelEnglish ?? TOWN_LEVEL_ENGLISH[town.level]}`, source: 'place-pattern', composed: true },
      readings,
    };
  }

  /** Towns read earlier in the document, where they come back with nothing marked on them (菁芜洲镇：…). */
  private rememberedTowns(stream: Stream, { covered }: Coverage, read: readonly TownMatch[], names: NameMemory): TownMatch[] {
    const again: TownMatch[] = [];
    const taken = new Uint8Array(stream.length);
    for (const town of read) taken.fill(1, town.start, town.start + town.length);
    for (let at = 0; at < stream.length; at += 1) {
      if (covered[at] === 1 || taken[at] === 1) continue;
      const town = names.townAt(stream.codes, at, stream.length);
      if (!town) continue;
      let free = true;
      for (let inside = at; inside < at + town.length; inside += 1) if (covered[inside] === 1 || taken[inside] === 1) free = false;
      if (!free) continue;
      again.push(town);
      at += town.length - 1;
    }
    return again;
  }

  /**
   * The quoted phrases and parallel enumerations of the stream (engine/slogan-pattern.ts) that
   * make unlisted slogans: no name, place or formula inside or across them, and not every Han
   * character already inside a term of the dictionary (“不忘初心、牢记使命” is its entry). Their
   * readings are the dictionary's where its terms stand inside, pinyin-pro's elsewhere.
   */
  private unlistedSlogans(stream: Stream, annotations: readonly Annotation[], spans: readonly Span[], readText: (span: Span) => string): ExtraMark[] {
    const found: ExtraMark[] = [];
    const original = stream.original.subarray(0, stream.length);
    for (const pattern of sloganPatterns(original)) {
      const span = { start: pattern.start, length: pattern.length };
      const within: number[] = [];
      let blocked = false;
      // “兴业、惠民、优政”: of parallel clauses in quotation marks, one that reads as a place's bare
      // name (Xingye County) is the word like the others, not the place.
      const clauses = pattern.shape === 'quoted' ? parallelClauses(original, span) : [];
      // A quoted list of three or more (“党政同责、一岗双责、齐抓共管、失职追责”) is one slogan though
      // some of its items are slogans of their own.
      const quotedList = pattern.shape === 'quoted' && (pattern.items ?? 1) >= QUOTED_LIST_ITEMS;
      let placeClauses = 0;
      // The spans are in order and do not overlap: start from the first that ends after the phrase starts.
      for (let index = firstEndingAfter(spans, span.start); index < spans.length; index += 1) {
        const other = spans[index] as Span;
        if (other.start >= span.start + span.length) break;
        const annotation = annotations[index] as Annotation;
        const placeClause = annotation.kind === 'place' && clauses.some((clause) => clause.start === other.start && clause.length === other.length);
        if (placeClause) placeClauses += 1;
        else if (!inside(other, span) || !(VOCABULARY_KINDS.has(annotation.kind) || (quotedList && annotation.kind === 'slogan'))) blocked = true;
        // An enumeration one of whose items is a term keeps its terms: 战略思维、创新思维、底线思维.
        if (pattern.shape === 'parallel' && other.length >= PARALLEL_ITEM) blocked = true;
        within.push(index);
      }
      if (blocked || placeClauses * 2 >= Math.max(clauses.length, 1)) continue;
      let uncovered = 0;
      const readings = new Array<string | undefined>(span.length);
      for (const index of within) {
        const other = spans[index] as Span;
        const annotation = annotations[index] as Annotation;
        for (let k = 0; k < other.length; k += 1) readings[other.start - span.start + k] = annotation.readings[k] ?? '';
      }
      for (let k = 0; k < span.length; k += 1) if (readings[k] === undefined && isHanCode(stream.codes[span.start + k])) uncovered += 1;
      if (uncovered === 0) continue;
      const raw = readText(span);
      const read = this.readPinyin(raw);
      const shape = pattern.numbered ? 'a numbered formula in quotation marks' : pattern.shape === 'quoted' ? 'a phrase in quotation marks' : 'parallel phrases';
      found.push({
        span,
        fields: { kind: pattern.numbered ? 'formula' : 'slogan', id: '', gloss: `${shape} with no entry of its own`, source: 'slogan-pattern', composed: true },
        readings: Array.from({ length: span.length }, (_, k) => readings[k] ?? read[k] ?? ''),
      });
    }
    return found;
  }

  /**
   * Whether a place read without its level follows a surname: 张德江, 王东明, 李长春 are people, not
   * the counties 德江 and 东明 or the city 长春. Not after a place (浙江宁波, 江蘇南通: the surname
   * 江 or 苏 ends it), nor after 于, 任 or 陆 that end a word or are a verb (关于内蒙古, 分别任武义,
   * 大陸廈門); a name after a title (副市长于长春) is read before any place in it is looked at.
   */
  private namePrecedes(codes: ArrayLike<number>, at: number, { place, pinyin }: { place: PlaceRecord; pinyin: string }, placeEndsHere: boolean): boolean {
    // A bare or short name reads fewer syllables than the full one.
    const bare = pinyin.length < place.pinyin.length;
    if (!bare || at === 0 || placeEndsHere || !isSurnameCode(codes[at - 1])) return false;
    // 全 "the whole" before a place (全臺灣唯一, 全西藏) far more often than the surname 全 before a name.
    if (codes[at - 1] === WHOLE) return false;
    return !(WORD_END_SURNAMES.has(codes[at - 1] as number) && at >= 2 && isHanCode(codes[at - 2]));
  }

  /**
   * Whether a province's name starts at `at`, inside a bare name of two that would end there and that
   * runs on from the word before it: 美丽新宁夏 is "a beautiful new Ningxia", not Xinning County and
   * 夏; 亲临江苏 "came to Jiangsu in person", not Linjiang.
   */
  private provinceStartsAt(codes: ArrayLike<number>, at: number, end: number): boolean {
    const next = this.lexicon.longestAt(codes, at, end);
    return next?.value.type === 'place' && next.length >= 2 && next.value.place.parent === undefined;
  }

  /** Whether a unit is of the county level (its parent has a parent): 青羊区, not 广西 or 成都. */
  private isCountyLevel(place: PlaceRecord): boolean {
    return place.parent !== undefined && this.places.byName(place.parent)?.parent !== undefined;
  }

  /** Whether a title starts at `at`: an entry of the dictionary or one the grammar composes. */
  private titleAt(codes: ArrayLike<number>, at: number, end: number, cutsWord: (at: number, length: number) => boolean): boolean {
    const entry = this.lexicon.longestAt(codes, at, end);
    return (entry?.value.type === 'entry' && entry.value.entry.kind === 'title') || this.composer.composeAt(codes, at, end, cutsWord)?.kind === 'title';
  }

  /** Whether a title or body the grammar composes at `at` begins with a zone (园区党工委委员, 开发区管委会). */
  private zoneStartsAt(codes: ArrayLike<number>, at: number, end: number, cutsWord: (at: number, length: number) => boolean): boolean {
    const first = this.composer.composeAt(codes, at, end, cutsWord)?.parts[0];
    return first?.role === 'jurisdiction' && this.composer.zones.has(first.part.part);
  }

  /**
   * Whether a list of levels that says what kind of thing follows goes on at `at`: 和省市各级媒体,
   * 、省、市新闻媒体, 和省级环保督察 (the levels of media or inspections); not 、省、市有关会议精神 or
   * 和省委, where 中央 is the authorities that hold meetings and decide.
   */
  private levelsListedAfter(codes: ArrayLike<number>, original: ArrayLike<number>, at: number, end: number): boolean {
    let next = at;
    let levels = 0;
    while (next < end && LEVEL_LIST_JOINS.has(original[next] as number)) {
      const level = this.composer.levelLengthAt(codes, next + 1, end);
      if (level === 0) break;
      next += 1 + level;
      // 省市 "province and city", 省、市: levels written together.
      for (let more = this.composer.levelLengthAt(codes, next, end); more > 0; more = this.composer.levelLengthAt(codes, next, end)) next += more;
      levels += 1;
    }
    if (levels === 0 || this.composer.composeAt(codes, at + 1, end) !== undefined) return false;
    // (省级 "provincial-level": a level that ends in 级 qualifies what follows it.)
    return GRADES.has(codes[next - 1] as number) || KINDS_AFTER_LEVELS.some((word) => keyAt(codes, next, word, end));
  }

  /**
   * Whether the 长 that ends a composed head of a level (省长, 市长, 县长) begins a place that runs
   * past it: 湖南省长沙市 is 湖南省 + 长沙市, 江苏省长江水污染防治条例 is 江苏省 + 长江, not a governor and
   * a name. A place with its level written (长沙市, 长宁县) always wins; a bare one (长江) or a
   * street (长安街) only where a place's name begins the head (江苏省长, not 市长江训开 "Mayor Jiang
   * Xunkai").
   */
  private placeRunsFromHead(codes: ArrayLike<number>, start: number, composed: ComposedName, end: number): boolean {
    const last = start + composed.length - 1;
    if (!HEADS.has(codes[last] as number) || composed.parts.at(-1)?.role !== 'post' || composed.parts.some((part) => part.role === 'modifier')) return false;
    // 北京市长安街, 西城区长江路: a street named with 长 and one more character.
    if (composed.parts[0]?.role === 'place' && isHanCode(codes[last + 1]) && streetAt(codes, last + 2)) return true;
    const place = this.lexicon.longestAt(codes, last, end);
    if (!place || place.length < 2 || !isPlaceLexeme(place.value)) return false;
    const levelWritten = place.value.type === 'place' && place.value.pinyin.length === place.value.place.pinyin.length;
    return levelWritten || composed.parts[0]?.role === 'place';
  }

  /** Whether a term of the dictionary of four characters or more, other than a place, starts at `at` (东西部协作 of 粤桂东西部协作). */
  private longEntryStartsAt(codes: ArrayLike<number>, at: number, end: number): boolean {
    const next = this.lexicon.longestAt(codes, at, end);
    return next !== undefined && next.length >= 4 && next.value.type === 'entry' && next.value.entry.kind !== 'place';
  }

  /** Whether a place of the list written with its level starts at `at` (锡林郭勒盟, 锡山区; not the bare 江干). */
  private levelledPlaceStartsAt(codes: ArrayLike<number>, at: number, end: number): boolean {
    const next = this.lexicon.longestAt(codes, at, end);
    return next?.value.type === 'place' && next.value.pinyin.length === next.value.place.pinyin.length;
  }

  /** Whether a place of two characters or more, of the list or the dictionary, starts at `at` (清徐 of 幸福清徐). */
  private placeStartsAt(codes: ArrayLike<number>, at: number, end: number): boolean {
    const next = this.lexicon.longestAt(codes, at, end);
    return next !== undefined && next.length >= 2 && isPlaceLexeme(next.value);
  }

  /**
   * Whether the county-level place of `length` characters at `at` follows the name of a province, or
   * of a city of the level below, that it does not lie in, under any unit that spells it so: 湖南民丰
   * (in a co-operative's name) is no Minfeng County of Xinjiang, 上海瑞金医院 no Ruijin of Jiangxi,
   * 合肥滨湖科学城 no Binhu District of Wuxi. Where the province or city holds a place of that name, it
   * does.
   */
  private outsideProvinceBefore(codes: ArrayLike<number>, at: number, length: number, before: Span | undefined): boolean {
    if (!before || before.start + before.length !== at) return false;
    const outer = this.lexicon.longestAt(codes, before.start, at);
    if (outer?.value.type !== 'place' || outer.length !== before.length) return false;
    // A province, or a city of the level below it (臺中市北屯區: Taichung's district, no Beitun of Xinjiang).
    if (this.isCountyLevel(outer.value.place)) return false;
    const outerName = outer.value.place.name;
    const text = String.fromCodePoint(...Array.from({ length }, (_, index) => codes[at + index] as number));
    for (const unit of this.places.unitsStartingWith(codes[at] as number)) {
      const spellings = this.places.spellingsOf(unit);
      const spelt = spellings && [spellings.full, spellings.bare?.spellings, spellings.short?.spellings, spellings.autonomous?.spellings].some((list) => list?.includes(text));
      if (!spelt) continue;
      let record = this.places.record(unit);
      // Two cities of the top levels in a row are a pair (重庆成都双核): only a county's name is read so.
      if (!record || (!this.isCountyLevel(record) && !record.type.startsWith('county'))) return false;
      while (record?.parent !== undefined && record.name !== outerName) record = this.places.byName(record.parent);
      if (record?.name === outerName) return false;
    }
    return true;
  }

  /** Whether the place written `inner` lies within the place written `outer` (either by full or bare name). */
  private placeLiesWithin(inner: string, outer: string): boolean {
    const outerPlace = this.places.byName(outer) ?? this.placeOfText(outer);
    const innerPlace = this.places.byName(inner) ?? this.placeOfText(inner);
    return outerPlace !== undefined && innerPlace !== undefined && this.places.liesWithin(innerPlace.name, outerPlace.name);
  }

  /** The place a text names by its bare or short name (南京, 黔南州), if the list has it. */
  private placeOfText(text: string): PlaceRecord | undefined {
    const codes = canonicalKey(text);
    const match = this.lexicon.longestAt(codes, 0, codes.length);
    return match?.length === codes.length && match.value.type === 'place' ? match.value.place : undefined;
  }

  /** "Xishan District", "Wuxi": the name and the level English keeps, nothing around it. */
  private placeName(place: PlaceRecord): string {
    return place.levelNoun ? `${place.english} ${place.levelNoun}` : place.english;
  }

  /**
   * "Xishan District (Wuxi, Jiangsu)", "Wuxi (prefecture-level city, Jiangsu)"; where two units bear
   * the name, it alone: "Chang'an District" (Xi'an's and Shijiazhuang's), the text saying which.
   */
  private placeGloss(place: PlaceRecord): string {
    if (this.places.isSharedName(place.name)) return this.placeName(place);
    const within: string[] = [];
    for (let parent = place.parent; parent !== undefined; ) {
      const record = this.places.byName(parent);
      if (!record) break;
      within.push(record.english);
      parent = record.parent;
    }
    const name = this.placeName(place);
    const about = [place.levelNoun ? '' : place.type, ...within].filter(Boolean).join(', ');
    return about ? `${name} (${about})` : name;
  }

  /**
   * Where a longer organ's name ends (with the post after it) when the Han characters from `at`
   * run, within ORGAN_GAP, into one of ORGAN_ENDS and no term of the dictionary or the grammar
   * starts in between; 0 otherwise.
   */
  private unknownOrganEnd(codes: ArrayLike<number>, at: number, end: number): number {
    for (let gap = 1; gap <= ORGAN_GAP && at + gap < end; gap += 1) {
      const inside = at + gap - 1;
      if (!isHanCode(codes[inside]) || NOT_IN_ORGAN_NAME.has(codes[inside] as number)) return 0;
      // 人民代表大会及其常务委员会: a second term follows the body, not a longer name.
      if (this.lexicon.longestAt(codes, inside, end)?.value.type === 'entry') return 0;
      if (this.composer.composeAt(codes, inside, end, this.cutsWord(codes, end))) return 0;
      const after = at + gap;
      const organEnd = ORGAN_ENDS.find((key) => keyAt(codes, after, key, end));
      if (organEnd) return this.postEnd(codes, after + organEnd.length, end);
    }
    return 0;
  }

  /** The end of a post that follows an organ's name at `at` (华南分局书记), or `at` when none does. */
  private postEnd(codes: ArrayLike<number>, at: number, end: number): number {
    const lexeme = this.lexicon.longestAt(codes, at, end);
    if (lexeme?.value.type === 'entry' && lexeme.value.entry.kind === 'title') return at + lexeme.length;
    const composed = this.composer.composeAt(codes, at, end, this.cutsWord(codes, end));
    return composed?.kind === 'title' ? at + composed.length : at;
  }

  /**
   * Whether a body ends in 部 that begins an ordinary word running past it (部门 after 财政部); not
   * other ends, which begin words as often as they end names (常委会 + 议事规则).
   */
  private endsInWord(codes: ArrayLike<number>, end: number, length: number): boolean {
    if (codes[end - 1] !== MINISTRY_END) return false;
    const word = this.lexicon.longestAt(codes, end - 1, length);
    return word?.value.type === 'ordinary' && word.length > 1;
  }

  /**
   * Whether an ordinary word, or a slogan or idiom of the dictionary, starting at `at` runs past
   * `at + length` (书记员 past 书记, 林长制 past 村级林长). Not the dictionary's other words: many
   * begin with a body a reader wants marked (省人大 of 人大及其常委会).
   */
  private cutsWord(codes: ArrayLike<number>, end: number): (at: number, length: number) => boolean {
    return (at, length) => {
      // An ordinary word that starts in the span and runs past it: 书记员 after 书记, 长远 after 村长.
      for (let inside = at; inside < at + length; inside += 1) {
        const word = this.lexicon.longestAt(codes, inside, end);
        if (!word || inside + word.length <= at + length) continue;
        // (A council named for its members' post, 主任会议 "Council of Chairpersons", cuts the post it begins with.)
        const council = inside === at && word.length === length + MEETING.length && keyAt(codes, at + length, MEETING, end);
        if (!(word.value.type === 'ordinary' || (word.value.type === 'entry' && (CUTTING_KINDS.has(word.value.entry.kind) || council)))) continue;
        // …unless another ordinary word starts where the span ends and runs at least as far: 统战部 +
        // 分管 "in charge of", not 统战 + 部分 "part" (市委统战部分管日常工作的副部长).
        // (Only a word of the span's last character and the next: 指挥长会议 still cuts 指挥长.)
        const next = inside === at + length - 1 ? this.lexicon.longestAt(codes, at + length, end) : undefined;
        if (next?.value.type === 'ordinary' && at + length + next.length >= inside + word.length) continue;
        return true;
      }
      return false;
    };
  }

  /**
   * Reads a block for its names only: the names after titles go into `names`, so that a name
   * printed before its title (a headline, 王忠林主持并讲话, above the paragraph that says who he
   * is) is known when the block that holds it is annotated. Needs no pinyin reader.
   */
  learnNames(segments: readonly string[], names: NameMemory): void {
    const readPinyin = this.readPinyin;
    this.readPinyin = (text) => Array.from(text, () => '');
    // Towns and unlisted slogans hold no names: the pass skips them.
    this.namesOnly = true;
    try {
      this.annotate(segments, names);
    } finally {
      this.readPinyin = readPinyin;
      this.namesOnly = false;
    }
  }

  /** Annotations of a whole plain-text document, its names learnt first. */
  annotateText(text: string): Annotation[] {
    const names = new NameMemory();
    this.learnNames([text], names);
    return this.annotate([text], names);
  }

  /**
   * A name that an appointment gives a post to (任命…，张东方为区教育体育局局长): standing after a
   * boundary, followed by 为 or 任 and a title; or one a removal takes a post from, followed by 的 and a
   * title or the body it belongs to (…，傅道碎的县人大常委会三江街道工作委员会主任职务). 0 where there is none.
   */
  private nameBeforeAppointment(codes: ArrayLike<number>, start: number, end: number, cutsWord: (at: number, length: number) => boolean): number {
    if (start > 0 && !APPOINTMENT_BOUNDARIES.has(codes[start - 1] as number)) return 0;
    if (!isSurnameCode(codes[start])) return 0;
    const length = this.nameAt(codes, start, end);
    // 罗增斌同志任…书记: 同志 "comrade" may stand between the name and the verb.
    const verbAt = start + length + (length >= 2 && keyAt(codes, start + length, COMRADE, end) ? COMRADE.length : 0);
    // 、熊隆东辞去市监察委员会主任职务, 卢亮当选为…院长, 刘超同志不再担任…书记: a resignation or an
    // election, the post after it.
    const verb = length >= 2 ? LEAVING_OR_TAKING.find((word) => keyAt(codes, verbAt, word, end)) : undefined;
    if (verb) {
      const post = this.composer.composeAt(codes, verbAt + verb.length, end, cutsWord);
      const entry = this.lexicon.longestAt(codes, verbAt + verb.length, end);
      if (post?.kind === 'title' || (entry?.value.type === 'entry' && entry.value.entry.kind === 'title')) return length;
    }
    // ，赵海洋为副区长, 、张建平任市民政局局长; and a list of removals: 免去汤志远的…副主任职务，林剑英的…副主任职务.
    const linkedBy = codes[verbAt] as number;
    if (length < 2 || (linkedBy !== APPOINTED_AS && linkedBy !== SERVING_AS && (linkedBy !== POSSESSIVE || verbAt !== start + length))) return 0;
    const after = verbAt + 1;
    const accepts = (kind: string | undefined) => kind === 'title' || (linkedBy === POSSESSIVE && kind === 'body');
    const entry = this.lexicon.longestAt(codes, after, end);
    const entryKind = entry?.value.type === 'entry' ? entry.value.entry.kind : undefined;
    return accepts(entryKind) || accepts(this.composer.composeAt(codes, after, end, cutsWord)?.kind) ? length : 0;
  }

  /**
   * A national leader's name right before the title news gives it after the name, at the start of a
   * clause: 习近平总书记重要指示、李强总理批示精神. Two or three characters with a known surname.
   */
  private nameBeforeLeaderTitle(codes: ArrayLike<number>, start: number, end: number, cutsWord: (at: number, length: number) => boolean): number {
    const length = this.nameBeforeTitle(codes, start, end, cutsWord);
    if (length === 0) return 0;
    const title = this.lexicon.longestAt(codes, start + length, end);
    if (title?.value.type === 'entry' && (LEADER_TITLES_AFTER_NAME.has(title.value.entry.id) || LOCAL_HEADS_AFTER_NAME.has(title.value.entry.id))) return length;
    // 陈禺县长主持召开…: a local head addressed by the bare post of his or her level after the name.
    const composed = this.composer.composeAt(codes, start + length, end, cutsWord);
    return composed?.kind === 'title' && composed.parts.length === 1 && LOCAL_HEADS_AFTER_NAME.has(composed.parts[0]?.part.part ?? '') ? length : 0;
  }

  /**
   * A name right before a title of the same person, where a body stands right before the name
   * (全国人大常委会李飞副秘书长, 中联办张晓明主任): formal address names the body, the person, then
   * the post. Two or three characters with a known surname that no term starts inside; 0 otherwise.
   */
  private nameBeforeTitle(codes: ArrayLike<number>, start: number, end: number, cutsWord: (at: number, length: number) => boolean): number {
    // Two characters of a name and a title after them, or nothing (a block may end with 县委向).
    if (start + 2 >= end) return 0;
    if (!isSurnameCode(codes[start])) return 0;
    const surname = String.fromCodePoint(codes[start] as number);
    // 、管区书记: a word that begins no name (管区 "management district").
    if (beginsNoName(surname + String.fromCodePoint(codes[start + 1] as number))) return 0;
    // 市委关于区委书记调整的决定: 关于 is a preposition, not 关 + a given name.
    const givenStart = start + surnameLengthOf(surname + String.fromCodePoint(codes[start + 1] as number));
    if (!mayStartGivenName(String.fromCodePoint(codes[givenStart] as number))) return 0;
    for (let length = 2; length <= 3 && start + length < end; length += 1) {
      if (!isHanCode(codes[start]) || !this.noTermStartsIn(codes, start + 1, start + length, end, cutsWord)) return 0;
      // 杨静对居民区党总支书记…: a preposition before the title is no third character of the name.
      if (length === 3 && PREPOSITIONS.has(codes[start + 2])) return 0;
      const after = start + length;
      // 郑陆镇镇长: that town's name, not a person's; 文化局局長: an organ and its head's post (局, 处, 部…
      // written twice), not a name.
      if (levelRepeatedAt(codes, after) || (codes[after - 1] === codes[after] && ORGAN_ENDS_BEFORE_POST.has(codes[after]))) return 0;
      const entry = this.lexicon.longestAt(codes, after, end);
      if (entry?.value.type === 'entry' && entry.value.entry.kind === 'title') return length;
      // 苏锡通园区党工委副书记: a zone's own name stands before the zone, not a person's.
      if (this.zoneStartsAt(codes, after, end, cutsWord)) return 0;
      if (this.composer.composeAt(codes, after, end, cutsWord)?.kind === 'title') return length;
    }
    return 0;
  }

  /**
   * The names of a list at the start of a clause that ends in attending or chairing (王建军、张光荣、
   * 马伟出席会议; 刘彩凤、李靖、刘博等同志), or that follows a count of people and a colon and ends the
   * sentence (的3人：娄绍光、李无文、杨秀清。); none where there is no such list. Two names or more,
   * or one of three characters, each read as a name, and nothing but names and 、 before the end.
   */
  private namesBeforeAttending(
    codes: ArrayLike<number>,
    original: ArrayLike<number>,
    start: number,
    end: number,
    listedNameAt: (at: number) => number,
    cutsWord: (at: number, length: number) => boolean,
  ): Span[] {
    if (!isSurnameCode(codes[start])) return [];
    // A list elected or appointed to one post ends in 为 and the post: 吴晓峰、林群慧、江典顺为马尾区人民政府副区长.
    const appointed = (at: number) => codes[at] === APPOINTED_AS && this.titleAt(codes, at + 1, end, cutsWord);
    const attends = (at: number) => ATTENDING.some((word) => keyAt(codes, at, word, end)) || appointed(at);
    // After a count of people and a colon (…的两人：许晴、徐仁标。), the list ends the sentence.
    const counted = start >= 3 && COLONS.has(original[start - 1] as number) && codes[start - 2] === PERSON && COUNTS.has(codes[start - 3] as number);
    if (!counted) {
      // Cheap first: the run of Han characters and 、 from here must hold a word of attending.
      let found = false;
      for (let at = start; at < end && at - start < MAX_LIST_RUN && (isHanCode(codes[at]) || original[at] === LIST_COMMA); at += 1) {
        if ((ATTENDING_FIRSTS.has(codes[at] as number) || codes[at] === APPOINTED_AS) && attends(at)) {
          found = true;
          break;
        }
      }
      if (!found) return [];
    }
    const endsSentence = (at: number) => at >= end || SENTENCE_ENDS.has(original[at] as number);
    // …等 "and others", then who they are and the verb: 何小明等市委、市人大常委会、市政府领导在主席台就座.
    const attendsAfterOthers = (at: number) => {
      if (codes[at] !== OTHERS) return false;
      for (let next = at + 1; next < end && next - at <= OTHERS_RUN && (isHanCode(codes[next]) || original[next] === LIST_COMMA); next += 1) {
        if (ATTENDING_FIRSTS.has(codes[next] as number) && attends(next)) return true;
      }
      return false;
    };
    const items = this.nameList(codes, original, start, end, listedNameAt, counted ? endsSentence : (at) => attends(at) || attendsAfterOthers(at));
    // One name alone only with three characters, the commonest length of a full name (刘同德主持会议).
    return items.length >= 2 || (items[0]?.length ?? 0) === 3 ? items : [];
  }

  /** The names of a list that starts at `start` and ends where `ends` says, or none. */
  private nameList(codes: ArrayLike<number>, original: ArrayLike<number>, start: number, end: number, listedNameAt: (at: number) => number, ends: (at: number) => boolean): Span[] {
    const first = listedNameAt(start);
    if (first < 2) return [];
    const items: Span[] = [{ start, length: first }];
    let at = start + first;
    while (original[at] === LIST_COMMA && items.length < MAX_LISTED_NAMES) {
      // The last name may have a surname the engine does not know (…、马伟、鸟成云出席): two or three Han characters no term starts in.
      const next = listedNameAt(at + 1) || this.lastListedName(codes, at + 1, end, ends);
      if (next < 2) return [];
      items.push({ start: at + 1, length: next });
      at += 1 + next;
    }
    return ends(at) ? items : [];
  }

  /** Two or three Han characters that no term starts in, right before the list's end; 0 otherwise. */
  private lastListedName(codes: ArrayLike<number>, start: number, end: number, ends: (at: number) => boolean): number {
    for (let length = 2; length <= 3; length += 1) {
      if (!this.noTermStartsIn(codes, start, start + length, end)) return 0;
      if (ends(start + length)) return length;
    }
    return 0;
  }

  /** Whether the characters from `from` to `to` are Han characters no term of the dictionary or the grammar starts at. */
  private noTermStartsIn(codes: ArrayLike<number>, from: number, to: number, end: number, cutsWord?: (at: number, length: number) => boolean): boolean {
    for (let at = from; at < to; at += 1) {
      if (!isHanCode(codes[at]) || this.lexicon.longestAt(codes, at, end) || this.composer.composeAt(codes, at, end, cutsWord)) return false;
    }
    return true;
  }

  /** A name between two words that frame one (接受何金清辞去…: "accept the resignation of"), or 0. */
  private nameInFrame(codes: ArrayLike<number>, start: number, end: number, nameAt: (at: number) => number): number {
    if (!NAME_FRAME_ENDS.has(codes[start - 1] as number)) return 0;
    for (const [before, after] of NAME_FRAMES) {
      if (!keyAt(codes, start - before.length, before)) continue;
      const length = nameAt(start);
      // 接受廖飞同志辞去…: 同志 "comrade" may follow the name.
      const comrade = keyAt(codes, start + length, COMRADE, end) ? COMRADE.length : 0;
      if (length >= 2 && keyAt(codes, start + length + comrade, after, end)) return length;
    }
    return 0;
  }

  /**
   * Two or three Han characters (four of a Tibetan name) that no term starts in, between separators
   * of a list, followed by a name `nameAt` reads: a name whose surname the engine does not know. 0
   * where there is none.
   */
  private nameBetweenNames(codes: ArrayLike<number>, original: ArrayLike<number>, start: number, end: number, nameAt: (at: number) => number, depth = 0): number {
    // Up to four characters, as Tibetan names are written (尼玛卓玛); two such names may stand
    // together before one the engine reads (…、尼玛卓玛、鸟成云、吴海昆).
    for (let length = 2; length <= 4; length += 1) {
      // Only the enumeration comma of a list (、), not a comma or colon that ends a phrase.
      if (original[start + length] !== LIST_COMMA) continue;
      // A verb listed for the names it follows is no name (王一、出席、李二 is not a list of three).
      if (verbAfterNameAt(codes, start, end)) return 0;
      if (!this.noTermStartsIn(codes, start, start + length, end)) return 0;
      if (length === 4 && !isTibetanName(codes, start, length)) return 0;
      const next = start + length + 1;
      const known = nameAt(next) > 0 || (depth < 1 && this.nameBetweenNames(codes, original, next, end, nameAt, depth + 1) > 0);
      return known ? length : 0;
    }
    return 0;
  }

  /**
   * 楊何蓓茵, 葉劉淑儀: in Traditional script (Hong Kong and Macao), a married woman's name of four,
   * two surnames and her given name, where a name of three was read (楊 + 何蓓). Only where the name
   * is written in Traditional script, its second is a surname, and its fourth no word's start.
   */
  private marriedNameAt(codes: ArrayLike<number>, original: ArrayLike<number>, start: number, end: number): boolean {
    if (start + 4 > end || !isHanCode(codes[start + 3]) || !isSurnameCode(codes[start + 1])) return false;
    // 歐陽瑜今（15）日: a compound surname (歐陽) is one surname, whose name of three the reading has ended.
    if (surnameLengthOf(String.fromCodePoint(codes[start] as number, codes[start + 1] as number)) === 2) return false;
    // Traditional text: the name or the words around it (局長楊何蓓茵和廣東省).
    let traditional = false;
    for (let at = Math.max(0, start - MARRIED_NAME_CONTEXT); !traditional && at < Math.min(codes.length, start + 4 + MARRIED_NAME_CONTEXT); at += 1) {
      traditional = this.places.isTraditional(original[at] as number);
    }
    if (!traditional || !mayEndMarriedName(String.fromCodePoint(codes[start + 3] as number)) || verbAfterNameAt(codes, start + 3, end)) return false;
    // And the name ends there: a mark, a function word or a verb that follows names (楊何蓓茵和…,
    // 葉劉淑儀表示), not the rest of a word (柯文哲兩岸, 陳明通拜會).
    const next = start + 4;
    if (next < end && isHanCode(codes[next]) && !endsName(String.fromCodePoint(codes[next] as number)) && !verbAfterNameAt(codes, next, end)) return false;
    return !this.lexicon.longestAt(codes, start + 3, end) && !this.composer.composeAt(codes, start + 3, end);
  }

  /** Length of a name not in the dictionary at `start`, or 0; never one that a term starts inside. */
  private nameAt(codes: ArrayLike<number>, start: number, end: number): number {
    const window: string[] = [];
    for (let index = start; index < Math.min(end, start + NAME_WINDOW); index += 1) {
      window.push(String.fromCodePoint(codes[index] as number));
    }
    let length = nameLengthAt(window, 0, isHanChar);
    // 世界市长对话·杭州: a title of an event whose part after the dot is a place is no name.
    const dot = window.slice(0, length).findIndex((char) => char === '·' || char === '・');
    if (dot > 0 && this.lexicon.longestAt(codes, start + dot + 1, end)?.value.type === 'place') length = 0;
    // 罗布顿珠: a Tibetan name of four characters, each one such names are made of, that ends before a
    // mark or a word that follows names (、罗布顿珠，, 罗布顿珠出席).
    if (length > 0 && length < 4 && start + 4 <= end && isTibetanName(codes, start, 4) && (!isHanCode(codes[start + 4]) || verbAfterNameAt(codes, start + 4, end))) length = 4;
    // 敖日格勒: a Mongolian name of four, before a mark, a function word (的) or a word that follows names.
    const endsAfterFour = start + 4 <= end && (start + 4 === end || !isHanCode(codes[start + 4]) || endsName(String.fromCodePoint(codes[start + 4] as number)) || verbAfterNameAt(codes, start + 4, end));
    if (length > 0 && length < 4 && endsAfterFour && isMongolianName(codes, start, 4)) length = 4;
    // 坚参: one of two such characters, which no surname begins, before 、 or ， (both read as SEPARATOR)
    // or such a word (not 参加 "attend", itself such a word).
    if (length === 0 && start + 2 <= end && isTibetanName(codes, start, 2) && !verbAfterNameAt(codes, start, end) && (codes[start + 2] === SEPARATOR || verbAfterNameAt(codes, start + 2, end))) length = 2;
    // 张王镇全体干部: three characters that end in a town's level word are a town, unless a person's
    // word follows (李国镇同志, 王建乡主持…) or the name stands alone between marks (、李国镇、).
    if (length === 3 && TOWN_ENDS.has(codes[start + 2] as number) && isHanCode(codes[start + 3]) && !verbAfterNameAt(codes, start + 3, end)) return 0;
    // 向记者介绍, 向群众宣传: after 向 "towards", a word of the dictionary is what one turns to, no given name.
    if (codes[start] === TOWARD && length > 1 && (this.lexicon.longestAt(codes, start + 1, end)?.length ?? 0) >= length - 1) return 0;
    for (let inside = start + 1; inside < start + length; inside += 1) {
      const lexeme = this.lexicon.longestAt(codes, inside, end);
      // (杨长江，, 鲁长江出席: a place of the dictionary that ends the given name, the name standing
      // alone before a mark or before a word that follows names.)
      const givenPlace =
        lexeme?.value.type === 'entry' && lexeme.value.entry.kind === 'place' && inside + lexeme.length === start + length && start + length < end && (!isHanCode(codes[start + length]) || verbAfterNameAt(codes, start + length, end));
      if ((lexeme?.value.type === 'entry' && !givenPlace) || this.composer.composeAt(codes, inside, end, this.cutsWord(codes, end))) return 0;
    }
    return length;
  }
}
