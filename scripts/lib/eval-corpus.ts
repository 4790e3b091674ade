import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../../dictionary-build/problems.ts';
import { Annotator, NameMemory } from '../../engine/annotator.ts';
import { asDictionary } from '../../engine/load-dictionary.ts';
import { readPinyinWithPinyinPro } from '../../engine/pinyin-pro-reader.ts';
import { parseAnswers, parseExcerpt, type CorpusItem } from '../../evaluation/corpus.ts';
import type { AnnotateLine } from '../../evaluation/score.ts';
import { DICTIONARIES_DIR, GENERATED_DICTIONARY, PROJECT_ROOT } from './paths.ts';

export const EVAL_DIR = path.join(DICTIONARIES_DIR, 'eval');
export const floorFileOf = (dir: string) => path.join(dir, 'floor.json');
export const FLOOR_FILE = floorFileOf(EVAL_DIR);

/**
 * Reads the evaluation corpus: every excerpt with its answers. `ids` limits it to those excerpts.
 * Problems name file and line; an excerpt with a problem is left out of `items`.
 */
export function readEvalCorpus(dir = EVAL_DIR, ids?: readonly string[]): { items: CorpusItem[]; problems: Problem[] } {
  const excerptsDir = path.join(dir, 'excerpts');
  const answersDir = path.join(dir, 'answers');
  const items: CorpusItem[] = [];
  const problems: Problem[] = [];
  const relative = (file: string) => path.relative(PROJECT_ROOT, file);
  const available = existsSync(excerptsDir) ? readdirSync(excerptsDir).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -4)) : [];
  const wanted = ids && ids.length > 0 ? ids : available.sort();
  for (const id of wanted) {
    const excerptFile = path.join(excerptsDir, `${id}.txt`);
    const answersFile = path.join(answersDir, `${id}.yaml`);
    if (!available.includes(id)) {
      problems.push({ file: relative(excerptFile), line: 1, problem: 'no such excerpt' });
      continue;
    }
    const parsedExcerpt = parseExcerpt(readFileSync(excerptFile, 'utf8'), relative(excerptFile), id);
    problems.push(...parsedExcerpt.problems);
    if (!existsSync(answersFile)) {
      problems.push({ file: relative(answersFile), line: 1, problem: `the excerpt ${id} has no answers file` });
      continue;
    }
    if (!parsedExcerpt.excerpt) continue;
    const parsedAnswers = parseAnswers(readFileSync(answersFile, 'utf8'), relative(answersFile), parsedExcerpt.excerpt.document.text);
    problems.push(...parsedAnswers.problems);
    if (parsedAnswers.answers) items.push({ excerpt: parsedExcerpt.excerpt, answers: parsedAnswers.answers });
  }
  if (!ids || ids.length === 0) {
    for (const name of existsSync(answersDir) ? readdirSync(answersDir) : []) {
      if (name.endsWith('.yaml') && !available.includes(name.slice(0, -5))) {
        problems.push({ file: relative(path.join(answersDir, name)), line: 1, problem: 'answers for an excerpt that does not exist' });
      }
    }
  }
  return { items, problems };
}

/**
 * The engine as the extension builds it, reading an excerpt line by line as the content script
 * reads a page block by block, with one memory of names per excerpt as per page.
 */
export function engineLineAnnotator(corpus: readonly CorpusItem[]): AnnotateLine {
  const annotator = new Annotator({ dictionary: asDictionary(JSON.parse(readFileSync(GENERATED_DICTIONARY, 'utf8'))), readPinyin: readPinyinWithPinyinPro });
  const memories = new Map<string, NameMemory>();
  // As the page does with an article: the names of every line are learnt before any is annotated.
  for (const { excerpt } of corpus) {
    const memory = new NameMemory();
    for (const line of excerpt.lines) annotator.learnNames([line], memory);
    memories.set(excerpt.id, memory);
  }
  return (line, excerpt) => {
    let memory = memories.get(excerpt);
    if (!memory) memories.set(excerpt, (memory = new NameMemory()));
    return annotator.annotate([line], memory);
  };
}
