// Renders engine annotations into a page's text nodes, and takes them out again exactly.
//
// A text node that holds annotations keeps its place in the DOM (frameworks such as React hold
// references to their text nodes and will update or remove them): its text moves into new nodes
// inserted after it, and it is left empty. Restoring puts the text back and removes the inserted
// nodes, which gives back the page's DOM as it was.
import type { Annotation } from '../engine/annotation.ts';
import { toneOf, withToneNumber } from '../engine/tones.ts';
import type { TextBlock } from './text-blocks.ts';

export const TERM_TAG = 'guanhua-term';
export const CHAR_TAG = 'guanhua-char';

interface Owned {
  value: string;
  inserted: Node[];
}

interface Piece {
  from: number;
  to: number;
  annotation: Annotation;
}

const WHITESPACE = /\s/u;
const HAN = /\p{Script=Han}/u;

export class TermRenderer {
  /** Page text nodes Guanhua emptied, with their text and what it inserted after them. */
  private readonly owned = new Map<Text, Owned>();
  /** Every node Guanhua inserted. */
  private readonly inserted = new WeakSet<Node>();
  /** The annotation each rendered term element shows. */
  readonly annotationOf = new WeakMap<Element, Annotation>();

  constructor(private readonly document: Document) {}

  /** Whether Guanhua put this node in the page or emptied it. */
  isOwn(node: Node): boolean {
    return this.inserted.has(node) || this.owned.has(node as Text);
  }

  isOwnedOriginal(node: Node): boolean {
    return this.owned.has(node as Text);
  }

  /**
   * Renders one block's annotations (positions refer to `block.nodes`); returns the term elements.
   * With `plainReadings` (one reading per code point of each node), every other Chinese character
   * of the block gets its pinyin too.
   */
  render(block: TextBlock, annotations: readonly Annotation[], plainReadings?: readonly (readonly string[])[]): Element[] {
    const pieces = new Map<number, Piece[]>();
    for (const annotation of annotations) {
      for (let segment = annotation.start.segment; segment <= annotation.end.segment; segment += 1) {
        const text = block.nodes[segment]?.nodeValue ?? '';
        const from = segment === annotation.start.segment ? annotation.start.offset : 0;
        const to = segment === annotation.end.segment ? annotation.end.offset : text.length;
        if (to > from) pieces.set(segment, [...(pieces.get(segment) ?? []), { from, to, annotation }]);
      }
    }
    const terms: Element[] = [];
    const consumed = new Map<Annotation, number>();
    block.nodes.forEach((node, segment) => {
      const list = pieces.get(segment) ?? [];
      const readings = plainReadings?.[segment];
      if (list.length === 0 && !(readings && HAN.test(node.nodeValue ?? ''))) return;
      if (this.owned.has(node) || !node.parentNode) return;
      const value = node.nodeValue ?? '';
      const inserted: Node[] = [];
      const plain = (from: number, to: number) => {
        if (to > from) inserted.push(...this.plainNodes(value, from, to, readings));
      };
      let at = 0;
      // The engine gives marks that do not overlap; were two to overlap, the text would be written
      // twice: the later one is left out.
      for (const piece of list.sort((a, b) => a.from - b.from)) {
        if (piece.from < at) continue;
        plain(at, piece.from);
        const readingsBefore = consumed.get(piece.annotation) ?? 0;
        const { element, readingsUsed } = this.termElement(value.slice(piece.from, piece.to), piece.annotation, readingsBefore);
        consumed.set(piece.annotation, readingsBefore + readingsUsed);
        inserted.push(element);
        terms.push(element);
        at = piece.to;
      }
      plain(at, value.length);
      for (const insertedNode of inserted) this.inserted.add(insertedNode);
      node.after(...inserted);
      node.nodeValue = '';
      this.owned.set(node, { value, inserted });
    });
    return terms;
  }

  /** Text outside the terms: as it is, or (all-text pinyin) with each Chinese character's reading. */
  private plainNodes(value: string, from: number, to: number, readings: readonly string[] | undefined): Node[] {
    if (!readings) return [this.document.createTextNode(value.slice(from, to))];
    const nodes: Node[] = [];
    let text = '';
    // Readings are per code point of the whole node: count the code points before `from`.
    let codePoint = [...value.slice(0, from)].length;
    for (const char of value.slice(from, to)) {
      const reading = readings[codePoint] ?? '';
      codePoint += 1;
      if (!HAN.test(char) || !reading || reading === char) {
        text += char;
        continue;
      }
      if (text) nodes.push(this.document.createTextNode(text));
      text = '';
      nodes.push(this.charElement(char, reading));
    }
    if (text) nodes.push(this.document.createTextNode(text));
    return nodes;
  }

  private charElement(char: string, syllable: string): Element {
    const charElement = this.document.createElement(CHAR_TAG);
    charElement.setAttribute('data-py', syllable);
    charElement.setAttribute('data-pyn', withToneNumber(syllable));
    charElement.setAttribute('data-tone', String(toneOf(syllable)));
    // The stylesheet squeezes a syllable wider than its character (at the chosen pinyin size).
    charElement.setAttribute('style', `--guanhua-letters: ${[...syllable].length}`);
    charElement.textContent = char;
    return charElement;
  }

  private termElement(text: string, annotation: Annotation, firstReading: number): { element: Element; readingsUsed: number } {
    const element = this.document.createElement(TERM_TAG);
    element.setAttribute('data-guanhua-kind', annotation.kind);
    if (annotation.id) element.setAttribute('data-guanhua-id', annotation.id);
    if (annotation.composed) element.setAttribute('data-guanhua-composed', '');
    element.setAttribute('tabindex', '-1');
    let reading = firstReading;
    let plain = '';
    const flush = () => {
      if (plain) element.append(this.document.createTextNode(plain));
      plain = '';
    };
    for (const char of text) {
      if (WHITESPACE.test(char)) {
        plain += char;
        continue;
      }
      const syllable = annotation.readings[reading] ?? '';
      reading += 1;
      if (!HAN.test(char) || !syllable) {
        plain += char;
        continue;
      }
      flush();
      element.append(this.charElement(char, syllable));
    }
    flush();
    this.annotationOf.set(element, annotation);
    return { element, readingsUsed: reading - firstReading };
  }

  /**
   * Takes Guanhua's nodes out from after a page text node. With `restoreText` the node gets its
   * text back; without, the page has given it new text of its own, which stays.
   */
  release(node: Text, restoreText: boolean): void {
    const owned = this.owned.get(node);
    if (!owned) return;
    this.owned.delete(node);
    for (const insertedNode of owned.inserted) insertedNode.parentNode?.removeChild(insertedNode);
    if (restoreText) node.nodeValue = owned.value;
  }

  /** Restores every text node Guanhua changed. */
  restoreAll(): void {
    for (const node of [...this.owned.keys()]) this.release(node, true);
  }

  /** The term elements currently in the page, in document order. */
  terms(): Element[] {
    return [...this.document.querySelectorAll(TERM_TAG)].filter((element) => this.annotationOf.has(element));
  }
}
