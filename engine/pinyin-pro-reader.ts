// The default ReadPinyin: pinyin-pro in citation tones (一 yī, 不 bù), one token per character,
// with surname readings for names (单 Shàn, 华 Huà). Used for text the dictionary does not hold.
import { pinyin } from 'pinyin-pro';
import type { ReadPinyin } from './annotation.ts';

export const readPinyinWithPinyinPro: ReadPinyin = (text, { personName = false } = {}) =>
  pinyin(text, { type: 'all', toneSandhi: false, ...(personName && { surname: 'head' as const }) }).flatMap((item) =>
    item.isZh ? [(personName && NAME_READINGS[item.origin]) || item.pinyin] : [...item.origin],
  );

/**
 * Characters names read otherwise than pinyin-pro reads them there: 少 "young" is shào in names
 * (邓少华, as in 刘少奇), 麗 is lì (張麗善; lí only in the place 丽水).
 */
const NAME_READINGS: Readonly<Record<string, string>> = { 少: 'shào', 麗: 'lì', 丽: 'lì' };
