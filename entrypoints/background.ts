import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isTermsMessage } from '../page/messages.ts';

export default defineBackground(() => {
  // The toolbar badge: how many distinct terms Guanhua marked on the tab's page.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isTermsMessage(message) || tabId === undefined) return;
    const action = browser.action ?? browser.browserAction;
    void action.setBadgeText({ tabId, text: message.distinct > 0 ? String(message.distinct) : '' });
    void action.setBadgeBackgroundColor({ tabId, color: '#b42318' });
  });
});
