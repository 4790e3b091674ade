// A phrase the dictionary does not list, read word by word: Guanhua's own terms first, the
// general dictionary (CC-CEDICT) for the rest, longest word first from the left. What the
// tooltip of an unlisted slogan shows under "Word by word".
import type { GeneralEntry } from './general-dictionary.ts';
import { isHanChar } from './normalize.ts';

export interface OwnWord {
  gloss: string;
  pinyin: string;
}

export interface WordReading {
  text: string;
  pinyin: string;
  /** '' for a character neither dictionary knows. */
  gloss: string;
  from: 'guanhua' | 'cc-cedict' | 'none';
}

/** Senses shown for one general-dictionary word. */
const MAX_SENSES = 3;

/**
 * `text` cut into words. `readings` (one per character, as the ruby shows them) pick among a
 * word's general-dictionary readings (率 shuài in 率先, not lǜ) and give the pinyin of unknown characters.
 */
export function wordByWord(
  text: string,
  readings: readonly string[],
  own: (word: string) => OwnWord | undefined,
  general: Readonly<Record<string, GeneralEntry[]>>,
): WordReading[] {
  const chars = [...text];
  const words: WordReading[] = [];
  for (let at = 0; at < chars.length; ) {
    if (!isHanChar(chars[at])) {
      at += 1;
      continue;
    }
    let best: { length: number; reading: WordReading } | undefined;
    for (let end = at + 1; end <= chars.length && isHanChar(chars[end - 1]); end += 1) {
      const word = chars.slice(at, end).join('');
      const ownWord = own(word);
      // Guanhua's word wins a tie: its gloss is the one written for this kind of text.
      if (ownWord && (!best || end - at >= best.length)) {
        best = { length: end - at, reading: { text: word, pinyin: ownWord.pinyin, gloss: ownWord.gloss, from: 'guanhua' } };
        continue;
      }
      const entries = general[word];
      if (entries && (!best || end - at > best.length)) {
        const entry = pickEntry(entries, readings.slice(at, end));
        best = { length: end - at, reading: { text: word, pinyin: entry.pinyin, gloss: sensesOf(entry), from: 'cc-cedict' } };
      }
    }
    if (!best) best = { length: 1, reading: { text: chars[at] as string, pinyin: readings[at] ?? '', gloss: '', from: 'none' } };
    words.push(best.reading);
    at += best.length;
  }
  return words;
}

/** The entry whose reading is the one shown, else the first that is not a name. */
function pickEntry(entries: readonly GeneralEntry[], readings: readonly string[]): GeneralEntry {
  const shown = readings.join(' ').toLowerCase();
  return (
    entries.find((entry) => entry.pinyin.toLowerCase() === shown && entry.pinyin === entry.pinyin.toLowerCase()) ??
    entries.find((entry) => entry.pinyin.toLowerCase() === shown) ??
    entries.find((entry) => entry.pinyin === entry.pinyin.toLowerCase()) ??
    (entries[0] as GeneralEntry)
  );
}

/**
 * A cross-reference to a place's full name, "see 唐山市[Tang2 shan1 Shi4]" (the Simplified side of
 * "see 江蘇省|江苏省[…]"): the place the word names, which CC-CEDICT gives no sense of its own.
 */
const PLACE_REFERENCE = /^see (?:[^|[\s]+\|)?([^|[\s]+?(?:市|省|县|縣|区|區|州|盟|旗))\[/u;

/** "to take the lead; to show initiative": the first senses, cross-references and surnames last; a place's full name first (唐山: short for 唐山市). */
function sensesOf(entry: GeneralEntry): string {
  const places = entry.senses.flatMap((sense) => {
    const place = PLACE_REFERENCE.exec(sense)?.[1];
    return place ? [`short for ${place}`] : [];
  });
  const plain = entry.senses.filter((sense) => !/^(surname |see |variant of |old variant of |used in )/u.test(sense));
  const senses = [...places, ...plain];
  return (senses.length > 0 ? senses : entry.senses).slice(0, MAX_SENSES).join('; ');
}
