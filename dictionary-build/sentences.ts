// Sentences of a source document, with the printed page's column breaks removed: the units
// the build searches for occurrences and takes examples from.
import { EXAMPLE_MAX_CHARS } from './limits.ts';
import { splitPrintedPage } from './printed-page.ts';

const SENTENCE = /[^。！？]+(?:[。！？]+[”’」』]?|$)/g;
const CLAUSE = /[^，；：]+[，；：]?/g;

/** The paragraphs' sentences, then the headlines (one line each) and the byline, story by story. */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  for (const article of splitPrintedPage(text)) {
    for (const paragraph of article.paragraphs) {
      for (const sentence of paragraph.match(SENTENCE) ?? []) {
        const trimmed = sentence.trim();
        if (trimmed) sentences.push(trimmed);
      }
    }
    sentences.push(...article.headlines.flat());
    if (article.byline) sentences.push(`（${article.byline}）`);
  }
  return sentences;
}

/**
 * The sentence cut down to the clauses around [start, end) when it is longer than `maxChars`,
 * with "…" where text was cut.
 */
export function excerptAround(sentence: string, start: number, end: number, maxChars = EXAMPLE_MAX_CHARS): string {
  if (sentence.length <= maxChars) return sentence;
  const clauses: { from: number; to: number }[] = [];
  for (const match of sentence.matchAll(CLAUSE)) {
    clauses.push({ from: match.index, to: match.index + match[0].length });
  }
  let first = clauses.findIndex((clause) => clause.to > start);
  let last = clauses.findIndex((clause) => clause.to >= end);
  if (first < 0 || last < 0) return sentence;
  const width = () => (clauses[last]?.to ?? 0) - (clauses[first]?.from ?? 0);
  for (let grew = true; grew; ) {
    grew = false;
    const before = clauses[first - 1];
    if (before && width() + (before.to - before.from) <= maxChars) {
      first -= 1;
      grew = true;
    }
    const after = clauses[last + 1];
    if (after && width() + (after.to - after.from) <= maxChars) {
      last += 1;
      grew = true;
    }
  }
  const from = clauses[first]?.from ?? 0;
  const to = clauses[last]?.to ?? sentence.length;
  let excerpt = sentence.slice(from, to);
  if (to < sentence.length) excerpt = excerpt.replace(/[，；：]$/, '') + '…';
  if (from > 0) excerpt = '…' + excerpt;
  return excerpt;
}
