// Room for the pinyin. A line with pinyin over it is taller than the page planned for; where a
// box of fixed height clips what overflows it (a list of headlines, each item one line high with
// overflow: hidden), the pinyin or the text would be cut off or drawn over the next item. Such a
// box gets its height freed (page-style.css, [data-guanhua-room]); nothing else about it changes.

export const ROOM_ATTRIBUTE = 'data-guanhua-room';
/** The marked text's own element and this many of its ancestors are looked at. */
const LEVELS = 3;

/**
 * The boxes around freshly marked text that clip it: overflow hidden (or clip) and content taller
 * than the box. Styles are read first, and the layout only for the rare box that hides overflow,
 * so that a page of ordinary paragraphs is never made to lay out early.
 */
export function clippingBoxes(marked: Iterable<Element>, view: Window, hidesOverflow: WeakMap<Element, boolean> = new WeakMap()): Element[] {
  const found = new Set<Element>();
  const seen = new Set<Element>();
  for (const start of marked) {
    let element: Element | null = start;
    for (let level = 0; element && level < LEVELS; level += 1, element = element.parentElement) {
      if (seen.has(element) || element.tagName === 'BODY' || element.tagName === 'HTML') break;
      seen.add(element);
      // Whether a box hides what overflows it is read once per box (`hidesOverflow`, kept by the
      // caller for a page): most boxes are looked at again and again as their text is marked.
      let hides = hidesOverflow.get(element);
      if (hides === undefined) {
        const { overflowY } = view.getComputedStyle(element);
        hides = overflowY === 'hidden' || overflowY === 'clip';
        hidesOverflow.set(element, hides);
      }
      if (hides && element.scrollHeight > element.clientHeight + 1) found.add(element);
    }
  }
  return [...found];
}
