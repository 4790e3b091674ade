import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isSaveWordMessage, isTermsMessage } from '../page/messages.ts';
import { updateSettings } from '../settings/store.ts';
import { addWords } from '../settings/word-list.ts';

export default defineBackground(() => {
  // The toolbar badge: how many distinct terms Guanhua marked on the tab's page.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isTermsMessage(message) || tabId === undefined) return;
    const action = browser.action ?? browser.browserAction;
    void action.setBadgeText({ tabId, text: message.terms.length > 0 ? String(message.terms.length) : '' });
    void action.setBadgeBackgroundColor({ tabId, color: '#b42318' });
  });

  // Words saved in a tooltip: the content scripts of every tab ask here, so that the list has
  // one writer besides the popup, and the two take turns (settings/exclusive.ts).
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isSaveWordMessage(message) || sender.id !== browser.runtime.id) return undefined;
    return addWords([message.word]);
  });

  // Alt+Shift+P (rebindable in the browser's shortcut settings): pinyin on or off everywhere.
  browser.commands.onCommand.addListener((command) => {
    if (command !== 'toggle-pinyin') return;
    void updateSettings((settings) => ({ pinyinVisible: !settings.pinyinVisible }));
  });
});
