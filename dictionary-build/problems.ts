// A problem found while building the dictionary, located in a human-edited file.

export interface Problem {
  file: string;
  /** 1-based line number in `file`. */
  line: number;
  problem: string;
}

export function formatProblem({ file, line, problem }: Problem): string {
  return `${file}:${line}: ${problem}`;
}

/** Thrown by the build when any problem was found; carries every problem, not just the first. */
export class DictionaryBuildError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(`The dictionary has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'DictionaryBuildError';
  }
}
