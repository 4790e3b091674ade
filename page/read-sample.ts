import { countChineseShare } from '../engine/chinese-text.ts';
import { isChineseShare } from '../engine/is-chinese-text.ts';
import { DETECTION_SAMPLE_CHARS } from '../engine/limits.ts';
import { SKIPPED_TAGS } from './text-blocks.ts';

/**
 * Whether the page has enough Chinese text to be worth annotating: a walk over at most
 * `maxChars` of its text in document order, without forcing layout and without descending into
 * what Guanhua never reads (scripts, styles, form fields, code), counting Han characters and
 * letters node by node, with no copy of the text and no regular expression (it runs on every page).
 */
export function pageLooksChinese(document: Document, maxChars = DETECTION_SAMPLE_CHARS): boolean {
  const body = document.body;
  if (!body) return false;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      return node.nodeType === Node.ELEMENT_NODE && SKIPPED_TAGS.has((node as Element).tagName.toUpperCase()) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  const counts = { han: 0, letters: 0 };
  let left = maxChars;
  for (let node = walker.nextNode(); node && left > 0; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) left -= countChineseShare(node.nodeValue ?? '', counts, left);
  }
  return isChineseShare(counts);
}
