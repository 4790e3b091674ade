import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import dictionaryJson from '../dictionaries/generated/dictionary.json';
import { Annotator } from '../engine/annotator.ts';
import { asDictionary } from '../engine/load-dictionary.ts';
import { readPinyinWithPinyinPro } from '../engine/pinyin-pro-reader.ts';
import { GuanhuaPage } from '../page/guanhua-page.ts';
import { isPageRequest, type PageTermsReply, type TermsMessage } from '../page/messages.ts';
import { clearPageState } from '../page/page-state.ts';
import { applyPageState } from '../page/start.ts';
import { isActiveOn, type Settings } from '../settings/schema.ts';
import { loadSettings, watchSettings } from '../settings/store.ts';
import { getWordList, saveWord, watchWordList } from '../settings/word-list.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    let settings = await loadSettings();
    const saved = new Set((await getWordList()).map((word) => word.term));
    let page: GuanhuaPage | null = null;

    const report = (terms: TermsMessage['terms']) => {
      const message: TermsMessage = { type: 'guanhua:terms', terms };
      browser.runtime.sendMessage(message).catch(() => {
        // No listener (the worker is starting up) or the extension was reloaded: the badge can wait.
      });
    };

    const createPage = (current: Settings) => {
      const dictionary = asDictionary(dictionaryJson);
      return new GuanhuaPage({
        document,
        dictionary,
        annotator: new Annotator({ dictionary, readPinyin: readPinyinWithPinyinPro }),
        readPinyin: readPinyinWithPinyinPro,
        settings: current,
        isSaved: (term) => saved.has(term),
        saveWord: async (content, sentence) => {
          await saveWord({
            term: content.key,
            pinyin: content.pinyin,
            gloss: content.gloss,
            kind: content.kind,
            explanation: content.explanation ?? '',
            sentence,
            pageTitle: document.title,
            url: location.href,
            savedAt: new Date().toISOString(),
          });
          saved.add(content.key);
        },
        onTermsChanged: report,
      });
    };

    const settingsAllowPage = () => isActiveOn(settings, location.hostname);
    const apply = () => {
      const state = applyPageState({ document, enabled: settingsAllowPage() });
      if (state === 'zh') {
        page ??= createPage(settings);
        page.setSettings(settings);
        page.start();
      } else {
        page?.stop();
      }
    };
    apply();

    // Every setting applies to the open page at once, without a reload.
    const unwatch = [
      watchSettings((next) => {
        settings = next;
        apply();
      }),
      watchWordList((list) => {
        saved.clear();
        for (const word of list) saved.add(word.term);
      }),
    ];
    // The popup asks for this page's terms, and to show one of them.
    const onMessage = (message: unknown) => {
      if (!isPageRequest(message)) return undefined;
      if (message.type === 'guanhua:page-terms') {
        const reply: PageTermsReply = {
          state: document.documentElement.getAttribute('data-guanhua'),
          hostname: location.hostname,
          terms: page && settingsAllowPage() ? page.foundTerms() : [],
        };
        return Promise.resolve(reply);
      }
      return Promise.resolve({ revealed: page?.reveal(message.key) ?? false });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      for (const stop of unwatch) stop();
      browser.runtime.onMessage.removeListener(onMessage);
      page?.stop();
      clearPageState(document.documentElement);
    });
  },
});
