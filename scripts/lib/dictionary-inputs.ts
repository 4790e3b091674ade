import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildInput, InputFile } from '../../dictionary-build/build.ts';
import type { Dictionary } from '../../engine/dictionary-format.ts';
import { PROJECT_ROOT, SOURCES_DIR } from './paths.ts';
import { loadSourceDocuments } from './sources.ts';

export const DICTIONARIES_DIR = path.join(PROJECT_ROOT, 'dictionaries');
export const GENERATED_DICTIONARY = path.join(DICTIONARIES_DIR, 'generated', 'dictionary.json');

function readInput(file: string): InputFile {
  return {
    file: path.relative(PROJECT_ROOT, file),
    text: existsSync(file) ? readFileSync(file, 'utf8') : '',
  };
}

/** Everything the dictionary build reads, from dictionaries/. */
export function readDictionaryInputs(dir = DICTIONARIES_DIR): BuildInput {
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
