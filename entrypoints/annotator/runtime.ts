// Everything Guanhua does on a Chinese page, loaded only on such pages (see ./index.ts): the
// engine with its dictionary, the page adapter, the tooltip and the word list, wired together.
import { browser } from 'wxt/browser';
import matchingJson from 'virtual:guanhua/matching';
import { Annotator } from '../../engine/annotator.ts';
import { asMatchingDictionary, asTooltipTexts } from '../../engine/load-dictionary.ts';
import { readPinyinWithPinyinPro } from '../../engine/pinyin-pro-reader.ts';
import { TooltipHost } from '../../components/tooltip-host.tsx';
import { GuanhuaPage } from '../../page/guanhua-page.ts';
import { markTiming } from '../../page/timing.ts';
import { getWordList, watchWordList } from '../../settings/word-list.ts';
import type { CreateAnnotatorRuntime } from '../../shared/annotator-contract.ts';
import type { FoundTerm } from '../../shared/found-term.ts';
import type { SaveWordMessage, TermsMessage, TooltipTextsRequest } from '../../shared/messages.ts';

export const createAnnotatorRuntime: CreateAnnotatorRuntime = async (initial) => {
  const saved = new Set((await getWordList()).map((word) => word.term));
  const unwatchWords = watchWordList((list) => {
    saved.clear();
    for (const word of list) saved.add(word.term);
  });
  const report = (terms: FoundTerm[]) => {
    const message: TermsMessage = { type: 'guanhua:terms', terms };
    browser.runtime.sendMessage(message).catch(() => {
      // No listener (the worker is starting up) or the extension was reloaded: the badge can wait.
    });
  };
  const dictionary = asMatchingDictionary(matchingJson);
  const annotator = new Annotator({ dictionary, readPinyin: readPinyinWithPinyinPro });
  markTiming('guanhua:ready');
  const page = new GuanhuaPage({
    document,
    dictionary,
    annotator,
    readPinyin: readPinyinWithPinyinPro,
    createTooltip: (document, actions) => new TooltipHost(document, actions),
    // The explanations live in the background until a reader opens a tooltip (engine/dictionary-split.ts).
    loadTexts: async () => {
      const request: TooltipTextsRequest = { type: 'guanhua:tooltip-texts' };
      return asTooltipTexts(await browser.runtime.sendMessage(request));
    },
    settings: initial,
    isSaved: (term) => saved.has(term),
    saveWord: async (content, sentence) => {
      const message: SaveWordMessage = {
        type: 'guanhua:save-word',
        word: {
          term: content.key,
          pinyin: content.pinyin,
          gloss: content.gloss,
          kind: content.kind,
          explanation: content.explanation ?? '',
          sentence,
          pageTitle: document.title,
          url: location.href,
          savedAt: new Date().toISOString(),
        },
      };
      // The background writes the list, one writer at a time (settings/exclusive.ts).
      await browser.runtime.sendMessage(message);
      saved.add(content.key);
    },
    onTermsChanged: report,
  });
  return {
    apply(settings) {
      page.setSettings(settings);
      page.start();
    },
    stop: () => page.stop(),
    foundTerms: () => page.foundTerms(),
    reveal: (key) => page.reveal(key),
    dispose() {
      unwatchWords();
      page.stop();
    },
  };
};
