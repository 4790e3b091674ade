// The browser half of npm run bench: Guanhua in real Chromium with the built extension loaded,
// each figure a median over several runs and a ratio to a baseline measured in the same run.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { packMatching, splitDictionary } from '../engine/dictionary-split.ts';
import type { Dictionary } from '../engine/dictionary-format.ts';
import { bigPage, englishNewsPage } from '../fixtures/pages.ts';
import { renderSamplePage } from '../fixtures/sample-page.ts';
import { displayOf } from '../page/display.ts';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema.ts';
import { buildExtension } from './lib/build-extension.ts';
import { FLOOR_START, FLOOR_WRITTEN, writeBaselineExtensions } from './lib/floor-extensions.ts';
import { GENERATED_DICTIONARY } from './lib/paths.ts';
import { launchWithExtension, type ExtensionBrowser } from './lib/launch-extension.ts';
import { CHROME_BUILD_DIR, PROJECT_ROOT } from './lib/paths.ts';

/** Guanhua's page style sheet, for the baselines that write its markup. */
const PAGE_CSS = readFileSync(path.join(PROJECT_ROOT, 'page', 'page-style.css'), 'utf8');
import { loadSampleSource } from './lib/sources.ts';
import { startStaticServer, type StaticServer } from './lib/static-server.ts';

export const BROWSER_RUNS = 5;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const LONGTASK_OBSERVER = `<script>window.__longtasks = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });</script>`;

function withLongtasks(html: string): string {
  return html.replace('<head>', `<head>${LONGTASK_OBSERVER}`);
}

/**
 * "Rendered": when Guanhua (or the floor) says its marks are written, the page forces style and
 * layout at once; the time after that is when the reader can see them. Taken the same way for both.
 */
const RENDER_OBSERVER = `<script>window.__rendered = {}; new PerformanceObserver((list) => { for (const e of list.getEntries()) { if (!['guanhua:annotated', '${FLOOR_WRITTEN}'].includes(e.name) || e.name in window.__rendered) continue; void document.documentElement.getBoundingClientRect().height; void document.body.offsetHeight; window.__rendered[e.name] = performance.now(); } }).observe({ type: 'mark' });</script>`;

function withRenderTiming(html: string): string {
  return html.replace('<head>', `<head>${RENDER_OBSERVER}`);
}

/** From a start mark to the page's forced layout after an end mark (RENDER_OBSERVER). */
async function renderedDuration(page: Page, start: string, end: string, timeout = 30_000): Promise<number> {
  await page.waitForFunction((name) => name in ((window as unknown as { __rendered?: Record<string, number> }).__rendered ?? {}), end, { timeout });
  return page.evaluate(
    ({ start, end }) => (window as unknown as { __rendered: Record<string, number> }).__rendered[end]! - (performance.getEntriesByName(start)[0]?.startTime ?? 0),
    { start, end },
  );
}

async function setSettings(browser: ExtensionBrowser, settings: Settings): Promise<void> {
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  await worker.evaluate((value) => (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ settings: value }), settings);
}

/** Main-thread task time of a page load (CDP Performance metrics, collected from before navigation). */
async function mainThreadMsOfLoad(browser: ExtensionBrowser, url: string): Promise<number> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  // The content script runs at document_idle and reads storage first: give it time to finish.
  await page.waitForTimeout(500);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await cdp.detach();
  await page.close();
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

async function markDuration(page: Page, timeout = 30_000): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('guanhua:annotated').length > 0, undefined, { timeout });
  return page.evaluate(() => {
    const start = performance.getEntriesByName('guanhua:start')[0]?.startTime ?? 0;
    const end = performance.getEntriesByName('guanhua:annotated')[0]?.startTime ?? 0;
    return end - start;
  });
}

/** A bare read of every text node of the page, as the baseline for annotating it. */
function bareTextRead(page: Page): Promise<number> {
  return page.evaluate(() => {
    const start = performance.now();
    let length = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) length += node.nodeValue?.length ?? 0;
    const elapsed = performance.now() - start;
    return length > 0 ? elapsed : -1;
  });
}

/** Reads down the page in 25 stops, pausing at each as a skimming reader would. */
async function scrollThrough(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const stops = 25;
  for (let stop = 0; stop <= stops; stop += 1) {
    await page.evaluate((top) => window.scrollTo(0, top), Math.round((height * stop) / stops));
    await page.waitForTimeout(150);
  }
}

async function longestTaskAfter(page: Page, after: number): Promise<number> {
  return page.evaluate((from) => {
    const tasks = (window as unknown as { __longtasks: [number, number][] }).__longtasks;
    return tasks.filter(([start]) => start >= from).reduce((longest, [, duration]) => Math.max(longest, duration), 0);
  }, after);
}

function files(dir: string): { file: string; bytes: number; gzip: number }[] {
  const found: { file: string; bytes: number; gzip: number }[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(js|css|html|json)$/.test(name)) {
        const content = readFileSync(full);
        found.push({ file: path.relative(dir, full), bytes: content.length, gzip: gzipSync(content).length });
      }
    }
  };
  walk(dir);
  return found.sort((a, b) => b.bytes - a.bytes);
}

export async function benchBrowser() {
  buildExtension({ timing: true });
  const server: StaticServer = await startStaticServer({
    '/english.html': { body: englishNewsPage() },
    '/article.html': { body: withRenderTiming(renderSamplePage(loadSampleSource())) },
    '/big.html': { body: withLongtasks(bigPage()) },
    '/pinyin-pro.js': { body: readFileSync(path.join(PROJECT_ROOT, 'node_modules/pinyin-pro/dist/index.js'), 'utf8'), type: 'text/javascript' },
  });
  const baselines = writeBaselineExtensions(path.join(PROJECT_ROOT, '.bench'), PAGE_CSS, displayOf(DEFAULT_SETTINGS).attributes);
  const withExtension = await launchWithExtension({ extensionDir: CHROME_BUILD_DIR, headless: true });
  const without = await launchWithExtension({ extensionDir: null, headless: true });
  const floor = await launchWithExtension({ extensionDir: baselines.floor, headless: true });
  const empty = await launchWithExtension({ extensionDir: baselines.empty, headless: true });
  const open = async (browser: ExtensionBrowser, route: string) => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}${route}`, { waitUntil: 'load' });
    return page;
  };
  try {
    // 1. A page without Chinese: main-thread time with and without the extension.
    const english = { with: [] as number[], without: [] as number[], empty: [] as number[] };
    for (let run = 0; run < BROWSER_RUNS; run += 1) {
      for (const [browser, list] of [[withExtension, english.with], [without, english.without], [empty, english.empty]] as const) {
        list.push(await mainThreadMsOfLoad(browser, `${server.origin}/english.html`));
      }
    }

    // 2. The sample article: content-script start to annotations rendered, against a bare text read.
    await setSettings(withExtension, DEFAULT_SETTINGS);
    const article = {
      annotate: [] as number[],
      rendered: [] as number[],
      floor: [] as number[],
      marks: 0,
      floorMarks: 0,
      bareRead: [] as number[],
      allText: [] as number[],
      allTextRendered: [] as number[],
      pinyinPro: [] as number[],
      oneShotWrite: [] as number[],
    };
    for (let run = 0; run < BROWSER_RUNS; run += 1) {
      const page = await open(withExtension, '/article.html');
      article.annotate.push(await markDuration(page));
      article.rendered.push(await renderedDuration(page, 'guanhua:start', 'guanhua:annotated'));
      article.marks = await page.locator('guanhua-term').count();
      article.bareRead.push(await bareTextRead(page));
      await page.close();
      const floorPage = await open(floor, '/article.html');
      article.floor.push(await renderedDuration(floorPage, FLOOR_START, FLOOR_WRITTEN));
      article.floorMarks = Number(await floorPage.getAttribute('html', 'data-floor-marks'));
      await floorPage.close();
    }

    // 3. All-text pinyin on the sample article, against pinyin-pro converting the same text.
    await setSettings(withExtension, { ...DEFAULT_SETTINGS, pinyinScope: 'all' });
    for (let run = 0; run < BROWSER_RUNS; run += 1) {
      const page = await open(withExtension, '/article.html');
      article.allText.push(await markDuration(page));
      article.allTextRendered.push(await renderedDuration(page, 'guanhua:start', 'guanhua:annotated'));
      await page.close();
      const plain = await open(without, '/article.html');
      await plain.addScriptTag({ url: `${server.origin}/pinyin-pro.js` });
      article.pinyinPro.push(
        await plain.evaluate(() => {
          const text = document.querySelector('main')?.textContent ?? '';
          const { pinyin } = (window as unknown as { pinyinPro: { pinyin(text: string, options: object): unknown } }).pinyinPro;
          const start = performance.now();
          pinyin(text, { type: 'all', toneSandhi: false });
          return performance.now() - start;
        }),
      );
      // The baseline: pinyin-pro reads each text node and the same per-character markup is
      // written in one task, with Guanhua's CSS, until the page has laid it out.
      article.oneShotWrite.push(
        await plain.evaluate((css) => {
          const { pinyin } = (window as unknown as { pinyinPro: { pinyin(text: string, options: object): string[] } }).pinyinPro;
          const style = document.createElement('style');
          style.textContent = css;
          document.head.append(style);
          document.documentElement.setAttribute('data-guanhua-pinyin', 'shown');
          void document.body.offsetHeight;
          const start = performance.now();
          const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
          const nodes: Text[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
          for (const node of nodes) {
            const text = node.nodeValue ?? '';
            if (!/\p{Script=Han}/u.test(text)) continue;
            const readings = pinyin(text, { type: 'array', toneSandhi: false });
            const out: Node[] = [];
            let index = 0;
            for (const char of text) {
              const reading = readings[index] ?? '';
              index += 1;
              if (!/\p{Script=Han}/u.test(char)) {
                out.push(document.createTextNode(char));
                continue;
              }
              const element = document.createElement('guanhua-char');
              element.setAttribute('data-py', reading);
              element.setAttribute('style', `--guanhua-letters: ${reading.length}`);
              element.textContent = char;
              out.push(element);
            }
            node.replaceWith(...out);
          }
          void document.body.offsetHeight;
          return performance.now() - start;
        }, PAGE_CSS),
      );
      await plain.close();
    }
    await setSettings(withExtension, DEFAULT_SETTINGS);

    // 4. 1 MB of Chinese in 10,000 paragraphs: time to annotate what is in view, longest task while reading it all.
    const big = { firstView: [] as number[], longestWith: [] as number[], longestWithout: [] as number[] };
    for (let run = 0; run < 3; run += 1) {
      const page = await open(withExtension, '/big.html');
      big.firstView.push(await markDuration(page, 60_000));
      const start = await page.evaluate(() => performance.getEntriesByName('guanhua:start')[0]?.startTime ?? 0);
      await scrollThrough(page);
      big.longestWith.push(await longestTaskAfter(page, start));
      await page.close();
      const plain = await open(without, '/big.html');
      const loaded = await plain.evaluate(() => performance.now());
      await scrollThrough(plain);
      big.longestWithout.push(await longestTaskAfter(plain, loaded));
      await plain.close();
    }

    const built = files(CHROME_BUILD_DIR);
    const dictionary = readFileSync(GENERATED_DICTIONARY);
    /** The two parts of the dictionary as bundled: what matching needs (annotator.js, packed) and what tooltips show (background.js). */
    const dictionaryParts = (bytes: Buffer) => {
      const { matching, texts } = splitDictionary(JSON.parse(bytes.toString('utf8')) as Dictionary);
      const size = (value: unknown) => {
        const json = Buffer.from(JSON.stringify(value));
        return { bytes: json.length, gzip: gzipSync(json).length };
      };
      return { matchingPart: size(packMatching(matching)), tooltipPart: size(texts), entries: matching.entries.length };
    };
    const contentScript = built.find((entry) => entry.file === 'detector.js');
    return {
      pageWithoutChinese: {
        mainThreadWithMs: median(english.with),
        mainThreadWithoutMs: median(english.without),
        addedMs: median(english.with) - median(english.without),
        emptyContentScriptMs: median(english.empty),
        addedOverEmptyMs: median(english.with) - median(english.empty),
        injectedScriptBytes: contentScript?.bytes ?? 0,
        injectedScriptGzipBytes: contentScript?.gzip ?? 0,
        targets: 'main-thread time ≤ an empty content script + 2 ms; injected script ≤ 5 KB',
      },
      sampleArticle: {
        annotateMs: median(article.annotate),
        renderedMs: median(article.rendered),
        floorRenderedMs: median(article.floor),
        ratioToFloor: median(article.rendered) / Math.max(median(article.floor), 0.001),
        marks: article.marks,
        floorMarks: article.floorMarks,
        bareTextReadMs: median(article.bareRead),
        ratio: median(article.annotate) / Math.max(median(article.bareRead), 0.001),
        target: 'start to rendered within 2× the floor baseline',
      },
      allTextPinyin: {
        annotateMs: median(article.allText),
        renderedMs: median(article.allTextRendered),
        pinyinProMs: median(article.pinyinPro),
        oneShotWriteMs: median(article.oneShotWrite),
        ratio: median(article.allText) / Math.max(median(article.pinyinPro), 0.001),
        ratioToOneShot: median(article.allTextRendered) / Math.max(median(article.oneShotWrite), 0.001),
        target: 'start to rendered within 2× a one-shot write of the per-character markup plus pinyin-pro',
      },
      megabytePage: {
        firstViewAnnotatedMs: median(big.firstView),
        longestTaskWithMs: median(big.longestWith),
        longestTaskWithoutMs: median(big.longestWithout),
        target: 'no task longer than 50 ms caused by the extension',
      },
      sizes: {
        files: built,
        dictionaryBytes: dictionary.length,
        dictionaryGzipBytes: gzipSync(dictionary).length,
        ...dictionaryParts(dictionary),
      },
    };
  } finally {
    await withExtension.close();
    await without.close();
    await floor.close();
    await empty.close();
    await server.close();
  }
}
