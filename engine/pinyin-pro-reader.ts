// The default ReadPinyin: pinyin-pro in citation tones (一 yī, 不 bù), one token per character,
// with surname readings for names (单 Shàn, 华 Huà). Used for text the dictionary does not hold. A
// Han character pinyin-pro cannot read (㵢 of 俞大㵢) has no reading, rather than itself as one.
import { pinyin } from 'pinyin-pro';
import traditionalCharacters from '../dictionaries/generated/simplified-characters.json';
import type { ReadPinyin } from './annotation.ts';
import { isHanChar } from './normalize.ts';

export const readPinyinWithPinyinPro: ReadPinyin = (text, { personName = false } = {}) => {
  const simplified = simplifiedForReading(text);
  const readings = pinyin(simplified, { type: 'all', toneSandhi: false, ...(personName && { surname: 'head' as const }) }).flatMap((item) =>
    item.isZh ? [(personName && NAME_READINGS[item.origin]) || item.pinyin] : [...item.origin].map((char) => (isHanChar(char) ? '' : char)),
  );
  // 都 after 之 is dū "capital" (演艺之都, 体育之城 and 美食之都 are a city's titles), which pinyin-pro reads dōu "all".
  const chars = [...simplified];
  for (let index = 1; index < chars.length; index += 1) if (chars[index] === '都' && chars[index - 1] === '之') readings[index] = 'dū';
  return readings;
};

/**
 * Characters names read otherwise than pinyin-pro reads them there: 少 "young" is shào in names
 * (邓少华, as in 刘少奇), 麗 is lì (張麗善; lí only in the place 丽水).
 */
const NAME_READINGS: Readonly<Record<string, string>> = { 少: 'shào', 麗: 'lì', 丽: 'lì' };

/** Traditional characters by their Simplified ones (dictionaries/generated/simplified-characters.json), made on first use. */
let simplifiedOf: Map<string, string> | undefined;

/**
 * The text with its Traditional characters in Simplified, character for character: pinyin-pro
 * segments and reads Simplified text, and on Traditional it falls back to each character's first
 * reading (亞洲 yā zhōu, 應急 yīng jí). Characters Simplified text also writes (著, 乾) stay.
 */
function simplifiedForReading(text: string): string {
  if (!simplifiedOf) {
    simplifiedOf = new Map();
    const pairs = traditionalCharacters.pairs;
    for (let index = 0; index + 1 < pairs.length; index += 2) simplifiedOf.set(pairs[index] as string, pairs[index + 1] as string);
  }
  let simplified = '';
  for (const char of text) simplified += simplifiedOf.get(char) ?? char;
  return simplified;
}
