// The page adapter's first step: the text of a page, as blocks of text nodes in document order.
// A block is the text inside one block-level element (a paragraph, a heading, a list item), so a
// term may span <b>市委</b>书记 but never two paragraphs. Editable fields, code and scripts are
// never read.

/** Elements whose text Guanhua never reads or changes. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'CODE', 'PRE',
  'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL', 'HTML',
]);

export interface TextBlock {
  nodes: Text[];
}

function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

function blockOf(node: Node, root: Node): Node {
  for (let current = node.parentNode; current && current !== root; current = current.parentNode) {
    if (current.nodeType === 1 && BLOCK_TAGS.has((current as Element).tagName.toUpperCase())) return current;
  }
  return root;
}

/**
 * The text nodes under `root` that Guanhua may read, grouped into blocks. `isOwn` tells nodes
 * Guanhua itself put in the page (its marks and the text around them), which are never read again.
 */
export function collectTextBlocks(root: Node, isOwn: (node: Node) => boolean = () => false): TextBlock[] {
  return [...textBlocks(root, isOwn)];
}

/**
 * The same blocks one at a time, so that a caller can stop after any block and go on later: on a
 * page of 10,000 paragraphs, reading them all at once would block the page.
 */
export function* textBlocks(root: Node, isOwn: (node: Node) => boolean = () => false): Generator<TextBlock> {
  // Text added inside an editor or a form field later is as off-limits as the field itself.
  for (let ancestor: Node | null = root; ancestor; ancestor = ancestor.parentNode) {
    if (ancestor.nodeType === 1 && isSkipped(ancestor as Element)) return;
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x1 /* SHOW_ELEMENT */ | 0x4 /* SHOW_TEXT */, {
    acceptNode(node) {
      if (isOwn(node)) return 2; /* FILTER_REJECT */
      if (node.nodeType !== 1) return 1; /* FILTER_ACCEPT */
      const element = node as Element;
      if (isSkipped(element)) return 2; /* FILTER_REJECT: not it, nor anything inside */
      return element.tagName.toUpperCase() === 'BR' ? 1 : 3; /* FILTER_SKIP: look inside */
    },
  });
  const hasText = (block: TextBlock) => block.nodes.some((text) => (text.nodeValue ?? '').trim() !== '');
  let current: TextBlock | null = null;
  let currentBlock: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      // <br> ends a block as a paragraph does.
      if (current && hasText(current)) yield current;
      current = null;
      continue;
    }
    const block = blockOf(node, root);
    if (!current || block !== currentBlock) {
      if (current && hasText(current)) yield current;
      current = { nodes: [] };
      currentBlock = block;
    }
    current.nodes.push(node as Text);
  }
  if (current && hasText(current)) yield current;
}
