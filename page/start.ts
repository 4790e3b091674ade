import { isChineseText } from '../engine/is-chinese-text.ts';
import { readTextSample } from './read-sample.ts';
import { setPageState, type PageState } from './page-state.ts';

export interface StartOptions {
  document: Document;
  enabled: boolean;
}

/**
 * Decides what Guanhua does on this page and marks the decision on the root element.
 * Annotation itself arrives with the content-script issue; this is the cheap first step it
 * builds on.
 */
/** Whether the page has enough Chinese text to be worth annotating: one bounded read of its text. */
export function pageLooksChinese(document: Document): boolean {
  return isChineseText(document.body ? readTextSample(document.body) : '');
}

export function decidePageState({ document, enabled }: StartOptions): PageState {
  if (!enabled) return 'off';
  return pageLooksChinese(document) ? 'zh' : 'not-chinese';
}

export function applyPageState(options: StartOptions): PageState {
  const state = decidePageState(options);
  setPageState(options.document.documentElement, state);
  return state;
}
