// Renders the toolbar and store icons (public/icon/<size>.png) in Chromium: the character 官
// on a vermilion tile. Run after changing the design: npm run icons
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from './lib/find-browser.ts';
import { PROJECT_ROOT } from './lib/paths.ts';

const SIZES = [16, 32, 48, 96, 128];

function iconPage(size: number): string {
  const radius = Math.round(size * 0.2);
  const fontSize = Math.round(size * 0.78);
  return `<!doctype html><html><head><style>
    html, body { margin: 0; background: transparent; }
    div { width: ${size}px; height: ${size}px; border-radius: ${radius}px; background: #b42318;
      color: #fff; display: flex; align-items: center; justify-content: center;
      font: 700 ${fontSize}px/1 "Noto Sans CJK SC", "Noto Sans CJK", sans-serif; }
  </style></head><body><div>官</div></body></html>`;
}

const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const dir = path.join(PROJECT_ROOT, 'public', 'icon');
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(iconPage(size));
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(dir, `${size}.png`), omitBackground: true });
    await page.close();
  }
  console.log(`Wrote ${SIZES.map((size) => `${size}.png`).join(', ')} to ${path.relative(PROJECT_ROOT, dir)}/`);
} finally {
  await browser.close();
}
