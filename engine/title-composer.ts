// Titles the dictionary does not list whole, composed from the title grammar:
//   [jurisdiction] [body]… [modifier]… post
// 县委书记 = 县 + 委 + 书记 → "Secretary of the County Party Committee";
// 常务副省长 = 常务副 + 省长 → "Executive Vice Governor".
import type { ComposedPart } from './annotation.ts';
import type { GrammarPart, TitleGrammar } from './dictionary-format.ts';
import { canonicalKey } from './normalize.ts';
import { Trie } from './trie.ts';

/** Bodies can nest (市委统战部: the department of the committee); more than this is not a title. */
const MAX_BODIES = 3;
/** 常务副, 第一 + 副 …: two modifiers at most. */
const MAX_MODIFIERS = 2;

export interface ComposedTitle {
  /** Canonical characters consumed. */
  length: number;
  parts: { part: GrammarPart; role: ComposedPart['role'] }[];
  english: string;
  readings: string[];
}

function partTrie(parts: GrammarPart[]): Trie<GrammarPart> {
  const trie = new Trie<GrammarPart>();
  for (const part of parts) {
    for (const spelling of [part.part, ...(part.traditional ?? [])]) trie.add(canonicalKey(spelling), part);
  }
  return trie;
}

function englishOf(parts: ComposedTitle['parts']): string {
  const jurisdiction = parts.find((item) => item.role === 'jurisdiction')?.part;
  const bodies = parts.filter((item) => item.role === 'body').map((item) => item.part);
  const modifiers = parts.filter((item) => item.role === 'modifier').map((item) => item.part);
  const post = parts.find((item) => item.role === 'post')?.part;
  if (!post) return '';

  const lastBody = bodies.at(-1);
  let postEnglish = (lastBody && post.after?.[lastBody.part]) ?? post.english;
  let modifierWords = modifiers.map((modifier) => modifier.english);
  const deputy = modifiers.findIndex((modifier) => modifier.part.endsWith('副'));
  if (deputy >= 0 && post.deputy) {
    // 副市长 is "Vice Mayor", not "Deputy Mayor"; 常务副省长 "Executive Vice Governor".
    postEnglish = post.deputy;
    modifierWords = modifierWords.map((words, index) => (index === deputy ? words.replace(/\s*Deputy$/, '') : words));
  }
  const title = [...modifierWords.filter(Boolean), postEnglish].join(' ');
  if (bodies.length === 0) return title;
  // 市委统战部部长: Head of the United Front Work Department of the Municipal Party Committee.
  const [outer, ...inner] = bodies;
  const outerName = [jurisdiction?.english, outer?.english].filter(Boolean).join(' ');
  const chain = [...inner.reverse().map((body) => body.english), outerName];
  return `${title} of the ${chain.join(' of the ')}`;
}

interface Search {
  codes: ArrayLike<number>;
  end: number;
  cutsWord: (at: number, length: number) => boolean;
  /** The parts of the title being tried, outermost first. */
  parts: ComposedTitle['parts'];
  best: ComposedTitle['parts'] | undefined;
  bestEnd: number;
}

export class TitleComposer {
  private readonly jurisdictions: Trie<GrammarPart>;
  private readonly bodies: Trie<GrammarPart>;
  private readonly modifiers: Trie<GrammarPart>;
  private readonly posts: Trie<GrammarPart>;
  private readonly jurisdictionChars: Set<string>;

  /** First code points of every part: a title can only start at one of them. */
  private readonly startCodes: Set<number>;

  constructor(grammar: TitleGrammar) {
    this.jurisdictions = partTrie(grammar.jurisdictions);
    this.bodies = partTrie(grammar.bodies);
    this.modifiers = partTrie(grammar.modifiers);
    this.posts = partTrie(grammar.posts);
    this.jurisdictionChars = new Set(grammar.jurisdictions.map((part) => part.part).filter((part) => [...part].length === 1));
    this.startCodes = new Set(
      [...grammar.jurisdictions, ...grammar.bodies, ...grammar.modifiers, ...grammar.posts].flatMap((part) =>
        [part.part, ...(part.traditional ?? [])].map((spelling) => canonicalKey(spelling)[0] as number),
      ),
    );
  }

  /** A post that names its own level of government: 省长, 市长, 区长, 县长, 镇长. */
  private isJurisdictionPost(post: GrammarPart): boolean {
    return this.jurisdictionChars.has([...post.part][0] ?? '');
  }

  /**
   * The longest title composable at `codes[start]`, if any. `cutsWord(at, length)` says whether a
   * post read at `at` would cut an ordinary word in two (书记 in 法院书记员): such a post is not one.
   */
  composeAt(
    codes: ArrayLike<number>,
    start: number,
    end = codes.length,
    cutsWord: (at: number, length: number) => boolean = () => false,
  ): ComposedTitle | undefined {
    if (!this.startCodes.has(codes[start] as number)) return undefined;
    const search: Search = { codes, end, cutsWord, parts: [], best: undefined, bestEnd: start };
    this.afterBodies(search, start, 0);
    for (const jurisdiction of this.jurisdictions.matchesAt(codes, start, end)) {
      search.parts.push({ part: jurisdiction.value, role: 'jurisdiction' });
      this.afterBodies(search, start + jurisdiction.length, 0);
      search.parts.pop();
    }
    const { best, bestEnd } = search;
    if (!best) return undefined;
    return {
      length: bestEnd - start,
      parts: best,
      english: englishOf(best),
      readings: best.flatMap(({ part }) => part.pinyin.split(' ')),
    };
  }

  private afterBodies(search: Search, at: number, count: number): void {
    this.afterModifiers(search, at, 0);
    if (count >= MAX_BODIES) return;
    for (const body of this.bodies.matchesAt(search.codes, at, search.end)) {
      search.parts.push({ part: body.value, role: 'body' });
      this.afterBodies(search, at + body.length, count + 1);
      search.parts.pop();
    }
  }

  private afterModifiers(search: Search, at: number, count: number): void {
    const { parts } = search;
    for (const post of this.posts.matchesAt(search.codes, at, search.end)) {
      const hasJurisdiction = parts.some((item) => item.role === 'jurisdiction');
      const hasBody = parts.some((item) => item.role === 'body');
      // A post alone is a title only when it names its level (区长); a jurisdiction needs a body (县委, not 县 + 书记).
      const valid = hasBody || (!hasJurisdiction && this.isJurisdictionPost(post.value));
      if (valid && at + post.length > search.bestEnd && !search.cutsWord(at, post.length)) {
        search.best = [...parts, { part: post.value, role: 'post' }];
        search.bestEnd = at + post.length;
      }
    }
    if (count >= MAX_MODIFIERS) return;
    for (const modifier of this.modifiers.matchesAt(search.codes, at, search.end)) {
      parts.push({ part: modifier.value, role: 'modifier' });
      this.afterModifiers(search, at + modifier.length, count + 1);
      parts.pop();
    }
  }
}
