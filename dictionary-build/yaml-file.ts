// Reading the human-edited YAML files with line numbers, so every problem names file and line.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Problem } from './problems.ts';

export interface YamlFile {
  file: string;
  /** The document's root node, or null when the file is empty or failed to parse. */
  root: Node | null;
  lineOf(node: Node | Pair | null | undefined): number;
  problems: Problem[];
}

export function readYamlFile(text: string, file: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lineOf = (node: Node | Pair | null | undefined): number => {
    const target = node && 'range' in node ? node : node && 'key' in node ? (node.key as Node | null) : null;
    const offset = target?.range?.[0];
    return offset === undefined ? 1 : lineCounter.linePos(offset).line;
  };
  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((error) => ({
    file,
    line: error.linePos?.[0]?.line ?? 1,
    problem: `YAML: ${error.message.split('\n')[0]}`,
  }));
  return { file, root: doc.errors.length > 0 ? null : (doc.contents as Node | null), lineOf, problems };
}

/** The string value of a scalar, or undefined when the node is not a non-empty string scalar. */
export function stringOf(node: unknown): string | undefined {
  if (!isScalar(node) || typeof node.value !== 'string') return undefined;
  const value = node.value.trim();
  return value === '' ? undefined : value;
}

/** The strings of a sequence of string scalars (or of a single string scalar), or undefined. */
export function stringsOf(node: unknown): string[] | undefined {
  if (isScalar(node)) {
    const single = stringOf(node);
    return single === undefined ? undefined : [single];
  }
  if (!isSeq(node)) return undefined;
  const values = node.items.map(stringOf);
  return values.every((value): value is string => value !== undefined) ? values : undefined;
}

export function pairsOf(node: unknown): Pair[] {
  return isMap(node) ? (node as YAMLMap).items : [];
}

export { isMap, isSeq, isScalar };

export interface StringPair {
  key: string;
  value: string;
  line: number;
}

/**
 * A file that is a map of one-line "key: value" strings (pinyin overrides, ignored candidates).
 * `shape` describes a line for the problem messages, e.g. '"term: pin yin"'.
 */
export function readStringMap(text: string, file: string, shape: string): { pairs: StringPair[]; problems: Problem[] } {
  const yaml = readYamlFile(text, file);
  const problems = [...yaml.problems];
  const pairs: StringPair[] = [];
  if (yaml.root === null) return { pairs, problems };
  if (!isMap(yaml.root)) {
    problems.push({ file, line: 1, problem: `expected a map of ${shape} lines` });
    return { pairs, problems };
  }
  for (const pair of pairsOf(yaml.root)) {
    const line = yaml.lineOf(pair);
    const key = stringOf(pair.key);
    const value = stringOf(pair.value);
    if (!key || !value) problems.push({ file, line, problem: `each line is ${shape}, both parts non-empty` });
    else pairs.push({ key, value, line });
  }
  return { pairs, problems };
}
