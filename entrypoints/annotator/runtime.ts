// Everything Guanhua does on a Chinese page, loaded only on such pages (see ./index.ts): the
// engine with its dictionary, the page adapter, the tooltip and the word list, wired together.
import { browser } from 'wxt/browser';
import matchingJson from 'virtual:guanhua/matching';
import { Annotator } from '../../engine/annotator.ts';
import { unpackMatching, type MatchingDictionary } from '../../engine/dictionary-split.ts';
import { asMatchingDictionary, asTooltipTexts } from '../../engine/load-dictionary.ts';
import type { ReadPinyin } from '../../engine/annotation.ts';
import { TooltipHost } from '../../components/tooltip-host.tsx';
import { GuanhuaPage } from '../../page/guanhua-page.ts';
import { frameRole } from '../../page/frame-role.ts';
import { clearPageState, PAGE_STATE_ATTRIBUTE, setPageState } from '../../page/page-state.ts';
import { PinyinOnDemand } from '../../page/pinyin-on-demand.ts';
import { yieldToPage } from '../../page/scheduler.ts';
import { markTiming } from '../../page/timing.ts';
import { isActiveOn, settingsFromStorage, type Settings } from '../../settings/schema.ts';
import { watchSettings } from '../../settings/store.ts';
import { getWordList, watchWordList } from '../../settings/word-list.ts';
import { PINYIN_READER_GLOBAL, type AnnotatorSession, type StartAnnotator } from '../../shared/annotator-contract.ts';
import type { FoundTerm } from '../../shared/found-term.ts';
import { warnOf } from '../../shared/failures.ts';
import { importScriptGlobal } from '../../shared/script-global.ts';
import {
  answerMessages,
  isPageRequest,
  MAX_GENERAL_WORDS_TEXT,
  type GeneralWordsRequest,
  type PageTermsReply,
  type SaveWordMessage,
  type TermsMessage,
  type TooltipTextsRequest,
} from '../../shared/messages.ts';
import { asGeneralWords } from '../../engine/general-dictionary.ts';

/** pinyin-pro's script (entrypoints/pinyin-reader.ts), loaded the way the detector loads this bundle. */
const loadPinyinReader = () => importScriptGlobal<ReadPinyin>('/pinyin-reader.js', PINYIN_READER_GLOBAL);

/**
 * Guanhua on a Chinese page: the engine is built in steps that leave the page its main thread
 * (engine/annotator.ts, Annotator.create), then the page starts.
 */
export const startAnnotator: StartAnnotator = (stored) => {
  const initial = settingsFromStorage(stored).settings;
  let disposed = false;
  let session: AnnotatorSession | undefined;
  // Settings changed while the engine is being built are not lost.
  let latest = initial;
  const unwatchWhileBuilding = watchSettings((next) => (latest = next));
  const dictionary = asMatchingDictionary(unpackMatching(matchingJson));
  const pinyin = new PinyinOnDemand(loadPinyinReader);
  Annotator.create({ dictionary, readPinyin: pinyin.read }, yieldToPage)
    .then((annotator) => {
      markTiming('guanhua:ready');
      unwatchWhileBuilding();
      if (!disposed) session = startWith(annotator, dictionary, pinyin, latest);
    })
    .catch(warnOf('could not start on this page'));
  return {
    dispose() {
      disposed = true;
      unwatchWhileBuilding();
      session?.dispose();
    },
  };
}

/**
 * The engine, the page adapter and the tooltip on the page, following every change of the
 * settings at once and answering the popup's questions about the page.
 */
function startWith(annotator: Annotator, dictionary: MatchingDictionary, pinyin: PinyinOnDemand, initial: Settings): AnnotatorSession {
  const saved = new Set<string>();
  getWordList()
    .then((list) => {
      for (const word of list) saved.add(word.term);
    })
    .catch(warnOf('could not read the word list'));
  const unwatchWords = watchWordList((list) => {
    saved.clear();
    for (const word of list) saved.add(word.term);
  });
  // A same-origin frame marks its text, but the top frame alone answers the popup and sets the badge.
  const top = frameRole(window) === 'top';
  const report = (terms: FoundTerm[]) => {
    if (!top) return;
    const message: TermsMessage = { type: 'guanhua:terms', terms };
    browser.runtime.sendMessage(message).catch(() => {
      // No listener (the worker is starting up) or the extension was reloaded: the badge can wait.
    });
  };
  const page = new GuanhuaPage({
    document,
    dictionary,
    annotator,
    pinyin,
    createTooltip: (document, actions) => new TooltipHost(document, actions),
    // The explanations live in the background until a reader opens a tooltip (engine/dictionary-split.ts).
    loadTexts: async () => {
      const request: TooltipTextsRequest = { type: 'guanhua:tooltip-texts' };
      return asTooltipTexts(await browser.runtime.sendMessage(request));
    },
    // CC-CEDICT stays in the background, which reads it the first time a phrase is looked up.
    lookupGeneral: async (text) => {
      const request: GeneralWordsRequest = { type: 'guanhua:general-words', text: text.slice(0, MAX_GENERAL_WORDS_TEXT) };
      return asGeneralWords(await browser.runtime.sendMessage(request));
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
          // An unlisted slogan has no explanation of its own: its words, as the tooltip read them.
          explanation: content.explanation ?? (content.words ?? []).map((word) => `${word.text} ${word.pinyin} ${word.gloss}`.trim()).join(' · '),
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
  let settings = initial;
  const active = () => isActiveOn(settings, location.hostname);
  const apply = () => {
    const on = active();
    setPageState(document.documentElement, on ? 'zh' : 'off');
    if (on) {
      page.setSettings(settings);
      page.start();
    } else {
      page.stop();
    }
  };
  apply();
  // Every setting applies to the open page at once, without a reload.
  const unwatchSettings = watchSettings((next) => {
    settings = next;
    apply();
  });
  // The popup asks for this page's terms, and to show one of them.
  const stopAnswering = answerMessages((message) => {
    if (!top || !isPageRequest(message)) return undefined;
    if (message.type === 'guanhua:page-terms') {
      return (active() ? page.glossedTerms() : Promise.resolve([])).then(
        (terms): PageTermsReply => ({ state: document.documentElement.getAttribute(PAGE_STATE_ATTRIBUTE), hostname: location.hostname, terms }),
      );
    }
    return Promise.resolve({ revealed: active() && page.reveal(message.key) });
  });
  return {
    dispose() {
      unwatchSettings();
      unwatchWords();
      stopAnswering();
      page.stop();
      clearPageState(document.documentElement);
    },
  };
}
