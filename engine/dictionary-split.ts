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

/**
 * The matching part as the extension bundles it: an entry whose id is its first form's text (all
 * of them today) leaves the id out, which saves about a tenth of the part's gzipped size.
 * `unpackMatching` puts the ids back.
 */
export function packMatching(matching: MatchingDictionary): unknown {
  return {
    ...matching,
    entries: matching.entries.map(({ id, ...rest }) => (id === rest.forms[0]?.text ? rest : { id, ...rest })),
  };
}

/**
 * The matching part from its bundled form. Anything it does not recognise is passed on as it is,
 * for `asMatchingDictionary` to reject with a clear error.
 */
export function unpackMatching(packed: unknown): unknown {
  const candidate = packed as { entries?: unknown } | null;
  if (!candidate || typeof candidate !== 'object' || !Array.isArray(candidate.entries)) return packed;
  return {
    ...candidate,
    entries: candidate.entries.map((entry: unknown) => {
      const { id, forms } = (entry ?? {}) as { id?: unknown; forms?: unknown };
      if (id !== undefined || !Array.isArray(forms)) return entry;
      const first = forms[0] as { text?: unknown } | undefined;
      return typeof first?.text === 'string' ? { id: first.text, ...(entry as object) } : entry;
    }),
  };
}
