// The learner's word list: terms saved from the tooltip, kept in storage.local so that they
// survive restarts and updates. The popup issue adds listing, export and import.
import { storage } from 'wxt/utils/storage';

export interface SavedWord {
  term: string;
  pinyin: string;
  gloss: string;
  /** The sentence the term was read in. */
  sentence: string;
  pageTitle: string;
  url: string;
  /** ISO date-time of saving. */
  savedAt: string;
}

const wordListItem = storage.defineItem<unknown>('local:wordList', { fallback: [] });

function isSavedWord(value: unknown): value is SavedWord {
  const word = value as Partial<SavedWord> | null;
  return (
    !!word &&
    typeof word.term === 'string' &&
    typeof word.pinyin === 'string' &&
    typeof word.gloss === 'string' &&
    typeof word.sentence === 'string' &&
    typeof word.pageTitle === 'string' &&
    typeof word.url === 'string' &&
    typeof word.savedAt === 'string'
  );
}

/** The saved words; entries that are not well-formed are left out of the answer (and kept in storage). */
export async function getWordList(): Promise<SavedWord[]> {
  const value = await wordListItem.getValue();
  return Array.isArray(value) ? value.filter(isSavedWord) : [];
}

/** Saves a word unless one with the same term is saved already; never drops what is stored. */
export async function saveWord(word: SavedWord): Promise<void> {
  const stored = await wordListItem.getValue();
  const list: unknown[] = Array.isArray(stored) ? stored : [];
  if (list.some((item) => isSavedWord(item) && item.term === word.term)) return;
  await wordListItem.setValue([...list, word]);
}

export function watchWordList(callback: (words: SavedWord[]) => void): () => void {
  return wordListItem.watch((value) => callback(Array.isArray(value) ? value.filter(isSavedWord) : []));
}
