// The marked terms of a page by key: what the popup's page glossary lists and reveals, and what
// the word list saves under. One key for a term everywhere: its entry id, or for what the engine
// composed, its text without the whitespace a page may break it with.
import type { Annotation } from '../engine/annotation.ts';
import type { FoundTerm } from '../shared/found-term.ts';

export function termKey(annotation: Pick<Annotation, 'id' | 'text'>): string {
  return annotation.id || annotation.text.replace(/\s+/gu, '');
}

/** The marks on a page in document order, and the annotation each shows. */
export interface MarkedTerms {
  terms(): Element[];
  annotationOf: { get(element: Element): Annotation | undefined };
}

/** The terms on the page, once each with how often they occur (a term split over two text nodes counts once). */
export function foundTerms(marked: MarkedTerms): FoundTerm[] {
  const found = new Map<string, FoundTerm>();
  const annotations = new Set(marked.terms().map((term) => marked.annotationOf.get(term)));
  for (const annotation of annotations) {
    if (!annotation) continue;
    const key = termKey(annotation);
    const term = found.get(key) ?? {
      id: annotation.id,
      text: key,
      pinyin: annotation.readings.filter(Boolean).join(' '),
      gloss: annotation.gloss,
      kind: annotation.kind,
      count: 0,
    };
    term.count += 1;
    found.set(key, term);
  }
  return [...found.values()];
}

/** The first mark of the term with this key, if the page has one. */
export function firstTerm(marked: MarkedTerms, key: string): Element | undefined {
  return marked.terms().find((element) => {
    const annotation = marked.annotationOf.get(element);
    return annotation !== undefined && termKey(annotation) === key;
  });
}
