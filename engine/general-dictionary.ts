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
export const LONGEST_GENERAL_WORD = 8;

export class GeneralDictionary {
  private readonly words = new Map<string, GeneralEntry[]>();

  /** Reads the file's text; malformed lines are skipped and counted. */
  constructor(text: string) {
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const [simplified, traditional, pinyin, senses] = line.split('\t');
      if (!simplified || pinyin === undefined || !senses) {
        this.skipped += 1;
        continue;
      }
      const entry: GeneralEntry = { simplified, traditional: traditional || simplified, pinyin, senses: senses.split(' / ') };
      this.add(simplified, entry);
      if (entry.traditional !== simplified) this.add(entry.traditional, entry);
    }
  }

  /** Lines the constructor could not read. */
  skipped = 0;

  get size(): number {
    return this.words.size;
  }

  private add(word: string, entry: GeneralEntry): void {
    const list = this.words.get(word);
    if (list) list.push(entry);
    else this.words.set(word, [entry]);
  }

  lookup(word: string): GeneralEntry[] | undefined {
    return this.words.get(word);
  }

  /** The entries of every word that starts somewhere in `text`, up to LONGEST_GENERAL_WORD characters long. */
  wordsIn(text: string): Record<string, GeneralEntry[]> {
    const chars = [...text];
    const found: Record<string, GeneralEntry[]> = {};
    for (let start = 0; start < chars.length; start += 1) {
      let word = '';
      for (let end = start; end < Math.min(chars.length, start + LONGEST_GENERAL_WORD); end += 1) {
        word += chars[end];
        const entries = this.words.get(word);
        if (entries) found[word] = entries;
      }
    }
    return found;
  }
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
