import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DICTIONARIES_DIR = path.join(PROJECT_ROOT, 'dictionaries');
export const SOURCES_DIR = path.join(DICTIONARIES_DIR, 'sources');
/** The built dictionary. Import it from here, not from dictionary-inputs.ts, unless you build: that module loads CC-CEDICT. */
export const GENERATED_DICTIONARY = path.join(DICTIONARIES_DIR, 'generated', 'dictionary.json');
/** Traditional characters and their Simplified ones, for the pinyin reader (dictionary-build/traditional.ts). */
export const GENERATED_SIMPLIFIED_CHARACTERS = path.join(DICTIONARIES_DIR, 'generated', 'simplified-characters.json');
export const CHROME_BUILD_DIR = path.join(PROJECT_ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD_DIR = path.join(PROJECT_ROOT, '.output', 'firefox-mv2');
