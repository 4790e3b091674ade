// Messages between the content script, the background worker and the popup.
import { browser } from 'wxt/browser';
import { isSavedWord, type SavedWord } from '../settings/saved-word.ts';
import { warnOf } from './failures.ts';
import type { FoundTerm } from './found-term.ts';

/** Content script → background: the terms marked on the page (for the badge). */
export interface TermsMessage {
  type: 'guanhua:terms';
  terms: FoundTerm[];
}

/** Content script → background: save a word (the background writes the list; settings/exclusive.ts). */
export interface SaveWordMessage {
  type: 'guanhua:save-word';
  word: SavedWord;
}

/** Content script → background: the tooltip's texts (answered with TooltipTexts). */
export interface TooltipTextsRequest {
  type: 'guanhua:tooltip-texts';
}

export function isTooltipTextsRequest(message: unknown): message is TooltipTextsRequest {
  return !!message && (message as Partial<TooltipTextsRequest>).type === 'guanhua:tooltip-texts';
}

/**
 * Content script → background: the general dictionary's words in a phrase (answered with
 * GeneralWords, every word that starts in it: engine/general-dictionary.ts).
 */
export interface GeneralWordsRequest {
  type: 'guanhua:general-words';
  text: string;
}

/** The longest phrase the background looks up at once. */
export const MAX_GENERAL_WORDS_TEXT = 64;

export function isGeneralWordsRequest(message: unknown): message is GeneralWordsRequest {
  const candidate = message as Partial<GeneralWordsRequest> | null;
  return !!candidate && candidate.type === 'guanhua:general-words' && typeof candidate.text === 'string' && candidate.text.length <= MAX_GENERAL_WORDS_TEXT;
}

/** Popup → content script: this page's terms, or show one of them. */
export type PageRequest = { type: 'guanhua:page-terms' } | { type: 'guanhua:reveal'; key: string };

export interface PageTermsReply {
  /** The page state marker: 'zh', 'not-chinese', 'off', or null before the content script ran. */
  state: string | null;
  hostname: string;
  terms: FoundTerm[];
}

export function isTermsMessage(message: unknown): message is TermsMessage {
  const candidate = message as Partial<TermsMessage> | null;
  return !!candidate && candidate.type === 'guanhua:terms' && Array.isArray(candidate.terms);
}

export function isPageRequest(message: unknown): message is PageRequest {
  const candidate = message as { type?: unknown; key?: unknown } | null;
  return (
    !!candidate &&
    (candidate.type === 'guanhua:page-terms' || (candidate.type === 'guanhua:reveal' && typeof candidate.key === 'string'))
  );
}

export function isSaveWordMessage(message: unknown): message is SaveWordMessage {
  const candidate = message as Partial<SaveWordMessage> | null;
  return !!candidate && candidate.type === 'guanhua:save-word' && isSavedWord(candidate.word);
}

type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

/**
 * Listens for runtime messages that `answer` replies to asynchronously (undefined: not ours). The
 * reply goes through sendResponse with `true` returned, which every browser supports; a failed
 * answer is logged and replied to with nothing. Returns the function that stops listening.
 */
export function answerMessages(answer: (message: unknown, sender: Sender) => Promise<unknown> | undefined): () => void {
  const listener = (message: unknown, sender: Sender, sendResponse: (reply?: unknown) => void) => {
    const reply = answer(message, sender);
    if (!reply) return false;
    reply.then(sendResponse, (error: unknown) => {
      warnOf('could not answer a message')(error);
      sendResponse(undefined);
    });
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
