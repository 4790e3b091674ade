// The evaluation corpus (dictionaries/eval/): real excerpts and the answers a person wrote for
// them. Pure functions: the caller reads the files and hands their text in. Every problem names
// the file and line, as the dictionary build does.
import { ENTRY_KINDS } from '../engine/dictionary-format.ts';
import { canonicalKey, isHanChar } from '../engine/normalize.ts';
import type { Problem } from '../dictionary-build/problems.ts';
import { parseSourceDocument, SourceDocumentError, type SourceDocument } from '../dictionary-build/source-document.ts';
import { isMap, isScalar, isSeq, pairsOf, readYamlFile, stringOf } from '../dictionary-build/yaml-file.ts';

/** The kinds an answer may give: the engine's. */
export const ANSWER_KINDS = ENTRY_KINDS;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/** Kinds that are never required: marking them right helps precision, missing them costs nothing. */
export const ALWAYS_OPTIONAL_KINDS: readonly AnswerKind[] = ['other', 'idiom'];

export const CATEGORIES = [
  'national-readout',
  'provincial',
  'municipal',
  'county-village',
  'personnel',
  'discipline',
  'work-report',
  'epidemic',
  'economic-planning',
  'traditional',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SCRIPTS = ['simplified', 'traditional'] as const;

/** An excerpt's length, whitespace not counted. */
export const EXCERPT_LENGTH = { min: 200, max: 800 } as const;

export interface Excerpt {
  id: string;
  category: Category;
  script: (typeof SCRIPTS)[number];
  document: SourceDocument;
  /** The excerpt's paragraphs, one per non-empty line, as the engine reads blocks. */
  lines: string[];
}

export interface ExpectedTerm {
  text: string;
  kind: AnswerKind;
  english: string;
  /** One syllable per Han character of `text`. */
  pinyin: string[];
  optional: boolean;
}

export interface MustNot {
  text: string;
  in?: string;
  as?: AnswerKind;
  why: string;
  line: number;
}

export interface Answers {
  status: 'draft' | 'checked';
  terms: ExpectedTerm[];
  mustNot: MustNot[];
}

export interface CorpusItem {
  excerpt: Excerpt;
  answers: Answers;
}

const HEADER_FIELDS = ['category', 'script', 'title', 'url', 'licence'] as const;
const TERM_FIELDS = new Set(['text', 'kind', 'english', 'pinyin', 'optional']);
const MUST_NOT_FIELDS = new Set(['text', 'in', 'as', 'why']);
/** Characters that are not part of a term at its edges: quotation marks and brackets. */
const EDGE_MARKS = /^[“”„‟"＂「」『』‘’'＇《》〈〉()（）[\]【】]|[“”„‟"＂「」『』‘’'＇《》〈〉()（）[\]【】]$/u;
const SYLLABLE = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+$/u;

function isOneOf<T extends string>(values: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (values as readonly string[]).includes(value);
}

/** Text as the engine compares it: whitespace gone, full-width and ASCII punctuation alike. */
export function canonicalString(text: string): string {
  return String.fromCodePoint(...canonicalKey(text));
}

/** A scalar's value as text (strings, and the booleans of `optional: true`). */
function scalarText(node: unknown): string | undefined {
  if (isScalar(node) && typeof node.value === 'boolean') return String(node.value);
  return stringOf(node);
}

export function hanCount(text: string): number {
  let count = 0;
  for (const char of text) if (isHanChar(char)) count += 1;
  return count;
}

/** Parses one excerpt file; `file` names it in problems. */
export function parseExcerpt(raw: string, file: string, expectedId: string): { excerpt?: Excerpt; problems: Problem[] } {
  let document: SourceDocument;
  try {
    document = parseSourceDocument(raw, file, { allowMonth: true });
  } catch (error) {
    if (error instanceof SourceDocumentError) return { problems: [{ file, line: error.line, problem: error.problem }] };
    throw error;
  }
  const problems: Problem[] = [];
  const problem = (text: string, line = 1) => problems.push({ file, line, problem: text });
  for (const field of HEADER_FIELDS) if (!document.meta[field]) problem(`header lacks "${field}"`);
  const { category, script, url = '', licence = '' } = document.meta;
  if (document.id !== expectedId) problem(`id "${document.id}" does not match the file name (${expectedId})`);
  if (category && !isOneOf(CATEGORIES, category)) problem(`category "${category}" is not one of ${CATEGORIES.join(', ')}`);
  if (script && !isOneOf(SCRIPTS, script)) problem(`script "${script}" is not one of ${SCRIPTS.join(', ')}`);
  if (url && !/^https?:\/\/\S+$/.test(url)) problem(`url "${url}" is not an http(s) address`);
  if (/CC BY-SA/i.test(licence) && !document.meta.attribution) problem('CC BY-SA text needs an "attribution" line');
  const length = [...document.text.replace(/\s+/gu, '')].length;
  if (length < EXCERPT_LENGTH.min || length > EXCERPT_LENGTH.max) {
    problem(`the text has ${length} characters; an excerpt has ${EXCERPT_LENGTH.min}–${EXCERPT_LENGTH.max}`, document.textLine);
  }
  if (problems.length > 0 || !isOneOf(CATEGORIES, category) || !isOneOf(SCRIPTS, script)) return { problems };
  const lines = document.text.split('\n').filter((line) => line.trim() !== '');
  return { excerpt: { id: document.id, category, script, document, lines }, problems };
}

/** Parses one answers file; checks every term against the excerpt's text. */
export function parseAnswers(raw: string, file: string, excerptText: string): { answers?: Answers; problems: Problem[] } {
  const yaml = readYamlFile(raw, file);
  const problems = [...yaml.problems];
  if (yaml.root === null) return { problems: problems.length > 0 ? problems : [{ file, line: 1, problem: 'the file is empty' }] };
  if (!isMap(yaml.root)) return { problems: [...problems, { file, line: 1, problem: 'expected a map with status, terms and must-not' }] };
  const problem = (line: number, text: string) => problems.push({ file, line, problem: text });
  // Exactly as in the excerpt (line breaks and spaces aside), so that anyone can find it there.
  const compactText = excerptText.replace(/\s+/gu, '');
  const occurs = (text: string) => compactText.includes(text.replace(/\s+/gu, ''));

  let status: Answers['status'] | undefined;
  const terms: ExpectedTerm[] = [];
  const mustNot: MustNot[] = [];
  for (const pair of pairsOf(yaml.root)) {
    const key = stringOf(pair.key);
    const line = yaml.lineOf(pair);
    if (key === 'status') {
      const value = stringOf(pair.value);
      if (value === 'draft' || value === 'checked') status = value;
      else problem(line, 'status is "draft" or "checked"');
    } else if (key === 'terms' || key === 'must-not') {
      const empty = pair.value === null || (isScalar(pair.value) && pair.value.value === null);
      if (!empty && !isSeq(pair.value)) {
        problem(line, `${key} is a list`);
        continue;
      }
      for (const item of isSeq(pair.value) ? pair.value.items : []) {
        const itemLine = yaml.lineOf(item as never);
        if (!isMap(item)) {
          problem(itemLine, `each item of ${key} is a map`);
          continue;
        }
        const fields = new Map<string, string>();
        for (const field of pairsOf(item)) {
          const name = stringOf(field.key) ?? '';
          const allowed = key === 'terms' ? TERM_FIELDS : MUST_NOT_FIELDS;
          if (!allowed.has(name)) problem(yaml.lineOf(field), `unknown field "${name}" in ${key}`);
          const value = scalarText(field.value);
          if (value === undefined) problem(yaml.lineOf(field), `"${name}" needs a value`);
          else fields.set(name, value);
        }
        const text = fields.get('text');
        if (!text) {
          problem(itemLine, 'an item without "text"');
          continue;
        }
        if (!occurs(text)) problem(itemLine, `"${text}" does not occur in the excerpt`);
        if (EDGE_MARKS.test(text)) problem(itemLine, `"${text}": quotation marks and brackets at the edges are not part of a term`);
        if (key === 'terms') {
          const kind = fields.get('kind');
          const english = fields.get('english');
          const pinyin = (fields.get('pinyin') ?? '').trim().split(/\s+/u).filter(Boolean);
          const optional = fields.get('optional');
          if (!isOneOf(ANSWER_KINDS, kind)) problem(itemLine, `"${text}": kind "${kind ?? ''}" is not one of ${ANSWER_KINDS.join(', ')}`);
          if (!english) problem(itemLine, `"${text}" has no english`);
          if (pinyin.length !== hanCount(text)) {
            problem(itemLine, `"${text}": pinyin has ${pinyin.length} syllables for ${hanCount(text)} Han characters`);
          }
          const badSyllable = pinyin.find((syllable) => !SYLLABLE.test(syllable.normalize('NFC')));
          if (badSyllable !== undefined) problem(itemLine, `"${text}": "${badSyllable}" is not a lower-case tone-marked syllable`);
          if (optional !== undefined && optional !== 'true' && optional !== 'false') problem(itemLine, `"${text}": optional is true or false`);
          const compact = text.replace(/\s+/gu, '');
          if (terms.some((term) => term.text.replace(/\s+/gu, '') === compact)) problem(itemLine, `"${text}" is listed twice`);
          if (isOneOf(ANSWER_KINDS, kind) && english) {
            terms.push({
              text,
              kind,
              english,
              pinyin: pinyin.map((syllable) => syllable.normalize('NFC')),
              optional: optional === 'true' || ALWAYS_OPTIONAL_KINDS.includes(kind),
            });
          }
        } else {
          const inside = fields.get('in');
          const as = fields.get('as');
          const why = fields.get('why');
          if (!why) problem(itemLine, `must-not "${text}" has no why`);
          if (inside !== undefined && !inside.includes(text)) problem(itemLine, `must-not "${text}": "in" (${inside}) does not contain it`);
          if (inside !== undefined && !occurs(inside)) problem(itemLine, `must-not "${text}": "${inside}" does not occur in the excerpt`);
          if (as !== undefined && !isOneOf(ANSWER_KINDS, as)) problem(itemLine, `must-not "${text}": "as" is not a kind`);
          mustNot.push({ text, ...(inside !== undefined && { in: inside }), ...(isOneOf(ANSWER_KINDS, as) && { as }), why: why ?? '', line: itemLine });
        }
      }
    } else {
      problem(line, `unknown field "${key ?? ''}" (status, terms, must-not)`);
    }
  }
  if (!status) problem(1, 'no status (draft or checked)');
  for (const item of mustNot) {
    const same = terms.find((term) => term.text === item.text);
    if (same && item.in === undefined && (item.as === undefined || item.as === same.kind)) {
      problem(item.line, `"${item.text}" is both a term and a must-not; give the must-not an "in" or an "as" that differs from the term's kind`);
    }
  }
  if (problems.length > 0 || !status) return { problems };
  return { answers: { status, terms, mustNot }, problems };
}
