// pinyin-pro, as a script of its own: the annotator bundle loads it only when a page has text the
// dictionary does not hold (page/pinyin-on-demand.ts). It hands the reader over through a global
// of the content script's isolated world, as the annotator bundle does.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPinyinWithPinyinPro } from '../engine/pinyin-pro-reader.ts';
import { PINYIN_READER_GLOBAL } from '../shared/annotator-contract.ts';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[PINYIN_READER_GLOBAL] = readPinyinWithPinyinPro;
});
