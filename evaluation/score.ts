// Scoring the engine against the corpus answers. Pure: the caller supplies the corpus and a
// function that annotates one line of text, so the tests can score any annotator.
//
// Positions are compared on the canonical characters the engine matches on (whitespace gone,
// full-width and ASCII punctuation alike), with quotation marks and brackets at the edges of a
// span left out: a mark on “放管服” and the answer 放管服 are the same span.
import type { Annotation } from '../engine/annotation.ts';
import type { EntryKind } from '../engine/dictionary-format.ts';
import { canonicalCode, canonicalKey, keyAt, SKIP } from '../engine/normalize.ts';
import { ALWAYS_OPTIONAL_KINDS, type AnswerKind, type Category, type CorpusItem, type ExpectedTerm, type MustNot } from './corpus.ts';

/**
 * Annotates one paragraph, as the content script annotates one block of a page; `excerpt` names
 * the document it belongs to (what the engine learns in one document, such as names, stays there).
 */
export type AnnotateLine = (line: string, excerpt: string) => Annotation[];

export const MARK_VERDICTS = ['right', 'wrong-kind', 'must-not', 'fragment', 'crossing', 'unlisted', 'unjudged'] as const;
export type MarkVerdict = (typeof MARK_VERDICTS)[number];

export const MISS_CAUSES = ['not-marked', 'wrong-kind', 'fragment-only', 'crossed', 'merged'] as const;
export type MissCause = (typeof MISS_CAUSES)[number];

export interface MarkResult {
  excerpt: string;
  line: number;
  text: string;
  kind: EntryKind;
  id: string;
  gloss: string;
  composed: boolean;
  verdict: MarkVerdict;
  /** The answer term the verdict refers to (the term it is right for, a fragment of, or crosses). */
  term?: { text: string; kind: AnswerKind };
  /** The must-not item it hits. */
  mustNot?: { text: string; why: string };
}

export interface TermResult {
  excerpt: string;
  line: number;
  text: string;
  kind: AnswerKind;
  english: string;
  optional: boolean;
  found: boolean;
  cause?: MissCause;
  /** The marks that overlap the term, as text (what Guanhua did there). */
  marked: string[];
}

export interface PinyinResult {
  excerpt: string;
  text: string;
  expected: string;
  marked: string;
}

export interface GlossResult {
  excerpt: string;
  text: string;
  expected: string;
  marked: string;
}

export interface Ratio {
  hits: number;
  total: number;
}

export interface Figures {
  recall: Ratio;
  precision: Ratio;
}

export interface EvalReport {
  excerpts: number;
  overall: Figures;
  /** Recall by the answers' kind, precision by the kind Guanhua marked. */
  byKind: Record<string, Figures>;
  byCategory: Record<string, Figures>;
  mustNotHits: number;
  pinyin: Ratio;
  gloss: Ratio;
  marks: MarkResult[];
  terms: TermResult[];
  pinyinDisagreements: PinyinResult[];
  glossDisagreements: GlossResult[];
}

interface Span {
  start: number;
  end: number;
}

interface ExpectedSpan extends Span {
  term: ExpectedTerm;
}

interface MustNotSpan extends Span {
  item: MustNot;
}

/** The canonical characters of a line, and for each UTF-16 offset how many of them come before it. */
function readLine(line: string): { codes: number[]; before: Int32Array } {
  const codes: number[] = [];
  const before = new Int32Array(line.length + 1);
  for (let offset = 0; offset < line.length; ) {
    const code = line.codePointAt(offset) as number;
    const width = code > 0xffff ? 2 : 1;
    for (let k = 0; k < width; k += 1) before[offset + k] = codes.length;
    const canonical = canonicalCode(code);
    if (canonical !== SKIP) codes.push(canonical);
    offset += width;
  }
  before[line.length] = codes.length;
  return { codes, before };
}

const EDGE_CODES = new Set(canonicalKey('"()[]【】'));

function trimEdges(codes: readonly number[], span: Span): Span {
  let { start, end } = span;
  while (start < end && EDGE_CODES.has(codes[start] as number)) start += 1;
  while (end > start && EDGE_CODES.has(codes[end - 1] as number)) end -= 1;
  return { start, end };
}

function occurrences(codes: readonly number[], key: readonly number[]): number[] {
  const found: number[] = [];
  if (key.length === 0) return found;
  for (let at = 0; at + key.length <= codes.length; at += 1) if (keyAt(codes, at, key)) found.push(at);
  return found;
}

/** The spans of the must-not items in one line. */
function mustNotSpans(codes: readonly number[], items: readonly MustNot[]): MustNotSpan[] {
  const spans: MustNotSpan[] = [];
  for (const item of items) {
    const key = canonicalKey(item.text);
    if (item.in === undefined) {
      for (const at of occurrences(codes, key)) spans.push({ start: at, end: at + key.length, item });
      continue;
    }
    const context = canonicalKey(item.in);
    const within = occurrences(context, key);
    for (const at of occurrences(codes, context)) {
      for (const offset of within) spans.push({ start: at + offset, end: at + offset + key.length, item });
    }
  }
  return spans;
}

/**
 * The expected terms of one line: listed texts matched longest first, from the left; none inside
 * the context of a must-not item that has no kind.
 */
export function expectedSpans(codes: readonly number[], terms: readonly ExpectedTerm[], mustNot: readonly MustNot[]): ExpectedSpan[] {
  const keyed = terms.map((term) => ({ term, key: canonicalKey(term.text) })).sort((a, b) => b.key.length - a.key.length);
  const blocked = mustNotSpans(codes, mustNot.filter((item) => item.as === undefined));
  const spans: ExpectedSpan[] = [];
  for (let at = 0; at < codes.length; ) {
    const match = keyed.find(({ key }) => keyAt(codes, at, key));
    if (!match) {
      at += 1;
      continue;
    }
    const span = { start: at, end: at + match.key.length };
    if (!blocked.some((block) => block.start === span.start && block.end === span.end)) spans.push({ ...span, term: match.term });
    at = span.end;
  }
  return spans;
}

/** Vocabulary and idioms: the layer around the names (always optional). */
const VOCABULARY_KINDS: readonly string[] = ALWAYS_OPTIONAL_KINDS;
const isVocabulary = (term: ExpectedTerm) => VOCABULARY_KINDS.includes(term.kind);

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
const inside = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end && !same(inner, outer);

function normalizeGloss(text: string): string {
  return text
    .toLowerCase()
    .replace(/\bthe\b/g, '')
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
}

function ratio(hits: number, total: number): Ratio {
  return { hits, total };
}

export function rate({ hits, total }: Ratio): number {
  return total === 0 ? 1 : hits / total;
}

/** Scores the annotator on every excerpt of the corpus. */
export function scoreCorpus(corpus: readonly CorpusItem[], annotateLine: AnnotateLine): EvalReport {
  const marks: MarkResult[] = [];
  const terms: TermResult[] = [];
  const pinyinDisagreements: PinyinResult[] = [];
  const glossDisagreements: GlossResult[] = [];
  let pinyinCompared = 0;
  let glossCompared = 0;
  const categoryOf = new Map<string, Category>();

  for (const { excerpt, answers } of corpus) {
    categoryOf.set(excerpt.id, excerpt.category);
    excerpt.lines.forEach((line, lineIndex) => {
      const { codes, before } = readLine(line);
      // Names, titles, slogans … and the vocabulary around them are two layers: a meeting or a
      // document name (国务院常务会议) may hold a body (国务院), and marking either is right.
      const names = expectedSpans(codes, answers.terms.filter((term) => !isVocabulary(term)), answers.mustNot);
      const vocabulary = expectedSpans(codes, answers.terms.filter(isVocabulary), answers.mustNot);
      const forbidden = mustNotSpans(codes, answers.mustNot);
      const found = annotateLine(line, excerpt.id)
        .filter((annotation) => annotation.start.segment === 0 && annotation.end.segment === 0)
        .map((annotation) => ({
          annotation,
          ...trimEdges(codes, { start: before[annotation.start.offset] as number, end: before[annotation.end.offset] as number }),
        }));
      const rightVocabulary = vocabulary.filter((span) => found.some((mark) => same(mark, span) && mark.annotation.kind === span.term.kind));

      for (const mark of found) {
        const { annotation } = mark;
        const exact = names.find((span) => same(span, mark)) ?? vocabulary.find((span) => same(span, mark));
        const hit = forbidden.find((span) => same(span, mark) && (span.item.as === undefined || span.item.as === annotation.kind));
        const container = names.find((span) => inside(mark, span));
        const crossed = names.find((span) => overlaps(span, mark) && !inside(mark, span) && !same(span, mark));
        let verdict: MarkVerdict;
        if (hit) verdict = 'must-not';
        else if (exact) verdict = exact.term.kind === annotation.kind ? 'right' : 'wrong-kind';
        else if (container) verdict = 'fragment';
        else if (crossed) verdict = 'crossing';
        // The answers list every name, but not all the vocabulary around them.
        else verdict = VOCABULARY_KINDS.includes(annotation.kind) ? 'unjudged' : 'unlisted';
        const related = exact ?? container ?? crossed;
        marks.push({
          excerpt: excerpt.id,
          line: lineIndex + 1,
          text: annotation.text,
          kind: annotation.kind,
          id: annotation.id,
          gloss: annotation.gloss,
          composed: annotation.composed,
          verdict,
          ...(related && { term: { text: related.term.text, kind: related.term.kind } }),
          ...(hit && { mustNot: { text: hit.item.text, why: hit.item.why } }),
        });
        if (exact) {
          const readings = annotation.readings.filter(Boolean).map((reading) => reading.toLowerCase().normalize('NFC'));
          pinyinCompared += 1;
          if (readings.join(' ') !== exact.term.pinyin.join(' ')) {
            pinyinDisagreements.push({ excerpt: excerpt.id, text: exact.term.text, expected: exact.term.pinyin.join(' '), marked: readings.join(' ') });
          }
          glossCompared += 1;
          if (normalizeGloss(annotation.gloss) !== normalizeGloss(exact.term.english)) {
            glossDisagreements.push({ excerpt: excerpt.id, text: exact.term.text, expected: exact.term.english, marked: annotation.gloss });
          }
        }
      }

      for (const span of [...names, ...vocabulary]) {
        const touching = found.filter((mark) => overlaps(mark, span));
        const exact = touching.find((mark) => same(mark, span));
        // A name inside vocabulary marked whole is explained by that mark.
        const isFound =
          (exact !== undefined && exact.annotation.kind === span.term.kind) ||
          (!isVocabulary(span.term) && rightVocabulary.some((outer) => inside(span, outer)));
        let cause: MissCause | undefined;
        if (!isFound) {
          if (exact) cause = 'wrong-kind';
          else if (touching.length === 0) cause = 'not-marked';
          else if (touching.some((mark) => inside(span, mark))) cause = 'merged';
          else if (touching.every((mark) => inside(mark, span))) cause = 'fragment-only';
          else cause = 'crossed';
        }
        terms.push({
          excerpt: excerpt.id,
          line: lineIndex + 1,
          text: span.term.text,
          kind: span.term.kind,
          english: span.term.english,
          optional: span.term.optional,
          found: isFound,
          ...(cause && { cause }),
          marked: touching.map((mark) => `${mark.annotation.text} (${mark.annotation.kind})`),
        });
      }
    });
  }

  const figures = (termFilter: (term: TermResult) => boolean, markFilter: (mark: MarkResult) => boolean): Figures => {
    const required = terms.filter((term) => !term.optional && termFilter(term));
    const counted = marks.filter((mark) => mark.verdict !== 'unjudged' && markFilter(mark));
    return {
      recall: ratio(required.filter((term) => term.found).length, required.length),
      precision: ratio(counted.filter((mark) => mark.verdict === 'right').length, counted.length),
    };
  };
  const byKind: Record<string, Figures> = {};
  const kinds = new Set<string>([...terms.filter((term) => !term.optional).map((term) => term.kind), ...marks.map((mark) => mark.kind)]);
  for (const kind of [...kinds].sort()) byKind[kind] = figures((term) => term.kind === kind, (mark) => mark.kind === kind);
  const byCategory: Record<string, Figures> = {};
  for (const category of [...new Set(categoryOf.values())].sort()) {
    const inCategory = (item: { excerpt: string }) => categoryOf.get(item.excerpt) === category;
    byCategory[category] = figures(inCategory, inCategory);
  }

  return {
    excerpts: corpus.length,
    overall: figures(() => true, () => true),
    byKind,
    byCategory,
    mustNotHits: marks.filter((mark) => mark.verdict === 'must-not').length,
    pinyin: ratio(pinyinCompared - pinyinDisagreements.length, pinyinCompared),
    gloss: ratio(glossCompared - glossDisagreements.length, glossCompared),
    marks,
    terms,
    pinyinDisagreements,
    glossDisagreements,
  };
}
