import type { Annotation } from '../engine/annotation.ts';
import type { MatchingEntry, TooltipTexts } from '../engine/dictionary-split.ts';
import type { OwnWord, WordReading } from '../engine/word-by-word.ts';
import type { TooltipScript } from '../settings/schema.ts';
import type { TooltipContent } from '../shared/tooltip.ts';
import { termKey } from './term-index.ts';

/** How CC-CEDICT tags an idiom in a sense: "lit. breeze is still, waves are quiet (idiom)". */
const IDIOM_TAG = /\(idiom\)/u;

/**
 * What the tooltip says about one annotation: the entry's content, or what the engine composed.
 * Without `texts` (not loaded yet: they come when the first tooltip opens) it has the term, its
 * pinyin, kind and gloss (none for the kinds whose glosses are in the texts), and says the rest is
 * `loading`.
 */
export function tooltipContent(
  annotation: Annotation,
  entries: ReadonlyMap<string, MatchingEntry>,
  texts: TooltipTexts | undefined,
  script: TooltipScript = 'page',
  /** An unlisted slogan read word by word, or 'loading' while the general dictionary answers. */
  words?: WordReading[] | 'loading',
): TooltipContent {
  const matched = annotation.id ? entries.get(annotation.id) : undefined;
  const entry = matched && { ...matched, ...texts?.entries[matched.id] };
  const onPage = annotation.text.replace(/\s+/gu, '');
  const simplified = entry?.id ?? onPage;
  const traditional = entry?.forms[0]?.traditional?.[0] ?? onPage;
  // The heading in the script the reader chose; the page's spelling beside it when it differs.
  const term = script === 'simplified' ? simplified : script === 'traditional' ? traditional : entry?.forms.some((form) => form.text === onPage) ? onPage : simplified;
  const asOnPage = script === 'page' ? onPage : script === 'traditional' ? simplified : onPage;
  const source = entry?.example ? texts?.sources[entry.example.source] : undefined;
  const literal = entry?.literal ?? annotation.literal;
  // A quoted phrase the general dictionary knows whole as an idiom (“风平浪静”) is shown as one.
  const [only] = Array.isArray(words) && words.length === 1 ? words : [];
  const idiom = annotation.source === 'slogan-pattern' && only?.from === 'cc-cedict' && only.text === onPage && IDIOM_TAG.test(only.gloss);
  return {
    key: termKey(annotation),
    term,
    ...(asOnPage !== term && { asOnPage }),
    pinyin: annotation.readings.filter(Boolean).join(' '),
    kind: idiom ? 'idiom' : annotation.kind,
    gloss: idiom ? 'an idiom (CC-CEDICT calls it one) with no entry of its own' : (entry?.gloss ?? annotation.gloss),
    ...(entry?.glossBy !== undefined && { glossBy: publishersOf(entry.glossBy) }),
    ...(literal !== undefined && { literal }),
    ...(entry?.explanation !== undefined && { explanation: entry.explanation }),
    ...(entry?.role !== undefined && { role: entry.role }),
    ...(entry?.example && source && { example: { sentence: entry.example.sentence, source: source.publication, date: source.date } }),
    ...(entry?.related && { related: entry.related }),
    // (A post alone, 委员 of a list of posts, is put together from nothing but itself.)
    ...(annotation.parts && annotation.parts.length > 1 && { composedFrom: annotation.parts.map(({ text, english }) => ({ text, english })) }),
    ...(annotation.composed && { notInDictionary: true }),
    ...(matched && !texts && { loading: true }),
    // Each word once: 定力 of 政治定力、纪律定力、道德定力 is explained at its first place.
    ...(Array.isArray(words) && { words: words.filter((word, index) => words.findIndex((other) => other.text === word.text) === index) }),
    ...(words === 'loading' && { wordsLoading: true }),
  };
}

/**
 * Guanhua's own terms by every spelling, with gloss and pinyin: the first source of a word-by-word
 * reading. A term whose gloss is in the tooltip's texts is left out while they are missing (the
 * general dictionary reads it then).
 */
export function ownWordsOf(entries: Iterable<MatchingEntry>, texts: TooltipTexts | undefined): Map<string, OwnWord> {
  const words = new Map<string, OwnWord>();
  for (const entry of entries) {
    const gloss = entry.gloss ?? texts?.entries[entry.id]?.gloss;
    if (entry.kind === 'person' || gloss === undefined) continue;
    for (const form of entry.forms) {
      const word = { gloss, pinyin: form.pinyin };
      for (const spelling of [form.text, ...(form.traditional ?? [])]) if (!words.has(spelling)) words.set(spelling, word);
    }
  }
  return words;
}

/**
 * "Xinhua (https://…); China Keywords (http://…)" → "Xinhua; China Keywords": who uses the rendering,
 * as the tooltip names them. The addresses stay in the dictionary for its reviewers.
 */
export function publishersOf(glossBy: string): string {
  return glossBy
    .replace(/\s*\(\s*https?:\/\/[^)\s]*\s*\)/gu, '')
    .replace(/\s*https?:\/\/\S+/gu, '')
    .trim();
}
