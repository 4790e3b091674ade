// The general dictionary (CC-CEDICT, shipped as its own file: dictionary-build/general-dictionary.ts)
// as the extension reads it: lookups of words in Simplified or Traditional spelling. Pure
// TypeScript; the background loads the file and asks here.

export interface GeneralEntry {
  simplified: string;
  traditional: string;
  /** Tone-marked, one syllable per character; capitalised for a proper name. */
  pinyin: string;
  senses: string[];
}

/** The longest word the general dictionary is asked for at one position. */
const LONGEST_GENERAL_WORD = 8;

/**
 * The file kept as one string and read where a word is looked up: the constructor only notes
 * where each entry's line starts (the lines are sorted by their Simplified spelling, so a
 * Simplified word is found by binary search); the Traditional spellings get an index of their own
 * the first time a lookup needs it. Building objects for all 120,000 entries at once took
 * 0.3–0.5 s and over 100 MB; this takes a few tens of milliseconds.
 */
export class GeneralDictionary {
  private readonly starts: Int32Array;
  /** Lines by Traditional spelling, where it differs from the Simplified: made on first use. */
  private traditional: Map<string, number[]> | undefined;

  /** Reads the file's text; malformed lines (fewer than four fields) are skipped and counted. */
  constructor(private readonly text: string) {
    const starts: number[] = [];
    for (let at = 0; at < text.length; ) {
      const newline = text.indexOf('\n', at);
      const end = newline < 0 ? text.length : newline;
      if (end > at && text.charCodeAt(at) !== HASH) {
        if (fieldCount(text, at, end) >= 4) starts.push(at);
        else this.skipped += 1;
      }
      at = end + 1;
    }
    this.starts = Int32Array.from(starts);
  }

  /** Lines the constructor could not read. */
  skipped = 0;

  lookup(word: string): GeneralEntry[] | undefined {
    const found: GeneralEntry[] = [];
    for (let index = this.firstAtLeast(word); index < this.starts.length && this.simplifiedAt(index) === word; index += 1) found.push(this.entryAt(index));
    for (const index of this.traditionalIndex().get(word) ?? []) found.push(this.entryAt(index));
    return found.length > 0 ? found : undefined;
  }

  /** The entries of every word that starts somewhere in `text`, up to LONGEST_GENERAL_WORD characters long. */
  wordsIn(text: string): Record<string, GeneralEntry[]> {
    const chars = [...text];
    const found: Record<string, GeneralEntry[]> = {};
    for (let start = 0; start < chars.length; start += 1) {
      let word = '';
      for (let end = start; end < Math.min(chars.length, start + LONGEST_GENERAL_WORD); end += 1) {
        word += chars[end];
        if (word in found) continue;
        const entries = this.lookup(word);
        if (entries) found[word] = entries;
      }
    }
    return found;
  }

  private simplifiedAt(index: number): string {
    const start = this.starts[index] as number;
    return this.text.slice(start, this.text.indexOf('\t', start));
  }

  /** The first line whose Simplified spelling sorts at or after `word` (the file sorts by code unit). */
  private firstAtLeast(word: string): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.simplifiedAt(middle) < word) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private traditionalIndex(): Map<string, number[]> {
    if (this.traditional) return this.traditional;
    const index = new Map<string, number[]>();
    for (let line = 0; line < this.starts.length; line += 1) {
      const start = this.starts[line] as number;
      const first = this.text.indexOf('\t', start);
      const second = this.text.indexOf('\t', first + 1);
      if (second === first + 1) continue;
      const spelling = this.text.slice(first + 1, second);
      const lines = index.get(spelling);
      if (lines) lines.push(line);
      else index.set(spelling, [line]);
    }
    this.traditional = index;
    return index;
  }

  private entryAt(index: number): GeneralEntry {
    const start = this.starts[index] as number;
    const newline = this.text.indexOf('\n', start);
    const [simplified = '', traditional = '', pinyin = '', senses = ''] = this.text.slice(start, newline < 0 ? this.text.length : newline).split('\t');
    return { simplified, traditional: traditional || simplified, pinyin, senses: senses.split(' / ') };
  }
}

const HASH = '#'.charCodeAt(0);

/** How many tab-separated fields the line from `start` to `end` has, counting up to four. */
function fieldCount(text: string, start: number, end: number): number {
  let fields = 1;
  for (let at = text.indexOf('\t', start); at >= 0 && at < end && fields < 4; at = text.indexOf('\t', at + 1)) fields += 1;
  return fields;
}

const isEntry = (value: unknown): value is GeneralEntry => {
  const entry = value as Partial<GeneralEntry> | null;
  return (
    !!entry &&
    typeof entry.simplified === 'string' &&
    typeof entry.traditional === 'string' &&
    typeof entry.pinyin === 'string' &&
    Array.isArray(entry.senses) &&
    entry.senses.every((sense) => typeof sense === 'string')
  );
};

/** Checks the background's answer to a lookup: the well-formed entries only, keyed by word. */
export function asGeneralWords(value: unknown): Record<string, GeneralEntry[]> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('The general dictionary answered with something else than words.');
  const words: Record<string, GeneralEntry[]> = {};
  for (const [word, entries] of Object.entries(value as Record<string, unknown>)) {
    if (!Array.isArray(entries)) continue;
    const valid = entries.filter(isEntry);
    if (valid.length > 0) words[word] = valid;
  }
  return words;
}
