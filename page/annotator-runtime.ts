// Everything Guanhua does on a Chinese page, loaded only on such pages (see entrypoints/annotator.ts):
// the engine with its dictionary, the page adapter, the tooltip and the word list.
import { browser } from 'wxt/browser';
import dictionaryJson from '../dictionaries/generated/dictionary.json';
import { Annotator } from '../engine/annotator.ts';
import { asDictionary } from '../engine/load-dictionary.ts';
import { readPinyinWithPinyinPro } from '../engine/pinyin-pro-reader.ts';
import type { Settings } from '../settings/schema.ts';
import { getWordList, saveWord, watchWordList } from '../settings/word-list.ts';
import { GuanhuaPage, type FoundTerm } from './guanhua-page.ts';
import type { TermsMessage } from './messages.ts';

export interface AnnotatorRuntime {
  /** Starts (or updates) annotation with these settings. */
  apply(settings: Settings): void;
  /** Takes every mark out of the page. */
  stop(): void;
  foundTerms(): FoundTerm[];
  reveal(key: string): boolean;
  /** Stops for good: the extension was reloaded or updated. */
  dispose(): void;
}

/** The global the annotator bundle sets, for the detector that loaded it. */
export const ANNOTATOR_GLOBAL = '__guanhuaCreateAnnotator';

export type CreateAnnotatorRuntime = (settings: Settings) => Promise<AnnotatorRuntime>;

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
  const dictionary = asDictionary(dictionaryJson);
  const annotator = new Annotator({ dictionary, readPinyin: readPinyinWithPinyinPro });
  performance.mark('guanhua:ready');
  const page = new GuanhuaPage({
    document,
    dictionary,
    annotator,
    readPinyin: readPinyinWithPinyinPro,
    settings: initial,
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
