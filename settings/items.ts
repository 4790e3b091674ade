// Settings shared by the popup, the content script and the background worker. Each is its own
// storage item with a default; a stored value of the wrong type or out of range reads as the
// default (the popup issue adds the versioned schema and the "your settings were reset" notice).
import { storage } from 'wxt/utils/storage';

export interface Setting<T> {
  key: string;
  fallback: T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls back with every later change; returns the function that stops watching. */
  watch(callback: (value: T) => void): () => void;
}

function validated<T>(key: `local:${string}`, fallback: T, isValid: (value: unknown) => value is T): Setting<T> {
  const item = storage.defineItem<unknown>(key, { fallback });
  const valid = (value: unknown): T => (isValid(value) ? value : fallback);
  return {
    key,
    fallback,
    getValue: async () => valid(await item.getValue()),
    setValue: (value) => item.setValue(value),
    watch: (callback) => item.watch((value) => callback(valid(value))),
  };
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isToneStyle = (value: unknown): value is ToneStyle => value === 'marks' || value === 'numbers';

export type ToneStyle = 'marks' | 'numbers';

/** Whether Guanhua annotates pages at all. On by default: installing it is asking for it. */
export const enabledItem = validated('local:enabled', true, isBoolean);

/** Whether pinyin shows above the marked terms (the tooltip always has it). */
export const pinyinVisibleItem = validated('local:pinyinVisible', true, isBoolean);

/** Tone marks (zhǎng) or tone numbers (zhang3). */
export const toneStyleItem = validated<ToneStyle>('local:toneStyle', 'marks', isToneStyle);

/** Colour the pinyin by tone. Off by default: colour is an aid some learners want and others find noisy. */
export const toneColorsItem = validated('local:toneColors', false, isBoolean);

