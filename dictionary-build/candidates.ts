// The candidate extractor: spans of a document that look like titles, bodies, numbered formulas,
// quoted terms or parallel four-character phrases. The build requires each candidate in a source
// to be covered by an entry or listed as ignored with a reason — that is how coverage stays
// complete as sources are added.
import { CANDIDATE_CONTEXT_CHARS, QUOTED_TERM_MAX_CHARS } from './limits.ts';

export type CandidateKind = 'title' | 'body' | 'formula' | 'quoted' | 'parallel';

export interface Candidate {
  kind: CandidateKind;
  /** The sentence the candidate is in. */
  sentence: string;
  /** The span that must be covered: [keyStart, keyEnd) in `sentence`. */
  keyStart: number;
  keyEnd: number;
  /** The key with some context around it, for people reading the report. */
  context: string;
}

/** Endings of titles: the post a title names. Longer endings first. */
const TITLE_ENDINGS = ['秘书长', '指挥长', '书记', '常委', '省长', '市长', '区长', '县长', '镇长', '局长', '部长', '主任', '主席', '院长', '会长', '成员', '领导', '委员'];
/** Endings of bodies: the kind of organisation a name ends in. */
const BODY_ENDINGS = ['指挥部', '中心', '政府', '政协', '法院', '局', '委', '办', '部', '会', '院', '厅'];

const HAN = /\p{Script=Han}/u;
const NUMERAL = '一二三四五六七八九十两';
const MEASURE = '个大种张项条';
const DELIMITER = '[，。、；：！？”」』）\\s]';
const FORMULA = new RegExp(
  `[${NUMERAL}]+[${MEASURE}]\\p{Script=Han}{2,4}(?=${DELIMITER}|$)|[${NUMERAL}]{3,}(?=${DELIMITER}|$)`,
  'gu',
);
const QUOTED = /[“「《]([^“”「」《》]+)[”」》]/g;
const PARALLEL = /(?=(\p{Script=Han}{4})、(\p{Script=Han}{4})(?:[，。；：！？”]|$))/gu;

/** The Han characters before the key (up to a limit) and a few after it. */
function contextAround(sentence: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < CANDIDATE_CONTEXT_CHARS && HAN.test(sentence[from - 1] ?? '')) from -= 1;
  let to = end;
  while (to < sentence.length && to - end < 3 && HAN.test(sentence[to] ?? '')) to += 1;
  return sentence.slice(from, to);
}

function findEndings(sentence: string, endings: string[], kind: CandidateKind, taken: Set<number>, found: Candidate[]) {
  for (const ending of endings) {
    for (let at = sentence.indexOf(ending); at >= 0; at = sentence.indexOf(ending, at + 1)) {
      const end = at + ending.length;
      // One candidate per position: a longer ending (秘书长) hides the shorter one inside it (书记 no, 长 no).
      if ([...Array(ending.length).keys()].some((offset) => taken.has(at + offset))) continue;
      for (let offset = 0; offset < ending.length; offset += 1) taken.add(at + offset);
      found.push({ kind, sentence, keyStart: at, keyEnd: end, context: contextAround(sentence, at, end) });
    }
  }
}

/** Every candidate in one sentence (column breaks already removed). */
export function findCandidates(sentence: string): Candidate[] {
  const found: Candidate[] = [];
  const titleTaken = new Set<number>();
  findEndings(sentence, TITLE_ENDINGS, 'title', titleTaken, found);
  findEndings(sentence, BODY_ENDINGS, 'body', new Set(titleTaken), found);
  for (const match of sentence.matchAll(FORMULA)) {
    found.push({ kind: 'formula', sentence, keyStart: match.index, keyEnd: match.index + match[0].length, context: match[0] });
  }
  for (const match of sentence.matchAll(QUOTED)) {
    const inner = match[1] ?? '';
    if ([...inner].length > QUOTED_TERM_MAX_CHARS || !HAN.test(inner)) continue;
    const start = match.index + 1;
    found.push({ kind: 'quoted', sentence, keyStart: start, keyEnd: start + inner.length, context: match[0] });
  }
  for (const match of sentence.matchAll(PARALLEL)) {
    const text = `${match[1]}、${match[2]}`;
    found.push({ kind: 'parallel', sentence, keyStart: match.index, keyEnd: match.index + text.length, context: text });
  }
  return found.sort((a, b) => a.keyStart - b.keyStart || a.keyEnd - b.keyEnd || a.kind.localeCompare(b.kind));
}

/** Whether some occurrence of `text` in the sentence covers the whole key span. */
function coversKey(candidate: Candidate, text: string): boolean {
  const { sentence, keyStart, keyEnd } = candidate;
  for (let at = sentence.indexOf(text); at >= 0 && at <= keyStart; at = sentence.indexOf(text, at + 1)) {
    if (at + text.length >= keyEnd) return true;
  }
  return false;
}

export interface Coverage {
  /** Every form of every entry (Simplified). */
  forms: Iterable<string>;
  /** Reviewed non-terms: text → reason. */
  ignored: ReadonlyMap<string, string>;
}

export interface CandidateVerdict {
  candidate: Candidate;
  coveredBy?: { form: string } | { ignored: string };
}

/** Each candidate with what covers it; `coveredBy` is absent for an uncovered candidate. */
export function judgeCandidates(candidates: Candidate[], { forms, ignored }: Coverage): CandidateVerdict[] {
  const formList = [...new Set(forms)];
  return candidates.map((candidate) => {
    const form = formList.find((text) => coversKey(candidate, text));
    if (form !== undefined) return { candidate, coveredBy: { form } };
    const pattern = [...ignored.keys()].find((text) => coversKey(candidate, text));
    if (pattern !== undefined) return { candidate, coveredBy: { ignored: pattern } };
    return { candidate };
  });
}
