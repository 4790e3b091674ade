// Finds the article on a news page, so that Guanhua annotates the story and not the navigation,
// sidebars and footers full of Chinese links around it. A readability-style score: paragraphs of
// Chinese prose count for the element that holds them (half for its parent); link text counts
// against it.

const HAN = /\p{Script=Han}/gu;
const PROSE_TAGS = new Set(['P', 'LI', 'TD', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'DD', 'PRE', 'DIV', 'SECTION', 'ARTICLE']);
const NOT_ARTICLE = /(^|[\s_-])(nav|menu|header|footer|sidebar|side|aside|comment|share|breadcrumb|related|recommend|ad|banner|toolbar|copyright)([\s_-]|$)/i;
const NOT_ARTICLE_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM']);
/** Inline elements whose text belongs to the paragraph around them. */
const INLINE_TAGS = new Set(['A', 'B', 'STRONG', 'EM', 'I', 'U', 'SPAN', 'FONT', 'SMALL', 'BIG', 'MARK', 'Q', 'CITE', 'ABBR', 'TIME', 'SUB', 'SUP', 'LABEL', 'RUBY', 'RB', 'S', 'INS', 'DEL']);

/** A paragraph needs this many Han characters to count as prose rather than a link or label. */
const MIN_PROSE_HAN = 20;
/** The best container must hold this many Han characters of prose to be trusted as the article. */
const MIN_ARTICLE_HAN = 80;
/**
 * Only the first this-many candidate paragraphs are scored: far more than any article's opening
 * needs, and it bounds the time spent on pages of tens of thousands of paragraphs (scoring one
 * is a few microseconds, so this stays well under a frame).
 */
const MAX_SCORED_PARAGRAPHS = 1500;

function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

function isExcluded(element: Element): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (NOT_ARTICLE_TAGS.has(current.tagName) || current.getAttribute('role') === 'navigation') return true;
    if (NOT_ARTICLE.test(`${current.id} ${current.getAttribute('class') ?? ''}`) && current.tagName !== 'BODY') return true;
  }
  return false;
}

function linkDensity(element: Element, han: number): number {
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += hanCount(link.textContent ?? '');
  return han === 0 ? 1 : linked / han;
}

/**
 * The element holding the page's article, or `document.body` when no element stands out (a page
 * that is all article, or not an article at all).
 */
export function findArticleRoot(document: Document): Element {
  const body = document.body;
  if (!body) return document.documentElement;
  const semantic = [...body.querySelectorAll('article, main, [role="main"]')];
  const scores = new Map<Element, number>();
  let scored = 0;
  for (const paragraph of body.querySelectorAll('p, li, td, blockquote, h1, h2, h3, dd, pre, div')) {
    if (scored >= MAX_SCORED_PARAGRAPHS) break;
    if (!PROSE_TAGS.has(paragraph.tagName)) continue;
    // Only the text directly in this element, so nested containers do not count twice.
    let own = '';
    for (const child of paragraph.childNodes) {
      if (child.nodeType === 3 || (child.nodeType === 1 && INLINE_TAGS.has((child as Element).tagName))) own += child.textContent ?? '';
    }
    const han = hanCount(own);
    if (han < MIN_PROSE_HAN || isExcluded(paragraph)) continue;
    scored += 1;
    const score = han * (1 - linkDensity(paragraph, han));
    const parent = paragraph.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grandparent = parent?.parentElement;
    if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + score / 2);
  }
  let best: Element = body;
  let bestScore = 0;
  for (const [element, score] of scores) {
    // Prefer the semantic article/main that contains a high scorer: headlines live there too.
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  if (bestScore < MIN_ARTICLE_HAN) return body;
  const container = semantic.find((element) => element.contains(best) && !isExcluded(element));
  return container ?? best;
}
