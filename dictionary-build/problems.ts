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
