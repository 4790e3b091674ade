// Numbered formulas the dictionary does not list: 五个管住, 十项重点任务, “三个年”.
// A numeral, a measure word, then one to four characters that end where the phrase ends.
import { CodeSet } from './code-set.ts';
import { isHanCode, QUOTE, SEPARATOR } from './normalize.ts';

const NUMBER_CHARS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const NUMBERS = new Map(Object.entries(NUMBER_CHARS).map(([char, value]) => [char.codePointAt(0) as number, value]));
/** NUMBERS's code points, asked about at every position of a text. */
const NUMERALS = new CodeSet(NUMBERS.keys());
const codesOf = (chars: string) => new Set([...chars].map((char) => char.codePointAt(0) as number));
const NUMBER_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Measure words that numbered formulas use: 四个确保, 三大任务, 八项规定, 五种能力, 两张清单, 十条措施, 三类人员. */
const MEASURES = codesOf('个大项种张条类');
const BIG = '大'.codePointAt(0) as number;
/** Counted nouns that make ordinary phrases, not formulas: 两个月, 三个人, 五个方面, 两个多小时, 两个阶段; 执法三大队 "Brigade No. 3". */
const ORDINARY_COUNTED = codesOf('月年人日天周星小多方半次亿万千百位家件字国部省市县区村批阶队');
/** Words of time and place that follow a phrase: 之后 "after", 以来 "since" … */
const POSTPOSITIONS = new Set(['之后', '以后', '以来', '之前', '以前', '期间', '之中', '当中', '之後', '以後', '以來', '期間', '當中']);
/** Words of place of one character that follow a phrase: 中 "in, among", 上 "on", 里 "in". */
const LOCATIVES = codesOf('中上里裡内內');
/** A formula's words after the measure word: 管住 … 重点任务. */
const MIN_WORDS = 1;
const MAX_WORDS = 4;

export interface FormulaMatch {
  length: number;
  number: number;
  /** Index (into the canonical characters) where the words after the measure start. */
  wordsStart: number;
}

function numberAt(codes: ArrayLike<number>, start: number, end: number): { value: number; length: number } | undefined {
  const first = NUMBERS.get(codes[start] as number);
  if (first === undefined) return undefined;
  const second = start + 1 < end ? NUMBERS.get(codes[start + 1] as number) : undefined;
  // 十二 (12), 二十 (20); nothing longer counts formulas.
  if (first === 10 && second !== undefined && second < 10) return { value: 10 + second, length: 2 };
  if (second === 10 && first < 10) return { value: first * 10, length: 2 };
  return { value: first, length: 1 };
}

const ORDINAL_PREFIX = '第'.charCodeAt(0);

/**
 * Whether a numeral at `start` continues a number or an ordinal already begun: 十六 of 十六保护 and
 * 三 of 第三 are not the start of 六保 or 三农.
 */
export function continuesNumeral(codes: ArrayLike<number>, start: number): boolean {
  if (start === 0 || !NUMERALS.has(codes[start])) return false;
  const before = codes[start - 1] as number;
  return NUMERALS.has(before) || before === ORDINAL_PREFIX;
}

/** A numbered formula starting at `codes[start]`. `quoted` is whether an opening quote precedes it. */
export function formulaAt(codes: ArrayLike<number>, start: number, quoted: boolean, length = codes.length): FormulaMatch | undefined {
  // 十二 is read from 十: a formula never starts inside a numeral.
  if (!NUMERALS.has(codes[start]) || (start > 0 && NUMERALS.has(codes[start - 1]))) return undefined;
  const number = numberAt(codes, start, length);
  if (!number) return undefined;
  // 一个…, 一大… are mostly "a, one" in ordinary prose; only quotation marks make them formulas.
  if (number.value === 1 && !quoted) return undefined;
  const measureAt = start + number.length;
  if (measureAt >= length || !MEASURES.has(codes[measureAt] as number)) return undefined;
  // 十九大报告, 十六大以来: above ten, 大 numbers a party congress, not a set of major tasks.
  if (number.value > 10 && codes[measureAt] === BIG) return undefined;
  const wordsStart = measureAt + 1;
  if (!quoted && ORDINARY_COUNTED.has(codes[wordsStart] as number)) return undefined;
  let end = wordsStart;
  while (end < length && isHanCode(codes[end]) && end - wordsStart < MAX_WORDS) end += 1;
  const words = end - wordsStart;
  const next = end < length ? codes[end] : undefined;
  // The phrase must end here: at punctuation, a quotation mark, a non-Chinese character or the end.
  const endsHere = next === undefined || next === SEPARATOR || next === QUOTE || !isHanCode(next);
  if (words < MIN_WORDS || !endsHere) return undefined;
  // 五项措施之后: a word of time after the formula is no part of it (五项措施).
  const last = `${String.fromCodePoint(codes[end - 2] as number)}${String.fromCodePoint(codes[end - 1] as number)}`;
  if (words > 2 && POSTPOSITIONS.has(last)) end -= 2;
  // 在六大优势中 "among the six advantages": a one-character word of place after it (中, 上, 里) neither.
  else if (words > 2 && LOCATIVES.has(codes[end - 1] as number)) end -= 1;
  return { length: end - start, number: number.value, wordsStart };
}

export function numberWord(value: number): string {
  return NUMBER_WORDS[value] ?? String(value);
}
