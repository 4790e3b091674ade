import { DICTIONARY_FORMAT, type Dictionary } from './dictionary-format.ts';
import { GLOSSES_WITH_TEXTS, type MatchingDictionary, type TooltipTexts } from './dictionary-split.ts';

/** The whole dictionary (dictionaries/generated/dictionary.json), checked as `asMatchingDictionary` checks, every entry with its gloss. */
export function asDictionary(value: unknown): Dictionary {
  const dictionary = asMatchingDictionary(value);
  const glossless = dictionary.entries.find((entry) => typeof entry.gloss !== 'string');
  if (glossless) throw new Error(`The dictionary has an entry without a gloss: ${JSON.stringify(glossless).slice(0, 80)}`);
  return dictionary as Dictionary;
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
    // A gloss may be left to the tooltip's texts only for the kinds splitDictionary leaves there.
    const glossOk = typeof entry?.gloss === 'string' || (entry?.gloss === undefined && GLOSSES_WITH_TEXTS.has(entry?.kind));
    if (!entry || typeof entry.id !== 'string' || !glossOk || !Array.isArray(entry.forms) || entry.forms.length === 0) {
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
