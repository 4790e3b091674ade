// How the engine compares text: characters that mean the same for matching become one canonical
// code point, and whitespace disappears (newspaper column breaks split words: 市委书\n记).
// Works on code points (numbers), which the matcher's tries key on: cheaper than strings.
import { isHanCode } from './han.ts';

export { isHanCode };

/** Separators that official slogans write interchangeably: 外防输入、内防扩散 / 外防输入，内防扩散 / 外防输入,内防扩散. */
const SEPARATORS = '、，,；;：:﹐﹑';
const QUOTES = '“”„‟"＂「」『』‘’\'＇《》〈〉';
const MIDDLE_DOTS = '·・•‧∙⋅･︒';
const SKIPPED = new Set([0x200b, 0xfeff, 0x00a0, 0x3000, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f]);

export const SEPARATOR = '、'.codePointAt(0) as number;
export const QUOTE = '"'.codePointAt(0) as number;
export const DOT = '·'.codePointAt(0) as number;
/** Returned for characters that matching skips. */
export const SKIP = -1;

const SPECIAL = new Map<number, number>();
for (const char of SEPARATORS) SPECIAL.set(char.codePointAt(0) as number, SEPARATOR);
for (const char of QUOTES) SPECIAL.set(char.codePointAt(0) as number, QUOTE);
for (const char of MIDDLE_DOTS) SPECIAL.set(char.codePointAt(0) as number, DOT);

/**
 * Variant forms that some Traditional pages print for the standard Traditional character the
 * dictionary spells (the www.gov.cn Big5 gateway writes 共産黨; Hong Kong pages 説, 衆, 綫).
 * Flagged in a bit set over the CJK block, so the common case costs one lookup in a small array.
 */
const VARIANTS = new Map([...'産產説說衞衛衆眾綫線爲為眞真僞偽敎教峯峰録錄'].flatMap((char, index, chars) => (index % 2 === 0 ? [[char.codePointAt(0) as number, chars[index + 1]?.codePointAt(0) as number]] : [])));
const CJK_START = 0x4e00;
const VARIANT_BITS = new Uint32Array((0x9fff - CJK_START + 32) >> 5);
for (const code of VARIANTS.keys()) VARIANT_BITS[(code - CJK_START) >> 5]! |= 1 << ((code - CJK_START) & 31);

/** The canonical code point of one character for matching, or SKIP. */
export function canonicalCode(code: number): number {
  // Fast path: CJK Unified Ideographs are their own canonical form, but for a few variants.
  if (code >= CJK_START && code <= 0x9fff) {
    const offset = code - CJK_START;
    return (VARIANT_BITS[offset >> 5]! & (1 << (offset & 31))) === 0 ? code : (VARIANTS.get(code) as number);
  }
  if (code <= 0x20 || (code >= 0x2000 && code <= 0x200a) || SKIPPED.has(code)) return SKIP;
  const special = SPECIAL.get(code);
  if (special !== undefined) return special;
  // Full-width ASCII (Ａ, ５) reads as ASCII; Latin letters match regardless of case.
  const ascii = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
  if (ascii >= 0x41 && ascii <= 0x5a) return ascii + 0x20;
  if (ascii < 0x80 || ascii > 0xffff) return ascii;
  const lower = String.fromCharCode(ascii).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : ascii;
}

/** Whether `key` stands in `codes` at `at`, within `end` (the length of `codes` by default). */
export function keyAt(codes: ArrayLike<number>, at: number, key: readonly number[], end = codes.length): boolean {
  if (at < 0 || at + key.length > end) return false;
  for (let index = 0; index < key.length; index += 1) if (codes[at + index] !== key[index]) return false;
  return true;
}

/** The canonical code points of a dictionary form, skipped characters dropped. */
export function canonicalKey(text: string): number[] {
  const key: number[] = [];
  for (const char of text) {
    const code = canonicalCode(char.codePointAt(0) as number);
    if (code !== SKIP) key.push(code);
  }
  return key;
}

const HAN = /^\p{Script=Han}$/u;
export function isHanChar(char: string | undefined): boolean {
  return char !== undefined && HAN.test(char);
}
