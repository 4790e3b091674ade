// One saved word: its fields and the check every stored or imported word goes through. Pure (no
// storage), so that the content script's detector can check messages without loading storage.

export interface SavedWord {
  term: string;
  pinyin: string;
  gloss: string;
  /** Version 2: the entry's kind and explanation, for the Anki card's back. */
  kind: string;
  explanation: string;
  /** The sentence the term was read in. */
  sentence: string;
  pageTitle: string;
  url: string;
  /** ISO date-time of saving. */
  savedAt: string;
}

export const WORD_FIELDS = ['term', 'pinyin', 'gloss', 'kind', 'explanation', 'sentence', 'pageTitle', 'url', 'savedAt'] as const;

export function isSavedWord(value: unknown): value is SavedWord {
  const word = value as Record<string, unknown> | null;
  return !!word && typeof word === 'object' && WORD_FIELDS.every((field) => typeof word[field] === 'string') && word.term !== '';
}
