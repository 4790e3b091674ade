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
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of BROWSER_NAMES) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  throw new BrowserNotFoundError();
}
