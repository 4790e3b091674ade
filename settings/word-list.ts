// The learner's word list: terms saved from the tooltip, kept in storage.local so that they
// survive restarts and updates.
import { storage } from 'wxt/utils/storage';

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

const STRING_FIELDS = ['term', 'pinyin', 'gloss', 'kind', 'explanation', 'sentence', 'pageTitle', 'url', 'savedAt'] as const;

/**
 * Version 1 (the first content script) stored words without kind and explanation; version 2
 * adds both, empty for words saved before.
 */
export const wordListItem = storage.defineItem<unknown>('local:wordList', {
  fallback: [],
  version: 2,
  migrations: {
    2: (old: unknown) =>
      Array.isArray(old) ? old.map((word: unknown) => (word && typeof word === 'object' ? { kind: '', explanation: '', ...word } : word)) : old,
  },
});

export function isSavedWord(value: unknown): value is SavedWord {
  const word = value as Record<string, unknown> | null;
  return !!word && typeof word === 'object' && STRING_FIELDS.every((field) => typeof word[field] === 'string') && word.term !== '';
}

function wellFormed(value: unknown): SavedWord[] {
  return Array.isArray(value) ? value.filter(isSavedWord) : [];
}

/** The saved words; entries that are not well-formed are left out of the answer (and kept in storage). */
export async function getWordList(): Promise<SavedWord[]> {
  return wellFormed(await wordListItem.getValue());
}

/** Adds words, merging by term: a term already saved keeps its first entry. Never drops what is stored. */
export async function addWords(words: readonly SavedWord[]): Promise<number> {
  const stored = await wordListItem.getValue();
  const list: unknown[] = Array.isArray(stored) ? [...stored] : [];
  const terms = new Set(wellFormed(list).map((word) => word.term));
  let added = 0;
  for (const word of words) {
    if (terms.has(word.term)) continue;
    terms.add(word.term);
    list.push(word);
    added += 1;
  }
  if (added > 0) await wordListItem.setValue(list);
  return added;
}

export function saveWord(word: SavedWord): Promise<number> {
  return addWords([word]);
}

export async function removeWord(term: string): Promise<void> {
  const stored = await wordListItem.getValue();
  if (!Array.isArray(stored)) return;
  await wordListItem.setValue(stored.filter((word) => !(isSavedWord(word) && word.term === term)));
}

export function watchWordList(callback: (words: SavedWord[]) => void): () => void {
  return wordListItem.watch((value) => callback(wellFormed(value)));
}

export { STRING_FIELDS as WORD_FIELDS };
