import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SOURCES_DIR = path.join(PROJECT_ROOT, 'dictionaries', 'sources');
export const CHROME_BUILD_DIR = path.join(PROJECT_ROOT, '.output', 'chrome-mv3');
