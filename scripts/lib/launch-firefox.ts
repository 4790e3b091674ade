// Firefox with the built add-on, for the e2e tests: Debian's firefox-esr, headless, driven by
// puppeteer-core over WebDriver BiDi, the add-on installed as a temporary add-on under a fixed
// moz-extension:// host. Console errors of pages, content scripts and extension pages reach us
// on the browser's output (devtools.console.stdout.content), with Firefox's own noise on a
// closed network filtered out.
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findFirefox } from './find-browser.ts';

/** The add-on's id (wxt.config.ts) and the fixed UUID of its moz-extension:// host in tests. */
export const ADDON_ID = 'guanhua@guanhua-reader';
export const ADDON_UUID = '6b7e2f4a-0c1d-4e9b-9a3f-2d5c8e1f7a60';

/** Lines of Firefox's output that are its own business on a closed network, not Guanhua's. */
const NOISE = /resource:\/\/|chrome:\/\/|RSLoader|Remote Settings|nimbus|RemoteAgent|WebDriver BiDi|GFX1|MOZ_CRASH|Sandbox|docShell|ExperimentAPI|addons\.|NS_ERROR|telemetry|Glean|Handler function threw an exception/iu;

export interface FirefoxWithAddon {
  browser: Browser;
  /** moz-extension://<uuid>/ */
  extensionOrigin: string;
  /** Console errors and uncaught exceptions reported on the browser's output, noise filtered out. */
  errors: string[];
  close(): Promise<void>;
}

export async function launchFirefoxWithAddon(addonDir: string): Promise<FirefoxWithAddon> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // Opening the popup page in a tab needs system access over BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'devtools.console.stdout.content': true,
    },
    dumpio: false,
  });
  const errors: string[] = [];
  const process = browser.process();
  const read = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (/console\.error|JavaScript error|Uncaught|Error:/u.test(line) && !NOISE.test(line)) errors.push(line.trim());
    }
  };
  process?.stdout?.on('data', read);
  process?.stderr?.on('data', read);
  try {
    await browser.installExtension(path.resolve(addonDir));
  } catch (error) {
    const version = await browser.version().catch(() => 'unknown');
    await browser.close();
    throw new Error(
      `Firefox ${version} could not install the add-on from ${addonDir} over WebDriver BiDi (webExtension.install, in Firefox 138 and later; Debian's firefox-esr 140 and 153 have it): ${String(error)}`,
    );
  }
  return {
    browser,
    extensionOrigin: `moz-extension://${ADDON_UUID}/`,
    errors,
    close: () => browser.close(),
  };
}
