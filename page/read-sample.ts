import { isChineseText } from '../engine/is-chinese-text.ts';
import { DETECTION_SAMPLE_CHARS } from '../engine/limits.ts';
import { SKIPPED_TAGS } from './text-blocks.ts';

/**
 * Reads up to `maxChars` of the page's text, in document order, without forcing layout
 * (textContent of text nodes, not innerText) and without descending into what Guanhua never
 * reads (scripts, styles, form fields, code).
 */
export function readTextSample(root: Node, maxChars = DETECTION_SAMPLE_CHARS): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE && SKIPPED_TAGS.has((node as Element).tagName.toUpperCase())) {
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  let sample = '';
  for (let node = walker.nextNode(); node && sample.length < maxChars; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) sample += node.nodeValue ?? '';
  }
  return sample.slice(0, maxChars);
}

/** Whether the page has enough Chinese text to be worth annotating: one bounded read of its text. */
export function pageLooksChinese(document: Document): boolean {
  return isChineseText(document.body ? readTextSample(document.body) : '');
}
