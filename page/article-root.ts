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
  return container ?? withHeadline(best);
}

/** Elements that hold a headline: headings, and the title cells and spans of table-built portals. */
const HEADLINE = /(^|[\s_-])(title|bt|biaoti|headline|heading|tit)([\s_-]|$)|Headline|Heading|Title/;
/** How far above the text a headline may sit (the text's table row, its table …). */
const HEADLINE_LEVELS = 3;
/** A headline is short: Han characters at most. */
const MAX_HEADLINE_HAN = 80;
/** What an ancestor may hold besides the text and the headline (a date line, a source, a byline). */
const MAX_EXTRA_HAN = 200;

/** A line of text alone in its element: no links, no elements of its own. */
function isPlainLine(element: Element): boolean {
  if (element.children.length > 0 || element.closest('a')) return false;
  const han = hanCount(element.textContent ?? '');
  return han >= 4 && han <= MAX_HEADLINE_HAN;
}

/** Bold or large type that old pages set their headline in: <font size="5"><b>…</b></font>. */
const EMPHASIS_TAGS = new Set(['B', 'STRONG', 'FONT']);

function isHeadline(element: Element): boolean {
  const han = hanCount(element.textContent ?? '');
  if (han < 4 || han > MAX_HEADLINE_HAN) return false;
  if (/^H[1-3]$/.test(element.tagName) || HEADLINE.test(`${element.id} ${element.getAttribute('class') ?? ''}`)) return true;
  // Emphasis that is all the text of its cell or paragraph: a headline, not a bold word in prose.
  const block = element.parentElement?.closest('td, th, p, div, center');
  return EMPHASIS_TAGS.has(element.tagName) && !!block && hanCount(block.textContent ?? '') === han;
}

/**
 * The text's container widened to take in the headline above it: pages often print the headline
 * in a row, cell or element of its own before the container of the paragraphs (a portal's
 * table, a gov.cn content div, a WeChat article). Only an ancestor that adds little else is taken.
 */
function withHeadline(text: Element): Element {
  if ([...text.querySelectorAll('h1, h2')].some(isHeadline)) return text;
  const textHan = hanCount(text.textContent ?? '');
  let ancestor = text.parentElement;
  for (let level = 0; ancestor && ancestor.tagName !== 'BODY' && level < HEADLINE_LEVELS; level += 1, ancestor = ancestor.parentElement) {
    if (isExcluded(ancestor)) return text;
    const before = [...ancestor.querySelectorAll('*')].filter(
      (element) => !text.contains(element) && (element.compareDocumentPosition(text) & 4) /* FOLLOWING */ !== 0,
    );
    // A headline by its tag or name, else (a portal of generated class names) the first short line
    // of plain text above the text: no links in it, no blocks inside it.
    const headline = before.find(isHeadline) ?? before.find(isPlainLine);
    if (!headline) continue;
    const extra = hanCount(ancestor.textContent ?? '') - textHan;
    return extra <= MAX_EXTRA_HAN ? ancestor : text;
  }
  return text;
}

/** A list of links inside an article (related news, a navigation box, previous/next) has at least this many. */
const MIN_CLUSTER_LINKS = 2;
/** …and this share of its Han characters in links. */
const MIN_CLUSTER_LINK_SHARE = 0.7;
/** At most this many links of the article are looked at: bounds the work on very long pages. */
const MAX_LINKS_LOOKED_AT = 2000;
const CLUSTER_SELECTOR = 'ul, ol, dl, div, table, p, section, td, nav, aside, footer';

/**
 * Page furniture inside the article's container, which Guanhua leaves alone with "Annotate: the
 * article": navigation, share bars, footers (by tag or name), and lists of links (related news,
 * navigation boxes, previous/next), by their share of linked text.
 */
export function furnitureWithin(root: Element): Set<Element> {
  const furniture = new Set<Element>();
  for (const element of root.querySelectorAll('nav, header, footer, aside, [role="navigation"], [id], [class]')) {
    if (NOT_ARTICLE_TAGS.has(element.tagName) || element.getAttribute('role') === 'navigation' || NOT_ARTICLE.test(`${element.id} ${element.getAttribute('class') ?? ''}`)) {
      furniture.add(element);
    }
  }
  const judged = new Set<Element>();
  let looked = 0;
  for (const link of root.querySelectorAll('a')) {
    if (looked++ >= MAX_LINKS_LOOKED_AT) break;
    // The list, box or paragraph the link sits in (a list item's list, not the item).
    const cluster = link.parentElement?.closest(CLUSTER_SELECTOR) ?? null;
    if (!cluster || cluster === root || !root.contains(cluster) || judged.has(cluster)) continue;
    judged.add(cluster);
    const links = cluster.querySelectorAll('a');
    if (links.length < MIN_CLUSTER_LINKS) continue;
    const han = hanCount(cluster.textContent ?? '');
    if (han > 0 && linkDensity(cluster, han) >= MIN_CLUSTER_LINK_SHARE) furniture.add(cluster);
  }
  return furniture;
}
