import type { EntryKind } from './dictionary-format.ts';

/** A place in the input: segment index and UTF-16 offset within that segment. */
export interface TextPosition {
  segment: number;
  offset: number;
}

/** How the engine arrived at an annotation. */
export type AnnotationSource =
  /** A term or form of a dictionary entry. */
  | 'entry'
  /** A title or body composed from the title grammar (县委书记, 市信访局, 无锡市委). */
  | 'title-grammar'
  /** A place from the list of administrative divisions (锡山区, 宝鸡市). */
  | 'place-list'
  /** A numbered formula the dictionary does not list (五个管住). */
  | 'formula-pattern'
  /** A town, township, subdistrict or village read from where it stands (永定区罗塔坪乡, 古镇镇、小榄镇). */
  | 'place-pattern'
  /** A quoted phrase or parallel enumeration the dictionary does not list (“跨岛发展”): pinyin only. */
  | 'slogan-pattern'
  /** A name following a title, not in the dictionary: pinyin only, no role. */
  | 'name-after-title'
  /** A name read after a title earlier in the same document, here without one. */
  | 'name-in-document';

export interface ComposedPart {
  text: string;
  english: string;
  role: 'place' | 'jurisdiction' | 'term' | 'body' | 'modifier' | 'post' | 'session';
}

export interface Annotation {
  start: TextPosition;
  /** Exclusive. */
  end: TextPosition;
  /** The characters matched, exactly as in the input (line breaks included). */
  text: string;
  kind: EntryKind;
  /** The dictionary entry's id; empty when the annotation is not an entry. */
  id: string;
  /**
   * The English. '' for an entry whose gloss the matching part leaves to the tooltip's texts
   * (GLOSSES_WITH_TEXTS of engine/dictionary-split.ts): the page reads it from there.
   */
  gloss: string;
  /**
   * One reading per non-whitespace character of `text`, in order: tone-marked pinyin for a Han
   * character, '' for anything else.
   */
  readings: readonly string[];
  source: AnnotationSource;
  /** True when the engine put the annotation together rather than finding it in the dictionary. */
  composed: boolean;
  /** Composed titles and bodies: the parts and their English, i.e. how the gloss was made. */
  parts?: ComposedPart[];
  /** Unlisted formulas: what each part says. */
  literal?: string;
}

/** Reads Chinese text aloud in pinyin: one token per code point ('' or the character itself for non-Han). */
export type ReadPinyin = (text: string, options?: { personName?: boolean }) => string[];
