import tooltipTexts from 'virtual:guanhua/tooltip-texts';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { warnOf } from '../shared/failures.ts';
import { GeneralDictionary } from '../engine/general-dictionary.ts';
import { answerMessages, isGeneralWordsRequest, isSaveWordMessage, isTermsMessage, isTooltipTextsRequest } from '../shared/messages.ts';
import { updateSettings } from '../settings/store.ts';
import { addWords } from '../settings/word-list.ts';
import { GENERAL_DICTIONARY_FILE } from '../shared/general-dictionary-file.ts';

export default defineBackground(() => {
  // The toolbar badge: how many distinct terms Guanhua marked on the tab's page.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isTermsMessage(message) || tabId === undefined) return;
    const action = browser.action ?? browser.browserAction;
    // The tab may have closed meanwhile: then there is no badge to set.
    action.setBadgeText({ tabId, text: message.terms.length > 0 ? String(message.terms.length) : '' }).catch(warnOf('could not set the badge'));
    action.setBadgeBackgroundColor({ tabId, color: '#b42318' }).catch(warnOf('could not colour the badge'));
  });

  // Words saved in a tooltip: the content scripts of every tab ask here, so that the list has
  // one writer besides the popup, and the two take turns (settings/exclusive.ts).
  answerMessages((message, sender) => (isSaveWordMessage(message) && sender.id === browser.runtime.id ? addWords([message.word]) : undefined));

  // The tooltip's texts, for a page's first tooltip: kept here so that the annotator bundle every
  // Chinese page loads carries only what matching needs.
  answerMessages((message, sender) => (isTooltipTextsRequest(message) && sender.id === browser.runtime.id ? Promise.resolve(tooltipTexts) : undefined));

  // The general dictionary (CC-CEDICT, its own file), read the first time a tooltip asks for it:
  // a page never loads it, and the worker only once it is needed.
  let general: Promise<GeneralDictionary> | undefined;
  const loadGeneral = () => {
    // A file the build writes (wxt.config.ts), so not among the public paths WXT types know.
    const url = (browser.runtime.getURL as (path: string) => string)(`/${GENERAL_DICTIONARY_FILE}`);
    general ??= fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${GENERAL_DICTIONARY_FILE}: HTTP ${response.status}`);
        return response.text();
      })
      .then((text) => new GeneralDictionary(text))
      .catch((error: unknown) => {
        general = undefined;
        throw error;
      });
    return general;
  };
  answerMessages((message, sender) =>
    isGeneralWordsRequest(message) && sender.id === browser.runtime.id ? loadGeneral().then((dictionary) => dictionary.wordsIn(message.text)) : undefined,
  );

  // Alt+Shift+P (rebindable in the browser's shortcut settings): pinyin on or off everywhere.
  browser.commands.onCommand.addListener((command) => {
    if (command !== 'toggle-pinyin') return;
    updateSettings((settings) => ({ pinyinVisible: !settings.pinyinVisible })).catch(warnOf('could not switch pinyin'));
  });
});
