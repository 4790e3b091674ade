// Two baselines for `npm run bench`, written as plain unpacked extensions next to the real one:
//
// - the floor: the least a content script can do to give the sample article the same kind of
//   marks. It imports the same matching data Guanhua bundles (in parallel with one storage read),
//   indexes the dictionary's forms, marks them longest-first over the page's text and writes them
//   with Guanhua's own markup and CSS, all in one task. No detector, no grammar, no slicing.
// - the empty content script: what any extension with a content script costs a page.
//
// Both leave performance marks that the bench reads as it reads Guanhua's.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packMatching, splitDictionary } from '../../engine/dictionary-split.ts';
import type { Dictionary } from '../../engine/dictionary-format.ts';
import { GENERATED_DICTIONARY } from './paths.ts';

export const FLOOR_START = 'floor:start';
export const FLOOR_WRITTEN = 'floor:written';

const FLOOR_GLOBAL = '__guanhuaFloorData';

/** The floor's content script: plain JavaScript, run as Chromium loads it. */
function floorScript(css: string, rootAttributes: Record<string, string>): string {
  return `(async () => {
  performance.mark(${JSON.stringify(FLOOR_START)});
  const [, stored] = await Promise.all([import(chrome.runtime.getURL('floor-data.js')), chrome.storage.local.get('settings')]);
  void stored;
  const data = globalThis[${JSON.stringify(FLOOR_GLOBAL)}];
  const readingsOf = new Map();
  let longest = 0;
  // Traditional spellings and readings left out of the packed data come from its tables, as in Guanhua.
  const table = data.formTraditionalChars || {};
  const spelt = (text) => {
    let taiwan = '';
    let hongKong = '';
    for (const char of text) {
      const forms = table[char] || char;
      taiwan += forms[0];
      hongKong += forms[1] || forms[0];
    }
    return [taiwan, hongKong].filter((spelling, index, all) => spelling !== text && all.indexOf(spelling) === index);
  };
  // Entries come in runs of one kind, their glosses apart; a bare form is its text, and so is an entry of one bare form.
  const entries = data.entryRuns.flatMap(([, items]) => items.map((item) => (typeof item === 'string' ? { forms: [item] } : item)));
  for (const entry of entries) {
    for (const raw of entry.forms) {
      const form = typeof raw === 'string' ? { text: raw } : raw;
      const readings = form.pinyin ? form.pinyin.split(' ') : Array.from(form.text, (char) => (data.formReadings || {})[char] || char);
      for (const spelling of [form.text, ...(form.traditional || spelt(form.text))]) {
        readingsOf.set(spelling, readings);
        longest = Math.max(longest, spelling.length);
      }
    }
  }
  const style = document.createElement('style');
  style.textContent = ${JSON.stringify(css)};
  document.head.append(style);
  for (const [name, value] of Object.entries(${JSON.stringify(rootAttributes)})) document.documentElement.setAttribute(name, value);
  const root = document.querySelector('main') || document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  let marks = 0;
  for (const node of nodes) {
    const text = node.nodeValue;
    const out = [];
    let plainFrom = 0;
    for (let at = 0; at < text.length; ) {
      let length = Math.min(longest, text.length - at);
      while (length >= 2 && !readingsOf.has(text.substr(at, length))) length -= 1;
      if (length < 2) { at += 1; continue; }
      if (at > plainFrom) out.push(document.createTextNode(text.slice(plainFrom, at)));
      const term = document.createElement('guanhua-term');
      const readings = readingsOf.get(text.substr(at, length));
      let index = 0;
      for (const char of text.substr(at, length)) {
        const reading = readings[index++] || '';
        const element = document.createElement('guanhua-char');
        element.setAttribute('data-py', reading);
        element.setAttribute('style', '--guanhua-letters: ' + reading.length);
        element.textContent = char;
        term.append(element);
      }
      out.push(term);
      marks += 1;
      at += length;
      plainFrom = at;
    }
    if (out.length === 0) continue;
    if (plainFrom < text.length) out.push(document.createTextNode(text.slice(plainFrom)));
    node.replaceWith(...out);
  }
  document.documentElement.setAttribute('data-floor-marks', String(marks));
  performance.mark(${JSON.stringify(FLOOR_WRITTEN)});
})();
`;
}

function writeExtension(dir: string, name: string, files: Record<string, string>, accessible: string[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name,
    version: '1.0',
    permissions: ['storage'],
    // An idle worker, only so that the bench's launcher can read the extension's id from it.
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['http://*/*'], js: ['content.js'], run_at: 'document_idle' }],
    ...(accessible.length > 0 && { web_accessible_resources: [{ resources: accessible, matches: ['http://*/*'] }] }),
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  for (const [file, content] of Object.entries({ 'background.js': 'void 0;\n', ...files })) writeFileSync(path.join(dir, file), content);
}

/**
 * Writes both baseline extensions under `dir` and returns their folders. `css` is Guanhua's page
 * style sheet and `rootAttributes` the display attributes it sets on <html> with the settings benched.
 */
export function writeBaselineExtensions(dir: string, css: string, rootAttributes: Record<string, string>): { floor: string; empty: string } {
  const dictionary = JSON.parse(readFileSync(GENERATED_DICTIONARY, 'utf8')) as Dictionary;
  const matching = packMatching(splitDictionary(dictionary).matching);
  const floor = path.join(dir, 'floor-extension');
  writeExtension(
    floor,
    'Guanhua floor baseline',
    {
      'content.js': floorScript(css, rootAttributes),
      'floor-data.js': `globalThis[${JSON.stringify(FLOOR_GLOBAL)}] = JSON.parse(${JSON.stringify(JSON.stringify(matching))});\n`,
    },
    ['floor-data.js'],
  );
  const empty = path.join(dir, 'empty-extension');
  writeExtension(empty, 'Empty content script', { 'content.js': 'void 0;\n' }, []);
  return { floor, empty };
}
