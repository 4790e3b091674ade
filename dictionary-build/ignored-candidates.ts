// dictionaries/candidates-ignored.yaml: reviewed spans that look like terms but are not.
import type { Problem } from './problems.ts';
import { readStringMap } from './yaml-file.ts';

export interface IgnoredCandidate {
  text: string;
  reason: string;
  line: number;
}

export function parseIgnoredCandidates(text: string, file: string): { ignored: IgnoredCandidate[]; problems: Problem[] } {
  const { pairs, problems } = readStringMap(text, file, '"text: reason"');
  return { ignored: pairs.map(({ key, value, line }) => ({ text: key, reason: value, line })), problems };
}
