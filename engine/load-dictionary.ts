import { DICTIONARY_FORMAT, type Dictionary } from './dictionary-format.ts';
import type { MatchingDictionary, TooltipTexts } from './dictionary-split.ts';

/** The whole dictionary (dictionaries/generated/dictionary.json), checked as `asMatchingDictionary` checks. */
export function asDictionary(value: unknown): Dictionary {
  return asMatchingDictionary(value) as Dictionary;
}

/**
 * Checks that parsed JSON is a dictionary of the format this engine reads; a clear error
 * otherwise (a stale or damaged artefact must not crash the matcher half-way).
 */
export function asMatchingDictionary(value: unknown): MatchingDictionary {
  const candidate = value as Partial<MatchingDictionary> | null;
  if (!candidate || typeof candidate !== 'object') throw new Error('The dictionary is not a JSON object.');
  if (candidate.format !== DICTIONARY_FORMAT) {
    throw new Error(`The dictionary has format ${String(candidate.format)}; this engine reads format ${DICTIONARY_FORMAT}. Run npm run dict:build.`);
  }
  if (!Array.isArray(candidate.entries) || !Array.isArray(candidate.ordinaryWords) || !candidate.grammar || !Array.isArray(candidate.places?.units)) {
    throw new Error('The dictionary lacks entries, ordinary words, the title grammar or the places. Run npm run dict:build.');
  }
  for (const entry of candidate.entries) {
    if (!entry || typeof entry.id !== 'string' || typeof entry.gloss !== 'string' || !Array.isArray(entry.forms) || entry.forms.length === 0) {
      throw new Error(`The dictionary has a malformed entry: ${JSON.stringify(entry).slice(0, 80)}`);
    }
  }
  return candidate as MatchingDictionary;
}

/** Checks the tooltip's texts as they arrive from the background; a clear error otherwise. */
export function asTooltipTexts(value: unknown): TooltipTexts {
  const candidate = value as Partial<TooltipTexts> | null;
  if (!candidate || typeof candidate !== 'object' || !Array.isArray(candidate.sources) || !candidate.entries || typeof candidate.entries !== 'object') {
    throw new Error('The tooltip texts are not the expected object.');
  }
  return candidate as TooltipTexts;
}
