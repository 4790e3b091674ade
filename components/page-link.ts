// The popup's line to the page in the active tab: its terms, and showing one of them.
import { browser } from 'wxt/browser';
import type { PageRequest, PageTermsReply } from '../shared/messages.ts';

export interface PageLink {
  /** The page's terms and state; null where Guanhua cannot run (browser pages, the store). */
  terms(): Promise<PageTermsReply | null>;
  reveal(key: string): Promise<void>;
}

async function send(request: PageRequest): Promise<unknown> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  return browser.tabs.sendMessage(tab.id, request);
}

export const activeTabLink: PageLink = {
  async terms() {
    try {
      const reply = (await send({ type: 'guanhua:page-terms' })) as PageTermsReply | null;
      return reply && Array.isArray(reply.terms) ? reply : null;
    } catch {
      return null;
    }
  },
  async reveal(key) {
    await send({ type: 'guanhua:reveal', key }).catch(() => undefined);
  },
};
