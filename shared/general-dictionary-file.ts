/** The general dictionary's file in the built extension (made by dictionary-build/general-dictionary.ts). */
export const GENERAL_DICTIONARY_FILE = 'cc-cedict.txt';
