// The learner's word list: terms saved from the tooltip, kept in storage.local so that they
// survive restarts and updates.
import { storage } from 'wxt/utils/storage';
import { exclusive } from './exclusive.ts';
import { isSavedWord, type SavedWord } from './saved-word.ts';

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

function wellFormed(value: unknown): SavedWord[] {
  return Array.isArray(value) ? value.filter(isSavedWord) : [];
}

/** The saved words; entries that are not well-formed are left out of the answer (and kept in storage). */
export async function getWordList(): Promise<SavedWord[]> {
  return wellFormed(await wordListItem.getValue());
}

const WORD_LIST_LOCK = 'guanhua:word-list';

/**
 * Adds words, merging by term: a term already saved keeps its first entry. Never drops what is
 * stored. For the popup and the background only: content scripts ask the background
 * (`SaveWordMessage`), so that writers take turns (settings/exclusive.ts).
 */
export function addWords(words: readonly SavedWord[]): Promise<number> {
  return exclusive(WORD_LIST_LOCK, () => addUnlocked(words));
}

async function addUnlocked(words: readonly SavedWord[]): Promise<number> {
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

export function removeWord(term: string): Promise<void> {
  return exclusive(WORD_LIST_LOCK, async () => {
    const stored = await wordListItem.getValue();
    if (!Array.isArray(stored)) return;
    await wordListItem.setValue(stored.filter((word) => !(isSavedWord(word) && word.term === term)));
  });
}

export function watchWordList(callback: (words: SavedWord[]) => void): () => void {
  return wordListItem.watch((value) => callback(wellFormed(value)));
}

