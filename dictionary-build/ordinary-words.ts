// dictionaries/ordinary-words.yaml: plain words the engine must not cut into false titles.
import type { Problem } from './problems.ts';
import { isSeq, readYamlFile, stringOf } from './yaml-file.ts';

export interface OrdinaryWord {
  word: string;
  line: number;
}

export function parseOrdinaryWords(text: string, file: string): { words: OrdinaryWord[]; problems: Problem[] } {
  const yaml = readYamlFile(text, file);
  const problems = [...yaml.problems];
  const words: OrdinaryWord[] = [];
  if (yaml.root === null) return { words, problems };
  if (!isSeq(yaml.root)) {
    problems.push({ file, line: 1, problem: 'expected a list of words ("- 城市")' });
    return { words, problems };
  }
  const seen = new Map<string, number>();
  for (const item of yaml.root.items) {
    const line = yaml.lineOf(item as never);
    const word = stringOf(item);
    if (!word || !/^\p{Script=Han}{2,}$/u.test(word)) {
      problems.push({ file, line, problem: 'an ordinary word is two or more Chinese characters' });
      continue;
    }
    if (seen.has(word)) {
      problems.push({ file, line, problem: `"${word}" is already listed (line ${seen.get(word)})` });
      continue;
    }
    seen.set(word, line);
    words.push({ word, line });
  }
  return { words, problems };
}
