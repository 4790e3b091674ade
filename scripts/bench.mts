// npm run bench — the engine's throughput on 1 MB of Chinese news text, against a plain scan of
// the same string measured in the same run. Prints a table and writes .bench/report.json.
// A benchmark, not a test: figures are medians over several runs, reported as ratios.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Annotator, NameMemory } from '../engine/annotator.ts';
import { asDictionary } from '../engine/load-dictionary.ts';
import { readPinyinWithPinyinPro } from '../engine/pinyin-pro-reader.ts';
import { benchBrowser, median } from './bench-browser.ts';
import { GENERATED_DICTIONARY, PROJECT_ROOT } from './lib/paths.ts';
import { loadSampleSource } from './lib/sources.ts';

const RUNS = 7;
const TARGET_BYTES = 1024 * 1024;


function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** The seed article repeated to 1 MB of UTF-8: real news text, column breaks and all. */
function newsText(): string {
  const article = loadSampleSource().text;
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    parts.push(article);
    bytes += Buffer.byteLength(article);
  }
  return parts.join('\n');
}

/** The baseline: one pass over the string by code point, as any matcher must make. */
function plainScan(text: string): number {
  let han = 0;
  for (const char of text) if (char >= '\u4e00' && char <= '\u9fff') han += 1;
  return han;
}

const dictionary = asDictionary(JSON.parse(readFileSync(GENERATED_DICTIONARY, 'utf8')));
const text = newsText();

const buildTimes: number[] = [];
let annotator: Annotator | undefined;
for (let run = 0; run < RUNS; run += 1) {
  buildTimes.push(time(() => (annotator = new Annotator({ dictionary, readPinyin: readPinyinWithPinyinPro }))));
}
if (!annotator) throw new Error('no annotator');
const engine = annotator;

// One pass of the matcher over the text, as the page makes over a long page read where the reader
// is; an article (up to 60,000 characters) is also read once before for its names (learnNames),
// timed apart. Warm up, then alternate so that drift in machine load hits all alike.
plainScan(text);
const annotations = engine.annotate([text], new NameMemory()).length;
const scanTimes: number[] = [];
const engineTimes: number[] = [];
const learnTimes: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  scanTimes.push(time(() => plainScan(text)));
  engineTimes.push(time(() => engine.annotate([text], new NameMemory())));
  learnTimes.push(time(() => engine.learnNames([text], new NameMemory())));
}

const scan = median(scanTimes);
const annotate = median(engineTimes);
const report = {
  date: new Date().toISOString(),
  machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
  engine: {
    textBytes: Buffer.byteLength(text),
    annotations,
    buildMs: median(buildTimes),
    plainScanMs: scan,
    annotateMs: annotate,
    learnNamesMs: median(learnTimes),
    ratioToPlainScan: annotate / scan,
    megabytesPerSecond: Buffer.byteLength(text) / 1024 / 1024 / (annotate / 1000),
    target: 'annotate within 5x of the plain scan',
  },
};

console.log('Engine on 1 MB of news text (median of %d runs)', RUNS);
console.table({
  'plain scan (baseline)': { ms: scan.toFixed(1), ratio: '1.0×' },
  'engine: annotate (one pass)': { ms: annotate.toFixed(1), ratio: `${(annotate / scan).toFixed(1)}×` },
  'engine: learn names (a pass before an article is marked)': { ms: median(learnTimes).toFixed(1), ratio: `${(median(learnTimes) / scan).toFixed(1)}×` },
  'engine: build tries once': { ms: median(buildTimes).toFixed(1), ratio: '' },
});
console.log(`${annotations} annotations; ${report.engine.megabytesPerSecond.toFixed(1)} MB/s; target ≤ 5× plain scan: ${annotate / scan <= 5 ? 'met' : 'missed'}`);

console.log('\nThe extension in Chromium (browser figures: medians of 5 runs; 1 MB page: 3 runs)…');
const browser = await benchBrowser();
const ms = (value: number) => `${value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const signed = (value: number) => `${value >= 0 ? '+' : '−'}${ms(Math.abs(value))}`;
console.table({
  'no Chinese: main thread, without extension': { value: ms(browser.pageWithoutChinese.mainThreadWithoutMs), ratio: '', target: '' },
  'no Chinese: main thread, empty content script (baseline)': { value: ms(browser.pageWithoutChinese.emptyContentScriptMs), ratio: '', target: '' },
  'no Chinese: main thread, with extension': {
    value: `${ms(browser.pageWithoutChinese.mainThreadWithMs)} (${signed(browser.pageWithoutChinese.addedOverEmptyMs)} over empty)`,
    ratio: '',
    target: '≤ +2 ms',
  },
  'no Chinese: script injected into every page': { value: `${kb(browser.pageWithoutChinese.injectedScriptBytes)} (${kb(browser.pageWithoutChinese.injectedScriptGzipBytes)} gzip)`, ratio: '', target: '≤ 5 KB' },
  'sample article: floor, one task, start to rendered (baseline)': { value: `${ms(browser.sampleArticle.floorRenderedMs)}, ${browser.sampleArticle.floorMarks} marks`, ratio: '1.0×', target: '' },
  'sample article: start to rendered': {
    value: `${ms(browser.sampleArticle.renderedMs)}, ${browser.sampleArticle.marks} marks`,
    ratio: `${browser.sampleArticle.ratioToFloor.toFixed(1)}×`,
    target: '≤ 2×',
  },
  'sample article: start to annotated (before final layout)': { value: ms(browser.sampleArticle.annotateMs), ratio: '', target: '' },
  'all-text pinyin: one-shot write of the markup plus pinyin-pro (baseline)': { value: ms(browser.allTextPinyin.oneShotWriteMs), ratio: '1.0×', target: '' },
  'all-text pinyin: start to rendered': { value: ms(browser.allTextPinyin.renderedMs), ratio: `${browser.allTextPinyin.ratioToOneShot.toFixed(1)}×`, target: '≤ 2×' },
  'all-text pinyin: pinyin-pro alone (for reference)': { value: ms(browser.allTextPinyin.pinyinProMs), ratio: '', target: '' },
  '1 MB page: annotated in view': { value: ms(browser.megabytePage.firstViewAnnotatedMs), ratio: '', target: '' },
  '1 MB page: longest task without extension (baseline)': { value: ms(browser.megabytePage.longestTaskWithoutMs), ratio: '', target: '' },
  '1 MB page: longest task with extension': { value: ms(browser.megabytePage.longestTaskWithMs), ratio: '', target: '≤ 50 ms' },
});
console.table(Object.fromEntries([...browser.sizes.files.map((entry) => [entry.file, { size: kb(entry.bytes), gzip: kb(entry.gzip) }]), ['dictionary.json (generated)', { size: kb(browser.sizes.dictionaryBytes), gzip: kb(browser.sizes.dictionaryGzipBytes) }],
  [`dictionary: matching part, ${browser.sizes.entries} entries (in annotator.js)`, { size: kb(browser.sizes.matchingPart.bytes), gzip: kb(browser.sizes.matchingPart.gzip) }],
  ['dictionary: tooltip texts (in background.js)', { size: kb(browser.sizes.tooltipPart.bytes), gzip: kb(browser.sizes.tooltipPart.gzip) }]]));

const dir = path.join(PROJECT_ROOT, '.bench');
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'report.json'), `${JSON.stringify({ ...report, browser }, null, 2)}\n`);
console.log(`Wrote ${path.relative(PROJECT_ROOT, path.join(dir, 'report.json'))}`);
