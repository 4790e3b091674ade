import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeFlags, CodeSet } from '../../engine/code-set.ts';
import { Trie } from '../../engine/trie.ts';

// Code points from the common ranges and past the Basic Multilingual Plane (𠮷 U+20BB7).
const code = fc.oneof(fc.integer({ min: 0x4e00, max: 0x4e10 }), fc.integer({ min: 0x20bb0, max: 0x20bc0 }), fc.constantFrom(0, 0xffff, 0x10000, 0x3001));
const key = fc.array(code, { minLength: 1, maxLength: 4 });

describe('CodeSet and CodeFlags answer as a Set and a Map would', () => {
  it('CodeSet.has agrees with Set.has, in and past the Basic Multilingual Plane', () => {
    fc.assert(
      fc.property(fc.array(code), fc.array(code), (added, asked) => {
        const set = new CodeSet(added);
        const reference = new Set(added);
        for (const probe of [...asked, ...added]) expect(set.has(probe)).toBe(reference.has(probe));
      }),
    );
    expect(new CodeSet([0x4e00]).has(undefined)).toBe(false);
  });

  it('CodeFlags keeps every flag set for a code point, and 0 where none is', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(code, fc.integer({ min: 0, max: 7 }))), fc.array(code), (added, asked) => {
        const flags = new CodeFlags();
        const reference = new Map<number, number>();
        for (const [point, bit] of added) {
          flags.add(point, 1 << bit);
          reference.set(point, (reference.get(point) ?? 0) | (1 << bit));
        }
        for (const probe of [...asked, ...added.map(([point]) => point)]) expect(flags.get(probe)).toBe(reference.get(probe) ?? 0);
      }),
    );
  });
});

describe('a trie', () => {
  it('answers every match and the longest at every position as a list of keys would, deferred keys included', () => {
    fc.assert(
      fc.property(fc.array(key), fc.array(key), fc.array(code, { maxLength: 12 }), (keys, deferred, text) => {
        const trie = new Trie<string>();
        const listed = new Map<string, string>();
        for (const k of keys) {
          trie.add(k, k.join(','));
          if (!listed.has(k.join(','))) listed.set(k.join(','), k.join(','));
        }
        for (const k of deferred) trie.defer(k[0] as number, () => trie.add(k, `deferred ${k.join(',')}`));
        for (let at = 0; at <= text.length; at += 1) {
          const expected: { length: number; value: string }[] = [];
          for (let length = 1; at + length <= text.length; length += 1) {
            const k = text.slice(at, at + length).join(',');
            const value = listed.get(k) ?? (deferred.some((d) => d.join(',') === k) ? `deferred ${k}` : undefined);
            if (value !== undefined) expected.push({ length, value });
          }
          expect(trie.matchesAt(text, at)).toEqual(expected);
          expect(trie.longestAt(text, at)).toEqual(expected.at(-1));
        }
      }),
    );
  });

  it('a walk that finds no key answers the shared empty list', () => {
    const trie = new Trie<string>();
    trie.add([0x4e00, 0x4e01], 'pair');
    expect(trie.matchesAt([0x4e00, 0x4e02], 0)).toEqual([]);
    expect(trie.matchesAt([0x4e00, 0x4e01], 0)).toEqual([{ length: 2, value: 'pair' }]);
  });
});
