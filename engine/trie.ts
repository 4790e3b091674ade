import { CodeSet } from './code-set.ts';

// A trie over canonical code points: built once, then every lookup walks at most as many steps
// as the longest key, so scanning a text stays linear in its length.

/**
 * Most nodes have one child or none (names run on in a chain: 石林彝族自治县), so the first child
 * sits in the node itself and only a node with more children has a Map: building the engine's
 * tries then makes about 10,000 Maps instead of 45,000. Every node has the same fields, in the
 * same order, so lookups stay monomorphic.
 */
class TrieNode<T> {
  /** The code point of the first child; -1 while the node has no child. */
  code = -1;
  first: TrieNode<T> | undefined = undefined;
  /** The other children. */
  more: Map<number, TrieNode<T>> | undefined = undefined;
  value: T | undefined = undefined;
  /** On a first step only: adds the keys deferred to the first lookup that reaches it (Trie.defer). */
  load: (() => void) | undefined = undefined;

  child(code: number): TrieNode<T> | undefined {
    return this.code === code ? this.first : this.more?.get(code);
  }
}

export interface TrieMatch<T> {
  /** Number of code points matched. */
  length: number;
  value: T;
}

/** The answer of `matchesAt` where nothing matches: shared, never written to. */
export const NO_MATCHES: readonly never[] = Object.freeze([]);

export class Trie<T> {
  /** The root's children by code point: the first step of every lookup, a miss at most positions. */
  private readonly starts = new Map<number, TrieNode<T>>();
  /** The same code points as bits: a miss is answered without a hash lookup. */
  private readonly startCodes = new CodeSet();

  /** The root's child for `code`, made if missing. */
  private rootChild(code: number): TrieNode<T> {
    let node = this.starts.get(code);
    if (!node) {
      node = new TrieNode<T>();
      this.starts.set(code, node);
      this.startCodes.add(code);
    }
    return node;
  }

  /** Adds `key`; when the key is already present the first value stays (earlier sources win). */
  add(key: readonly number[], value: T): void {
    if (key.length === 0) return;
    let node = this.rootChild(key[0] as number);
    for (let index = 1; index < key.length; index += 1) {
      const code = key[index] as number;
      let next: TrieNode<T> | undefined = node.child(code);
      if (!next) {
        next = new TrieNode<T>();
        if (node.code === -1) {
          node.code = code;
          node.first = next;
        } else {
          (node.more ??= new Map()).set(code, next);
        }
      }
      node = next;
    }
    if (node.value === undefined) node.value = value;
  }

  /**
   * Keys starting with `code` that `load` adds (with `add`) the first time a lookup starts with
   * that code point: a text reads only some of the keys, and the others need never be built.
   * The keys are added after every key added before that lookup: for a key added twice the first
   * value stays, so `load` should add keys no earlier source may hold or may win over.
   */
  defer(code: number, load: () => void): void {
    const node = this.rootChild(code);
    const before = node.load;
    node.load = before ? () => (before(), load()) : load;
  }

  /** The code points keys start with, deferred ones included. */
  firstCodes(): Iterable<number> {
    return this.starts.keys();
  }

  /** The first step of a lookup, loading the keys deferred to it. */
  private start(code: number): TrieNode<T> | undefined {
    if (!this.startCodes.has(code)) return undefined;
    const node = this.starts.get(code);
    if (node?.load) {
      const load = node.load;
      node.load = undefined;
      load();
    }
    return node;
  }

  /** Every key that starts at `codes[start]`, shortest first. */
  matchesAt(codes: ArrayLike<number>, start: number, end = codes.length): readonly TrieMatch<T>[] {
    if (start >= end) return NO_MATCHES;
    let node = this.start(codes[start] as number);
    // The first step is a miss at most positions of a text: answer it without allocating.
    if (!node) return NO_MATCHES;
    // Most walks end without a key (a place's first character, then not its second): allocate on the first.
    let found: TrieMatch<T>[] | undefined;
    for (let index = start; ; ) {
      if (node.value !== undefined) (found ??= []).push({ length: index - start + 1, value: node.value });
      index += 1;
      if (index >= end) break;
      node = node.child(codes[index] as number);
      if (!node) break;
    }
    return found ?? NO_MATCHES;
  }

  /** The longest key that starts at `codes[start]`, if any. */
  longestAt(codes: ArrayLike<number>, start: number, end = codes.length): TrieMatch<T> | undefined {
    if (start >= end) return undefined;
    let length = 0;
    let value: T | undefined;
    let node = this.start(codes[start] as number);
    for (let index = start; node; ) {
      if (node.value !== undefined) {
        length = index - start + 1;
        value = node.value;
      }
      index += 1;
      if (index >= end) break;
      node = node.child(codes[index] as number);
    }
    return value === undefined ? undefined : { length, value };
  }
}
