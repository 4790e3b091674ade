// The shape of the bundled dictionary (dictionaries/generated/dictionary.json): the contract
// between the dictionary build, which writes it, and the engine, which reads it.

export const ENTRY_KINDS = ['title', 'body', 'slogan', 'formula', 'person', 'place', 'other'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const DICTIONARY_FORMAT = 1;

export interface DictionaryForm {
  /** The form as written: the entry's term (first form) or an alternate, in Simplified script. */
  text: string;
  /**
   * One token per character (code point) of `text`, separated by single spaces: tone-marked
   * pinyin for a Han character, the character itself for anything else (digits, Latin, ·, 、).
   */
  pinyin: string;
  /** Traditional spellings of `text` (Taiwan and Hong Kong standards) where they differ; same length, same pinyin. */
  traditional?: string[];
}

export interface DictionaryExample {
  /** Index into `Dictionary.sources`. */
  source: number;
  /** The sentence of the source the term occurs in, column breaks removed (long sentences cut at clauses, marked …). */
  sentence: string;
}

export interface DictionaryEntry {
  /** The entry's Simplified term; unique. */
  id: string;
  kind: EntryKind;
  /** The term first, then its alternates. */
  forms: DictionaryForm[];
  gloss: string;
  /** Who uses `gloss` as the official rendering, when it is one. */
  glossBy?: string;
  literal?: string;
  explanation: string;
  related?: string[];
  /** People only: their post as the sources state it. */
  role?: string;
  /** The first sentence of the sources that uses the term, if any. */
  example?: DictionaryExample;
  /** Why the entry exists when it occurs in no source. */
  why?: string;
}

export interface GrammarPart {
  part: string;
  english: string;
  pinyin: string;
  /** Traditional spellings of `part` where they differ (same length, same pinyin). */
  traditional?: string[];
  /** Posts only: the English of 副 + this post where it is not "Deputy <post>". */
  deputy?: string;
  /** Posts only: the English of this post after a given body, where it differs (人大常委会 → Chairman). */
  after?: Record<string, string>;
  note?: string;
}

export interface TitleGrammar {
  jurisdictions: GrammarPart[];
  bodies: GrammarPart[];
  posts: GrammarPart[];
  modifiers: GrammarPart[];
}

export interface DictionarySource {
  id: string;
  publication: string;
  date: string;
}

export interface Dictionary {
  format: typeof DICTIONARY_FORMAT;
  notice: string;
  sources: DictionarySource[];
  entries: DictionaryEntry[];
  grammar: TitleGrammar;
  /**
   * Ordinary words (Simplified and Traditional) that the engine reads as plain words so that
   * they are not cut into false titles (城市长期 is 城市 + 长期, not 城 + 市长 + 期).
   */
  ordinaryWords: string[];
}
