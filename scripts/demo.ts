// npm run demo [-- --screenshot FILE]
// Builds the extension, serves the sample news page on 127.0.0.1 and opens Chromium with
// Guanhua loaded on it. With --screenshot it runs headless and writes a PNG instead.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderSamplePage } from '../fixtures/sample-page.ts';
import { buildExtension } from './lib/build-extension.ts';
import { launchWithExtension } from './lib/launch-extension.ts';
import { CHROME_BUILD_DIR } from './lib/paths.ts';
import { loadSampleSource } from './lib/sources.ts';
import { startStaticServer } from './lib/static-server.ts';

const SAMPLE_PATH = '/sample-article.html';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { screenshot: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log('Usage: npm run demo [-- --screenshot FILE]');
    return;
  }
  const screenshot = values.screenshot;
  if (!screenshot && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error(
      'No display found for a browser window. On a machine without a display run:\n' +
        '  npm run demo -- --screenshot out.png',
    );
  }

  console.log('Building the extension…');
  buildExtension();
  const server = await startStaticServer({ [SAMPLE_PATH]: { body: renderSamplePage(loadSampleSource()) } });
  const url = `${server.origin}${SAMPLE_PATH}`;
  const browser = await launchWithExtension({
    extensionDir: CHROME_BUILD_DIR,
    headless: Boolean(screenshot),
    viewport: screenshot ? { width: 1280, height: 900 } : null,
  });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(url);
    if (screenshot) {
      // Wait for the marks, then open the tooltip of the first title, as a reader's hover would.
      await page.waitForSelector('guanhua-term[data-guanhua-kind="title"]', { timeout: 15_000 });
      await page.evaluate(() => document.fonts.ready);
      await page.locator('guanhua-term[data-guanhua-kind="title"]').first().hover();
      await page.waitForSelector('guanhua-tooltip', { timeout: 5_000 });
      const file = path.resolve(screenshot);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`Wrote ${file}`);
    } else {
      console.log(`Serving ${url} — close the browser window to stop.`);
      await new Promise<void>((resolve) => browser.context.once('close', () => resolve()));
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
