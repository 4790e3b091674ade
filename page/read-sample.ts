import { DETECTION_SAMPLE_CHARS } from '../engine/limits.ts';

const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/**
 * Reads up to `maxChars` of the page's text, in document order, without forcing layout
 * (textContent of text nodes, not innerText) and without descending into scripts and styles.
 */
export function readTextSample(root: Node, maxChars = DETECTION_SAMPLE_CHARS): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE && SKIPPED_ELEMENTS.has((node as Element).tagName)) {
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
