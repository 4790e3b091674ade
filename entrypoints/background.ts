import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isTermsMessage } from '../page/messages.ts';
import { loadSettings, updateSettings } from '../settings/store.ts';

export default defineBackground(() => {
  // The toolbar badge: how many distinct terms Guanhua marked on the tab's page.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isTermsMessage(message) || tabId === undefined) return;
    const action = browser.action ?? browser.browserAction;
    void action.setBadgeText({ tabId, text: message.terms.length > 0 ? String(message.terms.length) : '' });
    void action.setBadgeBackgroundColor({ tabId, color: '#b42318' });
  });

  // Alt+Shift+P (rebindable in the browser's shortcut settings): pinyin on or off everywhere.
  browser.commands.onCommand.addListener((command) => {
    if (command !== 'toggle-pinyin') return;
    void loadSettings().then((settings) => updateSettings({ pinyinVisible: !settings.pinyinVisible }));
  });
});
