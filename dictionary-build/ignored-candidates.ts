// dictionaries/candidates-ignored.yaml: reviewed spans that look like terms but are not.
import type { Problem } from './problems.ts';
import { isMap, pairsOf, readYamlFile, stringOf } from './yaml-file.ts';

export interface IgnoredCandidate {
  text: string;
  reason: string;
  line: number;
}

export function parseIgnoredCandidates(text: string, file: string): { ignored: IgnoredCandidate[]; problems: Problem[] } {
  const yaml = readYamlFile(text, file);
  const problems = [...yaml.problems];
  const ignored: IgnoredCandidate[] = [];
  if (yaml.root === null) return { ignored, problems };
  if (!isMap(yaml.root)) {
    problems.push({ file, line: 1, problem: 'expected a map of "text: reason" lines' });
    return { ignored, problems };
  }
  for (const pair of pairsOf(yaml.root)) {
    const line = yaml.lineOf(pair);
    const key = stringOf(pair.key);
    const reason = stringOf(pair.value);
    if (!key || !reason) {
      problems.push({ file, line, problem: 'each ignored text needs a reason: "text: reason"' });
      continue;
    }
    ignored.push({ text: key, reason, line });
  }
  return { ignored, problems };
}
