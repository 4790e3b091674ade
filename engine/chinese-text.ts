// Pure text measures used to decide whether a page is worth annotating.
// No DOM, no browser API: text in, numbers out.

import { isHanCode } from './han.ts';

const HAN = /\p{Script=Han}/u;

/** True when the character (one code point) is a Chinese character (Han script). */
export function isHan(char: string): boolean {
  return HAN.test(char);
}

export interface ChineseShare {
  /** Han characters seen. */
  han: number;
  /** Letters of any script seen (Han included); digits, punctuation and spaces are not letters. */
  letters: number;
  /** han / letters, or 0 when there are no letters. */
  share: number;
}

/**
 * Whether a code point is a letter, by ranges (no regular expression: the detector runs this on
 * every page): ASCII and Latin letters, and every other script's characters except the blocks of
 * punctuation, symbols, digits, spaces and emoji. Close to \p{L} for the text of news pages.
 */
export function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false; // punctuation, symbols, arrows, shapes
  if (code >= 0x3000 && code <= 0x303f) return code === 0x3005 || code === 0x3006; // CJK punctuation (々 〆 are letters)
  if (code >= 0xfe30 && code <= 0xfe4f) return false; // CJK compatibility forms
  if (code >= 0xff00 && code <= 0xff20) return false; // full-width punctuation and digits
  if ((code >= 0xff3b && code <= 0xff40) || (code >= 0xff5b && code <= 0xff65)) return false;
  if (code >= 0x1f000 && code <= 0x1faff) return false; // emoji and pictographs
  return !(code >= 0xe000 && code <= 0xf8ff); // private use
}

/** Adds the Han characters and letters of `text` to `counts`, up to `limit` code points; returns how many it read. */
export function countChineseShare(text: string, counts: { han: number; letters: number }, limit = Infinity): number {
  let read = 0;
  for (let index = 0; index < text.length && read < limit; index += 1) {
    let code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      code = ((code - 0xd800) << 10) + (text.charCodeAt(index + 1) - 0xdc00) + 0x10000;
      index += 1;
    }
    read += 1;
    if (!isLetterCode(code)) continue;
    counts.letters += 1;
    if (isHanCode(code)) counts.han += 1;
  }
  return read;
}

/** How much of the text's lettering is Chinese. Iterates by code point, so astral Han (𠮷) counts once. */
export function measureChineseShare(text: string): ChineseShare {
  const counts = { han: 0, letters: 0 };
  countChineseShare(text, counts);
  return { ...counts, share: counts.letters === 0 ? 0 : counts.han / counts.letters };
}
