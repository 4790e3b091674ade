import { countChineseShare } from '../engine/chinese-text.ts';
import { isChineseShare } from '../engine/is-chinese-text.ts';
import { DETECTION_SAMPLE_CHARS } from '../engine/limits.ts';
import { SKIPPED_TAGS } from './text-blocks.ts';

/**
 * A Han character, or near one: the blocks of isHanCode, with the symbols between two of them
 * and any high surrogate of the astral extensions. A first filter; the count that decides is exact.
 */
const NEAR_HAN = /[\u3400-\u9fff\uf900-\ufaff\ud840-\ud888]/;
/** The elements whose text Guanhua never reads, as a selector. */
const SKIPPED_SELECTOR = [...SKIPPED_TAGS].map((tag) => tag.toLowerCase()).join(',');
/**
 * Text nodes longer than this are checked for a skipped ancestor before they count against the
 * budget of the quick look: a page's inline scripts (a framework's data, an analytics snippet) can
 * be longer than the whole sample, and must not use it up before the article.
 */
const LONG_TEXT = 256;

/** Whether a text node stands inside an element Guanhua never reads (a script, a field, code). */
const skipped = (node: Node) => node.parentElement?.closest(SKIPPED_SELECTOR) != null;

/**
 * Whether the page has enough Chinese text to be worth annotating: a walk over at most
 * `maxChars` of its text in document order, without forcing layout and leaving out what Guanhua
 * never reads (scripts, styles, form fields, code), counting Han characters and letters node by
 * node, with no copy of the text (it runs on every page).
 *
 * Most pages have no Chinese at all: a quick look answers them first, a native regular expression
 * per text node and nothing called back per element; only a page with a Han character in its
 * sample is counted character by character.
 */
export function pageLooksChinese(document: Document, maxChars = DETECTION_SAMPLE_CHARS): boolean {
  const body = document.body;
  if (!body) return false;
  return hasHanText(document, body, maxChars) && chineseShareOf(document, body, maxChars);
}

/**
 * Whether a Han character stands in the text Guanhua reads within the first `maxChars` code points
 * (read as twice as many UTF-16 units, so that the look covers at least the sample counted later).
 */
function hasHanText(document: Document, body: HTMLElement, maxChars: number): boolean {
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let left = 2 * maxChars;
  for (let node = walker.nextNode(); node && left > 0; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (text.length > LONG_TEXT && skipped(node)) continue;
    if (NEAR_HAN.test(text.length > left ? text.slice(0, left) : text) && !skipped(node)) return true;
    left -= text.length;
  }
  return false;
}

/** The count that decides: Han characters against letters, node by node, skipped elements left out. */
function chineseShareOf(document: Document, body: HTMLElement, maxChars: number): boolean {
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const counts = { han: 0, letters: 0 };
  let left = maxChars;
  for (let node = walker.nextNode(); node && left > 0; node = walker.nextNode()) {
    if (!skipped(node)) left -= countChineseShare(node.nodeValue ?? '', counts, left);
  }
  return isChineseShare(counts);
}
