// Short entries must not fire inside ordinary words. A two-character form such as 民生 is found by
// the engine wherever its characters stand side by side, also where they belong to two words:
// 军民 + 生产, 其中 + 共同 (中共). The build reads every short form in the contexts a frequency
// word list gives and fails where the engine marks it there; listing the word before it in
// ordinary-words.yaml (军民, 其中) is the usual cure.
import type { Annotation } from '../engine/annotation.ts';
import type { DictionaryEntry } from '../engine/dictionary-format.ts';

/** Entries of this many characters or fewer are checked. */
export const SHORT_ENTRY_LENGTH = 2;

/** The lowest count in the word list (jieba's dict.txt) of a word that counts as frequent. */
export const FREQUENT_WORD_COUNT = 1000;

/** The lowest count of a word that places are guarded against being read across (placeWordEdges). */
export const EDGE_WORD_COUNT = 200;

export interface FrequentWord {
  word: string;
  count: number;
  /**
   * Tagged a place noun (ns): a place's name (北京) or a common noun of places (城市, 城镇, 农村),
   * which only a general dictionary tells apart. Left out where a name must never be taken for a
   * common word (short entries); the edges of places read common ones (placeWordEdges).
   */
  placeNoun?: true;
}

/**
 * The frequent words of a jieba-format word list ("word count tag" per line): Chinese characters
 * only, two or more of them, counted at least `minimum` times, and not a person's or an
 * organisation's name (tags nr…, nt…, nz); place nouns (ns…) are kept, marked `placeNoun`.
 */
export function parseWordList(text: string, minimum = FREQUENT_WORD_COUNT): FrequentWord[] {
  const words: FrequentWord[] = [];
  for (const line of text.split('\n')) {
    const [word, countText, tag = ''] = line.trim().split(/\s+/);
    const count = Number(countText);
    if (!word || !Number.isFinite(count) || count < minimum) continue;
    if (!/^\p{Script=Han}{2,}$/u.test(word) || /^n[rtz]/.test(tag)) continue;
    words.push(tag.startsWith('ns') ? { word, count, placeNoun: true } : { word, count });
  }
  return words;
}

/**
 * Words and their counts, segmenting text as a unigram model does (the most probable split into
 * listed words): what a reader takes the words of a context to be. 其中共同 is 其中 + 共同, not
 * 其 + 中共 + 同; 为主任 is 为 + 主任, not 为主 + 任.
 */
export class WordModel {
  private readonly logCounts = new Map<string, number>();
  private readonly logTotal: number;
  private readonly longest: number;

  constructor(text: string) {
    let total = 0;
    let longest = 1;
    for (const line of text.split('\n')) {
      const [word, countText] = line.trim().split(/\s+/);
      const count = Number(countText);
      if (!word || !Number.isFinite(count) || count <= 0 || !/^\p{Script=Han}+$/u.test(word)) continue;
      this.logCounts.set(word, Math.log(count));
      total += count;
      longest = Math.max(longest, word.length);
    }
    this.logTotal = Math.log(Math.max(total, 1));
    this.longest = longest;
  }

  /** How often the list counts `word` (0 when it does not list it). */
  count(word: string): number {
    const logCount = this.logCounts.get(word);
    return logCount === undefined ? 0 : Math.round(Math.exp(logCount));
  }

  /** Whether the most probable split of `text` has a word from `start` to `end`. */
  hasWord(text: string, start: number, end: number): boolean {
    return this.segment(text).some((word) => word.start === start && word.end === end);
  }

  /** The shortest start of `text`, of `minimum` characters or more, that is a listed word; else `text`. */
  firstWord(text: string, minimum: number): string {
    for (let end = minimum; end < text.length; end += 1) if (this.logCounts.has(text.slice(0, end))) return text.slice(0, end);
    return text;
  }

  segment(text: string): { start: number; end: number }[] {
    const n = text.length;
    const best = new Array<number>(n + 1).fill(-Infinity);
    const next = new Array<number>(n + 1).fill(n);
    best[n] = 0;
    for (let i = n - 1; i >= 0; i -= 1) {
      for (let j = i + 1; j <= Math.min(n, i + this.longest); j += 1) {
        const logCount = this.logCounts.get(text.slice(i, j)) ?? (j === i + 1 ? 0 : undefined);
        if (logCount === undefined) continue;
        const score = logCount - this.logTotal + (best[j] as number);
        if (score > (best[i] as number)) {
          best[i] = score;
          next[i] = j;
        }
      }
    }
    const words: { start: number; end: number }[] = [];
    for (let i = 0; i < n; i = next[i] as number) words.push({ start: i, end: next[i] as number });
    return words;
  }
}

export interface Collision {
  entry: string;
  form: string;
  /** The ordinary word the form fires inside or across. */
  word: string;
  /** The text in which the engine marked the form. */
  context: string;
}

/**
 * Where the engine marks a short form inside a frequent word (the form at its second character or
 * later) or across the end of one (a word ending in the form's first character, followed by the
 * most frequent word that starts with the rest of the form). One collision per form and word.
 */
export function findShortEntryCollisions(
  annotate: (text: string) => Annotation[],
  entries: readonly DictionaryEntry[],
  words: readonly FrequentWord[],
  model: WordModel,
): Collision[] {
  const byCount = [...words].sort((a, b) => b.count - a.count);
  const firstWordStarting = new Map<string, string>();
  for (const { word } of byCount) {
    const first = [...word][0] as string;
    if (!firstWordStarting.has(first)) firstWordStarting.set(first, word);
  }
  const collisions: Collision[] = [];
  for (const entry of entries) {
    for (const { text: form } of entry.forms) {
      const chars = [...form];
      if (chars.length > SHORT_ENTRY_LENGTH) continue;
      const [head = '', ...rest] = chars;
      const following = rest.length > 0 ? firstWordStarting.get(rest[0] as string) : undefined;
      for (const { word } of byCount) {
        if (word === form) continue;
        const contexts: { text: string; at: number }[] = [];
        const inside = word.indexOf(form, 1);
        if (inside > 0) contexts.push({ text: word, at: inside });
        if (following && word.endsWith(head) && !word.endsWith(form)) {
          contexts.push({ text: word + following, at: word.length - head.length });
        }
        const hit = contexts.find(
          ({ text, at }) =>
            !model.hasWord(text, at, at + form.length) && annotate(text).some((annotation) => annotation.start.offset === at && annotation.id === entry.id),
        );
        if (hit) collisions.push({ entry: entry.id, form, word, context: hit.text });
      }
    }
  }
  return collisions;
}

/**
 * The terms a word, listed as ordinary, would hide: terms that start inside it and that a reader
 * sees there, as 主任 in 为主任 (选为主任) behind 为主. `terms` are texts the engine marks when they
 * stand alone (entry forms, bodies and posts of the title grammar).
 */
export function termsHiddenBy(word: string, terms: readonly string[], model: WordModel): string[] {
  const hidden: string[] = [];
  for (let at = 1; at < word.length; at += 1) {
    const tail = word.slice(at);
    for (const term of terms) {
      if (term.length <= tail.length || !term.startsWith(tail)) continue;
      // The term's first word (中共 of 中共中央, 主任 of 主任委员) decides: 其中共 is 其中 + 共,
      // 为主任 is 为 + 主任.
      const context = word.slice(0, at) + model.firstWord(term, tail.length + 1);
      if (model.hasWord(context, at, context.length)) hidden.push(term);
    }
  }
  return hidden;
}
