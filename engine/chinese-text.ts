// Pure text measures used to decide whether a page is worth annotating.
// No DOM, no browser API: text in, numbers out.

const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/u;

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

/** How much of the text's lettering is Chinese. Iterates by code point, so astral Han (𠮷) counts once. */
export function measureChineseShare(text: string): ChineseShare {
  let han = 0;
  let letters = 0;
  for (const char of text) {
    if (!LETTER.test(char)) continue;
    letters += 1;
    if (HAN.test(char)) han += 1;
  }
  return { han, letters, share: letters === 0 ? 0 : han / letters };
}
