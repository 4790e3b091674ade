// The bundled dictionary in two parts: what the engine matches with, loaded with the annotator on
// every Chinese page, and the tooltip's texts (explanations, literal readings, examples, related
// terms, who uses a gloss, the sources), loaded only when a reader first opens a tooltip.
import type { Dictionary, DictionaryEntry, DictionarySource } from './dictionary-format.ts';

/** An entry as the engine matches it. */
export type MatchingEntry = Pick<DictionaryEntry, 'id' | 'kind' | 'forms' | 'gloss' | 'sessions'>;

/** The dictionary the engine needs: every entry's matching fields, the grammar, the places, the ordinary words. */
export interface MatchingDictionary extends Omit<Dictionary, 'entries' | 'sources'> {
  entries: MatchingEntry[];
}

/** The tooltip's text of an entry. */
export type EntryTexts = Pick<DictionaryEntry, 'glossBy' | 'literal' | 'explanation' | 'related' | 'role' | 'example'>;

export interface TooltipTexts {
  sources: DictionarySource[];
  /** By entry id. */
  entries: Record<string, EntryTexts>;
}

export function splitDictionary(dictionary: Dictionary): { matching: MatchingDictionary; texts: TooltipTexts } {
  const { entries, sources, ...rest } = dictionary;
  const texts: TooltipTexts = { sources, entries: {} };
  const matching: MatchingEntry[] = [];
  for (const entry of entries) {
    const { id, kind, forms, gloss, sessions, glossBy, literal, explanation, related, role, example } = entry;
    matching.push({ id, kind, forms, gloss, ...(sessions !== undefined && { sessions }) });
    texts.entries[id] = {
      explanation,
      ...(glossBy !== undefined && { glossBy }),
      ...(literal !== undefined && { literal }),
      ...(related !== undefined && { related }),
      ...(role !== undefined && { role }),
      ...(example !== undefined && { example }),
    };
  }
  return { matching: { ...rest, entries: matching }, texts };
}
