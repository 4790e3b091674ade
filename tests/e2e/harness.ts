import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, expect } from 'vitest';
import { WEATHER_PAGE } from '../../fixtures/pages.ts';
import { renderSamplePage } from '../../fixtures/sample-page.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/schema.ts';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/launch-extension.ts';
import { CHROME_BUILD_DIR } from '../../scripts/lib/paths.ts';
import { loadSampleSource } from '../../scripts/lib/sources.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';

export const SAMPLE_PATH = '/sample-article.html';

/**
 * The hooks every file that shares one session registers: clean storage before each test, no
 * console error or uncaught exception on any page (extension pages included) after it, and the
 * browser closed at the end. `session` gives the file's session once its beforeAll has made it.
 */
export function cleanSessionPerTest(session: () => Session | undefined): void {
  beforeEach(async () => {
    await session()?.clearStorage();
  });
  afterEach(() => {
    expect(session()?.errors).toEqual([]);
  });
  afterAll(async () => {
    await session()?.close();
  });
}
export const ENGLISH_PATH = '/english.html';


/** The little of the extension API the tests call inside the service worker. */
export interface ExtensionGlobal {
  chrome: {
    storage: {
      local: {
        get(key: string): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
        clear(): Promise<void>;
      };
    };
    tabs: {
      query(query: object): Promise<{ id?: number; url?: string }[]>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
      update(tabId: number, properties: { active?: boolean }): Promise<unknown>;
    };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
  };
}

export interface Session {
  browser: ExtensionBrowser;
  server: StaticServer;
  /** Every URL the browser requested since the session started, in order. */
  requests: string[];
  /** Console errors and uncaught exceptions from any page, extension pages included. */
  errors: string[];
  url(path: string): string;
  popupUrl(): string;
  /** Changes settings in extension storage, as the popup would. */
  setSettings(patch: Partial<Settings>): Promise<void>;
  clearStorage(): Promise<void>;
  /** Evaluates in the extension's service worker. */
  inWorker<T>(fn: () => Promise<T> | T): Promise<T>;
  /** Opens a new tab on `url` and watches it for errors. */
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

/** A Chromium with the built extension, and a loopback server with the sample pages. */
export async function startSession(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Session> {
  const server = await startStaticServer({
    [SAMPLE_PATH]: { body: renderSamplePage(loadSampleSource()) },
    [ENGLISH_PATH]: { body: WEATHER_PAGE },
  });
  const browser = await launchWithExtension({ extensionDir: CHROME_BUILD_DIR, headless: true, ...options });
  const worker = () => {
    const found = browser.context.serviceWorkers().find((candidate) => candidate.url().includes(browser.extensionId));
    if (!found) throw new Error('The extension service worker is not running');
    return found;
  };
  const requests: string[] = [];
  const errors: string[] = [];
  browser.context.on('request', (request) => requests.push(request.url()));
  browser.context.on('weberror', (error) => errors.push(String(error.error())));
  return {
    browser,
    server,
    requests,
    errors,
    url: (path) => `${server.origin}${path}`,
    popupUrl: () => `chrome-extension://${browser.extensionId}/popup.html`,
    async setSettings(patch) {
      await worker().evaluate(
        async ({ patch, defaults }) => {
          const { chrome } = globalThis as unknown as ExtensionGlobal;
          const { settings } = await chrome.storage.local.get('settings');
          await chrome.storage.local.set({ settings: { ...defaults, ...(settings as object | undefined), ...patch } });
        },
        { patch, defaults: DEFAULT_SETTINGS },
      );
    },
    async clearStorage() {
      await worker().evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.clear());
    },
    inWorker: (fn) => worker().evaluate(fn),
    async open(url) {
      const page = await browser.context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
      });
      await page.goto(url);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The number of marks once the content script has no annotation work left queued. */
export async function settledTermCount(page: Page): Promise<number> {
  await page.waitForSelector('html[data-guanhua="zh"]:not([data-guanhua-busy]) guanhua-term', { state: 'attached', timeout: 30_000 });
  return page.locator('guanhua-term').count();
}

type DomNode = { nodeName: string; backendNodeId: number; children?: DomNode[]; shadowRoots?: DomNode[] };

function findNode(node: DomNode, test: (node: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const child of node.children ?? []) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}

/**
 * Runs `fn` (a function's source, called with `this` the tooltip's shadow root and `selector`)
 * through the DevTools protocol: the root is closed to page scripts and to Playwright's locators.
 * Null when there is no tooltip.
 */
async function inTooltip<T>(page: Page, fn: string, selector: string): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const shadow = findNode(root, (node) => node.nodeName === 'GUANHUA-TOOLTIP')?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId as string,
      functionDeclaration: fn,
      arguments: [{ value: selector }],
      returnByValue: true,
    });
    return (result.value as T | undefined) ?? null;
  } finally {
    await cdp.detach();
  }
}

/** The text of the element `selector` in the tooltip, if it is shown. */
export function tooltipText(page: Page, selector = '.card'): Promise<string | null> {
  return inTooltip<string>(page, 'function (selector) { const el = this.querySelector(selector); return el && el.getClientRects().length > 0 ? el.textContent : null; }', selector);
}

/** How many elements match `selector` in the tooltip. */
export async function tooltipCount(page: Page, selector: string): Promise<number> {
  return (await inTooltip<number>(page, 'function (selector) { return this.querySelectorAll(selector).length; }', selector)) ?? 0;
}

/** Clicks the element `selector` in the tooltip with the mouse, as the reader does. */
export async function clickInTooltip(page: Page, selector: string): Promise<void> {
  const box = await inTooltip<{ x: number; y: number }>(
    page,
    'function (selector) { const el = this.querySelector(selector); if (!el) return null; const r = el.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; }',
    selector,
  );
  if (!box) throw new Error(`No ${selector} in the tooltip`);
  await page.mouse.click(box.x, box.y);
}
