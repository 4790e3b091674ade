import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import dictionaryJson from '../dictionaries/generated/dictionary.json';
import { Annotator } from '../engine/annotator.ts';
import { asDictionary } from '../engine/load-dictionary.ts';
import { readPinyinWithPinyinPro } from '../engine/pinyin-pro-reader.ts';
import { GuanhuaPage, type DisplaySettings } from '../page/guanhua-page.ts';
import type { TermsMessage } from '../page/messages.ts';
import { clearPageState } from '../page/page-state.ts';
import { applyPageState } from '../page/start.ts';
import { enabledItem, pinyinVisibleItem, toneColorsItem, toneStyleItem } from '../settings/items.ts';
import { getWordList, saveWord, watchWordList } from '../settings/word-list.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const [enabled, pinyinVisible, toneStyle, toneColors, words] = await Promise.all([
      enabledItem.getValue(),
      pinyinVisibleItem.getValue(),
      toneStyleItem.getValue(),
      toneColorsItem.getValue(),
      getWordList(),
    ]);
    const display: DisplaySettings = { pinyinVisible, toneStyle, toneColors };
    const saved = new Set(words.map((word) => word.term));
    let page: GuanhuaPage | null = null;

    const report = (distinct: number) => {
      const message: TermsMessage = { type: 'guanhua:terms', distinct };
      browser.runtime.sendMessage(message).catch(() => {
        // No listener (the worker is starting up) or the extension was reloaded: the badge can wait.
      });
    };

    const createPage = () => {
      const dictionary = asDictionary(dictionaryJson);
      return new GuanhuaPage({
        document,
        dictionary,
        annotator: new Annotator({ dictionary, readPinyin: readPinyinWithPinyinPro }),
        display,
        isSaved: (term) => saved.has(term),
        saveWord: async (content, sentence) => {
          await saveWord({
            term: content.term,
            pinyin: content.pinyin,
            gloss: content.gloss,
            sentence,
            pageTitle: document.title,
            url: location.href,
            savedAt: new Date().toISOString(),
          });
          saved.add(content.term);
        },
        onTermsChanged: (terms) => report(terms.length),
      });
    };

    const apply = (on: boolean) => {
      const state = applyPageState({ document, enabled: on });
      if (state === 'zh') {
        page ??= createPage();
        page.start();
      } else {
        page?.stop();
      }
    };
    apply(enabled);

    // Every setting applies to the open page at once, without a reload.
    const unwatch = [
      enabledItem.watch(apply),
      pinyinVisibleItem.watch((value) => page?.setDisplay(Object.assign(display, { pinyinVisible: value }))),
      toneStyleItem.watch((value) => page?.setDisplay(Object.assign(display, { toneStyle: value }))),
      toneColorsItem.watch((value) => page?.setDisplay(Object.assign(display, { toneColors: value }))),
      watchWordList((list) => {
        saved.clear();
        for (const word of list) saved.add(word.term);
      }),
    ];
    ctx.onInvalidated(() => {
      for (const stop of unwatch) stop();
      page?.stop();
      clearPageState(document.documentElement);
    });
  },
});
