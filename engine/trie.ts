// A trie over canonical code points: built once, then every lookup walks at most as many steps
// as the longest key, so scanning a text stays linear in its length.

interface TrieNode<T> {
  /** Absent on leaves, which are most nodes: a trie of the places alone has thousands. */
  children?: Map<number, TrieNode<T>>;
  value?: T;
}

export interface TrieMatch<T> {
  /** Number of code points matched. */
  length: number;
  value: T;
}

/** The answer of `matchesAt` where nothing matches: shared, never written to. */
export const NO_MATCHES: readonly never[] = Object.freeze([]);

export class Trie<T> {
  private readonly root: TrieNode<T> & { children: Map<number, TrieNode<T>> } = { children: new Map() };

  /** Adds `key`; when the key is already present the first value stays (earlier sources win). */
  add(key: readonly number[], value: T): void {
    if (key.length === 0) return;
    let node: TrieNode<T> = this.root;
    for (const code of key) {
      node.children ??= new Map();
      let child = node.children.get(code);
      if (!child) {
        child = {};
        node.children.set(code, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }

  /** The code points keys start with. */
  firstCodes(): Iterable<number> {
    return this.root.children.keys();
  }

  /** Every key that starts at `codes[start]`, shortest first. */
  matchesAt(codes: ArrayLike<number>, start: number, end = codes.length): readonly TrieMatch<T>[] {
    // The first step is a miss at most positions of a text: answer it without allocating.
    if (start >= end || !this.root.children.has(codes[start] as number)) return NO_MATCHES;
    const found: TrieMatch<T>[] = [];
    let node: TrieNode<T> | undefined = this.root;
    for (let index = start; index < end; index += 1) {
      node = node.children?.get(codes[index] as number);
      if (!node) break;
      if (node.value !== undefined) found.push({ length: index - start + 1, value: node.value });
    }
    return found;
  }

  /** The longest key that starts at `codes[start]`, if any. */
  longestAt(codes: ArrayLike<number>, start: number, end = codes.length): TrieMatch<T> | undefined {
    let length = 0;
    let value: T | undefined;
    let node: TrieNode<T> | undefined = this.root.children.get(codes[start] as number);
    // The first step is a miss at most positions of a text: answer it without allocating.
    for (let index = start; node && index < end; node = node.children?.get(codes[++index] as number)) {
      if (node.value !== undefined) {
        length = index - start + 1;
        value = node.value;
      }
    }
    return value === undefined ? undefined : { length, value };
  }
}
