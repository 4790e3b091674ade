// The numbered parts of the names of congresses, committees and their meetings:
//   a term      第十三届, 十三届, 第16届        the 13th (National People's Congress)
//   a session   第二十六次会议, 三次全会, 第十次全体会议   the 26th Session, the Third Plenary Session
//   a plenum    四中全会                         the Fourth Plenary Session (of the Central Committee)
//   a congress  六大, 第五次全国代表大会          the 6th, the 5th National Congress (of a party)
// Read over canonical code points, as the title grammar reads; pure functions.
import type { GrammarPart } from './dictionary-format.ts';
import { canonicalKey, isHanCode, keyAt } from './normalize.ts';

/** Chinese numerals as names of congresses write them, with their readings. */
const NUMERALS = new Map<number, { value: number; pinyin: string }>(
  (
    [
      ['〇', 0, 'líng'],
      ['零', 0, 'líng'],
      ['一', 1, 'yī'],
      ['二', 2, 'èr'],
      ['三', 3, 'sān'],
      ['四', 4, 'sì'],
      ['五', 5, 'wǔ'],
      ['六', 6, 'liù'],
      ['七', 7, 'qī'],
      ['八', 8, 'bā'],
      ['九', 9, 'jiǔ'],
      ['十', 10, 'shí'],
      ['百', 100, 'bǎi'],
    ] as const
  ).map(([char, value, pinyin]) => [char.codePointAt(0) as number, { value, pinyin }]),
);
const ZERO = '0'.codePointAt(0) as number;
const NINE = '9'.codePointAt(0) as number;
const ORDINAL_MARK = { key: canonicalKey('第'), pinyin: 'dì' };
/** The longest numeral read (一百二十三): longer runs are not the number of a term or session. */
const MAX_NUMERAL = 5;

interface Suffix {
  key: number[];
  pinyin: string;
}

function suffixes(spellings: readonly (readonly [string, string])[]): Suffix[] {
  // Longest first, so that 全体会议 wins over 会议 where both could follow. A bracket (全体（扩大）会议)
  // is read as nothing: an empty syllable in its place keeps the readings in step with the characters.
  return spellings
    .map(([text, pinyin]) => {
      const key = canonicalKey(text);
      const syllables = pinyin.split(' ');
      return { key, pinyin: key.map((code) => (isHanCode(code) ? syllables.shift() : '')).join(' ') };
    })
    .sort((a, b) => b.key.length - a.key.length);
}

const TERM = suffixes([
  ['届', 'jiè'],
  ['屆', 'jiè'],
]);

type SessionType = 'session' | 'plenary' | 'executive' | 'council' | 'standing';

const SESSION: (Suffix & { type: SessionType })[] = [
  ...suffixes([
    ['次全体会议', 'cì quán tǐ huì yì'],
    ['次全體會議', 'cì quán tǐ huì yì'],
    ['次全会', 'cì quán huì'],
    ['次全會', 'cì quán huì'],
    // 县政协九届一次全委会议: a plenary session of a CPPCC committee.
    ['次全委会议', 'cì quán wěi huì yì'],
    ['次全委會議', 'cì quán wěi huì yì'],
    // 市委八届二次全体（扩大）会议, 十一届三次全委（扩大）会议: enlarged, with others invited to it.
    ['次全体（扩大）会议', 'cì quán tǐ kuò dà huì yì'],
    ['次全體（擴大）會議', 'cì quán tǐ kuò dà huì yì'],
    ['次全体扩大会议', 'cì quán tǐ kuò dà huì yì'],
    ['次全體擴大會議', 'cì quán tǐ kuò dà huì yì'],
    ['次全委（扩大）会议', 'cì quán wěi kuò dà huì yì'],
    ['次全委（擴大）會議', 'cì quán wěi kuò dà huì yì'],
    ['次全委扩大会议', 'cì quán wěi kuò dà huì yì'],
    ['次全委擴大會議', 'cì quán wěi kuò dà huì yì'],
  ]).map((suffix) => ({ ...suffix, type: 'plenary' as const })),
  ...suffixes([
    ['次常务会议', 'cì cháng wù huì yì'],
    ['次常務會議', 'cì cháng wù huì yì'],
  ]).map((suffix) => ({ ...suffix, type: 'executive' as const })),
  // 全国人大常委会第二次委员长会议, 市人大常委会第十次主任会议: a meeting of its Council of Chairpersons.
  ...suffixes([
    ['次委员长会议', 'cì wěi yuán zhǎng huì yì'],
    ['次委員長會議', 'cì wěi yuán zhǎng huì yì'],
    ['次主任会议', 'cì zhǔ rèn huì yì'],
    ['次主任會議', 'cì zhǔ rèn huì yì'],
    // 市政协十三届七次主席会议: a meeting of a CPPCC committee's Council of Chairpersons.
    ['次主席会议', 'cì zhǔ xí huì yì'],
    ['次主席會議', 'cì zhǔ xí huì yì'],
  ]).map((suffix) => ({ ...suffix, type: 'council' as const })),
  // 县政协十届五次常委会议: a meeting of a CPPCC committee's standing committee.
  ...suffixes([
    ['次常委会议', 'cì cháng wěi huì yì'],
    ['次常委會議', 'cì cháng wěi huì yì'],
    // 省政协十二届十五次常委会会议: the same, as some committees write it.
    ['次常委会会议', 'cì cháng wěi huì huì yì'],
    ['次常委會會議', 'cì cháng wěi huì huì yì'],
  ]).map((suffix) => ({ ...suffix, type: 'standing' as const })),
  ...suffixes([
    ['次会议', 'cì huì yì'],
    ['次會議', 'cì huì yì'],
  ]).map((suffix) => ({ ...suffix, type: 'session' as const })),
];

/** 扩大 "enlarged" in a session's name: others than the committee's members attend. */
const ENLARGED = ['扩大', '擴大'];

const PLENUM = suffixes([
  ['中全会', 'zhōng quán huì'],
  ['中全會', 'zhōng quán huì'],
]);

const CONGRESS = suffixes([
  ['次全国代表大会', 'cì quán guó dài biǎo dà huì'],
  ['次全國代表大會', 'cì quán guó dài biǎo dà huì'],
  ['大', 'dà'],
]);
/** 十大 is "the ten major …", 三大 "the three major …": a congress alone, unled by its party, is numbered at least this. */
const MIN_UNLED_CONGRESS = 16;
/** 省第十三次党代会: a province's, city's or county's Party congress. */
const LOCAL_CONGRESS = suffixes([
  ['次党代会', 'cì dǎng dài huì'],
  ['次黨代會', 'cì dǎng dài huì'],
  ['次党代表大会', 'cì dǎng dài biǎo dà huì'],
  ['次黨代表大會', 'cì dǎng dài biǎo dà huì'],
]);
/** 中共宁波市第十四次代表大会: after the Party's name, the congress needs no 党 of its own. */
const LED_LOCAL_CONGRESS = suffixes([
  ['次代表大会', 'cì dài biǎo dà huì'],
  ['次代表大會', 'cì dài biǎo dà huì'],
]);
/** 百大项目 "the hundred major projects": no party has held more congresses than this. */
const MAX_CONGRESS = 30;

export interface NumberedPart {
  /** Canonical characters consumed. */
  length: number;
  value: number;
  part: GrammarPart;
}

export interface SessionPart extends NumberedPart {
  type: SessionType;
}

interface NumberRead {
  value: number;
  length: number;
  pinyin: string[];
}

/** A number in Chinese numerals (十三, 二十六, 一百零五) or digits (16). */
function numberAt(codes: ArrayLike<number>, at: number, end: number): NumberRead | undefined {
  if (at >= end) return undefined;
  const first = codes[at] as number;
  if (isAsciiDigit(first)) {
    let length = 0;
    let value = 0;
    while (at + length < end && length < 3 && isAsciiDigit(codes[at + length])) {
      value = value * 10 + ((codes[at + length] as number) - ZERO);
      length += 1;
    }
    return value > 0 ? { value, length, pinyin: new Array<string>(length).fill('') } : undefined;
  }
  let total = 0;
  let current = 0;
  let length = 0;
  const pinyin: string[] = [];
  for (; at + length < end && length < MAX_NUMERAL; length += 1) {
    const numeral = NUMERALS.get(codes[at + length] as number);
    if (!numeral) break;
    if (numeral.value >= 10) {
      total += (current || 1) * numeral.value;
      current = 0;
    } else if (current !== 0) {
      // 一二: two digits side by side are no number a term or session is counted in.
      break;
    } else {
      current = numeral.value;
    }
    pinyin.push(numeral.pinyin);
  }
  const value = total + current;
  return value > 0 && length > 0 ? { value, length, pinyin } : undefined;
}

function suffixAt<S extends Suffix>(codes: ArrayLike<number>, at: number, end: number, options: readonly S[]): S | undefined {
  return options.find(({ key }) => keyAt(codes, at, key, end));
}

/** The characters of `codes` from `start`, as a string. */
export function textOf(codes: ArrayLike<number>, start: number, length: number): string {
  let text = '';
  for (let index = start; index < start + length; index += 1) text += String.fromCodePoint(codes[index] as number);
  return text;
}

/** 第?, a number, then one of `options`: the shared shape of terms and sessions. */
function numberedAt<S extends Suffix>(codes: ArrayLike<number>, start: number, end: number, options: readonly S[], ordinalMark: boolean) {
  const marked = ordinalMark && keyAt(codes, start, ORDINAL_MARK.key, end);
  const numberStart = marked ? start + ORDINAL_MARK.key.length : start;
  const number = numberAt(codes, numberStart, end);
  if (!number) return undefined;
  const suffix = suffixAt(codes, numberStart + number.length, end, options);
  if (!suffix) return undefined;
  const length = numberStart + number.length + suffix.key.length - start;
  const pinyin = [...(marked ? [ORDINAL_MARK.pinyin] : []), ...number.pinyin, suffix.pinyin].join(' ');
  return { suffix, value: number.value, length, text: textOf(codes, start, length), pinyin };
}

const ORDINAL_WORDS = ['', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

/** 第三, 第12: an ordinal (of a numbered team: 第三巡察组). */
export function ordinalAt(codes: ArrayLike<number>, start: number, end: number): { length: number; value: number; pinyin: string } | undefined {
  if (!keyAt(codes, start, ORDINAL_MARK.key, end)) return undefined;
  const number = numberAt(codes, start + ORDINAL_MARK.key.length, end);
  if (!number) return undefined;
  return { length: ORDINAL_MARK.key.length + number.length, value: number.value, pinyin: [ORDINAL_MARK.pinyin, ...number.pinyin].join(' ') };
}

/** 13 → "13th", 22 → "22nd": the numbered ordinal of terms (the 13th National People's Congress). */
export function numberedOrdinal(value: number): string {
  const lastTwo = value % 100;
  const last = value % 10;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${value}${suffix}`;
}

/** 4 → "Fourth", 26 → "26th": sessions as Xinhua writes them (the Fourth Session, the 26th Session). */
export function sessionOrdinal(value: number): string {
  return ORDINAL_WORDS[value] ?? numberedOrdinal(value);
}

/** 第十三届, 十三届: the term of a congress or committee. */
export function termAt(codes: ArrayLike<number>, start: number, end: number): NumberedPart | undefined {
  const found = numberedAt(codes, start, end, TERM, true);
  if (!found) return undefined;
  const english = `${numberedOrdinal(found.value)} (term)`;
  return { length: found.length, value: found.value, part: { part: found.text, english, pinyin: found.pinyin } };
}

/** 第二十六次会议, 八次全会, 第一次常务会议: a meeting of a congress, committee or government, by its number. */
export function sessionAt(codes: ArrayLike<number>, start: number, end: number): SessionPart | undefined {
  // 省委十届历次全会: all the plenary sessions of the committee's term so far.
  const every = everyPlenumAt(codes, start, end);
  if (every) return { ...every, type: 'plenary' };
  const found = numberedAt(codes, start, end, SESSION, true);
  if (!found) return undefined;
  const english = `${sessionEnglish(found.suffix.type, found.value)}${ENLARGED.some((word) => found.text.includes(word)) ? ' (Enlarged)' : ''}`;
  return { length: found.length, value: found.value, type: found.suffix.type, part: { part: found.text, english, pinyin: found.pinyin } };
}

/** 四中全会: the plenary session of a Central Committee, by its number. */
export function plenumAt(codes: ArrayLike<number>, start: number, end: number): NumberedPart | undefined {
  // 十九届历次全会: all the plenary sessions of a term so far.
  const every = everyPlenumAt(codes, start, end);
  if (every) return every;
  const found = numberedAt(codes, start, end, PLENUM, false);
  if (!found) return plenumListAt(codes, start, end);
  return { length: found.length, value: found.value, part: { part: found.text, english: sessionEnglish('plenary', found.value), pinyin: found.pinyin } };
}

const EVERY_PLENUM = suffixes([
  ['历次全会', 'lì cì quán huì'],
  ['歷次全會', 'lì cì quán huì'],
]);
/** 历次全会 "the successive plenary sessions" of a term, of the Central Committee or of a local committee. */
function everyPlenumAt(codes: ArrayLike<number>, start: number, end: number): NumberedPart | undefined {
  const every = suffixAt(codes, start, end, EVERY_PLENUM);
  if (!every) return undefined;
  return { length: every.key.length, value: 0, part: { part: textOf(codes, start, every.key.length), english: 'Successive Plenary Sessions', pinyin: every.pinyin } };
}
const PLENUM_MIDDLE = canonicalKey('中');
const PLENUM_ENDS = suffixes([
  ['全会', 'quán huì'],
  ['全會', 'quán huì'],
]);
const LIST_SEPARATOR = canonicalKey('、');

/**
 * 三中、四中全会, 二中、三中、四中、五中、六中全会: plenary sessions of one term named together
 * ("the Third and Fourth Plenary Sessions"). The value is the last one's number.
 */
function plenumListAt(codes: ArrayLike<number>, start: number, end: number): NumberedPart | undefined {
  const numbers: number[] = [];
  const pinyin: string[] = [];
  for (let at = start; ; ) {
    const number = numberAt(codes, at, end);
    if (!number || !keyAt(codes, at + number.length, PLENUM_MIDDLE, end)) return undefined;
    numbers.push(number.value);
    pinyin.push(...number.pinyin, 'zhōng');
    at += number.length + PLENUM_MIDDLE.length;
    const close = suffixAt(codes, at, end, PLENUM_ENDS);
    if (close) {
      if (numbers.length < 2) return undefined;
      const length = at + close.key.length - start;
      const ordinals = numbers.map(sessionOrdinal);
      const english = `${ordinals.slice(0, -1).join(', ')} and ${ordinals.at(-1) ?? ''} Plenary Sessions`;
      return { length, value: numbers.at(-1) ?? 0, part: { part: textOf(codes, start, length), english, pinyin: [...pinyin, close.pinyin].join(' ') } };
    }
    if (!keyAt(codes, at, LIST_SEPARATOR, end)) return undefined;
    pinyin.push('、');
    at += LIST_SEPARATOR.length;
  }
}

/**
 * 六大, 第五次全国代表大会: a party's national congress, by its number (after 中共, 党的). Alone
 * (`led` false) only 十六大 and after, as news writes 十九大: 十大 and 三大 are "the ten (three) major …".
 */
export function congressAt(codes: ArrayLike<number>, start: number, end: number, led: boolean): NumberedPart | undefined {
  const found = numberedAt(codes, start, end, CONGRESS, true);
  if (!found || found.value > MAX_CONGRESS) return undefined;
  const short = found.suffix === CONGRESS.at(-1);
  if (short && keyAt(codes, start, ORDINAL_MARK.key, end)) return undefined;
  if (!short && !keyAt(codes, start, ORDINAL_MARK.key, end)) return undefined;
  if (!led && (!short || found.value < MIN_UNLED_CONGRESS)) return undefined;
  // 17大项目 "17 major projects": in digits, a congress only after the Party's name (党的19大).
  if (!led && isAsciiDigit(codes[start])) return undefined;
  const english = `${numberedOrdinal(found.value)} National Congress`;
  return { length: found.length, value: found.value, part: { part: found.text, english, pinyin: found.pinyin } };
}

function isAsciiDigit(code: number | undefined): boolean {
  return code !== undefined && code >= ZERO && code <= NINE;
}

/** 第十三次党代会 after a level or place (省第十三次党代会): a local Party congress, by its number. */
export function localCongressAt(codes: ArrayLike<number>, start: number, end: number, led = false): NumberedPart | undefined {
  const found = numberedAt(codes, start, end, LOCAL_CONGRESS, true) ?? (led ? numberedAt(codes, start, end, LED_LOCAL_CONGRESS, true) : undefined);
  if (!found || found.value > MAX_CONGRESS) return undefined;
  return { length: found.length, value: found.value, part: { part: found.text, english: `${numberedOrdinal(found.value)} Party Congress`, pinyin: found.pinyin } };
}

export function sessionEnglish(type: SessionType, value: number): string {
  const ordinal = sessionOrdinal(value);
  if (type === 'plenary') return `${ordinal} Plenary Session`;
  if (type === 'executive') return `${ordinal} Executive Meeting`;
  if (type === 'council') return `${ordinal} Meeting of the Council of Chairpersons`;
  if (type === 'standing') return `${ordinal} Meeting of the Standing Committee`;
  return `${ordinal} Session`;
}

/** Code points a term can start with: 第, a numeral or a digit. */
export function numberStartCodes(): number[] {
  const codes = [...NUMERALS.keys(), ...(ORDINAL_MARK.key.slice(0, 1) as number[])];
  for (let code = ZERO; code <= NINE; code += 1) codes.push(code);
  return codes;
}
