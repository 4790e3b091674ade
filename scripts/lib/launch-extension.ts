import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { findBrowser } from './find-browser.ts';

export interface LaunchOptions {
  /** Folder of the built, unpacked extension (e.g. .output/chrome-mv3); null for a browser without it (a baseline). */
  extensionDir: string | null;
  headless: boolean;
  /** Emulated colour scheme for pages; defaults to light. */
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number } | null;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Closes the browser and removes its temporary profile. */
  close(): Promise<void>;
}

/**
 * Flags for Chromium on these machines: a closed network (no background requests, no QUIC,
 * no component updates or sync), running as root (no sandbox), and no GPU.
 */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts Chromium with the unpacked extension loaded, in a fresh temporary profile. */
export async function launchWithExtension({
  extensionDir,
  headless,
  colorScheme = 'light',
  viewport = { width: 1280, height: 900 },
}: LaunchOptions): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'guanhua-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findBrowser(),
    headless,
    colorScheme,
    viewport,
    args: extensionDir
      ? [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
      : [...CHROMIUM_FLAGS, '--disable-extensions'],
  });
  if (!extensionDir) {
    return {
      context,
      extensionId: '',
      async close() {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  }
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      extensionId,
      async close() {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
