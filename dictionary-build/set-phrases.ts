// Mining set phrases from the sources: the slogans and fixed expressions of official documents
// recur, across years and documents, in a few recognisable shapes. This finds spans of those
// shapes, counts them in every source, and ranks them for people writing entries.
import { FREQUENT_WORD_COUNT, type WordModel } from './short-entries.ts';

export type PhraseShape =
  /** Between quotation marks: “放管服”, “两个维护”. */
  | 'quoted'
  /** A numbered formula: 四个全面, 三大攻坚战. */
  | 'numbered'
  /** Four-character phrases joined by 、 (稳就业、稳金融), or one of them. */
  | 'enumeration'
  /** A four-character unit read as one word or as two words of two: 实事求是, 稳中求进. */
  | 'four'
  /** X思维, X意识, X精神, X理念, X战略, X格局, X体系: a named way of thinking or a policy frame. */
  | 'frame'
  /** Ending in -化: 现代化, 市场化法治化国际化, 治理能力现代化. */
  | 'hua'
  /** Two or three words that recur together: 全面深化改革, 全面建成小康社会. */
  | 'run';

export interface MinedPhrase {
  text: string;
  shapes: PhraseShape[];
  /** How often it occurs in all the sources. */
  count: number;
  /** In how many different sources. */
  documents: number;
  /** The rank's basis: documents, weighted by how strongly the shapes mark a set phrase. */
  score: number;
  /** The first sentence it occurs in, and that sentence's source. */
  example: { source: string; sentence: string };
}

export interface MiningSource {
  id: string;
  sentences: readonly string[];
}

/** How strongly a shape marks a set phrase: quotation marks and numbers most, a four-character pair least. */
const SHAPE_WEIGHT: Record<PhraseShape, number> = { quoted: 3, numbered: 3, enumeration: 2, frame: 2, hua: 2, four: 1, run: 1 };

const NUMERAL = '一二三四五六七八九十两';
const QUOTED = /[“「]([^“”「」]{2,16})[”」]/gu;
const NUMBERED = new RegExp(`(?<![${NUMERAL}\\d])[${NUMERAL}]{1,2}[个大项条种][\\p{Script=Han}]{2,6}`, 'gu');
const FRAME_HEADS = ['思维', '意识', '精神', '理念', '战略', '格局', '体系', '机制', '工程', '行动'];
/** Words that start no set phrase: particles, pronouns, conjunctions, verbs of doing. */
const NOT_A_START = new Set([...'的和与及等在对把被是了为以从向而并或也都又就还将要使让给由'].concat(['我们', '进一步', '加快', '推进', '坚持', '加强', '推动', '实施', '深入', '积极', '大力', '着力', '持续', '不断', '更加', '努力', '认真', '切实', '扎实', '继续', '提高', '增强', '完善', '健全', '落实', '贯彻', '支持', '促进', '发展', '实现', '建设', '深化', '构建', '打造']));

const HAN_RUN = /\p{Script=Han}+/gu;
/** One-character words that join the words of a set phrase: 疫情防控和经济社会发展, 人与自然. */
const JOINING = new Set([...'和与及之']);

/** Whether the model's split of `text` has a word boundary at `at`. */
function boundaryAt(text: string, at: number, model: WordModel): boolean {
  return at === 0 || at === text.length || model.segment(text).some(({ start }) => start === at);
}

/**
 * The parallel items of an enumeration in a clause (坚持稳中求进、统筹兼顾 → 稳中求进, 统筹兼顾;
 * 稳就业、稳金融、稳外贸): items of three to six characters, all of one length, the first cut from
 * the words before it and the last from the words after it at word boundaries.
 */
export function enumerationIn(clause: string, model: WordModel): string[] {
  const parts = clause.split('、');
  if (parts.length < 2 || !parts.every((part) => /^\p{Script=Han}+$/u.test(part))) return [];
  const middle = parts.slice(1, -1);
  const lengths = middle.length > 0 ? [middle[0]?.length ?? 0] : [4, 3, 5, 6];
  for (const length of lengths) {
    if (length < 3 || length > 6 || middle.some((part) => part.length !== length)) continue;
    const first = parts[0] as string;
    const last = parts[parts.length - 1] as string;
    if (first.length < length || last.length < length) continue;
    if (!boundaryAt(first, first.length - length, model) || !boundaryAt(last, length, model)) continue;
    return [first.slice(first.length - length), ...middle, last.slice(0, length)];
  }
  return [];
}

/** Spans of the shapes in one sentence, with their shape; the same text may come twice. */
export function findPhraseSpans(sentence: string, model: WordModel): { text: string; shape: PhraseShape }[] {
  const found: { text: string; shape: PhraseShape }[] = [];
  for (const match of sentence.matchAll(QUOTED)) {
    const inner = match[1] ?? '';
    if (/\p{Script=Han}/u.test(inner) && !/[，。；：！？]/u.test(inner)) found.push({ text: inner, shape: 'quoted' });
  }
  for (const match of sentence.matchAll(NUMBERED)) {
    // Trim to the word boundary the model gives: 四个全面推进 → 四个全面? Keep the span whose end is a word end.
    const text = match[0];
    const words = model.segment(text);
    for (const word of words) if (word.end >= 4 && word.end <= text.length) found.push({ text: text.slice(0, word.end), shape: 'numbered' });
  }
  for (const clause of sentence.split(/[，。；：！？“”「」《》（）()\s]/u)) {
    const items = enumerationIn(clause, model);
    if (items.length < 2 || items.some((item) => /[的之和与及等]$/u.test(item))) continue;
    found.push({ text: items.join('、'), shape: 'enumeration' });
    for (const item of items) found.push({ text: item, shape: 'enumeration' });
  }
  for (const clause of sentence.match(HAN_RUN) ?? []) {
    const words = model.segment(clause).map(({ start, end }) => clause.slice(start, end));
    for (let i = 0; i < words.length; i += 1) {
      const word = words[i] as string;
      if (word.length === 4) found.push({ text: word, shape: 'four' });
      // Runs of two to seven words, five to sixteen characters, that recur: 全面深化改革, 供给侧结构性改革,
      // 统筹推进疫情防控和经济社会发展. One-character words only inside, and only those that join.
      if (!NOT_A_START.has(word) && word.length > 1) {
        for (let end = i + 2; end <= Math.min(words.length, i + 7); end += 1) {
          const run = words.slice(i, end);
          const last = run[run.length - 1] as string;
          const length = run.join('').length;
          if (length > 16) break;
          if (last.length === 1 && !JOINING.has(last)) break;
          if (length >= 5 && last.length > 1 && run.every((part) => part.length > 1 || JOINING.has(part))) found.push({ text: run.join(''), shape: 'run' });
        }
      }
      const pair = word + (words[i + 1] ?? '');
      if (word.length === 2 && pair.length === 4 && !NOT_A_START.has(word)) found.push({ text: pair, shape: 'four' });
      if (FRAME_HEADS.includes(word) && i > 0) {
        for (let back = 1; back <= 2 && i - back >= 0; back += 1) {
          const head = words.slice(i - back, i);
          if (NOT_A_START.has(head[0] as string) || head.some((part) => part.length === 1)) break;
          found.push({ text: head.join('') + word, shape: 'frame' });
        }
      }
      if (word.length >= 3 && word.endsWith('化')) {
        found.push({ text: word, shape: 'hua' });
        // A run of -化 words (市场化法治化国际化) and the words before one (治理能力现代化).
        let end = i;
        while (end + 1 < words.length && (words[end + 1] as string).endsWith('化') && (words[end + 1] as string).length >= 3) end += 1;
        if (end > i) found.push({ text: words.slice(i, end + 1).join(''), shape: 'hua' });
        for (let back = 1; back <= 3 && i - back >= 0; back += 1) {
          const head = words.slice(i - back, i);
          if (NOT_A_START.has(head[0] as string) || head.some((part) => part.length === 1)) break;
          found.push({ text: head.join('') + word, shape: 'hua' });
        }
      }
    }
  }
  return found;
}

export interface MiningOptions {
  /** Texts already covered (entry forms, ordinary words): not listed. */
  known?: ReadonlySet<string>;
  /**
   * Terms whose text is taken out of the sentences before mining (the forms of entries), so that
   * their pieces (特色社会主义伟大 of 中国特色社会主义伟大旗帜) are not listed as phrases.
   */
  mask?: readonly string[];
  /** Least number of occurrences (default 2) and of documents (default 1) to be listed. */
  minCount?: number;
  minDocuments?: number;
}

/**
 * Set phrases of the sources, most established first: by the number of documents they occur in,
 * weighted by their shapes, then by their count. Occurrences are counted in the sentences (a phrase inside a longer listed
 * phrase counts too); a phrase found in a shape once counts everywhere it occurs.
 */
export function mineSetPhrases(given: readonly MiningSource[], model: WordModel, options: MiningOptions = {}): MinedPhrase[] {
  const { known = new Set<string>(), minCount = 2, minDocuments = 1, mask = [] } = options;
  const masker = masking(mask);
  // Mined in the masked sentences; the example is the sentence as written.
  const sources = given.map(({ id, sentences }) => ({ id, sentences: sentences.map(masker), written: sentences }));
  const shapes = new Map<string, Set<PhraseShape>>();
  for (const source of sources) {
    for (const sentence of source.sentences) {
      for (const { text, shape } of findPhraseSpans(sentence, model)) {
        // Two characters only between quotation marks (“六稳”, “六保”); a shorter span is a word.
        if ([...text].length < (shape === 'quoted' || shape === 'numbered' ? 2 : 3) || known.has(text) || text.includes(MASK)) continue;
        // A common word is a word, quoted or not (“建设”, “重点”); an abbreviation such as 六稳 is not one.
        if ([...text].length <= 3 && model.count(text) >= FREQUENT_WORD_COUNT) continue;
        const set = shapes.get(text) ?? new Set<PhraseShape>();
        set.add(shape);
        shapes.set(text, set);
      }
    }
  }
  // Count every occurrence of each shaped phrase, in every source: one pass per phrase length.
  const tally = new Map<string, { count: number; documents: number; example?: MinedPhrase['example'] }>();
  for (const text of shapes.keys()) tally.set(text, { count: 0, documents: 0 });
  const lengths = new Set([...shapes.keys()].map((text) => text.length));
  for (const source of sources) {
    const seenHere = new Set<string>();
    for (const [index, sentence] of source.sentences.entries()) {
      for (const length of lengths) {
        for (let at = 0; at + length <= sentence.length; at += 1) {
          const entry = tally.get(sentence.slice(at, at + length));
          if (!entry) continue;
          const text = sentence.slice(at, at + length);
          entry.count += 1;
          entry.example ??= { source: source.id, sentence: source.written[index] ?? sentence };
          if (!seenHere.has(text)) {
            seenHere.add(text);
            entry.documents += 1;
          }
        }
      }
    }
  }
  // A phrase that never occurs outside a longer one (特色社会主义伟大旗帜 inside 中国特色社会主义伟大旗帜)
  // is that phrase's fragment, not a phrase of its own, unless its shape says otherwise.
  const fragments = new Set<string>();
  for (const [text, { count }] of tally) {
    for (let from = 0; from < text.length; from += 1) {
      for (let to = from + 2; to <= text.length; to += 1) {
        if (to - from === text.length) continue;
        const inner = text.slice(from, to);
        if (tally.get(inner)?.count === count) fragments.add(inner);
      }
    }
  }
  const phrases: MinedPhrase[] = [];
  for (const [text, { count, documents, example }] of tally) {
    // Quoted, numbered and enumerated items are phrases by their own shape, fragments or not.
    const ownShape = [...(shapes.get(text) ?? [])].some((shape) => shape === 'quoted' || shape === 'numbered' || shape === 'enumeration');
    if (count < minCount || documents < minDocuments || !example || (fragments.has(text) && !ownShape)) continue;
    const phraseShapes = [...(shapes.get(text) ?? [])].sort();
    const weight = Math.max(...phraseShapes.map((shape) => SHAPE_WEIGHT[shape]));
    phrases.push({ text, shapes: phraseShapes, count, documents, score: documents * weight + Math.log2(count), example });
  }
  return phrases.sort((a, b) => b.score - a.score || b.count - a.count || a.text.localeCompare(b.text));
}

/** What a masked term leaves in the sentence: a full-width space, which no phrase contains. */
const MASK = '\u3000';

/** Replaces every occurrence of the given terms (longest first) with MASK. */
function masking(terms: readonly string[]): (sentence: string) => string {
  if (terms.length === 0) return (sentence) => sentence;
  const byFirst = new Map<string, string[]>();
  for (const term of [...new Set(terms)].sort((a, b) => b.length - a.length)) {
    const first = term[0] as string;
    byFirst.set(first, [...(byFirst.get(first) ?? []), term]);
  }
  return (sentence) => {
    let out = '';
    for (let at = 0; at < sentence.length; ) {
      const term = byFirst.get(sentence[at] as string)?.find((candidate) => sentence.startsWith(candidate, at));
      if (term) {
        out += MASK;
        at += term.length;
      } else {
        out += sentence[at];
        at += 1;
      }
    }
    return out;
  };
}

/** A longer set phrase around an entry's form (以人民为中心 → 以人民为中心的发展思想). */
export interface Extension {
  text: string;
  /** The entry form it extends. */
  base: string;
  count: number;
  documents: number;
  /** Documents the base form occurs in. */
  baseDocuments: number;
  example: { source: string; sentence: string };
}

export interface ExtensionOptions {
  /** Texts already covered (entry forms, ordinary words): not listed. */
  known?: ReadonlySet<string>;
  /** Least number of documents (default 3), and least share of the base form's documents (default 0.15). */
  minDocuments?: number;
  minShare?: number;
}

/** Words added on the right (的发展思想 is 的 + 发展 + 思想) and on the left, and their most characters. */
const RIGHT_WORDS = 3;
const LEFT_WORDS = 2;
const RIGHT_CHARS = 6;
const LEFT_CHARS = 4;
/** An extension never ends on these (以人民为中心的, 高质量发展和) nor starts with them (和高质量发展). */
const NOT_AN_EDGE = new Set([...'的和与及等在对把被是了为以从向而并或也都又就还将要使让给由之']);
/** Nor starts with these verbs of the prose around a slogan (坚持以人民为中心, 推动高质量发展). */
const NOT_A_LEFT_WORD = NOT_A_START;

/**
 * Phrases that extend an entry's form by whole words (jieba's split of each sentence) and are
 * established in their own right: in `minDocuments` documents or more, and in a good share of the
 * documents where the form itself occurs. These are what masking the forms hides from
 * `mineSetPhrases` (以人民为中心的发展思想, 全面建成社会主义现代化强国, 我为群众办实事).
 */
export function mineExtensions(given: readonly MiningSource[], model: WordModel, forms: readonly string[], options: ExtensionOptions = {}): Extension[] {
  const { known = new Set<string>(), minDocuments = 3, minShare = 0.15 } = options;
  const byFirst = new Map<string, string[]>();
  for (const form of [...new Set(forms)].filter((text) => text.length >= 3 && /^\p{Script=Han}+$/u.test(text)).sort((a, b) => b.length - a.length)) {
    const first = form[0] as string;
    byFirst.set(first, [...(byFirst.get(first) ?? []), form]);
  }
  const baseDocuments = new Map<string, Set<string>>();
  const found = new Map<string, { base: string; count: number; documents: Set<string>; example: Extension['example'] }>();
  for (const { id, sentences } of given) {
    for (const sentence of sentences) {
      for (const match of sentence.matchAll(HAN_RUN)) {
        const run = match[0];
        let words: { start: number; end: number }[] | undefined;
        for (let at = 0; at < run.length; at += 1) {
          const base = byFirst.get(run[at] as string)?.find((form) => run.startsWith(form, at));
          if (!base) continue;
          const baseSet = baseDocuments.get(base) ?? new Set<string>();
          baseSet.add(id);
          baseDocuments.set(base, baseSet);
          words ??= model.segment(run);
          const end = at + base.length;
          const starts = new Set(words.map((word) => word.start));
          if (!starts.has(at) || !(end === run.length || starts.has(end))) continue;
          const rights = words.filter((word) => word.end > end && word.end - end <= RIGHT_CHARS).slice(0, RIGHT_WORDS).map((word) => word.end);
          const lefts = words.filter((word) => word.start < at && at - word.start <= LEFT_CHARS).slice(-LEFT_WORDS).map((word) => word.start);
          const spans = [...rights.map((to) => [at, to] as const), ...lefts.map((from) => [from, end] as const)];
          for (const [from, to] of spans) {
            const text = run.slice(from, to);
            // Only the words added are judged: 以人民为中心 may start with 以, its extension not with 的.
            const edge = from < at ? (text[0] as string) : (text.at(-1) as string);
            if (known.has(text) || NOT_AN_EDGE.has(edge)) continue;
            if (from < at && [...NOT_A_LEFT_WORD].some((word) => text.startsWith(word))) continue;
            const entry = found.get(text) ?? { base, count: 0, documents: new Set<string>(), example: { source: id, sentence } };
            entry.count += 1;
            entry.documents.add(id);
            found.set(text, entry);
          }
        }
      }
    }
  }
  const extensions: Extension[] = [];
  for (const [text, { base, count, documents, example }] of found) {
    const baseCount = baseDocuments.get(base)?.size ?? 0;
    if (documents.size < minDocuments || documents.size < minShare * baseCount) continue;
    extensions.push({ text, base, count, documents: documents.size, baseDocuments: baseCount, example });
  }
  // An extension that only ever occurs inside a longer one (的发展思想 and 的发展 of one phrase) gives way to it.
  const kept = extensions.filter(
    (extension) => !extensions.some((longer) => longer !== extension && longer.text.includes(extension.text) && longer.documents === extension.documents),
  );
  return kept.sort((a, b) => b.documents - a.documents || b.documents / b.baseDocuments - a.documents / a.baseDocuments || a.text.localeCompare(b.text));
}
