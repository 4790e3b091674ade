import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export const INSTALL_HINT =
  'No Chromium or Chrome found for the demo and the end-to-end tests.\n' +
  'Install one, with a CJK font so that Chinese text renders:\n' +
  '  Debian/Ubuntu:  sudo apt-get install chromium fonts-noto-cjk\n' +
  'or point CHROME_PATH at an existing Chrome or Chromium executable:\n' +
  '  CHROME_PATH=/path/to/chrome npm test';

export class BrowserNotFoundError extends Error {
  constructor(detail?: string) {
    super(detail ? `${detail}\n${INSTALL_HINT}` : INSTALL_HINT);
    this.name = 'BrowserNotFoundError';
  }
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface FindBrowserOptions {
  env?: NodeJS.ProcessEnv;
}

/**
 * The browser for the demo and the e2e tests: CHROME_PATH when set (and it must then be
 * executable), otherwise the first of chromium / google-chrome found on PATH.
 */
export function findBrowser({ env = process.env }: FindBrowserOptions = {}): string {
  const explicit = env.CHROME_PATH;
  if (explicit) {
    if (isExecutable(explicit)) return explicit;
    throw new BrowserNotFoundError(`CHROME_PATH is set to "${explicit}", which is not an executable file.`);
  }
  const found = findOnPath(BROWSER_NAMES, env);
  if (found) return found;
  throw new BrowserNotFoundError();
}

/** The first of `names` that is an executable file in a folder of PATH, in the order of `names`. */
function findOnPath(names: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of names) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

export const FIREFOX_NAMES = ['firefox-esr', 'firefox'];
export const FIREFOX_INSTALL_HINT =
  'No Firefox found for the Firefox end-to-end tests.\n' +
  '  Debian/Ubuntu:  sudo apt-get install firefox-esr\n' +
  'or point FIREFOX_PATH at a Firefox executable.';

/** Firefox for the e2e tests: FIREFOX_PATH when set (and it must then be executable), otherwise firefox-esr or firefox on PATH. */
export function findFirefox({ env = process.env }: FindBrowserOptions = {}): string {
  const explicit = env.FIREFOX_PATH;
  if (explicit) {
    if (isExecutable(explicit)) return explicit;
    throw new Error(`FIREFOX_PATH is set to "${explicit}", which is not an executable file.\n${FIREFOX_INSTALL_HINT}`);
  }
  const found = findOnPath(FIREFOX_NAMES, env);
  if (found) return found;
  throw new Error(FIREFOX_INSTALL_HINT);
}
