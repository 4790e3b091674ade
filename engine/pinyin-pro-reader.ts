// The default ReadPinyin: pinyin-pro in citation tones (一 yī, 不 bù), one token per character,
// with surname readings for names (单 Shàn, 华 Huà). Used for text the dictionary does not hold.
import { pinyin } from 'pinyin-pro';
import type { ReadPinyin } from './annotation.ts';

export const readPinyinWithPinyinPro: ReadPinyin = (text, { personName = false } = {}) =>
  pinyin(text, { type: 'all', toneSandhi: false, ...(personName && { surname: 'head' as const }) }).flatMap((item) =>
    item.isZh ? [item.pinyin] : [...item.origin],
  );
